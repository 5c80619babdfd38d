"""Sources and matches from session 44's reviews (33 and 34), written for these tests.

Each asserts what an editor sees: who a passage is stored as, or the verdict a quote gets when
checked through the CLI against the ingested source.
"""

from __future__ import annotations

import pytest

from desk.extract.model import Document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


RELEASE_BOARD = """\
CONDITIONAL RELEASE BOARD OF NORTHMARCH
DECISION REGISTRY COPY

Offender: HALLORAN, Desmond Peter       File: 77310K
Review type: Full parole                Hearing: 2026-04-02
Board members: R. Okafor-Lind, T. Vasquez

REASONS FOR DECISION

1. You are a 52-year-old offender serving a sentence of nine years for manslaughter.

2. At your hearing you spoke about the night of the offence. "I was angry and I was drunk. Neither is an excuse." you said.

3. The Board is not convinced that your relapse prevention plan is complete. Full parole is denied.

4. Nothing in this decision stops you from applying again next year.

[END OF DECISION]
"""


@pytest.mark.parametrize("kind", ["article", "transcript", "other"])
def test_a_boards_numbered_reasons_are_the_boards_words(kind):
    """Review 32: a parole board's reasons, numbered "1.", "2.", "3." under "REASONS FOR DECISION",
    were read as an article: only the words it quotes were kept, and "The Board is not satisfied
    …", quoted by every story on the decision, was in the library nowhere."""
    got = turns(RELEASE_BOARD, kind)
    assert any(who == "Conditional Release Board of Northmarch"
               and "The Board is not convinced that your relapse prevention plan is complete." in text
               for who, text in got)
    assert {who for who, _ in got} == {"Conditional Release Board of Northmarch"}
    assert not any(w in text for _, text in got for w in ("Offender", "REASONS", "END OF DECISION", "Board members"))


def test_a_numbered_list_in_a_release_is_no_boards_decision():
    """Guard: "1.", "2.", "3." make a decision only under "REASONS FOR DECISION" and a board's name."""
    text = ("HARBOUR TRANSIT COMMISSION\n\nService changes\n\n1. Route 4 runs every ten minutes.\n\n"
            "2. Route 9 ends at the ferry.\n\n3. Fares stay the same, said chair Ana Ruiz.\n")
    assert not any(who == "Harbour Transit Commission" for who, _ in turns(text, "release"))


def test_words_a_decision_reads_back_to_the_offender_are_his(tmp_path, runner):
    """Review 32: '“…,” you said' in a decision addressed to the offender: his words credited to
    him were *misattributed* to the board that quotes them back."""
    source = tmp_path / "decision.txt"
    source.write_text(RELEASE_BOARD, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Desmond Halloran told the board about the night of the killing. “Neither is an excuse,” "
                     "Halloran said.\n\n"
                     "“The Board is not convinced that your relapse prevention plan is complete,” the board wrote.\n",
                     encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "article")
    assert [(q["verdict"], "quoted_by_other" in q["flags"]) for q in quotes] == [("exact", True), ("exact", False)]
    assert quotes[1]["match"]["speaker"]["name"] == "Conditional Release Board of Northmarch"


HANSARD_FR = """\
MEMBERS' STATEMENTS

RURAL CLINICS

Mr. Étienne Rioux (Baie-Claire–Les Îles): Monsieur le Président, notre clinique ferme le soir depuis six mois.

The night clinic in Baie-Claire has been closed for six months, and our families drive an hour for stitches.

Some hon. members: Hear, hear!

Ms. Hannah Price (Wexley Lakes): Speaker, I rise to thank the volunteers of the Wexley food bank.

Some hon. members: Hear, hear!

The Speaker (Hon. Margaret Lindqvist): Thank you. It is now time for oral questions.

Ms. Orla Brandt (Leader of the Official Opposition): My question is for the Premier.

Hon. Helen Marsh (Premier): Speaker, we have put the money on the table.

Ms. Orla Brandt: The clinic is still closed.
"""


