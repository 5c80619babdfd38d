"""A draft's title when the editor gives none: its headline, never the page's boilerplate.

Text pasted from a web page starts with whatever the page had above the story: "Skip to main
content", a menu, "Advertisement", a share bar, the byline, a timestamp, a photo credit, the
page's address.  :func:`title_of` reads the first lines and takes the first one that reads
like a headline; when none does (the story starts straight with its first paragraph), the
first sentence of the first paragraph, cut at a word to :data:`MAX_FALLBACK` characters.

General rules only — nothing here knows an outlet's house style:

* **boilerplate**: a line that is, as a whole, one of the usual page furniture phrases
  (:data:`BOILERPLATE`), or a row of them ("Share | Tweet | Email", "Home › News › Politics"),
  or starts with one of the usual calls to action (:data:`BOILERPLATE_STARTS`: "Sign up for …",
  "Skip to …", "Advertisement - Scroll to continue");
* **bylines**: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "Written by …",
  "Reporting by …" — "By" followed by names, not "By 2030, …" or "By the numbers";
* **dates and times** with nothing else: "March 3, 2026", "Updated 3:45 p.m. ET, Tue March 3,
  2026", "Published: 2026-03-03 14:02", "3 hours ago", "5 min read";
* a **bare dateline** ("WASHINGTON (AP) —") and a dateline opening the first paragraph is cut
  off the fallback sentence;
* **web addresses** ("https://…", "www.…", "example.com/news/…");
* **photo credits**: "Photo: …", "(AP Photo/Jane Doe)", "Photograph by …", "Jane Doe/Reuters",
  "Courtesy of …";
* **very short lines**: fewer than :data:`MIN_WORDS` words ("Politics", "LIVE", "Opinion").

A headline is a line of :data:`MIN_WORDS` to :data:`MAX_HEADLINE_WORDS` words and one sentence;
a longer line is the story's first paragraph.
"""

from __future__ import annotations

import re

from desk.extract.sentences import split_sentences

UNTITLED = "Untitled draft"
MIN_WORDS = 3
MAX_HEADLINE_WORDS = 20
MAX_HEADLINE_CHARS = 160
MAX_FALLBACK = 100
MAX_TITLE = 200
#: Lines read before giving up on a headline (page furniture is seldom longer).
MAX_LINES = 60

#: Whole lines that are page furniture, compared case-insensitively without punctuation.
BOILERPLATE = frozenset(
    """
    skip to main content|skip to content|skip to navigation|skip navigation|skip to main|
    skip to search|skip to footer|jump to content|jump to navigation|main menu|menu|open menu|
    close menu|navigation|search|close|home|advertisement|advertisements|advertising|ad|ads|
    sponsored|sponsored content|paid content|paid post|promoted|share|share this|share this article|
    share this story|share this page|share article|share story|share on facebook|share on twitter|
    share on x|share via email|share via|tweet|email|e-mail|print|save|save article|saved|
    copy link|link copied|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|
    subscribe|subscribe now|sign in|sign up|log in|login|log out|register|my account|account|
    newsletter|newsletters|listen|listen to this article|listen to article|play|pause|
    watch|video|audio|gallery|photos|comments|comment|view comments|show comments|
    leave a comment|read more|more|see more|show more|continue reading|read full article|
    related|related articles|related stories|related content|recommended|most popular|
    most read|trending|top stories|latest|latest news|breaking|breaking news|live|live updates|
    developing|developing story|exclusive|opinion|analysis|news|world|politics|business|
    local|sections|topics|follow|follow us|back to top|top|next|previous|next article|
    previous article|open in app|get the app|download the app|accept|accept all|
    accept cookies|reject all|manage cookies|cookie settings|privacy policy|terms of use|
    terms of service|contact us|about us|editions|edition|today's paper|todays paper|
    text size|font size|a a|a+ a-|zoom|image|photo|credit|caption|enlarge|expand|
    view image|view gallery|toggle caption|hide caption|show caption|loading|
    story continues below|story continues below advertisement|article continues below|
    continue below|scroll to continue|this content is not available|javascript is disabled
    """.replace("\n", "").split("|")
) - {""}

