"""Transcript layouts whose turns have no colon (for :mod:`desk.extract.labels`).

A recorder or meeting app's name and time alone on a line above the speech ("Alma Reyes  0:03";
Teams' "Pryce, Joanna   0:04", read given name first); an earnings call's name, dash and title
("Ingrid Solberg — Chief Executive Officer") with "Operator" alone on its line; a podcast host's
export, each turn opening with the speaker's name alone on its line (its time on the next line is
left out with the other caption times, :mod:`desk.extract.margins`); and a header key
pairing a label with a name by dot leaders ("The Premier ....... Hon. Lucien Thorvald").
"""

from __future__ import annotations

import re
from collections import Counter

from desk.extract.lexicon import ROLE_HEADS
from desk.extract.names import TITLE_WORDS

#: A name, a dash and a title alone on a line ("Ingrid Solberg — Chief Executive Officer").
_TITLED = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){1,3})[ \t]+(?:--|[—–-])[ \t]+"
                     r"[A-Z][^\n.!?:]{1,80}[ \t]*$", re.M)
#: Words of a job title after the dash beside the role nouns and titles the project knows
#: ("— Chief Executive Officer", "— Analyst, Castellan Securities", "— Managing Partner").
_JOB_EXTRA = frozenset("partner cto relations investor research portfolio fellow managing senior".split())
#: A name or "Operator" alone on a line.
_NAME_ALONE = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3})[ \t]*$", re.M)
#: A recorder app's turn: the name and a time alone on a line, the speech below ("Alma Reyes  0:03"),
#: or a chat copied as text, the time of day given ("Gwen Harlow  6:58 AM", as Slack shows it).
STAMPED = re.compile(r"^[ \t]*(?P<label>[^\W\d_][\w.'’\-]*(?:,?[ ][\w.'’\-]+){0,4}?(?:[ ]\([^()\n]{1,60}\))?)[ \t]+"
                     r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*$", re.M)
#: A meeting app's "Surname, Given" display name (Teams): "Pryce, Joanna", "Tembo, Priscilla (Vireo Materials)".
_SURNAME_FIRST = re.compile(r"^(?P<surname>[^\W\d_][\w'’\-]*),[ ](?P<given>[^\W\d_][\w.'’\-]*(?:[ ][^\W\d_][\w.'’\-]*)?)"
                            r"(?P<rest>(?:[ ]\([^()\n]*\))?)$")


def given_first(label: str) -> str:
    """A recorder's or meeting app's label with the given name first: "Pryce, Joanna" -> "Joanna
    Pryce" (Teams writes the directory's "Surname, Given"); any other label as it is."""
    m = _SURNAME_FIRST.match(label)
    return f"{m.group('given')} {m.group('surname')}{m.group('rest')}" if m else label


#: A header line pairing a label with a name by dot leaders: "The Premier ....... Hon. Lucien Thorvald".
LEADERS = re.compile(r"^[ \t]*(?P<label>[A-Z][^.\n]{1,80}?)[ \t]*\.{4,}[ \t]*(?P<name>[^\n]{3,80}?)[ \t]*$", re.M)


def _job_title(title: str) -> bool:
    """A title that reads as a job: one of its words a role noun, a title or a word of a trade."""
    return any(w in ROLE_HEADS or w in TITLE_WORDS or w in _JOB_EXTRA
               for w in re.findall(r"[a-z]+", title.lower()))


def titled_turns(text: str, taken: set[int]) -> list[tuple[int, str, int]]:
    """An earnings call's or a webinar's turns: a name, a dash and a title alone on a line above
    the speech ("Ingrid Solberg — Chief Executive Officer"), with "Operator" alone on its line and
    a name alone for someone the titled lines name.  Only lines with speech below them (a sentence)
    before the next such line count (a participants list has none, nor a heading), two or more,
    one name recurring.  (line start, label, label end) of each, past the lines in ``taken``."""
    every = [m for m in _TITLED.finditer(text) if m.start() not in taken]
    again = Counter(m.group("label") for m in every) + Counter(m.group("label") for m in _NAME_ALONE.finditer(text))
    titled = [m for m in every if _job_title(m.group(0)[len(m.group("label")):]) or again[m.group("label")] > 1]
    #        (not a subheading: "Store Count — North America")
    if len(titled) < 2:
        return []
    names = {m.group("label") for m in titled}
    bare = [m for m in _NAME_ALONE.finditer(text)
            if m.group("label") in names or m.group("label").lower() in ("operator", "moderator")]
    found = sorted(titled + bare, key=lambda m: m.start())
    spoken = [m for m, nxt in zip(found, found[1:] + [None], strict=False)
              if re.search(r"[.?!…]", text[m.end():nxt.start() if nxt else len(text)])]   # not a heading
    if len(spoken) < 2 or (max(Counter(m.group("label") for m in spoken).values()) < 2 and len(spoken) < 3):
        return []
    return [(m.start(), m.group("label"), m.end()) for m in spoken]


#: A name alone on a line that opens a paragraph: two to four capitalised words ("Marisol Vega").
_NAME_PARAGRAPH = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?P<label>[^\W\d_][\w.'’\-]*(?:[ ][^\W\d_][\w.'’\-]*){1,3})[ \t]*\n(?=[ \t]*\S)")


def name_paragraphs(text: str, name_like) -> list[re.Match]:
    """A podcast host's or a transcription service's export: each turn a paragraph whose first
    line is the speaker's name alone ("Marisol Vega" ¶ "Welcome to …"), the speech below it.  A
    conversation only: four such lines or more with speech (a sentence) under each before the
    next, two voices at least, and most voices heard twice — a report's subheadings ("Budget
    Pressures") come once each.  ``name_like`` says which lines may be a name."""
    found = [m for m in _NAME_PARAGRAPH.finditer(text) if name_like(m.group("label"))]
    spoken = [m for m, nxt in zip(found, found[1:] + [None], strict=False)
              if re.search(r"[.?!…]", text[m.end():nxt.start() if nxt else len(text)])]
    voices = Counter(m.group("label") for m in spoken)
    if len(spoken) < 4 or len(voices) < 2 or sum(1 for n in voices.values() if n >= 2) * 2 < len(voices):
        return []
    return spoken


def speech_below(text: str, stamped: list[re.Match]) -> bool:
    """Most name-and-time lines have speech under them before the next one (a recorder's turns),
    rather than standing one under another (a timetable, a list of times)."""
    bare = 0
    for m, nxt in zip(stamped, stamped[1:], strict=False):
        if not text[m.end():nxt.start()].strip():
            bare += 1
    return bare * 4 <= len(stamped)
