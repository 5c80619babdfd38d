"""Sources a second reader wrote in session 36 (review 10): a press office's emailed answers to a
reporter's numbered questions, a court of appeal's written reasons, and a post-game scrum whose
questions open with the player's first name.

Each asserts what the editor sees: who a passage is stored as, or the verdict a quote gets when
checked through the CLI against the ingested source.  The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.model import ROLE_QUESTIONER, Document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


REPLY = """\
From: Priya Castellanos-Whitford <pcw@valleyutility.example>
To: Jonah Pike-Ellery <jpe@record.example>
Date: Thursday, June 11, 2026 4:52 PM
Subject: RE: Media request - plant failure

Hi Jonah,

Please find our responses below. They can be attributed to me as spokesperson for the utility.

1. Why did the operator not go to the plant when the alarm sounded?

Response: That is one of the questions our internal review will answer. That procedure was not followed.

2. The union says the utility has been short-staffed for more than a year. Is that accurate?

Response: We have had four operator vacancies for most of the past year.

On background, not for attribution: the operator has a clean record.

Regards,

Priya Castellanos-Whitford
Director, Communications
T: 555-0143 | C: 555-0177

This email and any attachments are confidential and intended solely for the named recipient.

-----Original Message-----
From: Jonah Pike-Ellery
Sent: Wednesday, June 10, 2026 9:15 AM
Subject: Media request

Can you confirm whether the operator on duty was disciplined?
"""


@pytest.mark.parametrize("kind, speaker", [("notes", "Priya Castellanos-Whitford"), ("speech", None), ("article", None)])
def test_an_emailed_reply_is_the_senders_answers_and_the_reporters_questions(kind, speaker):
    """Review 10: "Response:" became a speaker called "Response" (13 false alarms), and the reporter's
    questions, the signature, the notice and the reporter's own message were the spokesperson's."""
    got = turns(REPLY, kind, speaker)
    said = {text: who for who, text in got}
    assert said["That is one of the questions our internal review will answer. That procedure was not followed."] \
        == "Priya Castellanos-Whitford"
    assert said["We have had four operator vacancies for most of the past year."] == "Priya Castellanos-Whitford"
    assert said["2. The union says the utility has been short-staffed for more than a year. Is that accurate?"] is None
    assert said["On background, not for attribution: the operator has a clean record."] is None
    assert not any(w in text for _, text in got for w in ("Regards", "555-0143", "confidential", "disciplined", "Hi Jonah"))


def test_a_claim_in_the_reporters_question_is_not_the_spokespersons(tmp_path, runner):
    """Review 10: the union's claim the reporter relayed verified as the spokesperson's quote; it is
    in the reporter's question, someone else's words."""
    source = tmp_path / "reply.txt"
    source.write_text(REPLY, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“That procedure was not followed,” said Priya Castellanos-Whitford, a utility spokesperson.\n\n"
                     "Castellanos-Whitford said the utility had been “short-staffed for more than a year.”\n",
                     encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "notes", "--speaker", "Priya Castellanos-Whitford")
    assert [q["verdict"] for q in quotes] == ["exact", "misattributed"]
    assert quotes[1]["match"]["speaker"]["name"] is None   # the reporter's question


def test_a_question_answered_under_the_senders_initials():
    reply = REPLY.replace("Response: ", "PCW: ")
    said = {text: who for who, text in turns(reply, "notes")}
    assert said["We have had four operator vacancies for most of the past year."] == "Priya Castellanos-Whitford"


def test_a_letter_that_opens_with_no_header_is_no_reply():
    """Guard: a text is an emailed reply only when its first lines are an email header."""
    text = "Statement from the mayor\n\nFrom: the office of the mayor, a statement.\n\nWe will rebuild the bridge."
    assert turns(text, "speech", "Ann Hale")[-1] == ("Ann Hale", "We will rebuild the bridge.")


DECISION = """\
COURT OF APPEAL FOR NORTHMARCH

Citation: Dunleavy-Orr v. Kestrel Bay Haulage Ltd., 2026 NMCA 114
Docket: CA-25-0419

BETWEEN:
Maeve Dunleavy-Orr, Appellant
and
Kestrel Bay Haulage Ltd., Respondent

BEFORE: Ferreira-Haddad C.J.N., Oyelowo-Marsh and Brightwater JJ.A.

Heard: May 27, 2026

The judgment of the Court was delivered by Oyelowo-Marsh J.A.:

I. OVERVIEW

[1] The appellant's car was struck by a gravel truck at the intersection of Route 9 and Carrick Line.

[2] The appellant testified that she stopped. She said: "I looked left and right, and then left again. I never saw the second truck."

[3] The trial judge accepted that she stopped. She nonetheless found that "a prudent driver would have waited until the road was clear for a greater distance."

