"""Domain errors.  Services raise them; views turn them into pages or JSON, the CLI into messages.

Each carries the HTTP status it maps to and a ``code`` for the API's ``{"error": {"code",
"message"}}`` answers.  The message is written for an editor: what went wrong and what to do.
"""


class DeskError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidInput(DeskError):
    code = "invalid_input"


class IngestError(DeskError):
    """A file or text could not be added; nothing was stored."""

    code = "ingest_failed"


class NotFound(DeskError):
    status = 404
    code = "not_found"


class Conflict(DeskError):
    status = 409
    code = "conflict"
