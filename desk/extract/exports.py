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
  Tobias Wren with Tidewater Wire").  Any other JSON is read by the names of its fields
  (:mod:`desk.extract.jsonturns`: a chat archive, a caption export), or refused with a message
  saying what the desk reads.
* **Advanced SubStation Alpha** (``.ass``, ``.ssa``: a captioner's or a fansubber's file):
  ``Dialogue: 0,0:00:03.40,0:00:09.46,Default,MAYOR PROCHASKA,0,0,0,,This special meeting …``
  under an ``[Events]`` section whose ``Format:`` line gives the fields' order.  The Name field
  is the speaker as the captioner identified them, a blank one the same speaker going on; a line
  in a style most lines do not use, with no name (an on-screen caption, "FIRE CHIEF MARCUS
  TILLERY"), is no one's speech, nor are ``Comment:`` lines.  ``{\\an8}`` codes go, ``\\N`` is a
  line break.
* **A podcast's transcript in the Podcasting 2.0 JSON** (``"segments"`` of ``"speaker"``,
  ``"startTime"``, ``"endTime"`` and ``"body"``): read as a diarized transcription.
* **AssemblyAI's export** (``.json`` with an ``"utterances"`` list, times in milliseconds):
  read as a diarized transcription, its lettered speakers ("A", "B") numbered voices that name
  no one until they name themselves.
* **Rev.ai's JSON** (``.json`` with a ``"monologues"`` list, each a speaker's turn of word and
  punctuation ``"elements"``): each monologue a cue of its ``"speaker_name"``, or of a numbered
  voice (``SPEAKER_05``) that names no one until it names itself.
* **Telegram Desktop's chat export** (``.json`` with a ``"messages"`` list of ``{"type":
  "message", "from", "text"}``, the text a string or a list of strings and marked-up parts):
  each message its sender's; a message forwarded from elsewhere (``"forwarded_from"``) is that
  sender's words, not the forwarder's; service lines (a pin, a join) are not stored.
* **A Slack channel's export** (``.json``: a list of ``{"type": "message", "user", "text",
  "user_profile": {"real_name"}}``): each message its writer's (``_slack_export``).
* **A transcription service's CSV export** (``.csv``: a header row, then one row per turn or
  segment, ``"Speaker Name","Start Time","End Time","Text"`` and the like): the speaker column
  is the voice, the text column its words, times as ``00:01:36``, ``01:36.5`` or seconds.  A
  label "Speaker 3" is a numbered voice that names no one until it names itself (as
  ``SPEAKER_00``).  A CSV without a speaker and a text column is refused with a message.
* **A Bluesky thread's JSON** (``.json`` from ``app.bsky.feed.getPostThread``: a ``"thread"`` of
  posts with ``"replies"``, or a feed's ``"feed"`` list): each post its author's display name
  (emoji left out; a handle alone names no one), in the order they were written; a post quoted
  inside another (an embedded record) is its own author's, not the one who shared it.
