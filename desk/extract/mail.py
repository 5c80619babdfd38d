"""An emailed reply to a reporter's questions: whose words each paragraph is.

Press offices often answer by email, the reporter's questions numbered and each answer under
"Response:" (or "Answer:", "A:", the sender's initials).  Saved as text, such a reply is

    From: Priya Castellanos-Whitford <pcw@utility.example>
    Subject: RE: Media request
    Hi Jonah,
    Please find our responses to your questions below. …
    1. When did the utility first learn …?
    Response: An alarm on the chlorine analyzer sounded at 2:14 a.m. …
    On background, not for attribution: the operator …
    Regards,
    Priya Castellanos-Whitford
    Director, Communications
    This email and any attachments are confidential …
    -----Original Message-----
    From: Jonah Pike-Ellery …

Read as a labelled transcript, "Response" became a person, the reporter's questions (one of
them relaying a union's claim) were the spokesperson's words, and so were the signature, the
confidentiality notice and the reporter's own message.  Here the paragraphs are:

* the speaker given at ingest, else the sender the ``From:`` line names: every paragraph of
  the reply's body, an answer's label ("Response:", "Answer:", "Reply:", "A:", or initials,
  "PCW:") left out of the passage;
* the reporter's (role ``questioner``, no one named): a question, numbered ("4. The union says
  …?") or labelled ("Q:", "Question 4:"), ending in a question mark;
* no one's (role ``unknown``): a paragraph the sender marked "On background", "Not for
  attribution" or "Off the record": words the sender asked not to be named for;
* not passages at all: the header, the greeting ("Hi Jonah,"), everything from the sign-off
  ("Regards,", "Thanks,") or the confidentiality notice on, and the message quoted below
  ("-----Original Message-----", "On Tuesday, … wrote:", a later "From:" line, "> " lines).

A text is such a reply when its first lines are an email header with a ``From:`` line and a
``Subject:``, ``Date:`` or ``Sent:`` line.
"""

from __future__ import annotations

import re

from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, ROLE_UNKNOWN, Segment
from desk.extract.names import display_name
from desk.extract.sentences import paragraph_spans, passages

#: A header line of an email: "From: …", "Subject: …".
_HEADER = re.compile(r"(?i)^[ \t]*(from|to|cc|bcc|date|sent|subject|reply-to|importance|attachments?)[ \t]*:[ \t]*(.*)$")
#: The sender's name on the From line, before any address in angle brackets.
_SENDER = re.compile(r"^[\"']?([^<\"'@\n]+?)[\"']?[ \t]*(?:<[^>]*>)?[ \t]*$")
#: The line a mail program puts above a message it forwards or quotes: "---------- Forwarded
#: message ---------", "-----Original Message-----", Outlook's rule of underscores.
FORWARD_MARK = r"-{2,}[ \t]*(?:original|forwarded)[ \t]+message[ \t]*-{2,}|_{8,}"
#: Where the message being answered is quoted below the reply.
_QUOTED_BELOW = re.compile(r"(?im)^[ \t]*(?:" + FORWARD_MARK + r"|on[ \t][^\n]{4,160}[ \t]wrote:|from:[ \t])")
#: A sign-off paragraph: "Regards,", "Thanks,", "Best regards," alone on its line.
_SIGN_OFF = re.compile(r"(?i)(?:(?:best|kind|warm|warmest)[ \t]+)?(?:regards|thanks|thank you|many thanks|best|cheers"
                       r"|sincerely|yours sincerely|yours truly|all the best|take care)[ \t]*[,.!]?")
#: A confidentiality notice: "This email and any attachments are confidential …".
_NOTICE = re.compile(r"(?i)^(?:this|the)[ \t]+(?:e-?mail|message|communication)\b[^\n]{0,200}\bconfidential")
#: A greeting: "Hi Jonah,", "Hello,", "Dear Mr. Pike-Ellery:".
_GREETING = re.compile(r"(?i)^(?:hi|hello|hey|dear|good[ \t]+(?:morning|afternoon|evening))\b[^.!?\n]{0,50}[,:!]?$")
#: A question's label or number: "1.", "4)", "Q:", "Q4.", "Question 2:".
_QUESTION = re.compile(r"(?i)^(?:\d{1,2}[.)]|q\d{0,2}[.:)]|question[ \t]*\d{0,2}[ \t]*[.:)])[ \t]+")
#: An answer's label: "Response:", "Answer 3:", "A:", "Reply -".
_ANSWER = re.compile(r"(?i)^(?:response|answer|reply|a)[ \t]*\d{0,2}[ \t]*[:.)][ \t]*|^(?:response|answer|reply)[ \t]*[-–—][ \t]*")
#: Words the sender asked not to be named for.
_BACKGROUND = re.compile(r"(?i)^(?:on[ \t]+background|not[ \t]+for[ \t]+attribution|off[ \t]+the[ \t]+record)\b")
#: Initials as an answer's label: "PCW:".
_INITIALS = re.compile(r"^([A-Z]{2,4})[ \t]*:[ \t]*")


