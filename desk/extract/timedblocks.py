"""A transcript exported from a video editor or a transcription app as timed blocks of text.

    00:00:05:07 - 00:00:10:25
    Maribel Ostrander
    Maribel Ostrander. M-A-R-I-B-E-L, Ostrander, O-S-T-R-A-N-D-E-R. I'm the superintendent …

    00:00:11:06 - 00:00:14:08
    Speaker 1
    And how long have you been here?

Adobe Premiere Pro's transcript export (and apps written like it): each block a time range
(frames after a fourth colon, or milliseconds), the speaker's name alone on the next line, then
the words; the same names come back, as voices in a conversation do (a meeting video's index,
"Call to Order", "Adjournment", is read as text).  Read as plain text, the names alone on their lines were no labels and the whole
interview no one's.  Here each block is a cue of its speaker, as a diarized JSON's segment is:
"Speaker 1", a voice the editor never renamed, names no one; a sentence the export broke over
two blocks of one speaker reads on.
"""

from __future__ import annotations

import re

from desk.extract.jsonturns import seconds

_TIME = r"\d{1,2}:\d{2}:\d{2}(?:[:;.,]\d{1,3})?"
#: A block: its time range line, the speaker's name line, the words.
_BLOCK = re.compile(r"^[ \t]*(?P<t0>" + _TIME + r")[ \t]*[-–—>]+[ \t]*(?P<t1>" + _TIME + r")[ \t]*\n"
                    r"[ \t]*(?P<who>[^\n]{1,60}?)[ \t]*\n(?P<words>(?:[ \t]*\S[^\n]*(?:\n|$))+)", re.M)


def timed_blocks(text: str) -> list[tuple[float, float, str, str]] | None:
    """(start, end, speaker, words) of each block, when such blocks hold most of the text (three
    at least, each name line no sentence); else None."""
    blocks = list(_BLOCK.finditer(text))
    if len(blocks) < 3 or sum(len(m.group(0)) for m in blocks) * 10 < len(text.strip()) * 8:
        return None
    if any(m.group("who").rstrip().endswith((".", "?", "!", ",")) or len(m.group("who").split()) > 6 for m in blocks):
        return None   # a caption file's cue text right under its times: not a name line
    whos = [m.group("who").strip() for m in blocks]
    if len(set(whos)) == len(whos) or any(re.search(r"\s(?:to|of|and|the|for|on|in)\s", f" {w} ") for w in whos):
        return None   # a meeting video's index ("Call to Order", "Adjournment"): items, not voices
    return [(_at(m.group("t0")), _at(m.group("t1")), m.group("who").strip(), " ".join(m.group("words").split()))
            for m in blocks]


def _at(stamp: str) -> float:
    parts = re.split(r"[:;.,]", stamp)
    return seconds(":".join(parts[:3])) or 0.0
