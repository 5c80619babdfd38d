"""News when a source arrives: drafts whose quotes were not found are re-checked against it.

Called once after a successful ingest — the *Add sources* page (form and file-by-file upload),
``POST /api/v1/sources`` and ``desk ingest`` — with the sources just added (duplicates carry no
news).  What happens, and why it stays bounded:

* **Open quotes.**  A quote is *open* when the last check found it ``not_found``, or found it
  only weakly: ``paraphrase`` (the closest original shares only some of its words) or
  ``misattributed`` (only someone else's words were found; the speaker's own may arrive).
  Exact, edited and misquoted quotes have their original and are left alone.
* **Which drafts.**  Among the newest ``SCAN_DRAFTS`` drafts that are not archived, those with an
  open quote that the new source can answer: at least 40 % of the quote's longer words are
  words of the new source (a set lookup in memory, which stops most quotes), and the index's
  candidate lookup for the quote's words (the same lookup a check makes, a few milliseconds)
  returns a passage of the new source holding at least 40 % of the quote's distinct words.  A
  draft none of whose open quotes the new source can answer is not re-checked at all.
  Measured on the demo library with 212 drafts (1,000 open quotes): a source that answers 12
  of them took 0.64 s (10 re-checked, 25 told to wait); an unrelated source 0.03 s.
* **How many.**  At most ``DESK_NEWS_MAX_DRAFTS`` such drafts (default 10), newest checked
  first, and no new re-check starts once ``BUDGET_SECONDS`` have passed; the request waits for
  those re-checks only (each is a *Check again*).  A draft beyond the cap or the budget is not
  re-checked: its page and the Drafts list say a new source *may* hold evidence for its quotes
  and offer *Check again*.  This was chosen over a background job so that the news is there
  when the page that added the source answers, on every process, with nothing to lose in a
  restart.
* **What is kept.**  The re-check is an ordinary re-check (``checks.recheck``): the machine's
  findings are replaced, and every editor's decision follows its quote
  (``desk.services.remap``); nothing an editor decided is changed.
* **What is said.**  For each open quote whose verdict changed, or whose original is now in a
  new source, the change is recorded: quote number, words, old → new verdict, the source.
  ``Draft.news`` holds the changes until an editor marks them seen (later news adds to it, a
  quote's first old verdict is kept), and each re-check that found something is an event of
  the draft's history (``DraftEvent`` ``new_evidence``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable

from flask import current_app, has_app_context
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Draft, Passage, Source, utcnow
from desk.services import archive, checks
from desk.services.readiness import plural
from desk.services.remap import map_quotes
from index import PassageIndex

OPEN_VERDICTS = ("not_found", "paraphrase", "misattributed")
SCAN_DRAFTS = 200
MAX_DRAFTS = 10
BUDGET_SECONDS = 8.0
#: Share of a quote's distinct words a new passage must hold for the quote's draft to be re-checked.
OVERLAP = 0.4
WORD = re.compile(r"[\w'’-]+")

VERDICT_WORDS = {
    "exact": "exact",
    "edited": "accurate, with standard edits",
    "misquote": "misquote",
    "paraphrase": "paraphrase",
    "misattributed": "misattributed",
    "not_found": "not found",
}


def open_quotes(doc: dict | None) -> list[dict]:
    """The quotes of a check document that a new source could answer (see the module docstring)."""
    return [q for q in (doc or {}).get("quotes") or [] if q.get("verdict") in OPEN_VERDICTS]


def _max_drafts() -> int:
    if has_app_context():
        return int(current_app.config.get("DESK_NEWS_MAX_DRAFTS") or MAX_DRAFTS)
    return MAX_DRAFTS


def _words(text: str | None) -> set[str]:
    return {w.casefold() for w in WORD.findall(text or "")}


def _content(words: set[str]) -> set[str]:
    """The words that tell quotes apart (four letters or more): "the", "we", "and" do not."""
    return {w for w in words if len(w) >= 4}


def _touches(session: Session, index: PassageIndex, quotes: list[dict], passages: set[int], vocabulary: set[str]) -> list[dict]:
    """The open quotes a new source may answer.

    First, in memory: at least ``OVERLAP`` of the quote's longer words are words of the new
    sources at all (most quotes stop here, at no cost).  Then the index's candidates for the
    quote's words (the lookup a check makes) must include a passage of a new source holding at
    least ``OVERLAP`` of the quote's distinct words.
    """
    out = []
    for q in quotes:
        wanted = _words(q.get("text"))
        content = _content(wanted)
        if not wanted or len(content & vocabulary) < OVERLAP * len(content):
            continue
        hits = index.candidates(WORD.findall(q.get("text") or ""), limit=checks.CANDIDATES_PER_QUOTE)
        ours = [pid for pid, _ in hits if pid in passages]
        if not ours:
            continue
        texts = session.scalars(select(Passage.text).where(Passage.id.in_(ours)))
        if any(len(wanted & _words(t)) >= OVERLAP * len(wanted) for t in texts):
            out.append(q)
    return out


def _changes(old_doc: dict, new_doc: dict, text: str, new_sources: dict[int, str]) -> list[dict]:
    """What the re-check changed for the quotes that were open: [{number, text, before, after, source}]."""
    was_open = open_quotes(old_doc)
    if not was_open:
        return []
    new_quotes = new_doc.get("quotes") or []
    mapping = map_quotes(
        [{"id": i, "index": q["index"], "parts": q.get("parts"), "text": q.get("text")} for i, q in enumerate(was_open)],
        new_quotes,
        text,
    )
    out = []
    for i, q in enumerate(was_open):
        where, _how = mapping.get(i, (None, "gone"))
        if where is None:
            continue
        now = new_quotes[where]
        source = ((now.get("match") or {}).get("source") or {})
        from_new = source.get("id") in new_sources
        if now.get("verdict") == q.get("verdict") and not from_new:
            continue
        out.append(
            {
                "index": where,
                "number": where + 1,
                "text": now.get("text"),
                "before": q.get("verdict"),
                "after": now.get("verdict"),
                "source": {"id": source.get("id"), "title": source.get("title")} if source.get("id") else None,
            }
        )
    return out


def _merge(news: dict | None, changes: list[dict], sources: list[dict], at: str) -> dict:
    """Add this re-check's changes to the draft's unseen news (a quote keeps its first old verdict)."""
    news = dict(news or {})
    by_text = {c["text"]: c for c in news.get("changes") or []}
    for c in changes:
        first = by_text.get(c["text"])
        by_text[c["text"]] = {**c, "before": first["before"]} if first else c
    known = {s["id"] for s in news.get("sources") or []}
    news["sources"] = (news.get("sources") or []) + [s for s in sources if s["id"] not in known]
    news["changes"] = sorted(by_text.values(), key=lambda c: c["number"])
    news["at"] = at
    news.pop("maybe", None)
    return news


def recheck_for_sources(session: Session, index: PassageIndex, source_ids: Iterable[int], actor: str) -> dict:
    """Re-check the drafts the new sources may answer; record and return what changed.

    Returns ``{"rechecked": n, "drafts": [{"id", "title", "changes"}], "waiting": [draft ids],
    "line": "…"}``: ``waiting`` are drafts beyond the cap or the time budget, told to re-check.
    """
    ids = sorted(set(source_ids))
    summary: dict = {"rechecked": 0, "drafts": [], "waiting": [], "line": ""}
    if not ids:
        return summary
    # The drafts first: with no open quote anywhere (a library being loaded), the new passages
    # are not read at all; a folder of a million passages held them all in memory here.
    drafts = session.scalars(
        select(Draft)
        .where(Draft.archived_at.is_(None), Draft.result.is_not(None))
        .order_by(Draft.checked_at.desc(), Draft.id.desc())
        .limit(SCAN_DRAFTS)
    ).all()
    open_drafts = [(d, quotes) for d in drafts if (quotes := open_quotes(d.result))]
    if not open_drafts:
        return summary
    sources, passages, vocabulary = [], set(), set()
    for part in _batches(ids):  # a bound on the query's parameters (PostgreSQL takes 65,535)
        sources += [{"id": sid, "title": title} for sid, title in session.execute(select(Source.id, Source.title).where(Source.id.in_(part)))]
        for pid, text in session.execute(select(Passage.id, Passage.text).where(Passage.source_id.in_(part))):
            passages.add(pid)
            vocabulary |= _content(_words(text))
    if not passages:
        return summary
    wanted = [(d, touched) for d, quotes in open_drafts if (touched := _touches(session, index, quotes, passages, vocabulary))]
    started, cap = time.monotonic(), _max_drafts()
    titles = {s["id"]: s["title"] for s in sources}
    for n, (draft, touched) in enumerate(wanted):
        if n >= cap or time.monotonic() - started > BUDGET_SECONDS:
            _mark_waiting(session, draft, touched, sources)
            summary["waiting"].append(draft.id)
            continue
        old_doc, text = draft.result, draft.text
        new_doc = checks.recheck(session, index, draft.id, checked_by=actor)
        summary["rechecked"] += 1
        changes = _changes(old_doc, new_doc, text, titles)
        draft = session.get(Draft, draft.id)
        if changes:
            at = utcnow().isoformat(timespec="seconds") + "Z"
            draft.news = _merge(draft.news, changes, sources, at)
            line = "new evidence for " + plural(len(changes), "quote")
            archive.add_event(session, draft.id, "new_evidence", actor, {"line": line, "changes": changes, "sources": sources})
            summary["drafts"].append({"id": draft.id, "title": draft.title, "changes": changes})
        else:
            clear_waiting(draft)
        session.commit()
    summary["line"] = summary_line(summary)
    return summary


def _mark_waiting(session: Session, draft: Draft, touched: list[dict], sources: list[dict]) -> None:
    """A draft not re-checked this time: its page says a new source may hold evidence."""
    news = dict(draft.news or {})
    maybe = dict(news.get("maybe") or {})
    maybe["quotes"] = max(int(maybe.get("quotes") or 0), len(touched))
    known = {s["id"] for s in maybe.get("sources") or []}
    maybe["sources"] = (maybe.get("sources") or []) + [s for s in sources if s["id"] not in known]
    news["maybe"] = maybe
    draft.news = news
    session.commit()


def clear_waiting(draft: Draft) -> None:
    """The draft was re-checked (by a new source or *Check again*): "may hold evidence" is answered."""
    if draft.news and draft.news.get("maybe"):
        rest = {k: v for k, v in draft.news.items() if k != "maybe"}
        draft.news = rest if rest.get("changes") else None


def after_recheck(session: Session, draft_id: int) -> None:
    """The hook after an editor's *Check again*: the waiting note is answered."""
    draft = session.get(Draft, draft_id)
    if draft is not None and draft.news and draft.news.get("maybe"):
        clear_waiting(draft)
        session.commit()


