"""Source layouts of session 43 (reviews 29 and 30), each read wrongly or refused before: a video
wire's shotlist, a neighbourhood site's thread copied from the browser, a video editor's
transcript export, and a news conference whose labels end in a dash.  Written for these tests."""

from __future__ import annotations

from tests.conftest import passages_by_opening

SHOTLIST = """LAKEWIRE VIDEO - NORTH DESK
HEADLINE: Flood closes bridge in river town
RESTRICTIONS: NO ARCHIVE USE.
ASPECT RATIO: 16:9

SHOTLIST:
ORRIN FALLS, UNITED STATES (MARCH 3, 2026) (LAKEWIRE)
1. AERIAL OF FLOODED BRIDGE
2. (SOUNDBITE) (English) MAYOR OF ORRIN FALLS, DANA PIKE, SAYING:
"The bridge stays closed until an engineer tells me it is safe. Not a day sooner."

ORRIN FALLS, UNITED STATES (MARCH 3, 2026) (LAKEWIRE)
3. RESIDENTS FILLING SANDBAGS
4. (SOUNDBITE) (Spanish) RIVERSIDE RESIDENT, MARTA SOLIS, SAYING:
"We lost the basement twice in three years."
5. (SOUNDBITE) (English) CHIEF ENGINEER, ORRIN FALLS PUBLIC WORKS, TOM HALE, SAYING:
"Two of the piers moved. We will know more when the water drops."

STORYLINE:
Floodwater closed the only bridge in Orrin Falls on Tuesday (March 3). Mayor Dana Pike said the
bridge would stay shut "until an engineer tells me it is safe," and public works staff began
inspecting the piers.
"""


def test_a_shotlist_gives_each_sound_bite_to_the_person_its_line_names():
    said = passages_by_opening("shotlist.txt", SHOTLIST, "transcript")
    assert said['"The bridge stays closed'] == "Dana Pike"
    assert said['"We lost the basement tw'] == "Marta Solis"   # a translated bite is still hers
    assert said['"Two of the piers moved.'] == "Tom Hale"
    assert "Restrictions" not in said.values() and "Aspect Ratio" not in said.values()
    assert not any(opening.startswith("AERIAL") or opening.startswith("RESIDENTS") for opening in said)


THREAD = """Ana Ruiz
Old Mill · 3 Mar
Anyone else lose power on Birch Street?

It went out at six and the utility line just rings. We have a baby and a fridge full of milk.
Like
Comment
Share
14
6 comments

Orrin Falls Power
Agency
Crews are on Birch Street now and we expect power back by noon. Please stay clear of the lines on Elm. - Jo Dunmore, Outage Manager
3 Mar
Like
Reply
22

Ben Okafor
Birch Street
Ours came back at 11:40. Thanks to the crew.
3 Mar
Like
Reply
3

Orrin Falls Power
Agency
Elm Street is safe again. - JD
3 Mar
Like
Reply
5
"""


def test_a_copied_neighbourhood_thread_gives_each_post_to_its_writer_or_signer():
    said = passages_by_opening("thread.txt", THREAD, "transcript")
    assert said["It went out at six and t"] == "Ana Ruiz"
    assert said["Crews are on Birch Stree"] == "Jo Dunmore"   # the agency's post, signed
    assert said["Ours came back at 11:40."] == "Ben Okafor"
    assert said["Elm Street is safe again"] == "Jo Dunmore"   # signed with her initials
    assert not any(opening in ("Like", "Reply", "Agency", "Birch Street") for opening in said)


EXPORT = """00:00:00:00 - 00:00:03:10
Speaker 1
Can you tell me your name and what you do?

00:00:03:20 - 00:00:09:02
Dana Pike
Dana Pike. I'm the mayor of Orrin Falls, and I have been for six years.

00:00:09:10 - 00:00:12:00
Speaker 1
When did the water start rising?

00:00:12:05 - 00:00:20:11
Dana Pike
Around two in the morning. By four it was over the road, and you do not

00:00:20:12 - 00:00:21:02
Dana Pike
drive through that.
"""


def test_a_video_editors_transcript_export_gives_each_block_to_its_speaker():
    said = passages_by_opening("interview.txt", EXPORT, "interview")
    assert said["Dana Pike. I'm the mayor"] == "Dana Pike"
    assert said["Can you tell me your nam"] is None   # "Speaker 1", never renamed: no one
    # a sentence broken over two blocks of one speaker reads on, and is hers
    joined = [opening for opening, who in said.items() if opening.startswith("Around two") and who == "Dana Pike"]
    assert joined


