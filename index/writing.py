"""Writing to the index: upserts and deletes, each in one short, committed writer.

Owns the PassageDoc → Whoosh document mapping and the writer discipline:

- writers are opened with a timeout, so a second writer (another process, a CLI run) waits
  for the lock instead of failing at once, and fails with IndexBusyError if it can't get it;
- writes are synchronous and committed before returning (no AsyncWriter: the caller must
  know the passage is searchable, and a repair pass is for crashes, not for normal use);
- upserts are de-duplicated by passage_id first, because ``update_document`` twice for one
  key inside one writer leaves two documents;
- segments are written non-compound, so opening a searcher maps files instead of copying
  the whole index into memory.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from whoosh.index import Index, LockError
from whoosh.writing import MERGE_SMALL, NO_MERGE, SegmentWriter

from . import parallel
from . import schema as f
from .termpool import TermPool, write_terms
from .types import IndexBusyError, PassageDoc

log = logging.getLogger(__name__)

#: Seconds a writer waits for another writer's lock before giving up.
WRITE_TIMEOUT = 15.0
#: A bulk load that has taken this many passages stops looking each new passage up for a stale
#: copy (a passage id the database gave out again) when its id is above every id the index
#: holds: the lookups were 7 % of a million-passage load, finding the highest id is one pass.
HIGHEST_AFTER = 20_000
#: The posting pool of each of a bulk load's writer processes, in its own accounting (MB): past
#: it, postings spill to sorted runs on disk that the commit merges back.  96, not 128, since
#: the helper writes from a big load's first passage: both pools fill at once, and all the
#: million-passage load's processes together peaked at 1,057 MB with 128 (goal 1 GB).
BULK_LIMITMB = 96


def to_fields(doc: PassageDoc, schema=None) -> dict:
    """Map a PassageDoc to the Whoosh fields of SCHEMA (absent values are simply left out).

    ``schema``: the index's own schema, when it may be older than SCHEMA (an index written
    before the PAIRS field still takes passages, without it, until ``doctor --fix`` rebuilds it).
    """
    out = {
        f.PASSAGE_ID: str(doc.passage_id),
        f.SOURCE_ID: str(doc.source_id),
        f.TEXT: doc.text,
        f.WORDS: doc.text,
        f.PAIRS: doc.text,
        f.KIND: (doc.kind or "other").strip().lower(),
        f.TITLE: doc.title or "",
        f.START: doc.start,
        f.END: doc.end,
    }
    names = [n for n in [doc.speaker_name, *(doc.speaker_aliases or [])] if n]
    if names:
        # One name per line; the analyzer splits on the newline like on any space.
        out[f.SPEAKER] = "\n".join(dict.fromkeys(names))
    if doc.speaker_name:
        out[f.SPEAKER_FACET] = doc.speaker_name
    if doc.speaker_id is not None:
        out[f.SPEAKER_ID] = str(doc.speaker_id)
    if doc.outlet:
        out[f.OUTLET] = doc.outlet
        out[f.OUTLET_FACET] = doc.outlet
    if doc.date is not None:
        day = doc.date if not isinstance(doc.date, dt.datetime) else doc.date.date()
        out[f.DATE] = dt.datetime.combine(day, dt.time())
        out[f.YEAR] = str(day.year)
    if schema is not None and f.PAIRS not in schema:
        del out[f.PAIRS]
    return out


class _Lengths:
    """The new segment's field lengths for its commit, each field's column read once.

    The commit (``termpool.write_terms``) needs the shortest and longest length of every block's
    passages; asking the segment's length column per posting went through several layers of
    file readers each time.  A field that keeps no lengths (IDs, dates) has no column (None).
    """

    def __init__(self, reader, schema):
        self._reader = reader
        self._schema = schema
        self._columns: dict[str, list[int] | None] = {}

    def column(self, fieldname: str) -> list[int] | None:
        """Every document's length in ``fieldname`` (None for a field that keeps none)."""
        if fieldname not in self._columns:
            self._columns[fieldname] = self._read(fieldname)
        return self._columns[fieldname]

    def _read(self, fieldname: str) -> list[int] | None:
        field = self._schema[fieldname] if fieldname in self._schema else None
        if field is None or not field.scorable:
            return None
        read = self._reader.doc_field_length
        return [read(n, fieldname, 0) for n in range(self._reader.doc_count_all())]


