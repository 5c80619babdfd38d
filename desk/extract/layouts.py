"""Transcript layouts whose turns have no colon (for :mod:`desk.extract.labels`).

A recorder or meeting app's name and time alone on a line above the speech ("Alma Reyes  0:03";
Teams' "Pryce, Joanna   0:04", read given name first); an earnings call's name, dash and title
("Ingrid Solberg — Chief Executive Officer") with "Operator" alone on its line; a podcast host's
export, each turn opening with the speaker's name alone on its line (its time on the next line is
left out with the other caption times, :mod:`desk.extract.margins`); and a header key
pairing a label with a name by dot leaders ("The Premier ....... Hon. Lucien Thorvald"), or a
records release's legend ("C1  = Caller (identified during the call as Wendell Rusk)").
"""

from __future__ import annotations

import re
from collections import Counter

from desk.extract.labelnames import NOT_NAME_WORDS, _bare, _name_from_value
from desk.extract.lexicon import ROLE_HEADS
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import TITLE_WORDS, fold, strip_titles

#: A name, a dash and a title alone on a line ("Ingrid Solberg — Chief Executive Officer").
_TITLED = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){1,3})[ \t]+(?:--|[—–-])[ \t]+"
                     r"[A-Z][^\n.!?:]{1,80}[ \t]*$", re.M)
#: Words of a job title after the dash beside the role nouns and titles the project knows
#: ("— Chief Executive Officer", "— Analyst, Castellan Securities", "— Managing Partner").
_JOB_EXTRA = frozenset("partner cto relations investor research portfolio fellow managing senior".split())
#: A name or "Operator" alone on a line.
_NAME_ALONE = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,3})[ \t]*$", re.M)
#: A recorder app's turn: the name and a time alone on a line, the speech below ("Alma Reyes  0:03"),
#: or a chat copied as text, the time of day given ("Gwen Harlow  6:58 AM", as Slack shows it).
STAMPED = re.compile(r"^[ \t]*(?P<label>[^\W\d_][\w.'’\-]*(?:,?[ ][\w.'’\-]+){0,4}?(?:[ ]\([^()\n]{1,60}\))?)[ \t]+"
                     r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?P<clock>[ \u202f]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*$", re.M)
#: A meeting app's "Surname, Given" display name (Teams): "Pryce, Joanna", "Tembo, Priscilla (Vireo Materials)".
_SURNAME_FIRST = re.compile(r"^(?P<surname>[^\W\d_][\w'’\-]*),[ ](?P<given>[^\W\d_][\w.'’\-]*(?:[ ][^\W\d_][\w.'’\-]*)?)"
                            r"(?P<rest>(?:[ ]\([^()\n]*\))?)$")


def given_first(label: str) -> str:
    """A recorder's or meeting app's label with the given name first: "Pryce, Joanna" -> "Joanna
    Pryce" (Teams writes the directory's "Surname, Given"); any other label as it is."""
    m = _SURNAME_FIRST.match(label)
    return f"{m.group('given')} {m.group('surname')}{m.group('rest')}" if m else label


#: A header line pairing a label with a name by dot leaders: "The Premier ....... Hon. Lucien Thorvald".
LEADERS = re.compile(r"^[ \t]*(?P<label>[A-Z][^.\n]{1,80}?)[ \t]*\.{4,}[ \t]*(?P<name>[^\n]{3,80}?)[ \t]*$", re.M)


def _job_title(title: str) -> bool:
    """A title that reads as a job: one of its words a role noun, a title or a word of a trade."""
    return any(w in ROLE_HEADS or w in TITLE_WORDS or w in _JOB_EXTRA
               for w in re.findall(r"[a-z]+", title.lower()))


def titled_turns(text: str, taken: set[int]) -> list[tuple[int, str, int]]:
    """An earnings call's or a webinar's turns: a name, a dash and a title alone on a line above
    the speech ("Ingrid Solberg — Chief Executive Officer"), with "Operator" alone on its line and
    a name alone for someone the titled lines name.  Only lines with speech below them (a sentence)
    before the next such line count (a participants list has none, nor a heading), two or more,
    one name recurring.  (line start, label, label end) of each, past the lines in ``taken``."""
    every = [m for m in _TITLED.finditer(text) if m.start() not in taken]
    again = Counter(m.group("label") for m in every) + Counter(m.group("label") for m in _NAME_ALONE.finditer(text))
    titled = [m for m in every if _job_title(m.group(0)[len(m.group("label")):]) or again[m.group("label")] > 1]
    #        (not a subheading: "Store Count — North America")
    if len(titled) < 2:
        return []
    names = {m.group("label") for m in titled}
    bare = [m for m in _NAME_ALONE.finditer(text)
            if m.group("label") in names or m.group("label").lower() in ("operator", "moderator")]
    found = sorted(titled + bare, key=lambda m: m.start())
    spoken = [m for m, nxt in zip(found, found[1:] + [None], strict=False)
              if re.search(r"[.?!…]", text[m.end():nxt.start() if nxt else len(text)])]   # not a heading
    if len(spoken) < 2 or (max(Counter(m.group("label") for m in spoken).values()) < 2 and len(spoken) < 3):
        return []
    return [(m.start(), m.group("label"), m.end()) for m in spoken]


#: A name alone on a line that opens a paragraph: two to four capitalised words ("Marisol Vega").
_NAME_PARAGRAPH = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?P<label>[^\W\d_][\w.'’\-]*(?:[ ][^\W\d_][\w.'’\-]*){1,3})[ \t]*\n(?=[ \t]*\S)")


