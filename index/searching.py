"""Reading the index for the library's search page: the search-box query language, filters,
facets and highlights (the quote check's candidate lookup is in candidates.py).  Functions here
take an open Whoosh searcher and return plain dataclasses/tuples; no Whoosh object or exception
leaves this module.

The query language (what an editor types in the box)
----------------------------------------------------
- ``pension fund`` — every word must appear (AND): a search box that widens as you type more
  words surprises editors.  ``OR``, ``NOT``, ``AND`` and parentheses work, upper-case.
- Words are looked up in what was said (the passage text) and who said it (the speaker's
  names), so ``okafor pension`` finds Okafor talking about pensions; text matches weigh more.
  Source titles are searched only when asked, ``title:closure``: a passage is never a hit for
  a word that only its source's title holds ("bridge closure" must not list every passage of
  a source titled "… bridge closure" that mentions a bridge).
- ``"exact phrase"`` — words in this order (after lowercasing, accent folding and English
  stemming, so "lowering taxes" also finds "lowered taxes"; no words are dropped).
- ``pensoin~`` / ``pensoin~2`` — fuzzy word, edit distance 1 (default) or 2 at most; the first
  letter must be right (otherwise every word of the vocabulary is compared).  A word of three
  or four letters changes at most one letter, one of two letters none (``fuzzy_changes``).
- ``tax*``, ``lower*``, ``okaf?r`` — wildcards.
  Fuzzy and wildcard words match the unstemmed words of the text (see _BoxParser).
- ``speaker:okafor``, ``speaker:"minister okafor"``, ``kind:transcript``, ``outlet:ledger``,
  ``title:budget``, ``year:2024``.
- Dates: ``date:2024``, ``date:2024-03``, ``date:2024-03-04``,
  ``date:[2024-03-01 to 2024-03-31]``, open ranges ``date:[2024-03 to]``, ``date:>=2024-03-01``.
  Plain range syntax on the DATETIME field; no natural-language dates ("last week"), which
  guess silently.
- An empty query lists everything that the filters allow, newest first.
Anything that can't be parsed raises QueryError with a message meant for the editor; unbalanced
quotes or brackets are read as plain words.

Results: ``total`` and the facets (speaker, kind, outlet, year) count every matching passage,
not just the page; a facet lists its FACET_LIMIT most frequent values and leaves out passages
without a value (unknown speaker, no outlet, no date).  Sorting by date puts undated passages
last either way, and reports score 0.0 (scores are relevance only).
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
import math
import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import OSA
from whoosh import highlight, query
from whoosh.qparser import AndGroup, FuzzyTermPlugin, GtLtPlugin, MultifieldPlugin, QueryParser

from . import schema as f
from .columns import ColumnCache
from .evaluate import Evaluator
from .types import Hit, QueryError, SearchResult

SORTS = ("relevance", "date", "date_asc")
MAX_PAGELEN = 200
#: At most this many values per facet (the most frequent ones).
FACET_LIMIT = 50
FACETS = {"speaker": f.SPEAKER_FACET, "kind": f.KIND, "outlet": f.OUTLET_FACET, "year": f.YEAR}
SNIPPET_CHARS = 320

# -- query parsing ------------------------------------------------------------------------


class _BoxParser(QueryParser):
    """A multi-field parser whose fuzzy and wildcard words look at unstemmed words.

    Matching them against stems misses: "equipmnet" doesn't stem like "equipment" (-> equip),
    so equipmnet~2 would find nothing in the stemmed text field, nor would lowering* (the index
    holds "lower").  The WORDS field holds the same text unstemmed, so those words are looked
    up there instead.
    """

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        if fieldname == f.TEXT:
            if termclass is query.FuzzyTerm:
                words = f.words_of(text)
                if len(words) == 1:
                    return query.FuzzyTerm(f.WORDS, words[0], boost=boost)
            elif termclass in (query.Wildcard, query.Prefix):
                return termclass(f.WORDS, text.lower().translate(f.FOLD_MAP), boost=boost)
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)


def make_parser(schema):
    """The search-box parser: AND of words over text (boosted) and speaker; titles only by ``title:``."""
    parser = _BoxParser(None, schema, group=AndGroup)
    parser.add_plugin(MultifieldPlugin([f.TEXT, f.SPEAKER], fieldboosts={f.TEXT: 2.0, f.SPEAKER: 1.0}))
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    return parser


_DATE_HELP = "Write dates as 2024, 2024-03 or 2024-03-04, ranges as date:[2024-03-01 to 2024-03-31]."


def _walk(q):
    yield q
    for child in q.children():
        yield from _walk(child)


#: An operator with nothing after it ("bridge OR"), or AND/OR with nothing before it: Whoosh
#: would look for the word "or" or "and" and quietly find less.
_DANGLING_END = re.compile(r"(?:\s+(?:AND|OR|NOT|ANDNOT|ANDMAYBE))+\s*$")
_DANGLING_START = re.compile(r"^\s*(?:(?:AND|OR|ANDNOT|ANDMAYBE)\s+)+")
_LONE_OPERATORS = re.compile(r"^\s*(?:(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\s*)+$")


def parse(parser, text: str):
    """Parse the search box; raise QueryError instead of returning Whoosh's error queries."""
    if _LONE_OPERATORS.match(text):
        raise QueryError(f"“{text.strip()}” has no words to look for: AND, OR and NOT join words.")
    text = _DANGLING_START.sub("", _DANGLING_END.sub("", text))
    try:
        q = parser.parse(text)
    except Exception:  # Whoosh raises plain Exceptions for some bad dates
        raise QueryError(_explain(text)) from None
    for node in _walk(q):
        error = getattr(node, "error", None)
        if error:
            raise QueryError(_explain(text))
        if isinstance(node, query.FuzzyTerm):
            if node.maxdist > 2:
                raise QueryError("A fuzzy word allows at most two changes: write word~ or word~2.")
            # Without a fixed first letter, a fuzzy word walks the whole vocabulary.
            node.prefixlength = max(node.prefixlength, 1)
            node.maxdist = min(node.maxdist, fuzzy_changes(node.text))
    # A fuzzy word too short to change is looked up as typed.
    return q.accept(lambda n: query.Term(n.fieldname, n.text, boost=n.boost)
                    if isinstance(n, query.FuzzyTerm) and n.maxdist == 0 else n)


