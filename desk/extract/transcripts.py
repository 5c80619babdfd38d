"""Document -> passages: speaker turns of transcripts, interviews, speeches and captions.

``segment(doc, kind, speaker=None, known_speakers=())`` cuts a source's text into
:class:`~desk.extract.model.Segment` passages (one to three sentences of one speaker's turn,
``desk.extract.sentences``) and says who speaks each.  Offsets are into ``doc.text``; a
passage never includes a speaker label.

Which path a document takes:

1. **Captions** (the document has cues): turns come from cue voices.  A cue without a voice
   continues the previous voice (SRT files prefix only the cue where the speaker changes;
   ``captions`` keeps ``Cue.voice`` as the file has it and the carrying happens here).  A cue
   whose voice is ``UNNAMED_VOICE`` (">>" with no name) opens a new turn: the questioner's when
   it is short (three sentences at most) and ends in a question ("Governor, thank you. When do
   they reopen?"); else nobody when the file names other voices ("HALE:"), else the
   ``speaker`` given (the file names no one).  Sentences
   run across cues, so passages are cut from the turn's stretch of ``doc.text``; a passage's
   ``t_start``/``t_end`` are the times of the first and last cue it overlaps.  Stage notes such as
   ``[speaking French]`` stay in the text.  Cues before any voice belong to ``speaker`` when
   given, else to nobody (role ``unknown``).
2. **Labelled text** (any kind, when ``desk.extract.labels`` finds labels; article, release
   and notes need two labelled turns that cover at least half the text: a stray "Name:" line
   or a Q&A appendix does not make an article a transcript).
3. **Article, release, notes, other** without labels: quoted speech, delegated to
   ``desk.extract.article.article_segments`` (``other`` only when no ``speaker`` is given).
4. **Single speaker** (speech, or a ``speaker`` given, or a transcript/interview without
   labels): the whole body is one turn (turn 0), so an ellipsis may join its paragraphs; each
   paragraph is cut into passages.  Leading header blocks (title, venue, date, "Check against
   delivery": blocks whose every line is short and does not end a sentence) are skipped.
   Without a speaker the passages are ``unknown``.

Labelled turns (path 2): which lines are labels, and which are header lines before the first
turn, is ``desk.extract.labels``'s job (its docstring gives the rules).  Here:

* A turn's passages and paragraph offsets start after its label: ``doc.text[start:end]`` of a
  passage never shows the label.
* Unlabelled paragraphs continue the current turn.  Paragraphs that are only a bracketed or
  parenthesised note ("(END)", "[Applause]" alone) are not passages.

Label -> speaker:

* Questioner labels (``names.is_questioner``) are an unnamed questioner (role ``questioner``,
  speaker None) — unless the header names one interviewer ("Interviewer: Anika Sorensen"),
  who then speaks the questions.  ``A:``/``Answer:`` is the ``speaker`` given, if any.
* A label that a header line defines ("MODERATOR" <- "Moderator: Claire Dufresne, …") is that
  person.  A bare role with no such line (``MODERATOR``, ``HOST``) is nobody (role
  ``unknown``): the role is not a person's name.  So is a label for someone unnamed
  (``Speaker 2``, ``UNIDENTIFIED MALE``, ``Some hon. members``).
* An office (``THE PRESIDENT``, ``The Speaker``, ``The PRESIDING OFFICER``) is the person its
  brackets name (``The Acting Speaker (Mr. Bruce Stanton)``), else the one person the text
  gives that title ("Remarks by President Okafor"; not "former President …" nor "Vice
  President …"), else the ``speaker`` given for the source when no other office speaks in the
  transcript, else nobody.  A Record label (``Ms. McALLISTER``) is the surname, in its usual case.
* Otherwise titles are stripped ("MINISTER OKAFOR" -> OKAFOR, also French titles) and a
  one-word name is completed from the fullest name the document gives for it: every
  capitalised run of words ending in that surname, minus leading titles and sentence words
  ("Finance Minister Adaeze Okafor" -> Adaeze Okafor, "I'm Dana Whitlock" -> Dana Whitlock),
  the most frequent two-or-more-word form winning.  Then ``known_speakers`` (``(canonical,
  aliases)`` pairs) by alias or unique surname; then the label itself in its usual case.
* ``Segment.label`` keeps the label as written; ``Segment.speaker`` is the full name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from desk.extract.captions import UNNAMED_VOICE
from desk.extract.examination import examination_speakers
from desk.extract.formats import ExtractError
from desk.extract.known import _KnownSpeakers
from desk.extract.labelnames import (
    _PAREN,
    EXTRA_TITLES,
    NOT_NAME_WORDS,
    _bare,
    _fullest_name,
    _is_title,
    _label_key,
    _name_from_value,
    _strip_all_titles,
    _Words,
)
from desk.extract.labels import _BLANK, _LABEL, _RECORD_LABEL, _UNNAMED, _find_turns, _Layout
from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, ROLE_UNKNOWN, Document, Segment
from desk.extract.names import TITLE_WORDS, display_name, is_questioner, surname_key
from desk.extract.roleholders import header_holder
from desk.extract.sentences import chunk, split_sentences

ARTICLE_KINDS = ("article", "release", "notes")

# ---------------------------------------------------------------------------------------------
# vocabulary

#: One-word labels that name a role, not a person.  Folded.
ROLE_WORDS = frozenset(
    """moderator moderatrice host cohost anchor chair chairman chairwoman chairperson narrator
    interpreter interprete translator presenter announcer interviewer intervieweur intervieweuse
    animateur animatrice commentator panelist panellist guest caller witness clerk speaker
    president presidente facilitator emcee mc officer spokesperson operator""".split()
)
#: Header labels that name the person asking the questions.
QUESTIONER_HEADERS = frozenset(
    {"interviewer", "interviewed by", "reporter", "journalist", "questions", "questioner",
     "intervieweur", "intervieweuse", "journaliste", "entrevue realisee par", "interview by"}
)
#: Labels for the answering side of a Q/A interview.
ANSWER_LABELS = frozenset({"a", "answer", "r", "reponse"})
#: A paragraph that is only a note ("(END)", "[Applause]", "-30-"): not a passage.
_NOTE_ONLY = re.compile(r"^[\[(][^\[\]()]*[\])]$|^(?:-30-|#{3}|\*{3}|END|Ends?\.?)$")


# ---------------------------------------------------------------------------------------------
# entry point


def segment(
    doc: Document,
    kind: str,
    speaker: str | None = None,
    known_speakers: Iterable = (),
) -> list[Segment]:
    """Cut ``doc`` into passages attributed to speakers (see the module docstring)."""
    _check_structure(doc)
    known = _KnownSpeakers(known_speakers, speaker)
    kind = (kind or "other").lower()
    if doc.cues:
        return _caption_segments(doc, speaker, known)

    layout = _find_turns(doc.text, known)
    if _is_labelled(doc.text, layout, kind):
        return _labelled_segments(doc.text, layout, speaker, known)

    if kind in ARTICLE_KINDS or (kind not in ("speech", "transcript", "interview", "captions") and not speaker):
        from desk.extract.article import article_segments

        return article_segments(doc.text, default_speaker=speaker, known_speakers=known_speakers,
                                notes=kind == "notes")
    return _single_speaker_segments(doc.text, speaker)


#: Most paragraphs, label lines and caption cues one source may have.  Splitting is linear in
#: each, but every passage is stored and indexed: past these a file is a corpus, not a source
#: (a day-long parliamentary transcript has some 5,000 turns; a three-hour recording some
#: 3,000 cues).
MAX_PARAGRAPHS = 20_000
MAX_LABEL_LINES = 20_000
MAX_CUES = 50_000


def _check_structure(doc: Document) -> None:
    """Refuse a source whose structure is past the limits above, saying which and what to do."""
    def refuse(count: int, what: str, limit: int) -> None:
        raise ExtractError(
            f"it has {count:,} {what}; one source may have at most {limit:,}. Split it into several files."
        )

    if len(doc.cues) > MAX_CUES:
        refuse(len(doc.cues), "caption cues", MAX_CUES)
    paragraphs = doc.text.count("\n\n") + 1
    if paragraphs > MAX_PARAGRAPHS:
        refuse(paragraphs, "paragraphs", MAX_PARAGRAPHS)
    # A cheap upper bound first; the label pattern only runs on texts that might be over.
    if doc.text.count(":") > MAX_LABEL_LINES:
        labels = sum(1 for _ in _LABEL.finditer(doc.text))
        if labels > MAX_LABEL_LINES:
            refuse(labels, "speaker-label lines", MAX_LABEL_LINES)


def _is_labelled(text: str, layout: _Layout, kind: str) -> bool:
    """Labels found, and for article-like kinds enough of them to make the text a transcript."""
    if kind not in ARTICLE_KINDS:
        return bool(layout.turns)
    # Two turns covering most of the text: a Q&A appendix does not turn a story into a transcript.
    return len(layout.turns) >= 2 and (len(text) - layout.turns[0].line_start) * 2 >= len(text)


# ---------------------------------------------------------------------------------------------
# labelled transcripts


def _labelled_segments(text: str, layout: _Layout, speaker: str | None, known: _KnownSpeakers) -> list[Segment]:
    resolver = _Resolver(text, layout, speaker, known)
    examination = examination_speakers(text, layout.turns, resolver.resolve)
    segments: list[Segment] = []
    turn_no = 0
    cut_off: dict[str, tuple[int, int]] = {}   # label -> (turn number, index of the turn) of a sentence broken off
    for i, turn in enumerate(layout.turns):
        region_end = layout.turns[i + 1].line_start if i + 1 < len(layout.turns) else len(text)
        who, role = examination.get(i) or resolver.resolve(turn.label)
        speech = text[turn.speech_start:region_end].strip()
        resumed = cut_off.pop(turn.label, None) if _RESUMES.match(speech) else None
        number = resumed[0] if resumed and i - resumed[1] <= 2 else turn_no
        made = _passages(text, turn.speech_start, region_end, number, turn.label, who, role)
        if made:
            segments.extend(made)
            if number == turn_no:
                turn_no += 1
            if _BROKEN_OFF.search(speech):
                cut_off[turn.label] = (number, i)
    return segments


#: A turn broken off by a dash ("But the grocers' profits --"), and one that picks it up
#: ("-- are at record highs."): one sentence over crosstalk, so one turn of its speaker.
_BROKEN_OFF = re.compile(r"(?:--|[—–])\s*$")
_RESUMES = re.compile(r"^(?:--|[—–])")


class _Resolver:
    """Label -> (speaker, role), cached per label as written."""

    def __init__(self, text: str, layout: _Layout, speaker: str | None, known: _KnownSpeakers) -> None:
        self.text = text
        self.headers = layout.headers
        self.words = layout.words or _Words(text, layout.label_spans)
        self.speaker = speaker
        self.known = known
        self.cache: dict[str, tuple[str | None, str]] = {}
        interviewers = {name for key, name in layout.headers.items() if key in QUESTIONER_HEADERS}
        self.interviewer = next(iter(interviewers)) if len(interviewers) == 1 else None
        # "THE PRESIDENT" is the speaker given only when no other office speaks ("THE VICE PRESIDENT")
        # and no label of the speaker's own does ("REYES:" beside "THE MODERATOR:")
        self.offices = {_label_key(t.label) for t in layout.turns
                        if _office(t.label) or _bare(_PAREN.sub("", t.label)) in _OFFICE_SHORT}
        own = surname_key(speaker) if speaker else None
        self.speaker_labelled = bool(own) and any(
            _bare(w) == own for t in layout.turns for w in _strip_all_titles(_PAREN.sub("", t.label)).split())
        # the header (before the first turn) is where a transcript says whose remarks it holds
        self.header_end = layout.turns[0].line_start if layout.turns else 0
        self.labels = list(dict.fromkeys(t.label for t in layout.turns))

    def resolve(self, label: str | None) -> tuple[str | None, str]:
        if label is None:
            return (self.speaker, ROLE_SPEAKER if self.speaker else ROLE_UNKNOWN)
        if label not in self.cache:
            self.cache[label] = self._resolve(label)
        return self.cache[label]

    def _resolve(self, label: str) -> tuple[str | None, str]:
        key = _label_key(label)
        if key in self.headers:
            return self.headers[key], ROLE_SPEAKER
        if is_questioner(_PAREN.sub("", label)):
            if self.interviewer:
                return self.interviewer, ROLE_SPEAKER
            return None, ROLE_QUESTIONER
        if key in ANSWER_LABELS:
            return (self.speaker, ROLE_SPEAKER) if self.speaker else (None, ROLE_UNKNOWN)
        if _UNNAMED.match(key):
            return None, ROLE_UNKNOWN   # "Speaker 2", "UNIDENTIFIED MALE", "Some hon. members"
        office = _office(label)
        if office is not None:
            return self._office_holder(label, office)
        short = _OFFICE_SHORT.get(_bare(_PAREN.sub("", label)))
        if short is not None:   # "PM:" beside "Prime Minister Alma Reyes:", or in remarks by the PM
            who, role = self._office_holder(label, short)
            found = who or self.known.find(label)
            return (found, ROLE_SPEAKER) if found else (None, ROLE_UNKNOWN)   # "PM" is no one's name
        record = _RECORD_LABEL.fullmatch(label)
        if record:
            label = " ".join(_record_case(w) for w in record.group("member").split())   # "Ms. McALLISTER" → McAllister

        bare = _strip_all_titles(_PAREN.sub("", label))
        words = bare.split()
        if len(words) == 1 and (_bare(bare) in ROLE_WORDS or _bare(bare) in TITLE_WORDS or _bare(bare) in EXTRA_TITLES):
            found = header_holder(self.text[:self.header_end], _bare(bare)) or self.known.find(label)
            if not found and self.speaker and _bare(bare) in _ANSWERING_ROLES:
                found = self.speaker   # "GUEST:" in an interview with the speaker given
            return (found, ROLE_SPEAKER) if found else (None, ROLE_UNKNOWN)
        if len(words) >= 2:
            return self.known.find(bare) or display_name(bare), ROLE_SPEAKER
        name = _fullest_name(bare, self.words) or self._labelled_name(bare)
        if name and len(name.split()) >= 2:
            return name, ROLE_SPEAKER
        found = self.known.find(bare)
        if found:
            return found, ROLE_SPEAKER
        return display_name(bare), ROLE_SPEAKER


    def _labelled_name(self, surname: str) -> str | None:
        """The one fuller label with this surname ("RENNICK:" after "STATE SEN. TOBIAS RENNICK (R-OH):")."""
        key = _bare(surname)
        fuller = {display_name(b) for b in (_strip_all_titles(_PAREN.sub("", lab)) for lab in self.labels)
                  if len(b.split()) >= 2 and _bare(b.split()[-1]) == key
                  and not any(_is_title(w) or _bare(w) in NOT_NAME_WORDS for w in b.split())
                  and not _UNNAMED.match(_label_key(b))}   # not "UNIDENTIFIED MALE" for "MALE"
        return fuller.pop() if len(fuller) == 1 else None

    def _office_holder(self, label: str, office: list[str]) -> tuple[str | None, str]:
        """Who speaks as "THE PRESIDENT", "The Acting Speaker (Mr. Bruce Stanton)" or "The PRESIDING
        OFFICER": the person the brackets name; else the one person the text gives that title
        ("Remarks by President Okafor", "President Adaeze Okafor signed", not "former President
        Halvorsen" nor "Vice President Lund"); else the speaker given for the source when this is
        the transcript's only such office; else nobody."""
        paren = re.search(r"\(([^()]*)\)\s*$", label)
        named = _name_from_value(paren.group(1)) if paren else None
        member = _RECORD_LABEL.fullmatch(paren.group(1).strip()) if paren and not named else None
        if member:   # "The PRESIDING OFFICER (Mr. ORTIZ)"
            named = display_name(" ".join(_record_case(w) for w in member.group("member").split()))
        if named:
            return named, ROLE_SPEAKER
        holder = self._labelled_holder(office)
        if holder:
            return holder, ROLE_SPEAKER   # "The Prime Minister:" beside "Prime Minister Alma Reyes:"
        if all(w in TITLE_WORDS or w in ROLE_WORDS for w in office):
            holders: dict[str, str] = {}
            title = r"[ \t\u00a0]+".join(re.escape(w) for w in office)
            pattern = re.compile(r"(?<![\w'’\-])(?i:" + title + r")[ \t\u00a0]+((?:[A-Z][\w'’\-]*\.?[ \t\u00a0]+){0,3}[A-Z][\w'’\-]*)")
            for m in pattern.finditer(self.text, 0, self.header_end):
                before = self.text[max(0, m.start() - 12):m.start()].split()
                if before and _bare(before[-1]) in _NOT_THE_HOLDER:
                    continue   # "former President Halvorsen", "Vice President Lund"
                words = re.sub(r"['’]s$", "", m.group(1)).split()
                cut = next((i for i, w in enumerate(words) if _bare(w) in NOT_NAME_WORDS or _bare(w) in _NOT_NAME_HEAD), len(words))
                if cut == 0:
                    continue   # "the President Aboard Air Force One", "… Upon Arrival"
                name = " ".join(words[:cut])
                key = _bare(name.split()[-1])
                if len(name) > len(holders.get(key, "")):
                    holders[key] = name
            if len(holders) == 1:
                holder = next(iter(holders.values()))
                if len(holder.split()) == 1:   # "Remarks by President Okafor": the fullest name the text gives
                    holder = _fullest_name(holder, self.words) or self.known.find(holder) or holder
                return display_name(holder), ROLE_SPEAKER
            if not holders and len(office) == 1:
                holder = header_holder(self.text[:self.header_end], office[0])   # "Harriet Mosgrove (Chair)"
                if holder:
                    return holder, ROLE_SPEAKER
            if (not holders and self.speaker and self.offices == {_label_key(label)} and not self.speaker_labelled
                    and set(office) <= _HEAD_OFFICES):
                return self.speaker, ROLE_SPEAKER
        return None, ROLE_UNKNOWN


    def _labelled_holder(self, office: list[str]) -> str | None:
        """The one person another label of this transcript names with the office: "Prime Minister
        Alma Reyes:" for "PM:" or "The Prime Minister:".  None when no label does, or two do."""
        found = set()
        for other in self.labels:
            words = _PAREN.sub("", other).split()
            if len(words) > len(office) and [_bare(w) for w in words[:len(office)]] == office \
                    and all(w[:1].isupper() for w in words[len(office):]):
                found.add(display_name(" ".join(words[len(office):])))
        return next(iter(found)) if len(found) == 1 else None


#: Role labels for the one who answers: the source's speaker, when given and the header names no one.
_ANSWERING_ROLES = frozenset({"guest", "interviewee", "witness"})
#: Labels that abbreviate an office: "PM:" is the prime minister.
_OFFICE_SHORT = {"pm": ["prime", "minister"], "premier": ["premier"], "president": ["president"],
                 "mayor": ["mayor"], "governor": ["governor"], "chancellor": ["chancellor"]}
#: Offices whose label is the source's own speaker when the transcript names no holder: the
#: person whose remarks these are ("THE PRESIDENT", "THE PREMIER"), not who runs the room.
_HEAD_OFFICES = frozenset("president vice prime minister premier governor mayor secretary chancellor first lady".split())
#: Capitalised words of a heading that are no name: "by the President Aboard Air Force One".
_NOT_NAME_HEAD = frozenset("aboard upon arrival departure during via remarks statement press conference "
                           "briefing gaggle interview address".split())
#: Words before a title that make its holder someone other than the office's speaker.
_NOT_THE_HOLDER = frozenset("vice deputy former ex acting interim assistant associate late then".split())
#: Words an office label may hold besides titles: "The SPEAKER pro tempore", "The PRESIDING OFFICER".
_OFFICE_WORDS = frozenset("presiding pro tempore first lady gentleman gentlewoman court".split())


def _office(label: str) -> list[str] | None:
    """The office of a label that is "the" and an office and names no one ("THE PRESIDENT",
    "The PRESIDING OFFICER", "The Acting Speaker (Mr. Bruce Stanton)"), folded; else None."""
    words = [_bare(w) for w in _PAREN.sub("", label).split()]
    if len(words) < 2 or words[0] != "the":
        return None
    rest = words[1:]
    if all(w in TITLE_WORDS or w in ROLE_WORDS or w in EXTRA_TITLES or w in _OFFICE_WORDS for w in rest):
        return rest
    return None


def _record_case(word: str) -> str:
    """A Record surname in its usual case: "McALLISTER" → McAllister (capitals alone are left to display_name)."""
    m = re.fullmatch(r"([A-Z][a-z]{1,2})([A-Z])([A-Z'’\-]+)", word)
    return m.group(1) + m.group(2) + m.group(3).lower() if m else word


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs of text[start:end], trimmed; note-only ones dropped."""
    out = []
    pos = start
    bounds = [(m.start(), m.end()) for m in _BLANK.finditer(text, start, end)]
    for b_start, b_end in [*bounds, (end, end)]:
        s, e = pos, b_start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e and not _NOTE_ONLY.match(text[s:e]):
            out.append((s, e))
        pos = b_end
    return out


def _passages(text: str, start: int, end: int, turn: int, label, who, role, paragraphs=None) -> list[Segment]:
    segments = []
    for p_start, p_end in paragraphs if paragraphs is not None else _paragraphs(text, start, end):
        for s, e in chunk(split_sentences(text, p_start, p_end), text=text):
            segments.append(
                Segment(start=s, end=e, turn=turn, label=label, speaker=who, role=role,
                        paragraph_start=p_start, paragraph_end=p_end)
            )
    return segments


# ---------------------------------------------------------------------------------------------
# single speaker


def _is_header_line(line: str) -> bool:
    line = line.strip()
    if not line:
        return True
    if len(line.split()) > 20:
        return False
    if re.search(r"(?:a\.m|p\.m|inc|ltd|co|jr|sr|st|no)\.$", line, re.I):
        return True
    return not re.search(r"[.!?…\"”»:;,]$", line)


def _single_speaker_segments(text: str, speaker: str | None) -> list[Segment]:
    paragraphs = _paragraphs(text, 0, len(text))
    # Skip leading header blocks, but never the last block.
    while len(paragraphs) > 1 and all(_is_header_line(ln) for ln in text[paragraphs[0][0]:paragraphs[0][1]].split("\n")):
        paragraphs.pop(0)
    role = ROLE_SPEAKER if speaker else ROLE_UNKNOWN
    return _passages(text, 0, len(text), 0, None, speaker, role, paragraphs=paragraphs)


# ---------------------------------------------------------------------------------------------
# captions


def _caption_segments(doc: Document, speaker: str | None, known: _KnownSpeakers) -> list[Segment]:
    text = doc.text
    cues = sorted(doc.cues, key=lambda c: c.start)
    # Runs of cues with the same (carried) voice.
    runs: list[tuple[str | None, list]] = []
    current = None
    for cue in cues:
        voice = cue.voice or current
        if not runs or voice != current or cue.voice == UNNAMED_VOICE:
            runs.append((voice, []))
        runs[-1][1].append(cue)
        current = voice
    layout = _Layout(turns=[], headers={}, label_spans=[])
    resolver = _Resolver(text, layout, speaker, known)
    named_voices = any(c.voice not in (None, UNNAMED_VOICE) for c in cues)

    segments: list[Segment] = []
    turn_no = 0
    for voice, run in runs:
        t_start_offset, t_end_offset = run[0].start, run[-1].end
        sentences = split_sentences(text, t_start_offset, t_end_offset)
        if voice != UNNAMED_VOICE:
            who, role = resolver.resolve(voice)
        elif sentences and len(sentences) <= 3 and text[slice(*sentences[-1])].rstrip("\"”’') ").endswith("?"):
            who, role = None, ROLE_QUESTIONER   # ">> Governor, thank you. When do they reopen?": a question put to the speaker
        elif named_voices:
            who, role = None, ROLE_UNKNOWN   # the file names its voices, and not this one
        else:
            who, role = resolver.resolve(None)   # ">>" names no one, nor does the file: the source's speaker, if given
        label = None if voice == UNNAMED_VOICE else voice
        made = []
        # Cues of a run are in text order and do not overlap: the cues a passage overlaps are
        # found by bisection, not by a scan of the whole run (quadratic on a long monologue).
        cue_ends = [c.end for c in run]
        cue_starts = [c.start for c in run]
        for s, e in chunk(sentences, text=text):
            first = bisect.bisect_right(cue_ends, s)  # first cue ending after s
            last = bisect.bisect_left(cue_starts, e) - 1  # last cue starting before e
            if first > last:
                continue
            made.append(
                Segment(start=s, end=e, turn=turn_no, label=label, speaker=who, role=role,
                        paragraph_start=t_start_offset, paragraph_end=t_end_offset,
                        t_start=run[first].t_start, t_end=run[last].t_end)
            )
        if made:
            segments.extend(made)
            turn_no += 1
    return segments
