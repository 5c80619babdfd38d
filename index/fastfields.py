"""Field types that index exactly like Whoosh's TEXT and DATETIME, with far less work per passage.

Writing a passage analyses its fields into terms.  Whoosh does that with a chain of generator
filters over one mutable Token per word (tokenizer → lowercase → fold → stem), and its Snowball
stemmer is pure Python behind a least-frequently-used cache that costs almost as much as it
saves.  Two kinds of waste follow, and these classes remove them without changing a single term
that reaches the index (tests/test_index_fast.py compares them with Whoosh's own output):

- **The passage text is analysed twice**: stemmed with positions (``text``) and unstemmed
  without (``words``).  :class:`FastText` cuts a value into folded words with one regular
  expression call and keeps the last value's words, so the second field reuses them; stems come
  from a plain dict (``word → stem``), filled by Whoosh's stemmer once per distinct word.
- **The per-source fields repeat on every passage**: title, speaker names, outlet and date are
  facts about the source, the same on each of its hundreds of passages.  ``memo=True`` (and
  :class:`MemoDatetime`) keep each distinct value's terms, so a source's title is analysed once.

The caches hold plain data, are bounded, and are never pickled into the index's table of
contents (``__getstate__``), so an index written with these classes opens like any other.
"""

from __future__ import annotations

from collections import Counter

from whoosh import fields, formats
from whoosh.lang import stemmer_for_language
from whoosh.system import pack_uint

from . import schema as _schema  # the word pattern and fold map (schema imports this module)
from .termpool import VALUE_BYTES, count_weights

#: Distinct values remembered per per-source field before the memo starts over.
MEMO_SIZE = 4096
#: Distinct words remembered by the stem cache before it starts over (~20 MB at most).
STEM_CACHE_SIZE = 200_000

_stem_word = stemmer_for_language("en")


class _StemCache(dict):
    """word → stem, each distinct word stemmed once (a hit is a plain dict lookup, in C)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= STEM_CACHE_SIZE:
            self.clear()
        out = self[word] = _stem_word(word)
        return out


_STEMS = _StemCache()


def stem(word: str) -> str:
    """English (Snowball) stem of one folded word, as Whoosh's StemFilter(lang="en") gives it."""
    return _STEMS[word]


class _LastWords:
    """The folded words (and their stems) of the last value cut: ``text``, ``words`` and
    ``pairs`` are given the same string one after the other."""

    def __init__(self):
        # One attribute each, swapped whole: (value, words), (words, stems).
        self.last: tuple[str | None, list[str]] = (None, [])
        self.last_stems: tuple[list[str] | None, list[str]] = (None, [])

    def of(self, value: str, pattern, fold: dict) -> list[str]:
        seen, words = self.last
        if value is not seen and value != seen:
            tokens = pattern.findall(value)
            # Lowercased and folded as one string: both work character by character (a Greek
            # final sigma looks at its neighbours, and NUL is neither cased nor case-ignorable).
            words = "\0".join(tokens).lower().translate(fold).split("\0") if tokens else []
            self.last = (value, words)
        return words

    def stems(self, words: list[str]) -> list[str]:
        seen, stems = self.last_stems
        if words is not seen:
            stems = list(map(_STEMS.__getitem__, words))
            self.last_stems = (words, stems)
        return stems


_LAST = _LastWords()


_TOKEN_STEMS: dict[str, str] = {}


def _token_stem(token: str) -> str:
    if len(_TOKEN_STEMS) >= STEM_CACHE_SIZE:
        _TOKEN_STEMS.clear()
    out = _TOKEN_STEMS[token] = stem(token.lower().translate(_schema.FOLD_MAP))
    return out


def text_stems(value: str) -> list[str]:
    """The stems the TEXT field indexes for ``value``, in order (its positions): each token
    lowercased, folded and stemmed as ``FastText`` does, remembered by the token as written."""
    get = _TOKEN_STEMS.get
    return [get(t) or _token_stem(t) for t in _schema._TOKEN_RE.findall(value)]


