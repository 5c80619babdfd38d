"""Social-media posts copied as text: each post is its account's (part of source segmentation).

A reporter or a source copies a thread from a platform's web page or app::

    Mayor Delphine Ruark @MayorRuark · Jul 6
    DO NOT DRINK the tap water if you are served by the North Shore plant. …
    512 replies  3.4K reposts  2.9K likes

    Lavinia Cruz @lavcruz_bh · Jul 6
    Replying to @MayorRuark
    I made my baby's bottles with tap water all weekend. …

Each post opens with a header line (a display name, an ``@handle`` and a date after "·" or "•")
and runs to its counts line, the next header or a blank line.  Its passages are the post's
sentences, spoken by the display name without titles ("Mayor Delphine Ruark" is Delphine Ruark;
"Bellhaven Water Works" as written).  An account with no name of its own ("tidewatcher", a name
all in lower case or the handle again) speaks as nobody.  "Replying to @x", "[image]", counts and
the copier's notes before the first header are not passages.  A quoted post indented under
another ("quote post") is its own account's, as a post is.

Read only when the text holds at least two header lines: a release or a transcript that cites
one post ("— Name (@handle) Dec. 18, 2018") is read by the other readers.
"""

from __future__ import annotations

import re

from desk.extract.model import Segment
from desk.extract.names import display_name, strip_titles
from desk.extract.sentences import passages

#: "Mayor Delphine Ruark @MayorRuark · Jul 6", "tidewatcher @tidewatcher_ • 2h".
_HEADER = re.compile(r"^(?P<indent>[ \t]*)(?P<name>\S[^@\n]{0,80}?)[ \t]+@(?P<handle>\w{1,30})[ \t]*[·•][ \t]*\S[^\n]{0,40}$",
                     re.M)
#: "512 replies  3.4K reposts  2.9K likes", "4 replies", "Views 12K".
_COUNTS = re.compile(r"(?i)^[ \t]*(?:[\d.,]+[KkMm]?[ \t]+(?:repl(?:y|ies)|reposts?|retweets?|quotes?|likes?|views?|bookmarks?|"
                     r"comments?|shares?)\b[ \t]*)+$")
#: A transcript's label line ("RUARK: I understand …"): no post's text.
_LABELLED = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]{1,40}:[ \t]")
#: Lines of the page that are no one's words.
_FURNITURE = re.compile(r"(?i)^[ \t]*(?:replying to\b.*|\[(?:image|video|photo|gif|link)[^\]\n]*\]|show (?:more|this thread)"
                        r"|(?:translate|show translation)(?: post)?|quote|@\w+)[ \t]*$")


def is_post_thread(text: str) -> bool:
    """Whether ``text`` is copied posts: two header lines or more, most of them closed by a
    counts line, and hardly a line outside the posts (an article or a transcript that cites two
    posts, or a release signed with its accounts, is read by the other readers)."""
    headers = _HEADER.findall(text, 0, 200_000)
    if len(headers) < 2:
        return False
    inside = outside = counts = 0
    in_post = False
    for line in text[:200_000].splitlines():
        if not line.strip():
            continue
        if _HEADER.match(line):
            in_post = True
            inside += 1
        elif _COUNTS.match(line):
            counts += 1
            inside += 1
            in_post = False
        elif in_post and not _LABELLED.match(line):
            inside += 1
        else:
            outside += 1   # a note before the posts, prose between them, a transcript's turn
            in_post = in_post and not _LABELLED.match(line)
    return counts * 2 >= len(headers) and outside * 4 <= inside


def _speaker(name: str, handle: str) -> str | None:
    """The account's speaker: its display name without titles; None when it gives no name."""
    name = re.sub(r"\([^)]*\)", " ", name)   # "(parody)", "(she/her)"
    name = " ".join("".join(c for c in word if c.isalpha() or c in ".'’-") for word in name.split()).strip()  # no emoji
    if not name or not any(c.isupper() for c in name) or name.replace(" ", "").lower() == handle.lower().strip("_"):
        return None   # "tidewatcher", "jdoe1984": a handle, no one's name
    return display_name(strip_titles(name)[1])


def post_segments(text: str) -> list[Segment]:
    """The passages of copied posts (module docstring), sentence by sentence."""
    posts: list[tuple[str | None, list[list[tuple[int, int]]]]] = []
    current: list[list[tuple[int, int]]] | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        start, body = pos, line.rstrip("\n")
        pos += len(line)
        header = _HEADER.match(body)
        if header is not None:
            current = [[]]
            posts.append((_speaker(header.group("name"), header.group("handle")), current))
        elif current is None:
            continue   # the copier's note before the first post, or after a post's counts
        elif _COUNTS.match(body) or _LABELLED.match(body):
            current = None   # the post ends (a transcript's turn is no part of it)
        elif not body.strip() or _FURNITURE.match(body):
            if current[-1]:
                current.append([])   # a paragraph ends ("[image]" is none of it)
        else:
            lead = len(body) - len(body.lstrip())
            current[-1].append((start + lead, start + len(body.rstrip())))
    segments: list[Segment] = []
    for turn, (who, paragraphs) in enumerate(posts):
        for lines in paragraphs:
            if not lines:
                continue
            p_start, p_end = lines[0][0], lines[-1][1]
            segments += passages(text, p_start, p_end, turn=turn, speaker=who, label=who)
    return segments
