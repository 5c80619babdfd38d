"""A large draft's check, followed in a real headless Chromium (issue 11).

The page shows the check's progress as it goes (quote 9 of 18, held there by the test), then
opens the draft; a check that crashes shows as failed with *Try again*, which works.  The demo
draft's 18 quotes count as large here (DESK_CHECK_JOB_QUOTES=5; the default is 40).
"""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import expect, sync_playwright

from desk import create_app
from desk.services import checks
from tests.conftest import served
from tests.test_browser import CHROMIUM, DEMO_DRAFT, FLAGS, new_page, sign_in


class Matcher:
    """The real matcher, which the test can hold before a given quote or make fail at one."""

    def __init__(self):
        self.real = checks.match_quote
        self.calls = 0
        self.hold_at = None
        self.fail_at = None
        self.go = threading.Event()

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == self.hold_at:
            self.go.wait(20)
        if self.calls == self.fail_at:
            raise RuntimeError("the matcher fell over")
        return self.real(*args, **kwargs)


@pytest.fixture
def matcher(monkeypatch):
    m = Matcher()
    monkeypatch.setattr(checks, "match_quote", m)
    return m


@pytest.fixture
def live(tmp_path, matcher):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "DESK_CHECK_JOB_QUOTES": 5})
    result = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert result.exit_code == 0, result.output
    with served(app) as url:
        yield url


def test_the_page_follows_a_large_check_then_opens_the_draft_and_a_crash_offers_a_retry(live, matcher):
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = new_page(browser)
        sign_in(page, live)

        matcher.calls, matcher.hold_at = 0, 10  # the check waits before its 10th quote
        page.get_by_label("Title").fill("Evening edition")
        page.get_by_label("Draft").fill(DEMO_DRAFT)
        page.get_by_role("button", name="Check quotes").click()
        page.wait_for_url("**/check/jobs/*")
        expect(page.locator("h1")).to_contain_text("Evening edition")
        expect(page.locator("#job-state")).to_contain_text("Checked 9 of 18 quotes")
        expect(page.locator("#job-bar")).to_have_attribute("value", "9")
        matcher.go.set()
        page.wait_for_url("**/drafts/*")
        expect(page.locator("#readiness")).to_contain_text("18 quotes: 12 verified")

        # A check that crashes says so, with Try again: no spinner left turning.
        matcher.calls, matcher.hold_at, matcher.fail_at = 0, None, 4
        page.goto(f"{live}/check")
        page.get_by_label("Title").fill("Late edition")
        page.get_by_label("Draft").fill(DEMO_DRAFT)
        page.get_by_role("button", name="Check quotes").click()
        expect(page.locator("#job-state")).to_have_text("The check failed: the matcher fell over")
        expect(page.locator("#job-bar")).to_have_count(0)
        matcher.fail_at = None
        page.get_by_role("button", name="Try again").click()
        page.wait_for_url("**/drafts/*")
        expect(page.locator("h1")).to_have_text("Late edition")
        expect(page.locator("#readiness")).to_contain_text("18 quotes")
        assert page.csp_violations == []
        browser.close()
