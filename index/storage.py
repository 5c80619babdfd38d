"""The index folder, read through memory maps.

Whoosh's ``FileStorage`` opens a segment's files as ordinary buffered files: every term lookup
in a segment's term table (a hash file) is a handful of ``seek`` + ``read`` calls, each a system
call that copies at least a buffer's worth of bytes.  A check looks up about a thousand terms
per draft, in every segment; at a million passages in five segments, that was a third of the
check's time (``doc_frequency`` through ``HashReader.ranges_for_key``).

:class:`MappedStorage` opens the same files with ``mmap`` instead: a lookup is a slice of the
mapping, with no system call once the page is in memory, and the pages are the operating
system's page cache, shared by every worker process of the host.  Files are only ever read
through it (segments are written once and never changed; a merge writes new files), and on
Linux a mapping stays valid when a merge deletes its file.  An empty file, or one that cannot be
mapped, is opened the ordinary way.  Whoosh maps only compound segment files itself, and then
copies each sub-file into a ``BytesIO``; the desk's segments are not compound.
"""

from __future__ import annotations

import mmap
import pickle

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


class MappedFile(StructFile):
    """A read-only ``StructFile`` over a memory map: ``get`` is a slice, not a seek and a read."""

    def __init__(self, mapped: mmap.mmap, name: str | None = None):
        super().__init__(mapped, name=name)
        self._map = mapped
        self.is_real = False   # no file descriptor: arrays are read from bytes, not ``fromfile``

    def get(self, position: int, length: int) -> bytes:
        return self._map[position:position + length]


class CountingFile(StructFile):
    """A ``StructFile`` for writing that keeps its own position: Whoosh asks a file where it is
    for every term it writes (the term table records each term's offset, the postings each
    term's extent), and a buffered file answers ``tell`` with a system call (``lseek``) each
    time: 4 % of a bulk load's CPU.  Writes only ever append, except where a writer seeks back
    to fill in a header, which this follows too."""

    def __init__(self, fileobj, name=None, onclose=None):
        super().__init__(fileobj, name=name, onclose=onclose)
        self.is_real = False   # arrays are written through ``write`` (not ``tofile``), and counted
        self._pos = fileobj.tell()
        self._write = fileobj.write

    def write(self, data) -> int:
        n = self._write(data)
        self._pos += n
        return n

    def tell(self) -> int:
        return self._pos

    def write_pickle(self, obj, protocol=-1) -> None:
        self.write(pickle.dumps(obj, protocol))   # StructFile's dumps to the raw file, uncounted

    def seek(self, *args) -> int:
        self._pos = self.file.seek(*args)
        return self._pos

    def truncate(self, *args):
        raise OSError("a CountingFile does not truncate")


class WritingStorage(FileStorage):
    """A Whoosh ``FileStorage`` whose new files keep their own position (:class:`CountingFile`)."""

    def create_file(self, name, excl=False, mode="wb", **kwargs):
        made = super().create_file(name, excl=excl, mode=mode, **kwargs)
        return CountingFile(made.file, name=name, onclose=made.onclose)


class MappedStorage(FileStorage):
    """A Whoosh ``FileStorage`` whose files are opened for reading as memory maps."""

    def open_file(self, name, **kwargs):
        with open(self._fpath(name), "rb") as f:
            try:
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (ValueError, OSError):   # an empty file (nothing to map), or no mmap here
                return super().open_file(name, **kwargs)
        if hasattr(mapped, "madvise"):
            # Lookups jump about the file: read the page asked for, not the megabyte around it
            # (a cold check read a gigabyte of index with the kernel's default read-ahead).
            mapped.madvise(mmap.MADV_RANDOM)
        return MappedFile(mapped, name=name)
