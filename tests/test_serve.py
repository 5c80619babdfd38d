"""``desk serve``: a real gunicorn on a free loopback port, spoken to over real HTTP."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, PRESSER

ROOT = Path(__file__).resolve().parent.parent

DRAFT = (
    "Bridge stays shut\n\n"
    "“We will not reopen the east bridge until engineers have inspected every pier,” "
    "Mayor Lucia Ferrante said on Tuesday.\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def flask(data_dir, *args, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "desk", *args],
        cwd=ROOT, env={**os.environ, "DESK_DATA_DIR": str(data_dir), **(env or {})},
        input=stdin, capture_output=True, text=True, timeout=180,
    )


class Browser:
    """A cookie-keeping HTTP client that reads CSRF tokens from forms, like a person's browser."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def open(self, path: str, data: dict | None = None, headers: dict | None = None, body: bytes | None = None):
        """(status, headers, text) of a request; errors are answers too."""
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as resp:
                return resp.status, resp.headers, resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read().decode("utf-8", "replace")

    def csrf(self, path: str) -> str:
        _, _, page = self.open(path)
        return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)

    def sign_in(self, name: str, password: str):
        token = self.csrf("/login")
        return self.open("/login", {"csrf_token": token, "username": name, "password": password, "next": ""})


class Server:
    def __init__(self, data_dir: Path, workers: int = 2, env: dict | None = None, extra: tuple = ()):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(data_dir.parent / f"serve-{self.port}.log", "w+")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "wsgi", "desk", "serve",
             "--host", "127.0.0.1", "--port", str(self.port), "--workers", str(workers), *extra],
            cwd=ROOT, env={**os.environ, "DESK_DATA_DIR": str(data_dir), **(env or {})},
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(self.base + "/login", timeout=5) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"desk serve did not start:\n{self.output()}")
            time.sleep(0.3)

    def output(self) -> str:
        if self.log.closed:
            return self.final_output
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def workers(self) -> list[int]:
        """Process ids of the gunicorn workers (children of the arbiter)."""
        kids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.proc.pid:
                kids.append(int(stat.parent.name))
        return kids

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        if not self.log.closed:
            self.final_output = self.output()
            self.log.close()
        return self.proc.returncode


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`desk serve` with 2 workers on a library holding one press conference, and an editor."""
    data = tmp_path_factory.mktemp("serve") / "data"
    presser = data.parent / "presser.txt"
    presser.write_text(PRESSER, encoding="utf-8")
    added = flask(data, "ingest", str(presser), "--kind", "transcript", "--date", "2026-03-03")
    assert added.returncode == 0, added.stderr
    user = flask(data, "user", "add", "ed", "--role", "editor", "--password-stdin", stdin=PASSWORD + "\n")
    assert user.returncode == 0, user.stderr
    server = Server(data, workers=2)
    server.token = flask(data, "user", "token", "ed").stdout.strip()
    yield server
    server.stop()


def test_serve_runs_two_workers_signs_in_and_checks_a_draft(served):
    assert len(served.workers()) == 2, served.output()
    editor = Browser(served.base)
    status, _, page = editor.sign_in("ed", PASSWORD)
    assert status == 200 and "Sign out" in page
    token = editor.csrf("/check")
    status, headers, page = editor.open("/check", {"csrf_token": token, "title": "Bridge", "text": DRAFT})
    assert status == 200, page
    assert "Exact" in page and "Lucia Ferrante" in page
    assert "gunicorn" in served.output()


def test_served_answers_carry_security_headers_and_cookie_flags(served):
    editor = Browser(served.base)
    token = editor.csrf("/login")
    req = urllib.request.Request(
        served.base + "/login",
        data=urllib.parse.urlencode({"csrf_token": token, "username": "ed", "password": PASSWORD}).encode(),
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(editor.jar), NoRedirect)
    try:
        opener.open(req, timeout=30)
        raise AssertionError("sign-in should redirect")
    except urllib.error.HTTPError as answer:
        assert answer.code == 302
        cookie = [c for c in answer.headers.get_all("Set-Cookie") if c.startswith("session=")][0]
        answer.close()
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    _, headers, _ = editor.open("/check")
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_served_api_refuses_oversized_work_in_json(served):
    api = Browser(served.base)
    auth = {"Authorization": f"Bearer {served.token}", "Content-Type": "application/json"}
    quotes = "\n\n".join(f"“Quote number {i} about the bridge,” Mayor Lucia Ferrante said." for i in range(2000))
    started = time.monotonic()
    status, headers, body = api.open("/api/v1/check", headers=auth, body=json.dumps({"text": "Big\n\n" + quotes}).encode())
    assert time.monotonic() - started < 10
    assert status == 413 and json.loads(body)["error"]["code"] == "limit_exceeded"

    status, headers, body = api.open("/api/v1/check", headers=auth, body=b'{"text": "\\ud800 Hi, she said."}')
    assert status == 400 and json.loads(body)["error"]["code"] == "invalid_input"

    long_q = urllib.parse.quote("bridge " * 3000)
    status, headers, body = api.open(f"/api/v1/search?q={long_q}", headers=auth)
    assert status == 414 and headers["Content-Type"] == "application/json"
    assert "1,000 characters" in json.loads(body)["error"]["message"]

    status, headers, body = api.open(f"/api/v1/search?q={urllib.parse.quote('bridge ' * 140)}", headers=auth)
    assert status == 400 and json.loads(body)["error"]["code"] == "query_too_costly"


def test_serve_stops_gracefully_on_sigterm(tmp_path):
    server = Server(tmp_path / "data", workers=1)
    assert server.workers()
    assert server.stop() == 0
    assert "Shutting down" in server.output() or "Handling signal: term" in server.output()


SLOW_SERVER = """
import sys, time
from desk import create_app
from desk.serving import serve

def factory():
    app = create_app()

    @app.get("/api/v1/_slow")
    def slow():
        time.sleep(60)
        return "too late"

    return app

serve("127.0.0.1", int(sys.argv[1]), 1, timeout=2, app_factory=factory)
"""


def test_an_api_request_stopped_by_the_worker_timeout_answers_json(tmp_path):
    data = tmp_path / "data"
    assert flask(data, "user", "add", "bot", "--role", "editor", "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    token = flask(data, "user", "token", "bot").stdout.strip()
    port = free_port()
    log = open(tmp_path / "slow.log", "w")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_SERVER, str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "DESK_DATA_DIR": str(data)}, start_new_session=True)
    try:
        client = Browser(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 60
        while True:
            try:
                if client.open("/login")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.3)
        started = time.monotonic()
        status, headers, body = client.open("/api/v1/_slow", headers={"Authorization": f"Bearer {token}"})
        assert time.monotonic() - started < 20
        assert status == 503
        assert headers["Content-Type"] == "application/json"
        assert json.loads(body)["error"]["code"] == "timeout"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=40)
        log.close()