class FastText(fields.TEXT):
    """A TEXT field whose ``index`` does what its analyzer would, without the token pipeline.

    The analyzer must be ``schema.fold_analyzer()`` (``stem=False``) or
    ``schema.search_analyzer()`` (``stem=True``); querying still goes through the analyzer.
    ``memo=True`` remembers each distinct value's terms (for per-source fields); ``pairs=True``
    indexes each two neighbouring words as one term instead of the words (schema.pair_terms).
    """

    def __init__(self, *, stem: bool, memo: bool = False, pairs: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.stem = stem
        self.memo = memo
        self.pairs = pairs
        if pairs:
            # Whether a passage holds a pair is all a phrase needs: no counts, no lengths, and
            # a posting list of ids alone (a third of the size of one with counts).
            self.format = formats.Existence(field_boost=self.format.field_boost)
            self.scorable = False
        self._memo: dict = {}

    def __getstate__(self):
        d = self.__dict__.copy()
        d.pop("_memo", None)
        d.pop("_pool_memo", None)
        return d

    def __setstate__(self, d):
        self.__dict__.update(d)
        self._memo = {}

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str):
            return super().index(value, **kwargs)
        if not self.memo:
            return self._terms(value)
        hit = self._memo.get(value)
        if hit is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            hit = self._memo[value] = self._terms(value)
        return hit

    def _terms(self, value: str) -> list[tuple[bytes, int, float, bytes]]:
        """``value``'s terms as Whoosh's ``index`` gives them (see :meth:`add_to` for a load)."""
        words = _LAST.of(value, _schema._TOKEN_RE, _schema.FOLD_MAP)
        if self.stem:
            words = _LAST.stems(words)
        fmt = self.format
        boost = fmt.field_boost
        if getattr(self, "pairs", False):  # getattr: fields pickled before pairs existed
            return [(p.encode("utf-8"), 1, boost, b"") for p in set(_schema.pair_terms(words))]
        if isinstance(fmt, formats.Positions):
            poses = _positions(words)
            encode = _encode_positions if type(fmt) is formats.Positions else fmt.encode
            return [(w.encode("utf-8"), len(p), _weight(len(p), boost), encode(p)) for w, p in poses.items()]
        counts = Counter(words)
        return [(w.encode("utf-8"), n, _weight(n, boost), pack_uint(n)) for w, n in counts.items()]

    #: A bulk writer's pool (index.termpool) keeps this field's terms as str.
    str_terms = True

    def add_to(self, pool, fieldname: str, docnum: int, value) -> int:
        """Add one document's value of this field to a bulk writer's pool; return its length
        (what ``index`` gives, in the pool's own shape: no tuple per term, no bytes)."""
        if not isinstance(value, str):
            items = list(self.index(value))
            pool.add_terms(fieldname, self, docnum, items)
            return sum(item[1] for item in items) if self.scorable else 0
        if self.memo:
            memo = self.__dict__.setdefault("_pool_memo", {})
            hit = memo.get(value)
            if hit is None:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                how, terms, weights, values, _own, length = self._postings(value)
                # The memo's values are shared by every document that has this value.
                hit = memo[value] = (how, terms, weights, values, 0, length)
        else:
            hit = self._postings(value)
        how, terms, weights, values, own, length = hit
        if how == "exists":
            pool.add_exists(fieldname, self, docnum, terms)
        elif how == "counts":
            pool.add_counts(fieldname, self, docnum, terms)
        else:
            pool.add_weighted(fieldname, self, docnum, terms, weights, values, own)
        return length if self.scorable else 0

    def _postings(self, value: str) -> tuple:
        """(how, terms, weights, values, bytes of values of their own, length) for add_to."""
        words = _LAST.of(value, _schema._TOKEN_RE, _schema.FOLD_MAP)
        if self.stem:
            words = _LAST.stems(words)
        fmt = self.format
        if getattr(self, "pairs", False):
            return "exists", set(map(" ".join, zip(words, words[1:], strict=False))), None, None, 0, 0
        if type(fmt) is formats.Frequency:
            return "counts", Counter(words), None, None, 0, len(words)
        poses = _positions(words)
        lists = list(poses.values())
        counts = list(map(len, lists))
        weights = count_weights(counts, fmt.field_boost)
        if type(fmt) is formats.Positions:
            values = list(map(_encode_positions, lists))
        else:
            values = list(map(fmt.encode, lists))
        own = sum(VALUE_BYTES + len(v) for v, n in zip(values, counts, strict=True) if n > 1)
        return "weighted", list(poses), weights, values, own, len(words)


def _positions(words: list[str]) -> dict[str, list[int]]:
    """Each distinct word → its positions in ``words``."""
    poses: dict[str, list[int]] = {}
    get = poses.get
    for pos, w in enumerate(words):
        p = get(w)
        if p is None:
            poses[w] = [pos]
        else:
            p.append(pos)
    return poses


# A bulk load keeps every posting's weight until its commit: one shared float per count (not
# a new float object per posting), and the encoding of a word that occurs once at a position
# (most words of a passage) made once per position.
_ONE_POSITION: dict[int, bytes] = {}
_POSITIONS = formats.Positions()


def _weight(n: int, boost: float) -> float:
    return count_weights((n,), boost)[0]


def _encode_positions(positions: list[int]) -> bytes:
    """``formats.Positions.encode``, remembered for a single position."""
    if len(positions) == 1:
        pos = positions[0]
        hit = _ONE_POSITION.get(pos)
        if hit is None:
            hit = _ONE_POSITION[pos] = _POSITIONS.encode(positions)
        return hit
    return _POSITIONS.encode(positions)


class MemoDatetime(fields.DATETIME):
    """A DATETIME field that remembers each distinct date's terms (a source's passages share one)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._memo = {}

    def __getstate__(self):
        d = super().__getstate__()
        d.pop("_memo", None)
        return d

    def __setstate__(self, d):
        super().__setstate__(d)
        self._memo = {}

    def index(self, value, **kwargs):
        if kwargs:
            return super().index(value, **kwargs)
        try:
            hit = self._memo.get(value)
        except TypeError:  # unhashable: not a date Whoosh would take either
            return super().index(value, **kwargs)
        if hit is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            hit = self._memo[value] = list(super().index(value))
        return hit
