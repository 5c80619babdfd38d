"""The search index of passages (Whoosh), behind a narrow API of plain data.

It never imports Flask or the database: callers give it PassageDocs and get back ids, scores,
highlights and facet counts.  The store is the truth; this index is derived from it and can
always be rebuilt (``PassageIndex.rebuild``) or repaired (``PassageIndex.sync``).

    ix = PassageIndex(data_dir / "index")
    ix.upsert(docs)
    ix.search('"pension fund" speaker:okafor', kind="transcript", page=2)
    ix.candidates(quote.split())
"""

from .core import PassageIndex
from .types import Hit, IndexBusyError, PassageDoc, QueryError, SearchResult

__all__ = ["Hit", "IndexBusyError", "PassageDoc", "PassageIndex", "QueryError", "SearchResult"]
