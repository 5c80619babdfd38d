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
                 ["Dana Whitcombe", "Another reporter", "Dana Whitcombe", "a reporter", "Dana Whitcombe"],
                 id="a bare follow-up question at a press conference is a reporter's, not the chief's"),
    pytest.param("Chief Mark Whitcombe took questions on Tuesday.\n\n"
                 "“We have two people in custody,” Whitcombe said.\n\n"
                 "A television reporter asked whether the suspects were known to police.\n\n"
                 "“Both have prior records,” he said.",
                 ["Mark Whitcombe", "Mark Whitcombe"],
                 id="he after a reporter asked: the one asked answers"),
    pytest.param("Mayor Jane Park took questions. A reporter asked, “Will the route close?” she said.",
                 ["A reporter"], id="a question after a reporter asked is still the reporter's"),
    pytest.param("Police Chief Angela Mercer spoke at City Hall.\n\n"
                 "Another reporter asked whether the officers had been placed on leave.\n\n"
                 "“Both officers are on leave,” Mercer said. “That is not a punishment.”\n\n"
                 "“Have either of them been involved in a shooting before?”\n\n“No.”\n\n"
                 "“Any complaints?”\n\n“I’m not going to discuss personnel files.”",
                 ["Angela Mercer", "Angela Mercer", "a reporter", "Angela Mercer", "a reporter", "Angela Mercer"],
                 id="bare questions and answers at a press conference alternate from a reporter's"),
    pytest.param("Police Chief Angela Mercer spoke at City Hall.\n\n"
                 "“When will the video be released?” one reporter asked.\n\n"
                 "“When the state tells us it won’t harm their investigation,” she said.\n\n"
                 "“Is that days or weeks?”\n\n“I would hope days.”",
                 ["one reporter", "Angela Mercer", "one reporter", "Angela Mercer"],
                 id="a reporter's question needs no 'you' for the exchange to alternate"),
    pytest.param("The mayor’s news conference quickly turned tense. Lena Fortier of the Halverton Record asked why "
                 "the city had hired 41 new staff.\n\n“Those are paramedics and transit operators,” Chaudhry said.\n\n"
                 "“Are you saying none of those positions could have waited?”\n\n"
                 "“I’m saying every one of them was approved by council.”",
                 ["Chaudhry", "a reporter", "Chaudhry"],
                 id="at a news conference, a named reporter's bare follow-up is a reporter's"),
    pytest.param("“Are you going to run?” a reporter asked Pierre Lambert.\n\n"
                 "“I’m thinking about it,” Lambert said.\n\n“What would it take?”\n\n“The right team.”",
                 ["a reporter", "Pierre Lambert", "a reporter", "Pierre Lambert"],
                 id="the follow-up after a reporter's question and a long answer is the reporter's"),
    pytest.param("At the news conference, reporters pressed the mayor.\n\n"
                 "“What do you say to the parents?” another reporter asked.\n\n"
                 "“You tell them you’re sorry,” Mayor Elaine Fougère said.\n\n"
                 "“What else can you say?”\n\nShe said the city would hire an outside reviewer.",
                 ["another reporter", "Elaine Fougère", "Elaine Fougère"],
                 id="a question no quoted answer follows is the speaker's own, rhetorical"),
    pytest.param("“Did you vote for the arena deal?” a reporter asked Coun. Tom Hale.\n\n“Yes,” Hale said.\n\n"
                 "“Do you know what would happen to the rink if we didn’t?”\n\n“Not really,” the reporter said.",
                 ["a reporter", "Tom Hale", "Tom Hale", "the reporter"],
                 id="a question in the first person is the speaker's own, back to the reporter"),
]


@pytest.mark.parametrize("text, expected", BRIEFINGS)
def test_briefings(text, expected):
    assert speakers(text) == expected