#: A quote a document reports with its speaker ("…,” Ruiz said", 'said: “…'): a live blog's post
#: or a newsletter's, never a chat message.
_REPORTED_QUOTE = re.compile(r"[”\"],?[ \t]+(?:(?:he|she|they|[A-Z][\w’'.-]*)[ \t]+){1,3}(?:said|says|told|added)\b"
                             r"|\b(?:said|says|told\s+\w+)[,:]?[ \t]+[“\"]")


def chat_times(text: str, stamped: list[re.Match]) -> bool:
    """Name lines with a time of day ("Gwen Harlow  6:58 AM") are a chat's messages, not a live
    blog's posts or a run sheet's stations: some of the names open on a given name, and hardly a
    post reports a quote with its speaker (two, and a quarter of the posts, make a live blog)."""
    reported = len(_REPORTED_QUOTE.findall(text))
    return any(fold(m.group("label").split()[0]) in FIRST_NAMES for m in stamped) \
        and reported < max(2, len(stamped) // 4)   # (one message relaying a quote is still a chat)


#: A word of speech in the first or second person: a turn of a conversation, not a note about someone.
_SPOKEN = re.compile(r"(?i)\b(?:I|I['’]m|I['’]ve|me|my|we|we['’]re|our|us|you|your)\b")


def spoken_turns(text: str, found: list[re.Match]) -> bool:
    """Half the turns under the name lines or more speak in the first or second person ("I
    opened at six"): a conversation, not a reporter's notes under each person's name ("Owns the
    hardware store. Says sales tripled.")."""
    spans = [(m.end(), nxt.start() if nxt else len(text)) for m, nxt in zip(found, found[1:] + [None], strict=False)]
    return sum(1 for a, b in spans if _SPOKEN.search(text, a, b)) * 2 >= len(spans)


def _name_alone(label: str) -> bool:
    """A line that may be a person's name alone: opening on a given name ("Marisol Vega"; not
    "Public Comment", "Staff Response"), no word one that opens a sentence or a heading ("Next
    Steps")."""
    words = [_bare(w) for w in label.split()]
    return words[0] in FIRST_NAMES and not any(w in NOT_NAME_WORDS or w in _NOT_A_NAME_LINE for w in words)


#: Words of a heading, never of a name alone on its line.
_NOT_A_NAME_LINE = frozenset("""next steps background summary overview introduction conclusion update notes
    agenda minutes appendix contents questions answers part chapter section transcript episode""".split())


#: A TV rush transcript's turn: a time stamp alone on its line, the speaker's name in capitals
#: (a role in brackets after it) on the next, the speech below: "[00:00:31]" / "CURTIS ABERNATHY
#: (GENERAL MANAGER, FENWICK HARBOR WATER AUTHORITY)" / "Monday afternoon, …"; "[remote]" after it
#: is no part of the name.
_STAMP_OVER_NAME = re.compile(
    r"(?m)^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?[ \t]*\n[ \t]*"
    r"(?P<label>(?P<name>[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){0,3})(?:[ \t]*\([^()\n]{1,80}\))?)"
    r"(?:[ \t]*\[[^\]\n]{1,30}\])?[ \t]*\n(?=[ \t]*\S)")


def name_paragraphs(text: str, name_like) -> list[re.Match]:
    """A podcast host's or a transcription service's export: each turn a paragraph whose first
    line is the speaker's name alone ("Marisol Vega" ¶ "Welcome to …"), the speech below it; or a
    TV rush transcript's turn, a time stamp over the name in capitals (``_STAMP_OVER_NAME``).  A
    conversation only: four such lines or more with speech (a sentence) under each before the
    next, two voices at least, and most voices heard twice — a report's subheadings ("Budget
    Pressures") come once each — and half the turns or more in the first or second person
    (``spoken_turns``).  ``name_like`` says which lines may be a name (a given name first)."""
    found = [m for m in _NAME_PARAGRAPH.finditer(text) if name_like(m.group("label")) and _name_alone(m.group("label"))]
    found = sorted(found + [m for m in _STAMP_OVER_NAME.finditer(text) if name_like(m.group("label"))
                            and not any(_bare(w) in NOT_NAME_WORDS for w in m.group("name").split())],
                   key=lambda m: m.start("label"))
    spoken = [m for m, nxt in zip(found, found[1:] + [None], strict=False)
              if re.search(r"[.?!…]", text[m.end():nxt.start() if nxt else len(text)])]
    # (a rush transcript's voice by its last word: "NAYLOR" is "PRISCILLA NAYLOR (HOST)" coming
    # back; a podcast's by its whole name: "Dan Reyes" and "Maria Reyes" are two)
    voices = Counter(m.group("name").split()[-1] if m.re is _STAMP_OVER_NAME else m.group("label") for m in spoken)
    if len(spoken) < 4 or len(voices) < 2 or sum(1 for n in voices.values() if n >= 2) * 2 < len(voices) \
            or not spoken_turns(text, spoken):
        return []
    return spoken


def speech_below(text: str, stamped: list[re.Match]) -> bool:
    """Most name-and-time lines have speech under them before the next one (a recorder's turns),
    rather than standing one under another (a timetable, a list of times)."""
    bare = 0
    for m, nxt in zip(stamped, stamped[1:], strict=False):
        if not text[m.end():nxt.start()].strip():
            bare += 1
    return bare * 4 <= len(stamped)


#: A legend's line: a short code, "=", who it stands for ("CT  = Call-taker (Telecommunicator Kayla Abernathy)");
#: or a transcription app's numbered voice a key names ("Speaker 2 = Chief Miriam Castellano").
LEGEND = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z0-9]{0,5}|(?i:speaker|spk|participant)[ _]?\d{1,3})[ \t]*=[ \t]*"
                    r"(?P<value>[^\n]{3,160})$", re.M)


