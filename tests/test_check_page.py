"""The check page: paste or upload a draft, see its quotes, reopen and re-check it; bad drafts explained."""

from __future__ import annotations

import io
import re

from tests.conftest import PRESSER

DRAFT = """Bridge stays shut

By A. Reporter

Mayor Lucia Ferrante said Tuesday the east bridge would stay closed. “We will not reopen the east bridge until engineers have inspected every pier,” she said.

“Our crews pulled eleven people from flooded basements,” Fire Chief Oren Blackwood said. Commuters face a “temporary” detour through the west end.

“We will reopen the east bridge until engineers have inspected every pier,” Ferrante added later, according to a city aide.
"""


def add_presser(client):
    client.post(
        "/sources/new",
        data={"files": [(io.BytesIO(PRESSER.encode()), "presser.txt")], "kind": "transcript", "date": "2026-03-03"},
        content_type="multipart/form-data",
    )


def test_paste_a_draft_and_see_each_quote_with_its_verdict_and_speaker(client):
    add_presser(client)
    page = client.post("/check", data={"text": DRAFT, "title": ""})
    assert page.status_code == 302
    html = client.get(page.headers["Location"]).get_data(as_text=True)
    assert "Bridge stays shut" in html  # the headline is the title
    assert re.search(r"3 quotes: 2 verified, 1 misquote", html)
    assert html.count('class="q v-exact"') == 2 and html.count('class="q v-misquote"') == 1
    assert 'class="q skipped"' in html  # “temporary” is a scare quote
    assert "Oren Blackwood" in html and "Lucia Ferrante" in html
    assert "The ellipsis" not in html
    assert "<del" in html and "not" in html  # the dropped “not” shows in the word diff


def test_upload_a_draft_file_and_check_it_again(client):
    add_presser(client)
    page = client.post("/check", data={"file": (io.BytesIO(DRAFT.encode()), "draft.txt")}, content_type="multipart/form-data")
    assert page.status_code == 302
    url = page.headers["Location"]
    page = client.post(url + "/recheck", follow_redirects=True)
    assert "Checked again: 3 quotes" in page.get_data(as_text=True)
    assert "Bridge stays shut" in client.get("/drafts").get_data(as_text=True)


def test_bad_drafts_are_explained(client):
    page = client.post("/check", data={"text": "   "})
    assert page.status_code == 400 and "Paste the draft, or upload it." in page.get_data(as_text=True)
    page = client.post("/check", data={"file": (io.BytesIO(b"\x00\x01\x02" * 50), "draft.txt")}, content_type="multipart/form-data")
    assert page.status_code == 400 and "binary" in page.get_data(as_text=True)
    page = client.post("/check", data={"file": (io.BytesIO(b""), "draft.txt")}, content_type="multipart/form-data")
    assert page.status_code == 400 and "empty" in page.get_data(as_text=True)
    assert "No drafts checked yet" in client.get("/drafts").get_data(as_text=True)


def test_invisible_or_blank_text_and_a_draft_given_twice_are_refused(client, api):
    for blank in ("\u200b\u00a0\u3000", "\ufeff", "\u200b \u2060"):
        page = client.post("/check", data={"text": blank})
        assert page.status_code == 400 and "Paste the draft, or upload it." in page.get_data(as_text=True)
        refused = api.post("/api/v1/check", json={"text": blank}, headers=api.auth)
        assert refused.status_code == 400 and "The draft is empty" in refused.get_json()["error"]["message"]
        source = client.post("/sources/new", data={"text": blank, "title": "Blank", "kind": "transcript"})
        assert source.status_code == 400 and "paste the text" in source.get_data(as_text=True)
    both = client.post("/check", data={"text": "Okafor said “pasted words here.”",
                                       "file": (io.BytesIO(DRAFT.encode()), "draft.txt")},
                       content_type="multipart/form-data")
    assert both.status_code == 400 and "not both at once" in both.get_data(as_text=True)
    assert "No drafts checked yet" in client.get("/drafts").get_data(as_text=True)
    assert "The library is empty." in client.get("/sources/").get_data(as_text=True)


