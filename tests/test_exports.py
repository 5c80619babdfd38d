"""Exports of the attribution record: CSV for people, JSON with evidence, ClaimReview JSON-LD.

Runs on the real on-disk database of the ``app`` fixture with the demo draft (Draft 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from sqlalchemy import update

from desk.errors import InvalidInput, NotFound
from desk.models import Draft
from desk.services import attributions as A
from desk.services import checks
from desk.services import exports as E

EXACT = 0  # exact, Renée Delacroix-Webb
EDITED = 4  # edited, Ines Carvalho
FELD_MISQUOTE = 8  # misquote, Walter Feld
PARAPHRASE = 5  # paraphrase, Ines Carvalho
MISATTRIBUTED = 13  # misattributed, Gideon Ashworth
NOT_FOUND = 15  # not_found, Gideon Ashworth

WORDING = "I have never seen our members this worried about a single piece of infrastructure."


@pytest.fixture
def demo(app, ctx):
    out = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert out.exit_code == 0, out.output
    return ctx


def _record(session, index, changes, actor="ana"):
    return A.record_attribution(session, 1, index, changes, actor=actor, expected_version=None)


def _rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")  # Excel reads UTF-8 with a byte-order mark
    return list(csv.DictReader(io.StringIO(text[1:])))


# --- records --------------------------------------------------------------------------------------


def test_records_carry_machine_editor_and_evidence(demo):
    session, _ = demo
    _record(session, FELD_MISQUOTE, {"verdict": "misquote", "correct_wording": WORDING, "status": "resolved",
                                     "note": "Hearing video 41:12."})
    records = E.export_records(session, draft_id=1)
    assert len(records) == 18 and [r["quote_index"] for r in records] == list(range(18))
    r = records[FELD_MISQUOTE]
    assert r["draft_title"].startswith("Vellmont council")
    assert r["speaker_mention"] == "he" and r["speaker_name"] == "Walter Feld"
    assert r["machine_verdict"] == "misquote" and r["editor_verdict"] == "misquote"
    assert r["status"] == "resolved" and r["correct_wording"] == WORDING and r["editor"] == "ana"
    assert "worried" in r["source_text"] and r["source"]["kind"] == "transcript"
    assert r["selector"]["exact"] == r["source_text"]
    assert any(e["op"] == "replace" for e in r["edits"])
    assert [e["field"] for e in r["audit"]] == ["status", "verdict", "correct_wording", "note"]
    # An untouched quote: the machine's finding, workflow unchecked.
    assert records[EXACT]["status"] == "unchecked" and records[EXACT]["editor_verdict"] is None
    assert records[NOT_FOUND]["source"] is None and records[NOT_FOUND]["source_text"] is None


def test_editor_linked_passage_becomes_the_evidence(demo):
    session, _ = demo
    machine = E.export_records(session, draft_id=1)[EXACT]
    other = E.export_records(session, draft_id=1)[EDITED]["passage_id"]
    _record(session, EXACT, {"passage_id": other})
    r = E.export_records(session, draft_id=1)[EXACT]
    assert r["evidence"] == "editor" and r["passage_id"] == other
    assert r["source"]["title"] == "Interview: Ines Carvalho, City Engineer"
    assert r["source_text"] != machine["source_text"] and r["selector"]["exact"] == r["source_text"]


def test_unknown_draft_and_bad_period(demo):
    session, _ = demo
    with pytest.raises(NotFound):
        E.export_records(session, draft_id=77)
    with pytest.raises(InvalidInput):
        E.export_records(session, since="2026-03-10", until="2026-03-01")
    with pytest.raises(InvalidInput):
        E.export_records(session, since="yesterday")


def test_period_export_takes_drafts_checked_or_decided_in_it(demo):
    session, index = demo
    doc = checks.check_text(
        session, index, "Ferry day\n\n“I’m not asking for a handout. I’m asking for a bridge,” Yolanda Brisco said.\n"
    )
    second = doc["draft"]["id"]
    # The demo draft was checked long ago; the second one last week.
    session.execute(update(Draft).where(Draft.id == 1).values(checked_at=dt.datetime(2026, 1, 5, 9, 0)))
    session.execute(update(Draft).where(Draft.id == second).values(checked_at=dt.datetime(2026, 3, 2, 9, 0)))
    session.commit()
    ids = lambda **kw: sorted({r["draft_id"] for r in E.export_records(session, **kw)})  # noqa: E731
    assert ids(since=dt.date(2026, 3, 1), until=dt.date(2026, 3, 31)) == [second]
    assert ids(since="2026-01-05", until="2026-01-05") == [1]
    assert ids(until=dt.date(2025, 12, 31)) == []
    assert ids() == [1, second]
    # A decision today on the old draft brings it into today's export.
    _record(session, EXACT, {"verdict": "exact"})
    today = dt.datetime.now(dt.UTC).date()
    assert ids(since=today) == [1]


# --- CSV ------------------------------------------------------------------------------------------


def test_csv_has_readable_columns_one_row_per_quote(demo):
    session, _ = demo
    _record(session, FELD_MISQUOTE, {"verdict": "misquote", "correct_wording": WORDING,
                                     "follow_up": {"contact": "Chamber press office", "method": "email",
                                                   "due": "2026-03-21"}})
    rows = _rows(E.to_csv(E.export_records(session, draft_id=1)))
    assert len(rows) == 18
    assert list(rows[0]) == [
        "Draft ID", "Draft title", "Story URL", "Quote number", "Quote (as in draft)", "Speaker as named in draft",
        "Speaker (resolved)", "Machine verdict", "Flags", "Flag notes", "Editor verdict", "Status", "Correct wording",
        "Source title", "Source kind", "Source date", "Source URL", "Matched source text", "Score", "Note",
        "Follow-up", "Editor", "Decided at", "Checked at", "Re-check",
    ]
    feld = rows[FELD_MISQUOTE]
    assert feld["Draft ID"] == "1" and feld["Quote number"] == str(FELD_MISQUOTE + 1)
    assert feld["Quote (as in draft)"].startswith("I have never seen our members this angry")
    assert feld["Speaker (resolved)"] == "Walter Feld" and feld["Speaker as named in draft"] == "he"
    assert feld["Machine verdict"] == "misquote" and feld["Editor verdict"] == "misquote"
    assert feld["Status"] == "needs follow-up" and feld["Correct wording"] == WORDING
    assert feld["Follow-up"] == "contact: Chamber press office; method: email; due: 2026-03-21"
    assert feld["Source date"] == "2026-03-10" and "worried" in feld["Matched source text"]
    assert feld["Editor"] == "ana"
    # Words, not codes (issue 11): the Flags column has the flag's short label.
    assert rows[11]["Flags"] == "negation dropped by the ellipsis"
    assert rows[NOT_FOUND]["Machine verdict"] == "not found"
    assert rows[EDITED]["Machine verdict"] == "accurate, with standard edits"
    assert not any("_" in r[col] for r in rows for col in ("Machine verdict", "Flags", "Editor verdict", "Status"))
    assert rows[11]["Flag notes"].startswith("The ellipsis drops a negation")
    assert rows[0]["Speaker (resolved)"] == "Renée Delacroix-Webb"  # accents survive


def test_csv_cells_cannot_run_as_formulas(demo):
    session, _ = demo
    _record(session, EXACT, {"note": '=HYPERLINK("http://evil.example","click")'})
    _record(session, EDITED, {"note": "+1 555 0100 press office"})
    _record(session, PARAPHRASE, {"note": "@SUM(A1:A9)"})
    _record(session, FELD_MISQUOTE, {"follow_up": {"contact": "-2+3", "answer": "\t=1+1"}})
    rows = _rows(E.to_csv(E.export_records(session, draft_id=1)))
    assert rows[EXACT]["Note"] == '\'=HYPERLINK("http://evil.example","click")'
    assert rows[EDITED]["Note"] == "'+1 555 0100 press office"
    assert rows[PARAPHRASE]["Note"] == "'@SUM(A1:A9)"
    assert rows[FELD_MISQUOTE]["Follow-up"] == "contact: -2+3; answer: =1+1"  # starts with "contact:", harmless
    assert E.safe_cell("-2+3") == "'-2+3" and E.safe_cell("\r=1") == "'\r=1" and E.safe_cell("\t=1") == "'\t=1"
    assert E.safe_cell("＝1+1") == "'＝1+1"  # full-width equals sign
    assert E.safe_cell("Plain – text") == "Plain – text" and E.safe_cell(0.5) == "0.5"
    # Nothing else in the export starts like a formula.
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


# --- JSON -----------------------------------------------------------------------------------------


def test_json_has_full_evidence_and_audit(demo):
    session, _ = demo
    _record(session, FELD_MISQUOTE, {"verdict": "misquote", "note": "first"}, actor="ana")
    _record(session, FELD_MISQUOTE, {"note": "second"}, actor="ben")
    doc = json.loads(E.to_json(E.export_records(session, draft_id=1)))
    assert doc["exported_at"].endswith("Z")
    assert [d["id"] for d in doc["drafts"]] == [1]
    draft = doc["drafts"][0]
    assert draft["title"].startswith("Vellmont council") and draft["checked_at"]
    q = draft["quotes"][FELD_MISQUOTE]
    assert "draft_id" not in q and q["quote_index"] == FELD_MISQUOTE
    assert set(q["selector"]) == {"exact", "prefix", "suffix"} and "worried" in q["selector"]["exact"]
    assert q["sha256"] and len(q["sha256"]) == 64
    assert q["edits"] and q["source"]["title"]
    assert [(e["actor"], e["field"], e["before"], e["after"]) for e in q["audit"]] == [
        ("ana", "status", "unchecked", "in_progress"),
        ("ana", "verdict", None, "misquote"),
        ("ana", "note", None, "first"),
        ("ben", "note", "first", "second"),
    ]
    assert draft["quotes"][MISATTRIBUTED]["candidates"] is not None


# --- ClaimReview ----------------------------------------------------------------------------------


def test_claimreview_only_for_final_verdicts(demo):
    session, _ = demo
    _record(session, FELD_MISQUOTE, {"verdict": "misquote", "correct_wording": WORDING, "status": "resolved",
                                     "note": "internal: do not publish"})
    _record(session, EXACT, {"status": "resolved"})  # confirms the machine's "exact"
    _record(session, PARAPHRASE, {"status": "resolved"})
    _record(session, MISATTRIBUTED, {"verdict": "misattributed"})  # in progress: not final
    _record(session, NOT_FOUND, {"status": "resolved"})  # not found: never a review
    _record(session, EDITED, {"verdict": "unverifiable", "status": "resolved"})
    out = E.to_claimreview(E.export_records(session, draft_id=1), publisher="The Vellmont Courier",
                           base_url="https://desk.example/")
    reviews = json.loads(out)
    by_text = {r["claimReviewed"]: r for r in reviews}
    assert len(reviews) == 4
    assert not any("Vellmont will get every dollar" in t for t in by_text)  # not_found
    assert not any("blank check" in t for t in by_text)  # unresolved

    feld = next(r for r in reviews if "this angry" in r["claimReviewed"])
    assert feld["@context"] == "https://schema.org" and feld["@type"] == "ClaimReview"
    assert feld["itemReviewed"]["@type"] == "Claim"
    assert feld["itemReviewed"]["author"] == {"@type": "Person", "name": "Walter Feld"}
    first = feld["itemReviewed"]["firstAppearance"]
    assert first["@type"] == "CreativeWork" and first["datePublished"] == "2026-03-10" and first["name"]
    assert first["url"].startswith("https://")
    rating = feld["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "Misquote" and rating["ratingValue"] == 2
    assert rating["bestRating"] == 5 and rating["worstRating"] == 1 and "1 to 5" in rating["ratingExplanation"]
    assert feld["author"] == {"@type": "Organization", "name": "The Vellmont Courier"}
    assert dt.date.fromisoformat(feld["datePublished"])
    assert feld["url"] == f"https://desk.example/drafts/1#quote-{FELD_MISQUOTE}"
    assert "internal" not in out  # notes are never published

    exact = next(r for r in reviews if r["claimReviewed"].startswith("This bridge has been patched"))
    assert exact["reviewRating"]["alternateName"] == "Accurate quote" and exact["reviewRating"]["ratingValue"] == 5
    para = next(r for r in reviews if r["claimReviewed"].startswith("buy the city"))
    assert para["reviewRating"]["alternateName"] == "Misquote" and para["reviewRating"]["ratingValue"] == 2
    unver = next(r for r in reviews if r["claimReviewed"].startswith("[The bridge]"))
    assert unver["reviewRating"]["alternateName"] == "Unverifiable" and "ratingValue" not in unver["reviewRating"]


def test_claimreview_without_source_or_base_url(demo):
    session, _ = demo
    _record(session, NOT_FOUND, {"verdict": "out_of_context", "status": "resolved"})
    reviews = json.loads(E.to_claimreview(E.export_records(session, draft_id=1)))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["reviewRating"]["alternateName"] == "Missing context"
    assert "firstAppearance" not in review["itemReviewed"]  # the library has no source for it
    assert "url" not in review and review["author"]["name"] == "Newsroom"  # the default: the README says to set it


def test_empty_exports_and_names(demo):
    assert json.loads(E.to_claimreview([])) == []
    assert json.loads(E.to_json([]))["drafts"] == []
    assert _rows(E.to_csv([])) == []
    assert E.filename_for("csv", draft_id=12) == "quote-desk-draft-12-attributions.csv"
    assert E.filename_for("json", since=dt.date(2026, 3, 1)) == "quote-desk-since-2026-03-01-attributions.json"
    assert E.filename_for("claimreview") == "quote-desk-all-claimreview.json"
    with pytest.raises(InvalidInput):
        E.filename_for("xlsx")


def test_a_draft_without_quotes_is_in_the_json_record(demo, client, runner, tmp_path):
    page = client.post("/check", data={"text": "Council notes\n\nThe council met. Nobody was quoted.", "title": "Quiet"})
    draft_id = int(page.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    one = json.loads(client.get(f"/export?format=json&draft={draft_id}").data)
    assert [(d["id"], d["title"], d["quotes"]) for d in one["drafts"]] == [(draft_id, "Quiet", [])]
    every = json.loads(client.get("/export?format=json").data)
    assert [d["id"] for d in every["drafts"]] == [1, draft_id] and len(every["drafts"][0]["quotes"]) == 18
    out = tmp_path / "x.json"
    result = runner.invoke(args=["desk", "export", "--format", "json", "--draft", str(draft_id), "-o", str(out)])
    assert result.exit_code == 0 and json.loads(out.read_text())["drafts"][0]["quotes"] == []
