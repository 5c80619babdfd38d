"""The search page in a real headless Chromium (Debian's package), driven by Playwright.

The app runs in a thread on a free loopback port, on a real database and index in a temporary
folder, loaded with the demo library.  ``make test`` installs Chromium when it is missing.
"""

from __future__ import annotations

import shutil
import threading

import pytest
from playwright.sync_api import expect, sync_playwright
from werkzeug.serving import make_server

from desk import create_app

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


@pytest.fixture(scope="module")
def live_app(tmp_path_factory):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path_factory.mktemp("browser")})
    result = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert result.exit_code == 0, result.output
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


@pytest.fixture(scope="module")
def page(live_app):
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=FLAGS,  # Playwright gives each launch a new, empty profile folder
        )
        page = browser.new_page()
        page.set_default_timeout(15000)
        # Sign in as the demo editor the demo command created.
        page.goto(f"{live_app}/")
        page.get_by_label("User name").fill("editor")
        page.get_by_label("Password").fill("quote-desk-demo")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{live_app}/check")
        yield page
        browser.close()


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
