"""Caption files of two kinds a newsroom gets every week (review 12, session 37).

A meeting app's WebVTT transcript (Zoom, Teams) puts the speaker's display name before a colon at
the start of every cue, often with pronouns, an organisation or a device for a name; and roll-up
captions (YouTube's automatic captions of a council livestream) repeat each line in the next
cue.  Both were read as one unnamed speaker saying everything, the display names and the repeated
lines included, so every quote from them was a misquote.  Each test asserts who a passage is
stored as, or the verdict a quote gets through the CLI.  The texts are written for these tests.
"""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

ZOOM = """WEBVTT

1
00:00:04.120 --> 00:00:10.980
Mayor Ellen Strand: Good evening, everyone, and welcome to this special meeting of council.

2
00:00:11.350 --> 00:00:19.440
Mayor Ellen Strand: Mr. Magnusson, is there a restart date?

3
00:00:20.380 --> 00:00:25.240
Trevor Magnusson - Norvale: There is no restart date today. I wish

4
00:00:25.610 --> 00:00:32.470
Trevor Magnusson - Norvale: I could give you one, and I know what that means for this town.

5
00:00:33.840 --> 00:00:39.700
Hollis Wade (he/him): With respect, twelve people is not a plan.

6
00:00:40.840 --> 00:00:44.700
Marnie's iPhone: Sorry, can you hear me now?

7
00:00:45.840 --> 00:00:49.700
Mayor Ellen Strand: We can hear you.

8
00:00:50.840 --> 00:00:59.700
Marnie's iPhone: Okay. This is Marnie Rousseau, I live on Birch Street. My husband has worked there for twenty-two years.
"""


def passages(name: str, data: str, kind: str = "captions"):
    doc = read_document(name, data.encode())
    return [(s.speaker, doc.text[s.start:s.end]) for s in segment(doc, kind)]


def said_by(got, phrase):
    """Who the passages holding ``phrase`` are stored as."""
    return {who for who, words in got if phrase in " ".join(words.split())}


def test_a_meeting_transcript_names_each_cue_by_its_display_name():
    got = passages("council.vtt", ZOOM)
    assert said_by(got, "is there a restart date?") == {"Ellen Strand"}
    assert said_by(got, "There is no restart date today. I wish I could give you one") == {"Trevor Magnusson"}
    assert said_by(got, "twelve people is not a plan") == {"Hollis Wade"}
    assert not any("Norvale:" in words or "he/him" in words or "Strand:" in words for _, words in got)


def test_a_device_for_a_name_is_the_person_who_names_themselves_or_nobody():
    got = passages("council.vtt", ZOOM)
    assert said_by(got, "can you hear me now?") == {"Marnie Rousseau"}
    assert said_by(got, "My husband has worked there") == {"Marnie Rousseau"}
    alone = ZOOM.replace("This is Marnie Rousseau, I live", "I live")
    assert said_by(passages("council.vtt", alone), "Birch Street") == {None}


def test_ordinary_captions_with_a_colon_keep_their_words():
    """One "Note:" is no display name: a file of plain cues keeps its text as it was."""
    plain = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nNote: the bridge is closed.\n\n" \
            "00:00:04.000 --> 00:00:08.000\nWe will reopen it in May.\n"
    assert read_document("plain.vtt", plain.encode()).text == "Note: the bridge is closed.\nWe will reopen it in May."


ROLLING = """WEBVTT
Kind: captions
Language: en

00:00:00.840 --> 00:00:04.040 align:start position:0%
[Music]
good evening everybody we're going to

00:00:04.040 --> 00:00:06.200 align:start position:0%
good evening everybody we're going to
call this special meeting to order

00:00:06.200 --> 00:00:08.720 align:start position:0%
call this special meeting to order
our first round of samples came back

00:00:08.720 --> 00:00:11.240 align:start position:0%
our first round of samples came back
clean and the second round was taken

00:00:11.240 --> 00:00:13.760 align:start position:0%
clean and the second round was taken
this morning thank you
"""


def test_roll_up_captions_are_read_once():
    doc = read_document("council.vtt", ROLLING.encode())
    assert doc.text.count("call this special meeting to order") == 1
    assert "came back clean and the second round" in " ".join(doc.text.split())


def test_quotes_from_a_meeting_and_from_roll_up_captions_are_exact(runner, tmp_path):
    (tmp_path / "council.vtt").write_text(ZOOM, encoding="utf-8")
    (tmp_path / "stream.vtt").write_text(ROLLING, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Council meets\n\nTrevor Magnusson, a vice-president of Norvale, spoke first. “There is no "
                     "restart date today. I wish I could give you one,” Magnusson said.\n\nCouncillor Hollis Wade "
                     "was blunt. “Twelve people is not a plan,” Wade said.\n\nWater director Curtis Obi said “our "
                     "first round of samples came back clean.”\n", encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(tmp_path / "stream.vtt"), "--kind", "captions"])
    assert out.exit_code == 0, out.output
    quotes = checked_quotes(runner, tmp_path / "council.vtt", story, "--kind", "captions")
    assert [(q["speaker"]["name"], q["verdict"]) for q in quotes] == [
        ("Trevor Magnusson", "exact"), ("Hollis Wade", "exact"), ("Curtis Obi", "exact")]
