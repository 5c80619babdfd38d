"""Bounded work: no single request may cost minutes of a worker.

Times asserted here are ceilings a person would accept (a few seconds), far above what the code
takes and far below what it took before (figures in the README's limits section).
"""

from __future__ import annotations

import time

import pytest

from desk.extract.formats import ExtractError, read_document
from desk.extract.model import Document
from desk.extract.transcripts import MAX_LABEL_LINES, segment


def _code(i: int) -> str:
    """A distinct run of letters per number: names without digits, as labels have."""
    out = ""
    for _ in range(4):
        out += chr(65 + i % 26)
        i //= 26
    return out


def test_transcript_splitting_is_linear_in_distinct_labels():
    # 4,000 distinct all-caps labels took 26–36 s (a regex scan of the whole text per label).
    text = "\n\n".join(f"MAYOR OKA{_code(i)}: Statement number {i} about the harbour." for i in range(4000))
    started = time.monotonic()
    segments = segment(Document(text=text, format="txt"), "transcript")
    assert time.monotonic() - started < 5
    assert len(segments) == 4000
    assert segments[7].label == f"MAYOR OKA{_code(7)}"


def test_mixed_case_labels_sharing_a_first_name_stay_fast():
    # 16,000 two-word labels sharing first names: ~12 s by the old substring scan per label.
    turns = []
    for i in range(8000):
        turns.append(f"MAYOR FERRANTE: Answer {i}." if i % 2 else f"Anna B{_code(i).lower()}: Question {i} about it?")
        turns.append(f"Zed C{_code(i).lower()}: Another one {i}.")
    started = time.monotonic()
    segments = segment(Document(text="\n\n".join(turns), format="txt"), "transcript")
    assert time.monotonic() - started < 8
    assert len(segments) == 16000


def test_caption_times_of_a_long_monologue_are_found_quickly():
    lines = ["WEBVTT", ""]
    for i in range(20000):  # 4.0 s when each passage scanned every cue of its turn; 0.5 s now
        a, b = 2 * i, 2 * i + 1
        lines += [f"{a // 3600:02d}:{a // 60 % 60:02d}:{a % 60:02d}.000 --> {b // 3600:02d}:{b // 60 % 60:02d}:{b % 60:02d}.000",
                  f"<v Lucia Ferrante>Cue number {i} is about the bridge.", ""]
    doc = read_document("long.vtt", "\n".join(lines).encode())
    started = time.monotonic()
    segments = segment(doc, "captions")
    assert time.monotonic() - started < 2
    assert segments[0].t_start == 0.0
    last = segments[-1]
    assert last.t_end == 2 * 19999 + 1
    assert all(s.t_start <= s.t_end for s in segments)


def test_a_source_past_the_label_limit_is_refused_with_the_reason():
    text = "\n".join(f"Q: Question {i}?\nA: Answer {i}." for i in range(MAX_LABEL_LINES // 2 + 10))
    with pytest.raises(ExtractError, match="at most 20,000"):
        segment(Document(text=text, format="txt"), "transcript")
