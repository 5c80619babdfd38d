"""Broadcast caption files in TTML (.ttml, .dfxp, .xml exported as TTML) -> text and cues.

A station's caption server exports TTML (W3C Timed Text; DFXP is its older name): ``<p
begin="00:00:27.160" end="00:00:31.780">`` cues whose ``<span>`` elements carry a style, and
``<br/>`` line breaks.  Live captions name few speakers: a new voice is shown by a new colour,
by a dialogue dash ("- Everybody knew.") or, now and then, by a name in brackets ("[JAMIE
FORDYCE] Marisol, the smoke …").

``_read_ttml`` turns each cue into the text the caption reader of :mod:`desk.extract.captions`
reads, and goes on from there (roll-up lines, voice marks, layout), so a TTML file gives the same
:class:`~desk.extract.model.Document` an SRT file with the same words would:

* a change of colour is a change of voice; a bracketed name that opens it names the voice
  ("[WOMAN]" too: a colour change shows it is a label, not a sound);
* a colour that comes back with no name is the voice last named in that colour (stations keep a
  reporter's colour through a story), else a voice the file does not name;
* colours are read from the span's ``tts:color`` or its style's; a file with one colour
  throughout is read by its dashes and brackets alone, as captions are.

The file is parsed as XML with the standard library, after refusing any DOCTYPE or entity
declaration (a caption file needs none, and entity expansion is how XML files exhaust memory).
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from desk.extract.captions import _STAGE_WORDS, _caption_text, cue_document
from desk.extract.decoding import ExtractError
from desk.extract.model import Document

#: A DOCTYPE or an entity declaration: refused before parsing.
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
#: "00:01:02.500", "00:01:02,5", "00:01:02:15" (frames, read at 30 a second).
_CLOCK = re.compile(r"(\d+):(\d{2}):(\d{2})(?:[.,](\d+)|:(\d+))?$")
#: "62.5s", "1500ms", "2m", "1h", "45f", "10000t" (offset time).
_OFFSET = re.compile(r"(\d+(?:\.\d+)?)(h|m|s|ms|f|t)$")
_UNIT = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, "f": 1 / 30}
#: A piece that is only music or a sound: "♪ Oh the river ♪", "[SIRENS]", "(APPLAUSE)".
_SOUND_ONLY = re.compile(r"(?:[♪♫#][^\n]*[♪♫#]|[♪♫]+|[\[(][^\])]*[\])])")
#: A speaker's name in brackets opening a piece: "[JAMIE FORDYCE] ", "[WOMAN] ".
_LABEL = re.compile(r"\[(?P<label>[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3})\]\s*")


def _local(tag: str) -> str:
    """An element's or attribute's name without its namespace: "{http://…/ttml}p" -> "p"."""
    return tag.rsplit("}", 1)[-1]


def _attr(el: ElementTree.Element, name: str) -> str | None:
    return next((v for k, v in el.attrib.items() if _local(k) == name), None)


def _seconds(value: str | None, tick_rate: float) -> float:
    """A TTML time expression in seconds; 0 when missing or unreadable."""
    value = (value or "").strip()
    if m := _CLOCK.match(value):
        h, mi, s, frac, frames = m.groups()
        t = int(h) * 3600 + int(mi) * 60 + int(s)
        return t + (float("0." + frac) if frac else 0.0) + (int(frames) / 30 if frames else 0.0)
    if m := _OFFSET.match(value):
        n, unit = float(m.group(1)), m.group(2)
        return n / tick_rate if unit == "t" else n * _UNIT[unit]
    return 0.0


def _pieces(el: ElementTree.Element, colour: str | None, styles: dict[str, str], out: list[list]) -> None:
    """The text of ``el`` as [colour, text] pieces in order; ``<br/>`` is a line break."""
    colour = _attr(el, "color") or styles.get(_attr(el, "style") or "", colour)

    def add(text: str | None, c: str | None) -> None:
        if not text:
            return
        if out and out[-1][0] == c:
            out[-1][1] += text
        else:
            out.append([c, text])

    add(el.text, colour)
    for child in el:
        if _local(child.tag) == "br":
            add("\n", out[-1][0] if out else colour)
        else:
            _pieces(child, colour, styles, out)
        add(child.tail, colour)


def _marked(pieces: list[list], state: dict) -> str:
    """One cue's raw caption text, with a ">>" mark (and "LABEL:" when the file names the voice)
    wherever its colour changes; ``state`` carries the colour and the names across cues."""
    raw = []
    for k, (colour, text) in enumerate(pieces):
        if not text.strip():
            raw.append(text)
            continue
        lead = text[:len(text) - len(text.lstrip())]
        body = text.lstrip()
        if body.startswith("- "):
            body = body[2:]   # a dialogue dash: the colour says as much
        if _SOUND_ONLY.fullmatch(body.strip()):
            raw.append(lead + body)
            continue   # "♪ … ♪", "[SIRENS]": no voice, and no change of colour to go by
        label = _LABEL.match(body)
        if label and _STAGE_WORDS & {w.lower().strip(".") for w in label.group("label").split()}:
            label = None   # "[CROWD NOISE]": a sound, not a voice
        changed = state.get("colour", colour) != colour and state["many"]
        if changed and colour == state.get("first"):
            # the file's first colour (the anchor desk) back: a new story, whose colours are its own
            state["names"] = {c: n for c, n in state.get("names", {}).items() if c == colour}
        state.setdefault("first", colour)
        if label and state["many"] and (changed or k == 0):
            # a name opening a cue or a colour: "[WOMAN] My kids are asking me …"
            name = label.group("label").upper()
            state.setdefault("names", {})[colour] = name
            body = f">> {name}: {body[label.end():]}"
        elif changed:
            name = state.get("names", {}).get(colour)
            body = f">> {name}: {body}" if name else f">> {body}"
        state["colour"] = colour
        raw.append(lead + body)
    return "".join(raw)


def _read_ttml(name: str, data: bytes) -> Document:
    source = _caption_text(name, data)
    if _DECLARATION.search(source):
        raise ExtractError(f"{name} declares a DOCTYPE or entities, which a TTML caption file does not need; "
                           "export it again without them.")
    try:
        root = ElementTree.fromstring(source)
    except ElementTree.ParseError as exc:
        raise ExtractError(f"{name} is not well-formed XML ({exc}); check the file or export it again as TTML.") from exc
    if _local(root.tag) != "tt":
        raise ExtractError(f"{name} is not a TTML caption file: its root element is <{_local(root.tag)}>, not <tt>.")
    tick_rate = float(_attr(root, "tickRate") or 10_000_000)
    styles = {}
    for el in root.iter():
        if _local(el.tag) == "style" and _attr(el, "id") and _attr(el, "color"):
            styles[_attr(el, "id")] = _attr(el, "color")
    cues = []
    for el in root.iter():
        if _local(el.tag) == "p":
            pieces: list[list] = []
            _pieces(el, None, styles, pieces)
            cues.append((_seconds(_attr(el, "begin"), tick_rate), _seconds(_attr(el, "end"), tick_rate), pieces))
    colours = {c for _, _, pieces in cues for c, text in pieces if text.strip() and not _SOUND_ONLY.fullmatch(text.strip())}
    state: dict = {"many": len(colours) > 1}
    timed = [(t0, t1, _marked(pieces, state)) for t0, t1, pieces in cues]
    return cue_document(name, timed, "ttml", "begin/end", tags=False)
