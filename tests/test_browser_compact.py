"""The compact draft page in a real headless Chromium (issue 11): one quote's evidence at a time.

On the demo draft at a laptop's 1366×900, the story, the list of quotes and the selected quote's
evidence share the screen: every quote's evidence and record fit in it without scrolling the
page, whether the quote is picked from the list or in the story; the list shows every quote's
verdict and the editor's decision; the selection is in the address, so a reload keeps it; keys
act on the selected quote only.  Narrow screens stack the panes; without script the page is the
long list it used to be, readable and usable.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests import test_browser
from tests.test_browser import new_page, sign_in

# The demo library served once for this module, and one browser, as in test_browser.
live_app = test_browser.live_app
browser = test_browser.browser

WIDTH, HEIGHT = 1366, 900
DEMO_TITLE = "Vellmont council sends $190 million Harlan Street Bridge bond to May ballot"


def open_demo_draft(page, live_app, scripted=True):
    page.goto(f"{live_app}/drafts")
    page.get_by_role("link", name=DEMO_TITLE).first.click()
    expect(page.locator("#readiness")).to_contain_text("18 quotes")
    if scripted:  # wait for the page's script to lay the page out
        expect(page.locator("#check-layout")).to_have_class(re.compile(r"\bcompact\b"))
    return page.url.split("#")[0]


@pytest.fixture
def page(browser, live_app):
    page = new_page(browser)
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    sign_in(page, live_app)
    yield page
    violations = page.csp_violations
    page.close()
    assert violations == []


def assert_fits_one_screen(page, i):
    """Quote i's evidence and record are on screen, whole, and the page itself does not scroll."""
    panel = page.locator(f"#quote-{i}")
    expect(panel).to_be_visible()
    expect(panel).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator(".quote-panel:visible")).to_have_count(1)
    box = panel.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT, (i, box)
    # What the editor reads and does: the verdict, the original (or why there is none), the record.
    for part in (".badge", "blockquote.original, .no-match", ".decision", "details.record > summary"):
        inner = panel.locator(part).first.bounding_box()
        assert inner and 0 <= inner["y"] and inner["y"] + inner["height"] <= HEIGHT, (i, part, inner)
    page_scroll, page_height, pane = page.evaluate(
        """() => { const e = document.getElementById("evidence");
                  return [window.scrollY, document.documentElement.scrollHeight, [e.scrollHeight, e.clientHeight]]; }"""
    )
    assert page_scroll == 0 and page_height <= HEIGHT, (i, page_scroll, page_height)
    assert pane[0] <= pane[1], (i, pane)  # nothing of the quote hidden below the pane's fold


def test_each_quote_fits_one_screen_picked_from_the_list_or_the_story(page, live_app):
    open_demo_draft(page, live_app)
    items = page.locator(".quote-list a[data-quote]")
    expect(items).to_have_count(18)
    # Nothing is selected until the editor picks a quote; the pane says how.
    expect(page.locator(".evidence-empty")).to_contain_text("Select a quote")
    expect(page.locator(".quote-panel:visible")).to_have_count(0)

    for i in range(18):
        # The list names each quote's verdict, the same as its evidence does.
        verdict = page.locator(f"#quote-{i} h2 .badge").text_content()
        expect(items.nth(i).locator(".verdict")).to_have_text(verdict)
        expect(items.nth(i).locator(".n")).to_have_text(str(i + 1))
        items.nth(i).click()
        assert_fits_one_screen(page, i)
        expect(items.nth(i)).to_have_attribute("aria-current", "true")

    for i in (17, 0, 8, 11):
        page.locator(f".draft-text a.q[data-quote='{i}']").first.click()
        assert_fits_one_screen(page, i)
        # The list follows: the selected quote is marked and scrolled into its pane.
        expect(items.nth(i)).to_have_attribute("aria-current", "true")
        expect(items.nth(i)).to_be_in_viewport()

    # The decision form opens on demand, inside the pane.
    record = page.locator("#quote-11 details.record")
    expect(record.locator("select[name=verdict]")).to_be_hidden()
    record.locator("> summary").click()
    expect(record.locator("select[name=verdict]")).to_be_visible()


def test_the_selection_is_in_the_address_and_survives_a_reload(page, live_app):
    url = open_demo_draft(page, live_app)
    page.locator(".quote-list a[data-quote='6']").click()
    expect(page).to_have_url(f"{url}#quote-6")
    page.reload()
    expect(page.locator("#quote-6")).to_be_visible()
    expect(page.locator(".quote-list a[data-quote='6']")).to_have_attribute("aria-current", "true")
    assert_fits_one_screen(page, 6)

    # A link with the number the page shows (?q=9 is quote 9) opens on that quote.
    page.goto(f"{url}?q=9")
    expect(page.locator("#quote-8")).to_be_visible()
    expect(page.locator("#quote-8 h2")).to_contain_text("quote 9")
    expect(page).to_have_url(f"{url}#quote-8")


