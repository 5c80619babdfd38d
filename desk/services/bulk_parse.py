"""Stage 1 of a bulk ingest: reading files and cutting them into passages, in worker processes.

Reading a file, decoding it and cutting it into passages (``desk.extract``) is pure CPU and
touches neither the database nor the index, so it runs in a pool of worker processes.  At most
``AHEAD_PER_WORKER`` files per worker are in flight, so memory stays bounded for a folder of
any size; results come back in the files' order.  See ``desk.services.bulk`` for the run.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from desk.errors import IngestError, InvalidInput
from desk.extract.decoding import has_words
from desk.extract.formats import ExtractError, read_document
from desk.extract.model import Segment
from desk.extract.transcripts import segment
from desk.services import library

#: Below this many files everything is parsed in this process.
POOL_MIN_FILES = 8
#: Files queued per worker process beyond the one it is parsing (bounds memory).
AHEAD_PER_WORKER = 8


@dataclass
class Parsed:
    """One file read and cut into passages by a worker (plain data: it crosses processes)."""

    path: Path
    error: str | None = None  # why the file is refused (nothing of it is stored)
    name: str = ""
    text: str = ""
    digest: str = ""
    format: str = ""
    title: str = ""
    kind: str = ""
    segments: list[Segment] = field(default_factory=list)
    empty_reason: str | None = None  # no passages: refused unless the text is already stored


_KNOWN: list = []


def _init_worker(known: list) -> None:
    global _KNOWN
    _KNOWN = known
    # The load pauses the cyclic collector in its own process (bulk.ingest_files); a worker
    # forked from it needs it back: parsed HTML and PDF trees are cycles, garbage once parsed.
    gc.enable()
    # A worker must not outlive its ingest: when the parent is killed (kill -9, a crash), the
    # pool's queues never close for a forked worker, so watch the parent and leave with it.
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="bulk-parent-watch", daemon=True).start()


def parse_file(path: Path, meta: library.SourceMeta, max_bytes: int, known: list | None = None) -> Parsed:
    """Read one file and cut it into passages, as ``library._store`` does, without the database."""
    known = _KNOWN if known is None else known
    out = Parsed(path=path, name=path.name)
    try:
        if not path.exists():
            raise IngestError(f"{path} does not exist.")
        if path.stat().st_size > max_bytes:
            raise library.too_large(path.name, max_bytes)
        try:
            doc = read_document(path.name, path.read_bytes(), max_bytes=max_bytes)
        except ExtractError as exc:
            raise IngestError(str(exc)) from None
        if not has_words(doc.text):
            raise IngestError(f"{path.name} has no readable text.")
        out.text, out.format = doc.text, doc.format
        out.digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        try:
            out.segments = segment(doc, meta.kind or "other", meta.speaker, known)
        except ExtractError as exc:
            raise IngestError(str(exc)) from None
        out.kind = meta.kind or library._guess_kind(doc.format, out.segments, meta)
        if not out.segments:
            out.empty_reason = library.no_passages_message(path.name, out.kind)
        out.title = (meta.title or doc.title or Path(path.name).stem.replace("_", " ")).strip()[:500]
    except (IngestError, InvalidInput) as exc:
        out.error = exc.message
    except OSError as exc:
        out.error = f"{path.name} could not be read: {exc.strerror or exc}."
    return out


def _parse_job(job: tuple[Path, library.SourceMeta, int]) -> Parsed:
    return parse_file(*job)


def _parsed(
    items: Sequence[tuple[Path, library.SourceMeta]], max_bytes: int, known: list, procs: int
) -> Iterator[Parsed]:
    """Parsed files in the order given; in a process pool when there are enough of them."""
    if procs <= 1 or len(items) < POOL_MIN_FILES:
        for path, meta in items:
            yield parse_file(path, meta, max_bytes, known)
        return
    # "fork": a worker starts as a copy of this process without re-running its main module
    # (``spawn`` would, and a script without a ``__main__`` guard would start over).  Workers
    # only parse: they never touch the copied database connection or index.
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(procs, mp_context=ctx, initializer=_init_worker, initargs=(known,)) as pool:
        queue: deque = deque()
        todo = iter(items)
        for path, meta in todo:
            queue.append(pool.submit(_parse_job, (path, meta, max_bytes)))
            if len(queue) >= procs * AHEAD_PER_WORKER:
                break
        while queue:
            result = queue.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                queue.append(pool.submit(_parse_job, (nxt[0], nxt[1], max_bytes)))
            yield result
