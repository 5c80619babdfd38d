"""Guards from the second reader of session 38's change: each case is a realistic passage on
which one of the session's new rules misfired, and the reading it must keep.  The texts are
written for these tests."""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes
from desk.match import match_quote
from tests.test_match import CRITIC, MAYOR, check, source
from tests.test_meeting_and_rollup_captions import passages


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


# ------------------------------------------------------------------ a repeat printed once
@pytest.mark.parametrize("spoken, quote", [
    ("I asked the foreman and he said no, uh, no one came to help.", "He said no one came to help."),
    ("We had, uh, had warnings for years.", "We had warnings for years."),
])
def test_a_word_said_twice_meaning_both_is_no_stutter(spoken, quote):
    assert check(quote, MAYOR, source([(MAYOR, "speaker", spoken)])).verdict == "misquote"


# ------------------------------------------------------------------ given names that are words
@pytest.mark.parametrize("turn, named", [
    ("I don't care what the head office says, we are closing Line 2 in March and moving the work to Ohio.",
     "Don Haverly"),
    ("The bill, and I said this at committee, says we are closing Line 2 in March and moving the work to Ohio.",
     "Bill Morrow"),
    ("Mark my words, I said it then: we are closing Line 2 in March and moving the work to Ohio.", "Mark Ridley"),
    ("Curtis Dunn from the union stood up and said we are closing Line 2 in March and moving the work to Ohio.",
     "Curtis Bale"),
])
def test_a_given_name_that_is_a_word_or_a_namesake_hides_no_misattribution(turn, named):
    m = match_quote("We are closing Line 2 in March and moving the work to Ohio.", None, [named],
                    source([(CRITIC, "speaker", turn)]), speaker_person=True)
    assert m.verdict == "misattributed"


# ------------------------------------------------------------------ bracketed capitals in captions
def _srt(lines):
    return "".join(f"{k}\n00:00:{k:02d},000 --> 00:00:{k:02d},900\n{line}\n\n" for k, line in enumerate(lines, 1))


def test_sounds_in_brackets_in_untagged_captions_are_no_speakers():
    got = passages("council.srt", _srt([
        "Council is back in session. Councillor Ames.",
        "I want to say this plainly. This is a [BLEEP] disgrace.",
        "[SOBS] My son waited six hours in that emergency room.",
        "[INDISCERNIBLE] It is a [BLEEP] shame.",
        "[SOBS] Nobody came. [INDISCERNIBLE]",
    ]))
    assert {who for who, _ in got} == {None}


def test_a_bracketed_word_inside_a_tagged_speakers_sentence_is_no_voice():
    got = passages("interview.srt", _srt([
        "[DHALIWAL] Good evening. Joining me is Minister Farida Nasrin.",
        "[NASRIN] Thanks for having me. The [RCMP] told us in March",
        "[DHALIWAL] Told you what? [BLEEP]",
        "[NASRIN] That the [RCMP] would need more officers. [IN FRENCH] Merci.",
        "[DHALIWAL] Thank you.",
    ]))
    assert {who for who, _ in got} == {"Dhaliwal", "Farida Nasrin"}
    assert any("told us in March" in text for who, text in got if who == "Farida Nasrin")


# ------------------------------------------------------------------ the lede's role
@pytest.mark.parametrize("second", [
    "Firefighters found Gordon Leclair, 71, in a back bedroom of the house on Dundas Street.",
    '"It was too little, too late," said Maribel Ortiz, who lost $400 on tickets.',
])
def test_a_lede_role_never_goes_to_a_victim_or_a_critic_named_next(second):
    text = ("TORONTO - The city's fire chief said Sunday that the blaze was \"almost certainly\" caused by a "
            f"space heater left on overnight.\n\n{second}\n\n\"The house had no working smoke alarm,\" the chief said.\n")
    assert "the chief" in speakers(text)


# ------------------------------------------------------------------ descriptions
def test_the_mayor_elect_is_no_one_who_did_not_win_the_mayoralty():
    text = ("BRANTWOOD, Ont. - Dana Ruiz won the mayor's race on Monday night.\n\n"
            "In Ward 3, newcomer Tom Levesque defeated a two-term councillor.\n\n"
            '"We will get to work on the bridge on day one," the mayor-elect told supporters.\n')
    assert speakers(text) == ["the mayor-elect"]


