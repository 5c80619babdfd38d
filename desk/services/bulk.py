"""Bulk ingest: a folder of any size at the speed of the index engine, with the single-file guarantees.

``library.ingest_paths`` (``desk ingest``, ``desk demo``) hands its files to
:func:`ingest_files`, which works in three overlapping stages:

1. **Parse in parallel** (``desk.services.bulk_parse``).  Reading a file, decoding it and
   cutting it into passages is pure CPU and touches neither the database nor the index, so it
   runs in a pool of worker processes (one per core, ``procs``), a bounded number of files
   ahead, results taken in the files' order.  Workers resolve speaker labels against the
   library's speakers as they were when the run started (a speaker first met in this run is
   still found by name when the passages are stored: ``get_or_create_speaker`` resolves
   surnames and aliases).
2. **Store a chunk in one transaction.**  Parsed files are gathered into chunks of about
   ``CHUNK_PASSAGES`` passages.  A chunk's duplicates are found with one query (SHA-256 of the
   text, as for one file); its sources and passages are written with SQLAlchemy Core
   ``executemany`` inserts and committed together — the database first, as always.  A chunk
   the database refuses (another process stored the same text meanwhile) is rolled back and its
   files are stored one by one through ``library.ingest_bytes``'s own path.
3. **Index with one writer, commit every ``SEGMENT_PASSAGES``** (:class:`_IndexLoad`).  Each
   chunk's index documents are built from what was just stored (no reload through the ORM) and
   added to ONE bulk writer (``PassageIndex.bulk_writer``; with ``INDEX_PROCS`` = 2 a helper
   process takes batches of them whenever it is free, index.parallel — from the first passage
   when the first chunk's passages per byte, times the files' bytes, put the run well past
   ``parallel.MIN_PASSAGES``; else once the run passes it), which spills its
   postings to disk past a fixed memory budget and commits one new segment per writer process
   every ``SEGMENT_PASSAGES`` passages per process, and at the end.  Nothing is merged
   afterwards but small leftovers (:func:`settle_index`):
   a merge re-writes every passage it touches, which cost more than the load itself.  Files
   are reported when the commit that makes them searchable is done.  A chunk the writer
   refuses is taken out of the database again and each of its files is reported failed with
   the reason (as ``_index_sources`` does for one file); the chunks before it are added again;
   a commit that fails takes all of its chunks out of the database.

Crash safety is the single-file path's: a process killed after a chunk's database commit and
before the index commit that holds it leaves passages the index lacks; adding the same files
again finds them as duplicates and indexes what is missing (``library.complete_source``), and
``desk doctor --fix`` repairs the whole library.  Nothing is ever half-written: a database
commit is all or nothing, and an index commit is too.  While a load's writer holds uncommitted
passages it holds the index's write lock, so other writers (a single-file ingest, an edit)
wait for it up to their timeout; the load commits before it looks at a duplicate or falls back
to the single-file path itself.

Where the batched path stores sources it bypasses ``library._store``; every source it adds
passes through :func:`record_sources_added`, in the transaction that stores it — the one place
for per-source bookkeeping such as a change log that other hosts follow.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.errors import IngestError, InvalidInput
from desk.extract.formats import MAX_BYTES
from desk.extract.model import ROLE_QUESTIONER
from desk.models import Passage, Source, Speaker, SpeakerAlias, utcnow
from desk.services import changes, index_upkeep, library
from desk.services.bulk_index import Report, _IndexLoad
from desk.services.bulk_parse import Parsed, _parsed, parse_file  # noqa: F401  (parse_file: for callers)
from desk.services.speakers import RENAMED, get_or_create_speaker, known_speakers
from index import PassageDoc, PassageIndex

log = logging.getLogger(__name__)

#: A chunk is stored in one database transaction once it holds this many passages ...
CHUNK_PASSAGES = 20_000
#: ... or this many files, whichever comes first (many tiny files: keep the progress moving).
CHUNK_FILES = 400
#: The index commits (one new segment per writer process, nothing merged) once each of its
#: writer processes holds about this many passages: a million-passage folder is 2 commits of
#: 2 segments.  Fewer segments read faster; a bigger one costs the commit more memory.
SEGMENT_PASSAGES = 250_000
#: Index writer processes: the load's own and a helper (index.parallel) where there is a second
#: core, for loads past ``index.parallel.MIN_PASSAGES``.  The helper takes a batch only when
#: it is free, so it never slows the load down (two cores, 95,174 passages: 962 passages/s
#: with one process, 1,606 with the helper; see docs/scaling.md).
INDEX_PROCS = min(2, os.cpu_count() or 1)


@dataclass
class BulkStats:
    """What a bulk run did, for the progress line and the report."""

    files: int = 0
    passages: int = 0  # passages stored by this run
    chunks: int = 0
    index_commits: int = 0
    segments: int | None = None  # the index's segments after the run's merge
    index_seconds: float = 0.0  # spent writing the index (chunk commits)
    merge_seconds: float = 0.0  # spent merging segments at the end


# -- stage 2: storing a chunk ------------------------------------------------------------------


def record_sources_added(session: Session, source_ids: Sequence[int]) -> None:
    """Per-source bookkeeping for sources the bulk path stored, inside their transaction.

    The bulk path writes sources with Core inserts rather than ``library._store``; what must
    happen once for each stored source happens here: the change-log entries other hosts'
    indexes follow (:func:`desk.services.changes.sources_added`).
    """
    changes.sources_added(session, source_ids)
    log.info("bulk ingest stored %d sources (%s…)", len(source_ids), list(source_ids)[:5])


@dataclass
class _Stored:
    """A chunk's sources as stored: what the index needs, without reloading them."""

    sources: list[tuple[Parsed, library.SourceMeta, int]]  # (parsed, meta, source id)
    docs: list[PassageDoc]
    renamed: set[int]


