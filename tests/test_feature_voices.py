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
                 "“Dollars, Mum.”",
                 ["Kwame", None, "Kwame"],
                 id="a question echoing Kwame is the other side's; the answer to it is his again"),
    pytest.param("Defence lawyer Tobias Wexford-Hale pressed Marisol Ferreira-Quinn on the lighting.\n\n"
                 "“There are no streetlights on that stretch, are there?” he asked.\n\n"
                 "“There’s one by the ramp,” she said.\n\n"
                 "“One. By the ramp. Which is, what, eighty metres from the boathouse?”\n\n“I suppose so.”",
                 ["Tobias Wexford-Hale", "Marisol Ferreira-Quinn", "Tobias Wexford-Hale", "Marisol Ferreira-Quinn"],
                 id="the answer to a bare question is the voice before the question"),
    pytest.param("“We will look at every option,” Mayor Ana Ruiz said.\n\n“We owe the riders that much.”",
                 ["Ana Ruiz", "Ana Ruiz"], id="a bare quote paragraph after a statement still goes on in its voice"),
]


@pytest.mark.parametrize("text, expected", DIALOGUE)
def test_dialogue(text, expected):
    assert speakers(text) == expected


def test_an_answer_to_a_bare_question_after_narration_is_no_one_the_story_gives():
    text = ("“Coffee’s at mile marker 90,” Sunny said on the radio.\n\n"
            "Neither driver said anything for a long stretch.\n\n“Is that a car?”\n\n“That’s a car.”")
    assert speakers(text)[-1] is None


NEWCOMERS = [
    pytest.param("Hollis Brandt orders a croissant every day.\n\n“The coffee was terrible then,” he said.\n\n"
                 "Behind him, an older man in a toque was less sentimental. “Prices went up again,” he said.",
                 ["Hollis Brandt", None], id="he after an unnamed man opens the sentence before is not the man named earlier"),
    pytest.param("“He argues with everything,” said Pascal Ouellette-Sand, the goalie coach.\n\n"
                 "Tomas's mother, who works nights as a nurse, watches every game from the hospital.\n\n"
                 "“I watch with the sound off,” she said.",
                 ["Pascal Ouellette-Sand", None], id="she after someone's mother is not the coach"),
    pytest.param("Tomas Lindqvist-Harper stopped 44 shots against Yorkton.\n\n"
                 "The Yorkton coach was asked about the performance. “The kid was lucky,” he said.",
                 [None], id="he after the other team's coach is not the goalie"),
    pytest.param("“Somebody has to fix his coffee,” Marguerite Osei said.\n\nA young woman in a red parka asked "
                 "at the counter whether the rumours were true. “Are you really closing?”",
                 ["Marguerite Osei", None], id="a bare quote right after an unnamed newcomer's sentence is not the baker's"),
    pytest.param("“Has the jury reached a verdict?” Justice Evelyn Tokarski asked. The foreperson, a woman in her 60s, "
                 "stood. “We have, Your Honour.”",
                 ["Evelyn Tokarski", None], id="the foreperson who stands is not the judge"),
    pytest.param("“You can't blame her,” said Sara Walker, 44, a home-care aide. An immigrant from Uganda who became a "
                 "citizen in 2013, she plans to vote. “All she went through -- it's not fair.”",
                 ["Sara Walker", "Sara Walker"], id="a description set before her own she is still her"),
    pytest.param("Tom Reyes, 16, plays every Saturday. His father drove him to every practice.\n\n"
                 "“I love the game,” he said.",
                 ["Tom Reyes"], id="a relative who acts on him leaves the story on him"),
    pytest.param("Ben Carson spoke on Sunday. Carson shared a syllabus online.\n\n"
                 "The candidate also continued to refute a story about West Point.\n\n"
                 "“Those are the words that they would use,” he said.",
                 ["Ben Carson"], id="the candidate the story is about is still him"),
]


@pytest.mark.parametrize("text, expected", NEWCOMERS)
def test_newcomers(text, expected):
    assert speakers(text) == expected


FIRST_PERSON = [
    pytest.param("I went to my foreman, Bucky Tardif, and I said, “Is it true?”", [None],
                 id="I said: the writer's or narrator's words, not the foreman's"),
    pytest.param("Somebody had taped a sign on the time clock. “LAST ONE OUT, TURN OFF THE LIGHTS.” Nobody laughed.",
                 [None],
                 id="Nobody is no one's name"),
]


@pytest.mark.parametrize("text, expected", FIRST_PERSON)
def test_first_person_and_nobody(text, expected):
    assert speakers(text) == expected


def test_my_mother_is_the_mother_the_writer_named():
    text = ("My mother, Isabel, came to the garden in September.\n\n"
            "“She never let me help,” my mother said. “I used to think she didn’t want me here.”")
    assert speakers(text) == ["Isabel", "Isabel"]


