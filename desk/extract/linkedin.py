"""A LinkedIn post and its comments copied from the browser: whose words each is.

    Garrett Haldane
     • 3rd+
    Vice President, Operations at Ardent Southern Railway | Safety-first railroader
    1d •  Edited •
    Follow

    Nine days ago I got the phone call every railroader dreads. …

    412 reactions
    Like
    Comment

    Felix Amundsen
     • 2nd
    Principal, Amundsen Rail Risk Consulting
    1d
    Respectfully, Garrett, "we will fix it" is what every carrier says in week one.
    Like
    Reply

Read as an article, the post was nobody's and its comments too.  Here each post or comment
opens with its writer's name over their connection degree (" • 2nd", " • 3rd+") or the
"Author" badge; the headline and the age line under it ("1d", "22h •  Edited •") are no one's
words, and the text runs to the page's own lines ("Like", "Reply", "412 reactions", "…see
more", "Load more comments"), which are not stored either.  Read only when two such headers
or more stand in the text.
"""

from __future__ import annotations

import re

from desk.extract.model import Segment
from desk.extract.names import display_name
from desk.extract.sentences import passages

#: The line under a writer's name: a connection degree or the post author's badge.
_DEGREE = re.compile(r"^[ \t]*(?:•[ \t]*(?:1st|2nd|3rd\+?|Following)|Author|Premium)[ \t]*$")
#: The age of a post or a comment, with what follows it: "1d •  Edited •", "22h", "3w".
_AGE = re.compile(r"^[ \t]*\d{1,3}[smhdwy]o?\b[^\n]{0,30}$")
#: The page's own lines: buttons, counts, prompts.
_FURNITURE = re.compile(r"(?i)^[ \t]*(?:like|comment|repost|send|reply|follow|share|\d[\d,.]*[km]?(?:[ \t]+(?:reactions?|comments?|reposts?|replies?|likes?)\b.*)?"
                        r"|\d+[ \t]+repl(?:y|ies)[ \t]+on[ \t].*|…?[ \t]*see[ \t]+more|load[ \t]+more[ \t]+comments|most[ \t]+relevant|most[ \t]+recent"
                        r"|activate[ \t]+to[ \t]+view[ \t]+larger[ \t]+image,?|no[ \t]+alternative[ \t]+text[ \t]+description[ \t]+for[ \t]+this[ \t]+image"
                        r"|feed[ \t]+post|(?:#\w+[ \t]*)+)?[ \t]*$")


def _headers(lines: list[str]) -> list[int]:
    """Line indexes of the writers' names: a short line with a degree or badge line under it."""
    return [k for k in range(len(lines) - 1)
            if lines[k].strip() and len(lines[k].split()) <= 6 and _DEGREE.match(lines[k + 1])
            and not lines[k].rstrip().endswith((".", ":", "?", "!"))]


def is_linkedin(text: str) -> bool:
    """Two writers' headers, one at least over a connection degree (" • 2nd"): an "Author" badge
    alone is other sites' too (a Nextdoor thread, ``comments``)."""
    lines = text[:200_000].split("\n")
    heads = _headers(lines)
    return len(heads) >= 2 and any("•" in lines[k + 1] for k in heads)


def linkedin_segments(text: str) -> list[Segment]:
    """The passages of a copied LinkedIn post and its comments (module docstring)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    heads = _headers(lines)
    segments: list[Segment] = []
    for turn, k in enumerate(heads):
        who = display_name(lines[k].strip())
        end = heads[turn + 1] if turn + 1 < len(heads) else len(lines)
        j = k + 2
        if j < end and not _AGE.match(lines[j]):
            j += 1   # the writer's headline
        if j < end and _AGE.match(lines[j]):
            j += 1
        para: list[int] = []
        for x in range(j, end + 1):
            if x < end and lines[x].strip() and not _FURNITURE.fullmatch(lines[x]):
                para.append(x)
                continue
            if para:
                a, b = starts[para[0]], starts[para[-1]] + len(lines[para[-1]].rstrip())
                segments += passages(text, a, b, turn=turn, speaker=who, label=who)
                para = []
    return segments
