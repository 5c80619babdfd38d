"""Bare quotes that are another voice than the last one (for pass 5d of quote finding, beside
:mod:`desk.extract.carry`).

``exchange``: a bare turn in a question-and-answer exchange is the other side's ('“Did you see
him?” the prosecutor asked. ¶ “Yes.”'); ``press_question`` and ``press_statement``: a question
put at a news conference is the press's, not the last speaker's; ``asked_of`` notes who was asked;
``new_subject``: a short sentence of someone else's gesture between two quotes of a paragraph
("Betsy Ebeling shook her head.") gives the next quote to them; ``dialogue_turn``: in a scene's
dialogue, bare turns alternate.
"""

from __future__ import annotations

import itertools
import re
from types import SimpleNamespace

from desk.extract.carry import previous_para
from desk.extract.lexicon import ASKING, GESTURES, PRESS, TIME_WORDS
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive

#: A question opening on the name of whom it is put to: "Mr. Mehta, would you …?".
_VOCATIVE = re.compile(r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Mayor|Premier|Senator|Sen|Minister|Chief|Judge|Coach)\.?\s+)?"
                       r"([A-Z][\w’'-]+),\s")
_YOU = re.compile(r"(?i)\byou(?:r|rs|rself)?\b")
#: A question that presses for agreement: "…, are there?", "…, didn't she?", "…, isn't it?".
_TAG_QUESTION = re.compile(r"(?i),\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)(?:n['’]t)?"
                           r"\s+(?:it|there|they|he|she|you|we|that|i)\s*\?\W*$")
_ANSWER = re.compile(r"\s*(?:yes|no|yeah|yep|nope|not|never|absolutely|of course)\b", re.I)
_SELF = re.compile(r"\b(?:I|me|my|mine|I’m|I'm|we|We|us|our|Our)\b")


#: A voice that asks for the press: "one reporter", "Another journalist", "a questioner".
_PRESS_NOUN = "|".join(sorted(PRESS))
_PRESS_VOICE = re.compile(r"(?i)\b(?:%s)$" % _PRESS_NOUN)
#: The story has said reporters put questions: "A television reporter asked whether …", "asked
#: by reporters", "Another journalist pressed her", "The mayor’s news conference", "took questions".
_QUESTIONERS = re.compile(r"(?i)\b(?:reporters?|journalists?|questioners?)\b[^.?!\n]{0,40}?\b(?:asked|asks|pressed|"
                          r"wanted to know|questioned)\b|\basked by (?:an?(?: \w+)? |one |another )?(?:reporters?|journalists?)\b"
                          r"|\b(?:news|press) conference\b|\b(?:took|taking|takes) questions\b")


def press_question(a: Analysis, results, first: Span):
    """A stand-in for the reporter whose bare question the paragraph at ``first`` is, or None.

    At a press conference, once the story has had reporters ask ("Another reporter asked whether
    …"), a paragraph that is only a quoted question, right after someone's answer, is a reporter's
    follow-up, not the one answering: '“Both officers are on leave,” Mercer said. ¶ “Have either
    of them been involved in a shooting before?” ¶ “No.”'.  It is given to "a reporter" (the
    story's noun), unnamed, so the exchange that follows alternates from it.  Not a question in
    the first person (the speaker's own, back to the reporter), nor one no quoted answer follows."""
    own = a.text[first.start:first.end].rstrip()
    said = [(q, g) for q, g in results if not q.skipped]
    if not own.endswith("?") or _SELF.search(own) or not said or not said[-1][0].speaker \
            or _PRESS_VOICE.search(said[-1][0].speaker) or said[-1][1][-1].para != first.para - 1:
        return None   # not the speaker's own question back ("“Yes,” Hale said. ¶ “Do you know what
        #               would happen if we didn’t?”"), and right after an answer (not after
        #               "Chaudhry then turned to the seniors in the front row.")
    if not _answered(a, first):
        return None
    asked = list(_QUESTIONERS.finditer(a.text, a.paras[max(0, first.para - 8)][0], first.open_at))
    if not asked:
        return None   # reporters asked in the last few paragraphs: the press conference goes on
    noun = re.search(r"(?i)%s|$" % _PRESS_NOUN, asked[-1].group(0)).group(0).lower() or "reporter"
    return SimpleNamespace(speaker=f"a {noun}", unnamed=True)


