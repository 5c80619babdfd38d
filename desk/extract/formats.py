"""File bytes -> readable text: the one place that knows file formats.

``read_document(filename, data)`` turns an upload into a :class:`~desk.extract.model.Document`:
the text a person would read, as it will be stored, hashed and cut into passages.  Everything
else in extraction works on that text and its offsets, never on the file.

This module holds the entry point, the limits on a file's size, the supported extensions and the
table of readers; each reader lives with the format it knows, its decisions in its module
docstring:

* ``desk.extract.decoding``: bytes -> text (BOMs, UTF-8, UTF-16, detection, binary files), the
  normal form of all extracted text, and :class:`ExtractError` (re-exported here: import it from
  this module);
* ``.txt``: decoded and normalised, here;
* ``desk.extract.markup``: HTML and Markdown;
* ``desk.extract.office``: Word (.docx) and PDF;
* ``desk.extract.captions``: SRT and WebVTT captions, with their cues.

Decisions:

* **Errors.**  Every problem the editor can fix (empty, binary, oversized, unsupported,
  damaged, scanned PDF) raises :class:`ExtractError` whose message names the file, says what is
  wrong and what to do.  No parser exception or traceback escapes ``read_document``.
* **Limits.**  ``MAX_BYTES`` bounds a file's size; the structure limits (HTML elements, PDF
  pages, unpacked .docx XML) live with their readers and are re-exported here.
"""

from __future__ import annotations

import re

from desk.extract.captions import _read_srt, _read_vtt
from desk.extract.decoding import _CONTROL, REPLACEMENT, ExtractError, _megabytes, _normalise, _text_error, decode_text
from desk.extract.exports import _numbered, _read_ass, _read_csv, _read_diarized_json, _read_sami, _read_sbv, _voiced_document
from desk.extract.margins import strip_margins
from desk.extract.markup import MAX_HTML_ELEMENTS, _read_html, _read_md
from desk.extract.microdvd import read_sub
from desk.extract.model import Document
from desk.extract.office import MAX_DOCX_XML_BYTES, MAX_PDF_PAGES, _read_docx, _read_pdf
from desk.extract.pdfpages import join_pages
from desk.extract.timedblocks import timed_blocks
from desk.extract.ttml import _read_ttml

__all__ = [
    "MAX_BYTES",
    "MAX_DOCX_XML_BYTES",
    "MAX_HTML_ELEMENTS",
    "MAX_PDF_PAGES",
    "REPLACEMENT",
    "SUPPORTED",
    "ExtractError",
    "decode_text",
    "read_document",
]

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".srt", ".vtt", ".ttml", ".dfxp", ".smi", ".sami", ".sbv", ".sub", ".ass", ".ssa", ".json", ".csv")


# --------------------------------------------------------------------------------------------
# entry point


def read_document(filename: str, data: bytes, max_bytes: int = MAX_BYTES) -> Document:
    """Read an uploaded file into a Document, or raise ExtractError with a message for the editor."""
    name = _CONTROL.sub("", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]) or "the file"
    ext = _extension(name)
    if ext not in SUPPORTED:
        kinds = ", ".join(SUPPORTED[:-1]) + " or " + SUPPORTED[-1]
        if not ext:
            raise ExtractError(f"{name} has no file extension; use a {kinds} file.")
        raise ExtractError(f"{name}: {ext} files are not supported; use {kinds}.")
    if data is None:
        data = b""
    if len(data) > max_bytes:
        raise ExtractError(
            f"{name} is larger than the {_megabytes(max_bytes)} limit "
            f"({_megabytes(len(data))}); split it or save the text alone as .txt."
        )
    if not data.strip():
        raise ExtractError(f"{name} is empty; choose a file that has the text in it.")

    reader = _READERS[ext]
    try:
        doc = reader(name, data)
    except ExtractError:
        raise
    except RecursionError as exc:
        raise ExtractError(
            f"{name} is nested too deeply to read (thousands of elements inside each other); "
            "paste its text into a .txt file instead."
        ) from exc
    except Exception as exc:  # a parser failing on hostile input must not reach the editor
        raise ExtractError(
            f"{name} could not be read as {ext} ({type(exc).__name__}); "
            "check that the file is not damaged, or paste its text into a .txt file."
        ) from exc

    if not doc.cues:
        doc.text = strip_margins(doc.text)   # line numbers, page numbers, caption times
    if not doc.text.strip():
        raise ExtractError(f"{name} has no readable text once its {ext} markup is removed.")
    return doc


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


# --------------------------------------------------------------------------------------------
# plain text


def _read_txt(name: str, data: bytes) -> Document:
    """Plain text; text saved from a PDF (pdftotext marks each new page with a form feed) is
    read page by page as a PDF is, so a release's running head and "Page 1 of 2" foot never
    stand inside a quote that runs over the page break; a log with a clock time opening at least
    half of its lines ("[06:01:15 PM] JUNCTION, WHERE FAMILIES …") loses those times, which would
    stand inside every sentence that runs over a line."""
    try:
        text = decode_text(data)
    except ExtractError as exc:
        raise _text_error(name, exc) from exc
    pages = [page for page in text.split("\x0c") if page.strip()]
    if len(pages) >= 2:
        text = join_pages([_normalise(page) for page in pages])
    if (blocks := timed_blocks(_normalise(text))) is not None:
        # a video editor's transcript export: each timed block its speaker's cue
        numbered: dict[str, str] = {}
        return _voiced_document([(t0, t1, _numbered(who, numbered), words) for t0, t1, who, words in blocks],
                                "txt", f"{name} has no transcribed text in its blocks.")
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) >= 6 and sum(1 for line in lines if _LINE_CLOCK.match(line)) * 2 >= len(lines):
        text = _LINE_CLOCK.sub("", text)   # a caption log's "[06:01:12 PM] >> GOOD EVENING …": the times go
    return Document(text=_normalise(text), format="txt")


#: A clock time opening a line, as a monitoring service's caption log stamps every line.
_LINE_CLOCK = re.compile(r"(?m)^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\][ \t]?")


# --------------------------------------------------------------------------------------------
# the reader of each extension

_READERS = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
    ".srt": _read_srt,
    ".vtt": _read_vtt,
    ".ttml": _read_ttml,
    ".dfxp": _read_ttml,
    ".smi": _read_sami,
    ".sami": _read_sami,
    ".sbv": _read_sbv,
    ".sub": read_sub,
    ".ass": _read_ass,
    ".ssa": _read_ass,
    ".json": _read_diarized_json,
    ".csv": _read_csv,
}
