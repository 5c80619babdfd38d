"""The ceilings on one request's work, in one place, so pages, API, CLI and README agree.

Each limit has a message for the editor: what the limit is, what was sent, and what to do.
The check and ingest services keep their own guards (a draft's 500,000 characters, a file's
megabytes); these are the ones the web and command-line layers add in front of them.
"""

from __future__ import annotations

from desk.services.checks import MAX_DRAFT_CHARS

#: Characters of pasted source text (the Add sources form's text box, the API's "text" field).
MAX_PASTED_SOURCE_CHARS = 2_000_000
#: Bytes one text field of a form may hold: the longest paste at four bytes a character.
#: Werkzeug's default (500 KB) refused a pasted draft or source long before the limits above.
MAX_FORM_MEMORY_SIZE = 8 * 1024 * 1024


def paste_limits_message() -> str:
    return (
        f"That pasted text is too long: a draft may be at most {MAX_DRAFT_CHARS:,} characters and a "
        f"source at most {MAX_PASTED_SOURCE_CHARS:,} characters. Upload a longer one as a file, or split it."
    )
