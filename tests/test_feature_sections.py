"""Who speaks in oral histories, statements and news copy a second reader wrote in session 34
(desk.extract.quotes, desk.extract.sections): name lines over first-person sections, an
organisation set off by where it is, a union local's number, the one a relative clause is about.

Each case is a minimal invented snippet; each asserts the speaker an editor would write beside
every checked quote (None: the text gives nobody, and a wrong name would be worse than none).
"""

from __future__ import annotations

import pytest

from desk.extract.narration import paragraphs
from desk.extract.quotes import find_quotes
from desk.extract.sections import sections


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


ORAL_HISTORY = ("‘Last fish’: Voices from the final shift\n\n"
                "HARROW POINT, N.L. — The fish plant processed its last load on March 14. The Courier spoke "
                "with people who worked the last shift.\n\n"
                "DARLENE QUINTON, fish cutter, 31 years\n\n"
                "“I started when I was 17. My mother worked the line beside me the first summer.\n\n"
                "“That last day, Lorne came down on the floor around two o’clock.”\n\n"
                "“I’m not going to Gander Bay. I’m 48.”\n\n"
                "GERALD “BUDDY” NOSEWORTHY, forklift operator\n\n"
                "I had the last pallet. Nobody planned that.\n\n"
                "Lorne came out of the office and he said, “You’re done, Buddy.” I said, “Well, who’s going to "
                "tell the crab?” He laughed.\n\n"
                "LORNE ABBOTT, plant manager\n\n"
                "“I got the call from head office on a Tuesday.”\n\n"
                "“The hardest one was Darlene. I hired her mother.”\n\n"
                "MAVIS DROVER, owner, Drover’s Take-Out\n\n"
                "“Buddy came in after and ordered a fish and chips.”")


def test_an_oral_historys_name_lines_give_each_section_its_voice():
    assert speakers(ORAL_HISTORY) == [
        "Darlene Quinton", "Darlene Quinton",   # a quote run over two paragraphs, then one more
        "Lorne Abbott", "Gerald Noseworthy",    # "he said" after "Lorne came out"; the section's "I said"
        "Lorne Abbott", "Lorne Abbott",
        "Mavis Drover"]


def test_name_lines_need_two_of_them_and_a_person():
    paras = "BREAKING NEWS, live updates\n\nThe council met.\n\nABOUT THE COMPANY\n\nIt makes buses."
    assert sections(paras, paragraphs(paras)) == []
    one = "DARLENE QUINTON, fish cutter\n\n“I started when I was 17.”"
    assert sections(one, paragraphs(one)) == []   # one line in capitals is a heading or a kicker
    assert [s.name for s in sections(ORAL_HISTORY, paragraphs(ORAL_HISTORY))] == [
        "Darlene Quinton", "Gerald Noseworthy", "Lorne Abbott", "Mavis Drover"]


