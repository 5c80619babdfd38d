"""HTML and Markdown -> text: the readers of .html, .htm and .md files.

``_read_html`` and ``_read_md`` are entries of ``desk.extract.formats``'s reader table; they
take a file's name and bytes and give a :class:`~desk.extract.model.Document`, or raise
:class:`~desk.extract.decoding.ExtractError`.

Decisions:

* **HTML**: scripts, styles, navigation, page headers and footers, asides, forms, menus (the
  ``menu`` element and ARIA ``navigation``/``menu``/``banner``/``contentinfo`` roles) and
  hidden elements are dropped, and so is a writer's sign-off inside a paragraph (an inline element
  whose class says ``byline`` or ``author`` and whose text opens with a dash: a live blog's "—
  Priya Castellanos" closing an entry's paragraph is not its quote's speaker; a byline paragraph
  of its own, or an author's name inside a sentence, stays).  The biggest ``<article>`` is read when there is one, else
  ``<main>``, else ``<body>``; but when three or more ``<article>`` elements stand side by side
  and the biggest holds less than half their text (a live blog's entries, a thread's posts),
  all of them are read, with the ``<main>`` around them.  A ``<header>`` inside the article that is read is kept (it holds
  the headline and byline); page headers are not.  Block elements become paragraphs separated by
  a blank line, ``<br>`` a newline, table rows one line each (cells apart by a tab, so a row
  "Surname | Pryce" is no one called Surname Pryce); a ``<blockquote>``'s paragraphs are set in
  by eight spaces, as a plain-text block quotation is (:mod:`desk.extract.blocks`).  ``<title>`` becomes
  ``Document.title``.  The charset a page declares is honoured when the bytes decode with it.
* **Markdown** is rendered with markdown-it-py (CommonMark, with soft line breaks kept as line
  breaks so a transcript's one-line-per-turn layout survives) and read through the HTML path.
  The first level-one heading becomes the title.
* **Limit**: a page may have at most ``MAX_HTML_ELEMENTS`` elements (counted from start tags
  before parsing), so that reading one does not take a worker for minutes.
"""

from __future__ import annotations

import codecs
import re
import warnings

from desk.extract.decoding import _BOMS, ExtractError, _check_text, _normalise, _text_error, decode_text
from desk.extract.model import Document

#: Parsing HTML costs some 70 µs an element (8 MB of spans took 35 s).
MAX_HTML_ELEMENTS = 60_000


# --------------------------------------------------------------------------------------------
# Markdown


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
#: A class naming an element a byline or its writer ("byline", "author", "entry-author").
_CREDIT_CLASS = re.compile(r"(?i)(?:^|[-_])(?:byline|author)(?:$|[-_])")
_CELL = frozenset({"td", "th"})
_PARA = object()  # marker: a paragraph boundary
_QUOTED = object()  # marker: the paragraph is inside a <blockquote> (set in, as plain text sets a block quotation)
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


def _speaker_terms(dl) -> bool:
    """A ``<dl>`` whose terms name speakers: two terms at least, each short, with no sentence's
    end, each followed by its description (a glossary's terms end in no colon either, but a
    glossary is read as before: its terms are not capitalised names of people throughout)."""
    if dl is None or (dl.name or "").lower() != "dl":
        return False
    terms = dl.find_all("dt", recursive=False)
    if len(terms) < 2 or len(dl.find_all("dd", recursive=False)) < len(terms):
        return False
    texts = [re.sub(r"\s+", " ", t.get_text(" ")).strip() for t in terms]
    names = [_term_name(x) for x in texts]
    return all(0 < len(x.split()) <= 14 and not x.endswith((".", "?", "!", ":")) and x[:1].isupper() for x in texts) \
        and len(set(names)) < len(names)   # a speaker comes back; a glossary's terms do not


def _term_name(term: str) -> str:
    """A speaker term's name, before its role: "Dorothy Lund, Chair, …" is Dorothy Lund; a
    bracket keeps its commas ("Question (Jess Whitford, Harlow Bay Courier)")."""
    return re.split(r",(?![^()]*\))", term)[0].strip()


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
        if tag.name not in _BLOCK and any(_CREDIT_CLASS.search(c) for c in tag.get("class") or ()) \
                and re.match(r"\s*(?:[—–]|--)", tag.get_text()):
            return True   # a live-blog entry's "— Priya Castellanos": its writer, not a quote's speaker
        return "display:none" in style or "visibility:hidden" in style

    articles = [a for a in soup.find_all("article") if not a.find_parent("article")]
    root = None
    if articles:
        sizes = {id(a): len(a.get_text(" ", strip=True)) for a in articles}
        root = max(articles, key=lambda a: sizes[id(a)])
        feed = [a for a in articles if a.parent is root.parent]
        if len(feed) >= 3 and sizes[id(root)] * 2 < sum(sizes[id(a)] for a in feed):
            # a live blog's entries, a thread's posts: every <article> of the feed, not the longest
            main = soup.find("main") or soup.find(attrs={"role": "main"})
            root = main if main is not None and root.parent in main.parents else root.parent
    if root is None:
        root = soup.find("main") or soup.find(attrs={"role": "main"})
    if root is None:
        root = soup.body or soup

    out: list = []
    depth = [0]   # inside how many <blockquote>

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
                    out.append("\x02")   # "Surname\tPryce": cells apart by a tab, never one name
                elif name == "dt" and _speaker_terms(child.parent):
                    # a transcript as a definition list: "<dt>Dorothy Lund, Chair</dt><dd>Good
                    # morning …</dd>": the term is the label of the turn under it
                    # (the name alone: "Dorothy Lund, Chair, …" is Dorothy Lund's turn)
                    out.extend([_PARA, _term_name(re.sub(r"\s+", " ", child.get_text(" ")).strip()) + ":", _PARA])
                elif name in _BLOCK:
                    out.append(_PARA)
                    depth[0] += name == "blockquote"
                    if depth[0]:
                        out.append(_QUOTED)
                    walk(child, pre or name == "pre")
                    depth[0] -= name == "blockquote"
                    out.append(_PARA)
                    if depth[0]:
                        out.append(_QUOTED)
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
        quoted = _QUOTED in buf
        joined = "".join(piece for piece in buf if piece is not _QUOTED).replace("\x01", "\n")
        lines = [re.sub(r" ?\x02[ \x02]*", "\t", re.sub(r"[ \t\u00a0]+", " ", ln)).strip() for ln in joined.split("\n")]
        para = "\n".join(("        " if quoted else "") + ln for ln in lines if ln)   # a block quotation set in
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
