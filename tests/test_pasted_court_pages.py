"""A court record pasted from its PDF as text (review 12, session 37): line numbers, a running
foot and the case caption repeated at each page's top, and a witness the record never calls by
name, only hails in the first question ("Q. Mr. Obi, you're the director …?").

The page furniture stood inside a sentence that ran over a page break (an accurate quote read as
a misquote), and the answers were no one's (words credited to the lawyer were not caught as
misattributed).  The record is written for these tests.
"""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment

FOOT = "          HALLOWAY COUNTY COURT REPORTING  (555) 014-2290\n\n\n"
HEAD = "                                                   Page {n}\nREYES v. CITY OF PORT ALDER      Case No. 25-0412\n\n"


def record() -> str:
    lines = ["BY MS. DELACROIX:", "     Q.   Mr. Obi, you're the director of the water", "department?",
             "     A.   I am. Since 2019.", "     Q.   Why did you not tell the mayor?",
             "     A.   Because at the time we believed it was a", "sensor fault. That was the judgment we made, and in"]
    lines += ["hindsight it was the"] + ["     Q.   Go on."] * 0
    page1 = [f"{k:2d}   {line}" for k, line in enumerate(lines, 1)]
    page1 += [f"{k:2d}   " for k in range(len(page1) + 1, 26)]   # the page's blank numbered lines
    page2 = [" 1   wrong one. I've said that to the mayor.", " 2        Q.   Was anyone trying to hide the alarms?",
             " 3        A.   No. No one at the department was trying to hide", " 4   anything from anybody.",
             " 5        MR. TRUEBLOOD:  Objection.", " 6        THE COURT:  Overruled."]
    page2 += [f"{k:2d}   " for k in range(7, 26)]
    return HEAD.format(n=14) + "\n".join(page1) + "\n\n" + FOOT + HEAD.format(n=15) + "\n".join(page2) + "\n\n" + FOOT


def answers():
    text = record()
    doc = read_document("hearing.txt", text.encode())
    return doc.text, [(s.speaker, " ".join(doc.text[s.start:s.end].split())) for s in segment(doc, "transcript")]


def test_a_sentence_over_a_page_break_reads_without_the_page_furniture():
    text, got = answers()
    assert "in hindsight it was the wrong one." in " ".join(text.split())
    assert "COURT REPORTING" not in text and text.count("Case No.") == 1   # the caption stays once, as the title


def test_the_witness_hailed_by_the_first_question_gives_the_answers():
    _, got = answers()
    assert ("Obi", "I am. Since 2019.") in got
    assert {who for who, words in got if "hide anything from anybody" in words} == {"Obi"}
    assert {who for who, words in got if "Why did you not tell the mayor?" in words} == {"Delacroix"}