#: A sentence whose subject is one of the press: "A reporter", "Another television journalist".
_PRESS_SUBJECT = re.compile(r"(?:A|An|Another|One|The)\s+(?:[a-z][\w-]*\s+){0,2}?(?:%s)\b" % _PRESS_NOUN)


def press_statement(a: Analysis, g: list[Span]):
    """A stand-in for the reporter whose follow-up, put as a statement, the bare quote ``g`` is.

    At a press conference a reporter may put a point rather than a question: "A reporter pointed
    out that the team had scored only four goals without the captain. “But the players must see
    it.”"  A quote standing alone at the end of its paragraph (no cue of its own, no first person),
    right after a sentence of that paragraph whose subject is one of the press and whose verb is a
    cue other than asking ("said", "pointed out", "noted", "suggested"), is that reporter's, not the
    last person named nor the official quoted before.  "A reporter asked whether …. “…”" is not
    (the quote after a question is as often the answer), nor a quote in the paragraph after."""
    first, last = g[0], g[-1]
    p0, p1 = a.paras[first.para]
    if first.cont or first.open_at == p0 or last.close_at is None or a.text[last.close_at + 1:p1].strip():
        return None
    if _SELF.search(" ".join(a.text[s.start:s.end] for s in g)):
        return None   # "We are trucking water in": the official's answer
    before = a.text[p0:first.open_at].rstrip()
    if not before.endswith((".", "!")):
        return None
    s0, _ = a.sentence_bounds(len(before) - 1 + p0)
    said = _PRESS_SUBJECT.match(a.text, s0)
    if said is None or re.search(r"[\"“”«»]", a.text[s0:first.open_at]) or said.group(0).split()[0] == "The":
        return None   # ("The reporter said": maybe one the story has named)
    for m in a.mentions:
        if s0 <= m[0] < first.open_at and m[3] == "name":
            k = a.tok_index(m[0])
            if k >= 1 and (a.toks[k - 1].text == "," and a.tok_index(said.end()) >= k - 1
                           or a.toks[k - 1].low in ("and", "but", "while", "as") and k >= 2 and a.toks[k - 2].text == ","):
                return None   # "A reporter, Maria Lentz, said …"; "…, and Oyelaran laughed. “…”": theirs
    k0, k1 = a.tok_index(said.end()), a.tok_index(first.open_at)
    cues = [k for k in range(k0, k1) if a._is_cue(k)]
    if not cues or any(a.toks[k].low in ASKING for k in range(k0, k1)):
        return None
    noun = re.search(r"(?i)%s" % _PRESS_NOUN, said.group(0)).group(0).lower()
    return SimpleNamespace(speaker=f"a {noun}", unnamed=True)


def _answered(a: Analysis, first: Span) -> bool:
    """A quoted answer follows the question at ``first``: the next paragraph opens on a quote mark
    (not the story going on, "“What else can you say?” ¶ She said the city would hire a
    reviewer.": the speaker's own rhetorical question)."""
    return first.para + 1 < len(a.paras) and a.text[a.paras[first.para + 1][0]] in "\"“«‘'"


def asked_of(a: Analysis, results) -> None:
    """An interviewer's question is not the interviewee's: a paragraph that is only a quoted
    question, with no cue, and the next paragraph's quote that person answers with a cue of their
    own ("The Courier spoke with Mayor Kostiuk. / “Why should residents trust you?” / “Because I
    deliver,” Kostiuk said.").  Carrying the voice on would give the mayor the reporter's question;
    the question's speaker is nobody the text names.  The question is put to the speaker when it
    says "you", or at a press conference where the story has had reporters ask ("Another reporter
    asked, …" / “How many officers responded?” / “Eleven,” she said.)."""
    said = [(q, g) for q, g in results if not q.skipped]
    for i, ((q, g), (nxt, ng)) in enumerate(itertools.pairwise(said)):
        if q.mention is not None or q.speaker is None or nxt.mention is None:
            continue
        first, last = g[0], g[-1]
        p0, p1 = a.paras[first.para]
        if first.open_at != p0 or last.close_at is None or a.text[last.close_at + 1:p1].strip() \
                or ng[0].para != last.para + 1 or nxt.speaker != q.speaker:
            continue
        if q.text.rstrip().endswith("?") and (_YOU.search(q.text) or _QUESTIONERS.search(a.text, 0, first.open_at)):
            q.speaker, q.speaker_person = None, False
        elif i >= 2 and (examiner := _examiner(a, said[i - 2], said[i - 1], (q, g))) is not None:
            # '“…, didn’t you?” Gilchrist asked. ¶ “I applied for it. Yes.” ¶ “And Mr. Ashby gave it to
            # someone else.” ¶ “He gave it to his nephew,” Menendez said.': between the witness's
            # bare answer and their next reply with a cue of its own, the examiner's turn
            q.speaker, q.speaker_person = examiner.speaker, examiner.speaker_person


