"""The source library in the browser: the list, adding sources, one source's page, deleting."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, request, url_for

from desk import get_index, get_session
from desk.auth import actor_name
from desk.errors import DeskError
from desk.extract.model import KINDS
from desk.forms import DeleteForm, SourceForm, SourceSpeakerForm
from desk.ids import as_id
from desk.services import library, news
from desk.services.index_upkeep import reindex_passages
from desk.services.speakers import list_speakers, name_source_speaker, waits_for_speaker
from desk.views import read_upload, upload_name

bp = Blueprint("library", __name__, url_prefix="/sources")


def home():
    """The front page is where editors start: checking a draft."""
    return redirect(url_for("check.new"))


def _int_arg(name: str, default: int | None = None) -> int | None:
    got = as_id(request.args.get(name, ""))
    return default if got is None else got


@bp.get("/")
def index():
    q = request.args.get("q", "").strip()
    kind = request.args.get("kind") or None
    outlet = request.args.get("outlet", "").strip() or None
    speaker_id = _int_arg("speaker")
    page = max(_int_arg("page", 1) or 1, 1)
    session = get_session()
    rows, total = library.list_sources(
        session, q=q, kind=kind if kind in KINDS else None, speaker_id=speaker_id, outlet=outlet, page=page
    )
    return render_template(
        "library/index.html",
        sources=rows,
        total=total,
        page=page,
        pages=max(1, -(-total // 50)),
        q=q,
        kind=kind,
        outlet=outlet or "",
        speaker_id=speaker_id,
        kinds=KINDS,
        speakers=list_speakers(session),
        counts=library.library_counts(session),
    )


def _meta(form: SourceForm) -> library.SourceMeta:
    """What the form says about the source(s), as the ingest service takes it."""
    return library.SourceMeta(
        title=(form.title.data or "").strip() or None,
        kind=form.kind.data or None,
        outlet=(form.outlet.data or "").strip() or None,
        url=(form.url.data or "").strip() or None,
        date=form.date.data,
        speaker=(form.speaker.data or "").strip() or None,
        added_by=actor_name(),
    )


@bp.route("/new", methods=["GET", "POST"])
def new():
    form = SourceForm()
    results, failures = [], []
    if form.validate_on_submit():
        session = get_session()
        meta = _meta(form)
        max_bytes = current_app.config["DESK_MAX_UPLOAD_BYTES"]
        if form.chosen_files():
            files = form.chosen_files()
            if len(files) > 1:
                meta.title = None  # a title names one source; several files keep their own
            for storage in files:
                try:
                    data = read_upload(storage)
                    results.append(library.ingest_bytes(session, get_index(), upload_name(storage), data, meta, max_bytes))
                except DeskError as exc:
                    failures.append((upload_name(storage), exc.message))
        else:
            try:
                results.append(library.ingest_text(session, get_index(), form.text.data, meta))
            except DeskError as exc:
                failures.append((meta.title or "pasted text", exc.message))
        found = news.after_ingest(session, get_index(), results, actor_name())["line"]
        if found:
            flash(found, "success")
        for r in results:
            if (warning := library.speaker_warning(r)) is not None:
                flash(warning, "error")
        if results and not failures and len(results) == 1 and not results[0].duplicate:
            r = results[0]
            flash(f"Added “{r.title}”: {r.passages} passages.", "success")
            return redirect(url_for("library.show", source_id=r.source_id))
        status = 200 if results else 400
        return render_template("library/new.html", form=form, results=results, failures=failures), status
    status = 400 if form.is_submitted() else 200
    return render_template("library/new.html", form=form, results=results, failures=failures), status


@bp.post("/upload-one")
def upload_one():
    """Add one file of a multi-file upload; the page's script calls it file by file to show progress."""
    form = SourceForm()
    if not form.validate_on_submit():
        errors = [e for f in form for e in f.errors]
        return jsonify(error={"code": "invalid_input", "message": " ".join(errors) or "Check the form."}), 400
    storage = form.chosen_files()[0] if form.chosen_files() else None
    meta = _meta(form)
    max_bytes = current_app.config["DESK_MAX_UPLOAD_BYTES"]
    try:
        if storage is None:
            result = library.ingest_text(get_session(), get_index(), form.text.data, meta)
        else:
            data = read_upload(storage)
            result = library.ingest_bytes(get_session(), get_index(), upload_name(storage), data, meta, max_bytes)
    except DeskError as exc:
        return jsonify(error={"code": exc.code, "message": exc.message}), exc.status
    found = news.after_ingest(get_session(), get_index(), [result], actor_name())["line"]
    return jsonify(
        news=found,
        drafts_url=url_for("check.index"),
        source_id=result.source_id,
        title=result.title,
        kind=result.kind,
        passages=result.passages,
        speakers=result.speakers,
        duplicate=result.duplicate,
        repaired=result.repaired,
        warning=library.speaker_warning(result),
        url=url_for("library.show", source_id=result.source_id),
    )


