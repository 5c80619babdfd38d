"""A draft's title is its headline, never the page boilerplate pasted above it (issue 8, item 4)."""

from __future__ import annotations

import pytest

from desk.services import checks
from desk.services.titles import (
    MAX_FALLBACK,
    is_boilerplate,
    is_byline,
    is_dateline,
    is_photo_credit,
    is_timestamp,
    is_url,
    title_of,
)

HEADLINE = "Council votes to close the east bridge for repairs"
BODY = (
    "The city council voted 7-2 on Tuesday to close the east bridge for at least six months while "
    "engineers inspect every pier, officials said. Commuters will be sent through the west end."
)


def test_the_draft_title_comes_from_title_of():
    assert checks._title_of("Skip to main content\n\n" + HEADLINE + "\n\n" + BODY) == HEADLINE


def test_page_furniture_above_the_headline_is_skipped():
    text = "\n".join(
        [
            "Skip to main content",
            "Menu",
            "Search",
            "Advertisement",
            "Share",
            "Share | Tweet | Email",
            "Home › News › Politics",
            "",
            "# " + HEADLINE,
            "",
            "By Jane Doe",
            "March 3, 2026",
            "",
            BODY,
        ]
    )
    assert title_of(text) == HEADLINE


@pytest.mark.parametrize(
    "furniture",
    [
        "By Jane Doe",
        "By JANE DOE and JOHN ROE, Associated Press",
        "BY JANE DOE",
        "By Jane Doe | March 3, 2026",
        "By Jane Doe, The Harbour Ledger — March 3, 2026",
        "By Jane Doe and Tom Lee / Reuters",
        "Story by Ana María Ruiz • 3 min read",
        "Reporting by Ana Ruiz and Tom Lee; Editing by Sam Park",
        "Written by María José de la Cruz",
        "March 3, 2026",
        "Updated 3:45 p.m. ET, Tue March 3, 2026",
        "Published: 2026-03-03 14:02",
        "Mon 3 Mar 2026 09.15 GMT",
        "3 hours ago",
        "5 min read",
        "WASHINGTON (AP) —",
        "OTTAWA —",
        "https://example.com/news/2026/03/03/bridge-closes",
        "www.example.org/story",
        "example.com/local/bridge",
        "Photo: Jane Doe/Reuters",
        "(AP Photo/Jane Doe)",
        "Photograph by Jane Doe",
        "Jane Doe/Getty Images",
        "Courtesy of the City of Brantwood",
        "Advertisement - Scroll to continue",
        "Sign up for our morning newsletter",
        "Listen to this article · 5 min",
        "Politics",
        "LIVE",
        "Facebook Twitter Email",
        "* * *",
    ],
)
def test_furniture_never_becomes_the_title(furniture):
    assert title_of(furniture + "\n\n" + HEADLINE + "\n\n" + BODY) == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "By 2030, the harbour ferry will be gone",
        "By the numbers: what the bridge closure costs",
        "By Design: a studio opens on Water Street",
        "Advertisement spending hits a record in the city",
        "Mayor says “safety comes first” as bridge stays shut",
        "Bridge stays shut",
        "March on city hall draws thousands of commuters",
        "Share of renters in the city rises again",
    ],
)
def test_real_headlines_are_kept(headline):
    assert title_of(headline + "\n\n" + BODY) == headline


def test_detectors_one_by_one():
    assert is_boilerplate("Skip to main content") and is_boilerplate("SHARE") and is_boilerplate("Advertisement")
    assert not is_boilerplate(HEADLINE)
    assert is_byline("By JANE DOE and JOHN ROE, Associated Press") and not is_byline("By far the largest fire")
    assert is_timestamp("Posted: Jan. 5, 2026 5:00 PM") and not is_timestamp("May Day march on Friday draws crowd")
    assert is_dateline("WASHINGTON (AP) —") and not is_dateline("WASHINGTON (AP) — The council voted.")
    assert is_url("https://example.com/a") and not is_url("Example of a headline")
    assert is_photo_credit("(AP Photo/Evan Vucci)") and not is_photo_credit("Biden/Harris campaign opens office")


def test_no_headline_falls_back_to_the_first_sentence_cut_to_a_sensible_length():
    title = title_of("Skip to main content\nBy Jane Doe\n\nWASHINGTON (AP) — " + BODY)
    assert title.startswith("The city council voted 7-2 on Tuesday to close the east bridge")
    assert title.endswith("…") and len(title) <= MAX_FALLBACK
    assert "WASHINGTON" not in title and "Commuters" not in title
    # A short first sentence is the title whole.
    assert title_of("“We will rebuild,” the mayor said on Tuesday after the council met for nine hours. More.") == (
        "“We will rebuild,” the mayor said on Tuesday after the council met for nine hours."
    )


def test_nothing_but_furniture_or_nothing_at_all():
    assert title_of("Skip to main content\nMenu\nAdvertisement") == "Untitled draft"
    assert title_of("   \n\n") == "Untitled draft"
    assert title_of("Budget\n\nOK") == "Budget"  # short, but all there is
