"""A bounded load test of `desk serve`: editors at work on one desk, on this machine only.

Starts `flask --app wsgi desk serve` on 127.0.0.1 (a free port, a fresh data folder holding the
demo library), then runs EDITORS threads for MINUTES, each an editor with an API token doing
what editors do: check a draft (the demo story, 18 quotes), record attributions on two drafts
everyone shares, search the library; one of them adds a source half-way.  Then it stops the
server and prints requests, 5xx answers, lost writes (every acknowledged attribution note must
be in that quote's audit trail) and p50/p95 per kind of request.

    .venv/bin/python scripts/load.py                        # 8 editors, 10 minutes, 4 workers
    .venv/bin/python scripts/load.py --minutes 1 --editors 4 --workers 2

It never talks to anything but the server it started, and always stops it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = (ROOT / "desk" / "demo" / "draft.txt").read_text(encoding="utf-8")
SEARCHES = ["bridge", "ferry schedule", '"east bank"', "toll", "inspection", "council vote", "businesses",
            "river~1", "speaker:okafor bridge", "kind:transcript budget", "safety", "reopen"]


def flask(data: Path, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "desk", *args],
        cwd=ROOT, env={**os.environ, "DESK_DATA_DIR": str(data)}, input=stdin,
        capture_output=True, text=True, timeout=600,
    )
    if done.returncode != 0:
        raise SystemExit(f"desk {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[int, int] = defaultdict(int)
        self.errors: list[str] = []
        self.acknowledged: list[tuple[int, int, str]] = []  # (draft, quote, note)

    def add(self, kind: str, seconds: float, status: int, detail: str = "") -> None:
        with self.lock:
            self.times[kind].append(seconds)
            self.statuses[status] += 1
            if status >= 500 or status == 0:
                self.errors.append(f"{kind} {status} {detail[:200]}")


def call(base: str, token: str, method: str, path: str, body: dict | None = None,
         raw: bytes | None = None, content_type: str | None = None) -> tuple[int, dict | None]:
    headers = {"Authorization": f"Bearer {token}"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    elif raw is not None:
        data = raw
        headers["Content-Type"] = content_type
    req = urllib.request.Request(base + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=180) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as exc:
        payload = exc.read()
        try:
            return exc.code, json.loads(payload)
        except ValueError:
            return exc.code, {"raw": payload[:200].decode("utf-8", "replace")}
    except OSError as exc:
        return 0, {"raw": str(exc)}


def multipart(fields: dict, filename: str, content: bytes) -> tuple[bytes, str]:
    boundary = "----deskload"
    out = []
    for name, value in fields.items():
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
               f"Content-Type: text/plain\r\n\r\n".encode() + content + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


def editor(n: int, base: str, token: str, shared: list[tuple[int, int]], deadline: float, rec: Recorder,
           ingest_at: float | None) -> None:
    rnd = random.Random(n)
    count = 0
    while time.monotonic() < deadline:
        if ingest_at is not None and time.monotonic() >= ingest_at:
            ingest_at = None
            lines = [f"SPOKESPERSON LOAD: Statement {i} on the harbour dredging schedule for week {i}.\n\n"
                     f"Q: And the cost of week {i}?\n\n" for i in range(300)]
            raw, ctype = multipart({"kind": "transcript", "title": "Load-test briefing"}, "load_briefing.txt",
                                   "".join(lines).encode())
            started = time.monotonic()
            status, body = call(base, token, "POST", "/api/v1/sources", raw=raw, content_type=ctype)
            rec.add("ingest", time.monotonic() - started, status, json.dumps(body))
            continue
        roll = rnd.random()
        started = time.monotonic()
        if roll < 0.15:
            status, body = call(base, token, "POST", "/api/v1/check", {"text": DRAFT, "title": f"load {n}"})
            rec.add("check", time.monotonic() - started, status, json.dumps(body))
        elif roll < 0.65:
            draft_id, quotes = rnd.choice(shared)
            quote = rnd.randrange(quotes)
            count += 1
            note = f"editor {n} note {count}"
            status, body = call(base, token, "POST", f"/api/v1/drafts/{draft_id}/quotes/{quote}/attribution",
                                {"note": note, "status": rnd.choice(["in_progress", "needs_follow_up", "resolved"])})
            rec.add("attribution", time.monotonic() - started, status, json.dumps(body))
            if status == 200:
                with rec.lock:
                    rec.acknowledged.append((draft_id, quote, note))
        else:
            q = urllib.parse.quote(rnd.choice(SEARCHES))
            status, body = call(base, token, "GET", f"/api/v1/search?q={q}")
            rec.add("search", time.monotonic() - started, status, json.dumps(body))


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--editors", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--data", type=Path, help="data folder (default: a new temporary one)")
    args = parser.parse_args()

    data = args.data or Path(tempfile.mkdtemp(prefix="desk-load-")) / "data"
    print(f"Preparing {data} (demo library, {args.editors} editors)…", file=sys.stderr)
    flask(data, "demo")
    tokens = []
    for i in range(args.editors):
        name = f"load{i}"
        if name not in flask(data, "user", "list"):
            flask(data, "user", "add", name, "--role", "editor", "--password-stdin", stdin="load-password-123\n")
        tokens.append(flask(data, "user", "token", name).strip())

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(data.parent / "serve.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "wsgi", "desk", "serve", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(args.workers)],
        cwd=ROOT, env={**os.environ, "DESK_DATA_DIR": str(data)}, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    rec = Recorder()
    try:
        ready = time.monotonic() + 60
        while call(base, tokens[0], "GET", "/api/v1/speakers")[0] != 200:
            if server.poll() is not None or time.monotonic() > ready:
                raise SystemExit("desk serve did not start; see " + str(data.parent / "serve.log"))
            time.sleep(0.3)
        shared = []
        for title in ("Shared draft A", "Shared draft B"):
            status, doc = call(base, tokens[0], "POST", "/api/v1/check", {"text": DRAFT, "title": title})
            assert status == 201, doc
            shared.append((doc["draft"]["id"], len(doc["quotes"])))

        started = time.monotonic()
        deadline = started + args.minutes * 60
        print(f"Running {args.editors} editors for {args.minutes:g} min against {args.workers} workers on {base}…",
              file=sys.stderr)
        threads = [
            threading.Thread(target=editor, args=(i, base, tokens[i], shared, deadline, rec,
                                                  started + args.minutes * 30 if i == 0 else None))
            for i in range(args.editors)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started

        # Every acknowledged note must be an audit event of its quote.
        lost = 0
        audits: dict[tuple[int, int], set[str]] = {}
        for draft_id, _ in shared:
            status, doc = call(base, tokens[0], "GET", f"/api/v1/drafts/{draft_id}")
            for q in doc["quotes"]:
                audits[(draft_id, q["index"])] = {e["after"] for e in q["attribution"]["audit"] if e["field"] == "note"}
        for draft_id, quote, note in rec.acknowledged:
            if note not in audits.get((draft_id, quote), set()):
                lost += 1
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()

    total = sum(rec.statuses.values())
    fives = sum(n for s, n in rec.statuses.items() if s >= 500 or s == 0)
    print(f"\n{total} requests in {elapsed:.0f} s ({total / elapsed:.1f}/s) from {args.editors} editors, "
          f"{args.workers} workers")
    print(f"status codes: {dict(sorted(rec.statuses.items()))}")
    print(f"5xx or no answer: {fives}")
    print(f"acknowledged attribution changes: {len(rec.acknowledged)}, lost: {lost}")
    print(f"{'kind':<12} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind, values in sorted(rec.times.items()):
        print(f"{kind:<12} {len(values):>6} {statistics.median(values) * 1000:>8.0f} "
              f"{percentile(values, 95) * 1000:>8.0f} {max(values) * 1000:>8.0f}")
    for line in rec.errors[:10]:
        print("error:", line)
    return 0 if fives == 0 and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