def _speaker_of(session: Session, cache: dict, name: str, label: str | None) -> Speaker:
    key = (name, label)
    if key not in cache:
        cache[key] = get_or_create_speaker(session, name, label)
    return cache[key]


def _store_chunk(session: Session, chunk: list[tuple[Parsed, library.SourceMeta]]) -> _Stored:
    """Insert the chunk's new sources and passages and commit them (all or nothing)."""
    cache: dict = {}
    source_rows, per_source = [], []
    try:
        for parsed, meta in chunk:
            row = {
                "title": parsed.title,
                "kind": parsed.kind,
                "outlet": meta.outlet or None,
                "url": meta.url or None,
                "date": meta.date,
                "language": meta.language,
                "filename": parsed.name,
                "format": parsed.format,
                "text": parsed.text,
                "sha256": parsed.digest,
                "added_by": meta.added_by,
                "added_at": utcnow(),
                "speaker_id": _speaker_of(session, cache, meta.speaker, None).id if meta.speaker else None,
            }
            speakers = [
                _speaker_of(session, cache, seg.speaker, seg.label)
                if seg.speaker and seg.role != ROLE_QUESTIONER
                else None
                for seg in parsed.segments
            ]
            source_rows.append(row)
            per_source.append(speakers)
        ids = {
            sha: sid
            for sid, sha in session.execute(insert(Source).returning(Source.id, Source.sha256), source_rows)
        }
        passage_rows = []
        for (parsed, _meta), speakers in zip(chunk, per_source, strict=True):
            sid = ids[parsed.digest]
            text = parsed.text
            for seq, (seg, sp) in enumerate(zip(parsed.segments, speakers, strict=True)):
                passage_rows.append(
                    {
                        "source_id": sid, "seq": seq, "turn": seg.turn, "start": seg.start, "end": seg.end,
                        "text": text[seg.start : seg.end], "speaker_id": sp.id if sp else None,
                        "label": seg.label, "role": seg.role, "paragraph_start": seg.paragraph_start,
                        "paragraph_end": seg.paragraph_end, "t_start": seg.t_start, "t_end": seg.t_end,
                    }
                )
        if passage_rows:
            session.execute(insert(Passage), passage_rows)
        record_sources_added(session, list(ids.values()))
        session.commit()
    except BaseException:
        session.rollback()
        session.info.pop(RENAMED, None)
        raise
    renamed = session.info.pop(RENAMED, set())
    return _Stored(
        sources=[(p, m, ids[p.digest]) for p, m in chunk],
        docs=_docs_for(session, chunk, ids),
        renamed=renamed,
    )


def _docs_for(session: Session, chunk, ids: dict[str, int]) -> list[PassageDoc]:
    """Index documents for the passages just stored (ids read back in one query per 500 sources)."""
    by_source = {ids[p.digest]: (p, m) for p, m in chunk}
    sids = sorted(by_source)
    rows = []
    for i in range(0, len(sids), 500):
        rows += session.execute(
            select(Passage.id, Passage.source_id, Passage.start, Passage.end, Passage.speaker_id)
            .where(Passage.source_id.in_(sids[i : i + 500]))
        ).all()
    speaker_ids = {r.speaker_id for r in rows if r.speaker_id is not None}
    names: dict[int, str] = {}
    aliases: dict[int, list[str]] = {}
    for spid, name, alias in session.execute(
        select(Speaker.id, Speaker.name, SpeakerAlias.alias)
        .outerjoin(SpeakerAlias, SpeakerAlias.speaker_id == Speaker.id)
        .where(Speaker.id.in_(speaker_ids))
    ):
        names[spid] = name
        if alias:
            aliases.setdefault(spid, []).append(alias)
    docs = []
    for r in rows:
        parsed, meta = by_source[r.source_id]
        docs.append(
            PassageDoc(
                passage_id=r.id,
                source_id=r.source_id,
                text=parsed.text[r.start : r.end],
                start=r.start,
                end=r.end,
                speaker_id=r.speaker_id,
                speaker_name=names.get(r.speaker_id),
                speaker_aliases=aliases.get(r.speaker_id, []),
                kind=parsed.kind,
                outlet=meta.outlet or None,
                title=parsed.title,
                date=meta.date,
            )
        )
    return docs


