"""Oral histories and "as told to" features: sections opened by a line naming who speaks.

    DARLENE QUINTON, fish cutter, 31 years

    “I started when I was 17. …”

    GERALD “BUDDY” NOSEWORTHY, forklift operator

    I had the last pallet. … I said, “Well, who's going to tell the crab?”

The name line is a paragraph of its own: a name in capitals (a nickname in quote marks may stand
in it, a title before it is left out, a bracket may follow it: "COUN. WALTER BRANDT (Ward 2)"),
then, after a comma, who the person is, with no full stop.  A story has such a layout
only when two or more lines of it do; one line in capitals is a heading or a kicker.  Everything
under a name line, up to the next one, is that person's account: a quote paragraph with no cue
of its own is theirs, and so is the "I" of "I said, “…”" there.

A briefing's notes are laid out alike, with headings that name the speaker after the topic and a
dash ("Railroad — Ashgrove (GL&T)"): two such headings or more, each naming someone the document
names in full elsewhere (a participants' table, "Bernard Ashgrove").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import TITLE_WORDS

#: One word of a name in capitals: "QUINTON-HYDE", "O’BRIEN", "ST.", "J.".
_WORD = r"[A-Z][A-Z’'\-]*[A-Z]\.?|[A-Z]\."
#: A nickname set in a name: “BUDDY”, "RED", ‘SKIP’.
_NICK = r"[“\"‘][A-Z][A-Z’'\- ]*[”\"’]"
_LABEL = re.compile(rf"[ \t]*((?:{_WORD})(?:[ \t]+(?:{_WORD}|{_NICK})){{1,4}})[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?"
                    rf"(?:,[ \t]*([^\n]{{1,90}}))?[ \t]*")


@dataclass(frozen=True)
class Section:
    """A name line (its paragraph index) and the person it names."""

    para: int
    start: int
    name: str
    nickname: str | None


def _read(line: str) -> tuple[str, str | None] | None:
    """The name and nickname a name line gives, else None."""
    m = _LABEL.fullmatch(line)
    if m is None or line.rstrip().endswith((".", "!", "?", ":")):
        return None
    described = m.group(2)
    if described is not None and not any(c.islower() for c in described):
        return None   # "BOSTON, MASS., MARCH 3": a dateline or a heading, no one described
    words, nickname = [], None
    for w in re.findall(rf"{_NICK}|{_WORD}", m.group(1)):
        if w[0] in "“\"‘":
            nickname = w.strip("“”\"‘’ ").title()
        elif words or w.lower().rstrip(".") not in TITLE_WORDS or not w.endswith("."):
            words.append(w.title())   # "COUN. WALTER BRANDT (Ward 2)": Walter Brandt; "DEAN FORTIN": Dean
    if len(words) < 2 or (described is None and words[0].lower() not in FIRST_NAMES):
        return None
    return " ".join(words), nickname


def sections(text: str, paras: list[tuple[int, int]]) -> list[Section]:
    """The story's name lines, in order, when it has two or more; else none."""
    found = []
    for k, (p0, p1) in enumerate(paras):
        line = text[p0:p1]
        if "\n" in line.strip() or len(line) > 140:
            continue
        got = _read(line)
        if got is not None:
            found.append(Section(k, p0, got[0], got[1]))
    if len(found) >= 2:
        return found
    return topic_sections(text, paras)


def topic_sections(text: str, paras: list[tuple[int, int]]) -> list[Section]:
    """A briefing's or a meeting's notes: its headings naming who spoke after the topic, when it
    has two or more ("1. Opening — Abernathy"); else none."""
    topics = []
    for k, (p0, p1) in enumerate(paras):
        line = text[p0:p1]
        if "\n" not in line.strip() and len(line) <= 120 and (name := _topic_voice(line, text)) is not None:
            topics.append(Section(k, p0, name, None))
    return topics if len(topics) >= 2 else []


#: A briefing's section heading: the topic, a dash, who spoke ("Railroad — Ashgrove (GL&T)",
#: "Public health — Dr. Amankwah", "Opening — Whitford (EPA)", numbered "1. Opening — Abernathy").
_TOPIC = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?[A-Z][^\n—–]{0,60}?[ \t]+[—–][ \t]+(?:(?:Dr|Mr|Ms|Mrs|Chief|Mayor)\.?[ \t]+)?"
                    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*")


def _topic_voice(line: str, text: str) -> str | None:
    """The person a briefing's section heading names after its dash, in full where the document
    names them so ("Whitford" → Alana Whitford from its participants' table); None when the
    document names no one so (a heading "Weather — Outlook" names no one)."""
    m = _TOPIC.fullmatch(line)
    if m is None:
        return None
    name = m.group("name")
    if len(name.split()) == 2:
        return name if name.split()[0].lower() in FIRST_NAMES else None
    full = {f.group(1) for f in re.finditer(r"\b([A-Z][\w'’-]+[ \t]+" + re.escape(name) + r")\b", text)
            if f.group(1).split()[0].lower() in FIRST_NAMES}
    return full.pop() if len(full) == 1 else None