[4] The respondent argues that the appellant knew the intersection and that "local knowledge is part of reasonable care."

II. ANALYSIS

[5] We find that the trial judge made such an error. The appeal is allowed.

Released: September 18, 2026

"R. Oyelowo-Marsh J.A."
"I agree. D. Brightwater J.A."
"""


@pytest.mark.parametrize("kind", ["article", "transcript", "other"])
def test_a_courts_reasons_are_the_writing_judges_paragraphs(kind):
    """Review 10: the header's fields became speakers and the judgment the speech of "Heard"; as an
    article, "We find that the trial judge made such an error" was nowhere in the library."""
    got = turns(DECISION, kind)
    assert ("R. Oyelowo-Marsh", "We find that the trial judge made such an error. The appeal is allowed.") in got
    assert {who for who, _ in got} == {"R. Oyelowo-Marsh"}
    assert not any(w in text for _, text in got for w in ("Citation", "Heard", "ANALYSIS", "Released", "I agree"))


def test_words_the_court_quotes_are_theirs_and_not_the_judges(tmp_path, runner):
    """Review 10: testimony and the trial judge's finding, credited to the witness and to the trial
    judge, were false *misattributed*; the respondent's submission, credited to the appeal judge,
    passed as *exact*."""
    source = tmp_path / "decision.txt"
    source.write_text(DECISION, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“I looked left and right, and then left again,” Maeve Dunleavy-Orr, 46, testified.\n\n"
                     "Justice Corinna Vasquez-Thorne found that “a prudent driver would have waited until the road "
                     "was clear for a greater distance.”\n\n"
                     "“Local knowledge is part of reasonable care,” Justice R. Oyelowo-Marsh wrote.\n\n"
                     "“We find that the trial judge made such an error,” Oyelowo-Marsh wrote.\n", encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "article")
    assert [(q["verdict"], q["flags"]) for q in quotes] == [
        ("exact", ["quoted_by_other"]), ("exact", ["quoted_by_other"]),
        ("misattributed", ["quoting_another"]), ("exact", [])]


def test_numbered_paragraphs_of_a_report_are_no_decision():
    """Guard: numbered paragraphs make a court's reasons only under a court's header."""
    text = "Audit of road salt\n\n[1] The city bought 4,000 tonnes.\n\n[2] It used 3,100.\n\n[3] The rest is stored."
    assert {who for who, _ in turns(text, "speech", "Ann Hale")} == {"Ann Hale"}


SCRUM = """\
Postgame media availability
Final: Wolverines 98, Herons 91 (OT)

TOBIAS RENNQUIST: I got to my spot and it rimmed out.

JARRAH OKWUOSA-BELL: The fifth one, I reached, and I know better.

Q. Tobias, the coach took the blame. Do you --

TOBIAS: No. She doesn't take that. We're grown men.

Q. Jarrah, what's the mood in there?

JARRAH: Guys are hurting.
"""


def test_a_first_name_label_is_the_full_label_not_the_question_that_named_him():
    """Review 10: "Q. Tobias, …" made a speaker "Q. Tobias", whom "TOBIAS:" then resolved to (6
    false alarms); "Final:" was a speaker."""
    segs = segment(Document(text=SCRUM, format="txt"), "transcript")
    said = {SCRUM[s.start:s.end]: (s.speaker, s.role) for s in segs}
    assert said["No. She doesn't take that. We're grown men."] == ("Tobias Rennquist", "speaker")
    assert said["Guys are hurting."] == ("Jarrah Okwuosa-Bell", "speaker")
    assert said["Jarrah, what's the mood in there?"] == (None, ROLE_QUESTIONER)
    assert "Final" not in {who for who, _ in said.values()}


COMMITTEE = """\
Standing Committee on Fisheries and Oceans
EVIDENCE

(1530)

The Chair (Mr. Dorian Keswick-Ambrose (Halbrook—Tern Valley, Lib.)): I call this meeting to order.

Ms. Adélaïde Thorsby-Kwan (Director General, Coastal Licensing): Thank you, Mr. Chair. No licence holder has been singled out.

The Chair: Thank you. Mr. Grisdale, you have five minutes.
"""


def test_a_committee_chair_labelled_with_riding_and_party_is_the_chair_named():
    """Review 10: the Commons label with the riding in brackets inside the brackets was not read:
    the chair's opening turn was lost and "The Chair:" was no one."""
    got = turns(COMMITTEE)
    assert ("Dorian Keswick-Ambrose", "I call this meeting to order.") in got
    assert ("Dorian Keswick-Ambrose", "Thank you. Mr. Grisdale, you have five minutes.") in got
    assert ("Adélaïde Thorsby-Kwan", "Thank you, Mr. Chair. No licence holder has been singled out.") in got