def fuzzy_changes(word: str) -> int:
    """The most letters a fuzzy word may change: none in a word of one or two letters ("ad~"
    would be "a", "an", "and", "as", "at" …: most of the library), one in three or four."""
    return 0 if len(word) <= 2 else 1 if len(word) <= 4 else 2


#: Words of the query language that are not words of the library.
_OPERATORS = frozenset({"and", "or", "not", "to"})
_FIELD_VALUE = re.compile(r'\b\w+:(?:"[^"]*"|\[[^\]]*\]|\S+)')


def plain_words(text: str) -> list[str]:
    """The words a search looks for in what was said: ``field:value`` filters, operators and
    the marks of phrases, fuzzy and wildcard words left out ("kitchen tabel~1 speaker:reyes" ->
    kitchen, tabel)."""
    rest = _FIELD_VALUE.sub(" ", text)
    rest = re.sub(r"~\d*", " ", rest)
    return [w for w in re.findall(f.WORD_PATTERN, rest) if w.lower() not in _OPERATORS and not w.isdigit()]


def suggest_words(searcher, words: Sequence[str], limit: int = 3) -> dict[str, list[str]]:
    """For each word the library never uses, the nearest words it does use: {word: [suggestion…]}.

    Whoosh's spelling corrector over the unstemmed WORDS field (edit distance at most 2, the
    first letter kept), fewest changes first and the more used word first among equals.  Words the library holds are not
    corrected: "kitchen table" with no hit is about the phrase, not the spelling.
    """
    reader = searcher.reader()
    corrector = searcher.corrector(f.WORDS)
    out: dict[str, list[str]] = {}
    for word in words:
        folded = f.words_of(word)
        if len(folded) != 1 or reader.doc_frequency(f.WORDS, folded[0]) > 0:
            continue
        found = [s for s in corrector.suggest(folded[0], limit=limit * 4, maxdist=2, prefix=1) if s != folded[0]]
        # Fewest changes first, a swap of two letters one change ("tabel": table before takes), then the more used word.
        found.sort(key=lambda s: (OSA.distance(folded[0], s), -reader.doc_frequency(f.WORDS, s)))
        if found:
            out[word] = found[:limit]
    return out