@pytest.mark.parametrize("between", [
    "A second memo, sent to managers in June by the company's human resources department, struck a very "
    "different tone.",
    "The province wrote back last week.",
])
def test_the_document_from_someone_is_not_theirs_when_another_came_after(between):
    text = ("TORONTO - In March, a memo from CEO Adrian Pellegrino-Roth promised staff that raises were coming.\n\n"
            f"{between}\n\n\"Raises are frozen until further notice,\" the memo said.\n")
    assert speakers(text) == ["the memo"]


@pytest.mark.parametrize("cue", ["the Republican from Texas", "the Texas Republican"])
def test_a_party_and_place_never_go_to_someone_of_the_other_party(cue):
    text = ("WASHINGTON - Rep. Ana Ruiz, D-Texas, introduced the bill on Monday. Rep. Jim Harlan, R-Ohio, "
            f"signed on.\n\n\"This is a border security bill,\" {cue} said.\n")
    assert speakers(text) != ["Ana Ruiz"]


def test_two_people_of_that_party_and_place_are_no_one_for_sure():
    text = ("WASHINGTON - Sen. Ann Ruiz, D-Ohio, and Rep. Tom Hale, D-Ohio, toured the Lima tank plant on Monday."
            "\n\n\"This plant built the tanks that won two wars,\" the Democrat from Ohio said.\n")
    assert speakers(text) == ["the Democrat from Ohio"]


# ------------------------------------------------------------------ they, for two people
@pytest.mark.parametrize("between", [
    "A city spokesperson said notices were mailed to every permit holder in March.",
    "Both sides have been at the table since June, and union members said a strike vote is likely.",
])
def test_they_after_someone_else_spoke_is_not_the_pair(between):
    text = ("KELOWNA, B.C. - Ann Ruiz and Tom Hale said they were never told the campground would close.\n\n"
            f"{between}\n\n\"We sent them by registered mail,\" they said.\n")
    assert speakers(text) != ["Ann Ruiz and Tom Hale"]


# ------------------------------------------------------------------ nicknames
def test_calls_him_is_never_the_woman_named_before():
    text = ("SYDNEY, N.S. - Ana Ruiz, 58, runs the free clinic with her husband. Everyone at the clinic calls "
            "him \u201cDoc,\u201d a holdover from his years as an army medic.\n\n"
            "\u201cHalf the people who come in here have not seen a doctor in years,\u201d Doc said Friday.\n")
    assert speakers(text) != ["Ana Ruiz"]


def test_the_one_everyone_calls_must_be_the_person_named():
    text = ("GULLET COVE, N.L. - Rory Fitzwarren, 52, fishes with a deckhand everyone on the wharf calls "
            "\u201cSkipper.\u201d\n\n\u201cWe got the warning by fax,\u201d Skipper said Friday.\n")
    assert speakers(text) != ["Rory Fitzwarren"]


def test_a_slogan_someone_calls_a_rival_is_still_checked():
    text = ("OTTAWA - Conservative Leader Dana Holt did not hold back on Tuesday. She calls him "
            "\u201cReckless. Dishonest. Unfit.\u201d")
    assert [(q.speaker, q.skipped) for q in find_quotes(text)] == [("Dana Holt", None)]


# ------------------------------------------------------------------ other rules
def test_a_who_clause_reporting_speech_is_still_read_as_before():
    text = ("OTTAWA - The minister took questions from Owen Castellano of Stanmore Partners, who asked whether "
            "the plant was \"on the chopping block.\"")
    assert speakers(text) == ["Owen Castellano"]


def test_a_surname_co_is_a_person():
    text = 'MANILA - Rep. Zaldy Co defended the budget insertions on Tuesday.\n\n"I did nothing illegal," Co said.'
    assert [(q.speaker, q.speaker_person) for q in find_quotes(text)] == [("Zaldy Co", True)]
