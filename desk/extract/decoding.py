"""Bytes -> text, the part every reader of ``desk.extract.formats`` shares.

What is here: :class:`ExtractError` (defined here, at the bottom of the readers, so each of them
can raise it without an import cycle; ``desk.extract.formats`` re-exports it and callers import
it from there), ``decode_text`` and its helpers, the binary-file check, the normal form of all
extracted text (``_normalise``), and the two message helpers the readers share.

Decisions:

* **Text encoding** (``decode_text``): a BOM wins (UTF-8, UTF-16, UTF-32); then UTF-16 without a
  BOM, recognised by its zero bytes all on one side of each byte pair (Windows tools write it);
  then strict UTF-8; then UTF-8 with the bad bytes replaced by U+FFFD when the text is
  overwhelmingly UTF-8 (at least two valid non-ASCII characters for each bad byte: one stray
  Windows byte must not turn a whole draft's curly quotes into mojibake; ``REPLACEMENT`` in the
  text shows where, and the views say so); then text pasted together from UTF-8 and
  Windows-1252 (valid UTF-8 characters and more bad bytes than that): the valid ones as UTF-8,
  the others as Windows-1252 ("Café" from each half, where reading it all as one legacy
  encoding turned the UTF-8 half into "CafÃ©"); then charset-normalizer's detection.  Detection on short text often confuses Windows-1252
  with its central-European and Baltic cousins (cp1250, cp1257: "crème" -> "crčme"), so when
  Windows-1252 is among the candidates and about as plausible as the best one, it is taken:
  newsroom files that are not UTF-8 are overwhelmingly Windows-1252/Latin-1.  NUL bytes or a
  text full of control characters mean a binary file, which is refused.
* **Normal form.**  All text is NFC, newlines are ``\\n``, trailing whitespace is stripped from
  every line, runs of blank lines become one blank line (the paragraph separator), and leading
  and trailing blank lines are dropped.
"""

from __future__ import annotations

import codecs
import re
import unicodedata


class ExtractError(ValueError):
    """message is shown to the editor as is: say what's wrong and what to do"""


# --------------------------------------------------------------------------------------------
# text decoding and normalisation

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_HINT = "it looks like a binary file, not text; save it as plain text (UTF-8) and try again"
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode_text(data: bytes) -> str:
    """Decode bytes that should be text: BOM, then UTF-8, then detection; refuse binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise ExtractError(
                    f"the text says it is {encoding.upper().replace('-SIG', '')} but is not valid "
                    "in it; re-save it as UTF-8 and try again"
                ) from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise ExtractError(_BINARY_HINT)
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    mostly = _mostly_utf8(data, replaced)
    if mostly is not None:
        return _check_text(mostly)
    mixed = _mixed_utf8(data, replaced)
    if mixed is not None:
        return _check_text(mixed)
    return _check_text(_detect(data))


#: What a byte that is not valid UTF-8 becomes in text that is otherwise UTF-8.
REPLACEMENT = "\ufffd"


def _mostly_utf8(data: bytes, text: str) -> str | None:
    """UTF-8 with bad bytes replaced, when valid multi-byte characters outnumber them two to one.

    Legacy text (Windows-1252, Latin-1) almost never forms valid UTF-8 sequences by chance, so
    valid ones are strong evidence: "“Café,” … \\x92 …" is UTF-8 with one stray byte.
    ``text``: ``data`` read as UTF-8 with its bad bytes replaced.
    """
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    valid = sum(1 for ch in text if ch > "\x7f") - text.count(REPLACEMENT)
    if 0 < bad and valid >= 2 * bad:
        return text
    return None


def _windows_byte(exc: UnicodeDecodeError) -> tuple[str, int]:
    """A codec error handler: the bytes UTF-8 could not read, read as Windows-1252 (only used
    once ``_mixed_utf8`` has seen that every one of them is a Windows-1252 character)."""
    return exc.object[exc.start:exc.end].decode("cp1252"), exc.end


codecs.register_error("desk-windows-1252", _windows_byte)


def _mixed_utf8(data: bytes, text: str) -> str | None:
    """Text pasted together from UTF-8 and Windows-1252 (or Latin-1): valid multi-byte UTF-8
    characters *and* bytes UTF-8 cannot read, too many of them for a stray byte or two.  Legacy
    text almost never forms a valid UTF-8 sequence by chance, so the valid ones are UTF-8 and
    the others are read as Windows-1252: "Caf\xc3\xa9 and Caf\xe9" is "Café and Café", where
    reading it all as Windows-1252 made the first "CafÃ©".  None when no valid multi-byte
    character is there, or one outside Latin letters and typographic punctuation
    (then the text is one legacy encoding, which detection finds).  ``text``: ``data`` read as
    UTF-8 with its bad bytes replaced."""
    valid = [ch for ch in text if ch > "\x7f" and ch != REPLACEMENT]
    if not valid or not all(_latin_or_punctuation(ch) for ch in valid):
        return None
    try:
        return data.decode("utf-8", errors="desk-windows-1252")
    except UnicodeDecodeError:
        return None   # a byte Windows-1252 leaves undefined: not such a file


def _latin_or_punctuation(ch: str) -> bool:
    """A character a Windows-1252 newsroom file's UTF-8 half holds: Latin letters (up to
    U+024F), typographic punctuation and the euro sign.  Bytes of one legacy encoding that
    happen to form valid UTF-8 give other characters ("é »" in Windows-1252 French is the
    UTF-8 of a Chinese character; Cyrillic, Chinese and Korean encodings give others again)."""
    return "\x80" <= ch <= "\u024f" or "\u2000" <= ch <= "\u206f" or ch == "\u20ac"


def _utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 without a BOM, told by where its zero bytes fall; else None.

    Latin-script text in UTF-16LE has a zero in most odd bytes and almost none in even ones
    (the reverse for big-endian); a binary file has zeros on both sides.
    """
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:8192]:
        return None
    sample = data[:8192]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= half * 0.3 and even <= half * 0.02:
        encoding = "utf-16-le"
    elif even >= half * 0.3 and odd <= half * 0.02:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return _check_text(data.decode(encoding))
    except (UnicodeDecodeError, ExtractError):
        return None


def _detect(data: bytes) -> str:
    import charset_normalizer

    results = list(charset_normalizer.from_bytes(data))
    if results:
        best = min(results, key=lambda r: r.chaos)
        for result in results:
            if result.encoding == "cp1252" and result.chaos <= best.chaos + 0.1:
                return str(result)
        return str(best)
    try:  # detection found nothing it believes; Windows-1252 is the usual suspect
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ExtractError(
            "the text's encoding could not be recognised; re-save it as UTF-8 and try again"
        ) from exc


def _check_text(text: str) -> str:
    if "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise ExtractError(_BINARY_HINT)
    return text


def _normalise(text: str) -> str:
    """NFC, \\n newlines, no trailing spaces, at most one blank line in a row, no outer blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text.replace("\x0c", "\n\n").replace("\x0b", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --------------------------------------------------------------------------------------------
# messages the readers share


def _text_error(name: str, exc: ExtractError) -> ExtractError:
    return ExtractError(f"{name}: {exc}")


def _megabytes(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"


def has_words(text: str | None) -> bool:
    """Whether ``text`` holds anything to read: a letter or a digit.  Whitespace of any kind,
    invisible characters (zero-width space, byte-order mark) and punctuation alone do not
    count: a draft or a source of nothing else is empty."""
    return any(ch.isalnum() for ch in text or "")
