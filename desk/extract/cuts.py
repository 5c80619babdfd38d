"""A radio or TV newsroom's cut sheet (audio log, actuality sheet): only the cuts are anyone's words.

A reporter files the sound they gathered as numbered cuts, with their own notes between::

    00:00-01:40  Leclair opens. Advisory stays at least through the weekend. …

    CUT 1 (0:16) MAYOR LECLAIR: "The numbers are going the right way, and
    I'm not going to pretend otherwise. …"
    OUTCUE: "...we're not there yet."

Each cut ("CUT 3", "SOT 2", "ACT 1", "BITE 4", with or without its length) gives the label
before its colon the words inside the quote marks that follow, over as many lines as they run:
"MAYOR LECLAIR" is Leclair, "MINISTER BAPTISTE (FR)" Baptiste, "ARNE SOLBERG" Arne Solberg,
and an unnamed voice ("UNIDENTIFIED WOMAN", "STREETER") nobody.  The reporter's notes between
cuts are summaries, not speech, and the outcue repeats a cut's last words: neither is a passage.

Read only for a source filed as notes (or "other") in which at least two lines open a cut so: a
transcript with "CLIP 1 (0:12) MAYOR RUARK:" lines among its turns is read as a transcript.  A
cut's quote must close in its own paragraph, before the next cut: one left open is not read.
"""

from __future__ import annotations

import re

from desk.extract.labelnames import _label_key
from desk.extract.labels import _UNNAMED
from desk.extract.lexicon import UNNAMED_PEOPLE
from desk.extract.model import Segment
from desk.extract.names import display_name, strip_titles
from desk.extract.sentences import passages

#: "CUT 1 (0:16) MAYOR LECLAIR: “", "SOT #2 - DR. RUTHERFORD: «": the cut's label, then the opening mark.
_CUT = re.compile(
    r"^[ \t]*(?:CUT|SOT|ACT|BITE|CLIP|ACTUALITY|SOUNDBITE)[ \t]*#?[ \t]*\d{1,3}[A-Za-z]?\b"
    r"(?:[ \t]*[(\[][\d:. ]{1,12}(?:sec|s)?[)\]])?[ \t]*[-\u2013\u2014:]?[ \t]*"
    r"(?P<label>[A-Z][A-Za-z.'’\- ]{0,60}?(?:[ \t]*\([^()\n]{1,30}\))?)[ \t]*:[ \t]*(?P<open>[\"“«])",
    re.M)
_CLOSERS = {'"': '"', "“": "”", "«": "»"}
#: Labels of a voice a cut sheet leaves unnamed beyond those a transcript's are ("STREETER", "VOX").
_STREET_VOICES = frozenset("streeter vox anonymous".split())


def is_cut_sheet(text: str, kind: str) -> bool:
    """Whether ``text`` is a cut sheet: filed as notes (or with no kind), with two lines or more
    opening a cut with a label and a quote (a transcript with "CLIP 1 (0:12) MAYOR RUARK:" lines
    among its turns is read as a transcript)."""
    return kind in ("notes", "other") and len(_CUT.findall(text, 0, 400_000)) >= 2


def _next_cut(text: str, start: int) -> int:
    """Where the next cut's line starts after ``start``, or -1."""
    m = _CUT.search(text, start)
    return m.start() if m else -1


def _speaker(label: str) -> str | None:
    label = re.sub(r"[ \t]*\([^()]*\)$", "", label).strip()   # "(FR)", "(on phone)"
    key = _label_key(label)
    if not key or _UNNAMED.match(key) or all(w in UNNAMED_PEOPLE or w in _STREET_VOICES for w in key.split()):
        return None   # "UNIDENTIFIED WOMAN", "CROWD", "STREETER", "RESIDENT": no one named
    name = strip_titles(label)[1]
    return display_name(name) if name else None


def cut_segments(text: str) -> list[Segment]:
    """The passages of a cut sheet (module docstring): each cut's quoted words, sentence by sentence."""
    segments: list[Segment] = []
    for turn, m in enumerate(_CUT.finditer(text)):
        start = m.end()
        stop = min(x for x in (text.find("\n\n", start), _next_cut(text, start), len(text)) if x >= 0)
        close = text.find(_CLOSERS[m.group("open")], start, stop)
        if close < 0:
            continue   # a cut whose quote does not close in its own paragraph: not read
        end = close
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        while start < end and text[start] in " \t\n":
            start += 1
        if start >= end:
            continue
        who = _speaker(m.group("label"))
        segments += passages(text, start, end, turn=turn, speaker=who, label=m.group("label").strip())
    return segments
