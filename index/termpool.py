"""A writer's postings grouped by term as they arrive, and written out a term at a time.

Whoosh's own writer keeps every posting as a tuple ``(field, term, docnum, weight, value)`` in a
pool, sorts the whole pool at the commit (merging the runs it spilled to disk), and hands the
codec one posting at a time: a dozen Python calls per posting, about a hundred postings per
passage, which was 95 % of a bulk load's time.  Here each posting is two or three list appends
under its term as the document is added; the commit sorts the *terms* (not the postings: a
term's documents arrive in order), and writes each term's blocks with one call per block.

The segment files are Whoosh's own (W3 codec): the blocks are written here in the format of
Whoosh's postings writer (``W3PostingsWriter._write_block``: ids as gaps, float32 weights,
values, a pickled header), the term table and field map through Whoosh's field writer; two
liberties the format allows and Whoosh's readers (and ``index.postings``) read: a term in one
passage is inlined in the term table, and a block of a few dozen bytes is not compressed.
``tests/test_index_fast.py`` checks every posting and term statistic against Whoosh's stock
writer.

Memory stays bounded: past ``limitmb`` (an estimate of the pool's size in memory) the pool is
written to a temporary run, its terms sorted; the commit merges the runs term by term.
"""

from __future__ import annotations

import heapq
import pickle
import sys
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain, repeat
from operator import sub

from whoosh import formats
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util import random_name
from whoosh.util.numeric import length_to_byte

#: How a field's postings are kept under each term: one flat list per term, ``SHAPE`` items per
#: posting.  EXISTS: the docnum alone (Existence: weight = the field boost, no value); COUNTS:
#: docnum, count (Frequency: weight = count × boost, value = the count packed); WEIGHTED:
#: docnum, weight, value (Positions, and any other format).
EXISTS, COUNTS, WEIGHTED = 1, 2, 3

#: Estimated bytes of memory for a new term in the pool (dict slot, key, an empty list) and per
#: slot of a posting (a list slot with its share of over-allocation: docnums are one int object
#: per document, weights shared floats, counts small ints, one-position values shared bytes).
#: A value of its own (several positions) adds VALUE_BYTES and its length.
TERM_BYTES = 200
SLOT_BYTES = 9
VALUE_BYTES = 40
#: A merged posting's own int and float objects (Whoosh's merge gives each its own).
MERGED_BYTES = 52

_WEIGHTS = [float(n) for n in range(1024)]  # the weight of a count: one shared float each