FAMILIES = [
    pytest.param("Tom Reyes, 16, lost his home in the fire. His mother, Ana Reyes, works nights.\n\n"
                 "“We have nothing left,” his mother said.",
                 ["Ana Reyes"], id="his mother is the one the story named as his mother"),
    pytest.param("Anna Brekke finished fourth. Her father, Lars Brekke, watched from the stands.\n\n"
                 "“She never complains,” her father said.",
                 ["Lars Brekke"], id="her father, named before with the tie"),
    pytest.param("Marc Bouchard, 19, was arrested Friday. His father, Réjean Bouchard, runs the shop.\n\n"
                 "“We are all shocked,” his father said.",
                 ["Réjean Bouchard"], id="his father is not the father himself, though he was named last"),
    pytest.param("Donna and Phil Kerrigan have lived on Elm Street for 40 years.\n\n"
                 "“We never thought it would flood,” Donna Kerrigan said.\n\n"
                 "“The water came up in an hour,” her husband said.",
                 ["Donna Kerrigan", "Phil Kerrigan"], id="her husband is the one other of her family name"),
    pytest.param("Walter Pardy, 83, still fishes. His son, Jamie Pardy, came home in 2009.\n\n"
                 "“He named the boat after his mother,” his father said.",
                 ["Walter Pardy"], id="his father: the other of the family name, not the son"),
    pytest.param("Anna Brekke finished fourth. Her brother, Erik Brekke, also raced.\n\n"
                 "“She never complains,” her father said.",
                 [None], id="her father is not the brother the story named"),
    pytest.param("Tom Reyes, Ana Reyes and Maria Reyes lost their homes.\n\n"
                 "“We lost it all,” his sister said.",
                 [None], id="two women of his family name and none named his sister: nobody"),
    pytest.param("Denise Laval, 74, bakes. Her son, Philippe Laval, feeds the oven.\n\n"
                 "His mother winced when the story was repeated.\n\n“Philippe is too honest,” she said.",
                 ["Denise Laval"], id="his mother is the one whose son the story named him"),
    pytest.param("Tyler Brandt runs the farm. Tyler’s wife, Sarah Brandt, took extra shifts.\n\n"
                 "“There were weeks I didn’t see him,” she said.\n\n"
                 "Her husband said he could not have done it without her. “She is the reason,” he said.",
                 ["Sarah Brandt", "Tyler Brandt"], id="her husband: the one she was named the wife of"),
    pytest.param("Denise Laval, 74, bakes. Her son, Philippe Laval, feeds the oven. Her granddaughter, "
                 "Amélie Laval, runs the page.\n\n“She said bread needs no pictures,” Amélie said.\n\n"
                 "Her grandmother shrugs at this. “It is good for the young people,” she said.",
                 ["Amélie Laval", "Denise Laval"],
                 id="a relative's gesture in the present tense, and the grandmother the granddaughter was named for"),
    pytest.param("Hal Pettigrew and his wife, Ruth Pettigrew, grow okra.\n\n"
                 "A woman who moved here from Guatemala said the garden felt like home.\n\n"
                 "Her son pointed to a pumpkin. “It is the biggest one,” he said.",
                 ["Her son"], id="her son after an unnamed woman is hers, not a son of the family named before"),
    pytest.param("Greta Pell died on Monday. She is survived by a sister, Maud Pell-Haring, and two sons.\n\n"
                 "“She never once missed a Sunday dinner,” her sister said.",
                 ["Maud Pell-Haring"], id="her sister: the one the story set off after 'a sister,'"),
    pytest.param("The fire killed Tom Hale. A brother, Sam Hale, tried to reach him.\n\n"
                 "“I could not get in,” his brother said.",
                 ["Sam Hale"], id="his brother is the brother the story named, never the man whose brother he is"),
    pytest.param("Ana Ruiz has a sister, Maud Ortega. Tom Hale runs the shop.\n\n"
                 "“He never missed a day,” his sister said.",
                 [None], id="a sister of someone else is not his sister"),
]


@pytest.mark.parametrize("text, expected", FAMILIES)
def test_families(text, expected):
    assert speakers(text) == expected


TRADES = [
    pytest.param("Police Chief Antonio Beltrán said the suspect fled.\n\n"
                 "A bouncer said the shooting started at 1 a.m.\n\n“Everybody hit the ground,” he said.",
                 ["A bouncer"], id="he after a bouncer who spoke: the bouncer"),
    pytest.param("Lorraine Hughes owns the plant.\n\nA waitress at the diner said the mood was grim. "
                 "“Nobody’s eating,” she said.",
                 ["A waitress at the diner"], id="she after a waitress who spoke: the waitress"),
    pytest.param("Police Chief Antonio Beltrán said the suspect fled.\n\n"
                 "A waitress said the shooting started at 1 a.m.\n\n“Everybody hit the ground,” he said.",
                 ["Antonio Beltrán"], id="a waitress is no he"),
]