* **SubViewer** (``.sbv``: YouTube's own caption download): a time line
  ``0:00:10.600,0:00:15.200`` over the cue's lines, cues apart by a blank line.  Read as SRT
  cues are (``>> MAYOR PELLETIER:`` and a bare ``>>`` mark voices, roll-up lines once).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter

from desk.extract.captions import UNNAMED_VOICE, _caption_text, _layout_cues, _no_cues, cue_document
from desk.extract.decoding import ExtractError
from desk.extract.jsonturns import numbered as _numbered
from desk.extract.jsonturns import seconds as _seconds
from desk.extract.jsonturns import stamp_seconds as _when
from desk.extract.jsonturns import turns_document
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


def _voiced_document(items: list[tuple[float, float, str | None, str]], fmt: str, empty: str) -> Document:
    """The Document of an export whose turns are (start, end, voice, text): one cue each, a blank
    line where the voice changes; ``empty`` is the refusal when no turn has text."""
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(empty)
    return Document(text=text, format=fmt, cues=cues)


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
        t0, t1 = _seconds(r.get("start", "0:0:0")), _seconds(r.get("end", "0:0:0"))
        if t0 is None or t1 is None:
            continue
        items.append((t0, t1, who or None, text))   # a blank Name: the speaker going on
    return _voiced_document(items, "ass", _no_cues(name, source, "Dialogue: 0,0:00:00.00,0:00:00.00,…"))


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
    return _voiced_document(items, "json", f"{name} is a Slack export with no message text in it.")


def _read_diarized_json(name: str, data: bytes) -> Document:
    source = _caption_text(name, data)
    try:
        doc = json.loads(source)
    except ValueError as exc:
        raise ExtractError(f"{name} is not valid JSON ({exc}).") from exc
    if isinstance(doc, dict) and (isinstance(doc.get("thread"), dict) or isinstance(doc.get("feed"), list)) \
            and not isinstance(doc.get("segments"), list) and not isinstance(doc.get("utterances"), list):
        return _bluesky(name, doc)
    if isinstance(doc, list) and doc and all(isinstance(m, dict) for m in doc) \
            and any(m.get("type") == "message" and isinstance(m.get("text"), str) for m in doc):
        return _slack_export(name, doc)
    if isinstance(doc, dict) and isinstance(doc.get("monologues"), list):
        return _rev_monologues(name, doc["monologues"])
    if isinstance(doc, dict) and isinstance(doc.get("messages"), list) \
            and any(isinstance(m, dict) and m.get("type") == "message" and "from" in m for m in doc["messages"]):
        return _telegram(name, doc["messages"])
    segments = doc.get("segments") if isinstance(doc, dict) else None
    millis = False
    if not isinstance(segments, list) and isinstance(doc, dict) and isinstance(doc.get("utterances"), list):
        segments, millis = doc["utterances"], True   # AssemblyAI's export: times in milliseconds
    if isinstance(segments, list) and all(isinstance(s, dict) and isinstance(s.get("body"), str) and "text" not in s
                                          for s in segments):
        # the Podcasting 2.0 transcript: "body", "startTime" and "endTime" for text and times
        segments = [{"text": s["body"], "speaker": s.get("speaker"), "start": s.get("startTime"), "end": s.get("endTime")}
                    for s in segments]
    if not isinstance(segments, list) or not all(isinstance(s, dict) and isinstance(s.get("text"), str)
                                                 for s in segments):
        if (other := turns_document(name, doc)) is not None:
            return other   # a chat archive or caption export of its own layout (``jsonturns``)
        raise ExtractError(f"{name} is not a transcription the desk reads: a .json source must be a "
                           "diarized transcript (WhisperX and the like) with a \"segments\" list of "
                           "{\"start\", \"end\", \"text\", \"speaker\"} (or a podcast's Podcasting 2.0 "
                           "\"segments\" with \"body\", AssemblyAI's \"utterances\", Rev.ai's \"monologues\"), "
                           "a Telegram chat export (\"messages\" with \"from\"), a Slack channel's export "
                           "(a list of messages with \"type\": \"message\", \"user\" and \"text\"), "
                           "a Bluesky thread (\"thread\" with its \"post\" and \"replies\"), or any list of "
                           "messages or captions each with its words (\"text\", \"content\" or \"body\") and who "
                           "said them (\"speaker\", \"author\", \"from\") or when.")
    items = []
    lettered: dict[str, str] = {}
    for s in segments:
        text = " ".join(s["text"].split())
        # (a segment the diarizer gave no speaker is a voice of its own, not the one before it)
        voice = s["speaker"].strip() if isinstance(s.get("speaker"), str) and s["speaker"].strip() else UNNAMED_VOICE
        # (AssemblyAI's "A", "B": numbered voices that name no one; "A" is no answer's label)
        voice = _numbered(voice, lettered, _LETTERED)
        t0 = s.get("start") if isinstance(s.get("start"), int | float) else 0.0
        t1 = s.get("end") if isinstance(s.get("end"), int | float) else t0
        if millis:
            t0, t1 = t0 / 1000, t1 / 1000
        if text:
            items.append((float(t0), float(t1), voice, text))
    return _voiced_document(items, "json", f"{name} has no transcribed text in its segments.")


#: AssemblyAI's lettered voices: "A", "B".
_LETTERED = re.compile(r"[A-Z]")


#: A CSV header's words for each column the desk reads, the likeliest first.  A speaker column
#: says so ("Speaker", "Speaker Name", "speaker_label", "Who"), or is "Name" alone: "Clip Name"
#: and "Facility Name" are no one's voice.
_CSV_COLUMNS = {"speaker": (r"speaker", r"who", r"voice", r"participant", r"^name$"),
                "text": (r"text", r"transcript", r"utterance", r"content", r"words", r"caption", r"dialogue"),
                "start": (r"start", r"in", r"timecode", r"time", r"begin"),
                "end": (r"end", r"out", r"stop")}


def _read_csv(name: str, data: bytes) -> Document:
    """A transcription service's CSV export (module docstring)."""
    source = _caption_text(name, data)
    first = source.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)   # (a European export separates with ";")
    try:
        rows = list(csv.reader(io.StringIO(source), delimiter=delimiter))
    except csv.Error as exc:
        raise ExtractError(f"{name} is not a CSV file the desk can read ({exc}).") from exc
    header = [" ".join(re.split(r"[\s_-]+", fold(h).strip())) for h in rows[0]] if rows else []
    cols: dict[str, int] = {}
    for key, words in _CSV_COLUMNS.items():
        for w in words:
            i = next((i for i, h in enumerate(header)
                      if i not in cols.values() and re.search(w if w.startswith("^") else rf"\b{w}\b", h)), None)
            if i is not None:
                cols[key] = i
                break
    if "speaker" not in cols or "text" not in cols:
        raise ExtractError(f"{name} is not a transcript the desk reads: a .csv source must have a header "
                           "row naming a speaker column and a text column (\"Speaker\", \"Text\"; "
                           "start and end times are optional).")
    items = []
    numbered: dict[str, str] = {}
    for k, row in enumerate(rows[1:]):
        cells = {key: row[i].strip() if i < len(row) else "" for key, i in cols.items()}
        text = " ".join(cells["text"].split())
        voice = _numbered(cells["speaker"], numbered) or UNNAMED_VOICE
        t0 = _seconds(cells["start"]) if cells.get("start") else None
        t1 = _seconds(cells["end"]) if cells.get("end") else None
        t0 = float(k) if t0 is None else t0
        if text:
            items.append((t0, t0 if t1 is None else t1, voice, text))
    return _voiced_document(items, "csv", f"{name} has no transcribed text in its rows.")


