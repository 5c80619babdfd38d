"""Who speaks when the story says someone was moved to speak, or names a voice only by its seat
(desk.extract.quotes; session 32).

"…, prompting one MP to shout, “Shame!”" gives the words to the one prompted, never to the
speaker of the sentence's first clause; "one Conservative MP shouted" is someone unnamed, not an
organisation called MP.  A wrong name here makes a heckle read as a minister's words, and the
check a false "misattributed".  Each case is a minimal invented snippet asserting every quote's
words and the speaker an editor would write beside it.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def said(text):
    return [(q.text, q.speaker) for q in find_quotes(text) if not q.skipped]


CASES = [
    pytest.param("Desmond Arkwright spoke for ten minutes, prompting Paul Odegaard to shout, “Shame!”",
                 [("Shame!", "Paul Odegaard")],
                 id="prompting X to shout: X's heckle, not the one who spoke"),
    pytest.param("Desmond Arkwright spoke for ten minutes. That prompted Paul Odegaard to shout, “Shame on you!”",
                 [("Shame on you!", "Paul Odegaard")],
                 id="that prompted X to shout: X's words, not a scare quote"),
    pytest.param("Desmond Arkwright spoke for ten minutes, prompting Paul Odegaard to reply, “Sit down.”",
                 [("Sit down.", "Paul Odegaard")],
                 id="to reply is a verb, not the noun 'reply'"),
    pytest.param("Housing Minister Desmond Arkwright defended the program. “We are building,” he said, "
                 "prompting one Conservative MP to shout, “Shame!”",
                 [("We are building,", "Desmond Arkwright"), ("Shame!", "one Conservative MP")],
                 id="the minister's words, then an unnamed MP's heckle"),
    pytest.param("Desmond Arkwright spoke for ten minutes, and one Conservative MP shouted, “Shame on you!”",
                 [("Shame on you!", "one Conservative MP")],
                 id="an unnamed MP is someone, not an organisation called MP"),
    pytest.param("As Desmond Arkwright spoke, a Liberal senator told him, “Sit down.”",
                 [("Sit down.", "a Liberal senator")],
                 id="an unnamed senator who told the speaker: the senator's words"),
    pytest.param("The ruling prompted a lawyer for the family to say, “We will appeal.”",
                 [("We will appeal.", "a lawyer for the family")],
                 id="an unnamed lawyer prompted to speak"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_who_is_moved_to_speak(text, expected):
    assert said(text) == expected


GUARDS = [
    pytest.param("The plan prompted Britain's Parliament to call a debate; one lawmaker called Ruth Calloway "
                 "“the worst landlord in the country.”",
                 [("the worst landlord in the country.", "one lawmaker")],
                 id="guard: a causative far from the quote does not take it from the cue that does"),
    pytest.param("A Liberal MP, Dana Price, said the bill was “a disgrace to this House.”",
                 [("a disgrace to this House.", "Dana Price")],
                 id="guard: the MP the story names"),
    pytest.param("The NDP said in a statement that the bill was “a disgrace to this House.”",
                 [("a disgrace to this House.", "NDP")],
                 id="guard: a party's acronym still speaks as an organisation"),
]


@pytest.mark.parametrize("text, expected", GUARDS)
def test_guards(text, expected):
    assert said(text) == expected
