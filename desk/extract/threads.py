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

from desk.extract.mail import _GREETING, _HEADER, _NOTICE, _SENDER, _SIGN_OFF, FORWARD_MARK
from desk.extract.model import ROLE_SPEAKER, Segment
from desk.extract.names import display_name
from desk.extract.sentences import passages

_DEPTH = re.compile(r"^((?:[ \t]*>)*)[ \t]?")
_WROTE = re.compile(r"(?i)^on\b(?P<when>[^\n]{4,200}?)[ \t]*(?:<[^>\n]*>)?[ \t]*wrote:[ \t]*$")
#: Where the date in an "On …, Name wrote:" line ends: a time (Gmail puts no comma after it, an
#: RFC date adds seconds and a zone), or a year.
_WHEN_END = re.compile(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[-+]\d{4})?(?:[ \t]*\([A-Z]{2,5}\))?[ \t]*,?"
                       r"|\b(?:19|20)\d\d[ \t]*,")
_FORWARDED = re.compile(r"(?i)^[ \t]*(?:" + FORWARD_MARK + r"|begin[ \t]+forwarded[ \t]+message:?)[ \t]*$")
_SIGNATURE = re.compile(r"^--[ \t]*$|^sent[ \t]+from[ \t]+my\b", re.IGNORECASE)
#: A sender's office in brackets after the name: "Teague, Hollis (DEP)".
_AFFILIATION = re.compile(r"[ \t]*\([A-Za-z][\w .&/-]{0,40}\)(?=[ \t]*(?:<|$))")
_MAILTO = re.compile(r"\[mailto:[^\]]*\]|\([^)]*@[^)]*\)")


@dataclass
class _Message:
    sender: str | None
    depth: int
    paragraphs: list[list[tuple[int, int]]] = field(default_factory=list)
    closed: bool = False
    greeted: bool = False


def _name(raw: str) -> str | None:
    """A sender's display name: "Graham Tolliver", and "Kozlowski, Beverly" as Beverly Kozlowski
    (an Outlook "[mailto:…]" left out)."""
    raw = _AFFILIATION.sub("", _MAILTO.sub("", raw))
    m = _SENDER.match(raw.strip())
    name = (m.group(1) if m else raw).strip().strip("\"'")
    last_first = re.fullmatch(r"([A-Z][\w'’-]+),[ \t]*([A-Z][\w'’-]+)", name)
    if last_first:
        name = f"{last_first.group(2)} {last_first.group(1)}"
    if "," in name or not re.fullmatch(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){1,3}", name):
        return None   # "Gil Marchetti, treasurer", "the president's desk": no sender's name
    return display_name(name)


def _wrote_name(line: str) -> str | None:
    m = _WROTE.match(line.strip())
    if m is None:
        return None
    when = m.group("when")
    ends = list(_WHEN_END.finditer(when))
    if ends:
        return _name(when[ends[-1].end():])
    return _name(when.rpartition(",")[2]) if "," in when else None   # "On Monday, Arnold Vesey wrote:"


def _header(body: str):
    """The header field a line holds ("From: …", Gmail's bold "*From:* …"), or None."""
    return _HEADER.match(body.replace("*", ""))


def _header_blocks(lines: list[tuple[int, str, int, str]]) -> dict[int, str | None]:
    """Line index → the sender of the header block opening there, for every block of two header
    lines or more (one of them ``From:``) at one quoting depth; the block's other lines → "" (a
    ``From:`` alone in a newsletter's text is no header)."""
    out: dict[int, str | None] = {}
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and lines[j][2] == lines[k][2] and _header(lines[j][3]):
            j += 1
        fields = [_header(lines[x][3]) for x in range(k, j)]
        froms = [f for f in fields if f.group(1).lower() == "from"]
        if j - k >= 2 and froms or k == 0 and froms:
            out[k] = _name(froms[0].group(2))
            for x in range(k + 1, j):
                out[x] = ""
            k = j
        else:
            k += 1
    return out


