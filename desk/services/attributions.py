"""The editor's record for each quote of a draft: workflow status, verdict, linked passage,
correct wording, note, follow-up — and the append-only audit trail of every change.

Plain functions with explicit arguments (no Flask): views, the API and the CLI call them.
Reading many decisions at once (a draft's readiness line, the attribution log) is in
:mod:`desk.services.readiness`.

Rules (SPEC §2, §5):

* A quote with nothing recorded reads as status ``unchecked``, no verdict, version 0.  The row is
  created by the first real change.
* :func:`record_attribution` validates *everything* first; bad input raises ``InvalidInput`` and
  changes nothing.  Only the fields present in ``changes`` are touched; each field whose value
  really changes yields one :class:`AuditEvent` (all of one call share one timestamp); a call
  that changes nothing writes nothing and keeps the version.
* Optimistic concurrency: the version is checked and bumped by one statement,
  ``UPDATE attribution … WHERE id = :id AND version = :seen`` (a first record is an INSERT that
  the unique (draft, quote) constraint guards), so two processes can never both win.  A caller
  that sends ``expected_version`` from a stale page gets ``Conflict`` naming who changed the
  quote and when.  Without ``expected_version`` the change is applied to the newest state.
* Workflow defaults when ``status`` is not given: a new verdict on an ``unchecked`` quote moves
  it to ``in_progress``; a new follow-up moves it to ``needs_follow_up``.  A quote marked
  ``resolved`` always carries a verdict: when the editor gave none, the machine's verdict is
  recorded as the editor's (a confirmation), so the final verdict survives a re-run.
* A decision belongs to the quote it was made on, not to a position.  Each attribution keeps
  that quote's part offsets and words; a re-check that finds the quotes differently moves it
  with its quote (:mod:`desk.services.remap`): identical parts first, then
  the same words at moved offsets, then — a quote that the new check splits in several — the new
  quote holding its first part, with a note saying so and the words it was made on.  A decision
  whose quote is gone is kept as such (``quote_index`` NULL): shown on the draft page, in the
  API and the exports, never dropped and never put on another quote.  Each move is an audit
  event of field ``quote``; past events are never touched.
* ``correct_wording`` is kept only while the quote's verdict (the editor's, else the machine's)
  is ``misquote`` or ``paraphrase``: sending it for another verdict is refused, and moving the
  verdict away from those two clears a stored wording (an audited change — the old wording stays
  in the trail).  A misquote *without* correct wording is allowed (the original may be unknown).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.errors import Conflict, InvalidInput, NotFound
from desk.models import Attribution, AuditEvent, Draft, utcnow
from desk.services.attribution_input import FIELDS, apply, validate
from desk.times import current_zone, format_time, to_zone

VERIFIED = ("exact", "edited")
_RETRIES = 3

#: The tables under the ORM classes, for the bulk reads and writes here and in desk.services.remap.
ATTR_TABLE = Attribution.__table__
AUDIT_TABLE = AuditEvent.__table__


# --- reading ------------------------------------------------------------------------------------


def iso_time(value: dt.datetime | None) -> str | None:
    return value.isoformat() + "Z" if value else None


def _draft_quotes(draft: Draft) -> list[dict]:
    return list((draft.result or {}).get("quotes") or [])


def _draft_and_quote(session: Session, draft_id, quote_index) -> tuple[Draft, dict]:
    if isinstance(quote_index, bool) or not isinstance(quote_index, int):
        try:
            quote_index = int(str(quote_index).strip())
        except ValueError:
            raise InvalidInput(f"“{quote_index}” is not a quote number.") from None
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"There is no draft {draft_id}.")
    quotes = _draft_quotes(draft)
    for q in quotes:
        if q.get("index") == quote_index:
            return draft, q
    raise NotFound(
        f"Draft {draft_id} has no quote {quote_index}"
        + (f" (in addresses and the API its quotes are numbered 0 to {len(quotes) - 1}; the page shows "
           f"them as 1 to {len(quotes)})." if quotes else " (it has no checked quotes).")
    )


def _empty_state() -> dict:
    return {
        "exists": False,
        "id": None,
        "quote_index": None,
        "status": "unchecked",
        "verdict": None,
        "passage_id": None,
        "correct_wording": None,
        "note": None,
        "follow_up": None,
        "version": 0,
        "updated_by": None,
        "updated_at": None,
        "quote_text": None,
        "quote_parts": None,
        "remap": None,
        "legacy_audit_index": None,
    }


def _state(row) -> dict:
    state = _empty_state()
    if row is not None:
        state.update({k: row[k] for k in state if k in row})
        state["exists"] = True
        state["version"] = row["version"] or 0
    return state


def _current(session: Session, draft_id: int, quote_index: int) -> dict:
    """The stored state, read straight from the database (never the session's identity map)."""
    row = (
        session.execute(select(ATTR_TABLE).where(ATTR_TABLE.c.draft_id == draft_id, ATTR_TABLE.c.quote_index == quote_index))
        .mappings()
        .first()
    )
    return _state(row)


def _event_json(r) -> dict:
    return {"actor": r["actor"], "at": iso_time(r["at"]), "field": r["field"], "before": r["before"], "after": r["after"]}


def _trail_condition(draft_id: int, attribution_id: int, legacy_index: int | None):
    """The audit events of one decision: those tied to it, and those written before events were
    tied to decisions (revision 0003), which carry the index it had then."""
    cond = AUDIT_TABLE.c.attribution_id == attribution_id
    if legacy_index is not None:
        cond = or_(
            cond,
            and_(
                AUDIT_TABLE.c.attribution_id.is_(None),
                AUDIT_TABLE.c.draft_id == draft_id,
                AUDIT_TABLE.c.quote_index == legacy_index,
            ),
        )
    return cond


def _audit(session: Session, draft_id: int, state: dict) -> list[dict]:
    if not state["exists"]:
        return []
    rows = session.execute(
        select(AUDIT_TABLE)
        .where(_trail_condition(draft_id, state["id"], state["legacy_audit_index"]))
        .order_by(AUDIT_TABLE.c.at, AUDIT_TABLE.c.id)
    ).mappings()
    return [_event_json(r) for r in rows]


def audit_by_attribution(session: Session, draft_id: int) -> dict[int, list[dict]]:
    """Every decision's audit trail in a draft, oldest first: {attribution id: [event, …]}."""
    legacy = {
        row.legacy_audit_index: row.id
        for row in session.execute(
            select(ATTR_TABLE.c.id, ATTR_TABLE.c.legacy_audit_index).where(
                ATTR_TABLE.c.draft_id == draft_id, ATTR_TABLE.c.legacy_audit_index.is_not(None)
            )
        )
    }
    out: dict[int, list[dict]] = {}
    rows = session.execute(
        select(AUDIT_TABLE).where(AUDIT_TABLE.c.draft_id == draft_id).order_by(AUDIT_TABLE.c.at, AUDIT_TABLE.c.id)
    ).mappings()
    for r in rows:
        owner = r["attribution_id"] if r["attribution_id"] is not None else legacy.get(r["quote_index"])
        if owner is not None:
            out.setdefault(owner, []).append(_event_json(r))
    return out


def _record_fields(state: dict) -> dict:
    note = state["remap"] or None
    return {
        "attribution_id": state["id"],
        "status": state["status"],
        "verdict": state["verdict"],
        "passage_id": state["passage_id"],
        "correct_wording": state["correct_wording"],
        "note": state["note"],
        "follow_up": state["follow_up"],
        "version": state["version"],
        "updated_by": state["updated_by"],
        "updated_at": iso_time(state["updated_at"]),
        # What the latest re-check did to the quote, when the editor should know: split, joined,
        # changed or gone, with the words the decision was made on.
        "remap": note,
        "decided_on": (note or {}).get("decided_on"),
    }


def _public(draft_id: int, quote: dict, state: dict, audit: list[dict]) -> dict:
    recorded = state["quote_text"]
    return {
        "draft_id": draft_id,
        "quote_index": quote["index"],
        "quote_text": quote.get("text"),
        "quote_parts": quote.get("parts"),
        "orphaned": False,
        # The quote at this index reads differently from the one the decision was recorded on
        # (a decision made before decisions followed their quotes, on a draft re-checked since).
        "quote_changed": bool(recorded) and recorded != quote.get("text"),
        "machine_verdict": quote.get("verdict"),
        **_record_fields(state),
        "audit": audit,
    }


def _orphan_public(draft_id: int, state: dict, audit: list[dict]) -> dict:
    """A decision whose quote is no longer in the draft: its words, its record and its history."""
    note = state["remap"] or {}
    was = note.get("from") or {}
    return {
        "draft_id": draft_id,
        "quote_index": None,
        "quote_text": state["quote_text"],
        "quote_parts": state["quote_parts"],
        "orphaned": True,
        "quote_changed": False,
        "machine_verdict": was.get("verdict"),
        "speaker": was.get("speaker"),
        "speaker_unnamed": bool(was.get("speaker_unnamed")),
        "gone_at": note.get("at"),
        "now_in": note.get("now_in"),  # the index of a quote that now holds its words, if any
        **_record_fields(state),
        "decided_on": note.get("decided_on") or state["quote_text"],
        "audit": audit,
    }


def get_attribution(session: Session, draft_id: int, quote_index: int) -> dict:
    """The editor's record for one quote, with its audit trail (oldest first)."""
    draft, quote = _draft_and_quote(session, draft_id, quote_index)
    state = _current(session, draft.id, quote["index"])
    return _public(draft.id, quote, state, _audit(session, draft.id, state))


def orphaned_attributions(session: Session, draft_id: int) -> list[dict]:
    """The decisions of a draft whose quotes a re-check no longer finds, each with its history."""
    rows = session.execute(
        select(ATTR_TABLE).where(ATTR_TABLE.c.draft_id == draft_id, ATTR_TABLE.c.quote_index.is_(None)).order_by(ATTR_TABLE.c.id)
    ).mappings()
    out = []
    for row in rows:
        state = _state(row)
        out.append(_orphan_public(draft_id, state, _audit(session, draft_id, state)))
    return out


# --- validating ---------------------------------------------------------------------------------


def _as_text(field: str, value) -> str | None:
    if value is None:
        return None
    if field == "follow_up":
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _when(at: dt.datetime | None) -> str:
    """When another editor's change was made, in the newsroom's zone (``desk.times``)."""
    if at is None:
        return "just now"
    zone = current_zone()
    if to_zone(at, zone).date() == to_zone(utcnow(), zone).date():
        return f"at {format_time(at, zone, '%H:%M %Z')}"
    return f"at {format_time(at, zone, '%H:%M %Z on %Y-%m-%d')}"


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _conflict(session: Session, draft_id: int, state: dict) -> Conflict:
    if state["exists"]:
        last = session.execute(
            select(AUDIT_TABLE.c.field, AUDIT_TABLE.c.at)
            .where(_trail_condition(draft_id, state["id"], state["legacy_audit_index"]))
            .order_by(AUDIT_TABLE.c.at.desc(), AUDIT_TABLE.c.id.desc())
            .limit(1)
        ).first()
        if last is not None and last.field == "quote":
            return Conflict(
                f"The draft was checked again {_when(last.at)} and this decision moved with its quote; "
                "reload to see where each decision is now before saving yours."
            )
    if state["version"] == 0 or not state["updated_by"]:
        return Conflict("This quote's record changed since you opened it; reload to see it before saving yours.")
    return Conflict(
        f"{state['updated_by']} changed this quote {_when(state['updated_at'])}; "
        "reload to see their change before saving yours."
    )


# --- writing ------------------------------------------------------------------------------------


def record_attribution(
    session: Session,
    draft_id: int,
    quote_index: int,
    changes: dict,
    *,
    actor: str,
    expected_version: int | None = None,
    expected_quote: str | None = None,
) -> dict:
    """Record the editor's changes to one quote's attribution; return it (as get_attribution).

    ``expected_quote`` is the quote's words as the editor's page showed them: when the draft was
    re-checked since and quote N is now another quote, the change is refused (Conflict) rather
    than recorded on the wrong quote.

    Raises NotFound (draft or quote), InvalidInput (nothing changed, or the draft is archived),
    Conflict (stale version).
    """
    draft, quote = _draft_and_quote(session, draft_id, quote_index)
    draft_id, quote_index = draft.id, quote["index"]
    if draft.archived_at is not None:
        # an archived draft is a closed record: what was decided on it stays as it was archived
        raise InvalidInput(f"Draft {draft_id} is archived, so its decisions cannot change; an admin can restore it first.")
    if expected_quote is not None and _squash(expected_quote) != _squash(quote.get("text")):
        raise Conflict(
            f"Quote {quote_index + 1} is no longer the quote you were looking at: the draft was checked again "
            "since you opened it. Reload to see where each quote and decision is now before saving yours."
        )
    actor = (actor or "").strip() if isinstance(actor, str) else ""
    if not actor:
        raise InvalidInput("Say who is making the change (the editor's name).")
    if expected_version is not None:
        try:
            if isinstance(expected_version, bool):
                raise ValueError
            expected_version = int(expected_version)
        except (TypeError, ValueError):
            raise InvalidInput(f"“{expected_version}” is not a version number; reload the page.") from None
    clean = validate(session, changes)

    for _attempt in range(_RETRIES):
        current = _current(session, draft_id, quote_index)
        if expected_version is not None and expected_version != current["version"]:
            session.rollback()
            raise _conflict(session, draft_id, current)
        new = apply(current, clean, quote.get("verdict"))
        diffs = [(f, current[f], new[f]) for f in FIELDS if new[f] != current[f]]
        if not diffs:  # nothing to write: no event, the version stays
            return _public(draft_id, quote, current, _audit(session, draft_id, current))
        now = utcnow()
        stamp = {
            "version": current["version"] + 1,
            "updated_by": actor,
            "updated_at": now,
            # The decision is now made on the quote as it stands: its words and span, and no
            # re-check note any more (the trail keeps what the re-check did).
            "quote_text": quote.get("text") or "",
            "quote_parts": quote.get("parts"),
            "remap": None,
        }
        try:
            if current["exists"]:
                result = session.execute(
                    update(ATTR_TABLE)
                    .where(ATTR_TABLE.c.id == current["id"], ATTR_TABLE.c.version == current["version"])
                    .values(**{f: after for f, _, after in diffs}, **stamp)
                )
                won = result.rowcount == 1
                attribution_id = current["id"]
            else:
                try:
                    result = session.execute(
                        insert(ATTR_TABLE).values(
                            draft_id=draft_id, quote_index=quote_index, **{f: new[f] for f in FIELDS}, **stamp
                        )
                    )
                    won = True
                    attribution_id = result.inserted_primary_key[0]
                except IntegrityError:  # another editor created the record a moment ago
                    won = False
            if not won:
                session.rollback()
                if expected_version is not None:
                    raise _conflict(session, draft_id, _current(session, draft_id, quote_index))
                continue  # no version given: apply the change to the newest state
            for field, before, after in diffs:
                session.execute(
                    insert(AUDIT_TABLE).values(
                        draft_id=draft_id,
                        attribution_id=attribution_id,
                        quote_index=quote_index,
                        actor=actor,
                        at=now,
                        field=field,
                        before=_as_text(field, before),
                        after=_as_text(field, after),
                    )
                )
            session.commit()
        except Conflict:
            raise
        except Exception:
            session.rollback()
            raise
        # The ORM may hold an Attribution loaded before this change: let it reload.
        session.expire_all()
        return get_attribution(session, draft_id, quote_index)
    raise Conflict("Several people are changing this quote at once; reload and try again.")
