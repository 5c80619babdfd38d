"""Checking a draft: find its quotes, find each one's original, and say what it is.

The walk: draft text → quotes and the speakers the draft names (``desk.extract.quotes``) → each
named person resolved to a library speaker (aliases and merges respected) → candidate passages
from the index (its rare-term lookup, never a scan of the database) → each candidate expanded
to its whole turn (an ellipsis may skip sentences) → alignment and verdict (``desk.match``) →
the check document of SPEC §6, stored with the draft so it can be reopened and re-run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk.errors import InvalidInput, NotFound
from desk.extract.around import relayed_in_draft
from desk.extract.decoding import has_words
from desk.extract.lexicon import PRONOUN_GENDER
from desk.extract.model import Quote
from desk.extract.quotes import find_quotes
from desk.match import Candidate, Match, match_quote
from desk.match.kin import short_form
from desk.match.spelling import spellings
from desk.models import Draft, Passage, Source, Speaker, utcnow
from desk.services.archive import add_event
from desk.services.library import source_summary
from desk.services.remap import remap_attributions
from desk.services.repeats import check_interjections, check_repeats
from desk.services.speakers import find_speaker, known_speakers, sources_of
from desk.services.story import EVENT as STORY_EVENT
from desk.services.story import clean_story_url
from desk.services.titles import title_of
from index import PassageIndex

VERDICTS = ("exact", "edited", "misquote", "paraphrase", "misattributed", "not_found")
MAX_DRAFT_CHARS = 500_000
CANDIDATES_PER_QUOTE = 10
WORD = re.compile(r"[\w'’-]+")


def _title_of(text: str) -> str:
    """The draft's headline, skipping page boilerplate (``desk.services.titles``)."""
    return title_of(text)


#: Passages taken either side of each hit: enough for an ellipsis's bounded gap, without
#: loading and aligning a whole speech (a speech is one long turn).
WINDOW = 2


def _windows(hits: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int, int]]:
    """Merge the windows around hits of one turn: [(source_id, turn, first_seq, last_seq, best_rank)]."""
    by_turn: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    for rank, sid, turn, seq in hits:
        by_turn[(sid, turn)].append((seq - WINDOW, seq + WINDOW, rank))
    out = []
    for (sid, turn), spans in by_turn.items():
        spans.sort()
        lo, hi, best = spans[0]
        for a, b, r in spans[1:]:
            if a <= hi + 1:
                hi, best = max(hi, b), min(best, r)
            else:
                out.append((sid, turn, lo, hi, best))
                lo, hi, best = a, b, r
        out.append((sid, turn, lo, hi, best))
    return sorted(out, key=lambda w: w[4])


def lookup_words(text: str) -> list[str]:
    """A quote's words for the index lookup, then the other spellings of any of them: a Canadian
    quote's "labour" also looks for an American transcript's "labor" (and back)."""
    words = WORD.findall(text)
    return words + [v for w in words for v in spellings(w.lower())[1:]]


#: Window conditions per SQL statement (an OR of ranges the (source_id, turn) index serves).
WINDOWS_PER_QUERY = 200


def _candidates(session: Session, index: PassageIndex, quote_texts: list[str], cache: dict,
                speaker_ids: list[set[int]] | None = None) -> list[list[Candidate]]:
    """For each quote, stretches of speech around the index's best passages, as match candidates.

    Each hit is widened to WINDOW passages either side within its turn (hits close together
    merge), so an ellipsis can reach across sentences.  The database is read once per DRAFT,
    not per quote: one query places every quote's hits (source, turn, seq), one reads every
    window's passages, one reads the sources they belong to.
    """
    speaker_ids = speaker_ids or [set() for _ in quote_texts]
    hits_per = [index.candidates(lookup_words(text), limit=CANDIDATES_PER_QUOTE, speaker_ids=sorted(ids))
                for text, ids in zip(quote_texts, speaker_ids, strict=True)]
    ids = sorted({pid for hits in hits_per for pid, _ in hits})
    where: dict[int, tuple[int, int, int]] = {}
    for i in range(0, len(ids), 500):
        for pid, sid, turn, seq in session.execute(
            select(Passage.id, Passage.source_id, Passage.turn, Passage.seq).where(Passage.id.in_(ids[i : i + 500]))
        ):
            where[pid] = (sid, turn, seq)
    windows_per = []
    for hits in hits_per:
        rank = {pid: i for i, (pid, _) in enumerate(hits)}
        windows_per.append(_windows([(rank[pid], *where[pid]) for pid in rank if pid in where]))
    missing = list(dict.fromkeys(w[:4] for ws in windows_per for w in ws if w[:4] not in cache["windows"]))
    _load_windows(session, missing, cache)
    return [[cache["windows"][w[:4]] for w in ws if w[:4] in cache["windows"]] for ws in windows_per]


