"""Caption files (.srt, .vtt) -> text and cues.

``_read_srt`` and ``_read_vtt`` are entries of ``desk.extract.formats``'s reader table; they
take a file's name and bytes and give a :class:`~desk.extract.model.Document` with its
:class:`~desk.extract.model.Cue` list, or raise :class:`~desk.extract.decoding.ExtractError`.

* **Captions** (.srt, .vtt): ``Document.text`` holds one cue per line (tags removed, a cue's
  internal line break becomes a space) with a blank line where the speaker changes.  Each cue
  becomes a :class:`~desk.extract.model.Cue` with its offsets in that text, its times in seconds
  and its voice: WebVTT ``<v Name>``, an SRT ``NAME:`` prefix, or in a meeting app's WebVTT
  transcript (Zoom, Teams) the display name before a colon that opens every cue, without its
  pronouns or its organisation ("Hollis Wade (he/him):", "Trevor Magnusson - Norvale:"); the
  prefix is removed from the text.
  A cue is cut where the file marks a new voice: broadcast captions' ``>>`` (at the start or
  inside a cue) and a dialogue dash opening a line.  Roll-up captions, where each cue repeats the line the one before ended on (YouTube's
  automatic captions), are read once (``_unrolled``).  The piece after a mark is named by a
  ``NAME:`` or ``[Full Name]`` after it, else its voice is ``UNNAMED_VOICE`` (a new voice the file
  does not name; segmentation gives it the source's speaker, or the questioner when all it says
  is questions).  Marks are removed from the text.
  ``Cue.voice`` records only what the file says: an unprefixed SRT cue (or a VTT cue without a
  voice tag) has ``voice=None``; carrying the previous speaker over is segmentation's job
  (``desk.extract.transcripts``).  The blank-line layout of the text does use the carried
  speaker, so a paragraph of the text is one speaker's turn.
"""

from __future__ import annotations

import re
import unicodedata

from desk.extract.decoding import ExtractError, _text_error, decode_text
from desk.extract.model import Cue, Document
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import TITLE_WORDS, fold

_TAG = re.compile(r"<[^>]*>")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")  # {\an8} positioning codes in some SRT files
# A speaker prefix at the start of an SRT cue: ">> " / "- " markers, then a label in capitals
# ("WHITLOCK", "DR. QURESHI", "HÉLÈNE BRASSARD"), or a capitalised name of up to four words
# ("Dana Whitlock"), then a colon (French typography may put a space before it).
_SRT_PREFIX = re.compile(
    r"^(?:>>\s*|-\s+)?(?P<label>[^\W\d_][\w.'’\-]*(?: [\w.'’\-]+){0,4}?)[ \u00a0\u202f]?:(?:\s+|$)"
)


#: ``Cue.voice`` of a cue where the file marks a new voice without naming it (">>" or a dialogue dash).
UNNAMED_VOICE = ">>"
#: Where a caption's voice changes: broadcast captions' ">>" (anywhere), a dialogue dash opening a line.
_CHANGE = re.compile(r"(?:^|(?<=\s))>>+[ \t]*|^-[ \t]+", re.M)
#: A voice named in brackets or parentheses opening a cue or a piece: "- [Alma Reyes] Good evening.",
#: "(Tom Hale) We lost everything." (``_bracket_voice``) — never a stage note such as "[Crowd
#: Cheering]", "(LAUGHS)" or "(Door Slams)".  One word in capitals ("[HALE]", "[SOBS]") is not read
#: as a voice unless a colon follows it ("[Resident]: …"): captions for the deaf write sounds the
#: same way, with no colon.  The colon after a bracketed name ("[Councillor Wen Abara]: …") goes too.
_BRACKET_VOICE = re.compile(r"^(?P<open>[\[(])(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})[\])]"
                            r"(?P<colon>[ \t]*:)?\s*")
