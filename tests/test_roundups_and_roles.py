"""Speakers a second reader's stories gave (review 13, session 37): roles a story gives in a
sentence or after an organisation's possessive, two people joined with their ages, a mountain
that is no one, and a roundup's items labelled by an organisation.  The texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Anjali Dewhurst, 34, was the Crown’s first witness. Defence lawyer Mireille Castonguay questioned her.\n\n"
                 "“You had your back to the traffic?” Castonguay asked.\n\n“I was facing the kids,” the witness replied.",
                 ["Mireille Castonguay", "Anjali Dewhurst"], id="the noun a be-sentence gave one person"),
    pytest.param("Carrick Public Health’s medical officer of health, Dr. Gideon Ashworth, spoke first. Ashworth said "
                 "the campaign begins next month. “Ticks are here,” the medical officer said.",
                 ["Gideon Ashworth"], id="a role after an organisation's possessive, with its of-tail"),
    pytest.param("Gilchrist’s campaign manager, Omar Haddix, spoke after midnight.\n\nAsked whether Gilchrist had "
                 "made mistakes, the campaign manager paused. “We should have talked about housing in June,” he said.",
                 ["Omar Haddix"], id="a role after a person's possessive"),
    pytest.param("“We made a series of small decisions that added up to a big mistake,” Ezra Lindahl, 34, and "
                 "Paloma Ruelas, 29, said in a joint statement.", ["Ezra Lindahl and Paloma Ruelas"],
                 id="two people, each with an age"),
    pytest.param("Some of the reaction:\n\n— Mayor Luis Stahl, at a news conference: “This is a gut punch.”\n\n"
                 "— The Dellacourt Area Chamber of Commerce: “The ripple effects will reach every diner.”\n\n"
                 "— Vantrell Motors, in a statement: “This was an extraordinarily difficult decision.”",
                 ["Luis Stahl", "Dellacourt Area Chamber of Commerce", "Vantrell Motors"],
                 id="a roundup's items labelled by organisations"),
])
def test_the_one_the_story_means(text, expected):
    assert speakers(text) == expected


def test_an_organisations_first_words_are_the_organisation_not_a_she():
    text = ("Prairie Central Railway ran the train.\n\nPrairie Central has said it complies with every rule. "
            "“Meeting the minimum isn't the same as being safe,” she said.")
    assert [(q.speaker, q.speaker_person) for q in find_quotes(text)] == [(None, False)]


def test_a_mountain_is_no_ones_voice():
    text = ("GRANITE FORK — Two climbers who spent three nights near the summit of Mount Tolliver thanked their "
            "rescuers on Saturday.\n\n“We made a series of small decisions that added up to a big mistake.”")
    assert speakers(text) == [None]
