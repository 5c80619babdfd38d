"""The store of record: sources, speakers, passages and drafts (SQLAlchemy 2 declarative models).

The database is the truth; the Whoosh index is derived from ``Passage`` rows and can always be
rebuilt from them (``desk reindex``).  The schema is created and upgraded by the Alembic
migrations in ``migrations/``; keep the two in step (``tests/test_migrations.py`` checks it).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Speaker(Base):
    """A person who speaks in sources and is quoted in drafts."""

    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    wikidata_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", order_by="SpeakerAlias.alias"
    )

    def __repr__(self) -> str:
        return f"<Speaker {self.id} {self.name!r}>"


class SpeakerAlias(Base):
    """Another way the speaker is written: surname, "Ms. Okafor", a transcript label, a role title.

    ``key`` is :func:`desk.extract.names.name_key` of the alias: what lookups compare.
    """

    __tablename__ = "speaker_alias"
    __table_args__ = (UniqueConstraint("speaker_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speaker.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), index=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")


class Source(Base):
    """A document quotes come from, with its text exactly as ingested."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(2000))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    filename: Mapped[str | None] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    # The same text twice is one source: the hash is unique.
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id", ondelete="SET NULL"))
    added_by: Mapped[str | None] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Who named the speaker of a source added without one, and when (revision 0007).
    speaker_named_by: Mapped[str | None] = mapped_column(String(100))
    speaker_named_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    passages: Mapped[list[Passage]] = relationship(
        back_populates="source", cascade="all, delete-orphan", order_by="Passage.seq"
    )
    speaker: Mapped[Speaker | None] = relationship()


class Passage(Base):
    """A sentence or a few of one speaker's turn, with character offsets into the source text."""

    __tablename__ = "passage"
    __table_args__ = (Index("ix_passage_source_turn", "source_id", "turn"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # order within the source
    turn: Mapped[int] = mapped_column(Integer)  # passages of one uninterrupted turn share it
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)  # == source.text[start:end], kept for the index and display
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speaker.id", ondelete="SET NULL"), index=True
    )
    label: Mapped[str | None] = mapped_column(String(200))  # as written: "MINISTER OKAFOR", "Q"
    role: Mapped[str] = mapped_column(String(20), default="speaker")
    paragraph_start: Mapped[int] = mapped_column(Integer, default=0)
    paragraph_end: Mapped[int] = mapped_column(Integer, default=0)
    t_start: Mapped[float | None] = mapped_column(Float)  # captions: seconds into the recording
    t_end: Mapped[float | None] = mapped_column(Float)

    source: Mapped[Source] = relationship(back_populates="passages")
    speaker: Mapped[Speaker | None] = relationship()


class Draft(Base):
    """A story an editor checked; kept so the check can be reopened and re-run."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    checked_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The check document of the last run (SPEC §6), as JSON.
    result: Mapped[dict | None] = mapped_column(JSON)
    # Archived: hidden from lists and exports, kept whole (``desk.services.archive``).
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    archived_by: Mapped[str | None] = mapped_column(String(100))
    # What re-checks after new sources changed, until an editor marks it seen (``desk.services.news``):
    # {"at", "sources": [{"id", "title"}], "changes": [{"index", "text", "before", "after", "source"}]}
    news: Mapped[dict | None] = mapped_column(JSON)
    # Where the story is published (an editor sets it; ``desk.services.story``): each exported
    # ClaimReview's ``url`` is this + ``#quote-<n>``.
    story_url: Mapped[str | None] = mapped_column(String(2000))


class DraftEvent(Base):
    """One event in a draft's own history: archived, restored, new evidence.

    Append-only like :class:`AuditEvent` (database triggers refuse UPDATE and DELETE).
    ``detail`` holds what the event needs to be read later (for new evidence: the changes).
    """

    __tablename__ = "draft_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(30))
    detail: Mapped[dict | None] = mapped_column(JSON)


# --- Editors and their record (issue: attributions, audit trail, exports) -----------------------

ROLES = ("admin", "editor", "viewer")
WORKFLOW = ("unchecked", "in_progress", "needs_follow_up", "resolved")
EDITOR_VERDICTS = (
    "exact",
    "edited",
    "misquote",
    "paraphrase",
    "misattributed",
    "not_found",
    "out_of_context",
    "unverifiable",
)


class User(Base):
    """A person who signs in: an admin, an editor or a viewer."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    # Flask-Login's protocol
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return str(self.id)

    def can(self, role: str) -> bool:
        """True when this user's role is at least ``role`` (admin > editor > viewer)."""
        return ROLES.index(self.role) <= ROLES.index(role)


