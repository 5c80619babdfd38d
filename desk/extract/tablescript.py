"""A transcript laid out as a table with a key to its speakers' codes (an appendix to a police
report, an investigator's transcript of a recording saved from HTML or a word processor).

    Code	Person
    SO #1	Subject officer – Constable Eric Lindgren (#2291), Patrol Division
    CW #1	Civilian witness – the caller, sister of the affected person
    AP	Affected person – Jonah Moyo, 26

    Time	Speaker	Utterance
    SO #1	Ma'am, I need you to come down the stairs toward me. Right now.
    CW #1	I called you to help him, not to hurt him.

Read as text, the rows were no one's words.  Here each row of the transcript is the person the
key gives its code: the name after the role's dash, without a title ("Constable Eric Lindgren"
is Eric Lindgren); a code the key describes without a name ("the caller") is a voice that names
no one, and a row with no code ("—", a sound) is no one's.  Read when the key names two codes
at least and the transcript's rows use them.
"""

from __future__ import annotations

import re

from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN, Segment
from desk.extract.names import display_name, strip_titles
from desk.extract.sentences import passages

#: A table row of two cells as text: a short code, a tab, the rest.
_ROW = re.compile(r"^(?P<code>[^\t\n]{1,12})\t(?P<rest>[^\t\n]+)$", re.M)
#: A key's description of a code: the role, a dash, who ("Subject officer – Constable Eric Lindgren").
_DESCRIBED = re.compile(r"^[^–—\n]{2,60}?[ \t][–—-][ \t](?P<who>.+)$")


def _key(text: str) -> dict[str, str | None]:
    """code -> the person the key names for it (None: described, not named)."""
    key: dict[str, str | None] = {}
    for m in _ROW.finditer(text):
        code, rest = m.group("code").strip(), m.group("rest").strip()
        described = _DESCRIBED.match(rest)
        if described is None or code in key:
            continue
        who = re.split(r"[,(]", described.group("who"))[0].strip()
        name = display_name(strip_titles(who)[1]) if who[:1].isupper() and len(who.split()) >= 2 else None
        key[code] = name
    return key


def is_table_script(text: str) -> bool:
    key = _key(text)
    if len(key) < 2:
        return False
    used = [m.group("code").strip() for m in _ROW.finditer(text) if m.group("code").strip() in key]
    return len(used) - len(key) >= 4   # the key's own rows, and four spoken rows at least


def table_segments(text: str) -> list[Segment]:
    """The passages of a table transcript (module docstring)."""
    key = _key(text)
    segments: list[Segment] = []
    described: set[str] = set()
    turn = -1
    last = None
    for m in _ROW.finditer(text):
        code, rest = m.group("code").strip(), m.group("rest").strip()
        if code not in key:
            continue
        if code not in described and _DESCRIBED.match(rest):
            described.add(code)   # the key's row
            continue
        if code != last:
            turn += 1   # (rows of one speaker running on are one turn)
        last = code
        who = key[code]
        segments += passages(text, m.start("rest"), m.end("rest"), turn=turn, speaker=who, label=code,
                             role=ROLE_SPEAKER if who else ROLE_UNKNOWN)
    return segments