#: What a display name may carry besides a name: emoji, pictographs and other symbols.
_SYMBOLS = re.compile(r"[^\w\s.,'’&()-]+")


def _bluesky_posts(node, out: list[tuple[str, str | None, str]]) -> None:
    """Every post of a thread node, its parents and its replies as (written at, author, text);
    a post quoted in another (an embedded record) is its own author's."""
    if not isinstance(node, dict):
        return
    _bluesky_posts(node.get("parent"), out)
    post = node.get("post") if isinstance(node.get("post"), dict) else {}
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    if isinstance(record.get("text"), str):
        out.append((str(record.get("createdAt") or post.get("indexedAt") or ""), _author(post.get("author")), record["text"]))
    embed = post.get("embed") if isinstance(post.get("embed"), dict) else {}
    for quoted in (embed.get("record"), (embed.get("record") or {}).get("record") if isinstance(embed.get("record"), dict) else None):
        if isinstance(quoted, dict) and isinstance(quoted.get("value"), dict) and isinstance(quoted["value"].get("text"), str):
            out.append((str(quoted["value"].get("createdAt") or ""), _author(quoted.get("author")), quoted["value"]["text"]))
    for reply in node.get("replies") or []:
        _bluesky_posts(reply, out)


def _author(author) -> str | None:
    """A post author's display name without its emoji; None for a handle alone."""
    if not isinstance(author, dict) or not isinstance(author.get("displayName"), str):
        return None
    name = " ".join(_SYMBOLS.sub(" ", author["displayName"]).split())
    return name or None


def _bluesky(name: str, doc: dict) -> Document:
    """A Bluesky thread or feed (module docstring), post by post in the order written."""
    posts: list[tuple[str, str | None, str]] = []
    if isinstance(doc.get("thread"), dict):
        _bluesky_posts(doc["thread"], posts)
    for item in doc.get("feed") or []:
        _bluesky_posts(item, posts)
    seen, items = set(), []
    times = [_when(p[0]) for p in posts]
    first = min((t for t in times if t is not None), default=0.0)
    for (_when_written, author, text), t in sorted(zip(posts, times, strict=True), key=lambda pt: (pt[1] is None, pt[1] or 0.0)):
        text = " ".join(text.split())
        if not text or (author, text) in seen:
            continue
        seen.add((author, text))
        offset = (t - first) if t is not None else 0.0
        items.append((offset, offset, author or UNNAMED_VOICE, text))
    return _voiced_document(items, "json", f"{name} is a Bluesky export with no post text in it.")


def _rev_monologues(name: str, monologues: list) -> Document:
    """Rev.ai's JSON (module docstring): each monologue its speaker's cue, its words and
    punctuation joined as the elements give them."""
    items = []
    for mono in monologues:
        if not isinstance(mono, dict) or not isinstance(mono.get("elements"), list):
            continue
        elements = [e for e in mono["elements"] if isinstance(e, dict) and isinstance(e.get("value"), str)]
        text = " ".join("".join(e["value"] for e in elements).split())
        who = mono.get("speaker_name")
        voice = who.strip() if isinstance(who, str) and who.strip() else (
            f"SPEAKER_{mono['speaker']:02d}" if isinstance(mono.get("speaker"), int) else UNNAMED_VOICE)
        times = [e[k] for e in elements for k in ("ts", "end_ts") if isinstance(e.get(k), int | float)]
        if text:
            items.append((float(min(times, default=0.0)), float(max(times, default=0.0)), voice, text))
    return _voiced_document(items, "json", f"{name} has no transcribed text in its monologues.")


def _telegram_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_telegram_text(v) for v in value)
    if isinstance(value, dict):
        return _telegram_text(value.get("text"))
    return ""


def _telegram(name: str, messages: list) -> Document:
    """Telegram Desktop's chat export (module docstring), message by message."""
    items = []
    start = None
    for m in messages:
        if not isinstance(m, dict) or m.get("type") != "message":
            continue
        text = " ".join(_telegram_text(m.get("text")).split())
        who = m.get("forwarded_from") if isinstance(m.get("forwarded_from"), str) else m.get("from")
        who = who.split(" | ")[0] if isinstance(who, str) else who   # "Aurelia Santos | Ward 2": the name
        try:
            t = float(m.get("date_unixtime", 0))
        except (TypeError, ValueError):
            t = 0.0
        start = t if start is None else start
        if text:
            items.append((t - start, t - start, who.strip() if isinstance(who, str) and who.strip() else UNNAMED_VOICE, text))
    return _voiced_document(items, "json", f"{name} is a Telegram export with no message text in it.")
