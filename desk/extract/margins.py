"""What a transcript prints beside the words, left out before the words are read.

Two layouts put numbers in the margin of every line, and left in, those numbers stand inside
the speech: a reporter's accurate quote that runs over a line break reads as a misquote with
a number added ("I saw two men loading a white van 4 with no plates").

* **Line-numbered transcripts** (court reporters, depositions, some hearings) number every
  line of a page from 1 to 25 or so, with the page number alone on a line above or below.
  A text is read as one when at least eight lines open on a number and those numbers count up
  by one (starting again at 1 on each page) — a numbered list or a column of figures does not
  go 1, 2, 3 … 25, 1, 2 … down the lines.  Then each line's number is left out with the space
  after it (the line keeps its words, so ``THE COURT:`` and ``Q.`` open their lines again),
  and so are a page number alone on its line and the blank lines a page break leaves: in such
  a transcript a page break is no paragraph.  Every line of the record is numbered, so the
  unnumbered lines between a page's last numbered line and the next page's "1" (the reporter's
  running foot, the case caption repeated at the next page's top) are furniture and go too;
  those before the first "1" (the title page, which names who speaks) stay.
* **Line numbers of a PDF's pages** (``line_numbered_pages``, ``without_line_numbers``).  A PDF's
  pages come apart, so a short transcript is read as line-numbered with less: two pages or more,
  at least four numbered lines in all, three in four of the pages' lines numbered, and on each
  page the numbers count up by one from 1 (or 2, the first line blank).  ``join_pages`` leaves
  the numbers out of each page before it joins them, so the next page's "1" never stands inside
  a sentence that runs over the break.
* **Caption text copied from a video page** (a time alone on a line above each caption line,
  or at its start: ``0:03``, ``00:00:03``, ``1:02:03``).  Two or more lines that are only a
  time, or a text whose lines mostly open on one, lose those times: a time is when the words
  were said, not a word of them.  A time inside a sentence ("we meet at 9:30") stays.

* **A workspace chat copied as text** (Slack: ``Gwen Harlow  6:58 AM`` over each message):
  a reaction line (``:eyes: 2``, ``:white_check_mark: 1 :thumbsup: 3``) and a thread's count
  (``3 replies  Last reply 2 days ago``) are the app's, and go, two such lines or more; then so
  does the ``(edited)`` the app writes after a changed message (one "57 replies" line in a
  survey's summary is the survey's).

``strip_margins`` returns the text unchanged when none of these is there, so other texts pay
one scan of their lines.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^[ \t]{0,12}(\d{1,2})(?:[ \t]+|$)")
_PAGE_NUMBER = re.compile(r"^[ \t]*(?:page[ \t]+)?\d{1,5}[ \t]*$", re.IGNORECASE)
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_TIME_ONLY = re.compile(r"^[ \t]*" + _TIME + r"[ \t]*$")
_TIME_FIRST = re.compile(r"^[ \t]*" + _TIME + r"[ \t]+(?=\S)")
#: A chat app's line under a message: its reactions, or its thread's count.
_CHAT_FURNITURE = re.compile(r"^[ \t]*(?:(?::[a-z0-9_+\-]+:[ \t]*\d+[ \t]*)+"
                             r"|\d+[ \t]+repl(?:y|ies)(?:[ \t]+Last[ \t]+reply\b[^\n]*)?)[ \t]*$")
_EDITED = re.compile(r"[ \t]+\(edited\)[ \t]*$")

#: At least this many numbered lines make a line-numbered transcript.
MIN_NUMBERED = 8
#: At least this many numbered lines, over two pages or more, make a PDF's pages line-numbered.
MIN_NUMBERED_PAGES = 4


def strip_margins(text: str) -> str:
    """``text`` without line numbers, page numbers, caption times and a chat app's lines in its
    margin (module docstring); the same string when it has none."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _CHAT_FURNITURE.match(ln)) >= 2:
        lines = [_EDITED.sub("", ln) for ln in lines if not _CHAT_FURNITURE.match(ln)]
        text = "\n".join(lines)
    if _line_numbered(lines):
        return "\n".join(_without_line_numbers(lines))
    times_only = sum(1 for ln in lines if _TIME_ONLY.match(ln))
    nonblank = [ln for ln in lines if ln.strip()]
    times_first = sum(1 for ln in nonblank if _TIME_FIRST.match(ln))
    if times_only >= 2 or (times_first >= 2 and times_first * 2 >= len(nonblank)):
        kept = [_TIME_FIRST.sub("", ln, count=1) for ln in lines if not _TIME_ONLY.match(ln)]
        return "\n".join(kept)
    return text


