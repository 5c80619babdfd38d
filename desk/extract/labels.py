"""Labelled transcripts: which lines open a speaker's turn.

``_find_turns(text, known)`` reads a text's layout (:class:`_Layout`): the label lines that open
turns, the people header lines name ("Moderator: Claire Dufresne, …"), where the labels stand,
and the text's word index (:class:`desk.extract.labelnames._Words`).  ``desk.extract.transcripts``
decides whether a document is labelled, cuts each turn into passages and resolves each label to
a speaker (its docstring, "Label -> speaker"), with the names ``desk.extract.labelnames`` reads
(label keys, title stripping, the fullest name a text gives for a surname) and the library's
speakers (:class:`desk.extract.known._KnownSpeakers`).

Label rules:

* A label opens a line (after an optional time stamp such as ``[00:01:23]`` and an optional
  ``>>``; Markdown bold around it, ``**Alma Reyes:**`` or ``**Alma Reyes**:``, as a transcript
  copied from a web page into a .txt file keeps it): up to six words and an optional parenthetical (``OKAFOR (through interpreter)``),
  then a colon, maybe after a space (French ``ANIMATEUR :``), then a space or the end of the
  line.  Commas, digits first and times never make a label ("March 12, 2024, 4:05 p.m." is not
  one).  Only line starts count: "Word:" inside prose never does.  An all-caps label may end in
  a description after commas, as cable news prints them (``SEN. MARA QUINTERO (D-NM), SENATE
  CANDIDATE:``), in a text with two or more plain all-caps labels; the label is the name before
  the comma.  A time right after the colon, in brackets or alone on the line (``Alma Reyes:
  (00:00)``), is not speech; "REYES: 9:30 is when …" is.
* Layouts without a colon: the Public Papers' "The President. …", "Q. …", "Prime Minister
  Lacasse. …" (three or more lines, two of them not questions); a briefing's ``Q`` followed by a
  tab or two spaces (``Q    Mr. President, …``), in a text with two or more all-caps labels, or
  ``Q.``/``A.`` pairs (two of each); a recorder app's name and time alone on a line above the
  speech (``Alma Reyes  0:03``, Teams' ``Pryce, Joanna   0:04``: :mod:`desk.extract.layouts`),
  two or more, one name recurring; and the Congressional Record's
  and its hearings' ``Mr. HALVORSEN.``, ``Ms. McALLISTER.``, ``Senator ORTIZ.``, ``The PRESIDING
  OFFICER.``, three or more.
* All-caps labels (``MINISTER OKAFOR:``, ``DR. QURESHI:``, ``Q:``, ``HÉLÈNE BRASSARD :``) and
  questioner labels (``Question:``, ``Reporter:``) are labels.  So is a label for someone the
  transcript does not name (``Speaker 2:``, ``Some hon. members:``) among other turns.  A
  mixed-case label (``Okafor:``) is one only when it behaves like one: the same label opens two
  or more lines, or it gives a member's riding or party in brackets (``Hon. Pierre Lacasse
  (Carleton, CPC):``), or it names a person the document or the library knows and other turns
  are labelled, or, among labelled turns, its speech opens like a sentence (on its line or the
  next: a parliamentary ``Right Hon. Adaeze Okafor (Prime Minister, Lib.):`` above the
  speech).  A time in square brackets before the colon is no part of the name (``Alma Reyes
  [00:00:01]:``).
* Administrative words are never speakers (``Transcript:``, ``Note:``, ``Date:``, ``Speakers:``,
  ``Panel:``, ``Candidates:``, ``Media contact:``, an agenda's ``ADJOURNMENT:`` …), nor is a line
  opened by a list's ordinal, a day or a salutation (``FIRST:``, ``MONDAY NOON:``, ``DEAR MAYOR:``).
* Header lines before the first turn are not turns: a label line whose value is a person
  ("Moderator: Claire Dufresne, director of communications", "Reporter: Mira Ostrowski",
  "Animateur : Julien Thibodeau") when the label is mixed-case or the line sits inside a
  block of other header lines.  Everything before the first turn is skipped; header lines feed
  the name resolution (``desk.extract.transcripts``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.extract.examination import EXAMINER
from desk.extract.labelnames import (
    _PAREN,
    _PARTICLES,
    NOT_NAME_WORDS,
    NOT_SPEAKER_OPENERS,
    NOT_SPEAKERS,
    _bare,
    _fullest_name,
    _label_key,
    _name_from_value,
    _strip_all_titles,
    _Words,
)
from desk.extract.layouts import (
    LEADERS,
    STAMPED,
    chat_times,
    given_first,
    legend,
    name_paragraphs,
    speech_below,
    titled_turns,
)
from desk.extract.names import is_questioner

if TYPE_CHECKING:
    from desk.extract.known import _KnownSpeakers

# ---------------------------------------------------------------------------------------------
# vocabulary

# A label at the start of a line (see the module docstring).
_LABEL = re.compile(
    # a time before the label, as a recorder or a phone shows it: "00:14", "[9:16 PM]",
    # "[12/01/2026, 9:16 PM]", "12/01/26, 21:16 - "
    r"^[ \t]*(?:[\[(]?(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]+(?:-[ \t]+)?)?(?:>>[ \t]*)?(?:\*\*|__)?"
    # a bulletin's clip of someone's voice: "[CLIP] HARLAN MBEKI-STRAND:" is that person's turn
    r"(?:[\[(](?i:clip|sound[ ]?bite|sot|audio|tape|actuality)[\])][ \t]*)?"
    # (or a minister by a portfolio of more words: "The Minister of Labour and Workplace Safety")
    r"(?P<label>(?:The[ ]Minister[ ]of(?:[ ](?:[A-Z][\w'’\-]*|and|of|the|for|&)){1,8}(?=[ \t]*[:(])"
    r"|[^\W\d_][\w.'’\-]*(?:[ \u00a0](?!\d)[\w.'’\-&]+){0,5}?(?:[ \u00a0]\d{1,2})?)"
    # (one level of brackets inside: "The Chair (Mr. Dorian Keswick-Ambrose (Halbrook—Tern Valley, Lib.))")
    r"(?:[ \t]*(?:\((?:[^()\n]|\([^()\n]{1,60}\)){1,100}\)|\[\d{1,2}:\d{2}(?::\d{2})?\]))?)"
    r"(?P<role>(?:,[ \t]*[^\W_][^\n,:()]{0,60}?){1,3})?"
    # a stage note after the role: "TEODOR MIKKELSEN-ABARA, NEWSNINE CORRESPONDENT (voice-over):"
    r"(?:[ \t]*\((?i:voice-over|voiceover|v\.o\.|on camera|on-camera|through (?:an )?interpreter|via [^()\n]{1,30})\))?"
    r"(?:\*\*|__)?[ \t\u00a0\u202f]?:(?:\*\*|__)?(?=[ \t\u00a0\u202f]|$)",
    re.M,
)
#: A time right after a label ("Alma Reyes: (00:00)" and the speech on the next line).
_STAMP = re.compile(r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?=[ \t]*(?:\n|$)))[ \t]*")
#: A briefing's question with no colon: "Q    Mr. President, …" (a tab, two spaces, or "Q. ").
_BARE_Q = re.compile(r"^[ \t]*(?P<label>Q)(?:\.?(?:\t|[ ]{2,})|\.[ ])(?=\S)", re.M)
#: A briefing's question with one space after the Q: "Q Thank you, Signe. Admiral, …".
_SPACED_Q = re.compile(r"^[ \t]*(?P<label>Q)[ ](?=[A-Z\"“'‘])", re.M)
_BARE_A = re.compile(r"^[ \t]*(?P<label>A)(?:\.?(?:\t|[ ]{2,})|\.[ ])(?=\S)", re.M)
#: A chat export's line whose sender is a phone number: "[3/3/26, 7:05:19 AM] +1 (304) 555-0147:".
_CHAT_NUMBER = re.compile(r"^\[\d{1,2}/\d{1,2}/\d{2,4},[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?\][ \t]+"
                          r"(?P<label>\+?\d[\d ()\-]{6,18}\d):", re.M)
#: The label of a turn a caption file opens with a bare ">>" (a new voice it does not name).
BARE_VOICE = ">>"
_BARE_VOICE = re.compile(r"^[ \t]*>>[ \t]*(?=\S)", re.M)
#: A court record's line naming the examining lawyer: "BY MS. ODEGAARD:".
_EXAMINED_BY = re.compile(r"(?m)^[ \t]*" + EXAMINER + r"[A-Z][\w'’\-]+):")
#: The Congressional Record's labels, and its printed hearings': "Mr. HALVORSEN.", "Ms. McALLISTER.",
#: "Mr. O'HALLORAN.", "Ms. NÚÑEZ.", "Ms. ST. CLAIR.", "Mr. KING of Maine.", "Senator ORTIZ.", "The PRESIDING OFFICER.",
#: "The PRESIDING OFFICER (Mr. ORTIZ).", "The SPEAKER pro tempore." — then the speech on the same
#: line.  Each capitalised word has one way to match (a lower-case prefix such as "Mc" must hold a
#: lower-case letter), so a headline in capitals is read in linear time.
_UP = "A-ZÀ-ÖØ-Þ"
_RECORD_WORD = rf"(?:[{_UP}][a-zà-öø-ÿ]{{1,2}})?[{_UP}][{_UP}'’\-]+"
_RECORD_MEMBER = (r"(?:(?:Mr|Ms|Mrs|Miss|Dr)\.|Senator|Chairman|Chairwoman|Representative|Secretary|General|Admiral"
                  rf"|Governor|Ambassador|Director|Commissioner|Judge)[ ](?P<member>(?:ST\.[ ])?{_RECORD_WORD}(?:[ ]{_RECORD_WORD}){{0,2}})"
                  r"(?:[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?")
_RECORD_OFFICE = (r"The[ ](?:(?:ACTING|PRESIDING|VICE|DEPUTY)[ ])?(?:OFFICER|SPEAKER|CHAIR|CHAIRMAN|CHAIRWOMAN|PRESIDENT|CLERK)"
                  r"(?:[ ]pro[ ]tempore)?(?:[ ]\([^()\n]{1,40}\))?")
_RECORD = re.compile(rf"^[ \t]*(?P<label>{_RECORD_MEMBER}|{_RECORD_OFFICE})\.[ \t]+(?=\S)", re.M)
_RECORD_LABEL = re.compile(_RECORD_MEMBER)
#: How a member opens a turn on the floor or in committee, addressing the chair.
_FLOOR_ADDRESS = re.compile(r"(?:Mr\.|Madam|Madame)[ ](?:President|Speaker|Chairman|Chair|Chairwoman)\b|Madame la Présidente\b|(?:Monsieur|M\.) le Président\b")
#: The Public Papers' news conferences: "The President. Thank you …", "Q. Mr. President, …", "Prime
#: Minister Lacasse. We agree …" — a paragraph opening with its speaker and a full stop.
_PAPERS = re.compile(
    r"^[ \t]*(?P<label>The[ ](?:Vice[ ])?President|The[ ]First[ ]Lady|Q|Participant|Audience[ ]members?"
    r"|(?:Prime[ ]Minister|(?:Vice[ ])?President|Chancellor|(?:General[ ])?Secretary|(?:Foreign[ ])?Minister|Governor"
    rf"|Senator|Mayor)[ ](?:(?:van|von|de|der|den|du|la|le|da|di)[ ])*[{_UP}][\w'’\-]+)"
    r"\.[ \t]+(?=\S)",
    re.M,
)
#: Labels for someone the transcript does not name.  Folded keys.
_UNNAMED = re.compile(r"^(?:(?:speaker|voice|participant|person|caller|male|female)[\s_]*\d+"
                      r"|(?:unidentified|unknown|unnamed)\b.*|(?:some|several|an|a)?\s*(?:hon|honourable|honorable)?\s*members?"
                      r"|crowd|audience(?:\s+members?)?|crosstalk|protesters?|protestors?"
                      # "SPEAKER FROM GALLERY", "VOICE FROM THE FLOOR": someone in the room, not named
                      r"|(?:speaker|voice|man|woman|person)\s+(?:from|in)\s+(?:the\s+)?(?:gallery|floor|audience|crowd|room)"
                      # a meeting app's caller with no name: "Call-in User_3", "Dial-in user 2", "Guest User 4" (not "GUEST:")
                      r"|(?:callin|dialin)(?:\s*users?)?[\s_]*\d*|guest\s*users?[\s_]*\d*)$")
_NON_SPACE = re.compile(r"\S")
#: A member's party in brackets, as parliaments print it: "(Carleton, CPC)", "(Prime Minister, Lib.)".
_SEAT = re.compile(r"\((?:[^()]*,\s*)?(?:Lib|CPC|NDP|BQ|GP|Con|Lab|LD|SNP|PC|Ind|Green|PQ|CAQ|UCP|Sask)\.?\)\s*$")
#: A party and state in brackets after a name: "(D-NM)", "(R)", "(I-Vt.)".
_PARTY = re.compile(r"\((?:[A-Z]{1,3}|[A-Z]{1,3}-[A-Za-z. ]{2,14})\)\s*$")
_BLANK = re.compile(r"\n[ \t]*\n\s*")


def _is_caps(label: str) -> bool:
    """Letters, all of them capitals (stops at the first that is not: a long line of prose costs
    one word, not the line)."""
    seen = False
    for c in label:
        if c.isalpha():
            if not c.isupper():
                return False
            seen = True
    return seen


#: A minister named by portfolio, as a legislature's transcript labels one: "The Minister of
#: Labour and Workplace Safety" (a key in the header says who holds it).
_PORTFOLIO = re.compile(r"The Minister of(?: (?:[A-Z][\w'’\-]*|and|of|the|for|&)){1,8}")


def _is_name_like_label(label: str) -> bool:
    if _PORTFOLIO.fullmatch(_PAREN.sub("", label).strip()):
        return True
    words = _PAREN.sub("", label).split()
    if not 1 <= len(words) <= 4:
        return False
    return all(w[:1].isupper() or _bare(w) in _PARTICLES for w in words)


# ---------------------------------------------------------------------------------------------
# label lines and turns


@dataclass
class _LabelLine:
    line_start: int  # offset of the line in the text
    label: str  # as written, without the colon
    speech_start: int  # first character after the colon and the spaces that follow it
    value: str  # rest of the line
    caps: bool
    first_in_block: bool
    label_end: int


@dataclass
class _Layout:
    turns: list[_LabelLine]
    headers: dict[str, str]  # folded header label -> the person it names
    label_spans: list[tuple[int, int]]
    words: _Words | None = None  # the text's word index (built by _find_turns)


#: Words of a document's heading line ("CKFW Morning Edition: Interview transcript"): no speaker's turn.
_HEADING_WORDS = re.compile(r"(?i)\b(?:transcripts?|interview|episode|edition|podcast|broadcast|hearing|"
                            r"briefing|remarks|conference call|earnings call|webinar|town hall|show notes)\b")
#: A chat's title, in its label only ("TEXT MESSAGES: Pellworth Avenue heat story"; not a message
#: "Odile: check your messages").
_CHAT_TITLE = re.compile(r"(?i)\b(?:(?:text |chat |group )?messages|group chat|chat log|message thread)\b")
_BROADCAST_ROLE = re.compile(r"(?:CO-?)?(?:HOST|ANCHOR|MODERATOR|CORRESPONDENT|REPORTER|GUEST)", re.I)


#: Brackets inside a label's brackets: the riding and party of "The Chair (Mr. Dorian
#: Keswick-Ambrose (Halbrook—Tern Valley, Lib.))", which the label is read without.
_INNER_BRACKETS = re.compile(r"[ \t]*\([^()\n]*\)(?=[^()\n]*\))")


def _label_lines(text: str) -> list[_LabelLine]:
    lines, described = [], []
    for m in _LABEL.finditer(text):
        label = _INNER_BRACKETS.sub("", re.sub(r"[ \u00a0]+", " ", m.group("label")).strip())
        line = _line_at(text, m.start(), label, m.end(), _is_caps(_PAREN.sub("", label)))
        if not m.group("role"):
            lines.append(line)
        elif line.caps and (_PARTY.search(label) or (_is_caps(m.group("role")) and not re.search(r"\d", m.group("role")))):
            described.append((line, m))   # "SEN. MARA QUINTERO (D-NM), SENATE CANDIDATE:"; "Mara Quintero, the senator: …" is prose
    caps = sum(1 for c in lines if c.caps)
    if caps >= 2:
        # Cable news describes a guest after commas among plain labels ("BLITZER:"); alone, a
        # capitalised line with commas is a heading, a dateline or a list ("WASHINGTON, D.C.: …").
        lines += [c for c, _ in described]
    elif caps:
        # a broadcast role after the comma is a label beside one other ("NADIA FERREIRA, HOST:")
        lines += [c for c, m in described if _BROADCAST_ROLE.fullmatch(m.group("role").strip(" \t,"))]
    chat = list(_CHAT_NUMBER.finditer(text))
    if chat and sum(1 for c in lines if text.startswith("[", c.line_start)) >= 2:
        # a chat export's sender saved only as a phone number: "[3/3/26, 7:05:19 AM] +1 (304) 555-0147:"
        lines += [_line_at(text, m.start(), m.group("label"), m.end(), True) for m in chat
                  if not any(c.line_start == m.start() for c in lines)]
    if sum(1 for c in lines if text.startswith(">>", c.line_start)) >= 2 \
            or len(_BARE_VOICE.findall(text)) >= max(4, 2 * sum(_label_key(c.label) not in NOT_SPEAKERS for c in lines)):
        # (or a file of bare voices, a header's fields above them)
        # captioners' ">>" opens every new voice, named or not (">> THANK YOU. SO, UH, …"
        # after "DIRECTOR SZABO, YOU HAVE THE FLOOR."): a bare one is a turn of its own
        lines += [_line_at(text, m.start(), BARE_VOICE, m.end(), True) for m in _BARE_VOICE.finditer(text)
                  if not any(c.line_start == m.start() for c in lines)]
    questions = list(_BARE_Q.finditer(text))
    answers = list(_BARE_A.finditer(text)) if questions else []
    examined = bool(questions and answers and _EXAMINED_BY.search(text))   # "BY MS. ODEGAARD:" over one Q. and A.
    if (len(questions) >= 2 and len(answers) >= 2) or examined:   # "Q. When …?" / "A. In the spring …": an interview
        lines += [_line_at(text, m.start(), m.group("label"), m.end(), True) for m in questions + answers]
    elif len(questions) >= 2 and not answers and len(unlabelled := _unlabelled_answers(text, questions)) >= 2:
        # a magazine's Q&A: "Q. How did it start?" over an answer with no label of its own
        lines += [_line_at(text, m.start(), "Q", m.end(), True) for m in questions]
        lines += [_line_at(text, at, "A", at, True) for at in unlabelled]
    elif sum(1 for c in lines if c.caps) >= 2 and (questions or len(questions := list(_SPACED_Q.finditer(text))) >= 2):
        # a briefing: "THE PRESIDENT:" … "Q    …", or "Q Thank you, Signe." with one space (two
        # such lines at least: one could be a sentence about a Q)
        lines += [_line_at(text, m.start(), "Q", m.end(), True) for m in questions]
    stamped = [m for m in STAMPED.finditer(text)
               if _is_name_like_label(given_first(m.group("label"))) or _UNNAMED.match(_label_key(m.group("label")))]
    if len(stamped) >= 2 and len({m.group("label") for m in stamped}) < len(stamped) \
            and speech_below(text, stamped) and (not any(m.group("clock") for m in stamped) or chat_times(text, stamped)):
        # "Alma Reyes  0:03" over the speech, as recorder apps export it, a voice coming back
        # ("Ferry Landing  7:45", "North Levee  9:30": a timeline's places come once each; a
        # timetable's lines stand one under another, with no speech between)
        lines += [_line_at(text, m.start(), given_first(m.group("label")), m.end(), True) for m in stamped]
    lines += [_line_at(text, start, label, end, True) for start, label, end in titled_turns(text, {c.line_start for c in lines})]
    papers = list(_PAPERS.finditer(text))
    if len(papers) >= 3 and sum(m.group("label") != "Q" for m in papers) >= 2 \
            and max(Counter(m.group("label") for m in papers).values()) >= 2:
        # not two lines a speech quotes, nor a speech greeting dignitaries one by one or a voter
        # guide's "Mayor Hale. Wants …": in a news conference somebody speaks twice
        lines += [_line_at(text, m.start(), m.group("label"), m.end(), True) for m in papers
                  if not any(c.line_start == m.start() for c in lines)]
    record = list(_RECORD.finditer(text))
    if len(record) >= 3 and (max(Counter(m.group("label") for m in record).values()) >= 2
                             or any(m.group("label").startswith("The") for m in record)) \
            or len(record) == 2 and record[0].group("label") == record[1].group("label") \
            and any(_FLOOR_ADDRESS.match(text, m.end()) for m in record):
        # two "Mr. SMITH." lines a speech quotes are not the Record's layout, nor three members'
        # one line each: on the floor or at a hearing somebody speaks twice, or the chair does;
        # one senator's excerpt ("Mr. HALE. Mr. President, I rise …" … "Mr. HALE. Mr. President,
        # I yield the floor.") shows its layout by the address to the chair
        lines += [_line_at(text, m.start(), m.group("label"), m.end(), True) for m in record]
    if not lines:
        # a podcast's export: "Marisol Vega" alone over her words, "00:00" below it left out
        lines = [_line_at(text, m.start("label"), m.group("label"), m.end("label"), False)
                 for m in name_paragraphs(text, _is_name_like_label)]
    return sorted(lines + _inline_labels(text, lines), key=lambda c: c.line_start)


def _unlabelled_answers(text: str, questions: list[re.Match]) -> list[int]:
    """Where each question's answer starts when it has no label: the paragraph after the
    question's, unless that is another question or has a label of its own."""
    blank = re.search(r"\n[ \t]*\n", text) is not None
    gaps = [g.end() for g in re.finditer(r"\n[ \t]*\n[ \t]*" if blank else r"\n[ \t]*", text)]   # found once
    starts = {m.start() for m in questions}
    found = []
    for m in questions:
        k = bisect.bisect_left(gaps, m.end() + 1)
        if k >= len(gaps) or gaps[k] >= len(text):
            continue
        at = gaps[k]
        end = text.find("\n", at)
        line = text[at:end if end >= 0 else len(text)]
        if at not in starts and not _LABEL.match(text, at) and line.strip():
            found.append(at)
    return found


