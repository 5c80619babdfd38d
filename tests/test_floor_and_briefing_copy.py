"""Political copy and the records it quotes, as second readers wrote them in session 35: party and
age epithets before a colon, a one-senator excerpt of the Congressional Record.

Each asserts what the editor sees: the speaker beside a quote, or who a source's passage is
stored as.
"""

from __future__ import annotations

import pytest

from desk.extract.formats import read_document
from desk.extract.model import Document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Gov. Tobias Wren-Achebe said Sunday he would not ask a court to order teachers back.\n\n"
                 "Asked about the union's statement, the Democrat said: “Delphine and I agree on more than that.”",
                 ["Tobias Wren-Achebe"], id="a party epithet before a colon cue is the person just named"),
    pytest.param("Rep. Dan Moss, R-Ohio, and Rep. Ana Ruiz, D-Calif., spoke first.\n\n"
                 "The Ohio Republican was blunt: “We need this bill.”",
                 ["Dan Moss"], id="a state and a party: the person the party code tied to that state"),
    pytest.param("Gov. Tobias Wren-Achebe, 54, said he would not ask a court to act.\n\n"
                 "The 54-year-old said: “Delphine and I agree on more than that.”",
                 ["Tobias Wren-Achebe"], id="an age epithet before a colon cue is the person of that age"),
    pytest.param("Adeline Morrow-Quaye, a lawyer with the Brierfield clinic who represents Rosalind Yoon-Castellan, "
                 "told the court that “The city fined her 150 dollars a day.”",
                 ["Adeline Morrow-Quaye"], id="the client a who-clause in the lawyer's appositive names is not the speaker"),
    pytest.param("A lawyer who represents Tom Reid said “We will appeal.”",
                 ["A lawyer"], id="an unnamed lawyer who represents someone is not that someone"),
    pytest.param("Rep. Buck Harlan, the 64-year-old Republican from Wyoming, chairs the panel. Harlan beat back three "
                 "amendments, including one from Rep. Lucia Benavides of New Mexico. The Republican said the amendments "
                 "were “designed to kill the bill.”",
                 ["Buck Harlan"], id="a party given in a 'the ... Republican' appositive outweighs a partyless object"),
    pytest.param("Rep. Yvonne Carraway, who chairs the committee, said the plan fixed roads. Speaker Ron Tetlow, a "
                 "Democrat, agreed.\n\nRep. Ana Ruiz said the plan was late. “We paid for it,” the Democrat said.",
                 ["Ana Ruiz"], id="guard: a partyless subject just named keeps a party epithet"),
    pytest.param("Sen. Philippa Grange read from a letter sent by Darlene Hutto, whose husband, Roy, was killed in "
                 "the collapse: “My husband told his bosses the roof was moving.”",
                 ["Darlene Hutto"], id="a colon after a whose-clause: its owner, not the relative it sets off"),
    pytest.param("Ann Hale, whose son, Tom, was hurt, said: “We want answers.”",
                 ["Ann Hale"], id="a cue after a whose-clause: its owner"),
    pytest.param("Justice Tom Brennock asked few questions. A former clerk to Brennock, who asked not to be named "
                 "because she still practises before the court, said he wanted a narrow ruling. “He doesn't want "
                 "the drone case,” she said.",
                 ["A former clerk to Brennock"], id="she after an unnamed clerk to someone is the clerk"),
    pytest.param("“Numbers can be argued,” said Martin Szabo, the nominee.\n\nSen. Philippa Grange, asked afterward "
                 "whether she could support Szabo, laughed. “Did it sound like I could?”",
                 ["Martin Szabo", "Philippa Grange"], id="the one named in an aside after the subject is not the one acting"),
    pytest.param("Sen. Jo Hale spoke first.\n\nA spokesman for the Democratic Party said: “We need this.”",
                 ["A spokesman for the Democratic Party"], id="guard: a party's spokesman is no party epithet"),
])
def test_the_subject_before_the_cue_speaks(text, expected):
    assert speakers(text) == expected


RECORD_EXCERPT = """\
Congressional Record — Senate

Mr. BRACKENRIDGE. Mr. President, I rise in support of S. 611. Ninety days. Not ninety weeks.

I have served in this body for eleven years, and I do not think I have read a more reasonable request.

Mr. BRACKENRIDGE. Mr. President, I yield the floor.
"""


def test_a_one_senator_excerpt_of_the_record_is_his_speech():
    got = turns(RECORD_EXCERPT)
    assert got and all(who == "Brackenridge" for who, _ in got)
    assert any("Ninety days." in text for _, text in got)


