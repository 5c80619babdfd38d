"""A number past any record's id (2**31 and more) in a URL, a query string, a form, the API or
the command line is "no such record", never an error page: SQLite cannot even compare such a
number with an id (OverflowError), PostgreSQL's INTEGER stops at 2**31 - 1."""

from __future__ import annotations

import pytest

from desk.ids import MAX_ID, as_id

HUGE = "9223372036854775808"   # 2**63: SQLite's OverflowError
BIG = str(MAX_ID + 1)          # 2**31: past PostgreSQL's INTEGER


def test_as_id_takes_record_numbers_only():
    assert as_id("42") == 42 and as_id(" 7 ") == 7 and as_id(MAX_ID) == MAX_ID
    assert [as_id(x) for x in (BIG, HUGE, "-1", "1.5", "", "٣", True, None, 2**40)] == [None] * 9


@pytest.fixture
def demo(app):
    out = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert out.exit_code == 0, out.output


@pytest.mark.parametrize("number", [BIG, HUGE])
def test_pages_of_a_number_past_any_record_are_not_found(demo, client, admin, number):
    for url in (f"/drafts/{number}", f"/drafts/{number}/report", f"/sources/{number}", f"/speakers/{number}"):
        page = client.get(url)
        assert page.status_code == 404, url
    for url in (f"/drafts/{number}/recheck", f"/sources/{number}/delete", f"/account/tokens/{number}/revoke"):
        assert client.post(url).status_code == 404, url
    assert admin.post(f"/users/{number}/password", data={"password": "x" * 12}).status_code == 404


@pytest.mark.parametrize("number", [BIG, HUGE])
def test_filters_and_forms_with_such_a_number_say_so(demo, client, number):
    listing = client.get(f"/sources/?page={number}&speaker={number}")
    assert listing.status_code == 200
    export = client.get(f"/export?format=csv&draft={number}")
    assert export.status_code == 404 and f"There is no draft {number}" in export.get_data(as_text=True)
    saved = client.post("/drafts/1/quotes/0/attribution", data={"passage_id": number},
                        headers={"Accept": "application/json"})
    assert saved.status_code == 400
    assert f"There is no passage {number}" in saved.get_data(as_text=True)
    removed = client.post("/speakers/1/aliases/remove", data={"alias_id": number})
    assert removed.status_code == 302
    assert "Choose an alias to remove." in client.get("/speakers/1").get_data(as_text=True)


def test_the_api_and_the_command_line_say_there_is_no_such_record(demo, api, runner):
    assert api.get(f"/api/v1/drafts/{HUGE}", headers=api.auth).status_code == 404
    assert api.get(f"/api/v1/sources/{HUGE}", headers=api.auth).status_code == 404
    saved = api.post("/api/v1/drafts/1/quotes/0/attribution", json={"passage_id": int(HUGE)}, headers=api.auth)
    assert saved.status_code == 400 and f"There is no passage {HUGE}" in saved.get_json()["error"]["message"]
    out = runner.invoke(args=["desk", "export", "--format", "csv", "--draft", HUGE])
    assert out.exit_code == 2 and "Traceback" not in out.output and "--draft" in out.output
