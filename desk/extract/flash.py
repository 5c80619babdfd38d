"""A team's or a campaign's "flash quotes" sheet: sections between rules, each under a header in
capitals naming who spoke, with the topic of each answer on a line of its own.

    -----

    FORGE HEAD COACH RENATA SOLBERG

    On the result:
    Three points in that heat, I'll take them, …

    -----

Read as a transcript it had no labels, so the whole sheet was one voice or no one's.  Here each
section is the person its header names: the words after the last rank, title or position
("HEAD COACH RENATA SOLBERG" is Renata Solberg, "FORGE FORWARD DANIELA RUVALCABA (winning goal,
84th minute)" Daniela Ruvalcaba), or the header itself when it is a name alone.  A section whose
header names no one ("INJURY UPDATE (… medical staff)", "MATCH NOTES") is no one's words, and
the "On …:" lines are the sheet's topics, not anyone's.
"""

from __future__ import annotations

import re

from desk.extract.lexicon import ORG_WORDS, POSITIONS, ROLE_HEADS
from desk.extract.model import Segment
from desk.extract.names import name_after_posts
from desk.extract.sentences import paragraph_spans, passages

#: A rule between sections: "-----", "*****", "=====".
_RULE = re.compile(r"(?m)^[ \t]*(?:-{3,}|\*{3,}|={3,})[ \t]*$")
#: A header in capitals: two words or more, an aside in brackets allowed.
_HEADER = re.compile(r"[ \t]*(?P<words>[A-Z][A-Z.'’\-]*(?:[ ]+[A-Z][A-Z.'’\-]*)+)[ \t]*(?:\([^)\n]*\))?[ \t]*$")
#: The topic of an answer: "On the result:", "On whether the match should have kicked off at 3 p.m.:".
_TOPIC = re.compile(r"[ \t]*On\b[^\n]{1,140}:[ \t]*$")
#: Words of a rank or a post before a name, besides the role nouns and titles the project knows.
_POSTS = frozenset("head assistant coach manager captain forward midfielder defender defenceman defenseman goalkeeper "
                   "keeper goalie striker winger centre center guard pitcher catcher quarterback player rookie "
                   "candidate spokesperson spokesman spokeswoman".split())


def _sections(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in _RULE.finditer(text)]
    ends = [m.start() for m in _RULE.finditer(text)] + [len(text)]
    return list(zip(bounds, ends, strict=True))


def is_flash_quotes(text: str) -> bool:
    """Two sections or more under a header in capitals with an "On …:" topic line."""
    found = 0
    for start, end in _sections(text):
        paras = paragraph_spans(text, start, end)
        header = text[paras[0][0]:paras[0][1]].split("\n")[0] if paras else ""
        if _HEADER.fullmatch(header) and any(_TOPIC.fullmatch(line) for line in text[start:end].split("\n")):
            if re.search(r"\b(?:AND|&)\b", header):
                return False   # a section of two people, whose lines name each: a labelled transcript's reading
            found += 1
    return found >= 2


def _who(header: str, answered: bool) -> str | None:
    """The person a section's header names, or None: the words after the last post, or with no
    post the header alone when the section answers topics ("MATCH NOTES" answers none)."""
    words = re.sub(r"\([^)]*\)", "", header).split()
    if "AND" in words or "&" in words:
        return None   # "CAPTAIN TOM HALE AND GOALKEEPER LEONIE VASHTI": two people, whose lines say which
    return name_after_posts(words, _POSTS | ROLE_HEADS | POSITIONS, ORG_WORDS, bare=answered)


def flash_segments(text: str) -> list[Segment]:
    """Each section its header's person's words (module docstring)."""
    segments: list[Segment] = []
    turn = 0
    for start, end in _sections(text):
        paras = paragraph_spans(text, start, end)
        if not paras:
            continue
        first_line = text[paras[0][0]:paras[0][1]].split("\n")[0]
        if not _HEADER.fullmatch(first_line):
            continue   # the sheet's own heading, above the first rule
        who = _who(first_line, any(_TOPIC.fullmatch(line) for line in text[start:end].split("\n")))
        body = paras[0][0] + len(first_line)
        for p_start, p_end in paragraph_spans(text, body, end):
            lines = [m for m in re.finditer(r"[^\n]+", text[p_start:p_end]) if not _TOPIC.fullmatch(m.group())]
            for line in lines:
                s0, s1 = p_start + line.start(), p_start + line.end()
                segments += passages(text, s0, s1, turn=turn, speaker=who, label=first_line.strip())
        turn += 1
    return segments