def test_a_members_statement_opening_in_french_is_the_members():
    """Review 34a: "Mr. Raymond Ouellette (…): Monsieur le Président, …" was read as a header
    field (a name and its value) and his statement was in the library nowhere."""
    got = turns(HANSARD_FR)
    assert ("Étienne Rioux", "The night clinic in Baie-Claire has been closed for six months, and our families "
            "drive an hour for stitches.") in got
    assert any(who == "Étienne Rioux" and text.startswith("Monsieur le Président") for who, text in got)


ARENA_NOTES = """\
MOREAU - NOTES - flood / evac centre
Inside quote marks = verbatim. Everything else is my paraphrase.

ADA KOWALCZYK, 68, River St., in the Lowlands since 1979
- left with her dog and her pills
- "They gave me ten minutes to leave a house I've lived in for forty years."

BRUNO ESPOSITO, volunteer, Red Cross
- about 300 registered tonight
- "We have more cots than blankets, which tells you something."

COUN. INGRID HALVORSEN (Ward 4 - the Lowlands), at arena approx 5 pm
- "Nobody on council was ever shown the dike inspection reports."
- will bring a motion Monday (paraphrase)
"""


def test_a_councillors_name_line_with_a_title_and_a_ward_opens_her_section():
    """Review 33a: "COUN. WALTER BRANDT (Ward 2 - the Flats), at arena …" was no name line, and
    his quotes went to the volunteer whose section came before."""
    got = turns(ARENA_NOTES, "notes")
    assert ("Ingrid Halvorsen", "Nobody on council was ever shown the dike inspection reports.") in got
    assert ("Bruno Esposito", "We have more cots than blankets, which tells you something.") in got


COUNCIL_SRT = """\
1
00:00:01,000 --> 00:00:04,000
>> MAYOR LINDQVIST: THANK YOU.
WE'LL HEAR FROM STAFF.

2
00:00:04,500 --> 00:00:08,000
>> ENGINEER OKAFOR: THE PUMPS
FAILED TWICE THIS YEAR.

3
00:00:08,500 --> 00:00:11,000
>> SPEAKER FROM GALLERY: FIX IT!

4
00:00:11,500 --> 00:00:14,000
>> MAYOR LINDQVIST: ORDER. AND TO

5
00:00:14,500 --> 00:00:18,000
EVERYONE WATCHING AT HOME: KEEP
BOILING YOUR WATER.
"""


def test_captions_that_name_voices_after_the_mark_take_no_unmarked_name_for_a_voice():
    """Review 34a: in captions that name each voice after ">>", the mayor's "… TO ¶ EVERYONE
    WATCHING AT HOME: KEEP BOILING YOUR WATER" became a speaker "Everyone Watching At Home", and
    the mayor's words credited to her were *misattributed*; "SPEAKER FROM GALLERY" was a person."""
    from desk.extract.formats import read_document

    doc = read_document("council.srt", COUNCIL_SRT.encode())
    got = [(s.speaker, doc.text[s.start:s.end]) for s in segment(doc, "captions")]
    assert {who for who, _ in got} == {"Lindqvist", "Okafor", None}
    assert any(who == "Lindqvist" and "KEEP BOILING YOUR WATER" in text for who, text in got)
    assert any(who is None and "FIX IT" in text for who, text in got)


PHONE_NOTES = """\
Phone interview, plant operator, Oct. 10
Quote marks = verbatim.

- thinks provincial inspections "weren't perfect" but the inspector always found something.
- "The last inspector who came through here wrote up the filters."
- Premier: hasn't heard from her. Minister Aubin's office called Tues. - "I'll give him that. His people called."
"""


def test_an_interviews_notes_keep_short_verbatim_words_and_a_phone_call_is_no_cue():
    """Review 34a: in notes of an interview, "weren't perfect" was dropped as a scare quote, and
    "Aubin's office called Tues. - “I'll give him that.”" went to the minister's office."""
    got = turns(PHONE_NOTES, "notes", "Gord Peltier")
    assert ("Gord Peltier", "weren't perfect") in got
    assert ("Gord Peltier", "I'll give him that. His people called.") in got
    assert {who for who, _ in got} == {"Gord Peltier"}
