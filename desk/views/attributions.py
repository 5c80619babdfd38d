"""Recording attributions from the check page, the attribution log, exports and the report."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, flash, jsonify, redirect, render_template, request, url_for

from desk import get_session
from desk.auth import actor_name
from desk.errors import DeskError, InvalidInput, NotFound
from desk.ids import as_id
from desk.models import EDITOR_VERDICTS, WORKFLOW
from desk.services import attributions as svc
from desk.services import checks, exports, readiness
from desk.services.attribution_input import FOLLOW_UP_KEYS

bp = Blueprint("attributions", __name__)

#: Export formats and their content types.
MIMETYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json", "claimreview": "application/ld+json"}


def changes_from_form(form) -> dict:
    """The fields an attribution form sent, as the service expects them (absent fields untouched)."""
    changes: dict = {}
    for name in ("status", "verdict", "note", "correct_wording"):
        if name in form:
            value = form.get(name, "").strip()
            changes[name] = value or None
    if "passage_id" in form:
        raw = form.get("passage_id", "").strip()
        if raw and not raw.isdigit():
            raise InvalidInput("The linked passage must be a passage number.")
        changes["passage_id"] = int(raw) if raw else None
    keys = [k for k in FOLLOW_UP_KEYS if f"follow_up_{k}" in form]
    if keys:
        follow = {k: form.get(f"follow_up_{k}", "").strip() for k in keys}
        follow = {k: v for k, v in follow.items() if v}
        changes["follow_up"] = follow or None
    if changes.get("status") is None:
        changes.pop("status", None)
    return changes


def _version(raw):
    if raw in (None, ""):
        return None
    if not str(raw).isdigit():
        raise InvalidInput("The form's version is damaged; reload the page.")
    return int(raw)


@bp.post("/drafts/<int:draft_id>/quotes/<int:n>/attribution")
def record(draft_id: int, n: int):
    """Save an editor's decision on one quote (a form post, or the page's script asking for JSON)."""
    wants_json = request.accept_mimetypes.best == "application/json"
    session = get_session()
    try:
        changes = changes_from_form(request.form)
        expected = _version(request.form.get("version"))
        state = svc.record_attribution(
            session, draft_id, n, changes, actor=actor_name(), expected_version=expected,
            expected_quote=request.form.get("quote_text"),
        )
    except DeskError as exc:
        session.rollback()
        if wants_json:
            current = None
            if exc.status == 409:
                current = svc.get_attribution(session, draft_id, n)
            return jsonify(error={"code": exc.code, "message": exc.message}, current=current), exc.status
        flash(exc.message, "error")
        return redirect(url_for("check.show", draft_id=draft_id, _anchor=f"quote-{n}"))
    ready = readiness.draft_readiness(session, draft_id)
    if wants_json:
        draft = checks.get_draft(session, draft_id)
        quote = draft.result["quotes"][n]
        html = render_template("check/_attribution.html", draft=draft, q=quote, a=state, verdicts=EDITOR_VERDICTS, workflow=WORKFLOW)
        return jsonify(attribution=state, readiness=ready["line"], html=html)
    if not changes or (expected is not None and state.get("version") == expected):
        flash(f"Nothing changed on quote {n + 1}: its decision is as it was.", "success")
    else:
        flash(f"Saved quote {n + 1}.", "success")
    return redirect(url_for("check.show", draft_id=draft_id, _anchor=f"quote-{n}"))


@bp.get("/attributions")
def log():
    """Decisions across drafts, with filters."""
    args = {k: request.args.get(k, "").strip() for k in ("editor", "verdict", "status", "speaker", "from", "to")}
    error, rows = None, []
    try:
        rows = readiness.attribution_log(
            get_session(),
            editor=args["editor"] or None,
            verdict=args["verdict"] or None,
            status=args["status"] or None,
            speaker=args["speaker"] or None,
            date_from=args["from"] or None,
            date_to=args["to"] or None,
        )
    except DeskError as exc:
        error = exc.message
    any_recorded = bool(rows) or readiness.any_attribution(get_session())
    return render_template(
        "attributions/log.html", rows=rows, args=args, error=error, any_recorded=any_recorded, verdicts=EDITOR_VERDICTS, workflow=WORKFLOW
    ), (400 if error else 200)


def export_response(fmt: str, draft_id: int | None, since: dt.date | None, until: dt.date | None, base_url: str) -> Response:
    """The export as a download (shared by the page and the API)."""
    if fmt not in MIMETYPES:
        raise InvalidInput(f"“{fmt}” is not an export format; use csv, json or claimreview.")
    records = exports.export_records(get_session(), draft_id=draft_id, since=since, until=until)
    drafts = exports.export_drafts(get_session(), draft_id=draft_id, since=since, until=until) if fmt == "json" else None
    body = exports.render(fmt, records, base_url=base_url, drafts=drafts)
    mimetype = MIMETYPES[fmt]
    name = exports.filename_for(fmt, draft_id=draft_id, since=since)
    return Response(body, content_type=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def export_args(args) -> tuple[str, int | None, dt.date | None, dt.date | None]:
    fmt = (args.get("format") or "csv").strip().lower()
    raw = (args.get("draft") or "").strip()
    if raw and not raw.isdigit():
        raise InvalidInput("The draft must be a draft number.")
    if raw and as_id(raw) is None:
        raise NotFound(f"There is no draft {raw}.")
    since = readiness.parse_day("since", args.get("since") or None)
    until = readiness.parse_day("until", args.get("until") or None)
    if since and until and since > until:
        raise InvalidInput("“since” is after “until”.")
    return fmt, int(raw) if raw else None, since, until


@bp.get("/export")
def export():
    if not request.args.get("format"):
        return render_template("attributions/export.html", drafts=checks.list_drafts(get_session()))
    fmt, draft_id, since, until = export_args(request.args)
    return export_response(fmt, draft_id, since, until, request.url_root.rstrip("/"))


@bp.get("/drafts/<int:draft_id>/report")
def report(draft_id: int):
    """The printable attribution report of one draft."""
    session = get_session()
    draft = checks.get_draft(session, draft_id)
    records = exports.export_records(session, draft_id=draft_id)
    return render_template(
        "attributions/report.html",
        draft=draft,
        records=records,
        readiness=readiness.draft_readiness(session, draft_id),
        printed=dt.datetime.now(dt.UTC),
    )
