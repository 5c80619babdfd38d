"""Record numbers as they come in from URLs, query strings, forms and the command line.

Every table's id is an ``INTEGER``: 32 bits in PostgreSQL, 64 in SQLite. A number past that is
no record of ours, and handed to the database it is an error there (SQLite's OverflowError,
PostgreSQL's "integer out of range"), not a "not found". Numbers are taken only up to
``MAX_ID``: routes answer 404 past it, forms and filters say there is no such record.
"""

from __future__ import annotations

from werkzeug.routing import IntegerConverter

#: The largest id a record can have (PostgreSQL's INTEGER).
MAX_ID = 2**31 - 1


def as_id(raw) -> int | None:
    """``raw`` (a string of digits or an int) as a record number, or None when it is not one."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        raw = raw.strip()
        if not raw.isascii() or not raw.isdigit():
            return None
        raw = int(raw)
    if not isinstance(raw, int) or not 0 <= raw <= MAX_ID:
        return None
    return raw


class IdConverter(IntegerConverter):
    """Flask's ``<int:…>`` with the upper bound of a record number: past it a route answers 404
    like any number no record has."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
