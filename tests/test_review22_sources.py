"""Sources that review 22's held-out library refused or read wrong (session 41): a captioner's
SSA/ASS file, a Slack channel's JSON export, a 9-1-1 call's records release with a legend, a
television newsroom's as-aired script, a Reddit thread copied as text, and a joint information
centre's briefing notes with headings naming who spoke.  The sources are written for these tests."""

from __future__ import annotations

import json

from desk.extract.formats import read_document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment
from desk.match.kin import short_form
from tests.conftest import passages_by_opening

_said = passages_by_opening


def _who_said(name: str, data: str, kind: str, words: str) -> str | None:
    """The speaker of the passage that holds ``words``."""
    doc = read_document(name, data.encode())
    return next(s.speaker for s in segment(doc, kind) if words in " ".join(doc.text[s.start:s.end].split()))


ASS = """[Script Info]
Title: Port Agnes City Council - Special Meeting
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,54,&H00FFFFFF,0,2,80,80,60,1
Style: Chyron,Arial Narrow,44,&H00FFFFFF,-1,1,60,60,40,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Comment: 0,0:00:00.00,0:00:03.00,Default,,0,0,0,,{captioner note: audio began late}
Dialogue: 0,0:00:03.40,0:00:09.46,Default,MAYOR PROCHASKA,0,0,0,,This special meeting of the Port Agnes\\NCity Council will come to order.
Dialogue: 0,0:00:09.54,0:00:15.60,Default,,0,0,0,,We are here because eleven cars left the tracks.
Dialogue: 1,0:00:15.00,0:00:20.00,Chyron,,0,0,0,,FIRE CHIEF MARCUS TILLERY
Dialogue: 0,0:00:15.68,0:00:21.74,Default,CM OSTRANDER,0,0,0,,Thank you, Madam Mayor. Foundry Road is in my ward.
Dialogue: 0,0:00:21.82,0:00:27.88,Default,PUBLIC COMMENT - L. BRANDVOLD,0,0,0,,{\\\\an8}My well is four hundred yards from that creek.
"""


def test_ssa_ass_captions_are_read():
    said = _said("meeting.ass", ASS, "captions")
    assert said["This special meeting of "] == "Prochaska"
    assert _who_said("meeting.ass", ASS, "captions", "We are here because") == "Prochaska"   # a blank Name: going on
    assert said["Thank you, Madam Mayor. "] == "Ostrander"        # "CM" is a councilmember's title
    assert said["My well is four hundred "] == "L. Brandvold"     # the role before the dash is no name
    assert not any("TILLERY" in text for text in said)            # an on-screen caption is no one's speech
    assert read_document("meeting.ass", ASS.encode()).cues[0].t_start == 3.4


SLACK = [
    {"type": "message", "subtype": "channel_join", "user": "U1", "text": "<@U1> has joined the channel", "ts": "1748862131.0"},
    {"type": "message", "user": "U1", "ts": "1748862760.0", "text": "Heads up <!channel>. I don't trust that timeline yet.",
     "user_profile": {"real_name": "Doug Pelletier", "display_name": "Doug P - CEMC"}},
    {"type": "message", "user": "U2", "ts": "1748863000.0", "text": "Honestly that's the part that makes me angriest."},
    {"type": "message", "user": "U2", "ts": "1748863100.0", "text": "*Intake closed 0600.* Thanks <@U1> &amp; team.",
     "user_profile": {"real_name": "R\u00e9jean Castonguay"}},
]


def test_a_slack_export_s_messages_are_their_writers():
    said = _said("channel.json", json.dumps(SLACK), "transcript")
    assert said["Heads up @channel. I don"] == "Doug Pelletier"
    # a message the export gave no profile is the writer another message of that user names
    assert said["Honestly that's the part"] == "R\u00e9jean Castonguay"
    assert _who_said("channel.json", json.dumps(SLACK), "transcript", "Intake closed 0600.") == "R\u00e9jean Castonguay"
    doc = read_document("channel.json", json.dumps(SLACK).encode())
    assert "@Doug Pelletier & team" in doc.text and "has joined" not in doc.text and "*" not in doc.text