_STAGE_WORDS = frozenset("applause cheering cheers laughter laughs laughing music speaking inaudible crosstalk "
                         "chanting chants booing boos sighs singing playing continues indistinct chuckles "
                         "chuckling groans gasps coughs whispers whispering shouting yelling screaming silence "
                         "static crying sobbing clapping crowd audience foreign language translated translation "
                         "interpreter sound noise siren sirens phone ringing knocking footsteps gunshot gunshots "
                         "explosion thunder beeping bell dog barking cheer laugh sigh gasp cough off camera voice over "
                         "continued continuing overlapping offscreen narration bleep bleeped bleeping beep beeps "
                         "sobs sniffles sniffling indiscernible unintelligible speaks muted censored redacted pause "
                         "pauses exhales sighing screams whistle whistles horn engine traffic wind rain "
                         # the language a passage is in: "[IN FRENCH]", "[SPEAKS PUNJABI]"
                         "french english spanish portuguese italian german mandarin cantonese punjabi hindi urdu "
                         "arabic tagalog ukrainian russian cree ojibwe inuktitut".split())


def _cue_text(raw: str) -> str:
    text = _ASS_TAG.sub("", _TAG.sub("", raw))
    text = _unescape_entities(text)
    return re.sub(r"\s+", " ", text).strip()


def _voices(raw: str, voice: str | None, prefixes: bool | frozenset[str]) -> list[tuple[str | None, str]]:
    """A cue's text cut where its voice changes, as (voice, text): "Good evening. >> Will the
    schools open?" is two, the second ``UNNAMED_VOICE``; "- [Tom Hale] Governor, …" names its
    voice, as does an SRT "NAME:" after a mark (``prefixes``) and "(Alma Reyes)".  The first piece keeps ``voice``
    (a WebVTT ``<v>``), or its own SRT prefix.  ``prefixes`` may be the labels a file marks with
    ">>": then an unmarked "NAME:" is a voice only when it is one of them or opens on a title
    ("COUNCILLOR ABARA:", a mark the captioner forgot), not "EVERYONE WATCHING AT HOME:"."""
    clean = _unescape_entities(_ASS_TAG.sub("", _TAG.sub("", raw)))   # "&gt;&gt;" is a mark too
    marks = [m for m in _CHANGE.finditer(clean) if m.group().startswith(">") or _dash_marks(clean, m, voice)]
    pieces = []
    if not marks or marks[0].start() > 0:
        pieces.append((False, clean[:marks[0].start()] if marks else clean))
    for i, m in enumerate(marks):
        pieces.append((True, clean[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(clean)]))
    out: list[tuple[str | None, str]] = []
    for marked, piece in pieces:
        text = _cue_text(piece)
        named = voice if not out and not marked else None
        if prefixes or marked:
            label, rest = _srt_prefix(text)
            if label and (marked or prefixes is True or label in prefixes
                          or fold(label.split()[0]).rstrip(".") in TITLE_WORDS):
                named, text = label, rest
        b = _BRACKET_VOICE.match(text)
        if b and _bracket_voice(b):
            named, text = b.group("label"), text[b.end():]
        if marked and not named and _MUSIC.fullmatch(text):
            marked = False   # "- ♪ Oh the river ♪": a song, not a new voice
        if text:
            out.append((named or (UNNAMED_VOICE if marked else None), text))
    return out


#: A voice named after broadcast captions' mark: ">> MAYOR DUVAL: THANK YOU".
_MARKED_LABEL = re.compile(r">>[ \t]*(?P<label>[A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,4})[ \t]*:")
#: A speaker tag in capitals in square brackets, at a line's start or after a sentence: "[NASSER]".
_CAPS_TAG = re.compile(r"(?:^(?:[-\u2013]|>>)?[ \t]*|(?<=[.!?\u2026\]][ \t])|(?<=[.!?\u2026][\"\u201d][ \t]))"
                       r"\[(?P<label>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3})\][ \t]*(?!:)", re.M)


