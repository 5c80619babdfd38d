"""Who speaks, on patterns second readers met in whole articles in session 29
(desk.extract.quotes): titles a name wears, descriptions and pronouns after them.

Each case is a minimal invented snippet; each asserts the speaker an editor would write beside
every checked quote (None: the text gives nobody; someone it describes without naming is given in
the text's words).  Earlier sessions' cases are in test_real_speakers.py and test_quotes.py.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


TITLES = [
    pytest.param("“We are ready,” said Interior Undersecretary Jane Doe.", ["Jane Doe"],
                 id="an undersecretary's title and its department are no part of her name"),
    pytest.param("“It wraps in May,” said Executive Producer Sam Lee.\n\n“No,” said Publisher Ann Hale.",
                 ["Sam Lee", "Ann Hale"], id="a producer and a publisher are titles before a name"),
    pytest.param("“We will vote,” said Selectman Tom Reid.\n\n“Soon,” said Ald. Ann Hale.",
                 ["Tom Reid", "Ann Hale"], id="a selectman and an alderman (Ald.) are titles"),
    pytest.param("“It is rising,” said Professor Emeritus Jane Doe.\n\n"
                 "“We disagree,” said Solicitor General Ann Hale.",
                 ["Jane Doe", "Ann Hale"], id="emeritus and solicitor are titles"),
    pytest.param("“Wear a mask,” said Chief Medical Officer of Health Jane Doe.\n\n"
                 "Ontario Deputy Chief Medical Officer of Health Tom Reid said, “Stay home.”",
                 ["Jane Doe", "Tom Reid"],
                 id="a medical officer of health is a long title whose portfolio precedes the name"),
    pytest.param("Undersecretary for Political Affairs Wendy Sherman wrote that the plane had left. "
                 "Another Pat Kennedy miracle,” she wrote.".replace("Another", "“Another"),
                 ["Wendy Sherman"], id="an undersecretary for a portfolio, then her pronoun"),
    pytest.param("“This is a breakthrough,” said the society’s chief scientific officer, Dr. Rosalind Achterberg.\n\n"
                 "“We are out of room,” said the hospital’s deputy chief medical officer, Tom Reid.",
                 ["Rosalind Achterberg", "Tom Reid"],
                 id="a chief or deputy that modifies the role after it: the name after the whole role speaks"),
]


@pytest.mark.parametrize("text, expected", TITLES)
def test_titles(text, expected):
    assert speakers(text) == expected


VOICES = [
    pytest.param("Transit spokesperson Dana Price said fares would rise. A city spokesperson said the road would "
                 "close. “It is temporary,” the spokesperson said.\n\n"
                 "Coach Tom Reid spoke. The road will close, said a spokesperson for the mayor. "
                 "“It is temporary,” the spokesperson said.",
                 ["the spokesperson", "the spokesperson"],
                 id="an unnamed spokesperson who spoke since the named one is the spokesperson who speaks next"),
    pytest.param("Dana Price, a city spokesperson, spoke Monday. “No,” the spokesperson said.\n\n"
                 "Coach Tom Reid praised the win. An assistant coach said the team was tired. “We need rest,” the coach said.\n\n"
                 "A city spokesperson said the road would close. Dana Price, the transit spokesperson, disagreed. "
                 "“No,” the spokesperson said.",
                 ["Dana Price", "Tom Reid", "Dana Price"],
                 id="not an appositive of the named one, another rank, or one named again since"),
]


@pytest.mark.parametrize("text, expected", VOICES)
def test_voices(text, expected):
    assert speakers(text) == expected


def test_the_sentence_after_a_quote_says_whose_words_they_were():
    text = ("With Clinton, the agency’s bad reputation grows.\n\n"
            "“I would rather have a sister in jail than a brother in the bureau.” That quote from Alabama "
            "Securities Commissioner Thomas Krebs appeared on the front page in 1980.")
    assert speakers(text) == ["Thomas Krebs"]   # was: Hillary Clinton, from the headline
    assert speakers("“We will not back down.”\n\nThe remark, by Mayor Ann Hale, drew cheers.") == ["Ann Hale"]
    # a sentence about the line that names no one leaves it to the one speaking before
    assert speakers("Tom Reid spoke first. “We will not back down.” That line appeared on signs.") == ["Tom Reid"]


GENDER_BY_NAME = [
    pytest.param("Hillary Clinton thanked Bernie Sanders. “We have come a long way,” he said.",
                 ["Bernie Sanders"], id="a given name the census gives women only is no he"),
    pytest.param("Nikita Sorokin, who scored both goals, agreed. “We were ready,” he said.\n\n"
                 "Michele Russo opened his third restaurant. “It is a family business,” he said.",
                 ["Nikita Sorokin", "Michele Russo"],
                 id="with no one else to read it as, a name the census gives the other sex keeps the pronoun"),

    pytest.param("Eleanor Vandermeer died Saturday. “She could out-argue a lawyer,” said Delbert Harms. "
                 "“The water belongs to the people,” she told a hearing in 1992.",
                 ["Delbert Harms", "Eleanor Vandermeer"], id="a given name the census gives men only is no she"),
    pytest.param("Tom Reid coached the team. Alicia Hale said the district had suspended the coach. "
                 "“Those kids had water,” he said.",
                 ["Tom Reid"], id="and no he for a woman's name the short lists lack, when a man was named"),
    pytest.param("Jean Charest met Ann Hale. “We will win,” he said.\n\n"
                 "Lindsey Graham spoke after Ann Hale. “It is over,” he said.",
                 ["Jean Charest", "Lindsey Graham"], id="names borne by both sexes rule nobody out"),
]


@pytest.mark.parametrize("text, expected", GENDER_BY_NAME)
def test_gender_by_name(text, expected):
    assert speakers(text) == expected


UNNAMED_ANTECEDENTS = [
    pytest.param("Union president Tammy Kowalczyk said the union would fight. One former engineer, who asked not to be "
                 "named, said the plant had been starved of investment. “Every cycle they came back denied,” she said.",
                 ["One former engineer"], id="she after an unnamed subject who came after the named one"),
    pytest.param("The chief, Robert Ames, said the patrol would stay. A retired police officer who lives on Larch Court "
                 "said the approach could backfire. “Call it in,” he said.\n\n"
                 "Superintendent Gregory Halloway said the cuts were needed. Her father, standing behind her, said "
                 "afterward that he was proud of her. “She wrote that speech herself,” he said.",
                 ["A retired police officer", "Her father"], id="he after an unnamed officer, and after her father"),
    pytest.param("Tom Reid’s lawyer, Ann Hale, spoke outside court. His mother said she prays every night. "
                 "“He is innocent,” she said.\n\n"
                 "Mayor Francine Doiron defended her record. An audience member asked Doiron why her rent had gone up. "
                 "“What do you say to people like me?” she asked.",
                 ["His mother", "An audience member"], id="a kin noun, and someone asking a question"),
    pytest.param("Rooney was led away. Her daughter said she had not slept. Asked by a reporter whether she wanted "
                 "to say anything, she shook her head. “Not today,” she said.",
                 ["Her daughter"], id="past a sentence whose only cue opens it or is an infinitive"),
    pytest.param("Harold Benning lost his home. His son, who flew in from Calgary, spent the weekend hauling drywall. "
                 "“I told him to leave it,” he said.\n\n"
                 "Mayor Ann Hale met residents. One resident told her the city had ignored warnings. "
                 "“I hear you,” she said.\n\n"
                 "Const. Evan Marchetti spoke Monday. A man walking his dog found the body. "
                 "“We are not looking for anyone else,” he said.",
                 ["Harold Benning", None, None],
                 id="not someone brought in who does not speak, nor one who speaks to the person the story follows "
                    "(the older rule still gives no one for the last two)"),
    pytest.param("“It was cold,” said a neighbour. “We stayed inside,” she added.",
                 ["a neighbour", "a neighbour"], id="she goes on in the unnamed voice of the quote before"),
    pytest.param("A reporter asked Mayor Ann Hale about the budget. “We will cut nothing,” she said.\n\n"
                 "A neighbour called police. Officer Tom Reid arrived minutes later. “It was quiet,” he said.",
                 ["Ann Hale", "Tom Reid"], id="not one who asks before an answer, nor one named since"),
    pytest.param("A cashier who steals is held accountable, Warren said. “Executives are not,” she said.\n\n"
                 "Carlos Lopez-Cantera, a Republican and former state legislator, said grants should follow population. "
                 "“Then let the states decide,” he said.",
                 ["Warren", "Carlos Lopez-Cantera"],
                 id="not someone inside a named person's reported words, nor an appositive after a name"),
]


UNNAMED_ANTECEDENTS += [
    pytest.param("Tessa Lindqvist, the Canadian skier, finished fourth. Her coach said she had skied the best run "
                 "of her life. “I don’t think I left anything on the hill,” she said.\n\n"
                 "Tom Reid was elected mayor on Monday. His opponent conceded just after 10 p.m. "
                 "“I am humbled by the trust,” he said.",
                 ["Tessa Lindqvist", "Tom Reid"],
                 id="not a coach whose she is the skier, nor an opponent who only conceded"),
    pytest.param("“It was terrifying,” said a woman who lives next door. A second neighbour, who did not want to be "
                 "named, said she heard nothing. “I slept right through it,” she said.",
                 ["a woman", "A second neighbour"], id="a newer unnamed subject, not the unnamed voice before"),
]


UNNAMED_ANTECEDENTS += [
    pytest.param("Assistant Chief Scott Wojcik said a tenant was helped down a ladder. A man who lives on the second "
                 "floor banged on doors before he got out, he said.\n\n“He did a very brave thing,” he said.\n\n"
                 "Coach Tom Reid was stunned. A league official called him Tuesday to say the game was forfeited. "
                 "“I didn’t believe it at first,” he said.\n\n"
                 "The minister, Tom Reid, defended the cuts. One MP shouted at him to resign. “I have misled no one,” he said.\n\n"
                 "Const. Jordan Pike said two men were arrested. According to witnesses, one man said he had been "
                 "attacked first. “We are reviewing the video,” he said.",
                 ["Scott Wojcik", "Tom Reid", "Tom Reid", "Jordan Pike"],
                 id="not someone in the named person's report, nor one who called, shouted at or wrote to them"),
]


UNNAMED_ANTECEDENTS += [
    pytest.param("Board chair Patricia Greaves defended the plan. A teacher at Elmwood said staff had heard rumours. "
                 "“We found out from parents,” she said.",
                 ["A teacher at Elmwood"], id="an unnamed voice with its place after the noun"),
]


UNNAMED_ANTECEDENTS += [
    pytest.param("Dr. Amira Haddad said the boy had been sick for weeks.\n\nHis wife put a hand on his shoulder."
                 "\n\n“We both think about him,” she said.\n\n"
                 "Mayor Ann Hale spoke. A man in the crowd laughed. She waited. “We will build it,” she said.",
                 ["His wife", "Ann Hale"],
                 id="a relative's gesture just before the quote, not a man in the crowd for she"),
]


UNNAMED_ANTECEDENTS += [
    pytest.param("Castañeda-Ruiz said he had nowhere to go. His brother in Brandon had offered to take him in.\n\n"
                 "“I love my brother, but no,” he said.\n\n"
                 "Judge Ruth Alvarez sentenced Kyle Brandt to six years. His mother wept in the gallery. "
                 "“He will serve every day of it,” she said.\n\n"
                 "Ann Hale said the ads were false. A spokeswoman for the rival campaign said only that the party "
                 "stood by them. “They know exactly what they did,” she said.",
                 [None, "Ruth Alvarez", None],
                 id="not a relative's act or tears, nor one who said only one thing (the older rules give "
                    "no one for the first and last, not the relative or the spokeswoman)"),
]


@pytest.mark.parametrize("text, expected", UNNAMED_ANTECEDENTS)
def test_unnamed_antecedents(text, expected):
    assert speakers(text) == expected


def test_a_voice_a_pronoun_gives_unnamed_is_marked_unnamed():
    # no library speaker to check "One former engineer" against: the check page says unnamed
    text = ("Tammy Kowalczyk said the union would fight. One former engineer said the plant was starved. "
            "“They came back denied,” she said. “We will fight,” Kowalczyk said.")
    assert [(q.speaker, q.unnamed) for q in find_quotes(text)] == [("One former engineer", True),
                                                                  ("Tammy Kowalczyk", False)]


SURNAMES_OF_SEVERAL_WORDS = [
    pytest.param("Judge Catalina Ruiz de Velasco testified Wednesday. “A judge follows the law,” Ruiz de Velasco said.",
                 ["Catalina Ruiz de Velasco"], id="a surname of three words is the person named in full"),
    pytest.param("José Miguel de los Santos threw eight shutout innings. “This is for the city,” de los Santos said.",
                 ["José Miguel de los Santos"], id="de los joins a surname"),
    pytest.param("General Manager Theo Van Buskirk built the roster. “We bet on castoffs,” Van Buskirk said.\n\n"
                 "“One came back from travel,” said Dr. Pieter van der Walt. Van der Walt said staff had traced "
                 "contacts. “Our teams are tired,” he said.",
                 ["Theo Van Buskirk", "Pieter van der Walt", "Pieter van der Walt"],
                 id="Van opens a surname, not a given name, after the name in full"),
    pytest.param("In Halifax, Ragheb Al Turkmani, 49, and Abir Al Basha, 39, are eager to apply. Somehow, the family will find "
                 "a way, adds Al Basha. “We can borrow the money,” she says.",
                 ["Abir Al Basha"], id="Al opens a surname after the name in full"),
]


@pytest.mark.parametrize("text, expected", SURNAMES_OF_SEVERAL_WORDS)
def test_surnames_of_several_words(text, expected):
    assert speakers(text) == expected


def test_a_job_or_position_word_opening_a_sentence_is_no_part_of_the_name():
    text = ("Landowner Gordon Fisk said the pipeline would cross his land. “I went to hearings,” Fisk said.\n\n"
            "Closer Deshawn Pruitt-Adler pitched a perfect ninth. “I wanted to celebrate,” Pruitt-Adler said.\n\n"
            "Millhaven Township Manager Eileen Harte said the township would act. “It is not enough,” Harte said.")
    assert speakers(text) == ["Gordon Fisk", "Deshawn Pruitt-Adler", "Eileen Harte"]


ORGANISATIONS = [
    pytest.param("The Oregon Association of Hospitals and Health Systems said in a statement that it “welcomes any "
                 "effort to help small hospitals.”",
                 ["Oregon Association of Hospitals and Health Systems"], id="an organisation's name joined by of and and"),
    pytest.param("The Alberta Medical Association said in a statement that it “strongly supports” the province’s "
                 "response and urged members to check records.",
                 ["Alberta Medical Association"], id="a second verb after the quote is no attribution of it"),
    pytest.param("Her label, Copperline Records, said in a statement that the win was “a historic night for country music.”",
                 ["Copperline Records"], id="a body's name set off after the noun for it"),
    pytest.param("“We will fix it,” said Official Opposition critic for health Jane Kooner.\n\n"
                 "Opposition Leader Pierre Poilievre spoke. “No,” Poilievre said.",
                 ["Jane Kooner", "Pierre Poilievre"], id="the Official Opposition is a body, and a critic for a portfolio a title"),
]


@pytest.mark.parametrize("text, expected", ORGANISATIONS)
def test_organisations(text, expected):
    assert speakers(text) == expected


def test_headlines_descriptions_after_one_and_nicknames_of_names_the_lists_lack():
    text = ("Ingrid Solheim bakes bread. The review ran under the headline “The Best Bread in Minnesota Is in a "
            "Church Basement.”")
    assert [q.skipped for q in find_quotes(text)] == ["title"]
    assert [(q.speaker, q.unnamed) for q in find_quotes(
        "“Honestly? Relief,” said one, a data scientist who asked not to be named.")] == [("a data scientist", True)]
    text = "The host, Kacey “Sugar” Loveland, kept it moving. “Keep it short,” Loveland said."
    assert [(q.skipped, q.speaker) for q in find_quotes(text)] == [("nickname", None), (None, "Kacey Loveland")]
    # after a spokesman set off with his body and his name, he is that name
    text = "A spokesman for ICE, Daniel Whitmore, said the agency does not comment. He added that ICE “prioritizes removals.”"
    assert speakers(text) == ["Daniel Whitmore"]


def test_a_lower_case_position_before_a_name_is_a_role_the_story_refers_back_by():
    text = ("Rookie shortstop Tae-Yang Kwon-Fischer drove in two runs. “I was so nervous,” the rookie said.\n\n"
            "Carrollton guard Keisha Abernathy-Lowe left in tears. “I gave everything,” the guard said.")
    assert speakers(text) == ["Tae-Yang Kwon-Fischer", "Keisha Abernathy-Lowe"]
    # someone a role makes a person, in an opening phrase, does not take the cue of the subject after it
    text = ("In a wide-ranging interview with journalist Matei Rosca last year, Lazar said he welcomed "
            "extradition and added, “I will plead guilty, no problem.”")
    assert speakers(text) == ["Lazar"]


def test_a_short_answer_to_a_question_put_to_someone_by_name_is_theirs():
    text = ("Defence lawyer Howard Feld cross-examined the witness, Grace Obi.\n\n“Ms. Obi, you had how many drinks "
            "that night?” Feld asked.\n\n“Three. Maybe four.”\n\n“Maybe five?”")
    assert speakers(text) == ["Howard Feld", "Grace Obi", "Howard Feld"]
    text = ("Lorne Mehta, the arena owner, sat at the front.\n\n“Mr. Mehta, would you close the arena?” "
            "Arsenault asked.\n\n“No.”\n\n“Would you spend $9 million to fix it?”\n\n“I’d go to the province first.”")
    assert speakers(text) == ["Arsenault", "Lorne Mehta", "Arsenault", "Lorne Mehta"]
    text = "Lorne Mehta spoke.\n\n“Lorne, are you serious?” Arsenault asked.\n\n“Yes.”"
    assert speakers(text) == ["Arsenault", "Lorne Mehta"]
    # a question to no one by name: the reply is not the asker's, and with no other voice quoted
    # before, nobody's (session 30: it was the asker's)
    text = "Lorne Mehta spoke.\n\n“Are you serious?” Arsenault asked.\n\n“Yes.”"
    assert speakers(text) == ["Arsenault", None]


def test_an_unnamed_voice_is_its_noun_before_where_they_stood():
    assert speakers("“I wish I’d written down the plate,” a neighbor across the street said.") == ["a neighbor"]
    assert speakers("A man in the back of the gym shouted, “Then resign!”") == ["A man"]
    # a place after a name's clause is no speaker either
    text = ("Michael Seaman, who lives in an area outside of the state capital, Sacramento, said he still "
            "“prays that Bernie ends up the nominee.”")
    assert speakers(text) == ["Michael Seaman"]


def test_the_statement_is_its_issuer_after_an_opening_phrase():
    text = ("Asked whether the province had tightened oversight, the Ministry of Education said in a statement "
            "that it had introduced audits. “These audits apply to every centre,” the statement said.")
    assert speakers(text) == ["Ministry of Education"]


def test_an_unnamed_spokesperson_who_did_not_speak_or_spoke_only_in_reported_words_is_not_the_one():
    text = ("Transport Canada spokesperson Jill Crawford said owners would be told. A spokesperson for Transport "
            "Canada did not respond to a request for comment. “We are contacting every owner,” the spokesperson said.")
    assert speakers(text) == ["Jill Crawford"]
    text = ("Health authority spokesperson Derek Mills spoke Monday. Mills said a spokesperson for the health "
            "authority had approved the plan. “It is sound,” the spokesperson said.")
    assert speakers(text) == ["Derek Mills"]


def test_whose_words_after_by_is_the_one_right_after_it():
    text = ("“We were never told.” That comment, by a Liberal backbencher who asked not to be named, prompted "
            "Premier Dana Whitfield to call a caucus meeting.")
    assert speakers(text) == [None]
    text = "“This city is broke.” The remark by Mayor Ann Hale drew gasps, and Councillor Tom Reid called for an apology."
    assert speakers(text) == ["Ann Hale"]


def test_a_new_sentence_saying_what_someone_said_is_no_attribution_of_the_quote_before():
    text = "“Rain,” Halvorsen said, “is the only farm policy that ever worked.” He said little else."
    assert [(len(q.parts), q.speaker) for q in find_quotes(text)] == [(2, "Halvorsen")]


def test_a_described_role_goes_to_the_person_the_story_gave_it():
    text = ("Tom Hale, the executive producer, said the network had been supportive. The show’s producer, Maria "
            "Santos, said the budget was tight. “Every episode is a small miracle,” the producer said.")
    assert speakers(text) == ["Maria Santos"]
    text = "Carrollton guard Keisha Abernathy-Lowe left in tears. “I gave everything,” said the fifth-year guard."
    assert speakers(text) == ["Keisha Abernathy-Lowe"]


def test_a_critic_for_a_portfolio_is_the_critic_a_description_refers_back_to():
    text = ("Official Opposition critic for finance Blake Thorsby, the Conservative MP for Red Deer, spoke Tuesday. "
            "“It is not theory to me,” the Conservative critic said.")
    assert speakers(text) == ["Blake Thorsby"]


def test_a_possessive_appositive_gives_the_role():
    text = ("Bloc Québécois MP Jean-François Ste-Marie, his party’s finance critic, wants a lower cap. "
            "“Any federal law must respect Quebec’s jurisdiction,” the Bloc critic said.")
    assert speakers(text) == ["Jean-François Ste-Marie"]
    text = "Donald Trump spent the weekend at Mar-a-Lago, his Florida estate. “It is beautiful,” he said."
    assert speakers(text) == ["Donald Trump"]


def test_a_short_name_borne_by_both_sexes_and_a_court_of_kings_bench():
    text = ("St. Aidan’s forward Jess Kowalczyk scored 19 points.\n\nThe Cougars lost their starting centre, Hannah "
            "Pruitt, to a sprained ankle.\n\nKowalczyk, a senior, said beating Brennan Valley had been a goal all "
            "year.\n\n“We had that loss on the whiteboard all year,” she said.")
    assert speakers(text) == ["Jess Kowalczyk"]
    text = "Justice Ann Hale of the Court of King’s Bench said, “The search was lawful.”"
    assert speakers(text) == ["Ann Hale"]


@pytest.mark.parametrize("text", [
    "She said the station plays the same fiddle tune, “Kettle on the Stove,” every morning.",
    "She said the working title is “Forty Below and Other Lies,” and her editor hates it.",
    "Ahlgren said he has filed challenges to two more titles, “The Long Drive Home” and “Salt & Static,” and would appeal.",
    "Lindenmuth said the consultant was more cautious in a 2023 study, “Water Resources Assessment: Brackett Aquifer,”.",
])
def test_a_work_named_after_its_kind_is_a_title(text):
    """Review 12: a study, a tune, the titles challenged and a working title were checked as quotes."""
    assert {q.skipped for q in find_quotes(text)} == {"title"}
