"""Rebuilding and repairing the index, which is derived data: the store is the truth.

- ``rebuild_into``: write every passage into a fresh temporary folder NEXT TO the index (same
  filesystem, so the final rename is atomic), then swap it in.  Searches keep using the old
  index for the whole build; a crash mid-build leaves the old index untouched and a
  ``.NAME.rebuild-*`` folder, which the next rebuild (or ``desk doctor``) deletes.
- ``diff_ids``: what an incremental repair must add and remove, by comparing the store's
  passage ids with the index's.  (PassageIndex.sync does the writing.)
- ``stale_rebuilds`` / ``remove_stale``: the folders a killed rebuild (or a killed swap) left
  behind.  A rebuild holds an advisory lock (``flock``) on ``.NAME.rebuild-XXXX.lock`` beside
  its folder for its whole life; the kernel drops it when the process dies, even by
  ``kill -9``, so a folder whose lock can be taken belongs to nobody and may be deleted.  Each
  rebuild clears these before it starts; ``desk doctor`` reports and clears them too.

The swap is two renames (index → .old, new → index), each atomic; for the microseconds between
them the folder is missing, which PassageIndex's opener waits out.  The old index's write lock
is held across the swap so a writer in another process is never half-way through a commit.
Writes that reach the OLD index while a rebuild runs are lost with it, so a rebuild must be
followed by ``sync`` against the store (``desk.services.index_upkeep.reindex`` does this): a writer
commits to the store before it writes the index, so whatever it wrote to the old index is in the
store by the time the swap is over, and the sync puts it into the new one.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as whoosh_index

from .schema import SCHEMA
from .storage import WritingStorage
from .types import IndexBusyError, PassageDoc
from .writing import WRITE_TIMEOUT, BulkWriter, _SegmentWriter, to_fields

#: Call the progress callback every this many passages (and once at the end).
PROGRESS_EVERY = 1000


def rebuild_into(
    path: Path,
    docs: Iterable[PassageDoc],
    progress: Callable[[int], None] | None = None,
    *,
    procs: int = 1,
    limitmb: int = 256,
    timeout: float = WRITE_TIMEOUT,
) -> int:
    """Build a new index from ``docs`` beside ``path`` and swap it in; return the passage count.

    A passage id seen twice is indexed once (the first copy).  ``procs > 1`` builds with the bulk
    load's writer and ``procs - 1`` helper processes (index.parallel: forked, so for a command
    line process, not a web worker; they leave with a killed parent), one segment per process.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(path)
    tmp = path.with_name(f".{path.name}.rebuild-{uuid.uuid4().hex[:12]}")
    # The lock first, then the folder: a folder is never seen without its (held) lock.
    lock_fd = _hold_lock(_lock_path(tmp))
    try:
        tmp.mkdir()
        return _build_and_swap(path, tmp, docs, progress, procs=procs, limitmb=limitmb, timeout=timeout)
    finally:
        _lock_path(tmp).unlink(missing_ok=True)
        os.close(lock_fd)


def _build_and_swap(path, tmp, docs, progress, *, procs, limitmb, timeout) -> int:
    try:
        ix = WritingStorage(str(tmp)).create_index(SCHEMA)
        seen: set[int] = set()
        if procs > 1:  # the bulk load's writer, its helpers given batches from the start
            _build_with_helpers(ix, docs, seen, progress, procs=procs, limitmb=limitmb, timeout=timeout)
        else:  # the writer that groups postings by term (see index.termpool)
            writer = _SegmentWriter(ix, limitmb=limitmb, compound=False)
            try:
                for doc in _first_copies(docs, seen):
                    writer.add_document(**to_fields(doc))
                    if progress and len(seen) % PROGRESS_EVERY == 0:
                        progress(len(seen))
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        ix.close()
        swap_in(path, tmp, timeout=timeout)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if progress:
        progress(len(seen))
    return len(seen)


