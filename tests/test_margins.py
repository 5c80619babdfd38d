"""Line numbers, page numbers and caption times in a transcript's margin (desk/extract/margins.py):
left out, so an accurate quote over a line break is exact and the transcript's labels are read."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.margins import line_numbered_pages, strip_margins
from desk.extract.transcripts import segment

COURT = """\
                                                               112

 1              SUPERIOR COURT OF THE STATE OF WESTMARCH
 2                       COUNTY OF ORRINGTON
 3
 4            THE COURT: Please be seated. Mr. Haldane, call
 5   your next witness.
 6            MR. HALDANE: The People call Renata Oyelaran.
 7            (Witness sworn.)
 8   BY MR. HALDANE:
 9       Q.   What did you see on the night of August 14th?
10       A.   I saw two men loading pallets into a white van
11   with no plates. I didn't recognize either one of them.
12       Q.   Did you call anyone?
13       A.   I called my manager first. He told me not to
14   call the police, that he would handle it himself.

                                                               113

 1       Q.   Who was your manager at that time?
 2       A.   Dorian Vasquez-Holt.
 3            MR. HALDANE: Let the record reflect the witness
 4   has identified the defendant.
 5            THE COURT: The record will so reflect.
"""


def passages(text: str, kind: str = "transcript"):
    doc = read_document("t.txt", text.encode())
    return [(s.label, doc.text[s.start:s.end]) for s in segment(doc, kind, None)]


def test_line_numbers_and_page_numbers_are_not_words_of_the_transcript():
    found = passages(COURT)
    texts = " ".join(t for _, t in found)
    assert "a white van\nwith no plates" in texts
    assert "the witness\nhas identified the defendant" in texts
    assert "112" not in texts and "113" not in texts
    assert not any(t.split()[0].isdigit() for _, t in found)
    # the labels open their lines again
    assert any(label == "MR. HALDANE" and t.startswith("The People call") for label, t in found)
    assert any(label == "THE COURT" and t.startswith("Please be seated") for label, t in found)


def test_an_examinations_questions_are_the_lawyers_and_its_answers_the_witnesss():
    doc = read_document("t.txt", COURT.encode())
    who = {doc.text[s.start:s.end][:24]: (s.speaker, s.role) for s in segment(doc, "transcript", None)}
    assert who["What did you see on the "] == ("Haldane", "speaker")
    assert who["I saw two men loading pa"] == ("Renata Oyelaran", "speaker")
    assert who["Dorian Vasquez-Holt."] == ("Renata Oyelaran", "speaker")
    assert who["Let the record reflect t"] == ("Haldane", "speaker")
    assert who["Please be seated. Mr. Ha"] == (None, "unknown")     # the judge is not named
    # a witness sworn by the reporter's formula, and a second lawyer's cross-examination
    sworn = ("JANE Q. MORROW, having been first duly sworn, testified as follows:\n"
             "BY MS. TREMBATH:\nQ.  Where were you?\nA.  At home.\n"
             "BY MR. ODUYA:\nQ.  Alone?\nA.  Yes.\n")
    doc = read_document("t.txt", sworn.encode())
    got = [(doc.text[s.start:s.end], s.speaker) for s in segment(doc, "transcript", None)]
    assert got[-4:] == [("Where were you?", "Trembath"), ("At home.", "Jane Q. Morrow"),
                        ("Alone?", "Oduya"), ("Yes.", "Jane Q. Morrow")]


def test_q_and_a_without_an_examining_lawyer_stay_unnamed():
    text = "Q.  Where were you?\nA.  At home.\nQ.  Alone?\nA.  Yes.\n"
    doc = read_document("t.txt", text.encode())
    assert {(s.speaker, s.role) for s in segment(doc, "transcript", None)} == {(None, "questioner"), (None, "unknown")}


def test_a_numbered_list_or_a_column_of_figures_keeps_its_numbers():
    listing = "\n".join(f"{n} apples in crate {n * 7}" for n in (3, 14, 9, 27, 2, 11, 5, 8, 30))
    assert strip_margins(listing) == listing
    short = "1 Open the valve.\n2 Close the valve.\n3 Log the time.\n"
    assert strip_margins(short) == short
    prose = "We met at 9:30 and left at 10:15.\nThe vote was 7 to 2.\n"
    assert strip_margins(prose) == prose


def test_a_short_pdfs_pages_numbered_afresh_are_line_numbered_and_a_list_is_not():
    """Two pages whose lines count 1, 2, 3 … afresh are a line-numbered transcript however short;
    numbers that do not count so down each page (a list, figures) are words."""
    assert line_numbered_pages([["1   THE JUDGE: Good day.", "2   Please sit.", "3   We begin with the"],
                                ["1   witness list.", "2   MR. OKAFOR: Yes."]])
    assert not line_numbered_pages([["1   THE JUDGE: Good day.", "2   Please sit."], ["Thank you."]])
    assert not line_numbered_pages([["12  trucks left the depot", "40  came back"], ["3   were lost", "9   were sold"]])
    assert not line_numbered_pages([["1   apples", "3   pears"], ["1   plums", "2   figs"]])


def test_times_copied_from_a_video_page_are_not_words():
    above = "0:00\nso the budget this year is going to be\n0:03\ntight we are looking at a shortfall\n"
    assert strip_margins(above) == "so the budget this year is going to be\ntight we are looking at a shortfall\n"
    inline = "00:00:00 so the budget this year is going to be\n00:00:03 tight we are looking at a shortfall\n"
    assert strip_margins(inline) == "so the budget this year is going to be\ntight we are looking at a shortfall\n"
    # one time at a line's start in ordinary text is a time of day
    one = "9:30 is when the council meets.\nIt meets on Tuesdays.\nIt meets in the hall.\n"
    assert strip_margins(one) == one


def _who(text):
    doc = read_document("t.txt", text.encode())
    return [(doc.text[s.start:s.end].split("\n")[0], s.speaker) for s in segment(doc, "transcript", None)]


def test_one_question_and_answer_under_an_examining_lawyer_are_two_turns():
    record = (" 1   THE COURT: Call your next witness.\n 2   MS. ODEGAARD: The State calls Wendell\n 3   Pryce.\n"
              " 4                          WENDELL PRYCE,\n 5   having been first duly sworn, testified as follows:\n"
              " 6                        DIRECT EXAMINATION\n 7   BY MS. ODEGAARD:\n 8   Q. What did you see that night?\n"
              " 9   A. I saw a white van pull in around eleven with its lights\n10   off and a red toolbox in the back.\n"
              "11   THE COURT: Noted.\n")
    got = _who(record)
    assert ("What did you see that night?", "Odegaard") in got
    assert ("I saw a white van pull in around eleven with its lights", "Wendell Pryce") in got


def test_a_witness_sworn_without_a_name_is_nobody_not_the_last_witness():
    record = ("MS. ODEGAARD: The State calls Wendell Pryce.\nWENDELL PRYCE, having been first duly sworn, testified:\n"
              "BY MS. ODEGAARD:\nQ. What did you see?\nA. A white van.\nQ. Were you sure?\nA. I was sure.\n"
              "MR. HOLLOWAY: The defense calls its first witness.\n(Whereupon, the witness was sworn.)\n"
              "BY MR. HOLLOWAY:\nQ. Where do you work?\nA. At the laundromat.\nQ. Did a van come in?\nA. No van came in.\n")
    got = dict(_who(record))
    assert got["I was sure."] == "Wendell Pryce"
    assert got["No van came in."] is None
    assert got["Did a van come in?"] == "Holloway"


def test_an_earnings_call_with_plain_dashes_and_each_name_once():
    text = ("Norrland Q3 Earnings Call\n\nOperator\nGood morning and welcome to the call.\n\n"
            "Harriet Solberg -- Chief Executive Officer\nThis was a difficult quarter.\n\n"
            "Anil Varghese -- Chief Financial Officer\nFree cash flow was 38 million euros.\n")
    got = dict(_who(text))
    assert got["This was a difficult quarter."] == "Harriet Solberg"
    assert got["Free cash flow was 38 million euros."] == "Anil Varghese"


def test_a_depositions_appearances_are_no_speaker():
    text = ("DEPOSITION OF LORNA QUIST\nAPPEARANCES:\n     MS. RENATA VANTERPOOL, for the Plaintiffs\n"
            "                       LORNA QUIST,\ncalled as a witness herein, having been duly sworn, testified:\n"
            "BY MS. VANTERPOOL:\n     Q.   Did you raise concerns?\n     MR. ECKHARDT:  Objection, form.\n"
            "     A.   I raised them in writing, three times.\n")
    got = dict(_who(text))
    assert got["I raised them in writing, three times."] == "Lorna Quist"
    assert "Appearances" not in {who for _, who in _who(text)}


def test_a_name_the_witness_mentions_is_not_the_next_witness():
    record = ("MS. OKONJO: The People call Patricia Ellwood.\n"
              "PATRICIA ELLWOOD, called as a witness, having been duly sworn, testified as follows:\n"
              "DIRECT EXAMINATION\nBY MS. OKONJO:\nQ. What did you do?\n"
              "A. I went back inside and I called Dana Whitlock, who owns the pharmacy.\n"
              "CROSS-EXAMINATION\nBY MR. FALK:\nQ. The light was broken, wasn't it?\nA. No. It was working that night.\n")
    got = dict(_who(record))
    assert got["No. It was working that night."] == "Patricia Ellwood"
    assert got["The light was broken, wasn't it?"] == "Falk"


def test_a_subheading_with_a_dash_in_a_call_is_no_speaker():
    text = ("Lakeshore Outfitters Q2 Call\n\nOperator\nGood morning and welcome.\n\n"
            "Ingrid Solberg — Chief Executive Officer\nThank you. It was a strong quarter.\n\n"
            "Tomas Reyes — Chief Financial Officer\nRevenue rose eight per cent.\n\n"
            "Store Count — North America\nWe opened four stores and closed two.\n")
    doc = read_document("t.txt", text.encode())
    [who] = [s.speaker for s in segment(doc, "transcript", None) if "We opened four" in doc.text[s.start:s.end]]
    assert who == "Tomas Reyes"


def test_the_examinations_kind_and_the_examiner_on_one_line():
    # probe F (session 32): "CROSS-EXAMINATION BY MR. HALVORSEN:" on one line names the examiner
    # as "BY MR. HALVORSEN:" alone does; the questions were an unnamed Q (a false "misattributed")
    record = ("THE COURT: Call your next witness.\nMS. REYES: The State calls Ada Brook.\n"
              "ADA BROOK, having been first duly sworn, testified as follows:\n\n"
              "DIRECT EXAMINATION BY MS. REYES:\n\nQ. Where did you work?\nA. At the warehouse on Pier Road.\n\n"
              "CROSS-EXAMINATION BY MR. HALVORSEN:\n\nQ. But you never actually closed the north bay.\n"
              "A. I did not close it. I regret that every day.\n\nMR. HALVORSEN: Nothing further.\n")
    got = dict(_who(record))
    assert got["Where did you work?"] == "Reyes"
    assert got["But you never actually closed the north bay."] == "Halvorsen"
    assert got["I did not close it. I regret that every day."] == "Ada Brook"
    assert got["At the warehouse on Pier Road."] == "Ada Brook"


def test_the_court_is_the_judge_the_records_caption_names():
    # probe F (session 32): THE COURT's turns were nobody's, so a draft quoting the judge by name
    # could only come out "source names no speaker here"
    record = ("SUPERIOR COURT OF THE STATE OF NORTH DUNMORE\nBEFORE THE HONORABLE ELEANOR PASHLEY, JUDGE\n\n"
              "THE COURT: Good morning. Be seated.\n\nMS. REYES: The State calls Ada Brook.\n\nTHE COURT: Proceed.\n")
    got = dict(_who(record))
    assert got["Good morning. Be seated."] == "Eleanor Pashley"
    assert got["Proceed."] == "Eleanor Pashley"
    two = ("IN THE CIRCUIT COURT\nBefore the Honorable Judge Tom Hale and Judge Ann Ruiz\n\n"
           "THE COURT: Good morning.\n\nMS. REYES: The State calls Ada Brook.\n")
    assert dict(_who(two))["Good morning."] is None   # two judges: the record does not say which
