"""The pages, through Flask's test client: adding, browsing, speakers, search, errors."""

from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import func, select

from desk import create_app
from desk.models import Source
from tests.conftest import PRESSER, RELEASE, SPEECH


def add(client, files=None, **fields):
    data = dict(fields)
    if files:
        data["files"] = [(io.BytesIO(content), name) for name, content in files]
    return client.post("/sources/new", data=data, content_type="multipart/form-data", follow_redirects=True)


def test_upload_one_file_shows_its_passages_coloured_by_speaker(client):
    page = add(client, files=[("presser.txt", PRESSER.encode())], kind="transcript", outlet="City Hall", date="2026-03-03")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Added" in html and "passages" in html
    assert "Lucia Ferrante" in html and "Oren Blackwood" in html
    assert re.search(r'class="passage spk-\d"', html)
    assert 'class="passage spk-q"' in html  # the reporter's question


def test_upload_several_files_reports_each(client):
    page = add(client, files=[("presser.txt", PRESSER.encode()), ("empty.txt", b""), ("release.txt", RELEASE.encode())])
    html = page.get_data(as_text=True)
    assert html.count("Added:") == 2
    assert "Not added" in html and "empty.txt" in html


def test_paste_text_with_a_speaker(client):
    page = add(client, text=SPEECH, title="Chamber remarks", kind="speech", speaker="Lucia Ferrante")
    html = page.get_data(as_text=True)
    assert "Chamber remarks" in html and "Lucia Ferrante" in html


@pytest.mark.parametrize(
    "fields, message",
    [
        ({}, "Choose at least one file, or paste the text."),
        ({"text": "Some words."}, "Pasted text needs a title."),
        ({"text": SPEECH, "title": "x", "url": "not a url"}, "Give a full web address"),
        ({"text": SPEECH, "title": "x", "date": "31/12/2026"}, "Not a valid date"),
    ],
)
def test_bad_form_input_is_explained_and_nothing_stored(client, app, fields, message):
    page = add(client, **fields)
    assert page.status_code == 400
    assert message in page.get_data(as_text=True)
    with app.app_context():
        from desk import get_session

        assert get_session().scalar(select(func.count()).select_from(Source)) == 0


def test_binary_upload_is_refused_clearly(client):
    page = add(client, files=[("photo.txt", b"\x00\x01\x02\x03" * 100)])
    assert page.status_code == 400
    assert "binary" in page.get_data(as_text=True).lower()


def test_source_list_filters(client):
    add(client, files=[("presser.txt", PRESSER.encode())], kind="transcript")
    add(client, text=SPEECH, title="Chamber remarks", kind="speech", speaker="Lucia Ferrante")
    html = client.get("/sources/?kind=speech").get_data(as_text=True)
    assert "Chamber remarks" in html and "presser" not in html.lower()
    html = client.get("/sources/?q=chamber").get_data(as_text=True)
    assert "Chamber remarks" in html


def test_speaker_rename_alias_merge_pages(client):
    add(client, files=[("presser.txt", PRESSER.encode())], kind="transcript")
    html = client.get("/speakers/").get_data(as_text=True)
    ids = dict((name, int(i)) for i, name in re.findall(r'/speakers/(\d+)">([^<]+)</a>', html))
    chief, mayor = ids["Oren Blackwood"], ids["Lucia Ferrante"]

    page = client.post(f"/speakers/{chief}/aliases", data={"alias": "the fire chief"}, follow_redirects=True)
    assert "Added the alias" in page.get_data(as_text=True)
    page = client.post(f"/speakers/{chief}/aliases", data={"alias": "Ferrante"}, follow_redirects=True)
    assert page.status_code == 400 and "already names Lucia Ferrante" in page.get_data(as_text=True)

    page = client.post(f"/speakers/{chief}", data={"name": "Chief Oren Blackwood", "wikidata_id": "nope"})
    assert page.status_code == 400 and "Q42" in page.get_data(as_text=True)

    results = client.get("/search/?q=volunteer&speaker=fire+chief").get_data(as_text=True)
    assert 'id="result-count">1 passage' in results

    page = client.post(f"/speakers/{chief}/merge", data={"other": mayor}, follow_redirects=True)
    html = page.get_data(as_text=True)
    assert "Merged" in html and "Oren Blackwood" in html  # now an alias of the mayor
    assert client.get(f"/speakers/{chief}").status_code == 404


def test_search_page_with_facets_highlight_and_filters(client):
    add(client, files=[("presser.txt", PRESSER.encode())], kind="transcript", outlet="City Hall", date="2026-03-03")
    add(client, text=SPEECH, title="Chamber remarks", kind="speech", speaker="Lucia Ferrante", date="2025-11-02")
    html = client.get('/search/?q="east bridge"').get_data(as_text=True)
    assert "<mark>" in html and "Lucia Ferrante" in html
    html = client.get("/search/?q=flood*").get_data(as_text=True)
    assert "Speaker" in html and "Year" in html
    html = client.get("/search/?q=brantwood&kind=speech").get_data(as_text=True)
    assert "Chamber remarks" in html and "Media availability" not in html
    html = client.get("/search/?q=weathr~1").get_data(as_text=True)
    assert "weather" in html.lower()
    html = client.get("/search/?q=bridge&from=2026-01-01&to=2026-12-31").get_data(as_text=True)
    assert "2026-03-03" in html


def test_search_page_bad_date_is_explained(client):
    page = client.get("/search/?q=bridge&from=yesterday")
    assert page.status_code == 400
    assert "YYYY-MM-DD" in page.get_data(as_text=True)