# -- the run -----------------------------------------------------------------------------------


def ingest_files(
    session: Session,
    index: PassageIndex,
    items: Sequence[tuple[Path, library.SourceMeta]],
    max_bytes: int = MAX_BYTES,
    on_each: Report | None = None,
    *,
    procs: int | None = None,
    chunk_passages: int = CHUNK_PASSAGES,
    segment_passages: int | None = None,
    index_procs: int | None = None,
    settle: bool = True,
    stats: BulkStats | None = None,
) -> tuple[list[library.IngestResult], list[tuple[Path, str]]]:
    """Ingest files, each with its own SourceMeta; a bad file is reported and skipped.

    Returns (results, failures) like ``library.ingest_paths``; ``on_each(path, result, error)``
    is called once per file when its fate is known: a refused file at once, a stored one when
    the index commit that makes it searchable is done (every ``segment_passages`` passages).
    ``settle`` merges the index's small segments at the end when this run added any.
    """
    stats = stats if stats is not None else BulkStats()
    procs = procs if procs is not None else min(os.cpu_count() or 1, 4)
    if index_procs is None:
        index_procs = INDEX_PROCS
    done: list[library.IngestResult] = []
    failed: list[tuple[Path, str]] = []
    for _path, meta in items:
        library.check_meta(meta)

    def report(path, result, error):
        stats.files += 1
        if error:
            failed.append((path, error))
        else:
            done.append(result)
        if on_each:
            on_each(path, result, error)

    chunk: list[tuple[Parsed, library.SourceMeta]] = []
    pending_dups: list[tuple[Parsed, library.SourceMeta]] = []  # duplicates of a source in this chunk
    size = 0
    known = known_speakers(session)
    session.commit()
    load = _IndexLoad(session, index, report, stats, index_procs, segment_passages or SEGMENT_PASSAGES)
    folder_bytes = sum(_file_bytes(path) for path, _meta in items)
    parsed_bytes = parsed_passages = 0
    expected = False

    def flush():
        nonlocal size, expected
        if chunk and not expected and parsed_bytes:
            # The first chunk's passages per byte, over the whole run: a run well past the
            # helper threshold gives the index helper its share from the first passage on.
            load.expect(parsed_passages * folder_bytes // parsed_bytes)
            expected = True
        if chunk:
            _flush_chunk(session, index, chunk, report, stats, max_bytes, load)
        if pending_dups:
            load.commit()  # the copies' originals must be searchable before they are looked up
        for parsed, meta in pending_dups:
            _duplicate(session, index, parsed, meta, report, max_bytes)
        chunk.clear()
        pending_dups.clear()
        size = 0
        gc.collect(1)

    in_chunk: dict[str, int] = {}
    collecting = gc.isenabled()
    # The index writer keeps a list or two per term until its commit: millions of live objects
    # that Python's cyclic collector walks again and again as they pile up, which was a sixth of
    # the load's time.  Automatic collection is paused for the run; after each chunk, one
    # collection of the young generations frees that chunk's cycles (a file parsed in this
    # process) and moves what lives on out of its way, so each object is walked about once.
    gc.disable()
    try:
        for (_path, meta), parsed in zip(items, _parsed(list(items), max_bytes, known, procs), strict=True):
            if parsed.error:
                report(parsed.path, None, parsed.error)
                continue
            if parsed.digest in in_chunk:  # the same text twice in one chunk: one source
                pending_dups.append((parsed, meta))
                continue
            if session.scalar(select(Source.id).where(Source.sha256 == parsed.digest)) is not None:
                load.commit()  # the stored copy may be one of this run's, not yet searchable
                _duplicate(session, index, parsed, meta, report, max_bytes)
                continue
            if parsed.empty_reason:
                report(parsed.path, None, parsed.empty_reason)
                continue
            in_chunk[parsed.digest] = len(chunk)
            chunk.append((parsed, meta))
            size += len(parsed.segments)
            parsed_bytes += _file_bytes(parsed.path)
            parsed_passages += len(parsed.segments)
            if size >= chunk_passages or len(chunk) >= CHUNK_FILES:
                flush()
                in_chunk.clear()
        flush()
        load.commit()
    finally:
        # Interrupted: what was stored and not yet committed to the index stays in the database,
        # where a repair finds it (``desk doctor --fix``, or adding the same files again).
        load.cancel()
        if collecting:
            gc.enable()
            if stats.passages >= chunk_passages:
                # A big load's paused collections, now rather than in whatever comes next in
                # this process (a check right after a load in the same process paid for it).
                # Not after a small one: a full collection of a big process costs more than
                # adding a few files (the test suite ran four minutes longer).
                gc.collect()
    if settle and stats.index_commits:
        t = time.monotonic()
        stats.segments = settle_index(index, stats.passages)
        stats.merge_seconds = time.monotonic() - t
    return done, failed


def _file_bytes(path: Path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0   # reported as unreadable when its turn comes


def _duplicate(session: Session, index: PassageIndex, parsed: Parsed, meta, report: Report, max_bytes: int) -> None:
    """A file whose text is already stored: the single-file path reports that source (or why a
    stored copy without passages can't be used) and indexes what the index lacks."""
    try:
        source, result = library._store(session, parsed.name, parsed.path.read_bytes(), meta, max_bytes)
    except (IngestError, InvalidInput) as exc:
        report(parsed.path, None, exc.message)
        return
    except OSError as exc:
        report(parsed.path, None, f"{parsed.name} could not be read: {exc.strerror or exc}.")
        return
    if source is not None:  # deleted meanwhile by someone else; cannot happen within one chunk
        library._index_sources(session, index, [source])
        report(parsed.path, result, None)
        return
    try:
        result.repaired = library.complete_source(session, index, result.source_id)
    except Exception as exc:  # the index is busy or broken: say so, and go on with the rest
        report(parsed.path, None, f"{parsed.name} is already in the library, but its passages could not be "
               f"checked against the search index ({exc}); run `flask --app wsgi desk doctor --fix`.")
        return
    report(parsed.path, result, None)


def _flush_chunk(session, index, chunk, report: Report, stats: BulkStats, max_bytes: int, load: _IndexLoad) -> None:
    """Store one chunk and hand it to the index load; on a database conflict, go file by file."""
    try:
        stored = _store_chunk(session, chunk)
    except IntegrityError:
        # Another process stored one of these texts meanwhile: the single-file path sorts it out.
        log.warning("bulk chunk of %d files conflicted; storing them one by one", len(chunk))
        load.commit()  # the single-file path writes the index itself
        for parsed, meta in chunk:
            try:
                result = library.ingest_bytes(session, index, parsed.name, parsed.path.read_bytes(), meta, max_bytes)
            except (IngestError, InvalidInput) as exc:
                report(parsed.path, None, exc.message)
            except OSError as exc:
                report(parsed.path, None, f"{parsed.name} could not be read: {exc.strerror or exc}.")
            else:
                report(parsed.path, result, None)
        return
    stats.chunks += 1
    docs = stored.docs
    if stored.renamed:
        # A fuller name arrived for a known speaker: their passages already indexed carry the old one.
        load.commit()  # ... and may be waiting in the load's writer, where they can't be replaced
        ids = set(session.scalars(select(Passage.id).where(Passage.speaker_id.in_(stored.renamed))))
        ids -= {d.passage_id for d in docs}
        docs = docs + index_upkeep.passage_docs(session, sorted(ids))
    load.add(stored, docs)


#: More segments than this after a bulk run: the smallest are merged until this many remain.
MAX_SEGMENTS = 8


def settle_index(index: PassageIndex, added: int) -> int:
    """Tidy the index's segments after a bulk load, so no one has to; return how many are left.

    A bulk load writes one segment per ``SEGMENT_PASSAGES`` passages and merges none of them:
    merging re-reads and re-writes every passage it touches (about 0.8 ms of CPU each), which at
    a million passages is longer than the load.  Here only the small segments that single-file
    ingests leave are merged (Whoosh's MERGE_SMALL), and, past ``MAX_SEGMENTS``, the smallest
    ones until that many remain.  ``added`` (passages this run stored) is for the log.
    """
    segments = index.segment_count()
    if segments <= 1:
        return segments
    if segments > MAX_SEGMENTS:
        left = index.merge_to(MAX_SEGMENTS)
    else:
        left = index.merge_small()
    log.info("bulk ingest of %d passages: %d index segments, %d after settling", added, segments, left)
    return left


def ingest_paths(
    session: Session,
    index: PassageIndex,
    paths: Iterable[Path],
    meta: library.SourceMeta,
    max_bytes: int = MAX_BYTES,
    on_each: Report | None = None,
    **kwargs,
) -> tuple[list[library.IngestResult], list[tuple[Path, str]]]:
    """Every path with the same SourceMeta (what ``desk ingest FOLDER`` does)."""
    return ingest_files(session, index, [(Path(p), meta) for p in paths], max_bytes, on_each, **kwargs)
