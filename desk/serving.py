"""``desk serve``: the app under gunicorn, for a newsroom rather than one laptop.

Gunicorn is embedded through its ``BaseApplication`` (no second config file, no command line of
its own to keep in step): ``flask --app wsgi desk serve`` builds the options, and gunicorn's
arbiter forks the workers.  Each worker builds its own app with :func:`desk.create_app` after the
fork, so no database connection or open index file is shared between processes; the command's
own app (made by ``flask --app wsgi`` before gunicorn starts) has already created the data
folder, the secret key and the migrated database, so the workers find them ready.

Workers are gunicorn's synchronous ones: checking and searching are CPU work on one Whoosh
searcher per process, and a sync worker runs one request at a time, which is what the searcher
and the database session per request assume.  A sync worker is held by a slow client, which is
why the README puts the server behind a buffering reverse proxy (nginx) for anything beyond the
desk's own network.

A request that outruns ``--timeout`` is stopped by gunicorn (the worker is replaced).  Gunicorn
would answer it with an HTML page; :class:`DeskWorker` answers ``/api/`` requests with the
API's JSON error instead, so a script always gets ``{"error": {"code", "message"}}``.
"""

from __future__ import annotations

import json
import os

from gunicorn.app.base import BaseApplication
from gunicorn.http.errors import LimitRequestLine
from gunicorn.workers.sync import SyncWorker

#: Most workers ``desk serve`` starts by itself: each holds a searcher and a database pool.
MAX_DEFAULT_WORKERS = 8
DEFAULT_TIMEOUT = 120


def default_workers() -> int:
    """Gunicorn's rule of thumb, two per core plus one, capped for a machine shared with others."""
    return min(2 * (os.cpu_count() or 1) + 1, MAX_DEFAULT_WORKERS)


class DeskWorker(SyncWorker):
    """A sync worker whose last-resort errors on ``/api/`` are JSON, like every other API error.

    That covers a request stopped by the timeout, an error outside the app, and a request line
    past ``limit_request_line`` (answered in JSON whatever the path, which is never read).
    """

    def handle_error(self, req, client, addr, exc):
        path = getattr(req, "path", "") or ""
        if isinstance(exc, LimitRequestLine):
            # The request line was never read whole, so its path is unknown: answer in JSON,
            # which a script can parse and a browser shows as readable text.
            self.log.warning("Request line too long from %s: %s", (addr or ("",))[0], exc)
            return self._send_json(client, 414, "URI Too Long", "uri_too_long", (
                f"That address is too long (more than {self.cfg.limit_request_line:,} bytes). "
                "A search may be at most 1,000 characters; send long text in a POST body."
            ))
        if not path.startswith("/api/") or isinstance(exc, OSError):
            return super().handle_error(req, client, addr, exc)
        if not self.alive:  # SIGABRT from the arbiter: the request ran past --timeout
            status, reason, code = 503, "Service Unavailable", "timeout"
            message = (
                f"The server stopped this request after {self.cfg.timeout} seconds, before it "
                "finished. Try again with less: a shorter draft, a smaller file or a narrower search."
            )
        else:
            self.log.exception("Error handling request %s", path)
            status, reason, code = 500, "Internal Server Error", "internal_error"
            message = "Something went wrong on our side. The error has been logged."
        self._send_json(client, status, reason, code, message)

    def _send_json(self, client, status: int, reason: str, code: str, message: str) -> None:
        body = json.dumps({"error": {"code": code, "message": message}}).encode()
        head = (
            f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1")
        try:
            client.sendall(head + body)
        except OSError:
            self.log.debug("Failed to send the error answer.")


class DeskServer(BaseApplication):
    """Gunicorn configured from ``desk serve``'s options; each worker loads its own app."""

    def __init__(self, options: dict, app_factory):
        self.options = options
        self.app_factory = app_factory
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.app_factory()


def _start_follower(worker) -> None:
    from desk import follower

    app = getattr(worker, "wsgi", None)
    if hasattr(app, "extensions") and "desk_index" in app.extensions:
        follower.start(app)


def serve(host: str, port: int, workers: int, timeout: int = DEFAULT_TIMEOUT, app_factory=None) -> None:
    """Run the app under gunicorn until SIGINT or SIGTERM (a graceful stop); never returns early."""
    if app_factory is None:
        from desk import create_app

        app_factory = create_app
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    options = {
        "bind": bind,
        "workers": workers,
        "worker_class": DeskWorker,
        "timeout": timeout,
        "graceful_timeout": 30,
        "accesslog": "-",
        "errorlog": "-",
        "proc_name": "quote-desk",
        "keepalive": 2,
        # Gunicorn's most (default 4,094): a search URL of 1,000 characters fits, encoded.
        "limit_request_line": 8190,
        # Gunicorn 27 opens a control socket in $HOME/.gunicorn shared by every server of the user:
        # a second desk would take it over and delete it on stop. Nothing here uses it.
        "control_socket_disable": True,
        # Each worker follows the database's change log at once, not at its first request.
        "post_worker_init": _start_follower,
    }
    DeskServer(options, app_factory).run()