class _SegmentWriter(SegmentWriter):
    """Whoosh's one-process writer, its postings grouped by term (index.termpool) instead of
    pooled one by one, and a commit that reads field lengths per field (_Lengths).

    ``add_document`` is Whoosh's, less what this schema never uses (document and field boosts,
    spelling words, term vectors: ``_check_schema`` refuses a schema that has them).
    """

    def __init__(self, ix, limitmb: int = 128, **kwargs):
        super().__init__(ix, limitmb=limitmb, **kwargs)
        _check_schema(self.schema)
        self.pool = TermPool(self._tempstorage, limitmb=limitmb)
        self.pool.schema = self.schema
        self._plans: dict[str, tuple] = {}
        self._items_memo: dict[tuple, list] = {}

    def add_document(self, **fields):
        self._check_state()
        perdocwriter, docnum, pool, plans = self.perdocwriter, self.docnum, self.pool, self._plans
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                plan = plans.get(fieldname) or self._plan(fieldname)
                field, add_to, column = plan
                length = 0
                if add_to is not None:  # fastfields: straight into the pool
                    length = add_to(pool, fieldname, docnum, value)
                elif field.indexed:
                    items = self._items(fieldname, field, value)
                    if field.scorable:
                        length = sum(item[1] for item in items)
                    pool.add_terms(fieldname, field, docnum, items)
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _plan(self, fieldname: str) -> tuple:
        field = self.schema[fieldname]
        add_to = getattr(field, "add_to", None) if field.indexed else None
        plan = self._plans[fieldname] = (field, add_to, field.column_type)
        return plan

    #: Distinct values of a field Whoosh analyses (ids, kinds, dates) remembered per writer.
    ITEMS_MEMO = 4096

    def _items(self, fieldname: str, field, value) -> list:
        """``field.index(value)`` as a list, remembered for a field whose values repeat (a
        source's id, kind, speaker, date on each of its passages; not a unique id)."""
        if field.unique:
            return list(field.index(value))
        key = (fieldname, value)
        try:
            hit = self._items_memo.get(key)
        except TypeError:  # unhashable: not remembered
            return list(field.index(value))
        if hit is None:
            if len(self._items_memo) >= self.ITEMS_MEMO:
                self._items_memo.clear()
            hit = self._items_memo[key] = list(field.index(value))
        return hit

    #: Called at the commit, after this writer's own segment is written: more new segments to
    #: list in the same table of contents (a bulk load's helpers', index.parallel).
    more_segments = None

    def _commit_toc(self, segments):
        if self.more_segments is not None:
            segments = segments + self.more_segments()
        super()._commit_toc(segments)

    def _flush_segment(self):
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        lengths = _Lengths(pdr, self.schema) if pdr else None
        write_terms(self.fieldwriter, self.schema, lengths, self.pool)
        self.fieldwriter.close()
        if pdr:
            pdr.close()


def _check_schema(schema) -> None:
    for name, field in schema.items():
        if field.vector or field.separate_spelling():
            raise ValueError(f"field {name!r}: term vectors and spelling words are not written here")


def _open(ix: Index, timeout: float, **kwargs):
    """Our _SegmentWriter, the index's lock taken."""
    try:
        return _SegmentWriter(ix, timeout=timeout, compound=False, **kwargs)
    except LockError:
        raise IndexBusyError(
            f"The search index is being written by another process (waited {timeout:g}s)."
        ) from None


@contextmanager
def open_writer(ix: Index, timeout: float = WRITE_TIMEOUT, **kwargs) -> Iterator:
    """Yield a writer that commits on success and cancels (releasing the lock) on error.

    The body may set ``writer.nothing_to_commit = True`` to cancel instead of committing, which
    avoids a new index generation (and a searcher reload everywhere) for a no-op.
    """
    writer = _open(ix, timeout, **kwargs)
    writer.nothing_to_commit = False
    try:
        yield writer
    except BaseException:
        writer.cancel()
        raise
    if writer.nothing_to_commit:
        writer.cancel()
    else:
        writer.commit(**getattr(writer, "commit_args", {}))


def upsert(ix: Index, docs: Iterable[PassageDoc], timeout: float = WRITE_TIMEOUT) -> int:
    """Add or replace passages by passage_id; return how many were written."""
    latest: dict[int, PassageDoc] = {}
    for doc in docs:
        latest[doc.passage_id] = doc  # the last version of a passage wins
    if not latest:
        return 0
    with open_writer(ix, timeout) as writer:
        for doc in latest.values():
            writer.update_document(**to_fields(doc, writer.schema))
    return len(latest)


