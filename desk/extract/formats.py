"""File bytes -> readable text: the one place that knows file formats.

``read_document(filename, data)`` turns an upload into a :class:`~desk.extract.model.Document`:
the text a person would read, as it will be stored, hashed and cut into passages.  Everything
else in extraction works on that text and its offsets, never on the file.

Decisions:

* **Errors.**  Every problem the editor can fix (empty, binary, oversized, unsupported,
  damaged, scanned PDF) raises :class:`ExtractError` whose message names the file, says what is
  wrong and what to do.  No parser exception or traceback escapes ``read_document``.
* **Text encoding** (``decode_text``): a BOM wins (UTF-8, UTF-16, UTF-32); then UTF-16 without a
  BOM, recognised by its zero bytes all on one side of each byte pair (Windows tools write it);
  then strict UTF-8; then UTF-8 with the bad bytes replaced by U+FFFD when the text is
  overwhelmingly UTF-8 (at least two valid non-ASCII characters for each bad byte: one stray
  Windows byte must not turn a whole draft's curly quotes into mojibake; ``REPLACEMENT`` in the
  text shows where, and the views say so); then charset-normalizer's detection.  Detection on short text often confuses Windows-1252
  with its central-European and Baltic cousins (cp1250, cp1257: "crème" -> "crčme"), so when
  Windows-1252 is among the candidates and about as plausible as the best one, it is taken:
  newsroom files that are not UTF-8 are overwhelmingly Windows-1252/Latin-1.  NUL bytes or a
  text full of control characters mean a binary file, which is refused.
* **Normal form.**  All text is NFC, newlines are ``\\n``, trailing whitespace is stripped from
  every line, runs of blank lines become one blank line (the paragraph separator), and leading
  and trailing blank lines are dropped.
* **HTML**: scripts, styles, navigation, page headers and footers, asides, forms, menus (the
  ``menu`` element and ARIA ``navigation``/``menu``/``banner``/``contentinfo`` roles) and
  hidden elements are dropped.  The biggest ``<article>`` is read when there is one, else
  ``<main>``, else ``<body>``.  A ``<header>`` inside the article that is read is kept (it holds
  the headline and byline); page headers are not.  Block elements become paragraphs separated by
  a blank line, ``<br>`` a newline, table rows one line each.  ``<title>`` becomes
  ``Document.title``.  The charset a page declares is honoured when the bytes decode with it.
* **Markdown** is rendered with markdown-it-py (CommonMark, with soft line breaks kept as line
  breaks so a transcript's one-line-per-turn layout survives) and read through the HTML path.
  The first level-one heading becomes the title.
* **docx**: body paragraphs and tables in document order (a table row is one line, its cells
  separated by a space; merged cells are read once); the core-properties title is the title.
  Headers, footers, comments and footnotes are not read.
* **PDF**: pypdf's text layer, pages joined by a blank line; line breaks inside a page are kept.
  A PDF whose pages give no text has no text layer (a scan) and is refused.  pypdf's warnings
  about sloppy but readable files are silenced: they are not the editor's problem.
* **Captions** (.srt, .vtt): ``Document.text`` holds one cue per line (tags removed, a cue's
  internal line break becomes a space) with a blank line where the speaker changes.  Each cue
  becomes a :class:`~desk.extract.model.Cue` with its offsets in that text, its times in seconds
  and its voice: WebVTT ``<v Name>``, or an SRT ``NAME:`` prefix (removed from the text).
  ``Cue.voice`` records only what the file says: an unprefixed SRT cue (or a VTT cue without a
  voice tag) has ``voice=None``; carrying the previous speaker over is segmentation's job
  (``desk.extract.transcripts``).  The blank-line layout of the text does use the carried
  speaker, so a paragraph of the text is one speaker's turn.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import warnings

from desk.extract.model import Cue, Document

MAX_BYTES = 20 * 1024 * 1024
#: Structure limits, beside bytes: what a file may hold before reading it would take a worker
#: for minutes.  Parsing HTML costs some 70 µs an element (8 MB of spans took 35 s); a PDF
#: page's text 20–50 ms; a .docx is a zip whose XML can unpack to far more than its size.
MAX_HTML_ELEMENTS = 60_000
MAX_PDF_PAGES = 1_000
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".srt", ".vtt")


class ExtractError(ValueError):
    """message is shown to the editor as is: say what's wrong and what to do"""


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

    if not doc.text.strip():
        raise ExtractError(f"{name} has no readable text once its {ext} markup is removed.")
    return doc


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _megabytes(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"


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
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly)
    return _check_text(_detect(data))


