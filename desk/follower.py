"""The background thread that keeps this host's search index following the database.

Each server process (every gunicorn worker, ``flask run``) starts one :class:`IndexFollower`
thread; the one that holds the non-blocking ``flock`` on ``index-follower.lock`` in the data
folder applies the change log (:func:`desk.services.changes.follow`) every
``DESK_INDEX_FOLLOW_SECONDS``; the others try the lock again at that pace, so when the holder
stops or dies (the kernel drops its lock, even on ``kill -9``) another takes over.  CLI commands
start no follower: they write the index themselves and exit.

On by default when the store is not SQLite.  A SQLite database lives in the one data folder it
serves, and every process that changes it writes the index itself, so there is nothing to follow
(setting ``DESK_INDEX_FOLLOW_SECONDS`` turns it on there too; it is then harmless).

Errors (the database unreachable for a moment, the index busy) are logged and the next round
tries again; nothing is lost, since the position moves only after a change is applied.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from pathlib import Path

from flask import Flask

log = logging.getLogger(__name__)

LOCK_FILE = "index-follower.lock"
DEFAULT_SECONDS = 1.0


def interval(app: Flask) -> float:
    """Seconds between rounds for this app; 0 when it should not follow."""
    value = app.config.get("DESK_INDEX_FOLLOW_SECONDS")
    if value not in (None, ""):
        return max(float(value), 0.0)
    if str(app.config.get("DESK_DATABASE_URL", "")).startswith("sqlite"):
        return 0.0
    return DEFAULT_SECONDS


class IndexFollower(threading.Thread):
    """Follows the change log for one app, while this process holds the host's follower lock."""

    def __init__(self, app: Flask, seconds: float):
        super().__init__(name="desk-index-follower", daemon=True)
        self.app = app
        self.seconds = seconds
        self.stopped = threading.Event()
        self.rounds = 0
        self._lock_fd: int | None = None

    def _take_lock(self) -> bool:
        if self._lock_fd is not None:
            return True
        fd = os.open(Path(self.app.config["DESK_DATA_DIR"]) / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def follow_once(self) -> int:
        """One round: apply what the log holds past this host's position (if this process follows)."""
        from desk.services import changes

        if not self._take_lock():
            return 0
        session = self.app.extensions["desk_sessionmaker"]()
        try:
            return changes.follow(session, self.app.extensions["desk_index"], self.app.config["DESK_DATA_DIR"])
        finally:
            session.close()
            self.rounds += 1

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                self.follow_once()
            except Exception:
                log.exception("following the library's change log failed; trying again")
            self.stopped.wait(self.seconds)
        self._release()

    def _release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # drops the lock: another process of the host takes over
            self._lock_fd = None

    def stop(self, timeout: float = 10.0) -> None:
        """Stop following and give up the lock (waits for a round in progress to end)."""
        self.stopped.set()
        if self.is_alive():
            self.join(timeout)
        if not self.is_alive():
            self._release()


_start_lock = threading.Lock()


def start(app: Flask) -> IndexFollower | None:
    """Start this process's follower for ``app`` (once; later calls return the same one)."""
    seconds = interval(app)
    if seconds <= 0:
        return None
    with _start_lock:
        follower = app.extensions.get("desk_follower")
        if follower is None or follower.pid != os.getpid():
            # A forked process (a gunicorn worker) does not inherit the parent's threads.
            follower = IndexFollower(app, seconds)
            follower.pid = os.getpid()
            app.extensions["desk_follower"] = follower
            follower.start()
        return follower
