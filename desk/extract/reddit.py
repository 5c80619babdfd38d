"""A Reddit thread copied as text (an "ask me anything", a city's subreddit):

    Posted by u/JOstrander_Ward3 · 1 day ago
    I'm Javier Ostrander, Port Agnes City Council, Ward 3. Ask me anything …

    level 1
    riverrat_1988 · 1 day ago
    When can Foundry Road go home?

        level 2
        JOstrander_Ward3 OP · 1 day ago
        I'm sorry about your mom. …
        Reply · 211 points

Each comment, from its header line (the account, "OP" for the one who posted, and how long ago)
to the next comment, is its account's words, and the post's body is the poster's.  An account is
no one (a handle is no name: "riverrat_1988"), except the poster when the post says who they
are in its opening ("I'm Javier Ostrander, …", "My name is …"): then every comment of that
account, marked "OP" or not, is theirs.  The "level" lines, "Reply · 211 points", the comment
count and "[deleted]" or "[removed]" comments are Reddit's, not stored.
"""

from __future__ import annotations

import re

from desk.extract.model import Segment
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold
from desk.extract.sentences import paragraph_spans, passages

_AGO = r"(?:\d+|an?)[ \t]+(?:second|minute|hour|day|week|month|year)s?[ \t]+ago"
#: A comment's header: "riverrat_1988 · 1 day ago", "JOstrander_Ward3 OP · 1 day ago".
_COMMENT = re.compile(rf"(?m)^[ \t]*(?P<user>\[deleted\]|[\w-]{{3,40}})(?P<op>[ \t]+OP)?[ \t]*·[ \t]*{_AGO}[^\n]*$")
#: The post's header: "Posted by u/JOstrander_Ward3 · 1 day ago".
_POSTED = re.compile(r"(?m)^[ \t]*Posted[ \t]+by[ \t]+u/(?P<user>[\w-]{3,40})[^\n]*$")
#: Reddit's own lines: "level 2", "Reply · 211 points", "412 comments · Share · Save", "Sort by: Best".
_FURNITURE = re.compile(r"(?im)^[ \t]*(?:level[ \t]+\d+|reply(?:[ \t]*·[^\n]*)?|\d+[ \t]+comments?\b[^\n]*"
                        r"|sort[ \t]+by:[^\n]*|mod[ \t]+approved[^\n]*|\[removed\]|\[deleted\])[ \t]*$")
_LEVEL = re.compile(r"(?im)^[ \t]*level[ \t]+\d+[ \t]*$")
_POINTS = re.compile(r"(?im)^[ \t]*reply[ \t]*·[ \t]*\d+[ \t]+points?\b")
#: The poster saying who they are: "I'm Javier Ostrander", "My name is Ann Ruiz".
_SELF = re.compile(r"\b(?:I['’]m|I[ \t]+am|[Mm]y[ \t]+name[ \t]+is)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})")


def is_reddit_thread(text: str) -> bool:
    """Three comment headers or more ("riverrat_1988 · 1 day ago"), with a sign of Reddit's own:
    "Posted by u/…", two "level N" lines, or a "Reply · 211 points" line (a news page's "More from"
    footer, "Politics · 2 hours ago", has none)."""
    if len(_COMMENT.findall(text)) < 3:
        return False
    return _POSTED.search(text) is not None or len(_LEVEL.findall(text)) >= 2 or _POINTS.search(text) is not None


def reddit_segments(text: str) -> list[Segment]:
    """The passages of a Reddit thread (module docstring), in order."""
    posted = _POSTED.search(text)
    heads = list(_COMMENT.finditer(text))
    op = posted.group("user") if posted else next((h.group("user") for h in heads if h.group("op")), None)
    body_end = heads[0].start() if heads else len(text)
    body = (posted.end() if posted else 0, body_end)
    named = _SELF.search(text, *body)
    poster = named.group(1) if named and fold(named.group(1).split()[0]) in FIRST_NAMES else None
    units = [(None, body[0], body[1], op)] + [(h, h.end(), heads[k + 1].start() if k + 1 < len(heads) else len(text),
                                               h.group("user")) for k, h in enumerate(heads)]
    out: list[Segment] = []
    turn = 0
    for _, start, end, user in units:
        if user is None or user == "[deleted]":
            continue
        who = poster if user == op else None
        spans = [(a, b) for a, b in paragraph_spans(text, start, end)
                 if not _FURNITURE.fullmatch(text[a:b]) and text[a:b].strip()]
        made = []
        for a, b in spans:
            for line_a, line_b in _lines(text, a, b):
                made += passages(text, line_a, line_b, turn=turn, speaker=who, label=user, paragraph=(a, b))
        out.extend(made)
        turn += bool(made)
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a paragraph that are words, not Reddit's furniture."""
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.strip() and not _FURNITURE.fullmatch(line):
            out.append((a + len(line) - len(line.lstrip()), b))
    return out
