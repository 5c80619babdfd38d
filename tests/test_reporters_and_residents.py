"""Who speaks, on patterns a second reader met in whole articles in session 31
(desk.extract.quotes): reporters' follow-ups put as statements at press conferences, residents
named by a given name and an age, and people named only by what they did or would not say.

Each case is a minimal invented snippet; each asserts every quote's words and the speaker an
editor would write beside it (None: the text gives nobody; someone it describes without naming is
given in the text's words).  Session 30's cases are in test_briefings_and_families.py.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes


def said(text):
    return [(q.text, q.speaker) for q in find_quotes(text) if not q.skipped]


PRESS = [
    pytest.param("Coach Brent Mallory scratched captain Jordan Okonkwo-Reyes. A reporter pointed out that the "
                 "team had scored only four goals without the captain. “But the players must see it.”",
                 [("But the players must see it.", "a reporter")],
                 id="a reporter's point, then a bare quote: the reporter's, not the captain's"),
    pytest.param("“We have isolated it,” Rajinder Sahota said.\n\n"
                 "A reporter said residents had gone without water. “People were filling pots from the creek.”\n\n"
                 "“We heard that,” Sahota said.",
                 [("We have isolated it,", "Rajinder Sahota"), ("People were filling pots from the creek.", "a reporter"),
                  ("We heard that,", "Rajinder Sahota")],
                 id="a reporter said …, then a bare quote: the reporter's, not the official's before"),
    pytest.param("“We have isolated it,” Rajinder Sahota said.\n\n"
                 "Another journalist noted that the line was old. “Council put that replacement off twice.”\n\n"
                 "“We are trucking water in.”",
                 [("We have isolated it,", "Rajinder Sahota"), ("Council put that replacement off twice.", "a journalist"),
                  ("We are trucking water in.", "Rajinder Sahota")],
                 id="the bare answer in the paragraph after a reporter's point stays the official's"),
    pytest.param("“We have isolated it,” Rajinder Sahota said.\n\n"
                 "A reporter said residents had gone without water.\n\n“We are trucking water in.”",
                 [("We have isolated it,", "Rajinder Sahota"), ("We are trucking water in.", "Rajinder Sahota")],
                 id="guard: a bare answer in its own paragraph after a reporter's point is the official's"),
    pytest.param("“We have isolated it,” Rajinder Sahota said.\n\n"
                 "A reporter said residents had gone without water. “We know, and we are trucking water in.”",
                 [("We have isolated it,", "Rajinder Sahota"), ("We know, and we are trucking water in.", "Rajinder Sahota")],
                 id="guard: a quote in the first person after a reporter's point is the official's answer"),
    pytest.param("“We have isolated it,” Rajinder Sahota said.\n\n"
                 "A reporter asked whether the water was safe. “It is safe to shower.”",
                 [("We have isolated it,", "Rajinder Sahota"), ("It is safe to shower.", "Rajinder Sahota")],
                 id="guard: the quote after a reporter asked is the answer, not the reporter's"),
    pytest.param("A reporter, Maria Lentz, said the courtroom went silent. \u201cYou could hear a pin drop.\u201d",
                 [("You could hear a pin drop.", "Maria Lentz")],
                 id="guard: a reporter the story names keeps her name"),
    pytest.param("A reporter noted that the power play was 0-for-17, and Oyelaran laughed. \u201cIt's a bit of both.\u201d",
                 [("It's a bit of both.", "Oyelaran")],
                 id="guard: the official who answers in the same sentence keeps the quote"),
]


@pytest.mark.parametrize("text, expected", PRESS)
def test_press_statements(text, expected):
    assert said(text) == expected


RESIDENTS = [
    pytest.param("Sgt. Corey Abernethy said 31 people were rescued.\n\n"
                 "Dale, 63, who lives on the hill, watched crews clear the road.\n\n"
                 "“That was the post office,” he said.",
                 [("That was the post office,", "Dale")],
                 id="a given name set off by an age is a person: he is Dale, not the sergeant"),
    pytest.param("Dale, 63, who lives on the hill, watched crews clear the road.\n\n"
                 "“That was the post office,” he said.",
                 [("That was the post office,", "Dale")],
                 id="a given name set off by an age is a person with no one named before"),
    pytest.param("Mayor Ann Ruiz toured the flats.\n\n"
                 "Marisol, 41, a nurse, lost her car. “It just floated away,” she said.",
                 [("It just floated away,", "Marisol")],
                 id="a given name set off by an age and a trade: she is Marisol, not the mayor"),
    pytest.param("Amelia Sorensen and her son Nolan, 15, died at the scene.\n\n"
                 "Nolan's best friend, 16-year-old Caleb Ruiz, addressed the court. “He wanted to build robots,” he said.",
                 [("He wanted to build robots,", "Caleb Ruiz")],
                 id="guard: he after 'Nolan's best friend, 16-year-old Caleb Ruiz,' is the friend, not Nolan"),
]


UNNAMED = [
    pytest.param("Sgt. Corey Abernethy said 31 people were rescued.\n\n"
                 "A man who gave only his first name, Randy, said he spent the night on his roof. "
                 "“I watched my truck float by,” he said.",
                 [("I watched my truck float by,", "Randy")],
                 id="a man who gave only his first name, Randy: he is Randy, not 'A man'"),
    pytest.param("Mayor Ann Ruiz said 31 people were rescued.\n\n"
                 "A woman who gave her name only as Marisol said she spent the night on her roof. "
                 "“I watched my truck float by,” she said.",
                 [("I watched my truck float by,", "Marisol")],
                 id="a woman who gave her name only as Marisol: she is Marisol, not the mayor"),
    pytest.param("Sgt. Corey Abernethy said 31 people were rescued.\n\n"
                 "A man, who would not give his name, stood at the water's edge. "
                 "“Nobody ever fixed that culvert,” he said.",
                 [("Nobody ever fixed that culvert,", "A man")],
                 id="a man who would not give his name is a source: he is the man"),
    pytest.param("Sgt. Corey Abernethy said 31 people were rescued.\n\n"
                 "A man, who did not give up, stood at the water's edge. "
                 "“Nobody ever fixed that culvert,” he said.",
                 [("Nobody ever fixed that culvert,", None)],
                 id="guard: a man who only stood there is no voice (nobody, as before)"),
    pytest.param("G-III did not respond. One employee provided a document that she identified as G-III's "
                 "benefits. “Up to 12 weeks of unpaid leave,” the document states.",
                 [("Up to 12 weeks of unpaid leave,", None)],
                 id="guard: 'identified as G-III's benefits' names no person"),
]


@pytest.mark.parametrize("text, expected", UNNAMED)
def test_unnamed(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", RESIDENTS)
def test_residents(text, expected):
    assert said(text) == expected


RELATIVES = [
    pytest.param("Her husband, Declan Rourke, says the months were hard.\n\n"
                 "Lorne Kitaguchi, who sold her the space, says the decision was easy.\n\n"
                 "“The town needed her back,” he says.",
                 [("The town needed her back,", "Lorne Kitaguchi")],
                 id="her in Kitaguchi's own who-clause is someone else: he stays a he for 'he says'"),
    pytest.param("Her husband, Declan Rourke, says the months were hard.\n\n"
                 "Lorne Kitaguchi, who sold him the space, says the decision was easy.\n\n"
                 "“The town needed her back,” he says.",
                 [("The town needed her back,", "Lorne Kitaguchi")],
                 id="guard: him in Kitaguchi's own who-clause does not pass he on to the husband"),
    pytest.param("Her husband, Declan Rourke, says the months were hard.\n\n"
                 "Lorne Kitaguchi, who ran the hardware store that once occupied the building and sold her the "
                 "space below market value, says the decision was easy.\n\n“The town needed her back,” he says.",
                 [("The town needed her back,", "Lorne Kitaguchi")],
                 id="her after 'and' in Kitaguchi's long who-clause is still someone else"),
]


@pytest.mark.parametrize("text, expected", RELATIVES)
def test_own_relative_clause(text, expected):
    assert said(text) == expected


SUBJECTS = [
    pytest.param('A spokesperson for federal Infrastructure Minister Kamal Dhaliwal-Singh said: '
                 '"The department is reviewing the file."',
                 [("The department is reviewing the file.",
                   "A spokesperson for federal Infrastructure Minister Kamal Dhaliwal-Singh")],
                 id="a spokesperson for a federal minister is not the minister"),
    pytest.param('Opposition critic for finance Blake Thorsby said: "The numbers do not add up."',
                 [("The numbers do not add up.", "Blake Thorsby")],
                 id="guard: a critic for a portfolio is the critic"),
    pytest.param('Kingston Frontenacs coach Brent Mallory defended his decision, insisting it was '
                 '"about standards, not about one player."',
                 [("about standards, not about one player.", "Brent Mallory")],
                 id="a team named before its coach is not who insists"),
    pytest.param('Marisol Ferreira-Quinn testified she watched the dock from her window. Under questioning from '
                 'Crown attorney Priya Raghunathan, she said she saw the man for "maybe thirty seconds."',
                 [("maybe thirty seconds.", "Marisol Ferreira-Quinn")],
                 id="she under questioning from the Crown attorney is the witness"),
    pytest.param('Marisol Ferreira-Quinn testified she watched the dock. Questioned by Crown attorney Priya '
                 'Raghunathan, she said she saw the man for "maybe thirty seconds."',
                 [("maybe thirty seconds.", "Marisol Ferreira-Quinn")],
                 id="she questioned by the Crown attorney is the witness"),
    pytest.param("Wilfred Boudreau-MacIsaac, 81, still works the ferry.\n\nHis daughter, Colette Boudreau-Chiasson, "
                 "is a captain.\n\nShe says her father's stubbornness is both his best and worst quality. "
                 "\u201cThe province offered him a desk job in 1988.\u201d",
                 [("The province offered him a desk job in 1988.", "Colette Boudreau-Chiasson")],
                 id="she says … his …: the bare quote after goes on in her voice, not his"),
    pytest.param("Bloomberg's pollster, Douglas Schoen, says his man has the money. \u201cThe mayor would be able "
                 "to build support,\u201d he says.",
                 [("The mayor would be able to build support,", "Douglas Schoen")],
                 id="guard: a named owner opening the sentence does not take the pollster's words"),
    pytest.param('Northvale Foods Inc. will close two plants. The company said in a statement that workers would '
                 'get severance. "We are committed to every employee," the statement said.',
                 [("We are committed to every employee,", "Northvale Foods Inc.")],
                 id="the statement the company issued is the company's, as the company is the one named"),
    pytest.param('The ministry said in a statement that schools would open. "Buses will run," the statement said.',
                 [("Buses will run,", "the ministry")],
                 id="a ministry the story never names is the ministry, as 'the ministry said' would be"),
    pytest.param('Her neighbour across the hall, Tran Minh, said he complained six times.\n\n'
                 '"Every time, he says tomorrow," Tran said.',
                 [("Every time, he says tomorrow,", "Tran Minh")],
                 id="a name set off after a role and where it is (neighbour across the hall) is a person"),
    pytest.param('"There are no streetlights there, are there?" defence lawyer Tobias Wexford-Hale asked.\n\n'
                 '"There\'s one by the ramp," Marisol Ferreira-Quinn said.\n\n'
                 '"One. Which is eighty metres from the boathouse?"',
                 [("There are no streetlights there, are there?", "Tobias Wexford-Hale"),
                  ("There's one by the ramp,", "Marisol Ferreira-Quinn"),
                  ("One. Which is eighty metres from the boathouse?", "Tobias Wexford-Hale")],
                 id="a lawyer pressing with a tag question asks the next bare question too"),
    pytest.param('A spokesperson for federal Minister Roderick Valcourt said the minister would respond. '
                 '\u201cWe will review it,\u201d he said.',
                 [("We will review it,", None)],
                 id="he after a spokesperson's words is not the minister spoken for"),
    pytest.param('A lawyer for provincial Minister Beatrix Holloway said the suit was baseless. '
                 '\u201cIt has no merit,\u201d she said.',
                 [("It has no merit,", None)],
                 id="she after a lawyer's words is not the minister the lawyer acts for"),
    pytest.param('A reporter asked Mayor Helen Sutherland about the budget. \u201cWe are on track,\u201d she said.',
                 [("We are on track,", "Helen Sutherland")],
                 id="guard: she after a reporter asked the mayor is the mayor"),
    pytest.param('Tova Lindqvist coach Anders Holm was happy. \u201cIt was a clean game,\u201d he said.',
                 [("It was a clean game,", "Anders Holm")],
                 id="he in the next sentence is the coach, not the player named before his title"),
    pytest.param('Serena Williams coach Patrick Mouratoglou praised her. \u201cShe was brilliant,\u201d he said. '
                 '\u201cI felt good,\u201d she said.',
                 [("She was brilliant,", "Patrick Mouratoglou"), ("I felt good,", "Serena Williams")],
                 id="guard: she is still the player when the coach is a he"),
    pytest.param('A lawyer for Marsh Heritage Homes, Philippa Drummond, said in a statement that the company '
                 '\u201clooks forward to a full and fair hearing.\u201d',
                 [("looks forward to a full and fair hearing.", "Philippa Drummond")],
                 id="a name set off after 'a lawyer for' a company is the lawyer, given names the lists lack too"),
    pytest.param('CBC News obtained the memo. The company said in a statement that it would not comment. '
                 '\u201cWe wish him well,\u201d the statement said.',
                 [("We wish him well,", "the company")],
                 id="the outlet that obtained the memo is not the company"),
    pytest.param('CBC News obtained the memo. \u201cWe wish him well,\u201d the company said.',
                 [("We wish him well,", "the company")],
                 id="nor is it the company that said"),
    pytest.param('Sen. Maren Ashby said the fund "is a blank check."\n\nDr. Paul Ashby, an epidemiologist who is no '
                 'relation, disagreed. "The money went into freezers," he said.\n\n"We vaccinated nine thousand '
                 'children," Dr. Ashby said.\n\n"The legislature writes the budget," Sen. Ashby said.',
                 [("is a blank check.", "Maren Ashby"), ("The money went into freezers,", "Paul Ashby"),
                  ("We vaccinated nine thousand children,", "Paul Ashby"),
                  ("The legislature writes the budget,", "Maren Ashby")],
                 id="Dr. Ashby and Sen. Ashby are the Ashby of that title"),
    pytest.param('Jalen Okonkwo, the Tidecats guard, scored 34. He said the free throws made him nervous. '
                 '\u201cMy legs were gone,\u201d Okonkwo said.\n\nOkonkwo coach Brent Halvorsen had nothing but '
                 'praise for his guard. \u201cHe\'s been the best player on the floor,\u201d he said.',
                 [("My legs were gone,", "Jalen Okonkwo"), ("He's been the best player on the floor,", "Brent Halvorsen")],
                 id="he after 'X coach Y … his guard' is the coach, in a story that has X speak before"),
    pytest.param('A spokesperson for provincial Minister Beatrix Holloway later said in a statement that the minister '
                 'had met with Marchetti. \u201cThe minister values the input of every member,\u201d the statement said.',
                 [("The minister values the input of every member,",
                   "A spokesperson for provincial Minister Beatrix Holloway")],
                 id="the statement a spokesperson issued is the spokesperson's, not the minister's nor nobody's"),
    pytest.param("Dale, 63, who lives on the hill, had walked down to help.\n\n\u201cIt came up so fast,\u201d Dale said.\n\n"
                 "Dale had moved on to another neighbour's basement. \u201cThis is what you do,\u201d he said.",
                 [("It came up so fast,", "Dale"), ("This is what you do,", "Dale")],
                 id="a neighbour's basement in the sentence before is a place, not someone new for he"),
    pytest.param("Villanueva's wife, Rosario, who works as a nurse, said her husband often came home late because he "
                 "had stayed to talk with a student.\n\n\u201cI used to get angry,\u201d she said.",
                 [("I used to get angry,", "Rosario")],
                 id="someone she speaks of inside what she said is no one new for the she after"),
    pytest.param("Local fishing guide Wes Harnois said he found the first dead fish while scouting a run with a client."
                 "\n\n\u201cThey were just lying on the rocks,\u201d he said.",
                 [("They were just lying on the rocks,", "Wes Harnois")],
                 id="nor a client he speaks of"),
    pytest.param('Serena Williams coach Patrick Mouratoglou defended his decision. "She is fine," he said.',
                 [("She is fine,", "Patrick Mouratoglou")],
                 id="a player named before her coach is not his"),
]


@pytest.mark.parametrize("text, expected", SUBJECTS)
def test_whose_words_when_a_name_modifies_another(text, expected):
    assert said(text) == expected
