"""Who speaks in long features and broadcast-style copy (desk.extract.quotes): patterns a second
reader met in session 33's invented magazine features, oral histories and court features.

Each case is a minimal invented snippet; each asserts the speaker an editor would write beside
every checked quote (None: the text gives nobody, and a wrong name would be worse than none).
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


DIALOGUE = [
    pytest.param("“We did four hundred and twelve,” Kwame said.\n\n“Four hundred and twelve what?”\n\n"
                 "“Dollars, Mum.”\n\n“That’s not a good day.”",
                 ["Kwame", None, None, None],
                 id="an echoing question and the lines after a bare question are turns of a scene, not Kwame's"),
    pytest.param("“We will look at every option,” Mayor Ana Ruiz said.\n\n“We owe the riders that much.”",
                 ["Ana Ruiz", "Ana Ruiz"], id="a bare quote paragraph after a statement still goes on in its voice"),
]


@pytest.mark.parametrize("text, expected", DIALOGUE)
def test_dialogue(text, expected):
    assert speakers(text) == expected
