"""Stage 3 of a bulk ingest: the index side of one run (see ``desk.services.bulk``).

Stored chunks go into ONE index writer (``PassageIndex.bulk_writer``) that commits a new
segment every ``segment_passages`` passages; files are reported when the commit that makes them
searchable is done.  What the index refuses is taken out of the database again, so nothing is
half-written: a refused chunk (the chunks before it are added again to a fresh writer), or every
chunk of a refused commit.
"""

from __future__ import annotations

import logging
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk.models import Passage, Source, Speaker
from desk.services import changes, index_upkeep, library
from index import PassageDoc, PassageIndex

if TYPE_CHECKING:
    from desk.services.bulk import BulkStats, _Stored

log = logging.getLogger("desk.services.bulk")

Report = Callable[[Path, "library.IngestResult | None", "str | None"], None]


def _unstore(session: Session, source_ids: Sequence[int]) -> None:
    """Take sources out of the database again (their index write failed): nothing half-written.

    Like ``library.delete_source`` this removes stored sources, and says so in the change log,
    so other hosts drop what they may have applied of them.
    """
    session.execute(delete(Passage).where(Passage.source_id.in_(source_ids)))
    session.execute(delete(Source).where(Source.id.in_(source_ids)))
    for source_id in source_ids:
        changes.source_removed(session, source_id)
    session.commit()


@dataclass
class _Chunk:
    """A stored chunk waiting for its index commit: what to report, and its passages' ids.

    Not its documents: a commit holds 500,000 passages, and keeping their texts until it (only
    for the rare re-add after a refused chunk) was a third of the load's memory.  A re-add reads
    them from the database, where they are stored.
    """

    sources: list[tuple[Path, str, str, int]]  # (path, title, kind, source id)
    passage_ids: array
    counts: dict[int, int]  # passages per source id


class _IndexLoad:
    """The index side of one run: chunks go into ONE writer, committed every ``segment_passages``.

    A chunk's files are reported when the commit that makes them searchable is done.  A chunk
    the writer refuses is taken out of the database and reported failed; the chunks before it
    are added again to a fresh writer (the refused one dropped them).  A commit that fails takes
    every chunk it held out of the database: nothing half-written.
    """

    def __init__(self, session, index: PassageIndex, report: Report, stats: BulkStats, procs: int, segment_passages: int):
        self.session, self.index, self.report, self.stats = session, index, report, stats
        self.procs, self.segment_passages = procs, segment_passages
        self.writer = index.bulk_writer(procs=procs)
        self.pending: list[_Chunk] = []

    def expect(self, passages: int) -> None:
        """The run is expected to add about ``passages`` (see ``index.core.BulkLoad.expect``)."""
        self.writer.expect(passages)

    def add(self, stored: _Stored, docs: list[PassageDoc]) -> None:
        counts: dict[int, int] = {}
        for d in stored.docs:
            counts[d.source_id] = counts.get(d.source_id, 0) + 1
        item = _Chunk([(p.path, p.title, p.kind, sid) for p, _m, sid in stored.sources],
                      array("q", (d.passage_id for d in docs)), counts)
        t = time.monotonic()
        try:
            self.index.bulk_add(docs, procs=self.procs, writer=self.writer)
        except Exception as exc:
            self.stats.index_seconds += time.monotonic() - t
            log.exception("indexing bulk chunk (sources %s…) failed; removing it", [s[3] for s in item.sources[:5]])
            self.writer.cancel()
            self._fail([item], exc)
            self._add_again()
            return
        self.stats.index_seconds += time.monotonic() - t
        self.pending.append(item)
        if self.writer.pending >= self.segment_passages * self.writer.processes:
            self.commit()

    def _add_again(self) -> None:
        try:
            for item in self.pending:
                docs = index_upkeep.passage_docs(self.session, item.passage_ids)
                self.index.bulk_add(docs, procs=self.procs, writer=self.writer)
        except Exception as exc:
            log.exception("adding the earlier chunks again failed; removing them")
            self.writer.cancel()
            items, self.pending = self.pending, []
            self._fail(items, exc)

    def commit(self) -> None:
        if not self.pending:
            return
        items, self.pending = self.pending, []
        t = time.monotonic()
        try:
            self.writer.commit()
        except Exception as exc:
            self.stats.index_seconds += time.monotonic() - t
            log.exception("committing the bulk load's index segment failed; removing its sources")
            self._fail(items, exc)
            return
        self.stats.index_seconds += time.monotonic() - t
        self.stats.index_commits += 1
        for item in items:
            sids = [sid for *_x, sid in item.sources]
            names = _speaker_names(self.session, sids)
            for path, title, kind, sid in item.sources:
                n = item.counts.get(sid, 0)
                self.stats.passages += n
                self.report(path, library.IngestResult(sid, title, kind, n, names.get(sid, []), duplicate=False), None)

    def cancel(self) -> None:
        self.writer.cancel()
        self.pending = []

    def _fail(self, items: list[_Chunk], exc: Exception) -> None:
        _unstore(self.session, [sid for item in items for *_x, sid in item.sources])
        for item in items:
            for path, _title, _kind, _sid in item.sources:
                self.report(path, None, f"{path.name} could not be added to the search index ({exc}); nothing was stored.")


def _speaker_names(session: Session, source_ids: Sequence[int]) -> dict[int, list[str]]:
    """Each source's speakers in order of first appearance (as ``library._result`` lists them)."""
    out: dict[int, list[str]] = {}
    for i in range(0, len(source_ids), 500):
        rows = session.execute(
            select(Passage.source_id, Speaker.name)
            .join(Speaker, Passage.speaker_id == Speaker.id)
            .where(Passage.source_id.in_(source_ids[i : i + 500]))
            .order_by(Passage.source_id, Passage.seq)
        )
        for sid, name in rows:
            names = out.setdefault(sid, [])
            if name not in names:
                names.append(name)
    return out
