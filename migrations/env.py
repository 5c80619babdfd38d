"""Alembic environment: run migrations on the engine ``desk.db.migrate`` hands over."""

from alembic import context
from sqlalchemy import text

from desk.models import Base

config = context.config
target_metadata = Base.metadata
#: Key of the PostgreSQL advisory lock held while migrating (any constant will do).
MIGRATION_LOCK = 0x51D3A1


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several hosts may start at once on a new database, or a new version: one migrates,
            # the others wait here (the lock ends with the transaction) and then find it done.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        context.run_migrations()


run_migrations_online()
