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


# Probe G (session 32): wire copy and features.  A pronoun goes to no one rather than past someone
# unnamed the story has just brought in; a name of another tradition is a name; a pronoun inside
# what someone said of another person gives the speaker no sex.
PEOPLE = [
    pytest.param("“There was a lag,” fire officer Celeste Marchbanks said.\n\n"
                 "At the arena, a Red Cross worker was handing out blankets.\n\n"
                 "“Most people just want someone to talk to,” she said.",
                 [("There was a lag,", "Celeste Marchbanks"), ("Most people just want someone to talk to,", None)],
                 id="she after 'At the arena, a Red Cross worker …' is not the officer before"),
    pytest.param("Chief Deborah Kwarteng-Ellis answered questions.\n\n"
                 "The station got a letter from a nine-year-old last week. She wrote, “I didn’t know girls could be the boss.”",
                 [("I didn’t know girls could be the boss.", None)],
                 id="she after 'a nine-year-old' is not the chief"),
    pytest.param("Jun-seo Park started the market with José Ramírez.\n\nPark added that it would close earlier.\n\n"
                 "“Earlier close, more plates,” he said.",
                 [("Earlier close, more plates,", "Jun-seo Park")],
                 id="a hyphenated given name of two syllables before a surname that is also a word"),
    pytest.param("Prosecutor Felicity Amankwah said the accused paid a company that he controlled.\n\n"
                 "League president Alana Beauchesne-Diaz said the league had tightened its controls.\n\n"
                 "Amankwah replied that deterrence mattered.\n\n“People need to know the consequences,” she said.",
                 [("People need to know the consequences,", "Felicity Amankwah")],
                 id="'he' inside what she said of the accused does not make the prosecutor a man"),
    pytest.param("Democratic front-runner Hillary Clinton caused a stir when an Iowa voter asked if she might "
                 "consider appointing Obama.\n\n“Wow, what a great idea,” she replied.",
                 [("Wow, what a great idea,", "Hillary Clinton")],
                 id="guard: the one an unnamed voter asks answers"),
    pytest.param("Governor Chris Christie – a Dallas Cowboys fan – gave a one word answer. “Denver,” he answered.",
                 [("Denver,", "Chris Christie")],
                 id="guard: an unnamed description set off by dashes is the person named"),
]


@pytest.mark.parametrize("text, expected", PEOPLE)
def test_pronouns_and_names_in_wire_copy(text, expected):
    assert said(text) == expected


# Probe F (session 32): drafts quoting hearings, the Commons and council minutes.
RECORDS = [
    pytest.param("Ms. Ada Brook was questioned for an hour. Defence lawyer Piet Halvorsen pressed her. "
                 "“You had the authority to close a bay yourself,” Halvorsen said.\n\n"
                 "“In practice, closing a bay meant a call from the regional office,” she replied.",
                 [("You had the authority to close a bay yourself,", "Piet Halvorsen"),
                  ("In practice, closing a bay meant a call from the regional office,", "Ada Brook")],
                 id="'pressed her' does not make the lawyer a she, and she who replies is not the one just quoted"),
    pytest.param("Bloc MP Josée Thibodeau, who represents Lac-Vert, said “seven post offices have closed.” "
                 "Recalling the promise, the member for Lac-Vert asked: “Where is it?”",
                 [("seven post offices have closed.", "Josée Thibodeau"), ("Where is it?", "Josée Thibodeau")],
                 id="the riding a member sits for is no person; the member for it is the MP the story tied to it"),
    pytest.param("Bloc MP Josée Thibodeau spoke first. Then Minister Marc Oyelaran answered. Recalling the promise, "
                 "the member for Lac-Vert asked: “Where is it?”",
                 [("Where is it?", "the member for Lac-Vert")],
                 id="guard: the member for a riding the story tied to no one stays as written"),
    pytest.param("Calloway read from a letter sent to her office by a Hollin Ridge resident, who wrote: "
                 "“We were told the fibre was coming in the spring.”",
                 [("We were told the fibre was coming in the spring.", "a Hollin Ridge resident")],
                 id="an unnamed resident who wrote: the resident's words, not the senator's"),
    pytest.param("Present: Reeve Halina Marchetti; Councillors Bram Osei, Lucille Fenwick and Aurelio Santangelo.\n\n"
                 "Councillor Osei said the bridge was “a disgrace we have tolerated for a decade.”",
                 [("a disgrace we have tolerated for a decade.", "Bram Osei")],
                 id="a plural title before a list of names is no part of the first name"),
]