def _windows_query(n: int):
    """SELECT the passages inside ``n`` windows: a VALUES list joined on (source_id, turn) and the
    seq range.  Plain SQL with bound parameters (valid in SQLite and PostgreSQL) because an OR of
    ``n`` SQLAlchemy expressions took longer to build than the query took to run."""
    rows = ", ".join(f"(:s{i}, :t{i}, :lo{i}, :hi{i})" for i in range(n))
    return text(
        f"WITH w(sid, turn, lo, hi) AS (VALUES {rows}) "
        'SELECT p.id, p.source_id, p.turn, p.seq, p.start, p."end", p.text, p.speaker_id, p.role, p.label, s.name '
        "FROM w JOIN passage p ON p.source_id = w.sid AND p.turn = w.turn AND p.seq BETWEEN w.lo AND w.hi "
        "LEFT JOIN speaker s ON s.id = p.speaker_id"
    )


def _window_params(keys: list[tuple[int, int, int, int]]) -> dict:
    params = {}
    for i, (sid, turn, lo, hi) in enumerate(keys):
        params.update({f"s{i}": sid, f"t{i}": turn, f"lo{i}": lo, f"hi{i}": hi})
    return params


def _load_windows(session: Session, keys: list[tuple[int, int, int, int]], cache: dict) -> None:
    """Read the passages of these (source_id, turn, first_seq, last_seq) windows into the cache."""
    if not keys:
        return
    rows = []
    for i in range(0, len(keys), WINDOWS_PER_QUERY):
        part = keys[i : i + WINDOWS_PER_QUERY]
        rows += session.execute(_windows_query(len(part)), _window_params(part)).all()
    need = sorted({s for s, _, _, _ in keys} - set(cache["sources"]))
    for i in range(0, len(need), 500):
        for src in session.scalars(select(Source).where(Source.id.in_(need[i : i + 500]))):
            cache["sources"][src.id] = src
    by_turn: dict[tuple[int, int], list] = defaultdict(list)
    # A passage inside two windows (two quotes' hits close together) comes back once per window.
    for r in {r.id: r for r in rows}.values():
        by_turn[(r.source_id, r.turn)].append(r)
    for turn_rows in by_turn.values():
        turn_rows.sort(key=lambda r: r.seq)
    for key in keys:
        sid, turn, lo, hi = key
        rows_here = [r for r in by_turn.get((sid, turn), ()) if lo <= r.seq <= hi]
        if not rows_here:
            continue
        src, first = cache["sources"][sid], rows_here[0]
        cache["windows"][key] = Candidate(
            source_id=sid,
            turn=turn,
            pieces=[(r.id, r.start, r.end, r.text) for r in rows_here],
            speaker_id=first.speaker_id,
            speaker_name=first.name,
            role=first.role,
            label=first.label,
            source_text=src.text,
            date=src.date.isoformat() if src.date else None,
            kind=src.kind,
        )


def _parts_of(text: str, quote: Quote) -> dict:
    """The quote's parts for the matcher (SPEC §3): their text, and where two parts are not one
    running sentence — a line break between them in the draft (a quote continued into the next
    paragraph), or a first part that ends its sentence (two sentences are never one split
    sentence, so the words between them are no omission).  Elsewhere the parts are one sentence
    split by its attribution, whose words must stand together."""
    if len(quote.parts) < 2:
        return {}
    parts = [text[p.start : p.end] for p in quote.parts]
    return {
        "parts": parts,
        "paragraph_breaks": [
            "\n" in text[a.end : b.start] or part.rstrip(" '\"\u2019\u201d)]").endswith((".", "?", "!"))
            for a, b, part in zip(quote.parts, quote.parts[1:], parts, strict=False)
        ],
    }


