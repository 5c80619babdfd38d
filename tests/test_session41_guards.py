"""Guards from the second reader of session 41: each a document or a story on which a rule of
review 21 (commit 50eeff6) fired where it should not, or gave a wrong name.  Each test fails on
that commit and passes now; the inputs are written for these tests."""

from __future__ import annotations

import json

from desk.extract.formats import read_document
from desk.extract.quotes import find_quotes
from tests.conftest import passages_by_opening

_said = passages_by_opening


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


COURT = """SUPERIOR COURT OF JUSTICE
R. v. HALVERSEN
PROCEEDINGS AT TRIAL, March 3, 2025

          THE COURT:  Please be seated. Mr. Odegaard, your next
witness.
          MR. ODEGAARD:  Thank you, Your Honour. The Crown calls
Constable Ruth Ainsley.
          CONSTABLE AINSLEY:  Ruth Ainsley, badge number 4471. I
have been with the service for eleven years. The door
was open and the lights were off. I called for backup at
11:42 and waited on the porch until they arrived.
"""


def test_a_court_record_s_labels_over_lines_wrapped_to_the_margin_keep_their_turns():
    said = _said("trial.txt", COURT, "transcript")
    assert said["I called for backup at 1"] == "Ruth Ainsley"   # her turn runs to its end


LIVE_BLOG = """LIVE: Ashcombe boil-water notice, day 3

Jill Hanson  7:06 AM
Crews are back at the Lindell Avenue break this morning. Traffic is down to one lane.

Jill Hanson  8:40 AM
Mayor Ann Ruiz just spoke to reporters outside city hall. "We will have clean samples by Thursday," she said.

Omar Haddad  9:15 AM
The hospital says it has not seen any illness linked to the water so far.

Jill Hanson  10:02 AM
Utilities director Desmond Acheampong confirmed the main was installed in 1961. "It was on our list," he said.
"""


def test_a_live_blog_s_bylines_and_times_are_no_chat():
    said = _said("live.txt", LIVE_BLOG, "notes")
    assert said["We will have clean sampl"] == "Ann Ruiz"
    assert said["It was on our list,"] == "Desmond Acheampong"
    assert "Jill Hanson" not in said.values()


RUN_SHEET = """Ashcombe Fall Fair - volunteer run sheet, Saturday

Main Gate  7:00 AM
Gates open to vendors. Check wristbands at the table.

Beer Garden  11:00 AM
Opens. Two volunteers on ID checks at all times.

Main Gate  4:00 PM
Switch to exit only. Count the cash box with the treasurer.

Beer Garden  9:00 PM
Last call. Close the tent flaps.
"""

PLANNING = """City of Ashcombe - Planning Report PR-2025-114
Summary of public consultation (what we heard)

Public Comment
The building is too tall for the street. Six storeys will shade the houses all afternoon.

Staff Response
The proposal steps down to four storeys on the Carver Street side.

Public Comment
There is not enough parking. Lindell is already full every evening.

Staff Response
The site is within 300 metres of two bus routes.
"""

NOTES = """Boil-water notice, Ashcombe, Oct 3. Notes from the street.

Gerald Boudreau
Owns the hardware store on Lindell. Says sales of bottled water tripled.

Curtis Ballantyne
Diner owner. Closed five days. Lost about $9,000. Angry at the city.

Gerald Boudreau
Called back at 4 p.m. Now says the city never phoned him. Wants a meeting.

Curtis Ballantyne
By text, reopening Monday if the samples are clean.
"""


def test_a_run_sheet_a_report_s_headings_and_notes_under_names_are_no_conversation():
    assert not any(_said("runsheet.txt", RUN_SHEET, "transcript").values())
    assert not any(_said("report.txt", PLANNING, "transcript").values())
    # a reporter's summary under each person's name is not their words
    assert not any(_said("notes.txt", NOTES, "transcript").values())


def test_a_short_form_in_a_source_that_names_both_is_another_person(runner, tmp_path):
    source = tmp_path / "council.txt"
    source.write_text("CHAIR: Next speaker.\n\nANN RUIZ: I have lived on Carver Street for forty-one years and "
                      "never seen the water this brown.\n\nANNETTE RUIZ: My mother is eighty and cannot carry water.\n",
                      encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(source), "--kind", "transcript"])
    assert out.exit_code == 0, out.output
    story = tmp_path / "story.txt"
    story.write_text("\u201cI have lived on Carver Street for forty-one years and never seen the water this brown,\u201d "
                     "Annette Ruiz told the council.\n", encoding="utf-8")
    out = runner.invoke(args=["desk", "check", str(story), "--json"])
    [quote] = json.loads(out.stdout)["quotes"]
    assert quote["verdict"] == "misattributed"   # Ann, whom the same transcript tells apart from Annette


