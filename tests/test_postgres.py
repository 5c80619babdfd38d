"""The store of record on a real PostgreSQL (started by the tests: tests/pg.py): the migrations,
the append-only audit trail, the queries that differ between databases, and the change log that
lets a second data folder's index follow what the first one did."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError

from desk import create_app, get_index, get_session
from desk.db import alembic_config, make_engine, migrate
from desk.errors import Conflict
from desk.models import Base, LibraryChange, Passage, Source
from desk.services import changes, index_upkeep, library, speakers
from tests.conftest import PRESSER, SPEECH


def test_migrations_build_the_models_schema_on_postgresql(pg_url):
    engine = make_engine(pg_url)
    migrate(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    migrate(engine)  # a second run changes nothing
    engine.dispose()


def _one_event(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO draft (title, text, created_at, checked_at) VALUES ('d', 't', now(), now())"))
        conn.execute(
            text(
                "INSERT INTO audit_event (draft_id, quote_index, actor, at, field, before, after) "
                "VALUES ((SELECT max(id) FROM draft), 0, 'ana', now(), 'verdict', NULL, 'exact')"
            )
        )


def _refused(engine):
    for sql in ("UPDATE audit_event SET after = 'misquote'", "DELETE FROM audit_event", "DELETE FROM draft"):
        with pytest.raises(DBAPIError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT after FROM audit_event")).scalar() == "exact"


def test_postgresql_refuses_to_change_or_remove_an_audit_event(pg_url):
    engine = make_engine(pg_url)
    migrate(engine)
    _one_event(engine)
    _refused(engine)  # deleting the draft would cascade to its trail: refused too
    # Down to before revision 0003 and up again: the trigger is still there.
    command.downgrade(alembic_config(engine), "0002")
    _refused(engine)
    migrate(engine)
    _refused(engine)
    engine.dispose()


@pytest.fixture
def two_hosts(tmp_path, pg_url):
    """Two apps, each with its own data folder and index, on one PostgreSQL database."""
    apps = []
    for n in (1, 2):
        apps.append(create_app({
            "TESTING": True, "WTF_CSRF_ENABLED": False, "DESK_DATA_DIR": tmp_path / f"host{n}",
            "DESK_DATABASE_URL": pg_url, "DESK_INDEX_FOLLOW_SECONDS": 0,
        }))
    yield apps
    for app in apps:
        app.extensions["desk_index"].close()
        app.extensions["desk_engine"].dispose()


def follow(app) -> int:
    with app.app_context():
        return changes.follow(get_session(), get_index(), app.config["DESK_DATA_DIR"])


def search(app, q, **filters):
    with app.app_context():
        from desk.services.search import search as run

        return run(get_session(), get_index(), q, **filters)


def ingest(app, name, body, **meta):
    with app.app_context():
        return library.ingest_bytes(get_session(), get_index(), name, body.encode(), library.SourceMeta(**meta))


def test_a_second_host_follows_ingests_speaker_changes_and_deletions(two_hosts):
    one, two = two_hosts
    assert follow(two) == 0  # a new host: caught up with the (empty) database
    added = ingest(one, "presser.txt", PRESSER, kind="transcript")
    assert search(one, '"east bridge"')["total"] == 1
    assert search(two, '"east bridge"')["total"] == 0  # not followed yet
    assert follow(two) == 1
    assert search(two, '"east bridge"')["total"] == 1

    speech = ingest(one, "speech.txt", SPEECH, kind="speech", speaker="Lucy Ferrante")
    follow(two)
    assert search(two, "grant", speaker="Lucia Ferrante")["total"] == 0
    with one.app_context():
        session = get_session()
        ids = {s["name"]: s["id"] for s in speakers.list_speakers(session)}
        moved = speakers.merge_speakers(session, ids["Lucia Ferrante"], ids["Lucy Ferrante"])
        session.commit()
        index_upkeep.reindex_passages(session, get_index(), moved)
    assert follow(two) == 1
    found = search(two, "grant", speaker="Lucia Ferrante")
    assert found["total"] == 1
    assert dict(found["facets"]["speaker"]) == {"Lucia Ferrante": 1}

    with one.app_context():
        session = get_session()
        assert speakers.update_speaker(session, ids["Oren Blackwood"], name="Oren Blackwood-Hale")
        session.commit()
    follow(two)
    assert search(two, "volunteer", speaker="Blackwood-Hale")["total"] == 1

    with one.app_context():
        library.delete_source(get_session(), get_index(), added.source_id)
    follow(two)
    assert search(two, '"east bridge"')["total"] == 0
    assert search(two, "grant")["total"] == 1
    doctor = two.test_cli_runner().invoke(args=["desk", "doctor"])
    assert doctor.exit_code == 0 and "applied, up to change 5" in doctor.output, doctor.output
    with two.app_context():
        assert index_upkeep.index_health(get_session(), get_index()).agree
        assert speech.source_id in {row["id"] for row in library.list_sources(get_session())[0]}


def test_following_again_after_a_crash_before_the_position_was_saved_changes_nothing(two_hosts):
    one, two = two_hosts
    follow(two)
    ingest(one, "presser.txt", PRESSER, kind="transcript")
    follow(two)
    data = two.config["DESK_DATA_DIR"]
    with two.app_context():
        database = changes.database_name(get_session())
        position = changes.read_position(data, database)
        assert position == get_session().query(LibraryChange).count()
    # As if the host died after the index commit, before the position reached the disk.
    changes.save_position(data, database, 0)
    assert follow(two) == 1
    assert search(two, "bridge")["total"] == search(one, "bridge")["total"] > 0
    with two.app_context():
        assert index_upkeep.index_health(get_session(), get_index()).agree


def test_a_host_whose_position_is_unknown_rebuilds_its_index_from_the_database(two_hosts):
    one, two = two_hosts
    follow(two)
    ingest(one, "presser.txt", PRESSER, kind="transcript")
    follow(two)
    with one.app_context():
        session = get_session()
        sid = {s["name"]: s["id"] for s in speakers.list_speakers(session)}["Oren Blackwood"]
        speakers.update_speaker(session, sid, name="Oren Blackwood-Hale")
        session.commit()
    (two.config["DESK_DATA_DIR"] / changes.POSITION_FILE).unlink()  # lost: the index may be stale
    assert "has not followed it yet" in two.test_cli_runner().invoke(args=["desk", "doctor"]).output
    assert follow(two) == 0
    assert search(two, "volunteer", speaker="Blackwood-Hale")["total"] == 1


def test_library_filters_treat_percent_and_underscore_as_plain_characters(two_hosts):
    one, _ = two_hosts
    ingest(one, "a.txt", PRESSER, kind="transcript", title="Flood 100% update", outlet="City_Hall")
    ingest(one, "b.txt", SPEECH, kind="speech", speaker="Lucia Ferrante", title="Flood 1000 update", outlet="CityXHall")
    with one.app_context():
        session = get_session()
        assert [r["title"] for r in library.list_sources(session, q="100%")[0]] == ["Flood 100% update"]
        assert {r["title"] for r in library.list_sources(session, q="FLOOD 100")[0]} == {
            "Flood 100% update", "Flood 1000 update"}
        assert [r["outlet"] for r in library.list_sources(session, outlet="city_hall")[0]] == ["City_Hall"]


def test_copy_database_moves_a_sqlite_library_to_postgresql(tmp_path, pg_url, source_files):
    data = tmp_path / "data"
    old = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DESK_DATA_DIR": data})
    runner = old.test_cli_runner()
    assert runner.invoke(args=["desk", "ingest", str(source_files)]).exit_code == 0
    assert runner.invoke(args=["desk", "user", "add", "ed", "--role", "editor", "--password-stdin"],
                         input="correct horse battery\n").exit_code == 0
    client = old.test_client()
    assert client.post("/login", data={"username": "ed", "password": "correct horse battery"}).status_code == 302
    with old.app_context():
        from desk.services import attributions, checks

        doc = checks.check_text(get_session(), get_index(), (
            "Bridge\n\n“We will not reopen the east bridge until engineers have inspected every pier,” "
            "Mayor Lucia Ferrante said.\n"), title="Bridge")
        attributions.record_attribution(get_session(), doc["draft"]["id"], 0,
                                        {"status": "resolved", "verdict": "exact"}, actor="ed")
    before = search(old, "bridge")

    out = runner.invoke(args=["desk", "copy-database", pg_url])
    assert out.exit_code == 0, out.output
    assert "passage" in out.output and "Copied." in out.output
    again = runner.invoke(args=["desk", "copy-database", pg_url])
    assert again.exit_code == 1 and "not empty" in again.output and "nothing was changed" in again.output
    bad = runner.invoke(args=["desk", "copy-database", "not a url"])
    assert bad.exit_code == 1 and "is not a database URL" in bad.output
    old.extensions["desk_index"].close()
    old.extensions["desk_engine"].dispose()

    new = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DESK_DATA_DIR": data,
                      "DESK_DATABASE_URL": pg_url, "DESK_INDEX_FOLLOW_SECONDS": 0})
    try:
        assert search(new, "bridge") == before
        assert follow(new) == 0  # a new database for this folder: caught up by ids, nothing to redo
        client = new.test_client()
        assert client.post("/login", data={"username": "ed", "password": "correct horse battery"}).status_code == 302
        with new.app_context():
            from desk.services import attributions

            session = get_session()
            assert attributions.get_attribution(session, 1, 0)["status"] == "resolved"
            with pytest.raises(DBAPIError, match="append-only"):
                session.execute(text("DELETE FROM audit_event"))
            session.rollback()
            # New rows get ids past the copied ones.
            added = library.ingest_bytes(session, get_index(), "speech.txt", SPEECH.encode(),
                                         library.SourceMeta(kind="speech", speaker="Lucia Ferrante"))
            assert not added.duplicate and added.source_id == 3
            assert index_upkeep.index_health(session, get_index()).agree
    finally:
        new.extensions["desk_index"].close()
        new.extensions["desk_engine"].dispose()



def test_hosts_starting_at_once_on_a_new_database_migrate_it_once(pg_url):
    import subprocess
    import sys
    from pathlib import Path

    code = "import sys; from desk.db import make_engine, migrate; migrate(make_engine(sys.argv[1]))"
    root = Path(__file__).resolve().parent.parent
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_url], cwd=root, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_two_editors_naming_one_source_at_once_keep_the_first_naming(two_hosts):
    """The second naming read the passages while the first had written them but not committed:
    its UPDATE waits for the first's commit, then finds them taken and is refused (409)."""
    one, two = two_hosts
    source_id = ingest(one, "speech.txt", SPEECH, kind="speech").source_id
    first, second = (app.extensions["desk_sessionmaker"]() for app in two_hosts)
    speakers.name_source_speaker(first, source_id, "Lucia Ferrante")   # written, not committed
    read = threading.Event()
    outcome = []

    @event.listens_for(second, "do_orm_execute")
    def _read(state):
        if state.is_select and Passage.__mapper__ in state.all_mappers:
            result = state.invoke_statement().freeze()
            read.set()
            return result()
        return None

    def name_again():
        try:
            speakers.name_source_speaker(second, source_id, "Tom Hale")
            second.commit()
            outcome.append("named")
        except Conflict as exc:
            second.rollback()
            outcome.append(exc.message)

    thread = threading.Thread(target=name_again)
    thread.start()
    assert read.wait(30)   # the second request saw the passages still waiting
    thread.join(0.5)
    assert thread.is_alive()   # its UPDATE waits on the first request's rows
    first.commit()
    thread.join(30)
    assert len(outcome) == 1 and "now Lucia Ferrante’s" in outcome[0], outcome
    with one.app_context():
        session = get_session()
        assert {p.speaker.name for p in session.get(Source, source_id).passages} == {"Lucia Ferrante"}
    first.close()
    second.close()
