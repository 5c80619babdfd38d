"""The index schema: field names, analyzers and the Whoosh ``SCHEMA``.

One document is one PASSAGE (a sentence or a few of one speaker's turn), never a whole source:
a hit then points at the words an editor wants, and a quote lookup compares a draft quote with
passage-sized texts.  Field names are constants so the writing and searching modules (and
tests) never spell them twice.  Nothing here knows about Flask or the database.
"""

from __future__ import annotations

import re

from whoosh import fields
from whoosh.analysis import CharsetFilter, IDTokenizer, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

from .fastfields import FastText, MemoDatetime, text_stems  # noqa: F401  (text_stems: re-exported)

# -- field names --------------------------------------------------------------------------

PASSAGE_ID = "passage_id"
SOURCE_ID = "source_id"
TEXT = "text"
WORDS = "words"
PAIRS = "pairs"
SPEAKER = "speaker"
SPEAKER_FACET = "speaker_facet"
SPEAKER_ID = "speaker_id"
KIND = "kind"
OUTLET = "outlet"
OUTLET_FACET = "outlet_facet"
TITLE = "title"
DATE = "date"
YEAR = "year"
START = "start"
END = "end"

#: Fields a user may type in the search box as ``field:value`` (others are internal).
USER_FIELDS = (TEXT, SPEAKER, KIND, OUTLET, TITLE, DATE, YEAR)

# -- analyzers ----------------------------------------------------------------------------

# A word is a run of letters/digits, kept whole across an inner apostrophe or dot, so
# "don't", "O'Brien", "3.5" and "U.S" are one token each, while hyphens, dashes, slashes and
# every other punctuation split: "cost-of-living" -> cost, of, living.  A trailing apostrophe
# ("workers'") is dropped, so it reads as "workers".
WORD_PATTERN = r"\w+(?:[.'\u2019\u02bc]\w+)*"

# Accent folding (é -> e, ø -> o, ß -> ss) plus typographic apostrophes -> "'", so a draft typed
# with curly quotes finds a transcript typed with straight ones and the other way round.
FOLD_MAP = dict(accent_map)
FOLD_MAP.update({0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x2032: "'"})


def fold_analyzer():
    """Lowercase, accent- and apostrophe-folded words, nothing removed, nothing stemmed.

    "Minister Okafor’s ÉLAN, cost-of-living" -> minister, okafor's, elan, cost, of, living
    """
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | CharsetFilter(FOLD_MAP)


def search_analyzer():
    """fold_analyzer + English (Snowball) stemming, with NO stop-word removal.

    Stop words stay because quotes are made of them: "to be or not to be" must still be a
    phrase, and dropping "not" would make "we will not lower taxes" look like its opposite.

    "We're lowering the taxes"  -> we'r, lower, the, tax
    "Réformes économiques"      -> reform, economiqu   (an English stemmer, applied to folded text)
    "Okafor’s pension-fund"     -> okafor, pension, fund
    "didn’t" == "didn't"        -> didn't
    """
    return fold_analyzer() | StemFilter(lang="en")


_TOKEN_RE = re.compile(WORD_PATTERN)
_FOLD_ANALYZER = fold_analyzer()


def pair_terms(stems: list[str]) -> list[str]:
    """The PAIRS terms of a run of stems: each two neighbours, space-joined ("lower", "the", "tax"
    -> "lower the", "the tax")."""
    return [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]


def words_of(text: str) -> list[str]:
    """Tokens of ``text`` exactly as the WORDS field indexes them (for quote lookups)."""
    return [t.text for t in _FOLD_ANALYZER(text)]


# -- schema -------------------------------------------------------------------------------

# The analysed fields are FastText / MemoDatetime (index/fastfields.py): the same terms as
# TEXT / DATETIME with these analyzers, produced with far less work per passage.
SCHEMA = fields.Schema(
    # The store's primary key as text; unique=True so update_document replaces the old copy.
    # Sortable so ids() reads a column instead of loading every stored document.
    passage_id=fields.ID(unique=True, stored=True, sortable=True),
    # Deleting a source deletes its passages with one term.
    source_id=fields.ID(stored=True),
    # What people search.  Stored so highlights can be cut from it without a database trip;
    # positions (phrase=True) so "exact phrases" work; stemmed so "lowering" finds "lowered".
    text=FastText(analyzer=search_analyzer(), stem=True, stored=True, phrase=True),
    # The same words unstemmed and without positions: quote-candidate retrieval ORs the rarest
    # of these, and document frequencies of real words pick them better than stems would.
    words=FastText(analyzer=fold_analyzer(), stem=False, phrase=False),
    # Each two neighbouring stems of the text as one term ("lower tax"), ids only.  An "exact
    # phrase" search intersects these short lists first and checks the words' order only in
    # the few passages left (index/evaluate.py); the check's candidate lookup picks a quote's
    # rarest pairs first (index/candidates.py).  Never typed by users.
    pairs=FastText(analyzer=search_analyzer(), stem=True, pairs=True, phrase=False),
    # Canonical name + every alias (surname, "Minister Okafor", "MINISTER OKAFOR"), so
    # speaker:okafor matches; positions so speaker:"adaeze okafor" is a phrase.
    speaker=FastText(analyzer=fold_analyzer(), stem=False, memo=True, phrase=True),
    # Exact canonical name as one term, for facet counts; absent (column "") when unknown.
    speaker_facet=fields.ID(stored=True, sortable=True),
    # The store's speaker id, to filter by identity rather than by name.
    speaker_id=fields.ID(stored=True),
    # transcript, speech, interview, ...: one lowercase term, for kind: filters and facets.
    kind=fields.ID(stored=True, sortable=True, analyzer=IDTokenizer() | LowercaseFilter()),
    # Outlet words for outlet:ledger ...
    outlet=FastText(analyzer=fold_analyzer(), stem=False, memo=True, phrase=True),
    # ... and the outlet as one value for facets.
    outlet_facet=fields.ID(stored=True, sortable=True),
    # The source's title: searched (stemmed like text) and stored for display.
    title=FastText(analyzer=search_analyzer(), stem=True, memo=True, stored=True, phrase=True),
    # The source's date: DATETIME parses date:2024, date:2024-03, date:[2024-03-01 to 2024-03-31];
    # sortable for newest/oldest first.
    date=MemoDatetime(stored=True, sortable=True),
    # "2024" as one term: a cheap facet and a year: filter.
    year=fields.ID(stored=True, sortable=True),
    # Character offsets into the source text; only carried back to the caller.
    start=fields.STORED(),
    end=fields.STORED(),
)