class TermPool:
    """Postings by field and term, in memory up to ``limitmb``, then in sorted runs on disk.

    Documents (and merged segments) must be added in increasing docnum order, which is how a
    Whoosh segment writer numbers them: each term's docnums then stay sorted without a sort.
    A term's postings are one flat list (see EXISTS / COUNTS / WEIGHTED), appended to with
    ``map`` over the document's terms, so adding a passage runs no Python line per posting.
    Terms are ``str`` for the fields the fast path adds (``add_exists``, ``add_counts``,
    ``add_weighted``) and ``bytes`` for the others; both sort in the order of their UTF-8 bytes.
    """

    RUN_TERMS = 5_000  # terms per pickle in a run on disk

    def __init__(self, tempstore, limitmb: int = 128):
        self._tempstore = tempstore
        self._limit = limitmb * 1024 * 1024
        self._size = 0
        self._fields: dict[str, defaultdict] = {}
        self._shapes: dict[str, int] = {}
        self._boosts: dict[str, float] = {}
        self._strs: dict[str, bool] = {}  # fieldname -> terms kept as str (else bytes)
        self._runs: list[str] = []
        self.fieldnames: set[str] = set()  # what Whoosh's pool offers its writer

    # -- adding ---------------------------------------------------------------------------

    def _terms(self, fieldname: str, fieldobj) -> defaultdict:
        terms = self._fields.get(fieldname)
        if terms is None:
            fmt = fieldobj.format
            kind = type(fmt)
            self._shapes[fieldname] = EXISTS if kind is formats.Existence else COUNTS if kind is formats.Frequency else WEIGHTED
            self._boosts[fieldname] = fmt.field_boost
            # A field that says so (fastfields.FastText) keeps its terms as str, whichever way
            # they come (its own fast path, Whoosh's items, a merge); the others as bytes.
            self._strs[fieldname] = bool(getattr(fieldobj, "str_terms", False))
            terms = self._fields[fieldname] = defaultdict(list)
            self.fieldnames.add(fieldname)
        return terms

    def shape(self, fieldname: str) -> int:
        return self._shapes[fieldname]

    def add_exists(self, fieldname: str, fieldobj, docnum: int, terms: Iterable[str]) -> None:
        """One document's distinct terms of an Existence field."""
        table = self._terms(fieldname, fieldobj)
        before, terms = len(table), list(terms)
        any(map(list.append, map(table.__getitem__, terms), repeat(docnum)))
        self._grew((len(table) - before) * TERM_BYTES + len(terms) * SLOT_BYTES)

    def add_counts(self, fieldname: str, fieldobj, docnum: int, counts: dict[str, int]) -> None:
        """One document's terms of a Frequency field, each with its count."""
        table = self._terms(fieldname, fieldobj)
        before = len(table)
        any(map(list.extend, map(table.__getitem__, counts), zip(repeat(docnum), counts.values())))
        self._grew((len(table) - before) * TERM_BYTES + len(counts) * 2 * SLOT_BYTES)

    def add_weighted(self, fieldname: str, fieldobj, docnum: int, terms: list, weights: list,
                     values: list, own_values: int = 0) -> None:
        """One document's terms of a field of any other format, with weights and values;
        ``own_values``: bytes of values not shared with other postings (for the estimate)."""
        table = self._terms(fieldname, fieldobj)
        before = len(table)
        any(map(list.extend, map(table.__getitem__, terms), zip(repeat(docnum), weights, values)))
        self._grew((len(table) - before) * TERM_BYTES + len(terms) * 3 * SLOT_BYTES + own_values)

    def add_terms(self, fieldname: str, fieldobj, docnum: int, items: Iterable[tuple]) -> None:
        """One document's terms as Whoosh's ``field.index`` gives them:
        ``(term bytes, freq, weight, value bytes)``."""
        table = self._terms(fieldname, fieldobj)
        shape, strs, before, n, own = self._shapes[fieldname], self._strs[fieldname], len(table), 0, 0
        for tbytes, freq, weight, vbytes in items:
            postings = table[tbytes.decode("utf-8") if strs else tbytes]
            if shape == EXISTS:
                postings.append(docnum)
            elif shape == COUNTS:
                postings += (docnum, freq)
            else:
                postings += (docnum, weight, vbytes)
                own += VALUE_BYTES + len(vbytes)
            n += 1
        self._grew((len(table) - before) * TERM_BYTES + n * shape * SLOT_BYTES + own)

    def add(self, item: tuple) -> None:
        """One posting ``(field, term, docnum, weight, value)``, as Whoosh's merges give them."""
        fieldname, tbytes, docnum, weight, vbytes = item
        fieldobj = self.schema[fieldname]
        self._size += MERGED_BYTES
        freq = 1
        if type(fieldobj.format) is formats.Frequency:
            freq = fieldobj.format.decode_frequency(vbytes)
        self.add_terms(fieldname, fieldobj, docnum, ((tbytes, freq, weight, vbytes),))

    #: The writer's schema, for postings that arrive without their field object (merges).
    schema = None

    def _grew(self, size: int) -> None:
        self._size += size
        if self._size > self._limit:
            self._save()

    # -- runs on disk ---------------------------------------------------------------------

    def _sorted(self) -> Iterator[tuple[str, bytes, list]]:
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for term in sorted(terms):
                yield fieldname, term, terms[term]

    def _save(self) -> None:
        """Write what is in memory as one sorted run and start again empty.

        A run is a series of pickled blocks of up to RUN_TERMS terms of one field, each block
        a few flat arrays (terms, posting counts, numbers, values): pickling a million small
        lists one by one cost more than writing the segment.
        """
        path = f"{random_name()}.terms"
        f = self._tempstore.create_file(path).raw_file()
        try:
            for fieldname in sorted(self._fields):
                terms = self._fields[fieldname]
                keys = sorted(terms)
                shape = self._shapes[fieldname]
                for i in range(0, len(keys), self.RUN_TERMS):
                    pickle.dump(_pack(fieldname, shape, keys[i:i + self.RUN_TERMS], terms), f,
                                pickle.HIGHEST_PROTOCOL)
        finally:
            f.close()
        self._runs.append(path)
        self._fields = {}
        self._size = 0

    def _read_run(self, path: str) -> Iterator[tuple]:
        f = self._tempstore.open_file(path).raw_file()
        try:
            while True:
                try:
                    block = pickle.load(f)
                except EOFError:
                    return
                yield from _unpack(*block)
        finally:
            f.close()

    # -- reading back ---------------------------------------------------------------------

    def iter_terms(self) -> Iterator[tuple[str, str | bytes, list]]:
        """Every term in (field, term) order with all its postings (a flat list of the field's
        shape), docnums ascending."""
        if not self._runs:
            yield from self._sorted()
            return
        if self._fields:
            self._save()
        merged = heapq.merge(*(self._read_run(p) for p in self._runs), key=lambda r: (r[0], r[1]))
        acc = None
        for record in merged:
            if acc is not None and record[0] == acc[0] and record[1] == acc[1]:
                # heapq.merge keeps the runs' order for equal keys: docnums stay ascending.
                acc[2].extend(record[2])
                continue
            if acc is not None:
                yield acc
            acc = record
        if acc is not None:
            yield acc

    def cleanup(self) -> None:
        """Remove the runs on disk (the writer calls this when it closes)."""
        for path in self._runs:
            try:
                self._tempstore.delete_file(path)
            except OSError:
                pass
        self._runs = []
        self._fields = {}