def test_a_title_is_held_to_the_check_pages_limits_everywhere(api, runner, tmp_path):
    draft = "Flood\n\n“We will rebuild,” Mayor Lucia Ferrante said."
    for title, message in (("x" * 5000, "at most 500"), ("Flood\x00", "control characters"),
                           ("\x1b[31mRed\x1b[0m", "control characters")):
        refused = api.post("/api/v1/check", json={"text": draft, "title": title}, headers=api.auth)
        assert refused.status_code == 400 and message in refused.get_json()["error"]["message"], title[:20]
    path = tmp_path / "d.txt"
    path.write_text(draft, encoding="utf-8")
    out = runner.invoke(args=["desk", "check", str(path), "--title", "t" * 600])
    assert out.exit_code == 1 and "at most 500" in out.output
    assert api.get("/api/v1/drafts/1", headers=api.auth).status_code == 404   # nothing stored
    kept = api.post("/api/v1/check", json={"text": draft, "title": "  Flood\tupdate\r\n  "}, headers=api.auth)
    assert kept.status_code == 201 and kept.get_json()["draft"]["title"] == "Flood update"
    invisible = api.post("/api/v1/check", json={"text": draft, "title": "\u200b"}, headers=api.auth)
    untitled = api.post("/api/v1/check", json={"text": draft}, headers=api.auth)
    assert invisible.get_json()["draft"]["title"] == untitled.get_json()["draft"]["title"] != "\u200b"


def test_a_title_taken_from_the_draft_is_plain_and_a_recheck_keeps_the_stored_one(app, api, client):
    made = api.post("/api/v1/check", json={"text": "Flood\x90 hits town\n\n“We will rebuild,” Mayor Lucia Ferrante said."},
                    headers=api.auth)
    assert made.status_code == 201 and made.get_json()["draft"]["title"] == "Flood hits town"
    # a title stored by an older release, past today's limits, does not stop a re-check
    from desk import get_session
    from desk.models import Draft
    draft_id = made.get_json()["draft"]["id"]
    with app.app_context():
        session = get_session()
        session.get(Draft, draft_id).title = "Old\x1b title " + "x" * 600
        session.commit()
    again = client.post(f"/drafts/{draft_id}/recheck", follow_redirects=True)
    assert again.status_code == 200 and "Checked again" in again.get_data(as_text=True)


def test_the_same_draft_sent_twice_in_a_moment_is_one_check(client):
    # a double click on Check, or the browser re-posting the form, stored two identical drafts
    first = client.post("/check", data={"text": DRAFT, "title": "Bridge"})
    again = client.post("/check", data={"text": DRAFT, "title": "Bridge"}, follow_redirects=True)
    assert again.status_code == 200 and "checked a moment ago" in again.get_data(as_text=True)
    assert first.headers["Location"].endswith(again.request.path)
    listing = client.get("/drafts").get_data(as_text=True)
    assert listing.count(">Bridge<") == 1
    # another title, or other words, is another draft
    other = client.post("/check", data={"text": DRAFT, "title": "Bridge, second version"})
    assert other.headers["Location"] != first.headers["Location"]


def test_a_draft_without_quotes_says_so(client):
    page = client.post("/check", data={"text": "The council met. Nobody was quoted."}, follow_redirects=True)
    assert "No quotes found." in page.get_data(as_text=True)


def test_api_check_stores_the_draft(api):
    r = api.post("/api/v1/check", json={"text": DRAFT, "title": "Bridge"}, headers=api.auth)
    assert r.status_code == 201
    doc = r.get_json()
    assert doc["draft"]["id"] and doc["summary"]["quotes"] == 3 and doc["skipped"][0]["text"] == "temporary"
    again = api.get(f"/api/v1/drafts/{doc['draft']['id']}", headers=api.auth).get_json()
    assert [q["text"] for q in again["quotes"]] == [q["text"] for q in doc["quotes"]]
    assert api.post("/api/v1/check", json={"text": ""}, headers=api.auth).get_json()["error"]["code"] == "invalid_input"
    assert api.post("/api/v1/check", data="text", headers=api.auth).status_code == 400


def test_a_nickname_is_shown_as_not_checked_and_the_full_name_speaks(client):
    add_presser(client)
    text = "Band is back\n\n“We’re back,” said Jesse “Spider” Kowal, the band’s frontman. He grew up watching “Hockey Night in Canada” on Saturdays.\n"
    page = client.post("/check", data={"text": text, "title": ""})
    html = client.get(page.headers["Location"]).get_data(as_text=True)
    assert 'title="Nickname: not checked">Spider<' in html
    assert 'title="Title of a work: not checked">Hockey Night in Canada<' in html
    assert "<strong>Jesse Kowal</strong>" in html
