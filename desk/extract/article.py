"""Passages of an article, release or set of notes: its quotes, credited to their speakers.

The quotes are :func:`desk.extract.quotes.find_quotes`'s; this module turns them into the
``Segment`` list a source is cut into (``desk.extract.transcripts`` calls it for the kinds
``article``, ``release`` and ``notes``, and for ``other`` when no speaker is given).
"""

from __future__ import annotations

import bisect
import re

from desk.extract.lexicon import CUE_VERBS
from desk.extract.marks import paragraphs
from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN, Quote, Segment
from desk.extract.quotes import find_quotes
from desk.extract.releaseprose import about_sections, release_prose


def article_segments(text: str, default_speaker: str | None = None, known_speakers=(),
                     notes: bool = False, release: bool = False,
                     set_off: list[tuple[int, int]] = ()) -> list[Segment]:
    """Passages of an article, release or notes: the parts of each quote, credited to its speaker.

    Quotes of one speaker in one paragraph ("A," said Ito. "B.") are one turn, as a speaker's
    uninterrupted words are in a transcript, so a draft may join them with an ellipsis.

    ``notes``: a reporter's notes of an interview with ``default_speaker``, where a quote is the
    interviewee's unless the notes credit it to someone else ('Fairweather said, “…”', 'Her
    husband added, “…”', 'A neighbour: “…”'): a line with no one named ("Thinks the truck is
    “…”"), a topic ("Asked about Fairweather: “…”") or a note whose verb has no subject ("Says
    the east side “…”") is the one interviewed.

    ``release``: a news release's own sentences are passages too, credited to no one
    (``desk.extract.releaseprose``) — its writer's when ``default_speaker`` is given, quotes or
    not — when it has quotes or paragraphs ``set_off`` as someone's
    (``desk.extract.blocks``: a signed message, a delegation under its heading), which are left
    to their speakers.
    """
    segs: list[Segment] = []
    turn = -1
    paras = paragraphs(text) if text else []
    starts = [p0 for p0, _ in paras]
    about = about_sections(text) if release and text else []
    for q in find_quotes(text, known_speakers):
        if q.skipped and not (notes and default_speaker and q.skipped == "scare_quote"
                              and any(w[:1].islower() for w in q.text.split())):
            continue   # (in notes of an interview, short words in quote marks are verbatim: "weren't
            #           perfect"; not a name such as "Project Clean Slate")
        if q.speaker is None and (org := next((o for s, e, o in about if s <= q.parts[0].start < e), None)):
            q.speaker, q.unnamed = org, False   # the issuer's self-description, in its About section
        if notes and default_speaker and not _noted_of_someone_else(text, q):
            q.speaker, q.mention, q.unnamed = default_speaker, None, False
        # "a witness said", and a description no name was found for ("what the mayor said …:"):
        # nobody the library can hold
        named = None if q.unnamed or q.speaker and _DESCRIBED.match(q.speaker) else q.speaker
        speaker = named or (default_speaker if not q.mention or named is None else None)
        if named is None and default_speaker and q.mention is None:
            speaker = default_speaker
        elif named is None and default_speaker and q.mention is not None:
            # An unnamed subject ("a spokeswoman said") is not the default speaker.
            speaker = default_speaker if q.mention.lower() in ("he", "she", "they", "i") else None
        role = ROLE_SPEAKER if speaker else ROLE_UNKNOWN
        prev = segs[-1] if segs else None
        if not (prev and speaker and prev.speaker == speaker and prev.paragraph_start <= q.parts[0].start
                < prev.paragraph_end):
            turn += 1
        for part in q.parts:
            k = max(0, bisect.bisect_right(starts, part.start) - 1)
            p0, p1 = paras[k] if paras else (part.start, part.end)
            segs.append(Segment(start=part.start, end=part.end, turn=turn, label=q.mention, speaker=speaker,
                                role=role, paragraph_start=p0, paragraph_end=p1))
    if release and (segs or set_off or default_speaker):
        segs = sorted(segs + release_prose(text, turn + 1, about, set_off, issuer=default_speaker), key=lambda seg: seg.start)
    return segs


#: A voice as the story describes it, not a name: "the mayor", "a neighbour", "one official".
_DESCRIBED = re.compile(r"(?:the|a|an|one|two|some|several|his|her|their|its)[ \t]")
#: A topic, not a speaker, before a name: "Asked about Fairweather:", "On the mayor:", "Re Glen:".
_TOPIC_BEFORE = re.compile(r"(?i)\b(?:about|on|re|regarding)\s+$")
#: A note line with no subject, whose verb comes first: "Says the east side “…”".
_SUBJECTLESS = re.compile(r"(?:^|\n|[.!?][ \t]+)[ \t]*(?:[-*\u2022\u2013][ \t]*)?(?:%s)[ \t]+$"
                          % "|".join(sorted(CUE_VERBS, key=len, reverse=True)), re.I)


def _noted_of_someone_else(text: str, q: Quote) -> bool:
    """In notes of an interview, the quote is credited to someone by the notes, not only
    mentioned near it: not a line with no one named ("Thinks the truck is “…”"), a topic
    ("Asked about Fairweather: “…”"), nor a note whose verb has no subject ("Says the east side
    “…”")."""
    if q.mention is None or q.mention_start is None:
        return False
    before = text[max(0, q.mention_start - 40):q.mention_start]
    return not (_TOPIC_BEFORE.search(before) or _SUBJECTLESS.search(before))


def intro_segments(intro: str, known_speakers=()) -> list[Segment]:
    """The quotes of others in a published Q&A's introduction, the text before its first label
    ("Arne Solberg, who has fished the lake for thirty-one years … “Now it’s July and the whole
    bay looks like paint.”"): passages as an article's are.  Only for an introduction in prose
    (a paragraph of 25 words or more) and quotes of four words or more, credited to someone: a
    header's 'identified by label "Q"' is no one's words."""
    if not any(mark in intro for mark in ("\u201c", "\"", "\u00ab")) \
            or not any(len(block.split()) >= 25 for block in intro.split("\n\n")):
        return []
    return [s for s in article_segments(intro, known_speakers=known_speakers)
            if s.speaker and len(intro[s.start:s.end].split()) >= 4]