def _chunks(text: str, passages) -> list[tuple[str, object]]:
    """The source text cut into plain stretches and passages, in order, for display."""
    out, pos = [], 0
    for p in sorted(passages, key=lambda p: p.start):
        if p.start < pos:
            continue
        if p.start > pos:
            out.append((text[pos : p.start], None))
        out.append((text[p.start : p.end], p))
        pos = p.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


@bp.get("/<int:source_id>")
def show(source_id: int, speaker_form: SourceSpeakerForm | None = None, status: int = 200):
    session = get_session()
    source = library.get_source(session, source_id)
    passages = library.source_passages(session, source_id)
    speakers = []
    for p in passages:
        key = (p.speaker.id if p.speaker else None, p.role)
        if key not in [(s["id"], s["role"]) for s in speakers]:
            speakers.append(
                {
                    "id": key[0],
                    "role": p.role,
                    "name": p.speaker.name if p.speaker else ("Questioner" if p.role == "questioner" else "Unknown speaker"),
                    "passages": sum(1 for q in passages if (q.speaker.id if q.speaker else None, q.role) == key),
                }
            )
    return render_template(
        "library/show.html",
        source=source,
        chunks=_chunks(source.text, passages),
        passages=passages,
        speakers=speakers,
        delete_form=DeleteForm(),
        unnamed=sum(1 for p in passages if waits_for_speaker(p)),
        speaker_form=speaker_form or SourceSpeakerForm(),
        known=[s["name"] for s in list_speakers(session)],
    ), status


@bp.post("/<int:source_id>/speaker")
def name_speaker(source_id: int):
    """Name the speaker of a source added without one (desk.services.speakers.name_source_speaker)."""
    form = SourceSpeakerForm()
    if not form.validate_on_submit():
        errors = [e for field in form.errors.values() for e in field]
        flash(errors[0] if form.speaker.errors else "The form expired; try again.", "error")
        return show(source_id, form, 400)
    session = get_session()
    try:
        source, speaker, ids = name_source_speaker(session, source_id, form.speaker.data, actor_name())
        session.commit()
    except DeskError as exc:
        session.rollback()
        flash(exc.message, "error")
        return show(source_id, form, exc.status)
    reindex_passages(session, get_index(), ids)
    flash(f"The passages of “{source.title}” that had no speaker are now {speaker.name}’s. "
          "Check drafts again to see their quotes against this speaker.", "success")
    return redirect(url_for("library.show", source_id=source_id))


@bp.post("/<int:source_id>/delete")
def delete(source_id: int):
    form = DeleteForm()
    if not form.validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("library.show", source_id=source_id))
    title = library.delete_source(get_session(), get_index(), source_id)
    flash(f"Deleted “{title}” and its passages.", "success")
    return redirect(url_for("library.index"))
