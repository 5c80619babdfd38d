"""Plain data that flows out of extraction: documents, passages and quotes.

Extraction turns a file into text (``formats`` and its readers), cuts that text into passages
attributed to speakers (``transcripts`` and ``labels`` for labelled turns and captions, ``quotes``
for quoted speech in articles, releases and drafts), and hands these dataclasses to the services,
which store them.
Nothing here knows about Flask, the database or the index.

Offsets are always character offsets into ``Document.text`` (or the draft text), half-open
``[start, end)``, so ``text[start:end]`` is the passage or quote part exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Source kinds, SPEC §2.
KINDS = ("transcript", "speech", "interview", "release", "article", "notes", "captions", "other")

#: Roles a passage's speaker can have.  A questioner (``Q:``, ``QUESTION:``, ``REPORTER:``) is an
#: unnamed person, never a library speaker; ``unknown`` is speech we could not attribute.
ROLE_SPEAKER = "speaker"
ROLE_QUESTIONER = "questioner"
ROLE_UNKNOWN = "unknown"


@dataclass
class Cue:
    """One caption cue, placed in the document text built from the caption file."""

    start: int  # offset of the cue's text in Document.text
    end: int
    t_start: float  # seconds from the start of the recording
    t_end: float
    voice: str | None = None  # WebVTT <v Name>, an SRT "NAME:" prefix (removed from text), or ">>": a new voice, unnamed


@dataclass
class Document:
    """A file's readable text, as it will be stored and hashed."""

    text: str
    format: str  # "txt", "md", "html", "docx", "pdf", "srt", "vtt", "ttml", "smi", "sbv", "sub", "ass", "json"
    cues: list[Cue] = field(default_factory=list)  # captions only
    title: str | None = None  # a title the file itself gives (HTML <title>, docx core title)


@dataclass
class Segment:
    """A passage: a sentence or a few of one speaker's turn, with offsets into the text."""

    start: int
    end: int
    turn: int  # passages of one turn share this number; a turn is one speaker's uninterrupted speech
    label: str | None = None  # the label as written ("MINISTER OKAFOR", "Q", "Marcus Oduya")
    speaker: str | None = None  # the best full name the document gives ("Adaeze Okafor"), None if unknown
    role: str = ROLE_SPEAKER
    paragraph_start: int = 0  # the paragraph (or caption turn) the passage sits in
    paragraph_end: int = 0
    t_start: float | None = None  # captions: cue time of the passage's first and last cue
    t_end: float | None = None


@dataclass
class QuotePart:
    start: int  # offsets of the words inside the quote marks (marks excluded)
    end: int


@dataclass
class Quote:
    """A quotation found in a draft or an article-like source (SPEC §3)."""

    parts: list[QuotePart]
    text: str  # the parts' text joined by one space
    mention: str | None = None  # the words naming the speaker ("he", "Ms. Okafor", "the minister")
    mention_start: int | None = None
    mention_end: int | None = None
    speaker: str | None = None  # resolved full name, or None when the text names nobody
    skipped: str | None = None  # "scare_quote", "title" or "nickname" when listed but not checked
    #: The text presents ``speaker`` as a person it names ("Petra Lind, a councillor"; "Mr. Hale"),
    #: not an organisation, a document or a description ("Harbour Transit", "Reuters", "the ad").
    speaker_person: bool = False
    #: ``speaker`` is the draft's phrase for someone it does not name ("a friend", "two aides",
    #: "officials"): shown as the draft's attribution, never looked up as a library speaker.
    unnamed: bool = False
