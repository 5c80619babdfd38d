"""Naming the speaker of a source added without one: on its page and through the API.

A speech added with no speaker is kept, with a warning (tests/test_no_passages.py); its passages
belong to nobody, so a quote found in it cannot be checked for who said it.  The editor names
the speaker on the source's page, and from then on its quotes are checked against that person:
the right one is exact with the speaker shown, anyone else is misattributed.
"""

from __future__ import annotations

import html
import json
import re

import pytest
from sqlalchemy import event, func, select

from desk.errors import Conflict
from desk.models import LibraryChange, Passage, Source, Speaker
from desk.services import library, speakers

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
    # the page says who named the speaker, and when
    assert re.search(r"<dt>Speaker named</dt><dd>Lucia Ferrante, [^<]*\d{4}[^<]* by ed</dd>", body), body

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
    assert got["speaker_named"]["by"] == "bot" and got["speaker_named"]["at"].endswith("Z")
    assert {p["speaker"]["name"] for p in got["passages"]} == {"Lucia Ferrante"}
    # named already (a second tab, a retried request): a conflict that says whose it is
    again = api.patch(f"/api/v1/sources/{source_id}", json={"speaker": "Tom Hale"}, headers=api.auth)
    assert again.status_code == 409 and "already named: Lucia Ferrante" in again.get_json()["error"]["message"]
    assert api.patch("/api/v1/sources/999999", json={"speaker": "X Y"}, headers=api.auth).status_code == 404
    session, _ = ctx
    session.expire_all()
    assert session.get(Source, source_id).speaker.name == "Lucia Ferrante"


def _after_first_read(session, then):
    """Run ``then`` once, right after ``session`` first reads passages: as if another editor's
    request committed between this request's reading of the waiting passages and its writing."""
    done = []

    @event.listens_for(session, "do_orm_execute")
    def _interleave(state):
        if done or not state.is_select or Passage.__mapper__ not in state.all_mappers:
            return None
        done.append(True)
        result = state.invoke_statement().freeze()
        then()
        return result()

    return done


def test_a_second_naming_that_read_the_passages_before_the_first_committed_is_refused(app, ctx):
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    first = app.extensions["desk_sessionmaker"]()
    second = app.extensions["desk_sessionmaker"]()

    def first_names_and_commits():
        speakers.name_source_speaker(first, source_id, "Lucia Ferrante")
        first.commit()

    done = _after_first_read(second, first_names_and_commits)
    with pytest.raises(Conflict) as refused:
        speakers.name_source_speaker(second, source_id, "Tom Hale")
    second.rollback()
    assert done and "Lucia Ferrante" in refused.value.message and "nothing was changed" in refused.value.message
    assert speakers_of(ctx, source_id) == [("Lucia Ferrante", None, "speaker")]   # the first naming stays
    session, _ = ctx
    assert session.get(Source, source_id).speaker.name == "Lucia Ferrante"
    assert session.scalar(select(Speaker).where(Speaker.name == "Tom Hale")) is None
    first.close()
    second.close()


def test_the_index_gets_exactly_the_passages_named(ctx, api):
    source_id = add(ctx, QA, "qa.txt", "interview")
    session, _ = ctx
    before = session.scalar(select(func.max(LibraryChange.id))) or 0
    r = api.patch(f"/api/v1/sources/{source_id}", json={"speaker": "Lucia Ferrante"}, headers=api.auth)
    assert r.status_code == 200 and r.get_json()["named"] == 2
    answers = [p["id"] for p in r.get_json()["passages"] if p["speaker"] and p["speaker"]["name"] == "Lucia Ferrante"]
    logged = session.scalars(select(LibraryChange).where(LibraryChange.id > before)).all()
    assert [(c.what, sorted(c.passage_ids)) for c in logged] == [("passages_changed", sorted(answers))]
    found = api.get("/api/v1/search?q=pier&speaker=Lucia Ferrante", headers=api.auth).get_json()
    assert [h["passage_id"] for h in found["hits"]] == answers[:1]


NOT_NAMES = [("Speaker 2", "a transcript's label"), ("Mayor", "a title"), ("The Moderator", "a title"),
             ("Q", "a journalist's question"), ("A", "answers"), ("123", "no letters"),
             ("Mayor 123", "a title"), ("Mx. Q", "a journalist's question"),
             ("Unidentified Male", "a transcript's label"), ("Speaker", "a title")]


def test_a_person_s_name_in_any_form_is_a_name():
    for name in ["Ferrante", "Seán O'Neil-Smith", "Dr. Farah Qureshi", "李明", "محمد عبد الله", "Mayor Q. Hale",
                 "Ana María de la Cruz Jr."]:
        assert speakers.check_person_name(f"  {name} ") == name