def test_keys_act_on_the_selected_quote_only_and_the_list_shows_the_decision(page, live_app):
    page.clock.install()  # a recording key right after another letter is ignored: the test moves the clock on
    open_demo_draft(page, live_app)
    saves = []
    page.on("request", lambda r: "/attribution" in r.url and r.method == "POST" and saves.append(r.url))
    item = page.locator(".quote-list a[data-quote='2']")
    before = [page.locator(f"#quote-{i} .decision").text_content() for i in range(18)]

    page.locator(".draft-text a.q[data-quote='2']").first.click()
    with page.expect_response(lambda r: "/attribution" in r.url):
        page.keyboard.press("a")
    expect(page.locator("#toast")).to_contain_text("Quote 3: verdict misattributed (was none)")
    expect(page.locator("#quote-2 .decision .badge")).to_have_text("misattributed")
    expect(item.locator(".decided")).to_have_text("misattributed")
    assert saves == [saves[0]] and saves[0].endswith("/quotes/2/attribution")
    after = [page.locator(f"#quote-{i} .decision").text_content() for i in range(18)]
    assert [a for n, a in enumerate(after) if n != 2] == [b for n, b in enumerate(before) if n != 2]

    # j moves the selection (and the address); the next key acts on the newly selected quote.
    page.keyboard.press("j")
    expect(page.locator("#quote-3")).to_be_visible()
    expect(page.locator("#quote-2")).to_be_hidden()
    page.clock.fast_forward(1500)
    with page.expect_response(lambda r: "/attribution" in r.url):
        page.keyboard.press("r")
    # (resolved with no verdict of the editor's takes the machine's: quote 4 is a misquote)
    expect(page.locator(".quote-list a[data-quote='3'] .decided")).to_have_text("misquote resolved")
    expect(item.locator(".decided")).to_have_text("misattributed")

    # Undo restores the quote it acted on, in its pane and in the list.
    with page.expect_response(lambda r: "/attribution" in r.url):
        page.keyboard.press("Control+z")
    expect(page.locator(".quote-list a[data-quote='3'] .decided")).to_have_text("")

    # n opens the record's form and puts the cursor in the note; the note is saved on that quote.
    page.clock.fast_forward(1500)
    page.keyboard.press("n")
    note = page.locator("#quote-3 textarea[name=note]")
    expect(note).to_be_focused()
    page.keyboard.type("Called the transit office.")
    with page.expect_response(lambda r: "/quotes/3/attribution" in r.url):
        page.keyboard.press("Control+Enter")
    expect(note).to_have_value("Called the transit office.")
    expect(note).to_be_visible()  # the form stays open after the save

    # The list and the address survive a reload with the decisions made.
    page.reload()
    expect(page.locator("#quote-3")).to_be_visible()
    expect(item.locator(".decided")).to_have_text("misattributed")


def test_narrow_screens_stack_the_panes(page, live_app):
    url = open_demo_draft(page, live_app)
    page.set_viewport_size({"width": 600, "height": 900})
    page.goto(f"{url}#quote-4")
    boxes = {
        name: page.locator(sel).bounding_box()
        for name, sel in (("list", "#quote-list"), ("evidence", "#evidence"), ("story", "#draft-text"))
    }
    assert boxes["list"]["y"] + boxes["list"]["height"] <= boxes["evidence"]["y"]
    assert boxes["evidence"]["y"] + boxes["evidence"]["height"] <= boxes["story"]["y"]
    for box in boxes.values():
        assert box["x"] >= 0 and box["x"] + box["width"] <= 600
    expect(page.locator("#quote-4")).to_be_visible()
    expect(page.locator(".quote-panel:visible")).to_have_count(1)


def test_without_script_the_page_is_the_readable_list_of_every_quote(browser, live_app):
    context = browser.new_context(java_script_enabled=False, viewport={"width": WIDTH, "height": HEIGHT})
    page = context.new_page()
    sign_in(page, live_app)
    url = open_demo_draft(page, live_app, scripted=False)
    expect(page.locator("#check-layout")).not_to_have_class(re.compile(r"\bcompact\b"))
    expect(page.locator(".quote-panel:visible")).to_have_count(18)
    expect(page.locator(".quote-list a[data-quote]")).to_have_count(18)
    page.goto(f"{url}#quote-9")
    expect(page.locator("#quote-9")).to_be_in_viewport()
    # The form opens without script too, and posts.
    page.locator("#quote-9 details.record > summary").click()
    page.locator("#quote-9 select[name=status]").select_option("in_progress")
    page.locator("#quote-9").get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("Saved quote 10.")
    expect(page.locator(".quote-list a[data-quote='9'] .decided")).to_have_text("in progress")
    context.close()


def test_the_story_url_opens_over_the_page_and_the_head_stays_one_line(page, live_app):
    """The published story's address (the ClaimReview url) is set from a toggle in the head."""
    url = open_demo_draft(page, live_app)
    head, h1 = page.locator(".check-head"), page.locator(".check-head h1")
    toggle = page.locator("#story-url > summary")
    expect(toggle).to_have_text("Story URL")

    def one_line():
        top, t = h1.bounding_box(), toggle.bounding_box()
        assert abs((t["y"] + t["height"] / 2) - (top["y"] + top["height"] / 2)) < top["height"] / 2, (top, t)
        return head.bounding_box()["height"]

    height = one_line()
    toggle.click()
    box = page.locator("#story-url input[name=story_url]")
    expect(box).to_be_visible()
    assert head.bounding_box()["height"] == height  # the form opens over the page, the head does not grow

    box.fill("ftp://files.example/story.txt")
    page.locator("#story-url").get_by_role("button", name="Save").click()
    expect(page.locator("#story-url .field-error")).to_contain_text("starting with https:// or http:// (not “ftp:”)")
    expect(box).to_have_value("ftp://files.example/story.txt")  # kept, to be corrected

    box.fill("https://news.example/2026/03/bridge-bond")
    page.locator("#story-url").get_by_role("button", name="Save").click()
    expect(page.locator(".flash-success")).to_contain_text("Story URL saved")
    expect(toggle).to_have_text("Story URL ✓")
    assert one_line() == height
    page.goto(f"{url}#quote-0")
    assert_fits_one_screen(page, 0)

    # Removed again (the demo draft is shared by this module's tests).
    toggle.click()
    box.fill("")
    page.locator("#story-url").get_by_role("button", name="Save").click()
    expect(page.locator(".flash-success")).to_contain_text("Story URL removed")
    expect(toggle).to_have_text("Story URL")
