"""Guards from the second reader of session 40: inputs where a new rule of the session gave a
wrong answer the code before it got right.  Each test asserts the right reading of an
ordinary source or story the new rules must leave alone (the texts are written for these tests)."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment


def _passages(name: str, data: str, kind: str) -> list[tuple[str | None, str]]:
    doc = read_document(name, data.encode())
    return [(s.speaker, " ".join(doc.text[s.start:s.end].split())) for s in segment(doc, kind)]


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


RELEASE_WITH_LOG = """HARBOUR FIRE DEPARTMENT
NEWS RELEASE

HARBOUR - Fire Chief Denise Arbour today released the radio traffic from the fire.

"Our crews made the right calls that night," Chief Arbour said.

TIME      CH    FROM  TO    TRANSMISSION
02:10:08  FD1   DISP  ALL   STRUCTURE FIRE, 12 QUAY STREET.
02:14:40  TAC2  BC2   ALL   BC2 ON SCENE. NOBODY GOES IN THAT BUILDING.
02:15:02  TAC2  E7    BC2   E7 COPIES. WE'LL TAKE THE EAST SIDE.

The department's review is expected in June. "We will publish every word of it," Arbour said.
"""


def test_a_release_that_quotes_a_few_transmissions_is_still_a_release():
    said = _passages("release.txt", RELEASE_WITH_LOG, "release")
    assert any(who == "Denise Arbour" and "right calls" in text for who, text in said)
    assert any(who == "Denise Arbour" and "publish every word" in text for who, text in said)


CALL_IN = """HARBOUR TALK - MORNING SHOW TRANSCRIPT

HOST: Good morning, you're on the air.

CALLER: Hi, this is Mary Okoro, I live on Quarry Lane. The Route 9 bus never comes on time.

HOST: Thanks, Mary. Next caller, go ahead.

CALLER: Yeah, I just think the council wasted the money on that bridge.
"""


def test_a_label_several_callers_share_is_not_the_first_one_s_name():
    said = _passages("show.txt", CALL_IN, "transcript")
    assert not any(who == "Mary Okoro" and "wasted the money" in text for who, text in said)


CAPS = """1
00:00:01,000 --> 00:00:03,000
>> I'M PRETTY SURE. THE WATER IS STILL OVER THE ROAD HERE.
"""


def test_an_ordinary_phrase_in_capitals_is_no_name():
    assert not any(who == "Pretty Sure" for who, _ in _passages("news.srt", CAPS, "captions"))


DECISION_WITH_LETTER = """                  HARBOUR LABOUR RELATIONS BOARD

Between:     Daniel Okafor, Complainant
Before:      Miriam Castellano, Vice-Chair

[1]    The complainant, Daniel Okafor, drove for the respondent until he was dismissed.

[2]    On November 3, the respondent's operations manager wrote to Mr. Okafor:

            Your services are no longer required, effective immediately.

                                        (signed) Lena Brandt

[3]    I find that the refusal was part of the reason for the dismissal.
"""


def test_a_letter_in_a_decision_neither_ends_it_nor_belongs_to_its_addressee():
    said = _passages("decision.txt", DECISION_WITH_LETTER, "other")
    assert ("Miriam Castellano", "I find that the refusal was part of the reason for the dismissal.") in said
    assert not any(who == "Daniel Okafor" for who, _ in said)


def test_people_described_by_a_job_are_people():
    text = ("Priya Nair, a game developer, said she was worried. \u201cIt is a mess,\u201d she said.\n\n"
            "Tom Hale, a letter carrier, said \u201cthe dog bit me.\u201d\n")
    assert speakers(text) == ["Priya Nair", "Tom Hale"]


def test_a_lede_s_unnamed_subject_is_no_official_named_next():
    farmer = ("Farmers count losses after flood\n\n"
              "The farmer stood in what was left of his flooded barn. \u201cForty years, and I\u2019ve never seen "
              "water like this,\u201d he said.\n\n"
              "Tom Hale, the agriculture minister, toured the flooded farms Tuesday and promised aid.\n")
    assert speakers(farmer) != ["Tom Hale"]
    rescued = ("HARBOUR \u2014 A 19-year-old who was pulled from the river near the bridge early Sunday is in "
               "critical condition.\n\n"
               "\u201cThe current there is much stronger than it looks,\u201d Sgt. Tom Hale said.\n\n"
               "The 19-year-old had been walking home. \u201cI just want to go home,\u201d the 19-year-old told "
               "paramedics, according to Hale.\n")
    assert speakers(rescued)[1] != "Tom Hale"


def test_a_q_and_a_excerpt_s_asker_and_an_office_addressed():
    columnist = ("Herald columnist Tom Hale put questions to the mayor on Tuesday. An edited excerpt:\n\n"
                 "Q: Why this bridge?\n\n"
                 "A: I told council, \u201cThis bridge will outlast all of us.\u201d\n")
    assert speakers(columnist) != ["Tom Hale"]
    madam = ("Mayor Ana Ruiz took questions after the vote. An excerpt:\n\n"
             "Q: Madam Mayor, who approved the final price?\n\n"
             "A: I did. I told staff, \u201cSign it.\u201d\n")
    assert speakers(madam) == ["Ana Ruiz"]


def test_her_father_the_story_describes_without_a_name():
    text = ("Teen wins science prize\n\n"
            "Dale Kowalchuk's daughter, Lise Kowalchuk, won the provincial science fair with a water filter.\n\n"
            "Her teacher, Ana Brandt, entered the project. Brandt said Lise worked on it every lunch hour.\n\n"
            "Brandt\u2019s father, a retired chemist, helped with the testing. Her father said the filter worked "
            "better than his. \u201cShe beat me fair and square,\u201d he said.\n")
    assert speakers(text) != ["Dale Kowalchuk"]


def test_a_dateline_town_that_is_also_the_speaker_s_surname():
    text = ("JACKSON, Miss. \u2014 Coach Deion Jackson said Tuesday he would not resign.\n\n"
            "\u201cI\u2019m not going anywhere,\u201d Jackson said.\n")
    assert speakers(text) == ["Deion Jackson"]