def test_a_title_or_label_or_number_is_no_name_and_changes_nothing(ctx, client, api):
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    for name, why in NOT_NAMES:
        page = client.post(f"/sources/{source_id}/speaker", data={"speaker": name})
        body = html.unescape(page.get_data(as_text=True))
        assert page.status_code == 400 and why in body and "Alma Reyes" in body and "Traceback" not in body, name
        r = api.patch(f"/api/v1/sources/{source_id}", json={"speaker": name}, headers=api.auth)
        message = r.get_json()["error"]["message"]
        assert r.status_code == 400 and why in message and "such as “Alma Reyes”" in message, (name, message)
        assert speakers_of(ctx, source_id) == [(None, None, "unknown")]
    session, _ = ctx
    assert session.scalars(select(Speaker.name)).all() == []


def test_a_name_with_invisible_format_characters_is_refused(ctx, client, api):
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    for name in ["\u202eLucia Ferrante", "Lucia\u200bFerrante", "Lucia Ferrante\u2066", "Lucia\u00ad Ferrante"]:
        page = client.post(f"/sources/{source_id}/speaker", data={"speaker": name})
        body = page.get_data(as_text=True)
        assert page.status_code == 400 and "type it again" in body and "Traceback" not in body, repr(name)
        r = api.patch(f"/api/v1/sources/{source_id}", json={"speaker": name}, headers=api.auth)
        assert r.status_code == 400 and "type it again" in r.get_json()["error"]["message"], repr(name)
    assert speakers_of(ctx, source_id) == [(None, None, "unknown")]


def test_a_name_spelt_with_a_joiner_is_a_name(ctx, client):
    """Persian and Indic names are spelt with a zero-width non-joiner or joiner between letters."""
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    name = "Mehr\u200cnaz Tehrani"
    assert client.post(f"/sources/{source_id}/speaker", data={"speaker": name}).status_code == 302
    assert speakers_of(ctx, source_id) == [(name, None, "speaker")]
    stray = add(ctx, SPEECH, "remarks-2.txt", "speech")
    page = client.post(f"/sources/{stray}/speaker", data={"speaker": "\u200cMehrnaz Tehrani"})
    assert page.status_code == 400 and "type it again" in page.get_data(as_text=True)


QA = """Interview with the mayor

Q: When will the east bridge reopen?

A: The east bridge will stay closed until engineers have inspected every pier.

Q: And the ferry?

A: The ferry will run every half hour while the bridge is closed.
"""


def test_a_q_and_a_interview_added_without_a_speaker_can_be_named(ctx, client):
    session, index = ctx
    named_at_ingest = library.ingest_bytes(session, index, "qa-named.txt", QA.replace("mayor", "mayor, named").encode(),
                                           library.SourceMeta(kind="interview", speaker="Lucia Ferrante")).source_id
    source_id = add(ctx, QA, "qa.txt", "interview")
    page = client.get(f"/sources/{source_id}").get_data(as_text=True)
    assert "2 passages of this source have no speaker" in page and "Name the speaker" in page
    assert client.post(f"/sources/{source_id}/speaker", data={"speaker": "Lucia Ferrante"}).status_code == 302
    assert speakers_of(ctx, source_id) == speakers_of(ctx, named_at_ingest) == [
        (None, "Q", "questioner"), ("Lucia Ferrante", "A", "speaker"),
        (None, "Q", "questioner"), ("Lucia Ferrante", "A", "speaker")]
    assert session.get(Source, source_id).speaker.name == "Lucia Ferrante"
    assert "Name the speaker" not in client.get(f"/sources/{source_id}").get_data(as_text=True)


def test_a_source_named_before_says_so_even_when_its_speaker_row_is_gone(ctx, client):
    """After a naming, the source's own speaker link may be cleared (a merge, a rename elsewhere):
    the page says when it was named without an empty name, and a second naming is a 409."""
    source_id = add(ctx, SPEECH, "remarks.txt", "speech")
    assert client.post(f"/sources/{source_id}/speaker", data={"speaker": "Lucia Ferrante"}).status_code == 302
    session, _ = ctx
    session.get(Source, source_id).speaker_id = None
    session.commit()
    page = client.get(f"/sources/{source_id}").get_data(as_text=True)
    assert re.search(r"<dt>Speaker named</dt><dd>\d[^<]* by ed</dd>", page), page
    again = client.post(f"/sources/{source_id}/speaker", data={"speaker": "Tom Hale"})
    assert again.status_code == 409 and "already named: Lucia Ferrante" in html.unescape(again.get_data(as_text=True))