CONFERENCE = """STATE NEWS NETWORK
NEWS CONFERENCE WITH GOV. DANA PIKE
ON THE PODIUM
    Gov. Dana Pike
    Hollis Crane, Press Secretary to the Governor
    Teresa Lugo, interpreter

PRESS SECRETARY CRANE — Good morning. The governor will speak first.

GOV. PIKE — Thank you, Hollis. The bridge stays closed until the engineers say otherwise.

GOV. PIKE — We will pay for the repairs from the emergency fund.

REPORTER — Governor, how long will it take?

GOV. PIKE — Weeks, not days.

INTERPRETER LUGO — The governor says the shelters stay open.

PRESS SECRETARY CRANE — Last question.

GOV. PIKE — Thank you all.
"""


def test_labels_ended_by_a_dash_are_labels_and_a_post_before_a_surname_is_the_header_person():
    said = passages_by_opening("conference.txt", CONFERENCE, "transcript")
    assert said["Thank you, Hollis. The b"] == "Dana Pike"
    assert said["Good morning. The govern"] == "Hollis Crane"
    assert said["The governor says the sh"] == "Teresa Lugo"
    assert said["Governor, how long will "] is None   # the unnamed reporter


def test_a_dateline_dash_alone_is_no_label():
    story = ("ORRIN FALLS — The bridge closed Tuesday. “It stays closed until an engineer tells me it is "
             "safe,” Mayor Dana Pike said.\n\nCrews began work Wednesday.\n")
    said = passages_by_opening("story.txt", story, "article")
    assert "Orrin Falls" not in said.values()


MICRODVD = """{1}{1}25.000
{0}{100}{y:i}[BAY TONIGHT]
{120}{230}HOST: Good evening. Day three|without safe tap water.
{620}{720}NGATA: No. Politics is pretending|it was bad luck.
{2270}{2330}- HOST: Mayor Brandvold...|- NGATA: I'm not done.
{2335}{2440}The businesses on Carrick Street|aren't a line item.
"""


def test_microdvd_subtitles_are_read_as_captions_a_dialogue_cue_split_by_its_dashes():
    said = passages_by_opening("bay.sub", MICRODVD, "captions")
    assert said["No. Politics is pretendi"] == "Ngata"
    assert said["Mayor Brandvold..."] == "Host" or said["Mayor Brandvold..."] is None
    assert any(opening.startswith("I'm not done.") and who == "Ngata" for opening, who in said.items())


def test_a_vobsub_picture_file_is_refused_with_a_message():
    import pytest

    from desk.extract.decoding import ExtractError
    from desk.extract.formats import read_document

    with pytest.raises(ExtractError, match="pictures of subtitles"):
        read_document("movie.sub", b"\x00\x00\x01\xba" + b"\x00" * 200)


ZOOM = """19:00:42 From  Rupert Ngata (Ward 4 Councillor)  to  Everyone:
\tWelcome, everyone. We'll start in two minutes.
19:03:58 From  Wendell Apps  to  Everyone:
\tI run Apps' Diner on Carrick. Who pays for three days of no revenue?
19:04:40 From  Rupert Ngata (Ward 4 Councillor)  to  Everyone:
\tReplying to "I run Apps' Diner on Carrick. Who pays...":

\tWendell, I hear you. There will be a relief program by the end of the week.
19:08:45 From  Wendell Apps  to  Everyone:
\tReacted to "Wendell, I hear you. There will be a..." with 👍
"""


def test_a_saved_meeting_chat_gives_each_message_to_its_sender():
    said = passages_by_opening("chat.txt", ZOOM, "transcript")
    assert said["Welcome, everyone. We'll"] == "Rupert Ngata"
    assert said["I run Apps' Diner on Car"] == "Wendell Apps"
    assert said["Wendell, I hear you. The"] == "Rupert Ngata"   # not the "Replying to" cut of Wendell's
    assert not any(opening.startswith(("Replying to", "Reacted to")) for opening in said)


BOARD_PAGE = """<html><body><main><h1>Transcript: joint news conference</h1>
<p class="note">Remarks in French are followed by the interpretation, marked [Interpretation].</p>
<dl class="turns">
<dt>Dorothy Lund, Chair, Harlow Bay District School Board</dt>
<dd><p>Good morning. Both boards have agreed that schools will remain closed.</p></dd>
<dt>Question (Jess Whitford, Harlow Bay Courier)</dt>
<dd><p>Will students lose instructional days?</p></dd>
<dt>Dorothy Lund</dt>
<dd><p>No student will be penalized because of a water main.</p></dd>
</dl></main></body></html>"""