def test_a_q_and_a_excerpt_s_asker_is_never_the_one_asked_nor_a_letter_s_writer():
    asked = ("Mayor Ann Ruiz took questions after the meeting.\n\nMayor Ann Ruiz was asked about the audit, and the "
             "exchange went as follows:\n\nQ: \u201cDid you read the audit before you signed it?\u201d\n\n"
             "A: \u201cI read the summary.\u201d\n\nQ: \u201cAll of it?\u201d\n\nA: \u201cYes.\u201d\n")
    assert _speakers(asked)[0] is None
    letter = ("Mayor Ann Ruiz spoke Tuesday.\n\nReporters pressed Mayor Ann Ruiz about the complaint letter from "
              "resident Tom Hale, and the exchange went as follows:\n\nQ: \u201cHave you answered him?\u201d\n\n"
              "A: \u201cMy office has.\u201d\n\nQ: \u201cWhen?\u201d\n\nA: \u201cMonday.\u201d\n")
    assert _speakers(letter)[0] != "Tom Hale"


def test_the_statement_is_not_an_earlier_issuer_s_when_another_statement_came_between():
    story = ("Talks between Halbrook Regional Transit and the union broke down.\n\n"
             "In a statement, Halbrook Regional Transit said the demands would cost more.\n\n"
             "The union, Local 1527, responded with a statement of its own. \u201cWe have been bargaining in good "
             "faith for eleven months,\u201d the statement said.\n")
    assert _speakers(story) == ["the statement"]


def test_the_ndp_mla_is_not_the_minister_just_named():
    story = ("Health Minister Carla Oduya announced the clinic closures on Monday, saying the province could not "
             "staff them. \u201cThis is a betrayal of rural Manitoba,\u201d the NDP MLA said.\n")
    assert _speakers(story) == ["the NDP MLA"]


def test_their_mother_is_not_a_mother_the_story_named_for_someone_else():
    story = ("Dennis Briggs grew up in Omaha, where his mother, Ruth Briggs, drove him to every game.\n\n"
             "Now his own daughters, Maya and Jo, play for Lakemont. \u201cThey are obsessed,\u201d their mother said.\n")
    assert _speakers(story) != ["Ruth Briggs"]


AWARDS = """<html><body><main>
<h2>Community Awards 2025</h2>
<p>Excerpts from the nomination letters follow.</p>
<h4>Lyle Norquay, school bus driver, Harrow Coach Lines</h4>
<blockquote><p>He has never missed a day in seventeen years. He knows every child's name.</p></blockquote>
<h4>Warren County</h4>
<blockquote><p>I nominate the whole county road crew. My street was plowed first every time.</p></blockquote>
</main></body></html>
"""

BULLETS = """FOR IMMEDIATE RELEASE

HALBROOK, Oct. 10 - Halbrook Regional Transit will change service on three routes. "We know this is hard for riders," said general manager Paul Ostrander.

The changes are:

        \u2014 Route 14 is suspended until further notice.

        \u2014 Route 22 will run every 40 minutes instead of every 20.

        \u2014 Saturday Service Restored

Riders can plan trips online.
"""


def test_blocks_about_a_person_a_place_s_heading_and_a_list_s_last_item_are_no_one_s():
    said = _said("awards.html", AWARDS, "release")
    assert said.get("He has never missed a da") is None   # written about him, in the third person
    assert said.get("I nominate the whole cou") is None   # a county is no one
    bullets = _said("release.txt", BULLETS, "release")
    assert bullets["\u2014 Route 14 is suspended "] is None


RELEASE = """City of Ashcombe - News release

ASHCOMBE, Jan. 14 - The City of Ashcombe will open three warming centres tonight.

Fire Chief Owen Blake said crews checked 40 homes of seniors living alone on Monday.

\u201cNobody in this city should be cold tonight,\u201d Mayor Ann Ruiz said.
"""


def test_a_release_s_speaker_does_not_say_what_it_reports_someone_else_said():
    said = _said("release.txt", RELEASE, "release", speaker="Ann Ruiz")
    assert said["ASHCOMBE, Jan. 14 - The "] == "Ann Ruiz"
    assert said["Fire Chief Owen Blake sa"] is None


def test_one_replies_line_in_a_survey_is_not_a_chat_app_s():
    survey = "Survey results\n\nQuestion 4 drew the most comments.\n57 replies\nThe form was edited (edited)\n"
    doc = read_document("survey.txt", survey.encode())
    assert "57 replies" in doc.text and "(edited)" in doc.text


# ---- round 2 (the review-22 rules, read again) ---------------------------------------------

STORY_WITH_FOOTER = """Port Agnes council votes to buy out Foundry Road homes

Mayor Ann Ruiz said the city could not ask families to wait. "These families have waited long enough," Ruiz said.

MORE FROM LOCAL NEWS

Politics \u00b7 2 hours ago
Province names new rail safety inspector

Business \u00b7 5 hours ago
Valcourt Foods to close Port Agnes plant

Weather \u00b7 1 day ago
Freezing rain warning for the south shore
"""


def test_a_news_page_s_more_from_footer_is_no_reddit_thread():
    assert _said("story.txt", STORY_WITH_FOOTER, "article")["These families have wait"] == "Ann Ruiz"


