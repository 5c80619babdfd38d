"""The search page in a real headless Chromium (Debian's package), driven by Playwright.

The app runs in a thread on a free loopback port, on a real database and index in a temporary
folder, loaded with the demo library.  ``make test`` installs Chromium when it is missing.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from desk import create_app
from tests.conftest import served

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


ADMIN, ADMIN_PASSWORD = "boss", "boss-password-123"


@pytest.fixture(scope="module")
def live_app(tmp_path_factory):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path_factory.mktemp("browser")})
    result = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert result.exit_code == 0, result.output
    result = app.test_cli_runner().invoke(
        args=["desk", "user", "add", ADMIN, "--role", "admin", "--password-stdin"], input=ADMIN_PASSWORD + "\n"
    )
    assert result.exit_code == 0, result.output
    with served(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        # Playwright gives each launch a new, empty profile folder.
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def new_page(browser):
    """A page that records every Content-Security-Policy violation the browser reports."""
    page = browser.new_page()
    page.set_default_timeout(15000)
    page.csp_violations = []
    page.on("console", lambda msg: "Content Security Policy" in msg.text and page.csp_violations.append(msg.text))
    return page


def sign_in(page, live_app, name="editor", password="quote-desk-demo"):
    page.goto(f"{live_app}/")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_app}/check")


@pytest.fixture
def page(browser, live_app):
    """Signed in as the demo editor the demo command created; no page may break the CSP."""
    page = new_page(browser)
    sign_in(page, live_app)
    yield page
    violations = page.csp_violations
    page.close()
    assert violations == []


def test_search_page_finds_filters_and_pages(page, live_app):
    page.goto(f"{live_app}/search/")
    page.get_by_label("Search terms").fill("the")
    page.get_by_role("button", name="Search").click()
    count = page.locator("#result-count")
    expect(count).to_contain_text("passages match")
    total = int(count.inner_text().split()[0])
    assert total > 20
    assert page.locator(".hit mark").count() > 0

    # A facet narrows the results to one speaker, and every hit is theirs.
    facet = page.locator(".facets h3:has-text('Speaker') + ul a").first
    name = facet.inner_text()
    facet.click()
    expect(count).to_contain_text("match")
    narrowed = int(count.inner_text().split()[0])
    assert 0 < narrowed < total
    speakers = page.locator(".hit-meta strong").all_inner_texts()
    assert speakers and all(s == name for s in speakers)

    # Pagination on the full result.
    page.goto(f"{live_app}/search/?q=the")
    page.get_by_role("link", name="Next →").click()
    expect(count).to_contain_text("page 2 of")

    # A phrase search highlights the phrase and links to the passage in its source.
    page.goto(f"{live_app}/search/")
    first_hit_text = None
    page.get_by_label("Search terms").fill('"thank you"')
    page.keyboard.press("Enter")
    expect(page.locator(".hit").first).to_be_visible()
    first_hit_text = page.locator(".hit mark").first.inner_text().lower()
    assert first_hit_text in ("thank", "you", "thank you")
    page.locator(".hit-meta a").first.click()
    expect(page.locator(".source-text .passage:target")).to_have_count(1)


DEMO_DRAFT = (Path(__file__).resolve().parent.parent / "desk" / "demo" / "draft.txt").read_text(encoding="utf-8")
STATUS_COLUMN, WORDING_COLUMN = "Status", "Correct wording"
KEYS = {"exact": "e", "edited": "d", "misquote": "m", "paraphrase": "p", "misattributed": "a", "not_found": "f"}


def test_an_editor_reviews_a_draft_with_the_keyboard_and_exports_it(browser, live_app, tmp_path):
    page = new_page(browser)
    page.clock.install()  # keys pressed less than a second apart are ignored: the test moves the clock on
    sign_in(page, live_app)

    # Paste the draft and check it.
    page.get_by_label("Title").fill("Bridge bond, evening edition")
    page.get_by_label("Draft").fill(DEMO_DRAFT)
    page.get_by_role("button", name="Check quotes").click()
    expect(page.locator("#readiness")).to_contain_text("18 quotes")
    expect(page.locator("#check-layout")).to_have_class(re.compile(r"\bcompact\b"))  # the page's script has run
    draft_url = page.url

    # Review every quote without the mouse: confirm the machine's verdict, mark it resolved.
    panels = page.locator(".quote-panel")
    count = panels.count()
    assert count == 18
    misquote_at = None
    for i in range(count):
        page.keyboard.press("j")
        page.clock.fast_forward(1500)
        expect(panels.nth(i)).to_have_class(re.compile(r"\bselected\b"))
        verdict = panels.nth(i).get_attribute("class").split("v-")[1].split()[0]
        with page.expect_response(lambda r: "/attribution" in r.url):
            page.keyboard.press(KEYS[verdict])
        expect(panels.nth(i).locator(".decision .badge")).to_have_text(verdict.replace("_", " "))
        if verdict == "misquote" and misquote_at is None:
            misquote_at = i
            page.keyboard.press("w")
            page.keyboard.type("I have never seen our members this worried about a single piece of infrastructure.")
            with page.expect_response(lambda r: "/attribution" in r.url):
                page.keyboard.press("Control+Enter")
            expect(panels.nth(i).locator("textarea[name=correct_wording]")).to_have_value(re.compile("this worried"))
        page.clock.fast_forward(1500)
        with page.expect_response(lambda r: "/attribution" in r.url):
            page.keyboard.press("r")
        expect(panels.nth(i).locator(".status")).to_have_text("resolved")
    assert misquote_at is not None
    expect(page.locator("#readiness")).to_contain_text("18 quotes:")

    # The help lists the keys.
    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#help")).to_be_hidden()

    # The record survives a reload, and the CSV export carries it.
    page.goto(draft_url)
    expect(page.locator(".quote-panel .status-resolved")).to_have_count(18)
    with page.expect_download() as info:
        page.get_by_role("link", name="Export CSV").click()
    path = tmp_path / "record.csv"
    info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 18
    assert {r[STATUS_COLUMN] for r in rows} == {"resolved"}
    assert "this worried" in rows[misquote_at][WORDING_COLUMN]

    # The printable report's button prints.
    page.goto(draft_url + "/report")
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.printed") is True
    assert page.csp_violations == []
    page.close()


def test_confirmations_back_links_and_maintenance_work_under_the_csp(browser, live_app):
    page = new_page(browser)
    sign_in(page, live_app, ADMIN, ADMIN_PASSWORD)

    # Deleting a source asks first; saying no keeps it.
    page.goto(f"{live_app}/sources/1")
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Delete this source").click()
    page.wait_for_timeout(300)
    assert asked == ["Delete this source and all its passages?"]
    assert page.url == f"{live_app}/sources/1"
    page.reload()
    expect(page.get_by_role("button", name="Delete this source")).to_be_visible()

    # An error page's "Go back" goes back.
    page.goto(f"{live_app}/sources/999999")
    page.get_by_role("link", name="Go back").click()
    page.wait_for_url(f"{live_app}/sources/1")

    # Maintenance: a rebuild reports its end in the page.
    page.goto(f"{live_app}/admin/")
    page.get_by_role("button", name="Rebuild the search index").click()
    expect(page.locator("#reindex-state")).to_contain_text("Last rebuild:", timeout=60000)
    assert page.csp_violations == []
    page.close()


def test_adding_several_files_shows_progress_file_by_file(page, live_app, tmp_path):
    files = []
    for name, text in [
        ("council_notes.txt", "“We will publish the audit in June,” said Councillor Mae Ibarra."),
        ("blank.txt", ""),
        ("ferry_statement.txt", "The ferry will run every twenty minutes from Monday. Tickets stay free until the bridge reopens."),
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    page.goto(f"{live_app}/sources/new")
    page.locator("input[type=file]").set_input_files(files)
    page.get_by_label("Speaker (single-speaker sources only)").fill("Dana Kroll")
    page.get_by_role("button", name="Add to the library").click()
    expect(page.locator("#upload-count")).to_have_text("done: 2 added, 1 not added")
    expect(page.locator("#upload-bar")).to_have_attribute("value", "3")
    log = page.locator("#upload-log li")
    expect(log).to_have_count(3)
    expect(log.nth(1)).to_contain_text("blank.txt")
    expect(log.nth(1)).to_contain_text("empty")
    log.nth(2).get_by_role("link").click()
    expect(page.locator(".legend")).to_contain_text("Dana Kroll")


def test_a_speech_added_with_no_speaker_shows_its_warning_in_the_upload_log(page, live_app, tmp_path):
    path = tmp_path / "ferry_speech.txt"
    path.write_text("The ferry will run every twenty minutes from Monday. Tickets stay free until the bridge "
                    "reopens, and the <b>crews</b> will work nights.", encoding="utf-8")
    page.goto(f"{live_app}/sources/new")
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_label("Kind").select_option("speech")
    page.get_by_role("button", name="Add to the library").click()
    expect(page.locator("#upload-count")).to_have_text("done: ferry_speech.txt added")
    log = page.locator("#upload-log li")
    expect(log.nth(1)).to_contain_text("is a speech with no speaker named")
    expect(log.nth(1)).to_have_class("failed")
    # the source's page offers to name the speaker, and then its passages are theirs
    log.nth(0).get_by_role("link").click()
    expect(page.locator(".name-speaker")).to_contain_text("has no speaker")
    page.get_by_label("Who spoke?").fill("Dana Kroll")
    page.get_by_role("button", name="Name the speaker").click()
    expect(page.locator(".flash-success")).to_contain_text("are now Dana Kroll’s")
    expect(page.locator(".legend")).to_contain_text("Dana Kroll")
    expect(page.locator(".name-speaker")).to_have_count(0)


def test_a_word_typed_on_the_draft_page_records_at_most_one_change_and_undo_restores_it(page, live_app):
    page.get_by_label("Title").fill("Stray keys")
    page.get_by_label("Draft").fill(DEMO_DRAFT)
    page.get_by_role("button", name="Check quotes").click()
    expect(page.locator("#readiness")).to_contain_text("18 quotes")
    saves = []
    page.on("request", lambda r: "/attribution" in r.url and r.method == "POST" and saves.append(r.url))
    toast = page.locator("#toast")

    # Nothing selected yet: a word typed on the page records nothing and says why.
    page.locator("h1").click()
    page.keyboard.type("remember")
    expect(toast).to_contain_text("Select a quote first")
    page.wait_for_timeout(300)
    assert saves == []

    # With quote 1 selected, "remember" records one change (the first r), shown in the toast.
    page.locator(".draft-text a.q").first.click()
    first = page.locator(".quote-panel").first
    expect(first).to_have_class(re.compile(r"\bselected\b"))
    page.wait_for_timeout(1100)
    with page.expect_response(lambda r: "/attribution" in r.url):
        page.keyboard.type("remember")
    expect(toast).to_contain_text("Quote 1:")
    expect(toast).to_contain_text("status resolved (was unchecked)")
    expect(toast.locator(".toast-ignored")).to_contain_text("Ignored")
    page.wait_for_timeout(500)
    assert len(saves) == 1
    expect(first.locator(".status")).to_have_text("resolved")

    # Undo saves the previous values again.
    with page.expect_response(lambda r: "/attribution" in r.url):
        toast.get_by_role("button", name="Undo").click()
    expect(toast).to_contain_text("Undone on quote 1")
    expect(first.locator(".status")).to_have_text("unchecked")
    expect(first.locator(".decision")).to_contain_text("no verdict yet")

    # Ctrl+Z undoes a verdict key too.
    page.wait_for_timeout(1100)
    with page.expect_response(lambda r: "/attribution" in r.url):
        page.keyboard.press("m")
    expect(toast).to_contain_text("verdict misquote (was none)")
    with page.expect_response(lambda r: "/attribution" in r.url):
        page.keyboard.press("Control+z")
    expect(first.locator(".decision")).to_contain_text("no verdict yet")
    assert len(saves) == 4

    # The undo is a new event in the audit trail: the change stays in history.
    page.reload()
    activity = page.locator(".quote-panel").first.locator(".activity li")
    texts = [" ".join(t.split()) for t in activity.all_text_contents()]
    assert any("status: unchecked → resolved" in t or t.endswith("set status: resolved") for t in texts), texts
    assert any("status: resolved → unchecked" in t for t in texts), texts
    assert any("verdict: misquote → (cleared)" in t for t in texts), texts


def submit_and_stay(page, form_selector):
    """Submit a form and keep the page where it is, as it is while the server works on the post.

    (A navigation held at the network stalls Playwright's own calls, so the test cancels it after
    the page's handlers have run: a listener added last runs last.)  The page must have loaded:
    its scripts, at the end of the body, attach those handlers after the content a test waits for
    is already on screen."""
    page.wait_for_load_state("load")
    page.evaluate(
        """(s) => {
            const form = document.querySelector(s);
            form.addEventListener("submit", (ev) => ev.preventDefault());
            form.querySelector("button[type=submit], button").click();
        }""",
        form_selector,
    )


def _hold_posts(page, pattern):
    """Hold the POSTs to pattern until the test lets them go: the page's 'working' state is visible."""
    held = []
    page.route(pattern, lambda route: held.append(route) if route.request.method == "POST" else route.continue_())
    return held


def test_check_and_a_single_upload_disable_their_button_and_show_progress(page, live_app, tmp_path):
    page.get_by_label("Title").fill("Progress")
    page.get_by_label("Draft").fill(DEMO_DRAFT)
    button = page.locator("#check-form button[type=submit]")
    submit_and_stay(page, "#check-form")
    expect(button).to_be_disabled()
    expect(button).to_have_text("Checking about 21 quotes…")  # 18 quotes, 3 skipped (scare quotes, titles)
    expect(page.locator("#check-progress")).to_be_visible()
    expect(page.locator("#check-progress")).to_contain_text("s so far")  # the time ticks on

    # The real check, then Check again says what it does too.
    page.reload()
    page.get_by_label("Title").fill("Progress")
    page.get_by_label("Draft").fill(DEMO_DRAFT)
    page.get_by_role("button", name="Check quotes").click()
    expect(page.locator("#readiness")).to_contain_text("18 quotes")
    submit_and_stay(page, "form[action$='/recheck']")
    again = page.locator("form[action$='/recheck'] button")
    expect(again).to_be_disabled()
    expect(again).to_have_text("Checking 18 quotes again…")

    # One file: the button is disabled and the progress says what happens, then what happened.
    path = tmp_path / "ferry_notes.txt"
    path.write_text("The ferry will run every twenty minutes from Monday, said the harbour master.", encoding="utf-8")
    page.goto(f"{live_app}/sources/new")
    held = _hold_posts(page, "**/sources/upload-one*")
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_label("Speaker (single-speaker sources only)").fill("Harbour Master")
    add = page.locator("#source-form button[type=submit]")
    add.click()
    expect(add).to_be_disabled()
    expect(page.locator("#upload-progress")).to_be_visible()
    expect(page.locator("#upload-count")).to_contain_text("ferry_notes.txt")
    page.wait_for_timeout(200)
    assert len(held) == 1
    held[0].continue_()
    expect(page.locator("#upload-count")).to_have_text("done: ferry_notes.txt added")
    expect(page.locator("#upload-log li")).to_contain_text("Added:")
    expect(add).to_be_enabled()
