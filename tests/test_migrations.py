"""The Alembic migrations build exactly the schema the models describe, and keep the audit trail append-only."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from desk.db import alembic_config, make_engine, migrate
from desk.models import Base


def _at_revision(tmp_path, revision: str):
    """A new SQLite database migrated up to ``revision`` only: the state a revision after it meets."""
    engine = make_engine(f"sqlite:///{tmp_path / f'at-{revision}.sqlite3'}")
    command.upgrade(alembic_config(engine), revision)
    return engine


def test_migrations_match_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    migrate(engine)  # a second run changes nothing
    engine.dispose()


def test_audit_events_cannot_be_changed_or_removed(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO draft (title, text, created_at, checked_at) VALUES ('d', 't', '2026-01-01', '2026-01-01')"))
        conn.execute(
            text(
                "INSERT INTO audit_event (draft_id, quote_index, actor, at, field, before, after) "
                "VALUES (1, 0, 'ana', '2026-01-01', 'verdict', NULL, 'exact')"
            )
        )
    for sql in ("UPDATE audit_event SET after = 'misquote'", "DELETE FROM audit_event"):
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT after FROM audit_event")).scalar() == "exact"
    engine.dispose()


def test_revision_0003_downgrades_and_upgrades_again_keeping_the_trail_append_only(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO draft (title, text, created_at, checked_at) VALUES ('d', 't', '2026-01-01', '2026-01-01')"))
        conn.execute(
            text(
                "INSERT INTO attribution (draft_id, quote_index, quote_text, status, version) "
                "VALUES (1, NULL, 'gone', 'resolved', 2)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO audit_event (draft_id, attribution_id, quote_index, actor, at, field, before, after) "
                "VALUES (1, 1, 0, 'ana', '2026-01-01', 'quote', 'quote 1', 'no longer in the draft')"
            )
        )
    command.downgrade(alembic_config(engine), "0002")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT quote_index FROM attribution")).scalar() == -1  # kept, on no quote
        assert conn.execute(text("SELECT after FROM audit_event")).scalar() == "no longer in the draft"
    for sql in ("UPDATE audit_event SET after = 'x'", "DELETE FROM audit_event"):
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    migrate(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_revision_0006_adds_the_story_url_keeping_every_draft_and_its_history(tmp_path):
    engine = _at_revision(tmp_path, "0005")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO draft (title, text, created_at, checked_at, archived_at, archived_by) "
            "VALUES ('Bridge', 'the story', '2026-01-01', '2026-01-01', '2026-01-02', 'ana')"
        ))
        conn.execute(text("INSERT INTO draft_event (draft_id, actor, at, action) VALUES (1, 'ana', '2026-01-02', 'archived')"))
        conn.execute(text(
            "INSERT INTO audit_event (draft_id, quote_index, actor, at, field, before, after) "
            "VALUES (1, 0, 'ana', '2026-01-01', 'verdict', NULL, 'exact')"
        ))
    migrate(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert conn.execute(text("SELECT title, text, archived_by, story_url FROM draft")).one() == ("Bridge", "the story", "ana", None)
        assert conn.execute(text("SELECT action FROM draft_event")).scalar() == "archived"
        assert conn.execute(text("SELECT after FROM audit_event")).scalar() == "exact"
    with engine.begin() as conn:
        conn.execute(text("UPDATE draft SET story_url = 'https://news.example/bridge'"))
    for sql in ("UPDATE draft_event SET actor = 'x'", "DELETE FROM audit_event"):  # still append-only
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    command.downgrade(alembic_config(engine), "0005")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title, archived_by FROM draft")).one() == ("Bridge", "ana")
        assert conn.execute(text("SELECT after FROM audit_event")).scalar() == "exact"
    engine.dispose()


def test_revision_0007_records_who_named_a_speaker_keeping_every_source_and_passage(tmp_path):
    engine = _at_revision(tmp_path, "0006")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO source (title, kind, format, text, sha256, added_by, added_at) "
            "VALUES ('Remarks', 'speech', 'txt', 'The bridge stays shut.', 'ab12', 'ana', '2026-01-01')"
        ))
        conn.execute(text(
            "INSERT INTO passage (source_id, seq, turn, start, \"end\", text, role, paragraph_start, paragraph_end) "
            "VALUES (1, 0, 0, 0, 22, 'The bridge stays shut.', 'unknown', 0, 22)"
        ))
    migrate(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert conn.execute(text("SELECT title, added_by, speaker_named_by, speaker_named_at FROM source")).one() \
            == ("Remarks", "ana", None, None)
    with engine.begin() as conn:
        conn.execute(text("UPDATE source SET speaker_named_by = 'ben', speaker_named_at = '2026-01-02'"))
    command.downgrade(alembic_config(engine), "0006")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title, added_by FROM source")).one() == ("Remarks", "ana")
        assert conn.execute(text("SELECT text FROM passage")).scalar() == "The bridge stays shut."
    engine.dispose()