def test_a_speech_quoting_two_record_lines_is_still_one_voice():
    # guard: two "Mr. SMITH." lines without an address to the chair are a speech quoting the Record
    speech = ("Thank you all for coming.\n\nMr. HALE. I object.\n\nThat is what he said, and then:\n\n"
              "Mr. HALE. I object again.\n\nWe can do better than that.")
    assert {who for who, _ in turns(speech, "speech", "Ana Ruiz")} == {"Ana Ruiz"}


BRIEFING = """\
MS. MARWICK-ODUYA: All right. We'll take a few questions for the Admiral. Go ahead, Deon.

Q Thank you, Signe. Admiral, the governor said the federal response has been slow. Is she wrong?

ADMIRAL THRELFALL: I talk to the governor twice a day.

Q So you're saying the response was not slow?

ADMIRAL THRELFALL: I'm saying the water decided when we got in.

Q: Admiral, how much money is left in the fund?

ADMIRAL THRELFALL: About 11 billion dollars.
"""


def test_a_briefings_q_lines_with_one_space_are_the_reporters():
    got = turns(BRIEFING)
    assert (None, "So you're saying the response was not slow?") in got
    assert ("Threlfall", "I'm saying the water decided when we got in.") in got
    assert not any(who == "Threlfall" and "slow" in text for who, text in got)


def test_one_sentence_about_a_q_is_not_a_briefings_question():
    # guard: a single "Q Street" line is no reporter's turn
    text = ("MAYOR HALE: We will repave it.\n\nQ Street is closed until May.\n\nCOUNCILLOR RUIZ: Thank you.\n\n"
            "MAYOR HALE: Next item.")
    assert any(who == "Hale" and "Q Street is closed" in said for who, said in turns(text))


HOUSE_LETTER = """\
Congressional Record — House

Mr. HOLLENBECK. Madam Speaker, I want to read from a letter I received in February from Deputy Chief Marla
Pennyworth-Strand of the Kettle Creek Volunteer Fire Company. She wrote:

"I have answered calls in Kettle Creek for thirty-one years. Last spring our board voted to give our longest-serving members a pension of 2,000 dollars a year. Two months later we were told that we could lose our grant for new breathing apparatus. We voted it back down. I had to tell a man who has pulled four people out of burning houses that we could not afford to thank him. Please fix this."

Madam Speaker, she should never have had to write that letter. I reserve the balance of my time.

The SPEAKER pro tempore. The gentleman from Texas is recognized.

Mr. DRUMGOOLE. Madam Speaker, I yield myself such time as I may consume.
"""


def test_a_letter_read_on_the_floor_is_its_writers_in_every_passage(tmp_path, runner):
    """Review 8: the letter is one quoted paragraph stored as two passages; its later sentences
    credited to the writer came out *misattributed* to the member who read it."""
    source = tmp_path / "record.txt"
    source.write_text(HOUSE_LETTER, encoding="utf-8")
    letter = [text for _, text in turns(HOUSE_LETTER) if "thirty-one years" in text or "We voted" in text]
    assert len(letter) >= 2   # the paragraph is long enough to be cut, or this test proves nothing
    story = tmp_path / "story.txt"
    story.write_text("Rep. Dorian Hollenbeck read from a letter by Deputy Chief Marla Pennyworth-Strand.\n\n"
                     "“We voted it back down,” Pennyworth-Strand wrote.\n\n"
                     "“I have answered calls in Kettle Creek for thirty-one years,” she wrote.\n", encoding="utf-8")
    later, first = checked_quotes(runner, source, story, "--kind", "transcript")
    assert (later["verdict"], later["flags"]) == ("exact", ["quoted_by_other"])
    assert (first["verdict"], first["flags"]) == ("exact", ["quoted_by_other"])


def _vtt(*turns: str) -> str:
    cues = [f"{n}\n00:00:{n:02d}.000 --> 00:00:{n:02d}.900\n{line}\n" for n, line in enumerate(turns, start=1)]
    return "WEBVTT\n\n" + "\n".join(cues)


TOWN_HALL = _vtt(
    "<v Dashiell Okwuosa-Brandt>Thank you both. Councilmember, your opening.",
    ">> FERREIRA-HOLM: Thank you. The buses stopped and nobody fixed them.",
    "<v Dashiell Okwuosa-Brandt>Madam Executive.",
    "<v Wilhelmina Tsang-Moreau>We could not staff them.",
    "<v Dashiell Okwuosa-Brandt>A follow-up, Councilmember.",
    ">> FERREIRA-HOLM: Hire the drivers.",
    "<v Dashiell Okwuosa-Brandt>Let's go to the audience. Go ahead, sir.",
    ">> Hi. My name is Rafael Dunmore. I drive a school bus.",
    "<v Dashiell Okwuosa-Brandt>Councilmember, you first this time.",
    ">> Rafael, thank you. I'm against the fairgrounds site.",
    "<v Dashiell Okwuosa-Brandt>Next question.",
    ">> Where will the kids play?",
)