def summary_line(summary: dict) -> str:
    """One sentence for the page, the API or the terminal: "" when there is nothing to say."""
    found = summary["drafts"]
    parts = []
    if found:
        quotes = sum(len(d["changes"]) for d in found)
        parts.append(f"New evidence for {plural(quotes, 'quote')} in {plural(len(found), 'draft')}")
    elif summary["rechecked"]:
        parts.append(f"Re-checked {plural(summary['rechecked'], 'draft')} against the new source: nothing changed")
    if summary["waiting"]:
        parts.append(
            f"{plural(len(summary['waiting']), 'more draft')} may have new evidence: open {'it' if len(summary['waiting']) == 1 else 'them'} and Check again"
        )
    return "; ".join(parts) + ("." if parts else "")


def _batches(ids: list[int], size: int = 5_000) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def after_ingest(session: Session, index: PassageIndex, results: Iterable, actor: str) -> dict:
    """The hook for every place a source is added: re-check for the sources really added."""
    new = [r.source_id for r in results if r is not None and not getattr(r, "duplicate", False)]
    return recheck_for_sources(session, index, new, actor)


def news_line(draft: Draft) -> str:
    """"new evidence for 2 quotes" (or that a new source may hold some) for the Drafts list; "" for none."""
    news = draft.news or {}
    if news.get("changes"):
        return "new evidence for " + plural(len(news["changes"]), "quote")
    if news.get("maybe"):
        return "a new source may hold evidence: Check again"
    return ""


def mark_seen(session: Session, draft_id: int, actor: str) -> Draft:
    """The editor has read the news: it leaves the page and the list (the history keeps it)."""
    draft = checks.get_draft(session, draft_id)
    if draft.news:
        draft.news = None
        archive.add_event(session, draft.id, "news_seen", actor)
        session.commit()
    return draft
