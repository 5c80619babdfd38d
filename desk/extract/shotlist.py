"""A video wire's shotlist: the sound bites it carries, each the speaker its SOUNDBITE line names.

News agencies send broadcasters each video item with a text sheet:

    SHOTLIST:
    HALBERD FALLS, UNITED STATES (OCTOBER 17, 2025) (CASCADE WIRE)
    4. MAYOR GWEN CASTELLANO WALKING TO PODIUM
    5. (SOUNDBITE) (English) MAYOR OF HALBERD FALLS, GWEN CASTELLANO, SAYING:
    "Please do not drink your tap water, …"
    …
    STORYLINE:
    A freight train derailment … Mayor Gwen Castellano said the city was acting "out of an
    abundance of caution" …

Read as a transcript, the header fields ("RESTRICTIONS:", "ASPECT RATIO:") were speakers and the
bites no one's.  Here each bite (the lines after a SOUNDBITE line, up to the next numbered shot)
(the lines after a SOUNDBITE line, up to the next numbered shot or a blank line)
is the person its line names — the last of its comma-separated parts that is no title or
organisation ("SUPERINTENDENT, HALBERD FALLS SCHOOL DISTRICT, DR. AARON WHITFIELD, SAYING:" is
Aaron Whitfield), a translated bite ("(Spanish)") too; "UNIDENTIFIED RESIDENT" names no one.  The numbered shots and the header are
no one's words; the storyline is prose, its quotes read as an article's.
"""

from __future__ import annotations

import dataclasses
import re

from desk.extract.lexicon import UNNAMED_PEOPLE, person_noun
from desk.extract.model import Segment
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import display_name, fold, strip_titles
from desk.extract.sentences import passages

#: "5. (SOUNDBITE) (English) MAYOR OF HALBERD FALLS, GWEN CASTELLANO, SAYING:"
_BITE = re.compile(r"^[ \t]*\d{1,3}\.[ \t]*\((?:SOUNDBITE|SOUND[ \t]?BITE|SOT)\)[ \t]*(?:\([^)\n]*\)[ \t]*)*"
                   r"(?P<who>[^\n]*?),?[ \t]+(?i:saying|says)[ \t]*:[ \t]*$", re.M)
#: A numbered shot line, or a section heading ("STORYLINE:"): where a bite's words end.
_SHOT = re.compile(r"^[ \t]*(?:\d{1,3}\.[ \t]|[A-Z][A-Z /]{3,}:[ \t]*$)", re.M)
#: Words of a description, never of a name: "RESIDENT OF HALBERD FALLS".
_NO_NAME = frozenset("unidentified unnamed local of the a an resident residents owner worker".split())
_STORYLINE = re.compile(r"^[ \t]*(?:STORYLINE|STORY[ \t]+LINE|SCRIPT)[ \t]*:[ \t]*$", re.M)


def is_shotlist(text: str) -> bool:
    """A SHOTLIST heading and two SOUNDBITE lines at least."""
    return re.search(r"^[ \t]*SHOT[ \t]?LIST[ \t]*:", text, re.M) is not None and len(_BITE.findall(text)) >= 2


def _speaker(who: str) -> str | None:
    """The person a SOUNDBITE line names: its last part with a given name, else its last part of
    two to four words ("VICE-PRESIDENT OF OPERATIONS, BOREALIS & WESTERN RAILWAY, GRAHAM TEAGUE")."""
    parts = [p.strip() for p in who.split(",") if p.strip()]
    for part in reversed(parts):
        words = strip_titles(part)[1].split()
        if words and fold(words[0]) in FIRST_NAMES:
            return display_name(" ".join(words))
    last = strip_titles(parts[-1])[1].split() if parts else []
    if not 2 <= len(last) <= 4 or any(fold(w) in _NO_NAME or person_noun(fold(w)) or fold(w) in UNNAMED_PEOPLE
                                       for w in last):
        return None   # "UNIDENTIFIED RESIDENT", "LOCAL BUSINESS OWNER": someone the sheet does not name
    return display_name(" ".join(last))


def shotlist_segments(text: str, known_speakers=()) -> list[Segment]:
    """The passages of a shotlist (module docstring)."""
    segments: list[Segment] = []
    turn = -1
    for bite in _BITE.finditer(text):
        start = bite.end() + 1
        stop = _SHOT.search(text, start)
        blank = re.compile(r"\n[ \t]*\n").search(text, start)
        end = min(stop.start() if stop else len(text), blank.start() if blank else len(text))
        words = text[start:end].strip()
        if not words:
            continue
        a = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        b = a + len(words)
        turn += 1
        segments += passages(text, a, b, turn=turn, speaker=_speaker(bite.group("who")), label=bite.group("who"))
    story = _STORYLINE.search(text)
    if story is not None:
        from desk.extract.article import article_segments

        # the storyline alone, the rest blanked so offsets hold
        masked = re.sub(r"[^\n]", " ", text[:story.end()]) + text[story.end():]
        after = turn + 1
        segments += [dataclasses.replace(s, turn=s.turn + after)
                     for s in article_segments(masked, known_speakers=known_speakers) if s.speaker]
    return sorted(segments, key=lambda s: s.start)
