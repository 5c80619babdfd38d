"""Word-level alignment of one draft quote against one speaker turn.

Three questions are asked of every (quote, turn) pair, strictest first:

* **verbatim** — do the quote's words occur contiguously, in order, in the
  turn?  Plain string search over the space-joined word list; no fuzzy score
  is involved (STYLE.md: RapidFuzz's ``token_set_ratio`` rates "We will lower
  taxes" against "We will not lower taxes" as 100).
* **edited** — for a quote with ellipses/brackets, do the fragments between
  them occur verbatim, in order, in the turn?  An ellipsis may omit at most
  ``MAX_ELLIPSIS_GAP`` (40) source words — the same bound as the devset's
  validator; a bracket may stand for at most ``MAX_BRACKET_WORDS`` (6) source
  words, or for none (an insertion).  The omitted words are checked for a
  meaning-flipping negation (:func:`flipping_negation`).
* **close** — otherwise, where is the turn most like the quote, and how
  alike?  See ``close.py``; the numbers that decide the verdict are in
  ``verdict.py``.

The quote's words come from :func:`parse_quote` (fragments between ellipses and
brackets; the parts of a split quote are marked for ``parts.py``), a turn's words
from :class:`TurnWords`; both go through ``normalize.py`` and ``speech.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from desk.extract.transcripts import BROKEN_OFF, RESUMES

from .normalize import BRACKET_RE, ELLIPSIS_RE, Words, blank_stage_directions, resplit, tokenize
from .speech import normalise_speech
from .spoken import FILLER_RE, FILLERS, broken_off, repeated_runs

MAX_ELLIPSIS_GAP = 40
MAX_BRACKET_WORDS = 6

# Negation: words that reverse what they attach to; "restrictors" narrow it.
STRONG_NEG = frozenset(
    """not no never nor neither nobody nothing none nowhere noone cannot without hardly
    barely scarcely ne pas jamais personne rien aucun aucune sans ni""".split()
)
RESTRICTORS = frozenset("only except unless excluding save".split())
CONTRAST = frozenset("but yet rather instead although though whereas however mais".split())
BOUNDARY_RE = re.compile(r"[.!?;:]|\s[-\u2013\u2014]+\s|[\u2013\u2014]")
SENTENCE_END_RE = re.compile(r"[.!?;:]")
_HAS_WORD = re.compile(r"[^\W_]")


def is_strong_negation(w: str) -> bool:
    return w in STRONG_NEG or w.endswith("n't")


# ----------------------------------------------------------------------------
# the quote
# ----------------------------------------------------------------------------
@dataclass
class Sep:
    """What stands between two quote fragments (or before the first / after the last)."""

    ellipsis: bool = False
    brackets: list[str] = field(default_factory=list)   # bracket texts, with []
    part: str | None = None      # the quote's parts meet here: "sentence" or "paragraph" (parts.py)

    @property
    def max_gap(self) -> int:
        if self.part == "paragraph":
            return 1 << 30       # a cut between paragraphs may skip any number of words of the turn
        gap = MAX_ELLIPSIS_GAP if self.ellipsis or self.part == "sentence" else 0
        return gap + MAX_BRACKET_WORDS * len(self.brackets)

    def __bool__(self) -> bool:
        return self.ellipsis or bool(self.brackets)


@dataclass
class Quote:
    text: str
    words: Words                        # fragment words, bracket contents excluded
    frags: list[tuple[int, int]]        # [i, j) ranges into words
    seps: list[Sep]                     # len(frags) + 1: before, between…, after
    sentences: list[tuple[int, int]]    # sentence-like pieces (for reordering)
    bracket_words: int = 0
    parts: list[tuple[int, str]] = field(default_factory=list)   # (first word, kind) of parts 2…

    @property
    def edited(self) -> bool:
        return any(bool(s) for s in self.seps[1:-1]) or any(s.brackets for s in self.seps)

    def frag_words(self, k: int) -> list[str]:
        i, j = self.frags[k]
        return self.words.words[i:j]

    def surface(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.text[self.words.starts[i]:self.words.ends[j - 1]]


def _chunk_words(text: str, s: int, e: int, cuts: list[int]) -> Words:
    """Words of text[s:e], normalised part by part (a stutter or number never joins two parts)."""
    bounds = [s] + [c for c in cuts if s < c < e] + [e]
    out = Words()
    for a, b in zip(bounds, bounds[1:], strict=False):
        out.extend(normalise_speech(tokenize(text[a:b], offset=a), text))
    return out


#: A possessive or "is" right after a bracket: "Glen [Fairweather]'s", "[Calloway]’s plan".
_OWNED_AFTER = re.compile(r"['\u2019]s(?![^\W_])")


#: A bracketed letter that only changes the case of the word it opens: "[T]he water decided",
#: "[i]t was".  It is read as that word, whose case is ignored anyway, not as words put in.
_CASE_BRACKET = re.compile(r"(?<![^\W_])\[([^\W\d_])\](?=[^\W_])")


def parse_quote(text: str, compounds: dict[str, list[str]] | None = None,
                part_starts: list[tuple[int, str]] | None = None) -> Quote:
    """Split a draft quote on ellipses and [brackets] into word fragments.

    ``part_starts``: (character offset, "sentence" | "paragraph") where the quote's second,
    third… part begins (``parts.py``); kept on the Quote as (first word, kind).
    """
    cuts = [c for c, _ in part_starts or ()]
    original, text = text, _CASE_BRACKET.sub("\u200b\\1\u200b", text)   # same length: offsets hold
    words = Words()
    frags: list[tuple[int, int]] = []
    seps: list[Sep] = [Sep()]
    bracket_words = 0
    pos = 0
    markers = sorted(
        [(m.start(), m.end(), "e", m.group(0)) for m in ELLIPSIS_RE.finditer(text)]
        + [(m.start(), m.end(), "b", m.group(0)) for m in BRACKET_RE.finditer(text)]
    )
    chunks: list[tuple[int, int, tuple | None]] = []
    for s, e, kind, g in markers:
        if s < pos:
            continue
        owned = kind == "b" and _OWNED_AFTER.match(text, e) is not None
        chunks.append((pos, s, (kind, g, owned)))
        pos = e + 2 if owned else e
    chunks.append((pos, len(text), None))
    for s, e, marker in chunks:
        before = len(words)
        chunk = _chunk_words(text, s, e, cuts)
        words.notes += chunk.notes
        if compounds:
            chunk = resplit(chunk, compounds)
        for k in range(len(chunk)):
            words.add(chunk.words[k], chunk.starts[k], chunk.ends[k], chunk.joined[k])
        if len(words) > before:
            # a hyphen cannot join across a marker
            words.joined[before] = False
            frags.append((before, len(words)))
            seps.append(Sep())
        if marker:
            kind, g, owned = marker
            if owned and len(words) > before and not text[words.ends[-1]:s].strip() \
                    and text[words.starts[-1]:words.starts[-1] + 1].isupper():
                # "Glen [Fairweather]'s the only one": the bracket completes a name and the 's is
                # the name's ("Glen's"); else ("[Calloway]'s plan", "rejected [Reyes]'s offer")
                # the bracket stands for the possessive it replaces ("her", "his")
                words.words[-1] += "'s"
            if kind == "e":
                seps[-1].ellipsis = True
            else:
                seps[-1].brackets.append(g)
                bracket_words += len(tokenize(g))
    sentences = []
    for i, j in frags:
        a = i
        for k in range(i + 1, j):
            if SENTENCE_END_RE.search(text[words.ends[k - 1]:words.starts[k]]):
                sentences.append((a, k))
                a = k
        sentences.append((a, j))
    parts = []
    for c, kind in part_starts or ():
        k = next((k for k, st in enumerate(words.starts) if st >= c), len(words))
        if 0 < k < len(words) and all(k > p for p, _ in parts):
            parts.append((k, kind))
    return Quote(original, words, frags, seps, sentences, bracket_words, parts)


# ----------------------------------------------------------------------------
# the turn
# ----------------------------------------------------------------------------
_TURN_CACHE: dict = {}          # insertion-ordered; oldest dropped first
_TURN_CACHE_SIZE = 4096
class TurnWords:
    """A candidate turn's words, with a search string and position index."""

    def __init__(self, words: Words, source_text: str, removed: list[tuple[int, str]] | None = None):
        self.w = words
        self.src = source_text
        self.removed = removed or []
        self.hay = " " + " ".join(words.words) + " "
        # char position of the space before word k → k
        self.at = dict(zip(accumulate((len(w) + 1 for w in words.words), initial=0), range(len(words)), strict=False))
        self._positions: dict[str, list[int]] | None = None
        self.compounds = words.compounds()
        self._once: TurnWords | None | bool = False

    def said_once(self) -> TurnWords | None:
        """This turn with every repeat the speech rules kept printed once, or None if it has none.

        ``speech.py`` counts a repeat once only where it must be a stutter, on both sides, so a
        quote that keeps "never, never" matches its source.  A story that prints a repeat once
        ("still, uh, still waiting" as "still waiting", "we had, um, we had no warning" as "we
        had no warning") has tidied the speaker's delivery, not changed the words: the matcher
        tries this view of the turn before it calls a quote a misquote.  Only a run of one to six
        words said again with a filler between the copies counts (beside the filler only spaces,
        commas, dashes or "..."; never a sentence mark or a blank line); and a false start broken
        off at a dash and begun again on its first word, a subject and its auxiliaries only ("we
        were -- we are ready", printed "we are ready"; never with a verb of its own, which may
        finish a clause: "I'll resign -- I'll stay on").  Without the filler a
        repeat after a comma may be rhetoric or a new clause ("never, never", "I said it, it was
        wrong"): printing it once stays a difference.
        """
        if self._once is False:
            self._once = _said_once(self)
        return self._once

    @property
    def positions(self) -> dict[str, list[int]]:
        """word → its positions in the turn (built on first use)."""
        if self._positions is None:
            pos: dict[str, list[int]] = {}
            for k, wd in enumerate(self.w.words):
                pos.setdefault(wd, []).append(k)
            self._positions = pos
        return self._positions

    def __len__(self) -> int:
        return len(self.w)

    @classmethod
    def build(cls, pieces, source_text: str) -> TurnWords:
        """Tokenise a turn's pieces (cached on the pieces' offsets and texts)."""
        key = (hash(source_text), tuple((p[0], p[1], p[2], p[3]) for p in pieces))
        tw = _TURN_CACHE.get(key)
        if tw is None or tw.src != source_text:
            tw = cls._build(pieces, source_text)
            _TURN_CACHE[key] = tw
            if len(_TURN_CACHE) > _TURN_CACHE_SIZE:
                _TURN_CACHE.pop(next(iter(_TURN_CACHE)))
        return tw

    @classmethod
    def _build(cls, pieces, source_text: str) -> TurnWords:
        words = Words()
        removed: list[tuple[int, str]] = []
        prev = ""
        for pi, (_pid, start, end, text) in enumerate(pieces):
            if source_text and 0 <= start <= end <= len(source_text):
                text = source_text[start:end]
            blanked, rem = blank_stage_directions(text, start)
            removed.extend(rem)
            piece = normalise_speech(tokenize(blanked, offset=start, piece=pi), blanked, start)
            if len(piece):
                piece.joined[0] = False  # a passage never hyphen-joins the one before it
                if len(words) and piece.words[0] == words.words[-1] and BROKEN_OFF.search(prev) \
                        and RESUMES.match(blanked):
                    # "close the --" … crosstalk … "-- the pool": the word said again where the
                    # speaker picks the sentence up is one word (a stutter across the pieces)
                    piece.notes.append((piece.starts[0], "stutter", blanked[:piece.ends[0] - start].strip()))
                    for lst in (piece.words, piece.starts, piece.ends, piece.joined, piece.piece):
                        del lst[0]
            words.extend(piece)
            prev = blanked
        return cls(words, source_text, removed)

    def find_all(self, seq: list[str], limit: int = 50) -> list[int]:
        if not seq:
            return []
        needle = " " + " ".join(seq) + " "
        out = []
        i = self.hay.find(needle)
        while i >= 0 and len(out) < limit:
            out.append(self.at[i])
            i = self.hay.find(needle, i + 1)
        return out

    def sep(self, k: int) -> str:
        """Source text between word k-1 and word k ("." at the turn's edges).

        Across two pieces it is the text between them when that holds no words (two
        passages side by side: their punctuation counts), else "." (a gap between
        windows, or another turn: a boundary).
        """
        if k <= 0 or k >= len(self.w):
            return "."
        between = self.src[self.w.ends[k - 1]:self.w.starts[k]]
        if self.w.piece[k] != self.w.piece[k - 1] and _HAS_WORD.search(between):
            return "."
        return between

    def span_text(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.src[self.w.starts[i]:self.w.ends[j - 1]]

    def with_compounds(self, compounds: dict[str, list[str]]) -> TurnWords:
        w2 = resplit(self.w, compounds)
        return self if w2 is self.w else TurnWords(w2, self.src, self.removed)


_ONCE_SEP = re.compile(r"(?:[ \t\u00a0,\-\u2010-\u2015\u2026]|\n(?![ \t\u00a0]*\n)|\.\.\.|(?<![^\W_])(?:"
                       + "|".join(sorted(FILLERS)) + r")(?![^\W_]))*", re.IGNORECASE)


#: Words a speaker may say twice meaning both: "he said no, uh, no one came" (an answer, then a
#: pronoun), "we had, uh, had warnings" (a pluperfect): printing them once may change the sense.
_SAID_TWICE_ON_PURPOSE = frozenset("no yes not never had that".split())
#: A speaker breaking off between two words of a turn: "we were -- we are" (``BROKEN_OFF`` is a
#: turn that ends on a dash).
_DASH_BETWEEN = re.compile(r"[ \t\u00a0]*(?:--|[\u2013\u2014]|(?<=[ \t])-(?=[ \t]))[ \t\u00a0]*")


def _said_once(tw: TurnWords) -> TurnWords | None:
    w = tw.w
    ws, n = w.words, len(w)

    def breath(a: int, b: int) -> bool:       # words a…b-1 of one piece, nothing but _ONCE_SEP between
        return all(w.piece[t] == w.piece[a] and _ONCE_SEP.fullmatch(tw.src[w.ends[t - 1]:w.starts[t]])
                   for t in range(a + 1, b))

    drop: set[int] = set()
    notes = []
    def hesitates(k: int) -> bool:           # a filler between words k-1 and k
        return bool(FILLER_RE.search(tw.src[w.ends[k - 1]:w.starts[k]]))

    for i, m in sorted(repeated_runs(ws)):
        if drop.intersection(range(i, i + 2 * m)) or not breath(i, i + 2 * m) or not hesitates(i + m) \
                or m == 1 and ws[i] in _SAID_TWICE_ON_PURPOSE:
            continue
        j = i + 2 * m
        while j + m <= n and ws[j:j + m] == ws[i:i + m] and breath(j - 1, j + m) and hesitates(j):
            j += m
        drop.update(range(i + m, j))
        notes.append((w.starts[i], "stutter", tw.src[w.starts[i]:w.ends[j - 1]]))
    for k in range(2, n):
        # a false start broken off at a dash and begun again: "we were -- we are ready",
        # printed "we are ready" (``spoken.broken_off``)
        if not _DASH_BETWEEN.fullmatch(tw.src[w.ends[k - 1]:w.starts[k]]):
            continue
        i = next((i for i in range(k - 2, max(-1, k - 5), -1) if ws[i] == ws[k]), None)
        if i is None or drop.intersection(range(i, k + 1)) or not breath(i, k + 1) \
                or ws[i:k] == ws[k:k + (k - i)] or not broken_off(ws[i:k]):
            continue
        drop.update(range(i, k))
        notes.append((w.starts[i], "stutter", tw.src[w.starts[i]:w.ends[k]]))
    if not drop:
        return None
    keep = [k for k in range(n) if k not in drop]
    once = Words([ws[k] for k in keep], [w.starts[k] for k in keep], [w.ends[k] for k in keep],
                 [w.joined[k] for k in keep], [w.piece[k] for k in keep], sorted(w.notes + notes))
    out = TurnWords(once, tw.src, tw.removed)
    out._once = None
    return out


# ----------------------------------------------------------------------------
# negation in an omitted gap
# ----------------------------------------------------------------------------
def flipping_negation(tw: TurnWords, a: int, b: int) -> list[str]:
    """Negations in the omitted words tw[a:b] that reverse what the quote keeps.

    Rule (scope runs rightwards, as in English): a negation reaches the kept
    words after the gap unless a clause boundary closes its scope first — a
    sentence/clause mark (. ! ? ; : or a dash) in the source text between the
    negation and the kept words, or a contrastive conjunction (but, yet,
    rather, instead, …) in the omitted words after it.  So:

    * "I am [not] prepared to say" — gap ``not``; nothing closes it → flips;
    * "before a single tower goes up. [Not as a formality, but] because …" —
      "not A but B" asserts B; the ``but`` closes the scope → benign;
    * "by 2028. [Not announced, under construction. But only] if …" — the full
      stop closes ``not`` → benign;
    * "when I am confident[, not when I am comfortable,] and those are …" — a
      "not" aside set off by commas, cut whole → benign.

    Restrictors (only, except, unless) narrow rather than reverse: they count
    only when the whole gap lies inside one clause (the editor cut a lone
    qualifier out of a running sentence, "We will … raise taxes on banks").
    Cut along with whole sentences, as in the last example, they do not.
    """
    if b <= a:
        return []
    words = tw.w.words
    bnd = [bool(BOUNDARY_RE.search(tw.sep(k))) for k in range(a, b + 1)]   # bnd[k-a] = before word k
    one_clause = not any(bnd)
    found = []
    for i in range(a, b):
        w = words[i]
        strong = is_strong_negation(w)
        if not strong and w not in RESTRICTORS:
            continue
        closed = any(bnd[k - a] for k in range(i + 1, b + 1)) or any(
            words[k] in CONTRAST for k in range(i + 1, b)
        ) or (i == a and "," in tw.sep(a) and "," in tw.sep(b) and b < len(words))
        # ("when I am confident[, not when I am comfortable,] and those are …": an aside set off
        # by commas, whose "not" reaches no further than the aside the editor cut)
        if closed:
            continue
        if strong or one_clause:
            found.append(w)
    return found


# ----------------------------------------------------------------------------
# verbatim / edited
# ----------------------------------------------------------------------------
@dataclass
class Hit:
    """Fragments placed in a turn: positions of each fragment's first word."""

    starts: list[int]
    lead: tuple[int, int] | None = None    # source words a leading bracket replaces
    trail: tuple[int, int] | None = None   # source words a trailing bracket replaces
    negations: list[str] = field(default_factory=list)
    gap_words: int = 0


def _bracket_edge(tw: TurnWords, k: int, direction: int) -> tuple[int, int] | None:
    """Source words a bracket at the quote's edge replaces: up to a sentence mark, at most 6 words.

    More than six words to the sentence mark means the bracket was inserted
    mid-sentence and replaces nothing (None).
    """
    j = k
    if direction < 0:
        while j > 0 and not SENTENCE_END_RE.search(tw.sep(j)):
            j -= 1
            if k - j > MAX_BRACKET_WORDS:
                return None
        return (j, k) if j < k else None
    while j < len(tw) and not SENTENCE_END_RE.search(tw.sep(j)):
        j += 1
        if j - k > MAX_BRACKET_WORDS:
            return None
    return (k, j) if j > k else None


def place_fragments(tw: TurnWords, q: Quote, max_hits: int = 30) -> Hit | None:
    """Place every fragment verbatim, in order, gaps within bounds; prefer honest, tight hits."""
    n = len(q.frags)
    occ = [tw.find_all(q.frag_words(k)) for k in range(n)]
    if n == 0 or any(not o for o in occ):
        return None
    lens = [j - i for i, j in q.frags]
    hits: list[list[int]] = []

    def rec(k: int, prev_end: int, acc: list[int]) -> None:
        if len(hits) >= max_hits:
            return
        if k == n:
            hits.append(acc)
            return
        for p in occ[k]:
            if k:
                gap = p - prev_end
                if gap < 0:
                    continue
                if gap > q.seps[k].max_gap:
                    break
            rec(k + 1, p + lens[k], acc + [p])

    rec(0, 0, [])
    if not hits:
        return None
    best = None
    for starts in hits:
        negs: list[str] = []
        gap_words = 0
        for k in range(1, n):
            a, b = starts[k - 1] + lens[k - 1], starts[k]
            gap_words += b - a
            sep = q.seps[k]
            omitted = flipping_negation(tw, a, b)
            if sep.brackets and not sep.ellipsis:
                # a bracket replacing words: any strong negation it hides flips the meaning
                br = " ".join(sep.brackets).lower()
                omitted = [w for w in tw.w.words[a:b] if is_strong_negation(w) and w not in br]
            negs += omitted
        hit = Hit(starts, negations=negs, gap_words=gap_words)
        key = (bool(negs), gap_words)
        if best is None or key < best[0]:
            best = (key, hit)
    hit = best[1]
    if q.seps[0].brackets:
        hit.lead = _bracket_edge(tw, hit.starts[0], -1)
        if hit.lead:
            br = " ".join(q.seps[0].brackets).lower()
            hit.negations += [w for w in tw.w.words[hit.lead[0]:hit.lead[1]]
                              if is_strong_negation(w) and w not in br]
    if q.seps[-1].brackets:
        hit.trail = _bracket_edge(tw, hit.starts[-1] + lens[-1], +1)
    return hit


def reordered(tw: TurnWords, q: Quote) -> tuple[int, int] | None:
    """Pieces of the quote (fragments, else sentences) all verbatim but out of order → span."""
    pieces = q.frags if len(q.frags) > 1 else q.sentences
    pieces = [(i, j) for i, j in pieces if j - i >= 2]
    if len(pieces) < 2:
        return None
    pos = []
    for i, j in pieces:
        found = tw.find_all(q.words.words[i:j], limit=1)
        if not found:
            return None
        pos.append((found[0], found[0] + j - i))
    if all(pos[k][0] >= pos[k - 1][1] for k in range(1, len(pos))):
        return None   # in order: not a reordering
    return min(p[0] for p in pos), max(p[1] for p in pos)
