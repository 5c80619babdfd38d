"""A radio or dispatch log released as a table: each transmission a row under "TIME … FROM TO
TRANSMISSION", its sender by unit, and a legend saying who each unit was.

    LEGEND
      BC1     BATTALION CHIEF SANDRA MWANGI - INCIDENT COMMANDER UNTIL 01:10
      E5      ENGINE 5 (OFFICER NOT IDENTIFIED ON RECORDING)

    TIME      CH    FROM  TO    TRANSMISSION
    23:53:18  TAC3  E5    BC1   COMMAND, E5. WE'VE GOT RUNOFF GOING INTO THE DITCH ON THE EAST
                                SIDE AND IT'S -- IT'S FIZZING.
    23:53:31  TAC3  BC1   E5    COPY THE RUNOFF. KEEP YOUR PEOPLE UPHILL OF IT.

Read as prose, the whole log was one passage nobody said, so words a story gave the wrong
officer came out *exact*.  Here each row is its sender's turn (a row's wrapped lines, set in
under the transmission column, go with it): the person the legend names for the unit (the name
after the last rank or title: "BATTALION CHIEF SANDRA MWANGI" is Sandra Mwangi, "ENGINE 3,
CAPT. DEV ROURKE" Dev Rourke), or no one when the legend names none ("DISPATCHER NAME
SEVERED", "OFFICER NOT IDENTIFIED").  Everything above the header row, and notes in brackets on
a line of their own, are no one's words.
"""

from __future__ import annotations

import re

from desk.extract.lexicon import ORG_WORDS
from desk.extract.model import Segment
from desk.extract.names import name_after_posts
from desk.extract.sentences import passages

#: The header row: a time column, then FROM, TO and the column of what was said.
_HEADER = re.compile(r"(?m)^[ \t]*TIME\b.*?\b(?P<from>FROM)\b[ \t]+(?P<to>TO)\b.*?\b(?P<said>TRANSMISSION|MESSAGE|TRAFFIC)\b[ \t]*$")
#: A row: a time at the margin.
_ROW = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?::\d{2})?\b")
#: A legend entry: a unit's code, two spaces or more, what it stands for.
_ENTRY = re.compile(r"^[ \t]+(?P<code>[A-Z][A-Z0-9-]{0,7})[ \t]{2,}(?P<what>\S[^\n]*)$")
#: Ranks and titles a legend writes before a name, besides those of ``names.TITLE_WORDS``.
_RANKS = frozenset("battalion district deputy division fire police chief capt captain lt lieutenant sgt sergeant "
                   "cpl corporal cst constable officer paramedic dispatcher firefighter ff engineer commander "
                   "inspector superintendent supt det detective trooper deputy sheriff".split())


def is_radio_log(text: str) -> bool:
    """A header row with FROM, TO and a transmission column, five rows under it, and the rows
    (with their wrapped lines) most of the lines after it: a release that quotes a few
    transmissions, or a timetable, is read as prose."""
    header = _HEADER.search(text)
    if header is None:
        return False
    lines = [line for line in text[header.end():].splitlines() if line.strip()]
    rows = sum(1 for line in lines if _ROW.match(line))
    wrapped = sum(1 for line in lines if line[:1].isspace() and not _ROW.match(line))
    return rows >= 5 and (rows + wrapped) * 4 >= len(lines) * 3


def _legend(text: str, end: int) -> dict[str, str | None]:
    """{unit code: the person the legend names for it, or None}, from the lines above ``end``."""
    out: dict[str, str | None] = {}
    for line in text[:end].splitlines():
        m = _ENTRY.match(line)
        if m is None:
            continue
        what = re.split(r"[ \t]+[-\u2013\u2014][ \t]+|\(", m.group("what"))[0]   # before "- INCIDENT COMMANDER", "("
        out[m.group("code")] = name_after_posts(what.split(",")[-1].split(), _RANKS, ORG_WORDS, bare=False)
    return out


def radio_segments(text: str) -> list[Segment]:
    """Each row of the log its sender's turn (module docstring)."""
    header = _HEADER.search(text)
    line_start = text.rfind("\n", 0, header.start("from")) + 1
    col_from = header.start("from") - line_start
    col_to = header.start("to") - line_start
    col_said = header.start("said") - line_start
    legend = _legend(text, header.start())
    rows: list[tuple[str, int, int]] = []   # (unit, start, end) of each transmission
    pos = header.end() + 1
    for line in text[header.end() + 1:].splitlines(keepends=True):
        body = line.rstrip("\n")
        if _ROW.match(body) and len(body) > col_said:
            rows.append((body[col_from:col_to].strip(), pos + col_said, pos + len(body)))
        elif rows and body[:col_said].strip() == "" and body.strip() and not body.strip().startswith("["):
            rows[-1] = (rows[-1][0], rows[-1][1], pos + len(body))   # the row's wrapped lines
        elif body.strip():
            rows.append(("", pos, pos))   # a note on a line of its own ends the row before
        pos += len(line)
    segments: list[Segment] = []
    turn, last = -1, None
    for unit, start, end in rows:
        if not unit or end <= start:
            continue
        turn += 1 if unit != last else 0
        last = unit
        who = legend.get(unit)
        segments += passages(text, start, end, turn=turn, speaker=who, label=unit)
    return segments
