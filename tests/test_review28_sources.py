"""Sources that review 28's held-out library refused or read as no one's (session 42): a
Telegram Desktop chat export, a monitoring service's caption log with a clock time on every line
and unnamed voices the package names after each bite, and a LinkedIn post with its comments
copied from the browser.  The sources are written for these tests."""

from __future__ import annotations

import json

from desk.extract.formats import read_document
from tests.conftest import passages_by_opening

_said = passages_by_opening


TELEGRAM = json.dumps({"name": "Pell Neighbors 💧", "type": "public_supergroup", "id": 1, "messages": [
    {"id": 1, "type": "service", "actor": "Dawn Ridgely", "action": "pin_message", "text": ""},
    {"id": 2, "type": "message", "date_unixtime": "1739167120", "from": "Dawn Ridgely",
     "text": ["Pinned: ", {"type": "bold", "text": "River Rd is evacuated."}, " Shelter is open at the high school."]},
    {"id": 3, "type": "message", "date_unixtime": "1739171649", "from": "Hank O.", "text": "is the water ok to drink??"},
    {"id": 4, "type": "message", "date_unixtime": "1739172000", "from": "Dawn Ridgely",
     "forwarded_from": "Kittredge County OEM", "text": "From the county briefing: nobody was hurt."},
    {"id": 5, "type": "message", "date_unixtime": "1739173000", "from": "Aurelia Santos | Ward 2",
     "text": "Update from city hall: the intake stays closed through Friday."},
]})


def test_a_telegram_export_is_each_messages_sender_s():
    said = _said("chat.json", TELEGRAM, "transcript")
    assert said["Pinned: River Rd is evac"] == "Dawn Ridgely"
    assert said["From the county briefing"] == "Kittredge County OEM"   # forwarded: the county's words
    assert said["Update from city hall: t"] == "Aurelia Santos"        # "| Ward 2" is no part of the name


CLIP = """MEDIA MONITORING -- BROADCAST CLIP REPORT
Clip ID:          KTR-20250211-1801-0457
Station:          WKTR-TV (Channel 9)
Program:          9 News at Six

Transcript generated from broadcast closed captioning. Speaker changes are marked ">>".
----------------------------------------------------------
[06:01:12 PM] >> GOOD EVENING. WE BEGIN TONIGHT IN PELL
[06:01:15 PM] JUNCTION, WHERE FAMILIES ARE STILL WAITING.
[06:01:45 PM] >> I HAVE LIVED ON DEPOT STREET FOR THIRTY-
[06:01:48 PM] ONE YEARS. DON'T TELL ME ABOUT YOUR
[06:01:51 PM] PRIORITIES. SHOW ME.
[06:01:57 PM] >> THAT WAS EUNICE BARLOWE. SHE WAS ONE OF
[06:02:00 PM] ABOUT TWO HUNDRED PEOPLE AT THE MEETING.
[06:02:09 PM] >> WE PUT CARS IN YOUR RIVER AND WE ARE GOING
[06:02:12 PM] TO GET THEM OUT.
[06:02:24 PM] >> WHEN ONE MAN ASKED ABOUT THE BRIDGE, THE
[06:02:27 PM] RAILROAD DID NOT ANSWER DIRECTLY.
[06:02:45 PM] >> INSPECTED BY WHO? BY YOU.
[06:02:48 PM] >> LIVE IN PELL JUNCTION, NINE NEWS.
"""


def test_a_caption_log_loses_its_clock_times_and_a_bite_is_the_one_named_after_it():
    doc = read_document("clip.txt", CLIP.encode())
    assert "[06:01:48 PM]" not in doc.text and "FOR THIRTY-\nONE YEARS" in doc.text
    said = _said("clip.txt", CLIP, "captions")
    assert said["I HAVE LIVED ON DEPOT ST"] == "Eunice Barlowe"
    assert said["WE PUT CARS IN YOUR RIVE"] is None   # no one names this one
    assert not any(text.startswith(("KTR-", "WKTR")) for text in said)   # the report's fields, no one's


