"""A printed question-and-answer interview: "Q: What did you expect? ¶ A: I expected to be bored."

A Q&A prints the interviewer's questions and the interviewee's answers as paragraphs that open
with ``Q:`` and ``A:`` (or ``Q.`` / ``A.``), after an introduction that names the person
interviewed.  The answers are not in quote marks, but quotes inside them are, and there "I" is
the interviewee, not the writer: "I told the inspector in 2022, “If you leave us at four
members …”" is the interviewee's.

``answer_paragraphs`` finds a story with at least two questions and two answers and gives each
answer paragraph the person the introduction is about: the one its paragraphs before the first
question name most often (the first named, on a tie).  A story with no such person, or with no
Q&A, gives nothing, and "I" stays the writer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.extract.mentions import Analysis

_QUESTION = re.compile(r"Q[:.][ \t]")
_ANSWER = re.compile(r"A[:.][ \t]")


def answer_paragraphs(a: Analysis) -> dict[int, int]:
    """{paragraph index: the interviewee's pid} for the answers of a printed Q&A, else {}."""
    opens = [a.text[p0:p0 + 3] for p0, _ in a.paras]
    questions = [k for k, o in enumerate(opens) if _QUESTION.match(o)]
    answers = [k for k, o in enumerate(opens) if _ANSWER.match(o)]
    if len(questions) < 2 or len(answers) < 2:
        return {}
    intro_end = a.paras[questions[0]][0]
    counts: dict[int, int] = {}
    for m in a.mentions:
        if m[0] >= intro_end:
            break
        if m[3] == "name" and m[2] is not None:
            counts[m[2]] = counts.get(m[2], 0) + 1
    if not counts:
        return {}
    most = max(counts.values())
    interviewee = next(pid for pid in counts if counts[pid] == most)   # dicts keep first-named order
    return {k: interviewee for k in answers if k > questions[0]}
