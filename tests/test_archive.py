"""Drafts can be archived: hidden from lists and exports, kept with their history; admins restore."""

from __future__ import annotations

from sqlalchemy import text

from desk import get_session
from desk.models import Attribution, DraftEvent
from desk.services import attributions as A
from tests.conftest import PRESSER

STORY = (
    "Flood update\n\n"
    "“We will not reopen the east bridge until engineers have inspected every pier,” "
    "Mayor Lucia Ferrante said.\n"
)
JUNK = "Junk test\n\n“Nobody said these words anywhere at all,” said Someone Else.\n"


def _check(client, body: str, title: str) -> int:
    page = client.post("/check", data={"title": title, "text": body})
    assert page.status_code == 302, page.get_data(as_text=True)
    return int(page.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def _setup(app, client):
    added = client.post("/sources/new", data={"text": PRESSER, "title": "Presser", "kind": "transcript"})
    assert added.status_code == 302
    keep, junk = _check(client, STORY, "Keep me"), _check(client, JUNK, "Junk check")
    with app.app_context():
        A.record_attribution(get_session(), junk, 0, {"verdict": "not_found", "note": "typo test"}, actor="ed",
                             expected_version=None)
    return keep, junk


def _trail(app, draft_id):
    with app.app_context():
        return get_session().execute(
            text("SELECT id, field, after FROM audit_event WHERE draft_id = :d ORDER BY id"), {"d": draft_id}
        ).all()


def test_archive_hides_a_draft_everywhere_and_an_admin_restores_it(app, client, admin):
    keep, junk = _setup(app, client)
    assert "Junk check" in client.get("/drafts").get_data(as_text=True)
    trail = _trail(app, junk)
    assert trail

    page = client.post(f"/drafts/{junk}/archive", follow_redirects=True)
    body = page.get_data(as_text=True)
    assert "Archived “Junk check”" in body
    # Gone from Drafts, Recent checks and the export menu…
    for path in ("/drafts", "/check", "/export"):
        assert "Junk check" not in client.get(path).get_data(as_text=True), path
        assert "Keep me" in client.get(path).get_data(as_text=True), path
    # …and from exports, by period and by number (with a reason).
    csv = client.get("/export?format=csv").get_data(as_text=True)
    assert "Nobody said these words" not in csv and "east bridge" in csv
    refused = client.get(f"/export?format=json&draft={junk}")
    assert refused.status_code == 400 and "archived" in refused.get_data(as_text=True)
    # An editor can no longer open it; the page says why.
    closed = client.get(f"/drafts/{junk}")
    assert closed.status_code == 404 and "archived" in closed.get_data(as_text=True)
    # Kept: the decision and its audit trail are still there.
    with app.app_context():
        s = get_session()
        assert s.query(Attribution).filter_by(draft_id=junk).one().note == "typo test"
    assert _trail(app, junk) == trail

    # The admin sees it among archived drafts, opens it, and restores it.
    listing = admin.get("/drafts/archived").get_data(as_text=True)
    assert "Junk check" in listing and "Keep me" not in listing
    shown = admin.get(f"/drafts/{junk}").get_data(as_text=True)
    assert "Archived</strong> by ed" in shown and "Restore" in shown
    # An editor cannot restore (nor list archived drafts).
    assert client.post(f"/drafts/{junk}/restore").status_code == 403
    assert client.get("/drafts/archived").status_code == 403
    restored = admin.post(f"/drafts/{junk}/restore", follow_redirects=True).get_data(as_text=True)
    assert "Restored “Junk check”" in restored
    assert "Junk check" in client.get("/drafts").get_data(as_text=True)
    assert client.get(f"/drafts/{junk}").status_code == 200
    # Both acts are events of the draft's history, shown on its page.
    with app.app_context():
        events = get_session().query(DraftEvent).filter_by(draft_id=junk).order_by(DraftEvent.id).all()
        assert [(e.action, e.actor) for e in events] == [("archived", "ed"), ("restored", "ad")]
    history = client.get(f"/drafts/{junk}").get_data(as_text=True)
    assert "archived the draft" in history and "restored the draft" in history


def test_archiving_twice_or_a_missing_draft_changes_nothing(app, client):
    _, junk = _setup(app, client)
    client.post(f"/drafts/{junk}/archive")
    again = client.post(f"/drafts/{junk}/archive", follow_redirects=True).get_data(as_text=True)
    assert "already archived" in again
    missing = client.post("/drafts/999/archive", follow_redirects=True).get_data(as_text=True)
    assert "There is no draft 999" in missing
    with app.app_context():
        assert get_session().query(DraftEvent).count() == 1


def test_the_api_archives_and_only_an_admin_restores(app, client, api):
    from desk.services.users import new_token
    from tests.conftest import make_user

    _, junk = _setup(app, client)
    done = api.post(f"/api/v1/drafts/{junk}/archive", headers=api.auth)
    assert done.status_code == 200 and done.get_json()["archived"]["by"] == "bot"
    assert api.get(f"/api/v1/drafts/{junk}", headers=api.auth).status_code == 404
    assert api.post(f"/api/v1/drafts/{junk}/restore", headers=api.auth).status_code == 403
    uid = make_user(app, "boss", "admin")
    with app.app_context():
        boss = {"Authorization": f"Bearer {new_token(get_session(), uid)}"}
    assert api.get(f"/api/v1/drafts/{junk}", headers=boss).get_json()["archived"]["by"] == "bot"
    assert api.post(f"/api/v1/drafts/{junk}/restore", headers=boss).status_code == 200
    assert api.get(f"/api/v1/drafts/{junk}", headers=api.auth).get_json()["archived"] is None
    assert api.post(f"/api/v1/drafts/{junk}/restore", headers=boss).status_code == 409


def test_draft_events_are_append_only_and_0004_downgrades_keeping_the_trail(tmp_path):
    import pytest
    from alembic import command
    from sqlalchemy.exc import IntegrityError, OperationalError

    from desk.db import alembic_config, make_engine, migrate

    engine = make_engine(f"sqlite:///{tmp_path / 'e.sqlite3'}")
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO draft (title, text, created_at, checked_at, archived_at, archived_by) "
                          "VALUES ('d', 't', '2026-01-01', '2026-01-01', '2026-01-02', 'ana')"))
        conn.execute(text("INSERT INTO draft_event (draft_id, actor, at, action) VALUES (1, 'ana', '2026-01-02', 'archived')"))
        conn.execute(text("INSERT INTO audit_event (draft_id, quote_index, actor, at, field, before, after) "
                          "VALUES (1, 0, 'ana', '2026-01-01', 'verdict', NULL, 'exact')"))
    for sql in ("UPDATE draft_event SET actor = 'x'", "DELETE FROM draft_event"):
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    command.downgrade(alembic_config(engine), "0003")  # drops the columns in place: the trail stays
    with engine.connect() as conn:
        assert conn.execute(text("SELECT after FROM audit_event")).scalar() == "exact"
        assert conn.execute(text("SELECT title FROM draft")).scalar() == "d"
    migrate(engine)
    engine.dispose()


def test_an_archived_drafts_decisions_cannot_change(app, client, admin, api):
    _, junk = _setup(app, client)
    client.post(f"/drafts/{junk}/archive")
    trail = _trail(app, junk)
    form = client.post(f"/drafts/{junk}/quotes/0/attribution", data={"verdict": "misquote", "note": "changed"},
                       follow_redirects=True)
    assert "archived, so its decisions cannot change" in form.get_data(as_text=True)
    assert "Saved quote" not in form.get_data(as_text=True)
    by_api = api.post(f"/api/v1/drafts/{junk}/quotes/0/attribution", json={"verdict": "exact"}, headers=api.auth)
    assert by_api.status_code == 400 and "archived" in by_api.get_json()["error"]["message"]
    # Not even an admin, who can open it: restoring it comes first.
    by_admin = admin.post(f"/drafts/{junk}/quotes/0/attribution", data={"note": "admin"}, follow_redirects=True)
    assert "archived, so its decisions cannot change" in by_admin.get_data(as_text=True)
    assert _trail(app, junk) == trail
    with app.app_context():
        assert get_session().query(Attribution).filter_by(draft_id=junk).one().note == "typo test"
