"""Speakers a second reader's stories gave (review 12, session 37): a description after a name
the story has just given, a fragment inside the clause of a named speaker's cue, and words read
out from a relative's statement (the writer's, not the reader's, nor the last speaker's).

Each case asserts the speaker an editor would write beside the quote.  The texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


@pytest.mark.parametrize("text, expected", [
    pytest.param("In Petit-Brûlé, Réjean Cormier, 71, stood outside the garage where he fixed motors for decades. "
                 "“I never saw the river this high,” the retired mechanic said.",
                 ["Réjean Cormier"], id="a trade, for the one the paragraph introduced"),
    pytest.param("Chair Maureen Castellano, D-Mich., opened the hearing. “We will get answers,” she said.\n\n"
                 "Sen. Joel Fairbanks, D-Pa., held up a chart. “Mr. Ellingboe, your company spent $2.3 billion "
                 "on buybacks. How much did you spend on brake sensors?” "
                 "Fairbanks asked. Ellingboe said he did not know. “You don't know, or you don't want to say?” "
                 "the Pennsylvania Democrat shot back.",
                 ["Maureen Castellano", "Joel Fairbanks", "Joel Fairbanks"], id="the state of the party code"),
    pytest.param("Two nights after coach Dale Prentice said the Voltigeurs had played “soft,” the Voltigeurs "
                 "answered with three goals.", ["Dale Prentice"], id="a fragment in the clause of a named cue"),
    pytest.param("“Each was a decision,” Justice Ann Lee said.\n\nMarchuk’s mother, Irene Marchuk, wrote a statement. "
                 "Her daughter, Carly Marchuk, read it.\n\n“I still set four places,” Carly Marchuk read from her "
                 "mother’s statement.", ["Ann Lee", "Irene Marchuk"], id="read from her mother's statement"),
])
def test_the_one_just_named_speaks(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("A nurse who asked not to be named said the ward was full. Dr. Ann Lee runs the ward.\n\n"
                 "“We had a man with chest pain in a plastic chair,” the nurse said.",
                 ["the nurse"], id="a trade the story gave an unnamed person"),
    pytest.param("“We will win,” said Mayor Joe Tate.\n\n“We will see,” the fisherman said.",
                 ["Joe Tate", "the fisherman"], id="a trade said after the person's own quote is a new voice"),
    pytest.param("Sanders spoke on Tuesday. The provisions he cited include “the ability to use real estate "
                 "losses to offset other income,” The Hill reported.", ["The Hill"],
                 id="an outlet that reported the words keeps them"),
    pytest.param("“Each was a decision,” Justice Ann Lee said.\n\n“I still set four places,” Carly Marchuk read "
                 "from her aunt’s note.", ["Ann Lee", None], id="read from a relative the story does not name"),
    pytest.param("“We had two hours of warning,” said Cpl. Denis Arsenault, a spokesman for the RCMP.\n\n"
                 "“Some people did not want to leave,” the Mountie added.", ["Denis Arsenault", "the Mountie"],
                 id="the Mountie added: no list ties a Mountie to the RCMP, so it stays as written"),
])
def test_someone_else_or_nobody(text, expected):
    assert speakers(text) == expected
