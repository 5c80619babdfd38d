"""News when a source arrives: drafts with quotes not found are re-checked against it (issue 11)."""

from __future__ import annotations

import pytest

from desk import get_session
from desk.models import Draft, DraftEvent
from desk.services import attributions as A
from tests.conftest import PRESSER, SPEECH

STORY = (
    "Brantwood counts the cost\n\n"
    "“We will not reopen the east bridge until engineers have inspected every pier,” Mayor Lucia Ferrante said.\n\n"
    "“Our recovery fund opens on Monday,” Ferrante told business owners.\n"
)
OTHER = "Chamber lunch\n\n“Brantwood has weathered floods before, and we will weather this one,” Ferrante said.\n"


@pytest.fixture
def library(app, client):
    page = client.post("/sources/new", data={"text": PRESSER, "title": "Presser", "kind": "transcript"})
    assert page.status_code == 302
    return client


def _check(client, body, title):
    page = client.post("/check", data={"title": title, "text": body})
    assert page.status_code == 302
    return int(page.headers["Location"].rsplit("/", 1)[1])


def _speech(client, **extra):
    return client.post(
        "/sources/new",
        data={"text": SPEECH, "title": "Chamber speech", "kind": "speech", "speaker": "Lucia Ferrante", **extra},
        follow_redirects=True,
    )


def _verdicts(app, draft_id):
    with app.app_context():
        return [q["verdict"] for q in get_session().get(Draft, draft_id).result["quotes"]]


def test_a_not_found_quote_gets_new_evidence_when_its_source_is_added(app, library):
    client = library
    story = _check(client, STORY, "Counting the cost")
    assert _verdicts(app, story) == ["exact", "not_found"]
    page = client.get(f"/drafts/{story}").get_data(as_text=True)
    assert "/sources/new?quote=Our+recovery+fund" in page  # the way to add the missing source
    # The editor decides the not-found quote before the source arrives.
    with app.app_context():
        A.record_attribution(get_session(), story, 1, {"verdict": "unverifiable", "note": "asked the office"},
                             actor="ed", expected_version=None)

    added = _speech(client).get_data(as_text=True)
    assert "New evidence for 1 quote in 1 draft" in added
    assert _verdicts(app, story) == ["exact", "exact"]
    listing = client.get("/drafts").get_data(as_text=True)
    assert "new evidence for 1 quote" in listing
    page = client.get(f"/drafts/{story}").get_data(as_text=True)
    assert "New evidence for 1 quote" in page
    assert "Quote 2</a> “Our recovery fund opens on Monday,”: Not found → <strong>Exact</strong> in Chamber speech" in page
    # The editor's decision is untouched.
    with app.app_context():
        state = A.get_attribution(get_session(), story, 1)
        assert state["verdict"] == "unverifiable" and state["note"] == "asked the office"
        events = [e.action for e in get_session().query(DraftEvent).filter_by(draft_id=story)]
        assert events == ["new_evidence"]

    # Seen: the banner and the tag go; the history keeps it.
    client.post(f"/drafts/{story}/news/seen")
    assert "new evidence" not in client.get("/drafts").get_data(as_text=True)
    page = client.get(f"/drafts/{story}").get_data(as_text=True)
    assert 'id="news"' not in page and "re-checked it after a new source" in page


def test_only_drafts_the_new_source_can_answer_are_rechecked(app, library):
    client = library
    unrelated = _check(client, "Bridge\n\n“We will not reopen the east bridge until engineers have inspected every pier,” Ferrante said.\n", "All found")
    missing = _check(client, "Other\n\n“Nothing in any source says this sentence at all,” Ferrante said.\n", "Other miss")
    archived = _check(client, STORY, "Archived one")
    client.post(f"/drafts/{archived}/archive")
    with app.app_context():
        before = {d.id: d.checked_at for d in get_session().query(Draft)}
    _speech(client)
    with app.app_context():
        after = {d.id: d.checked_at for d in get_session().query(Draft)}
        assert after[unrelated] == before[unrelated]  # nothing open
        assert after[missing] == before[missing]  # open, but the speech holds none of its words
        assert after[archived] == before[archived]  # archived drafts are left alone
        assert get_session().get(Draft, archived).news is None


def test_a_duplicate_source_brings_no_news(app, library):
    client = library
    _speech(client)
    story = _check(client, STORY, "Later story")
    assert _verdicts(app, story) == ["exact", "exact"]
    again = _speech(client).get_data(as_text=True)
    assert "New evidence" not in again and "Re-checked" not in again


def test_the_cap_leaves_older_drafts_waiting_with_a_note(app, library):
    client = library
    app.config["DESK_NEWS_MAX_DRAFTS"] = 1
    older = _check(client, OTHER, "Older")
    newer = _check(client, STORY, "Newer")
    added = _speech(client).get_data(as_text=True)
    assert "New evidence for 1 quote in 1 draft" in added
    assert "1 more draft may have new evidence" in added
    assert _verdicts(app, newer) == ["exact", "exact"]
    assert _verdicts(app, older) == ["not_found"]  # not re-checked: over the cap
    assert "a new source may hold evidence" in client.get("/drafts").get_data(as_text=True)
    assert "may hold evidence for 1 quote" in client.get(f"/drafts/{older}").get_data(as_text=True)
    client.post(f"/drafts/{older}/recheck")
    assert _verdicts(app, older) == ["exact"]
    assert "may hold evidence" not in client.get(f"/drafts/{older}").get_data(as_text=True)


def test_the_api_and_the_cli_recheck_too(app, library, api, runner, tmp_path):
    client = library
    story = _check(client, STORY, "API story")
    body = api.post("/api/v1/sources", data={"text": SPEECH, "title": "Speech", "kind": "speech",
                                            "speaker": "Lucia Ferrante"}, headers=api.auth).get_json()
    assert body["news"]["drafts"][0]["id"] == story
    assert body["news"]["drafts"][0]["changes"][0]["before"] == "not_found"
    other = _check(client, "More\n\n“Safety comes first, and it will stay first,” Ferrante said.\n", "CLI story")
    with app.app_context():
        # Stored as not found, as if checked before the presser's words were in the library.
        draft = get_session().get(Draft, other)
        draft.result = {**draft.result, "quotes": [{**draft.result["quotes"][0], "verdict": "not_found", "match": None}]}
        get_session().commit()
    (tmp_path / "release.txt").write_text(PRESSER.replace("Good morning", "Good evening"), encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(tmp_path / "release.txt")])
    assert out.exit_code == 0, out.output
    assert "New evidence for 1 quote in 1 draft" in out.output


def test_a_source_added_while_no_draft_has_an_open_quote_reads_none_of_its_passages(app):
    # A library being loaded (a folder of a million passages) must not be read back for news.
    from sqlalchemy import event

    from desk import get_index
    from desk.services import library, news

    with app.app_context():
        session, index = get_session(), get_index()
        result = library.ingest_bytes(session, index, "presser.txt", PRESSER.encode(), library.SourceMeta(kind="transcript"))
        statements = []

        def seen(conn, cursor, statement, *args):
            statements.append(statement)

        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            summary = news.after_ingest(session, index, [result], "editor")
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        assert summary["rechecked"] == 0 and statements
        assert not [s for s in statements if "passage.text" in s]
