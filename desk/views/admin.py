"""Maintenance for admins: the index against the database, and a reindex with progress."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, url_for

from desk import get_index, get_session
from desk.auth import actor_name, role_required
from desk.errors import DeskError
from desk.forms import DeleteForm
from desk.services import index_upkeep, jobs, library
from desk.times import current_zone, format_time

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/")
@role_required("admin")
def index():
    session = get_session()
    return render_template(
        "admin/index.html",
        counts=library.library_counts(session),
        indexed=get_index().doc_count(),
        stale=len(get_index().stale_rebuilds()),
        status=jobs.read_status(current_app.config["DESK_DATA_DIR"]),
        form=DeleteForm(),
    )


@bp.post("/reindex")
@role_required("admin")
def reindex():
    form = DeleteForm()
    if not form.validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("admin.index"))
    app = current_app._get_current_object()
    total = library.library_counts(get_session())["passages"]

    def run(progress):
        # A thread of its own needs its own app context and database session.
        with app.app_context():
            return index_upkeep.reindex(get_session(), get_index(), progress=progress).indexed

    def repair():
        with app.app_context():
            return index_upkeep.repair_index(get_session(), get_index())

    try:
        jobs.start_reindex(app.config["DESK_DATA_DIR"], total, run, repair, actor_name())
    except DeskError as exc:
        flash(exc.message, "error")
    return redirect(url_for("admin.index"))


@bp.post("/repair")
@role_required("admin")
def repair():
    """Bring the index in line with the database by passage id (no rebuild), and drop stale folders."""
    form = DeleteForm()
    if not form.validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("admin.index"))
    try:
        done = index_upkeep.fix_index(get_session(), get_index())
    except DeskError as exc:
        flash(exc.message, "error")
        return redirect(url_for("admin.index"))
    if done["rebuilt"]:
        flash(f"Rebuilt the search index: {done['added']} passages.", "success")
    else:
        flash(
            f"Repaired the search index: {done['added']} passages added, {done['removed']} removed, "
            f"{done['folders']} stale rebuild folders deleted.",
            "success",
        )
    return redirect(url_for("admin.index"))


@bp.get("/reindex/status")
@role_required("admin")
def reindex_status():
    status = jobs.read_status(current_app.config["DESK_DATA_DIR"])
    status.pop("pid", None)
    if status.get("finished_at"):  # as the page shows it: in the newsroom's zone (desk.times)
        status["finished_shown"] = format_time(status["finished_at"], current_zone())
    return jsonify(status)