CALL = """MARRIN COUNTY EMERGENCY COMMUNICATIONS DISTRICT
Public Records Release PR-2025-0417
Transcript of recorded 9-1-1 call
Trunk: 911-04   Position: CT-3

LEGEND
  CT  = Call-taker (Telecommunicator Kayla Abernathy, badge 2231)
  C1  = Caller (identified during the call as Wendell Rusk, Foundry Road)
  C2  = Second voice on caller's line (unidentified adult female)

[00:00:00] CT: Marrin County 9-1-1, what is the address of your emergency?

[00:00:03] C1: I'm on Foundry Road, right by the tracks. There's a train off the tracks.

[00:00:41] C2: It's coming in under the door, Wendell.

[00:00:44] C1: Yeah it's coming in under the door.
"""


def test_a_records_release_s_legend_names_its_voices():
    said = _said("call.txt", CALL, "transcript")
    assert said["Marrin County 9-1-1, wha"] == "Kayla Abernathy"
    assert said["I'm on Foundry Road, rig"] == "Wendell Rusk"
    assert said["It's coming in under the"] is None   # unidentified: no one, not "C2"


SCRIPT = """WPAG-TV CHANNEL 7  |  NEWS 7 AT SIX
AS-AIRED SCRIPT -- ARCHIVE COPY

[RENATA OC]
GOOD EVENING. MORE THAN TWO HUNDRED FAMILIES ARE AWAY FROM HOME TONIGHT.

{{TRACK - TESSA}}
Eunice Pardo had about ten minutes to get out of her house.

((SUPER: EUNICE PARDO / EVACUATED FROM FOUNDRY RD))
SOT IN: "We grabbed the kids..."
We grabbed the kids and the dog and the medicine and that was it.
SOT OUT: "...that was it."  (:09)

((SUPER: CHIEF MARCUS TILLERY / PORT AGNES FIRE DEPT.))
SOT IN: "The air on Foundry..."
The air on Foundry Road is better today, but better isn't good enough.
SOT OUT: "...good enough."  (:12)

[LIVE Q&A -- BOX/BOX]   ((SUPER: MAYOR REJEAN CASTONGUAY / CARROW BAY -- VIA ZOOM))

CC (unedited, pasted from caption server):
>> MAYOR, HOW WORRIED ARE YOU TONIGHT?
>> WORRIED IS A FAIR WORD. WE ARE TAKING NO CHANCES.
>> MAYOR CASTONGUAY, THANK YOU.

[RENATA OC]
THAT IS OUR BROADCAST.
"""


def test_an_as_aired_script_s_sound_bites_are_the_supers_people():
    said = _said("script.txt", SCRIPT, "transcript")
    assert said["We grabbed the kids and "] == "Eunice Pardo"
    assert said["The air on Foundry Road "] == "Marcus Tillery"
    assert said["WORRIED IS A FAIR WORD. "] == "Rejean Castonguay"
    assert said["MAYOR, HOW WORRIED ARE Y"] is None           # the anchor's question
    assert said["MAYOR CASTONGUAY, THANK "] is None           # the anchor thanking the guest
    assert not any(text.startswith(("SOT", '"We grabbed')) for text in said)   # the cue lines repeat the bite


REDDIT = """r/PortAgnes
Posted by u/JOstrander_Ward3 \u00b7 1 day ago

I'm Javier Ostrander, Port Agnes City Council, Ward 3. Ask me anything about the derailment.

412 comments \u00b7 Share \u00b7 Save

level 1
riverrat_1988 \u00b7 1 day ago
When can Foundry Road go home? My mom is 81.

    level 2
    JOstrander_Ward3 OP \u00b7 1 day ago
    I'm sorry about your mom. The honest answer is I don't know.
    Reply \u00b7 211 points

        level 3
        riverrat_1988 \u00b7 1 day ago
        Thanks for answering.
"""


def test_a_reddit_thread_s_comments_are_their_accounts():
    said = _said("thread.txt", REDDIT, "transcript")
    assert said["I'm sorry about your mom"] == "Javier Ostrander"   # the poster, who says who he is
    assert said["When can Foundry Road go"] is None                 # a handle is no name
    assert not any(text.startswith(("level", "Reply", "412 comments")) for text in said)


NOTES = """# Unified Command

## Public briefing notes

> Text inside quotation marks is verbatim. Everything else is a summary.

| Role | Name |
|---|---|
| Federal On-Scene Coordinator | Alana Whitford |
| Railroad representative | Bernard Ashgrove |

### Opening \u2014 Whitford (EPA)

- "We have recovered roughly 11,000 gallons of product from the creek."

### Railroad \u2014 Ashgrove (GL&T)

- Said the company was "not walking away from Port Agnes, not next month and not next year."
- Declined to discuss the cause. "I'd rather say nothing than say something I have to take back."
"""