def caption_turns(body: str):
    doc = read_document("townhall.vtt", body.encode())
    return [(s.speaker, " ".join(doc.text[s.start:s.end].split())) for s in segment(doc, "captions", None)]


def test_a_bare_caption_turn_is_the_one_the_moderators_address_meant():
    """Review 8: ">>" turns with no name were nobody's, so a councillor's words credited to the
    county executive came out *exact* (flagged unnamed_turn) instead of *misattributed*."""
    got = caption_turns(TOWN_HALL)
    assert ("Ferreira-Holm", "Rafael, thank you. I'm against the fairgrounds site.") in got
    assert ("Rafael Dunmore", "Hi. My name is Rafael Dunmore. I drive a school bus.") in got
    assert (None, "Where will the kids play?") in got   # an address answered by nobody named: no one


def test_an_address_answered_once_names_no_one():
    body = _vtt("<v Dashiell Okwuosa-Brandt>Councilmember, your opening.", ">> FERREIRA-HOLM: Thank you.",
                "<v Dashiell Okwuosa-Brandt>Councilmember, you first this time.", ">> I'm against the site.")
    assert (None, "I'm against the site.") in caption_turns(body)


@pytest.mark.parametrize("text, expected", [
    pytest.param("“Airspace isn't the farmer's property,” Justice Adaeze Umeh said.\n\n"
                 "“We'd have a different case,” said Priya Desmond, a lawyer.\n\n"
                 "Umeh returned to the exemptions near the end of Wesley Tamm's rebuttal, and the two went back and forth.\n\n"
                 "“Your statute exempts crop-dusters.”\n\n“Crop-dusters don't carry cameras, Justice Umeh.”",
                 ["Adaeze Umeh", "Priya Desmond", "Adaeze Umeh", "Wesley Tamm"],
                 id="a line calling the carried voice by name is the other one the narration names"),
    pytest.param("“It's a slogan,” said Premier Glenna Tofield.\n\n“It's a policy,” said Amrit Sahota.\n\n"
                 "The two were then given two minutes to question each other.\n\n“You've built 38,000.”\n\n"
                 "“We've approved 90,000. Building takes time, Amrit.”",
                 ["Glenna Tofield", "Amrit Sahota", "Amrit Sahota", "Glenna Tofield"],
                 id="else the last other person who spoke"),
    pytest.param("“Thank you, Harold,” said Beverly Okafor-Lind.\n\n“You're welcome, Beverly,” Harold Janssen said.",
                 ["Beverly Okafor-Lind", "Harold Janssen"], id="guard: a line with its own cue keeps it"),
])
def test_a_bare_line_of_dialogue_is_not_the_one_it_calls_by_name(text, expected):
    assert speakers(text) == expected


def test_headings_and_the_records_procedure_are_no_ones_words():
    """Review 8: a court's "ORAL ARGUMENT OF …" heading was the chief justice's passage, a Hansard
    subject heading the minister's, and "The Clerk read the title of the bill." the member's."""
    court = ("CHIEF JUSTICE ABERNETHY-CROSS: Thank you, counsel. Mr. Fenwick-Odum.\n\n"
             "ORAL ARGUMENT OF SEBASTIAN FENWICK-ODUM ON BEHALF OF THE APPELLEE\n\n"
             "MR. FENWICK-ODUM: Chief Justice, and may it please the Court: The lien secures the debt.\n")
    hansard = ("Hon. Théo Marchildon-Ashby: Mr. Speaker, a home takes more than a year to build.\n\nPublic Safety\n\n"
               "Mr. Yannick Dufresne-Aubry (Lac-aux-Hérons, BQ): Mr. Speaker, the mayor had to borrow.\n")
    record = ("Mr. HOLLENBECK. Madam Speaker, I move to suspend the rules and pass the bill.\n\n"
              "The Clerk read the title of the bill.\n\nThe SPEAKER pro tempore. The gentleman is recognized.\n\n"
              "Mr. HOLLENBECK. Madam Speaker, I yield myself such time as I may consume.\n")
    said = [text for source in (court, hansard, record) for _, text in turns(source)]
    assert not any(t.startswith(("ORAL ARGUMENT", "Public Safety", "The Clerk read")) for t in said)
    assert "Thank you, counsel. Mr. Fenwick-Odum." in said
    assert "Madam Speaker, I yield myself such time as I may consume." in said


