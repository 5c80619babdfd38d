"""The plain data that crosses the index boundary, and the index's own errors.

Callers hand the index ``PassageDoc``s and get back ``SearchResult``/``Hit``s and tuples; no
Whoosh object (and no Whoosh exception) ever leaves the package, so another engine could sit
behind the same API.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class PassageDoc:
    """One passage as the index needs it (built from the store by the caller)."""

    passage_id: int
    source_id: int
    text: str
    start: int
    end: int
    speaker_id: int | None
    speaker_name: str | None
    speaker_aliases: list[str]
    kind: str
    outlet: str | None
    title: str
    date: dt.date | None


@dataclass
class Hit:
    """One search hit; ``highlight`` is HTML-safe, with <mark>…</mark> around matched words."""

    passage_id: int
    score: float
    highlight: str


@dataclass
class SearchResult:
    """One page of hits plus facet counts over every matching passage (not just the page)."""

    query: str
    total: int
    page: int
    pages: int
    pagelen: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


class QueryError(ValueError):
    """A query typed by a user that can't be understood; the message says why, for the user."""


class IndexBusyError(RuntimeError):
    """Another writer held the index lock for longer than the write timeout."""
