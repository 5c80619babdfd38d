"""The published story's address on a draft (issue 11): editors give it on the Check form, on the
draft page, through the API and on the command line; a bad address is refused with a reason and
changes nothing; every change is an event of the draft's history; a re-check keeps it."""

from __future__ import annotations

import pytest

from desk import get_session
from desk.models import Draft, DraftEvent
from tests.test_check_page import add_presser
from tests.test_wording import DRAFT

STORY = "https://news.example/2026/12/bridge-update"
TOO_LONG = "https://news.example/" + "a" * 2000

BAD = [
    ("javascript:alert(1)", "must be a web address starting with https:// or http:// (not “javascript:”)"),
    ("ftp://files.example/story.txt", "(not “ftp:”)"),
    ("news.example/2026/story", "must be a web address starting with https:// or http://"),
    ("https:///no-site", "needs the site's name"),
    ("https://news.example/a story", "cannot contain spaces"),
    (TOO_LONG, "at most 2,000 characters; this one has 2,021"),
]


def _drafts(app) -> list[tuple[int, str | None]]:
    with app.app_context():
        return [(d.id, d.story_url) for d in get_session().query(Draft).order_by(Draft.id)]


def _events(app, draft_id: int) -> list[tuple[str, str, dict | None]]:
    with app.app_context():
        rows = get_session().query(DraftEvent).filter_by(draft_id=draft_id).order_by(DraftEvent.id)
        return [(e.action, e.actor, e.detail) for e in rows]


def _checked(app, client, **data) -> int:
    add_presser(client)
    page = client.post("/check", data={"text": DRAFT, "title": "Reyes", **data})
    assert page.status_code == 302, page.get_data(as_text=True)
    return int(page.headers["Location"].rsplit("/", 1)[1])


# --- the Check form -------------------------------------------------------------------------------


def test_the_check_form_stores_the_story_url_as_an_event_and_a_recheck_keeps_it(app, client):
    assert 'name="story_url"' in client.get("/check").get_data(as_text=True)
    draft_id = _checked(app, client, story_url=f"  {STORY}  ")
    assert _drafts(app) == [(draft_id, STORY)]
    assert _events(app, draft_id) == [("story_url", "ed", {"before": None, "after": STORY})]
    page = client.get(f"/drafts/{draft_id}").get_data(as_text=True)
    assert f'href="{STORY}"' in page and "set the story URL" in page

    assert client.post(f"/drafts/{draft_id}/recheck").status_code == 302
    assert _drafts(app) == [(draft_id, STORY)]
    assert len(_events(app, draft_id)) == 1


def test_without_a_story_url_the_check_works_as_before(app, client):
    draft_id = _checked(app, client)
    assert _drafts(app) == [(draft_id, None)]
    assert _events(app, draft_id) == []


@pytest.mark.parametrize(("value", "message"), BAD)
def test_the_check_form_refuses_a_bad_story_url_and_checks_nothing(app, client, value, message):
    add_presser(client)
    page = client.post("/check", data={"text": DRAFT, "title": "Reyes", "story_url": value})
    assert page.status_code == 400
    body = page.get_data(as_text=True)
    assert message.replace("'", "&#39;") in body
    assert DRAFT.splitlines()[0] in body  # the pasted draft is still in the box
    assert _drafts(app) == []


# --- the draft page -------------------------------------------------------------------------------


def test_the_draft_page_sets_changes_and_removes_the_story_url_each_an_event(app, client):
    draft_id = _checked(app, client)
    page = client.get(f"/drafts/{draft_id}").get_data(as_text=True)
    assert 'id="story-url"' in page and "No story URL yet" in page

    saved = client.post(f"/drafts/{draft_id}/story-url", data={"story_url": STORY}, follow_redirects=True)
    assert f"Story URL saved: exported reviews link to {STORY}#quote-1" in saved.get_data(as_text=True)
    other = STORY + "-2"
    client.post(f"/drafts/{draft_id}/story-url", data={"story_url": other})
    same = client.post(f"/drafts/{draft_id}/story-url", data={"story_url": other}, follow_redirects=True)
    assert "unchanged" in same.get_data(as_text=True)
    cleared = client.post(f"/drafts/{draft_id}/story-url", data={"story_url": ""}, follow_redirects=True)
    assert "Story URL removed" in cleared.get_data(as_text=True)
    assert _drafts(app) == [(draft_id, None)]
    assert _events(app, draft_id) == [
        ("story_url", "ed", {"before": None, "after": STORY}),
        ("story_url", "ed", {"before": STORY, "after": other}),
        ("story_url", "ed", {"before": other, "after": None}),
    ]
    history = cleared.get_data(as_text=True)
    assert "Draft history (3)" in history and "removed the story URL" in history


