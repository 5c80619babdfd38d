"""The draft page and the source page stay calm (issue 11): what an editor needs is in view,
the details are one click away.

The draft page lists every quote with its verdict and its editor's decision; the editor's form
opens on demand; how the words were compared is behind a details element instead of a paragraph
under every quote; a source's SHA-256 is behind *File fingerprint*.
"""

from __future__ import annotations

import re

from tests.test_check_page import DRAFT, add_presser


def _draft_page(client) -> str:
    add_presser(client)
    page = client.post("/check", data={"text": DRAFT, "title": ""})
    return client.get(page.headers["Location"]).get_data(as_text=True)


def test_the_list_of_quotes_names_each_verdict_and_the_decision(client):
    html = _draft_page(client)
    items = re.findall(r'<a href="#quote-(\d)" data-quote="\d" class="v-(\w+)">', html)
    assert items == [("0", "exact"), ("1", "exact"), ("2", "misquote")]
    assert html.count('<span class="verdict">Exact</span>') == 2 and '<span class="verdict">Misquote</span>' in html

    client.post("/drafts/1/quotes/2/attribution", data={"verdict": "misquote", "status": "needs_follow_up"})
    html = client.get("/drafts/1").get_data(as_text=True)
    entry = html.split('data-quote="2" class="v-misquote">', 1)[1].split("</a>", 1)[0]
    assert '<span class="badge v-misquote">misquote</span>' in entry and "needs follow up" in entry


def test_the_form_opens_on_demand_and_the_comparison_steps_are_behind_a_click(client):
    html = _draft_page(client)
    assert html.count('<details class="record">') == 3  # closed: no "open" attribute
    assert "Compared after:" not in html
    assert html.count('<details class="normalised"><summary>How the words were compared</summary>') >= 2


def test_a_source_page_keeps_its_sha256_behind_file_fingerprint(client):
    add_presser(client)
    html = client.get("/sources/1").get_data(as_text=True)
    assert "<dt>SHA-256</dt>" not in html
    fingerprint = html.split('<details class="fingerprint">', 1)[1].split("</details>", 1)[0]
    assert re.search(r"[0-9a-f]{64}", fingerprint)