def _pack(fieldname: str, shape: int, keys: list, terms: dict) -> tuple:
    """Terms ``keys`` of one field as flat arrays (see TermPool._save)."""
    strs = bool(keys) and isinstance(keys[0], str)
    raw = [k.encode("utf-8") for k in keys] if strs else keys
    term_sizes = array("I", map(len, raw))
    lists = [terms[k] for k in keys]
    counts = array("I", map(len, lists))
    flat = list(chain.from_iterable(lists))
    if shape != WEIGHTED:
        return (fieldname, shape, strs, term_sizes, b"".join(raw), counts, array("I", flat), None, None, b"")
    values = flat[2::3]
    return (fieldname, shape, strs, term_sizes, b"".join(raw), counts, array("I", flat[0::3]),
            array("d", flat[1::3]), array("I", map(len, values)), b"".join(values))


def _unpack(fieldname, shape, strs, term_sizes, term_blob, counts, numbers, weights, value_sizes, value_blob):
    """The records (field, term, postings) of a block that _pack made."""
    t = i = v = 0
    for size, n in zip(term_sizes, counts, strict=True):
        term = term_blob[t:t + size]
        t += size
        if strs:
            term = term.decode("utf-8")
        if shape != WEIGHTED:
            yield fieldname, term, numbers[i:i + n].tolist()
            i += n
            continue
        k = n // 3
        postings = [None] * n
        postings[0::3] = numbers[i:i + k]
        postings[1::3] = weights[i:i + k]
        vals = []
        for vs in value_sizes[i:i + k]:
            vals.append(value_blob[v:v + vs])
            v += vs
        postings[2::3] = vals
        i += k
        yield fieldname, term, postings


#: A block whose pickle is shorter than this is written uncompressed (its block header says
#: so, and readers look there): zlib gains nothing on a few dozen bytes and cost a tenth of a
#: bulk load.  Whoosh's own writer compresses every block.
COMPRESS_MIN = 128


def write_terms(fieldwriter, schema, lengths, pool: TermPool) -> None:
    """Write the pool's terms (TermPool.iter_terms) through a W3 field writer, a block at a time.

    Each block is what Whoosh's writer would have gathered posting by posting (see
    ``whoosh.codec.whoosh3.W3PostingsWriter``): up to its block limit of postings, their ids as
    gaps, their weights as float32 (None when all are 1.0, one number when all are equal),
    their values, and a header with the count, the last id, the highest weight (from 0), the
    compression, and the shortest (non-zero) and longest field length of its documents.  A term
    in one document only is *inlined*: its posting kept in the term table instead of a block in
    the postings file (a W3 feature Whoosh's own writer never uses; its readers read such a
    term as a list).  Most word pairs are in one passage of a segment.
    ``lengths``: the segment's field lengths (``writing._Lengths``), or None.
    """
    lastfield = None
    table = fieldwriter._tindex
    postfile = fieldwriter._postfile
    for fieldname, term, flat in pool.iter_terms():
        if fieldname != lastfield:
            if lastfield is not None:
                fieldwriter.finish_field()
            fieldobj = schema[fieldname]
            fieldwriter.start_field(fieldname, fieldobj)
            lastfield = fieldname
            prefix = pack_ushort(fieldwriter._fieldid)
            postwriter = fieldwriter._postwriter
            limit, level = postwriter._blocklimit, postwriter._compression
            fixed = fieldobj.format.fixed_value_size()
            column = lengths.column(fieldname) if lengths is not None else None
            shape, boost = pool.shape(fieldname), fieldobj.format.field_boost
        tbytes = term.encode("utf-8") if isinstance(term, str) else term
        if shape == EXISTS:
            ids, weights, values = flat, None, None
        elif shape == COUNTS:
            ids, counts = flat[0::2], flat[1::2]
            weights = count_weights(counts, boost)
            values = counts
        else:
            ids, weights, values = flat[0::3], flat[1::3], flat[2::3]
        n = len(ids)
        if n == 1:
            weight = boost if weights is None else weights[0]
            value = () if values is None else (pack_uint(values[0]),) if shape == COUNTS else (values[0],)
            table.add(prefix + tbytes, _inlined(ids[0], weight, value, column))
            continue
        info = W3TermInfo()
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        for i in range(0, n, limit):
            j = min(i + limit, n)
            block_ids = ids[i:j]
            if shape == EXISTS:
                block_weights, block_values = [boost] * (j - i), None
            else:
                block_weights = weights[i:j]
                block_values = _packed_counts(values[i:j]) if shape == COUNTS else values[i:j]
            _write_block(postfile, info, block_ids, block_weights, block_values, fixed, column, level,
                         last=j == n)
        info.set_extent(start, postfile.tell() - start)
        table.add(prefix + tbytes, info.to_bytes())
    if lastfield is not None:
        fieldwriter.finish_field()


