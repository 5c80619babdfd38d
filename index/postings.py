"""Reading posting lists in bulk (for the quote-candidate lookup and the search evaluator)."""

from __future__ import annotations

from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound


def _segments(searcher, fieldname: str, term):
    """(matcher, offset, whole) for each segment holding ``term``; ``whole`` when its blocks
    can be read whole (Whoosh 3 codec, no deletions: Whoosh wraps a segment with deletions)."""
    for reader, offset in searcher.reader().leaf_readers():
        try:
            matcher = reader.postings(fieldname, term)
        except TermNotFound:
            continue
        yield matcher, offset, type(matcher) is W3LeafMatcher and not matcher._byteids


def _block_ids(matcher) -> list[int]:
    """The ids of the matcher's current block from its position on (gaps summed in C)."""
    if matcher._ids is None:
        if matcher._data is None:
            matcher._read_data()
        return list(accumulate(matcher._data[0]))[matcher._i :]
    return list(matcher._ids[matcher._i :])


def posting_ids(searcher, fieldname: str, term: str) -> list[int]:
    """The document numbers holding ``term``: what ``searcher.postings(...).all_ids()`` gives, faster.

    Whoosh's matchers step through a posting list one id at a time (several Python calls per
    id); at a million passages a check's rare terms hold about 300,000 postings per draft, and
    stepping through them was half of the candidate lookup.  Here each segment's blocks of ids
    are taken whole, their gaps summed by ``itertools.accumulate`` (Whoosh decodes a block
    through a Python generator, one call per id); a segment with deletions, or another codec,
    goes the ordinary way.
    """
    out: list[int] = []
    for matcher, offset, whole in _segments(searcher, fieldname, term):
        if whole:
            while matcher.is_active():
                block = _block_ids(matcher)
                out.extend([d + offset for d in block] if offset else block)
                matcher._next_block()
        else:
            out.extend(d + offset for d in matcher.all_ids())
    return out


def posting_weights(searcher, fieldname: str, term) -> tuple[list[int], list[float]]:
    """The document numbers holding ``term`` and the term's weight (its count) in each, in bulk
    like ``posting_ids``."""
    ids: list[int] = []
    weights: list[float] = []
    for matcher, offset, whole in _segments(searcher, fieldname, term):
        if whole:
            while matcher.is_active():
                start = matcher._i
                block = _block_ids(matcher)
                raw = matcher._data[1]  # read with the ids: None (all 1.0), one float, or one per id
                if raw is None or isinstance(raw, float):
                    weights.extend([1.0 if raw is None else raw] * len(block))
                else:
                    weights.extend(raw[start:])
                ids.extend([d + offset for d in block] if offset else block)
                matcher._next_block()
        else:
            while matcher.is_active():
                ids.append(matcher.id() + offset)
                weights.append(matcher.weight())
                matcher.next()
    return ids, weights
