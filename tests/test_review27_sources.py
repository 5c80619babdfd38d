"""Sources that review 27's held-out library refused or read as no one's (session 42): a
podcast's transcript in the Podcasting 2.0 JSON, a witness's answers to questions for the
record, and captions in which the chair calls on each speaker by title and name.  The sources
are written for these tests."""

from __future__ import annotations

import json

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import passages_by_opening

_said = passages_by_opening


PODCAST = json.dumps({"version": "1.0.0", "segments": [
    {"speaker": "Tamsin Greer", "startTime": 0.48, "endTime": 3.32, "body": "This is The Harbor Desk, I'm Tamsin Greer."},
    {"speaker": "Tamsin Greer", "startTime": 3.39, "endTime": 4.91, "body": "Three days ago, eleven tank cars came off"},
    {"speaker": "Tamsin Greer", "startTime": 4.98, "endTime": 8.81, "body": "the tracks. Why did the alert take so long?"},
    {"speaker": "Lyle Pennock", "startTime": 9.0, "endTime": 12.0, "body": "Because nobody at the yard called dispatch for 39 minutes."},
]})


def test_a_podcasting_2_json_transcript_is_read_turn_by_turn():
    said = _said("ep112.json", PODCAST, "transcript")
    assert said["This is The Harbor Desk,"] == "Tamsin Greer"
    doc = read_document("ep112.json", PODCAST.encode())
    turn = [" ".join(doc.text[s.start:s.end].split()) for s in segment(doc, "transcript") if s.speaker == "Tamsin Greer"]
    assert any("eleven tank cars came off the tracks." in text for text in turn)   # a sentence over two segments
    assert said["Because nobody at the ya"] == "Lyle Pennock"


QFR = """UNITED STATES SENATE
SUBCOMMITTEE ON FREIGHT AND HAZARDOUS CARGO

QUESTIONS FOR THE RECORD
Submitted to the Honorable Deborah Ashworth
Administrator, National Rail Hazards Administration

Dear Chairman Vickers:

Enclosed are the agency's responses. Please do not hesitate to contact us.

Sincerely,

Deborah Ashworth

Questions from Senator Harlan Vickers

Question 1. Are railroads required to tell local fire departments in advance when a train
carrying hazardous materials will pass through?

Response. No. There is no requirement for real-time notification to a local fire
department before a train enters its jurisdiction.

Questions from Senator Maribel Quinlan

Question 1. Railroads operate thousands of trains a day. Do fire departments have the capacity?

Response. Capacity varies widely.

Many smaller departments are volunteer-run.
"""


def test_questions_for_the_record_are_the_members_and_the_answers_the_witnesss():
    said = _said("qfr.txt", QFR, "transcript")
    assert said["Are railroads required t"] == "Harlan Vickers"
    assert said["No. There is no requirem"] == "Deborah Ashworth"
    assert said["Railroads operate thousa"] == "Maribel Quinlan"
    assert said["Capacity varies widely."] == "Deborah Ashworth"
    assert said["Many smaller departments"] == "Deborah Ashworth"   # the answer's second paragraph
    assert not any(text.startswith(("Enclosed are", "Questions from", "Dear Chairman")) for text in said)


CAPTIONS = """CITY COUNCIL REGULAR MEETING
CLOSED CAPTIONING TRANSCRIPT

>> PRESIDENT MORELLI: WE ARE ON ITEM 12, THE LIBRARY.
STAFF HAS PRESENTED. THANK YOU. COUNCILMEMBER VOSSEN.
>> THANK YOU. DID ANYONE PRICE OUT A SMALLER REPAIR?
>> NOT AS A SEPARATE OPTION, NO.
>> PRESIDENT MORELLI: COUNCILMEMBER SZYMANSKA.
>> I SECONDED IT SO WE COULD TALK ABOUT IT.
>> CITY ATTORNEY BRANDT: THE SHORT ANSWER IS NO.
"""


def test_a_bare_turn_after_the_chair_calls_a_title_and_name_is_theirs():
    said = _said("captions.txt", CAPTIONS, "captions")
    assert said["THANK YOU. DID ANYONE PR"] == "Vossen"
    assert said["I SECONDED IT SO WE COUL"] == "Szymanska"
    assert said["NOT AS A SEPARATE OPTION"] is None   # an answer the chair called no one for


POOL = """From: Kate Sorensen <kate@courier.example>
Sent: Tuesday, October 8, 2024 1:47 PM
To: Statehouse Pool <pool@capitolpress.example>
Subject: POOL REPORT #2 -- Gov. Brandvold at the derailment site

Hi all -- quotes are off my recording and are verbatim unless marked PARAPHRASE.

12:05 p.m. -- Gov. Adelaide Brandvold was briefed by Emergency Management Director Ruben Castellano.

Castellano, pointing at a map: "The plume went northeast, out over the water."

PARAPHRASE: Castellano told the governor the evacuation zone would likely shrink Wednesday.

12:20 p.m. -- Brandvold spoke to press, with Lorne Whitaker, CEO of the railway, beside her.

BRANDVOLD (opening statement): "I came here because I wanted to see it with my own eyes."

Q: Are you confident in the railroad's numbers?

BRANDVOLD: "No. I'm confident in our numbers."

Q (to Whitaker): Will the railway cover all the costs?

WHITAKER: "We will cover the costs of the response, full stop."

Q: Does that include lost wages?

WHITAKER: "That includes lost wages for people who were ordered out."

Kate Sorensen
"""


def test_a_pool_report_by_email_is_read_as_a_report_quoting_people():
    # not an emailed answer (the sender's own words), nor a transcript whose PARAPHRASE is a voice
    said = _said("pool.txt", POOL, "notes")
    assert said["The plume went northeast"] == "Ruben Castellano"
    assert said["I came here because I wa"] == "Adelaide Brandvold"
    assert said["We will cover the costs "] == "Lorne Whitaker"   # "WHITAKER:" a label in capitals
    assert said["That includes lost wages"] == "Lorne Whitaker"
    assert not any(text.startswith(("Castellano told", "Hi all", "Are you confident")) for text in said)
