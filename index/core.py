"""PassageIndex: one object per process for one index folder.

Owns the lifecycle: opening (or creating) the folder, the one long-lived searcher that every
read refreshes first (cheap when nothing changed, and how writes by other processes become
visible), noticing that another process swapped in a rebuilt folder, and serialising this
process's writers.  The actual work is in writing.py, searching.py, candidates.py and rebuild.py.

Thread safety: reads share one searcher under a lock (a refresh may close the reader another
thread is using); writes take a second lock, so they queue in-process and wait on the index's
file lock (with a timeout) across processes.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index

from . import candidates, parallel, searching, writing
from . import rebuild as rebuilding
from .columns import ColumnCache
from .schema import PASSAGE_ID, SCHEMA, SOURCE_ID
from .storage import MappedStorage, WritingStorage
from .types import PassageDoc, SearchResult

#: How long to wait for the index folder to reappear during another process's swap.
SWAP_WAIT = 2.0
#: Passages fetched per call to sync()'s fetch function.
SYNC_BATCH = 1000


class PassageIndex:
    """The passage index in the folder ``path`` (created empty if missing)."""

    def __init__(self, path: str | os.PathLike, *, write_timeout: float = writing.WRITE_TIMEOUT):
        self.path = Path(path)
        self.write_timeout = write_timeout
        self._read_lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._parser = searching.make_parser(SCHEMA)
        self._columns = ColumnCache()
        self._searcher = None
        self.path.mkdir(parents=True, exist_ok=True)
        self._create_once()
        self._open()

    def _create_once(self) -> None:
        """Create the empty index if the folder has none, one process at a time: a new host's
        workers start together, and two ``create_in`` at once delete each other's table of
        contents (one worker then failed to open the index, or renamed a file already gone)."""
        if whoosh_index.exists_in(str(self.path)):
            return
        with open(self.path / ".create-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)   # released when the file closes; Whoosh ignores the file
            if not whoosh_index.exists_in(str(self.path)):
                whoosh_index.create_in(str(self.path), SCHEMA)

    # -- lifecycle ------------------------------------------------------------------------

    def _ident(self) -> tuple[int, int]:
        """The folder's identity; it changes when a rebuild is swapped in."""
        deadline = time.monotonic() + SWAP_WAIT
        while True:
            try:
                st = os.stat(self.path)
                return st.st_dev, st.st_ino
            except FileNotFoundError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.005)

    def _open(self) -> None:
        self._ident_seen = self._ident()
        self._ix = WritingStorage(str(self.path)).open_index()
        # Searches read through memory maps (index.storage); writers and merges read the
        # ordinary way, so a merge's reading does not count as the load's own memory.
        self._rx = MappedStorage(str(self.path)).open_index()
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = self._rx.searcher()

    def _fresh_searcher(self):
        if self._searcher is None or self._ident() != self._ident_seen:
            self._open()
        elif self._rx.latest_generation() != self._searcher.reader().generation():
            # A new searcher rather than Searcher.refresh(): whoosh-reloaded 2.7.5's refresh
            # reuses segment readers by segment id, so it misses deletions committed to an
            # existing segment and resurrects segments a merge removed.  Opening is cheap
            # with non-compound segments, and happens only when the index changed.
            self._searcher.close()
            self._searcher = self._rx.searcher()
        return self._searcher

    @contextmanager
    def _reading(self) -> Iterator:
        with self._read_lock:
            yield self._fresh_searcher()

    @contextmanager
    def _writing(self) -> Iterator:
        with self._write_lock:
            if self._ident() != self._ident_seen:
                with self._read_lock:
                    self._open()
            yield self._ix

    @property
    def needs_rebuild(self) -> bool:
        """True when the folder was built with another schema (run a rebuild)."""
        with self._read_lock:
            return set(self._ix.schema.names()) != set(SCHEMA.names())

    def close(self) -> None:
        """Release the searcher's files; the object reopens them if used again."""
        with self._read_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"PassageIndex({str(self.path)!r})"

    # -- writing --------------------------------------------------------------------------

    def upsert(self, docs: Iterable[PassageDoc]) -> int:
        """Add or replace passages by passage_id; return how many were written."""
        with self._writing() as ix:
            return writing.upsert(ix, docs, self.write_timeout)

    def bulk_writer(self, procs: int = 1) -> BulkLoad:
        """A writer for a bulk load: many ``bulk_add(docs, writer=...)`` calls, one commit, one segment."""
        return BulkLoad(self, procs)

    def bulk_add(self, docs: Iterable[PassageDoc], procs: int = 1, writer: BulkLoad | None = None) -> int:
        """Write many passages in one commit that merges nothing; with ``writer``, add them to
        that bulk load's writer instead (searchable at its commit)."""
        if writer is not None:
            return writer.add(docs)
        with self._writing() as ix:
            return writing.bulk_add(ix, docs, self.write_timeout, procs=procs)

    def optimize(self) -> int:
        """Merge the index into one segment (after a bulk load); return the segment count."""
        with self._writing() as ix:
            return writing.optimize(ix, self.write_timeout)

    def merge_to(self, keep: int) -> int:
        """Merge the smallest segments until at most ``keep`` remain; return the segment count."""
        with self._writing() as ix:
            return writing.merge_to(ix, keep, self.write_timeout)

    def merge_small(self) -> int:
        """Merge the small segments only (cheap at any size); return the segment count."""
        with self._writing() as ix:
            return writing.merge_small(ix, self.write_timeout)

    def segment_count(self) -> int:
        """How many segments the index has (each one costs every search a little)."""
        with self._reading() as searcher:
            return len(searcher.reader().leaf_readers()) if searcher.doc_count_all() else 0

    def delete_passages(self, ids: Iterable[int]) -> int:
        """Delete passages by id; return how many were in the index."""
        with self._writing() as ix:
            return writing.delete_passages(ix, ids, self.write_timeout)

    def delete_source(self, source_id: int) -> int:
        """Delete every passage of a source; return how many were in the index."""
        with self._writing() as ix:
            return writing.delete_source(ix, source_id, self.write_timeout)

    def rebuild(
        self,
        docs: Iterable[PassageDoc],
        progress: Callable[[int], None] | None = None,
        *,
        procs: int = 1,
    ) -> int:
        """Replace the whole index by ``docs`` (built aside, then swapped in); return the count."""
        with self._write_lock:
            n = rebuilding.rebuild_into(self.path, docs, progress, procs=procs, timeout=self.write_timeout)
        with self._read_lock:
            self._open()
        return n

    def sync(self, store_ids: set[int], fetch: Callable[[set[int]], Iterable[PassageDoc]]) -> tuple[int, int]:
        """Add passages the store has and the index lacks, remove the index's extras: (added, removed)."""
        missing, extra = rebuilding.diff_ids(store_ids, self.ids())
        removed = self.delete_passages(extra) if extra else 0
        added = 0
        todo = sorted(missing)
        for i in range(0, len(todo), SYNC_BATCH):
            added += self.upsert(fetch(set(todo[i : i + SYNC_BATCH])))
        return added, removed

    def stale_rebuilds(self) -> list[Path]:
        """Folders left beside the index by killed rebuilds or swaps (none a live rebuild uses)."""
        return rebuilding.stale_rebuilds(self.path)

    def remove_stale_rebuilds(self) -> int:
        """Delete the folders ``stale_rebuilds`` lists; return how many were deleted."""
        return sum(1 for p in rebuilding.remove_stale(self.path) if not p.name.endswith(".lock"))

    # -- reading --------------------------------------------------------------------------

    def search(
        self,
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
        speaker_id: int | None = None,
    ) -> SearchResult:
        """Search the library (query language: see index.searching); raise QueryError if unreadable."""
        with self._reading() as searcher:
            return searching.search(
                searcher,
                self._parser,
                self._columns,
                q,
                speaker=speaker,
                speaker_id=speaker_id,
                kind=kind,
                outlet=outlet,
                date_from=date_from,
                date_to=date_to,
                page=page,
                pagelen=pagelen,
                sort=sort,
            )

    def suggest(self, words: Sequence[str], limit: int = 3) -> dict[str, list[str]]:
        """Nearest spellings the library holds for words it never uses (see searching.suggest_words)."""
        with self._reading() as searcher:
            return searching.suggest_words(searcher, words, limit)

    def candidates(self, words: Sequence[str], limit: int = 20, speaker_ids: Sequence[int] = ()) -> list[tuple[int, float]]:
        """Passages that may hold a quote, by its rarest words: [(passage_id, score)], best first;
        with ``speaker_ids``, the best few of those speakers' own passages are always among them."""
        if isinstance(words, str):
            words = [words]
        with self._reading() as searcher:
            return candidates.candidates(searcher, words, limit, speaker_ids=speaker_ids)

    def ids(self) -> set[int]:
        """Every passage id in the index."""
        with self._reading() as searcher:
            reader = searcher.reader()
            if reader.doc_count_all() == 0:
                return set()  # an empty index has no columns
            column = reader.column_reader(PASSAGE_ID)
            return {int(column[docnum]) for docnum in reader.all_doc_ids()}

    def source_passage_ids(self, source_id: int) -> set[int]:
        """The passage ids the index holds for one source."""
        with self._reading() as searcher:
            reader = searcher.reader()
            if reader.doc_count_all() == 0:
                return set()
            column = reader.column_reader(PASSAGE_ID)
            return {int(column[n]) for n in searcher.document_numbers(**{SOURCE_ID: str(source_id)})}

    def doc_count(self) -> int:
        """How many passages the index holds."""
        with self._reading() as searcher:
            return searcher.doc_count()


