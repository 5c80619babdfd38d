"""Exports of the attribution record (SPEC §7): CSV for people, JSON with full evidence for
machines, ClaimReview JSON-LD for published checks.

:func:`export_records` gathers one flat record per draft quote (the machine's finding, the
editor's record, the evidence and the audit trail); :func:`to_csv`, :func:`to_json` and
:func:`to_claimreview` render a list of them.  Plain functions, no Flask.

Decisions:

* A period export (``since`` / ``until``, inclusive days, UTC) takes every draft *checked* in the
  period and every draft with an editor's change in the period — "everything in a period"
  includes decisions made this week on a story checked last week.
* When the editor linked a passage other than the machine's match, the source, matched text,
  offsets and selector describe the editor's passage (``"evidence": "editor"``); the edit list
  and score stay the machine's, for the machine's match.
* CSV is safe to open in a spreadsheet: following the OWASP "CSV Injection" guidance, a text
  cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or the full-width
  forms of = + - @) gets a leading apostrophe, so it is shown as text and never run as a
  formula.  The CSV starts with a UTF-8 byte-order mark so Excel reads accents and curly quotes
  correctly (``bom=False`` leaves it out).
* Quotes are numbered from 1 everywhere people read them (page, report, CSV *Quote number*,
  JSON ``"number"``); the JSON keeps the 0-based ``"quote_index"`` the API uses.
* ClaimReview carries only what may be published: never the editor's note or follow-up
  (``desk.services.claimreview``; its ``url`` is the draft's story URL, ``desk.services.story``).
* The draft's story URL is in every record (CSV *Story URL*, JSON ``"story_url"`` per draft).
* A decision whose quote a re-check no longer finds is exported after the draft's quotes, with
  no quote index, ``"orphaned": true``, the words it was made on and its audit trail (CSV: its
  *Re-check* cell says so); it is never a ClaimReview (the quote is not in the story).  A
  decision that followed its quote through a split says so too (``"recheck": "split"`` and
  ``"decided_on"``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desk.errors import InvalidInput, NotFound
from desk.match.flags import flag_text
from desk.models import Attribution, Draft, Passage, Source, utcnow
from desk.services.attribution_input import FOLLOW_UP_KEYS
from desk.services.attributions import audit_by_attribution, orphaned_attributions
from desk.services.claimreview import RATING_SCALE, RATINGS, review_url, to_claimreview  # noqa: F401 (moved there)
from desk.services.library import source_summary
from desk.services.readiness import parse_day, states_for_draft
from desk.words import flag_label, named_speaker, status_words, unnamed_voice, verdict_words

FORMATS = ("csv", "json", "claimreview")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "claimreview": "application/ld+json",
}
SELECTOR_CONTEXT = 32

_ATTR = Attribution.__table__


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() + "Z" if value else None


# --- gathering ------------------------------------------------------------------------------------


def quote_flag_note(code: str, quote: dict | None) -> str:
    """A flag in plain words, worded for this quote.

    ``speaker_unknown`` means no speaker of the library could be matched to the quote: when the
    draft names someone, that person is not in the library — saying "the draft does not say who
    said this" under "Draft says: Tom Reyes" would contradict the page.  Someone the draft
    describes without naming ("a friend said") is shown in the draft's words.
    """
    name = named_speaker(quote) if code == "speaker_unknown" else ""
    if name:
        return f"{name} is not in the library, so the speaker could not be checked."
    unnamed = unnamed_voice(quote) if code == "speaker_unknown" else ""
    if unnamed:
        return f"The draft does not name who said this, only “{unnamed}”, so the speaker could not be checked."
    return flag_text(code)


def _drafts(session: Session, draft_id, since, until) -> list[Draft]:
    if draft_id is not None:
        draft = session.get(Draft, draft_id)
        if draft is None:
            raise NotFound(f"There is no draft {draft_id}.")
        if draft.archived_at is not None:
            raise InvalidInput(f"Draft {draft_id} is archived, so it is not exported; an admin can restore it first.")
        return [draft]
    start, end = parse_day("since", since), parse_day("until", until)
    if start and end and start > end:
        raise InvalidInput(f"The period starts ({start}) after it ends ({end}).")
    # Archived drafts are never exported (desk.services.archive).
    query = (
        select(Draft)
        .where(Draft.result.is_not(None), Draft.archived_at.is_(None))
        .order_by(Draft.checked_at, Draft.id)
    )
    lo = dt.datetime.combine(start, dt.time.min) if start else None
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min) if end else None
    if lo or hi:
        checked, changed = [], [_ATTR.c.version > 0]
        if lo:
            checked.append(Draft.checked_at >= lo)
            changed.append(_ATTR.c.updated_at >= lo)
        if hi:
            checked.append(Draft.checked_at < hi)
            changed.append(_ATTR.c.updated_at < hi)
        touched = select(_ATTR.c.draft_id).where(*changed)
        query = query.where(or_(and_(*checked), Draft.id.in_(touched)))
    return list(session.scalars(query))


def _passage_evidence(session: Session, passage_id: int) -> dict | None:
    """The evidence for a passage the editor linked: its source, its text and a selector."""
    row = session.execute(select(Passage, Source).join(Source, Source.id == Passage.source_id).where(Passage.id == passage_id)).first()
    if row is None:
        return None
    p, src = row
    return {
        "passage_id": p.id,
        "source": source_summary(src),
        "source_speaker": p.speaker.name if p.speaker else p.label,
        "source_text": p.text,
        "start": p.start,
        "end": p.end,
        "selector": {
            "exact": src.text[p.start : p.end],
            "prefix": src.text[max(0, p.start - SELECTOR_CONTEXT) : p.start],
            "suffix": src.text[p.end : p.end + SELECTOR_CONTEXT],
        },
        "sha256": src.sha256,
    }


def export_records(
    session: Session,
    *,
    draft_id: int | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
) -> list[dict]:
    """One record per draft quote — of one draft, or of every draft checked or changed in the period."""
    records: list[dict] = []
    evidence_cache: dict[int, dict | None] = {}
    for draft in _drafts(session, draft_id, since, until):
        quotes = (draft.result or {}).get("quotes") or []
        states = states_for_draft(session, draft.id)
        audit = audit_by_attribution(session, draft.id)
        for q in quotes:
            idx = q.get("index")
            state = states.get(idx) or {}
            match = q.get("match") or {}
            who = q.get("speaker") or {}
            editor_passage = state.get("passage_id")
            evidence = "machine" if match else None
            ev = {
                "passage_id": match.get("passage_id"),
                "source": match.get("source"),
                "source_speaker": (match.get("speaker") or {}).get("name"),
                "source_text": match.get("text"),
                "start": match.get("start"),
                "end": match.get("end"),
                "selector": match.get("selector"),
                "sha256": match.get("sha256"),
            }
            if editor_passage and editor_passage != match.get("passage_id"):
                if editor_passage not in evidence_cache:
                    evidence_cache[editor_passage] = _passage_evidence(session, editor_passage)
                if evidence_cache[editor_passage]:
                    ev = dict(evidence_cache[editor_passage])
                    evidence = "editor"
            recorded = state.get("quote_text")
            note = state.get("remap") or {}
            records.append(
                {
                    "draft_id": draft.id,
                    "draft_title": draft.title,
                    "draft_checked_at": _iso(draft.checked_at),
                    "draft_checked_by": draft.checked_by,
                    "story_url": draft.story_url,
                    "quote_index": idx,
                    "number": idx + 1 if isinstance(idx, int) else None,
                    "text": q.get("text"),
                    "parts": q.get("parts"),
                    "speaker_mention": who.get("mention"),
                    "speaker_name": who.get("name"),
                    "speaker_unnamed": bool(who.get("unnamed")),
                    "speaker_id": who.get("id"),
                    "machine_verdict": q.get("verdict"),
                    "flags": list(q.get("flags") or []),
                    "flag_labels": [flag_label(f, q) for f in q.get("flags") or []],
                    "flag_notes": [quote_flag_note(f, q) for f in q.get("flags") or []],
                    "score": q.get("score"),
                    "editor_verdict": state.get("verdict"),
                    "final_verdict": state.get("verdict") or q.get("verdict"),
                    "status": state.get("status") or "unchecked",
                    "correct_wording": state.get("correct_wording"),
                    "note": state.get("note"),
                    "follow_up": state.get("follow_up"),
                    "editor": state.get("updated_by"),
                    "decided_at": _iso(state.get("updated_at")),
                    "version": state.get("version") or 0,
                    "quote_changed": bool(recorded) and recorded != q.get("text"),
                    "orphaned": False,
                    "recheck": note.get("how"),
                    "decided_on": note.get("decided_on"),
                    "evidence": evidence,
                    **ev,
                    "edits": list(match.get("edits") or []),
                    "candidates": list(q.get("candidates") or []),
                    "audit": audit.get(state.get("id"), []) if state else [],
                }
            )
        for o in orphaned_attributions(session, draft.id):
            records.append(_orphan_record(session, draft, o, evidence_cache))
    return records


def _orphan_record(session: Session, draft: Draft, o: dict, evidence_cache: dict) -> dict:
    """A decision whose quote a re-check no longer finds: exported as such, never dropped."""
    ev: dict = {k: None for k in ("passage_id", "source", "source_speaker", "source_text", "start", "end", "selector", "sha256")}
    evidence = None
    pid = o.get("passage_id")
    if pid:
        if pid not in evidence_cache:
            evidence_cache[pid] = _passage_evidence(session, pid)
        if evidence_cache[pid]:
            ev, evidence = dict(evidence_cache[pid]), "editor"
    return {
        "draft_id": draft.id,
        "draft_title": draft.title,
        "draft_checked_at": _iso(draft.checked_at),
        "draft_checked_by": draft.checked_by,
        "story_url": draft.story_url,
        "quote_index": None,
        "number": None,
        "text": o["decided_on"],
        "parts": o["quote_parts"],
        "speaker_mention": None,
        "speaker_name": o.get("speaker"),
        "speaker_unnamed": bool(o.get("speaker_unnamed")),
        "speaker_id": None,
        "machine_verdict": None,  # the machine has no finding for a quote it no longer finds
        "flags": [],
        "flag_labels": [],
        "flag_notes": [],
        "score": None,
        "editor_verdict": o["verdict"],
        "final_verdict": o["verdict"],
        "status": o["status"],
        "correct_wording": o["correct_wording"],
        "note": o["note"],
        "follow_up": o["follow_up"],
        "editor": o["updated_by"],
        "decided_at": o["updated_at"],
        "version": o["version"],
        "quote_changed": False,
        "orphaned": True,
        "recheck": "gone",
        "decided_on": o["decided_on"],
        "evidence": evidence,
        **ev,
        "edits": [],
        "candidates": [],
        "audit": o["audit"],
    }


# --- CSV ------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value) -> str:
    """A cell value a spreadsheet shows as text: formula-like text gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def follow_up_text(follow_up: dict | None) -> str:
    if not follow_up:
        return ""
    labels = {"contact": "contact", "method": "method", "contacted_at": "contacted", "answer": "answer", "due": "due"}
    return "; ".join(f"{labels[k]}: {follow_up[k]}" for k in FOLLOW_UP_KEYS if follow_up.get(k))


