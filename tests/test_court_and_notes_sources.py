"""Sources a second reader wrote in session 35 (review 9): a reporter's notes with initials and
first-name labels, a sentencing transcript whose caption names the accused, and a victim's
statement of several paragraphs read aloud by her daughter.

Each asserts what the editor sees: who a passage is stored as, or the verdict a quote gets when
checked through the CLI against the ingested source.
"""

from __future__ import annotations

from desk.extract.model import Document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


NOTES = """\
NOTES: interview, Augustin "Gus" Thorvaldsen, owner, Pellow Creek Feed & Seed

Q: Insurance?
AT: Nobody ever sat me down and said, Gus, you're not covered for the creek.

[Leonie Brask, his daughter, runs the till, comes over from the register]
LEONIE: He's said that at three council meetings.
"""


def test_a_notes_label_of_initials_or_a_given_name_is_the_person_named():
    """Review 9: "AT:" became a speaker called "At", and every accurate quote of the owner came
    out *misattributed* (18 false alarms); "LEONIE:" was not the Leonie Brask the notes name."""
    got = turns(NOTES, "notes", "Augustin Thorvaldsen")
    assert ("Augustin Thorvaldsen", "Nobody ever sat me down and said, Gus, you're not covered for the creek.") in got
    assert ("Leonie Brask", "He's said that at three council meetings.") in got


def test_a_line_the_notes_mark_as_a_paraphrase_is_nobodys_words():
    """Review 9: "AT (paraphr): adjuster came twice; …" is the reporter's summary; quoted as the
    owner's words it must not be found verbatim."""
    notes = NOTES + "\nQ: Adjuster?\nAT (paraphr): adjuster came twice; policy excludes overland water.\n"
    assert not any("overland" in said for _, said in turns(notes, "notes", "Augustin Thorvaldsen"))


def test_initials_two_people_share_name_no_one():
    notes = "NOTES: Ann Tate and Al Toms, owners\n\nQ: Why?\nAT: Because.\n\nQ: When?\nAT: Soon.\n"
    assert {who for who, _ in turns(notes, "notes")} == {"At", None}   # guard: two people with those initials


SENTENCING = """\
SUPERIOR COURT OF JUSTICE

R. v. CORWIN BAPTISTE-YULE

PROCEEDINGS AT SENTENCING
BEFORE THE HONOURABLE JUSTICE H. MARCHETTI-SOAMES

THE COURT: Mr. Baptiste-Yule, you have the right to address the court before sentence is imposed.

THE ACCUSED: I'd like to, Your Honour. I was drunk and I was scared and I drove away.

THE COURT: Ms. Vey, please come forward. Take your time.

MS. VEY: Thank you, Your Honour. My mother wrote this in March. She asked me to read it exactly as she wrote it, so I will.

"My name is Ines Halloran. I am sixty-nine years old. On the night of November 21, I was walking home from choir practice on Dunmore Road when a truck came up onto the sidewalk and hit me. The driver did not stop. A stranger found me in the ditch an hour later, and she stayed with me until the ambulance came.

"I spent seven weeks in hospital. I have not walked without a cane since that night.

"I do not hate him. I have tried to, and I can't."

That's the end of her statement, Your Honour.
"""


def test_the_accused_is_the_one_the_case_is_against():
    """Review 9: "THE ACCUSED:" was a speaker called "Accused" while "THE COURT:" was the judge
    the caption names; the accused is the one the style of cause names ("R. v. CORWIN …")."""
    assert any(who == "Corwin Baptiste-Yule" and "I was drunk" in said for who, said in turns(SENTENCING))


def test_every_paragraph_of_a_statement_read_aloud_is_its_writers(tmp_path, runner):
    """Review 9: the middle paragraph of the victim's statement, credited to her, came out
    *misattributed* to the daughter who read it (a paragraph that opens with a quote mark inside
    a quotation still open continues it)."""
    source = tmp_path / "sentencing.txt"
    source.write_text(SENTENCING, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“The driver did not stop,” Ines Halloran wrote in a statement read by her daughter.\n\n"
                     "“I have not walked without a cane since that night,” Halloran wrote.\n\n"
                     "“I do not hate him,” Halloran wrote.\n", encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "transcript")
    assert [(q["verdict"], q["flags"]) for q in quotes] == [("exact", ["quoted_by_other"])] * 3


COUNCIL_SRT = """\
1
00:00:05,000 --> 00:00:09,000
MAYOR ABERNATHY-QUILL: We're back on the record.
Item seven.

2
00:00:09,200 --> 00:00:13,000
COUNCILLOR TREADWELL: I'm going to vote
against the deferral.

3
00:00:13,200 --> 00:00:17,000
MAYOR: Thank you. I don't intend to make
that mistake twice.
"""


def test_a_bare_role_label_in_captions_is_the_one_another_label_gives_that_title():
    """Review 9: "MAYOR:" was nobody, so the mayor's words credited to a councillor came out *exact*."""
    from desk.extract.formats import read_document
    doc = read_document("council.srt", COUNCIL_SRT.encode())
    got = [(s.speaker, " ".join(doc.text[s.start:s.end].split())) for s in segment(doc, "captions", None)]
    assert ("Abernathy-Quill", "Thank you. I don't intend to make that mistake twice.") in got
