"""Rebuilding and repairing the index, which is derived data: the store is the truth.

- ``rebuild_into``: write every passage into a fresh temporary folder NEXT TO the index (same
  filesystem, so the final rename is atomic), then swap it in.  Searches keep using the old
  index for the whole build; a crash mid-build leaves the old index untouched and a
  ``.NAME.rebuild-*`` folder to delete.
- ``diff_ids``: what an incremental repair must add and remove, by comparing the store's
  passage ids with the index's.  (PassageIndex.sync does the writing.)

The swap is two renames (index → .old, new → index), each atomic; for the microseconds between
them the folder is missing, which PassageIndex's opener waits out.  The old index's write lock
is held across the swap so a writer in another process is never half-way through a commit.
Writes that reach the OLD index while a rebuild runs are lost with it: run ``sync`` afterwards
(or rebuild from a store that already holds them).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as whoosh_index

from .schema import SCHEMA
from .types import IndexBusyError, PassageDoc
from .writing import WRITE_TIMEOUT, to_fields

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

    A passage id seen twice is indexed once (the first copy).  ``procs > 1`` builds with several
    processes — for the CLI's bulk path only: a killed parent leaves workers holding the lock.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.rebuild-", dir=path.parent))
    try:
        ix = whoosh_index.create_in(str(tmp), SCHEMA)
        writerargs = {"limitmb": limitmb, "compound": False}
        if procs > 1:
            writerargs.update(procs=procs, multisegment=True)
        writer = ix.writer(**writerargs)
        seen: set[int] = set()
        try:
            for doc in docs:
                if doc.passage_id in seen:
                    continue
                seen.add(doc.passage_id)
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


def diff_ids(store_ids: set[int], index_ids: set[int]) -> tuple[set[int], set[int]]:
    """(ids to add, ids to remove) to bring the index in line with the store."""
    return set(store_ids) - index_ids, index_ids - set(store_ids)
