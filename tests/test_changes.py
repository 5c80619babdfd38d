"""The library's change log on the embedded SQLite: written with each change or not at all, and a
follower that, turned on for a single host, only confirms what its own writes already did."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from desk import create_app, follower, get_index, get_session
from desk.errors import Conflict, IngestError
from desk.models import LibraryChange
from desk.services import changes, index_upkeep, library, speakers
from tests.conftest import PRESSER, SPEECH


def _log(session):
    session.expire_all()
    return [(c.what, c.source_id, c.speaker_id) for c in session.scalars(select(LibraryChange).order_by(LibraryChange.id))]


def test_changes_are_logged_with_the_change_and_never_for_a_refused_one(ctx):
    session, index = ctx
    added = library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
    assert _log(session) == [("source_added", added.source_id, None)]
    library.ingest_bytes(session, index, "again.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
    with pytest.raises(IngestError):
        library.ingest_bytes(session, index, "empty.txt", b"No quotes here at all.", library.SourceMeta(kind="article"))
    assert len(_log(session)) == 1  # a duplicate and a refused file change nothing

    ids = {s["name"]: s["id"] for s in speakers.list_speakers(session)}
    with pytest.raises(Conflict):
        speakers.add_alias(session, ids["Oren Blackwood"], "Ferrante")
    session.rollback()
    assert len(_log(session)) == 1
    speakers.add_alias(session, ids["Oren Blackwood"], "the chief")
    session.commit()
    library.delete_source(session, index, added.source_id)
    assert _log(session)[1:] == [("speaker_changed", None, ids["Oren Blackwood"]),
                                 ("source_removed", added.source_id, None)]


def test_a_source_whose_index_write_fails_is_logged_as_removed_again(ctx, monkeypatch):
    session, index = ctx

    def broken(docs):
        raise OSError("disk full")

    monkeypatch.setattr(index, "upsert", broken)
    with pytest.raises(IngestError):
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
    whats = [w for w, _, _ in _log(session)]
    assert whats == ["source_added", "source_removed"]


@pytest.fixture
def following(tmp_path):
    """An app on SQLite with the follower turned on, as a server process runs it."""
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DESK_DATA_DIR": tmp_path / "data",
                      "DESK_INDEX_FOLLOW_SECONDS": 0.1})
    yield app
    if app.extensions.get("desk_follower"):
        app.extensions["desk_follower"].stop()
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def test_the_follower_is_off_by_default_on_sqlite(app):
    app.test_client().get("/login")
    assert "desk_follower" not in app.extensions
    assert follower.interval(app) == 0


def test_a_follower_turned_on_for_sqlite_is_harmless(following):
    app = following
    app.test_client().get("/login")  # a server process starts its follower with its first request
    running = app.extensions["desk_follower"]
    assert running.is_alive()
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        library.ingest_bytes(session, index, "speech.txt", SPEECH.encode(),
                             library.SourceMeta(kind="speech", speaker="Lucia Ferrante"))
        newest = changes.newest_change(session)
        database = changes.database_name(session)
        deadline = time.monotonic() + 10
        while changes.read_position(app.config["DESK_DATA_DIR"], database) != newest:
            assert time.monotonic() < deadline, "the follower did not reach the newest change"
            time.sleep(0.05)
        health = index_upkeep.index_health(session, index)
        assert health.agree and health.documents == health.passages

        # A second process of the host finds the lock taken and leaves the index alone.
        second = follower.IndexFollower(app, 0.1)
        assert second.follow_once() == 0 and second._lock_fd is None
        running.stop()
        assert not running.is_alive()
        assert second._take_lock()  # the lock is free once the first has stopped
        second.stop()


def test_a_bulk_ingest_is_logged_and_another_index_follows_it(ctx, tmp_path, monkeypatch):
    """A folder goes in through the bulk path: every source is in the log, so another host's
    index, applying the log from the start, ends up holding exactly the library's passages; a
    chunk taken back after its index write failed is logged as removed."""
    from index import PassageIndex

    session, index = ctx
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "presser.txt").write_text(PRESSER, encoding="utf-8")
    (folder / "speech.txt").write_text(SPEECH, encoding="utf-8")
    done, failed = library.ingest_paths(session, index, library.expand_paths([folder]),
                                        library.SourceMeta(kind="transcript"))
    assert len(done) == 2 and not failed
    logged = [(w, s) for w, s, _ in _log(session) if w.startswith("source")]
    assert sorted(logged) == sorted(("source_added", r.source_id) for r in done)

    other = PassageIndex(tmp_path / "other-host-index")
    try:
        changes.apply_changes(session, other, session.scalars(select(LibraryChange).order_by(LibraryChange.id)))
        assert other.ids() == index_upkeep.all_passage_ids(session) == index.ids()
    finally:
        other.close()

    def broken(docs, **kw):
        raise OSError("disk full")

    monkeypatch.setattr(index, "bulk_add", broken)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "notes.txt").write_text(SPEECH.replace("Ferrante", "Okafor") + "\nAnd one more line.\n",
                                                 encoding="utf-8")
    done, failed = library.ingest_paths(session, index, library.expand_paths([tmp_path / "more"]),
                                        library.SourceMeta(kind="speech", speaker="Ada Okafor"))
    assert failed and not done
    whats = [w for w, _, _ in _log(session)]
    assert whats[-2:] == ["source_added", "source_removed"]
