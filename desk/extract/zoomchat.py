"""A video meeting's saved chat (Zoom's ``meeting_saved_chat.txt`` and the like).

    19:00:42 From  Rupert Ngata (Ward 4 Councillor)  to  Everyone:
        Welcome, everyone. We'll start in two minutes.
    19:04:40 From  Rupert Ngata (Ward 4 Councillor)  to  Everyone:
        Replying to "I run Apps' Diner on Carrick. We have b...":

        Wendell, I hear you. …
    19:08:45 From  Wendell Apps  to  Everyone:
        Reacted to "Wendell, I hear you. The mayor said this..." with 👍

Each message is its sender's: the name on its header line without the role in brackets after
it.  The "Replying to" line (a cut of the message answered, someone else's words) and the
reactions are no one's words and are not stored.  Read when three header lines at least stand in
the text.
"""

from __future__ import annotations

import re

from desk.extract.model import Segment
from desk.extract.names import display_name, strip_titles
from desk.extract.sentences import passages

#: "19:00:42 From  Rupert Ngata (Ward 4 Councillor)  to  Everyone:", "From Ann Ruiz to Me (direct message):".
_HEADER = re.compile(r"^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?From[ \t]+(?P<who>.+?)[ \t]+[Tt]o[ \t]+(?P<to>[^\n:]+?)"
                     r"(?:[ \t]*\([^)\n]*\))?[ \t]*:[ \t]*$", re.M)
_REPLYING = re.compile(r"^[ \t]*Replying to [\"“].*[\"”]:?[ \t]*$", re.M)
_REACTED = re.compile(r"^[ \t]*(?:Reacted to|Removed a reaction from) [\"“].*$")


def is_zoom_chat(text: str) -> bool:
    return len(_HEADER.findall(text[:200_000])) >= 3


def zoom_segments(text: str) -> list[Segment]:
    """The passages of a saved meeting chat (module docstring)."""
    heads = list(_HEADER.finditer(text))
    segments: list[Segment] = []
    for n, head in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        body = text[head.end():end]
        if _REACTED.match(body.strip()):
            continue
        start = head.end()
        reply = _REPLYING.search(text, start, end)
        if reply is not None:
            start = reply.end()
        words = text[start:end]
        a = start + len(words) - len(words.lstrip())
        b = start + len(words.rstrip())
        if a >= b:
            continue
        who = re.sub(r"\s*\([^)]*\)\s*$", "", head.group("who").strip())
        segments += passages(text, a, b, turn=n, speaker=display_name(strip_titles(who)[1]) or None,
                             label=head.group("who").strip())
    return segments
