"""Words, not codes (issue 11): flags, verdicts and statuses as people read them."""

from __future__ import annotations

from desk import get_session
from desk.services import attributions as A
from tests.conftest import PRESSER

DRAFT = (
    "Flood\n\n"
    "“We will not reopen the east bridge until engineers have inspected every pier,” Mayor Lucia Ferrante said.\n\n"
    "“Nobody in this city has ever said these words to anyone,” Tom Reyes said.\n"
)


def test_the_cli_summary_and_the_activity_use_words(app, client, runner, tmp_path):
    client.post("/sources/new", data={"text": PRESSER, "title": "Presser", "kind": "transcript"})
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    out = runner.invoke(args=["desk", "check", str(tmp_path / "draft.txt")])
    assert out.exit_code == 0, out.output
    assert "NOT FOUND" in out.output and "NOT_FOUND" not in out.output
    assert "flags: speaker not in the library" in out.output
    with app.app_context():
        A.record_attribution(get_session(), 1, 1, {"status": "needs_follow_up", "verdict": "not_found"}, actor="ed",
                             expected_version=None)
    page = client.get("/drafts/1").get_data(as_text=True)
    activity = page[page.index("Activity ("):]
    assert "needs follow-up" in activity and "not found" in activity
    assert "needs_follow_up" not in activity.split("</details>")[0]
