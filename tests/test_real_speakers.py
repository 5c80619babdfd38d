"""Who speaks, on phenomena met in real copy after session 22 (desk.extract.quotes).

Each case is a minimal invented snippet of a pattern a real story showed; each asserts the speaker
an editor would write beside every checked quote (None: the text names nobody).  The earlier
sessions' cases are in test_quotes.py.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


REAL_COPY_23 = [
    pytest.param("“The problem is old,” says Dave Martell, a doctor.\n\n"
                 "Wendy Golden lives in Amherst. She keeps no photos on the walls.\n\n"
                 "Her message now is simple: don’t share prescriptions.\n\n"
                 "“You don’t know what that person took earlier.”",
                 ["Dave Martell", "Wendy Golden"],
                 id="her message, then an adverb, is still her words: the quote after it is hers"),
]


@pytest.mark.parametrize("text, expected", REAL_COPY_23)
def test_real_copy_23(text, expected):
    assert speakers(text) == expected
