"""The database connection: engine, sessions and schema migrations.

SQLite in the data folder by default, in WAL mode with a busy timeout, so several server
processes and a CLI ingest can work at once; any other database through ``DESK_DATABASE_URL``:
PostgreSQL (``postgresql+psycopg://…``, the driver pinned in requirements.txt) is the one tested
(tests/test_postgres.py, tests/test_hosts.py), for several hosts on one store of record.
The schema is owned by Alembic (``migrations/``); :func:`migrate` brings a database up to date
and is run by ``create_app`` and by every CLI command (on PostgreSQL under an advisory lock, so
hosts starting at once migrate it once: ``migrations/env.py``).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite, turn on WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Upgrade the database schema to the newest migration."""
    command.upgrade(alembic_config(engine), "head")
