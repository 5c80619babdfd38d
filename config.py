"""Settings, read from the environment once, with defaults that work on a laptop.

Every setting is listed in ``SETTINGS`` with its meaning, so the README and a test can check that
each one is documented.  Values are plain attributes of :class:`Config`; ``create_app`` copies
them into ``app.config`` and a test mapping may override any of them.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent

#: name -> what it does (shown in the README; tests check each is documented).
SETTINGS = {
    "DESK_DATA_DIR": "folder that holds all state: database, Whoosh index, uploads (default: instance/)",
    "DESK_DATABASE_URL": "SQLAlchemy URL of the store of record (default: SQLite in the data folder, WAL mode); PostgreSQL: postgresql+psycopg://USER:PASSWORD@HOST/DB",
    "DESK_INDEX_FOLLOW_SECONDS": "how often a server checks the database's change log for other hosts' changes to apply to its own search index (default: 1 on PostgreSQL, 0 = off on SQLite)",
    "DESK_SECRET_KEY": "key that signs sessions and CSRF tokens (default: a random key kept in the data folder)",
    "DESK_MAX_UPLOAD_MB": "largest file accepted by upload or ingest, in megabytes (default: 20)",
    "DESK_SESSION_HOURS": "how long a sign-in lasts before the editor must sign in again (default: 12)",
    "DESK_PROXY_FIX": "how many reverse proxies stand in front of the app; their X-Forwarded-For/-Proto/-Host/-Port/-Prefix headers are trusted (default: 0, none)",
    "DESK_MAX_QUOTES": "most quotes one check looks up; a longer draft is refused with the count, to be checked in parts (default: 300)",
    "DESK_CHECK_JOB_QUOTES": "a draft with more quotes than this is checked in the background, its page showing the progress, then the result (default: 40)",
    "DESK_NEWSROOM_NAME": "the newsroom's name, the author of every exported ClaimReview (default: Newsroom — set it before publishing reviews)",
    "DESK_PUBLIC_URL_BASE": "address where the newsroom publishes its reviews, for drafts without a story URL; each such ClaimReview's url is this + /drafts/<id>#quote-<index> (default: empty, the draft's own page on the desk)",
    "DESK_NEWS_MAX_DRAFTS": "most drafts re-checked when a source is added (newest first; the rest are told a new source may hold evidence) (default: 10)",
    "DESK_TIME_ZONE": "the newsroom's time zone, an IANA name such as Europe/London; pages and the report show times in it, exports keep UTC (default: UTC)",
    "DESK_SECURE_COOKIES": "1 to send the sign-in cookie over HTTPS only; set it when the desk is served over HTTPS (default: 0)",
}


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


class Config:
    """Configuration from the environment."""

    def __init__(self, environ: dict[str, str] | None = None):
        env = os.environ if environ is None else environ
        self.DATA_DIR = Path(env.get("DESK_DATA_DIR") or ROOT / "instance").resolve()
        self.DATABASE_URL = env.get("DESK_DATABASE_URL") or ""
        self.SECRET_KEY = env.get("DESK_SECRET_KEY") or ""
        self.INDEX_FOLLOW_SECONDS = float(env["DESK_INDEX_FOLLOW_SECONDS"]) if env.get("DESK_INDEX_FOLLOW_SECONDS") else None
        self.MAX_UPLOAD_MB = int(env.get("DESK_MAX_UPLOAD_MB") or 20)
        self.SESSION_HOURS = float(env.get("DESK_SESSION_HOURS") or 12)
        self.PROXY_FIX = int(env.get("DESK_PROXY_FIX") or 0)
        self.MAX_QUOTES = int(env.get("DESK_MAX_QUOTES") or 300)
        self.CHECK_JOB_QUOTES = int(env.get("DESK_CHECK_JOB_QUOTES") or 40)
        self.SECURE_COOKIES = _flag(env.get("DESK_SECURE_COOKIES"))
        self.NEWSROOM_NAME = (env.get("DESK_NEWSROOM_NAME") or "").strip() or "Newsroom"
        self.PUBLIC_URL_BASE = (env.get("DESK_PUBLIC_URL_BASE") or "").strip().rstrip("/")
        self.NEWS_MAX_DRAFTS = int(env.get("DESK_NEWS_MAX_DRAFTS") or 10)
        self.TIME_ZONE = (env.get("DESK_TIME_ZONE") or "").strip() or "UTC"

    def as_dict(self) -> dict:
        return {
            "DESK_DATA_DIR": self.DATA_DIR,
            "DESK_DATABASE_URL": self.DATABASE_URL,
            "DESK_INDEX_FOLLOW_SECONDS": self.INDEX_FOLLOW_SECONDS,
            "SECRET_KEY": self.SECRET_KEY,
            "DESK_MAX_UPLOAD_MB": self.MAX_UPLOAD_MB,
            "PERMANENT_SESSION_LIFETIME": dt.timedelta(hours=self.SESSION_HOURS),
            "DESK_PROXY_FIX": self.PROXY_FIX,
            "DESK_MAX_QUOTES": self.MAX_QUOTES,
            "DESK_CHECK_JOB_QUOTES": self.CHECK_JOB_QUOTES,
            "DESK_SECURE_COOKIES": self.SECURE_COOKIES,
            "DESK_NEWSROOM_NAME": self.NEWSROOM_NAME,
            "DESK_PUBLIC_URL_BASE": self.PUBLIC_URL_BASE,
            "DESK_NEWS_MAX_DRAFTS": self.NEWS_MAX_DRAFTS,
            "DESK_TIME_ZONE": self.TIME_ZONE,
        }
