"""Pass 1 and 2 of quote finding: paragraphs, and the quote marks in each (SPEC §3).

``paragraphs`` cuts a story into paragraphs; ``scan_paragraph`` finds the quoted spans of one
paragraph, so a stray mark can only spoil its own paragraph. The rules are in
:mod:`desk.extract.quotes`'s docstring (pass 1 and 2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Quote marks

OPENERS = "“\"«„"
ALL_MARKS = "“”\"«»„"
_BULLET_RE = re.compile(r"^\s*(?:[-*•·–—]|\d+[.)])\s")
_SENT_END_RE = re.compile(r"[.?!…][\"”’'»)\]]*\s*$|[\"”»]\s*$")


@dataclass
class Span:
    para: int
    open_at: int  # offset of the opening mark
    start: int  # content, trimmed
    end: int
    close_at: int | None  # offset of the closing mark; None when the paragraph ended first
    mask_end: int  # end of the masked region (after the closing mark, or paragraph end)
    cont: bool = False  # continues the previous span's quote (multi-paragraph)


# --------------------------------------------------------------------------------------------
# Paragraphs


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``text`` (trimmed of surrounding whitespace)."""
    out: list[tuple[int, int]] = []
    for block in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        b0, b1 = block.start(), block.end()
        lines = [(m.start() + b0, m.end() + b0) for m in re.finditer(r"[^\n]+", text[b0:b1])]
        lines = [(a, b) for a, b in lines if text[a:b].strip()]
        if not lines:
            continue
        split = False
        if len(lines) > 1:
            bullets = sum(1 for a, b in lines if _BULLET_RE.match(text[a:b]))
            ends = sum(1 for a, b in lines[:-1] if _SENT_END_RE.search(text[a:b]))
            # (one number opening a block is a numbered paragraph whose lines wrap — "5.  Mr.
            # Lasko replied: “Approved … Waiting ¶ on the owner’s budget.”" — not a list)
            numbered = bullets == 1 and _BULLET_RE.match(text[lines[0][0]:lines[0][1]]) is not None \
                and re.match(r"[ \t]*\d", text[lines[0][0]:lines[0][1]]) is not None
            split = not numbered and (bullets >= 1 or ends * 2 >= len(lines) - 1)
        pieces = lines if split else [(lines[0][0], lines[-1][1])]
        for a, b in pieces:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append((a, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


#: A markup tag pasted with the story (<tweet id="…">, <a href="…">): its quote marks delimit
#: attribute values, not quotations.
_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s>]+))?)*\s*/?>")


_AFTER_CLOSE = set(".,;:!?)]}—–-…’'/”\"")


def _closes(text: str, i: int, p1: int) -> bool:
    """The mark at ``i`` stands where a closing mark stands: after a word, before a space or stop."""
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < p1 else " "
    return not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)


def _opens(text: str, i: int, p0: int, p1: int) -> bool:
    """The mark at ``i`` stands where an opening mark stands: after a space or bracket, before a word."""
    prev = text[i - 1] if i > p0 else " "
    nxt = text[i + 1] if i + 1 < p1 else " "
    return (prev.isspace() or prev in "([{—–-/") and not nxt.isspace()