LINKEDIN = """Feed post

Garrett Holdane
 • 3rd+
Vice President, Operations at Ardent Southern Railway | Safety-first railroader
1d •  Edited •
Follow

Nine days ago I got the phone call every railroader dreads.

Railroading is a team sport. This week my team fell short of what this town deserved.

#RailSafety #PellJunction
…see more

412
412 reactions
96 comments

Like
Comment
Repost

Most relevant
Felix Amundsson
 • 2nd
Principal, Amundsson Rail Risk Consulting
1d
Respectfully, Garrett, "we will fix it" is what every carrier says in week one.
Like

Reply
38 Reactions

Garrett Holdane
Author
Vice President, Operations at Ardent Southern Railway
22h
Felix, fair point. Budget season is in October. Ask me then.
Like
"""


def test_a_linkedin_post_and_its_comments_are_each_their_writers():
    said = _said("post.txt", LINKEDIN, "article")
    assert said["Nine days ago I got the "] == "Garrett Holdane"
    assert said["Railroading is a team sp"] == "Garrett Holdane"
    assert said['Respectfully, Garrett, "'] == "Felix Amundsson"
    assert said["Felix, fair point. Budge"] == "Garrett Holdane"
    assert not any(text.startswith(("Vice President", "412", "Like", "#Rail", "Principal")) for text in said)


def _numbered_page(number: int, lines: list[str]) -> str:
    body = "\n".join(f"{n:2d}  {line}" for n, line in enumerate(lines, 1))
    return (f"{' ' * 60}{number}\n{body}\n\n                    TRI-COUNTY REPORTING, INC.\n"
            "                 Court Reporting and Transcription\n                          (555) 010-4477\n")


COVER = """                                                            1
                    STATE DEPARTMENT OF TRANSPORTATION
                            RAIL SAFETY OFFICE

  Interview of:  ROY PETTIBOYNE, Conductor

  APPEARANCES:
       HELEN MARSHE, Investigator in Charge

                    TRI-COUNTY REPORTING, INC.
                 Court Reporting and Transcription
                          (555) 010-4477
"""

INTERVIEW = "\f".join([COVER, _numbered_page(2, [
    "            MS. MARSHE:  Okay, we're on the record. Walk us through",
    "the approach on the night of the 9th.",
    "            MR. PETTIBOYNE:  We came out of Corliss about 10:50.",
    "We were running at 38, which is under the timetable speed of",
    "40 there. Coming down the"]), _numbered_page(3, [
    "grade toward the river, I felt a bump. Not a big bump.",
    "            MS. MARSHE:  Had you felt that spot before?",
    "            MR. PETTIBOYNE:  That spot, yes. It had been soft",
    "since the fall."])])


def test_a_line_numbered_interview_with_a_cover_and_a_three_line_foot_is_read_turn_by_turn():
    doc = read_document("interview.txt", INTERVIEW.encode())
    assert "Coming down the grade toward the river" in " ".join(doc.text.split())   # no foot between
    assert "TRI-COUNTY" not in doc.text
    said = _said("interview.txt", INTERVIEW, "interview")
    assert said["We came out of Corliss a"] == "Roy Pettiboyne"
    assert said["That spot, yes. It had b"] == "Roy Pettiboyne"


def test_a_chats_short_names_are_forms_of_the_draft_s_names(runner, tmp_path):
    # a chat shows "Hank O." and "T.J. Mabry"; the story names Hank Ostrowski and Terrence Mabry:
    # the same people.  (Left: a draft's person the library does not know by any name, Hank
    # Ostrowski here, is not looked up by such a form, so his quote is still misattributed.)
    from desk.match.kin import short_form
    from tests.conftest import checked_quotes

    assert short_form("Hank O.", ["Hank Ostrowski"]) and short_form("T.J. Mabry", ["Terrence Mabry"])
    assert not short_form("Hank O.", ["Frank Ostrowski"]) and not short_form("T.J. Mabry", ["Jane Mabry"])
    chat = json.dumps({"name": "Neighbors", "type": "public_supergroup", "id": 1, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1", "from": "Hank O.",
         "text": "anybody know if the water is ok to drink?? my sister says the whole river is diesel now"},
        {"id": 2, "type": "message", "date_unixtime": "2", "from": "T.J. Mabry",
         "text": "Store is out of bottled water. I am NOT raising prices, anybody who tells you different is lying."}]})
    source = tmp_path / "chat.json"
    source.write_text(chat, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Terrence Mabry, who owns the hardware store, wrote that he was \u201cNOT raising prices, "
                     "anybody who tells you different is lying.\u201d\n", encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert quote["verdict"] == "exact"
