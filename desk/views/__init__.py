"""One blueprint per area; helpers shared by several of them."""

from __future__ import annotations

import re

from flask import current_app

from desk.services.library import too_large


def read_upload(storage) -> bytes:
    """The bytes of an uploaded file, refusing one over the per-file limit without reading it all."""
    max_bytes = current_app.config["DESK_MAX_UPLOAD_BYTES"]
    data = storage.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(upload_name(storage), max_bytes)
    return data


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def upload_name(storage) -> str:
    """The uploaded file's name without control characters (a NUL must never reach the database)."""
    return _UNSAFE_NAME.sub("", storage.filename or "").strip()
