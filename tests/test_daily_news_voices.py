"""Daily news a second reader wrote in session 35 (review 9): unnamed sources, families, union
locals, spokespeople and two-line exchanges.

Each case asserts the speaker an editor would write beside every checked quote (None: the text
gives nobody; someone it describes without naming is given in the text's words).
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ray Dubois works the second shift.\n\n“They had a barbecue for us in June,” he said.\n\n"
                 "A line supervisor said managers had been told of the cuts two weeks ago.\n\n"
                 "“We were told to keep our mouths shut,” he said.",
                 ["Ray Dubois", "A line supervisor"], id="he after an unnamed supervisor is the supervisor"),
    pytest.param("“We had to move the trucks,” Mayor Wade Pittman said.\n\n"
                 "A lineman reached by phone said the damage was bad.\n\n“It's not wires down,” he said.",
                 ["Wade Pittman", "A lineman"], id="a participle after the unnamed subject"),
    pytest.param("“We had to move the trucks,” Mayor Wade Pittman said.\n\nA lineman, who had worked for the "
                 "utility for nearly twenty long years in three provinces and more, said the damage was bad.\n\n"
                 "“It's not wires down,” he said.",
                 ["Wade Pittman", "A lineman"], id="a long who-clause between the unnamed subject and its cue"),
    pytest.param("Mayor Ann Hale spoke first.\n\nOne man at the VFW, who would not give his name, said the city "
                 "had made a mistake.\n\n“Give it a year,” he said.",
                 ["One man at the VFW"], id="'one man at' a place is someone unnamed, not the place"),
    pytest.param("Fourth-grader Ruby Nguyen, 10, stood on a stepstool.\n\n“Please don't take it,” she said.\n\n"
                 "Her mother, Thu Nguyen, said afterward that Ruby had written the speech herself.\n\n"
                 "“I didn't change a word,” she said.",
                 ["Ruby Nguyen", "Thu Nguyen"], id="she after 'Her mother, Thu Nguyen, said … Ruby': the mother"),
    pytest.param("Gord Halvorsen, president of United Food Processing Workers Local 417, was blunt: "
                 "“This is a profitable plant.”",
                 ["Gord Halvorsen"], id="a colon after an appositive naming a union local: the one it describes"),
    pytest.param("In an email, a spokesperson for Health Minister Colin Baird said the minister was concerned.\n\n"
                 "“The minister has directed the authority to report back,” the spokesperson wrote.",
                 ["the spokesperson"], id="a spokesperson for a minister is not the minister"),
    pytest.param("Union president Kwame Asante and Mayor Stephen Okafor passed each other in the hallway. "
                 "Asante spoke first.\n\n“Bring a real offer Thursday.”\n\n“Bring a real counter-offer.”",
                 ["Kwame Asante", "Stephen Okafor"], id="a line that throws the one before back answers it"),
    pytest.param("Maria Kerr, a mother of three, lost her home in the flood.\n\n“We had 20 minutes,” the mother of three said.",
                 ["Maria Kerr"], id="'the mother of three' after 'X, a mother of three,' is X"),
    pytest.param("Maria Kerr lost her home in the flood.\n\n“We had 20 minutes,” the father of two said.",
                 ["the father of two"], id="guard: 'the father of two' the story gave no one stays a description"),
    pytest.param("Sen. Dana Ruiz spoke to reporters on Monday.\n\n"
                 "“We have to do something and it's the only way you stop it.”\n\n"
                 "“We have to be a lot tougher. We are playing with a different set of rules.”",
                 ["Dana Ruiz", "Dana Ruiz"],
                 id="guard: two lines that open alike are no exchange (the voice carried stays)"),
])
def test_who_speaks_in_daily_news(text, expected):
    assert speakers(text) == expected


def test_a_compass_word_inside_an_organisations_name_stays_in_it():
    assert speakers("The Prairie North Health Authority said in a statement that it had “taken significant steps.”") \
        == ["Prairie North Health Authority"]
