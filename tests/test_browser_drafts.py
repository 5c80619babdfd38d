"""In a real headless Chromium (issue 11): an editor archives a junk check and an admin restores
it; a quote not found becomes *new evidence* once its source is added in another tab."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect, sync_playwright

from desk import create_app
from tests.conftest import PASSWORD, PRESSER, SPEECH, make_user, served
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


MISSING = "“Our recovery fund opens on Monday,” Ferrante told business owners.\n"


def test_a_not_found_quote_becomes_new_evidence_after_its_source_is_added_in_another_tab(browser, live):
    story = signed_in(browser, live, "ana")
    story.get_by_label("Title").fill("Counting the cost")
    story.get_by_label("Draft").fill(STORY + "\n" + MISSING)
    story.get_by_role("button", name="Check quotes").click()
    panels = story.locator(".quote-panel")
    expect(panels.nth(1).locator("h2 .badge")).to_have_text("Not found")

    # The not-found quote offers Add sources; the editor selects it and opens that in another tab.
    story.locator(".quote-list a[data-quote='1']").click()
    link = panels.nth(1).get_by_role("link", name="Add sources")
    with story.context.expect_page() as opened:
        link.click(modifiers=["Control"])
    adding = opened.value
    adding.set_default_timeout(15000)
    adding.wait_for_load_state()
    expect(adding.locator("#quote-hint-q")).to_have_value(re.compile("Our recovery fund opens on Monday"))
    adding.get_by_label("…or paste the text").fill(SPEECH)
    adding.get_by_label("Title").fill("Chamber speech")
    adding.get_by_label("Kind").select_option("speech")
    adding.get_by_label("Speaker (single-speaker sources only)").fill("Lucia Ferrante")
    adding.get_by_role("button", name="Add to the library").click()
    expect(adding.locator(".flash").first).to_contain_text("New evidence for 1 quote in 1 draft")

    # Back in the draft's tab: the page says what changed, and the quote is now exact.
    story.reload()
    expect(story.locator("#news")).to_contain_text("New evidence for 1 quote")
    expect(story.locator("#news li")).to_contain_text("Not found → Exact in Chamber speech")
    expect(panels.nth(1).locator("h2 .badge")).to_have_text("Exact")
    story.goto(f"{live}/drafts")
    expect(story.locator("table.list")).to_contain_text("new evidence for 1 quote")
