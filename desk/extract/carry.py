"""When a quote has no cue of its own: whether an earlier voice goes on (pass 5d of quote finding).

``continuation`` gives a paragraph with no cue the voice of the paragraph before (its last
quote's speaker, else the first person its last sentence names).  The checks that stop it, so
that a sentence with a speaker of its own is not given an earlier one, are here too:
``cue_unread`` ('“…,” <a subject not read> said'), ``unread_subject`` ('City staff said, “…”')
and ``clause_before`` ('Respondents are obliged to disclose: “…”').  The readings that take a
voice other than the last one (a bare turn in a question-and-answer exchange, a press
conference's questions, a gesture of someone else's between two quotes) are in
:mod:`desk.extract.exchange`.  The rules are in :mod:`desk.extract.quotes`'s docstring.
"""

from __future__ import annotations

import re

from desk.extract.lexicon import NAMING_VERBS, PARTICIPLES, PASSIVE_AUX
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.voices import first_mention

#: Verbs that make the words before a colon a clause ("Respondents are obliged to disclose:").
_FINITE = PASSIVE_AUX | frozenset("has have had will would can could should must may might does did do".split())


def clause_before(a: Analysis, lo: int, hi: int) -> bool:
    """The narration from ``lo`` to ``hi`` holds a verb (a cue, an auxiliary or an -ed form), so
    it is a clause with a subject of its own, not a fragment such as "For example" or "Later,
    on CNN"."""
    toks = a.toks
    k0, k1 = a.tok_index(lo), a.tok_index(hi)
    for k in range(k0, k1):
        t = toks[k]
        if t.kind == "w" and t.text.islower() and (
                t.low in _FINITE or (t.low.endswith("ed") and len(t.low) > 3) or a._is_cue(k)):
            return True
    # "Article 33 affirms:", "The rule reads:": a text's verb right before the colon (not "On
    # budget cuts:", "In other words:")
    v = k1 - 1 if k1 - 1 >= k0 and toks[k1 - 1].text == ":" else k1
    return v - 1 >= k0 and toks[v - 1].low in _TEXT_VERBS


#: Verbs in the present by which a text gives its words (most such verbs are cues already).
_TEXT_VERBS = frozenset("affirms reads states provides stipulates specifies requires mandates holds".split())


#: A cue after one of these has a subject the paragraph gives ("Apps that it said “may not work”"
#: is the company the paragraph is about).
_PRONOUN_SUBJECTS = frozenset("it they he she we i that which who".split())


def unread_subject(a: Analysis, s0: int, open_at: int) -> bool:
    """The quote's sentence has a finite cue before it whose subject the desk did not read ("City
    staff said, “…”"): a voice of its own, so the paragraph's earlier speaker must not be carried
    over.  A participle, a cue opening the sentence ("Asked about the rinks, “…”") or one after a
    pronoun is not one."""
    toks = a.toks
    k0 = a.tok_index(s0)
    return any(a._is_cue(k) and toks[k].low not in PARTICIPLES and toks[k].low not in NAMING_VERBS
               and toks[k - 1].low not in _PRONOUN_SUBJECTS for k in range(k0 + 1, a.tok_index(open_at)))


def cue_unread(a: Analysis, last: Span) -> bool:
    """The quote's sentence goes on after it to a speech cue whose subject was not read
    ('“…,” Bank of Canada Governor Tiff Macklem said'): the sentence names a speaker of its own,
    so the previous paragraph's speaker must not be carried over."""
    if last.close_at is None:
        return False
    after = a.narr[last.close_at + 1:a.paras[last.para][1]]
    if not (a.text[last.start:last.end].rstrip().endswith(",") or after.lstrip().startswith(",")):
        return False
    _, s1 = a.sentence_bounds(last.close_at)
    s1 = min(s1, a.paras[last.para][1], a.toks[min(a.tok_index(last.close_at + 1) + 10, len(a.toks) - 1)].end)
    return s1 > last.close_at + 1 and a.sentence_has_cue(last.close_at + 1, s1)


def previous_para(a: Analysis, para: int) -> int:
    """The paragraph before ``para`` that is story text (bylines and headlines skipped)."""
    prev = para - 1
    while prev >= 0 and a.in_ignored(a.paras[prev][0]):
        prev -= 1
    return prev


def _said_after_comma(a: Analysis, s0: int, s1: int) -> bool:
    """The sentence ends in an attribution after a comma: "…, said the report.", "…, the agency
    said." (a finite "said" or "says" in its last eight words, right after the comma or a
    subject after it)."""
    k0, k1 = a.tok_index(s0), a.tok_index(s1)
    toks = a.toks
    for k in range(max(k0 + 1, k1 - 8), k1):
        if toks[k].low in ("said", "says") and any(toks[c].text == "," for c in range(max(k0, k - 5), k)):
            return True
    return False


def _reporter(a: Analysis, results, prev: int) -> int | None:
    """The person whose account the previous paragraph's last quote stands in, when it opens with
    them and a cue before the quote's own speaker: "Dubois said Ostrowski told a meeting in 2019,
    “Office space is the safest thing we own.” ¶ “We wrote it down.”" goes on with Dubois, who is
    telling the story ("He said his son had called him and said, “…”" with the father); else None."""
    last = [q for q, g in results if not q.skipped and g[-1].para == prev]
    if not last or last[-1].mention_start is None:
        return None
    q = last[-1]
    s0 = a.sentence_bounds(q.mention_start)[0]
    first = next((m for m in a.mentions if s0 <= m[0] < q.mention_start), None)
    if first is None or first[3] not in ("name", "pron") or first[2] is None or first[0] != s0 \
            or a.persons[first[2]].name == q.speaker:
        return None
    k = a.tok_index(first[1])
    if k < len(a.toks) and a._is_cue(k) and a.toks[k].low in ("said", "says", "recalled", "recalls"):
        return first[2]
    return None