def delete_passages(ix: Index, ids: Iterable[int], timeout: float = WRITE_TIMEOUT) -> int:
    """Delete passages by id; return how many documents were removed."""
    keys = {str(i) for i in ids}
    if not keys:
        return 0
    with open_writer(ix, timeout) as writer:
        n = sum(writer.delete_by_term(f.PASSAGE_ID, key) for key in keys)
        writer.nothing_to_commit = n == 0
    return n


def delete_source(ix: Index, source_id: int, timeout: float = WRITE_TIMEOUT) -> int:
    """Delete every passage of a source; return how many documents were removed."""
    with open_writer(ix, timeout) as writer:
        n = writer.delete_by_term(f.SOURCE_ID, str(source_id))
        writer.nothing_to_commit = n == 0
    return n


class BulkWriter:
    """One Whoosh writer for a bulk load: chunk after chunk goes in, ONE commit makes one segment.

    A bulk load that committed each chunk made a segment per chunk and then had to merge them,
    which re-reads and re-writes every passage (about 1.4 ms of CPU each, more than writing it in
    the first place).  A writer that takes the whole load spills its sorted postings to disk past
    ``limitmb`` (cheaply: see index.termpool) and writes one segment at the commit, so nothing is
    merged and memory stays bounded.

    The writer is opened (and the index's write lock taken) at the first :meth:`add`, and held
    until :meth:`commit` or :meth:`cancel`.  Nothing added is searchable, or on disk as part of
    the index, before the commit: a crash loses the uncommitted passages from the index only
    (the caller's store has them; a repair re-indexes them).  A passage id already added since
    the last commit cannot be added again (Whoosh cannot delete a document it has not written):
    commit first.

    ``procs > 1`` forks ``procs - 1`` helper processes (index.parallel) at the first add, and
    gives them batches once the writer holds more than ``helpers_after`` passages
    (``parallel.MIN_PASSAGES`` unless told): each takes batches of passages when it is free and
    writes a segment of its own, which the commit lists beside the main writer's, in the same
    table of contents.  A helper given nothing writes nothing.
    """

    def __init__(self, ix: Index, timeout: float = WRITE_TIMEOUT, procs: int = 1, limitmb: int | None = None,
                 helpers_after: int | None = None):
        self._ix = ix
        self._timeout = timeout
        self._procs = procs
        # Passages this writer takes before it gives its helpers batches (a load already past
        # parallel.MIN_PASSAGES gives them batches at once for its next segment).
        self._helpers_after = parallel.MIN_PASSAGES if helpers_after is None else helpers_after
        self._limitmb = limitmb or BULK_LIMITMB
        self._writer = None
        self._helpers: list[parallel.Helper] = []
        self._helping = False  # the helpers are given batches (past helpers_after passages)
        self._ids: set[int] = set()
        self._highest: int | None = None  # the highest passage id the committed index holds

    @property
    def pending(self) -> int:
        """Passages added since the last commit."""
        return len(self._ids)

    @property
    def processes(self) -> int:
        """Processes writing this load now: one, plus its helpers once they are given batches."""
        return 1 + (len(self._helpers) if self._helping else 0)

    def add(self, docs: Iterable[PassageDoc]) -> int:
        """Add passages (not yet committed); a passage id given twice keeps its last version.

        A passage id the database gave out again (SQLite reuses the ids of the last rows
        deleted) replaces a stale copy in the committed index rather than sitting beside it.
        """
        latest: dict[int, PassageDoc] = {}
        for doc in docs:
            latest[doc.passage_id] = doc
        if not latest:
            return 0
        again = self._ids.intersection(latest)
        if again:
            raise ValueError(f"passages {sorted(again)[:5]} were added since the last commit: commit first")
        if self._writer is None:
            self._writer = _open(self._ix, self._timeout, limitmb=self._limitmb)
        if self._procs > 1 and not self._helpers:
            # Forked at the writer's first add, while this process holds no postings yet: a
            # helper forked later kept a copy of the main writer's pool it never used (a
            # million-passage load's processes peaked at 1.03 GB together, the helper at 600 MB).
            parallel.release_free_memory()
            try:
                self._helpers = [parallel.Helper(self._ix, self._limitmb) for _ in range(self._procs - 1)]
            except OSError as exc:  # no fork to be had (memory, process limits): one process does it all
                log.warning("no index helper process (%s): this load is written by one process", exc)
                self._procs = 1
            except BaseException:
                self.cancel()
                raise
        self._helping = self._helping or len(self._ids) + len(latest) > self._helpers_after
        writer = self._writer
        try:
            # Stale copies are looked up with ONE searcher per call: Whoosh's update_document opens
            # a new searcher over every segment for each document (~100 passages/s on a big index).
            if self._highest is None and len(self._ids) >= HIGHEST_AFTER:
                self._highest = _highest_id(writer)
            highest = self._highest if self._highest is not None else float("inf")
            with writer.searcher() as searcher:
                for pid in latest:
                    if pid > highest:  # above every id the index holds: no stale copy to look for
                        continue
                    docnum = searcher.document_number(**{f.PASSAGE_ID: str(pid)})
                    if docnum is not None:
                        writer.delete_document(docnum)
            docs = list(latest.values())
            for i in range(0, len(docs), parallel.BATCH):
                batch = [to_fields(doc, writer.schema) for doc in docs[i:i + parallel.BATCH]]
                helper = next((h for h in self._helpers if h.ready()), None) if self._helping else None
                if helper is not None:
                    helper.send(batch)
                else:
                    for fields in batch:
                        writer.add_document(**fields)
        except BaseException:
            self.cancel()
            raise
        self._ids.update(latest)
        return len(latest)

    def commit(self) -> int:
        """Write what was added as one segment (one per process), merging nothing; return how
        many passages."""
        n, writer, helpers = len(self._ids), self._writer, self._helpers
        self._writer, self._ids, self._helpers, self._highest, self._helping = None, set(), [], None, False
        if writer is not None:
            try:
                for helper in helpers:  # they write their segments while this one writes its own
                    helper.finish()
                writer.more_segments = lambda: [s for s in (h.segment() for h in helpers) if s is not None]
                writer.commit(mergetype=NO_MERGE)
            except BaseException:
                self._writer, self._helpers = writer, helpers
                self.cancel()
                raise
        return n

    def cancel(self) -> None:
        """Drop what was added since the last commit and release the lock."""
        writer, helpers = self._writer, self._helpers
        self._writer, self._ids, self._helpers, self._highest, self._helping = None, set(), [], None, False
        try:
            for helper in helpers:  # before the main writer: its cancel removes their temporary folder
                helper.cancel()
        finally:
            if writer is not None and not writer.is_closed:
                writer.cancel()


