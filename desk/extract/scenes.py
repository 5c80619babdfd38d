"""A bare line of dialogue that calls someone by name, or throws back the line before, is not that
person's (a pass after quote finding).

In a scene written as bare quote paragraphs ("Umeh and Tamm then went back and forth. ¶ “Your
statute exempts crop-dusters.” ¶ “Crop-dusters don't carry cameras, Justice Umeh.”"), each line's
voice is carried from the one before, a guess.  A line that addresses a person by name — "…,
Justice Umeh.", "They all look the same, Harold.", "Harold, you're drifting." — is spoken to them,
never by them; a line that throws the one before back ("Bring a real offer Thursday." ¶ "Bring a
real counter-offer.", the first two lines after the narration) answers it.  When the carried voice is the one addressed, or the one
answered, the line goes to the other side of the exchange: the other of the two people the
narration before the scene names, else the last other person who spoke in the six quotes
before, else no one.
"""

from __future__ import annotations

import re

from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.names import fold

_TITLE = r"(?:(?:Justice|Judge|Mr\.|Ms\.|Mrs\.|Dr\.|Senator|Sen\.|Mayor|Premier|Minister|Chief|Coach|Officer|Madam)[ ])?"
#: Words quoted inside a quote: ‘…’, or '…' set off by spaces.
_NESTED = re.compile(r"‘[^’]*’|(?<![\w])'[^']*'(?![\w])")
#: A name called at the end of a sentence ("…, Justice Umeh.") or opening the line ("Harold, …").
_CALLED = re.compile(r",[ ]" + _TITLE + r"([A-Z][\w'’\-]+)(?=[.!?]|$)|^" + _TITLE + r"([A-Z][\w'’\-]+),[ ]")


def called_by_name(a: Analysis, results: list[tuple[object, list[Span]]]) -> None:
    """Give a bare dialogue line that addresses its carried voice by name to the other side of the
    exchange (module docstring).  Only lines with no cue of their own (no mention) that fill their
    paragraph are read."""
    for i, (q, g) in enumerate(results):
        if q.skipped or q.mention is not None or not q.speaker or len(g) != 1:
            continue
        p0, p1 = a.paras[g[0].para]
        if a.text[p0:g[0].open_at].strip() or a.text[g[0].close_at or g[0].end:p1].strip(" \t\n\"”’'"):
            continue   # not a line of its own
        words = {fold(w) for w in q.speaker.split()}
        own = _NESTED.sub(" ", q.text).strip()   # not a name inside words it quotes: "They say, ‘Fix it, Linda.’"
        called = any(fold(m.group(1) or m.group(2)) in words for m in _CALLED.finditer(own))
        prev, pg = results[i - 1] if i else (None, None)
        echo = prev is not None and prev.speaker == q.speaker and prev.mention is None and pg[-1].para == g[0].para - 1 \
            and not prev.text.rstrip(" \"'”’").endswith("?") and _opens_scene(a, pg[0]) and _echoes(prev.text, q.text)
        if not (called or echo):
            continue
        other = _other_side(a, g[0].para, q.speaker)
        if other is None:   # the last other person who spoke, a few lines back
            other = next((p.speaker for p, _ in reversed(results[max(0, i - 6):i])
                          if not p.skipped and p.speaker and p.speaker != q.speaker and p.speaker_person), None)
        q.speaker, q.speaker_person, q.unnamed = other, other is not None, False


def _other_side(a: Analysis, para: int, addressed: str) -> str | None:
    """The other of the two people the narration before the scene names ("Umeh returned to the
    law's exemptions near the end of Tamm's rebuttal, and the two went back and forth."), when
    one of them is ``addressed``; looked for in the nearest paragraph, within six, that is not a
    line of dialogue."""
    for k in range(para - 1, max(-1, para - 7), -1):
        p0, p1 = a.paras[k]
        if a.text[p0:p1].lstrip()[:1] in "\"“‘'":
            continue   # a line of the scene
        named = {a.persons[m[2]].name for m in a.mentions if p0 <= m[0] < p1 and m[2] is not None}
        if addressed in named and len(named) == 2:
            return next(n for n in named if n != addressed)
        return None
    return None


def _echoes(before: str, line: str) -> bool:
    """A line that throws the one before back ("Bring a real offer Thursday." ¶ "Bring a real
    counter-offer."; "You helped write a version of it." ¶ "I helped write a better version of
    it."): it shares most of its words with it (not two lines of one speaker that open alike: "We
    have to do something …" ¶ "We have to be a lot tougher …")."""
    a, b = re.findall(r"[\w’'-]+", before.lower()), re.findall(r"[\w’'-]+", line.lower())
    if len(a) < 3 or len(b) < 3 or set(a) <= set(b):
        return False   # the same words again, or more of them: one speaker going on ("We will not back down … from this fight")
    return len(set(a) & set(b)) >= max(3, 0.6 * min(len(a), len(b)))


def _opens_scene(a: Analysis, span: Span) -> bool:
    """The line is the first of its scene: the paragraph before it is narration, not a line."""
    if span.para == 0:
        return False
    p0, p1 = a.paras[span.para - 1]
    return a.text[p0:p1].lstrip()[:1] not in "\"“‘'"
