"""Full-text search of the library: the index finds, the database tells.

The index answers with passage ids, scores, highlighted snippets and facet counts; the passages
themselves are loaded back from the database in rank order, so what is shown is always the
store's truth (a passage deleted a moment ago is simply left out).  The result is the JSON
document of SPEC §6 (``desk search --json``, ``GET /api/v1/search``), which the page renders too.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk.errors import InvalidInput
from desk.match.spelling import spellings
from desk.models import Passage
from desk.services import suggest
from desk.services.library import source_summary
from index import PassageIndex, QueryError

SORTS = ("relevance", "date", "date_asc")

#: A quoted phrase, or one token of the search box.
_TOKEN = re.compile(r'"[^"]*"?|[^\s"]+')
#: A bare word of the box, perhaps in brackets: what a spelling can stand in for.
_BARE = re.compile(r"^(\(*)([A-Za-z]+)(\)*)$")


def with_spellings(q: str) -> str:
    """The search box with each bare word's other spellings added: "labour costs" looks for
    (labour OR labor) costs, and "center" for (center OR centre) — a Canadian editor searching
    an American transcript, or the other way round (:mod:`desk.match.spelling`).  Phrases in
    quotes, fields (speaker:…), wildcards and fuzzy words are left as written."""
    out = []
    for m in _TOKEN.finditer(q):
        token = m.group()
        bare = _BARE.match(token)
        forms = spellings(bare.group(2).lower()) if bare and bare.group(2) not in ("AND", "OR", "NOT") else []
        out.append(f"{bare.group(1)}({' OR '.join(forms)}){bare.group(3)}" if len(forms) > 1 else token)
    return " ".join(out)


def search(
    session: Session,
    index: PassageIndex,
    q: str,
    *,
    speaker: str | None = None,
    kind: str | None = None,
    outlet: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    page: int = 1,
    pagelen: int = 20,
    sort: str = "relevance",
) -> dict:
    """Search passages; raise InvalidInput for a query that can't be understood."""
    if sort not in SORTS:
        raise InvalidInput(f"Sort by one of: {', '.join(SORTS)}.")
    if page < 1:
        raise InvalidInput("Pages are numbered from 1.")
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("The start date is after the end date.")
    try:
        found = index.search(
            with_spellings(q or ""),
            speaker=speaker or None,
            kind=kind or None,
            outlet=outlet or None,
            date_from=date_from,
            date_to=date_to,
            page=page,
            pagelen=pagelen,
            sort=sort,
        )
    except QueryError as exc:
        raise InvalidInput(str(exc)) from None
    ids = [h.passage_id for h in found.hits]
    rows = {
        p.id: p
        for p in session.scalars(
            select(Passage)
            .where(Passage.id.in_(ids))
            .options(selectinload(Passage.source), selectinload(Passage.speaker))
        )
    }
    hits = []
    for h in found.hits:
        p = rows.get(h.passage_id)
        if p is None:
            continue
        hits.append(
            {
                "passage_id": p.id,
                "text": p.text,
                "highlight": h.highlight,
                "speaker": {"name": p.speaker.name, "id": p.speaker.id} if p.speaker else None,
                "label": p.label,
                "role": p.role,
                "source": source_summary(p.source),
                "start": p.start,
                "end": p.end,
                "t_start": p.t_start,
                "score": round(h.score, 4),
            }
        )
    out = {
        "query": q or "",
        "total": found.total,
        "page": found.page,
        "pages": found.pages,
        "hits": hits,
        "facets": {k: [[name, count] for name, count in v] for k, v in found.facets.items()},
    }
    if found.total == 0 and (q or speaker):
        filters = {"speaker": speaker or None, "kind": kind or None, "outlet": outlet or None,
                   "date_from": date_from, "date_to": date_to}

        def run(other: str) -> int:
            try:
                return index.search(other, **filters, pagelen=1).total
            except QueryError:
                return 0

        # Nothing found: the nearest spellings and speakers (desk.services.suggest).
        out["suggestions"] = suggest.suggestions(session, index, q or "", speaker=speaker, run=run)
    return out
