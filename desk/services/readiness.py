"""Reading decisions across quotes and drafts: a draft's readiness line and the attribution log.

Split from :mod:`desk.services.attributions` (which records one decision and its audit trail);
these read many at once, for the drafts list, the draft page, the log and the exports.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import InvalidInput, NotFound
from desk.models import EDITOR_VERDICTS, WORKFLOW, Draft
from desk.services.attributions import ATTR_TABLE, VERIFIED, _draft_quotes, iso_time

# --- reading across quotes and drafts -------------------------------------------------------------


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 quote", "3 quotes"; ``many`` for a plural that is not ``one`` + "s"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


LINE_LABELS = (
    ("misquote", "misquote", "misquotes"),
    ("paraphrase", "paraphrase", "paraphrases"),
    ("misattributed", "misattributed", "misattributed"),
    ("out_of_context", "out of context", "out of context"),
    ("unverifiable", "unverifiable", "unverifiable"),
    ("not_found", "not found", "not found"),
)


def readiness_counts(quotes: list[dict], states: dict[int, dict]) -> dict:
    """Readiness from a check document's quotes and the attribution states by quote index.

    Verdict counts use the editor's verdict where there is one, else the machine's.  The line
    puts every quote in exactly one bucket, so it adds up to the total: a quote waiting on a
    follow-up is listed as "need follow-up" (whatever its verdict), the others by verdict.
    """
    counts = {"quotes": len(quotes), "verified": 0, **{v: 0 for v in EDITOR_VERDICTS}, **{s: 0 for s in WORKFLOW}}
    line_counts = {"verified": 0, "needs_follow_up": 0, **{v: 0 for v in EDITOR_VERDICTS}}
    for q in quotes:
        state = states.get(q.get("index")) or {}
        status = state.get("status") or "unchecked"
        verdict = state.get("verdict") or q.get("verdict") or "not_found"
        counts[status] += 1
        counts[verdict] = counts.get(verdict, 0) + 1
        if verdict in VERIFIED:
            counts["verified"] += 1
        if status == "needs_follow_up":
            line_counts["needs_follow_up"] += 1
        elif verdict in VERIFIED:
            line_counts["verified"] += 1
        else:
            line_counts[verdict] = line_counts.get(verdict, 0) + 1
    n = counts["quotes"]
    if not n:
        counts["line"] = "No quotes found."
        return counts
    parts = [f"{line_counts['verified']} verified"]
    for key, one, many in LINE_LABELS:
        if line_counts.get(key):
            parts.append(plural(line_counts[key], one, many))
    if line_counts["needs_follow_up"]:
        k = line_counts["needs_follow_up"]
        parts.append(f"{k} {'needs' if k == 1 else 'need'} follow-up")
    counts["line"] = plural(n, "quote", "quotes") + ": " + ", ".join(parts)
    return counts


def states_for_draft(session: Session, draft_id: int) -> dict[int, dict]:
    """Every recorded attribution of a draft's quotes, by quote index (plain dicts); decisions
    whose quote is gone are :func:`orphaned_attributions`."""
    rows = session.execute(
        select(ATTR_TABLE).where(ATTR_TABLE.c.draft_id == draft_id, ATTR_TABLE.c.quote_index.is_not(None))
    ).mappings()
    return {r["quote_index"]: dict(r) for r in rows}


def orphan_count(session: Session, draft_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(ATTR_TABLE).where(ATTR_TABLE.c.draft_id == draft_id, ATTR_TABLE.c.quote_index.is_(None))
    ) or 0


def any_attribution(session: Session) -> bool:
    """Whether any decision has been recorded on any draft."""
    return session.execute(select(ATTR_TABLE.c.id).limit(1)).first() is not None


def draft_readiness(session: Session, draft_id: int) -> dict:
    """Counts for a draft's readiness with the editors' decisions, and the readiness line.

    ``{"quotes", "verified", <one count per editor verdict>, <one count per workflow status>,
    "orphaned", "line"}`` — e.g. "14 quotes: 11 verified, 1 misquote, 2 need follow-up".  Decisions
    whose quote a re-check no longer finds are counted apart ("orphaned") and named at the end of
    the line: "…; 1 decision on a quote no longer in the draft".
    """
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"There is no draft {draft_id}.")
    counts = readiness_counts(_draft_quotes(draft), states_for_draft(session, draft.id))
    counts["orphaned"] = n = orphan_count(session, draft.id)
    if n:
        gone = f"{plural(n, 'decision', 'decisions')} on {'a quote' if n == 1 else 'quotes'} no longer in the draft"
        counts["line"] = (counts["line"].rstrip(".") + "; " + gone) if counts["quotes"] else gone[0].upper() + gone[1:]
    return counts


def parse_day(name: str, value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(f"“{value}” is not a date for “{name}”; write it as YYYY-MM-DD.") from None


def attribution_log(
    session: Session,
    *,
    editor: str | None = None,
    verdict: str | None = None,
    status: str | None = None,
    speaker: str | None = None,
    date_from=None,
    date_to=None,
    limit: int = 200,
) -> list[dict]:
    """The editors' decisions across drafts (the current state of each recorded quote), newest first.

    Filters: ``editor`` — who last changed the quote (exact user name); ``verdict`` — the editor's
    verdict; ``status`` — workflow status; ``speaker`` — the person the draft names (resolved name
    or the mention as written, case-insensitive, part of a name is enough); ``date_from`` /
    ``date_to`` — the day of the last change, inclusive (UTC).
    """
    if verdict and verdict not in EDITOR_VERDICTS:
        raise InvalidInput(f"“{verdict}” is not a verdict; use one of: {', '.join(EDITOR_VERDICTS)}.")
    if status and status not in WORKFLOW:
        raise InvalidInput(f"“{status}” is not a workflow status; use one of: {', '.join(WORKFLOW)}.")
    start, end = parse_day("from", date_from), parse_day("to", date_to)
    limit = max(1, min(int(limit or 200), 5000))
    query = (
        select(ATTR_TABLE, Draft.title.label("draft_title"))
        .join(Draft, Draft.id == ATTR_TABLE.c.draft_id)
        .where(ATTR_TABLE.c.version > 0)
        .order_by(ATTR_TABLE.c.updated_at.desc(), ATTR_TABLE.c.id.desc())
    )
    if editor:
        query = query.where(ATTR_TABLE.c.updated_by == editor.strip())
    if verdict:
        query = query.where(ATTR_TABLE.c.verdict == verdict)
    if status:
        query = query.where(ATTR_TABLE.c.status == status)
    if start:
        query = query.where(ATTR_TABLE.c.updated_at >= dt.datetime.combine(start, dt.time.min))
    if end:
        query = query.where(ATTR_TABLE.c.updated_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min))
    needle = (speaker or "").strip().casefold()
    if not needle:
        query = query.limit(limit)
    results: dict[int, dict] = {}  # draft id -> quotes by index (each draft's JSON loaded once)
    out: list[dict] = []
    for row in session.execute(query).mappings():
        did = row["draft_id"]
        if did not in results:
            result = session.execute(select(Draft.result).where(Draft.id == did)).scalar()
            results[did] = {q.get("index"): q for q in (result or {}).get("quotes") or []}
        orphaned = row["quote_index"] is None
        quote = {} if orphaned else results[did].get(row["quote_index"]) or {}
        who = quote.get("speaker") or {}
        if orphaned:  # the quote is gone: what the draft said when it was last found
            was = (row["remap"] or {}).get("from") or {}
            who = {"name": was.get("speaker"), "mention": None}
        if needle:
            names = [(who.get("name") or "").casefold(), (who.get("mention") or "").casefold()]
            if not any(needle in n for n in names if n):
                continue
        out.append(
            {
                "draft_id": did,
                "draft_title": row["draft_title"],
                "attribution_id": row["id"],
                "quote_index": row["quote_index"],
                "orphaned": orphaned,
                "quote_text": quote.get("text") or row["quote_text"],
                "speaker": who.get("name") or who.get("mention"),
                "speaker_mention": who.get("mention"),
                "machine_verdict": quote.get("verdict"),
                "verdict": row["verdict"],
                "status": row["status"],
                "passage_id": row["passage_id"],
                "correct_wording": row["correct_wording"],
                "note": row["note"],
                "follow_up": row["follow_up"],
                "version": row["version"],
                "updated_by": row["updated_by"],
                "updated_at": iso_time(row["updated_at"]),
            }
        )
        if len(out) >= limit:
            break
    return out
