"""Archiving drafts: out of the way, never lost.

An archived draft is hidden from the Drafts list, Recent checks, the export menu and every
export (by period, and by its number), and from the re-checks a new source starts
(``desk.services.news``).  It is kept whole: its text, its check, the editors' decisions and
their audit trail.  Archiving and restoring are events of the draft's own append-only history
(:class:`desk.models.DraftEvent`), with who and when.

Any editor may archive a draft (junk checks are an editor's to clear); only an admin sees
archived drafts and restores them, so a draft cannot quietly come and go.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import Conflict, NotFound
from desk.models import Draft, DraftEvent, utcnow

ARCHIVED_MESSAGE = "Draft {id} is archived. An admin can see it and restore it (Drafts → Archived drafts)."


def _draft(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"There is no draft {draft_id}.")
    return draft


def add_event(session: Session, draft_id: int, action: str, actor: str, detail: dict | None = None) -> DraftEvent:
    """Append one event to the draft's history (the caller commits)."""
    event = DraftEvent(draft_id=draft_id, action=action, actor=actor, at=utcnow(), detail=detail)
    session.add(event)
    return event


def archive_draft(session: Session, draft_id: int, actor: str) -> Draft:
    """Hide the draft from lists and exports; a second archive is refused, changing nothing."""
    draft = _draft(session, draft_id)
    if draft.archived_at is not None:
        raise Conflict(f"Draft {draft_id} is already archived.")
    draft.archived_at, draft.archived_by = utcnow(), actor
    add_event(session, draft.id, "archived", actor)
    session.commit()
    return draft


def restore_draft(session: Session, draft_id: int, actor: str) -> Draft:
    """Bring an archived draft back into the lists and exports (an admin's act)."""
    draft = _draft(session, draft_id)
    if draft.archived_at is None:
        raise Conflict(f"Draft {draft_id} is not archived.")
    draft.archived_at, draft.archived_by = None, None
    add_event(session, draft.id, "restored", actor)
    session.commit()
    return draft


def archived_drafts(session: Session, limit: int = 500) -> list[Draft]:
    """Archived drafts, most recently archived first (for admins)."""
    query = select(Draft).where(Draft.archived_at.is_not(None)).order_by(Draft.archived_at.desc(), Draft.id.desc())
    return list(session.scalars(query.limit(limit)))


def draft_events(session: Session, draft_id: int) -> list[dict]:
    """The draft's own history, oldest first, as plain data."""
    rows = session.scalars(select(DraftEvent).where(DraftEvent.draft_id == draft_id).order_by(DraftEvent.at, DraftEvent.id))
    return [{"action": e.action, "actor": e.actor, "at": e.at, "detail": e.detail} for e in rows]


def visible(draft: Draft, user) -> bool:
    """Whether ``user`` may see this draft: everyone an active one, only admins an archived one."""
    return draft.archived_at is None or (user is not None and user.can("admin"))


def require_visible(draft: Draft, user) -> Draft:
    """The draft, or NotFound saying it is archived (for anyone but an admin)."""
    if not visible(draft, user):
        raise NotFound(ARCHIVED_MESSAGE.format(id=draft.id))
    return draft