#: What a byte that is not valid UTF-8 becomes in text that is otherwise UTF-8.
REPLACEMENT = "\ufffd"


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with bad bytes replaced, when valid multi-byte characters outnumber them two to one.

    Legacy text (Windows-1252, Latin-1) almost never forms valid UTF-8 sequences by chance, so
    valid ones are strong evidence: "“Café,” … \\x92 …" is UTF-8 with one stray byte.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    valid = sum(1 for ch in text if ch > "\x7f") - text.count(REPLACEMENT)
    if 0 < bad and valid >= 2 * bad:
        return text
    return None


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


def _text_error(name: str, exc: ExtractError) -> ExtractError:
    return ExtractError(f"{name}: {exc}")


# --------------------------------------------------------------------------------------------
# plain text and Markdown


def _read_txt(name: str, data: bytes) -> Document:
    try:
        text = decode_text(data)
    except ExtractError as exc:
        raise _text_error(name, exc) from exc
    return Document(text=_normalise(text), format="txt")


def _read_md(name: str, data: bytes) -> Document:
    from markdown_it import MarkdownIt

    try:
        source = decode_text(data)
    except ExtractError as exc:
        raise _text_error(name, exc) from exc
    md = MarkdownIt("commonmark", {"breaks": True, "html": True})
    html = md.render(source)
    text, _ = _html_to_text(html)
    title = None
    for line in source.splitlines():
        m = re.match(r"^ {0,3}#\s+(.+?)\s*#*\s*$", line)
        if m:
            title = _inline_text(md.render(m.group(1)))
            break
    return Document(text=text, format="md", title=title or None)


def _inline_text(html: str) -> str:
    from bs4 import BeautifulSoup

    return re.sub(r"\s+", " ", _soup(html, BeautifulSoup).get_text(" ")).strip()


# --------------------------------------------------------------------------------------------
# HTML

_DROP = frozenset(
    "script style noscript nav footer aside form menu template iframe svg canvas object embed "
    "button select textarea input label dialog head title meta link".split()
)
_DROP_ROLES = frozenset({"navigation", "menu", "menubar", "banner", "contentinfo", "search", "dialog"})
_BLOCK = frozenset(
    "p div section article main header address blockquote pre figure figcaption ul ol li dl dt dd "
    "table thead tbody tfoot tr caption h1 h2 h3 h4 h5 h6 hr details summary center body html "
    "fieldset legend".split()
)
_CELL = frozenset({"td", "th"})
_PARA = object()  # marker: a paragraph boundary
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


def _read_html(name: str, data: bytes) -> Document:
    _check_html_elements(name, data)
    try:
        html = _decode_html(data)
    except ExtractError as exc:
        raise _text_error(name, exc) from exc
    text, title = _html_to_text(html)
    return Document(text=text, format="html", title=title)


_START_TAG = re.compile(rb"<[A-Za-z]|<\x00[A-Za-z]")


def _check_html_elements(name: str, data: bytes) -> None:
    count = len(_START_TAG.findall(data))
    if count > MAX_HTML_ELEMENTS:
        raise ExtractError(
            f"{name} has {count:,} HTML elements; a page may have at most {MAX_HTML_ELEMENTS:,}. "
            "Save the article's text alone (as .txt) and add that."
        )


def _decode_html(data: bytes) -> str:
    """Honour a BOM, then a declared <meta charset> that decodes cleanly, then decode_text."""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "ignore").lower()
            if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
                declared = "cp1252"  # what browsers do, and what such pages really hold
            try:
                codecs.lookup(declared)
                return _check_text(data.decode(declared))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(data)


def _soup(html: str, beautiful_soup):
    # bs4 warns when markup looks like a file name or like XML; neither matters for reading text.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return beautiful_soup(html, "lxml")
        except Exception:  # lxml missing or choking: the stdlib parser never refuses input
            return beautiful_soup(html, "html.parser")