def _line_numbered(lines: list[str]) -> bool:
    numbers = [int(m.group(1)) for m in map(_NUMBERED.match, lines) if m]
    if len(numbers) < MIN_NUMBERED:
        return False
    nonblank = sum(1 for ln in lines if ln.strip() and not _PAGE_NUMBER.match(ln))
    counting = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b == a + 1 or b == 1)
    return len(numbers) * 4 >= nonblank * 3 and counting * 10 >= (len(numbers) - 1) * 9 and max(numbers) >= 8


def line_numbered_pages(pages: list[list[str]]) -> bool:
    """Whether the lines of a PDF's pages (running heads and feet left out) are a line-numbered
    transcript: as ``strip_margins`` reads one, or numbered 1, 2, 3 … afresh on each page."""
    lines = [line for page in pages for line in page]
    if _line_numbered(lines):
        return True
    numbered = [[int(m.group(1)) for m in map(_NUMBERED.match, page) if m] for page in pages]
    numbered = [numbers for numbers in numbered if numbers]
    if len(numbered) < 2 or sum(map(len, numbered)) < MIN_NUMBERED_PAGES:
        return False
    for numbers in numbered:
        if numbers[0] > 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            return False
    # (counted on the pages that number their lines: a cover and an index before the record's
    # first page are title pages, not unnumbered text)
    nonblank = sum(1 for page in pages if any(map(_NUMBERED.match, page))
                   for ln in page if ln.strip() and not _PAGE_NUMBER.match(ln))
    return sum(map(len, numbered)) * 4 >= nonblank * 3


def without_line_numbers(lines: list[str], feet: frozenset[str] = frozenset()) -> list[str]:
    """The lines of a line-numbered page without their numbers, page numbers and blank lines;
    ``feet`` (``page_feet``) are the keys of lines that close most pages after their last
    numbered line, left out too."""
    if feet:
        last = max((k for k, line in enumerate(lines) if _NUMBERED.match(line)), default=-1)
        lines = lines[:last + 1] + [line for line in lines[last + 1:] if _furniture_key(line) not in feet]
    return _without_line_numbers(lines)


def page_feet(pages: list[list[str]]) -> frozenset[str]:
    """The reporter's running foot of a line-numbered transcript read page by page: the keys of
    the unnumbered lines after a page's last numbered line that do so on half the pages or more
    ("TRI-COUNTY REPORTING, INC." over two more foot lines, which the PDF reader's two-line
    window leaves)."""
    counts: dict[str, int] = {}
    for page in pages:
        last = max((k for k, line in enumerate(page) if _NUMBERED.match(line)), default=None)
        if last is None:
            continue
        for key in {_furniture_key(line) for line in page[last + 1:] if line.strip()}:
            counts[key] = counts.get(key, 0) + 1
    numbered = sum(1 for page in pages if any(map(_NUMBERED.match, page)))
    return frozenset(k for k, n in counts.items() if k and n >= 2 and n * 2 >= numbered)


def _without_line_numbers(lines: list[str]) -> list[str]:
    # Blocks of unnumbered lines: the title block before the first numbered line, the ones
    # between a page's last numbered line and the next page's "1", and the one after the last.
    out: list[tuple[str, str]] = []   # (line, where: "text" | "title" | "between" | "end")
    pending: list[str] = []
    last = None   # the last line number seen
    for line in lines:
        m = _NUMBERED.match(line)
        if m:
            where = "title" if last is None else "between" if int(m.group(1)) == 1 and last > 1 else "text"
            out += [(ln, where) for ln in pending]
            pending = []
            last = int(m.group(1))
            out.append((line[m.end():], "text"))
        elif line.strip() and not _PAGE_NUMBER.match(line):
            pending.append(line)
    out += [(ln, "title" if last is None else "end") for ln in pending]
    # A page's furniture (the reporter's running foot, the case caption repeated at the next
    # page's top) comes back at two page breaks or more, or at a break and in the title block or
    # after the last page; a line that stands between pages once is a sentence's wrapped end.
    blocks: dict[str, set[int]] = {}
    block = 0
    for n, (ln, where) in enumerate(out):
        if where != "text" and (n == 0 or out[n - 1][1] != where):
            block += 1
        if where != "text":
            blocks.setdefault(_furniture_key(ln), set()).add(block)
    return [ln for ln, where in out if where in ("text", "title") or len(blocks[_furniture_key(ln)]) < 2]


def _furniture_key(line: str) -> str:
    """A line as it comes back on every page: numbers and spacing aside."""
    return " ".join(re.sub(r"\d+", "#", line).split())
