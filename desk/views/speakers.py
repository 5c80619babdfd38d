"""Speakers in the browser: the list, one speaker's page, rename, aliases and merges."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk import get_index, get_session
from desk.errors import DeskError
from desk.forms import AliasForm, MergeForm, RemoveAliasForm, SpeakerForm
from desk.ids import as_id
from desk.models import Passage
from desk.services import speakers as svc
from desk.services.index_upkeep import reindex_passages

bp = Blueprint("speakers", __name__, url_prefix="/speakers")


@bp.get("/")
def index():
    q = request.args.get("q", "")
    return render_template("speakers/index.html", speakers=svc.list_speakers(get_session(), q), q=q)


def _page(speaker_id: int, status: int = 200, **forms):
    session = get_session()
    speaker = svc.get_speaker(session, speaker_id)
    others = [(s["id"], s["name"]) for s in svc.list_speakers(session) if s["id"] != speaker_id]
    merge = forms.get("merge_form") or MergeForm()
    merge.set_speakers(others)
    passages = session.scalars(
        select(Passage)
        .where(Passage.speaker_id == speaker_id)
        .options(selectinload(Passage.source))
        .order_by(Passage.source_id, Passage.seq)
        .limit(200)
    ).all()
    return (
        render_template(
            "speakers/show.html",
            speaker=speaker,
            passages=passages,
            form=forms.get("form") or SpeakerForm(obj=speaker),
            alias_form=forms.get("alias_form") or AliasForm(formdata=None),
            remove_form=RemoveAliasForm(formdata=None),
            merge_form=merge,
        ),
        status,
    )


@bp.get("/<int:speaker_id>")
def show(speaker_id: int):
    return _page(speaker_id)


def _apply(fn, speaker_id: int, success: str, form_name: str, form):
    session = get_session()
    try:
        ids = fn()
        session.commit()
    except DeskError as exc:
        session.rollback()
        flash(exc.message, "error")
        return _page(speaker_id, 400, **{form_name: form})
    reindex_passages(session, get_index(), ids)
    flash(success, "success")
    return redirect(url_for("speakers.show", speaker_id=speaker_id))


@bp.post("/<int:speaker_id>")
def update(speaker_id: int):
    form = SpeakerForm()
    if not form.validate_on_submit():
        return _page(speaker_id, 400, form=form)
    return _apply(
        lambda: svc.update_speaker(
            get_session(),
            speaker_id,
            name=form.name.data,
            description=form.description.data,
            wikidata_id=(form.wikidata_id.data or "").strip() or None,
        ),
        speaker_id,
        "Saved. The old name is kept as an alias, so earlier mentions still find this person.",
        "form",
        form,
    )


@bp.post("/<int:speaker_id>/aliases")
def add_alias(speaker_id: int):
    form = AliasForm()
    if not form.validate_on_submit():
        return _page(speaker_id, 400, alias_form=form)
    alias = form.alias.data.strip()
    return _apply(
        lambda: svc.add_alias(get_session(), speaker_id, alias),
        speaker_id,
        f"Added the alias “{alias}”.",
        "alias_form",
        form,
    )


@bp.post("/<int:speaker_id>/aliases/remove")
def remove_alias(speaker_id: int):
    form = RemoveAliasForm()
    alias_id = as_id(form.alias_id.data) if form.validate_on_submit() else None
    if alias_id is None:
        flash("Choose an alias to remove.", "error")
        return redirect(url_for("speakers.show", speaker_id=speaker_id))
    return _apply(
        lambda: svc.remove_alias(get_session(), speaker_id, alias_id),
        speaker_id,
        "Removed the alias.",
        "form",
        None,
    )


@bp.post("/<int:speaker_id>/merge")
def merge(speaker_id: int):
    """Merge the speaker of this page INTO the chosen one (this page's speaker goes away)."""
    form = MergeForm()
    form.set_speakers([(s["id"], s["name"]) for s in svc.list_speakers(get_session()) if s["id"] != speaker_id])
    if not form.validate_on_submit() or not form.other.data:
        flash("Choose the speaker to merge into.", "error")
        return _page(speaker_id, 400, merge_form=form)
    keep_id = form.other.data
    session = get_session()
    try:
        gone = svc.get_speaker(session, speaker_id).name
        ids = svc.merge_speakers(session, keep_id, speaker_id)
        session.commit()
    except DeskError as exc:
        session.rollback()
        flash(exc.message, "error")
        return _page(speaker_id, 400, merge_form=form)
    reindex_passages(session, get_index(), ids)
    keep = svc.get_speaker(session, keep_id)
    flash(f"Merged “{gone}” into {keep.name}; “{gone}” is now one of their aliases.", "success")
    return redirect(url_for("speakers.show", speaker_id=keep_id))
