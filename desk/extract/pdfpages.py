"""A PDF's pages as one text: running heads, running feet and page numbers left out, and a
sentence cut by a page break joined again.

Transcripts, hearings and releases printed to PDF repeat a line at the top or bottom of every
page ("CONGRESSIONAL RECORD — SENATE  S1234", "Remarks by Governor Reyes — Page 3 of 12") and
cut sentences where a page ends.  Left in, that line stands inside the speech, and a reporter's
accurate quote across the page break reads as a misquote with words added.

Rules (``join_pages``):

* **Furniture** (only in a PDF of two pages or more).  The first or last line of a page is left
  out when it is only a page number ("7", "- 7 -", "Page 7 of 12"; not a year).  Among the first
  two and the last two lines, a line is left out when the same line, numbers aside, stands at
  the top or the bottom of at least half of the pages: a running head or foot.  A line that ends
  a sentence or holds a colon is speech, never furniture ("Thank you.", "HALE: And?", "Alma
  Reyes (00:00:05):"), however often it comes back.  A line that opens or closes only one page is text,
  and a running head stays where it first stands: there it is the document's title, which
  often names who speaks.
* **Page breaks.**  Pages are joined by a blank line (a new paragraph), except where the page
  before ends inside a sentence (its last line has no closing mark: . ? ! : … or a closing
  quote or bracket, and is no date ending in a year) and the next page does not open with a
  speaker's label or a line in capitals: there the sentence goes on, joined by a space (a word
  hyphenated over the break is joined whole).
"""

from __future__ import annotations

import re

#: A line that is only a page number: "7", "- 7 -", "Page 7", "Page 7 of 12", "7 of 12" (not a
#: year such as "1998").
_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s+\d{1,4}|[-–—(\[]?\s*\d{1,3}\s*[-–—)\]]?)(?:\s*(?:of|/)\s*\d{1,4})?$")
#: How a line that ends a sentence (or a date line) ends.
_ENDS_SENTENCE = re.compile(r"(?:[.?!:…;\"”’')\]]|\b\d{4})\s*$")
#: A first line that opens a new turn or section: "MR. HALE:", "Q", "THE PRESIDENT.", "II. BACKGROUND",
#: "QUESTIONS AND ANSWERS".
_OPENS_BLOCK = re.compile(r"^(?:[A-Z][A-Z.'’\- ]{0,40}[:.](?:\s|$)|Q\b|[A-Z][\w.'’\- ]{0,40}:\s|[^a-z]{4,}$)")
#: Speech, not furniture: a line that ends a sentence, or holds a colon (a label, a time stamp).
_SPEECH_LIKE = re.compile(r"[:]|[.?!…\"”’')\]]\s*$")
#: How many lines at each end of a page may be a running head or foot.
_EDGE = 2


def _key(line: str) -> str:
    """A line with its numbers and spacing made alike: "Page 3 of 12" and "Page 4 of 12" agree."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().lower()


def _filled(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


def join_pages(pages: list[str]) -> str:
    """The text of a PDF's pages (each as pypdf gives it), furniture left out, joined (see above)."""
    split = [page.split("\n") for page in pages]
    several = len(pages) >= 2
    counts: dict[str, int] = {}
    for lines in split:
        filled = _filled(lines)
        for key in {_key(lines[i]) for i in filled[:_EDGE] + filled[-_EDGE:] if not _SPEECH_LIKE.search(lines[i])}:
            counts[key] = counts.get(key, 0) + 1
    repeated = max(2, (len(pages) + 1) // 2)
    kept: list[str] = []
    titles: set[str] = set()   # running heads already kept once, as the document's title
    for lines in split:
        filled = _filled(lines)
        heads, edges = set(filled[:_EDGE]), set(filled[:_EDGE] + filled[-_EDGE:])
        ends = {filled[0], filled[-1]} if filled else set()
        body = []
        for i, line in enumerate(lines):
            if several and i in ends and _PAGE_NUMBER.match(line.strip()):
                continue
            if several and i in edges and not _SPEECH_LIKE.search(line) and counts.get(_key(line), 0) >= repeated:
                if i not in heads or _key(line) in titles:
                    continue
                titles.add(_key(line))   # where a running head first stands it is the title
            body.append(line)
        text = "\n".join(body).strip()
        if text:
            kept.append(text)
    out = ""
    for text in kept:
        first = text.split("\n", 1)[0]
        if not out:
            out = text
        elif re.search(r"[^\W\d_]-$", out) and text[:1].islower():
            out += text   # "recon-" | "struction": one word hyphenated over the break
        elif not _ENDS_SENTENCE.search(out) and not _OPENS_BLOCK.match(first):
            out += " " + text   # "… we will rebuild" | "the harbour by spring.": one sentence
        else:
            out += "\n\n" + text
    return out
