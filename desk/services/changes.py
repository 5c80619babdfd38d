"""The library's change log, and how each host's search index follows the database with it.

Why
---
The database is the store of record; the Whoosh index is a derived copy.  With several hosts on
one PostgreSQL, each host keeps its OWN index in its own data folder (never a shared folder on a
network disk: Whoosh's file locks and memory maps are not made for that).  A host's own writes
update its index at once (ingest, delete, speaker pages, as before); what other hosts change
reaches it through this log.

Recording
---------
Every change to what the index holds adds a ``LibraryChange`` row IN THE SAME TRANSACTION as the
change itself, so the log can never miss a committed change nor announce one that was rolled
back.  The callers make one-line calls just before they commit:

- :func:`source_added` (``library._store``), which also notes speakers an ingest renamed, and
  :func:`sources_added` for a bulk ingest's chunk (``bulk.record_sources_added``);
- :func:`source_removed` (``library.delete_source``, and an ingest taken back, one file or a
  bulk chunk);
- :func:`speaker_changed` (rename, alias added or removed, merge: the speaker's name and aliases
  are in every one of their passages' index documents);
- :func:`passages_changed` (any other set of passages to read again).

A row says WHICH sources, speakers or passages to look at again, not what they became: applying
a change reads their current state from the database.  So applying is idempotent (applying a
change twice, or an old change after a newer one, leaves the index as the database is now), and
a host may skip straight to the newest state.

Order: a host remembers the highest change id it has applied, and next asks for ids above it.
That is only safe if a change with a lower id can never commit after one with a higher id.  On
PostgreSQL the recording transaction first takes a transaction-scoped advisory lock
(``pg_advisory_xact_lock``), held until its commit, so change rows commit in id order; the lock
is taken just before the commit, so it is held for milliseconds.  SQLite has one writer at a
time anyway.

Applying
--------
:func:`follow` applies the changes past a host's position in batches: for each source named,
passages the database has and the index lacks are added and passages the index has and the
database lacks are removed (so a host's own ingests, already indexed, cost one term lookup);
each speaker's passages and each named passage are written again.  The position is saved in the
data folder (``index-position.json``) only after the index commit, by an atomic rename: a crash
in between means the batch is applied again, which is harmless.

A host whose position is unknown — a new host, a data folder moved to another database, a
position above the log's newest id (the database was replaced) — first brings its index in line
with the database and then starts from the log's newest id, read BEFORE that catch-up.  When the
log is empty (nothing was ever renamed through it) and the index is not, by passage ids
(:func:`desk.services.index_upkeep.repair_index`): that is how an existing library moves on to this
revision, or to a copy of its database (``desk copy-database`` keeps the ids), without a
rebuild.  Otherwise by a full rebuild (:func:`desk.services.index_upkeep.reindex`): an empty index is
filled fastest that way, and a stale one may carry old speaker names that ids cannot reveal.

Who applies: on each host one process, the one holding the non-blocking ``flock`` on
``index-follower.lock`` in the data folder (:mod:`desk.follower` runs it in a background thread
of every server process; the others retry, and take over when the holder dies).  The other
processes of the host see the index change as they see each other's writes.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desk.models import LibraryChange, Passage, Source
from desk.services import index_upkeep
from index import PassageIndex

log = logging.getLogger(__name__)

KINDS = ("source_added", "source_removed", "speaker_changed", "passages_changed")
#: The file in the data folder that holds the host's position in the log.
POSITION_FILE = "index-position.json"
#: Changes applied per round (one index commit or two each).
BATCH = 500
#: Passages read from the database and written to the index at a time.
WRITE_CHUNK = 20000
#: Any constant will do: the key of the advisory lock that orders change rows on PostgreSQL.
_ORDER_LOCK = 0x51D35C


# -- recording ------------------------------------------------------------------------------


def _record(session: Session, what: str, **ids) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ORDER_LOCK})
    session.add(LibraryChange(what=what, **ids))
    session.flush()


def source_added(session: Session, source: Source) -> None:
    """A new source with its passages; speakers the ingest renamed too (their passages carry the name)."""
    from desk.services.speakers import RENAMED

    session.flush()
    _record(session, "source_added", source_id=source.id)
    for speaker_id in sorted(session.info.get(RENAMED, ())):
        _record(session, "speaker_changed", speaker_id=speaker_id)


def sources_added(session: Session, source_ids: Iterable[int]) -> None:
    """Many new sources at once (a bulk ingest's chunk, in its transaction)."""
    from desk.services.speakers import RENAMED

    session.flush()
    for source_id in source_ids:
        _record(session, "source_added", source_id=source_id)
    for speaker_id in sorted(session.info.get(RENAMED, ())):
        _record(session, "speaker_changed", speaker_id=speaker_id)


def source_removed(session: Session, source_id: int) -> None:
    _record(session, "source_removed", source_id=source_id)


def speaker_changed(session: Session, speaker_id: int) -> None:
    """The speaker's name or aliases changed, or passages moved to them (a merge)."""
    _record(session, "speaker_changed", speaker_id=speaker_id)


def passages_changed(session: Session, passage_ids: Iterable[int]) -> None:
    ids = sorted(set(passage_ids))
    if ids:
        _record(session, "passages_changed", passage_ids=ids)


# -- the host's position ------------------------------------------------------------------


def database_name(session: Session) -> str:
    """The database the position is in, without any password."""
    return make_url(str(session.get_bind().url)).render_as_string(hide_password=True)


def read_position(data_dir: Path, database: str) -> int | None:
    """The id of the last change applied here, or None when unknown (or kept for another database)."""
    try:
        saved = json.loads((Path(data_dir) / POSITION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("database") != database or not isinstance(saved.get("change"), int):
        return None
    return saved["change"]


def save_position(data_dir: Path, database: str, change_id: int) -> None:
    """Write the position atomically (a crash leaves the old one or the new one, never half)."""
    path = Path(data_dir) / POSITION_FILE
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"database": database, "change": change_id}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def newest_change(session: Session) -> int:
    return session.scalar(select(func.max(LibraryChange.id))) or 0


# -- applying -------------------------------------------------------------------------------


def apply_changes(session: Session, index: PassageIndex, changes: Iterable[LibraryChange]) -> tuple[int, int]:
    """Make the index hold what the database holds now for everything these changes name:
    (passages written, passages removed)."""
    sources: set[int] = set()
    speakers: set[int] = set()
    named: set[int] = set()
    for change in changes:
        if change.source_id is not None:
            sources.add(change.source_id)
        if change.speaker_id is not None:
            speakers.add(change.speaker_id)
        named.update(change.passage_ids or ())
    write: set[int] = set()
    remove: set[int] = set()
    if sources:
        stored: dict[int, set[int]] = {sid: set() for sid in sources}
        for pid, sid in session.execute(select(Passage.id, Passage.source_id).where(Passage.source_id.in_(sources))):
            stored[sid].add(pid)
        for sid, ids in stored.items():
            held = index.source_passage_ids(sid)
            write |= ids - held
            remove |= held - ids
    if speakers:
        write |= set(session.scalars(select(Passage.id).where(Passage.speaker_id.in_(speakers))))
    if named:
        present = set(session.scalars(select(Passage.id).where(Passage.id.in_(named))))
        write |= present
        remove |= named - present
    removed = index.delete_passages(remove) if remove else 0
    written = 0
    todo = sorted(write)
    for i in range(0, len(todo), WRITE_CHUNK):  # bounded memory, one index commit per chunk
        written += index.upsert(index_upkeep.passage_docs(session, todo[i : i + WRITE_CHUNK]))
    return written, removed


def catch_up(session: Session, index: PassageIndex) -> int:
    """Bring an index of unknown position in line with the database; return the log position it is at."""
    newest = newest_change(session)
    session.commit()  # a fresh snapshot: everything up to ``newest`` is in what follows
    if newest == 0 and index.doc_count() > 0:
        added, removed = index_upkeep.repair_index(session, index)
        log.info("search index caught up with the database by passage ids: %d added, %d removed", added, removed)
    else:
        result = index_upkeep.reindex(session, index)
        log.info("search index rebuilt from the database (its position in the change log was unknown): %d passages",
                 result.indexed)
    return newest


def follow(session: Session, index: PassageIndex, data_dir: Path) -> int:
    """Apply every change past this host's saved position; return how many were applied.

    The caller must be the host's only follower (see :mod:`desk.follower`).
    """
    database = database_name(session)
    position = read_position(data_dir, database)
    newest = newest_change(session)
    if position is None or position > newest:
        position = catch_up(session, index)
        save_position(data_dir, database, position)
    applied = 0
    while True:
        batch = list(
            session.scalars(select(LibraryChange).where(LibraryChange.id > position).order_by(LibraryChange.id).limit(BATCH))
        )
        if not batch:
            break
        written, removed = apply_changes(session, index, batch)
        position = batch[-1].id
        save_position(data_dir, database, position)
        applied += len(batch)
        log.info("applied changes up to %d: %d passages written, %d removed", position, written, removed)
        session.commit()  # end the read transaction, so the next round sees newer commits
    session.commit()
    return applied
