"""The JSON API, /api/v1 (SPEC §6).  Errors answer ``{"error": {"code", "message"}}`` with a 4xx."""

from __future__ import annotations

import re

from flask import Blueprint, current_app, jsonify, request

from desk import get_index, get_session, limits
from desk.auth import acting_user, actor_name, role_required
from desk.errors import InvalidInput
from desk.services import archive, attributions, checks, library, news, readiness, story
from desk.services import speakers as speaker_service
from desk.services.index_upkeep import reindex_passages
from desk.services.search import search as run_search
from desk.services.speakers import list_speakers
from desk.views import read_upload, upload_name
from desk.views.attributions import export_args, export_response
from desk.views.search import search_args

bp = Blueprint("api", __name__, url_prefix="/api/v1")

_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(value) -> bool:
    if isinstance(value, str):
        return bool(_SURROGATE.search(value))
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def json_body(expected: str) -> dict:
    """The request's JSON object, or InvalidInput saying what to send.

    JSON may spell a lone UTF-16 surrogate (``"\\ud800"``); Python decodes it into a string that
    no database or file can store, so it is refused here rather than failing later.
    """
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise InvalidInput(f"Send JSON: {expected}.")
    if _has_surrogate(body):
        raise InvalidInput(
            "The JSON holds a lone surrogate escape (such as \\ud800), which is not a character; "
            "send valid Unicode text."
        )
    return body


@bp.post("/check")
def check():
    body = json_body('{"text": "…the draft…", "title": "…", "story_url": "https://… (optional)"}')
    text = body.get("text")
    if not isinstance(text, str):
        raise InvalidInput("“text” must be the draft's text, as a string.")
    title = body.get("title") if isinstance(body.get("title"), str) else None
    story_url = story.clean_story_url(body.get("story_url"))  # refused before any work
    limits.check_quote_cap(get_session(), text, current_app.config["DESK_MAX_QUOTES"])
    doc = checks.check_text(get_session(), get_index(), text, title=title, story_url=story_url, actor=actor_name())
    return jsonify({**doc, "story_url": story_url}), 201


@bp.get("/drafts/<int:draft_id>")
def draft(draft_id: int):
    """The stored check document, each quote with its attribution and audit trail."""
    session = get_session()
    found = archive.require_visible(checks.get_draft(session, draft_id), acting_user())
    doc = dict(found.result)
    doc["quotes"] = [
        {**q, "attribution": attributions.get_attribution(session, draft_id, q["index"])} for q in doc["quotes"]
    ]
    # Decisions whose quote a re-check no longer finds: kept, with their words and history.
    doc["orphaned_attributions"] = attributions.orphaned_attributions(session, draft_id)
    doc["readiness"] = readiness.draft_readiness(session, draft_id)["line"]
    doc["archived"] = _archived_json(found)
    doc["news"] = found.news  # what re-checks after new sources changed, until marked seen (desk.services.news)
    doc["story_url"] = found.story_url  # where the story is published (desk.services.story), or null
    return jsonify(doc)


@bp.route("/drafts/<int:draft_id>", methods=["PATCH", "POST"])
def update_draft(draft_id: int):
    """Set the published story's address: ``{"story_url": "https://…"}`` (``null`` or ``""`` clears it).

    An event of the draft's history (``desk.services.story``); a bad address is refused with a
    400 saying why, and nothing is changed."""
    body = json_body('{"story_url": "https://news.example/2026/story"} (null or "" removes it)')
    unknown = sorted(k for k in body if k != "story_url")
    if unknown or "story_url" not in body:
        raise InvalidInput(
            "Only “story_url” can be changed on a draft"
            + (f"; “{unknown[0]}” cannot." if unknown else ": send {\"story_url\": \"https://…\"}.")
        )
    session = get_session()
    archive.require_visible(checks.get_draft(session, draft_id), acting_user())
    draft = story.set_story_url(session, draft_id, body["story_url"], actor_name())
    return jsonify(draft_id=draft.id, story_url=draft.story_url)


def _archived_json(draft) -> dict | None:
    if draft.archived_at is None:
        return None
    return {"at": attributions.iso_time(draft.archived_at), "by": draft.archived_by}


