"""A forwarded email thread: whose words each message is.

A source often sends a reporter the whole thread, saved as text:

    From: Sam Rutledge <sam@home.example>
    Subject: Fwd: RE: Eastgate north pile
    Abby, here is the thread. …
    Sam
    ---------- Forwarded message ---------
    From: Sam Rutledge <srutledge@harrowgate.example>
    Graham, With respect, I don't think this is a paperwork issue. …
    --
    Sam Rutledge | Compliance Lead
    On Thu, Mar 19, 2026 at 7:02 AM, Graham Tolliver <gt@harrowgate.example> wrote:
    > Bev, Thanks for flagging. … we are not shutting down a profitable line …
    > On Wed, Mar 18, 2026 at 4:47 PM, Kozlowski, Beverly <bk@harrowgate.example> wrote:
    >> Graham, See below from the city. …

Read as one voice, every message was the forwarder's, so the chief executive's words credited to
him were misattributed and nothing could be checked against the others.  Here each message is a
turn of its sender: the name on its ``From:`` line, or the one an ``On …, Name <address> wrote:``
line gives to the ``>`` lines quoted under it (one ``>`` deeper), "Kozlowski, Beverly" read as
Beverly Kozlowski.  Not passages: the header lines, the forwarding marks, a greeting ("Graham,",
"Hi Abby,"), and from the sign-off on ("Regards,", a signature's "--", the sender's first name
alone on a line, a confidentiality notice) to the next message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk.extract.mail import _GREETING, _HEADER, _NOTICE, _SENDER, _SIGN_OFF
from desk.extract.model import ROLE_SPEAKER, Segment
from desk.extract.names import display_name
from desk.extract.sentences import chunk, split_sentences

_DEPTH = re.compile(r"^((?:[ \t]*>)*)[ \t]?")
_WROTE = re.compile(r"(?i)^on\b(?P<when>[^\n]{4,200}?)[ \t]*(?:<[^>\n]*>)?[ \t]*wrote:[ \t]*$")
#: Where the date in an "On …, Name wrote:" line ends: a time, or a year.
_WHEN_END = re.compile(r"(?i)\b\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*,|\b(?:19|20)\d\d[ \t]*,")
_FORWARDED = re.compile(r"(?i)^[ \t]*-{2,}[ \t]*(?:forwarded|original)[ \t]+message[ \t]*-{2,}[ \t]*$|^[ \t]*_{8,}[ \t]*$")
_SIGNATURE = re.compile(r"^--[ \t]*$")


@dataclass
class _Message:
    sender: str | None
    depth: int
    paragraphs: list[list[tuple[int, int]]] = field(default_factory=list)
    closed: bool = False
    greeted: bool = False


def _name(raw: str) -> str | None:
    """A sender's display name: "Graham Tolliver", and "Kozlowski, Beverly" as Beverly Kozlowski."""
    m = _SENDER.match(raw.strip())
    name = (m.group(1) if m else raw).strip().strip("\"'")
    last_first = re.fullmatch(r"([A-Z][\w'’-]+),[ \t]*([A-Z][\w'’-]+)", name)
    if last_first:
        name = f"{last_first.group(2)} {last_first.group(1)}"
    return display_name(name) if " " in name and "@" not in name else None


def _wrote_name(line: str) -> str | None:
    m = _WROTE.match(line.strip())
    if m is None:
        return None
    when = m.group("when")
    ends = list(_WHEN_END.finditer(when))
    return _name(when[ends[-1].end():]) if ends else None


def is_thread(text: str) -> bool:
    """The text opens with an email header and holds more than one message: a second ``From:``
    header, or an "On …, Name wrote:" line over quoted lines."""
    lines = text.lstrip().split("\n")
    if not lines or not (m := _HEADER.match(lines[0])) or m.group(1).lower() != "from":
        return False
    froms = sum(1 for ln in lines if (h := _HEADER.match(_DEPTH.sub("", ln, count=1))) and h.group(1).lower() == "from")
    wrote = any(_wrote_name(_DEPTH.sub("", ln, count=1)) for ln in lines)
    return froms >= 2 or wrote


def thread_segments(text: str) -> list[Segment]:
    """The passages of an email thread (module docstring), sentence by sentence."""
    messages: list[_Message] = []
    current: dict[int, _Message] = {}
    in_header = False
    pos = 0
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        prefix = _DEPTH.match(raw)
        depth = prefix.group(1).count(">")
        body = raw[prefix.end():]
        content_start = start + prefix.end()
        stripped = body.strip()
        header = _HEADER.match(body)
        if header and (in_header or header.group(1).lower() == "from"):
            if header.group(1).lower() == "from":
                msg = _Message(_name(header.group(2)), depth)
                messages.append(msg)
                current[depth] = msg
            in_header = True
            continue
        in_header = False
        if _FORWARDED.match(body):
            continue
        if (who := _wrote_name(body)) is not None:
            msg = _Message(who, depth + 1)
            messages.append(msg)
            current[depth + 1] = msg
            if depth in current:
                current[depth].closed = True   # what follows the quote is no longer its writer's
            continue
        msg = current.get(depth)
        if msg is None or msg.closed:
            continue
        if not stripped:
            if msg.paragraphs and msg.paragraphs[-1]:
                msg.paragraphs.append([])
            continue
        if not msg.greeted and not any(msg.paragraphs):
            msg.greeted = True
            if _GREETING.match(stripped) or re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z][\w'’-]+,", stripped):
                continue   # "Graham,", "Ms. Kozlowski,", "Hi Abby,"
        first = (msg.sender or "").split()[0:1]
        if _SIGNATURE.match(body) or _SIGN_OFF.fullmatch(stripped) or _NOTICE.match(stripped) \
                or (first and stripped.rstrip(",.") in (first[0], _short(first[0]))):
            msg.closed = True   # "--", "Regards,", "Sam": the signature and what follows
            continue
        if not msg.paragraphs:
            msg.paragraphs.append([])
        msg.paragraphs[-1].append((content_start, content_start + len(body.rstrip())))
    segments: list[Segment] = []
    for turn, msg in enumerate(m for m in messages if any(m.paragraphs)):
        for lines in msg.paragraphs:
            if not lines:
                continue
            p_start, p_end = lines[0][0], lines[-1][1]
            for s, e in chunk(split_sentences(text, p_start, p_end), text=text):
                segments.append(Segment(start=s, end=e, turn=turn, label=msg.sender, speaker=msg.sender,
                                        role=ROLE_SPEAKER, paragraph_start=p_start, paragraph_end=p_end))
    return segments


def _short(given: str) -> str:
    """The first syllable a sender may sign with: "Bev" for Beverly."""
    return given[:3] if len(given) > 4 else given
