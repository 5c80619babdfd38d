"""Guards from session 44's second reader: inputs where the session's first rules went wrong and
the tree before them was right (a new person merged into an earlier one, an anonymous physician
given to the named doctor, a board's release read as its decision, …).  Each fails on the tree
the reader had (cf051c1); the texts are written for these tests."""

from __future__ import annotations

import pytest

from desk.extract.formats import read_document
from desk.extract.model import Document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment
from tests.test_match import MAYOR, check, source


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def turns(text: str, kind: str, speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


@pytest.mark.parametrize("story, want", [
    pytest.param("Coach Daniel Roy praised the rookie.\n\nDaniel Okonkwo was born in Lagos and moved to Winnipeg "
                 "at 12. “I learned to skate at 14,” he said.\n", ["Daniel Okonkwo"],
                 id="a profile's 'X was born in' brings in someone new, not a birth name"),
    pytest.param("Dr. Helen Okafor, the chief of staff, said the emergency department is coping.\n\nAn emergency "
                 "physician disagreed. “We are treating people in hallways,” the physician said.\n", ["the physician"],
                 id="an anonymous physician brought in after the doctor is not the doctor"),
    pytest.param("Nurse Ann Lee spoke first. Dr. Paul Brandt, a veterinarian, said the dogs were sick.\n\n"
                 "“The herd was infected,” the physician said.\n", ["the physician"],
                 id="a Dr. the story calls a veterinarian is no physician"),
    pytest.param("Judge Carla Winn sentenced the driver Friday.\n\n“You took a life,” Winn told him. “I am sorry "
                 "every day,” the 23-year-old said.\n", ["Carla Winn", "the 23-year-old"],
                 id="an age after 'told him' is the one told, not the judge"),
    pytest.param("Mayor Lyle Graff had asked the province for help.\n\nPremier Dana Soto's answer to Graff's request "
                 "came Friday: “We will send twenty engineers.”\n", ["Dana Soto"],
                 id="the owner of a request answered is not the one answering"),
    pytest.param("Conservative MP Dana Whitlock asked why the ferry was cancelled again.\n\nTransport Minister Hal "
                 "Brody said the ferry is reliable. Liberal MP Sandra Pike agreed. “The ferry is late twice a year "
                 "at most,” the member for Kenning River shot back.\n", ["the member for Kenning River"],
                 id="the member for a seat who shoots back is not the MP just agreeing"),
    pytest.param("Police Chief Owen Marsh spoke first.\n\nThe money promised for Port Sable—Reyes said Tuesday—will "
                 "not arrive until spring. “We were promised it in June,” she said.\n", ["Reyes"],
                 id="an unspaced em dash after 'for Port Sable' joins no riding"),
    pytest.param("OTTAWA — Premier Dana Soto’s office defended the cuts on Monday, saying they were “the only "
                 "responsible choice.”\n", ["Dana Soto"],
                 id="the premier's office speaks for her, as before"),
    pytest.param("Gov. Ruth Ellingsen toured the river on Saturday. “A spill is a spill,” she said.\n\nShe said she "
                 "had spoken with Mayor Denise Arsenault, who told her the city is ready. “We have sandbags for a "
                 "week.”\n", ["Ruth Ellingsen", "Denise Arsenault"],
                 id="after 'X, who told her …', the quote goes on in X's voice"),
])
def test_speakers_the_first_rules_got_wrong(story, want):
    assert _speakers(story) == want


NOTES = """\
MOREAU - NOTES - flood / evac centre
Inside quote marks = verbatim. Everything else is my paraphrase.

ADA KOWALCZYK, 68, River St., in the Lowlands since 1979
- "They gave me ten minutes to leave a house I've lived in for forty years."

DEAN FORTIN, 41, volunteer firefighter
- "The dike was leaking at noon and nobody called us."
"""


def test_a_name_line_whose_given_name_is_a_title_word_keeps_it():
    assert ("Dean Fortin", "The dike was leaking at noon and nobody called us.") in turns(NOTES, "notes")


def test_a_quoted_name_in_interview_notes_is_no_verbatim_words():
    notes = ("Phone interview, plant operator, Oct. 10\nQuote marks = verbatim.\n\n"
             "- the union calls the plan \"Project Clean Slate\" and hates it.\n"
             "- \"The last inspector who came through here wrote up the filters.\"\n")
    assert [text for _, text in turns(notes, "notes", "Gord Peltier")] == [
        "The last inspector who came through here wrote up the filters."]


RELEASE = """\
RIVERBEND SCHOOL BOARD
MEDIA RELEASE - FOR IMMEDIATE RELEASE

Board votes to close Elm Street school

REASONS FOR DECISION

1. Enrolment has fallen to 41 per cent of capacity, said trustee chair Hana Molnar.

2. "This was the hardest vote I have taken," Molnar said.

3. Students will move to Birch Hill in September.

For more information contact Jill Pham, communications.
"""

DISSENT = """\
LABOUR RELATIONS BOARD OF NORTHMARCH
Decision

REASONS FOR DECISION

1. The applicant says she was fired for joining the union.

2. The employer's manager testified that she was late eleven times.

3. The Board finds the firing was an unfair labour practice.

DISSENT OF MEMBER R. PAULSEN

4. I would dismiss the application. The evidence of anti-union motive is thin.
"""


def test_a_boards_media_release_is_no_decision_and_a_dissent_is_not_the_boards():
    got = turns(RELEASE, "release")
    assert ("Hana Molnar", "This was the hardest vote I have taken,") in got
    assert not any(who == "Riverbend School Board" for who, _ in got)
    got = turns(DISSENT, "article")
    assert any(who == "Labour Relations Board of Northmarch" for who, _ in got)
    assert not any("dismiss" in text or "PAULSEN" in text for _, text in got)


CAPTIONS = """\
1
00:00:01,000 --> 00:00:04,000
>> MAYOR LINDQVIST: THANK YOU.

2
00:00:04,500 --> 00:00:08,000
>> ENGINEER OKAFOR: THE PUMPS FAILED TWICE THIS YEAR.

3
00:00:08,500 --> 00:00:11,000
COUNCILLOR ABARA: WHO SIGNED THE CONTRACT?

4
00:00:11,500 --> 00:00:14,000
>> ENGINEER OKAFOR: THE CITY MANAGER.
"""


def test_a_titled_label_the_captioner_did_not_mark_is_still_a_voice():
    doc = read_document("council.srt", CAPTIONS.encode())
    got = [(s.speaker, doc.text[s.start:s.end]) for s in segment(doc, "captions")]
    assert ("Abara", "WHO SIGNED THE CONTRACT?") in got
    assert not any("ABARA" in text for who, text in got if who == "Okafor")


@pytest.mark.parametrize("turn, quote", [
    ("My first question to the mayor was, “Where did the pension money go?” You said you didn't know.",
     "Where did the pension money go?"),
    ("Our sign said, “We were promised a clinic in every township.” You told reporters it was a lie.",
     "We were promised a clinic in every township."),
])
def test_a_new_sentence_answering_a_quote_is_no_reading_back(turn, quote):
    """A critic's own words, then 'You said …' to the mayor: the words are the critic's, not the
    mayor's read back to her."""
    m = check(quote, MAYOR, source([(2, "speaker", turn)]))
    assert m.verdict == "misattributed"
