"""Matching core: a draft quote against candidate speaker turns → verdict, span, word diff.

Pure Python (RapidFuzz for word diffs); no Flask, database or index.  See ``core.py``.
"""
from .core import Candidate, Edit, Match, match_quote

__all__ = ["Candidate", "Edit", "Match", "match_quote"]
