"""A television newsroom's as-aired script (a rundown's pages as ENPS or iNews prints them):

    ((SUPER: CHIEF MARCUS TILLERY / PORT AGNES FIRE DEPT.))
    SOT IN: "The air on Foundry..."
    The air on Foundry Road is better today than it was at midnight, …
    SOT OUT: "...twenty-four hours."  (:12)

Read as a transcript, "SOT IN:" and "SOT OUT:" were taken for speakers.  Here a sound bite's
words, between its ``SOT IN:`` and ``SOT OUT:`` cue lines, are the person the last on-screen
name (``SUPER:``, ``CG:``, ``LOWER THIRD:``) names before it, up to its slash or dash ("CHIEF
MARCUS TILLERY" is Marcus Tillery); the in- and out-cues repeat the bite and are not stored.  A
live interview pasted from the caption server (``>>`` before each voice) under a super naming the
guest is the guest's in every turn but its questions, which are the anchor's: a questioner.  The
anchor's and the reporter's copy (``[RENATA OC]``, ``{{TRACK - TESSA}}``) is the station's
narration: only the quotes in it are stored, as an article's are (in capitals, no one's: the
desk cannot read a name there for sure).
"""

from __future__ import annotations

import dataclasses
import re

from desk.extract.lexicon import ORG_WORDS, POSITIONS, ROLE_HEADS
from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, ROLE_UNKNOWN, Segment
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold, name_after_posts
from desk.extract.sentences import passages

#: An on-screen name: "((SUPER: EUNICE PARDO / EVACUATED FROM FOUNDRY RD))", "CG: …", "LOWER THIRD: …".
_SUPER = re.compile(r"(?im)^[^\n]*?\(\((?:SUPER|CG|LOWER[ -]THIRD|FONT|NAME ?KEY)\s*:\s*(?P<who>[^/)\n—–]+?)\s*(?:[/—–-][^\n]*)?\)\)")
_SOT_IN = re.compile(r"(?im)^[ \t]*(?:SOT|BITE|SOUND)[ \t]+IN[ \t]*:[^\n]*\n")
_SOT_OUT = re.compile(r"(?im)^[ \t]*(?:SOT|BITE|SOUND)[ \t]+OUT[ \t]*:")
#: A caption server's voice mark opening a line: ">> WORRIED IS A FAIR WORD."
_VOICE = re.compile(r"(?m)^[ \t]*>>[ \t]*")
#: Where a page or a block ends: its rule, the next talent's copy, an end mark.
_PAGE_END = re.compile(r"(?m)^(?:={5,}|#{3,}|\[[A-Z][A-Z .'-]*(?:OC|VO|ON CAM|TAG)\b)")


def is_rundown(text: str) -> bool:
    """Two sound bites between SOT IN and SOT OUT cue lines, and an on-screen name."""
    return len(_SOT_IN.findall(text)) >= 2 and len(_SOT_OUT.findall(text)) >= 2 and _SUPER.search(text) is not None


def _named(who: str) -> str | None:
    """The person an on-screen name gives: "CHIEF MARCUS TILLERY" is Marcus Tillery; "LOC - PORT
    AGNES" no one."""
    words = re.sub(r"[^\w\s.'’-]", " ", who).split()
    if words and words[0].upper() in ("LOC", "LOCATION", "DATELINE"):
        return None
    name = name_after_posts(words, POSITIONS | ROLE_HEADS, ORG_WORDS)
    # (a place, a time or a credit is no one: "PORT AGNES, N.B.", "EARLIER TODAY")
    return name if name and fold(name.split()[0]) in FIRST_NAMES else None


def rundown_segments(text: str) -> list[Segment]:
    """The passages of an as-aired script (module docstring), in order."""
    supers = [(m.end(), _named(m.group("who"))) for m in _SUPER.finditer(text)]
    out: list[Segment] = []
    turn = 0

    def said_by(at: int, since: int = 0) -> str | None:
        """The person the last super before ``at`` names, if it came after ``since``."""
        return next((who for end, who in reversed(supers) if end <= at), None) \
            if any(since <= end <= at for end, _ in supers) else None

    def add(start: int, end: int, who: str | None, role: str) -> None:
        nonlocal turn
        made = passages(text, start, end, turn=turn, speaker=who, role=role)
        out.extend(made)
        turn += bool(made)

    last_out = 0
    for m in _SOT_IN.finditer(text):
        close = _SOT_OUT.search(text, m.end())
        if close is None:
            continue
        # a super names the bite after it, not the vox pops that follow with none of their own
        who = said_by(m.start(), last_out)
        last_out = close.end()
        add(m.end(), close.start(), who, ROLE_SPEAKER if who else ROLE_UNKNOWN)
    for block in re.finditer(r"(?m)^[ \t]*CC\b[^\n]*:[ \t]*\n", text):
        stop = _PAGE_END.search(text, block.end())
        end = stop.start() if stop else len(text)
        guest = said_by(block.start())
        marks = list(_VOICE.finditer(text, block.end(), end))
        for k, v in enumerate(marks):
            v_end = marks[k + 1].start() if k + 1 < len(marks) else end
            words = text[v.end():v_end].strip()
            # a question, or the anchor addressing the guest ("MAYOR CASTONGUAY, THANK YOU."): the anchor's
            surname = guest.split()[-1].upper() if guest else None
            question = words.endswith("?") or bool(surname) and surname in words[:words.find(",")].upper().split()
            add(v.end(), v.end() + len(text[v.end():v_end].rstrip()), None if question else guest,
                ROLE_QUESTIONER if question else ROLE_SPEAKER if guest else ROLE_UNKNOWN)
    # the station's copy quotes people too ("A SPOKESWOMAN, KIRI MATSUDA, SAID THE COMPANY
    # “DEEPLY REGRETS …”"): read as an article's, the bites and the live turns left out
    taken = sorted((seg.paragraph_start, seg.paragraph_end) for seg in out)
    masked = list(text)
    for start, end in taken:
        masked[start:end] = re.sub(r"[^\n]", " ", text[start:end])
    from desk.extract.article import article_segments

    copy = article_segments("".join(masked))
    # (copy in capitals names no one the desk can read for sure: "SPOKESWOMAN" is kept as no one's)
    out += [dataclasses.replace(seg, turn=seg.turn + turn, speaker=None, role=ROLE_UNKNOWN)
            if seg.speaker and seg.speaker.isupper() else dataclasses.replace(seg, turn=seg.turn + turn) for seg in copy]
    out.sort(key=lambda seg: seg.start)
    return out
