"""Who speaks, on patterns second readers met in whole articles in session 30
(desk.extract.quotes): press conferences, families, and the stories around them.

Each case is a minimal invented snippet; each asserts the speaker an editor would write beside
every checked quote (None: the text gives nobody; someone it describes without naming is given in
the text's words).  Session 29's cases are in test_titles_and_voices.py.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


BRIEFINGS = [
    pytest.param("Chief Dana Whitcombe took questions on Tuesday.\n\n"
                 "“We have two people in custody,” Whitcombe said.\n\n"
                 "Another reporter asked, “Was anyone hurt?”\n\n"
                 "“No one was hurt,” Whitcombe said.\n\n"
                 "“How many officers responded?”\n\n"
                 "“Eleven,” she said.",
                 ["Dana Whitcombe", "Another reporter", "Dana Whitcombe", None, "Dana Whitcombe"],
                 id="a bare follow-up question at a press conference is a reporter's, not the chief's"),
    pytest.param("Chief Mark Whitcombe took questions on Tuesday.\n\n"
                 "“We have two people in custody,” Whitcombe said.\n\n"
                 "A television reporter asked whether the suspects were known to police.\n\n"
                 "“Both have prior records,” he said.",
                 ["Mark Whitcombe", "Mark Whitcombe"],
                 id="he after a reporter asked: the one asked answers"),
    pytest.param("Mayor Jane Park took questions. A reporter asked, “Will the route close?” she said.",
                 ["A reporter"], id="a question after a reporter asked is still the reporter's"),
]


@pytest.mark.parametrize("text, expected", BRIEFINGS)
def test_briefings(text, expected):
    assert speakers(text) == expected