@bp.post("/drafts/<int:draft_id>/archive")
def archive_draft(draft_id: int):
    """Archive a draft (editor): hidden from lists and exports, kept with its history."""
    draft = archive.archive_draft(get_session(), draft_id, actor_name())
    return jsonify(draft_id=draft.id, archived=_archived_json(draft))


@bp.post("/drafts/<int:draft_id>/restore")
@role_required("admin")
def restore_draft(draft_id: int):
    """Restore an archived draft (admin)."""
    draft = archive.restore_draft(get_session(), draft_id, actor_name())
    return jsonify(draft_id=draft.id, archived=None)


@bp.post("/drafts/<int:draft_id>/quotes/<int:n>/attribution")
def record_attribution(draft_id: int, n: int):
    body = json_body('{"status", "verdict", "note", "correct_wording", "passage_id", "follow_up", "version"}')
    changes = {k: v for k, v in body.items() if k not in ("version", "quote_text")}
    quote_text = body.get("quote_text")
    state = attributions.record_attribution(
        get_session(), draft_id, n, changes, actor=actor_name(), expected_version=body.get("version"),
        expected_quote=quote_text if isinstance(quote_text, str) else None,
    )
    return jsonify(state)


@bp.get("/export")
def export():
    fmt, draft_id, since, until = export_args(request.args)
    return export_response(fmt, draft_id, since, until, request.url_root.rstrip("/"))


@bp.get("/search")
def search():
    args = search_args(request.args)
    return jsonify(run_search(get_session(), get_index(), args.pop("q"), **args))


@bp.post("/sources")
def add_source():
    upload = request.files.get("file")
    form = request.form
    meta = library.SourceMeta(
        title=form.get("title") or None,
        kind=form.get("kind") or None,
        outlet=form.get("outlet") or None,
        url=form.get("url") or None,
        date=library.parse_date(form.get("date")),
        speaker=form.get("speaker") or None,
        added_by=actor_name(),
    )
    session = get_session()
    max_bytes = current_app.config["DESK_MAX_UPLOAD_BYTES"]
    if upload and upload.filename:
        data = read_upload(upload)
        result = library.ingest_bytes(session, get_index(), upload_name(upload), data, meta, max_bytes)
    elif form.get("text"):
        result = library.ingest_text(session, get_index(), form["text"], meta)
    else:
        raise InvalidInput("Send a file in the field “file”, or the text in the field “text”.")
    body = {
        "source_id": result.source_id,
        "title": result.title,
        "kind": result.kind,
        "passages": result.passages,
        "speakers": result.speakers,
        "duplicate": result.duplicate,
        "repaired": result.repaired,  # a duplicate's passages the index lacked (after a crash), now added
        "warning": library.speaker_warning(result),  # no speaker the desk could name (a speech, or a transcript's voices): what to do
        # drafts re-checked against the new source (desk.services.news): {"rechecked", "drafts", "waiting", "line"}
        "news": news.after_ingest(session, get_index(), [result], actor_name()),
    }
    return jsonify(body), (200 if result.duplicate else 201)


@bp.get("/sources/<int:source_id>")
def get_source(source_id: int):
    return jsonify(library.source_json(get_session(), source_id))


@bp.route("/sources/<int:source_id>", methods=["PATCH"])
def name_source_speaker(source_id: int):
    """``{"speaker": "Name"}``: name the speaker of a source added without one; answers the
    source as ``GET`` does, with ``"named"``: how many passages became theirs."""
    body = json_body('{"speaker": "the name of the person who spoke"}')
    if set(body) != {"speaker"} or not isinstance(body["speaker"], str):
        raise InvalidInput('Send {"speaker": "…"}: the name of the person who spoke (nothing else of a source can be changed).')
    session = get_session()
    try:
        _, _, ids = speaker_service.name_source_speaker(session, source_id, body["speaker"], actor_name())
        session.commit()
    except Exception:
        session.rollback()
        raise
    reindex_passages(session, get_index(), ids)
    return jsonify({**library.source_json(session, source_id), "named": len(ids)})


@bp.get("/speakers")
def speakers():
    return jsonify({"speakers": list_speakers(get_session(), request.args.get("q", ""))})
