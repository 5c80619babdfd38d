"""Copying the whole store of record into another, empty database: how a library moves from the
embedded SQLite to PostgreSQL (``flask --app wsgi desk copy-database URL``).

The target is migrated to the newest schema first and must then be empty; every table is copied
in foreign-key order with its ids unchanged (so each host's search index, keyed by passage id,
stays valid), in ONE transaction on the target: a failure leaves it as empty as it was.  On
PostgreSQL the id sequences are then moved past the copied ids, or the next insert would collide
with a copied row.  The audit trail is copied as it is (its triggers refuse only UPDATE and
DELETE).  The change log is not copied: it starts empty in the new database, and a host whose
index was built from the old one catches up by passage ids — nothing to do, as the ids are the
same (see :mod:`desk.services.changes`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine, make_url

from desk.db import make_engine, migrate
from desk.errors import InvalidInput
from desk.models import Base, LibraryChange

#: Rows read and written per round.
CHUNK = 2000
SKIPPED = {LibraryChange.__tablename__}


def _tables():
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def copy_database(source: Engine, target_url: str, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of ``source`` into the empty database at ``target_url``: {table: rows}."""
    try:
        url = make_url(target_url)
    except Exception:
        raise InvalidInput(f"“{target_url}” is not a database URL; for PostgreSQL write "
                           "postgresql+psycopg://USER:PASSWORD@HOST/DATABASE.") from None
    if url.render_as_string(hide_password=False) == source.url.render_as_string(hide_password=False):
        raise InvalidInput("That is the database the desk already uses; give the URL of the new one.")
    target = make_engine(target_url)
    try:
        try:
            migrate(target)
        except Exception as exc:
            raise InvalidInput(f"Could not open the database at {url.render_as_string(hide_password=True)}: "
                               f"{str(exc).splitlines()[0]}") from None
        with target.begin() as dst, source.connect() as src:
            full = [(t.name, n) for t in _tables() if (n := dst.scalar(select(func.count()).select_from(t)))]
            if full:
                listing = ", ".join(f"{name} ({n} rows)" for name, n in full)
                raise InvalidInput(f"The database at {url.render_as_string(hide_password=True)} is not empty: "
                                   f"{listing}. Copy into a new, empty database; nothing was changed.")
            copied = {}
            for table in _tables():
                key = table.primary_key.columns.values()[0]
                last, count = None, 0
                while True:
                    stmt = select(table).order_by(key).limit(CHUNK)
                    if last is not None:
                        stmt = stmt.where(key > last)
                    rows = [dict(r._mapping) for r in src.execute(stmt)]
                    if not rows:
                        break
                    dst.execute(table.insert(), rows)
                    last, count = rows[-1][key.name], count + len(rows)
                    if progress:
                        progress(table.name, count)
                copied[table.name] = count
            if dst.dialect.name == "postgresql":
                for table in Base.metadata.sorted_tables:
                    quoted = dst.dialect.identifier_preparer.quote(table.name)
                    dst.execute(text(
                        f"SELECT setval(pg_get_serial_sequence(:name, 'id'), "
                        f"COALESCE((SELECT max(id) FROM {quoted}), 0) + 1, false)"
                    ), {"name": quoted})
        return copied
    finally:
        target.dispose()
