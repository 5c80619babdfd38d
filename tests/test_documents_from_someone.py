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
