"""Running a parsed search-box query over whole posting lists: the matching passages as a set,
and a relevance score for them.

Whoosh matches a query one document at a time: each matcher of the query tree is stepped with
several Python calls per posting, and an "exact phrase" decodes the word positions of every
passage that holds all its words.  At a million passages ``"the government to"`` holds all three
words in a third of the library, and one search took seconds (9 s at the 95th percentile).
Here each term's posting list is read whole (postings.py) and combined with set operations,
which run at C speed:

- ``And`` intersects, ``Or`` unites, ``Not`` and ``AndNot`` subtract;
- a fuzzy, wildcard or prefix word is first expanded into the terms the index holds, then
  united;
- a filter a column answers (a date range, ``kind:``, ``year:``, an ``outlet:`` word) is a
  test on that column (columns.ColumnCache) of the passages the rest of the query left, or,
  when nothing narrower is there, its posting list; undated passages never match a date range;
- a phrase in the text intersects the lists of its neighbouring-word pairs (the PAIRS field):
  "the government to" is "the govern" ∩ "govern to", a few hundred passages, and only those
  have their words' order checked, in their stored text.  A two-word phrase is its pair,
  nothing to check.  An index written before PAIRS existed checks the order in the
  intersection of the words;
- anything else (a proximity phrase ``"a b"~3``, a field's every-value query) goes to Whoosh.

Relevance is BM25 over the query's positive terms in the text, speaker and title fields (a
phrase counts as its word pairs), computed only for the matching passages.  A term in more than
SCORE_DF_SHARE of a large library says next to nothing about relevance and is skipped, unless it is
all the query has.  Whoosh's own scores differ in detail (they are BM25F per field too); the
order editors see is the same in kind: more of the rare words, in shorter passages, first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from whoosh import query
from whoosh.reading import TermNotFound

from . import schema as f
from .postings import posting_ids, posting_weights

#: A typed word that is one token of the index (its regular expression would be exact).
_WHOLE_TOKEN = re.compile(f.WORD_PATTERN)
#: Joiners that keep two runs of letters one token ("U.S", "don't").
_JOINERS = ".'\u2019\u02bc"


def _typed_pattern(typed: list[str]) -> re.Pattern:
    """The typed words as neighbouring tokens of a text, any case: no letter or joined token
    around them, and between two of them anything but one joiner (which would make one token)."""
    start = rf"(?<!\w)(?<!\w[{_JOINERS}])"
    between = rf"(?![{_JOINERS}]\w)\W+"
    end = rf"(?!\w)(?![{_JOINERS}]\w)"
    return re.compile(start + between.join(re.escape(t) for t in typed) + end, re.IGNORECASE)


#: The ColumnCache array of each document's text length in words (columns.ColumnCache.LENGTH).
LENGTH_COLUMN = "_text_length"
#: BM25's term-frequency saturation and length normalisation (Whoosh's defaults).
K1 = 1.2
B = 0.75
#: Fields whose terms count towards relevance (filters such as kind: or date: do not).
SCORED_FIELDS = frozenset({f.TEXT, f.SPEAKER, f.TITLE, f.WORDS, f.PAIRS})
#: A term held by more than this share of the passages, and by more than SCORE_DF_MIN of them,
#: is skipped when scoring (if the query has another): "the" would cost a pass over most of a
#: million postings and change no order.
SCORE_DF_SHARE = 0.2
SCORE_DF_MIN = 20_000
#: A phrase's inner word held by more passages than this is not read to prove the phrase from
#: its pairs (``_pairs_meet``): the passages' text is checked instead.
INNER_DF_MAX = 100_000
#: Nor are inner words whose postings outnumber the passages left to prove by more than this:
#: one posting costs about 0.7 µs to read, one passage's stored text about 50 µs to read and cut
#: into stems (measured on a 150,000-passage library), so "engage in agricultural" reads the
#: text of its 14 passages, not the 90,000 postings of "in".
INNER_READ_RATIO = 60


class Evaluator:
    """Evaluate queries against one open searcher.

    ``cache``: the columns.ColumnCache of this index; its arrays for the searcher's reader
    give the text length in words (BM25's length normalisation) and the date, year, kind and
    outlet of each passage (filters).  Without it filters read their posting lists and lengths
    are not normalised.  ``text``: the search box as typed, whose phrases' words are looked
    for first.
    """

    def __init__(self, searcher, cache=None, text: str = ""):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.cache = cache
        self.columns = cache.columns(self.reader) if cache is not None else {}
        self.text = text
        self.has_pairs = f.PAIRS in self.reader.schema
        self._all: set[int] | None = None

    # -- matching ---------------------------------------------------------------------------

    def expand(self, q):
        """The query with fuzzy, wildcard and prefix words replaced by the index terms they match."""
        if isinstance(q, query.NumericRange):
            return q
        if isinstance(q, query.MultiTerm):
            fieldname = q.field()
            if fieldname not in self.reader.schema:
                return query.NullQuery
            terms = [query.Term(fieldname, t, boost=q.boost) for t in sorted(set(q._btexts(self.reader)))]
            if not terms:
                return query.NullQuery
            return terms[0] if len(terms) == 1 else query.Or(terms, boost=1.0)
        return q.apply(self.expand)

    def _dated(self, q) -> bool:
        # date:2021 parses to a NumericRange, the date filter to a DateRange: both hold Whoosh's
        # numbers for the dates.
        return isinstance(q, query.NumericRange) and q.fieldname == f.DATE and f.DATE in self.columns

    def _in_range(self, q, docnums) -> set[int]:
        """The documents of ``docnums`` whose date lies in the range ``q``."""
        # The column holds the date as Whoosh's number for it (datetime_to_long), like q.start.
        lo = -1 if q.start is None else q.start
        hi = 1 << 64 if q.end is None else q.end
        lo, hi = lo + bool(q.startexcl), hi - bool(q.endexcl)
        dates, years = self.columns[f.DATE], self.columns[f.YEAR]
        return {d for d in docnums if years[d] and lo <= dates[d] <= hi}

    def docs(self, q) -> set[int]:
        """Document numbers of the live passages matching the (expanded) query ``q``."""
        if self._dated(q):
            return self._in_range(q, self.all_docs())
        if isinstance(q, query.Term):
            return set(posting_ids(self.searcher, q.fieldname, q.text))
        if isinstance(q, query.And):
            return self._intersect(q.subqueries)
        if isinstance(q, query.Or) and not getattr(q, "minmatch", 0) and not getattr(q, "scale", None):
            out: set[int] = set()
            for sub in q.subqueries:
                out |= self.docs(sub)
            return out
        if isinstance(q, query.Not):
            return self.all_docs() - self.docs(q.query)
        if isinstance(q, query.AndNot):
            return self.docs(q.a) - self.docs(q.b)
        if isinstance(q, query.Require):
            return self._intersect([q.a, q.b])
        if isinstance(q, query.AndMaybe):
            return self.docs(q.a)
        if isinstance(q, query.ConstantScoreQuery):
            return self.docs(q.child)
        if isinstance(q, query.Phrase) and q.slop == 1:
            return self._phrase(q.fieldname, list(q.words), self._typed(q))
        if isinstance(q, query.Every) and not q.fieldname:
            return set(self.all_docs())
        if isinstance(q, type(query.NullQuery)):
            return set()
        return set(self.searcher.docs_for_query(q))

    def all_docs(self) -> set[int]:
        if self._all is None:
            if self.reader.has_deletions():
                self._all = set(self.reader.all_doc_ids())
            else:  # the same numbers, without a Python call per document
                self._all = set(range(self.reader.doc_count_all()))
        return self._all

    def _column_test(self, q):
        """A test on a column for a query that only filters: a date range, ``kind:``, ``year:``,
        an ``outlet:`` word (a function from document numbers to those that pass), or None."""
        if self._dated(q):
            return lambda docs: self._in_range(q, docs)
        if self.cache is None or not isinstance(q, query.Term):
            return None
        if q.fieldname in (f.KIND, f.YEAR):
            code, column = self.cache.code(q.text), self.columns[q.fieldname]
            return lambda docs: {d for d in docs if column[d] == code} if code else set()
        if q.fieldname == f.OUTLET:
            # outlet:ledger: the outlets whose name holds the word, among the few the library has
            codes, column = self.cache.outlet_codes(q.text), self.columns[f.OUTLET_FACET]
            return lambda docs: {d for d in docs if column[d] in codes}
        return None

    def _intersect(self, subqueries) -> set[int]:
        """AND: the smallest posting set first, narrowed by the others; filters that a column
        answers (kind, year, date, outlet) are tested on what is left instead of reading their lists
        ("speech" is in half the library), unless nothing narrower is there to test."""
        flat = []
        for s in subqueries:
            flat.extend(s.subqueries if type(s) is query.And else [s])  # a filter's own AND
        negative = [s.query for s in flat if isinstance(s, query.Not)]
        positive, tests = [], []
        for s in flat:
            if isinstance(s, query.Not):
                continue
            test = self._column_test(s)
            if test is None:
                positive.append(s)
            else:
                tests.append((s, test))
        if not any(not isinstance(s, query.Every) for s in positive):
            # Nothing narrower than the library: kind:, year: and outlet: read their lists after all.
            positive += [s for s, _ in tests if not self._dated(s)]
            tests = [(s, t) for s, t in tests if self._dated(s)]
        positive = [s for s in positive if not (isinstance(s, query.Every) and not s.fieldname)] or positive
        if not positive:
            out = set(self.all_docs())
        else:
            sets = sorted((self.docs(s) for s in positive), key=len)
            out = sets[0]
            for other in sets[1:]:
                if not out:
                    break
                out &= other
        for _s, test in tests:
            if not out:
                break
            out = test(out)
        for s in negative:
            if not out:
                break
            out -= self.docs(s)
        return out

    def _typed(self, q) -> list[str] | None:
        """The phrase's words as the editor typed them (from the query text), when known."""
        ranges = getattr(q, "char_ranges", None)
        if not self.text or not ranges or len(ranges) != len(q.words):
            return None
        typed = [self.text[a:b] for a, b in ranges]
        return typed if all(_WHOLE_TOKEN.fullmatch(t) for t in typed) else None

    def _phrase(self, fieldname: str, words: list[str], typed: list[str] | None = None) -> set[int]:
        if not words:
            return set()
        if len(words) == 1:
            return set(posting_ids(self.searcher, fieldname, words[0]))
        if fieldname == f.TEXT and self.has_pairs:
            lists = [posting_ids(self.searcher, f.PAIRS, p) for p in dict.fromkeys(f.pair_terms(words))]
            if len(words) == 2:
                return set(lists[0])
        else:
            lists = [posting_ids(self.searcher, fieldname, w) for w in dict.fromkeys(words)]
        lists.sort(key=len)
        found = set(lists[0])
        for other in lists[1:]:
            if not found:
                return found
            found.intersection_update(other)
        if fieldname == f.TEXT:
            proven = self._pairs_meet(words, found) if self.has_pairs else set()
            return proven | self._in_text(words, sorted(found - proven), typed)
        return self._in_order(fieldname, words, sorted(found))

    def _pairs_meet(self, stems: list[str], found: set[int]) -> set[int]:
        """The passages of ``found`` (each holds every neighbouring pair of the phrase) in which
        every inner word of the phrase occurs once: the pairs can only meet at that word, so
        the phrase is there, no text to read ("the department of": "department" once).  Inner
        words held by more than INNER_DF_MAX passages ("to", "the"), or by many more passages
        than are left to prove (INNER_READ_RATIO), are not read: the text is."""
        inner = list(dict.fromkeys(stems[1:-1]))
        dfs = [self.reader.doc_frequency(f.TEXT, w) for w in inner]
        if not inner or max(dfs) > INNER_DF_MAX or sum(dfs) > INNER_READ_RATIO * len(found):
            return set()
        proven = set(found)
        for word in inner:
            ids, counts = posting_weights(self.searcher, f.TEXT, word)
            proven.intersection_update(d for d, n in zip(ids, counts, strict=False) if n == 1)
            if not proven:
                break
        return proven

    def _in_text(self, stems: list[str], docnums: list[int], typed: list[str] | None = None) -> set[int]:
        """The documents among ``docnums`` whose stored text holds ``stems`` in a row.

        The text is cut into stems exactly as FastText indexed it.  Reading a stored passage is
        one small record per document; Whoosh's position lists would step through every block
        of "the" to reach the same few hundred documents (ten times slower).  Most passages
        left hold the words as the editor typed them: a regular expression finds them, and only
        the words it found are stemmed to confirm it; the others are cut whole.
        """
        n = len(stems)
        first = stems[0]
        found = _typed_pattern(typed).search if typed else None
        out: set[int] = set()
        for doc, text in self._stored_texts(docnums):
            if found is not None and (m := found(text)) and f.text_stems(m.group()) == stems:
                out.add(doc)
                continue
            got = f.text_stems(text)
            for i, s in enumerate(got):
                if s == first and got[i : i + n] == stems:
                    out.add(doc)
                    break
        return out

    def _stored_texts(self, docnums: list[int]) -> Iterator[tuple[int, str]]:
        """(document, its stored text) for ascending ``docnums``, read segment by segment from
        the per-document store (Whoosh's reader re-checks every stored field against the schema
        on each call, a third of the cost)."""
        for segreader, offset in self.reader.leaf_readers():
            end = offset + segreader.doc_count_all()
            perdoc = getattr(segreader, "_perdoc", None)
            read = perdoc.stored_fields if perdoc is not None else segreader.stored_fields
            for doc in docnums:
                if offset <= doc < end:
                    yield doc, read(doc - offset).get(f.TEXT) or ""

    def _in_order(self, fieldname: str, words: list[str], docnums: list[int]) -> set[int]:
        """The documents among ``docnums`` (ascending) where ``words`` stand next to each other."""
        out: set[int] = set()
        for segreader, offset in self.reader.leaf_readers():
            end = offset + segreader.doc_count_all()
            local = [d - offset for d in docnums if offset <= d < end]
            if not local:
                continue
            try:
                matchers = [segreader.postings(fieldname, w) for w in words]
            except TermNotFound:
                continue
            for doc in local:
                spots = []
                for m in matchers:
                    if m.is_active() and m.id() < doc:
                        m.skip_to(doc)
                    if not m.is_active() or m.id() != doc:
                        break
                    spots.append(m.value_as("positions"))
                else:
                    later = [set(p) for p in spots[1:]]
                    if any(all(p + i in s for i, s in enumerate(later, 1)) for p in spots[0]):
                        out.add(doc + offset)
        return out

    # -- relevance --------------------------------------------------------------------------

    def scored_terms(self, q, boost: float = 1.0) -> Iterator[tuple[str, object, float]]:
        """(field, term, boost) of the positive terms of an expanded query that weigh in
        relevance; a boost on a group (``(tax war)^2``) multiplies its terms'."""
        boost *= getattr(q, "boost", 1.0)
        if isinstance(q, query.Term):
            if q.fieldname in SCORED_FIELDS:
                yield q.fieldname, q.text, boost
        elif isinstance(q, query.Phrase):
            if q.fieldname == f.TEXT and self.has_pairs and len(q.words) > 1:
                for pair in dict.fromkeys(f.pair_terms(list(q.words))):
                    yield f.PAIRS, pair, boost
            elif q.fieldname in SCORED_FIELDS:
                for w in dict.fromkeys(q.words):
                    yield q.fieldname, w, boost
        elif isinstance(q, (query.AndNot, query.AndMaybe, query.Require)):
            yield from self.scored_terms(q.a, boost)
            if not isinstance(q, query.AndNot):
                yield from self.scored_terms(q.b, boost)
        elif isinstance(q, query.Not):
            return
        elif isinstance(q, query.ConstantScoreQuery):
            yield from self.scored_terms(q.child, boost)
        elif isinstance(q, query.CompoundQuery):
            for sub in q.subqueries:
                yield from self.scored_terms(sub, boost)

    def scores(self, q, matched: set[int]) -> dict[int, float]:
        """BM25 relevance of the matched documents holding a scored term of the expanded query
        ``q`` (a matched document missing from the result scores 0)."""
        n = self.reader.doc_count_all() or 1
        terms = list(dict.fromkeys(self.scored_terms(q)))
        counted = [(field, term, boost, self.reader.doc_frequency(field, term)) for field, term, boost in terms]
        counted = [t for t in counted if t[3] > 0]
        kept = [t for t in counted if t[3] <= max(n * SCORE_DF_SHARE, SCORE_DF_MIN)] or sorted(counted, key=lambda t: t[3])[:1]
        out: dict[int, float] = {}  # only documents holding a scored term: the rest score 0
        lengths = self.columns.get(LENGTH_COLUMN)
        avg_text = (self.reader.field_length(f.TEXT) / n) or 1.0
        for field, term, boost, df in kept:
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5)) * boost
            ids, weights = posting_weights(self.searcher, field, term)
            normed = lengths is not None and field in (f.TEXT, f.PAIRS, f.WORDS)
            for doc, tf in zip(ids, weights, strict=False):
                if doc in matched:
                    norm = 1 - B + B * lengths[doc] / avg_text if normed else 1.0
                    out[doc] = out.get(doc, 0.0) + idf * tf * (K1 + 1) / (tf + K1 * norm)
        return out