class ApiToken(Base):
    """A bearer token for the API; only its SHA-256 is stored, and it can be revoked."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    """A failed sign-in, kept a while to slow down password guessing (shared by all processes)."""

    __tablename__ = "login_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), index=True)
    remote: Mapped[str | None] = mapped_column(String(64), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)


class Attribution(Base):
    """The editor's record for one quote of a draft.

    A decision belongs to the quote it was made on, not to a position: ``quote_parts`` and
    ``quote_text`` are that quote's character offsets in the draft and its words, and
    ``quote_index`` is where that quote sits in the draft's latest check document.  A re-check
    that finds the quotes differently moves the decision with its quote (by span and text, see
    :func:`desk.services.remap.map_quotes`), recording each move as an audit event; when
    the quote is no longer found, ``quote_index`` is NULL and the decision is kept and shown as
    such.  ``remap`` says what the latest re-check did to the quote when the editor should know
    (split, joined, changed, gone) and the words the decision was made on; the editor's next
    change clears it.

    ``version`` grows with every change: a change sent with an older version was made on a stale
    page, and is refused instead of silently overwriting the other editor's decision.
    """

    __tablename__ = "attribution"
    __table_args__ = (UniqueConstraint("draft_id", "quote_index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    quote_index: Mapped[int | None] = mapped_column(Integer)  # NULL: the quote is no longer in the draft
    quote_text: Mapped[str] = mapped_column(Text)  # the words of the quote it belongs to
    quote_parts: Mapped[list | None] = mapped_column(JSON)  # [[start, end], …] of that quote in the draft
    # {"how": "split"|"joined"|"changed"|"gone", "at", "from": {"index", "text", "parts", "speaker", "verdict"}}
    remap: Mapped[dict | None] = mapped_column(JSON)
    # Audit events written before decisions followed their quotes carry no attribution id; they
    # are those of (draft_id, legacy_audit_index).  NULL for decisions made since.
    legacy_audit_index: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="unchecked")
    verdict: Mapped[str | None] = mapped_column(String(20))
    passage_id: Mapped[int | None] = mapped_column(ForeignKey("passage.id", ondelete="SET NULL"))
    correct_wording: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    # {"contact", "method", "contacted_at", "answer", "due"}
    follow_up: Mapped[dict | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    draft: Mapped[Draft] = relationship()


class AuditEvent(Base):
    """One change to an attribution: append-only, never edited (database triggers refuse it).

    ``quote_index`` is the quote's index when the event was written; ``attribution_id`` ties the
    event to its decision wherever the quote has moved since (NULL for events written before
    revision 0003: see ``Attribution.legacy_audit_index``).
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    attribution_id: Mapped[int | None] = mapped_column(ForeignKey("attribution.id"), index=True)
    quote_index: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    field: Mapped[str] = mapped_column(String(40))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class LibraryChange(Base):
    """One change to what the search index holds, for every host's index to apply in order.

    ``what`` is one of ``desk.services.changes.KINDS``; the ids say which sources, speakers or
    passages to look at again.  No foreign keys: a removed source's change outlives the source.
    Written in the same transaction as the change itself (see :mod:`desk.services.changes`).
    """

    __tablename__ = "library_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    what: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(Integer)
    speaker_id: Mapped[int | None] = mapped_column(Integer)
    passage_ids: Mapped[list | None] = mapped_column(JSON)