def _examiner(a: Analysis, asked, answered, quoted):
    """The asker of the question ``asked`` when ``answered`` is a bare answer to it, in the
    paragraph after, and ``quoted`` the bare paragraph right after that answer, carried on in the
    answerer's voice; else None."""
    (aq, ag), (bq, bg), (q, g) = asked, answered, quoted
    if aq.mention is None or not aq.text.rstrip().endswith("?") or not aq.speaker or aq.speaker == q.speaker \
            or bq.mention is not None or bq.speaker != q.speaker or bg[0].para != ag[-1].para + 1 \
            or g[0].para != bg[-1].para + 1:
        return None
    return aq

_NUMBERS = frozenset("two three four five six seven eight nine ten dozen dozens hundreds thousands".split())
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|I’m|I'm|I’ve|I've|I’d|I'd)\b")
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|hers|He|She|His|Her|He’s|She’s|He's|She's)\b")
#: What someone does, without words, just before they speak: "Betsy Ebeling shook her head."
#: Words of background rather than of what someone does at the moment: "has pleaded", "had been".
_BACKGROUND = frozenset("has have had is was are were will would been recommended died".split())


def exchange(a: Analysis, results, first: Span, exchanged: set[int] = frozenset()):
    """The quote whose turn the quote ``first`` takes in a two-sided exchange, or None.

    The two quotes before it open the two paragraphs before its own, are by two different
    speakers the story gives, and one of them is a question: the question and the answer
    alternate, so ``first`` is the speaker of the quote two back when it is a question just as
    that one was (or an answer just as that one was)."""
    said = [(q, g) for q, g in results if not q.skipped]
    if said and (to := _addressed(a, said[-1], first)) is not None:
        return to
    if said and (to := _answer_to_asker(a, said, first)) is not None:
        return to
    # a turn may be two quotes of one paragraph (“Once,” Menendez said. “He told me …”): it opens
    # with its first and asks, or not, with its last
    turns: list[list] = []
    for q, g in said:
        if turns and turns[-1][3][-1].para == g[0].para and turns[-1][2].speaker == q.speaker:
            turns[-1][2:] = [q, g]
        else:
            turns.append([q, g, q, g])
    if len(turns) < 2:
        return None
    (turn2, opening, q2, _), (turn1, opening1, q1, g1) = turns[-2], turns[-1]
    if opening1[0].para != first.para - 1 or opening[0].para != first.para - 2 or g1[-1].para != first.para - 1 \
            or not q1.speaker or not q2.speaker or q1.speaker == q2.speaker:
        return None
    if any(a.paras[g[0].para][0] != g[0].open_at for g in (opening1, opening)):
        return None   # each turn opens its paragraph
    asks = [q.text.rstrip().endswith("?") for q in (q2, q1)]
    if asks[0] == asks[1]:
        return None   # no question and answer
    own_text = a.text[first.start:first.end]
    own = own_text.rstrip().endswith("?")
    if own != asks[0]:
        return None
    # only questions put to the other side ("Did you …?", "And you’re entering this plea
    # voluntarily?"), not rhetorical ones ("Why does it take this long?", "Why should I?"): the
    # question of the exchange, and this quote when it is a question too, speak to "you"
    asker = q2 if asks[0] else q1
    question = asker.text
    if _PRESS_VOICE.search(asker.speaker) and not (own and (_SELF.search(own_text) or not _answered(a, first))):
        return q2   # a reporter's question at a press conference and the answer: the turns alternate
    tag = bool(_TAG_QUESTION.search(question))   # "There are no streetlights there, are there?": pressing
    if not (_YOU.search(question) or tag) or (own and id(q1) not in exchanged
                                              and (not (_YOU.search(own_text) or tag) or _SELF.search(own_text))):
        return None   # (once the exchange is under way, any question is the asker's next turn: “Maybe five?”)
    # The turns must read as an exchange: the answer before a question handed back is short or
    # opens on yes or no ("Yes," said the witness; not "“You tell them you’re sorry,” Fougère
    # said" before a rhetorical "What else can you say?"), and so is the turn before a bare answer
    # ("“We need help,” the woman told the dispatcher"; not "“Prices are coming down,” Beaulieu
    # said" before a heckler's "Have you been to a grocery store lately?" and "Not as a shopper,
    # I bet."), unless those turns are already part of an exchange under way.
    if own and not (_answer_like(turn1.text) or id(q1) in exchanged or tag):
        return None
    if not own and not ((_answer_like(turn2.text) or id(q2) in exchanged)
                        and (_answer_like(own_text) or id(q1) in exchanged)):
        return None
    return q2


