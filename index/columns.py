"""Facet, date and length columns of the index as compact arrays, one load per segment.

The library's search page counts facets and sorts by date over every matching passage; the
quote check's relevance (evaluate.py) needs each passage's length.  ``ColumnCache`` reads these
columns once per Whoosh segment and keeps them for as long as the segment lives.
"""

from __future__ import annotations

from array import array
from collections import Counter

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.util.numeric import byte_to_length

from . import schema as f
from .evaluate import LENGTH_COLUMN


class ColumnCache:
    """Facet and date columns as compact arrays, loaded once per index segment.

    Whoosh's own facet grouping and column sorting read the column files document by document
    through several Python calls each (about 190 ms for an empty query at 20k passages).  A
    segment's columns never change once written, so they are read once into arrays (facet
    values as small integer codes shared by all segments) and counting or sorting the matches
    is then a C-speed pass.  Only segments written since the last search are read.  Use under
    the owner's read lock.
    """

    FIELDS = (f.SPEAKER_FACET, f.KIND, f.OUTLET_FACET, f.YEAR)
    #: Each document's text length in words, for relevance (evaluate.py).
    LENGTH = LENGTH_COLUMN

    def __init__(self):
        self.values: list[str] = [""]  # code -> facet value; code 0 is "no value"
        self._codes: dict = {b"": 0, "": 0, None: 0}
        self._segments: dict[str, dict[str, array]] = {}
        self._key: tuple = ()
        self._columns: dict[str, array] = self._empty()
        self._memo: dict = {}  # what counts() and outlet_codes() found, for these segments
        self._memo_key: tuple = ()

    def _empty(self) -> dict[str, array]:
        return {**{name: array("i") for name in (*self.FIELDS, self.LENGTH)}, f.DATE: array("Q")}

    def _code(self, value) -> int:
        code = self._codes.get(value)
        if code is None:
            code = self._codes[value] = len(self.values)
            self.values.append(value.decode("utf-8") if isinstance(value, bytes) else str(value))
        return code

    def _load(self, segreader) -> dict[str, array]:
        n = segreader.doc_count_all()
        cols = {}
        for name in self.FIELDS:
            if segreader.has_column(name):
                cols[name] = array("i", map(self._code, segreader.column_reader(name, translate=False)))
            else:
                cols[name] = array("i", bytes(4 * n))
        if segreader.has_column(f.DATE):
            cols[f.DATE] = array("Q", segreader.column_reader(f.DATE, translate=False))
        else:
            cols[f.DATE] = array("Q", bytes(8 * n))
        cols[self.LENGTH] = _text_lengths(segreader)
        return cols

    def code(self, value) -> int | None:
        """The code of a column value ("speech", "2024"), None if no document has it."""
        code = self._codes.get(value.encode("utf-8") if isinstance(value, str) else value)
        return code if code is not None else self._codes.get(value)

    def _memo_now(self) -> dict:
        if self._memo_key != self._key:
            self._memo, self._memo_key = {}, self._key
        return self._memo

    def outlet_codes(self, word: str) -> frozenset[int]:
        """The codes of the outlets (in the outlet column) whose name holds ``word`` as the
        OUTLET field indexes it (folded words): what the term outlet:word matches."""
        memo = self._memo_now()
        if ("outlet", word) not in memo:
            memo["outlet", word] = frozenset(code for code in self.counts(f.OUTLET_FACET)
                                             if code and word in f.words_of(self.values[code]))
        return memo["outlet", word]

    def counts(self, name: str) -> Counter:
        """How many documents (deleted ones included) hold each code of column ``name``."""
        memo = self._memo_now()
        if ("counts", name) not in memo:
            memo["counts", name] = Counter(self._columns[name])
        return memo["counts", name]

    def columns(self, reader) -> dict[str, array]:
        """Arrays indexed by the reader's document numbers."""
        if reader.doc_count_all() == 0:
            return self._empty()
        leaves = reader.leaf_readers()
        key = tuple(r.segment().segment_id() for r, _ in leaves)
        if key != self._key:
            for (r, _), sid in zip(leaves, key, strict=False):
                if sid not in self._segments:
                    self._segments[sid] = self._load(r)
            self._segments = {sid: self._segments[sid] for sid in key}
            merged = self._empty()
            for sid in key:  # leaves come in document-number order
                for name, arr in self._segments[sid].items():
                    merged[name].extend(arr)
            self._key, self._columns = key, merged
        return self._columns


_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


def _text_lengths(segreader) -> array:
    """Each document's text length in words, as Whoosh keeps it (one byte, approximate past 100).

    Read from the segment's length column in one pass (Whoosh's own per-document call is a
    few microseconds each); another codec is asked document by document.
    """
    n = segreader.doc_count_all()
    perdoc = getattr(segreader, "_perdoc", None)
    column = f"_{f.TEXT}_len"
    if perdoc is not None and hasattr(perdoc, "column_reader") and perdoc.has_column(column):
        return array("i", map(_LENGTH_OF_BYTE.__getitem__, perdoc.column_reader(column, LENGTHS_COLUMN)))
    return array("i", [segreader.doc_field_length(d, f.TEXT, 0) or 0 for d in range(n)])