def _bracket_tags(raws: list[str]) -> frozenset[str]:
    """The labels a file's captions put in square brackets to name who speaks, with no colon
    ("[DHALIWAL] Good evening. … [NASSER] Thanks for having me."): captions for the deaf write
    sounds the same way ("[SOBS]", "[BLEEP]"), so a label counts only when it opens a line or
    follows a sentence's end, is no stage note, comes back at least twice, and at least two such
    labels take turns in the file (a conversation) of which the captions name one in ordinary case
    ("Joining me is Minister Farida Nasser" … "[NASSER]").  In such a file a label said once counts
    too when the captions name that person ("we spoke with Gord Tabachnik" … "[TABACHNIK] I've
    seen this movie before")."""
    counts: dict[str, int] = {}
    texts = [_TAG.sub("", raw) for raw in raws]
    for text in texts:
        for m in _CAPS_TAG.finditer(text):
            label = m.group("label")
            if not _STAGE_WORDS & {w.lower().strip(".") for w in label.split()}:
                counts[label] = counts.get(label, 0) + 1
    said = " ".join(texts)
    named = {label for label in counts
             if re.search(r"\b" + re.escape(label.split()[-1].capitalize()) + r"\b", said)}
    tags = {label for label, n in counts.items() if n >= 2}
    if len(tags) < 2 or not named:
        return frozenset()   # no conversation, or no label the captions name as a person
    return frozenset(tags | named)


def _tagged(raw: str, tags: frozenset[str]) -> str:
    """A cue's text with its speaker tags written as the voice changes ``_voices`` reads:
    "[NASSER] No." → ">> NASSER: No."."""
    if not tags:
        return raw
    return _CAPS_TAG.sub(lambda m: f">> {m.group('label')}: " if m.group("label") in tags else m.group(0), raw)


def _bracket_voice(b: re.Match) -> bool:
    """Whether a bracket opening a piece names its voice: two to four capitalised words that are
    no stage note ("[Crowd Cheering]"); in parentheses, where captions for the deaf put sounds
    ("(Door Slams)"), only a name that opens with a given name ("(Alma Reyes)")."""
    words = b.group("label").split()
    if _STAGE_WORDS & {w.lower().strip(".") for w in words}:
        return False
    if len(words) < 2:
        # "[Resident]: Will the rates go up?": a label, as its colon shows (a sound takes none)
        return b.group("colon") is not None and b.group("open") == "["
    return b.group("open") == "[" or (fold(words[0]) in FIRST_NAMES and not words[1].isupper())


#: A caption that is only music: "♪ Oh the river ♪".
_MUSIC = re.compile(r"[♪♫#][^\n]*[♪♫#]|[♪♫]+")


def _dash_marks(clean: str, m: re.Match, voice: str | None) -> bool:
    """A dash opening a line is a new voice when it opens the cue, or when two lines of the cue
    open with one (a dialogue) — not "held at\n- 19 feet" — and never in a cue whose voice a
    WebVTT tag names (there a dash is the speaker's own list)."""
    if voice is not None:
        return False
    return m.start() == 0 or len(re.findall(r"(?m)^-[ \t]", clean)) >= 2

def _unescape_entities(text: str) -> str:
    if "&" not in text:
        return text
    import html

    return html.unescape(text)


def _srt_prefix(text: str) -> tuple[str | None, str]:
    """Split an SRT cue's "NAME:" prefix from its text: ("WHITLOCK", "Police in …")."""
    m = _SRT_PREFIX.match(text)
    if not m:
        return None, text
    label = m.group("label").strip()
    letters = [c for c in label if c.isalpha()]
    caps = letters and all(c.isupper() for c in letters)
    words = label.split()
    name_like = all(w[:1].isupper() or w.lower() in ("de", "du", "la", "le", "van", "von", "da", "di") for w in words)
    if not (caps or (name_like and len(words) >= 2)):
        return None, text  # "Update: …", "Police said: …" are not speakers
    return label, text[m.end():].strip()


