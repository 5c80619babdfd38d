"""In a real headless Chromium: decisions survive a re-check that changes the quotes (issue 11).

The editor decides two quotes with the keyboard under the old quote grouping, the quote finder
changes (a stand-in, as in ``test_recheck_decisions``), and *Check again* finds the quotes anew:
the decision on the split quote stays with its first part and says so; the decision whose quote
is gone is listed below the quotes with its history; the quote found ahead carries nothing.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect, sync_playwright

from desk import create_app
from desk.services import checks
from tests.conftest import PASSWORD, make_user, served
from tests.test_browser import CHROMIUM, FLAGS
from tests.test_recheck_decisions import A_, B_, D_, DRAFT, Finder, new_layout, old_layout


@pytest.fixture
def finder(monkeypatch):
    f = Finder(old_layout)
    monkeypatch.setattr(checks, "find_quotes", f)
    return f


@pytest.fixture
def live(tmp_path, finder):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "data"})
    make_user(app, "ana", "editor")
    with served(app) as url:
        yield url


def test_decisions_survive_a_recheck_that_changes_the_quotes(live, finder):
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.set_default_timeout(15000)
        page.clock.install()  # a recording key right after another letter is ignored: the test moves the clock on
        page.goto(f"{live}/")
        page.get_by_label("User name").fill("ana")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{live}/check")

        page.get_by_label("Draft").fill(DRAFT)
        page.get_by_role("button", name="Check quotes").click()
        expect(page.locator("#readiness")).to_contain_text("3 quotes")
        expect(page.locator("#check-layout")).to_have_class(re.compile(r"\bcompact\b"))  # the page's script has run
        panels = page.locator(".quote-panel")
        # Quote 1 (“A B” under the old grouping): misquote. Quote 3: unverifiable.
        page.keyboard.press("j")  # no quote is selected until the editor picks one
        expect(panels.nth(0)).to_have_class(re.compile(r"\bselected\b"))
        with page.expect_response(lambda r: "/attribution" in r.url):
            page.keyboard.press("m")
        expect(panels.nth(0).locator(".decision .badge")).to_have_text("misquote")
        page.keyboard.press("j")
        page.keyboard.press("j")
        page.clock.fast_forward(1500)
        with page.expect_response(lambda r: "/attribution" in r.url):
            page.keyboard.press("u")
        expect(panels.nth(2).locator(".decision .badge")).to_have_text("unverifiable")

        finder.layout = new_layout
        page.get_by_role("button", name="Check again").click()
        expect(page.locator(".flash")).to_contain_text("split in several")
        expect(panels).to_have_count(4)
        # The quote found ahead of the others carries no decision.
        expect(panels.nth(0).locator(".decision")).to_contain_text("no verdict yet")
        # The split quote keeps its decision and shows the words it was made on.
        expect(panels.nth(1).locator(".decision .badge")).to_have_text("misquote")
        expect(panels.nth(1).locator(".remap-note")).to_contain_text(f"{A_} {B_}")
        expect(panels.nth(2).locator(".decision")).to_contain_text("no verdict yet")
        # The decision whose quote is gone is kept below the quotes, with its history.
        gone = page.locator("#orphaned .orphan")
        expect(gone).to_have_count(1)
        expect(gone).to_contain_text(D_)
        expect(gone.locator(".badge")).to_have_text("unverifiable")
        expect(gone.locator(".activity")).to_contain_text("no longer in the draft")
        expect(page.locator(".orphan-notice")).to_contain_text("1 decision on a quote no longer in the draft")
        # The page shows one quote at a time: the notice's link shows the kept decision.
        page.locator(".orphan-notice a").click()
        expect(gone).to_be_visible()

        # A decision made now, on the split quote as it stands, clears the note.
        page.locator(".quote-list a[data-quote='1']").click()
        expect(panels.nth(1)).to_be_visible()
        expect(gone).to_be_hidden()
        with page.expect_response(lambda r: "/attribution" in r.url):
            page.keyboard.press("r")
        expect(panels.nth(1).locator(".decision")).to_contain_text("resolved")
        expect(panels.nth(1).locator(".remap-note")).to_have_count(0)
        browser.close()