def _src(key):
    return lambda r: (r.get("source") or {}).get(key)


CSV_COLUMNS = (
    ("Draft ID", lambda r: r["draft_id"]),
    ("Draft title", lambda r: r["draft_title"]),
    ("Story URL", lambda r: r.get("story_url")),
    ("Quote number", lambda r: r.get("number")),
    ("Quote (as in draft)", lambda r: r["text"]),
    ("Speaker as named in draft", lambda r: r["speaker_mention"]),
    ("Speaker (resolved)", lambda r: r["speaker_name"]),
    # People read the CSV: verdicts, flags and statuses in words (desk.words), not codes.
    ("Machine verdict", lambda r: verdict_words(r["machine_verdict"])),
    ("Flags", lambda r: "; ".join(r["flag_labels"])),
    ("Flag notes", lambda r: " ".join(r["flag_notes"])),
    ("Editor verdict", lambda r: verdict_words(r["editor_verdict"])),
    ("Status", lambda r: status_words(r["status"])),
    ("Correct wording", lambda r: r["correct_wording"]),
    ("Source title", _src("title")),
    ("Source kind", _src("kind")),
    ("Source date", _src("date")),
    ("Source URL", _src("url")),
    ("Matched source text", lambda r: r["source_text"]),
    ("Score", lambda r: r["score"]),
    ("Note", lambda r: r["note"]),
    ("Follow-up", lambda r: follow_up_text(r["follow_up"])),
    ("Editor", lambda r: r["editor"]),
    ("Decided at", lambda r: r["decided_at"]),
    ("Checked at", lambda r: r["draft_checked_at"]),
    ("Re-check", lambda r: recheck_text(r)),
)