VOICES = [
    pytest.param("Coravan, based in Columbus, Ohio, said in its own statement that it was “proud to partner "
                 "with Eastbrook” and that drivers would be “offered positions at comparable pay.”",
                 ["Coravan", "Coravan"], id="a company set off by its town and state speaks (was: no one)"),
    pytest.param("Coravan, based in Truro, N.S., said it was “proud to partner with Eastbrook.”",
                 ["Coravan"], id="a province abbreviated in one token with its dots"),
    pytest.param("Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the group "
                 "for promoting “lesbianism, abortion and contraception.”",
                 ["Swanson"], id="a town and state closing a relative clause"),
    pytest.param("The mayor of Columbus, Ohio, said the plan was “a mistake.”",
                 ["The mayor of Columbus"], id="a town and state right after the subject keep it"),
    pytest.param("Amalgamated Transit Workers Local 412, which represents the city’s 96 bus drivers, said in a "
                 "statement that it was “exploring every option, including legal action,” to block the deal.",
                 ["Amalgamated Transit Workers Local 412"], id="a union local's number ends its name (was: no one)"),
    pytest.param("The second no vote came from council member Yvette Castellanos, who called the process "
                 "“rushed” and said the council had the contract only four days.",
                 ["Yvette Castellanos"],
                 id="the one a who-clause's own cue is about (was: 'The second no vote came')"),
    pytest.param("On Thursday, Cruz won his first endorsement from a Senate colleague, from Mike Lee, who declared "
                 "in the spin room, “I’m sending the signal that it’s time to unite.”",
                 ["Mike Lee"], id="a who-clause's cue with its comma before the quote"),
    pytest.param("A man standing beside Mayor Tom Hale, who was visiting, shouted “Shame!”",
                 ["A man"], id="a who-clause closed before the cue leaves the sentence's subject"),
    pytest.param("At the flagship store, a cashier who has worked there 19 years said she would believe the "
                 "promise \"when I see the second year.\"",
                 ["a cashier"], id="a person a who-clause describes (was: 'years')"),
    pytest.param("Tyler Brackett pleaded guilty in January. Brackett, 23, was sentenced on Tuesday.\n\n"
                 "The defence lawyer, Marcus Oduya, asked for three years.\n\n"
                 "\"He has not tried to hide from this,\" Oduya said.\n\n"
                 "The accused, wearing a grey suit, stood and read from a single handwritten page.\n\n"
                 "\"I'm sorry,\" he said.",
                 ["Marcus Oduya", None], id="he after the accused stood is not the lawyer before"),
    pytest.param("In question period, Opposition leader Ravi Sandhu-Clarke read from a news release issued by the "
                 "Health Minister’s office in January, which promised that rural care would be “stabilized by spring.”",
                 [None], id="words of a release someone read from are not the reader's (was: Ravi Sandhu-Clarke)"),
    pytest.param("Mayor Ann Hale released a statement, which said the city was “ready for the storm.”",
                 ["Ann Hale"], id="a statement someone released, which said …, is theirs"),
    pytest.param("In a statement, President Obama condemned Friday's test as \"provocative and destabilizing\" and a "
                 "\"grave threat\" to regional stability.",
                 ["Obama", "Obama"], id="condemned … as “…” is a cue, as denounced is (was: two scare quotes)"),
    pytest.param("Bonnie Kearns said she would try again. She said a colleague told her last week, "
                 "\"Bonnie, you're going to be writing this bill until you retire.\"\n\n\"He might be right,\" she said.",
                 ["a colleague", "Bonnie Kearns"], id="she after a colleague told her … is the one told (was: a colleague)"),
    pytest.param("Brennan took the lead on Darius Fletcher's 62-yard punt return.\n\n"
                 "Brennan coach Lou Santangelo declined to discuss a penalty on the final drive.\n\n"
                 "\"I'm not going to talk about the officials,\" he said.",
                 ["Lou Santangelo"], id="Lou is a man's name as often as a woman's (was: Darius Fletcher)"),
    pytest.param("The port authority welcomed the decision. In a statement, Port Aldous Authority CEO Margaret "
                 "Villeneuve said construction could begin next spring.\n\n\"We're ready,\" the statement said.",
                 ["Margaret Villeneuve"], id="the statement of the one named after 'In a statement,' (was: the statement)"),
    pytest.param("The Association of Freight Carriers said in a statement that the bill \"substitutes political "
                 "judgment for engineering judgment.\"\n\nA preliminary report from federal investigators found that a "
                 "detector recorded a temperature that was \"below the alarm threshold but significantly elevated.\"",
                 ["Association of Freight Carriers", None],
                 id="a report's finding with no cue is not the voice of the paragraph before"),
    pytest.param("At the end, somebody down the line yelled, “Last fish!” and everybody clapped.",
                 [None], id="somebody somewhere is no one named (was: 'the line')"),
    pytest.param("I was home that week, so Mom got me on for the last shift.\n\n"
                 "Mom said, “Don’t you cry on that floor.”",
                 [None], id="Mom is no one's name"),
    pytest.param("Tess Varga ran the line.\n\nI said, “Who is going to tell the crab?” She laughed.",
                 [None], id="a cue before the quote is not displaced by a new sentence after it"),
]


@pytest.mark.parametrize("text, expected", VOICES)
def test_voices(text, expected):
    assert speakers(text) == expected
