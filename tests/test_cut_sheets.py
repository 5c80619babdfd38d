"""A radio newsroom's cut sheet: only the cuts are anyone's words (session 39, review 17).

Before, "OUTCUE:" and "NOTE TO DESK:" were read as speakers' labels and every cut, note and
outcue went to the label before it: the library said "Outcue" spoke the doctor's words, and the
reporter's notes were passages of "Note To Desk".  The sheet
is written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

SHEET = """CKHP 1230 NEWS -- ACTUALITY SHEET
SLUG: BOIL-ORDER-TUE          REPORTER: Tamsin Ode
NOTE TO DESK: Lines between cuts are my notes, NOT verbatim.

00:00-01:10  Brannigan opens. Order stays through the weekend. Crews
flushing the mains every night.

CUT 1 (0:14) MAYOR BRANNIGAN: "The numbers are going the right way. But
the right way is not the same as safe, and we're not there yet."
OUTCUE: "...we're not there yet."

01:10-02:30  Streeter at the arena.

CUT 2 (0:09) UNIDENTIFIED WOMAN: "I just want a cup of tea in my own kitchen."
OUTCUE: "...in my own kitchen."

CUT 3 (0:11) DR. HALVERSEN: "Keep your dogs off the beach until we say otherwise."
OUTCUE: "...until we say otherwise."
"""


def test_each_cut_is_its_labels_words_and_the_notes_are_no_ones():
    doc = read_document("sheet.txt", SHEET.encode())
    said = [(" ".join(doc.text[s.start:s.end].split()), s.speaker) for s in segment(doc, "notes")]
    assert ("The numbers are going the right way. But the right way is not the same as safe, and we're not "
            "there yet.", "Brannigan") in said
    assert ("I just want a cup of tea in my own kitchen.", None) in said
    assert ("Keep your dogs off the beach until we say otherwise.", "Halversen") in said
    assert not any("Crews" in words or "Streeter" in words or words.startswith("...") for words, _ in said)


def test_a_cut_quoted_accurately_is_exact(tmp_path, runner):
    source = tmp_path / "sheet.txt"
    source.write_text(SHEET, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Boil-water order stays\n\n\u201cThe right way is not the same as safe, and we\u2019re not there yet,\u201d "
                     "Mayor Odile Brannigan said Tuesday.\n\n"
                     "“Keep your dogs off the beach,” said Dr. Ines Halversen.\n", encoding="utf-8")
    mayor, doctor = checked_quotes(runner, source, story, "--kind", "notes")
    assert mayor["verdict"] == "exact"
    assert doctor["verdict"] == "exact"
    assert doctor["match"]["speaker"]["name"] == "Halversen"



def test_guard_a_transcript_with_clips_and_a_cut_left_open():
    """Second reader (session 39): a transcript with "CLIP 1 (0:12) MAYOR RUARK:" lines lost
    its guest's turns; a cut whose quote was left open took the next cut's words."""
    show = ("CLIP 1 (0:12) MAYOR BRANNIGAN: \"We acted as soon as we knew.\"\n\n"
            "CLIP 2 (0:09) CHIEF HALVERSEN: \"Boil it for a full minute.\"\n\n"
            "HOST: Corinne, you live on the east side.\n\n"
            "ACHEBE: Frankly, the town was three days too late.\n")
    doc = read_document("show.txt", show.encode())
    said = {" ".join(doc.text[s.start:s.end].split()): s.speaker for s in segment(doc, "transcript")}
    assert said.get("Frankly, the town was three days too late.") == "Achebe"
    sheet = ("CUT 1 (0:12) MAYOR BRANNIGAN: \"We acted as soon as we knew.\n\n"
             "CUT 2 (0:09) CHIEF HALVERSEN: Nobody should drink that water yet.\n\n"
             "CUT 3 (0:05) DR. OSEI: \"Boil it for a full minute.\"\n")
    doc = read_document("sheet.txt", sheet.encode())
    said = [(" ".join(doc.text[s.start:s.end].split()), s.speaker) for s in segment(doc, "notes")]
    assert said == [("Boil it for a full minute.", "Osei")]