def recheck_text(r: dict) -> str:
    """What a re-check did to the quote a decision was made on, for people (empty when nothing)."""
    how = r.get("recheck")
    if r.get("orphaned") or how == "gone":
        return "Quote no longer in the draft; the decision is kept"
    words = f"; decision made on “{r['decided_on']}”" if r.get("decided_on") else ""
    if how == "split":
        return "Quote split on re-check" + words
    if how == "joined":
        return "Quote joined to the next words on re-check" + words
    if how == "changed":
        return "Quote reads differently since the re-check" + words
    return ""


def to_csv(records: list[dict], *, bom: bool = True) -> str:
    """One row per quote under a header row of readable column names; safe to open in a spreadsheet."""
    buf = io.StringIO()
    if bom:
        buf.write("\ufeff")
    writer = csv.writer(buf)
    writer.writerow([name for name, _ in CSV_COLUMNS])
    for r in records:
        writer.writerow([safe_cell(get(r)) for _, get in CSV_COLUMNS])
    return buf.getvalue()


# --- JSON -----------------------------------------------------------------------------------------

_DRAFT_KEYS = ("draft_id", "draft_title", "draft_checked_at", "draft_checked_by", "story_url")


def export_drafts(
    session: Session,
    *,
    draft_id: int | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
) -> list[dict]:
    """The drafts an export covers (as ``export_records`` chooses them), each as the JSON
    export's draft header: a draft with no quotes is still in the record."""
    return [
        {"draft_id": d.id, "draft_title": d.title, "draft_checked_at": _iso(d.checked_at),
         "draft_checked_by": d.checked_by, "story_url": d.story_url}
        for d in _drafts(session, draft_id, since, until)
    ]


