"""Caption and transcription exports besides SRT, WebVTT and TTML -> text and cues.

* **SAMI** (``.smi``, ``.sami``: Windows Media captions, still what some stations' archives give):
  ``<SYNC Start=18680><P Class=ENUSCC>&gt;&gt; REPORTER: HARRIET,<br>THEY&#39;VE HANDED …``.
  Each SYNC block is a cue that lasts until the next one; a block of ``&nbsp;`` only clears the
  screen.  The text goes through the caption reader of :mod:`desk.extract.captions` (``>>`` and
  ``NAME:`` marks, roll-up lines), as an SRT file's would.
* **A diarized transcription's JSON** (``.json``: WhisperX and the tools built like it):
  ``{"segments": [{"start": 0.48, "end": 5.92, "text": " Okay, we're recording.", "speaker":
  "SPEAKER_00"}, …]}``.  Each segment is a cue of its speaker label; a label such as
  ``SPEAKER_00`` names no one (segmentation names it when the voice names itself: "This is
  Tobias Wren with Tidewater Wire").  Any other JSON is refused with a message saying what the
  desk reads.
* **SubViewer** (``.sbv``: YouTube's own caption download): a time line
  ``0:00:10.600,0:00:15.200`` over the cue's lines, cues apart by a blank line.  Read as SRT
  cues are (``>> MAYOR PELLETIER:`` and a bare ``>>`` mark voices, roll-up lines once).
"""

from __future__ import annotations

import html
import json
import re

from desk.extract.captions import UNNAMED_VOICE, _caption_text, _layout_cues, cue_document
from desk.extract.decoding import ExtractError
from desk.extract.model import Document

#: A SAMI cue: its start time in milliseconds and what follows up to the next SYNC.
_SYNC = re.compile(r"<SYNC\s+Start\s*=\s*\"?(\d+)\"?[^>]*>(.*?)(?=<SYNC\b|</BODY>|$)", re.I | re.S)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_TAGS = re.compile(r"<[^>]*>")
#: A SubViewer time line: "0:00:10.600,0:00:15.200" (hours, minutes, seconds and milliseconds).
_SBV_TIME = re.compile(r"^[ \t]*(\d+):(\d{1,2}):(\d{1,2})[.,](\d{1,3})[ \t]*,[ \t]*(\d+):(\d{1,2}):(\d{1,2})[.,](\d{1,3})[ \t]*$",
                       re.M)


def _read_sami(name: str, data: bytes) -> Document:
    source = _caption_text(name, data)
    if not re.search(r"<SAMI\b", source, re.I):
        raise ExtractError(f"{name} is not a SAMI caption file: it has no <SAMI> element.")
    blocks = [(int(m.group(1)) / 1000, m.group(2)) for m in _SYNC.finditer(source)]
    timed = []
    for k, (t0, body) in enumerate(blocks):
        text = html.unescape(_TAGS.sub("", _BREAK.sub("\n", body))).replace("\u00a0", " ")
        text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
        if text:   # (not "&nbsp;": the screen cleared)
            timed.append((t0, blocks[k + 1][0] if k + 1 < len(blocks) else t0, text))
    return cue_document(name, timed, "smi", "<SYNC Start=…>")


def _read_sbv(name: str, data: bytes) -> Document:
    source = _caption_text(name, data)
    times = list(_SBV_TIME.finditer(source))
    timed = []
    for k, m in enumerate(times):
        h0, m0, s0, f0, h1, m1, s1, f1 = m.groups()
        body = source[m.end():times[k + 1].start() if k + 1 < len(times) else len(source)]
        lines = [line.strip() for line in body.split("\n") if line.strip()]
        if lines:
            timed.append((int(h0) * 3600 + int(m0) * 60 + int(s0) + int(f0.ljust(3, "0")) / 1000,
                          int(h1) * 3600 + int(m1) * 60 + int(s1) + int(f1.ljust(3, "0")) / 1000, "\n".join(lines)))
    return cue_document(name, timed, "sbv", "0:00:00.000,0:00:00.000", source)


def _read_diarized_json(name: str, data: bytes) -> Document:
    source = _caption_text(name, data)
    try:
        doc = json.loads(source)
    except ValueError as exc:
        raise ExtractError(f"{name} is not valid JSON ({exc}).") from exc
    segments = doc.get("segments") if isinstance(doc, dict) else None
    if not isinstance(segments, list) or not all(isinstance(s, dict) and isinstance(s.get("text"), str)
                                                 for s in segments):
        raise ExtractError(f"{name} is not a transcription the desk reads: a .json source must be a "
                           "diarized transcript (WhisperX and the like) with a \"segments\" list of "
                           "{\"start\", \"end\", \"text\", \"speaker\"}.")
    items = []
    for s in segments:
        text = " ".join(s["text"].split())
        # (a segment the diarizer gave no speaker is a voice of its own, not the one before it)
        voice = s["speaker"].strip() if isinstance(s.get("speaker"), str) and s["speaker"].strip() else UNNAMED_VOICE
        t0 = s.get("start") if isinstance(s.get("start"), int | float) else 0.0
        t1 = s.get("end") if isinstance(s.get("end"), int | float) else t0
        if text:
            items.append((float(t0), float(t1), voice, text))
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(f"{name} has no transcribed text in its segments.")
    return Document(text=text, format="json", cues=cues)