def test_a_question_standing_as_a_sentence_is_speech_of_the_one_who_acts():
    assert speakers("Earl Pruitt looked at Dana Okwuosa. “You want it?”") == ["Earl Pruitt"]


def test_a_place_set_off_before_the_subject_is_not_the_subject():
    text = ("Prairie Renewal Party leader Harlan Mbeki-Strand spent the week in the north.\n\n"
            "Two days later, at a Legion hall in Carvel Junction, Mbeki-Strand repeated the pledge, "
            "promising “3,000 new jobs to the north in our first term.”")
    assert speakers(text) == ["Harlan Mbeki-Strand"]


def test_an_organisation_that_called_something_speaks_not_the_outlet_after_according_to():
    text = "The Manitoba Nurses' Alliance called the minister's position “a shrug dressed up as a policy,” according to CJRV News."
    assert speakers(text) == ["Manitoba Nurses' Alliance"]
    # the minister the story named owns the position; she says nothing in this sentence
    named = "Health Minister Ottilie Brannagh said Thursday the raise would wait.\n\n" + text
    assert speakers(named)[-1] == "Manitoba Nurses' Alliance"


ROUNDUPS = [
    pytest.param("Mayor Delia Franzoni-Vick said she was disappointed but not surprised.\n\n"
                 "Asked about the Saturday bus, one resident outside the chambers, a retired teacher who would not "
                 "give her name, said the city had “broken a promise” when it cut the route.\n\n"
                 "“They told us it was temporary,” she said.",
                 ["one resident", "one resident"], id="she after the resident's sentence goes on past its last words"),
    pytest.param("His lawyer, Phillip Esterhazy-Moore, argued that Lasko had no money left to flee with.\n\n"
                 "Assistant State's Attorney Renata Kowalczyk said the wedding was news to the prosecution.\n\n"
                 "“Mr. Lasko has been convicted in the newspapers,” the lawyer said.",
                 ["Phillip Esterhazy-Moore"], id="the lawyer is the one the story set off as his lawyer"),
    pytest.param("Here is some of the reaction:\n\nFishing guide Earl Mackintosh, reached on his boat near Port Emmett:\n\n"
                 "“The fish don't read the compact.”",
                 ["Earl Mackintosh"], id="a place in the line before the colon is where, not who"),
]


@pytest.mark.parametrize("text, expected", ROUNDUPS)
def test_roundups(text, expected):
    assert speakers(text) == expected


def test_she_after_an_opening_phrases_agent_is_the_one_the_sentence_is_about():
    text = ("Asked by a reporter whether the operation had become a recovery, Sheriff Teodora Vance-Amari was "
            "firm. “This is a rescue. Let me be very clear about that,” she said.")
    assert speakers(text) == ["Teodora Vance-Amari"]


READ_OUT = [
    pytest.param("Crown prosecutor Nadine Fehr-Castellanos read several of the messages aloud.\n\n"
                 "“You owe me $2,400 and I'm done waiting,” read one, sent from Kraychuk's phone.",
                 [None], id="a message read out is not the prosecutor's words"),
    pytest.param("Earl Pruitt's wife, Carol, texts him on storm nights. At a stop sign, he read the message aloud: "
                 "“U ok? Bed is warm.”", [None], id="the one who reads a text aloud did not write it"),
    pytest.param("Mayor Ana Ruiz read a prepared statement: “We will rebuild.”", ["Ana Ruiz"],
                 id="a statement of one's own read out is still one's own"),
]


@pytest.mark.parametrize("text, expected", READ_OUT)
def test_read_out(text, expected):
    assert speakers(text) == expected


def test_a_name_only_ever_after_at_or_in_is_a_place_not_a_she():
    text = ("A former administrator at Willow Bend, who spoke on the condition that she not be named because she "
            "signed a separation agreement with the company, described a routine she called “the shuffle.”\n\n"
            "“He told me, 'Make them work,'” she said.")
    assert "Willow Bend" not in speakers(text)


CALL_INS = [
    pytest.param("“In Brenton, once,” Lorne said.\n\nThe next caller, a woman named Priya who said she drives a school "
                 "bus, disagreed.\n\n“I've seen four near-misses at that corner this year,” she said.",
                 ["Lorne", "Priya"], id="a woman named Priya is a person, and hers is the next she"),
    pytest.param("“No, no,” Ingrid Solvang-Reid calls from the fourth row of the darkened hall.\n\n"
                 "Across the stage Maeve Donnelly-Okafor, playing his sister, actually flinches.\n\n"
                 "Donnelly-Okafor, a nurse who has acted in community theatre for 20 years, said the script "
                 "surprised her.\n\n“I expected something stiff and old-fashioned,” she said.",
                 ["Ingrid Solvang-Reid", "Maeve Donnelly-Okafor"], id="the his of a part played makes no one a he"),
]


@pytest.mark.parametrize("text, expected", CALL_INS)
def test_call_ins_and_parts(text, expected):
    assert speakers(text) == expected
