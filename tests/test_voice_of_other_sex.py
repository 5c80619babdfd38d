"""A voice the source leaves unnamed but gives a sex ("UNIDENTIFIED WOMAN:") is no man's (session 39).

Words in a turn the source names no one for may be anyone's the draft names (flagged
``unnamed_turn``); but a woman's words given to a man ("he said", or a given name only men bear)
are misattributed.  Before, they were exact.  The transcript is written for these tests."""

from __future__ import annotations

from tests.conftest import checked_quotes

MEETING = """HARROW POINT TOWN HALL

MAYOR BRANNIGAN: We will take questions from the floor.

UNIDENTIFIED WOMAN: Nobody told us for four days that the water was bad.

MAYOR BRANNIGAN: I hear you, and I am sorry.

UNIDENTIFIED MALE: My well has been dry since July and nobody came out.
"""


def test_an_unidentified_womans_words_are_no_mans(tmp_path, runner):
    source = tmp_path / "meeting.txt"
    source.write_text(MEETING, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Residents angry over water\n\nFisher Arne Tollefsen was at the meeting.\n\n"
                     "\u201cNobody told us for four days that the water was bad,\u201d he said.\n\n"
                     "\u201cNobody told us for four days that the water was bad,\u201d one woman said.\n\n"
                     "\u201cMy well has been dry since July and nobody came out,\u201d said Gregory Paxton.\n", encoding="utf-8")
    his, hers, well = checked_quotes(runner, source, story, "--kind", "transcript")
    assert his["verdict"] == "misattributed"
    assert hers["verdict"] == "exact"
    assert well["verdict"] == "exact"   # the man's words may be any man's the draft names
