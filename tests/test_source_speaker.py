"""Naming the speaker of a source added without one: on its page and through the API.

A speech added with no speaker is kept, with a warning (tests/test_no_passages.py); its passages
belong to nobody, so a quote found in it cannot be checked for who said it.  The editor names
the speaker on the source's page, and from then on its quotes are checked against that person:
the right one is exact with the speaker shown, anyone else is misattributed.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from desk.models import Passage, Source
from desk.services import library

SPEECH = """Remarks on the east bridge

The east bridge will stay closed until engineers have inspected every pier. I know this is hard
news for commuters, and I thank them for their patience.
"""

TRANSCRIPT = """MODERATOR: Good evening and welcome.

FERRANTE: The east bridge will stay closed until every pier is inspected.

Q: When will it open?
"""

CAPTIONS = """WEBVTT

00:00:01.000 --> 00:00:04.000
The ferry will run every half hour while the bridge is closed.

00:00:04.500 --> 00:00:07.000
<v Tom Hale>Will it run at night?
"""


def add(ctx, text: str, name: str, kind: str) -> int:
    session, index = ctx
    return library.ingest_bytes(session, index, name, text.encode(), library.SourceMeta(kind=kind)).source_id


def speakers_of(ctx, source_id: int) -> list[tuple[str | None, str | None, str]]:
    session, _ = ctx
    session.expire_all()
    return [(p.speaker.name if p.speaker else None, p.label, p.role)
            for p in session.scalars(select(Passage).where(Passage.source_id == source_id).order_by(Passage.seq))]


def check(runner, tmp_path, story: str) -> dict:
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    out = runner.invoke(args=["desk", "check", str(path), "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)["quotes"][0]


STORY = ('{who} did not say when it would reopen. "The east bridge will stay closed until engineers have '
         'inspected every pier," {who} said.\n')


def test_naming_the_speaker_on_the_page_makes_its_quotes_checkable(ctx, client, api, runner, tmp_path):
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    page = client.get(f"/sources/{source_id}").get_data(as_text=True)
    assert "1 passage of this source has no speaker" in page and "Name the speaker" in page
    before = check(runner, tmp_path, STORY.format(who="Ferrante"))
    assert before["verdict"] == "exact" and before["match"]["speaker"]["name"] is None

    named = client.post(f"/sources/{source_id}/speaker", data={"speaker": "  Mayor Lucia   Ferrante "},
                        follow_redirects=True)
    body = named.get_data(as_text=True)
    assert named.status_code == 200 and "are now Lucia Ferrante’s" in body
    assert "has no speaker" not in body and "Name the speaker" not in body   # nothing left to name
    assert speakers_of(ctx, source_id) == [("Lucia Ferrante", None, "speaker")]

    right = check(runner, tmp_path, STORY.format(who="Ferrante"))
    assert right["verdict"] == "exact" and right["match"]["speaker"]["name"] == "Lucia Ferrante"
    wrong = check(runner, tmp_path, STORY.format(who="Councillor Tom Hale"))
    assert wrong["verdict"] == "misattributed"
    # the index has the name too: a search by speaker finds the speech
    found = api.get("/api/v1/search?q=pier&speaker=Lucia Ferrante", headers=api.auth).get_json()
    assert [h["source"]["id"] for h in found["hits"]] == [source_id]


def test_only_passages_waiting_for_a_speaker_are_named(ctx, client):
    source_id = add(ctx, CAPTIONS, "ferry.vtt", "captions")
    assert speakers_of(ctx, source_id) == [(None, None, "unknown"), ("Tom Hale", "Tom Hale", "speaker")]
    assert client.post(f"/sources/{source_id}/speaker", data={"speaker": "Lucia Ferrante"}).status_code == 302
    assert speakers_of(ctx, source_id) == [("Lucia Ferrante", None, "speaker"), ("Tom Hale", "Tom Hale", "speaker")]


def test_a_source_whose_turns_are_all_labelled_has_nobody_to_name(ctx, client):
    source_id = add(ctx, TRANSCRIPT, "presser.txt", "transcript")
    before = speakers_of(ctx, source_id)
    assert "Name the speaker" not in client.get(f"/sources/{source_id}").get_data(as_text=True)
    refused = client.post(f"/sources/{source_id}/speaker", data={"speaker": "Lucia Ferrante"})
    assert refused.status_code == 400 and "there is nobody to name" in refused.get_data(as_text=True)
    assert speakers_of(ctx, source_id) == before   # the moderator and the questioner stay nobody


def test_a_blank_or_overlong_name_is_refused_and_changes_nothing(ctx, client):
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    for name, message in [("", "Write the name of the person who spoke."),
                          ("\u200b \u3000", "Write the name of the person who spoke."),
                          ("A" * 201, "at most 200 characters")]:
        refused = client.post(f"/sources/{source_id}/speaker", data={"speaker": name})
        body = refused.get_data(as_text=True)
        assert refused.status_code == 400 and message in body and "Traceback" not in body
        assert speakers_of(ctx, source_id) == [(None, None, "unknown")]
    assert client.post("/sources/999999/speaker", data={"speaker": "Lucia Ferrante"}).status_code == 404


def test_a_viewer_cannot_name_a_speaker(ctx, viewer):
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    assert viewer.post(f"/sources/{source_id}/speaker", data={"speaker": "Lucia Ferrante"}).status_code == 403
    assert speakers_of(ctx, source_id) == [(None, None, "unknown")]


def test_the_api_names_the_speaker(ctx, api):
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    bad = [({"speaker": "   "}, 400, "Write the name"), ({"speaker": 7}, 400, '{"speaker": "…"}'),
           ({"speaker": "Lucia\u0000 Ferrante"}, 400, "control characters"),
           ({"speaker": "Lucia Ferrante", "title": "x"}, 400, "nothing else of a source"), ([], 400, "Send JSON")]
    for body, status, message in bad:
        r = api.patch(f"/api/v1/sources/{source_id}", json=body, headers=api.auth)
        assert r.status_code == status and message in r.get_json()["error"]["message"]
    assert speakers_of(ctx, source_id) == [(None, None, "unknown")]
    r = api.patch(f"/api/v1/sources/{source_id}", json={"speaker": "Lucia Ferrante"}, headers=api.auth)
    got = r.get_json()
    assert r.status_code == 200 and got["named"] == 1
    assert {p["speaker"]["name"] for p in got["passages"]} == {"Lucia Ferrante"}
    again = api.patch(f"/api/v1/sources/{source_id}", json={"speaker": "Tom Hale"}, headers=api.auth)
    assert again.status_code == 400 and "nobody to name" in again.get_json()["error"]["message"]
    assert api.patch("/api/v1/sources/999999", json={"speaker": "X Y"}, headers=api.auth).status_code == 404
    session, _ = ctx
    session.expire_all()
    assert session.get(Source, source_id).speaker.name == "Lucia Ferrante"