#: A media line's introduction: "Attributable to Dr. Priyanka Halvorsen, Acting Medical Officer:".
_ATTRIBUTABLE = re.compile(r"[ \t]*(?i:attributable|attributed|quotes?[ \t]+attributable)[ \t]+to[ \t]+")


def continuation(a: Analysis, para: int, last_by_para: dict[int, int | None], last_pid, results) -> int | None:
    """Speaker for a quote paragraph with no cue: the previous paragraph's quote, or its subject
    (nobody when its last sentence has a cue that names no one: "…, said the report.")."""
    prev = para - 1
    while prev >= 0 and a.in_ignored(a.paras[prev][0]):
        if _BOILERPLATE_HEAD.match(a.text, a.paras[prev][0]):
            return None   # "About Greyling Strait Ferry Corporation" over a release's boilerplate
            #               (an "Advertisement" line between two quotes is passed over)
        prev -= 1
    if prev < 0:
        return last_pid
    p0, p1 = a.paras[prev]
    own0, own1 = a.paras[para]
    if _ATTRIBUTABLE.match(a.text, p0) and (m := first_mention(a, p0, p1)) is not None:
        return m[2]   # "Attributable to Fire Chief Gareth Lomond, EOC Director:" ¶ '> "…"': his media line
    if _QA_LABEL.match(a.text, own0):
        return None   # "A: What I've heard from the crews is, “…”": an answer, not the question's voice going on
    first_line = a.text[own0:own1].split("\n", 1)
    if prev not in last_by_para and _heading(a.text[p0:p1]) or len(first_line) > 1 and _heading(first_line[0]):
        return None   # "About Coldwater Biotech" over a release's boilerplate: no one's voice goes on
    if prev in last_by_para:
        # A sentence of narration after the previous paragraph's last quote that names someone.
        last_end = max((s.mask_end for q, g in results if not q.skipped for s in g if s.para == prev), default=p0)
        s0, s1 = a.sentence_bounds(last_end)
        if s0 > last_end:
            m = first_mention(a, s0, p1)
            if m is not None:
                return m[2]
        elif (n0 := next((x for x in a.sent_starts if s1 <= x < p1), None)) is not None:
            # a sentence after the quote's own whose subject speaks: "… “disappointed but not
            # surprised.” Its executive director, X, told CTN News she would …" ¶ “…” is X's (not
            # "Councillor Marta Feld … plans to raise it", nor "brought by resident Wendell Rusk")
            n1 = a.sentence_bounds(n0)[1]
            m = first_mention(a, n0, n1)
            if m is not None and m[2] is not None and a.sentence_has_cue(n0, n1) and not a._prep_object(m[0]):
                return m[2]
        told = _reporter(a, results, prev)
        return told if told is not None else last_by_para[prev]
    # Narration: the first person mentioned in the last sentence that mentions anyone.
    starts = [s for s in a.sent_starts if p0 <= s < p1] or [p0]
    for n, s0 in enumerate(reversed(starts)):
        _, s1 = a.sentence_bounds(s0)
        m = first_mention(a, s0, s1)
        if m is not None and last_pid is not None and last_pid != m[2] and a._prep_object(m[0]):
            # "“…,” said Chief Rosa Sinclair.¶The band has written to Minister Patty Hajdu three
            # times.¶“We feel abandoned.”": someone written to is not the next voice
            return last_pid
        if m is not None:
            return m[2]
        if n == 0 and _said_after_comma(a, s0, s1):
            return None   # "…, said the winter railroading report.¶“…”": that voice, no one named
    return last_pid


#: The heading of a release's closing matter: "About Greyling Strait Ferry Corporation", "Media
#: contact", "Notes to editors", "###", "-30-".
_BOILERPLATE_HEAD = re.compile(r"[ \t]*(?:About[ \t]+[A-Z]|(?i:media[ \t]+contacts?|contacts?:?[ \t]*$|notes?[ \t]+to[ \t]+editors)"
                               r"|#{3}|-30-)", re.M)


#: A question-and-answer sidebar's label opening a paragraph: "Q:", "A.".
_QA_LABEL = re.compile(r"[ \t]*[QA][:.][ \t]")


def _heading(para: str) -> bool:
    """A paragraph that is a heading: one short line of capitalised words with no full stop
    ("About Coldwater Biotech", "Media contact", "###")."""
    line = para.strip()
    words = line.split()
    return "\n" not in line and 0 < len(words) <= 6 and not line.endswith((".", "!", "?", ":", ",", "”", '"')) \
        and (all(w[:1].isupper() or not w[:1].isalpha() or w in _HEADING_SMALL for w in words) and words[0][:1].isupper()
             or not any(c.isalpha() for c in line))


#: Small words a heading's capitalised words may have between them: "About the Northfold Health Authority".
_HEADING_SMALL = frozenset("the of and for de du la le des a an in on at to".split())
