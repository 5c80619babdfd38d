"""The editor's record through the pages and the API: decisions, conflicts, the log, exports, the report."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import signed_in


@pytest.fixture
def demo(app):
    """The demo library and its checked draft (draft 1)."""
    out = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert out.exit_code == 0, out.output
    return app


def quote_of(app, n):
    from desk import get_session
    from desk.services.checks import get_draft

    with app.app_context():
        return get_draft(get_session(), 1).result["quotes"][n]


def test_record_a_misquote_with_correct_wording_and_see_it_everywhere(demo, client):
    misquote = next(i for i in range(18) if quote_of(demo, i)["verdict"] == "misquote"
                    and quote_of(demo, i)["speaker"]["name"] == "Walter Feld")
    page = client.post(
        f"/drafts/1/quotes/{misquote}/attribution",
        data={"verdict": "misquote", "status": "resolved", "correct_wording": "I have never seen our members this worried",
              "note": "Checked against the hearing video.", "version": "0"},
        headers={"Accept": "application/json"},
    )
    assert page.status_code == 200, page.get_data(as_text=True)
    body = page.get_json()
    assert body["attribution"]["version"] == 1
    assert {e["field"] for e in body["attribution"]["audit"]} == {"verdict", "status", "correct_wording", "note"}
    assert "misquote" in body["readiness"]
    assert "this worried" in body["html"]

    html = client.get("/drafts/1").get_data(as_text=True)
    assert "Checked against the hearing video." in html and "resolved" in html

    log = client.get("/attributions?verdict=misquote").get_data(as_text=True)
    assert "Vellmont council" in log and "<td>ed</td>" in log and "<td>Walter Feld</td>" in log
    assert "No decisions match" in client.get("/attributions?verdict=exact").get_data(as_text=True)

    report = client.get("/drafts/1/report").get_data(as_text=True)
    assert "Correct wording: “I have never seen our members this worried”" in report

    export = client.get("/export?format=csv&draft=1")
    assert export.headers["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(export.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) == 19  # header + 18 quotes
    row = rows[1 + misquote]
    assert "I have never seen our members this worried" in row and "resolved" in row


def test_a_stale_page_is_told_instead_of_overwriting(demo, client, app):
    other = signed_in(app, "ana", "editor")
    assert other.post("/drafts/1/quotes/0/attribution", data={"note": "first", "version": "0"}).status_code == 302
    page = client.post("/drafts/1/quotes/0/attribution", data={"note": "second", "version": "0"}, headers={"Accept": "application/json"})
    assert page.status_code == 409
    assert "ana changed this quote" in page.get_json()["error"]["message"]
    assert page.get_json()["current"]["note"] == "first"


def test_bad_input_is_explained_and_changes_nothing(demo, client):
    page = client.post("/drafts/1/quotes/0/attribution", data={"verdict": "great", "version": "0"}, headers={"Accept": "application/json"})
    assert page.status_code == 400
    page = client.post("/drafts/1/quotes/0/attribution", data={"follow_up_due": "tomorrow", "version": "0"}, headers={"Accept": "application/json"})
    assert page.status_code == 400 and "YYYY-MM-DD" in page.get_json()["error"]["message"]
    assert client.post("/drafts/1/quotes/99/attribution", data={"note": "x"}).status_code == 302
    html = client.get("/drafts/1").get_data(as_text=True)
    assert "no verdict yet" in html and "Activity" not in html


def test_viewers_read_the_record_but_cannot_change_it(demo, viewer):
    assert viewer.get("/drafts/1").status_code == 200
    assert 'class="attribution-form"' not in viewer.get("/drafts/1").get_data(as_text=True)
    assert viewer.post("/drafts/1/quotes/0/attribution", data={"note": "x"}).status_code == 403
    assert viewer.get("/export?format=json&draft=1").status_code == 200


def test_api_records_attributions_and_exports(demo, api):
    h = api.auth
    doc = api.get("/api/v1/drafts/1", headers=h).get_json()
    assert len(doc["quotes"]) == 18 and doc["quotes"][0]["attribution"]["status"] == "unchecked"
    r = api.post("/api/v1/drafts/1/quotes/0/attribution", json={"verdict": "exact", "status": "resolved", "version": 0}, headers=h)
    assert r.status_code == 200 and r.get_json()["audit"][0]["actor"] == "bot"
    r = api.post("/api/v1/drafts/1/quotes/0/attribution", json={"note": "late", "version": 0}, headers=h)
    assert r.status_code == 409 and r.get_json()["error"]["code"] == "conflict"
    r = api.post("/api/v1/drafts/1/quotes/0/attribution", data="nope", headers=h)
    assert r.status_code == 400
    reviews = json.loads(api.get("/api/v1/export?format=claimreview&draft=1", headers=h).data)
    assert [rv["reviewRating"]["alternateName"] for rv in reviews] == ["Accurate quote"]
    assert api.get("/api/v1/export?format=xml", headers=h).status_code == 400


def test_cli_export_writes_a_file(demo, runner, tmp_path):
    out = tmp_path / "record.json"
    result = runner.invoke(args=["desk", "export", "--format", "json", "--draft", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert len(data["drafts"][0]["quotes"]) == 18
    result = runner.invoke(args=["desk", "export", "--format", "csv", "--draft", "99"])
    assert result.exit_code == 1 and "no draft 99" in result.output
    nowhere = tmp_path / "no such folder" / "x.csv"
    result = runner.invoke(args=["desk", "export", "--format", "csv", "-o", str(nowhere)])
    assert result.exit_code == 1 and "Could not write" in result.output and "Traceback" not in result.output


def test_csv_export_names_its_charset_once(demo, client):
    export = client.get("/export?format=csv&draft=1")
    assert export.headers["Content-Type"] == "text/csv; charset=utf-8"
