"""Regenerate the README's screenshots (docs/*.png) from the demo library, in Debian's Chromium.

    .venv/bin/python scripts/screenshots.py            # writes docs/check-page.png, check-quote.png, report.png, search.png

The app runs on a fresh demo library in a temporary folder (nothing of yours is read or
changed), served on a free loopback port; the demo editor records one decision so the pictures
show a record.  Needs Chromium (``make chromium``) and Playwright (in requirements.txt).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from desk import create_app  # noqa: E402
from tests.conftest import served  # noqa: E402

DOCS = ROOT / "docs"
VIEWPORT = {"width": 1366, "height": 900}
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MISQUOTE = "I have never seen our members this angry"  # the demo's misquote with a one-word change


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"DESK_DATA_DIR": Path(tmp)})
        result = app.test_cli_runner().invoke(args=["desk", "demo"])
        if result.exit_code != 0:
            sys.exit(result.output)
        with served(app) as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(f"{url}/")
            page.get_by_label("User name").fill("editor")
            page.get_by_label("Password").fill("quote-desk-demo")
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_url(f"{url}/check")

            page.goto(f"{url}/drafts")
            page.locator("table a, ul a").filter(has_text="Harlan Street Bridge").first.click()
            draft_url = page.url.split("#")[0]

            # The misquote, with the editor's correct wording recorded and the form open.
            page.locator(".quote-list a").filter(has_text=MISQUOTE[:30]).click()
            panel = page.locator(".quote-panel.selected")
            panel.locator("details.record > summary").click()
            panel.locator("select[name=verdict]").select_option("misquote")
            panel.locator("textarea[name=correct_wording]").fill(
                "I have never seen our members this worried about a single piece of infrastructure."
            )
            with page.expect_response(lambda r: "/attribution" in r.url):
                panel.get_by_role("button", name="Save").click()
            expect(panel.locator(".save-state")).to_have_text("Saved.")
            page.set_viewport_size({"width": VIEWPORT["width"], "height": 1150})  # room for the open form
            page.locator("#evidence").evaluate("(pane) => { pane.scrollTop = 0; }")
            page.locator("#evidence").screenshot(path=DOCS / "check-quote.png")
            page.set_viewport_size(VIEWPORT)

            # The whole page, on a reload of the same address, with the record closed.
            page.reload()
            expect(page.locator(".quote-panel.selected")).to_be_visible()
            page.screenshot(path=DOCS / "check-page.png")

            page.goto(f"{draft_url}/report")
            page.screenshot(path=DOCS / "report.png")

            page.goto(f"{url}/search/?q=%22weight+limit%22")
            page.screenshot(path=DOCS / "search.png")
            browser.close()
    for name in ("check-page", "check-quote", "report", "search"):
        print(DOCS / f"{name}.png")


if __name__ == "__main__":
    main()
