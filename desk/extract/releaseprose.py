"""A news release's own words, beside the quotes it gives (part of ``desk.extract.article``).

A release speaks for whoever issues it: "Coldwater Biotech will open a plant in Merrin Falls that
will employ 240 people" is the company's statement as much as the quotes are its people's, and
reporters quote it so ("the company said the plant would “employ 240 people”").  Read for its
quotes alone, a release left those words out of the library, and such a quote came out *not
found*.  So the sentences of a release outside its quotes are passages too, in turns of their
own, credited to no one: the release does not name a person who says them, and a draft that
gives them to the organisation (or to its chief executive) finds them as words the source gives
no speaker for (``desk.match.core``: exact, flagged as such), never as someone else's.

Left out: the lines above the body (FOR IMMEDIATE RELEASE, the date, the headline and deck — lines
with no full stop), any sentence holding a quote mark (the quote is its speaker's passage, and the
attribution around it is no one's statement), and the boilerplate from its heading on ("About
Coldwater Biotech", "Media contact", "###", "-30-").  A release with no quotes at all gives none of
this: a statement in someone's own words is refused at ingest with the advice to add it as that
person's speech (``desk.services.library``), as before.
"""

from __future__ import annotations

import re

from desk.extract.marks import paragraphs
from desk.extract.model import ROLE_UNKNOWN, Segment
from desk.extract.sentences import chunk, split_sentences

#: The heading where a release's boilerplate starts.
_BOILERPLATE = re.compile(r"(?i)^\s*(?:about\s+\S|media\s+contacts?\b|contacts?\s*:|for\s+more\s+information\b"
                          r"|press\s+contacts?\b|#{3}|-\s*30\s*-|ends?\s*$)")
_QUOTE_MARKS = re.compile("[\"“”«»]")
#: A paragraph that is a heading or a header line, not a sentence: no closing mark.
_SENTENCE_END = re.compile(r"[.!?…)\]]\s*$")


def release_prose(text: str, first_turn: int) -> list[Segment]:
    """Passages of the release ``text``'s own sentences (module docstring), in turns numbered from
    ``first_turn``, one per paragraph."""
    out: list[Segment] = []
    turn = first_turn
    for p0, p1 in paragraphs(text):
        para = text[p0:p1]
        if _BOILERPLATE.match(para):
            break
        if not _SENTENCE_END.search(para):
            continue   # a header line, a headline, a deck, a date standing alone
        made = []
        for s, e in chunk(split_sentences(text, p0, p1), text=text):
            if _QUOTE_MARKS.search(text, s, e) or not _SENTENCE_END.search(text[s:e]):
                continue
            made.append(Segment(start=s, end=e, turn=turn, label=None, speaker=None, role=ROLE_UNKNOWN,
                                paragraph_start=p0, paragraph_end=p1))
        if made:
            out.extend(made)
            turn += 1
    return out


#: The heading of a release's About section, naming who issues it: "About Greyling Strait Ferry
#: Corporation", "About the Northfold Health Authority".
_ABOUT = re.compile(r"^[ \t]*About[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][^\n.!?:]{1,80}?)[ \t]*:?[ \t]*$", re.M)


def about_section(text: str) -> tuple[int, int, str] | None:
    """Where a release's About section runs, and the organisation its heading names: the
    boilerplate in which the issuer describes itself, up to the next closing heading (Media
    contact, ###) or the end.  Words quoted there with no one named ("Its service promise,
    “Every crossing, every season,” appears on every ticket") are the organisation's own, not
    its chief executive's."""
    for m in _ABOUT.finditer(text):
        org = m.group("org").strip()
        if len(org.split()) > 8:
            continue
        end = len(text)
        for p0, _ in paragraphs(text):
            if p0 > m.end() and _BOILERPLATE.match(text, p0) and not _ABOUT.match(text, p0):
                end = p0
                break
        return m.end(), end, org
    return None

