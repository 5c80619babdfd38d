"""Any other JSON export of turns or captions -> text and cues, by what its fields are called.

Chat archivers, meeting-video platforms and caption vendors each write their own JSON, and a
newsroom gets a new one every month.  What they share is a list of records, each with its words
under a key such as ``"text"``, ``"content"`` or ``"body"``, and usually who wrote or said them
(``"speaker"``, ``"author"``, ``"from"``: a string, or a record holding ``"nickname"``,
``"displayName"`` or ``"name"``) and when.  ``turns_document`` reads such a file when no reader
of :mod:`desk.extract.exports` knows its layout:

* the list chosen is the one, anywhere in the file, whose records hold the most words;
* with a voice on most records, each record is a cue of its voice (a chat: a DiscordChatExporter
  archive's ``"messages"`` with ``"author": {"nickname"}``).  A nickname's decoration goes ("Mae
  Larkin | HFWU operator", "Toby Vance (admin)": Mae Larkin, Toby Vance).  In a reply, the lines
  quoting the message replied to (``> …``, the record's ``"reference"``) are that message's
  words, which the archive holds under its own author, and are left out (so is a "> " line of
  any record that another record of the file holds); an address after a name goes;
* records that are a site's articles (a title each, or paragraphs of their own) are no turns: a
  CMS export's author did not say the story's quotes, and the file is refused;
* with no voices, the records are caption cues when they carry times, read as SRT cues are:
  ``>> MAYOR KUZYK:`` and a bare ``>>`` mark who speaks (a city video platform's caption
  export); with neither voices nor times (a FAQ's questions and answers) the file is refused.

A JSON with no such list is refused by the caller, with the layouts the desk reads.
"""

from __future__ import annotations

import datetime as dt
import re

from desk.extract.captions import UNNAMED_VOICE, _layout_cues, cue_document
from desk.extract.model import Document

#: Keys a record's words go under, the likeliest first.
TEXT_KEYS = ("text", "content", "body", "message", "caption", "transcript", "utterance")
#: Keys naming who wrote or said the record's words.
VOICE_KEYS = ("speaker", "speaker_name", "speakerName", "speaker_label", "author", "sender", "from", "user",
              "participant", "voice", "who")
#: Keys of a voice given as a record: the name people know them by first.
NAME_KEYS = ("nickname", "displayName", "display_name", "global_name", "real_name", "name", "username")
START_KEYS = ("start", "startTime", "start_time", "begin", "offset", "timestamp", "time", "ts", "date")
END_KEYS = ("end", "endTime", "end_time", "stop")
#: A nickname's decoration after the name: " | HFWU operator", " (admin)", " (County Commissioner, D3)".
_DECORATION = re.compile(r"\s*(?:[|·•]\s.*|\([^)]*\))\s*$")
#: Markdown emphasis marks around words: "**City of Halberd Falls**", "__now__".
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


#: A diarizer's label that names no one: "Speaker 3", "Speaker_3", "spk_0".
SPEAKER_N = re.compile(r"(?i)(?:speaker|spk)[ _-]?\d{1,3}")


def numbered(voice: str, seen: dict[str, str], label: re.Pattern = SPEAKER_N) -> str:
    """A diarizer's ``label`` that names no one as a numbered voice (``SPEAKER_00``, in the order
    the file first gives them); any other label as it is."""
    if label.fullmatch(voice):
        return seen.setdefault(voice.lower(), f"SPEAKER_{len(seen):02d}")
    return voice


def seconds(value: str) -> float | None:
    """``00:01:36``, ``01:36.5``, ``1:02:03,250``, ``96.5``, or a frame count after a fourth
    colon (``00:01:36:12``, dropped) as seconds; None when it is none of these."""
    value = value.strip().replace(",", ".")
    try:
        if ":" not in value:
            return float(value)
        parts = [float(p) for p in value.split(":")[:3]]
    except ValueError:
        return None
    total = 0.0
    for p in parts:
        total = total * 60 + p
    return total