#: A line that opens an answer: "Response:", "A:", "Answer 3:".
_ANSWER_LINE = re.compile(r"(?im)^[ \t]*(?:response|answer|reply|a)[ \t]*\d{0,2}[ \t]*[:.)][ \t]*\S")
#: A line that asks a numbered or labelled question and ends with its question mark.
_QUESTION_LINE = re.compile(r"(?im)^[ \t]*(?:\d{1,2}[.)]|q\d{0,2}[.:)]|question[ \t]*\d{0,2}[ \t]*[.:)])[ \t]+[^\n]*\?[ \t]*$")
#: A transcript's label in capitals: "SAMIR HADDAD:" (notes that go on past a pasted email).
_CAPS_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+)+[ \t]*:")
#: A label whose words are in quote marks: someone the sender quotes, 'BRANDT: "No. …"' (not an
#: answer's own label, 'A: "We expect to lift it Friday."': the sender's quotable answer).
_QUOTING_LABEL = re.compile(r"(?m)^[ \t]*(?!(?i:a|q|answer|response|reply|question)\b)"
                            r"[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}(?:[ \t]*\([^)\n]{1,40}\))?:[ \t]*[\"“]")


def is_reply(text: str) -> bool:
    """The text opens with an email header (a From line and a Subject, Date or Sent line) over a
    reply to questions: an answer's label ("Response:") or two numbered questions, and no
    transcript in capital labels below it.  A release or a statement someone emailed on is read
    as its kind says (its header lines are no one's words there either)."""
    fields = set()
    for line in text.lstrip().split("\n")[:10]:
        m = _HEADER.match(line)
        if m is None:
            break
        fields.add(m.group(1).lower())
    if "from" not in fields or not fields & {"subject", "date", "sent"}:
        return False
    answered = _ANSWER_LINE.search(text) is not None or len(_QUESTION_LINE.findall(text)) >= 2
    # (nor a pool report, which quotes others by label: 'BRANDT: "No. I'm confident …"')
    return answered and len(_CAPS_LABEL.findall(text)) < 2 and len(_QUOTING_LABEL.findall(text)) < 2


def _sender(text: str) -> str | None:
    for line in text.lstrip().split("\n")[:10]:
        m = _HEADER.match(line)
        if m is None:
            break
        if m.group(1).lower() == "from":
            name = _SENDER.match(m.group(2).strip())
            return display_name(name.group(1).strip()) if name and " " in name.group(1).strip() else None
    return None


def _initials(name: str | None) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name or "") if w[:1].isalpha()).upper()


def _paragraphs(text: str, start: int, end: int, marks: set[str]) -> list[tuple[int, int]]:
    """Blank-line paragraphs, each cut again where a line opens a question or an answer
    ("1. When did …?" ¶ "Response: An alarm …" on the next line, with no blank line between)."""
    out = []
    for p_start, p_end in paragraph_spans(text, start, end):
        cut = p_start
        for line in re.finditer(r"\n[ \t]*(\S[^\n]*)", text[p_start:p_end]):
            opens = line.group(1)
            initials = _INITIALS.match(opens)
            if _ANSWER.match(opens) or _QUESTION.match(opens) or initials and initials.group(1) in marks:
                at = p_start + line.start(1)
                out.append((cut, p_start + len(text[p_start:at].rstrip())))
                cut = at
        out.append((cut, p_end))
    return [(a, b) for a, b in out if b > a]


def reply_segments(text: str, speaker: str | None) -> list[Segment]:
    """The passages of an emailed reply (module docstring), sentence by sentence."""
    who = speaker or _sender(text)
    body = 0
    while True:   # past the header lines and the blank line after them
        nl = text.find("\n", body)
        line = text[body:nl if nl >= 0 else len(text)]
        if nl < 0 or not (_HEADER.match(line) or not line.strip() and body == 0):
            break
        body = nl + 1
    below = _QUOTED_BELOW.search(text, body)
    end = below.start() if below else len(text)
    marks = {_initials(who), _initials(_sender(text))} - {""}
    segments: list[Segment] = []
    turn, last_role = -1, None
    for p_start, p_end in _paragraphs(text, body, end, marks):
        para = text[p_start:p_end]
        first_line = para.split("\n", 1)[0].strip()
        if _SIGN_OFF.fullmatch(first_line) or _NOTICE.match(para):
            break
        if not segments and turn < 0 and _GREETING.match(first_line) and "\n" not in para:
            continue
        if para.lstrip().startswith(">"):
            continue
        start, role, label, speaker_of = p_start, ROLE_SPEAKER, None, who
        answer = _ANSWER.match(para)
        initials = _INITIALS.match(para)
        if _QUESTION.match(para) and para.rstrip().endswith("?"):
            role, label, speaker_of = ROLE_QUESTIONER, "Q", None
        elif answer:
            start, label = p_start + answer.end(), answer.group(0).strip(" :.)-–—")
        elif initials and initials.group(1) in marks:
            start, label = p_start + initials.end(), initials.group(1)
        elif _BACKGROUND.match(para):
            role, speaker_of = ROLE_UNKNOWN, None
        if speaker_of is None and role == ROLE_SPEAKER:
            role = ROLE_UNKNOWN
        if role != last_role or role != ROLE_SPEAKER or label is not None:
            turn += 1
        last_role = role
        segments += passages(text, start, p_end, turn=turn, speaker=speaker_of, label=label, role=role)
    return segments