@pytest.mark.parametrize("text, expected", TRADES)
def test_trades(text, expected):
    assert speakers(text) == expected


def test_according_to_after_words_that_follow_the_quote():
    text = ("Mayor Ruth Calloway has promised 2,000 homes. The city needs “somewhere around 3,500 units” "
            "before rents ease, according to economist Simone Achterberg.")
    assert speakers(text) == ["Simone Achterberg"]
    text = ("The housing plan Mayor Ruth Calloway unveiled last month is “a meaningful number” but not a "
            "solution, according to Marrowick University economist Simone Achterberg.")
    assert speakers(text) == ["Simone Achterberg"]


@pytest.mark.parametrize("text", [
    "Sunita Chawla wrote a research note titled “Buy the Dip, Not the Story.”",
    "Clinton campaign manager Robby Mook released a memo titled “The Facts on Where the Race Stands.”",
    "Mary Kowalski has started a petition, “Fair Rates for Millbrook,” that has 3,100 signatures.",
    "A local group calling itself “Parents for Choice” met on Monday.",
])
def test_a_name_given_in_title_case_is_nobodys_words(text):
    [quote] = find_quotes(text)   # checked with no speaker, or skipped as a scare quote
    assert quote.speaker is None


SHARED_SURNAMES = [
    pytest.param("Jonah Whitcombe, 41, was riding home when the truck hit him.\n\n"
                 "His widow, Rachel Whitcombe, told the court that her husband had promised to be home.\n\n"
                 "“She waited up for him,” Whitcombe said.",
                 ["Rachel Whitcombe"], id="the surname after the one of the family who spoke in the paragraph before"),
    pytest.param("Crown prosecutor Daniel Chen opened the case. Defence lawyer Sarah Chen, no relation, "
                 "said the case rested on the word of contractors.\n\n"
                 "“The accused had motive, means and opportunity,” Chen told the jurors in his opening address.",
                 ["Daniel Chen"], id="not the one who spoke before when the sentence gives the other sex"),
    pytest.param("Marcel Lazar, 44, was sentenced Thursday. “We need him,” his wife, Gabriela Lazar, wrote.\n\n"
                 "A high school graduate, Lazar had no training. He told the FBI that he wanted "
                 "“a better world for our children.”",
                 ["Gabriela Lazar", "Marcel Lazar"], id="a surname with no cue of its own keeps the first named"),
    pytest.param("At 92, the last blacksmith on Wrenfield Street still lights the forge\n\n"
                 "WRENFIELD, Pa. — Augustin Pell opens the shop at 6 a.m.\n\n"
                 "“A gas forge is faster,” Pell said.\n\n"
                 "His daughter, Lena Pell-Marsh, did not take up the trade. Neither did her brother, Frank.\n\n"
                 "“Dad never pushed us,” Frank Pell said by phone.\n\n"
                 "“She used to bring lunch down at noon,” Pell said, pointing with a pair of tongs.\n\n"
                 "“He undercharges everybody,” said his granddaughter, Corinne Pell-Marsh.\n\n"
                 "“He’ll be all right,” Pell said of his apprentice.",
                 ["Augustin Pell", "Frank Pell", "Augustin Pell", "Corinne Pell-Marsh", "Augustin Pell"],
                 id="a surname the story used alone before a son was named stays the father's"),
    pytest.param("Two Okonjo-Reeves on the ballot in Ward 7\n\n"
                 "Voters will find two people named Okonjo-Reeve on their ballots.\n\n"
                 "Theresa Okonjo-Reeve, 46, is running on housing. Her cousin, Marcus Okonjo-Reeve, 51, "
                 "chaired the business association.\n\n"
                 "Marcus Okonjo-Reeve said he would keep the height limits.\n\n"
                 "“Some of these streets can take more density,” Okonjo-Reeve said.",
                 ["Marcus Okonjo-Reeve"],
                 id="a surname that named no one yet does not hold it for the one named first"),
    pytest.param("Tyler Brackett pleaded guilty to the crash that killed Evan Arsenault, 17.\n\n"
                 "Evan's mother, Carole Arsenault, read a victim impact statement.\n\n"
                 "Outside the courthouse, Evan's mother stood with a group of his classmates.\n\n"
                 "“Four years is not enough,” Arsenault said.",
                 ["Carole Arsenault"], id="the surname after a sentence opened by a relative the story set off by name"),
]


