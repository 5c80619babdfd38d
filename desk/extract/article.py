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


def article_segments(text: str, default_speaker: str | None = None, known_speakers=(),
                     notes: bool = False) -> list[Segment]:
    """Passages of an article, release or notes: the parts of each quote, credited to its speaker.

    Quotes of one speaker in one paragraph ("A," said Ito. "B.") are one turn, as a speaker's
    uninterrupted words are in a transcript, so a draft may join them with an ellipsis.

    ``notes``: a reporter's notes of an interview with ``default_speaker``, where every quote is
    the interviewee's unless a cue gives it to someone else by name ('Fairweather said, “…”').
    A topic ("Asked about Fairweather: “…”") or a line with no subject ("Thinks the truck is
    “…”", "Says the east side “…”") does not: the notes are about the one interviewed.
    """
    segs: list[Segment] = []
    turn = -1
    paras = paragraphs(text) if text else []
    starts = [p0 for p0, _ in paras]
    for q in find_quotes(text, known_speakers):
        if q.skipped:
            continue
        if notes and default_speaker and not _cued_by_name(text, q):
            q.speaker, q.mention, q.unnamed = default_speaker, None, False
        named = None if q.unnamed else q.speaker   # "a witness said": nobody the library can hold
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
    return segs


#: A cue right before or after a speaker's name: "Fairweather said", "said Glen Fairweather".
_CUE_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:%s)\b" % "|".join(sorted(CUE_VERBS, key=len, reverse=True)))
_CUE_BEFORE = re.compile(r"\b(?:%s),?\s*$" % "|".join(sorted(CUE_VERBS, key=len, reverse=True)))


def _cued_by_name(text: str, q: Quote) -> bool:
    """The quote's speaker is someone the text names as the subject of a cue next to the name."""
    if q.speaker is None or q.mention is None or q.mention_start is None or q.mention_end is None \
            or q.mention.split()[0].lower() in ("he", "she", "they", "i", "we", "his", "her", "the", "a", "an"):
        return False
    return bool(_CUE_AFTER.match(text, q.mention_end)
                or _CUE_BEFORE.search(text, max(0, q.mention_start - 24), q.mention_start))
