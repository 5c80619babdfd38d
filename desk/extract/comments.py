"""A neighbourhood site's or a social network's post and comments copied from the browser.

Copied from Nextdoor (and Facebook comments alike), a thread reads::

    Patrice Dubois-Gill
    Riverside Flats · 17 Oct
    Water smells like nail polish remover - anyone else??

    Woke up at 5:30, made the kids oatmeal with tap water …
    Edited
    Like
    Comment
    Share

    Earl Mackey
    Linden Heights
    I got the alert at 4:52. Check your settings Patrice, …
    17 Oct
    Like
    Reply
    12

Each post or comment is a block: the writer's name on its first line, then short lines that are
no one's words (a badge: "Author", "Agency", "Top contributor"; the neighbourhood, with or
without the date), the text, and the page's buttons and counts ("Like", "Reply", "17 Oct",
"94 comments").  Its passages are the text's sentences, the name's (without titles).  An
account signing its post ("… - Curtis Pell, Director") speaks as the signer: an agency's page is
a person's words; a later post signed with the signer's initials ("- CP") is theirs too.  Read only when two blocks at least end on the buttons, so a transcript that
happens to hold the word "Like" on a line is read by the other readers.
"""

from __future__ import annotations

import re

from desk.extract.model import Segment
from desk.extract.names import display_name, strip_titles
from desk.extract.sentences import passages

#: The page's buttons, dates and counts under a post or a comment.
_BUTTONS = re.compile(r"(?i)^[ \t]*(?:like|reply|comment|share|edited|safety|see more|most relevant|top comments?|"
                      r"\d+[ \t]*(?:comments?|replies|likes?|reactions?|shares?)?|\d{1,2}[ \t]+[A-Z][a-z]{2}(?:[ \t]+\d{4})?|"
                      r"[A-Z][a-z]{2}[ \t]+\d{1,2}(?:,[ \t]+\d{4})?|\d+[ \t]*[smhdwy]|just now|yesterday|"
                      r"view (?:\d+ )?(?:more|previous) (?:comments|replies)|see previous comments)[ \t]*$")
#: A badge under the name: no one's words.
_BADGE = re.compile(r"(?i)^[ \t]*(?:author|agency|admin|moderator|top contributor|top fan|public agency|"
                    r"neighbor|neighbour|lead|verified)[ \t]*$")
#: A sign-off by initials: "- CP", the initials of a signer the thread named in full before.
_INITIALLED = re.compile(r"[ \t]+[-–—][ \t]*(?P<initials>[A-Z]{2,3})[ \t]*$")
#: A sign-off ending the text: "- Curtis Pell, Director", "— Dr. Ann Ruiz".
_SIGNED = re.compile(r"[ \t]+[-–—][ \t]*(?P<name>(?:Dr\.[ \t]+)?[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2})(?:,[^.\n]{1,40})?[ \t]*$")


def _blocks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n](?:.|\n(?![ \t]*\n))*", text)]


def _ends_on_buttons(text: str, a: int, b: int) -> bool:
    lines = [ln for ln in text[a:b].split("\n") if ln.strip()]
    return len(lines) >= 3 and sum(1 for ln in lines[-4:] if _BUTTONS.match(ln)) >= 2 \
        and any(re.match(r"(?i)^[ \t]*(?:like|reply)[ \t]*$", ln) for ln in lines[-4:])


def is_comment_thread(text: str) -> bool:
    """Two blocks at least ending on the page's buttons ("Like", "Reply")."""
    return sum(1 for a, b in _blocks(text[:200_000]) if _ends_on_buttons(text, a, b)) >= 2


def _name(line: str) -> str | None:
    words = line.split()
    if not 1 <= len(words) <= 6 or line.rstrip().endswith((".", ":", "!", "?", ",")) or not line.strip()[:1].isupper():
        return None
    return line.strip()


def comment_segments(text: str) -> list[Segment]:
    """The passages of a copied post and its comments (module docstring)."""
    segments: list[Segment] = []
    turn = -1
    who: str | None = None
    signers: dict[str, str] = {}   # initials -> the signer named in full ("CP": Curtis Pell)
    for a, b in _blocks(text):
        lines = []
        pos = a
        for ln in text[a:b].split("\n"):
            lines.append((pos, pos + len(ln), ln))
            pos += len(ln) + 1
        buttons = _ends_on_buttons(text, a, b)
        k = 0
        if buttons or (k < len(lines) and _name(lines[0][2]) and len(lines) >= 3 and not _BUTTONS.match(lines[1][2])
                       and len(lines[1][2].split()) <= 6):
            # a new post or comment: its writer's name, then badges and the neighbourhood line
            who = _name(lines[0][2])
            k = 1
            while k < len(lines) and (_BADGE.match(lines[k][2]) or k <= 2 and len(lines[k][2].split()) <= 5
                                      and not lines[k][2].rstrip().endswith((".", "!", "?")) and k + 1 < len(lines)):
                k += 1
        body = [ln for ln in lines[k:] if not _BUTTONS.match(ln[2]) and not _BADGE.match(ln[2])]
        if not body or who is None:
            continue
        s, e = body[0][0], body[-1][1]
        speaker = display_name(strip_titles(who)[1])
        signed = _SIGNED.search(text, s, e)
        initialled = _INITIALLED.search(text, s, e)
        if signed is not None:
            speaker, e = display_name(strip_titles(signed.group("name"))[1]), signed.start()
            signers["".join(w[0] for w in speaker.split())] = speaker
        elif initialled is not None and initialled.group("initials") in signers:
            speaker, e = signers[initialled.group("initials")], initialled.start()
        turn += 1
        segments += passages(text, s, e, turn=turn, speaker=speaker, label=who)
    return segments
