"""Finding the passages a draft's quote may come from: the quote check's candidate lookup.

A quote as spoken is found first by its rarest pairs of neighbouring words (short posting
lists); the rest of this note is the general path, taken when the pairs don't find it.

Rare words pick the pool: the passages holding any of the quote's rarest words, weighed by
those words' idf.  Common words rank it: they add to the weight of passages already picked and
decide the order, but never select a passage by themselves.  The named speaker's own passages
always join: the best of them (among those holding a rare word) are added to the pool and kept
in the result, so a phrase many people use is still checked against that speaker's words.
Functions here take an open Whoosh searcher and return plain (passage_id, score) tuples.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence

from whoosh import query

from . import schema as f
from .postings import posting_ids

#: At most this many of a quote's rarest words pick its candidates.
RARE_TERMS = 7
#: A term in more than this share of passages (or CAP_MIN passages, whichever is more) is too
#: common to pick candidates by: it only adds cost.
CAP_FRACTION = 0.01
CAP_MIN = 50
#: Common words of the quote may still add to a candidate's score, but never select one.
BOOST_TERMS = 8
#: A selection resting on fewer words than this is one changed word away from missing the named
#: speaker's passage (a misquote changes the one rare word: "boots on the budget"): the least
#: common of the quote's other words then select among that speaker's own passages
#: (``_own_by_plain_words``).
MIN_SELECTORS = 3


_WORD_RE = re.compile(r"\w+")


def _plain_words(text: str) -> list[str]:
    """Lower-case words, for counting what a quote and a passage share (cheaper than the analyzer)."""
    return _WORD_RE.findall(text.casefold().replace("’", "'"))


def pick_terms(searcher, words: Sequence[str], dfs: dict[str, int] | None = None) -> tuple[list[str], list[str]]:
    """Split a quote's words into (rare terms that select candidates, common terms that only boost).

    The rarest RARE_TERMS words that are under the document-frequency cap select; if every word
    is common (a short, plain quote), the two least common select anyway.  Words the index has
    never seen are dropped: they can't match and say nothing about cost.  ``dfs``, when given,
    receives each word's document frequency (the later steps need them again).
    """
    tokens = list(dict.fromkeys(f.words_of(" ".join(words))))
    counted = {t: searcher.doc_frequency(f.WORDS, t) for t in tokens}
    if dfs is not None:
        dfs.update(counted)
    dfs_sorted = sorted(((df, t) for t, df in counted.items() if df > 0), key=lambda x: (x[0], -len(x[1])))
    if not dfs_sorted:
        return [], []
    cap = max(CAP_MIN, int(searcher.doc_count_all() * CAP_FRACTION))
    rare = [t for df, t in dfs_sorted if df <= cap][:RARE_TERMS]
    if not rare:
        rare = [t for _, t in dfs_sorted[:2]]
    common = [t for _, t in dfs_sorted if t not in rare][:BOOST_TERMS]
    return rare, common


def candidate_query(rare: list[str], common: list[str], boost_common: bool = True):
    """OR of the rare terms; the common ones only add to the score of what that OR finds."""
    required = query.Or([query.Term(f.WORDS, t) for t in rare])
    if boost_common and common:
        return query.AndMaybe(required, query.Or([query.Term(f.WORDS, t) for t in common]))
    return required


#: How many passages the rare terms select before the quote's other words re-rank them.
CANDIDATE_POOL = 40
#: When more passages than the pool hold the rare terms, at most this many of them (best by
#: the rare terms, then shortest) are scored by the quote's common words too.
RESCORE_MAX = 3000
#: Common words held by more passages than this are not read for that score: reading costs the
#: length of the list, and such words tell little anyway.
COMMON_WALK_MAX = 5000
#: The named speaker's own best passages: this many join the pool, this many are returned.
OWN_POOL = 20
OWN_LIMIT = 4
#: When the best passage holds this share of the quote's distinct words, passages holding fewer
#: than FAR_FEWER of its count are dropped.  On the 100,000-passage benchmark the passage a quote
#: came from shares all its words and the next best about half: those were 9 of every 10 turns
#: the check tokenised and aligned.
NEAR_COMPLETE = 0.8
FAR_FEWER = 0.7
#: The quote's rarest neighbouring-word pairs (the PAIRS field) that pick a first pool.  When
#: that pool holds a passage with NEAR_COMPLETE of the quote's words (a quote as spoken, or with
#: a word or two changed), it stands for the rare words' pool, whose posting lists are ten to a
#: hundred times longer than the pairs' at a million passages.
PAIR_SELECTORS = 8
#: Pairs whose document frequency is looked up, those of the least common words first: a pair
#: is in hardly more passages than its rarer word (pairs are of stems, words are not stemmed),
#: and each lookup is one in every segment's term table
#: (a third of a check's time at a million passages went to looking up every pair of a quote).
PAIR_LOOKUPS = 2 * PAIR_SELECTORS


def _add_common(searcher, weight: dict[int, float], common: Sequence[str], dfs: dict[str, int]) -> None:
    """Add the idf of each of the quote's common words to the passages of ``weight`` holding it.

    A plain quote of a prolific speaker ("We are going to build a wall") may have one rare
    word that hundreds of passages share; ranking those by length alone left the passage that
    holds every word of the quote out of the pool.  Only the heaviest RESCORE_MAX candidates are
    scored, and only words held by at most COMMON_WALK_MAX passages: their posting lists are read
    in blocks, so the cost stays a few milliseconds per quote at 100,000 passages.
    """
    docs = {d for d, _ in _best(searcher, weight, RESCORE_MAX)}
    for term in common:
        if dfs[term] > COMMON_WALK_MAX:
            continue   # reading "the" or "we" costs its whole list
        idf = searcher.idf(f.WORDS, term)
        for docnum in set(posting_ids(searcher, f.WORDS, term)).intersection(docs):
            weight[docnum] += idf


def candidates(searcher, words: Sequence[str], limit: int = 20, boost_common: bool = True,
               speaker_ids: Sequence[int] = ()) -> list[tuple[int, float]]:
    """Passages likely to hold a quote: [(passage_id, score)], best first.

    Picks candidates by the quote's rarest words rather than by phrases, so a quote with a
    changed or dropped word, or an ellipsis, still finds its passage.  Two steps:

    1. every passage holding any of the rare terms gets the sum of those terms' idf, read
       straight from the posting lists (no per-document BM25 in Python: rare terms have short
       lists, and this is what keeps a lookup at a few milliseconds at 100,000 passages); the
       best CANDIDATE_POOL passages form the pool;
    2. the pool is re-ranked by how many of the quote's distinct words (common ones included)
       each passage holds, read from the stored text, the idf sum breaking ties.

    First, when the index has the PAIRS field, the quote's rarest neighbouring-word pairs pick
    a pool the same way (``_pair_weight``); if a passage of it holds NEAR_COMPLETE of the
    quote's words, that pool stands for step 1 (a quote as spoken shares its pairs with the
    passage it came from, and with anyone else who said the same words).  Otherwise, a quote
    rewritten, cut or paraphrased, the rare words pick it as above.

    When more passages hold the rare terms than the pool takes, and none of the pool holds
    NEAR_COMPLETE of the quote's words, the quote's common words add their idf first
    (``_add_common``).  When one passage holds NEAR_COMPLETE of them, those holding fewer than
    FAR_FEWER of its count are left out of the result.  ``speaker_ids``: the speaker the draft names; their own
    best OWN_POOL passages join the pool and their best OWN_LIMIT are returned beside the
    ``limit`` best of all, so a phrase many people use ("boots on the ground") is still
    checked against the named speaker's own words.

    This replaces an ``AndMaybe`` boost by the common words inside Whoosh: that scored every
    passage holding "the" through Python (4 s for a 20-quote draft at 100,000 passages), and
    with a ``limit`` it also dropped top documents (whoosh issue #122, still in Whoosh-Reloaded
    2.7.5; tests/test_demo.py's caption quote 13 failed on it).
    """
    dfs: dict[str, int] = {}
    rare, common = pick_terms(searcher, words, dfs)
    if not rare:
        return []
    size = max(limit, CANDIDATE_POOL)
    wanted = set(_plain_words(" ".join(words)))
    read: dict[int, tuple[int, int, int]] = {}

    def held(docnum: int) -> tuple[int, int, int]:
        """(quote words the passage holds, its length in words, its passage id), read once."""
        if docnum not in read:
            stored = searcher.stored_fields(docnum)
            tokens = _plain_words(stored.get(f.TEXT) or "")
            read[docnum] = (len(wanted & set(tokens)) if boost_common else 0, len(tokens), int(stored[f.PASSAGE_ID]))
        return read[docnum]

    near = NEAR_COMPLETE * len(wanted)
    weight = _pair_weight(searcher, words, dfs) if boost_common else None
    best = _best(searcher, weight, size) if weight is not None else []
    if weight is None or not any(held(d)[0] >= near for d, _ in best):
        weight = _weigh(searcher, f.WORDS, rare)
        best = _best(searcher, weight, size)
    else:
        common = []  # the pairs' pool already holds the quote: nothing to re-weigh
    if len(weight) > size and common:
        # The common words re-weigh the rare words' passages, so that the one holding the whole
        # quote is not left out of the pool; not needed when the rare words alone put it there.
        if not (boost_common and any(held(d)[0] >= near for d, _ in best)):
            _add_common(searcher, weight, common, dfs)
            best = _best(searcher, weight, size)
    own = _held_by(searcher, weight, speaker_ids) if speaker_ids else set()
    if speaker_ids and len(rare) < MIN_SELECTORS:
        own |= _own_by_plain_words(searcher, weight, rare, common, dfs, speaker_ids)
        best = _best(searcher, weight, size)
    pool = best
    if own:
        in_pool = {d for d, _ in pool}
        pool += [kv for kv in heapq.nlargest(OWN_POOL, ((d, weight[d]) for d in own), key=lambda kv: kv[1])
                 if kv[0] not in in_pool]
    ranked = []
    for docnum, score in pool:
        shared, length, pid = held(docnum)
        ranked.append((shared, score, length, pid, docnum in own))
    # Most shared words, then rarest, then shortest (least else around the quote).
    ranked.sort(key=lambda r: (-r[0], -r[1], r[2], r[3]))
    if boost_common and ranked and ranked[0][0] >= NEAR_COMPLETE * len(wanted):
        # One passage holds (nearly) every word of the quote: one holding far fewer is not where
        # the quote came from, and grading it only costs the check time.
        floor = FAR_FEWER * ranked[0][0]
        ranked = [r for r in ranked if r[0] >= floor]
    best = ranked[:limit]
    best += [r for r in ranked[limit:] if r[4]][: max(0, OWN_LIMIT - sum(r[4] for r in best))]
    return [(pid, shared + score / 1000.0) for shared, score, _n, pid, _own in best]


def _pair_weight(searcher, words: Sequence[str], dfs: dict[str, int]) -> dict[int, float] | None:
    """The passages holding any of the quote's PAIR_SELECTORS rarest word pairs, each weighed by
    the idf of the pairs it holds; None when the index has no pair field or the quote no pair
    under the document-frequency cap.  Only the PAIR_LOOKUPS pairs whose rarer word is least
    common (``dfs``: the quote's words' document frequencies) are looked up; a pair with a word
    the library never uses is in no passage."""
    if f.PAIRS not in searcher.schema:
        return None
    text = " ".join(words)
    stems, tokens = f.text_stems(text), f.words_of(text)
    if len(stems) == len(tokens):   # one stem per word: the two analyzers share their tokenizer
        bound = {}
        for p, a, b in zip(f.pair_terms(stems), tokens, tokens[1:], strict=False):
            rarer = min(dfs.get(a, 0), dfs.get(b, 0))
            if rarer:
                bound[p] = min(rarer, bound.get(p, rarer))
        pairs = sorted(bound, key=bound.__getitem__)[:PAIR_LOOKUPS]
    else:
        pairs = list(dict.fromkeys(f.pair_terms(stems)))
    cap = max(CAP_MIN, int(searcher.doc_count_all() * CAP_FRACTION))
    counted = sorted((df, p) for p in pairs if 0 < (df := searcher.doc_frequency(f.PAIRS, p)) <= cap)
    if not counted:
        return None
    return _weigh(searcher, f.PAIRS, [pair for _df, pair in counted[:PAIR_SELECTORS]])


def _weigh(searcher, field: str, terms: Sequence[str]) -> dict[int, float]:
    """Each passage holding any of ``terms``, weighed by the idf of those it holds."""
    weight: dict[int, float] = {}
    for term in terms:
        idf = searcher.idf(field, term)
        for docnum in posting_ids(searcher, field, term):
            weight[docnum] = weight.get(docnum, 0.0) + idf
    return weight


def _own_by_plain_words(searcher, weight: dict[int, float], rare: list[str], common: list[str],
                        dfs: dict[str, int], speaker_ids: Sequence[int]) -> set[int]:
    """The named speaker's passages holding the least common of the quote's other words, added to
    ``weight`` (by those words' idf) and returned: a quote selected by one or two rare words, one
    of them changed by the reporter, still reaches the passage it came from.  Only that speaker's
    passages are taken (a one-word misquote is told apart only in the named speaker's words,
    ``desk.match.verdict``), and only words held by at most COMMON_WALK_MAX passages are read."""
    extra = [t for t in common if dfs[t] <= COMMON_WALK_MAX][:MIN_SELECTORS]
    if not extra:
        return set()
    theirs = {d for sid in speaker_ids if searcher.doc_frequency(f.SPEAKER_ID, str(sid))
              for d in posting_ids(searcher, f.SPEAKER_ID, str(sid))}
    added: set[int] = set()
    for term in extra:
        idf = searcher.idf(f.WORDS, term)
        for docnum in theirs.intersection(posting_ids(searcher, f.WORDS, term)):
            weight[docnum] = weight.get(docnum, 0.0) + idf
            added.add(docnum)
    return added


def _held_by(searcher, weight: dict[int, float], speaker_ids: Sequence[int]) -> set[int]:
    """The passages of ``weight`` whose speaker is one of ``speaker_ids``."""
    return {d for sid in speaker_ids for d in _holding(searcher, f.SPEAKER_ID, str(sid), weight)}


def _holding(searcher, field: str, term: str, docs) -> set[int]:
    """The documents of ``docs`` whose ``field`` holds ``term`` (its posting list read in blocks,
    :func:`index.postings.posting_ids`; Whoosh's ``skip_to`` stepped through it one id at a time)."""
    if not searcher.doc_frequency(field, term):
        return set()
    return set(posting_ids(searcher, field, term)).intersection(docs)


def _best(searcher, weight: dict[int, float], size: int) -> list[tuple[int, float]]:
    """The ``size`` heaviest of ``weight``; among those tied at the edge, shorter passages first
    (a short quote of common words ties many: "We will not."), as BM25 would have it."""
    pool = heapq.nlargest(size, weight.items(), key=lambda kv: kv[1])
    if len(weight) > size:
        edge = pool[-1][1]
        pool = [kv for kv in pool if kv[1] > edge]
        tied = [d for d, w in weight.items() if w == edge]
        tied.sort(key=lambda d: (searcher.doc_field_length(d, f.WORDS, 0), d))
        pool += [(d, edge) for d in tied[: size - len(pool)]]
    return pool