def test_briefing_notes_headings_name_who_spoke():
    said = _said("notes.md", NOTES, "notes")
    assert said["We have recovered roughl"] == "Alana Whitford"
    assert said["not walking away from Po"] == "Bernard Ashgrove"   # a note with no subject: the section's
    assert said["I'd rather say nothing t"] == "Bernard Ashgrove"


def test_a_sentence_of_its_own_after_a_quote_is_not_its_attribution():
    story = ("Bernard Ashgrove spoke first. \u201cThat is a fair criticism. We should have called.\u201d Pelletier said "
             "the railroad had since called him twice.\n")
    assert [q.speaker for q in find_quotes(story)] == ["Bernard Ashgrove"]


def test_an_initial_for_the_given_name_is_a_short_form():
    assert short_form("B. Ashgrove", ["Bernard Ashgrove"])
    assert not short_form("B. Ashgrove", ["Anne Ashgrove"])


ASSEMBLYAI = {"id": "b41e7c2a", "status": "completed", "text": "…", "utterances": [
    {"speaker": "A", "text": "Mr. Lindahl, thanks for making time.", "start": 1840, "end": 7321},
    {"speaker": "B", "text": "Happy to do it, Hollis. Long is one word for it.", "start": 7400, "end": 9900},
    {"speaker": "C", "text": "Hi Hollis, it's Tamsin Rourke, I'm on the line as well.", "start": 10000, "end": 13000},
    {"speaker": "B", "text": "The honest answer is we don't know yet.", "start": 13100, "end": 16000},
]}


def test_an_assemblyai_export_is_read_and_a_voice_names_itself_on_a_call():
    said = _said("call.json", json.dumps(ASSEMBLYAI), "interview")
    assert said["Hi Hollis, it's Tamsin R"] == "Tamsin Rourke"      # "it's X, I'm on the line"
    doc = read_document("call.json", json.dumps(ASSEMBLYAI).encode())
    assert doc.cues[0].t_start == 1.84                               # milliseconds


NEWSLETTER = """<html><body><article>
<h1>Nobody was in charge at 2:44 a.m.</h1>
<p>I have spent most of this week in the hotel lobbies in Fenwick, where 300 of my constituents are sleeping.</p>
<p>Fire Chief Luis Carvalho said the tank car is stable.</p>
<p>A railway that moves hazardous cargo through a town should not grade its own homework.</p>
</article></body></html>
"""


def test_an_article_added_with_its_writer_is_theirs():
    said = _said("newsletter.html", NEWSLETTER, "article", speaker="Owen Fitzhugh")
    assert said["I have spent most of thi"] == "Owen Fitzhugh"
    assert said["A railway that moves haz"] == "Owen Fitzhugh"
    assert said["Fire Chief Luis Carvalho"] is None   # what he reports someone else said is no one's


def test_a_numbered_voice_hailed_by_the_turn_before_is_the_one_hailed():
    said = _said("call.json", json.dumps(ASSEMBLYAI), "interview")
    assert said["Happy to do it, Hollis. "] == "Lindahl"     # "Mr. Lindahl, thanks for making time." before it
    assert said["The honest answer is we "] == "Lindahl"
    assert said["Mr. Lindahl, thanks for "] is None          # the one who hailed him is still no one


def test_a_transcript_whose_voices_the_desk_cannot_name_says_so_at_ingest(runner, tmp_path):
    unnamed = tmp_path / "call.json"
    unnamed.write_text(json.dumps({"segments": [
        {"speaker": "SPEAKER_00", "text": " Thanks for joining us today.", "start": 0, "end": 2},
        {"speaker": "SPEAKER_01", "text": " Happy to be here. The plant will close in March.", "start": 2, "end": 5}]}),
        encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(unnamed), "--kind", "transcript"])
    assert out.exit_code == 0 and "could not name any of its voices" in out.output   # stored, and said
    named = tmp_path / "presser.txt"
    named.write_text("OKAFOR: The plant will close in March.\n\nREPORTER: Why?\n\nOKAFOR: Costs.\n", encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(named), "--kind", "transcript"])
    assert out.exit_code == 0 and "could not name" not in out.output
