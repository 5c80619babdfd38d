"""The published story's address on a draft: what an exported ClaimReview's ``url`` points at.

A ClaimReview's ``url`` must be the page that publishes the review — the newsroom's story, not
the desk.  Editors give it on the Check form, on the draft page, through the API
(``PATCH /api/v1/drafts/<id>``) or with ``desk check --story-url``; it is optional, and a re-check
keeps it.  Setting, changing or clearing it is an event of the draft's own append-only history
(:func:`desk.services.archive.add_event`, action ``story_url``, detail ``{"before", "after"}``),
so the trail says who pointed the reviews where, and when.

Decisions:

* Only ``http://`` and ``https://`` addresses with a site name are accepted, at most
  :data:`MAX_LENGTH` characters (the column's size, and the source URL's limit).  Anything else
  (``javascript:``, ``ftp:``, a bare path, spaces) is refused with a message saying why, and
  nothing is changed.
* An empty value clears the address (the export falls back to ``DESK_PUBLIC_URL_BASE``, else the
  desk's own draft page).  Setting the address it already has records no event.
* The per-quote anchor is ``#quote-<n>`` with ``n`` the quote's number as the draft page shows
  it, from 1 (:func:`quote_anchor`); the newsroom's page gives its quotes these ids for the
  links to land on them.  A fragment in the given address is dropped when the anchor is added.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from desk.errors import InvalidInput, NotFound
from desk.models import Draft
from desk.services.archive import add_event

MAX_LENGTH = 2000
EVENT = "story_url"


def clean_story_url(value: str | None) -> str | None:
    """The address to store (``None`` for none), or InvalidInput saying what is wrong with it."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput("The story URL must be a web address, as text (or empty to clear it).")
    url = value.strip()
    if not url:
        return None
    if len(url) > MAX_LENGTH:
        raise InvalidInput(f"The story URL may be at most {MAX_LENGTH:,} characters; this one has {len(url):,}.")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InvalidInput("The story URL cannot contain spaces or line breaks; copy the address from the browser's address bar.")
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise InvalidInput("The story URL is not a valid web address; copy it from the browser's address bar.") from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = f" (not “{parts.scheme}:”)" if parts.scheme else ""
        raise InvalidInput(f"The story URL must be a web address starting with https:// or http://{shown}.")
    if not host:
        raise InvalidInput("The story URL needs the site's name, like https://news.example/2026/story.")
    return url


def quote_anchor(story_url: str, number: int) -> str:
    """The address of quote ``number`` (from 1) in the published story: ``…#quote-<number>``."""
    return f"{story_url.split('#', 1)[0]}#quote-{number}"


def set_story_url(session: Session, draft_id: int, value: str | None, actor: str) -> Draft:
    """Set (or clear, with an empty value) the draft's story URL, as one event of its history.

    Bad input raises InvalidInput before anything is written."""
    url = clean_story_url(value)
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"There is no draft {draft_id}.")
    if url == draft.story_url:
        return draft
    before, draft.story_url = draft.story_url, url
    add_event(session, draft.id, EVENT, actor, {"before": before, "after": url})
    session.commit()
    return draft