def count_weights(counts: list[int], boost: float) -> list[float]:
    """The weights of postings with these counts (Whoosh's Frequency and Positions: count ×
    boost), as shared floats where it can."""
    if boost == 1.0 and (not counts or max(counts) < len(_WEIGHTS)):
        return list(map(_WEIGHTS.__getitem__, counts))
    return [float(c) * boost for c in counts]


_SWAP = sys.byteorder == "little"  # pack_uint is big-endian ("!I")


def _packed_counts(counts: list[int]) -> bytes:
    """``b"".join(pack_uint(c) for c in counts)``, in one go."""
    packed = array("I", counts)
    if _SWAP:
        packed.byteswap()
    return packed.tobytes()


def _write_block(postfile, info, ids, weights, values, fixed, column, level: int, last: bool) -> None:
    """One block of a term's postings, and its statistics added to the term's ``info``.
    ``values``: a list of values, bytes already joined (fixed-size values), or None (none)."""
    n = len(ids)
    stored = array("f", weights)  # what the block keeps, and what the term's total adds up
    maxweight = max(0, max(weights))
    minlength, maxlength = _length_range(column, ids)
    info._weight += sum(stored)
    info._df += n
    if minlength is not None:
        info._minlength = minlength if info._minlength is None else min(info._minlength, minlength)
    info._maxlength = max(info._maxlength, maxlength)
    info._maxweight = max(info._maxweight, maxweight)
    if info._minid is None:
        info._minid = ids[0]
    info._maxid = ids[-1]

    gaps = tuple(map(sub, ids, chain((0,), ids)))
    if stored.count(1.0) == n:
        mini_weights = None
    elif stored.count(stored[0]) == n:
        mini_weights = stored[0]
    else:
        mini_weights = tuple(stored)
    if fixed is None or fixed < 0:
        mini_values = tuple(values)
    elif fixed == 0:
        mini_values = None
    else:
        mini_values = values if isinstance(values, bytes) else b"".join(values)
    data = pickle.dumps((gaps, mini_weights, mini_values), 2)
    comp = level if len(data) >= COMPRESS_MIN else 0
    if comp:
        data = zlib.compress(data, comp)
    header = pickle.dumps((n, ids[-1], maxweight, comp, length_to_byte(minlength), length_to_byte(maxlength)), 2)
    size = len(header) + len(data)
    postfile.write(pack_int(-size if last else size))
    postfile.write(header)
    postfile.write(data)


def _length_range(column, docnums) -> tuple[int | None, int]:
    """(shortest non-zero, longest) field length of ``docnums``: (None, 0) when none has one."""
    if column is None:
        return None, 0
    sizes = list(map(column.__getitem__, docnums))
    if 0 in sizes:
        sizes = [s for s in sizes if s]
        if not sizes:
            return None, 0
    return min(sizes), max(sizes)


_TERMINFO = W3TermInfo._struct


def _inlined(docnum: int, weight: float, values: tuple, column) -> bytes:
    """The term table entry of a term with one posting, the posting inside it: what
    ``W3TermInfo.to_bytes`` gives for an inlined term, without building the object."""
    minlength, maxlength = _length_range(column, (docnum,))
    weight32 = float(array("f", (weight,))[0])  # what a block's add_block would sum
    head = _TERMINFO.pack(True, weight32, 1, 0 if minlength is None else length_to_byte(minlength),
                          length_to_byte(maxlength), max(0, weight), docnum, docnum)
    return head + pickle.dumps(((docnum,), (weight,), values), 2)
