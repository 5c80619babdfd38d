"""Fixtures: an app on a real on-disk database and index in a temporary folder, its client and CLI runner."""

from __future__ import annotations

import contextlib
import json
import os
import threading

import pytest
from werkzeug.serving import make_server

from desk import create_app, get_index, get_session
from tests.pg import pg_server, pg_url  # noqa: F401  (fixtures: a real PostgreSQL the tests start)

PRESSER = """CITY OF BRANTWOOD — MEDIA AVAILABILITY
Mayor Lucia Ferrante and Fire Chief Oren Blackwood
City Hall, March 3, 2026
Moderator: Dana Whitcombe, city communications director

MODERATOR: Good morning. The mayor will speak first, then the chief.

MAYOR FERRANTE: Thank you, Dana. The river crested at six metres overnight. We will not reopen the east bridge until engineers have inspected every pier.

I know that is hard news for commuters. Safety comes first, and it will stay first.

Q: Mayor, when will the bridge reopen?

MAYOR FERRANTE: I am not prepared to give a date today. Anyone who promises you a date is guessing.

CHIEF BLACKWOOD: Our crews pulled eleven people from flooded basements. Nobody was seriously hurt, and I want to thank every volunteer who came out in the rain.
"""

SPEECH = """Remarks to the Brantwood Chamber of Commerce

Thank you all for coming. Brantwood has weathered floods before, and we will weather this one.
Our recovery fund opens on Monday. Every small business on Water Street can apply for a grant of up to ten thousand dollars.
"""

RELEASE = """City of Brantwood — News release

Recovery fund opens Monday

Small businesses hit by the flood can apply from Monday. “Every small business on Water Street can apply for a grant of up to ten thousand dollars,” Mayor Lucia Ferrante said. “Nobody will be left behind.”
"""


@pytest.fixture
def app(tmp_path, request):
    """The app on SQLite in a temporary data folder; with DESK_TEST_DATABASE=postgresql in the
    environment, on a fresh database of the tests' own PostgreSQL instead (tests/pg.py)."""
    config = {"TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "WTF_CSRF_ENABLED": False}
    if os.environ.get("DESK_TEST_DATABASE") == "postgresql":
        config["DESK_DATABASE_URL"] = request.getfixturevalue("pg_url")
        # The test's own `desk` subprocesses on this data folder use that database too.
        request.getfixturevalue("monkeypatch").setenv("DESK_DATABASE_URL", config["DESK_DATABASE_URL"])
        config["DESK_INDEX_FOLLOW_SECONDS"] = 0  # one process, one host: its own writes index
    app = create_app(config)
    yield app
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


PASSWORD = "correct horse battery"


def make_user(app, name: str, role: str):
    from desk.services.users import add_user

    with app.app_context():
        return add_user(get_session(), name, role, PASSWORD).id


def signed_in(app, name: str, role: str):
    """A test client signed in through the real sign-in form as a new user with this role."""
    make_user(app, name, role)
    client = app.test_client()
    page = client.post("/login", data={"username": name, "password": PASSWORD})
    assert page.status_code == 302, page.get_data(as_text=True)
    return client


@pytest.fixture
def client(app):
    """Signed in as an editor."""
    return signed_in(app, "ed", "editor")


@pytest.fixture
def anon(app):
    return app.test_client()


@pytest.fixture
def viewer(app):
    return signed_in(app, "vi", "viewer")


@pytest.fixture
def admin(app):
    return signed_in(app, "ad", "admin")


@pytest.fixture
def api(app):
    """A test client for the API with an editor's bearer token: api.get/post(..., headers=api.auth)."""
    from desk.services.users import new_token

    uid = make_user(app, "bot", "editor")
    with app.app_context():
        token = new_token(get_session(), uid)
    client = app.test_client()
    client.auth = {"Authorization": f"Bearer {token}"}
    return client


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def passages_by_opening(name: str, data: str, kind: str, speaker: str | None = None) -> dict[str, str | None]:
    """Read ``data`` as the file ``name`` and cut it as ``kind``: each passage's first 24
    characters (spaces folded) mapped to its speaker — what the source tests assert on."""
    from desk.extract.formats import read_document
    from desk.extract.transcripts import segment

    doc = read_document(name, data.encode())
    return {" ".join(doc.text[s.start:s.end].split())[:24]: s.speaker for s in segment(doc, kind, speaker=speaker)}


def checked_quotes(runner, source, story, *ingest_args: str) -> list[dict]:
    """Ingest ``source`` (with ``ingest_args``), check the ``story`` file: the check's quotes."""
    out = runner.invoke(args=["desk", "ingest", str(source), *ingest_args])
    assert out.exit_code == 0, out.output
    out = runner.invoke(args=["desk", "check", str(story), "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)["quotes"]


@pytest.fixture
def ctx(app):
    """An app context with the session and index at hand: (session, index)."""
    with app.app_context():
        yield get_session(), get_index()


@pytest.fixture
def source_files(tmp_path):
    """A small folder of sources: a two-speaker transcript and a news release that quotes the mayor."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "presser.txt").write_text(PRESSER, encoding="utf-8")
    (folder / "release.txt").write_text(RELEASE, encoding="utf-8")
    return folder


@contextlib.contextmanager
def served(app):
    """Serve ``app`` from a thread on a free loopback port; yield its base URL; stop and close after."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        app.extensions["desk_index"].close()
        app.extensions["desk_engine"].dispose()
