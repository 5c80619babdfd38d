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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from whoosh.index import Index, LockError
from whoosh.writing import MERGE_SMALL, NO_MERGE, SegmentWriter

from . import schema as f
from .types import IndexBusyError, PassageDoc

#: Seconds a writer waits for another writer's lock before giving up.
WRITE_TIMEOUT = 15.0
#: Whoosh's posting pool for a bulk writer, in its own accounting (MB): past it, postings spill to
#: sorted runs on disk that the commit merges back.
BULK_LIMITMB = 128


def to_fields(doc: PassageDoc) -> dict:
    """Map a PassageDoc to the Whoosh fields of SCHEMA (absent values are simply left out)."""
    out = {
        f.PASSAGE_ID: str(doc.passage_id),
        f.SOURCE_ID: str(doc.source_id),
        f.TEXT: doc.text,
        f.WORDS: doc.text,
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
    return out


class _Lengths:
    """The new segment's field lengths for its commit, read once per field instead of per posting.

    Whoosh's commit asks the segment's length column for every posting it writes (about a hundred
    per passage), through several layers of file readers; this reads each field's column once.
    """

    def __init__(self, reader):
        self._reader = reader
        self._columns: dict[str, list[int]] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        if default != 0:
            return self._reader.doc_field_length(docnum, fieldname, default)
        column = self._columns.get(fieldname)
        if column is None:
            read = self._reader.doc_field_length
            column = self._columns[fieldname] = [read(n, fieldname, 0) for n in range(self._reader.doc_count_all())]
        return column[docnum]


class _SegmentWriter(SegmentWriter):
    """Whoosh's one-process writer, with the commit reading field lengths per field (_Lengths)."""

    def _flush_segment(self):
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        self.fieldwriter.add_postings(self.schema, _Lengths(pdr) if pdr else None, self.pool.iter_postings())
        self.fieldwriter.close()
        if pdr:
            pdr.close()


@contextmanager
def open_writer(ix: Index, timeout: float = WRITE_TIMEOUT, **kwargs) -> Iterator:
    """Yield a writer that commits on success and cancels (releasing the lock) on error.

    The body may set ``writer.nothing_to_commit = True`` to cancel instead of committing, which
    avoids a new index generation (and a searcher reload everywhere) for a no-op.
    """
    try:
        if kwargs.get("procs", 1) > 1:
            writer = ix.writer(timeout=timeout, compound=False, **kwargs)
        else:
            kwargs.pop("procs", None)
            writer = _SegmentWriter(ix, timeout=timeout, compound=False, **kwargs)
    except LockError:
        raise IndexBusyError(
            f"The search index is being written by another process (waited {timeout:g}s)."
        ) from None
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
            writer.update_document(**to_fields(doc))
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


def bulk_add(ix: Index, docs: Iterable[PassageDoc], timeout: float = WRITE_TIMEOUT, procs: int = 1) -> int:
    """Write many passages in ONE commit that merges no segments (the bulk path's chunks).

    A passage id the database gave out again (SQLite reuses the ids of the last rows deleted)
    replaces a stale copy in the index rather than sitting beside it.  ``procs > 1`` analyses the documents in that many Whoosh worker processes, each writing
    its own segment; the merge is left to :func:`optimize` at the end of the load.
    """
    latest: dict[int, PassageDoc] = {}
    for doc in docs:
        latest[doc.passage_id] = doc
    if not latest:
        return 0
    kwargs = {"limitmb": BULK_LIMITMB}
    if procs > 1:
        kwargs.update(procs=procs, multisegment=True)
    with open_writer(ix, timeout, **kwargs) as writer:
        writer.commit_args = {"mergetype": NO_MERGE}
        # Stale copies are looked up with ONE searcher: Whoosh's update_document opens a new
        # searcher over every segment for each document, which made a 20,000-passage chunk
        # into a large index crawl at ~100 passages/s.
        with writer.searcher() as searcher:
            for pid in latest:
                docnum = searcher.document_number(**{f.PASSAGE_ID: str(pid)})
                if docnum is not None:
                    writer.delete_document(docnum)
        for doc in latest.values():
            writer.add_document(**to_fields(doc))
    return len(latest)


def optimize(ix: Index, timeout: float = WRITE_TIMEOUT) -> int:
    """Merge every segment into one (and drop deleted documents); return the segment count after."""
    with open_writer(ix, timeout) as writer:
        writer.commit_args = {"optimize": True}
    return len(ix._segments())


def merge_small(ix: Index, timeout: float = WRITE_TIMEOUT) -> int:
    """Merge only the small segments (Whoosh's default policy); return the segment count after."""
    with open_writer(ix, timeout) as writer:
        writer.commit_args = {"mergetype": MERGE_SMALL}
    return len(ix._segments())
