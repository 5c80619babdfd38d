"""Library speakers: the names a source's labels may stand for, keyed once per load.

``_KnownSpeakers(pairs, speaker)`` looks a label up among the library's speakers (``(canonical,
aliases)`` pairs, or plain names) and the source's own speaker, by alias key or by a unique
surname; ``desk.extract.labels`` and ``desk.extract.transcripts`` use it to turn "VOSS" into
"Henrietta Voss".
"""

from __future__ import annotations

from collections.abc import Iterable

from desk.extract.labelnames import _strip_all_titles
from desk.extract.names import name_key, surname_key


class _KnownSpeakers:
    """Library speakers, looked up by alias key or by a unique surname.

    The library's part is built once per list of speakers (a bulk load parses tens of thousands
    of files against the same list: keying every alias of a few hundred speakers again for each
    file was a fifth of a million-passage load); the source's own speaker is kept beside it.
    """

    def __init__(self, pairs: Iterable, speaker: str | None) -> None:
        self._library = _library_speakers(pairs)
        self._own = _SpeakerTables([(speaker, ())] if speaker else [])

    def find(self, name: str) -> str | None:
        key = name_key(_strip_all_titles(name))
        hits = self._hits("by_key", key)
        if len(hits) == 1:
            return next(iter(hits))
        if len(key.split()) == 1:
            hits = self._hits("by_surname", key)
            if len(hits) == 1:
                return next(iter(hits))
        return None

    def _hits(self, table: str, key: str) -> set[str]:
        library, own = getattr(self._library, table).get(key), getattr(self._own, table).get(key)
        if library and own:
            return library | own
        return library or own or set()


class _SpeakerTables:
    """canonical names by alias key and by surname key, for (canonical, aliases) entries."""

    def __init__(self, entries: list[tuple[str, tuple]]) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.by_surname: dict[str, set[str]] = {}
        for canonical, aliases in entries:
            for alias in (canonical, *aliases):
                key = name_key(_strip_all_titles(alias))
                if key:
                    self.by_key.setdefault(key, set()).add(canonical)
            sk = surname_key(canonical)
            if sk:
                self.by_surname.setdefault(sk, set()).add(canonical)


#: The last list of library speakers keyed, and its tables: (the list itself, tables).
_LIBRARY: tuple[object, _SpeakerTables] | None = None


def _library_speakers(pairs: Iterable) -> _SpeakerTables:
    """The tables of ``pairs`` (names, or (canonical, aliases)), remembered for the same list."""
    global _LIBRARY
    cached = _LIBRARY
    if cached is not None and cached[0] is pairs and isinstance(pairs, (list, tuple)):
        return cached[1]
    entries = []
    for pair in pairs or ():
        if isinstance(pair, str):
            entries.append((pair, ()))
        else:
            canonical, aliases = pair
            entries.append((canonical, tuple(aliases or ())))
    tables = _SpeakerTables(entries)
    if isinstance(pairs, (list, tuple)):
        _LIBRARY = (pairs, tables)
    return tables