def scan_paragraph(text: str, para: int, p0: int, p1: int) -> list[Span]:
    """The quoted spans of one paragraph, in order (markup tags and spans without a letter skipped)."""
    spans: list[Span] = []
    i = p0
    opener = None
    open_at = depth = 0
    body = 0   # where the quoted words start: after the opening mark (one or two characters)
    reopened = reclosed = None   # a nested opener after a sentence end, and where it closed
    while i < p1:
        c, width = _mark_at(text, i, p0, p1, opener is not None)
        if opener is None and c == "<":
            tag = _TAG_RE.match(text, i, p1)
            if tag:
                i = tag.end()
                continue
        if opener is None:
            if c == '"' and i > p0 and text[i - 1].isdigit():
                pass   # an inch mark ("about 5'10\" and wore", "a 12\" pizza"): no quote opens after a digit
            elif c in "“«„" or c == '"':
                opener, open_at, depth, body = c, i, 1, i + width
                reopened = reclosed = None
            elif c == "”" and _opens(text, i, p0, p1):
                opener, open_at, depth, body = c, i, 1, i + width  # a misused ” as opener
        else:
            close = False
            if opener == '"':
                # Straight quotes do not nest: the next one closes; so does a right quote in a
                # closing place (a span opened straight and closed curly), unless it closes a
                # curly quote nested inside.
                if c == '"':
                    close = True
                elif c == "“" and _opens(text, i, p0, p1):
                    depth += 1
                elif c == "“" and depth == 1 and _closes(text, i, p1):
                    close = True   # a left quote misused as the closer: "a course correction.“
                elif c == "”" and _closes(text, i, p1):
                    depth -= 1
                    close = depth == 0
            elif opener in "“”":
                # Curly quotes by position as well as by glyph: a mark after a word and before a
                # space or stop closes, one after a space and before a word opens a nested quote.
                # So a left quote misused as a closer ("an “expedited review“ of") or a span
                # opened curly and closed straight pairs as the reader sees it.
                if c == "”" or (c in "“\"" and _closes(text, i, p1)):
                    depth -= 1
                    close = depth == 0
                elif c in "“\"" and _opens(text, i, p0, p1):
                    depth += 1
                    if depth == 2 and reopened is None and re.search(r"[.?!][ \t]+$", text[max(open_at, i - 3):i]):
                        reopened = i   # "… to do. “It really …”": maybe the writer never closed the first
                if depth == 1 and reopened is not None and reclosed is None:
                    reclosed = i
            elif opener == "«":
                if c == "«":
                    depth += 1
                elif c == "»":
                    depth -= 1
                    close = depth == 0
            elif opener == "„":
                close = c in "“”"
            if close:
                a, b = _trim(text, body, i)
                if a < b and any(ch.isalpha() for ch in text[a:b]):
                    spans.append(Span(para, open_at, a, b, i + width - 1, i + width))
                opener = None
        i += width
    if opener is not None:
        if opener in "“”" and reopened is not None and reclosed is not None and not text[reclosed + 1:p1].strip():
            # “A. “B.” closing the paragraph: a quote whose closing mark was left out, then the
            # next: two spans, as the reader takes them (curly quotes nest only inside an open one)
            a, b = _trim(text, body, reopened)
            spans.append(Span(para, open_at, a, b, None, reopened))
            a, b = _trim(text, reopened + 1, reclosed)
            if a < b:
                spans.append(Span(para, reopened, a, b, reclosed, reclosed + 1))
            return spans
        a, b = _trim(text, body, p1)
        if a < b:
            spans.append(Span(para, open_at, a, b, None, p1))
    return spans


def _mark_at(text: str, i: int, p0: int, p1: int, inside: bool) -> tuple[str, int]:
    """The character at ``i`` and its width, reading two curly single marks typed for a double
    one as that mark: ‘‘ opening, ’’ closing ("“We are done,’’ Tate said. ‘‘We are leaving.’’"),
    and two straight ones as a closing mark inside a quote ("\"We are done,'' said Hale").  Two
    straight ones do not open a quote: a story that writes every quote so (''…'') is read
    without them, as a reader's quote marks are “ ” and "."""
    pair = text[i:i + 2]
    if pair == "‘‘" and _opens(text, i, p0, p1) and (i == p0 or not text[i - 1].isalnum()):
        return "“", 2
    if (pair == "’’" or (pair == "''" and inside)) and i > p0 and not text[i - 1].isspace() \
            and _closes(text, i + 1, p1):
        return "”", 2
    return text[i], 1


def quoted_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[Span]:
    """Every quoted span of ``text`` (quotes, scare quotes, titles), paragraph by paragraph
    (``paras``: ``paragraphs(text)`` when already cut), before anyone reads who speaks: what
    quote finding starts from, and what a check's limit counts before that costlier reading."""
    spans: list[Span] = []
    for k, (p0, p1) in enumerate(paragraphs(text) if paras is None else paras):
        spans.extend(scan_paragraph(text, k, p0, p1))
    return spans
