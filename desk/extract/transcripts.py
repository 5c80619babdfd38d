"""Document -> passages: speaker turns of transcripts, interviews, speeches and captions.

``segment(doc, kind, speaker=None, known_speakers=())`` cuts a source's text into
:class:`~desk.extract.model.Segment` passages (one to three sentences of one speaker's turn,
``desk.extract.sentences``) and says who speaks each.  Offsets are into ``doc.text``; a
passage never includes a speaker label.

Which path a document takes:

1. **Captions** (the document has cues): turns come from cue voices.  A cue without a voice
   continues the previous voice (SRT files prefix only the cue where the speaker changes;
   ``captions`` keeps ``Cue.voice`` as the file has it and the carrying happens in
   :mod:`desk.extract.captionturns`).  A cue
   whose voice is ``UNNAMED_VOICE`` (">>" with no name) opens a new turn: the person who names
   themselves in its first two sentences (">> Hi. My name is Rafael Dunmore."; not an office,
   "I'm Vice Chair"); the person a form of address ending the turn before meant, when the file
   named who answered that address at least twice, always the same (``desk.extract.addressed``:
   "Councilmember, you first this time."); the questioner's when
   it is short (three sentences at most) and ends in a question ("Governor, thank you. When do
   they reopen?"); right after such a question, in a file of at most two named voices, the
   voice that answered the question before it (an interview's follow-up: ">> QUIGLEY: Mayor,
   why?" ">> ODUYA: Staffing." ">> Do you blame the province?" ">> I blame …"); else nobody
   when the file names other voices ("HALE:"), else the ``speaker`` given (the file names no
   one).  Sentences
   run across cues, so passages are cut from the turn's stretch of ``doc.text``; a passage's
   ``t_start``/``t_end`` are the times of the first and last cue it overlaps.  Stage notes such as
   ``[speaking French]`` stay in the text.  Cues before any voice belong to ``speaker`` when
   given, else to nobody (role ``unknown``).
2. **Labelled text** (any kind, when ``desk.extract.labels`` finds labels; article, release
   and notes need two labelled turns that cover at least half the text: a stray "Name:" line
   or a Q&A appendix does not make an article a transcript).
   An emailed reply to a reporter's questions (an email header, then "1. …?" / "Response: …")
   is read by ``desk.extract.mail`` before any of this, whatever the kind; a court's written
   reasons (numbered paragraphs "[1]" under a court's header) by ``desk.extract.decision``.
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
import dataclasses
import re
from collections.abc import Iterable

from desk.extract.addressed import called_on, named_after
from desk.extract.blocks import block_segments, excerpt_end
from desk.extract.captionturns import caption_segments
from desk.extract.comments import comment_segments, is_comment_thread
from desk.extract.cuts import cut_segments, is_cut_sheet
from desk.extract.dashlabels import colon_labels
from desk.extract.decision import decision_segments, is_decision
from desk.extract.examination import examination_speakers
from desk.extract.flash import flash_segments, is_flash_quotes
from desk.extract.formats import ExtractError
from desk.extract.known import _KnownSpeakers
from desk.extract.labels import _BLANK, _LABEL, BARE_VOICE, _find_turns, _Layout
from desk.extract.linkedin import is_linkedin, linkedin_segments
from desk.extract.mail import is_reply, reply_segments
from desk.extract.messagelog import is_message_log, message_segments
from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, ROLE_UNKNOWN, Document, Segment
from desk.extract.names import display_name, is_questioner
from desk.extract.posts import is_post_thread, post_segments
from desk.extract.qfr import is_qfr, qfr_segments
from desk.extract.radiolog import is_radio_log, radio_segments
from desk.extract.reddit import is_reddit_thread, reddit_segments
from desk.extract.resolver import _Resolver
from desk.extract.roleholders import chair_label, presiding
from desk.extract.rundown import is_rundown, rundown_segments
from desk.extract.sections import topic_sections
from desk.extract.selfnamed import labelled_self_names
from desk.extract.sentences import paragraph_spans, passages
from desk.extract.shotlist import is_shotlist, shotlist_segments
from desk.extract.tablescript import is_table_script, table_segments
from desk.extract.threads import is_thread, thread_segments
from desk.extract.zoomchat import is_zoom_chat, zoom_segments

ARTICLE_KINDS = ("article", "release", "notes")

# ---------------------------------------------------------------------------------------------
# vocabulary

#: A chat export's own lines under a sender's name: who was added (marked by the app's invisible
#: left-to-right mark), an attachment or a deleted message.
_CHAT_NOTICE = re.compile(r"\u200e(?:added|removed|left|joined|changed|created)\b|<Media omitted>\s*$"
                          r"|(?:This message was deleted|You deleted this message)\.?\s*$")
#: A paragraph that is only a note ("(END)", "[Applause]", "-30-"): not a passage.
_NOTE_ONLY = re.compile(r"^[\[(][^\[\]()]*[\])]$|^(?:-30-|#{3}|\*{3}|END|Ends?\.?)$"
                        # a sitting's heading in a record of several days: "DAY 2 — Wednesday, 15 April"
                        r"|^(?:DAY|Day|SESSION|Session|SITTING|Sitting)[ \t]+(?:\d{1,2}|[IVX]{1,4}|ONE|TWO|THREE|FOUR|FIVE"
                        r"|One|Two|Three|Four|Five)\b[^.!?\n]{0,60}$"
                        # a meeting app's notice: "Joanna Pryce started transcription"
                        r"|^[A-Z][^.!?\n]{1,60}[ \t](?:started|stopped)[ \t](?:transcription|recording)\.?$")


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
        return caption_segments(doc, speaker, known)
    if is_reply(doc.text):
        return reply_segments(doc.text, speaker)   # an emailed answer to a reporter's questions
    if is_thread(doc.text, cover=kind != "article"):
        return thread_segments(doc.text)   # a forwarded email thread: each message its sender's
    if is_cut_sheet(doc.text, kind):
        return cut_segments(doc.text)   # a newsroom's cut sheet: only the cuts are anyone's words
    if is_linkedin(doc.text):
        return linkedin_segments(doc.text)   # a LinkedIn post and its comments: each its writer's
    if is_post_thread(doc.text):
        return post_segments(doc.text)   # social-media posts copied as text: each post its account's
    if is_decision(doc.text):
        return decision_segments(doc.text, speaker)   # a court's written reasons
    if is_radio_log(doc.text):
        return radio_segments(doc.text)   # a dispatch log's table: each row its unit's
    if is_message_log(doc.text):
        return message_segments(doc.text)   # text messages transcribed with a key to their senders
    if is_qfr(doc.text):
        return qfr_segments(doc.text)   # questions for the record: each question its member's, each answer the witness's
    if is_table_script(doc.text):
        return table_segments(doc.text)   # a transcript as a table, a key naming its speakers' codes
    if is_zoom_chat(doc.text):
        return zoom_segments(doc.text)   # a video meeting's saved chat: each message its sender's
    if is_reddit_thread(doc.text):
        return reddit_segments(doc.text)   # a Reddit thread: each comment its account's
    if is_comment_thread(doc.text):
        return comment_segments(doc.text)   # a post and its comments copied from the browser: each its writer's
    if is_rundown(doc.text):
        return rundown_segments(doc.text)   # a TV newsroom's as-aired script: each sound bite its super's person
    if is_shotlist(doc.text):
        return shotlist_segments(doc.text, known_speakers)   # a video wire's shotlist: each bite its SOUNDBITE line's person
    if is_flash_quotes(doc.text):
        return flash_segments(doc.text)   # a team's flash quotes: each section its header's person's

    # ("GOV. ACHESON — Thank you": a label ended by a dash, read as one ended by a colon; never in
    # an article or a release, whose datelines look the same)
    labelled = doc.text if kind in ARTICLE_KINDS else colon_labels(doc.text)
    layout = _find_turns(labelled, known)
    if _is_labelled(labelled, layout, kind):
        if kind == "speech" and speaker:
            return _interrupted_speech(doc.text, layout, speaker, known)
        turns = _labelled_segments(doc.text, layout, speaker, known)
        from desk.extract.article import intro_segments

        intro = intro_segments(doc.text[:layout.turns[0].line_start], known_speakers)
        after = max((s.turn for s in intro), default=-1) + 1   # a published Q&A's introduction
        turns = [dataclasses.replace(s, turn=s.turn + after) for s in turns]
        tail_at = excerpt_end(doc.text, [t.line_start for t in layout.turns])
        if tail_at is None:
            return intro + turns
        # a document quoting an exchange set in from its margin, then going on in its own prose
        # (council minutes with a verbatim excerpt): the prose around it is read as an article's,
        # the exchange left out (blanked, so the offsets hold and the header still names people)
        first = layout.turns[0].line_start
        masked = doc.text[:first] + re.sub(r"[^\n]", " ", doc.text[first:tail_at]) + doc.text[tail_at:]
        around = intro_segments(masked, known_speakers)
        intro = [s for s in around if s.start < first]
        turns = [dataclasses.replace(s, turn=s.turn + len(around)) for s in turns if s.start < tail_at]
        tail = [s for s in around if s.start >= tail_at]
        return intro + turns + tail

    if kind in ARTICLE_KINDS or (kind not in ("speech", "transcript", "interview", "captions") and not speaker):
        from desk.extract.article import article_segments

        blocks = block_segments(doc.text, 0)
        found = article_segments(doc.text, default_speaker=speaker, known_speakers=known_speakers,
                                 notes=kind == "notes",
                                 # (an article added with its writer, an op-ed or a newsletter, is
                                 # theirs as a release is its issuer's)
                                 release=kind == "release" or kind == "article" and bool(speaker),
                                 set_off=sorted({(b.paragraph_start, b.paragraph_end) for b in blocks}))
        after = max((s.turn for s in found), default=-1) + 1
        return sorted(found + [dataclasses.replace(b, turn=b.turn + after) for b in blocks], key=lambda s: s.start)
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
    # Two turns covering most of the text: a Q&A appendix does not turn a story into a transcript;
    # nor do "**Yolanda Birch:** asked why …" bullets in meeting notes whose headings name who
    # spoke ("1. Opening — Abernathy"): notes, read as such
    if not (len(layout.turns) >= 2 and (len(text) - layout.turns[0].line_start) * 2 >= len(text)):
        return False
    # (nor a pool report's 'BRANDT: "No. I'm confident …"': words set in quote marks after a
    # label are quoted, as a story quotes; they are read with their cues as an article's)
    answers = [t for t in layout.turns if not (t.label and is_questioner(t.label))]
    quoted = [t for t in answers if text[t.speech_start:t.speech_start + 1] in "\"“"]
    # (only when the story reading can name them: each label's last word written in mixed case
    # somewhere, "Whitacre" for "WHITACRE:"; reporter's notes in capitals only stay labelled)
    surnames = [words[-1] for t in quoted if t.label and (words := re.sub(r"\([^)]*\)", "", t.label).split())]
    readable = all(re.search(r"\b" + re.escape(w.title()) + r"\b", text) for w in surnames)
    return not (quoted and len(quoted) * 2 >= len(answers) and readable) \
        and not topic_sections(text, paragraph_spans(text, 0, len(text)))


# ---------------------------------------------------------------------------------------------
# labelled transcripts


def _labelled_segments(text: str, layout: _Layout, speaker: str | None, known: _KnownSpeakers) -> list[Segment]:
    resolver = _Resolver(text, layout, speaker, known)
    examination = examination_speakers(text, layout.turns, resolver.resolve)
    chairs = presiding(text)   # "(Senator Okonkwo-Bell in the chair.)": who the chair's label is from there
    chair_at = [at for at, _ in chairs]
    segments: list[Segment] = []
    turn_no = 0
    cut_off: dict[str, tuple[int, int]] = {}   # label -> (turn number, index of the turn) of a sentence broken off
    self_named = labelled_self_names(text, layout.turns, resolver.resolve)   # "Call-in User_3: … This is Beth Ann Rudd"
    # headings stand out only in mixed case: in a transcript in capitals, "NOT ON MY WATCH" is speech
    speech = "".join(text[t.speech_start:t.speech_start + 400] for t in layout.turns[:500])
    headings = sum(c.isupper() for c in speech) * 2 < sum(c.isalpha() for c in speech)
    for i, turn in enumerate(layout.turns):
        region_end = layout.turns[i + 1].line_start if i + 1 < len(layout.turns) else len(text)
        if turn.label and _PARAPHRASED.search(turn.label):
            continue   # "AT (paraphr): adjuster came twice; …": the reporter's summary, not his words
        who, role = examination.get(i) or resolver.resolve(turn.label)
        if who is None and turn.label in self_named:
            who, role = self_named[turn.label], ROLE_SPEAKER
        if turn.label == BARE_VOICE:
            # a new voice the captions do not name: the one the turn before called on, if any
            replying = i >= 2 and text[layout.turns[i - 2].speech_start:layout.turns[i - 1].line_start].rstrip().endswith("?")
            who, role = called_on(text, layout.turns[i - 1].speech_start, turn.line_start, resolver.resolve,
                                  text[turn.speech_start:region_end], replying) if i else (None, ROLE_UNKNOWN)
            if who is None:
                who, role = named_after(text, region_end, resolver.resolve)   # ">> … SHOW ME." ¶ ">> THAT WAS EUNICE BARLOW."
        if chairs and turn.label and chair_label(turn.label):
            took = bisect.bisect_left(chair_at, turn.line_start)   # the last such line before the turn
            if took:
                who, role = resolver.resolve(chairs[took - 1][1])[0] or who, ROLE_SPEAKER
        closing = _CLOSING.search(text, turn.speech_start, region_end)
        if closing is not None:
            region_end = closing.start()   # "-30-", "Media contact: …": no one's speech from there
        speech = text[turn.speech_start:region_end].strip()
        if _CHAT_NOTICE.match(speech):
            continue   # "‎added Bex, Jolene Ruiz …", "<Media omitted>": the chat app's line, no one's words
        resumed = cut_off.pop(turn.label, None) if RESUMES.match(speech) else None
        number = resumed[0] if resumed and i - resumed[1] <= 2 else turn_no
        inserted = _INSERTED.search(text, turn.speech_start, region_end)
        made = _passages(text, turn.speech_start, inserted.end() if inserted else region_end, number, turn.label, who, role,
                         headings=headings)
        if inserted is not None:
            # "There being no objection, the material was ordered to be printed in the Record, as
            # follows:" — a letter or an article the member put in the record: its signer's words
            # (or no one's), not the member's
            signer = _signer(text[inserted.end():region_end])
            turn_no = max(turn_no, number) + 1
            made += _passages(text, inserted.end(), region_end, turn_no, None, signer,
                              ROLE_SPEAKER if signer else ROLE_UNKNOWN)
        if made:
            segments.extend(made)
            if number == turn_no or inserted is not None:
                turn_no += 1
            if BROKEN_OFF.search(speech):
                cut_off[turn.label] = (number, i)
    return segments


def _interrupted_speech(text: str, layout: _Layout, speaker: str, known: _KnownSpeakers) -> list[Segment]:
    """A speech whose speaker the editor named, with labelled interjections ("HECKLER: What about
    the pipeline?", "AUDIENCE MEMBER: Four more years!"): the paragraphs before the first label
    are the speaker's (past the header blocks, as in a speech with no labels), and a label that
    is not the speaker's covers its own paragraph only; the unlabelled paragraphs after it are
    the speaker's again.  A questioner's turn keeps its paragraphs up to its question (a question
    of two paragraphs after the speech; a shout, "AUDIENCE MEMBER: About time!", is its one
    paragraph), and a labelled turn of the speaker's keeps them all."""
    segments = _single_speaker_segments(text[:layout.turns[0].line_start], speaker)
    turns = []
    resolver = _Resolver(text, layout, speaker, known)
    for i, turn in enumerate(layout.turns):
        region_end = layout.turns[i + 1].line_start if i + 1 < len(layout.turns) else len(text)
        who, role = resolver.resolve(turn.label)
        paragraphs = _paragraphs(text, turn.speech_start, region_end)
        if who == speaker or len(paragraphs) < 2:
            turns.append((turn.label, who, role, paragraphs))
            continue
        own = 1
        if role == ROLE_QUESTIONER:
            # a question of two paragraphs keeps both; "AUDIENCE MEMBER: About time!" is one
            # shout, and the speech goes on after it
            asked = [k for k, (ps, pe) in enumerate(paragraphs[:3]) if text[ps:pe].rstrip().endswith("?")]
            own = asked[-1] + 1 if asked else 1
        turns.append((turn.label, who, role, paragraphs[:own]))
        if paragraphs[own:]:
            turns.append((None, speaker, ROLE_SPEAKER, paragraphs[own:]))
    for number, (label, who, role, paragraphs) in enumerate(turns, start=1 if segments else 0):
        segments.extend(_passages(text, 0, 0, number, label, who, role, paragraphs=paragraphs))
    return segments


#: A turn broken off by a dash ("But the grocers' profits --"), and one that picks it up
#: ("-- are at record highs."): one sentence over crosstalk, so one turn of its speaker (the
#: matcher reads the two passages as one sentence too: ``desk.match.align``).
BROKEN_OFF = re.compile(r"(?:--|[\u2014\u2013])\s*$")
RESUMES = re.compile(r"\s*(?:--|[\u2014\u2013])")


def _paragraphs(text: str, start: int, end: int, headings: bool = False) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs of text[start:end], trimmed; note-only ones dropped, and
    with ``headings`` (a turn of a labelled transcript in mixed case) the ones after the first
    that no one says (``_not_spoken``)."""
    out = []
    pos = start
    bounds = [(m.start(), m.end()) for m in _BLANK.finditer(text, start, end)]
    for b_start, b_end in [*bounds, (end, end)]:
        s, e = pos, b_start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e and not _NOTE_ONLY.match(text[s:e]) and not (headings and out and _not_spoken(text[s:e])):
            out.append((s, e))
        pos = b_end
    return out


#: The Record's account of what the chamber did, between two members' words: "The Clerk read the
#: title of the bill.", "The question was taken; and …", "A motion to reconsider was laid on the table."
_PROCEDURE = re.compile(r"(?:The Clerk read the\b|The question was taken[;,]|A motion to reconsider was laid on the table"
                        r"|The yeas and nays were ordered)")
_SMALL_WORDS = frozenset("of on the and for to in a an at by de du la le".split())


#: A label's note that the turn is the reporter's summary: "AT (paraphr):", "(paraphrase)".
_PARAPHRASED = re.compile(r"(?i)\((?:paraphr\w*|para\.?|summary|summari[sz]ed|not verbatim)\)")


def _not_spoken(para: str) -> bool:
    """A paragraph after a turn's first that no one says: a heading ("Public Safety", "ORAL
    ARGUMENT OF SEBASTIAN FENWICK-ODUM ON BEHALF OF THE APPELLEE" — one line of capitalised words,
    no closing mark) or the Record's account of the chamber's business (``_PROCEDURE``)."""
    if _PROCEDURE.match(para) and len(para.split()) <= 40:
        return True
    words = para.split()
    return "\n" not in para and 0 < len(words) <= 12 and not re.search(r"[.!?…\"”»:;,)\]]$", para) \
        and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) \
        and any(c.isalpha() for c in para)


def _passages(text: str, start: int, end: int, turn: int, label, who, role, paragraphs=None,
              headings: bool = False) -> list[Segment]:
    segments = []
    for p_start, p_end in paragraphs if paragraphs is not None else _paragraphs(text, start, end, headings):
        segments += passages(text, p_start, p_end, turn=turn, speaker=who, label=label, role=role)
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
    # A statement's closing matter is no one's speech: the sign-off ("— The Honourable Miriam
    # Osei-Lacombe, Minister of Coastal Transport"), "-30-", and the press contact after it
    end = next((k for k, (s, _) in enumerate(paragraphs) if k and _CLOSING.match(text, s)), len(paragraphs))
    while end > 1 and _SIGN_OFF.fullmatch(text[slice(*paragraphs[end - 1])].strip()):
        end -= 1
    paragraphs = paragraphs[:end]
    role = ROLE_SPEAKER if speaker else ROLE_UNKNOWN
    return _passages(text, 0, len(text), 0, None, speaker, role, paragraphs=paragraphs)


#: Where the Congressional Record prints material a member put in: "There being no objection, the
#: material was ordered to be printed in the Record, as follows:".
_INSERTED = re.compile(r"(?i)\bordered to be printed in the Record\b[^\n]{0,40}:[ \t]*\n")
#: The closing of a letter and its signer's name: "Sincerely,\nABIGAIL THORSBY-QUELL,\nGeneral Manager."
_SIGNED = re.compile(r"(?im)^[ \t]*(?:sincerely|respectfully|yours truly|very truly yours|regards)[^\n]{0,20},?[ \t]*\n"
                     r"[ \t]*([A-Z][A-Za-z.'’\-]+(?:[ \t]+[A-Z][A-Za-z.'’\-]+){1,3}),?[ \t]*$")
def _signer(insert: str) -> str | None:
    """Who signed a letter put in the record, from its closing ("Sincerely, ABIGAIL THORSBY-QUELL,")."""
    m = _SIGNED.search(insert)
    return display_name(m.group(1)) if m else None


#: Where a statement's or a transcript's closing matter starts: "-30-" or "###" alone on their
#: line, "Contact: …", "Media contact", "For more information, contact …" (not "### The road
#: ahead", nor "For more information on the plan, I urge …", which are the speech's).
_CLOSING = re.compile(r"(?im)^[ \t]*(?:(?:-[ \t]*30[ \t]*-|#{3})[ \t]*$|(?:media|press)[ \t]+contacts?\b|contacts?[ \t]*:"
                      r"|for[ \t]+more[ \t]+information[ \t]*(?::|,[ \t]*(?:contact|call|email|visit)))")
#: A sign-off line: a dash, then a name and a title, with no sentence in it.
_SIGN_OFF = re.compile(r"[—–-][ \t]*[A-Z][^\n.!?]{2,150}")