@pytest.mark.parametrize("text, expected", RECORDS)
def test_drafts_quoting_records(text, expected):
    assert said(text) == expected


MORE_PEOPLE = [
    pytest.param("Tom Reyes pleaded guilty before Justice Harold Ng.\n\n"
                 "Asked by the judge whether he wished to speak, Reyes stood.\n\n“I am ashamed,” he said.",
                 [("I am ashamed,", "Tom Reyes")],
                 id="'Asked by the judge …, Reyes stood': he is Reyes, not the judge"),
    pytest.param("Tom Reyes pleaded guilty before Justice Harold Ng.\n\n"
                 "Reyes stood when the judge asked whether he wished to speak.\n\n“I am ashamed,” he said.",
                 [("I am ashamed,", "Tom Reyes")],
                 id="'the judge asked whether he …': he was asked, and he answers"),
    pytest.param("Gordon Pettigrew-Lyle, 58, pleaded guilty. Defence lawyer Stuart Villeneuve-Asante said his client "
                 "had been in treatment.\n\n“He does not minimize what he did,” Villeneuve-Asante told the court.\n\n"
                 "Asked by the judge whether he wished to say anything, Pettigrew-Lyle stood.\n\n"
                 "“I coached many of these kids,” he said.",
                 [("He does not minimize what he did,", "Stuart Villeneuve-Asante"),
                  ("I coached many of these kids,", "Gordon Pettigrew-Lyle")],
                 id="he in an opening participle phrase is the main clause's subject, not the lawyer quoted before"),
    pytest.param("Chief executive Moira Vandersloot blamed weak volumes.\n\n"
                 "A former executive said he had seen tension building.\n\n"
                 "“They disagreed on almost everything,” the former executive said.",
                 [("They disagreed on almost everything,", "the former executive")],
                 id="'the former executive' is not the chief executive named"),
    pytest.param("Former Clinton pollster Douglas Schoen was a guest on the show.\n\n"
                 "The former pollster said, “She is behind in a number of polls.”",
                 [("She is behind in a number of polls.", "Douglas Schoen")],
                 id="guard: 'the former pollster' is the one introduced as former"),
    pytest.param("Then Henrik “Hank” Voss woke up.\n\n“The puck finally listened to me,” Hank said.",
                 [("The puck finally listened to me,", "Henrik Voss")],
                 id="a nickname the story gave in the name is that person"),
    pytest.param("League president Alana Beauchesne-Diaz issued a statement on Friday.\n\n"
                 "“Our volunteers are the heart of this league,” the statement said.",
                 [("Our volunteers are the heart of this league,", "Alana Beauchesne-Diaz")],
                 id="the statement is the one who issued it, named after the body's name"),
    pytest.param("Deborah Kwarteng-Ellis spoke with reporter Callum Brody.\n\nQ: Can you live with a freeze?\n\n"
                 "A: I told the finance committee, “You can pay for it now or at an inquest.”",
                 [("You can pay for it now or at an inquest.", None)],
                 id="an interview's 'A:' label is no article and no speaker"),
]


@pytest.mark.parametrize("text, expected", MORE_PEOPLE)
def test_more_people_in_wire_copy(text, expected):
    assert said(text) == expected


def test_a_releases_boilerplate_is_nobodys_words():
    # probe F (session 32): the motto in "About Coldwater Biotech" was stored as the chief
    # executive's words, so a draft giving it to her came out exact
    from desk.extract.article import article_segments

    text = ("OTTER BAY — Coldwater Biotech will open a plant here.\n\n"
            "“We will train people who already live here,” said Amara Lindgren, chief executive officer.\n\n"
            "About Coldwater Biotech\nColdwater Biotech Inc. develops vaccines for animal health. "
            "“Healthy animals, healthy communities” is the principle behind everything we do.\n\n###\n")
    got = {text[s.start:s.end]: s.speaker for s in article_segments(text)}
    assert got["We will train people who already live here,"] == "Amara Lindgren"
    assert got.get("Healthy animals, healthy communities") is None


SIDEBARS = [
    pytest.param("Q: Your predecessor, Chief Alan Whitcombe, said the department was “ten years behind on equipment.” "
                 "Do you agree?\n\nA: What I have heard from the crews is, “We want to be asked, not told.”",
                 [("ten years behind on equipment.", "Alan Whitcombe"), ("We want to be asked, not told.", None)],
                 id="an answer's quote in a Q&A sidebar is not the voice the question quoted"),
    pytest.param("A reader in Port Ellery, Hannelore Voss, sent us this message:\n\n"
                 "“The water is at the second step of the porch.”",
                 [("The water is at the second step of the porch.", "Hannelore Voss")],
                 id="a name set off after 'A reader in Port Ellery' is a person, who introduces the quote"),
]


