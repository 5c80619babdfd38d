"""Checks of large drafts run beside the web server, and the page follows them.

A draft with more quotes than ``DESK_CHECK_JOB_QUOTES`` (default 40) is not checked inside the
request: the request starts a job and answers at once with a page that follows it.  40 keeps an
ordinary story in the request, where the editor sees the result at once (on the demo library 18
quotes take about 0.5 s and 54 about 1.2 s; a real library is larger and slower, and the issue
saw 36 s for a long draft with nothing on screen).  Like the index
rebuild (``desk.services.jobs``), the job runs in a thread of the server process that started
it, and its state is a small JSON file in the data folder (written atomically), so a page served
by any process of the same desk can follow it:

    {"id", "state": "queued" | "running" | "done" | "failed", "done", "total", "title",
     "recheck_of", "draft_id", "message", "error", "by", "started_at", "updated_at", "finished_at"}

Bounded: at most ``MAX_RUNNING`` checks run at once in a process (the others wait, "queued"),
and at most ``MAX_PENDING`` wait or run (more is refused with a clear message); a job's file is
kept a day after it ends.  A job never spins forever: one whose process is gone (a restart), or
that has not moved for ``STALE_SECONDS``, reads as failed, and a failed job can be tried again
from the same text.  Nothing is stored until the check succeeds: a failed job leaves no draft.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from desk.errors import DeskError, NotFound
from desk.services.jobs import _alive

JOBS_DIR = "check-jobs"
#: Checks running at once in one server process; more wait their turn.
MAX_RUNNING = 2
#: Checks waiting or running in one server process; more are refused until one ends.
MAX_PENDING = 8
#: A job that has not written its state for this long is reported as failed.
STALE_SECONDS = 300
#: Finished jobs' files are removed after this long.
KEEP_SECONDS = 24 * 3600

log = logging.getLogger(__name__)
_ID = re.compile(r"^[0-9a-f]{32}$")
_running = threading.BoundedSemaphore(MAX_RUNNING)
_pending_lock = threading.Lock()
_pending = 0


class Busy(DeskError):
    status = 503
    code = "busy"


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _folder(data_dir: Path) -> Path:
    folder = Path(data_dir) / JOBS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _path(data_dir: Path, job_id: str) -> Path:
    if not _ID.match(job_id or ""):
        raise NotFound("There is no such check.")
    return _folder(data_dir) / f"{job_id}.json"


def _write(data_dir: Path, job: dict) -> None:
    job["updated_at"] = time.time()
    path = _path(data_dir, job["id"])
    tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps(job), encoding="utf-8")
    os.replace(tmp, path)


def read_job(data_dir: Path, job_id: str) -> dict:
    """The job's state (with its text, for a retry); a job whose process is gone, or that has not
    moved for ``STALE_SECONDS``, is reported as failed."""
    try:
        job = json.loads(_path(data_dir, job_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise NotFound("There is no such check: it ended more than a day ago, or never started.") from None
    if job.get("state") in ("queued", "running"):
        if not _alive(job.get("pid")):
            job.update(state="failed", error="The server stopped while checking the draft (it was restarted).")
        elif time.time() - float(job.get("updated_at") or 0) > STALE_SECONDS:
            job.update(state="failed", error=f"The check has not moved for {STALE_SECONDS // 60} minutes and was given up.")
    return job


def public(job: dict) -> dict:
    """What a page may see of a job: no text, no process id."""
    return {k: v for k, v in job.items() if k not in ("text", "pid")}


def _sweep(data_dir: Path) -> None:
    cutoff = time.time() - KEEP_SECONDS
    for path in _folder(data_dir).glob("*.json"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass


def start_check(
    data_dir: Path,
    *,
    text: str,
    title: str | None,
    actor: str,
    total: int,
    run: Callable[[Callable[[int, int], None]], dict],
    recheck_of: int | None = None,
    story_url: str | None = None,
) -> dict:
    """Start ``run(progress)`` in a thread; it returns ``{"draft_id", "message"}``.  Return the job.

    ``story_url`` (the published story's address the editor gave) is kept with the job for a retry.

    ``progress(done, total)`` records how far the check is.  Raises :class:`Busy` when
    ``MAX_PENDING`` checks already wait or run in this process."""
    global _pending
    with _pending_lock:
        if _pending >= MAX_PENDING:
            raise Busy(f"The desk is already checking {_pending} large drafts. Try again in a minute.")
        _pending += 1
    _sweep(data_dir)
    job = {
        "id": uuid.uuid4().hex,
        "state": "queued",
        "done": 0,
        "total": total,
        "title": title,
        "text": text,
        "recheck_of": recheck_of,
        "story_url": story_url,
        "draft_id": None,
        "message": None,
        "error": None,
        "by": actor,
        "started_at": _now(),
        "finished_at": None,
        "pid": os.getpid(),
    }
    _write(data_dir, job)

    def progress(done: int, of: int) -> None:
        job.update(done=done, total=of)
        _write(data_dir, job)

    def work() -> None:
        global _pending
        try:
            # Wait for a free slot, saying so now and then (a waiting job is not a stale one).
            while not _running.acquire(timeout=5):
                _write(data_dir, job)
            try:
                job["state"] = "running"
                _write(data_dir, job)
                result = run(progress)
                job.update(state="done", draft_id=result["draft_id"], message=result.get("message"), done=job["total"])
            finally:
                _running.release()
        except Exception as exc:  # the page shows it, with a retry; the server log has the traceback
            message = exc.message if isinstance(exc, DeskError) else (str(exc) or type(exc).__name__)
            job.update(state="failed", error=message)
            if not isinstance(exc, DeskError):
                log.exception("The check of %r (job %s) failed", job["title"], job["id"])
        finally:
            job["finished_at"] = _now()
            _write(data_dir, job)
            with _pending_lock:
                _pending -= 1

    threading.Thread(target=work, name=f"desk-check-{job['id'][:8]}", daemon=True).start()
    return job
