"""Sources a second reader wrote in session 36 (review 11): a reporter's transcription of text
messages, a TV newscast with a correspondent's voice-over, a rally speech with a shout from the
audience and a letter read aloud, and a forwarded message inside a text.

Each asserts what the editor sees: who a passage is stored as, or the verdict a quote gets when
checked through the CLI against the ingested source.  The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.model import Document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


CHAT = """\
TEXT MESSAGES: Pellworth Avenue heat story
Transcribed by Hana Lindqvist-Obi from screenshots.

Me: Hana Lindqvist-Obi (reporter)
Odile: Odile Marchetti-Rowe, tenant
Bram: Bram Oyelaran-Stokes, superintendent

[9:14 PM] Me: Is now an OK time?
[9:16 PM] Odile: we have had no heat since friday night
[9:23 PM] Odile: [Forwarded message] From: Larkin Property Group. "A replacement part for the boiler has been ordered."
[9:30 PM] Me: What is wrong with the boiler?
[9:33 PM] Bram: The circulator pump seized.
"""


@pytest.mark.parametrize("stamp", ["[9:16 PM] ", "[12/01/2026, 9:16 PM] ", "12/01/26, 21:16 - ", "(21:16) "])
def test_a_message_stamped_with_its_time_is_its_senders(stamp):
    """Review 11: "[9:16 PM] Odile:" was no label, and the whole chat no one's (25 false alarms);
    "TEXT MESSAGES:" was a speaker."""
    text = CHAT.replace("[9:16 PM] ", stamp)
    got = turns(text)
    assert ("Odile Marchetti-Rowe", "we have had no heat since friday night") in got
    assert ("Bram Oyelaran-Stokes", "The circulator pump seized.") in got
    assert "Text Messages" not in {who for who, _ in got}


def test_a_forwarded_message_is_not_the_words_of_the_one_who_forwards_it(tmp_path, runner):
    source = tmp_path / "chat.txt"
    source.write_text(CHAT, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“We have had no heat since Friday night,” Odile Marchetti-Rowe, 41, wrote.\n\n"
                     "“A replacement part for the boiler has been ordered,” Marchetti-Rowe, 41, wrote.\n",
                     encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "transcript")
    assert [(q["verdict"], q["flags"]) for q in quotes] == [("exact", []), ("misattributed", ["quoting_another"])]


NEWSCAST = """\
CORDELIA VANTERPOOL-HASH, NEWSNINE ANCHOR: Good evening. NewsNine's Teodor Mikkelsen-Abara has been on the waterfront all day.

(BEGIN VIDEOTAPE)

TEODOR MIKKELSEN-ABARA, NEWSNINE CORRESPONDENT (voice-over): The fishermen who tie up here say they heard it before they saw it.

UNIDENTIFIED MALE: It sounded like a gunshot.

MIKKELSEN-ABARA: Crews spent the morning pulling a pickup truck out of the water.

(END VIDEOTAPE)

VANTERPOOL-HASH: We'll be right back.
"""


def test_a_correspondents_voice_over_is_the_correspondents_turn():
    """Review 11: "(voice-over)" after the role kept the label from being read, so the
    correspondent's words were the anchor's; "NewsNine's" was part of his name."""
    got = turns(NEWSCAST)
    assert ("Teodor Mikkelsen-Abara", "The fishermen who tie up here say they heard it before they saw it.") in got
    assert ("Teodor Mikkelsen-Abara", "Crews spent the morning pulling a pickup truck out of the water.") in got


SPEECH = """\
Remarks, Harvest Hall

I want to start with a letter. A woman named Delphine Marr-Osei gave me permission to read it tonight, so here is what she wrote.

"Nobody from the government asked us. We found out from a sign on the door."

A sign on the door. That's how this government talks to rural families.

And we will train nurses here. Not in the city. Here.

AUDIENCE MEMBER: About time!

(APPLAUSE)

About time is right. Let us go win this thing.
"""


def test_a_shout_from_the_audience_is_one_paragraph_and_the_speech_goes_on():
    """Review 11: everything after "AUDIENCE MEMBER: About time!" was stored as the audience's."""
    got = turns(SPEECH, "speech", "Tamsin Achebe-Larkspur")
    assert (None, "About time!") in got
    assert ("Tamsin Achebe-Larkspur", "About time is right. Let us go win this thing.") in got


def test_a_letter_read_in_a_paragraph_of_its_own_is_the_writers(tmp_path, runner):
    """Review 11: the letter's words credited to the one who read it came back *exact*; her own
    repetition of a phrase from it is hers."""
    source = tmp_path / "speech.txt"
    source.write_text(SPEECH, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“Nobody from the government asked us,” Marr-Osei, 52, wrote.\n\n"
                     "Tamsin Achebe-Larkspur said: “Nobody from the government asked us. We found out from a sign "
                     "on the door.”\n\n“A sign on the door,” Achebe-Larkspur repeated.\n", encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "speech", "--speaker", "Tamsin Achebe-Larkspur")
    assert [(q["verdict"], q["flags"]) for q in quotes] == [
        ("exact", ["quoted_by_other"]), ("misattributed", ["quoting_another"]), ("exact", [])]


def test_a_harbourmaster_is_a_title_not_part_of_the_name():
    from desk.extract.quotes import find_quotes

    quotes = find_quotes("Harbourmaster Rosalind Okafor-Quill said the pier was inspected. "
                         "“We told the town at two meetings,” she said.")
    assert [q.speaker for q in quotes] == ["Rosalind Okafor-Quill"]
