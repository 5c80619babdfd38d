"""Two hosts on one PostgreSQL: two data folders, two ``desk serve`` servers as real processes.

Each host has its own search index; what one host adds, decides or merges reaches the other
through the database (the change log, followed by a background thread in each server).
"""

from __future__ import annotations

import json
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from desk import create_app, get_session
from desk.services.users import add_user, new_token
from tests.conftest import PASSWORD, PRESSER, SPEECH
from tests.test_serve import DRAFT, Browser, Server

#: How long the other host may take to show a change ("within seconds").
WITHIN = 10.0


def wait_for(probe, what: str):
    started = time.monotonic()
    while True:
        value = probe()
        if value:
            return time.monotonic() - started
        if time.monotonic() - started > WITHIN:
            raise AssertionError(f"host 2 did not show {what} within {WITHIN:g}s")
        time.sleep(0.2)


class Api(Browser):
    def __init__(self, base: str, token: str, server=None):
        super().__init__(base)
        self.auth = {"Authorization": f"Bearer {token}"}
        self.server = server

    def get(self, path: str) -> dict:
        status, _, body = self.open(path, headers=self.auth)
        # a 500 shows the host's own log, where the app logged the traceback
        assert status == 200, (body, self.server.output()[-4000:] if self.server else "")
        return json.loads(body)

    def post_json(self, path: str, body: dict) -> tuple[int, dict]:
        status, _, answer = self.open(path, headers={**self.auth, "Content-Type": "application/json"},
                                      body=json.dumps(body).encode())
        return status, json.loads(answer)

    def post_form(self, path: str, fields: dict) -> tuple[int, dict]:
        status, _, answer = self.open(path, fields, headers=self.auth)
        return status, json.loads(answer)

    def search(self, q: str, **filters) -> dict:
        return self.get("/api/v1/search?" + urllib.parse.urlencode({"q": q, **filters}))


@pytest.fixture
def hosts(tmp_path, pg_url):
    env = {"DESK_DATABASE_URL": pg_url}
    # The editor and their token, made once: they are rows of the one database both hosts use.
    setup = create_app({"DESK_DATA_DIR": tmp_path / "setup", "DESK_DATABASE_URL": pg_url})
    with setup.app_context():
        token = new_token(get_session(), add_user(get_session(), "ed", "editor", PASSWORD).id)
    setup.extensions["desk_index"].close()
    setup.extensions["desk_engine"].dispose()
    folders = [tmp_path / "host1" / "data", tmp_path / "host2" / "data"]
    for folder in folders:
        folder.parent.mkdir()
    with ThreadPoolExecutor(2) as pool:  # both start at once
        starting = [pool.submit(Server, folder, workers=n, env=env) for n, folder in zip((1, 2), folders, strict=True)]
        servers = [f.result() for f in starting if f.exception() is None]
    try:
        assert len(servers) == 2, [str(f.exception()) for f in starting]
        yield [Api(s.base, token, s) for s in servers], servers
    finally:
        for server in servers:
            server.stop()


def test_what_one_host_adds_decides_and_merges_the_other_shows_within_seconds(hosts):
    (one, two), servers = hosts
    assert two.search('"east bridge"')["total"] == 0

    status, added = one.post_form("/api/v1/sources", {"text": PRESSER, "title": "Flood presser", "kind": "transcript"})
    assert status == 201, added
    took = wait_for(lambda: two.search('"east bridge"')["total"] == 1, "the new source")
    print(f"source reached host 2 in {took:.2f}s")

    status, doc = one.post_json("/api/v1/check", {"text": DRAFT, "title": "Bridge"})
    assert status == 201, doc
    draft_id = doc["draft"]["id"]
    status, state = one.post_json(f"/api/v1/drafts/{draft_id}/quotes/0/attribution",
                                  {"status": "resolved", "verdict": "exact", "note": "Checked on the tape."})
    assert status == 200, state
    seen = two.get(f"/api/v1/drafts/{draft_id}")["quotes"][0]["attribution"]
    assert (seen["status"], seen["verdict"], seen["note"]) == ("resolved", "exact", "Checked on the tape.")

    status, _ = one.post_form("/api/v1/sources", {"text": SPEECH, "title": "Chamber remarks", "kind": "speech",
                                                    "speaker": "Lucy Ferrante"})
    assert status == 201
    wait_for(lambda: two.search("grant")["total"] == 1, "the speech")
    assert two.search("grant", speaker="Lucia Ferrante")["total"] == 0  # two people, until merged
    ids = {s["name"]: s["id"] for s in one.get("/api/v1/speakers")["speakers"]}

    editor = Browser(servers[0].base)
    assert editor.sign_in("ed", PASSWORD)[0] == 200
    token = editor.csrf(f"/speakers/{ids['Lucy Ferrante']}")
    status, _, page = editor.open(f"/speakers/{ids['Lucy Ferrante']}/merge",
                                  {"csrf_token": token, "other": str(ids["Lucia Ferrante"])})
    assert status == 200 and "Merged" in page, page
    took = wait_for(lambda: two.search("grant", speaker="Lucia Ferrante")["total"] == 1, "the merge")
    print(f"merge reached host 2 in {took:.2f}s")
    assert dict(two.search("grant")["facets"]["speaker"]) == {"Lucia Ferrante": 1}
    assert "Lucy Ferrante" not in {s["name"] for s in two.get("/api/v1/speakers")["speakers"]}
