"""A PDF's pages as one text: running heads, running feet and page numbers left out, and a
sentence cut by a page break joined again.

Transcripts, hearings and releases printed to PDF repeat a line at the top or bottom of every
page ("CONGRESSIONAL RECORD — SENATE  S1234", "Remarks by Governor Reyes — Page 3 of 12") and
cut sentences where a page ends.  Left in, that line stands inside the speech, and a reporter's
accurate quote across the page break reads as a misquote with words added.

Rules (``join_pages``):

* **Furniture** (only in a PDF of two pages or more).  The first or last line of a page is left
  out when it is only a page number ("7", "- 7 -", "Page 7 of 12"; not a year; a bare number only
  when it is the page's place in the file, or one off, or steps with another page's number: a
  "400" opening page 2 goes on the sentence "About" left open).  Among the first
  two and the last two lines, a line is left out when the same line, numbers aside, stands at
  the top or the bottom of at least half of the pages: a running head or foot.  Below those two
  (above them, at the foot) the next lines are left out too while each is such a line whose
  number changes from page to page ("Page 13 of 40" under a two-line running head) and every
  line before it was furniture.  A line that ends a sentence or holds a colon is speech, never
  furniture ("Thank you.", "HALE: And?", "THE COURT: Sit down.", "Alma Reyes (00:00:05):"),
  however often it comes back.  A line that opens or closes only one page is text, and a running
  head stays where it first stands: there it is the document's title, which often names who
  speaks (a page number is never a title).
* **A browser's print header and footer** ("12/6/26, 5:58 PM", "file:///C:/cases/day3.html
  4/5", "https://example.org/remarks  2/3").  A line that holds a date with a time of day or a
  web address, and no colon once those are left aside, is furniture like a running head when it
  comes back among the first or last four lines of at least half of the pages; the date's or
  the address's colon does not make it speech.  Such lines are taken away before the two-line
  windows above are counted, so they never push a running foot out of its window.
* **Line numbers** (``desk.extract.margins``).  When the pages, furniture left out, are a
  line-numbered transcript, each page loses its line numbers before the pages are joined (so the
  next page's "1" never stands inside a sentence that runs over the break), and a page break
  that is no sentence's is a line break, not a new paragraph.
* **Page breaks.**  Pages are joined by a blank line (a new paragraph), except where the page
  before ends inside a sentence (its last line has no closing mark: . ? ! : … or a closing
  quote or bracket, and is no date ending in a year) and the next page does not open with a
  speaker's label or a line in capitals: there the sentence goes on, joined by a space (a word
  hyphenated over the break is joined whole).
"""

from __future__ import annotations

import re

from desk.extract.margins import line_numbered_pages, page_feet, without_line_numbers

#: A line that is only a page number: "7", "- 7 -", "Page 7", "Page 7 of 12", "7 of 12" (not a
#: year such as "1998").
_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s+\d{1,4}|[-–—(\[]?\s*\d{1,3}\s*[-–—)\]]?)(?:\s*(?:of|/)\s*\d{1,4})?$")
#: A page number alone, perhaps between dashes or brackets: "7", "- 7 -".
_BARE_NUMBER = re.compile(r"^[-–—(\[]?\s*(\d{1,4})\s*[-–—)\]]?$")
#: How a line that ends a sentence (or a date line) ends.
_ENDS_SENTENCE = re.compile(r"(?:[.?!:…;\"”’')\]]|\b\d{4})\s*$")
#: A first line that opens a new turn or section: "MR. HALE:", "Q", "THE PRESIDENT.", "II. BACKGROUND",
#: "QUESTIONS AND ANSWERS".
_OPENS_BLOCK = re.compile(r"^(?:[A-Z][A-Z.'’\- ]{0,40}[:.](?:\s|$)|Q\b|[A-Z][\w.'’\- ]{0,40}:\s|[^a-z]{4,}$)")
#: Speech, not furniture: a line that ends a sentence, or holds a colon (a label, a time stamp).
_SPEECH_LIKE = re.compile(r"[:]|[.?!…\"”’')\]]\s*$")
#: What a browser prints at a page's top or bottom: a date with a time of day ("12/6/26, 5:58 PM",
#: "2026-06-12 17:58", "June 12, 2026, 5:58 PM") or a web address ("file:///…", "https://…").
_PRINTED = re.compile(
    r"(?i)(?:\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\b[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}),?\s+(?:at\s+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?|\b(?:file|\ufb01le|https?)://\S*"   # "ﬁle": the ligature some PDFs keep
)
#: How many lines at each end of a page may be a running head or foot.
_EDGE = 2
#: How many lines at each end of a page are looked at: a browser's lines, a running head of
#: several lines.
_DEEP = 4


def _key(line: str) -> str:
    """A line with its numbers and spacing made alike: "Page 3 of 12" and "Page 4 of 12" agree."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().lower()


def _filled(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


def _printed(line: str) -> bool:
    """A browser's print header or footer line: a date-time or a web address, no colon else."""
    return bool(_PRINTED.search(line)) and ":" not in _PRINTED.sub(" ", line)


