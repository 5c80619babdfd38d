"""Decisions follow their quote across re-checks (issue 8 item 1, issue 11 item 7).

When a draft is checked again, its quotes may be found differently (new quote-finding rules, new
sources). :func:`map_quotes` maps the old quotes to the new by span and text — identical parts
first, then the same words at moved offsets, then a quote split (or joined) on re-check by its
first part — and :func:`remap_attributions` moves each editor decision with its quote, recording
every move as a new audit event. A decision whose quote is gone keeps its words and history and
is shown as such; it is never dropped and never moved to another quote.
"""

from __future__ import annotations

import re

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desk.models import Draft, utcnow
from desk.services.attributions import ATTR_TABLE, AUDIT_TABLE, iso_time
from desk.services.readiness import plural

_WORDS = re.compile(r"\w+")
#: What a re-check did to a decision's quote; the first two need no word to the editor.
SAME, MOVED, SPLIT, JOINED, CHANGED, GONE, RESTORED = "same", "moved", "split", "joined", "changed", "gone", "restored"
NOTED = (SPLIT, JOINED, CHANGED, GONE)


def quote_words(text: str | None) -> list[str]:
    """The words of a quote, for comparing two quotes: case and punctuation aside."""
    return _WORDS.findall((text or "").casefold())


def _parts_key(parts) -> tuple:
    return tuple(tuple(p) for p in parts or ())


def _same_part(a, b, text: str) -> bool:
    """One quote part and another are the same words at the same place: identical offsets, or
    overlapping offsets with the same words (a finder that now leaves out a trailing comma)."""
    if list(a) == list(b):
        return True
    if not text or min(a[1], b[1]) <= max(a[0], b[0]):
        return False
    return quote_words(text[a[0] : a[1]]) == quote_words(text[b[0] : b[1]])


def map_quotes(old: list[dict], new: list[dict], text: str = "") -> dict[int, tuple[int | None, str]]:
    """Where each decision's quote is in a new check of the same draft text.

    ``old``: one entry per decision, ``{"id", "index", "parts", "text"}`` — the quote it was made
    on (``index`` None for a decision whose quote was already gone, ``parts`` None when unknown).
    ``new``: the new check document's quotes (``{"index", "parts", "text"}``).  ``text``: the draft.

    Returns ``{id: (new index or None, how)}``.  Each new quote takes at most one decision, and
    the passes run in order over all decisions, so a weaker match never takes a quote that a
    stronger one claims:

    1. ``same`` — a new quote with identical parts (wherever it now is in the list);
    2. ``moved`` — a new quote with the same words at other offsets (the nearest one when the
       draft repeats them);
    3. ``split`` / ``joined`` / ``changed`` — a new quote whose first part is the old first part
       (same offsets and words): an old “A,” he said. “B.” checked as one quote is now two, and
       the decision stays with the quote holding “A”; ``joined`` when the new quote has more
       parts, ``changed`` when it has as many but another second part;
    4. ``gone`` — nothing: the decision is kept, on no quote.

    A decision whose quote was gone and is found again by rule 1 or 2 is ``restored``.
    """
    result: dict[int, tuple[int | None, str]] = {}
    taken: set[int] = set()
    order = sorted(old, key=lambda a: (a["index"] is None, a["index"] if a["index"] is not None else 0, a["id"]))
    by_parts: dict[tuple, dict] = {}
    for q in new:
        by_parts.setdefault(_parts_key(q.get("parts")), q)

    def claim(a: dict, q: dict, how: str) -> None:
        if a["index"] is None and how in (SAME, MOVED):
            how = RESTORED
        result[a["id"]] = (q["index"], how)
        taken.add(q["index"])

    for a in order:  # 1. identical parts
        q = by_parts.get(_parts_key(a.get("parts"))) if a.get("parts") else None
        if q is not None and q["index"] not in taken:
            claim(a, q, SAME)
    for a in order:  # 2. the same words elsewhere
        words = quote_words(a.get("text"))
        if a["id"] in result or not words:
            continue
        same = [q for q in new if q["index"] not in taken and quote_words(q.get("text")) == words]
        if same:
            here = a["parts"][0][0] if a.get("parts") else None
            claim(a, min(same, key=lambda q: (abs(q["parts"][0][0] - here) if here is not None else 0, q["index"])), MOVED)
    for a in order:  # 3. the quote holding the old first part
        if a["id"] in result or not a.get("parts"):
            continue
        first = a["parts"][0]
        for q in new:
            if q["index"] in taken or not q.get("parts") or not _same_part(first, q["parts"][0], text):
                continue
            n_old, n_new = len(a["parts"]), len(q["parts"])
            claim(a, q, SPLIT if n_old > n_new else JOINED if n_new > n_old else CHANGED)
            break
    for a in old:  # 4. gone
        result.setdefault(a["id"], (None, GONE))
    return result


def describe_quote(index: int | None, text: str | None, parts) -> str:
    """A quote as an audit event states it: "quote 3: “…” (characters 120–164)"."""
    where = ""
    if parts:
        where = " (characters " + ", ".join(f"{s}–{e}" for s, e in parts) + ")"
    if index is None:
        return f"no longer in the draft: “{text or ''}”{where}"
    return f"quote {index + 1}: “{text or ''}”{where}"


