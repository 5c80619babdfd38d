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
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


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
