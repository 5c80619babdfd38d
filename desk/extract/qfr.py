"""Questions for the record: a witness's written answers to a committee's written questions.

After a hearing, members send the witness questions, and the agency returns a document:

    QUESTIONS FOR THE RECORD
    Submitted to the Honorable Deborah Ashgrove
    Administrator, National Rail Hazards Administration
    …
    Questions from Senator Harlan Vick

    Question 1. At the hearing you testified that railroads are not required …?

    Response. Yes. Under current regulations, a railroad must make information …

Read as prose, nothing was anyone's: the labels ("Question 1.", "Response.") name no one.  Here
each question (and the paragraphs under it up to the response) is the member's whose heading
("Questions from Senator Harlan Vick") it stands under, and each response the witness's the
document is submitted to ("Submitted to the Honorable …", "Responses of …"); a question under
no such heading is the unnamed questioner's.  The cover letter, the headings and what comes
before the first question are no one's words.
"""

from __future__ import annotations

import re

from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, Segment
from desk.extract.names import display_name, strip_titles
from desk.extract.sentences import paragraph_spans, passages

_TITLE = re.compile(r"(?i)\bquestions?[ \t]+for[ \t]+the[ \t]+record\b")
_NAME = r"(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})"
#: Whom the answers are from: "Submitted to the Honorable Deborah Ashgrove", "Responses of Dr. Ann Ruiz".
_RESPONDER = re.compile(r"(?i:submitted[ \t]+to|responses?[ \t]+(?:of|from|by)|answers?[ \t]+(?:of|from|by))[ \t]+"
                        r"(?i:the[ \t]+)?(?i:hon(?:ou?rable|\.)[ \t]+)?" + _NAME)
#: A heading naming the member who asks: "Questions from Senator Harlan Vick".
_ASKER = re.compile(r"[ \t]*(?i:questions?)[ \t]+(?i:submitted[ \t]+)?(?i:from|by)[ \t]+"
                    r"(?:(?i:senator|sen\.|representative|rep\.|congress(?:wo)?man|chair(?:man|woman)?|ranking[ \t]+member)[ \t]+)?"
                    + _NAME + r"[ \t]*:?[ \t]*")
_QUESTION = re.compile(r"[ \t]*(?:(?i:question)[ \t]*(?:\d{1,3}[a-z]?)?[ \t]*[.:)]|Q[ \t]*(?:\d{1,3}[a-z]?)?[.:])[ \t]+")
#: (not a lettered sub-question, "a) How many tank cars were breached?")
_RESPONSE = re.compile(r"[ \t]*(?:(?i:response|answer)[ \t]*(?:\d{1,3}[a-z]?)?[ \t]*[.:)]|A[ \t]*(?:\d{1,3}[a-z]?)?[.:])[ \t]+")


def _person(name: str) -> str:
    return display_name(strip_titles(name)[1])


def is_qfr(text: str) -> bool:
    """The title, the witness it is submitted to, and two questions and two responses at least."""
    head = text[:3000]
    if not _TITLE.search(head) or not _RESPONDER.search(head):
        return False
    starts = [text[a:b] for a, b in paragraph_spans(text, 0, len(text))]
    return sum(1 for p in starts if _QUESTION.match(p)) >= 2 and sum(1 for p in starts if _RESPONSE.match(p)) >= 2


def qfr_segments(text: str) -> list[Segment]:
    """The passages of questions for the record (module docstring)."""
    found = _RESPONDER.search(text[:3000])
    witness = _person(found.group("name")) if found else None
    asker: str | None = None
    voice: tuple[str | None, str] | None = None   # (who, role) of the paragraphs being read
    segments: list[Segment] = []
    turn = -1
    for a, b in paragraph_spans(text, 0, len(text)):
        para = text[a:b]
        if (heading := _ASKER.fullmatch(para)) is not None:
            asker, voice = _person(heading.group("name")), None
            continue
        label = _QUESTION.match(para) or _RESPONSE.match(para)
        if label is not None:
            turn += 1
            voice = (asker, ROLE_SPEAKER if asker else ROLE_QUESTIONER) if label.re is _QUESTION else (witness, ROLE_SPEAKER)
            a += label.end()
        if voice is None or a >= b:
            continue
        segments += passages(text, a, b, turn=turn, speaker=voice[0], role=voice[1], paragraph=(a, b))
    return segments