def _explain(text: str) -> str:
    if re.search(r"\bdate\s*:", text, re.I):
        return f"Couldn't read the date in “{text}”. {_DATE_HELP}"
    return (f"Couldn't understand the search “{text}”. Check its quote marks and brackets, write AND, OR "
            "and NOT between words, or search for plain words.")


def _tokens(text: str) -> list[str]:
    return f.words_of(text)


def _phrase_or_term(fieldname: str, text: str):
    words = _tokens(text)
    if not words:
        return None
    if len(words) == 1:
        return query.Term(fieldname, words[0])
    return query.Phrase(fieldname, words)


# Matches no document (passage ids are digits).  Not query.NullQuery: And() drops that, which
# would turn "a speaker named '!!'" into "any speaker".
_NOTHING = query.Term(f.PASSAGE_ID, "-")


def build_filter(
    *,
    speaker: str | None = None,
    speaker_id: int | None = None,
    kind: str | None = None,
    outlet: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
):
    """The keyword-argument filters as one query (None when there is nothing to filter)."""
    parts = []
    if speaker and speaker.strip():
        q = _phrase_or_term(f.SPEAKER, speaker)
        parts.append(q if q is not None else _NOTHING)
    if speaker_id is not None:
        parts.append(query.Term(f.SPEAKER_ID, str(speaker_id)))
    if kind and kind.strip():
        parts.append(query.Term(f.KIND, kind.strip().lower()))
    if outlet and outlet.strip():
        q = _phrase_or_term(f.OUTLET, outlet)
        parts.append(q if q is not None else _NOTHING)
    if date_from or date_to:
        if date_from and date_to and date_from > date_to:
            raise QueryError("The start date is after the end date.")
        start = dt.datetime.combine(date_from, dt.time.min) if date_from else None
        end = dt.datetime.combine(date_to, dt.time.max) if date_to else None
        parts.append(query.DateRange(f.DATE, start, end))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else query.And(parts)


# -- search -------------------------------------------------------------------------------


class MarkFormatter(highlight.Formatter):
    """<mark>…</mark> around matched words; everything else HTML-escaped; … at cut edges."""

    between = " … "

    def _text(self, text):
        return html.escape(text, quote=False)

    def format_token(self, text, token, replace=False):
        return "<mark>%s</mark>" % html.escape(highlight.get_text(text, token, replace), quote=False)

    def format_fragment(self, fragment, replace=False):
        out = super().format_fragment(fragment, replace)
        if fragment.startchar > 0:
            out = "…" + out.lstrip()
        if fragment.endchar < len(fragment.text):
            out = out.rstrip() + "…"
        return out