@pytest.mark.parametrize("text, expected", [
    pytest.param("Sen. Raymond Achterberg, who chairs the committee, said he was confident. “He answered every "
                 "question,” the chairman said.", ["Raymond Achterberg"], id="who chairs the committee: the chairman"),
    pytest.param("Rep. Ana Ruiz, who chaired the committee until 2019, spoke. Sen. Tom Reid, the chairman, agreed. "
                 "“We will win,” the chairman said.", ["Tom Reid"], id="guard: who chaired it once is no chairman now"),
])
def test_a_role_a_who_clause_gives(text, expected):
    assert speakers(text) == expected


def test_the_name_of_a_plan_in_quote_marks_is_a_label():
    """Review 8: 'touted his “Water First” plan' was checked as Ellery's words."""
    quotes = find_quotes("Grant Ellery, a former prosecutor, touted his “Water First” plan, which would pay for "
                         "desalination plants.\n\n“Water First,” Ellery said, “is the only plan.”")
    assert [(q.text, q.skipped) for q in quotes][0] == ("Water First", "title")
    assert quotes[1].speaker == "Grant Ellery" and not quotes[1].skipped
    assert speakers("“Absolutely,” fund manager Ann Hale said.") == ["Ann Hale"]   # guard: a role after the quote


def test_a_members_own_sentences_and_a_transcript_in_capitals_keep_every_paragraph():
    """Guards from a second reader: "The bill was passed in 2019 …" is the member's sentence, not
    the Record's account; in a transcript in capitals a short line with no full stop is speech."""
    record = ("Mr. HALE. Madam Speaker, I rise.\n\nThe bill was passed in 2019 and nothing changed.\n\n"
              "The SPEAKER pro tempore. The gentleman yields.\n\nMr. HALE. Thank you.\n")
    assert ("Hale", "The bill was passed in 2019 and nothing changed.") in turns(record)
    capitals = "MR. HALE: WE WILL FIGHT.\n\nNOT ON MY WATCH\n\nMS. RUIZ: OK.\n"
    assert ("Hale", "NOT ON MY WATCH") in turns(capitals)


def test_a_paragraph_whose_quote_closed_is_no_part_of_a_statement_read_out(tmp_path, runner):
    """Guard from a second reader: the mayor's own words after a paragraph that quoted a woman
    (and closed the quote) credited to a senator named before are *misattributed*, not read out."""
    source = tmp_path / "speech.txt"
    source.write_text("Thank you all for coming tonight.\n\nSenator Tom Reid has voted against this plan four times.\n\n"
                      "“I have lived in Halden for forty years and I have never seen rents like this, not in the eighties, "
                      "not after the mill closed, not ever, and I do not know where my grandchildren will live,” a woman "
                      "at the Elm Street diner told me last week, and then she asked me what I was going to do about it, "
                      "and I told her the truth, which is that we have a plan.\n\n"
                      "“We will never sell the harbour lands to a private developer. Not while I am mayor.”\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Senator Tom Reid spoke at the hall.\n\n“We will never sell the harbour lands to a private "
                     "developer,” Reid said.\n", encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "speech", "--speaker", "Linda Hale")
    assert quote["verdict"] == "misattributed"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Linda Hale spoke to the crowd.\n\n“They say, ‘Fix the potholes, Linda.’”", ["Linda Hale"],
                 id="a name called inside words the line quotes is no address"),
    pytest.param("Dana Patel and Mayor Ann Hale spoke. Hale went first.\n\n“We will not back down.”\n\n"
                 "“We will not back down from this fight, not now, not ever.”", ["Ann Hale", "Ann Hale"],
                 id="the same words again and more are one speaker going on, not a reply"),
    pytest.param("Sen. Jo Hale, an independent, spoke.\n\nThe Independent said: “The vote is close.”", ["Independent"],
                 id="The Independent is a newspaper, not a party epithet"),
])
def test_guards_from_the_second_reader(text, expected):
    assert speakers(text) == expected


def test_a_caption_turn_naming_an_office_or_opening_with_well_names_no_one():
    body = _vtt("<v Dana Ruiz>Go ahead.", ">> Hi. I'm Vice Chair of the parks board. Why now?",
                "<v Dana Ruiz>Well, Councilmember.", ">> FERREIRA-HOLM: Thanks.", "<v Dana Ruiz>Well, okay.",
                ">> FERREIRA-HOLM: Again.", "<v Dana Ruiz>Well, sure.", ">> I'm against it.")
    got = caption_turns(body)
    assert (None, "Hi. I'm Vice Chair of the parks board. Why now?") in got
    assert (None, "I'm against it.") in got   # "Well," is no form of address


def test_a_court_label_of_capitals_is_no_ones_initials():
    text = "THE COURT: Go ahead.\n\nDA: The People ask for four years.\n\nTHE COURT: Thank you.\n"
    assert ("Darnell Adams", "The People ask for four years.") not in turns(text, "transcript", "Darnell Adams")
