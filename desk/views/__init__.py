"""One blueprint per area; helpers shared by several of them."""

from __future__ import annotations

from flask import current_app

from desk.services.library import too_large


def read_upload(storage) -> bytes:
    """The bytes of an uploaded file, refusing one over the per-file limit without reading it all."""
    max_bytes = current_app.config["DESK_MAX_UPLOAD_BYTES"]
    data = storage.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(storage.filename, max_bytes)
    return data
