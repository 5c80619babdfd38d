"""Matching core: a draft quote against candidate speaker turns → verdict, span, word diff.

Pure Python (RapidFuzz for word diffs); no Flask, database or index.  See ``core.py``.
"""
from .core import match_quote
from .model import Candidate, Edit, Match

__all__ = ["Candidate", "Edit", "Match", "match_quote"]
