"""Long jobs that run beside the web server (a full reindex), with progress any process can read.

The job runs in a thread of the server process that started it.  Its progress is written to
a small JSON file in the data folder (atomically: a new file renamed over the old), so a page
served by any process of the same desk can show it.  One job at a time: a job already marked
running by a live process is not started twice.  After a rebuild, a repair pass adds anything
ingested while it ran (a rebuild replaces the index with what the database held when it began).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

from desk.errors import Conflict

STATUS_FILE = "reindex-status.json"


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def read_status(data_dir: Path) -> dict:
    """The last reindex's state: {"state": "idle"|"running"|"done"|"failed", "done", "total", …}."""
    try:
        return json.loads((Path(data_dir) / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"state": "idle"}


def _write_status(data_dir: Path, status: dict) -> None:
    path = Path(data_dir) / STATUS_FILE
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(status), encoding="utf-8")
    os.replace(tmp, path)


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_start_lock = threading.Lock()


def start_reindex(
    data_dir: Path,
    total: int,
    run: Callable[[Callable[[int], None]], int],
    repair: Callable[[], tuple[int, int]],
    actor: str,
) -> dict:
    """Start ``run(progress)`` in a thread unless a reindex is already running; return the status."""
    with _start_lock:
        current = read_status(data_dir)
        if current.get("state") == "running" and _alive(current.get("pid")):
            raise Conflict(f"A reindex started by {current.get('by', 'someone')} is already running.")
        status = {"state": "running", "done": 0, "total": total, "by": actor, "started_at": _now(), "pid": os.getpid()}
        _write_status(data_dir, status)

    def progress(n: int) -> None:
        status["done"] = n
        _write_status(data_dir, status)

    def work() -> None:
        try:
            count = run(progress)
            added, removed = repair()
            status.update(state="done", done=count, total=count, repaired=added + removed, finished_at=_now())
        except Exception as exc:  # the page shows it; the server log has the traceback
            status.update(state="failed", error=str(exc) or type(exc).__name__, finished_at=_now())
            raise
        finally:
            _write_status(data_dir, status)

    threading.Thread(target=work, name="desk-reindex", daemon=True).start()
    return status
