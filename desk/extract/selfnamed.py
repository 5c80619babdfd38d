"""A voice that names itself as its turn begins: "Hi. My name is Rafael Dunmore.", "Good evening.
I'm Tamsin Achterberg-Lowe.", on a call "This is Marnie Rousseau, I live on Birch Street" (for
the caption and meeting readers of :mod:`desk.extract.transcripts`).  An office is never a name
("I'm Vice Chair of the parks board")."""

from __future__ import annotations

import re

from desk.extract.labels import BARE_VOICE
from desk.extract.lexicon import CAP_STOP, QUALIFIERS, ROLE_HEADS
from desk.extract.model import ROLE_UNKNOWN
from desk.extract.names import TITLE_WORDS, fold
from desk.extract.resolver import SELF_INTRODUCED
from desk.extract.sentences import split_sentences

#: A speaker naming themselves as their turn begins: "Hi. My name is Rafael Dunmore.", "Good
#: evening. I'm Tamsin Achterberg-Lowe."
SELF_NAMED = re.compile(SELF_INTRODUCED + r"[ \t\n]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t\n]+([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
                        r"(?=[.,;!?]|[ \t\n]+(?:and|from|with|of)\b)")


#: Words of an office or a standing, never of a name a speaker gives: "I'm Vice Chair …".
_NOT_NAMES = TITLE_WORDS | ROLE_HEADS | QUALIFIERS | CAP_STOP


#: What follows one's own name after "This is": "This is Beth Ann Rudd, I live on Quarry Lane",
#: "This is Tobias Wren with Tidewater Wire".
_SELF_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?I\b|\s+(?:with|from|here|calling)\b)")
#: On a call one names oneself as "This is …" or "it's …" too ("Hi Hollis, it's Tamsin Rourke, I'm on the line").
_CALLER_NAMED = re.compile(SELF_NAMED.pattern.replace(SELF_INTRODUCED, r"\b(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is|[Ii]t['’]s)", 1))


def named_in_opening(pattern: re.Pattern, text: str, start: int, sentences: list) -> str | None:
    """The name a turn at ``start`` gives for itself in its first two ``sentences`` ("Hi. My name
    is Rafael Dunmore."), by ``pattern``; None when there is none or it is an office ("I'm Vice
    Chair of the parks board")."""
    if not sentences:
        return None
    end = sentences[min(1, len(sentences) - 1)][1] + 1
    m = pattern.search(text, start, end)
    if m is None or ({fold(w) for w in m.group(1).split()} | {fold(m.group(2))}) & _NOT_NAMES:
        return None
    if re.search(r"(?:[Tt]his is|[Ii]t['’]s)\s*$", text[max(start, m.start(1) - 10):m.start(1)]) \
            and not _SELF_GOES_ON.match(text, m.end(2)):
        return None   # "This is Leonie Vashti, March 3rd, at the training ground": a slate, not the speaker
    return f"{' '.join(m.group(1).split())} {m.group(2)}"


def self_named(text: str, runs: list[list]) -> str | None:
    """The name a voice gives for itself in the first two sentences of one of its turns ("This is
    Marnie Rousseau, I live on Birch Street"), if exactly one."""
    return _one_name(text, [(run[0].start, run[-1].end) for run in runs])


#: A speaker at a microphone giving their name before what they say: "Thanks. Luis Ferraro, I live
#: on Millrace", "Ron Szabo, Ward 2. I've been on this council …" (a sentence's opening name, then
#: ", I live", ", I'm", ", I work" … or a ward; not "Dana Whitfield, I see your hand up", a chair
#: calling on someone, nor "Cedar Rapids, I think").
_AT_THE_MIC = re.compile(r"(?:(?<=^)|(?<=[.!?][ \t])|(?<=\n))([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
                         r"(?=,[ \t]+(?:and[ \t]+)?I(?:['’]m|[ \t]+(?:live|am|work|own|run|represent|grew|have[ \t]+lived))\b|,[ \t]+Ward[ \t]+\w+\.)")


def _one_name(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The one name the turns at ``spans`` give for their voice in their openings, else None."""
    names = {named_in_opening(_CALLER_NAMED, text, a, split_sentences(text, a, b))
             or named_in_opening(_AT_THE_MIC, text, a, split_sentences(text, a, b)) for a, b in spans} - {None}
    return names.pop() if len(names) == 1 else None


def labelled_self_names(text: str, turns, resolve) -> dict[str, str]:
    """{label: name} for the labels of a transcript that name no one ("Call-in User_3",
    "Speaker 2": ``resolve`` gives them no one) whose voice gives one name for itself in the
    opening of its ``turns`` ("Hi, yes, can you hear me? This is Beth Ann Rudd, I live on Quarry
    Lane")."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for i, turn in enumerate(turns):
        # (a numbered label only: "CALLER:" or "HOST:" may be several people over a show)
        if turn.label and turn.label != BARE_VOICE and re.search(r"\d", turn.label) \
                and resolve(turn.label) == (None, ROLE_UNKNOWN):
            end = turns[i + 1].line_start if i + 1 < len(turns) else len(text)
            spans.setdefault(turn.label, []).append((turn.speech_start, end))
    named = {label: _one_name(text, runs) for label, runs in spans.items()}
    return {label: name for label, name in named.items() if name}
