"""Decisions follow their quote across re-checks (issue 8 item 1, issue 11 item 7).

A draft is checked and decided under the old quote grouping (“A,” he said. “B.” was one quote
“A B”), then re-checked under the new one (two quotes), with a quote found ahead of the others
and one quote no longer found.  The quote finder is replaced by a stand-in returning each
layout, so these tests do not depend on how ``desk.extract.quotes`` groups quotes today.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import select, text

from desk import create_app, get_index, get_session
from desk.db import alembic_config, make_engine
from desk.errors import Conflict
from desk.extract.model import Quote, QuotePart
from desk.models import Attribution, AuditEvent
from desk.services import attributions as A
from desk.services import checks, readiness
from desk.services import remap as R

DRAFT = """Harbour budget passes after long night

Mayor Ruiz began her “listening” tour on Monday.

“We will not cut pensions,” Okafor said. “The fund is safe.”

“Nothing changes for retirees,” she added.

“The numbers do not add up,” Reyes said.
"""

A_ = "We will not cut pensions,"
B_ = "The fund is safe."
C_ = "Nothing changes for retirees,"
D_ = "The numbers do not add up,"
L_ = "listening"


def span(words: str, trim: int = 0, text: str = DRAFT) -> QuotePart:
    start = text.index(words)
    return QuotePart(start, start + len(words) - trim)


def quote(*parts: QuotePart, speaker: str | None = None, text: str = DRAFT) -> Quote:
    return Quote(parts=list(parts), text=" ".join(text[p.start : p.end] for p in parts), mention=speaker, speaker=speaker)


def old_layout(text: str = DRAFT) -> list[Quote]:
    """Before: “A,” he said. “B.” is one quote of two parts; “listening” is not a quote."""
    return [
        quote(span(A_, text=text), span(B_, text=text), speaker="Adaeze Okafor", text=text),
        quote(span(C_, text=text), speaker="Adaeze Okafor", text=text),
        quote(span(D_, text=text), speaker="Tom Reyes", text=text),
    ]


def new_layout(text: str = DRAFT) -> list[Quote]:
    """After: “listening” is found ahead of the others; A and B are two quotes; C is found without
    its comma (the same words at moved offsets); D is no longer found."""
    return [
        quote(span(L_, text=text), speaker="Ruiz", text=text),
        quote(span(A_, text=text), speaker="Adaeze Okafor", text=text),
        quote(span(B_, text=text), speaker="Adaeze Okafor", text=text),
        quote(span(C_, trim=1, text=text), speaker="Adaeze Okafor", text=text),
    ]


class Finder:
    """Stands in for ``find_quotes``: returns the layout set last (of the draft as the browser
    sent it, with CRLF line ends, when it comes from a browser's form)."""

    def __init__(self, layout):
        self.layout = layout

    def __call__(self, text, known=()):
        assert text.replace("\r\n", "\n") == DRAFT
        if text == DRAFT:
            return self.layout()
        return self.layout(text)


@pytest.fixture
def finder(monkeypatch):
    f = Finder(old_layout)
    monkeypatch.setattr(checks, "find_quotes", f)
    return f


def _decide_under_the_old_layout(session, index, finder) -> int:
    finder.layout = old_layout
    did = checks.check_text(session, index, DRAFT, checked_by="ana")["draft"]["id"]
    A.record_attribution(session, did, 0, {"verdict": "misquote", "note": "She said “never cut”."}, actor="ana")
    A.record_attribution(session, did, 1, {"verdict": "exact", "status": "resolved"}, actor="ben")
    A.record_attribution(
        session, did, 2, {"note": "Asked his office.", "follow_up": {"contact": "Reyes's office", "method": "email"}},
        actor="ana",
    )
    return did


def _events(session) -> list[tuple]:
    session.expire_all()
    return [
        (e.id, e.draft_id, e.quote_index, e.actor, e.at, e.field, e.before, e.after)
        for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
    ]


def test_every_decision_stays_on_the_quote_it_was_made_on(ctx, finder):
    session, index = ctx
    did = _decide_under_the_old_layout(session, index, finder)
    before = _events(session)

    finder.layout = new_layout
    doc = checks.recheck(session, index, did, checked_by="cal")
    assert [q["text"] for q in doc["quotes"]] == [L_, A_, B_, C_[:-1]]

    # The quote found ahead of the others carries no one's decision.
    assert A.get_attribution(session, did, 0)["verdict"] is None
    assert A.get_attribution(session, did, 0)["version"] == 0
    assert doc["remapped"] == {"split": 1, "moved": 1, "gone": 1}

    # The split quote's decision stays with the quote holding its first part, and says so.
    first = A.get_attribution(session, did, 1)
    assert first["verdict"] == "misquote" and first["note"] == "She said “never cut”."
    assert first["quote_text"] == A_ and first["quote_parts"] == [[DRAFT.index(A_), DRAFT.index(A_) + len(A_)]]
    assert first["remap"]["how"] == "split" and first["decided_on"] == f"{A_} {B_}"
    assert [e["field"] for e in first["audit"]] == ["status", "verdict", "note", "quote"]
    move = first["audit"][-1]
    assert move["actor"] == "cal"
    assert move["before"].startswith(f"quote 1: “{A_} {B_}”") and move["after"].startswith(f"quote 2: “{A_}”")
    assert move["after"].endswith("split on re-check")
    # Its second part is a quote of its own now, with nothing decided on it.
    assert A.get_attribution(session, did, 2)["verdict"] is None and A.get_attribution(session, did, 2)["note"] is None

    # A quote found at moved offsets (a comma less) keeps its decision, wherever it now is in the list.
    third = A.get_attribution(session, did, 3)
    assert third["verdict"] == "exact" and third["status"] == "resolved" and third["updated_by"] == "ben"
    assert third["remap"] is None and not third["quote_changed"]
    assert third["audit"][-1]["before"].startswith(f"quote 2: “{C_}”")
    assert third["audit"][-1]["after"].startswith(f"quote 4: “{C_[:-1]}”")

    # The vanished quote's decision is kept, on no quote, with its words and history.
    (gone,) = A.orphaned_attributions(session, did)
    assert gone["orphaned"] and gone["quote_index"] is None
    assert gone["quote_text"] == D_ and gone["decided_on"] == D_ and gone["speaker"] == "Tom Reyes"
    assert gone["note"] == "Asked his office." and gone["follow_up"]["contact"] == "Reyes's office"
    assert gone["status"] == "needs_follow_up"
    assert [e["field"] for e in gone["audit"]] == ["status", "note", "follow_up", "quote"]
    assert gone["audit"][-1]["after"].startswith(f"no longer in the draft: “{D_}”")
    assert readiness.draft_readiness(session, did)["line"].endswith("; 1 decision on a quote no longer in the draft")
    assert readiness.draft_readiness(session, did)["quotes"] == 4

    # The past is never edited: every earlier event is exactly as it was, three were added.
    after = _events(session)
    assert after[: len(before)] == before
    assert [(e[5], e[3]) for e in after[len(before) :]] == [("quote", "cal")] * 3

    # The same check again moves nothing and writes nothing.
    doc = checks.recheck(session, index, did, checked_by="cal")
    assert "remapped" not in doc
    assert _events(session) == after


def test_reordering_or_inserting_quotes_ahead_never_moves_a_decision(ctx, finder):
    session, index = ctx
    finder.layout = new_layout
    did = checks.check_text(session, index, DRAFT)["draft"]["id"]
    A.record_attribution(session, did, 3, {"verdict": "exact"}, actor="ana")  # “Nothing changes…”
    A.record_attribution(session, did, 1, {"verdict": "paraphrase"}, actor="ana")  # “We will not cut…”

    finder.layout = lambda: list(reversed(new_layout()))  # the same quotes, listed the other way round
    checks.recheck(session, index, did)
    assert A.get_attribution(session, did, 0)["verdict"] == "exact"
    assert A.get_attribution(session, did, 0)["quote_text"] == C_[:-1]
    assert A.get_attribution(session, did, 2)["verdict"] == "paraphrase"
    assert A.get_attribution(session, did, 2)["quote_text"] == A_
    assert A.get_attribution(session, did, 1)["verdict"] is None
    assert A.get_attribution(session, did, 3)["verdict"] is None

    finder.layout = lambda: [quote(span("Harbour budget passes"))] + new_layout()  # one more ahead
    checks.recheck(session, index, did)
    assert A.get_attribution(session, did, 4)["verdict"] == "exact"
    assert A.get_attribution(session, did, 2)["verdict"] == "paraphrase"
    assert A.orphaned_attributions(session, did) == []
    # Swapping places never trips over the one-decision-per-quote rule, and the trail says where each went.
    trail = A.get_attribution(session, did, 4)["audit"]
    assert [e["after"].split(":")[0] for e in trail if e["field"] == "quote"] == ["quote 1", "quote 5"]


def test_a_stale_page_cannot_save_onto_another_quote(ctx, finder):
    session, index = ctx
    did = _decide_under_the_old_layout(session, index, finder)
    finder.layout = new_layout
    checks.recheck(session, index, did)
    # A page opened before the re-check still says quote 1 is “A B”; quote 1 is now “listening”.
    with pytest.raises(Conflict, match="no longer the quote you were looking at"):
        A.record_attribution(session, did, 0, {"verdict": "exact"}, actor="ana", expected_quote=f"{A_} {B_}")
    # The decision that moved has a new version: the old page's version is refused, saying why.
    with pytest.raises(Conflict, match="checked again .* moved with its quote"):
        A.record_attribution(session, did, 3, {"note": "x"}, actor="ana", expected_version=1)
    # The editor's next change on the split quote is made on it as it now stands: the note goes.
    got = A.record_attribution(session, did, 1, {"status": "resolved"}, actor="ana", expected_quote=A_)
    assert got["remap"] is None and got["decided_on"] is None and got["verdict"] == "misquote"


def test_two_quotes_found_as_one_keep_both_decisions(ctx, finder):
    """The other way round: two quotes now found as one.  The first decision stays with the quote
    (joined), the second is kept on no quote, saying which quote now holds its words."""
    session, index = ctx
    finder.layout = lambda: [quote(span(A_)), quote(span(B_))]
    did = checks.check_text(session, index, DRAFT)["draft"]["id"]
    A.record_attribution(session, did, 0, {"verdict": "exact"}, actor="ana")
    A.record_attribution(session, did, 1, {"verdict": "misquote"}, actor="ana")
    finder.layout = lambda: [quote(span(A_), span(B_))]
    checks.recheck(session, index, did)
    joined = A.get_attribution(session, did, 0)
    assert joined["verdict"] == "exact" and joined["remap"]["how"] == "joined" and joined["decided_on"] == A_
    (second,) = A.orphaned_attributions(session, did)
    assert second["verdict"] == "misquote" and second["decided_on"] == B_ and second["now_in"] == 0


@pytest.mark.parametrize(
    "old, new, want",
    [
        # identical parts, wherever the quote now is in the list
        ([(1, 0, [[10, 20]], "a b")], [[[0, 5]], [[10, 20]]], {1: (1, "same")}),
        # the same words at other offsets: the nearest of two
        ([(1, 0, [[10, 20]], "a b")], [[[100, 110]], [[12, 20]]], {1: (1, "moved")}),
        # split: the quote holding the old first part
        ([(1, 0, [[10, 20], [30, 40]], "a b c d")], [[[30, 40]], [[10, 20]]], {1: (1, "split")}),
        # gone
        ([(1, 0, [[10, 20]], "a b")], [[[30, 40]]], {1: (None, "gone")}),
        # a decision whose quote was gone comes back when its quote is found again
        ([(1, None, [[10, 20]], "a b")], [[[10, 20]]], {1: (0, "restored")}),
        # a weaker match never takes a quote a stronger one claims: 2 keeps its own quote, 1 is gone
        ([(1, 0, [[10, 20], [30, 40]], "a b c d"), (2, 1, [[10, 20]], "a b")], [[[10, 20]]], {1: (None, "gone"), 2: (0, "same")}),
    ],
)
def test_map_quotes_rules(old, new, want):
    words = {(10, 20): "a b", (12, 20): "a b", (100, 110): "a b", (30, 40): "c d", (0, 5): "x", (40, 50): "y"}
    new_quotes = [
        {"index": i, "parts": parts, "text": " ".join(words.get(tuple(p), "z") for p in parts)} for i, parts in enumerate(new)
    ]
    old_quotes = [{"id": i, "index": idx, "parts": parts, "text": t} for i, idx, parts, t in old]
    assert R.map_quotes(old_quotes, new_quotes) == want


# --- the pages, the API and the exports ---------------------------------------------------------------


def test_the_draft_page_api_and_exports_show_where_each_decision_is(app, client, api, finder):
    finder.layout = old_layout
    page = client.post("/check", data={"text": DRAFT, "title": ""})
    url = page.headers["Location"]
    did = int(url.rsplit("/", 1)[1])
    html = client.get(url).get_data(as_text=True)
    assert "Harbour budget passes after long night" in html
    assert f'name="quote_text" value="{A_} {B_}"' in html
    for n, fields in ((0, {"verdict": "misquote", "note": "Check the tape."}), (2, {"verdict": "unverifiable", "status": "resolved"})):
        saved = client.post(f"/drafts/{did}/quotes/{n}/attribution", data={**fields, "version": "0", "quote_text": old_layout()[n].text},
                            headers={"Accept": "application/json"})
        assert saved.status_code == 200, saved.get_json()

    finder.layout = new_layout
    page = client.post(f"{url}/recheck", follow_redirects=True)
    html = page.get_data(as_text=True)
    assert "Checked again" in html and "split in several" in html and "no longer in the draft" in html
    assert "This quote was split on re-check" in html and f"{A_} {B_}" in html
    assert 'id="orphaned"' in html and "Decisions on quotes no longer in the draft" in html
    assert D_ in html and "Draft said: <strong>Tom Reyes</strong>" in html
    assert "1 decision on a quote no longer in the draft" in html

    # A form from before the re-check is refused rather than saved on the quote now at its place.
    stale = client.post(f"/drafts/{did}/quotes/0/attribution", data={"verdict": "exact", "quote_text": f"{A_} {B_}"},
                        headers={"Accept": "application/json"})
    assert stale.status_code == 409 and "no longer the quote" in stale.get_json()["error"]["message"]

    doc = api.get(f"/api/v1/drafts/{did}", headers=api.auth).get_json()
    assert doc["quotes"][1]["attribution"]["verdict"] == "misquote"
    assert doc["quotes"][1]["attribution"]["remap"]["how"] == "split"
    assert doc["quotes"][1]["attribution"]["decided_on"] == f"{A_} {B_}"
    assert doc["quotes"][0]["attribution"]["verdict"] is None
    (gone,) = doc["orphaned_attributions"]
    assert gone["quote_text"] == D_ and gone["verdict"] == "unverifiable" and gone["audit"][-1]["field"] == "quote"
    # The API's own stale-page guard.
    r = api.post(f"/api/v1/drafts/{did}/quotes/0/attribution", json={"note": "x", "quote_text": f"{A_} {B_}"}, headers=api.auth)
    assert r.status_code == 409

    rows = list(csv.DictReader(io.StringIO(client.get(f"/export?format=csv&draft={did}").get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) == 5  # four quotes, and the decision whose quote is gone
    assert rows[1]["Editor verdict"] == "misquote" and rows[1]["Re-check"].startswith("Quote split on re-check")
    assert rows[4]["Quote number"] == "" and rows[4]["Quote (as in draft)"] == D_
    assert rows[4]["Re-check"] == "Quote no longer in the draft; the decision is kept"
    exported = json.loads(client.get(f"/export?format=json&draft={did}").get_data(as_text=True))
    orphan = exported["drafts"][0]["quotes"][-1]
    assert orphan["orphaned"] and orphan["text"] == D_ and orphan["audit"][-1]["field"] == "quote"
    # Resolved, but on a quote no longer in the story: never a published review.
    reviews = json.loads(client.get(f"/export?format=claimreview&draft={did}").get_data(as_text=True))
    assert all(r["claimReviewed"] != D_ for r in reviews)
    report = client.get(f"/drafts/{did}/report").get_data(as_text=True)
    assert "No longer in the draft" in report and "Split on re-check" in report
    log = client.get("/attributions").get_data(as_text=True)
    assert "(no longer in the draft)" in log


# --- the migration backfills decisions made before it ------------------------------------------------


def _old_doc(layout, quote_texts=None) -> dict:
    quotes = []
    for i, q in enumerate(layout):
        quotes.append({"index": i, "text": q.text, "parts": [[p.start, p.end] for p in q.parts],
                       "speaker": {"mention": q.mention, "name": q.speaker, "id": None}, "verdict": "not_found",
                       "flags": [], "score": 0.0, "match": None, "candidates": []})
    return {"draft": {"id": 1, "title": "Harbour", "chars": len(DRAFT)}, "summary": {"quotes": len(quotes)},
            "quotes": quotes, "skipped": []}


def test_decisions_made_before_the_migration_are_backfilled_and_follow_their_quote(tmp_path, monkeypatch):
    from alembic import command

    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(f"sqlite:///{data / 'desk.sqlite3'}")
    command.upgrade(alembic_config(engine), "0002")
    stored = _old_doc(old_layout())
    # The decision on “Nothing changes…” was recorded as quote 2 when the draft had one more quote
    # ahead; the stored document (re-checked since) has it at 1 — the old bug, index-keyed.
    stored["quotes"][2]["text"] = D_
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO draft (id, title, text, created_at, checked_at, result) VALUES (1, 'Harbour', :t, '2026-01-01', '2026-01-01', :r)"),
            {"t": DRAFT, "r": json.dumps(stored)},
        )
        for idx, qtext, verdict in ((0, f"{A_} {B_}", "misquote"), (2, C_, "exact")):
            conn.execute(
                text("INSERT INTO attribution (draft_id, quote_index, quote_text, status, verdict, version, updated_by, updated_at) "
                     "VALUES (1, :i, :q, 'in_progress', :v, 1, 'ana', '2026-01-02')"),
                {"i": idx, "q": qtext, "v": verdict},
            )
            conn.execute(
                text("INSERT INTO audit_event (draft_id, quote_index, actor, at, field, before, after) "
                     "VALUES (1, :i, 'ana', '2026-01-02', 'verdict', NULL, :v)"),
                {"i": idx, "v": verdict},
            )
    engine.dispose()

    monkeypatch.setattr(checks, "find_quotes", Finder(new_layout))
    app = create_app({"TESTING": True, "DESK_DATA_DIR": data, "WTF_CSRF_ENABLED": False})  # migrates to the newest
    try:
        with app.app_context():
            session, index = get_session(), get_index()
            rows = {r.quote_index: r for r in session.scalars(select(Attribution))}
            assert rows[0].quote_parts == [[DRAFT.index(A_), DRAFT.index(A_) + len(A_)], [DRAFT.index(B_), DRAFT.index(B_) + len(B_)]]
            assert rows[2].quote_parts == [[DRAFT.index(C_), DRAFT.index(C_) + len(C_)]]  # found by its words
            assert rows[0].legacy_audit_index == 0 and rows[2].legacy_audit_index == 2
            # The events written before the migration are still each decision's trail.
            assert [e["after"] for e in A.get_attribution(session, 1, 0)["audit"]] == ["misquote"]

            checks.recheck(session, index, 1, checked_by="cal")
            first, nothing = A.get_attribution(session, 1, 1), A.get_attribution(session, 1, 0)
            assert first["verdict"] == "misquote" and first["remap"]["how"] == "split" and nothing["verdict"] is None
            assert [e["field"] for e in first["audit"]] == ["verdict", "quote"]
            assert A.get_attribution(session, 1, 3)["verdict"] == "exact"
            assert [e["field"] for e in A.get_attribution(session, 1, 3)["audit"]] == ["verdict", "quote"]
            # The trail is still append-only after the migration.
            with pytest.raises(Exception, match="append-only"):
                session.execute(text("UPDATE audit_event SET after = 'x'"))
            session.rollback()
    finally:
        app.extensions["desk_index"].close()
        app.extensions["desk_engine"].dispose()


def test_a_decision_on_an_unnamed_voice_that_leaves_the_draft_keeps_it_unnamed(app, client, finder):
    # "a friend said": the draft's words for someone it does not name.  When a re-check no longer
    # finds the quote, its decision is exported with those words, still marked as no one named.
    def friend(text: str = DRAFT) -> list[Quote]:
        q = quote(span(D_, text=text), speaker="a friend", text=text)
        q.unnamed = True
        return [q]

    finder.layout = friend
    url = client.post("/check", data={"text": DRAFT, "title": ""}).headers["Location"]
    did = int(url.rsplit("/", 1)[1])
    saved = client.post(f"/drafts/{did}/quotes/0/attribution",
                        data={"verdict": "unverifiable", "version": "0", "quote_text": D_},
                        headers={"Accept": "application/json"})
    assert saved.status_code == 200, saved.get_json()
    finder.layout = lambda text=DRAFT: []
    client.post(f"{url}/recheck")
    exported = json.loads(client.get(f"/export?format=json&draft={did}").get_data(as_text=True))
    (gone,) = [r for r in exported["drafts"][0]["quotes"] if r.get("orphaned")]
    assert (gone["speaker_name"], gone["speaker_unnamed"]) == ("a friend", True)
