"""A PDF's pages as one text: running heads, running feet and page numbers left out, and a
sentence cut by a page break joined again.

Transcripts, hearings and releases printed to PDF repeat a line at the top or bottom of every
page ("CONGRESSIONAL RECORD — SENATE  S1234", "Remarks by Governor Reyes — Page 3 of 12") and
cut sentences where a page ends.  Left in, that line stands inside the speech, and a reporter's
accurate quote across the page break reads as a misquote with words added.

Rules (``join_pages``):

* **Furniture.**  Among the first two and the last two lines of a page, a line is left out when
  it is only a page number ("7", "- 7 -", "Page 7", "Page 7 of 12", "7/12"), or when the same
  line, numbers aside, stands at the top or the bottom of at least half of the pages (and of two
  pages at least): a running head or foot.  A line that opens or closes only one page is text,
  and a running head stays where it first stands: there it is the document's title, which
  often names who speaks.
* **Page breaks.**  Pages are joined by a blank line (a new paragraph), except where the page
  before ends inside a sentence (its last line has no closing mark: . ? ! : … or a closing
  quote or bracket) and the next page does not open with a speaker's label or a heading in
  capitals: there the sentence goes on, joined by a space.
"""

from __future__ import annotations

import re

#: A line that is only a page number.
_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s+)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$")
#: How a line that ends a sentence ends.
_ENDS_SENTENCE = re.compile(r"[.?!:…;\"”’')\]]\s*$")
#: A line that opens a new turn or section: "MR. HALE:", "Q", "THE PRESIDENT.", "II. BACKGROUND".
_OPENS_BLOCK = re.compile(r"^(?:[A-Z][A-Z.'’\- ]{0,40}[:.](?:\s|$)|Q\b|[A-Z][\w.'’\- ]{0,40}:\s|[^a-z]{4,}$)")
#: A speaker's label alone on its line ("Q", "A.", "THE PRESIDENT:"): pages may open with the same
#: one, and it is never furniture.
_LABEL_ALONE = re.compile(r"^\s*(?:[QA]\.?|[^:]{1,60}:)\s*$")
#: How many lines at each end of a page may be furniture.
_EDGE = 2


def _key(line: str) -> str:
    """A line with its numbers and spacing made alike: "Page 3 of 12" and "Page 4 of 12" agree."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().lower()


def _edges(lines: list[str]) -> set[int]:
    """Indexes of the lines at the top and bottom of a page (non-blank ones only)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:_EDGE]) | set(filled[-_EDGE:])


def join_pages(pages: list[str]) -> str:
    """The text of a PDF's pages (each as pypdf gives it), furniture left out, joined (see above)."""
    split = [page.split("\n") for page in pages]
    counts: dict[str, int] = {}
    for lines in split:
        for key in {_key(lines[i]) for i in _edges(lines)}:
            counts[key] = counts.get(key, 0) + 1
    repeated = max(2, (len(pages) + 1) // 2)
    kept: list[str] = []
    titles: set[str] = set()   # running heads already kept once, as the document's title
    for lines in split:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        heads, edges = set(filled[:_EDGE]), _edges(lines)
        body = []
        for i, line in enumerate(lines):
            if i in edges and _PAGE_NUMBER.match(line.strip()):
                continue
            if i in edges and len(pages) >= 2 and counts.get(_key(line), 0) >= repeated and not _LABEL_ALONE.match(line):
                if i not in heads or _key(line) in titles:
                    continue
                titles.add(_key(line))   # where a running head first stands it is the title
            body.append(line)
        text = "\n".join(body).strip()
        if text:
            kept.append(text)
    out = ""
    for text in kept:
        if not out:
            out = text
        elif not _ENDS_SENTENCE.search(out) and not _OPENS_BLOCK.match(text):
            out += " " + text   # "… we will rebuild" | "the harbour by spring.": one sentence
        else:
            out += "\n\n" + text
    return out
