"""The ceilings on one request's work, in one place, so pages, API, CLI and README agree.

Each limit has a message for the editor: what the limit is, what was sent, and what to do.
The check and ingest services keep their own guards (a draft's 500,000 characters, a file's
megabytes); these are the ones the web and command-line layers add in front of them.
"""

from __future__ import annotations

import re

from desk.errors import DeskError, InvalidInput
from desk.services.checks import MAX_DRAFT_CHARS

#: Characters of pasted source text (the Add sources form's text box, the API's "text" field).
MAX_PASTED_SOURCE_CHARS = 2_000_000
#: Bytes one text field of a form may hold: the longest paste at four bytes a character.
#: Werkzeug's default (500 KB) refused a pasted draft or source long before the limits above.
MAX_FORM_MEMORY_SIZE = 8 * 1024 * 1024


def paste_limits_message() -> str:
    return (
        f"That pasted text is too long: a draft may be at most {MAX_DRAFT_CHARS:,} characters and a "
        f"source at most {MAX_PASTED_SOURCE_CHARS:,} characters. Upload a longer one as a file, or split it."
    )


class LimitExceeded(DeskError):
    """A request that would cost more than one request may; the message says the limit."""

    status = 413
    code = "limit_exceeded"


class QueryTooCostly(InvalidInput):
    code = "query_too_costly"


# --- quotes per check ------------------------------------------------------------------------

#: Quotes one check may hold (DESK_MAX_QUOTES).  A check costs about 11 ms a quote on a large
#: library: 300 quotes is a few seconds, where 2,000 took 19–23 s and held a worker.
DEFAULT_MAX_QUOTES = 300
#: Every mark that could open a quote.  A draft with no more of them than the cap cannot hold
#: more quotes than the cap, so most drafts are never counted twice.
_QUOTE_MARKS = frozenset("“”\"«»„‟‘’'‹›")


def count_quotes(session, text: str) -> int:
    """Quotes a check of ``text`` would look up (scare quotes, listed but not checked, excluded)."""
    from desk.extract.quotes import find_quotes
    from desk.services.speakers import known_speakers

    return sum(1 for q in find_quotes(text, known_speakers(session)) if not q.skipped)


def quotes_over(session, text: str, n: int) -> int | None:
    """How many quotes ``text`` holds when that is more than ``n``; else None (and most drafts,
    with no more quote marks than ``n``, are not even counted)."""
    if not text or sum(1 for ch in text if ch in _QUOTE_MARKS) <= n:
        return None
    found = count_quotes(session, text)
    return found if found > n else None


#: Quoted spans of every kind (scare quotes and titles too, which are listed, not looked up) one
#: check may read, as a multiple of DESK_MAX_QUOTES: 3,000 at the default, where a real story
#: holds a few dozen.  Reading who speaks costs time for each; a pasted list of 120,000 “a”s
#: held a worker for minutes before this.
SPANS_PER_QUOTE = 10


def check_quote_cap(session, text: str, max_quotes: int) -> None:
    """Raise LimitExceeded when ``text`` holds more quotes than one check may look up, or more
    quoted spans of any kind than it may read."""
    if text and sum(1 for ch in text if ch in _QUOTE_MARKS) > max_quotes * SPANS_PER_QUOTE:
        from desk.extract.marks import quoted_spans

        spans = len(quoted_spans(text))
        if spans > max_quotes * SPANS_PER_QUOTE:
            raise LimitExceeded(
                f"This draft holds {spans:,} passages in quote marks; one check reads at most "
                f"{max_quotes * SPANS_PER_QUOTE:,}. Check it in parts (a story at a time)."
            )
    found = quotes_over(session, text, max_quotes)
    if found is not None:
        raise LimitExceeded(
            f"This draft holds {found:,} quotes; one check looks up at most {max_quotes:,}. "
            "Check it in parts (a story at a time)."
        )


# --- searches ----------------------------------------------------------------------------------

#: Characters of one search (the box, the API's q, the command line's QUERY).
MAX_QUERY_CHARS = 1_000
#: Words of one search; each is a posting-list walk in the index.
MAX_QUERY_WORDS = 50
#: Fuzzy (word~) and wildcard (wo*, w?rd) words of one search: each expands over the vocabulary.
MAX_EXPANDING_WORDS = 4
#: Characters of a speaker or outlet filter.
MAX_FILTER_CHARS = 200

_QUERY_WORD = re.compile(r"[\w'’\-]+")
_EXPANDING = re.compile(r"\S*[*?]\S*|\S+~\d*")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


def check_query(q: str, **filters: str | None) -> None:
    """Raise QueryTooCostly for a search past the limits above, saying which and what to do."""
    q = q or ""
    if len(q) > MAX_QUERY_CHARS:
        raise QueryTooCostly(
            f"That search is {len(q):,} characters long; a search may be at most {MAX_QUERY_CHARS:,}. "
            "Search for a few of the rarest words, or a short phrase."
        )
    words = [w for w in _QUERY_WORD.findall(q) if w not in _OPERATORS]
    if len(words) > MAX_QUERY_WORDS:
        raise QueryTooCostly(
            f"That search has {len(words):,} words; a search may have at most {MAX_QUERY_WORDS}. "
            "Search for a few of the rarest words, or a short phrase."
        )
    expanding = _EXPANDING.findall(q)
    if len(expanding) > MAX_EXPANDING_WORDS:
        raise QueryTooCostly(
            f"That search has {len(expanding)} fuzzy or wildcard words; a search may have at most "
            f"{MAX_EXPANDING_WORDS}. Spell the others out."
        )
    for name, value in filters.items():
        if value and len(value) > MAX_FILTER_CHARS:
            raise QueryTooCostly(f"The {name} filter may be at most {MAX_FILTER_CHARS} characters.")
