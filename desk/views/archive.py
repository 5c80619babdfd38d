"""A draft's housekeeping in the browser: archiving and restoring (``desk.services.archive``),
and marking the news of a new source as seen (``desk.services.news``).

Any editor archives (the draft page's *Archive* button); an admin lists archived drafts
(``/drafts/archived``, linked from Drafts) and restores them.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for

from desk import get_session
from desk.auth import actor_name, role_required
from desk.errors import DeskError
from desk.forms import DeleteForm
from desk.services import archive, news

bp = Blueprint("archive", __name__)


@bp.post("/drafts/<int:draft_id>/archive")
def archive_draft(draft_id: int):
    if not DeleteForm().validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("check.show", draft_id=draft_id))
    session = get_session()
    try:
        draft = archive.archive_draft(session, draft_id, actor_name())
    except DeskError as exc:
        session.rollback()
        flash(exc.message, "error")
        return redirect(url_for("check.index"))
    flash(f"Archived “{draft.title}”: it no longer shows in Drafts or exports. An admin can restore it.", "success")
    return redirect(url_for("check.index"))


@bp.post("/drafts/<int:draft_id>/restore")
@role_required("admin")
def restore_draft(draft_id: int):
    if not DeleteForm().validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("archive.archived"))
    session = get_session()
    try:
        draft = archive.restore_draft(session, draft_id, actor_name())
    except DeskError as exc:
        session.rollback()
        flash(exc.message, "error")
        return redirect(url_for("archive.archived"))
    flash(f"Restored “{draft.title}”: it is back in Drafts and exports.", "success")
    return redirect(url_for("check.show", draft_id=draft_id))


@bp.get("/drafts/archived")
@role_required("admin")
def archived():
    return render_template("check/archived.html", drafts=archive.archived_drafts(get_session()), form=DeleteForm())


@bp.post("/drafts/<int:draft_id>/news/seen")
def news_seen(draft_id: int):
    """The editor has read what the new source changed: the banner and the list tag go."""
    if DeleteForm().validate_on_submit():
        news.mark_seen(get_session(), draft_id, actor_name())
    else:
        flash("The form expired; try again.", "error")
    return redirect(url_for("check.show", draft_id=draft_id))
