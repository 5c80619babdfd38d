"""A document the story says is from someone speaks as that person (session 38, review 14).

"The memo from CEO Adrian Pellegrini-Roth was obtained by …" then "“…,” the memo said" and
"According to the memo, … “…”" are the chief executive's words.  The stories are written for
these tests."""

from __future__ import annotations

from desk.extract.quotes import find_quotes

MEMO = """SAN MARLOW - Quillion Systems will lay off about 1,800 people, its chief executive told employees Wednesday.

The memo from CEO Adrian Pellegrino-Roth was obtained by Continental Press.

According to the memo, affected workers will receive 16 weeks of pay, and "everyone leaving will keep their laptop."

"We grew too fast, and we grew in the wrong places," the memo said.
"""


def test_the_memo_from_a_named_person_is_theirs():
    assert [q.speaker for q in find_quotes(MEMO)] == ["Adrian Pellegrino-Roth", "Adrian Pellegrino-Roth"]


def test_a_sentence_opening_on_the_memo_is_its_authors():
    text = MEMO.replace("According to the memo, affected workers will receive 16 weeks of pay, and",
                        "The memo promised workers that")
    assert [q.speaker for q in find_quotes(text)] == ["Adrian Pellegrino-Roth", "Adrian Pellegrino-Roth"]


def test_a_memo_from_no_one_named_stays_as_written():
    """"According to the memo" had named no one at all; now the memo, as the story writes it."""
    text = MEMO.replace("The memo from CEO Adrian Pellegrino-Roth was obtained", "The memo was obtained")
    assert [q.speaker for q in find_quotes(text)] == ["the memo", "the memo"]


def test_memos_from_two_people_are_no_ones_for_sure():
    text = MEMO.replace("was obtained by Continental Press.",
                        "was obtained by Continental Press, as was a memo from CFO Dana Whitlow.")
    assert [q.speaker for q in find_quotes(text)] == ["the memo", "the memo"]


def test_a_letter_read_out_is_its_writers_words():
    """Review 17 (session 39): "MLA Tobias Rennick … read a letter from Solheim into the record
    on Monday:" and the letter quoted after it.  Before, the words were the MLA's."""
    text = ("Arvid Solheim, 67, a retired crab fisherman, has lived on the island all his life.\n\n"
            "MLA Tobias Rennick, whose riding includes the island, read a letter from Solheim into the record on Monday:\n\n"
            "\u201cI have never asked the province for anything.\u201d\n\n"
            "Rennick then read his own statement: \u201cThe island deserves a ferry.\u201d\n")
    said = [q.speaker for q in find_quotes(text)]
    assert said == ["Arvid Solheim", "Tobias Rennick"]


def test_read_from_guard_the_readers_own_words_after_the_reading():
    """Second reader (session 39): "read a letter from Mayor Ruark aloud, then … told council:
    “…”" and "quoted from a statement by Premier Holt and then said, “…”" are the reader's."""
    text = ("Delphine Ruark, the mayor, wrote to residents on Monday.\n\n"
            "Lavinia Cruz read a letter from Mayor Delphine Ruark aloud, then tore it in half and told council: "
            "\u201cThis is an insult to every family on the North Shore.\u201d\n\n"
            "Opposition leader Tom Haldane quoted from a statement by Premier Dana Holt and then said, "
            "\u201cThat is not an apology.\u201d\n")
    said = [q.speaker for q in find_quotes(text)]
    assert said == ["Lavinia Cruz", "Tom Haldane"]


def test_a_letter_from_someone_described_before_the_name():
    """Second reader (session 39): "read a letter from her neighbour, Ida Brant: “…”" was the
    reader's; it is the neighbour's (a published Q&A's introduction stores it so too)."""
    text = ("Lavinia Cruz read a letter from her neighbour, Ida Brant: \u201cMy grandson drank that water for "
            "three days and nobody told us.\u201d\n")
    assert [q.speaker for q in find_quotes(text)] == ["Ida Brant"]


def test_testimony_the_judge_reads_out_is_the_witnesss():
    """Review 18 (session 39): "the judge read Pell’s testimony aloud from her notes: “…”" is
    Pell's words; before, the judge's (and "from her notes" is no verb of hers)."""
    text = ("Judge Harriet Okabe granted the injunction on Thursday.\n\n"
            "In her ruling, Okabe called the night charge nurse, Tessa Pell, \u201ca careful and credible witness.\u201d "
            "Pell testified about four deliveries, and the judge read Pell\u2019s testimony aloud from her notes: "
            "\u201cTwo of those mothers would not have made it to Halbrook.\u201d\n")
    assert [q.speaker for q in find_quotes(text)] == ["Harriet Okabe", "Tessa Pell"]
