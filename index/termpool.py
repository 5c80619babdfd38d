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
import zlib
from array import array
from collections.abc import Iterable, Iterator

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_ushort
from whoosh.util import random_name
from whoosh.util.numeric import length_to_byte

#: Estimated bytes of memory for a new term in the pool (dict slot, key, a tuple of three
#: lists) and for each posting after it (two list slots; weights are shared float objects, see
#: fastfields), plus its value when it has one (a bytes object and its slot in a list).
TERM_BYTES = 320
POSTING_BYTES = 20
VALUE_BYTES = 41
#: A merged posting's own int and float objects (a new document's postings share one docnum,
#: and fastfields shares its weights).
MERGED_BYTES = 52

#: A term's postings: (docnums, weights, values).  Values are kept only when not empty, as
#: Whoosh's postings writer does: a field's format either has them for every posting or never.
Postings = tuple[list, list, list]


class TermPool:
    """Postings by field and term, in memory up to ``limitmb``, then in sorted runs on disk.

    Documents (and merged segments) must be added in increasing docnum order, which is how a
    Whoosh segment writer numbers them: each term's docnums then stay sorted without a sort.
    """

    RUN_TERMS = 5_000  # terms per pickle in a run on disk

    def __init__(self, tempstore, limitmb: int = 128):
        self._tempstore = tempstore
        self._limit = limitmb * 1024 * 1024
        self._size = 0
        self._fields: dict[str, dict[bytes, Postings]] = {}
        self._runs: list[str] = []
        self.fieldnames: set[str] = set()  # what Whoosh's pool offers its writer

    # -- adding ---------------------------------------------------------------------------

    def add_terms(self, fieldname: str, docnum: int, items: Iterable[tuple]) -> None:
        """One document's terms of one field: ``(term bytes, freq, weight, value bytes)``."""
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        size = 0
        for tbytes, _freq, weight, vbytes in items:
            postings = terms.get(tbytes)
            if postings is None:
                terms[tbytes] = ([docnum], [weight], [vbytes] if vbytes else [])
                size += TERM_BYTES + len(tbytes)
            else:
                postings[0].append(docnum)
                postings[1].append(weight)
                if vbytes:
                    postings[2].append(vbytes)
                size += POSTING_BYTES
            if vbytes:
                size += VALUE_BYTES + len(vbytes)
        self._size += size
        if self._size > self._limit:
            self._save()

    def add(self, item: tuple) -> None:
        """One posting ``(field, term, docnum, weight, value)``, as Whoosh's merges give them
        (each with a docnum and a weight object of its own: counted)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self._size += MERGED_BYTES
        self.add_terms(fieldname, docnum, ((tbytes, 0, weight, vbytes),))

    # -- runs on disk ---------------------------------------------------------------------

    def _sorted(self) -> Iterator[tuple[str, bytes, list, list, list]]:
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for tbytes in sorted(terms):
                ids, weights, values = terms[tbytes]
                yield fieldname, tbytes, ids, weights, values

    def _save(self) -> None:
        """Write what is in memory as one sorted run and start again empty.

        A run is a series of pickled blocks of up to RUN_TERMS terms of one field, each block
        a few flat arrays (terms, counts, docnums, weights, values): pickling a million small
        lists one by one cost more than writing the segment.
        """
        path = f"{random_name()}.terms"
        f = self._tempstore.create_file(path).raw_file()
        try:
            for fieldname in sorted(self._fields):
                terms = self._fields[fieldname]
                keys = sorted(terms)
                for i in range(0, len(keys), self.RUN_TERMS):
                    pickle.dump(_pack(fieldname, keys[i:i + self.RUN_TERMS], terms), f,
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

    def iter_terms(self) -> Iterator[tuple[str, bytes, list, list, list]]:
        """Every term in (field, term) order with all its postings, docnums ascending."""
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
                acc[3].extend(record[3])
                acc[4].extend(record[4])
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


def _pack(fieldname: str, keys: list[bytes], terms: dict[bytes, Postings]) -> tuple:
    """Terms ``keys`` of one field as flat arrays (see TermPool._save)."""
    counts, ids, weights, values, value_sizes = array("I"), array("I"), array("d"), [], array("I")
    for key in keys:
        t_ids, t_weights, t_values = terms[key]
        counts.append(len(t_ids))
        ids.extend(t_ids)
        weights.extend(t_weights)
        values.extend(t_values)
    value_sizes.extend(map(len, values))
    term_sizes = array("I", map(len, keys))
    return (fieldname, term_sizes, b"".join(keys), counts, ids, weights, value_sizes, b"".join(values))


def _unpack(fieldname, term_sizes, term_blob, counts, ids, weights, value_sizes, value_blob):
    """The records (field, term, docnums, weights, values) of a block that _pack made."""
    t = i = v = vi = 0
    has_values = bool(value_sizes)
    for size, n in zip(term_sizes, counts, strict=True):
        term = term_blob[t:t + size]
        t += size
        values = []
        if has_values:
            for vs in value_sizes[vi:vi + n]:
                values.append(value_blob[v:v + vs])
                v += vs
            vi += n
        yield fieldname, term, ids[i:i + n].tolist(), weights[i:i + n].tolist(), values
        i += n


#: A block whose pickle is shorter than this is written uncompressed (its block header says
#: so, and readers look there): zlib gains nothing on a few dozen bytes and cost a tenth of a
#: bulk load.  Whoosh's own writer compresses every block.
COMPRESS_MIN = 128


def write_terms(fieldwriter, schema, lengths, terms: Iterable[tuple]) -> None:
    """Write ``terms`` (TermPool.iter_terms) through a W3 field writer, a block at a time.

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
    for fieldname, tbytes, ids, weights, values in terms:
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
        n = len(ids)
        if n == 1:
            table.add(prefix + tbytes, _inlined(ids[0], weights[0], values, column).to_bytes())
            continue
        info = W3TermInfo()
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        for i in range(0, n, limit):
            j = min(i + limit, n)
            _write_block(postfile, info, ids[i:j], weights[i:j], values[i:j], fixed, column, level, last=j == n)
        info.set_extent(start, postfile.tell() - start)
        table.add(prefix + tbytes, info.to_bytes())
    if lastfield is not None:
        fieldwriter.finish_field()


def _write_block(postfile, info, ids, weights, values, fixed, column, level: int, last: bool) -> None:
    """One block of a term's postings, and its statistics added to the term's ``info``."""
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

    gaps = (ids[0], *(b - a for a, b in zip(ids, ids[1:], strict=False)))
    first = stored[0]
    if all(w == 1.0 for w in stored):
        mini_weights = None
    elif all(w == first for w in stored):
        mini_weights = first
    else:
        mini_weights = tuple(stored)
    if fixed is None or fixed < 0:
        mini_values = tuple(values)
    elif fixed == 0:
        mini_values = None
    else:
        mini_values = b"".join(values)
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
    sizes = [s for s in (column[d] for d in docnums) if s]
    return (min(sizes), max(sizes)) if sizes else (None, 0)


def _inlined(docnum: int, weight: float, values: list, column) -> W3TermInfo:
    """The term info of a term with one posting, the posting inside it."""
    info = W3TermInfo()
    info._weight = float(array("f", (weight,))[0])  # what a block's add_block would sum
    info._df = 1
    info._minlength, info._maxlength = _length_range(column, (docnum,))
    info._maxweight = max(0, weight)
    info._minid = info._maxid = docnum
    info.set_inlined((docnum,), (weight,), tuple(values))
    return info