def _unrolled(raws: list[str]) -> list[str]:
    """Cue texts without the lines a roll-up caption repeats.  Roll-up captions (YouTube's
    automatic ones, broadcast captions) show each line twice: a cue opens with the line the cue
    before it ended on.  When most cues of two or more lines do, the repeated opening lines go
    (a cue left with nothing is dropped by the layout); otherwise the texts are as they were, so a
    speaker who says "Thank you." twice keeps both."""
    raw_lines = [[ln for ln in raw.split("\n") if _TAG.sub("", ln).strip()] for raw in raws]
    lines = [[_TAG.sub("", ln).strip() for ln in cue] for cue in raw_lines]   # compared without tags
    multi = [k for k in range(1, len(lines)) if len(lines[k]) >= 2 and lines[k - 1]]
    rolled = [k for k in multi if lines[k][0] == lines[k - 1][-1]]
    if len(rolled) < 3 or len(rolled) < 0.5 * len(multi):
        return raws
    out = [raws[0]]
    for k in range(1, len(lines)):
        prev, cur = lines[k - 1], lines[k]
        drop = max((n for n in range(1, min(len(prev), len(cur)) + 1) if cur[:n] == prev[-n:]), default=0)
        out.append("\n".join(raw_lines[k][drop:]) if drop else raws[k])   # kept lines keep their voice tags
    return out


def _layout_cues(items: list[tuple[float, float, str | None, str]]) -> tuple[str, list[Cue]]:
    """Text with one cue per line and a blank line where the (carried) speaker changes."""
    parts: list[str] = []
    cues: list[Cue] = []
    pos = 0
    current = None
    for t0, t1, voice, text in items:
        if not text:
            continue
        effective = voice or current
        if cues:
            sep = "\n\n" if effective != current or voice == UNNAMED_VOICE else "\n"
            parts.append(sep)
            pos += len(sep)
        current = effective
        parts.append(text)
        cues.append(Cue(start=pos, end=pos + len(text), t_start=t0, t_end=t1, voice=voice))
        pos += len(text)
    return "".join(parts), cues


def _caption_text(name: str, data: bytes) -> str:
    """A caption file's text: decoded, NFC, without a byte-order mark, with \\n line ends."""
    try:
        source = decode_text(data)
    except ExtractError as exc:
        raise _text_error(name, exc) from exc
    return unicodedata.normalize("NFC", source.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n"))


def _read_srt(name: str, data: bytes) -> Document:
    import srt

    source = _caption_text(name, data)
    try:
        subtitles = sorted(srt.parse(source), key=lambda s: (s.start, s.index or 0))
    except (srt.SRTParseError, ValueError, TypeError) as exc:
        raise ExtractError(
            f"{name} is not a valid SRT caption file; check its numbering and "
            "00:00:00,000 --> 00:00:00,000 time lines, or save it as .vtt."
        ) from exc
    timed = [(sub.start.total_seconds(), sub.end.total_seconds(), sub.content) for sub in subtitles]
    return cue_document(name, timed, "srt", "00:00:00,000 --> 00:00:00,000", source)


def cue_document(name: str, timed: list[tuple[float, float, str]], fmt: str, time_line: str,
                 source: str = "", tags: bool = True) -> Document:
    """The Document of a caption file whose cues are (start, end, raw text), read as SRT cues are:
    roll-up lines once, bracketed speaker tags (``tags``), ``>>`` and ``NAME:`` marks; an error
    naming ``time_line`` when no cue gives text.  SRT, SAMI and TTML (whose own colour marks are
    written into the raw text) share it."""
    raws = _unrolled([raw for _, _, raw in timed])
    found = _bracket_tags(raws) if tags else frozenset()
    # a file that names its voices after ">>" ("&gt;&gt; MAYOR DUVAL: THANK YOU") marks every change
    # so: a "NAME:" it does not mark is words ("EVERYONE WATCHING AT HOME: KEEP BOILING YOUR WATER")
    marked = [m.group("label") for raw in raws for m in _MARKED_LABEL.finditer(_unescape_entities(raw))]
    prefixes: bool | frozenset[str] = True if len(marked) < 2 else frozenset(marked)
    items = [(t0, t1, voice, text) for (t0, t1, _), raw in zip(timed, raws, strict=True)
             for voice, text in _voices(_tagged(raw, found), None, prefixes=prefixes)]
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(_no_cues(name, source, time_line))
    return Document(text=text, format=fmt, cues=cues)


def _no_cues(name: str, source: str, time_line: str) -> str:
    """Why a caption file gave no cue: empty, or words whose time lines could not be read."""
    words = [line for line in source.splitlines() if line.strip() and line.strip().upper() != "WEBVTT"]
    if words:
        return (f"None of the captions in {name} could be read: check that every cue has a "
                f"{time_line} time line.")
    return f"{name} has no caption text in it."


_VOICE = re.compile(r"<v(?:\.[^\s>]+)*\s+([^>]+?)\s*>")

#: A meeting app's transcript (Zoom, Teams) opens each cue with the speaker's display name and a
#: colon: "Hollis Wade (he/him): Thanks, Madam Mayor.", "Trevor Magnusson - Norvale: …".
_DISPLAY_NAME = re.compile(r"^(?P<label>[^\W\d_][^:\n<>]{0,58}?):[ \t]+(?=\S)")
#: What a display name carries besides the name: pronouns, and an organisation after a dash or bar.
_PRONOUN_NOTE = re.compile(r"\s*\((?:he|she|they|ze|xe|any)/\w+(?:/\w+)?\)", re.IGNORECASE)
_AFFILIATION = re.compile(r"\s+[-–—|]\s+.*$")


def _meeting_names(captions) -> set[str]:
    """The display names a meeting app writes before a colon on its cues: with no ``<v>`` tag
    anywhere and most cues opening with a label and a colon, the labels that open two cues or
    more, or read as a name (so "Note: …" in ordinary captions, or "The reason given is simple:
    …" once in a meeting's, is no voice).  Empty when the file is not such a transcript."""
    if any(c.voice or _VOICE.search(c.raw_text) for c in captions):
        return set()
    labels = [m.group("label") for c in captions if (m := _DISPLAY_NAME.match(c.raw_text))]
    if len(labels) < 2 or len(labels) < 0.6 * len(captions):
        return set()
    return {label for label in labels if labels.count(label) >= 2 or _name_like(_display_name(label))}


def _name_like(name: str) -> bool:
    """Capitalised words, as a person's display name is ("Hollis Wade"), not a clause."""
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("de", "van", "von", "da", "di", "la", "le")
                                        for w in words)


