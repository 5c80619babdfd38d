"""ClaimReview JSON-LD (schema.org) for published checks: one review per resolved quote.

What consumers of ClaimReview require and recommend (``tests/test_claimreview.py`` checks each
export against it): the claim, a rating, the newsroom as ``author`` and, as ``url``, the page that
publishes the review.

* ``url`` is the published story's address on the draft (``desk.services.story``) +
  ``#quote-<n>``, ``n`` the quote's number as the draft page shows it (from 1).  Without a story
  URL: the setting ``DESK_PUBLIC_URL_BASE`` + ``/drafts/<id>#quote-<index>``, else the draft's own
  page on the desk (whose anchors are ``#quote-<index>``, from 0).
* ``author`` is the newsroom (``DESK_NEWSROOM_NAME``), never the tool.
* Only what may be published: never the editor's note or follow-up.
"""

from __future__ import annotations

import json

from desk.services.story import quote_anchor

# Editor verdict → (alternateName, ratingValue on the 1–5 accuracy scale).
# A paraphrase is rated "Misquote": words in quote marks that the speaker did not say are
# presented as theirs, which is a misquote in print even when the meaning is kept.
# "Unverifiable" is not a point on the accuracy scale (nobody could check it either way), so
# its rating has no ratingValue — the alternateName and the explanation say it all.
# not_found is never exported as a review (the library lacks the original; that is no finding).
RATINGS: dict[str, tuple[str, int | None]] = {
    "exact": ("Accurate quote", 5),
    "edited": ("Accurate (edited)", 4),
    "misquote": ("Misquote", 2),
    "paraphrase": ("Misquote", 2),
    "misattributed": ("Misattributed", 1),
    "out_of_context": ("Missing context", 2),
    "unverifiable": ("Unverifiable", None),
}
RATING_SCALE = (
    "Quote accuracy on a scale of 1 to 5: 5 = accurate quote (the speaker's exact words); "
    "4 = accurate with standard edits (an ellipsis or bracketed words that keep the meaning); "
    "2 = misquote (words changed, or a paraphrase presented as a quote) or missing context; "
    "1 = misattributed (someone else said it). Unverifiable quotes carry no number."
)


DEFAULT_NEWSROOM = "Newsroom"


def _setting(name: str, default: str) -> str:
    """A setting of the running app (page, API or CLI), else the default (a plain script)."""
    try:
        from flask import current_app, has_app_context

        if has_app_context():
            return str(current_app.config.get(name) or default)
    except ImportError:  # pragma: no cover - Flask is a dependency
        pass
    return default


def review_url(r: dict, base: str) -> str | None:
    """The page that publishes the review of one quote.

    The draft's story URL + ``#quote-<number>`` (from 1, as the page numbers quotes) when the
    draft has one; else ``{base}/drafts/{id}#quote-{index}`` (the desk's page anchors, from 0);
    ``None`` when there is neither."""
    if r.get("story_url") and isinstance(r.get("number"), int):
        return quote_anchor(r["story_url"], r["number"])
    if base:
        return f"{base.rstrip('/')}/drafts/{r['draft_id']}#quote-{r['quote_index']}"
    return None


def _claim_review(r: dict, publisher: str, base_url: str) -> dict | None:
    if r.get("status") != "resolved" or r.get("orphaned"):
        return None  # an open decision, or one on a quote no longer in the story: no review
    verdict = r.get("editor_verdict") or r.get("machine_verdict")
    if verdict not in RATINGS:
        return None  # not_found (or unknown): no review
    name, value = RATINGS[verdict]
    rating: dict = {"@type": "Rating"}
    if value is not None:
        rating["ratingValue"] = value
    rating.update(
        {"bestRating": 5, "worstRating": 1, "alternateName": name, "ratingExplanation": RATING_SCALE}
    )
    claim: dict = {"@type": "Claim"}
    speaker = r.get("speaker_name") or r.get("speaker_mention")
    if speaker and not r.get("speaker_unnamed"):
        claim["author"] = {"@type": "Person", "name": speaker}   # not "a friend": no one a reader can look up
    src = r.get("source")
    if src:
        first = {"@type": "CreativeWork", "name": src.get("title")}
        if src.get("url"):
            first["url"] = src["url"]
        if src.get("date"):
            first["datePublished"] = src["date"]
        claim["firstAppearance"] = first
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": r.get("text"),
        "itemReviewed": claim,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": publisher},
        "datePublished": (r.get("decided_at") or r.get("draft_checked_at") or "")[:10] or None,
    }
    url = review_url(r, base_url)
    if url:
        review["url"] = url
    return review


def to_claimreview(
    records: list[dict], *, publisher: str | None = None, base_url: str = "", public_url_base: str | None = None
) -> str:
    """A JSON array of schema.org ClaimReview objects (JSON-LD) for the final verdicts only.

    Only quotes whose attribution is ``resolved`` are reviews; ``not_found`` never is.  The
    editor's note and follow-up are internal and never published here.

    * ``author`` is the newsroom: ``publisher``, else the setting ``DESK_NEWSROOM_NAME``, else
      "Newsroom" — never the tool's name.
    * ``url`` is the page that publishes the review: the draft's story URL + ``#quote-<n>``
      (``n`` from 1) when the draft has one; else ``public_url_base`` (else the setting
      ``DESK_PUBLIC_URL_BASE``) + ``/drafts/<id>#quote-<index>`` when set, else the draft's own
      page on the desk (``base_url``, the desk's address) with the same anchor.
    """
    newsroom = publisher or _setting("DESK_NEWSROOM_NAME", DEFAULT_NEWSROOM)
    public = public_url_base if public_url_base is not None else _setting("DESK_PUBLIC_URL_BASE", "")
    reviews = [c for c in (_claim_review(r, newsroom, public or base_url) for r in records) if c]
    return json.dumps(reviews, ensure_ascii=False, indent=2)
