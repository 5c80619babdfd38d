"""A printed Q&A interview (review 12, session 37): the answers open with "A:" and are not in
quote marks; a quote inside an answer after "I said" or "I told" is the interviewee's, not the
writer's.  The story is written for this test.
"""

from __future__ import annotations

from desk.extract.quotes import find_quotes

QA = """Q&A: The harbourmaster signs off

PORT ALDER, N.S. — Harbourmaster Ines Okafor-Reid retires this month after 22 years. Okafor-Reid, 64, spoke with the Wire in her office. The interview has been edited for length.

Q: What was the hardest night?

A: The 2014 storm. A skipper called me at 2 a.m. and I said, “Stay off the water until I call you back.” He listened.

Q: What did you tell the port authority?

A: I told the board in 2019, “If you cut the night shift, someone will drown.” They kept it.
"""

COLUMN = """I covered the port for ten years.

I asked the harbourmaster about the storm, and I said, “You must have been terrified.”
"""


def test_i_in_an_answer_is_the_one_interviewed():
    quotes = [q for q in find_quotes(QA) if not q.skipped]
    assert [(q.speaker, q.mention) for q in quotes] == [("Ines Okafor-Reid", "I"), ("Ines Okafor-Reid", "I")]


def test_i_outside_a_qa_stays_the_writer():
    assert [q.speaker for q in find_quotes(COLUMN) if not q.skipped] == [None]


def test_a_qa_whose_introduction_names_no_one_interviewed_leaves_i_the_writers():
    """Second reader, session 37: the person an introduction names most often may be its subject
    ("Donald Trump"), not the one who answers."""
    text = ("Q&A: The reporter behind the tax story\n\nDonald Trump's taxes were the story of the fall. Donald Trump "
            "denied it. Jane Mayer broke it. Donald Trump sued. Jane Mayer won.\n\nQ: How did it start?\n\n"
            "A: A tip. I told my editor, “This is the story of the decade.”\n\nQ: And then?\n\nA: Then we waited.")
    assert [q.speaker for q in find_quotes(text) if not q.skipped] == [None]
