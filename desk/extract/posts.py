"""Social-media posts copied as text: each post is its account's (part of source segmentation).

A reporter or a source copies a thread from a platform's web page or app::

    Mayor Delphine Ruark @MayorRuark · Jul 6
    DO NOT DRINK the tap water if you are served by the North Shore plant. …
    512 replies  3.4K reposts  2.9K likes

    Lavinia Cruz @lavcruz_bh · Jul 6
    Replying to @MayorRuark
    I made my baby's bottles with tap water all weekend. …

Each post opens with a header line (a display name, an ``@handle`` and a date after "·" or "•";
on Mastodon, the display name over an ``@user@instance`` line) and runs to its counts line (or
Mastodon's "Sep 10, 2025, 13:41 · Web" under it), the next header or a blank line.  Its passages are the post's
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
#: Mastodon's header, over two lines: the display name, then "@user@instance" alone.
_FEDI_HANDLE = re.compile(r"^[ \t]*@(?P<handle>\w{1,30})@[\w.-]+\.[a-z]{2,}[ \t]*$")
#: "512 replies  3.4K reposts  2.9K likes", "4 replies", "Views 12K", "31 boosts · 58 favourites".
_COUNTS = re.compile(r"(?i)^[ \t]*(?:[\d.,]+[KkMm]?[ \t]+(?:repl(?:y|ies)|reposts?|retweets?|quotes?|likes?|views?|bookmarks?|"
                     r"comments?|shares?|boosts?|reblogs?|favou?rites?|stars?)\b[ \t]*[·•]?[ \t]*)+$")
#: A post's time and client under its text: "Sep 10, 2025, 13:41 · Edited · Web".
_WHEN = re.compile(r"^[ \t]*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}, \d{1,2}:\d{2}(?:[ \t]*[·•][ \t]*[\w ]{1,20})*[ \t]*$")
#: A transcript's label line ("RUARK: I understand …"): no post's text.
_LABELLED = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]{1,40}:[ \t]")
#: Lines of the page that are no one's words.
_FURNITURE = re.compile(r"(?i)^[ \t]*(?:replying to\b.*|\[(?:image|video|photo|gif|link)[^\]\n]*\]|show (?:more|this thread)"
                        r"|(?:translate|show translation)(?: post)?|quote|@\w+)[ \t]*$")


def _header_at(lines: list[str], k: int) -> tuple[str, str] | None:
    """(display name, handle) when line k opens a post: "Name @handle · date" on one line, or
    Mastodon's name over an "@user@instance" line."""
    m = _HEADER.match(lines[k])
    if m is not None:
        return m.group("name"), m.group("handle")
    name = lines[k].strip()
    if k + 1 < len(lines) and name and (k == 0 or not lines[k - 1].strip()) and len(name.split()) <= 6 \
            and not name.endswith((".", ":", "!", "?", ",")) and (fedi := _FEDI_HANDLE.match(lines[k + 1])) is not None:
        return name, fedi.group("handle")   # (not a post's line over a mention alone on its line)
    return None


def is_post_thread(text: str) -> bool:
    """Whether ``text`` is copied posts: two header lines or more, most of them closed by a
    counts line, and hardly a line outside the posts (an article or a transcript that cites two
    posts, or a release signed with its accounts, is read by the other readers)."""
    lines = text[:200_000].splitlines()
    headers = [k for k in range(len(lines)) if _header_at(lines, k)]
    if len(headers) < 2:
        return False
    inside = outside = counts = 0
    in_post = False
    opening = set(headers) | {k + 1 for k in headers if not _HEADER.match(lines[k])}
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if k in opening:
            in_post = True
            inside += 1
        elif _COUNTS.match(line) or _WHEN.match(line):
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
    raw = text.splitlines(keepends=True)
    bare = [line.rstrip("\n") for line in raw]
    skip = -1
    for k, line in enumerate(raw):
        start, body = pos, bare[k]
        pos += len(line)
        if k == skip:
            continue   # Mastodon's "@user@instance" under the name
        header = _header_at(bare, k)
        if header is not None:
            current = [[]]
            posts.append((_speaker(*header), current))
            skip = k + 1 if not _HEADER.match(body) else -1
        elif current is None:
            continue   # the copier's note before the first post, or after a post's counts
        elif _COUNTS.match(body) or _LABELLED.match(body) or _WHEN.match(body):
            current = None   # the post ends (a transcript's turn is no part of it)
        elif not body.strip() or _FURNITURE.match(body):
            if current[-1]:
                current.append([])   # a paragraph ends ("[image]" is none of it)
        else:
            lead = len(body) - len(body.lstrip())
            current[-1].append((start + lead, start + len(body.rstrip())))
    signers = _signers(text)
    segments: list[Segment] = []
    for turn, (who, paragraphs) in enumerate(posts):
        spans = [ln for lines in paragraphs for ln in lines]
        signed = _SIGNED.search(text, spans[-1][0], spans[-1][1]) if spans else None
        if signed and (signed.group(1), who) in signers:
            who = signers[signed.group(1), who]   # "… -KB" on an account whose posts say who KB is
        for lines in paragraphs:
            if not lines:
                continue
            p_start, p_end = lines[0][0], lines[-1][1]
            segments += passages(text, p_start, p_end, turn=turn, speaker=who, label=who)
    return segments


#: A post's sign-off with its writer's initials: "… -KB", "^KB", "—TH".
_SIGNED = re.compile(r"(?:^|\s)(?:-|\^|—|–)[ \t]?([A-Z]{2,3})[ \t]*$")
#: An account saying whose its signed posts are: "Posts signed -KB are from Dr. Katrina Baird".
_SIGNERS = re.compile(r"(?i:posts|tweets|replies|messages)[ \t]+signed[ \t]+(?:-|\^|—|–)?[ \t]?([A-Z]{2,3})[ \t]+"
                      r"(?i:are|come)[ \t]+(?i:from|by)[ \t]+(?:(?:Dr|Mr|Ms|Mrs)\.?[ \t]+)?"
                      r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})")


def _signers(text: str) -> dict[tuple[str, str | None], str]:
    """{(initials, account): person} for an account whose posts say who signs them ("Posts signed
    -KB are from Dr. Katrina Baird, County Health Officer"): its posts signed so are hers,
    those before the saying too (the account is the same desk)."""
    out: dict[tuple[str, str | None], str] = {}
    lines = text.splitlines()
    account = None
    for k, line in enumerate(lines):
        header = _header_at(lines, k)
        if header is not None:
            account = _speaker(*header)
            continue
        for m in _SIGNERS.finditer(line):
            out[m.group(1), account] = display_name(m.group(2))
    return out
