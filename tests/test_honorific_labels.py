"""A label's honorific rules out a name of the other gender (session 38, review 15).

In a sentencing hearing, "MS. IBARRA:" was stored as Ramon Ibarra — the young man who died, the
first Ibarra the record names — so his sister's own words, credited to her, were *misattributed*.
The hearing is written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment

HEARING = """THE COURT: We are here for sentencing. Ms. Alvarado?

MS. ALVARADO: Yes, Your Honor. Ramon Ibarra's sister, Lucia Ibarra, will read a statement. Part of it was written by their mother, Elena Ibarra.

THE COURT: Ms. Ibarra, take your time.

MS. IBARRA: Thank you, Judge. Ramon was my little brother. It is a homicide with a pen.

THE COURT: Thank you. Mr. Pettigrew.

MR. PETTIGREW: Your Honor, Mr. Haines has accepted responsibility from the first day.
"""


def speakers(text):
    doc = read_document("hearing.txt", text.encode())
    return {doc.text[s.start:s.end].split(".")[0]: s.speaker for s in segment(doc, "transcript")}


def test_ms_is_never_the_man_of_that_surname():
    said = speakers(HEARING)
    assert said["Thank you, Judge"] not in ("Ramon Ibarra",)
    assert said["Thank you, Judge"] in ("Ibarra", "Lucia Ibarra")


def test_one_woman_of_that_surname_is_the_label():
    text = HEARING.replace(" Part of it was written by their mother, Elena Ibarra.", "")
    assert speakers(text)["Thank you, Judge"] == "Lucia Ibarra"


def test_a_mothers_words_read_by_her_daughter_under_the_family_label_are_not_misattributed(tmp_path, runner):
    # (guard, second reader: words the turn quotes from a minister stay misattributed: test_match.py)
    """Review 15: "“My son went to work …,” Elena Ibarra wrote", read in court by her daughter
    under "MS. IBARRA:", was *misattributed*: the turn's bare surname label may be either woman."""
    from tests.conftest import checked_quotes

    source = tmp_path / "hearing.txt"
    source.write_text(HEARING.replace("Thank you, Judge. Ramon",
                                      'Thank you, Judge. My mother asked me to read her words. She wrote: "My son went to work on a Tuesday and I buried '
                                      'him on a Saturday." Ramon'), encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("\u201cMy son went to work on a Tuesday and I buried him on a Saturday,\u201d Elena Ibarra wrote.\n",
                     encoding="utf-8")
    [mothers] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert mothers["verdict"] == "exact"