def test_a_transcript_written_as_a_definition_list_gives_each_term_its_turn():
    said = passages_by_opening("board.html", BOARD_PAGE, "transcript")
    assert said["Good morning. Both board"] == "Dorothy Lund"
    assert said["No student will be penal"] == "Dorothy Lund"
    assert said["Will students lose instr"] is None   # a reporter's question


SITREP = """
6. APPROVED MEDIA LINES (for use by PIOs; attribute as shown)

   Attributable to Dr. Priyanka Halvorsen, Acting Medical Officer of Health:
   > "The advisory will lift when the water tells us it's safe, not when the calendar does."
   > "Boiling works. If you are boiling your water for one full minute, you are protected."
   > "If you or a family member develop vomiting or diarrhea, call your doctor or Health Connect and mention the advisory."

   Attributable to Fire Chief Gareth Lomond, EOC Director:
   > "We reached more than six hundred homes in the Lakeview towers today, and we will keep knocking until every door has been answered."
   > "Our hydrants east of the river are working. Pressure is lower, so we've brought our own water to every call."

   Attributable to Tobias Greer, General Manager, Harlow Bay Water:
   > "The new section is on site and our crews will work through the night to install it."

"""


def test_media_lines_are_the_ones_each_attributable_line_names():
    from desk.extract.quotes import find_quotes

    assert [q.speaker for q in find_quotes(SITREP)] == ["Priyanka Halvorsen"] * 3 + ["Gareth Lomond"] * 2 + ["Tobias Greer"]


TRINT = """Auto-transcript (Trint export). Speaker names NOT assigned in file - see key below.
  Speaker 1 = S/Sgt. Dana Whitcombe, media relations (chairing)
  Speaker 2 = Chief Miriam Castellano
  Speaker 3 = Deputy Chief Alan Pruitt
Not checked against audio.

Speaker 1  00:00:03
Good morning, everyone. Chief Castellano will make a short statement.

Speaker 2  00:00:20
Thank you, Dana. On Saturday night a young man in our community was in crisis.

Speaker 3  00:01:10
The crisis team was not available that night.

Speaker 2  00:01:58
That is a resourcing failure, and it is mine to fix.
"""


def test_a_key_naming_a_transcription_apps_numbered_voices_names_their_turns():
    said = passages_by_opening("presser.txt", TRINT, "transcript")
    assert said["Thank you, Dana. On Satu"] == "Miriam Castellano"
    assert said["The crisis team was not "] == "Alan Pruitt"
    assert said["Good morning, everyone. "] == "Dana Whitcombe"   # "S/Sgt.": a Canadian police rank


TABLE_SCRIPT = ("Key to speakers\n\nCode\tPerson\n\n"
                "SO #1\tSubject officer – Constable Eric Lindgren (#2291), Patrol Division\n\n"
                "CW #1\tCivilian witness – the caller, sister of the affected person\n\n"
                "AP\tAffected person – Jonah Moyo, 26\n\n"
                "Transcript\n\nTime\tSpeaker\tUtterance\n\n"
                "SO #1\tMa'am, I need you to come down the stairs toward me. Right now.\n\n"
                "CW #1\tI called you to help him, not to hurt him.\n\n"
                "AP\tI'm not going with you. You're not real.\n\n"
                "—\t[Sound consistent with a discharge]\n\n"
                "SO #1\tLess lethal deployed. He's down.\n")


def test_a_transcript_table_gives_each_row_to_the_person_its_code_names_in_the_key():
    said = passages_by_opening("appendix.txt", TABLE_SCRIPT, "transcript")
    assert said["Ma'am, I need you to com"] == "Eric Lindgren"
    assert said["I'm not going with you. "] == "Jonah Moyo"
    assert said["I called you to help him"] is None   # the key describes her, names no one
    assert not any(opening.startswith("[Sound") for opening in said)


BAIL = """        MR. FRAYNE:  Your Worship, the defence has a proposed
surety in court, Mr. Moyo's sister, Tessa Moyo.
        THE COURT:  Go ahead.
              TESSA MOYO: SWORN
              EXAMINATION IN-CHIEF BY MR. FRAYNE:
Q.  Where would your brother live if he is released?
A.  He can live with me. I've already taken the knives out.
              CROSS-EXAMINATION BY MS. OLUSANYA:
Q.  You'd agree you couldn't control him that night?
A.  I couldn't control him that night, no. Nobody could have.
"""


def test_a_canadian_records_examination_in_chief_and_sworn_line_name_the_witness():
    said = passages_by_opening("bail.txt", BAIL, "transcript")
    assert said["He can live with me. I'v"] == "Tessa Moyo"
    assert said["I couldn't control him t"] == "Tessa Moyo"