def plain_snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The start of a passage, escaped, for hits with nothing to highlight in the text."""
    if len(text) <= limit:
        return html.escape(text, quote=False)
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return html.escape(cut, quote=False) + "…"


_STEMMER = f.search_analyzer()


def highlight_terms(q, reader) -> frozenset[str]:
    """The TEXT-field tokens to mark for a query: its text terms (fuzzy and prefix words
    expanded to what the index holds), plus the stems of its unstemmed WORDS-field terms."""
    marked = set()
    for fieldname, btext in q.existing_terms(reader, expand=True):
        word = btext.decode("utf-8") if isinstance(btext, bytes) else str(btext)
        if fieldname == f.TEXT:
            marked.add(word)
        elif fieldname == f.WORDS:
            marked.update(t.text for t in _STEMMER(word))
    return frozenset(marked)


def snippet(text: str, terms: frozenset[str]) -> str:
    """HTML-safe snippet of a passage with <mark> around ``terms``; the whole passage if short."""
    if terms:
        if len(text) <= SNIPPET_CHARS:
            fragmenter = highlight.WholeFragmenter()
        else:
            fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=100)
        marked = highlight.highlight(text, terms, _STEMMER, fragmenter, MarkFormatter(), top=2)
        if marked:
            return marked
    return plain_snippet(text)


def search(
    searcher,
    parser,
    cache: ColumnCache,
    q: str,
    *,
    speaker: str | None = None,
    speaker_id: int | None = None,
    kind: str | None = None,
    outlet: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    page: int = 1,
    pagelen: int = 20,
    sort: str = "relevance",
) -> SearchResult:
    """Run a search-box query with filters; one page of hits, facets over all matches."""
    if sort not in SORTS:
        raise QueryError(f"Sort by one of: {', '.join(SORTS)}.")
    if page < 1:
        raise QueryError("Pages are numbered from 1.")
    if not 1 <= pagelen <= MAX_PAGELEN:
        raise QueryError(f"A page holds 1 to {MAX_PAGELEN} hits.")
    text = (q or "").strip()
    main = parse(parser, text) if text else query.Every()
    filt = build_filter(
        speaker=speaker,
        speaker_id=speaker_id,
        kind=kind,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
    )
    reader = searcher.reader()
    ev = Evaluator(searcher, cache, text)
    cols = ev.columns
    main = ev.expand(main)  # fuzzy, wildcard and range words -> the index's own terms

    # Every matching live document: the total and the facets count all of them.  The filters
    # join the query's AND, so that those a column answers test its matches (evaluate.py).
    matched = ev.docs(main if filt is None else query.And([main, ev.expand(filt)]))
    total = len(matched)
    first, last = (page - 1) * pagelen, page * pagelen

    by_date = sort != "relevance" or not text
    if by_date:
        docnums = _by_date(matched, cols, newest_first=sort != "date_asc", n=last)[first:last]
        scored = [(d, 0.0) for d in docnums]  # no relevance when ordered by date
    elif total:
        relevance = ev.scores(main, matched)
        # Best first; among equals the older document first, as Whoosh orders ties.
        best = heapq.nsmallest(last, relevance.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(best) < last:  # matches holding no scored word (NOT …, a filter alone) score 0
            best += [(d, 0.0) for d in heapq.nsmallest(last - len(best), matched - relevance.keys())]
        scored = best[first:last]
    else:
        scored = []

    terms = highlight_terms(main, reader) if text and scored else frozenset()
    hits = []
    for docnum, score in scored:
        stored = searcher.stored_fields(docnum)
        hits.append(
            Hit(
                passage_id=int(stored[f.PASSAGE_ID]),
                score=score,
                highlight=snippet(stored.get(f.TEXT, ""), terms),
            )
        )
    return SearchResult(
        query=text,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / pagelen)),
        pagelen=pagelen,
        hits=hits,
        facets=_facets(matched, cols, cache),
    )


def _by_date(docnums: set[int], cols, newest_first: bool, n: int) -> list[int]:
    """The first ``n`` documents by date, undated ones last either way, ties in index order."""
    dates, years = cols[f.DATE], cols[f.YEAR]
    ordered = sorted(docnums)
    if newest_first:
        return heapq.nlargest(n, ordered, key=lambda d: (years[d] != 0, dates[d]))
    return heapq.nsmallest(n, ordered, key=lambda d: (years[d] == 0, dates[d]))


def _facets(docnums: set[int], cols, cache: ColumnCache) -> dict[str, list[tuple[str, int]]]:
    # Counting more than half the library, count what is left out and subtract it from the
    # counts of every document (ColumnCache.counts): a pass over the smaller set.
    n = len(cols[f.DATE])
    rest = set(range(n)) - docnums if len(docnums) * 2 > n else None
    facets = {}
    for name, field in FACETS.items():
        if rest is None:
            counts = Counter(map(cols[field].__getitem__, docnums))
        else:
            counts = cache.counts(field) - Counter(map(cols[field].__getitem__, rest))
        counts.pop(0, None)  # no speaker / outlet / date
        ranked = sorted(((cache.values[code], n) for code, n in counts.items() if n > 0),
                        key=lambda kv: (-kv[1], kv[0].casefold()))
        facets[name] = ranked[:FACET_LIMIT]
    return facets
