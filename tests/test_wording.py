"""Wording an editor reads: flags that agree with the page, one numbering from 1, plain empty states."""

from __future__ import annotations

import csv
import io
import json

from tests.test_check_page import add_presser

DRAFT = """Bridge update

A sign at the briefing read: “Anyone who promises you a date is guessing.”

“Mayor, when will the bridge reopen?” Tom Reyes asked at the briefing.
"""


def _check(client) -> str:
    add_presser(client)
    page = client.post("/check", data={"text": DRAFT, "title": "Reyes"})
    assert page.status_code == 302
    return page.headers["Location"]


def test_a_named_speaker_missing_from_the_library_is_not_called_unnamed(client):
    # Tom Reyes is in no source; the words are a questioner's, who may be him
    url = _check(client)
    html = client.get(url).get_data(as_text=True)
    assert "Draft says: <strong>Tom Reyes</strong>" in html
    assert "Tom Reyes is not in the library, so the speaker could not be checked." in html
    # The quote with nobody named keeps the plain wording, and only that one.
    assert html.count("The draft does not say who said this.") == 1

    draft_id = url.rsplit("/", 1)[1]
    report = client.get(f"/drafts/{draft_id}/report").get_data(as_text=True)
    assert "Tom Reyes is not in the library" in report
    body = client.get(f"/export?format=csv&draft={draft_id}").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert "The draft does not say who said this." in rows[0]["Flag notes"]
    assert "Tom Reyes is not in the library" in rows[1]["Flag notes"]


def test_quotes_are_numbered_from_one_in_the_page_the_csv_and_the_json(client):
    url = _check(client)
    draft_id = url.rsplit("/", 1)[1]
    html = client.get(url).get_data(as_text=True)
    assert "quote 1</span>" in html and "quote 2</span>" in html and "quote 0</span>" not in html
    body = client.get(f"/export?format=csv&draft={draft_id}").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert [r["Quote number"] for r in rows] == ["1", "2"]
    doc = json.loads(client.get(f"/export?format=json&draft={draft_id}").get_data(as_text=True))
    quotes = doc["drafts"][0]["quotes"]
    assert [(q["number"], q["quote_index"]) for q in quotes] == [(1, 0), (2, 1)]


def test_the_log_says_when_nothing_is_recorded_yet_and_when_filters_hide_everything(client):
    html = client.get("/attributions").get_data(as_text=True)
    assert "No decisions recorded yet." in html and "No decisions match" not in html
    html = client.get("/attributions?verdict=exact").get_data(as_text=True)
    assert "No decisions recorded yet." in html

    url = _check(client)
    client.post(url + "/quotes/0/attribution", data={"verdict": "misquote"})
    html = client.get("/attributions?verdict=exact").get_data(as_text=True)
    assert "No decisions match these filters." in html and "Show all decisions" in html
    assert "No decisions recorded yet." not in html


def test_a_page_that_needs_another_role_uses_the_right_article(client):
    page = client.get("/admin/")
    assert page.status_code == 403
    text = page.get_data(as_text=True)
    assert "signed in as an editor" in text and "as a editor" not in text


def test_someone_the_draft_does_not_name_is_shown_in_its_words_and_never_misattributed(client):
    # The mayor's words, credited to "a friend": the draft names nobody, so nobody is accused of
    # misquoting and the check shows whom the draft credits, in its words.
    add_presser(client)
    draft = ("Bridge\n\n“We will not reopen the east bridge until engineers have inspected every pier,” "
             "a friend said.\n\n“Anyone who promises you a date is guessing,” according to two city officials.\n")
    page = client.post("/check", data={"text": draft, "title": "Friend"})
    assert page.status_code == 302
    html = client.get(page.headers["Location"]).get_data(as_text=True)
    assert "Draft says: <strong>a friend</strong>" in html
    assert "Draft says: <strong>two city officials</strong>" in html
    assert "The draft does not name who said this, only “a friend”, so the speaker could not be checked." in html
    assert "is not in the library" not in html
    draft_id = page.headers["Location"].rsplit("/", 1)[1]
    doc = client.get(f"/export?format=json&draft={draft_id}").get_json()
    quotes = doc["drafts"][0]["quotes"]
    assert [q["machine_verdict"] for q in quotes] == ["exact", "exact"]
    assert [q["speaker_name"] for q in quotes] == ["a friend", "two city officials"]
    # the library gains no speaker called "a friend"
    speakers = client.get("/speakers/").get_data(as_text=True)
    assert "a friend" not in speakers