@pytest.mark.parametrize("text, expected", SIDEBARS)
def test_sidebars_and_readers(text, expected):
    assert said(text) == expected


# Review 4 (session 32): fresh articles keyed by a second reader.
REVIEW4 = [
    pytest.param("The member for Sawmill Creek, Ingeborg Nnamdi, asked a question.\n\n"
                 "Union president Fatoumata Ellery-Beck said nurses were leaving.\n\n"
                 "“You cannot fill a bucket with a hole in it,” she said.",
                 [("You cannot fill a bucket with a hole in it,", "Fatoumata Ellery-Beck")],
                 id="'Union president X' is a person, not an organisation; the riding is nobody"),
    pytest.param("“We will go to Port Alder,” said one man waiting at the terminal on Wednesday, who asked not to be "
                 "named because he works for a company that contracts with Coastal Link. “But not everybody has a "
                 "daughter there.”",
                 [("We will go to Port Alder,", "one man"), ("But not everybody has a daughter there.", "one man")],
                 id="an unnamed man waiting somewhere on a day speaks and goes on; the company in his clause does not"),
    pytest.param("“Nothing could be worse,” a newspaper columnist wrote in 1954. Cecil Foster writes that politicians "
                 "worried. The act of 1910 barred “anyone deemed unsuited to the climate.”",
                 [("Nothing could be worse,", "a newspaper columnist"), ("anyone deemed unsuited to the climate.", "The act of 1910")],
                 id="guard: the unnamed voice goes on only until the story names someone"),
    pytest.param("Augustin Mbeki-Farrow, 79, fixes shoes.\n\nTheir daughter, Rosamund Mbeki-Farrow, a nurse, said she "
                 "grew up in the shop.\n\nThe owner, Desmond Pryor-Achebe, said he has not decided.\n\n"
                 "On his last day, Mbeki-Farrow said, he plans to open at eight.\n\n"
                 "“Then I will fix whatever comes in,” he said.",
                 [("Then I will fix whatever comes in,", "Augustin Mbeki-Farrow")],
                 id="a shared surname 'said, he plans': the one of that sex, who goes on speaking"),
    pytest.param("The volunteer auditor, retired accountant Giles Penhaligon, testified that the books “did not "
                 "balance in any year I looked at.”",
                 [("did not balance in any year I looked at.", "Giles Penhaligon")],
                 id="a name set off after a description, the cue after its closing comma"),
    pytest.param("Augustin Mbeki-Farrow, 79, fixes shoes. His wife of 52 years, Celestine, kept the books.\n\n"
                 "“He talks to the shoes,” she said.",
                 [("He talks to the shoes,", "Celestine")],
                 id="'His wife of 52 years, Celestine,' is a person, the she after"),
    pytest.param("Michael Seaman, who lives outside the state capital, Sacramento, said he still “prays that Bernie "
                 "ends up the nominee.”",
                 [("prays that Bernie ends up the nominee.", "Michael Seaman")],
                 id="guard: a place set off after 'the state capital' is no one"),
    pytest.param("Mayor Tom Hale left the scene early.\n\nA neighbour, watching from her porch across the street, "
                 "shook her head. “He is stubborn,” she said.",
                 [("He is stubborn,", "A neighbour")],
                 id="an unnamed neighbour's gesture just before her quote: the she is the neighbour"),
    pytest.param("Theresa Okonjo-Reeve, 46, is running. Her cousin, Marcus Okonjo-Reeve, 51, is campaigning too.\n\n"
                 "Theresa Okonjo-Reeve said the city should allow fourplexes.\n\n"
                 "Her cousin said he supported more housing but not “a one-size-fits-all rezoning.”\n\n"
                 "“Some of these streets can take more density,” Okonjo-Reeve said.",
                 [("a one-size-fits-all rezoning.", "Marcus Okonjo-Reeve"),
                  ("Some of these streets can take more density,", "Marcus Okonjo-Reeve")],
                 id="a shared surname after 'Her cousin said …' is the cousin the story named with that tie"),
]


@pytest.mark.parametrize("text, expected", REVIEW4)
def test_review_four(text, expected):
    assert said(text) == expected