def is_thread(text: str, cover: bool = True) -> bool:
    """The text opens with an email header and holds more than one message: a second header
    block, or an "On …, Name wrote:" line over quoted lines.  A records release may put a cover
    page before its first message ("Public Records Request PRR-25-0231 … Responsive records"):
    then two messages of their own, unquoted, each under a header block naming its sender, the
    first within ``_COVER_LINES`` lines; the cover is no one's words.  Not with ``cover`` false
    (an article: a story that reprints two emails goes on in its own words after them)."""
    lines = _lines(text)
    if not lines:
        return False
    blocks = _header_blocks(lines)
    if not _header(lines[0][3]):
        if not cover:
            return False
        senders = [k for k, v in blocks.items() if v and lines[k][2] == 0]
        return len(senders) >= 2 and senders[0] <= _COVER_LINES
    return sum(1 for v in blocks.values() if v != "") >= 2 or any(_wrote_name(ln[3]) for ln in lines)


#: A line that is no one's words: a page stamp of letters and numbers ("DEP-PRR-25-0231-000005",
#: "ABC000123"), or a note in square brackets alone ("[WITHHELD § 12-417(b)(3)]", "[REDACTED]").
_STAMP = re.compile(r"[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)*-?\d{4,}|\[[^\]\n]{2,120}\]")
#: At most this many lines of a cover page before a records release's first message.
_COVER_LINES = 60


def _lines(text: str) -> list[tuple[int, str, int, str]]:
    """(offset of the content, raw line, quoting depth, content) for every line of the text."""
    out, pos = [], 0
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    for raw in stripped.split("\n"):
        start, pos = lead + pos, pos + len(raw) + 1
        prefix = _DEPTH.match(raw)
        out.append((start + prefix.end(), raw, prefix.group(1).count(">"), raw[prefix.end():]))
    return out


def thread_segments(text: str) -> list[Segment]:
    """The passages of an email thread (module docstring), sentence by sentence."""
    lines = _lines(text)
    blocks = _header_blocks(lines)
    messages: list[_Message] = []
    current: dict[int, _Message] = {}
    last_msg: _Message | None = None
    for k, (content_start, _raw, depth, body) in enumerate(lines):
        stripped = body.strip()
        if k in blocks:
            if blocks[k] != "":
                msg = _Message(blocks[k], depth)
                messages.append(msg)
                current[depth] = msg
            continue
        if _FORWARDED.match(body):
            continue
        if (who := _wrote_name(body)) is not None:
            msg = _Message(who, depth + 1)
            messages.append(msg)
            current[depth + 1] = msg
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
        names = (msg.sender or "").split()
        if _STAMP.fullmatch(stripped):
            continue   # a records release's page stamp ("DEP-PRR-25-0231-000005"), "[WITHHELD § 12-417]"
        signed = bool(names) and stripped.rstrip(",.") in (names[0], _short(names[0]), " ".join(names), names[0][0])
        if _SIGNATURE.match(stripped) or _NOTICE.match(stripped) or signed \
                or any(msg.paragraphs) and _SIGN_OFF.fullmatch(stripped):
            msg.closed = True   # "--", "Regards,", "Sam": the signature and what follows
            continue
        if not msg.paragraphs or msg is not last_msg:
            msg.paragraphs.append([])   # (a reply between quoted lines is a paragraph of its own)
        msg.paragraphs[-1].append((content_start, content_start + len(body.rstrip())))
        last_msg = msg
    segments: list[Segment] = []
    for turn, msg in enumerate(m for m in messages if any(m.paragraphs)):
        for para in msg.paragraphs:
            if not para:
                continue
            p_start, p_end = para[0][0], para[-1][1]
            segments += passages(text, p_start, p_end, turn=turn, speaker=msg.sender, label=msg.sender,
                                 role=ROLE_SPEAKER)
    return segments


def _short(given: str) -> str:
    """The first syllable a sender may sign with: "Bev" for Beverly."""
    return given[:3] if len(given) > 4 else given