_HOW_SAID = {
    SPLIT: " — split on re-check",
    JOINED: " — joined on re-check",
    CHANGED: " — changed on re-check",
    RESTORED: " — found again",
}


def remap_attributions(
    session: Session, draft: Draft, previous: list[dict], quotes: list[dict], *, actor: str
) -> dict[str, int]:
    """Move a draft's decisions with their quotes after a re-check; return how many went each way.

    ``previous`` is the check document's quotes before the re-check (for the speaker and verdict
    a gone quote had), ``quotes`` the new ones.  Runs inside the caller's transaction, which also
    stores the new check document, so the two are committed together.  Each decision whose quote
    moved, changed or is gone gets one audit event (field ``quote``, from the old quote to the
    new) and a new version, so a page opened before the re-check cannot save onto another quote.
    """
    rows = session.execute(select(ATTR_TABLE).where(ATTR_TABLE.c.draft_id == draft.id).order_by(ATTR_TABLE.c.id)).mappings().all()
    if not rows:
        return {}
    old = [{"id": r["id"], "index": r["quote_index"], "parts": r["quote_parts"], "text": r["quote_text"]} for r in rows]
    mapping = map_quotes(old, quotes, draft.text)
    by_index = {q["index"]: q for q in quotes}
    before_by_index = {q.get("index"): q for q in previous}
    now = utcnow()
    moves = []
    for r in rows:
        new_index, how = mapping[r["id"]]
        q = by_index.get(new_index) if new_index is not None else None
        parts = q["parts"] if q else r["quote_parts"]
        words = q["text"] if q else r["quote_text"]
        if new_index == r["quote_index"] and parts == r["quote_parts"] and words == r["quote_text"]:
            continue
        was: dict = {"index": r["quote_index"], "text": r["quote_text"], "parts": r["quote_parts"]}
        earlier = before_by_index.get(r["quote_index"]) if r["quote_index"] is not None else None
        if earlier is not None and quote_words(earlier.get("text")) == quote_words(r["quote_text"]):
            who = earlier.get("speaker") or {}
            was["speaker"] = who.get("name") or who.get("mention")
            if who.get("unnamed"):
                was["speaker_unnamed"] = True   # "a friend": the draft's words, no one named
            was["verdict"] = earlier.get("verdict")
        note = r["remap"]
        if how in NOTED:
            # The words the decision was made on: those of an earlier note still standing, else
            # the quote's words until now.
            decided_on = (note or {}).get("decided_on") or r["quote_text"]
            note = {"how": how, "at": iso_time(now), "from": was, "decided_on": decided_on}
            if how == GONE and r["quote_parts"]:
                # Its words may now be part of another quote (two quotes found as one): say which.
                holder = next(
                    (
                        q["index"]
                        for q in quotes
                        for a, b in q.get("parts") or ()
                        for s, e in r["quote_parts"]
                        if min(b, e) > max(a, s)
                    ),
                    None,
                )
                if holder is not None:
                    note["now_in"] = holder
        elif how == RESTORED:
            note = None
        moves.append((r, new_index, parts, words, note, how, was))
    if not moves:
        return {}
    # Free the indexes first: (draft, quote_index) is unique, and decisions may swap places.
    for r, new_index, *_ in moves:
        if new_index != r["quote_index"] and r["quote_index"] is not None:
            session.execute(update(ATTR_TABLE).where(ATTR_TABLE.c.id == r["id"]).values(quote_index=None))
    summary: dict[str, int] = {}
    for r, new_index, parts, words, note, how, was in moves:
        session.execute(
            update(ATTR_TABLE)
            .where(ATTR_TABLE.c.id == r["id"])
            .values(
                quote_index=new_index,
                quote_parts=parts,
                quote_text=words or "",
                remap=note,
                version=ATTR_TABLE.c.version + 1,
            )
        )
        session.execute(
            insert(AUDIT_TABLE).values(
                draft_id=draft.id,
                attribution_id=r["id"],
                quote_index=new_index if new_index is not None else r["quote_index"],
                actor=actor,
                at=now,
                field="quote",
                before=describe_quote(was["index"], was["text"], was["parts"]),
                after=describe_quote(new_index, words, parts) + _HOW_SAID.get(how, ""),
            )
        )
        summary[how] = summary.get(how, 0) + 1
    return summary


def remap_line(summary: dict[str, int]) -> str:
    """What a re-check did to the decisions, in a sentence (empty when nothing moved)."""
    said = []
    moved = summary.get(SAME, 0) + summary.get(MOVED, 0) + summary.get(RESTORED, 0)
    if moved:
        said.append(f"{plural(moved, 'decision', 'decisions')} moved with {'its quote' if moved == 1 else 'their quotes'}")
    if summary.get(SPLIT):
        n = summary[SPLIT]
        said.append(
            f"{plural(n, 'quote was', 'quotes were')} split in several: each decision stays with the first part"
        )
    for how, one, many in ((JOINED, "quote was joined to the next", "quotes were joined to the next"),
                           (CHANGED, "quote now ends differently", "quotes now end differently")):
        if summary.get(how):
            said.append(plural(summary[how], one, many))
    if summary.get(GONE):
        n = summary[GONE]
        said.append(
            f"{plural(n, 'decision is', 'decisions are')} on {'a quote' if n == 1 else 'quotes'} no longer "
            "in the draft (kept, and shown below the quotes)"
        )
    return ("; ".join(said) + ".") if said else ""
