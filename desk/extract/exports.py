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
* **Advanced SubStation Alpha** (``.ass``, ``.ssa``: a captioner's or a fansubber's file):
  ``Dialogue: 0,0:00:03.40,0:00:09.46,Default,MAYOR PROCHASKA,0,0,0,,This special meeting …``
  under an ``[Events]`` section whose ``Format:`` line gives the fields' order.  The Name field
  is the speaker as the captioner identified them, a blank one the same speaker going on; a line
  in a style most lines do not use, with no name (an on-screen caption, "FIRE CHIEF MARCUS
  TILLERY"), is no one's speech, nor are ``Comment:`` lines.  ``{\\an8}`` codes go, ``\\N`` is a
  line break.
* **AssemblyAI's export** (``.json`` with an ``"utterances"`` list, times in milliseconds):
  read as a diarized transcription, its lettered speakers ("A", "B") numbered voices that name
  no one until they name themselves.
* **A Slack channel's export** (``.json``: a list of ``{"type": "message", "user", "text",
  "user_profile": {"real_name"}}``): each message its writer's (``_slack_export``).
* **SubViewer** (``.sbv``: YouTube's own caption download): a time line
  ``0:00:10.600,0:00:15.200`` over the cue's lines, cues apart by a blank line.  Read as SRT
  cues are (``>> MAYOR PELLETIER:`` and a bare ``>>`` mark voices, roll-up lines once).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter

from desk.extract.captions import UNNAMED_VOICE, _caption_text, _layout_cues, _no_cues, cue_document
from desk.extract.decoding import ExtractError
from desk.extract.model import Document
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold

#: A SAMI cue: its start time in milliseconds and what follows up to the next SYNC.
_SYNC = re.compile(r"<SYNC\s+Start\s*=\s*\"?(\d+)\"?[^>]*>(.*?)(?=<SYNC\b|</BODY>|$)", re.I | re.S)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_TAGS = re.compile(r"<[^>]*>")
#: An SSA/ASS override block ("{\\an8}", "{\\i1}") and its line break ("\\N", "\\n").
_ASS_CODES = re.compile(r"\{[^}]*\}")
_ASS_BREAK = re.compile(r"\\[Nn]")
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


def _ass_time(value: str) -> float:
    h, m, sec = value.strip().split(":")
    return int(h) * 3600 + int(m) * 60 + float(sec)


def _read_ass(name: str, data: bytes) -> Document:
    source = _caption_text(name, data)
    fields: list[str] = []
    rows: list[dict[str, str]] = []
    section = ""
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.lower()
        elif section == "[events]" and stripped.lower().startswith("format:"):
            fields = [f.strip().lower() for f in stripped.split(":", 1)[1].split(",")]
        elif section == "[events]" and stripped.startswith("Dialogue:") and "text" in fields:
            values = stripped.split(":", 1)[1].split(",", len(fields) - 1)
            if len(values) == len(fields):
                rows.append({f: v if f == "text" else v.strip() for f, v in zip(fields, values, strict=True)})
    if not fields:
        raise ExtractError(f"{name} is not an SSA/ASS subtitle file: it has no [Events] section with a Format: line.")
    styles = Counter(r.get("style", "") for r in rows)
    speech = styles.most_common(1)[0][0] if styles else ""
    items = []
    for r in rows:
        text = " ".join(_ASS_BREAK.sub(" ", _ASS_CODES.sub("", r["text"])).split())
        who = _ass_speaker(r.get("name", ""))
        if not text or (not who and r.get("style", "") != speech and (text.isupper() or not re.search(r"[.!?]", text))):
            continue   # an on-screen caption ("FIRE CHIEF MARCUS TILLERY"), not a voice
        try:
            t0, t1 = _ass_time(r.get("start", "0:0:0")), _ass_time(r.get("end", "0:0:0"))
        except ValueError:
            continue
        items.append((t0, t1, who or None, text))   # a blank Name: the speaker going on
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(_no_cues(name, source, "Dialogue: 0,0:00:00.00,0:00:00.00,…"))
    return Document(text=text, format="ass", cues=cues)


def _ass_speaker(name: str) -> str:
    """The speaker an SSA/ASS Name field gives: "PUBLIC COMMENT - L. BRANDVOLD" is L. Brandvold
    (a role before the dash, a name after it); "B. ASHGROVE (GL&T)" as written."""
    name = " ".join(name.split())
    role, dash, after = name.partition(" - ")
    if dash and _person_like(after) and not _person_like(role):
        return after
    return role if dash and _person_like(role) else name


def _person_like(words: str) -> bool:
    """Words that may be a person's name: an initial, or a given name first ("L. BRANDVOLD", "ANN RUIZ")."""
    first = words.split()[0] if words.split() else ""
    return bool(re.match(r"[A-Z]\.$", first)) or fold(first) in FIRST_NAMES


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


#: Slack's markup in a message's text: a mention "<@U07RC4ZZ1>", "<!channel>", a link "<https://…|label>".
_SLACK_MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")
_SLACK_SPECIAL = re.compile(r"<!(\w+)(?:\|[^>]*)?>")
_SLACK_LINK = re.compile(r"<(https?://[^>|]+)(?:\|([^>]*))?>")
_SLACK_EMPHASIS = re.compile(r"(?<![\w~])[*_]+(?=\S)|(?<=\S)[*_]+(?!\w)|(?<!\w)~(?=[^\W\d])|(?<=[^\W\d])~(?!\w)")


def _slack_export(name: str, messages: list[dict]) -> Document:
    """A Slack channel's export (one day's ``.json``): each message its writer's.  The writer is
    the profile's real name, or, for a message the export gave no profile, the name another
    message of the same user id carries; a user id no message names is no one.  Join and leave
    notices and bot messages are not stored; mentions read as "@Name", markup as plain text."""
    names: dict[str, str] = {}
    for m in messages:
        profile = m.get("user_profile") if isinstance(m.get("user_profile"), dict) else {}
        real = profile.get("real_name") or profile.get("display_name")
        if isinstance(m.get("user"), str) and isinstance(real, str) and real.strip():
            names.setdefault(m["user"], real.strip())
    items = []
    start = None
    for m in messages:
        if m.get("type") != "message" or m.get("subtype") not in (None, "thread_broadcast", "file_share") \
                or not isinstance(m.get("text"), str):
            continue   # "has joined the channel", a bot's post
        try:
            ts = float(m.get("ts", 0))
        except (TypeError, ValueError):
            ts = 0.0
        start = ts if start is None else start
        text = _SLACK_MENTION.sub(lambda x: "@" + names.get(x.group(1), "someone"), m["text"])
        text = _SLACK_LINK.sub(lambda x: x.group(2) or x.group(1), _SLACK_SPECIAL.sub(r"@\1", text))
        text = html.unescape(_SLACK_EMPHASIS.sub("", text))
        text = " ".join(line.lstrip("> ").strip() for line in text.split("\n") if line.strip())
        user = m.get("user")
        voice = names.get(user) if isinstance(user, str) else None
        if text:
            items.append((ts - start, ts - start, voice or UNNAMED_VOICE, text))
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(f"{name} is a Slack export with no message text in it.")
    return Document(text=text, format="json", cues=cues)


def _read_diarized_json(name: str, data: bytes) -> Document:
    source = _caption_text(name, data)
    try:
        doc = json.loads(source)
    except ValueError as exc:
        raise ExtractError(f"{name} is not valid JSON ({exc}).") from exc
    if isinstance(doc, list) and doc and all(isinstance(m, dict) for m in doc) \
            and any(m.get("type") == "message" and isinstance(m.get("text"), str) for m in doc):
        return _slack_export(name, doc)
    segments = doc.get("segments") if isinstance(doc, dict) else None
    millis = False
    if not isinstance(segments, list) and isinstance(doc, dict) and isinstance(doc.get("utterances"), list):
        segments, millis = doc["utterances"], True   # AssemblyAI's export: times in milliseconds
    if not isinstance(segments, list) or not all(isinstance(s, dict) and isinstance(s.get("text"), str)
                                                 for s in segments):
        raise ExtractError(f"{name} is not a transcription the desk reads: a .json source must be a "
                           "diarized transcript (WhisperX and the like) with a \"segments\" list of "
                           "{\"start\", \"end\", \"text\", \"speaker\"} (or AssemblyAI's \"utterances\"), "
                           "or a Slack channel's export "
                           "(a list of messages with \"type\": \"message\", \"user\" and \"text\").")
    items = []
    lettered: dict[str, str] = {}
    for s in segments:
        text = " ".join(s["text"].split())
        # (a segment the diarizer gave no speaker is a voice of its own, not the one before it)
        voice = s["speaker"].strip() if isinstance(s.get("speaker"), str) and s["speaker"].strip() else UNNAMED_VOICE
        if re.fullmatch(r"[A-Z]", voice):
            # AssemblyAI's "A", "B": a numbered voice that names no one ("A" is no answer's label)
            voice = lettered.setdefault(voice, f"SPEAKER_{len(lettered):02d}")
        t0 = s.get("start") if isinstance(s.get("start"), int | float) else 0.0
        t1 = s.get("end") if isinstance(s.get("end"), int | float) else t0
        if millis:
            t0, t1 = t0 / 1000, t1 / 1000
        if text:
            items.append((float(t0), float(t1), voice, text))
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(f"{name} has no transcribed text in its segments.")
    return Document(text=text, format="json", cues=cues)
