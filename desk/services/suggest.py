"""What to offer when a search finds nothing: the nearest spellings and the nearest speakers.

* **Spellings** come from the index (Whoosh's spelling corrector over the library's own words,
  ``index.searching.suggest_words``): only words the library never uses are corrected, and the
  corrected search is offered only when it finds something (with its count).
* **Speakers** come from the database: every speaker's name and aliases, compared with the
  ``speaker:`` value or the Speaker filter and with each plain word of the search (RapidFuzz's
  ratio, at least ``SPEAKER_SCORE`` for the name or one of its words), so ``speaker:reyez`` offers
  Tom Reyes and ``halloren budget`` offers Dana Halloran.  At most ``MAX_SPEAKERS``.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Speaker, SpeakerAlias
from index import PassageIndex
from index.searching import plain_words

SPEAKER_SCORE = 75
MAX_SPEAKERS = 3
_SPEAKER_TERM = re.compile(r'\bspeaker:(?:"([^"]*)"|(\S+))', re.I)


def _speaker_probes(q: str, speaker: str | None) -> list[str]:
    probes = [a or b for a, b in _SPEAKER_TERM.findall(q)]
    if speaker:
        probes.append(speaker)
    return [p.casefold() for p in probes if p.strip()]


def _near_speakers(session: Session, probes: list[str]) -> list[dict]:
    if not probes:
        return []
    names: dict[int, tuple[str, list[str]]] = {sid: (name, [name]) for sid, name in session.execute(select(Speaker.id, Speaker.name))}
    for sid, alias in session.execute(select(SpeakerAlias.speaker_id, SpeakerAlias.alias)):
        if sid in names:
            names[sid][1].append(alias)
    scored = []
    for sid, (name, written) in names.items():
        best = 0.0
        for text in written:
            folded = text.casefold()
            for probe in probes:
                best = max(best, fuzz.ratio(probe, folded), *(fuzz.ratio(probe, part) for part in folded.split()))
        if best >= SPEAKER_SCORE:
            scored.append((-best, name, sid))
    return [{"id": sid, "name": name} for _, name, sid in sorted(scored)[:MAX_SPEAKERS]]


def suggestions(session: Session, index: PassageIndex, q: str, *, speaker: str | None, run) -> dict | None:
    """Suggestions for a search that found nothing, or None when there are none.

    ``run(q)`` runs a search with the same filters and returns its total (to offer only a
    corrected search that finds something).  Returns ``{"spelling": {word: [suggestions]},
    "query": corrected search or None, "query_total": n, "speakers": [{"id", "name", "q"}]}`` — ``q``
    is the search without its ``speaker:`` term, to run with that speaker as the filter.
    """
    words = plain_words(q)
    spelling = index.suggest(words) if words else {}
    corrected, total = None, 0
    if spelling:
        corrected = q
        for word, options in spelling.items():
            corrected = re.sub(rf"(?<![\w:]){re.escape(word)}(?!\w)", options[0], corrected, count=1)
        total = run(corrected) if corrected != q else 0
        if not total:
            corrected = None
    speakers = _near_speakers(session, _speaker_probes(q, speaker) + [w.casefold() for w in words if len(w) > 3])
    rest = " ".join(_SPEAKER_TERM.sub(" ", q).split())  # the search without its speaker: term
    speakers = [{**sp, "q": rest} for sp in speakers]
    if not (spelling or speakers):
        return None
    return {"spelling": spelling, "query": corrected, "query_total": total, "speakers": speakers}


def as_text(found: dict | None) -> str:
    """The suggestions as lines for the terminal ("" for none)."""
    if not found:
        return ""
    lines = []
    if found["query"]:
        lines.append(f"Did you mean: {found['query']} ({found['query_total']} found)")
    for word, options in found["spelling"].items():
        lines.append(f"Not in the library: {word}; nearest: {', '.join(options)}")
    if found["speakers"]:
        lines.append("Speakers with a name like that: " + ", ".join(sp["name"] for sp in found["speakers"]))
    return "".join(line + "\n" for line in lines)