def stamp_seconds(stamp: str) -> float | None:
    """An ISO 8601 date and time ("2025-10-17T12:41:07.512-05:00", "…Z") as seconds since the epoch."""
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def turns_document(name: str, doc) -> Document | None:
    """The Document of a JSON export of turns or captions (module docstring); None when the
    file holds no list of records with words in them."""
    records, key = _richest_list(doc)
    if not records or _articles(records, key):
        return None
    voiced = [r for r in records if _voice(r) is not None]
    times = _times(records)
    if len(voiced) * 2 >= len(records):
        items = []
        said = [" ".join(r[key].split()) for r in records]
        seen: dict[str, str] = {}
        for n, (r, (t0, t1)) in enumerate(zip(records, times, strict=True)):
            text = " ".join(_words(r, key, said[:n] + said[n + 1:]).split())
            if text:   # ("spk_0", a label that names no one: a numbered voice)
                items.append((t0, t1, numbered(_voice(r) or UNNAMED_VOICE, seen), text))
        text, cues = _layout_cues(items)
        return Document(text=text, format="json", cues=cues) if cues else None
    if not any(k in r for r in records for k in START_KEYS):
        return None   # no voices and no times: a list of questions and answers, no captions
    timed = [(t0, t1, r[key]) for r, (t0, t1) in zip(records, times, strict=True) if r[key].strip()]
    return cue_document(name, timed, "json", '"start"') if timed else None


def _articles(records: list[dict], key: str) -> bool:
    """The records are articles or posts of a site (a title or headline each, or paragraphs of
    their own), not turns: a CMS export's "author" wrote the story, did not say its quotes."""
    titled = sum(1 for r in records if isinstance(r.get("title") or r.get("headline"), str))
    paragraphed = sum(1 for r in records if "\n\n" in r[key].strip())
    return titled * 2 > len(records) or paragraphed * 2 > len(records)


def _richest_list(node, depth: int = 0) -> tuple[list[dict], str]:
    """The list of records, anywhere in ``node``, whose text key holds the most words."""
    best: tuple[list[dict], str] = ([], "")
    best_words = 0
    if depth > 4:
        return best
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    if isinstance(node, list) and node and all(isinstance(x, dict) for x in node):
        for key in TEXT_KEYS:
            have = [x for x in node if isinstance(x.get(key), str)]
            if len(have) * 10 >= len(node) * 8:
                words = sum(len(x[key].split()) for x in have)
                if words > best_words:
                    best, best_words = (have, key), words
                break
    for child in children:
        if isinstance(child, dict | list):
            found = _richest_list(child, depth + 1)
            words = sum(len(x[found[1]].split()) for x in found[0])
            if words > best_words or words == best_words and len(found[0]) > len(best[0]):
                best, best_words = found, words   # (the same words cut finer: turns, not one whole transcript)
    return best


def _voice(record: dict) -> str | None:
    """Who wrote or said a record's words, their nickname's decoration left out."""
    for key in VOICE_KEYS:
        value = record.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in NAME_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
        if isinstance(value, str) and value.strip():
            value = re.sub(r"\s*<[^<>@\s]+@[^<>\s]+>", "", value).strip() or value.strip()   # "Ken Osei <kosei@…>"
            return _DECORATION.sub("", value) or value
    return None


def _words(record: dict, key: str, others: list[str]) -> str:
    """A record's words, its markdown emphasis undone; without the lines quoting another record
    of the file (``others``: a reply's "> …", which are that record's author's words)."""
    text = _EMPHASIS.sub(r"\2", record[key])
    replying = bool(record.get("reference") or record.get("reply_to") or record.get("in_reply_to"))
    kept = []
    for line in text.split("\n"):
        quoted = line.lstrip().startswith(">")
        words = " ".join(line.lstrip(" \t>").split())
        if quoted and (replying or words and any(words in other for other in others)):
            continue
        kept.append(line)
    return "\n".join(kept)


def _times(records: list[dict]) -> list[tuple[float, float]]:
    """Each record's (start, end) in seconds from the first: clock times ("00:01:33.251"),
    seconds, or dates and times; 0 where a record gives none."""
    out = []
    first = None
    for r in records:
        t0 = _when(next((r[k] for k in START_KEYS if k in r), None))
        t1 = _when(next((r[k] for k in END_KEYS if k in r), None))
        if t0 is not None and first is None:
            first = t0 if t0 > 10_000_000 else 0.0   # dates count from the first record
        t0 = (t0 - first) if t0 is not None and first is not None else 0.0
        t1 = (t1 - (first or 0.0)) if t1 is not None else t0
        out.append((t0, max(t0, t1)))
    return out


def _when(value) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and value.strip():
        return seconds(value) if re.fullmatch(r"[\d:.,]+", value.strip()) else stamp_seconds(value.strip())
    return None