class BulkLoad:
    """A PassageIndex's writer for one bulk load (see writing.BulkWriter): add, add, ..., commit.

    Each call takes this process's write lock for its own duration only; the index's file lock
    is held from the first add to the commit (other writers wait for it, up to their timeout).
    """

    def __init__(self, index: PassageIndex, procs: int = 1):
        self._index = index
        self._procs = procs
        self._writer: writing.BulkWriter | None = None
        self._helped = False  # a writer of this load has started helpers: the next starts them at once

    @property
    def pending(self) -> int:
        """Passages added since the last commit."""
        return self._writer.pending if self._writer else 0

    def expect(self, passages: int) -> None:
        """The load is expected to add about ``passages``.  Well past ``parallel.MIN_PASSAGES``
        (a quarter more, for an estimate's error) its writers give helpers batches from the first
        passage on, instead of writing the first MIN_PASSAGES alone: the load ends in as many
        segments either way (past MIN_PASSAGES a helper writes one), only sooner."""
        if passages > parallel.MIN_PASSAGES * 5 // 4:
            self._helped = True

    @property
    def processes(self) -> int:
        """Processes writing the load now (each writes a segment of its own at the commit)."""
        return self._writer.processes if self._writer else 1

    def add(self, docs: Iterable[PassageDoc]) -> int:
        with self._index._writing() as ix:
            if self._writer is None:
                self._writer = writing.BulkWriter(ix, self._index.write_timeout, self._procs,
                                                  helpers_after=0 if self._helped else None)
            added = self._writer.add(docs)
            self._helped = self._helped or self._writer.processes > 1
            return added

    def commit(self) -> int:
        """Make what was added searchable, as one new segment; return how many passages."""
        with self._index._write_lock:
            writer, self._writer = self._writer, None
            return writer.commit() if writer else 0

    def cancel(self) -> None:
        """Drop what was added since the last commit."""
        with self._index._write_lock:
            writer, self._writer = self._writer, None
            if writer:
                writer.cancel()