def _html_to_text(html: str) -> tuple[str, str | None]:
    """Readable text and <title> of an HTML page (see the module docstring for the rules)."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag

    soup = _soup(html, BeautifulSoup)
    title = None
    if soup.title is not None:
        title = re.sub(r"\s+", " ", soup.title.get_text(" ")).strip() or None

    def hidden(tag: Tag) -> bool:
        attrs = tag.attrs or {}
        if tag.name in _DROP:
            return True
        role = str(attrs.get("role", "")).strip().lower()
        if role in _DROP_ROLES:
            return True
        if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
            return True
        style = str(attrs.get("style", "")).replace(" ", "").lower()
        return "display:none" in style or "visibility:hidden" in style

    articles = [a for a in soup.find_all("article") if not a.find_parent("article")]
    root = None
    if articles:
        root = max(articles, key=lambda a: len(a.get_text(" ", strip=True)))
    if root is None:
        root = soup.find("main") or soup.find(attrs={"role": "main"})
    if root is None:
        root = soup.body or soup

    out: list = []

    def walk(node, pre: bool) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                name = child.name.lower() if child.name else ""
                if hidden(child):
                    continue
                if name == "header" and child is not root and not child.find_parent("article"):
                    continue  # a page banner, not the story's own header
                if name == "br":
                    out.append("\n")
                elif name in _CELL:
                    walk(child, pre)
                    out.append(" ")
                elif name in _BLOCK:
                    out.append(_PARA)
                    walk(child, pre or name == "pre")
                    out.append(_PARA)
                else:
                    walk(child, pre)
            elif isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            else:
                s = str(child)
                if pre:
                    out.append(s.replace("\n", "\x01"))  # protected newline inside <pre>
                else:
                    out.append(re.sub(r"\s+", " ", s))

    if hidden(root) and root is not soup:
        return "", title
    walk(root, False)

    paragraphs: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        joined = "".join(buf).replace("\x01", "\n")
        lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in joined.split("\n")]
        para = "\n".join(ln for ln in lines if ln)
        if para:
            paragraphs.append(para)
        buf.clear()

    for piece in out:
        if piece is _PARA:
            flush()
        else:
            buf.append(piece)
    flush()
    return _normalise("\n\n".join(paragraphs)), title


# --------------------------------------------------------------------------------------------
# Word (.docx)


def _read_docx(name: str, data: bytes) -> Document:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    damaged = (
        f"{name} is not a readable Word document (.docx): the file is damaged or in another "
        "format (an old .doc?); open it in Word, save it as .docx, and try again."
    )
    if not data.startswith(b"PK"):
        raise ExtractError(damaged)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml_bytes = sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractError(damaged) from exc
    if xml_bytes > MAX_DOCX_XML_BYTES:
        raise ExtractError(
            f"{name} unpacks to {_megabytes(xml_bytes)} of document XML; a .docx may hold at most "
            f"{_megabytes(MAX_DOCX_XML_BYTES)}. Split it, or save its text as .txt."
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExtractError(damaged) from exc
    except Exception as exc:  # lxml XMLSyntaxError and friends
        raise ExtractError(damaged) from exc

    paragraphs: list[str] = []

    def read_block(parent_element, parent) -> None:
        for child in parent_element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraphs.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                read_table(Table(child, parent))
            elif tag == "sdt":  # content controls wrap ordinary paragraphs and tables
                for inner in child.iterchildren():
                    if inner.tag.rsplit("}", 1)[-1] == "sdtContent":
                        read_block(inner, parent)

    def read_table(table) -> None:
        for row in table.rows:
            cells: list[str] = []
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                    continue
                seen.add(id(cell._tc))
                text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                if text:
                    cells.append(text)
                for inner in cell.tables:
                    read_table(inner)
            if cells:
                paragraphs.append(" ".join(cells))

    try:
        read_block(document.element.body, document)
        title = (document.core_properties.title or "").strip() or None
    except Exception as exc:
        raise ExtractError(damaged) from exc
    text = _normalise("\n\n".join(p.strip("\n") for p in paragraphs if p.strip()))
    return Document(text=text, format="docx", title=title)


# --------------------------------------------------------------------------------------------
# PDF


def _read_pdf(name: str, data: bytes) -> Document:
    import logging

    from pypdf import PdfReader

    damaged = (
        f"{name} is not a readable PDF: the file is damaged or not really a PDF; "
        "re-export it from the program that made it, or paste its text into a .txt file."
    )
    if b"%PDF" not in data[:1024]:
        raise ExtractError(damaged)
    pypdf_log = logging.getLogger("pypdf")
    previous_level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # "incorrect startxref" and the like: readable anyway
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                reader = PdfReader(io.BytesIO(data))
                if reader.is_encrypted:
                    try:
                        unlocked = reader.decrypt("")
                    except Exception:
                        unlocked = 0
                    if not unlocked:
                        raise ExtractError(
                            f"{name} is password-protected; save an unprotected copy and try again."
                        )
                if len(reader.pages) > MAX_PDF_PAGES:
                    raise ExtractError(
                        f"{name} has {len(reader.pages):,} pages; a PDF may have at most {MAX_PDF_PAGES:,}. "
                        "Split it into parts."
                    )
                pages = [page.extract_text() or "" for page in reader.pages]
            except ExtractError:
                raise
            except Exception as exc:
                raise ExtractError(damaged) from exc
    finally:
        pypdf_log.setLevel(previous_level)

    if not pages:
        raise ExtractError(damaged)
    text = _normalise("\n\n".join(_normalise(p) for p in pages if p.strip()))
    if not text.strip():
        raise ExtractError(
            f"{name}: this PDF has no text layer (is it a scan?); run it through OCR or "
            "paste its text into a .txt file, then add that instead."
        )
    title = None
    try:
        meta = reader.metadata
        title = (meta.title or "").strip() or None if meta else None
    except Exception:
        title = None
    return Document(text=text, format="pdf", title=title)


# --------------------------------------------------------------------------------------------
# captions

_TAG = re.compile(r"<[^>]*>")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")  # {\an8} positioning codes in some SRT files
# A speaker prefix at the start of an SRT cue: ">> " / "- " markers, then a label in capitals
# ("WHITLOCK", "DR. QURESHI", "HÉLÈNE BRASSARD"), or a capitalised name of up to four words
# ("Dana Whitlock"), then a colon (French typography may put a space before it).
_SRT_PREFIX = re.compile(
    r"^(?:>>\s*|-\s+)?(?P<label>[^\W\d_][\w.'’\-]*(?: [\w.'’\-]+){0,4}?)[ \u00a0\u202f]?:(?:\s+|$)"
)


def _cue_text(raw: str) -> str:
    text = _ASS_TAG.sub("", _TAG.sub("", raw))
    text = _unescape_entities(text)
    return re.sub(r"\s+", " ", text).strip()


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
            sep = "\n\n" if effective != current else "\n"
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
            f"{name} is not a valid SRT caption file ({exc.__class__.__name__}); check its "
            "numbering and 00:00:00,000 --> 00:00:00,000 time lines, or save it as .vtt."
        ) from exc
    items = []
    for sub in subtitles:
        text = _cue_text(sub.content)
        voice, text = _srt_prefix(text)
        items.append((sub.start.total_seconds(), sub.end.total_seconds(), voice, text))
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(f"{name} has no caption text in it.")
    return Document(text=text, format="srt", cues=cues)


_VOICE = re.compile(r"<v(?:\.[^\s>]+)*\s+([^>]+?)\s*>")


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
    for caption in captions:
        raw = caption.raw_text
        voice = caption.voice
        if voice is None:  # the voice span may open after other tags, e.g. <i><v Name>
            m = _VOICE.search(raw)
            voice = m.group(1) if m else None
        if voice is not None:
            voice = re.sub(r"\s+", " ", _unescape_entities(voice)).strip() or None
        items.append(
            (caption.start_time.in_milliseconds() / 1000.0, caption.end_time.in_milliseconds() / 1000.0,
             voice, _cue_text(raw))
        )
    text, cues = _layout_cues(items)
    if not cues:
        raise ExtractError(f"{name} has no caption text in it.")
    return Document(text=text, format="vtt", cues=cues)


_READERS = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
    ".srt": _read_srt,
    ".vtt": _read_vtt,
}