def _speaker_json(session: Session, quote: Quote, cache: dict) -> tuple[dict | None, Speaker | None]:
    if not quote.speaker and not quote.mention:
        return None, None
    if quote.unnamed:
        # "a friend said": the draft's words for someone it does not name, shown as written and
        # never looked up (a library speaker called "a friend" would be someone else's friend)
        return {"mention": quote.mention, "name": quote.speaker, "id": None, "unnamed": True}, None
    person = None
    if quote.speaker:
        if quote.speaker not in cache["people"]:  # a story quotes the same few people again and again
            cache["people"][quote.speaker] = find_speaker(session, quote.speaker)
        person = cache["people"][quote.speaker]
    if quote.speaker is None and person is None:
        return {"mention": quote.mention, "name": None, "id": None}, None
    return {
        "mention": quote.mention,
        "name": person.name if person else quote.speaker,
        "id": person.id if person else None,
    }, person


def _credited_throughout(matched: list, calls: list[dict]) -> None:
    """Quotes of a person the library does not hold whose words stand verbatim in the turn of a
    library speaker the draft is already shown to credit to that person (a distinctive quote of
    theirs came out misattributed) are that speaker's too, however plain: matched again with
    ``their_words``.  In place; only quotes reported as found with ``speaker_unknown`` change."""
    theirs: dict[str, set[int]] = {}
    for q, _, m in matched:
        if m.verdict == "misattributed" and q.speaker_person and m.candidate is not None and m.candidate.speaker_id:
            theirs.setdefault(q.speaker, set()).add(m.candidate.speaker_id)
    for i, (q, speaker, m) in enumerate(matched):
        if q.speaker in theirs and m.verdict in ("exact", "edited") and "speaker_unknown" in m.flags \
                and calls[i]["speaker_ids"] is None:
            again = match_quote(q.text, **calls[i], their_words=frozenset(theirs[q.speaker]))
            matched[i] = (q, speaker, again)


CONTEXT_CHARS = 300


def _context(text: str, start: int | None, end: int | None, passage: Passage | None) -> dict | None:
    """The words around the matched span within its paragraph (at most CONTEXT_CHARS each side)."""
    if start is None or end is None:
        return None
    lo, hi = 0, len(text)
    if passage is not None and passage.paragraph_end > passage.paragraph_start:
        lo, hi = min(passage.paragraph_start, start), max(passage.paragraph_end, end)
    before = text[max(lo, start - CONTEXT_CHARS) : start]
    after = text[end : min(hi, end + CONTEXT_CHARS)]
    if start - CONTEXT_CHARS > lo:
        before = "…" + before[before.find(" ") + 1 :]
    if end + CONTEXT_CHARS < hi:
        after = after[: after.rfind(" ")] + "…"
    return {"before": before, "after": after}


def _match_json(session: Session, m: Match, cache: dict) -> dict | None:
    if m.verdict == "not_found" or m.candidate is None:
        return None
    c = m.candidate
    src = cache["sources"][c.source_id]
    passage = cache["passages"].get(m.passage_id) if m.passage_id else None
    if m.passage_id and passage is None:
        passage = session.get(Passage, m.passage_id)
    label = passage.label if passage else None
    return {
        "passage_id": m.passage_id,
        "speaker": {"name": c.speaker_name, "id": c.speaker_id, "label": label, "role": c.role},
        "source": source_summary(src),
        "text": src.text[m.start : m.end] if m.start is not None else None,
        "start": m.start,
        "end": m.end,
        "selector": m.selector,
        "sha256": src.sha256,
        "edits": [{"op": e.op, "draft": e.draft, "source": e.source} for e in m.edits],
        "paragraph": [passage.paragraph_start, passage.paragraph_end] if passage else None,
        "context": _context(src.text, m.start, m.end, passage),
        "t_start": passage.t_start if passage else None,
        "normalisation": m.normalisation,
    }


#: The longest title a draft may be given (the check page's field says the same).
MAX_TITLE_CHARS = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _plain_title(title: str) -> str:
    """A title taken from the draft itself, with any control character made a space."""
    return " ".join(_CONTROL.sub(" ", title).split())[:MAX_TITLE_CHARS]


