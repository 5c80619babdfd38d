"""Sources that review 25's held-out library read as no one's or the wrong person's (session 42):
an oral history whose header names each voice with its initials, a TV rush transcript with a
time stamp over each speaker's name, text messages transcribed for a court exhibit with a key
to their senders, and a meeting's notes in Markdown with headings naming who spoke.  The
sources are written for these tests."""

from __future__ import annotations

from tests.conftest import checked_quotes, passages_by_opening

_said = passages_by_opening


ORAL_HISTORY = """HARBOR HISTORICAL SOCIETY
Oral History Project — Interview No. 2023-017

Narrator:     Edith "Edie" Marwood (EM), b. 1946. Operator, then chief operator,
              municipal water plant, 1968–2009.
Interviewer:  Benedikt Lorne (BL), Society volunteer
Date/place:   June 14, 2023, narrator's home

[00:31:10]

BL: You were there when the city started talking about lead. When was that?

EM: The first time I heard anybody say "lead" out loud in that building was '86. The records were index cards.

BL: Were people worried, back then?

EM: Not the way they are now. People trusted the tap. You tell people fast.
"""


def test_an_oral_historys_initials_are_the_voices_its_header_names():
    said = _said("oral.txt", ORAL_HISTORY, "interview")
    assert said["The first time I heard a"] == "Edith Marwood"   # the nickname is no part of the name
    assert said["You were there when the "] == "Benedikt Lorne"
    assert said["Not the way they are now"] == "Edith Marwood"


RUSH = """WXYZ-TV 12  |  "HARBOR WEEK WITH PRISCILLA NAYLOR"
RUSH TRANSCRIPT. This copy may not be in its final form and may be updated.

[00:00:08]
PRISCILLA NAYLOR (HOST)
Good evening and welcome to Harbor Week. Mr. Abernethy, what happened on Pell Street?

[00:00:31]
CURTIS ABERNETHY (GENERAL MANAGER, HARBOR WATER AUTHORITY)
Monday afternoon we had a break on a twelve-inch main under Pell Street. That main was put in in 1931.

[00:00:58]
NAYLOR
But not until eleven-thirty that night.

[00:01:04]
ABERNETHY
That's fair. We got the notice out too late, and that's on me.

[00:01:45]
MARCO IANNUCCI (CITY COUNCIL, WARD 5) [remote]
Look, I've got nothing against a timeline. This council approved every dollar they asked for.

[00:02:05]
ABERNETHY
It's about time as much as money.
"""


def test_a_rush_transcripts_time_stamp_over_a_name_opens_a_turn():
    said = _said("rush.txt", RUSH, "transcript")
    assert said["Good evening and welcome"] == "Priscilla Naylor"
    assert said["Monday afternoon we had "] == "Curtis Abernethy"
    assert said["That's fair. We got the "] == "Curtis Abernethy"   # "ABERNETHY" alone later
    assert said["But not until eleven-thi"] == "Priscilla Naylor"
    assert said["[remote] Look, I've got "] == "Marco Iannucci"


EXHIBIT = """TOMASZ WIELAND v. BRIGHTWATER PIPE LLC                  Case No. 2025-CV-00412

                                   EXHIBIT C
TRANSCRIPTION OF TEXT MESSAGES

KEY TO SPEAKERS:
  [R]  Right-hand (blue) bubbles: messages SENT from Plaintiff's phone
       (Tomasz Wieland, site foreman until February 7, 2025).
  "Dale H."       = Defendant Dale Hollister, owner, Brightwater Pipe LLC
  "Janelle WA"    = Janelle Pruett, Capital Projects Manager, Water Authority

-------------------------------------------------------------------------------
WIELAND 000041                         Group: "PELL ST CREW" (4 participants)
-------------------------------------------------------------------------------
                          Tue, Jan 14 at 6:52 AM

Dale H.:  Pell st today. start at 1400 block. locates are done dont wait on them

[R]       Locates on the main are from 2019. Marks are gone under the snow. I want
          them redone before we put the excavator in

Dale H.:  Theyre fine. we are 3 weeks behind tom. Dig

[R]       [thumbs up]

-------------------------------------------------------------------------------
WIELAND 000043                      Direct message: "Janelle WA"
-------------------------------------------------------------------------------
                          Tue, Jan 14 at 12:40 PM

Janelle WA:  Thanks for telling me. Inspector is tied up on Tanner until
             tomorrow. Backfill carefully

[R]       Will do. For the record I asked for new locates this morning

I certify that the foregoing is a true and accurate transcription.
"""


def test_text_messages_transcribed_with_a_key_are_each_senders(tmp_path, runner):
    said = _said("exhibit.txt", EXHIBIT, "transcript")
    assert said["Locates on the main are "] == "Tomasz Wieland"   # "[R]": the phone's owner
    assert said["Theyre fine. we are 3 we"] == "Dale Hollister"
    assert said["Thanks for telling me. I"] == "Janelle Pruett"
    assert said["Will do. For the record "] == "Tomasz Wieland"
    assert not any(text.startswith(("KEY TO", "WIELAND 0", "Tue, Jan", "[thumbs", "I certify")) for text in said)
    source = tmp_path / "exhibit.txt"
    source.write_text(EXHIBIT, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Wieland texted his boss that the marks were gone: “I want them redone before we put the "
                     "excavator in,” he wrote.\n\n“Theyre fine,” Dale Hollister replied.\n", encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "transcript")
    assert [q["verdict"] for q in quotes] == ["exact", "exact"]


NOTES = """# Eastside Community Meeting — Boil-Water Notice

**Notes:** Kenji Morrow. *Working notes, not minutes. Only text in quotation marks is verbatim.*

## Present

- **Water Authority:** Curtis Abernethy (General Manager), Janelle Pruett (Capital Projects Manager)
- **City:** Councilmember Rosalind Teale (Ward 3)
- **State DOH:** Dr. Vikram Solano (by phone)

## 1. Opening — Abernethy

- Thanked residents for coming.
- "The notice went out late. That's on me."

## 2. State update — Dr. Solano (phone)

- On lead: "The boil notice is over. The lead question is not."

## 3. Pell Street project — Pruett

- Would not comment on "anything that's in litigation."

## 4. Q&A

- **Yolanda Birch (Pell St.):** asked why the robocall came late. "My kids brushed their teeth with that water."
  - **Abernethy:** "Nobody sat on it."
"""


def test_meeting_notes_with_headings_naming_who_spoke_are_read_as_notes():
    said = _said("notes.md", NOTES, "notes")
    assert said["The notice went out late"] == "Curtis Abernethy"
    assert said["The boil notice is over."] == "Vikram Solano"   # no longer the first section's
    assert said["anything that's in litig"] == "Janelle Pruett"
    assert said["My kids brushed their te"] == "Yolanda Birch"
    assert said["Nobody sat on it."] == "Curtis Abernethy"
    assert not any(text.startswith(("Curtis Abernethy (General", "Thanked residents")) for text in said)
