"""Checking drafts in the browser: paste or upload, see every quote's verdict and evidence."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, url_for

from desk import get_index, get_session, limits
from desk.auth import acting_user, actor_name
from desk.errors import DeskError
from desk.extract.formats import REPLACEMENT, ExtractError, read_document
from desk.forms import CheckForm, DeleteForm, StoryUrlForm
from desk.match.flags import FLAG_TEXT
from desk.models import EDITOR_VERDICTS, WORKFLOW
from desk.services import archive, attributions, check_jobs, checks, exports, news, readiness, remap, story
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
        again = checks.recent_duplicate(get_session(), text, form.title.data)
        if again is not None:
            flash("This draft was checked a moment ago: here is that check (Check again runs it anew).", "success")
            return redirect(url_for("check.show", draft_id=again.id))
        try:
            limits.check_quote_cap(get_session(), text, current_app.config["DESK_MAX_QUOTES"])
            checks.check_input(text)
            large = limits.quotes_over(get_session(), text, current_app.config["DESK_CHECK_JOB_QUOTES"])
            if large:
                return _start_job(text=text, title=form.title.data, total=large, story_url=form.story_url.data)
            doc = checks.check_text(
                get_session(), get_index(), text, title=form.title.data, story_url=form.story_url.data, actor=actor_name()
            )
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
    return _show_page(draft_id)


@bp.post("/drafts/<int:draft_id>/story-url")
def set_story_url(draft_id: int):
    """Set, change or clear the published story's address (an event of the draft's history).

    Bad input shows the page again with the reason beside the field; nothing is changed."""
    session = get_session()
    archive.require_visible(checks.get_draft(session, draft_id), acting_user())
    form = StoryUrlForm()
    if not form.validate_on_submit():
        if "csrf_token" in form.errors:
            flash("The form expired; try again.", "error")
            return redirect(url_for("check.show", draft_id=draft_id))
        return _show_page(draft_id, story_form=form, status=400)
    before = checks.get_draft(session, draft_id).story_url
    draft = story.set_story_url(session, draft_id, form.story_url.data, actor_name())
    if draft.story_url == before:
        flash("The story URL is unchanged.", "success")
    elif draft.story_url:
        flash(f"Story URL saved: exported reviews link to {draft.story_url}#quote-1, #quote-2 …", "success")
    else:
        flash("Story URL removed: exported reviews link to the draft's page on the desk again.", "success")
    return redirect(url_for("check.show", draft_id=draft_id))


def _show_page(draft_id: int, story_form: StoryUrlForm | None = None, status: int = 200):
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
        readiness=readiness.draft_readiness(session, draft.id)["line"],
        flag_text=FLAG_TEXT,
        flag_note=exports.quote_flag_note,
        verdict_text=VERDICT_TEXT,
        recheck_form=DeleteForm(),
        archive_form=DeleteForm(),
        draft_history=archive.draft_events(session, draft.id),
        story_form=story_form or StoryUrlForm(story_url=draft.story_url),
    ), status


@bp.post("/drafts/<int:draft_id>/recheck")
def recheck(draft_id: int):
    form = DeleteForm()
    if not form.validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("check.show", draft_id=draft_id))
    session = get_session()
    draft = archive.require_visible(checks.get_draft(session, draft_id), acting_user())
    try:
        limits.check_quote_cap(session, draft.text, current_app.config["DESK_MAX_QUOTES"])
        large = limits.quotes_over(session, draft.text, current_app.config["DESK_CHECK_JOB_QUOTES"])
        if large:
            return _start_job(text=draft.text, title=draft.title, total=large, recheck_of=draft_id)
    except DeskError as exc:
        flash(exc.message, "error")
        return redirect(url_for("check.show", draft_id=draft_id))
    doc = checks.recheck(session, get_index(), draft_id, checked_by=actor_name())
    flash(_rechecked(session, draft_id, doc), "success")
    return redirect(url_for("check.show", draft_id=draft_id))


def _rechecked(session, draft_id: int, doc: dict) -> str:
    """What a re-check found, for the editor: the readiness line, and decisions that moved (the
    draft's "a new source may hold evidence" note is answered too)."""
    news.after_recheck(session, draft_id)
    moved = remap.remap_line(doc.get("remapped") or {})
    line = readiness.draft_readiness(session, draft_id)["line"]
    return f"Checked again: {line}" + (f". {moved[0].upper()}{moved[1:]}" if moved else "")


# --- large drafts: a job the page follows (desk/services/check_jobs.py) ------------------------


def _start_job(*, text: str, title: str | None, total: int, recheck_of: int | None = None, story_url: str | None = None):
    """Check (or re-check) a large draft in the background; answer with the page that follows it."""
    app = current_app._get_current_object()
    actor = actor_name()

    def run(progress) -> dict:
        # A thread of its own needs its own app context and database session.
        with app.app_context():
            session = get_session()
            if recheck_of is not None:
                doc = checks.recheck(session, get_index(), recheck_of, checked_by=actor, progress=progress)
                return {"draft_id": recheck_of, "message": _rechecked(session, recheck_of, doc)}
            doc = checks.check_text(session, get_index(), text, title=title, progress=progress, story_url=story_url, actor=actor)
            return {"draft_id": doc["draft"]["id"], "message": None}

    job = check_jobs.start_check(
        app.config["DESK_DATA_DIR"], text=text, title=(title or "").strip() or None, actor=actor, total=total, run=run,
        recheck_of=recheck_of, story_url=story_url,
    )
    return redirect(url_for("check.job", job_id=job["id"]))


@bp.get("/check/jobs/<job_id>")
def job(job_id: str):
    """A large draft's check: its progress while it runs, the draft when it is done."""
    state = check_jobs.read_job(current_app.config["DESK_DATA_DIR"], job_id)
    if state["state"] == "done":
        if state.get("message"):
            flash(state["message"], "success")
        return redirect(url_for("check.show", draft_id=state["draft_id"]), 303)
    return render_template("check/job.html", job=check_jobs.public(state), retry_form=DeleteForm())


@bp.get("/check/jobs/<job_id>/status")
def job_status(job_id: str):
    state = check_jobs.public(check_jobs.read_job(current_app.config["DESK_DATA_DIR"], job_id))
    return jsonify({**state, "page": url_for("check.job", job_id=job_id)})


@bp.post("/check/jobs/<job_id>/retry")
def job_retry(job_id: str):
    """Try a failed check again, from the same text (or the same stored draft)."""
    form = DeleteForm()
    if not form.validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("check.job", job_id=job_id))
    state = check_jobs.read_job(current_app.config["DESK_DATA_DIR"], job_id)
    if state["state"] != "failed":
        return redirect(url_for("check.job", job_id=job_id))
    try:
        return _start_job(
            text=state["text"], title=state["title"], total=state["total"], recheck_of=state["recheck_of"],
            story_url=state.get("story_url"),
        )
    except DeskError as exc:
        flash(exc.message, "error")
        return redirect(url_for("check.job", job_id=job_id))


@bp.get("/drafts")
def index():
    session = get_session()
    rows = [(d, readiness.draft_readiness(session, d.id)["line"]) for d in checks.list_drafts(session)]
    return render_template("check/index.html", drafts=rows)