#: Lines starting with these are calls to action or furniture, whatever follows.
BOILERPLATE_STARTS = (
    "skip to ",
    "jump to ",
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe for",
    "follow us on",
    "click here",
    "story continues",
    "article continues",
    "continue reading",
    "read more:",
    "related:",
    "see also:",
    "listen to this",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to use",
    "you have reached",
    "already a subscriber",
    "already have an account",
    "support our journalism",
    "share this",
    "share on ",
    "share via ",
)

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?", re.UNICODE)
_SEPARATORS = re.compile(r"\s*(?:[|•·›»>/]|\s-\s|\s–\s)\s*")

# --- bylines ----------------------------------------------------------------------------------

_BYLINE_LEAD = re.compile(
    r"^(?:(?:written|words|reporting|reported|story|text|interview|compiled|edited|analysis)\s+)?by\s+(.+)$",
    re.IGNORECASE,
)
#: Small words a list of names and their employer may carry: "and", "of", "de", "van", "the".
_NAME_JOINERS = frozenset(
    "and & of the de del della der di da du la le van von y bin al el for with in at staff writer writers "
    "reporter reporters correspondent correspondents editor editors contributor contributors".split()
)

# --- dates and times --------------------------------------------------------------------------

_DATE_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    am pm a.m p.m a.m. p.m. noon midnight
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet cest ist aest aedt z
    published updated posted modified last first edited created on at by and
    ago just now today yesterday second seconds sec secs minute minutes min mins hour hours hr hrs
    day days week weeks month months year years read reading time
    """.split()
)
_DATE_TOKEN = re.compile(r"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\d{1,2}/\d{1,2}/\d{2,4})$")

# --- datelines, addresses, photo credits ------------------------------------------------------

#: "WASHINGTON (AP) —", "LONDON, Ont. —", "OTTAWA —": capitals (and a short place), an
#: optional agency in brackets, then a dash.
_DATELINE = re.compile(
    r"^[A-ZÀ-Þ]{2}[A-ZÀ-Þ .'’-]{0,40}(?:,\s*[A-Za-zÀ-ÿ. ]{1,30})?\s*(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s*"
)
_URL = re.compile(r"^(?:<?https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$", re.IGNORECASE)
_CREDIT_LEAD = re.compile(
    r"^[(\[]?\s*(?:(?:ap|file|staff|pool|handout)\s+)?(?:photo(?:graph)?s?|image|picture|pic|illustration|"
    r"graphic|video|credit|caption|courtesy)\b\s*(?:by\b|:|/|of\b|credit\b)",
    re.IGNORECASE,
)
# "Jane Doe/Reuters", "Jane Doe / Agency via Other": short, capitalised, a slash between names.
_CREDIT_SLASH = re.compile(
    r"^[(\[]?\s*[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){1,3}\s*/\s*"
    r"[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:via\s+)?[A-ZÀ-Þ][\w.'’-]*){0,3}\s*[)\]]?$"
)
_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s+|[*_]{1,3}(?=\S))|(?<=\S)[*_]{1,3}$")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _key(line: str) -> str:
    """The line folded for comparison with the furniture phrases: lower case, no punctuation."""
    return " ".join(w.rstrip(".").casefold() for w in _words(line))


def is_boilerplate(line: str) -> bool:
    """Page furniture: a menu item, a share bar, an advertisement label, a call to action."""
    key = _key(line)
    if not key:
        return True  # nothing but punctuation or symbols: a rule, a bullet
    if key in BOILERPLATE:
        return True
    low = line.strip().casefold()
    if low.startswith(BOILERPLATE_STARTS):
        return True
    # A row of furniture: "Share | Tweet | Email", "Home › News › Politics", "Facebook Twitter Email".
    pieces = [p for p in _SEPARATORS.split(line.strip()) if p.strip()]
    if len(pieces) > 1 and all(_key(p) in BOILERPLATE for p in pieces):
        return True
    words = key.split()
    return len(words) > 1 and all(w in BOILERPLATE for w in words) and len(words) <= 8


def is_byline(line: str) -> bool:
    """ "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press", "Reporting by Ana Ruiz"."""
    m = _BYLINE_LEAD.match(line.strip())
    if not m:
        return False
    rest = m.group(1).strip()
    words = re.findall(r"[^\s,;|]+", rest)
    if not words or len(words) > 16:
        return False
    if not words[0][0].isupper() or words[0].endswith(":"):  # "By the numbers", "By Design: …"
        return False
    for w in words:
        bare = w.strip("()[].:'’\"“”")
        if not any(ch.isalnum() for ch in bare):
            continue  # a separator: "—", "·", "/", "•"
        if bare.casefold() in _NAME_JOINERS or bare.casefold() in _DATE_WORDS:
            continue
        if _DATE_TOKEN.match(bare.casefold()):
            continue  # "By Jane Doe | March 3, 2026"
        if "@" in bare:
            continue  # an e-mail address after the name
        if not bare[0].isupper():
            return False
    return True


def is_timestamp(line: str) -> bool:
    """Only dates, times and their labels: "Updated 3:45 p.m. ET, Tue March 3, 2026", "3 hours ago"."""
    tokens = re.findall(r"[^\s,|·•()\[\]–—]+", line.strip().casefold())
    if not tokens:
        return False
    has_date = False
    for t in tokens:
        t = t.strip(":;.'’\"")
        if not t or t in ("-", "/"):
            continue
        if _DATE_TOKEN.match(t):
            has_date = True
            continue
        if t in _DATE_WORDS or t.rstrip(".") in _DATE_WORDS:
            has_date = has_date or t.rstrip(".") not in ("published", "updated", "posted", "on", "at", "by", "and")
            continue
        return False
    return has_date


def is_dateline(line: str) -> bool:
    """A dateline alone on its line: "WASHINGTON (AP) —", "OTTAWA —"."""
    m = _DATELINE.match(line.strip())
    return bool(m) and not line.strip()[m.end() :].strip()


def is_url(line: str) -> bool:
    return bool(_URL.match(line.strip()))


def is_photo_credit(line: str) -> bool:
    """ "Photo: Jane Doe/Reuters", "(AP Photo/Jane Doe)", "Photograph by …", "Jane Doe/Agency"."""
    s = line.strip()
    if _CREDIT_LEAD.match(s):
        return True
    if re.search(r"\bphoto\s*/", s, re.IGNORECASE) and len(_words(s)) <= 10:
        return True
    return bool(_CREDIT_SLASH.match(s)) and len(_words(s)) <= 8


def is_furniture(line: str) -> bool:
    """Anything above a story that is not its headline (see the module docstring)."""
    return (
        is_boilerplate(line)
        or is_byline(line)
        or is_timestamp(line)
        or is_dateline(line)
        or is_url(line)
        or is_photo_credit(line)
    )


def _clean(line: str) -> str:
    line = _MARKUP.sub("", line.strip()).strip()
    return re.sub(r"\s+", " ", line)


def _cut(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters long, cut at a word, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:—–-") + "…"


def _first_sentence(paragraph: str) -> str:
    m = _DATELINE.match(paragraph)
    if m and paragraph[m.end() :].strip():
        paragraph = paragraph[m.end() :].strip()  # "WASHINGTON (AP) — The council …" → "The council …"
    spans = split_sentences(paragraph)
    sentence = paragraph[spans[0][0] : spans[0][1]] if spans else paragraph
    return _cut(sentence.strip(), MAX_FALLBACK)


def _is_headline(line: str) -> bool:
    words = _words(line)
    if len(words) < MIN_WORDS or len(words) > MAX_HEADLINE_WORDS or len(line) > MAX_HEADLINE_CHARS:
        return False
    return len(split_sentences(line)) <= 1


def title_of(text: str) -> str:
    """The draft's headline, or the first sentence of its first paragraph (see the module docstring)."""
    short = None  # the first line that is no furniture, however short: the last resort
    for n, raw in enumerate((text or "").splitlines()):
        if n >= MAX_LINES:
            break
        line = _clean(raw)
        if not line or is_furniture(line):
            continue
        if _is_headline(line):
            return _cut(line, MAX_TITLE)
        if len(_words(line)) >= MIN_WORDS:
            return _first_sentence(line)  # the story starts here, with no headline above it
        short = short or line
    return _cut(short, MAX_TITLE) if short else UNTITLED
