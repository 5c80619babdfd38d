"""Large drafts are checked in the background and their page follows the job (issue 11).

Real app, database, index and threads: a draft with more quotes than DESK_CHECK_JOB_QUOTES is
answered at once with a page that follows its check; the page then opens the draft.  A check
that crashes, or whose server went away, shows as failed with *Try again* — never a spinner
forever — and stores nothing; a retry from the same text works.  The number of checks waiting
or running is bounded.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

from desk import create_app
from desk.services import check_jobs, checks
from tests.conftest import signed_in

DEMO_DRAFT = (Path(__file__).resolve().parent.parent / "desk" / "demo" / "draft.txt").read_text(encoding="utf-8")
THRESHOLD = 5  # the demo draft's 18 quotes are "large" here; the default is 40


@pytest.fixture
def app(tmp_path):
    app = create_app(
        {"TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "WTF_CSRF_ENABLED": False, "DESK_CHECK_JOB_QUOTES": THRESHOLD}
    )
    result = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert result.exit_code == 0, result.output
    yield app
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


@pytest.fixture
def client(app):
    return signed_in(app, "ed", "editor")


def wait_for(client, job_url, states=("done", "failed"), timeout=30):
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        status = client.get(job_url + "/status").get_json()
        seen.append((status["state"], status["done"], status["total"]))
        if status["state"] in states:
            return status, seen
        time.sleep(0.05)
    raise AssertionError(f"the job did not end: {seen[-5:]}")


def drafts_titled(client, title):
    return client.get("/drafts").get_data(as_text=True).count(title)


def test_a_large_draft_is_checked_in_the_background_and_the_page_opens_it(client):
    page = client.post("/check", data={"title": "Big bridge story", "text": DEMO_DRAFT})
    assert page.status_code == 302 and "/check/jobs/" in page.location
    job_url = page.location

    # The job's page says what is going on while it runs (and refreshes itself without script),
    # unless the check is already done.
    first = client.get(job_url)
    if first.status_code == 200:
        html = first.get_data(as_text=True)
        assert 'id="job-bar"' in html and 'http-equiv="refresh"' in html and "18 quotes" in html
    else:
        assert first.status_code == 303
    status, seen = wait_for(client, job_url)
    assert status["state"] == "done", status
    assert status["total"] == 18 and status["done"] == 18
    assert "text" not in status and "pid" not in status  # the draft's text is not sent back
    assert all(total == 18 for _, _, total in seen)
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)  # progress only moves on

    # Done: the job's page opens the draft, which holds the whole check.
    done = client.get(job_url)
    assert done.status_code == 303 and done.location.startswith("/drafts/")
    draft = client.get(done.location).get_data(as_text=True)
    assert "Big bridge story" in draft and "18 quotes: 12 verified" in draft


def test_a_small_draft_is_still_checked_in_the_request(app, client):
    app.config["DESK_CHECK_JOB_QUOTES"] = 40
    page = client.post("/check", data={"title": "Small enough", "text": DEMO_DRAFT})
    assert page.status_code == 302 and page.location.startswith("/drafts/")


def test_a_check_that_crashes_shows_failed_with_a_retry_and_stores_nothing(client, monkeypatch):
    real = checks.match_quote
    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        if len(calls) == 7:
            raise RuntimeError("the matcher fell over")
        return real(*args, **kwargs)

    monkeypatch.setattr(checks, "match_quote", broken)
    before = drafts_titled(client, "Crash story")
    job_url = client.post("/check", data={"title": "Crash story", "text": DEMO_DRAFT}).location
    status, _ = wait_for(client, job_url)
    assert status["state"] == "failed" and status["error"] == "the matcher fell over"
    assert status["done"] == 6  # it got as far as the quote that broke

    page = client.get(job_url)
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "The check failed: the matcher fell over" in html and "Try again" in html
    assert 'http-equiv="refresh"' not in html  # no endless waiting
    assert drafts_titled(client, "Crash story") == before  # nothing half-written

    # Try again, the matcher mended: the same text is checked and the draft opens.
    monkeypatch.setattr(checks, "match_quote", real)
    retry = client.post(job_url + "/retry")
    assert retry.status_code == 302 and retry.location != job_url
    status, _ = wait_for(client, retry.location)
    assert status["state"] == "done"
    draft = client.get(client.get(retry.location).location).get_data(as_text=True)
    assert "Crash story" in draft and "18 quotes" in draft


def test_a_job_whose_server_went_away_reads_as_failed_not_running(app, client):
    job_url = client.post("/check", data={"title": "Orphan job", "text": DEMO_DRAFT}).location
    wait_for(client, job_url)
    job_id = job_url.rsplit("/", 1)[1]
    data_dir = app.config["DESK_DATA_DIR"]
    job = check_jobs.read_job(data_dir, job_id)

    # The same job as a server that was stopped mid-check left it: "running", by a dead process.
    gone = subprocess.Popen(["true"])
    gone.wait()
    job.update(state="running", done=3, pid=gone.pid, draft_id=None)
    check_jobs._write(data_dir, job)
    status = client.get(job_url + "/status").get_json()
    assert status["state"] == "failed" and "restarted" in status["error"]
    assert "Try again" in client.get(job_url).get_data(as_text=True)

    # A live process whose job has not moved for minutes is given up too.
    job.update(state="running", pid=os.getpid())
    check_jobs._write(data_dir, job)
    assert check_jobs.read_job(data_dir, job_id)["state"] == "running"
    path = Path(data_dir) / check_jobs.JOBS_DIR / f"{job_id}.json"
    job["updated_at"] = time.time() - check_jobs.STALE_SECONDS - 1
    path.write_text(json.dumps(job), encoding="utf-8")
    status = client.get(job_url + "/status").get_json()
    assert status["state"] == "failed" and "has not moved" in status["error"]


def test_unknown_or_malformed_job_ids_get_a_clear_404(client):
    for bad in ("0" * 32, "..", "abc.json"):
        page = client.get(f"/check/jobs/{bad}")
        assert page.status_code == 404
        assert "no such check" in page.get_data(as_text=True)
        status = client.get(f"/check/jobs/{bad}/status")   # what the page's script polls: JSON
        assert status.status_code == 404 and "no such check" in status.get_json()["error"]["message"]
    assert client.get("/check/jobs/../../etc/passwd").status_code == 404


def test_checks_waiting_or_running_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(check_jobs, "MAX_PENDING", 2)
    release = threading.Event()

    def slow(progress):
        release.wait(10)
        return {"draft_id": 1}

    try:
        for _ in range(2):
            check_jobs.start_check(tmp_path, text="x", title=None, actor="ed", total=50, run=slow)
        with pytest.raises(check_jobs.Busy, match="already checking 2 large drafts"):
            check_jobs.start_check(tmp_path, text="x", title=None, actor="ed", total=50, run=slow)
    finally:
        release.set()
    deadline = time.monotonic() + 10
    while check_jobs._pending and time.monotonic() < deadline:
        time.sleep(0.02)
    assert check_jobs._pending == 0
    check_jobs.start_check(tmp_path, text="x", title=None, actor="ed", total=50, run=lambda progress: {"draft_id": 1})


def test_checking_a_large_draft_again_runs_as_a_job_and_keeps_the_decisions(app, client):
    job_url = client.post("/check", data={"title": "Recheck me", "text": DEMO_DRAFT}).location
    wait_for(client, job_url)
    draft_url = client.get(job_url).location
    draft_id = int(draft_url.rsplit("/", 1)[1])
    saved = client.post(f"/drafts/{draft_id}/quotes/8/attribution", data={"verdict": "misquote", "status": "resolved"})
    assert saved.status_code == 302

    again = client.post(f"/drafts/{draft_id}/recheck")
    assert "/check/jobs/" in again.location
    status, _ = wait_for(client, again.location)
    assert status["state"] == "done" and status["recheck_of"] == draft_id
    back = client.get(again.location)
    assert back.location == f"/drafts/{draft_id}"
    html = client.get(back.location).get_data(as_text=True)
    assert "Checked again: 18 quotes" in html  # the flash the quick path gives, too
    assert "misquote" in html and "resolved" in html


def test_a_large_draft_keeps_its_story_url_through_the_job_and_a_retry(app, client, monkeypatch):
    from desk import get_session
    from desk.models import Draft, DraftEvent

    story = "https://news.example/2026/03/bridge-bond"
    real = checks.match_quote

    def broken(*args, **kwargs):
        raise RuntimeError("the matcher fell over")

    monkeypatch.setattr(checks, "match_quote", broken)
    job_url = client.post("/check", data={"title": "Linked story", "text": DEMO_DRAFT, "story_url": story}).location
    status, _ = wait_for(client, job_url)
    assert status["state"] == "failed"

    monkeypatch.setattr(checks, "match_quote", real)
    retry = client.post(job_url + "/retry")
    status, _ = wait_for(client, retry.location)
    assert status["state"] == "done"
    with app.app_context():
        session = get_session()
        assert session.get(Draft, status["draft_id"]).story_url == story
        events = session.query(DraftEvent).filter_by(draft_id=status["draft_id"]).all()
        assert [(e.action, e.actor, e.detail["after"]) for e in events] == [("story_url", "ed", story)]
