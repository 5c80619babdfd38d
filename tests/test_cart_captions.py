"""A council meeting's CART transcript: capitals, ">>" for every new voice (session 39, review 17).

Captioners open each new voice with ">>", usually with a name, sometimes bare; the chair's call
just before says who the bare one is.  Before, a bare ">>" turn stayed part of the chair's turn:
the director's and the resident's accurate words came out *misattributed* to the chair.  The
transcript is written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

CART = """HARROW POINT TOWN COUNCIL
SPECIAL MEETING -- BOIL-WATER ORDER

>> COUNCIL PRESIDENT OYELARAN: GOOD
EVENING. WE'LL HEAR FROM THE UTILITY
FIRST. DIRECTOR KAPOOR, YOU HAVE THE
FLOOR.
>> THANK YOU. THE SHORT VERSION IS THE
LEVELS PEAKED SUNDAY. BOILING DOES NOT
HELP.
>> COUNCILMEMBER VOSS: DIRECTOR, WHY DID
IT TAKE FOUR DAYS?
>> DIRECTOR KAPOOR: THE THURSDAY SAMPLE
WAS OFFSHORE, NOT AT THE INTAKE.
>> COUNCIL PRESIDENT OYELARAN: PUBLIC
COMMENT. NEXT SPEAKER IS DORIS
FENWICK.
>> HI. I LIVE ON QUARRY STREET. I'M NOT
PROUD OF HOW I --
HOW I TALKED TO THAT CLERK. NOBODY
TOLD US FOR FOUR DAYS.
>> COUNCIL PRESIDENT OYELARAN: THANK YOU.
>> WHAT ABOUT THE SCHOOLS?
"""


def test_a_bare_voice_is_the_one_the_chair_called_on():
    doc = read_document("cart.txt", CART.encode())
    said = {" ".join(doc.text[s.start:s.end].split())[:24]: s.speaker for s in segment(doc, "transcript")}
    assert said["THANK YOU. THE SHORT VER"] == "Kapoor"
    assert said["HI. I LIVE ON QUARRY STR"] == "Doris Fenwick"
    assert said["WHAT ABOUT THE SCHOOLS?"] is None   # nobody was called: a voice from the floor
    assert said["GOOD EVENING. WE'LL HEAR"] == "Oyelaran"


def test_a_false_start_over_a_caption_line_break_may_be_printed_once(tmp_path, runner):
    """"HOW I --" ¶ "HOW I TALKED": the caption file wraps the line inside the speaker's false
    start; a story printing it once is exact (before: a misquote, the line break read as a
    boundary between two phrases)."""
    source = tmp_path / "cart.txt"
    source.write_text(CART, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Residents vent at council\n\n\u201cI\u2019m not proud of how I talked to that clerk,\u201d "
                     "said Doris Fenwick.\n", encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert quote["verdict"] == "exact"


def test_guard_a_call_that_names_no_person_or_that_the_bare_turn_speaks_of():
    """Second reader (session 39): "NEXT IS PUBLIC COMMENT." made a speaker "Comment", and a
    chair asking "IS MR. FENWICK HERE?" after calling him was taken for Fenwick."""
    cart = (">> COUNCIL PRESIDENT OYELARAN: THANK YOU.\nNEXT IS PUBLIC COMMENT.\n"
            ">> I LIVE ON QUARRY STREET.\n"
            ">> COUNCIL PRESIDENT OYELARAN: NEXT SPEAKER IS DORIS FENWICK.\n"
            ">> IS MS. FENWICK HERE? NO? WE WILL MOVE ON.\n")
    doc = read_document("cart.txt", cart.encode())
    said = {" ".join(doc.text[s.start:s.end].split())[:20]: s.speaker for s in segment(doc, "transcript")}
    assert said["I LIVE ON QUARRY STRE"[:20]] is None
    assert said["IS MS. FENWICK HERE?"] != "Doris Fenwick"