def clean_title(title: str | None) -> str:
    """A draft's title as given, trimmed; InvalidInput when it is too long or holds control
    characters (a terminal's escape codes, a NUL), which no headline has.  The API and the
    command line are held to what the check page's form allows."""
    title = (title or "").strip()
    if not has_words(title):
        return ""   # nothing readable ("\u200b"): the draft's own headline is taken
    if len(title) > MAX_TITLE_CHARS:
        raise InvalidInput(f"The title is {len(title):,} characters long; a title may be at most {MAX_TITLE_CHARS}.")
    if _CONTROL.search(title):
        raise InvalidInput("The title holds control characters; give it as plain text.")
    return " ".join(title.split())


def check_input(text: str) -> None:
    """Raise InvalidInput when ``text`` cannot be checked (before any work is started on it)."""
    if not has_words(text):
        raise InvalidInput("The draft is empty: paste the story's text.")
    if len(text) > MAX_DRAFT_CHARS:
        raise InvalidInput(f"The draft is longer than {MAX_DRAFT_CHARS:,} characters; check it in parts.")
    if "\x00" in text:
        raise InvalidInput("The draft contains binary data; paste or upload plain text.")


def check_text(
    session: Session,
    index: PassageIndex,
    text: str,
    *,
    title: str | None = None,
    checked_by: str | None = None,
    draft_id: int | None = None,
    save: bool = True,
    progress: Callable[[int, int], None] | None = None,
    story_url: str | None = None,
    actor: str | None = None,
) -> dict:
    """Check a draft and return the check document; store it (new draft, or re-run ``draft_id``).

    ``progress(done, total)``, when given, is called before the first quote is looked up and after
    each one (a check run as a background job reports through it).  ``story_url``, when given, is
    where the story is published (``desk.services.story``): checked before any work, stored on the
    draft with an event of its history by ``actor`` (else ``checked_by``); a re-check without it
    keeps the draft's address."""
    check_input(text)
    story_url = clean_story_url(story_url)
    # A new check's title is the editor's (held to the check page's limits); a re-check keeps
    # the draft's stored one, whatever an older release let in.
    given = (title or "").strip() if draft_id else clean_title(title)
    title = given or _plain_title(_title_of(text))
    quotes = find_quotes(text, known_speakers(session))
    cache: dict = {"windows": {}, "sources": {}, "people": {}, "aliases": {}, "passages": {}}
    out_quotes, skipped = [], []
    summary = {"quotes": 0, **{v: 0 for v in VERDICTS}}
    total = sum(1 for q in quotes if not q.skipped)
    if progress:
        progress(0, total)
    checked = []
    for q in quotes:
        if q.skipped:
            skipped.append({"text": q.text, "parts": [[p.start, p.end] for p in q.parts], "reason": q.skipped})
        else:
            checked.append(q)
    speakers = [_speaker_json(session, q, cache) for q in checked]
    candidates = _candidates(session, index, [q.text for q in checked], cache,
                             [{person.id} if person is not None else set() for _, person in speakers])
    matched, calls = [], []
    for q, cands, (speaker, person) in zip(checked, candidates, speakers, strict=True):
        names: list[str] = []
        if person is not None:
            if person.id not in cache["aliases"]:
                cache["aliases"][person.id] = [person.name] + [a.alias for a in person.aliases]
            names = cache["aliases"][person.id]
        elif q.speaker and not q.unnamed:
            names = [q.speaker]
        theirs_in = sources_of(session, person.id, cache) \
            if person is not None and any(short_form(c.speaker_name, names) for c in cands) else frozenset()
        call = dict(speaker_ids={person.id} if person is not None else None, speaker_names=names, candidates=cands,
                    speaker_sources=theirs_in,
                    **_parts_of(text, q), speaker_inferred=q.mention is None and q.speaker is not None,
                    speaker_person=q.speaker_person, relayed=relayed_in_draft(text, q.parts[0].start),
                    speaker_sex=PRONOUN_GENDER.get((q.mention or "").lower()))
        m = match_quote(q.text, **call)
        matched.append((q, speaker, m))
        calls.append(call)
        if progress:
            progress(len(matched), total)
    _credited_throughout(matched, calls)
    check_repeats(matched, calls)
    check_interjections(matched, calls)
    # The matched passages' own columns (label, paragraph, cue time): one query per draft.
    ids = sorted({m.passage_id for _, _, m in matched if m.passage_id})
    for i in range(0, len(ids), 500):
        for p in session.scalars(select(Passage).where(Passage.id.in_(ids[i : i + 500]))):
            cache["passages"][p.id] = p
    for q, speaker, m in matched:
        summary["quotes"] += 1
        summary[m.verdict] += 1
        runners = []
        for cand, score in m.runners_up[:3]:
            src = cache["sources"].get(cand.source_id)
            runners.append(
                {
                    "passage_id": cand.pieces[0][0] if cand.pieces else None,
                    "speaker": cand.speaker_name,
                    "speaker_id": cand.speaker_id,
                    "source": {"id": cand.source_id, "title": src.title if src else None},
                    "score": round(score, 3),
                }
            )
        out_quotes.append(
            {
                "index": len(out_quotes),
                "text": q.text,
                "parts": [[p.start, p.end] for p in q.parts],
                "speaker": speaker,
                "verdict": m.verdict,
                "flags": list(m.flags),
                "score": round(m.score, 3),
                "match": _match_json(session, m, cache),
                "candidates": runners,
            }
        )
    doc = {
        "draft": {"id": None, "title": title, "chars": len(text)},
        "summary": summary,
        "quotes": out_quotes,
        "skipped": skipped,
    }
    if save:
        draft = session.get(Draft, draft_id) if draft_id else None
        if draft_id and draft is None:
            raise NotFound(f"There is no draft {draft_id}.")
        previous = None
        if draft is None:
            draft = Draft(title=title, text=text, checked_by=checked_by)
            session.add(draft)
        else:
            previous = list((draft.result or {}).get("quotes") or [])
        draft.checked_at = utcnow()
        draft.result = doc
        session.flush()
        if story_url and story_url != draft.story_url:
            before, draft.story_url = draft.story_url, story_url
            add_event(session, draft.id, STORY_EVENT, actor or checked_by or "check", {"before": before, "after": story_url})
        # A new document, not the stored one changed in place: the column compares the value
        # it holds with the one assigned, and an in-place change looks like no change at all
        # (the stored check kept "id": null for every draft).
        doc = {**doc, "draft": {**doc["draft"], "id": draft.id}}
        draft.result = doc
        moved = {}
        if previous is not None:
            # The editors' decisions follow their quotes into the new check, in the same
            # transaction that stores it (the draft row is written first, so no other writer
            # can slip a decision in between).
            session.flush()
            moved = remap_attributions(session, draft, previous, out_quotes, actor=checked_by or "re-check")
        session.commit()
        if moved:
            doc = {**doc, "remapped": moved}  # in the answer only, not in the stored check document
    return doc


