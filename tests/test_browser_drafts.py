"""In a real headless Chromium: an editor archives a junk check, an admin restores it (issue 11)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect, sync_playwright

from desk import create_app
from tests.conftest import PASSWORD, PRESSER, make_user, served
from tests.test_browser import CHROMIUM, FLAGS

STORY = (
    "Flood update\n\n"
    "“We will not reopen the east bridge until engineers have inspected every pier,” "
    "Mayor Lucia Ferrante said.\n"
)


@pytest.fixture
def live(tmp_path):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path / "data"})
    make_user(app, "ana", "editor")
    make_user(app, "boss", "admin")
    runner = app.test_cli_runner()
    (tmp_path / "presser.txt").write_text(PRESSER, encoding="utf-8")
    assert runner.invoke(args=["desk", "ingest", str(tmp_path / "presser.txt")]).exit_code == 0
    with served(app) as url:
        yield url


@pytest.fixture
def browser():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def signed_in(browser, url, name):
    """A page in its own browser context (its own cookies), signed in as ``name``."""
    page = browser.new_context().new_page()
    page.set_default_timeout(15000)
    page.goto(f"{url}/")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{url}/check")
    return page


def test_an_editor_archives_a_draft_and_an_admin_restores_it(browser, live):
    ana = signed_in(browser, live, "ana")
    ana.get_by_label("Title").fill("Junk check")
    ana.get_by_label("Draft").fill(STORY)
    ana.get_by_role("button", name="Check quotes").click()
    expect(ana.locator("h1")).to_have_text("Junk check")
    ana.once("dialog", lambda d: d.accept())
    ana.get_by_role("button", name="Archive").click()
    expect(ana.locator(".flash")).to_contain_text("Archived “Junk check”")
    expect(ana.locator("table.list, p.empty")).not_to_contain_text("Junk check")
    ana.goto(f"{live}/check")
    expect(ana.locator("main")).not_to_contain_text("Recent checks")
    ana.goto(f"{live}/export")
    expect(ana.locator("main")).not_to_contain_text("Junk check")

    boss = signed_in(browser, live, "boss")
    boss.goto(f"{live}/drafts")
    boss.get_by_role("link", name="Archived drafts").click()
    row = boss.locator("#archived-drafts tr", has_text="Junk check")
    expect(row).to_contain_text("ana")
    row.get_by_role("button", name="Restore").click()
    expect(boss.locator(".flash")).to_contain_text("Restored “Junk check”")
    expect(boss.locator(".draft-history")).to_contain_text("restored the draft")

    ana.goto(f"{live}/drafts")
    expect(ana.locator("table.list")).to_contain_text("Junk check")
