"""Keeping the search index in step with the database: the index documents of stored passages,
full rebuilds, repairs by passage id, and health checks (``desk reindex``, ``desk doctor``, the
admin page).

The database is the truth; the index is derived from it.  A full rebuild (:func:`reindex`)
builds a new index beside the old one from the database and swaps it in; writes that other
processes make to the OLD index meanwhile would be lost at the swap, so the rebuild ends with a
sync pass that compares the database's passage ids with the index's and adds what is missing,
removes what is gone.  Every writer commits to the database before it writes the index, so
whatever reached the old index is in the database by then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desk.models import Passage, Speaker
from index import PassageDoc, PassageIndex

log = logging.getLogger(__name__)


@dataclass
class RebuildResult:
    """What a full rebuild did: passages built into the new index, then the sync pass after the swap."""

    indexed: int
    added: int  # written elsewhere while the rebuild ran (to the old index, lost at the swap)
    removed: int  # deleted from the database while the rebuild ran


@dataclass
class IndexHealth:
    """The index against the database, passage by passage."""

    passages: int  # in the database
    documents: int  # in the index
    missing: set[int]  # in the database, not in the index: unsearchable, never matched
    extra: set[int]  # in the index, not in the database: hits that lead nowhere
    stale_folders: list[Path]  # left beside the index by killed rebuilds
    needs_rebuild: bool = False  # the index was built with another schema

    @property
    def agree(self) -> bool:
        return not (self.missing or self.extra or self.stale_folders or self.needs_rebuild)


def passage_doc(p: Passage) -> PassageDoc:
    src = p.source
    sp = p.speaker
    return PassageDoc(
        passage_id=p.id,
        source_id=p.source_id,
        text=p.text,
        start=p.start,
        end=p.end,
        speaker_id=sp.id if sp else None,
        speaker_name=sp.name if sp else None,
        speaker_aliases=[a.alias for a in sp.aliases] if sp else [],
        kind=src.kind,
        outlet=src.outlet,
        title=src.title,
        date=src.date,
    )


def passage_docs(session: Session, ids: Iterable[int]) -> list[PassageDoc]:
    """Index documents for these passages, read from the database."""
    ids = list(ids)
    docs: list[PassageDoc] = []
    for i in range(0, len(ids), 500):
        rows = session.scalars(
            select(Passage)
            .where(Passage.id.in_(ids[i : i + 500]))
            .options(
                selectinload(Passage.source),
                selectinload(Passage.speaker).selectinload(Speaker.aliases),
            )
        )
        docs.extend(passage_doc(p) for p in rows)
    return docs


def all_passage_ids(session: Session) -> set[int]:
    return set(session.scalars(select(Passage.id)))


def reindex(
    session: Session, index: PassageIndex, progress: Callable[[int], None] | None = None
) -> RebuildResult:
    """Rebuild the whole index from the database (into a new folder, then swapped in), then sync.

    The sync pass after the swap (:func:`repair_index`) is what keeps ingests that ran during the
    rebuild: they went to the old index, but they are in the database.  Between the swap and the
    end of the sync (a moment) those passages are not yet searchable.
    """

    def docs() -> Iterable[PassageDoc]:
        last = 0
        while True:
            ids = list(
                session.scalars(select(Passage.id).where(Passage.id > last).order_by(Passage.id).limit(1000))
            )
            if not ids:
                return
            yield from passage_docs(session, ids)
            last = ids[-1]

    indexed = index.rebuild(docs(), progress=progress)
    session.commit()  # end the read transaction, so the sync sees what others committed meanwhile
    added, removed = repair_index(session, index)
    if added or removed:
        log.warning("after the rebuild: %d passages written meanwhile were added, %d removed", added, removed)
    return RebuildResult(indexed, added, removed)


def repair_index(session: Session, index: PassageIndex) -> tuple[int, int]:
    """Bring the index in line with the database without a full rebuild: (added, removed)."""
    return index.sync(all_passage_ids(session), lambda ids: passage_docs(session, ids))


def index_health(session: Session, index: PassageIndex) -> IndexHealth:
    """Compare the index with the database by passage id, and look for stale rebuild folders."""
    store_ids = all_passage_ids(session)
    needs_rebuild = index.needs_rebuild
    # An index of another schema may lack the id column; it is rebuilt whole anyway.
    index_ids = set() if needs_rebuild else index.ids()
    return IndexHealth(
        passages=len(store_ids),
        documents=index.doc_count() if needs_rebuild else len(index_ids),
        missing=store_ids - index_ids,
        extra=index_ids - store_ids,
        stale_folders=index.stale_rebuilds(),
        needs_rebuild=needs_rebuild,
    )


def fix_index(session: Session, index: PassageIndex) -> dict:
    """Make the index agree with the database: delete stale rebuild folders, then rebuild (other
    schema) or sync by id.  Returns {"added", "removed", "folders", "rebuilt"}."""
    folders = index.remove_stale_rebuilds()
    if index.needs_rebuild:
        result = reindex(session, index)
        return {"added": result.indexed, "removed": 0, "folders": folders, "rebuilt": True}
    added, removed = repair_index(session, index)
    return {"added": added, "removed": removed, "folders": folders, "rebuilt": False}


def disagreement(session: Session, index: PassageIndex) -> str | None:
    """A one-line warning when the index and the database differ by count (cheap; None if equal).

    Counts only, so it can run at every start and after every ingest; ``desk doctor`` compares ids.
    """
    passages = session.scalar(select(func.count()).select_from(Passage)) or 0
    documents = index.doc_count()
    if passages == documents:
        return None
    return (
        f"The search index holds {documents} passages but the database {passages}; "
        "run `flask --app wsgi desk doctor --fix` to repair it."
    )


def reindex_passages(session: Session, index: PassageIndex, ids: Iterable[int]) -> None:
    """Re-index passages whose speaker changed (rename, alias, merge)."""
    ids = list(ids)
    if ids:
        index.upsert(passage_docs(session, ids))