def _highest_id(writer) -> int:
    """The highest passage id in the writer's committed segments (-1 when empty): one pass over
    the id column, about 1.6 s at a million passages."""
    reader = writer.reader()
    try:
        if reader.doc_count_all() == 0:
            return -1
        return max(map(int, reader.column_reader(f.PASSAGE_ID)))
    finally:
        reader.close()


def bulk_add(ix: Index, docs: Iterable[PassageDoc], timeout: float = WRITE_TIMEOUT, procs: int = 1) -> int:
    """Write many passages in ONE commit that merges no segments."""
    writer = BulkWriter(ix, timeout, procs)
    n = writer.add(docs)
    writer.commit()
    return n


def optimize(ix: Index, timeout: float = WRITE_TIMEOUT) -> int:
    """Merge every segment into one (and drop deleted documents); return the segment count after."""
    with open_writer(ix, timeout) as writer:
        writer.commit_args = {"optimize": True}
    return len(ix._segments())


def _merge_smallest(keep: int):
    """A Whoosh merge policy: merge the smallest segments into one until at most ``keep`` remain."""

    def policy(writer, segments):
        if len(segments) <= keep:
            return segments
        from whoosh.reading import SegmentReader

        ordered = sorted(segments, key=lambda s: s.doc_count_all())
        n = len(segments) - keep + 1
        for seg in ordered[:n]:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
        return ordered[n:]

    return policy


def merge_to(ix: Index, keep: int, timeout: float = WRITE_TIMEOUT) -> int:
    """Merge the smallest segments until at most ``keep`` remain; return the segment count after.

    The cost is that of the segments merged (about 0.8 ms of CPU per passage), not the index's.
    """
    with open_writer(ix, timeout) as writer:
        writer.commit_args = {"mergetype": _merge_smallest(keep)}
    return len(ix._segments())


def merge_small(ix: Index, timeout: float = WRITE_TIMEOUT) -> int:
    """Merge only the small segments (Whoosh's default policy); return the segment count after."""
    with open_writer(ix, timeout) as writer:
        writer.commit_args = {"mergetype": MERGE_SMALL}
    return len(ix._segments())