LEGEND_NAMES = """Port Agnes City Council -- Transcript excerpt
Speakers:
RUIZ   = Ann Ruiz (Mayor of Port Agnes)
OSTR   = Javier Ostrander (Councillor, Ward 3)

RUIZ: This special meeting will come to order. We are here because eleven cars left the tracks.

OSTR: Thank you, Madam Mayor. Foundry Road is in my ward.
"""

LEGEND_QA = """Interview with Mayor Ann Ruiz, Nov. 3
Q = Tessa Lind, Herald
A = Mayor Ruiz

Q: Why buy out only fourteen homes?

A: Because those are the homes the engineers told us are at risk.
"""


def test_a_legend_naming_people_before_their_role_and_a_q_and_a_key():
    said = _said("excerpt.txt", LEGEND_NAMES, "transcript")
    assert said["This special meeting wil"] == "Ann Ruiz"
    assert said["Thank you, Madam Mayor. "] == "Javier Ostrander"
    qa = _said("interview.txt", LEGEND_QA, "interview", speaker="Ann Ruiz")
    assert qa["Because those are the ho"] == "Ann Ruiz"
    assert qa["Why buy out only fourtee"] is None   # the questions stay the questioner's


def test_a_quote_then_its_speaker_telling_an_outlet_is_theirs():
    story = ("Fire Chief Owen Blake ordered the evacuation at midnight. Mayor Ann Ruiz arrived an hour later.\n\n"
             "\u201cLeave your homes now,\u201d Blake said.\n\n"
             "\u201cWe are staying right here.\u201d Ruiz told the Herald on Tuesday morning.\n")
    assert _speakers(story) == ["Owen Blake", "Ann Ruiz"]


NOTES_INVERTED = """# Unified Command

| Role | Name |
|---|---|
| Federal On-Scene Coordinator | Alana Whitford |
| Railroad representative | Bernard Ashgrove |

### Opening \u2014 Whitford (EPA)

- "We have recovered roughly 11,000 gallons of product from the creek."

### Railroad \u2014 Ashgrove (GL&T)

- Declined to discuss the cause. "I'd rather say nothing than say something I have to take back."
- Said Whitford: "We have not been given the car manifests."
"""


def test_an_inverted_attribution_under_a_briefing_heading_keeps_its_speaker():
    said = _said("notes.md", NOTES_INVERTED, "notes")
    assert said["I'd rather say nothing t"] == "Bernard Ashgrove"
    assert said["We have not been given t"] == "Alana Whitford"


CHAT_RELAYING = """#ops  (Ashcombe workspace)

Gwen Harlow  6:58 AM
morning all. pressure dipped again overnight

Tessa Lind  7:02 AM
Fire chief just told me: "Nobody goes past the tape until noon." so we wait

Gwen Harlow  7:09 AM
ok, I'll tell the crews

Tessa Lind  7:15 AM
thanks. I'll be at the staging area
"""


def test_one_message_relaying_a_quote_leaves_the_chat_a_chat():
    said = _said("chat.txt", CHAT_RELAYING, "transcript")
    assert said["morning all. pressure di"] == "Gwen Harlow"
    assert said["ok, I'll tell the crews"] == "Gwen Harlow"


def test_the_one_club_the_story_names_is_no_company():
    story = ("The Port Agnes Curling Club closed its rink after the ice plant failed. A refrigeration contractor "
             "from Moncton installed it in 2019.\n\n"
             "\u201cWe recommended replacing the compressor two years ago,\u201d the company said.\n")
    assert _speakers(story) == ["the company"]


def test_a_surname_used_alone_later_is_no_given_name_of_the_pair():
    story = ("Council passed the budget 7-2, with Abara and Marie Lavoie voting against it.\n\n"
             "\u201cThis budget is reckless,\u201d Abara said.\n")
    assert _speakers(story) != ["Abara Lavoie"]


RUNDOWN_VOX = """WPAG-TV NEWS AT SIX

((SUPER: MAYOR ANN RUIZ / PORT AGNES))
SOT IN: "We will..."
We will rebuild Foundry Road.
SOT OUT: "...Foundry Road."  (:04)

((NO SUPER -- VOX POP))
SOT IN: "I don't..."
I don't believe a word of it.
SOT OUT: "...of it."  (:03)

((SUPER: PORT AGNES, N.B.))
SOT IN: "It's gone..."
It's gone, all of it.
SOT OUT: "...of it."  (:02)
"""


def test_a_bite_with_no_super_of_its_own_is_no_one_s():
    said = _said("script.txt", RUNDOWN_VOX, "transcript")
    assert said["We will rebuild Foundry "] == "Ann Ruiz"
    assert said["I don't believe a word o"] is None   # a vox pop, not the mayor
    assert said["It's gone, all of it."] is None     # a place's super names no one


def test_a_title_is_no_given_name_for_an_initial():
    from desk.match.kin import short_form

    assert not short_form("M. Hale", ["Mayor Hale"])
