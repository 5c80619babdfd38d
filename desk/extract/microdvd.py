"""MicroDVD subtitles (``.sub``): a cue a line, its start and end as frame numbers.

    {1}{1}25.000
    {120}{230}CASTELLANOS: Good evening. Day three|without safe tap water on the east side.
    {2270}{2330}- CASTELLANOS: Mayor Brandvold...|- NGATA: I'm not done.

The first cue may give the frame rate instead of text (``{1}{1}25.000``; 23.976 when none is
given, the format's common default).  ``|`` breaks a line; ``{y:i}``-style codes style the text
and go.  A cue of two speakers writes each line after a dialogue dash; each line is then a cue of
its own, read with its own ``NAME:`` mark.  The cues are then read as SRT cues are (``NAME:`` and
``>>`` marks, roll-up lines once).  A ``.sub`` that is VobSub's (pictures of subtitles, with an
``.idx``) or anything else with no such line is refused with a message.
"""

from __future__ import annotations

import re

from desk.extract.captions import _caption_text, cue_document
from desk.extract.decoding import ExtractError
from desk.extract.model import Document

_CUE = re.compile(r"^\{(\d+)\}\{(\d*)\}(.*)$")
_CODES = re.compile(r"\{[a-zA-Z]:[^}]*\}")
_DEFAULT_FPS = 23.976


def read_sub(name: str, data: bytes) -> Document:
    if b"\x00" in data[:4096]:
        raise ExtractError(f"{name} is not a MicroDVD subtitle file (it holds pictures of subtitles, as VobSub's "
                           ".sub does); save the subtitles as .srt or text.")
    source = _caption_text(name, data)
    cues = [m for m in (_CUE.match(line.strip()) for line in source.split("\n")) if m]
    if not cues:
        raise ExtractError(f"{name} is not a MicroDVD subtitle file: no line opens with {{start}}{{end}} frames.")
    fps = _DEFAULT_FPS
    first = cues[0]
    if first.group(1) == first.group(2) and re.fullmatch(r"\d+(?:\.\d+)?", first.group(3).strip()):
        fps = float(first.group(3)) or _DEFAULT_FPS   # "{1}{1}25.000": the frame rate
        cues = cues[1:]
    timed = []
    for m in cues:
        start = int(m.group(1)) / fps
        end = int(m.group(2)) / fps if m.group(2) else start
        lines = [line.strip() for line in _CODES.sub("", m.group(3)).split("|")]
        if sum(1 for line in lines if line.startswith("- ")) >= 2:
            # "- CASTELLANOS: …|- NGATA: …": two voices, a cue each
            timed += [(start, max(start, end), line[2:].strip()) for line in lines if line[2:].strip()]
            continue
        text = "\n".join(line for line in lines if line)
        if text:
            timed.append((start, max(start, end), text))
    return cue_document(name, timed, "sub", "{start}{end}", source)
