"""Times shown in the newsroom's zone.

The database stores every time as naive UTC (``desk.models.utcnow``); pages and the printed
report show them in the zone named by ``DESK_TIME_ZONE`` (an IANA name such as
``Europe/London``; default ``UTC``), with the zone's abbreviation so nobody guesses.  The name
is checked when the app starts: an unknown zone stops the start with a message saying what to
set.  Exports (CSV, JSON, ClaimReview) keep ISO 8601 UTC times with their ``Z``: they are read
by machines and by people in other zones.

The zone data comes from the system, else from the pinned ``tzdata`` package.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Flask, current_app

DEFAULT_ZONE = "UTC"


class TimeZoneError(ValueError):
    """DESK_TIME_ZONE does not name a time zone."""


def zone_named(name: str | None) -> ZoneInfo:
    """The zone for an IANA name, or TimeZoneError saying what to set."""
    name = (name or "").strip() or DEFAULT_ZONE
    try:
        if name.startswith(("/", ".")) or ".." in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TimeZoneError(
            f"DESK_TIME_ZONE={name!r} is not a time zone. Set an IANA zone name such as "
            "Europe/London, America/New_York or Asia/Kolkata (or leave it empty for UTC)."
        ) from None


def to_zone(value, zone: ZoneInfo) -> dt.datetime | None:
    """A stored time (naive UTC datetime, or its ISO text) in ``zone``."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(zone)


def format_time(value, zone: ZoneInfo, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    """``2026-12-02 09:40 CET``: a stored time as the newsroom reads it ("" for none)."""
    local = to_zone(value, zone)
    return local.strftime(fmt) if local else ""


def current_zone() -> ZoneInfo:
    """The app's zone inside a request or command, else UTC (plain library use)."""
    from flask import has_app_context

    if has_app_context() and "desk_zone" in current_app.extensions:
        return current_app.extensions["desk_zone"]
    return ZoneInfo(DEFAULT_ZONE)


def _desk_time(value, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    return format_time(value, current_app.extensions["desk_zone"], fmt)


def init_app(app: Flask) -> None:
    """Check DESK_TIME_ZONE (raising TimeZoneError on a bad name) and add the ``desk_time`` filter."""
    app.extensions["desk_zone"] = zone_named(app.config.get("DESK_TIME_ZONE"))
    app.add_template_filter(_desk_time, "desk_time")
