"""A printed question-and-answer interview: "Q: What did you expect? ¶ A: I expected to be bored."

A Q&A prints the interviewer's questions and the interviewee's answers as paragraphs that open
with ``Q:`` and ``A:`` (or ``Q.`` / ``A.``), after an introduction that names the person
interviewed.  The answers are not in quote marks, but quotes inside them are, and there "I" is
the interviewee, not the writer: "I told the inspector in 2022, “If you leave us at four
members …”" is the interviewee's.

``answer_paragraphs`` finds a story with at least two questions and two answers and gives each
answer paragraph the person its introduction says was interviewed: the one who "spoke with" or
"talked to" the outlet, or whom an "interview with" names.  A story that names no one so, or
two, gives nothing, and "I" stays the writer (the person the introduction names most often may
be its subject, not the one who answers).  A story that prints an excerpt of a Q&A inside its
prose, after a paragraph ending with a colon (or telling of someone asked), gives that excerpt's answers to the one its first
question addresses or its introduction names (``_excerpts``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desk.extract.lexicon import ASKING, ROLE_HEADS
from desk.extract.names import TITLE_WORDS, fold

if TYPE_CHECKING:
    from desk.extract.mentions import Analysis

_QUESTION = re.compile(r"Q[:.][ \t]")
#: The one interviewed, in the introduction: "Strand, 57, spoke with Dominion Wire", "in an
#: interview with Ines Okafor-Reid", "we sat down with Ines Okafor-Reid".
_SPOKE_WITH_AFTER = re.compile(r"(?:\s*,[^,.;]{1,40},)?\s+(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:with|to)\b")
_INTERVIEWED_BEFORE = re.compile(r"\b(?:spoke|speaks|talked|talks|sat\s+down|interview|conversation)\s+(?:with|to)\s+"
                                 r"(?:[A-Z][\w.]*\s+)?$")
_ANSWER = re.compile(r"A[:.][ \t]")


def answer_paragraphs(a: Analysis) -> dict[int, int]:
    """{paragraph index: the interviewee's pid} for the answers of a printed Q&A, else {}."""
    opens = [a.text[p0:p0 + 3] for p0, _ in a.paras]
    questions = [k for k, o in enumerate(opens) if _QUESTION.match(o)]
    answers = [k for k, o in enumerate(opens) if _ANSWER.match(o)]
    if len(questions) < 2 or len(answers) < 2:
        return _excerpts(a, questions, answers)
    intro_end = a.paras[questions[0]][0]
    found = set()
    for m in a.mentions:
        if m[0] >= intro_end:
            break
        if m[3] != "name" or m[2] is None:
            continue
        if _SPOKE_WITH_AFTER.match(a.text, m[1]) or _INTERVIEWED_BEFORE.search(a.text, max(0, m[0] - 40), m[0]):
            found.add(m[2])
    if len(found) != 1:
        return _excerpts(a, questions, answers)
    interviewee = found.pop()
    return {k: interviewee for k in answers if k > questions[0]}


#: A name after these words in an excerpt's introduction is the one asking: "Under questioning
#: from inquest counsel Gwendolyn Asare, Mallory described …:".
_ASKER_BEFORE = re.compile(r"\b(?:from|by)\s+(?:[a-z]+\s+){0,3}$")
#: One who asks, by what follows the name: "Tom Hale put questions to the mayor", "… asked her"
#: (not "spoke with", which the introduction of a whole Q&A uses for the one who answers).
_ASKS_AFTER = re.compile(r"[^.;:!?\n]{0,20}?\b(?:put\s+questions|interviewed|%s)\b" % "|".join(sorted(ASKING)))
#: The asker for certain: "under questioning from inquest counsel Gwendolyn Asare", "questions
#: by Tom Hale" (not "the complaint letter from resident Tom Hale").
_QUESTIONS_FROM = re.compile(r"\bquestion(?:s|ing|ed)?\s+(?:[a-z]+\s+){0,2}(?:from|by)\s+(?:[a-z]+\s+){0,3}$")
#: ... and one who is asked: "Mayor Ann Ruiz was asked about the audit".
_ASKED_OF = re.compile(r"[^.;:!?\n]{0,20}?\b(?:was|were|is|are|been|being|get|gets|got)\s+(?:\w+\s+)?(?:asked|questioned|pressed)\b")
#: One who asks, by the job before the name: "Herald columnist Tom Hale".
_PRESS_BEFORE = re.compile(r"(?i)\b(?:columnist|reporter|journalist|writer|host|interviewer|editor|correspondent)\s+$")
#: An introduction telling of questions put to someone, with no colon before the excerpt.
_ASKED = re.compile(r"\b(?:[Aa]sked|questioned|pressed)\b")
#: The person a question opens by addressing: "Q: Mr. Pellew, your company's …".
_ADDRESSED = re.compile(r"Q[:.][ \t]+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*),")


def question_paragraphs(a: Analysis) -> dict[int, int]:
    """{paragraph index: the asker's pid} for the questions of a Q&A excerpt inside a story's
    prose whose introduction names the one asking ("Falk then asked about a meeting …, and the
    exchange went as follows:" ¶ 'Q: "Did Mr. Pankratz say anything …?"'), else {}."""
    opens = [a.text[p0:p0 + 3] for p0, _ in a.paras]
    questions = [k for k, o in enumerate(opens) if _QUESTION.match(o)]
    answers = [k for k, o in enumerate(opens) if _ANSWER.match(o)]
    return _excerpts(a, questions, answers, askers=True)


def _excerpts(a: Analysis, questions: list[int], answers: list[int], askers: bool = False) -> dict[int, int]:
    """{answer paragraph: pid} for the excerpts of a Q&A a story prints inside its prose: a run
    of ``Q:`` and ``A:`` paragraphs after a paragraph that ends with a colon ("Teale took
    questions from reporters at the museum. An edited excerpt:").  The one answering is the
    person the first question addresses by name ("Q: Mr. Pellew, …"), else the one person the
    introduction names who is not asking ("Under questioning from inquest counsel Gwendolyn
    Asare, Mallory described the moments before he fired:" is Mallory's).  Anything less and the
    answers' "I" stays unknown.  ``askers``: the question paragraphs instead, each the one person
    the introduction has asking (Gwendolyn Asare above)."""
    marked = set(questions) | set(answers)
    out: dict[int, int] = {}
    k = 0
    while k < len(a.paras):
        if k not in marked or k == 0 or k - 1 in marked:
            k += 1
            continue
        block = []
        while k in marked:
            block.append(k)
            k += 1
        intro0, intro1 = a.paras[block[0] - 1]
        intro = a.text[intro0:intro1].rstrip()
        if not intro.endswith(":") and not _ASKED.search(intro):
            continue   # an introduction ends with a colon, or tells of someone asked: "Asked by
            #            reporters whether he would apologize, Oyelaran paused." ¶ "Q: …" ¶ "A: …"
        if askers:
            asking = {m[2] for m in a.mentions if intro0 <= m[0] < intro1 and m[3] == "name" and m[2] is not None
                      and (_QUESTIONS_FROM.search(a.text, max(intro0, m[0] - 50), m[0])
                           or _ASKS_AFTER.match(a.text, m[1]) and not _ASKED_OF.match(a.text, m[1])
                           or _PRESS_BEFORE.search(a.text, max(intro0, m[0] - 30), m[0]))}
            if len(asking) == 1:
                who = asking.pop()
                out.update({b: who for b in block if b in questions})
            continue
        who = None
        if block[0] in questions:
            b0, b1 = a.paras[block[0]]
            named = _ADDRESSED.match(a.text, b0, b1)
            if named is not None and all(fold(w.strip(".")) in TITLE_WORDS | ROLE_HEADS | {"madam", "madame", "mister", "sir"}
                                         for w in named.group(1).split()):
                named = None   # "Q: Madam Mayor, …": an office, which the introduction may name
            if named is not None:
                who = next((m[2] for m in a.mentions if b0 <= m[0] < named.end(1) and m[3] == "name"), None)
        if who is None:
            named = {m[2] for m in a.mentions if intro0 <= m[0] < intro1 and m[3] == "name" and m[2] is not None
                     and not _ASKER_BEFORE.search(a.text, max(intro0, m[0] - 40), m[0])
                     and not _ASKS_AFTER.match(a.text, m[1]) and not _PRESS_BEFORE.search(a.text, max(intro0, m[0] - 30), m[0])}
            who = named.pop() if len(named) == 1 else None
        if who is not None:
            out.update({b: who for b in block if b in answers})
    return out
