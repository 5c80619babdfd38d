"""Checking drafts in the browser: paste or upload, see every quote's verdict and evidence."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, url_for

from desk import get_index, get_session, limits
from desk.auth import acting_user, actor_name
from desk.errors import DeskError
from desk.extract.formats import REPLACEMENT, ExtractError, read_document
from desk.forms import CheckForm, DeleteForm
from desk.match.flags import FLAG_TEXT
from desk.models import EDITOR_VERDICTS, WORKFLOW
from desk.services import archive, attributions, checks, exports, news, remap
from desk.views import upload_name

bp = Blueprint("check", __name__)

#: One key per verdict on the check page (``?`` shows them).
VERDICT_KEYS = [
    ("e", "exact"),
    ("d", "edited"),
    ("m", "misquote"),
    ("p", "paraphrase"),
    ("a", "misattributed"),
    ("f", "not_found"),
    ("o", "out_of_context"),
    ("u", "unverifiable"),
]

VERDICT_TEXT = {
    "exact": "Exact",
    "edited": "Accurate, with standard edits",
    "misquote": "Misquote",
    "paraphrase": "Paraphrase in quote marks",
    "misattributed": "Misattributed",
    "not_found": "Not found",
}


@bp.route("/check", methods=["GET", "POST"])
def new():
    form = CheckForm()
    if form.validate_on_submit():
        text = form.text.data or ""
        upload = form.file.data
        if getattr(upload, "filename", ""):
            max_bytes = current_app.config["DESK_MAX_UPLOAD_BYTES"]
            try:
                text = read_document(upload_name(upload), upload.read(max_bytes + 1), max_bytes=max_bytes).text
            except ExtractError as exc:
                form.file.errors = [str(exc)]
                return render_template("check/new.html", form=form, drafts=checks.list_drafts(get_session())), 400
            if REPLACEMENT in text:
                flash(
                    f"Some bytes of {upload_name(upload)} were not valid UTF-8 and show as {REPLACEMENT}: "
                    "check the words around them against the original.",
                    "error",
                )
        try:
            limits.check_quote_cap(get_session(), text, current_app.config["DESK_MAX_QUOTES"])
            doc = checks.check_text(get_session(), get_index(), text, title=form.title.data)
        except DeskError as exc:
            form.text.errors = [exc.message]
            return render_template("check/new.html", form=form, drafts=checks.list_drafts(get_session())), 400
        return redirect(url_for("check.show", draft_id=doc["draft"]["id"]))
    status = 400 if form.is_submitted() else 200
    return render_template("check/new.html", form=form, drafts=checks.list_drafts(get_session())), status


def _draft_chunks(text: str, quotes: list[dict], skipped: list[dict]) -> list[tuple[str, dict | None, str]]:
    """The draft cut into plain text and quote parts: (text, quote or None, kind)."""
    marks = []
    for q in quotes:
        for start, end in q["parts"]:
            marks.append((start, end, q, "quote"))
    for s in skipped:
        for start, end in s["parts"]:
            marks.append((start, end, s, "skipped"))
    marks.sort(key=lambda m: m[0])
    out, pos = [], 0
    for start, end, item, kind in marks:
        if start < pos:
            continue
        out.append((text[pos:start], None, "plain"))
        out.append((text[start:end], item, kind))
        pos = end
    out.append((text[pos:], None, "plain"))
    return out


@bp.get("/drafts/<int:draft_id>")
def show(draft_id: int):
    session = get_session()
    draft = archive.require_visible(checks.get_draft(session, draft_id), acting_user())
    doc = draft.result or {"quotes": [], "skipped": [], "summary": {"quotes": 0}}
    chunks = _draft_chunks(draft.text, doc["quotes"], doc["skipped"])
    # The speaker's name goes after the quote's last part.
    last_part = {}
    for i, (_, item, kind) in enumerate(chunks):
        if kind == "quote":
            last_part[item["index"]] = i
    return render_template(
        "check/show.html",
        draft=draft,
        doc=doc,
        chunks=chunks,
        last_part=last_part,
        attributions={q["index"]: attributions.get_attribution(session, draft.id, q["index"]) for q in doc["quotes"]},
        orphans=attributions.orphaned_attributions(session, draft.id),
        verdicts=EDITOR_VERDICTS,
        workflow=WORKFLOW,
        verdict_keys=VERDICT_KEYS,
        readiness=attributions.draft_readiness(session, draft.id)["line"],
        flag_text=FLAG_TEXT,
        flag_note=exports.quote_flag_note,
        verdict_text=VERDICT_TEXT,
        recheck_form=DeleteForm(),
        archive_form=DeleteForm(),
        draft_history=archive.draft_events(session, draft.id),
    )


@bp.post("/drafts/<int:draft_id>/recheck")
def recheck(draft_id: int):
    form = DeleteForm()
    if not form.validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("check.show", draft_id=draft_id))
    session = get_session()
    archive.require_visible(checks.get_draft(session, draft_id), acting_user())
    try:
        limits.check_quote_cap(session, checks.get_draft(session, draft_id).text, current_app.config["DESK_MAX_QUOTES"])
    except limits.LimitExceeded as exc:
        flash(exc.message, "error")
        return redirect(url_for("check.show", draft_id=draft_id))
    doc = checks.recheck(session, get_index(), draft_id, checked_by=actor_name())
    news.after_recheck(session, draft_id)
    moved = remap.remap_line(doc.get("remapped") or {})
    line = attributions.draft_readiness(session, draft_id)["line"]
    flash(f"Checked again: {line}" + (f". {moved[0].upper()}{moved[1:]}" if moved else ""), "success")
    return redirect(url_for("check.show", draft_id=draft_id))


@bp.get("/drafts")
def index():
    session = get_session()
    rows = [(d, attributions.draft_readiness(session, d.id)["line"]) for d in checks.list_drafts(session)]
    return render_template("check/index.html", drafts=rows)