_DAY_OR_DEAR = frozenset("dear monday tuesday wednesday thursday friday saturday sunday".split())


def _line_at(text: str, line_start: int, label: str, label_end: int, caps: bool) -> _LabelLine:
    """The label line of ``label`` ending at ``label_end``: its speech starts after the spaces and
    a time that follow ("Alma Reyes: (00:00)"), on this line or the next."""
    speech_start = label_end
    while speech_start < len(text) and text[speech_start] in " \t\u00a0\u202f":
        speech_start += 1
    stamp = _STAMP.match(text, speech_start)
    if stamp:
        speech_start = stamp.end()
    line_end = text.find("\n", speech_start)
    line_end = len(text) if line_end < 0 else line_end
    return _LabelLine(line_start, label, speech_start, text[speech_start:line_end].strip(), caps,
                      _opens_block(text, line_start), label_end)


#: Capitals that may open a turn in the middle of a line, right after a sentence ends.
_INLINE_LABEL = re.compile(r"(?<=[.!?…\"”)\]])[ \t]{0,3}(?P<label>[^\W\d_a-z][^\W\da-z]*(?:(?:\. |[ .'’\-])[^\W\da-z]+){0,3}):[ \t]+(?=\S)")


def _inline_labels(text: str, lines: list[_LabelLine]) -> list[_LabelLine]:
    """Turns a scraped transcript runs into the line before: "KELLY: Go ahead, Mr. Trump. TRUMP: I
    have heard …", "… on this issue.O’MALLEY: I’m the one …".  Only an all-caps label the text
    already uses at the start of a line, right after a sentence ends, opens one (in a text with at
    least two such lines)."""
    caps = [c.label for c in lines if c.caps and len(c.label) >= 2]
    labels = set(caps)
    if len(caps) < 2:
        return []
    out = []
    line_end = -1
    for m in _INLINE_LABEL.finditer(text):
        if m.group("label") not in labels:
            continue
        start = m.start("label")
        if line_end < m.end():   # one look for the line's end per line, not per label on it
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
        value = text[m.end():min(line_end, m.end() + _VALUE_MAX)].strip()
        out.append(_LabelLine(start, m.group("label"), m.end(), value, True, False, m.end("label") + 1))
    return out


