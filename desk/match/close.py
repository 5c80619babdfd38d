"""The closest word alignment of a quote inside a turn, when it is not there verbatim.

Word matches vote for an alignment diagonal (source position minus quote position,
content words weigh more than function words); around the best diagonal RapidFuzz's
``Levenshtein.opcodes`` on the two *word lists* gives the word diff, which is trimmed so
the span starts and ends on the source words that correspond to the quote.  The numbers
that decide misquote / paraphrase / nothing are described in ``verdict.py``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel, Levenshtein

from .align import TurnWords

# Function words: they count less when voting for an alignment and are left
# out of the content-word overlap used for paraphrases.
STOP = frozenset(
    """a an the and or but if so of to in on at by for with from as into onto about than then
    that this these those there here it its it's is are was were be been being am do does did
    have has had i me my we us our you your he him his she her they them their who whom which
    what when where why how not no will would can could should shall may might must just also
    very all any some every each more most much many such own same too only even still up out
    over under again once s t let's i'm we're you're they're he's she's that's there's we've
    i've we'll i'll don't won't can't isn't aren't wasn't didn't doesn't""".split()
)


# Everyday verbs and words beyond STOP: a quote made of them ("to go after them", "there's
# nothing wrong with that") could be anyone's.
GENERIC = frozenset(
    """go goes going went gone get gets getting got make makes making made know knows knew think
    thinks thought say says said want wants wanted come comes came take takes took see sees saw
    look looks looked need needs needed give gives gave tell tells told put keep kept let thing
    things way time right well really back after now nothing something anything everything
    wrong good lot people yes okay ok coming thank thanks welcome hello morning afternoon evening
    everyone everybody""".split()
)


@lru_cache(maxsize=65536)
def stem(w: str) -> str:
    """Very light English stemming for content-word overlap (hiring ~ hire, streets ~ street)."""
    w = w.removesuffix("'s")
    for suf in ("ing", "ed", "es", "s", "e"):
        if len(w) - len(suf) >= 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


@dataclass
class Close:
    score: float                 # Indel similarity of quote words vs the trimmed span, [0, 1]
    matched: int                 # quote words in equal blocks
    longest: int                 # longest run of words in common
    bigrams: float               # share of quote word pairs found near the span
    content: float               # share of quote content words (stemmed) found near the span
    content_hits: int
    supported: int               # quote words in a word pair found near the span
    lo: int                      # span [lo, hi) in turn words
    hi: int
    ops: list[tuple[str, int, int, int, int]]   # (tag, src i1, i2, quote j1, j2), src absolute
    content_pairs: int           # quote word pairs found near the span whose two words are content words
    stem_pairs: int = 0          # the same, the words compared by their stems ("pay back" for "pays back")


def close_match(tw: TurnWords, qw: list[str]) -> Close | None:
    """Best local word alignment of ``qw`` inside the turn, or None if nothing is shared."""
    n, N = len(qw), len(tw)
    if not n or not N:
        return None
    votes: dict[int, float] = {}
    pos = tw.positions
    for i, w in enumerate(qw):
        ps = pos.get(w)
        if not ps:
            continue
        wt = 0.3 if w in STOP else 1.0
        for j in ps:
            d = j - i
            votes[d] = votes.get(d, 0.0) + wt
    if not votes:
        return None
    best_d, best_v = 0, -1.0
    top = sorted(votes, key=votes.__getitem__, reverse=True)[:8] if len(votes) > 8 else votes
    for d in top:
        v = sum(votes.get(d + k, 0.0) for k in range(-3, 4))
        if v > best_v or (v == best_v and d < best_d):
            best_d, best_v = d, v
    lo = max(0, best_d - 4)
    hi = min(N, best_d + n + 4)
    window = tw.w.words[lo:hi]
    ops = [(o.tag, o.src_start + lo, o.src_end + lo, o.dest_start, o.dest_end)
           for o in Levenshtein.opcodes(window, qw)]
    # trim source words outside the quote's reach at both ends
    while ops and ops[0][0] == "delete":
        ops.pop(0)
    while ops and ops[-1][0] == "delete":
        ops.pop()
    ops = _snug(ops, tw.w.words)
    if ops and ops[0][0] == "replace":
        t, i1, i2, j1, j2 = ops[0]
        ops[0] = (t, max(i1, i2 - (j2 - j1)), i2, j1, j2)
    if ops and ops[-1][0] == "replace":
        t, i1, i2, j1, j2 = ops[-1]
        ops[-1] = (t, i1, min(i2, i1 + (j2 - j1)), j1, j2)
    eq = [(i2 - i1) for t, i1, i2, j1, j2 in ops if t == "equal"]
    matched = sum(eq)
    if not matched:
        return None
    s_lo = ops[0][1]
    s_hi = ops[-1][2]
    span = tw.w.words[s_lo:s_hi]
    score = Indel.normalized_similarity(span, qw)
    # neighbourhood for pair and content overlap: reorderings and rewordings
    # stay within about one quote length of the span
    r_lo, r_hi = max(0, s_lo - n), min(N, s_hi + n)
    region = tw.w.words[r_lo:r_hi]
    pairs = set(zip(region, region[1:], strict=False))
    qpairs = list(zip(qw, qw[1:], strict=False))
    found = [p in pairs for p in qpairs]
    bigrams = sum(found) / len(qpairs) if qpairs else float(matched == n)
    supported = sum(1 for i in range(n) if (i > 0 and found[i - 1]) or (i < n - 1 and found[i]))
    qcontent = {stem(w) for w in qw if w not in STOP and len(w) > 1}
    rcontent = {stem(w) for w in region if w not in STOP and len(w) > 1}
    hits = len(qcontent & rcontent)
    content = hits / len(qcontent) if qcontent else 0.0
    content_pairs = sum(1 for (a, b), f in zip(qpairs, found, strict=True) if f and a not in STOP and b not in STOP)
    stemmed = set(zip(map(stem, region), map(stem, region[1:]), strict=False))
    stem_pairs = sum(1 for a, b in qpairs if a not in STOP and b not in STOP and (stem(a), stem(b)) in stemmed)
    return Close(score, matched, max(eq), bigrams, content, hits, supported, s_lo, s_hi, ops, content_pairs, stem_pairs)


def _snug(ops: list[tuple[str, int, int, int, int]], words: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Start and end the alignment on the nearest copy of its first and last words: "where we
    are. We have 2,400" for "We have 4,200" matches the second "we", not the first with "are. We"
    reported as words dropped (an alignment's tie, resolved toward the quote's own words)."""
    if len(ops) >= 2 and ops[0][0] == "equal" and ops[1][0] == "delete":
        (_, i1, i2, j1, j2), (_, d1, d2, _, _) = ops[0], ops[1]
        size = i2 - i1
        if d2 - d1 >= size and words[d2 - size:d2] == words[i1:i2]:
            ops = [("equal", d2 - size, d2, j1, j2)] + ops[2:]
    if len(ops) >= 2 and ops[-1][0] == "equal" and ops[-2][0] == "delete":
        (_, d1, d2, _, _), (_, i1, i2, j1, j2) = ops[-2], ops[-1]
        size = i2 - i1
        if d2 - d1 >= size and words[d1:d1 + size] == words[i1:i2]:
            ops = ops[:-2] + [("equal", d1, d1 + size, j1, j2)]
    return ops