@pytest.mark.parametrize(("value", "message"), BAD)
def test_the_draft_page_refuses_a_bad_story_url_and_changes_nothing(app, client, value, message):
    draft_id = _checked(app, client, story_url=STORY)
    page = client.post(f"/drafts/{draft_id}/story-url", data={"story_url": value})
    assert page.status_code == 400
    body = page.get_data(as_text=True)
    assert message.replace("'", "&#39;") in body
    assert '<details class="story-url" id="story-url" open>' in body  # the form is open, at the reason
    assert _drafts(app) == [(draft_id, STORY)]
    assert len(_events(app, draft_id)) == 1


def test_a_viewer_sees_the_story_url_but_cannot_change_it(app, client, viewer):
    draft_id = _checked(app, client, story_url=STORY)
    page = viewer.get(f"/drafts/{draft_id}").get_data(as_text=True)
    assert f'href="{STORY}"' in page and 'name="story_url"' not in page
    assert viewer.post(f"/drafts/{draft_id}/story-url", data={"story_url": ""}).status_code == 403
    assert _drafts(app) == [(draft_id, STORY)]


# --- the API --------------------------------------------------------------------------------------


def test_the_api_sets_and_clears_the_story_url(app, client, api):
    draft_id = _checked(app, client)
    done = api.patch(f"/api/v1/drafts/{draft_id}", json={"story_url": STORY}, headers=api.auth)
    assert done.status_code == 200 and done.get_json() == {"draft_id": draft_id, "story_url": STORY}
    assert api.get(f"/api/v1/drafts/{draft_id}", headers=api.auth).get_json()["story_url"] == STORY
    cleared = api.post(f"/api/v1/drafts/{draft_id}", json={"story_url": None}, headers=api.auth)
    assert cleared.status_code == 200 and cleared.get_json()["story_url"] is None
    assert [(a, who) for a, who, _ in _events(app, draft_id)] == [("story_url", "bot"), ("story_url", "bot")]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"story_url": "javascript:alert(1)"}, "(not “javascript:”)"),
        ({"story_url": "ftp://files.example/x"}, "(not “ftp:”)"),
        ({"story_url": TOO_LONG}, "at most 2,000 characters"),
        ({"story_url": 42}, "must be a web address, as text"),
        ({"title": "New title"}, "“title” cannot"),
        ({}, "send {"),
    ],
)
def test_the_api_refuses_bad_input_and_changes_nothing(app, client, api, body, message):
    draft_id = _checked(app, client, story_url=STORY)
    answer = api.patch(f"/api/v1/drafts/{draft_id}", json=body, headers=api.auth)
    assert answer.status_code == 400
    assert message in answer.get_json()["error"]["message"]
    assert _drafts(app) == [(draft_id, STORY)]
    assert len(_events(app, draft_id)) == 1


def test_the_api_check_takes_a_story_url_and_refuses_a_bad_one_before_any_work(app, client, api):
    add_presser(client)
    bad = api.post("/api/v1/check", json={"text": DRAFT, "story_url": "javascript:alert(1)"}, headers=api.auth)
    assert bad.status_code == 400 and _drafts(app) == []
    done = api.post("/api/v1/check", json={"text": DRAFT, "story_url": STORY}, headers=api.auth)
    assert done.status_code == 201 and done.get_json()["story_url"] == STORY
    draft_id = done.get_json()["draft"]["id"]
    assert _drafts(app) == [(draft_id, STORY)]
    assert _events(app, draft_id) == [("story_url", "bot", {"before": None, "after": STORY})]


def test_a_viewer_token_cannot_change_the_story_url(app, client):
    from desk.services.users import new_token
    from tests.conftest import make_user

    draft_id = _checked(app, client, story_url=STORY)
    uid = make_user(app, "reader", "viewer")
    with app.app_context():
        auth = {"Authorization": f"Bearer {new_token(get_session(), uid)}"}
    assert app.test_client().patch(f"/api/v1/drafts/{draft_id}", json={"story_url": None}, headers=auth).status_code == 403
    assert _drafts(app) == [(draft_id, STORY)]


# --- the command line -----------------------------------------------------------------------------


def test_desk_check_takes_a_story_url(app, client, runner, tmp_path):
    add_presser(client)
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    bad = runner.invoke(args=["desk", "check", str(path), "--story-url", "ftp://files.example/x"])
    assert bad.exit_code == 1 and "(not “ftp:”)" in bad.stderr
    assert _drafts(app) == []
    out = runner.invoke(args=["desk", "check", str(path), "--story-url", STORY])
    assert out.exit_code == 0, out.output
    assert f"Story URL: {STORY}" in out.stdout
    [(draft_id, url)] = _drafts(app)
    assert url == STORY and _events(app, draft_id) == [("story_url", "cli", {"before": None, "after": STORY})]
