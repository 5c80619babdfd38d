"""Crash recovery you can see: nothing an ingest stored is lost from search, whatever was killed.

Real on-disk database and index; real processes where a crash or a second writer is the point
(a crash is a real SIGKILL of a real process, at the moment that matters).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import index.rebuild as rebuilding
from desk import create_app, get_index, get_session
from desk.models import Passage
from desk.services import index_upkeep, library
from desk.services.search import search
from index import PassageDoc
from tests.conftest import PRESSER, RELEASE, SPEECH

ROOT = Path(__file__).resolve().parent.parent


def desk(data_dir, *args, timeout=180):
    """Run ``flask --app wsgi desk ARGS`` in its own process; return (returncode, stdout, stderr)."""
    env = dict(os.environ, DESK_DATA_DIR=str(data_dir))
    p = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "desk", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )
    return p.returncode, p.stdout, p.stderr


def python(data_dir, code: str, **kw):
    """Start a Python process on the data folder running ``code`` (which sees ``app``)."""
    prelude = (
        "from desk import create_app, get_index, get_session\n"
        f"app = create_app({{'DESK_DATA_DIR': {str(data_dir)!r}}})\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw,
    )


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_ingest_during_a_rebuild_is_searchable_after_the_swap(app, tmp_path, monkeypatch):
    """Another process ingests after the rebuild has read the database, just before the swap."""
    data = app.config["DESK_DATA_DIR"]
    speech = write(tmp_path / "in", "speech.txt", SPEECH)
    real_swap = rebuilding.swap_in
    ran = []

    def swap_after_an_ingest(path, new, timeout=rebuilding.WRITE_TIMEOUT):
        code, out, err = desk(data, "ingest", str(speech), "--kind", "speech", "--speaker", "Lucia Ferrante")
        ran.append((code, out, err))
        real_swap(path, new, timeout)

    monkeypatch.setattr(rebuilding, "swap_in", swap_after_an_ingest)
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        result = index_upkeep.reindex(session, index)
        code, out, err = ran[0]
        assert code == 0 and "1 added" in out, err
        speech_passages = session.scalar(
            library.select(library.func.count()).select_from(Passage).join(Passage.source).where(library.Source.kind == "speech")
        )
        assert speech_passages > 0
        assert search(session, index, "recovery fund")["total"] >= 1
        assert search(session, index, "east bridge")["total"] >= 1
        assert index.ids() == index_upkeep.all_passage_ids(session)
        assert result.added == speech_passages  # the catch-up after the swap put them back


def test_a_killed_ingest_is_reported_and_completed_by_ingesting_the_file_again(tmp_path):
    data = tmp_path / "data"
    presser = write(tmp_path / "in", "presser.txt", PRESSER)
    release = write(tmp_path / "in", "release.txt", RELEASE)
    # kill -9 of the ingest between its database commit and its index write.
    crash = python(data, f"""
        import os, signal
        from index import PassageIndex
        from desk.services import library
        PassageIndex.upsert = lambda self, docs: os.kill(os.getpid(), signal.SIGKILL)
        PassageIndex.bulk_add = lambda self, docs, **kw: os.kill(os.getpid(), signal.SIGKILL)
        with app.app_context():
            library.ingest_paths(get_session(), get_index(), [__import__('pathlib').Path({str(presser)!r})],
                                 library.SourceMeta(kind="transcript"))
    """)
    crash.communicate(timeout=120)
    assert crash.returncode == -signal.SIGKILL

    code, out, err = desk(data, "doctor")
    assert code == 1, err
    lines = dict(line.split(":", 1) for line in out.splitlines() if ":" in line and "`" not in line)
    stored = int(lines["Passages in the database"])
    assert stored > 0
    assert int(lines["Documents in the search index"]) == 0
    assert int(lines["Missing from the index"]) == stored
    assert "disagree" in out

    # Any ingest says so on the command line ...
    code, out, err = desk(data, "ingest", str(release), "--kind", "release")
    assert code == 0, err
    assert "Warning: The search index holds" in err and "desk doctor --fix" in err

    # ... and adding the killed file again completes it.
    code, out, err = desk(data, "ingest", str(presser), "--kind", "transcript")
    assert code == 0, err
    assert "already in the library: presser.txt is source 1 “" in out
    assert f"; {stored} passages were missing from the search index and were added" in out
    assert "Warning" not in err

    code, out, _ = desk(data, "search", "east bridge", "--json")
    assert json.loads(out)["total"] >= 1
    code, out, _ = desk(data, "doctor")
    assert code == 0 and "The index and the database agree." in out


def test_the_app_warns_at_start_when_the_index_and_database_disagree(app, caplog):
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        index.delete_passages(list(index_upkeep.all_passage_ids(session))[:3])
    with caplog.at_level(logging.WARNING):
        other = create_app({"TESTING": True, "DESK_DATA_DIR": app.config["DESK_DATA_DIR"], "WTF_CSRF_ENABLED": False})
    other.extensions["desk_index"].close()
    other.extensions["desk_engine"].dispose()
    assert any("desk doctor --fix" in r.getMessage() for r in caplog.records)


def test_doctor_reports_missing_and_extra_passages_and_fixes_them(app, runner):
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        ids = sorted(index_upkeep.all_passage_ids(session))
        index.delete_passages(ids[:2])
        index.upsert([doc(99999, "a passage the database never had")])
    result = runner.invoke(args=["desk", "doctor"])
    assert result.exit_code == 1
    assert "Missing from the index:          2" in result.output
    assert "In the index, not the database:  1" in result.output
    result = runner.invoke(args=["desk", "doctor", "--fix"])
    assert result.exit_code == 0, result.output
    assert "Added 2 passages to the index, removed 1." in result.output
    assert "The index and the database agree." in result.output
    with app.app_context():
        assert get_index().ids() == set(ids)


def doc(passage_id: int, text: str) -> PassageDoc:
    return PassageDoc(
        passage_id=passage_id, source_id=77, text=text, start=0, end=len(text), speaker_id=None,
        speaker_name=None, speaker_aliases=[], kind="other", outlet=None, title=None, date=None,
    )


def _start_rebuild_that_hangs(data):
    """A process that starts a real rebuild and stops half-way (to be killed)."""
    proc = python(data, """
        import time
        from index.rebuild import rebuild_into
        from index import PassageDoc

        def docs():
            yield PassageDoc(1, 1, "half-built", 0, 1, None, None, [], "other", None, None, None)
            print("building", flush=True)
            time.sleep(600)

        rebuild_into(app.config["DESK_DATA_DIR"] / "index", docs())
    """)
    assert proc.stdout.readline().strip() == "building", proc.stderr.read()
    return proc


def test_killed_rebuilds_leave_folders_that_the_next_rebuild_and_doctor_remove(app, runner):
    data = app.config["DESK_DATA_DIR"]
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        n = index.doc_count()

    live = _start_rebuild_that_hangs(data)
    try:
        folders = [p for p in data.glob(".index.rebuild-*") if p.is_dir()]
        assert len(folders) == 1
        # A live rebuild's folder is in use: neither listed nor removed.
        with app.app_context():
            assert get_index().stale_rebuilds() == []
            assert index_upkeep.reindex(get_session(), get_index()).indexed == n
        assert folders[0].is_dir()
    finally:
        live.kill()
        live.communicate(timeout=30)
    assert folders[0].is_dir()  # kill -9 left it behind

    with app.app_context():
        assert get_index().stale_rebuilds() == [folders[0]]
        index_upkeep.reindex(get_session(), get_index())  # the next rebuild clears it first
    assert not list(data.glob(".index.rebuild-*"))

    again = _start_rebuild_that_hangs(data)
    again.send_signal(signal.SIGKILL)
    again.communicate(timeout=30)
    result = runner.invoke(args=["desk", "doctor"])
    assert result.exit_code == 1 and "Stale rebuild folders:           1" in result.output
    result = runner.invoke(args=["desk", "doctor", "--fix"])
    assert result.exit_code == 0 and "Deleted 1 stale rebuild folder." in result.output
    assert not list(data.glob(".index.rebuild-*"))
    with app.app_context():
        assert get_index().doc_count() == n


def test_the_maintenance_page_repairs_the_index(app, admin):
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        index.delete_passages(list(index_upkeep.all_passage_ids(session))[:4])
    page = admin.get("/admin/").get_data(as_text=True)
    assert "differs from the database" in page and "Repair the search index" in page
    answer = admin.post("/admin/repair", follow_redirects=True).get_data(as_text=True)
    assert "Repaired the search index: 4 passages added, 0 removed" in answer
    assert "differs from the database" not in answer


def test_adding_a_source_again_on_the_page_or_by_the_api_completes_its_index_entries(app, client, api):
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        ids = sorted(index_upkeep.all_passage_ids(session))
        index.delete_passages(ids[:3])
    page = client.post(
        "/sources/new", data={"files": [(__import__("io").BytesIO(PRESSER.encode()), "presser.txt")], "kind": "transcript"},
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    assert "Already in the library" in page
    assert "3 of its passages were missing from the search index and were added" in page
    with app.app_context():
        get_index().delete_passages(ids[:2])
    answer = api.post("/api/v1/sources", data={"text": PRESSER, "title": "Presser", "kind": "transcript"}, headers=api.auth)
    assert answer.status_code == 200
    assert answer.get_json()["duplicate"] is True and answer.get_json()["repaired"] == 2
    with app.app_context():
        assert get_index().ids() == set(ids)
