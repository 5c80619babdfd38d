"""Times in the newsroom's zone (DESK_TIME_ZONE): pages and the report; exports stay UTC (issue 11)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk import create_app, get_session
from desk.models import Draft, Source
from desk.services import attributions as A
from desk.times import TimeZoneError
from tests.conftest import PRESSER, signed_in

ROOT = Path(__file__).resolve().parent.parent
STORY = "Flood\n\n“We will not reopen the east bridge until engineers have inspected every pier,” Mayor Lucia Ferrante said.\n"


@pytest.fixture
def kolkata(tmp_path):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "WTF_CSRF_ENABLED": False,
                      "DESK_TIME_ZONE": "Asia/Kolkata"})
    yield app
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def _ist(value: dt.datetime) -> str:
    """A stored (naive UTC) time as Kolkata reads it: UTC + 5:30, "IST"."""
    return (value + dt.timedelta(hours=5, minutes=30)).strftime("%Y-%m-%d %H:%M") + " IST"


def test_pages_and_the_report_show_times_in_the_newsroom_zone(kolkata):
    client = signed_in(kolkata, "ed", "editor")
    assert client.post("/sources/new", data={"text": PRESSER, "title": "Presser", "kind": "transcript"}).status_code == 302
    page = client.post("/check", data={"title": "Flood", "text": STORY})
    draft_id = int(page.headers["Location"].rsplit("/", 1)[1])
    with kolkata.app_context():
        s = get_session()
        A.record_attribution(s, draft_id, 0, {"verdict": "exact"}, actor="ed", expected_version=None)
        checked = s.get(Draft, draft_id).checked_at
        added = s.get(Source, 1).added_at
        decided = A.get_attribution(s, draft_id, 0)["updated_at"]
    decided_at = dt.datetime.fromisoformat(decided.rstrip("Z"))
    shown = client.get(f"/drafts/{draft_id}").get_data(as_text=True)
    assert f"Checked {_ist(checked)}" in shown
    assert f"ed, {_ist(decided_at)}" in shown  # the decision's time
    assert " UTC" not in shown
    assert _ist(checked) in client.get("/drafts").get_data(as_text=True)
    assert _ist(checked) in client.get("/check").get_data(as_text=True)
    assert _ist(added) in client.get("/sources/1").get_data(as_text=True)
    assert _ist(decided_at) in client.get("/attributions").get_data(as_text=True)
    report = client.get(f"/drafts/{draft_id}/report").get_data(as_text=True)
    assert f"checked {_ist(checked)}" in report and "printed " in report and " IST" in report
    # Exports are for machines and other zones: ISO 8601 UTC.
    exported = client.get(f"/export?format=json&draft={draft_id}").get_data(as_text=True)
    assert decided in exported


def test_an_unknown_zone_stops_the_start_with_what_to_set(tmp_path):
    with pytest.raises(TimeZoneError, match="DESK_TIME_ZONE='Mars/Olympus' is not a time zone.*Europe/London"):
        create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "DESK_TIME_ZONE": "Mars/Olympus"})
    assert not (tmp_path / "data").exists()  # nothing was written


def test_the_server_entry_point_says_so_without_a_traceback(tmp_path):
    env = {**os.environ, "DESK_DATA_DIR": str(tmp_path / "data"), "DESK_TIME_ZONE": "Europe/Atlantis"}
    run = subprocess.run([sys.executable, "-c", "import wsgi"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "Quote Desk cannot start: DESK_TIME_ZONE='Europe/Atlantis' is not a time zone" in run.stderr
    assert "Traceback" not in run.stderr
