"""The WSGI entry point: ``flask --app wsgi run`` or any WSGI server pointed at ``wsgi:app``."""

from desk import create_app
from desk.times import TimeZoneError

try:
    app = create_app()
except TimeZoneError as exc:  # a setting to fix, not a bug: say which and how, without a traceback
    raise SystemExit(f"Quote Desk cannot start: {exc}") from None
