"""Every exported ClaimReview carries what its consumers require and recommend: the newsroom as
author, the page that publishes the review as url, the claim, its speaker and a rating."""

from __future__ import annotations

import json

import pytest

from desk import create_app
from tests.conftest import signed_in
from tests.test_check_page import add_presser
from tests.test_wording import DRAFT

REQUIRED = ("@context", "@type", "claimReviewed", "reviewRating", "url", "author")
RECOMMENDED = ("datePublished", "itemReviewed")


def validate(review: dict) -> list[str]:
    """Problems a ClaimReview consumer would report (required and recommended fields)."""
    problems = [f"missing {k}" for k in REQUIRED + RECOMMENDED if not review.get(k)]
    if review.get("@type") != "ClaimReview":
        problems.append("@type is not ClaimReview")
    if not str(review.get("url", "")).startswith(("http://", "https://")):
        problems.append("url is not an absolute address")
    author = review.get("author") or {}
    if author.get("@type") != "Organization" or not author.get("name"):
        problems.append("author is not a named organization")
    if author.get("name") == "Quote Desk":
        problems.append("author is the tool, not the newsroom")
    rating = review.get("reviewRating") or {}
    if rating.get("@type") != "Rating" or not rating.get("alternateName"):
        problems.append("reviewRating has no alternateName")
    if "ratingValue" in rating and not (rating.get("worstRating", 1) <= rating["ratingValue"] <= rating.get("bestRating", 5)):
        problems.append("ratingValue outside the scale")
    claim = review.get("itemReviewed") or {}
    if claim.get("@type") != "Claim":
        problems.append("itemReviewed is not a Claim")
    return problems


def _export(app, client, **check) -> list[dict]:
    add_presser(client)
    url = client.post("/check", data={"text": DRAFT, "title": "Reyes", **check}).headers["Location"]
    for n in (0, 1):
        assert client.post(f"{url}/quotes/{n}/attribution", data={"status": "resolved"}).status_code == 302
    draft_id = url.rsplit("/", 1)[1]
    page = client.get(f"/export?format=claimreview&draft={draft_id}")
    assert page.status_code == 200
    return json.loads(page.get_data(as_text=True)), draft_id


@pytest.fixture
def newsroom_app(tmp_path):
    app = create_app({
        "TESTING": True, "DESK_DATA_DIR": tmp_path / "data", "WTF_CSRF_ENABLED": False,
        "DESK_NEWSROOM_NAME": "The Brantwood Herald", "DESK_PUBLIC_URL_BASE": "https://news.example/reviews",
    })
    yield app
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def test_reviews_name_the_newsroom_and_the_public_page_from_the_settings(newsroom_app):
    reviews, draft_id = _export(newsroom_app, signed_in(newsroom_app, "ed", "editor"))
    assert len(reviews) == 2
    for review in reviews:
        assert validate(review) == [], review
        assert review["author"] == {"@type": "Organization", "name": "The Brantwood Herald"}
    assert [r["url"] for r in reviews] == [
        f"https://news.example/reviews/drafts/{draft_id}#quote-0",
        f"https://news.example/reviews/drafts/{draft_id}#quote-1",
    ]


def test_without_settings_the_review_links_the_draft_page_and_the_author_is_the_default_newsroom(app, client):
    reviews, draft_id = _export(app, client)
    assert len(reviews) == 2
    for review in reviews:
        assert validate(review) == [], review
        assert review["author"]["name"] == "Newsroom"
        assert review["url"].startswith(f"http://localhost/drafts/{draft_id}#quote-")


STORY = "https://news.example/2026/12/bridge-update"


def test_with_the_story_url_each_review_links_its_quote_in_the_published_story(newsroom_app):
    """The story's own address wins over the newsroom-wide setting: the review is on that page."""
    client = signed_in(newsroom_app, "ed", "editor")
    reviews, draft_id = _export(newsroom_app, client, story_url=STORY)
    assert len(reviews) == 2
    for review in reviews:
        assert validate(review) == [], review
    # Numbered from 1, as the draft page numbers its quotes.
    assert [r["url"] for r in reviews] == [f"{STORY}#quote-1", f"{STORY}#quote-2"]

    # Changed on the draft page: the next export follows; a re-check keeps it.
    moved = "https://news.example/2026/12/bridge-update-corrected#top"
    assert client.post(f"/drafts/{draft_id}/story-url", data={"story_url": moved}).status_code == 302
    assert client.post(f"/drafts/{draft_id}/recheck").status_code == 302
    again = json.loads(client.get(f"/export?format=claimreview&draft={draft_id}").get_data(as_text=True))
    assert [r["url"] for r in again] == [
        "https://news.example/2026/12/bridge-update-corrected#quote-1",
        "https://news.example/2026/12/bridge-update-corrected#quote-2",
    ]
    for review in again:
        assert validate(review) == [], review

    # Removed: back to the newsroom-wide setting.
    assert client.post(f"/drafts/{draft_id}/story-url", data={"story_url": ""}).status_code == 302
    back = json.loads(client.get(f"/export?format=claimreview&draft={draft_id}").get_data(as_text=True))
    assert [r["url"] for r in back][0] == f"https://news.example/reviews/drafts/{draft_id}#quote-0"


def test_the_story_url_is_in_the_csv_and_json_exports(app, client):
    import csv
    import io

    add_presser(client)
    url = client.post("/check", data={"text": DRAFT, "title": "Reyes", "story_url": STORY}).headers["Location"]
    draft_id = url.rsplit("/", 1)[1]
    rows = list(csv.DictReader(io.StringIO(client.get(f"/export?format=csv&draft={draft_id}").get_data(as_text=True).lstrip("\ufeff"))))
    assert rows and {r["Story URL"] for r in rows} == {STORY}
    doc = json.loads(client.get(f"/export?format=json&draft={draft_id}").get_data(as_text=True))
    assert doc["drafts"][0]["story_url"] == STORY
    assert "story_url" not in doc["drafts"][0]["quotes"][0]  # once per draft, not per quote


def test_a_voice_the_draft_does_not_name_is_no_claim_author(app, client):
    # "a friend said": the review names no Person a reader could look up; a named speaker is one
    add_presser(client)
    draft = ("Bridge\n\n“Anyone who promises you a date is guessing,” a friend said.\n\n"
             "“Anyone who promises you a date is guessing,” Mayor Lucia Ferrante said.\n")
    url = client.post("/check", data={"text": draft, "title": "Friend"}).headers["Location"]
    for n in (0, 1):
        assert client.post(f"{url}/quotes/{n}/attribution", data={"status": "resolved"}).status_code == 302
    reviews = json.loads(client.get(f"/export?format=claimreview&draft={url.rsplit('/', 1)[1]}").get_data(as_text=True))
    claims = [r["itemReviewed"] for r in reviews]
    assert [c.get("author") for c in claims] == [None, {"@type": "Person", "name": "Lucia Ferrante"}]