def _answer_to_asker(a: Analysis, said, first: Span):
    """The one a question just before was put to, whose bare answer ``first`` is: '“You wanted
    the controller job, didn’t you?” Gilchrist asked. ¶ “I applied for it. Yes.”' is not
    Gilchrist's but the last other voice quoted in the paragraphs before (the witness); with none,
    a stand-in with no speaker.  None when ``first`` is no such answer."""
    q1, g1 = said[-1]
    own = a.text[first.start:first.end].rstrip()
    p0, p1 = a.paras[g1[0].para]
    if g1[0].para != first.para - 1 or g1[-1].para != g1[0].para or a.paras[first.para][0] != first.open_at \
            or own.endswith("?") or not q1.text.rstrip().endswith("?") or q1.mention is None or not q1.speaker \
            or not _ASKED.search(a.text, g1[-1].close_at or g1[-1].end, p1) or _PRESS_VOICE.search(q1.speaker) \
            or not _YOU.search(q1.text) or not (_answer_like(own) or _YES_NO.search(own)) or _YOU.search(own):
        return None   # a question put to "you" and an answer ("Yes", "No", a few words), not the asker
        #               going on ("“Why does it take this long?” asked Tom Tate. ¶ “I’ve called …”",
        #               "“Have you ever tried to park here?” asked Ann Ruiz. ¶ “No. You haven’t.”")
    # the one the asker was said to question ("Achebe-Lyle pressed Holloway on …"), else the last
    # other voice quoted
    lo = a.paras[max(0, g1[0].para - 1)][0]
    pressed = [m for m in a.mentions if lo <= m[0] < g1[0].open_at and m[3] == "name" and m[2] is not None
               and a.persons[m[2]].name != q1.speaker and a.tok_index(m[0]) > 0
               and a.toks[a.tok_index(m[0]) - 1].low in _QUESTIONING]
    if pressed:
        return SimpleNamespace(speaker=a.persons[pressed[-1][2]].name, unnamed=False)
    for q, g in reversed(said[:-1]):
        if g[0].para < first.para - 7:
            break
        if q.speaker and q.speaker != q1.speaker:
            return q
    return SimpleNamespace(speaker=None, unnamed=False)


#: Verbs whose object is the one questioned: "pressed Holloway", "cross-examined Menendez".
_QUESTIONING = ASKING | frozenset("cross-examined examined".split())
#: The cue of one who asks, after the question: "Gilchrist asked.", "asked the prosecutor".
_ASKED = re.compile(r"\b(?:asked|asks)\b")
#: A yes or no standing as a sentence of an answer: "I applied for it. Yes."
_YES_NO = re.compile(r"(?:^|[.!?]\s+)(?:Yes|No|Yeah|Nope)\b")


def _addressed(a: Analysis, last, first: Span):
    """The person a question just before addresses by name, whose short answer ``first`` is:
    '“Mr. Mehta, would you close the arena?” Arsenault asked. ¶ “No.”' — Mehta, when the story
    names him; a stand-in with his ``speaker``, else None."""
    q1, g1 = last
    own = a.text[first.start:first.end]
    if g1[0].para != first.para - 1 or a.paras[g1[0].para][0] != g1[0].open_at or a.paras[first.para][0] != first.open_at \
            or not q1.text.rstrip().endswith("?") or not _YOU.search(q1.text) or not _answer_like(own) \
            or own.rstrip().endswith("?"):
        return None
    called = _VOCATIVE.match(q1.text)
    if called is None:
        return None
    word = fold(called.group(1))
    named = [p for p in a.persons if len(p.words) > 1 and word in (fold(p.words[-1]), fold(p.words[0]))
             and p.name != q1.speaker]
    return SimpleNamespace(speaker=named[0].name, unnamed=False) if len(named) == 1 else None


