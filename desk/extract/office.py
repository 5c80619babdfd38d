"""Word (.docx) and PDF -> text: the readers of office documents.

``_read_docx`` and ``_read_pdf`` are entries of ``desk.extract.formats``'s reader table; they
take a file's name and bytes and give a :class:`~desk.extract.model.Document`, or raise
:class:`~desk.extract.decoding.ExtractError`.

Decisions:

* **docx**: body paragraphs and tables in document order (a table row is one line, its cells
  separated by a space; merged cells are read once); the core-properties title is the title.
  Headers, footers, comments and footnotes are not read.
* **PDF**: pypdf's text layer; line breaks inside a page are kept.  Running heads and feet,
  page numbers, a browser's print header and footer and a transcript's line numbers are left
  out, and pages are joined by a blank line, or by a space where a sentence runs on over the
  break (:mod:`desk.extract.pdfpages`).
  A PDF whose pages give no text has no text layer (a scan) and is refused.  pypdf's warnings
  about sloppy but readable files are silenced: they are not the editor's problem.
* **Limits**: a PDF may have at most ``MAX_PDF_PAGES`` pages and a .docx at most
  ``MAX_DOCX_XML_BYTES`` of XML once unpacked, so that reading one does not take a worker for
  minutes.
"""

from __future__ import annotations

import io
import warnings

from desk.extract.decoding import ExtractError, _megabytes, _normalise
from desk.extract.model import Document
from desk.extract.pdfpages import join_pages

#: A PDF page's text costs 20–50 ms; a .docx is a zip whose XML can unpack to far more than its size.
MAX_PDF_PAGES = 1_000
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024


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
    text = _normalise(join_pages([_normalise(p) for p in pages if p.strip()]))
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
