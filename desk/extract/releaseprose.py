"""A news release's own words, beside the quotes it gives (part of ``desk.extract.article``).

A release speaks for whoever issues it: "Coldwater Biotech will open a plant in Merrin Falls that
will employ 240 people" is the company's statement as much as the quotes are its people's, and
reporters quote it so ("the company said the plant would “employ 240 people”").  Read for its
quotes alone, a release left those words out of the library, and such a quote came out *not
found*.  So the sentences of a release outside its quotes are passages too, in turns of their
own, credited to no one (or to the speaker the editor named for the release at ingest: an open
letter's writer): the release does not name a person who says them, and a draft that
gives them to the organisation (or to its chief executive) finds them as words the source gives
no speaker for (``desk.match.core``: exact, flagged as such), never as someone else's.

An "About …" section (``about_sections``) is the organisation its heading names describing
itself — one the release named before the heading ("About Corvane Grid Systems", "About
Coldwater Biotech Inc. (TSX: CWB)"; not a subhead such as "About the Grant"): its sentences, and
words it quotes with no one named, are that organisation's passages.

Left out: the lines above the body (FOR IMMEDIATE RELEASE, the date, the headline and deck — lines
with no full stop), any sentence holding a quote mark (the quote is its speaker's passage, and the
attribution around it is no one's statement), contact details, and the closing matter from its
heading on ("Media contact", "###", "-30-") except About sections.  A release with no quotes at
all gives none of this: a statement in someone's own words is refused at ingest with the advice
to add it as that person's speech (``desk.services.library``), as before.
"""

from __future__ import annotations

import re

from desk.extract.marks import paragraphs
from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN, Segment
from desk.extract.sentences import chunk, split_sentences

#: A heading of a release's closing matter, after which no one speaks: "Media contact", "###".
_BOILERPLATE = re.compile(r"(?i)^\s*(?:media\s+contacts?\b|contacts?\s*:|for\s+more\s+information\b"
                          r"|press\s+contacts?\b|#{3}|-\s*30\s*-|ends?\s*$)")
#: The heading of a release's About section, naming who issues it: "About Greyling Strait Ferry
#: Corporation", "About the Northfold Health Authority" (a line of its own, no full stop).
_ABOUT = re.compile(r"^[ \t]*About[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][^\n!?]{1,100}?)[ \t]*:?[ \t]*$", re.M)
#: What may close an About heading's name: a listing in brackets, a legal form's dot.
_NAME_TAIL = re.compile(r"[ \t]*\([^()]*\)[ \t]*$|[ \t]*[,.]?[ \t]*$")
#: A sentence of contact details: "For more information, visit corvanegrid.example."
_CONTACT = re.compile(r"(?i)\b(?:for more information|visit\s+\S+\.\w|www\.|https?://|@\w+\.\w)")
_QUOTE_MARKS = re.compile("[\"“”«»]")
#: A sentence reporting someone's words: a capitalised subject and a verb of saying.
_REPORTS = re.compile(r"\b[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+)*[ \t]+(?:said|says|told|added|stated|noted|explained)\b"
                      r"|\baccording[ \t]+to\b")
#: A paragraph that is a heading or a header line, not a sentence: no closing mark.
_SENTENCE_END = re.compile(r"[.!?…)\]]\s*$")


def release_prose(text: str, first_turn: int, sections: list[tuple[int, int, str]] | None = None,
                  set_off: list[tuple[int, int]] = (), issuer: str | None = None) -> list[Segment]:
    """Passages of the release ``text``'s own sentences (module docstring), in turns numbered from
    ``first_turn``, one per paragraph: the body's credited to no one, an About section's to the
    organisation its heading names (``sections``: ``about_sections(text)``, if read already).
    Paragraphs ``set_off`` as someone's words (a signed block, a delegation) are theirs, not the
    release's.  ``issuer``: the speaker the editor named for the release at ingest (an open
    letter's writer, a statement's author) says its own sentences, not no one."""
    out: list[Segment] = []
    turn = first_turn
    sections = about_sections(text) if sections is None else sections
    for p0, p1 in paragraphs(text):
        if any(a < p1 and p0 < b for a, b in set_off):
            continue
        about = next((org for s, e, org in sections if s <= p0 < e or p0 < s <= p1), None)
        if about is None and (sections and p0 >= sections[0][0] or _BOILERPLATE.match(text[p0:p1])):
            if sections and p0 < sections[0][0]:
                continue   # "###" before the About section
            if not sections:
                break
            continue   # a contact block between or after About sections
        start = next((s for s, _, _ in sections if p0 < s <= p1), p0)   # the heading's own line is no sentence
        if not _SENTENCE_END.search(text[start:p1]):
            continue   # a header line, a headline, a deck, a date standing alone
        runs: list[tuple[str | None, list[tuple[int, int]]]] = [(None, [])]
        for s, e in split_sentences(text, start, p1):
            if _QUOTE_MARKS.search(text, s, e) or not _SENTENCE_END.search(text[s:e]) or _CONTACT.search(text, s, e):
                runs.append((None, []))   # a sentence holding a quote, or contact details: the passages go round it
                continue
            # the issuer's own sentence, not one reporting what someone else said ("Fire Chief
            # Owen Blake said crews checked 40 homes"): that one stays no one's
            who = about or (issuer if not _REPORTS.search(text, s, e) else None)
            if runs[-1][1] and runs[-1][0] != who:
                runs.append((who, []))
            runs[-1] = (who, runs[-1][1] + [(s, e)])
        speakers = [who for who, run in runs if run]
        for who, run in runs:
            if not run:
                continue
            out.extend(Segment(start=s, end=e, turn=turn, label=None, speaker=who,
                               role=ROLE_SPEAKER if who else ROLE_UNKNOWN, paragraph_start=p0, paragraph_end=p1)
                       for s, e in chunk(run, text=text))
            if len(set(speakers)) > 1:
                turn += 1   # a paragraph of two voices (the issuer's, no one's) is two turns
        if speakers and len(set(speakers)) == 1:
            turn += 1
    return out


def about_sections(text: str) -> list[tuple[int, int, str]]:
    """Where each of a release's About sections runs (from the end of its heading to the next
    heading of closing matter or About section, or the end), with the organisation its heading
    names: the boilerplate in which the issuer describes itself.  Its words are the
    organisation's own, not its chief executive's (the motto "Every crossing, every season" in
    the ferry corporation's About section)."""
    heads = []
    for m in _ABOUT.finditer(text):
        org = _NAME_TAIL.sub("", m.group("org")).strip()
        if 1 <= len(org.split()) <= 8 and org in text[:m.start()] \
                and (not org.endswith((".", ":")) or org.endswith((" Inc.", " Ltd.", " Corp.", " Co."))):
            heads.append((m, org))   # an organisation the release named before ("About the Grant": a subhead)
    if not heads:
        return []
    stops = [p0 for p0, p1 in paragraphs(text) if _BOILERPLATE.match(text[p0:p1])] + [m.start() for m, _ in heads]
    return [(m.end(), min((x for x in stops if x > m.end()), default=len(text)), org) for m, org in heads]