def _answer_like(text: str) -> bool:
    """Words that read as an answer: three words at most, or opening on yes or no."""
    return bool(_ANSWER.match(text)) or len(text.split()) <= 3


def new_subject(a: Analysis, results, first: Span, voice: int):
    """The mention of a person, not ``voice``, by name, that opens a short sentence of their
    gesture standing wholly between the paragraph's previous quote and the quote ``first``, when
    that quote speaks in the first person and not of him or her; else None."""
    prev_end = max((s.close_at or s.end for _, g in results for s in g if s.para == first.para and s.end < first.start),
                   default=None)
    if prev_end is None:
        return None
    found = None
    for m in a.mentions:
        if m[0] >= first.open_at:
            break
        s0, s1 = a.sentence_bounds(m[0])
        if m[0] > prev_end and m[3] == "name" and m[2] is not None and m[2] != voice and s0 > prev_end \
                and s1 <= first.open_at and a.tok_index(m[0]) == a.tok_index(s0) and not is_possessive(m[4]):
            found = m
    if found is None:
        return None
    s0, s1 = a.sentence_bounds(found[0])
    words = [t for t in a.toks[a.tok_index(found[1]):a.tok_index(s1)] if t.kind == "w"]
    quoted = a.text[first.start:first.end]
    if a.narr[s1:first.open_at].strip() or len(words) > 6 or any(
            t.low in _BACKGROUND or t.low in TIME_WORDS or t.low in _NUMBERS or any(c.isdigit() for c in t.text)
            for t in words) or a.narr[found[1]:found[1] + 1] == "," \
            or not _FIRST_PERSON.search(quoted) or _THIRD_PERSON.search(quoted) \
            or not any(t.low in GESTURES for t in words):
        # only a short sentence of what the person does right then, just before a quote in the
        # first person ("Betsy Ebeling shook her head. “Tom’s much better about it than I am.”"),
        # not background ("Tate, 42, has pleaded not guilty.", "Boyd spent three seasons in
        # Sweden. “We’ve watched him …”": words about someone are not theirs)
        return None
    return found


def dialogue_turn(a: Analysis, results, first: Span):
    """The voice of a quote paragraph with no cue that takes a turn in a dialogue, as a stand-in
    (its ``speaker`` None for no one), or None when it is no such turn.

    After a bare question it is the answer, by the voice of the quote paragraph right before the
    question ('“There's one by the ramp,” she said. ¶ “One. By the ramp. Eighty metres from the
    boathouse?” ¶ “I suppose so.”' is hers), or by no one the story gives when that paragraph is
    narration that names no one (narration naming someone lets the voice go on: a question put
    and answered by one speaker).  A bare question echoing the quote just before it ('“We did
    four hundred and twelve,” Kwame said. ¶ “Four hundred and twelve what?”') is the other
    side's, whom the story does not name.  A feature's scene of two people talking gives each
    line its own paragraph and no cue: carrying the last named voice would give one of them the
    whole scene."""
    said = [(q, g) for q, g in results if not q.skipped]
    if not said or first.cont:
        return None
    q, g = said[-1]
    prev = previous_para(a, first.para)
    if g[-1].para != prev or g[0].para != prev or a.paras[prev][0] != g[0].open_at:
        return None
    if q.text.rstrip(" \"'”’").endswith("?") and q.mention is None:
        before = previous_para(a, prev)
        answered = next((b for b, h in reversed(said[:-1]) if h[-1].para == before and h[0].para == before), None)
        if answered is None and before >= 0 and any(a.paras[before][0] <= m[0] < a.paras[before][1] for m in a.mentions):
            return None   # "Chaudhry then turned to the seniors. ¶ “Do you want your bus cut?” ¶ “I didn't think so.”"
        return SimpleNamespace(speaker=answered.speaker if answered else None,
                               unnamed=bool(answered and answered.unnamed))
    own = a.text[first.start:first.end].rstrip(" \"'”’")
    if not own.endswith("?") or q.mention is None:
        return None
    words = re.findall(r"[\w’']+", own.lower())
    before_words = set(re.findall(r"[\w’']+", q.text.lower()))
    if 2 <= len(words) <= 8 and sum(w in before_words for w in words) >= max(2, len(words) - 1):
        return SimpleNamespace(speaker=None, unnamed=False)
    return None
