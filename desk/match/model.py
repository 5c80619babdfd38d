"""What matching works with and gives back: candidate turns, graded evaluations, matches.

``Candidate`` is one speaker turn of one source (built by the check from the database);
``Eval`` is a candidate graded against a quote (``core.py``); ``Match`` is the verdict with its
span, selector and word diff (``report.py``).  Grades order the evaluations, best first.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .align import Hit, Quote, TurnWords
from .close import Close

# grades, best first
EXACT, EDITED, NEGATION, OMISSION, REVERSED, MISQUOTE, PARAPHRASE, NONE = 8, 7, 6, 5, 4, 3, 2, 0


@dataclass
class Candidate:
    """One speaker turn in one source, built from its passages."""

    source_id: int
    turn: int
    pieces: list[tuple[int, int, int, str]]   # (passage_id, start, end, text); offsets into source_text
    speaker_id: int | None
    speaker_name: str | None
    role: str                                 # "speaker" | "questioner" | "unknown"
    source_text: str
    date: str | None = None                   # ISO date of the source, for "earliest" ties
    kind: str | None = None                   # source kind (transcript, release, …), informational
    label: str | None = None                  # the turn's label as the source writes it ("CLINTON")
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def words(self) -> TurnWords:
        """The turn's normalised words (computed once per candidate)."""
        tw = self._cache.get("tw")
        if tw is None:
            tw = self._cache["tw"] = TurnWords.build(self.pieces, self.source_text)
        return tw


@dataclass
class Edit:
    op: str       # equal | insert | delete | replace | ellipsis | bracket
    draft: str
    source: str


@dataclass
class Match:
    verdict: str
    flags: list[str]
    score: float
    candidate: Candidate | None
    passage_id: int | None
    start: int | None
    end: int | None
    selector: dict | None
    edits: list[Edit]
    runners_up: list[tuple[Candidate, float]]
    normalisation: list[str]


@dataclass
class Eval:
    cand: Candidate
    tw: TurnWords
    grade: int = NONE
    score: float = 0.0
    lo: int = 0
    hi: int = 0
    hit: Hit | None = None
    close: Close | None = None
    negations: list[str] = field(default_factory=list)
    omitted: list[tuple[int, int]] = field(default_factory=list)   # words left out between parts
    pieces: list | None = None        # pieces behind tw.w.piece, when not cand.pieces
    quote: Quote | None = None        # the quote as placed (split at its parts), when not q

    def key(self):
        """Sort key: best grade, best score, earliest date, stable ids."""
        # str(): callers may pass a date object or an ISO string; undated sorts last.
        return (-self.grade, -round(self.score, 6), str(self.cand.date or "9999"),
                self.cand.source_id, self.cand.turn)


# ----------------------------------------------------------------------------
