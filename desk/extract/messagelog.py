"""Text messages transcribed for a court exhibit or an affidavit: whose words each message is.

A lawyer's office transcribes a client's screenshots with a key to who each sender is, then
the messages, each opening with its sender's label as the phone showed it:

    KEY TO SPEAKERS:
      [R]  Right-hand (blue) bubbles: messages SENT from Plaintiff's phone
           (Tomasz Wieczorek, site foreman until February 7, 2025).
      "Dale H."       = Defendant Dale Hultgren, owner, Brightline Pipe & Civil LLC

    ---------------------------------------------------------------------
    WIECZOREK 000041                         Group: "PELL ST CREW"
    ---------------------------------------------------------------------
                              Tue, Jan 14 at 6:52 AM

    Dale H.:  Pell st today. start at 1400 block. locates are done
    [R]       Locates on the main are from 2019. Marks are gone under the snow. I want
              them redone before we put the excavator in

Read as a labelled transcript, "[R]" was no label, so the phone owner's messages went to the
sender above them (the foreman's warning became the owner's), and "Dale H." was nobody the
story names.  Here each message is a turn of the person the key gives its label (a key's line
is "LABEL = who", or a bracketed code over a description naming the person in brackets); a
message's wrapped lines, set in under its text, go with it.  Not passages: the caption and the
key, rules, page stamps ("WIECZOREK 000043"), date lines, notes in brackets alone ("[thumbs
up]") and the certificate after the last message.
"""

from __future__ import annotations

import re

from desk.extract.labelnames import _bare, _name_from_value
from desk.extract.model import Segment
from desk.extract.namelists import FIRST_NAMES
from desk.extract.sentences import passages

#: The heading of the key: "KEY TO SPEAKERS:", "KEY TO PARTICIPANTS", "LEGEND:".
_KEY = re.compile(r"(?im)^[ \t]*(?:key[ \t]+to[ \t]+(?:speakers|senders|participants)|legend|key)[ \t]*:?[ \t]*$")
#: A key's line: 'LABEL = who' (the label may be in quotes) or '[R]  what it stands for'.
_ENTRY = re.compile(r"^[ \t]*(?:(?P<quoted>\"[^\"\n]{1,30}\"|“[^”\n]{1,30}”|[A-Z][\w.]{0,5})[ \t]*=[ \t]*"
                    r"|(?P<code>\[[A-Z0-9]{1,3}\])[ \t]{2,})(?P<what>\S[^\n]*)$")
#: A message: its label at the margin, then two spaces or more (or a colon) before its text.
_MESSAGE = re.compile(r"^[ \t]{0,4}(?P<label>\[[A-Z0-9]{1,3}\]|[^\s:\[][^:\n]{0,29}?)(?::[ \t]+|[ \t]{2,})(?P<text>\S[^\n]*)$")
#: Lines that end a message's wrapped lines: rules, dates and times alone (a page stamp at the
#: margin is no message's line either).
_RULE = re.compile(r"^[ \t]*(?:[-=_*][ \t]*){3,}$")
_WHEN = re.compile(r"(?i)^[ \t]*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?[ \t]+)?[a-z]{3,9}\.?[ \t]+\d{1,2}"
                   r"(?:,?[ \t]+\d{4})?(?:[ \t]+at)?[ \t]+\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*$")


def _key(text: str) -> tuple[dict[str, str | None], int] | None:
    """{label: person or None} from the key, and where the key ends; None without a key, or
    with a key of plain codes only ("CT = Call-taker", "Q = Tessa Lind": a 9-1-1 call's legend,
    a Q&A's key, which the labelled transcript's reading serves): a phone's senders are written
    as the phone shows them, in quotes ("Dale H.") or as a bubble's code ("[R]")."""
    head = _KEY.search(text)
    if head is None:
        return None
    entries: dict[str, str | None] = {}
    label, what = None, ""
    phone = False   # a label in quotes or a bubble's code
    pos = head.end() + 1
    for line in text[head.end() + 1:].split("\n"):
        if not line.strip() or _RULE.match(line):
            break
        pos += len(line) + 1
        m = _ENTRY.match(line)
        if m:
            if label is not None:
                entries[label] = _person(what)
            phone = phone or m.group("code") is not None or m.group("quoted")[:1] in "\"“"
            label = (m.group("code") or m.group("quoted")).strip("\"“”")
            what = m.group("what")
        elif label is not None:
            what += " " + line.strip()   # the entry's description, wrapped
    if label is not None:
        entries[label] = _person(what)
    if not phone:
        return None
    return (entries, pos) if len(entries) >= 2 else None


def _person(what: str) -> str | None:
    """The person a key's entry names: in brackets after a description ("… (Tomasz Wieczorek,
    site foreman …)"), else the given name and surname before the first comma, past a party's
    role ("Defendant Dale Hultgren, owner, …"); None when it names no one."""
    for part in [*re.findall(r"\(([^()]*)\)", what), re.sub(r"\([^()]*\)", "", what)]:
        words = part.split(",")[0].split()
        while len(words) > 2 and _bare(words[0]) not in FIRST_NAMES:
            words.pop(0)
        if words and _bare(words[0]) in FIRST_NAMES and (name := _name_from_value(" ".join(words))):
            return name
    return None


def is_message_log(text: str) -> bool:
    """A key to senders and three messages at least opening with its labels."""
    key = _key(text)
    if key is None:
        return False
    entries, end = key
    labels = [m.group("label").strip() for line in text[end:].split("\n") if (m := _MESSAGE.match(line))]
    return sum(1 for label in labels if label in entries) >= 3


def message_segments(text: str) -> list[Segment]:
    """The passages of a message log (module docstring), message by message."""
    key = _key(text)
    if key is None:
        return []
    entries, end = key
    segments: list[Segment] = []
    turn = -1
    current: tuple[int, int, str] | None = None   # (start, end, label) of the message being read
    pos = end

    def close() -> None:
        nonlocal current, turn
        if current is not None:
            turn += 1
            segments.extend(passages(text, current[0], current[1], turn=turn, speaker=entries.get(current[2]),
                                     label=current[2]))
        current = None

    for line in text[end:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        m = _MESSAGE.match(line)
        if m and m.group("label").strip() in entries:
            close()
            at = start + m.start("text")
            if not re.fullmatch(r"\[[^\]]*\]", m.group("text").strip()):   # "[thumbs up]": a reaction
                current = (at, start + len(line.rstrip()), m.group("label").strip())
        elif current is not None and line[:1].isspace() and line.strip() and not (
                _RULE.match(line) or _WHEN.match(line)):
            current = (current[0], start + len(line.rstrip()), current[2])   # a wrapped line
        else:
            close()
    close()
    return segments