def _display_name(label: str) -> str:
    """The name in a meeting app's display name: "Hollis Wade (he/him)" → "Hollis Wade",
    "Trevor Magnusson - Norvale" → "Trevor Magnusson"."""
    name = _AFFILIATION.sub("", _PRONOUN_NOTE.sub("", label)).strip()
    return name or label.strip()


def _read_vtt(name: str, data: bytes) -> Document:
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    source = _caption_text(name, data)
    try:
        vtt = webvtt.WebVTT.from_string(source)
        captions = list(vtt.captions)
    except (MalformedFileError, MalformedCaptionError, ValueError) as exc:
        raise ExtractError(
            f"{name} is not a valid WebVTT caption file ({exc}); check that it starts with "
            "WEBVTT and that every cue has a 00:00:00.000 --> 00:00:00.000 time line."
        ) from exc
    items = []
    named = _meeting_names(captions)
    raws = _unrolled([c.raw_text for c in captions])
    tags = _bracket_tags(raws)
    for caption, raw in zip(captions, raws, strict=True):
        voice = caption.voice if raw == caption.raw_text else None   # a dropped line's voice is not this cue's
        if voice is None:  # the voice span may open after other tags, e.g. <i><v Name>
            m = _VOICE.search(raw)
            voice = m.group(1) if m else None
        if voice is None and (m := _DISPLAY_NAME.match(raw)) is not None and m.group("label") in named:
            voice, raw = _display_name(m.group("label")), raw[m.end():]   # "Hollis Wade (he/him): …"
        if voice is not None:
            voice = re.sub(r"\s+", " ", _unescape_entities(voice)).strip() or None
        for piece_voice, text in _voices(_tagged(raw, tags), voice, prefixes=False):
            items.append((caption.start_time.in_milliseconds() / 1000.0,
                          caption.end_time.in_milliseconds() / 1000.0, piece_voice, text))
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(_no_cues(name, source, "00:00:00.000 --> 00:00:00.000"))
    return Document(text=text, format="vtt", cues=cues)