def _ends(filled: list[int]) -> list[int]:
    """The first and last ``_DEEP`` of a page's lines (each once)."""
    return sorted(set(filled[:_DEEP] + filled[-_DEEP:]))


def join_pages(pages: list[str]) -> str:
    """The text of a PDF's pages (each as pypdf gives it), furniture left out, joined (see above)."""
    split = [page.split("\n") for page in pages]
    several = len(pages) >= 2
    repeated = max(2, (len(pages) + 1) // 2)
    # a browser's print header and footer, wherever they stand among a page's end lines
    printed: dict[str, int] = {}
    for lines in split:
        for key in {_key(lines[i]) for i in _ends(_filled(lines)) if _printed(lines[i])}:
            printed[key] = printed.get(key, 0) + 1
    rests: list[list[int]] = []
    counts: dict[str, int] = {}
    variants: dict[str, set[str]] = {}
    for lines in split:
        filled = _filled(lines)
        browser = {i for i in _ends(filled)
                   if several and _printed(lines[i]) and printed.get(_key(lines[i]), 0) >= repeated}
        rest = [i for i in filled if i not in browser]
        rests.append(rest)
        for i in _ends(rest):
            if not _SPEECH_LIKE.search(lines[i]):
                variants.setdefault(_key(lines[i]), set()).add(lines[i].strip())
        for key in {_key(lines[i]) for i in _ends(rest) if not _SPEECH_LIKE.search(lines[i])}:
            counts[key] = counts.get(key, 0) + 1

    def running(line: str) -> bool:
        return not _SPEECH_LIKE.search(line) and counts.get(_key(line), 0) >= repeated

    # a bare number at a page's edge is its page number when it is the page's place in the file
    # (or one off) or steps with another page's edge number ("57", "58"); else it is text ("About" ¶
    # "400 households": the sentence goes on over the break)
    edge_numbers = {(p, i): int(m.group(1)) for p, rest in enumerate(rests) for i in _ends(rest)[:1] + _ends(rest)[-1:]
                    if (m := _BARE_NUMBER.match(split[p][i].strip()))}

    def numbered_page(p: int, i: int) -> bool:
        n = edge_numbers.get((p, i))
        return n is None or abs(n - (p + 1)) <= 1 or any(
            q != p and m - n == q - p for (q, _), m in edge_numbers.items())

    bodies: list[list[str]] = []
    inner: list[list[str]] = []   # the same, without the running heads kept as the title
    titles: set[str] = set()   # running heads already kept once, as the document's title
    for page, (lines, rest) in enumerate(zip(split, rests, strict=True)):
        out = set(_filled(lines)) - set(rest)   # the browser's lines
        kept_titles: set[int] = set()           # this page's lines kept as the title
        seen: set[int] = set()                  # looked at from the top: furniture or title
        if several:
            for from_top, side in ((True, rest[:_DEEP]), (False, rest[::-1][:_DEEP])):
                unbroken = True   # every line before this one, from the page's edge, was furniture
                for depth, i in enumerate(side):
                    line = lines[i]
                    if i in seen:
                        continue
                    page_number = bool(_PAGE_NUMBER.match(line.strip())) and numbered_page(page, i)
                    if _BARE_NUMBER.match(line.strip()) and not page_number:
                        unbroken = False   # a number that is no page's: the text's own ("40" ¶ "per cent")
                        continue
                    if depth == 0 and page_number:
                        out.add(i)
                    elif depth < _EDGE and running(line):
                        if from_top and _key(line) not in titles and not page_number:
                            titles.add(_key(line))   # where a running head first stands it is the title
                            kept_titles.add(i)
                            seen.add(i)
                        else:
                            out.add(i)
                    elif depth >= _EDGE and unbroken and running(line) and len(variants[_key(line)]) > 1:
                        out.add(i)   # "Page 13 of 40" under a running head of two lines
                    else:
                        unbroken = False
                        if depth >= _EDGE:
                            break
                        continue
                    if from_top:
                        seen.add(i)
        bodies.append([line for i, line in enumerate(lines) if i not in out])
        inner.append([line for i, line in enumerate(lines) if i not in out and i not in kept_titles])
    numbered = several and line_numbered_pages(inner)   # the title kept is no line of the transcript
    if numbered:
        feet = page_feet(bodies)
        bodies = [without_line_numbers(body, feet) for body in bodies]
    kept = [text for text in ("\n".join(body).strip() for body in bodies) if text]
    out_text = ""
    for text in kept:
        first = text.split("\n", 1)[0]
        if not out_text:
            out_text = text
        elif re.search(r"[^\W\d_]-$", out_text) and text[:1].islower():
            out_text += text   # "recon-" | "struction": one word hyphenated over the break
        elif not _ENDS_SENTENCE.search(out_text) and not _OPENS_BLOCK.match(first):
            out_text += " " + text   # "… we will rebuild" | "the harbour by spring.": one sentence
        else:
            out_text += ("\n" if numbered else "\n\n") + text   # a numbered transcript's page break is no paragraph
    return out_text