#: How much of a line after an inline label its value holds: what the layout rules read of it
#: (a name, a title in capitals) is short, and a scraped transcript's one line is the whole text.
_VALUE_MAX = 400


def _opens_block(text: str, pos: int) -> bool:
    """True when the line at ``pos`` starts the text or follows a blank line."""
    k = pos - 1
    newlines = 0
    while k >= 0 and text[k].isspace():
        if text[k] == "\n":
            newlines += 1
            if newlines == 2:
                return True
        k -= 1
    return k < 0


#: The longest line read as a document's title in capitals; a longer one is speech.
_TITLE_MAX = 200


def _find_turns(text: str, known: _KnownSpeakers) -> _Layout:
    candidates = [c for c in _label_lines(text) if _label_key(c.label) or c.label == BARE_VOICE]
    spans = [(c.line_start, c.label_end) for c in candidates]
    words_index = _Words(text, spans)
    first_block = _BLANK.search(text.lstrip())
    first_block_end = (len(text) - len(text.lstrip()) + first_block.start()) if first_block else len(text)

    def header_like(c: _LabelLine) -> bool:
        key = _label_key(c.label)
        if key in NOT_SPEAKERS:
            return True
        if _name_from_value(c.value) and (not c.caps or not c.first_in_block) and not _FLOOR_ADDRESS.match(c.value):
            return True   # (not "Ms. Solberg: Madam Speaker, how many times …": a member addressing the chair)
        # "BUDGET 2024: BUILDING FROM THE KITCHEN TABLE" opening the document is a title, not a
        # turn; an all-caps transcript's "MODERATOR: GOOD EVENING." still is one.
        if c.line_start >= first_block_end or len(c.value) > _TITLE_MAX or re.search(r"[.!?…\"”»]$", c.value):
            return False
        if _HEADING_WORDS.search(c.label if c.caps else c.label + " " + c.value) or _CHAT_TITLE.search(c.label):
            # "CKFW Morning Edition: Interview transcript", "The Long Table: Episode 112",
            # "TEXT MESSAGES: Pellworth Avenue heat story"
            return True
        return len(c.value.split()) >= 2 and _is_caps(c.value)

    # Recurrence is counted over lines that do not look like header lines.
    recurring = Counter(_label_key(c.label) for c in candidates if not header_like(c))
    strong = [c for c in candidates if (c.caps or is_questioner(c.label) or _SEAT.search(c.label))
              and _label_key(c.label) not in NOT_SPEAKERS]

    named_cache: dict[str, bool] = {}

    # Mixed-case one-offs count only in a document whose turns are otherwise labelled.
    n_strong = len(strong)
    n_recurring = sum(1 for c in candidates if not header_like(c) and recurring[_label_key(c.label)] >= 2)

    def named_in_document(c: _LabelLine) -> bool:
        key = _label_key(c.label)
        if key not in named_cache:
            named_cache[key] = _named_in_document(c)
        return named_cache[key]

    def _named_in_document(c: _LabelLine) -> bool:
        bare = _strip_all_titles(_PAREN.sub("", c.label))
        if known.find(bare):
            return True
        if len(bare.split()) >= 2:
            return words_index.contains_elsewhere(bare, c.line_start, c.label_end)
        return _fullest_name(bare, words_index) is not None

    def is_label(c: _LabelLine) -> bool:
        key = _label_key(c.label)
        first_word = key.split(" ", 1)[0]
        if key in NOT_SPEAKERS or (first_word in NOT_SPEAKER_OPENERS and (
                key == first_word or first_word in _DAY_OR_DEAR)):   # "FIRST LADY OKAFOR:" is one
            return False
        if c.caps or is_questioner(c.label):
            return True
        if _SEAT.search(c.label) and _is_name_like_label(c.label):
            return True   # "Hon. Pierre Lacasse (Carleton, CPC):": a member, with riding and party
        if _UNNAMED.match(key) and (n_strong or n_recurring or recurring[key] >= 2):
            return True   # "Speaker 2: (02:40)", "Some hon. members:" among other turns
        if not _is_name_like_label(c.label):
            return False
        if recurring[key] >= 2:
            return True
        if not (n_strong or n_recurring):
            return False
        # Among established labels, a one-off "Name:" whose speech opens like a sentence is a
        # turn too; prose ("Remember: this is …") carries on in lower case.
        first = _NON_SPACE.search(text, c.speech_start, c.speech_start + 200)   # the speech may start on the next line
        opening = first.group() if first else ""
        speech_like = bool(opening) and (opening.isupper() or opening.isdigit() or opening in "\"“«'‘[(")
        plain_word = _bare(c.label) in NOT_NAME_WORDS
        return named_in_document(c) or (speech_like and not plain_word)

    turns: list[_LabelLine] = []
    headers: dict[str, str] = {}
    for c in candidates:
        if not turns and header_like(c):
            name = _name_from_value(c.value)
            if name:
                headers.setdefault(_label_key(c.label), name)
            continue
        if is_label(c):
            turns.append(c)
    legend_end = max((c.line_start for c in turns[:3]), default=len(text))   # (a header line read as a turn)
    for label, name in legend(text, legend_end):
        headers.setdefault(_label_key(label), name)   # a records release's legend, above the first turn
    for m in LEADERS.finditer(text, 0, turns[0].line_start if turns else len(text)):
        # "The Premier ........ Hon. Lucien Thorvald": a key to the labels, above the first turn
        name = _name_from_value(m.group("name"))
        if name:
            headers.setdefault(_label_key(m.group("label")), name)
    return _Layout(turns, headers, spans, words_index)