def to_json(records: list[dict], drafts: list[dict] | None = None) -> str:
    """``{"exported_at", "drafts": [{"id", "title", "story_url", "checked_at", "checked_by", "quotes": [...]}]}``.

    ``story_url`` is where the story is published (``null`` when no editor gave it).

    Each quote carries everything of its record: the machine's finding (verdict, flags, score,
    edit list, candidates), the evidence (source, matched text, offsets, selector, SHA-256), the
    editor's record and its audit trail.  ``drafts`` (``export_drafts``) lists every draft the
    export covers, so one with no quotes is there too, with ``"quotes": []``.
    """
    by_id: dict[int, dict] = {}
    for r in (drafts or []) + records:
        d = by_id.get(r["draft_id"])
        if d is None:
            d = by_id[r["draft_id"]] = {
                "id": r["draft_id"],
                "title": r["draft_title"],
                "story_url": r.get("story_url"),
                "checked_at": r["draft_checked_at"],
                "checked_by": r["draft_checked_by"],
                "quotes": [],
            }
        if "quote_index" in r:   # a quote's record, not only its draft's header
            d["quotes"].append({k: v for k, v in r.items() if k not in _DRAFT_KEYS})
    doc = {"exported_at": utcnow().replace(microsecond=0).isoformat() + "Z", "drafts": list(by_id.values())}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def render(fmt: str, records: list[dict], *, publisher: str | None = None, base_url: str = "",
           drafts: list[dict] | None = None) -> str:
    """The records in one of FORMATS (``drafts``: ``export_drafts``, for the JSON record)."""
    if fmt == "csv":
        return to_csv(records)
    if fmt == "json":
        return to_json(records, drafts)
    if fmt == "claimreview":
        return to_claimreview(records, publisher=publisher, base_url=base_url)
    raise InvalidInput(f"“{fmt}” is not an export format; use one of: {', '.join(FORMATS)}.")


def filename_for(fmt: str, draft_id: int | None = None, since=None, until=None) -> str:
    """A download name: quote-desk-draft-12-attributions.csv, quote-desk-since-2026-03-01-claimreview.json …"""
    if fmt not in FORMATS:
        raise InvalidInput(f"“{fmt}” is not an export format; use one of: {', '.join(FORMATS)}.")
    if draft_id is not None:
        scope = f"draft-{int(draft_id)}"
    else:
        start, end = parse_day("since", since), parse_day("until", until)
        scope = "-".join(p for p in (f"since-{start}" if start else "", f"until-{end}" if end else "") if p) or "all"
    kind = "claimreview" if fmt == "claimreview" else "attributions"
    ext = "csv" if fmt == "csv" else "json"
    return f"quote-desk-{scope}-{kind}.{ext}"
