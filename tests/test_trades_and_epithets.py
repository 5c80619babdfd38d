"""Daily news a second reader wrote in session 36 (review 10): trades no word list holds, a
description that opens a new voice, an asker set off by an appositive, a picture's subject, a
company's officers by their initials, works and programmes named in quote marks, a statement
whose issuer spoke just before.

Each case asserts the speaker an editor would write beside every checked quote (None: the text
gives nobody; someone it describes without naming is given in the text's words).
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


def skipped(text):
    return [(q.text.strip(" ,"), q.skipped) for q in find_quotes(text) if q.skipped]


@pytest.mark.parametrize("text, expected", [
    pytest.param("“We are not going to chase volume,” Graham Whitford said.\n\n"
                 "A millwright at the mill, who asked not to be named, said workers had been told to expect news.\n\n"
                 "“January, February, who knows,” he said.",
                 ["Graham Whitford", "A millwright at the mill"], id="a trade no list holds, after 'A', who speaks: the next he"),
    pytest.param("A contractor working inside the plant said the crossing was tense.\n\n“They yell, we drive,” he said.",
                 ["A contractor"], id="a contractor, before what he was doing, is the next he"),
    pytest.param("“We are not going to chase volume,” Graham Whitford said.\n\n"
                 "A newsletter said workers had been told to expect news.\n\n“January, February, who knows,” he said.",
                 ["Graham Whitford", "Graham Whitford"], id="guard: a newsletter is no trade"),
    pytest.param("Rookie left-hander Tommy Kowalczyk went eight innings.\n\n"
                 "“We didn't tell him we were coming,” Stan Walsh said.\n\n"
                 "The rookie said he spotted his parents in the stands.\n\n“My mom had a sign,” he said.",
                 ["Stan Walsh", "Tommy Kowalczyk"], id="he after 'The rookie said' is the one the story called a rookie"),
    pytest.param("Jake Morrow struck out nine batters. “I just tried to keep the ball down,” Morrow said.\n\n"
                 "The rookie said he spotted his parents behind the dugout. “That settled me down,” he said.",
                 ["Jake Morrow", "Jake Morrow"],
                 id="guard: 'The rookie said' after the named one's own quote is most often that one again"),
    pytest.param("Assistant State's Attorney Renata Kowalczyk said the wedding was news to the prosecution.\n\n"
                 "“We have asked for the name of the bride three times,” Kowalczyk said.\n\n"
                 "The prosecutor told the court that investigators had traced the money.\n\n"
                 "“These were not sophisticated investors,” she said.",
                 ["Renata Kowalczyk", "Renata Kowalczyk"], id="guard: 'The prosecutor' may be the attorney named"),
    pytest.param("Deputy minister Catherine Ashdown testified.\n\n"
                 "Lorraine Bedard, the NDP critic, asked Ashdown how many positions were vacant.\n\n“Twenty-three,” she replied.",
                 ["Catherine Ashdown"], id="the one asked answers, past the asker's appositive"),
    pytest.param("Judge Miriam Oyelaran rejected that submission.\n\n"
                 "Beverly Stroud, wearing a grey cardigan, stood when asked whether she had anything to say.\n\n"
                 "“I am so ashamed,” she said.",
                 ["Beverly Stroud"], id="guard: 'stood when asked' after an appositive: the one standing speaks"),
    pytest.param("Harper Jean Lindquist was born Thursday.\n\nDr. Elena Marsh, who delivered Harper, grew up nearby.\n\n"
                 "The hospital shared a photo of Harper with a message: “Welcome to the world!”",
                 [None], id="a colon after 'a photo of Harper': not the child's words"),
    pytest.param("Chief financial officer Derek Saunders said duties totalled $58 million.\n\n"
                 "“The ones we kept pay for themselves,” the CFO said.",
                 ["Derek Saunders"], id="'the CFO' is the chief financial officer named"),
    pytest.param("Maritime Grid Power said in a statement that crews were being brought in. The utility warned that "
                 "customers “should be prepared to be without power for several days.”\n\n"
                 "“Our crews will not be sent up until the winds fall,” the statement said.",
                 ["Maritime Grid Power", "Maritime Grid Power"],
                 id="'the statement said' after its issuer spoke again: the issuer"),
    pytest.param("“You don't sell the cows,” said Ron Haskins, 71.\n\nHis son, Cody Haskins, 44, said the family kept "
                 "120 cows.\n\n“I know what they brought,” the elder Haskins said.",
                 ["Ron Haskins", "Ron Haskins"], id="'the elder Haskins' is the older of the two the story gave ages"),
    pytest.param("“You don't sell the cows,” said Ron Haskins, 71.\n\nHis son, Cody Haskins, 44, said the family kept "
                 "120 cows.\n\n“I know what they brought,” the younger Haskins said.",
                 ["Ron Haskins", "Cody Haskins"], id="'the younger Haskins' is the younger"),
    pytest.param("“My dad always said so,” said Kurt Friesen, 58.\n\n“We didn't lose a single animal,” Dennis Friesen "
                 "said.\n\n“They tell you it's a flood,” the older Friesen said.",
                 ["Kurt Friesen", "Dennis Friesen", "the older Friesen"],
                 id="guard: 'the older Friesen' when one brother's age is not told stays as written"),
    pytest.param("Harjit Sandhu planted a strip of flowers.\n\nHis son, Arjun Sandhu, was skeptical.\n\n"
                 "“I told my dad no,” he said.\n\nThe elder Sandhu laughed at that.\n\n“He's a convert,” he said.",
                 ["Arjun Sandhu", "Harjit Sandhu"], id="'The elder Sandhu' is the father of the one introduced as his son"),
    pytest.param("Ernie Coburn is a dairy farmer.\n\nHis son, Nate Coburn, started compressions.\n\n"
                 "“I remembered all of it,” he said.\n\nHis father pointed to his chest.\n\n"
                 "“I'm alive because of my boy,” he said.",
                 ["Nate Coburn", "Ernie Coburn"], id="'His father pointed to his chest': his chest is no one spoken to"),
    pytest.param("Ana Reyes-Mott helped organize the group.\n\n“It was late,” she said. “Four times.”\n\n"
                 "People laughed.\n\n“Sign it,” she said.",
                 ["Ana Reyes-Mott"] * 3, id="'People laughed.' names no person called People"),
    pytest.param("Malik Townsend scored 27 points.\n\nRookie guard Darnell Price, who rode with Townsend, said they "
                 "had traded texts.\n\n“Take my spot,” the rookie said.",
                 ["Darnell Price"], id="'the rookie' is the one the story called a rookie, not the one in his who-clause"),
])
def test_who_speaks(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, title", [
    pytest.param("Marc-André Leclerc pressed the company on its “Build Forward” capital program.", "Build Forward",
                 id="a programme's name before a modifier and its noun"),
    pytest.param("The tune, the family later worked out, was “Farewell to Tarbot Bay,” a lament he had learned.",
                 "Farewell to Tarbot Bay", id="a work's title set off before what kind of work it is"),
])
def test_names_of_things_are_not_quotes(text, title):
    assert skipped(text) == [(title, "title")]


def test_words_of_an_ad_stay_a_quote():
    assert [q.skipped for q in find_quotes("“We Will Win,” a campaign ad said.")] == [None]