@pytest.mark.parametrize("text, expected", SHARED_SURNAMES)
def test_shared_surnames(text, expected):
    assert speakers(text) == expected


def test_an_organisation_named_at_a_sentence_end_keeps_no_full_stop():
    text = "Jane Ruiz runs the Brennan Center for Justice. “We will sue,” the center said in a statement."
    assert speakers(text) == ["Brennan Center for Justice"]


SECOND_READING = [
    pytest.param("Caleb Redfern was nine when he called 911. A dispatcher answered on the second ring.\n\n"
                 "“I said my dad fell down,” he said.",
                 ["Caleb Redfern"], id="one who answered the phone is no voice"),
    pytest.param("Mayor Priya Chaudhry took questions. A reporter asked whether the increase was final.\n\n"
                 "“Nothing is final until council votes,” she said.\n\n"
                 "Chaudhry then turned to the seniors in the front row.\n\n"
                 "“Do you want your bus cut?”\n\n“I didn’t think so.”",
                 ["Priya Chaudhry", "Priya Chaudhry", "Priya Chaudhry"],
                 id="the official's own question after a sentence of narration is not a reporter's"),
    pytest.param("Plant owner Luc Tessier had promised workers the plant was “here for the long haul,” a pledge "
                 "that was broken within a year, according to economist Farah Jamil.",
                 ["Luc Tessier"], id="according to after the words that follow does not take a quote someone before owns"),
    pytest.param("Donna and Phil Kerrigan sold the farm. Their daughter-in-law, Jess Kerrigan, runs the stand.\n\n"
                 "“We kept the stand,” Jess Kerrigan said.\n\n“It was her idea,” her husband said.",
                 ["Jess Kerrigan", None], id="an in-law's husband is not the other of the family name"),
    pytest.param("Phil Kerrigan sold the farm. Gary’s wife, Sharon Lund, baked pies.\n\n"
                 "Phil said he did not remember it.\n\n“I remember,” his wife said.",
                 [None], id="his wife is not someone else's wife"),
    pytest.param("Tom Reyes spoke first. Maria Lopez said her husband was angry. "
                 "“It was a betrayal of the town,” he said.",
                 [None], id="he after a woman's husband came up is not a man named before"),
    pytest.param("Bill Sigurdson blames the quota system. His son, Erik, is less sure. “I think it is both,” he says.",
                 ["Erik"], id="a son named by given name only is a person, and a he"),
    pytest.param("The protesters paid tribute to young men like Clarence Howard, 22.\n\n"
                 "As they marched, they chanted “stop killing black people.”",
                 [None], id="they is not someone named after 'like'"),
]


@pytest.mark.parametrize("text, expected", SECOND_READING)
def test_second_reading(text, expected):
    assert speakers(text) == expected


COURT_AND_CROWD = [
    pytest.param("“Did you ever ask him why?” Castellanos asked.\n\n"
                 "“Once,” Menendez said. “He told me it was none of my business.”\n\n"
                 "“How did you respond?”\n\n“I didn’t. I needed the job.”",
                 ["Castellanos", "Menendez", "Menendez", "Castellanos", "Menendez"],
                 id="an examination alternates though an answer runs to two quotes"),
    pytest.param("Defence lawyer Howard Gilchrist cross-examined Menendez on Tuesday.\n\n"
                 "“The invoices were real,” Menendez said.\n\n"
                 "“You wanted the controller job, didn’t you?” Gilchrist asked.\n\n“I applied for it. Yes.”",
                 ["Menendez", "Howard Gilchrist", "Menendez"],
                 id="a bare answer to a question put to 'you' is not the asker's"),
    pytest.param("Defence lawyer Howard Gilchrist cross-examined Menendez on Tuesday.\n\n"
                 "“You wanted the controller job, didn’t you?” Gilchrist asked.\n\n“I applied for it. Yes.”\n\n"
                 "“And Mr. Ashby gave it to someone else.”\n\n“He gave it to his nephew,” Menendez said.",
                 ["Howard Gilchrist", "Menendez", "Howard Gilchrist", "Menendez"],
                 id="between a bare answer and the witness's next cued reply, the examiner's turn"),
    pytest.param("Defence lawyer Gordon Achebe-Lyle pressed Kendra Holloway on how much she could see.\n\n"
                 "“You had, what, 150 people in there?” he asked.\n\n“Around that, yeah.”",
                 ["Gordon Achebe-Lyle", "Kendra Holloway"],
                 id="the answer is the one the asker was said to press"),
    pytest.param("“We are committed to this street,” Tom Tate told council.\n\n"
                 "“Have you ever tried to park here at 6 p.m.?” asked resident Ann Ruiz.\n\n“No. You haven’t.”",
                 ["Tom Tate", "Ann Ruiz", "Ann Ruiz"],
                 id="an asker answering her own question to 'you' goes on"),
    pytest.param("Jim Kowalczyk said he had not told his wife yet.\n\n“She’s at work,” he said.\n\n"
                 "A teenager waiting for his father outside the plant gates said the news spread online first.\n\n"
                 "“My dad texted me one word,” he said.",
                 ["Jim Kowalczyk", "A teenager"],
                 id="he after an unnamed speaker described by what he was doing"),
    pytest.param("Mayor Brad Ostrowski spoke. Asked by CKHV’s Daniel Mbeki whether the city would sell the "
                 "utility, Ostrowski shook his head.\n\n“Selling the utility is a one-time fix,” he said.",
                 ["Brad Ostrowski"], id="his and he are not the asker named in an opening participle phrase"),
    pytest.param("Hollis Agri Partners bought the farm. Company president Walt Hollis said the family was fair.\n\n"
                 "“They could have sold it to investors,” Hollis said.",
                 ["Walt Hollis"], id="a company of partners is no person, and the surname is the man's"),
]