def _build_with_helpers(ix, docs, seen: set[int], progress, *, procs: int, limitmb: int, timeout: float) -> None:
    """Write ``docs`` with a bulk writer and ``procs - 1`` helper processes (index.parallel):
    one segment per process, one commit."""
    writer = BulkWriter(ix, timeout, procs=procs, limitmb=limitmb, helpers_after=0)
    batch: list[PassageDoc] = []
    try:
        for doc in _first_copies(docs, seen):
            batch.append(doc)
            if len(batch) >= PROGRESS_EVERY:
                writer.add(batch)
                batch = []
                if progress:
                    progress(len(seen))
        writer.add(batch)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def _first_copies(docs, seen: set[int]):
    """``docs`` without a passage id seen before (each id's first copy); ``seen`` collects them."""
    for doc in docs:
        if doc.passage_id not in seen:
            seen.add(doc.passage_id)
            yield doc


def swap_in(path: Path, new: Path, timeout: float = WRITE_TIMEOUT) -> None:
    """Replace the index folder ``path`` by the folder ``new`` (same parent), then drop the old."""
    if not path.exists():
        os.rename(new, path)
        return
    old = path.with_name(f".{path.name}.old-{uuid.uuid4().hex[:8]}")
    lock = None
    if whoosh_index.exists_in(str(path)):
        lock = whoosh_index.open_dir(str(path)).lock("WRITELOCK")
        deadline = time.monotonic() + timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() > deadline:
                raise IndexBusyError(f"Couldn't swap in the rebuilt index: it was being written for {timeout:g}s.")
            time.sleep(0.05)
    try:
        os.rename(path, old)
        try:
            os.rename(new, path)
        except OSError:
            os.rename(old, path)  # put the old index back rather than leave none
            raise
    finally:
        if lock is not None:
            lock.release()
    # Open files of the old index (other processes' searchers) stay readable after this on POSIX.
    shutil.rmtree(old, ignore_errors=True)


def _lock_path(folder: Path) -> Path:
    return folder.with_name(folder.name + ".lock")


def _hold_lock(lock: Path) -> int:
    """Create ``lock`` and hold an exclusive flock on it until the returned descriptor is closed."""
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def _in_use(folder: Path) -> bool:
    """Whether a live rebuild holds this folder's lock."""
    try:
        fd = os.open(_lock_path(folder), os.O_RDWR)
    except FileNotFoundError:
        # No lock (it is created before the folder and removed after it): a leftover, unless
        # it was made this very moment by some other means; give such a folder a minute.
        try:
            return time.time() - folder.stat().st_mtime < 60
        except FileNotFoundError:
            return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops the lock if we got it
    return False


def stale_rebuilds(path: Path) -> list[Path]:
    """Folders beside the index ``path`` left by killed rebuilds or swaps (none in use)."""
    path = Path(path)
    if not path.parent.is_dir():
        return []
    out = []
    for entry in sorted(path.parent.glob(f".{path.name}.rebuild-*")):
        if entry.name.endswith(".lock"):
            folder = entry.with_name(entry.name[: -len(".lock")])
            if not folder.exists() and not _in_use(folder):
                out.append(entry)  # a lock file whose folder is already gone
        elif entry.is_dir() and not _in_use(entry):
            out.append(entry)
    # An old index a killed swap did not get to delete; nothing ever opens it again.
    out.extend(e for e in sorted(path.parent.glob(f".{path.name}.old-*")) if e.is_dir())
    return out


def remove_stale(path: Path) -> list[Path]:
    """Delete what ``stale_rebuilds`` finds (and their lock files); return what was removed."""
    removed = stale_rebuilds(path)
    for entry in removed:
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        if entry.name.startswith(f".{Path(path).name}.rebuild-") and not entry.name.endswith(".lock"):
            _lock_path(entry).unlink(missing_ok=True)
    return removed


def diff_ids(store_ids: set[int], index_ids: set[int]) -> tuple[set[int], set[int]]:
    """(ids to add, ids to remove) to bring the index in line with the store."""
    return set(store_ids) - index_ids, index_ids - set(store_ids)
