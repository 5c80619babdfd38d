"""Two voices of daily news, session 37.

A clause set before a sentence's subject ("Asked about Ortiz, the mayor smiled.") names whom the
question was about, not who answers: the comma after that name read as an appositive, so "the
mayor" became Ortiz and every later "the mayor" with him.

An office of an organisation speaks for it ("the National Weather Service office in Phoenix
said"): the quote had no speaker, or the office's whole phrase.

Each case asserts the speaker an editor would write beside the quote; the texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes

CAST = "Mayor Ruth Hale opened the fair. Council member Tom Ortiz was there too.\n\n"


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


@pytest.mark.parametrize("text, expected", [
    pytest.param(CAST + "Asked about Ortiz, the mayor smiled. “Tom is a good man and a better neighbour than "
                 "he is a councillor.”", ["Ruth Hale"], id="asked about"),
    pytest.param(CAST + "When pressed on Ortiz, the mayor shrugged. “We have our differences, and we work them "
                 "out in private.”\n\n“I will see you at the vote,” the mayor said.", ["Ruth Hale", "Ruth Hale"],
                 id="when pressed on, and the mayor after it"),
    pytest.param(CAST + "In an interview with Ortiz, the mayor looked tired. “It has been a long year for all "
                 "of us here.”", ["Ruth Hale"], id="in an interview with"),
])
def test_the_name_in_a_fronted_clause_does_not_answer(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(CAST + "“We should all thank the volunteers,” said Ortiz, the council member.",
                 ["Tom Ortiz"], id="a closing appositive"),
    pytest.param("Mayor Ruth Hale opened the fair. Asked about the budget, Tom Ortiz, the council's finance "
                 "chair, said: “We will balance it by spring.”\n\n“Nobody loses a job,” the finance chair said.",
                 ["Tom Ortiz", "Tom Ortiz"], id="an appositive closed by its comma stays one"),
])
def test_appositives_still_describe_the_name(text, expected):
    assert speakers(text) == expected


WEATHER = "Gov. Katie Hobbs toured a cooling centre on Tuesday.\n\n"


@pytest.mark.parametrize("text, expected", [
    pytest.param(WEATHER + "“This heat wave will last through the weekend,” the National Weather Service office "
                 "in Phoenix said.", ["National Weather Service"], id="the organisation's office in a place"),
    pytest.param(WEATHER + "The Phoenix office of the National Weather Service said: “This heat wave will last "
                 "through the weekend.”", ["National Weather Service"], id="a place's office of the organisation"),
    pytest.param("“We have two officers at the scene and more on the way,” said the RCMP detachment in Hope.",
                 ["RCMP"], id="an acronym's detachment"),
])
def test_an_office_speaks_for_its_organisation(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("“The senator is watching this closely,” Sen. Mark Kelly’s office said.",
                 ["Sen. Mark Kelly’s office"], id="a person's office is not an organisation"),
    pytest.param(WEATHER + "“We are watching this closely,” the governor’s office said.",
                 ["the governor’s office"], id="nor is a role's"),
])
def test_a_persons_office_is_left_as_written(text, expected):
    assert speakers(text) == expected
