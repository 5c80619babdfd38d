"""The editor's record: attributions, the audit trail, optimistic concurrency, readiness and the log.

Runs on the real on-disk database of the ``app`` fixture, with the demo draft checked by
``desk demo`` (Draft 1; its quotes and machine verdicts are the demo answer key's).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import DBAPIError

from desk.errors import Conflict, InvalidInput, NotFound
from desk.models import Attribution, AuditEvent, Draft, Passage
from desk.services import attributions as A
from desk.services import checks
from desk.services import readiness as R

# Demo draft quotes used below (index: machine verdict, speaker).
EXACT = 0  # exact, Renée Delacroix-Webb ("she")
FELD_EXACT = 7  # exact, Walter Feld
FELD_MISQUOTE = 8  # misquote, Walter Feld ("he"): "angry" for "worried"
NOT_FOUND = 15  # not_found, Gideon Ashworth

SECOND_DRAFT = (
    "Bakers count the cost\n\n"
    "“I’m not asking for a handout. I’m asking for a bridge,” Yolanda Brisco, the owner of "
    "Brisco’s Bakery on Canal Street, said this month.\n"
)


@pytest.fixture
def demo(app, ctx):
    out = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert out.exit_code == 0, out.output
    session, index = ctx
    assert session.get(Draft, 1) is not None
    return session, index


def _events(session, draft_id=1, quote_index=None):
    q = select(AuditEvent).where(AuditEvent.draft_id == draft_id).order_by(AuditEvent.id)
    if quote_index is not None:
        q = q.where(AuditEvent.quote_index == quote_index)
    return list(session.scalars(q))


def _row(session, quote_index, draft_id=1):
    session.expire_all()
    return session.scalars(
        select(Attribution).where(Attribution.draft_id == draft_id, Attribution.quote_index == quote_index)
    ).first()


# --- reading --------------------------------------------------------------------------------------


def test_unrecorded_quote_reads_as_unchecked(demo):
    session, _ = demo
    got = A.get_attribution(session, 1, FELD_MISQUOTE)
    assert got["status"] == "unchecked"
    assert got["verdict"] is None and got["note"] is None and got["follow_up"] is None
    assert got["version"] == 0 and got["updated_by"] is None and got["audit"] == []
    assert got["machine_verdict"] == "misquote"
    assert "angry" in got["quote_text"]


def test_unknown_draft_or_quote_is_not_found(demo):
    session, _ = demo
    with pytest.raises(NotFound):
        A.get_attribution(session, 999, 0)
    with pytest.raises(NotFound, match="no quote 99") as missing:
        A.get_attribution(session, 1, 99)
    # the page numbers quotes from 1, addresses and the API from 0: the message says both
    assert "numbered 0 to 17; the page shows them as 1 to 18" in str(missing.value)
    with pytest.raises(NotFound):
        A.record_attribution(session, 1, 99, {"note": "x"}, actor="ana", expected_version=None)


# --- recording and the audit trail ----------------------------------------------------------------


def test_recording_writes_one_event_per_changed_field(demo):
    session, _ = demo
    got = A.record_attribution(
        session,
        1,
        FELD_MISQUOTE,
        {
            "verdict": "misquote",
            "correct_wording": "I have never seen our members this worried about a single piece of infrastructure.",
            "note": "Checked against the hearing video.",
        },
        actor="Ana Ruiz",
        expected_version=0,
    )
    assert got["version"] == 1 and got["updated_by"] == "Ana Ruiz"
    assert got["verdict"] == "misquote"
    # A verdict on an unchecked quote puts it in progress.
    assert got["status"] == "in_progress"
    fields = [(e["field"], e["before"], e["after"]) for e in got["audit"]]
    assert fields == [
        ("status", "unchecked", "in_progress"),
        ("verdict", None, "misquote"),
        ("correct_wording", None, "I have never seen our members this worried about a single piece of infrastructure."),
        ("note", None, "Checked against the hearing video."),
    ]
    assert {e["actor"] for e in got["audit"]} == {"Ana Ruiz"}
    assert len({e["at"] for e in got["audit"]}) == 1  # one batch, one timestamp

    # Second change: only the note differs; the verdict is sent again unchanged.
    got = A.record_attribution(
        session, 1, FELD_MISQUOTE, {"verdict": "misquote", "note": "Video at 41:12."}, actor="Ben Okoro",
        expected_version=1,
    )
    assert got["version"] == 2 and got["updated_by"] == "Ben Okoro"
    assert [(e["field"], e["before"], e["after"], e["actor"]) for e in got["audit"][4:]] == [
        ("note", "Checked against the hearing video.", "Video at 41:12.", "Ben Okoro")
    ]
    # The trail is oldest first and survives in the database.
    assert len(_events(session, quote_index=FELD_MISQUOTE)) == 5
    assert A.get_attribution(session, 1, FELD_MISQUOTE)["audit"] == got["audit"]


def test_no_op_changes_write_nothing(demo):
    session, _ = demo
    first = A.record_attribution(session, 1, EXACT, {"verdict": "exact", "note": "Fine."}, actor="ana", expected_version=0)
    n = len(_events(session))
    again = A.record_attribution(
        session, 1, EXACT, {"verdict": "exact", "note": "  Fine.  ", "passage_id": None}, actor="ben", expected_version=1
    )
    assert again["version"] == first["version"] == 1
    assert again["updated_by"] == "ana"
    assert len(_events(session)) == n
    # Nothing recorded yet and nothing changed: no row at all.
    A.record_attribution(session, 1, FELD_EXACT, {"note": "", "verdict": None}, actor="ana", expected_version=0)
    assert _row(session, FELD_EXACT) is None


def test_follow_up_is_validated_stored_and_moves_the_quote_to_follow_up(demo):
    session, _ = demo
    got = A.record_attribution(
        session,
        1,
        NOT_FOUND,
        {"follow_up": {"contact": "Senator Ashworth's office", "method": "phone", "contacted_at": "2026-03-20",
                       "due": "2026-03-21"}},
        actor="ana",
        expected_version=None,
    )
    assert got["status"] == "needs_follow_up"
    assert got["follow_up"] == {"contact": "Senator Ashworth's office", "method": "phone",
                                "contacted_at": "2026-03-20", "due": "2026-03-21"}
    event = [e for e in got["audit"] if e["field"] == "follow_up"][0]
    assert event["before"] is None and json.loads(event["after"]) == got["follow_up"]
    # Answer comes in; the editor resolves in the same save (status given: no automatic move).
    got = A.record_attribution(
        session, 1, NOT_FOUND,
        {"follow_up": {**got["follow_up"], "answer": "Office says he never said it."}, "status": "resolved",
         "verdict": "unverifiable"},
        actor="ana", expected_version=got["version"],
    )
    assert got["status"] == "resolved" and got["verdict"] == "unverifiable"
    assert got["follow_up"]["answer"] == "Office says he never said it."


def test_resolving_without_a_verdict_confirms_the_machines(demo):
    session, _ = demo
    got = A.record_attribution(session, 1, FELD_EXACT, {"status": "resolved"}, actor="ana", expected_version=0)
    assert got["status"] == "resolved" and got["verdict"] == "exact"
    assert ("verdict", None, "exact") in [(e["field"], e["before"], e["after"]) for e in got["audit"]]


def test_linking_a_passage(demo):
    session, _ = demo
    pid = session.scalars(select(Passage.id).order_by(Passage.id)).first()
    got = A.record_attribution(session, 1, FELD_EXACT, {"passage_id": str(pid)}, actor="ana", expected_version=0)
    assert got["passage_id"] == pid
    assert got["audit"][-1]["field"] == "passage_id" and got["audit"][-1]["after"] == str(pid)


def test_correct_wording_needs_a_misquote_or_paraphrase(demo):
    session, _ = demo
    with pytest.raises(InvalidInput, match="only for a misquote or a paraphrase"):
        A.record_attribution(session, 1, EXACT, {"correct_wording": "Other words."}, actor="ana", expected_version=0)
    assert _row(session, EXACT) is None
    # The machine says misquote: wording allowed without an editor verdict.
    A.record_attribution(session, 1, FELD_MISQUOTE, {"correct_wording": "… this worried …"}, actor="ana",
                         expected_version=0)
    # The editor overrules to "exact": the stored wording no longer applies and is cleared, audited.
    got = A.record_attribution(session, 1, FELD_MISQUOTE, {"verdict": "exact"}, actor="ben", expected_version=1)
    assert got["correct_wording"] is None
    assert ("correct_wording", "… this worried …", None) in [(e["field"], e["before"], e["after"]) for e in got["audit"]]


BAD_CHANGES = [
    ({"status": "done"}, "not a workflow status"),
    ({"verdict": "wrong"}, "not a verdict"),
    ({"passage_id": 999999}, "no passage 999999"),
    ({"passage_id": "forty"}, "not a passage number"),
    ({"follow_up": {"due": "next Tuesday"}}, "YYYY-MM-DD"),
    ({"follow_up": {"due": "2026-02-30"}}, "YYYY-MM-DD"),
    ({"follow_up": {"contact": "x", "phone": "555"}}, "no field phone"),
    ({"follow_up": "call them"}, "follow-up must be"),
    ({"note": 42}, "note must be text"),
    ({"note": "x" * 10_001}, "longer than"),
    ({"colour": "red"}, "Unknown field colour"),
]


@pytest.mark.parametrize("changes,message", BAD_CHANGES)
def test_bad_input_changes_nothing(demo, changes, message):
    session, _ = demo
    A.record_attribution(session, 1, FELD_MISQUOTE, {"note": "Before."}, actor="ana", expected_version=0)
    n = len(_events(session))
    # A valid change rides along with the bad one: it must not be saved either.
    with pytest.raises(InvalidInput, match=message):
        A.record_attribution(session, 1, FELD_MISQUOTE, {"verdict": "misquote", **changes}, actor="ben",
                             expected_version=1)
    got = A.get_attribution(session, 1, FELD_MISQUOTE)
    assert got["version"] == 1 and got["note"] == "Before." and got["verdict"] is None
    assert got["updated_by"] == "ana"
    assert len(_events(session)) == n


def test_every_problem_is_named_at_once(demo):
    session, _ = demo
    with pytest.raises(InvalidInput) as err:
        A.record_attribution(session, 1, 0, {"status": "done", "verdict": "nope"}, actor="ana", expected_version=0)
    assert "workflow status" in err.value.message and "not a verdict" in err.value.message


def test_an_actor_is_required(demo):
    session, _ = demo
    with pytest.raises(InvalidInput, match="who is making the change"):
        A.record_attribution(session, 1, 0, {"note": "x"}, actor="  ", expected_version=0)


# --- concurrency ----------------------------------------------------------------------------------


def test_stale_version_is_refused_naming_who_changed_it(demo):
    session, _ = demo
    A.record_attribution(session, 1, FELD_MISQUOTE, {"verdict": "misquote"}, actor="Ana Ruiz", expected_version=0)
    n = len(_events(session))
    # Ben opened the page at version 0 and saves after Ana.
    with pytest.raises(Conflict) as err:
        A.record_attribution(session, 1, FELD_MISQUOTE, {"verdict": "exact", "note": "Looks fine"},
                             actor="Ben Okoro", expected_version=0)
    assert err.value.message.startswith("Ana Ruiz changed this quote at ")
    assert "reload to see their change before saving yours" in err.value.message
    got = A.get_attribution(session, 1, FELD_MISQUOTE)
    assert got["verdict"] == "misquote" and got["note"] is None and got["version"] == 1
    assert len(_events(session)) == n


def test_change_made_between_read_and_write_is_caught(app, demo, monkeypatch):
    """Another process saves after this one read the record: the conditional UPDATE refuses."""
    session, _ = demo
    A.record_attribution(session, 1, FELD_MISQUOTE, {"note": "v1"}, actor="ana", expected_version=0)
    other = app.extensions["desk_sessionmaker"]()
    real_apply = A.apply
    calls = []
    racing_note = ["other editor"]

    def racing_apply(current, clean, machine):
        calls.append(1)
        if len(calls) == 1:  # first attempt: the other editor saves right now
            A.record_attribution(other, 1, FELD_MISQUOTE, {"note": racing_note[0]}, actor="Cleo",
                                 expected_version=current["version"])
        return real_apply(current, clean, machine)

    monkeypatch.setattr(A, "apply", racing_apply)
    with pytest.raises(Conflict, match="Cleo changed this quote"):
        A.record_attribution(session, 1, FELD_MISQUOTE, {"note": "mine"}, actor="ana", expected_version=1)
    assert A.get_attribution(session, 1, FELD_MISQUOTE)["note"] == "other editor"

    # Without a version the change is re-applied on top of the newest state: nothing lost.
    calls.clear()
    racing_note[0] = "other editor, again"
    got = A.record_attribution(session, 1, FELD_MISQUOTE, {"verdict": "misquote"}, actor="ana", expected_version=None)
    assert got["verdict"] == "misquote" and got["note"] == "other editor, again"
    assert len(calls) == 3  # Cleo's save, then ana's attempt that lost the race, then ana's retry
    assert got["version"] == 4
    assert [e["field"] for e in got["audit"]].count("note") == 3
    other.close()


def test_two_editors_creating_the_first_record(app, demo):
    session, _ = demo
    other = app.extensions["desk_sessionmaker"]()
    A.record_attribution(other, 1, EXACT, {"note": "first"}, actor="Cleo", expected_version=0)
    with pytest.raises(Conflict, match="Cleo"):
        A.record_attribution(session, 1, EXACT, {"note": "second"}, actor="ana", expected_version=0)
    other.close()


# --- the audit trail is append-only ---------------------------------------------------------------


def test_audit_trail_is_append_only_and_the_service_only_appends(app, demo):
    session, _ = demo
    engine = app.extensions["desk_engine"]
    statements: list[str] = []

    def spy(conn, cursor, statement, params, context, executemany):
        statements.append(statement.strip().upper())

    event.listen(engine, "before_cursor_execute", spy)
    try:
        A.record_attribution(session, 1, FELD_MISQUOTE, {"note": "one"}, actor="ana", expected_version=0)
        A.record_attribution(session, 1, FELD_MISQUOTE, {"note": "two", "verdict": "misquote"}, actor="ben",
                             expected_version=1)
    finally:
        event.remove(engine, "before_cursor_execute", spy)
    touching = [s for s in statements if "AUDIT_EVENT" in s and not s.startswith(("SELECT", "INSERT"))]
    assert touching == []
    events = _events(session)
    assert [(e.field, e.after) for e in events] == [
        ("note", "one"), ("status", "in_progress"), ("verdict", "misquote"), ("note", "two")
    ]
    # The database itself refuses to rewrite or remove history.
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(text("UPDATE audit_event SET after = 'forged'"))
    session.rollback()
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(text("DELETE FROM audit_event"))
    session.rollback()
    assert len(_events(session)) == 4


# --- readiness ------------------------------------------------------------------------------------


def test_readiness_uses_the_editors_decisions(demo):
    session, _ = demo
    before = R.draft_readiness(session, 1)
    # With no decisions it matches the machine's summary.
    assert before["quotes"] == 18 and before["verified"] == 12
    assert before["line"] == "18 quotes: 12 verified, 3 misquotes, 1 paraphrase, 1 misattributed, 1 not found"
    assert before["unchecked"] == 18

    A.record_attribution(session, 1, FELD_MISQUOTE, {"verdict": "exact", "status": "resolved"}, actor="ana",
                         expected_version=0)  # overruled: verified
    A.record_attribution(session, 1, EXACT, {"verdict": "out_of_context"}, actor="ana", expected_version=0)
    A.record_attribution(session, 1, NOT_FOUND, {"follow_up": {"contact": "press office"}}, actor="ana",
                         expected_version=0)
    got = R.draft_readiness(session, 1)
    assert got["verified"] == 12  # +1 overruled misquote, −1 out of context
    assert got["misquote"] == 2 and got["out_of_context"] == 1
    assert got["resolved"] == 1 and got["needs_follow_up"] == 1 and got["in_progress"] == 1
    assert got["unchecked"] == 15
    assert got["line"] == (
        "18 quotes: 12 verified, 2 misquotes, 1 paraphrase, 1 misattributed, 1 out of context, 1 needs follow-up"
    )


def test_readiness_of_unknown_draft(demo):
    with pytest.raises(NotFound):
        R.draft_readiness(demo[0], 404)


# --- the log --------------------------------------------------------------------------------------


def test_log_lists_decisions_newest_first_with_filters(demo):
    session, index = demo
    doc = checks.check_text(session, index, SECOND_DRAFT, checked_by="ben")
    second = doc["draft"]["id"]
    A.record_attribution(session, 1, FELD_MISQUOTE, {"verdict": "misquote"}, actor="ana", expected_version=0)
    A.record_attribution(session, 1, EXACT, {"status": "resolved"}, actor="ben", expected_version=0)
    A.record_attribution(session, second, 0, {"verdict": "exact", "note": "Notes match."}, actor="ben",
                         expected_version=0)

    log = R.attribution_log(session)
    assert [(r["draft_id"], r["quote_index"]) for r in log] == [(second, 0), (1, EXACT), (1, FELD_MISQUOTE)]
    top = log[0]
    assert top["draft_title"] == "Bakers count the cost"
    assert top["speaker"] == "Yolanda Brisco" and top["machine_verdict"] == "exact"
    assert top["quote_text"].startswith("I’m not asking for a handout")
    assert top["updated_by"] == "ben" and top["note"] == "Notes match."

    assert [r["quote_index"] for r in R.attribution_log(session, editor="ana")] == [FELD_MISQUOTE]
    assert [r["quote_index"] for r in R.attribution_log(session, verdict="misquote")] == [FELD_MISQUOTE]
    assert [r["draft_id"] for r in R.attribution_log(session, status="resolved")] == [1]
    assert [r["speaker"] for r in R.attribution_log(session, speaker="feld")] == ["Walter Feld"]
    assert [r["speaker"] for r in R.attribution_log(session, speaker="BRISCO")] == ["Yolanda Brisco"]
    assert len(R.attribution_log(session, limit=2)) == 2
    today = log[0]["updated_at"][:10]
    assert len(R.attribution_log(session, date_from=today, date_to=today)) == 3
    assert R.attribution_log(session, date_to="2000-01-01") == []
    with pytest.raises(InvalidInput):
        R.attribution_log(session, date_from="last week")
    with pytest.raises(InvalidInput):
        R.attribution_log(session, verdict="bogus")


def test_the_form_says_saved_only_when_something_was_saved(demo, client):
    empty = client.post("/drafts/1/quotes/0/attribution", data={}, follow_redirects=True).get_data(as_text=True)
    assert "Nothing changed on quote 1" in empty and "Saved quote 1." not in empty
    first = client.post("/drafts/1/quotes/0/attribution", data={"note": "called back", "version": "0"},
                        follow_redirects=True).get_data(as_text=True)
    assert "Saved quote 1." in first
    again = client.post("/drafts/1/quotes/0/attribution", data={"note": "called back", "version": "1"},
                        follow_redirects=True).get_data(as_text=True)
    assert "Nothing changed on quote 1" in again
    session, _ = demo
    assert len(_events(session, quote_index=0)) == 1
