"""Broadcast captions that name each voice in capitals in square brackets, with no colon (session
38, review 14): "[DHALIWAL] Good evening. … [NASSER] Thanks for having me."  They were read as one
unnamed voice, so a minister's two-word fragment ("has teeth") could not be found at all.  The
captions are written for these tests."""

from __future__ import annotations

from tests.test_meeting_and_rollup_captions import passages, said_by

TAGGED = """1
00:00:02,000 --> 00:00:06,000
[DHALIWAL] Good evening. Joining me is
Economic Development Minister Farida Nasrin.

2
00:00:06,100 --> 00:00:09,000
[NASRIN] Thanks for having me, Meena.

3
00:00:09,100 --> 00:00:12,000
[DHALIWAL] Should they be worried?

4
00:00:12,100 --> 00:00:16,000
[NASRIN] No. I can read a contract,
and that contract has teeth.

5
00:00:16,100 --> 00:00:20,000
[DHALIWAL] Earlier we spoke with Gord Tabachuk.

6
00:00:20,100 --> 00:00:24,000
[TABACHUK] I've seen this movie before.

7
00:00:24,100 --> 00:00:28,000
[APPLAUSE] [DHALIWAL] Thank you both.
"""


def test_bracketed_capitals_name_each_voice():
    got = passages("interview.srt", TAGGED)
    assert said_by(got, "has teeth") == {"Farida Nasrin"}
    assert said_by(got, "Should they be worried") == {"Dhaliwal"}
    assert said_by(got, "seen this movie") == {"Gord Tabachuk"}   # named in the captions, tagged once
    assert not any(tag in text for _, text in got for tag in ("[DHALIWAL]", "[NASRIN]", "[TABACHUK]"))
    assert "[APPLAUSE]" in " ".join(text for _, text in got)   # a stage note stays one


def test_guard_sounds_in_brackets_are_no_voices():
    """Captions for the deaf write sounds the same way: one label that comes back, or a sound,
    is no conversation, and the words stay as they were."""
    sounds = ("1\n00:00:01,000 --> 00:00:03,000\n[SOBS] We lost the house.\n\n"
              "2\n00:00:03,100 --> 00:00:05,000\n[SOBS] Everything in it.\n\n"
              "3\n00:00:05,100 --> 00:00:07,000\n[THUNDER] It came so fast.\n")
    got = passages("storm.srt", sounds)
    assert [who for who, _ in got] == [None] * len(got)
    assert "SOBS" in " ".join(text for _, text in got)