def legend_name(value: str) -> str | None:
    """The person a legend's line names: the one it says a voice was identified as, else the
    given name and surname in its brackets past a job ("Telecommunicator Kayla Abernathy");
    None for "unidentified adult female"."""
    outside = _name_from_value(strip_titles(re.sub(r"\([^()]*\)", "", value).split(",")[0])[1])   # ("S/Sgt. Dana Whitcombe")
    if outside:
        return outside   # "RUIZ = Ann Ruiz (Mayor of Port Agnes)"
    inner = re.search(r"\(([^()]*)\)", value)
    said = inner.group(1) if inner else value
    known = re.search(r"\b(?:as|is)\s+([A-Z][^,;()]*)", said)
    words = (known.group(1) if known else said).split(",")[0].split()
    while len(words) > 2 and _bare(words[0]) not in FIRST_NAMES:
        words.pop(0)   # "Telecommunicator Kayla Abernathy": the job before the name
    return _name_from_value(" ".join(words)) if words and _bare(words[0]) in FIRST_NAMES else None


#: A legend's voice the release does not identify: "(unidentified adult female)".
_UNIDENTIFIED = re.compile(r"(?i)\b(?:unidentified|unknown|unnamed|not identified)\b")


#: A name given with the initials that label its turns: "Narrator: Eudora "Dory" Maddox (EM),
#: b. 1946", "Interviewer: Benedikt Larsen (BL)".
_INITIALLED = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+(?:\"[^\"\n]{1,20}\"|“[^”\n]{1,20}”|[A-Z][\w'’.-]+)){1,4})"
                         r"[ \t]*\((?P<label>[A-Z]{2,4})\)")


def legend(text: str, end: int) -> list[tuple[str, str]]:
    """(code, person) for each line of a legend before ``end`` ("C1  = Caller (identified during
    the call as Wendell Rusk, Foundry Road)"); "" for a voice it says it does not identify.  A
    Q&A's key ("Q = Tessa Lind, Herald") is left alone: the questions stay the questioner's.  An
    oral history's header naming each voice with its initials ("Narrator: Eudora "Dory" Maddox
    (EM)") is a legend too, the nickname left out of the name."""
    out = []
    for m in _INITIALLED.finditer(text, 0, end):
        name = _name_from_value(re.sub(r"[ \t]+(?:\"[^\"\n]*\"|“[^”\n]*”)", "", m.group("name")))
        if name:
            out.append((m.group("label"), name))
    for m in LEGEND.finditer(text, 0, end):
        if m.group("label") in ("Q", "A"):
            continue
        name = legend_name(m.group("value"))
        if name or _UNIDENTIFIED.search(m.group("value")):
            out.append((m.group("label"), name or ""))
    return out