#: A draft sent again with the same text within this many seconds is the same check (a double
#: click on "Check", a reload of the posted form), not a second draft.
RESUBMIT_SECONDS = 60


def recent_duplicate(session: Session, text: str, title: str | None = None) -> Draft | None:
    """The draft checked in the last RESUBMIT_SECONDS with this very text (and this title, when
    one is given), if any: the check page shows it instead of storing the same draft twice."""
    since = utcnow() - dt.timedelta(seconds=RESUBMIT_SECONDS)
    rows = session.scalars(
        select(Draft).where(Draft.created_at >= since, Draft.archived_at.is_(None)).order_by(Draft.id.desc()).limit(20)
    )
    title = (title or "").strip()
    for draft in rows:
        if draft.text == text and (not title or draft.title == " ".join(title.split())):
            return draft
    return None


def get_draft(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"There is no draft {draft_id}.")
    return draft


def recheck(
    session: Session,
    index: PassageIndex,
    draft_id: int,
    checked_by: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Run the check of a stored draft again (new sources, or a better quote finder, may have
    arrived); the editors' decisions follow their quotes (``remap.remap_attributions``),
    and the answer's ``remapped`` counts how many moved, split or are gone."""
    draft = get_draft(session, draft_id)
    return check_text(session, index, draft.text, title=draft.title, checked_by=checked_by, draft_id=draft.id, progress=progress)


def list_drafts(session: Session, limit: int = 200) -> list[Draft]:
    """The drafts editors work on, last checked first; archived drafts are left out
    (``desk.services.archive``)."""
    query = select(Draft).where(Draft.archived_at.is_(None)).order_by(Draft.checked_at.desc())
    return list(session.scalars(query.limit(limit)))


def find_draft_by_text(session: Session, text: str) -> Draft | None:
    """The most recent draft with exactly this text, if any (the demo loads its draft once)."""
    return session.scalars(select(Draft).where(Draft.text == text).order_by(Draft.id.desc())).first()
