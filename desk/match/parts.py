"""The parts of one quote, and what may stand between them in the original.

SPEC §3: each quoted span is one quote, checked on its own — “A,” he said. “B.” is two
quotes, and the words between A and B in the original are never evidence of anything.
A quote has several parts in two cases only, and the caller says which boundary is which
(``checks.py``: a line break between two parts in the draft is a paragraph break; so is, for
safety, a first part that ends its sentence — two sentences are never one split sentence):

* **split sentence** (``"sentence"``) — one sentence interrupted by its attribution:
  “We can build our way out of this,” she said, “but not with red tape.”  The parts sit in
  one paragraph of the draft and present one sentence as it was spoken.
* **continued across paragraphs** (``"paragraph"``) — a paragraph opens a quote and does
  not close it; the next paragraph opens with a quote mark and carries on.

Decision — how a quote with parts is graded against a turn:

1. The parts joined are graded like any quote: contiguous in one turn → ``exact``; with
   the quote's own ellipses/brackets → ``edited`` (or a ``negation_in_gap`` misquote).
2. Otherwise each part must stand in one turn, in order, verbatim (or edited by its own
   ellipses and brackets):

   * at a split-sentence boundary at most ``MAX_ELLIPSIS_GAP`` source words may lie between
     the parts (the ellipsis machinery's bound).  Words there were left out *without* an
     ellipsis: the verdict is ``misquote`` with the flag ``omission``, and the edit list
     carries a ``delete`` op whose ``source`` is exactly the words left out;
   * at a paragraph boundary any number of words of the same turn may be skipped — a cut
     between paragraphs is normal newspaper practice — so the quote is ``exact`` (``edited``
     if a part has an ellipsis or brackets), with no flag and no edit for the cut;
   * at either boundary, skipped words holding a negation that reverses the words after
     them (``align.flipping_negation``) make it a ``negation_in_gap`` misquote, as for an
     ellipsis: a dropped "not" is never exact;
   * the matcher may receive one turn as several windows (``checks.py`` loads the passages
     around index hits); for a quote continued across paragraphs the windows of one turn
     are joined, each part lying within one window and split-sentence parts in the same one.

3. Parts found only in different turns, or out of order, are graded as any quote is:
   close alignment of the joined words (misquote / reversed fragments / paraphrase /
   not found).  An omission in another speaker's turn is that speaker's misquote, not a
   misattribution (only exact/edited words are misattributed).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .align import MAX_ELLIPSIS_GAP, Hit, Quote, Sep

SENTENCE, PARAGRAPH = "sentence", "paragraph"

__all__ = ["MAX_ELLIPSIS_GAP", "PARAGRAPH", "SENTENCE", "hold_together", "omitted",
           "part_starts", "split_at_parts", "turn_windows"]


def part_starts(quote_text: str, parts: Sequence[str] | None,
                paragraph_breaks: Sequence[bool] | None) -> list[tuple[int, str]]:
    """Where parts 2, 3… begin in ``quote_text`` (the parts joined), with their boundary kind.

    ``paragraph_breaks[k]`` says whether a paragraph break separates part k from part k+1
    (default: none, a split sentence).  Parts that cannot be found in order in the text
    give [] — the quote is then graded as one span.
    """
    if not parts or len(parts) < 2:
        return []
    breaks = list(paragraph_breaks or [])
    out, pos = [], 0
    for k, part in enumerate(parts):
        part = part.strip()
        at = quote_text.find(part, pos) if part else -1
        if at < 0:
            return []
        if k:
            out.append((at, PARAGRAPH if k - 1 < len(breaks) and breaks[k - 1] else SENTENCE))
        pos = at + len(part)
    return out


def split_at_parts(q: Quote) -> Quote | None:
    """The quote with its fragments also cut where its parts meet (None if it has one part)."""
    if not q.parts:
        return None
    frags: list[tuple[int, int]] = []
    seps: list[Sep] = [q.seps[0]]
    kinds = dict(q.parts)
    for k, (i, j) in enumerate(q.frags):
        if i in kinds:                       # a part begins with this fragment (after a marker)
            seps[-1] = replace(seps[-1], part=kinds[i])
        a = i
        for b in sorted(w for w in kinds if i < w < j):
            frags.append((a, b))
            seps.append(Sep(part=kinds[b]))
            a = b
        frags.append((a, j))
        seps.append(q.seps[k + 1])
    return replace(q, frags=frags, seps=seps)


def omitted(q: Quote, hit: Hit) -> list[tuple[int, int]]:
    """Source word ranges left out, without an ellipsis, where split-sentence parts meet."""
    out = []
    for k in range(1, len(q.frags)):
        sep = q.seps[k]
        if sep.part != SENTENCE or sep.ellipsis or sep.brackets:
            continue
        a = hit.starts[k - 1] + (q.frags[k - 1][1] - q.frags[k - 1][0])
        if hit.starts[k] > a:
            out.append((a, hit.starts[k]))
    return out


def turn_windows(candidates) -> list[tuple[list, list]]:
    """Turns that reached the matcher as several windows: (pieces in text order, window of each piece)."""
    groups: dict[tuple[int, int], list] = {}
    for c in candidates:
        groups.setdefault((c.source_id, c.turn), []).append(c)
    out = []
    for cs in groups.values():
        if len(cs) < 2:
            continue
        seen, rows = set(), []
        for c in cs:
            for p in c.pieces:
                if p[0] not in seen:
                    seen.add(p[0])
                    rows.append((p[1], p, c))
        rows.sort(key=lambda r: r[0])
        out.append(([r[1] for r in rows], [r[2] for r in rows]))
    return out


def hold_together(q: Quote, hit: Hit, piece_of: list[int], owner: list) -> bool:
    """In joined windows: each fragment lies in one window, split-sentence parts in the same one,
    and the placement really uses more than one window (else a window has it already)."""
    windows = []
    for k, (i, j) in enumerate(q.frags):
        first, last = owner[piece_of[hit.starts[k]]], owner[piece_of[hit.starts[k] + (j - i) - 1]]
        if first is not last:
            return False
        if k and q.seps[k].part != PARAGRAPH and first is not windows[-1]:
            return False
        windows.append(first)
    return any(w is not windows[0] for w in windows)
