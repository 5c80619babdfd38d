"""Guards from the second reader of session 37: readings this session's own rules got wrong on
ordinary copy, each fixed and kept here.  A wrong name is worse than none; an accurate quote
called a misquote is worse than both.  The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.formats import read_document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Fire Chief Dan Colter said crews had been working since dawn.\n\n"
                 "“The smoke was so thick we could not see the ridge,” the pilot said.", ["the pilot"],
                 id="a trade after an official is a new voice"),
    pytest.param("The plant will close in March, company spokesperson Jenna Hollis said Tuesday.\n\n"
                 "“Thirty years I gave them,” the machinist said.", ["the machinist"], id="nor a spokesperson"),
    pytest.param("“We are doing all we can,” said Fire Chief Dan Colter.\n\n“I lost everything,” the homeowner added.",
                 ["Dan Colter", "the homeowner"], id="a trade that 'added' is still a new voice"),
    pytest.param("Pat Quinn was the airline's chief pilot for a decade.\n\n“Safety is our top priority,” the airline said.",
                 ["the airline"], id="the airline is not its pilot"),
    pytest.param("Raj Patel is the victim's brother.\n\n“He was my best friend,” the victim said.", ["the victim"],
                 id="a possessive is no be-sentence role"),
    pytest.param("Although Mayor Tom Hale promised help, the aid package was “too little, too late,” the union said "
                 "in a statement.", ["the union"], id="a fragment after a fronted clause's comma"),
    pytest.param("After Mayor Tom Hale spoke, the crowd's mood turned “ugly,” one witness said.", ["one witness"],
                 id="nor after another"),
    pytest.param("Dr. Lena Mont runs the clinic. “We are full,” Mont said.\n\nHarry Mount spoke next. “Not again,” "
                 "Mount said.", ["Lena Mont", "Harry Mount"], id="Mont and Mount are surnames"),
    pytest.param("Peter M. Collins flew in from Des Moines for the café opening, pour décor aside. “It was great,” "
                 "said Peter M. Collins.", ["Peter M. Collins"], id="an initial in a paragraph with French words"),
    pytest.param("During Tuesday's meeting, council heard from Maria Ortiz, the city's chief planner.\n\n"
                 "“We need more density,” the planner said.", ["Maria Ortiz"],
                 id="an apposition after the fronted clause's comma"),
    pytest.param("“It will snow until Friday,” said a forecaster at the Environment Canada office in Winnipeg.",
                 ["a forecaster"], id="someone at an office is not the office"),
])
def test_ordinary_copy_keeps_its_reading(text, expected):
    assert speakers(text) == expected


def passages(name, data, kind="captions"):
    doc = read_document(name, data.encode())
    return [(s.speaker, " ".join(doc.text[s.start:s.end].split())) for s in segment(doc, kind)]


ROLLING_VOICES = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v Ann Lee>good evening everyone and welcome
to the special meeting of council

00:00:03.000 --> 00:00:05.000
<v Ann Lee>to the special meeting of council
we will start with the budget

00:00:05.000 --> 00:00:07.000
<v Ann Lee>we will start with the budget
<v Bob Ray>thank you Ann I have a question

00:00:07.000 --> 00:00:09.000
<v Bob Ray>thank you Ann I have a question
about the water main repairs

00:00:09.000 --> 00:00:11.000
about the water main repairs
and the cost to residents
"""


def test_roll_up_captions_keep_their_voice_tags():
    got = passages("council.vtt", ROLLING_VOICES)
    assert {who for who, words in got if "thank you Ann" in words} == {"Bob Ray"}
    assert {who for who, words in got if "cost to residents" in words} == {"Bob Ray"}


def test_a_meeting_transcripts_unnamed_line_keeps_its_words():
    data = ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAnn Lee: We vote tonight.\n\n2\n00:00:04.000 --> 00:00:08.000\n"
            "Ann Lee: The question is cost.\n\n3\n00:00:08.000 --> 00:00:12.000\nBob Ray: I think we should wait.\n\n"
            "4\n00:00:12.000 --> 00:00:16.000\nThe reason given is simple: the contractor walked away.\n\n"
            "5\n00:00:16.000 --> 00:00:20.000\nBob Ray: That is all I have.\n")
    got = passages("meeting.vtt", data)
    assert any("The reason given is simple: the contractor walked away." in words for _, words in got)
    assert "reason given is simple" not in {who for who, _ in got}


def test_a_pc_title_in_a_voice_is_no_device():
    data = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v PC Leader Doug Ford>We will build the highway.\n"
    assert [who for who, _ in passages("ford.vtt", data)] == ["PC Leader Doug Ford"]


def test_a_line_wrapped_to_the_page_foot_stays_in_the_testimony():
    text = ("BY MR. HALE:\n 1        Q.   What did you see that night?\n 2        A.   I saw two men near the pharmacy.\n"
            " 3        Q.   What were they doing?\n 4        A.   They were loading boxes.\n 5        Q.   Anything else?\n"
            " 6        A.   I told the officer I saw two men loading a white van with no\n"
            "plates behind the pharmacy on Elm Street.\n 1        Q.   Did you call anyone?\n"
            " 2        A.   I called the police right away.\n 3        Q.   How long did they take?\n"
            " 4        A.   About ten minutes.\n")
    assert "a white van with no plates behind the pharmacy" in " ".join(read_document("h.txt", text.encode()).text.split())