@pytest.mark.parametrize("text, expected", COURT_AND_CROWD)
def test_court_and_crowd(text, expected):
    assert speakers(text) == expected


THIRD_READING = [
    pytest.param("Keisha Bramwell died Saturday. Bramwell's mother, Andrea Bramwell, spoke to reporters.\n\n"
                 "Her husband said the family had not been told anything. “We learn things from the news,” he said.",
                 ["Her husband"], id="her husband is not the daughter who shares the name"),
    pytest.param("“He thinks it needs another ten minutes,” Jeanne Laval said.\n\n"
                 "Her son, Philippe Laval, shrugged. “She says she is retired,” Philippe said.\n\n"
                 "His mother rolled her eyes. “Somebody has to check the rye,” she said.",
                 ["Jeanne Laval", "Philippe Laval", "Jeanne Laval"],
                 id="she after his mother, whom the story named by the tie read the other way"),
    pytest.param("Harvey Lindgren owns Lindgren Shoes. His daughter, Kate Lindgren, took a different view.\n\n"
                 "Her father, reached by phone, agreed. “She is smarter than me,” he said.",
                 ["Harvey Lindgren"], id="he after her father, the one she was named the daughter of"),
    pytest.param("“I saw him the whole way,” Jacob Dufour said.\n\n"
                 "His parents, Sylvie and André, watched. “I had my eyes closed,” Sylvie Dufour said.\n\n"
                 "Her husband said he had been nervous too. “It is hard on the heart,” he said.",
                 ["Jacob Dufour", "Sylvie Dufour", "Her husband"], id="her husband is not her son"),
]


@pytest.mark.parametrize("text, expected", THIRD_READING)
def test_third_reading(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Under questioning by Assistant U.S. Attorney Nina Castellanos, Menendez described the invoices.\n\n"
                 "“Why did you do that?” the prosecutor asked.", ["Nina Castellanos"],
                 id="an assistant U.S. attorney is the prosecutor"),
    pytest.param("Under questioning by Assistant U.S. Attorney Nina Castellanos, Carla Menendez described the "
                 "invoices.\n\n“Why did you do that?” the prosecutor asked.\n\n"
                 "“Because I was scared that someday somebody would blame me,” she said.",
                 ["Nina Castellanos", "Carla Menendez"], id="she who answers is not the prosecutor who asked"),
    pytest.param("District Attorney Mark Reyes spoke Monday. “We will retry the case,” the prosecutor said.",
                 ["Mark Reyes"], id="a district attorney is the prosecutor"),
    pytest.param("Defense attorney Howard Gilchrist rose. “My client is innocent,” the lawyer said.",
                 ["Howard Gilchrist"], id="a defense attorney is the lawyer"),
    pytest.param("Defense attorney Howard Gilchrist rose. “My client is innocent,” the prosecutor said.",
                 ["the prosecutor"], id="a defense attorney is no prosecutor"),
])
def test_attorneys_by_their_role(text, expected):
    assert speakers(text) == expected