def test_search_operators_left_dangling_and_unreadable_searches_are_explained(client, api):
    add(client, files=[("presser.txt", PRESSER.encode())], kind="transcript")
    plain = client.get("/search/?q=bridge").get_data(as_text=True)
    total = re.search(r"(\d+) passages? match", plain).group(1)
    for q in ("bridge OR", "bridge AND", "OR bridge", "bridge NOT", "AND bridge AND"):
        page = client.get("/search/", query_string={"q": q})
        assert page.status_code == 200 and f"{total} passage" in page.get_data(as_text=True), q
    only = client.get("/search/", query_string={"q": "NOT NOT NOT"})
    assert only.status_code == 400 and "has no words to look for" in only.get_data(as_text=True)
    for q in ("<b>", "<script>alert(1)</script>"):
        for page in (client.get("/search/", query_string={"q": q}),
                     api.get("/api/v1/search", query_string={"q": q}, headers=api.auth)):
            body = page.get_data(as_text=True)
            assert page.status_code == 400 and "understand the search" in body, q
            assert "index out of range" not in body
            if page.mimetype == "text/html":
                assert "<script>alert" not in body   # escaped on the page


def test_a_page_past_the_last_and_an_unknown_kind_are_answered_plainly(client):
    add(client, files=[("presser.txt", PRESSER.encode())], kind="transcript")
    past = client.get("/search/?q=bridge&page=999999&per_page=1")
    assert past.status_code == 302
    pages = int(re.search(r"page=(\d+)", past.headers["Location"]).group(1))
    last = client.get(past.headers["Location"]).get_data(as_text=True)
    assert f"page {pages} of {pages}" in last and "<mark>" in last
    unknown = client.get("/search/?q=bridge&kind=nonsense")
    assert unknown.status_code == 400 and "is not a kind of source" in unknown.get_data(as_text=True)


def test_missing_pages_are_clear(client):
    assert "There is no source 999" in client.get("/sources/999").get_data(as_text=True)
    assert client.get("/sources/999").status_code == 404
    assert client.get("/speakers/999").status_code == 404


def test_forms_require_csrf_when_enabled(tmp_path):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "csrf"})
    client = app.test_client()
    # Even the sign-in form refuses a post without its token.
    page = client.post("/login", data={"username": "x", "password": "y"})
    assert page.status_code == 400 and "Form expired" in page.get_data(as_text=True)
    html = client.get("/login").get_data(as_text=True)
    assert 'name="csrf_token"' in html
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def test_api_search_and_sources(api):
    h = api.auth
    r = api.post(
        "/api/v1/sources",
        data={"file": (io.BytesIO(PRESSER.encode()), "presser.txt"), "kind": "transcript", "date": "2026-03-03"},
        content_type="multipart/form-data",
        headers=h,
    )
    assert r.status_code == 201, r.get_json()
    sid = r.get_json()["source_id"]
    doc = api.get(f"/api/v1/sources/{sid}", headers=h).get_json()
    assert doc["passages"] and all(doc["text"][p["start"] : p["end"]] == p["text"] for p in doc["passages"])
    found = api.get("/api/v1/search?q=bridge&speaker=ferrante", headers=h).get_json()
    assert found["total"] >= 1 and found["hits"][0]["speaker"]["name"] == "Lucia Ferrante"
    names = [s["name"] for s in api.get("/api/v1/speakers", headers=h).get_json()["speakers"]]
    assert "Lucia Ferrante" in names

    bad = api.post("/api/v1/sources", data={"file": (io.BytesIO(b""), "e.txt")}, content_type="multipart/form-data", headers=h)
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "ingest_failed"
    assert api.get("/api/v1/sources/999", headers=h).get_json()["error"]["code"] == "not_found"
    assert api.get("/api/v1/search?q=x&from=soon", headers=h).status_code == 400


def test_admin_rebuilds_the_index_from_the_page(app, admin):
    import time

    add(admin, files=[("presser.txt", PRESSER.encode())], kind="transcript")
    page = admin.get("/admin/").get_data(as_text=True)
    assert "Passages in the search index" in page and "differs" not in page
    app.extensions["desk_index"].delete_passages([1, 2])  # as if a crash lost them
    assert "differs from the database" in admin.get("/admin/").get_data(as_text=True)
    assert admin.post("/admin/reindex").status_code == 302
    for _ in range(100):
        status = admin.get("/admin/reindex/status").get_json()
        if status["state"] != "running":
            break
        time.sleep(0.05)
    assert status["state"] == "done" and status["total"] == status["done"] > 0 and status["by"] == "ad"
    assert "differs" not in admin.get("/admin/").get_data(as_text=True)


def test_a_stored_check_read_back_by_the_api_carries_its_draft_number(api, client):
    checked = api.post("/api/v1/check", json={"text": "Flood\n\n“We will rebuild,” Mayor Lucia Ferrante said.",
                                              "title": "Flood"}, headers=api.auth)
    assert checked.status_code == 201
    draft_id = checked.get_json()["draft"]["id"]
    assert isinstance(draft_id, int)
    stored = api.get(f"/api/v1/drafts/{draft_id}", headers=api.auth).get_json()
    assert stored["draft"]["id"] == draft_id and stored["draft"]["title"] == "Flood"
    # and again after a re-check, which writes the document anew
    assert client.post(f"/drafts/{draft_id}/recheck").status_code == 302
    assert api.get(f"/api/v1/drafts/{draft_id}", headers=api.auth).get_json()["draft"]["id"] == draft_id
