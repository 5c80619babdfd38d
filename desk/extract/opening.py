"""The subject a sentence opens with, for a cue that comes after it (part of pass 5, :mod:`desk.extract.leading`).

A cue late in its sentence ("…, arguing “…”", "Protesters outside Hale's office chanted") is
spoken by the sentence's subject, not by the nearest name before the cue.  These helpers find
that subject: past an opening phrase or subordinate clause (:func:`main_clause`), past a
preposition's object (:func:`modified_subject`, :func:`subject_mention`), or an opening noun
phrase that names nobody or an organisation (:func:`described_opening`, :func:`org_opening`).
"""

from __future__ import annotations

import re

from desk.extract.lede import DATELINE
from desk.extract.lexicon import AUX, FUNCTION_WORDS, OBJECT_PREPS, PLACE_PREPS, TIME_WORDS, person_noun
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import base_word
from desk.extract.phrases import Attribution, NounPhrase, is_acronym, mention_ending, np_at
from desk.extract.voices import after_place

#: Prepositions whose object, right before a cue, is where or with whom the subject was: "Tom
#: Jones speaking outside the mill said".  Not "of" or "for", which hold a speaker's description
#: together ("A spokesman for the company said").
_MODIFIER_PREPS = PLACE_PREPS | {"with", "from", "beside", "behind", "among", "around"}


SUBORDINATORS = frozenset("when while as after before if because since although though until once".split())


#: Words opening a phrase before the sentence's subject: "Like Corker, Menendez …".
_OPENING_PREPS = frozenset("like unlike besides despite".split())


def main_clause(a: Analysis, lo: int, k: int) -> int:
    """Index where the main clause of the sentence at ``lo`` starts, before the cue at k: past an
    opening phrase or subordinate clause and its comma ("Like Corker, Menendez also rejected …,
    arguing", "When told Perez was in the Cabinet, Bush thought and said that …"), where the
    sentence's subject stands; ``lo`` when it opens with neither.  A phrase of place or time
    may come first ("In June 2009, after Clinton suffered a concussion, Axelrod emailed her …").
    A comma before "who" or "which" is inside the clause ("When Mayor Hale, who chairs the
    board, arrived, …")."""
    toks = a.toks
    start = lo
    for _ in range(3):   # "In June 2009, after Clinton suffered a concussion, Axelrod emailed …"
        if toks[start].low not in SUBORDINATORS and toks[start].low not in _OPENING_PREPS \
                and not (toks[start].low in OBJECT_PREPS and start > lo or toks[start].low in PLACE_PREPS):
            break
        nxt = next((x + 1 for x in range(start + 1, min(k - 1, start + 40))
                    if toks[x].text == "," and toks[x + 1].low not in ("who", "which", "whose", "whom")), None)
        if nxt is None:
            break
        start = nxt
    return start


def modified_subject(a: Analysis, np_: NounPhrase, lo: int, cue: int) -> Attribution | None:
    """The noun phrase before a cue is a preposition's object ("Tom Jones speaking outside the
    mill said", "Protesters outside Hale's office chanted", "Volunteers working with Hale
    said"): the speaker is the sentence's subject — the first person it names not after a
    preposition, or else the plain words it opens with ("Protesters") — never the object."""
    toks = a.toks
    e = a.tok_index(np_.end)
    if e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].low == "who":
        # "The second no vote came from Yvette Castellanos, who called it “rushed”": the cue
        # (token ``cue``) is the relative clause's own verb, so hers (not "A man beside Hale, who
        # was visiting, shouted")
        x = e + 2
        while x < cue and toks[x].kind == "w" and (toks[x].low in AUX or toks[x].adverb):
            x += 1
        q = next((y for y in range(cue, min(len(toks), cue + 40)) if toks[y].kind == "q"), None)
        if x == cue and q is not None and not any(toks[y].text == "," for y in range(cue, q - 1)):
            return None   # the quote stands in that clause ("who spoke …, described" is not hers)
    p = a.tok_index(np_.start) - 1
    if p > lo and toks[p].low == "of":
        # "A man in the back of the gym shouted": the phrase "of" goes on, after another preposition
        p = next((x for x in range(p - 1, max(lo, p - 5), -1) if toks[x].low in _MODIFIER_PREPS), p)
    if p <= lo or p - lo > 24 or toks[p].kind != "w" or toks[p].low not in _MODIFIER_PREPS:
        return None   # a short sentence only: a long run-on sentence is not searched again per cue
    commas = [x for x in range(lo, p) if toks[x].text == ","]
    sub = next((x for x in range(lo, p) if toks[x].low in SUBORDINATORS), None)
    if sub is not None:
        # "When Okafor arrived, a man standing beside Hale shouted": not Okafor; the subject
        # comes after the comma that closes the subordinate clause, its last ("When Mayor
        # Hale, who chairs the board, arrived, a man …"; "After the speech, a retiree …").
        after = [x for x in commas if x > sub]
        if not after:
            return None
        lo = after[-1] + 1
    elif commas and not any(toks[lo].start <= m[0] < toks[commas[0]].start for m in a.mentions):
        lo = commas[0] + 1   # an opening phrase that names nobody: "On Monday, a retiree …", "Later, …"
    if p - lo > 12:
        return None   # a short subject only
    m = subject_mention(a, toks[lo].start, toks[p].start)
    if m is not None:
        before = a.tok_index(m[0]) - 1
        if not (before >= 0 and toks[before].kind == "w" and toks[before].low in OBJECT_PREPS | _MODIFIER_PREPS):
            return Attribution(m[0], m[1], m[2], m[3])
    j = lo
    while j < p and toks[j].kind == "w" and not toks[j].low.endswith("ing") \
            and toks[j].low not in _MODIFIER_PREPS and toks[j].low not in OBJECT_PREPS and not a._is_cue(j):
        j += 1
    if j == lo:
        return None
    return Attribution(toks[lo].start, toks[j - 1].end, None, "generic")


def described_opening(a: Analysis, lo: int, k: int, determiners: tuple[str, ...]) -> Attribution | None:
    """The noun phrase opening the sentence at token lo, before the cue at k, when it starts with
    one of ``determiners`` and names nobody ("The Rove ad", "The businessman")."""
    if a.toks[lo].low not in determiners:
        return None
    got = np_at(a, lo, k)
    if got is not None and got[0].pid is None and got[0].kind == "generic":
        return Attribution.of(got[0])
    return None


def org_opening(a: Analysis, lo: int, k: int) -> Attribution | None:
    """An organisation's name as the subject of the sentence at token lo, after at most an opening
    phrase and its comma or a dateline, with a verb after it: "Later that month, SNC-Lavalin applied for judicial
    review, arguing …" (the participle at k hangs off it)."""
    toks = a.toks
    comma = next((c for c in range(lo, min(k, lo + 6)) if toks[c].text == ","), None)
    dated = DATELINE.match(a.text, toks[lo].start)   # "WASHINGTON — The White House defended …, saying"
    dated_at = a.tok_index(dated.end()) if dated is not None and dated.end() < toks[k].start else None
    if dated_at is not None and dated_at + 1 < k and toks[dated_at].low == "the":
        dated_at += 1   # "WASHINGTON — The White House …": the name after its article
    for start in (lo, comma + 1 if comma is not None else None, dated_at):
        if start is None or start >= k or not (a._is_name_tok(toks[start]) or is_acronym(toks[start])):
            continue
        if a._opening_adverb(start):
            continue   # "Hastily politicizing the tragedy …, Trump cast …"
        got = np_at(a, start, k)
        if got is None or got[0].kind != "org" or got[1] >= k:
            continue
        if start == lo and a.tok_index(got[0].end) == start + 1 and _common_capital(a, toks[start]):
            # "Nuclear proliferation experts have …": a word capitalised only because it opens
            # the sentence, heading a noun phrase of ordinary words before an auxiliary or the
            # cue, is no organisation.  Anything else stays as it was read: "Price visited the
            # plant, saying …" may well be Mr. Price, "Kelly defended …" Ms. Kelly.
            described = _plain_subject(a, start, k)
            if described is not None:
                return described
        v = got[1]
        while v + 1 < k and (toks[v].low in TIME_WORDS or toks[v].low in _WHEN
                             or toks[v].low == "on" and toks[v + 1].low in TIME_WORDS):
            v += 1   # "The White House on Tuesday defended …"
        verb = toks[v]
        if verb.kind == "w" and verb.text[:1].islower() and verb.low not in FUNCTION_WORDS and verb.low != "and":
            return Attribution.of(got[0])
    return None


#: Words of a time phrase between a subject and its verb beside ``TIME_WORDS``: "late Monday", "tonight".
_WHEN = frozenset("late early tonight".split())


def _common_capital(a: Analysis, tok) -> bool:
    """A capitalised word the story also writes in lower case ("Nuclear" beside "a nuclear
    weapon") and never capitalised mid-sentence: maybe an ordinary word (a surname such as
    Price or Young can be one too: ``_plain_subject`` decides)."""
    low = tok.text.lower()
    if is_acronym(tok) or fold(base_word(tok.text)) in a.midcap:
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", a.text) is not None


def _plain_subject(a: Analysis, lo: int, k: int) -> Attribution | None:
    """The noun phrase of ordinary words opening the sentence at token lo when an auxiliary or
    the cue (token k) follows it: "Nuclear proliferation experts have … speculated" is those
    experts, as written."""
    toks = a.toks
    if toks[lo].low.endswith("ing"):
        return None   # "Holding signs calling Christie “…”, the protesters chanted": a participle
    j = lo + 1
    while j < k and j - lo < 5 and toks[j].kind == "w" and toks[j].text[:1].islower() \
            and toks[j].low not in AUX and toks[j].low not in FUNCTION_WORDS and not a._is_cue(j):
        j += 1
    if j == lo + 1 or j >= len(toks) or not (toks[j].low in AUX or j == k):
        return None
    return Attribution(toks[lo].start, toks[j - 1].end, None, "generic")


def subject_mention(a: Analysis, lo: int, hi: int):
    """The first mention in [lo, hi) that is not the object of a preposition ("after meeting with
    Obama, Warren …" → Warren), else the first mention."""
    first = None
    for m in a.mentions:
        if m[0] >= hi:
            break
        if m[0] < lo:
            continue
        k = a.tok_index(m[0]) - 1
        e = a.tok_index(m[1])
        if after_place(a, k) and (e >= len(a.toks) or a.toks[e].kind != "w"):
            continue   # "in Salem, New Hampshire, Trump went after Bush": the state, not a person
            #            (not "in Carvel Junction, Mbeki-Strand repeated the pledge": a verb follows)
        if m[0] in a._modified:
            continue   # "Kingston Frontenacs coach Brent Mallory …, insisting": the coach
        if m[3] == "name" and a.group_after(e):
            # "when Sanders protesters interrupted her, shouting …": the group, not Sanders
            return m[0], a.toks[e].end, None, "generic", a.text[m[0]:a.toks[e].end]
        first = first or m
        if not (k >= 0 and a.toks[k].kind == "w" and a.toks[k].low in OBJECT_PREPS):
            return m
    return first


def relative_head(a: Analysis, lo: int, b: int) -> Attribution | None:
    """The one a who-clause is about, when the cue after "and" (token b) goes on that clause: "She
    remembered a union organizer from the city who climbed onto a crate and told the strikers: “…”"
    is the organizer, as described, not the sentence's subject; a name there is that person."""
    toks = a.toks
    x = b - 1
    while x > lo and toks[x].low != "who" and toks[x].text not in (",", ";", ":") and toks[x].kind != "q":
        x -= 1
    if x <= lo or toks[x].low != "who":
        return None
    m = mention_ending(a, toks[x - 1].end, toks[lo].start)
    if m is not None and m[2] is not None:
        return Attribution(m[0], m[1], m[2], m[3])
    head = next((h for h in range(x - 1, max(lo, x - 5), -1) if toks[h].kind == "w" and toks[h].text.islower()
                 and person_noun(toks[h].low) and (h == x - 1 or toks[h + 1].low in OBJECT_PREPS)), None)
    if head is None:
        return None
    d = head - 1
    while d > lo and head - d <= 3 and toks[d].kind == "w" and toks[d].low not in ("a", "an", "the", "one", "another"):
        d -= 1
    if toks[d].low not in ("a", "an", "the", "one", "another"):
        return None
    return Attribution(toks[d].start, toks[head].end, None, "generic")


#: Documents whose findings a story quotes: "A preliminary report from federal investigators
#: found that … a temperature that was “…”".
_DOCUMENTS = frozenset("""report study review audit assessment analysis survey memo letter statement release
    lawsuit complaint filing ruling decision document briefing inquiry investigation evaluation""".split())


def document_opening(a: Analysis, s0: int, open_at: int) -> Attribution | None:
    """The document a sentence opens on, when the quote in it has no cue of its own ("A preliminary
    report from federal investigators found that … was “below the alarm threshold”"): its words, as
    the story describes it, not the voice of the paragraph before."""
    toks = a.toks
    k, hi = a.tok_index(s0), a.tok_index(open_at)
    if k >= hi or toks[k].low not in ("a", "an", "the", "its", "his", "her", "their"):
        return None
    for h in range(k + 1, min(hi, k + 5)):
        if toks[h].kind != "w" or not toks[h].text.islower():
            return None
        if toks[h].low in _DOCUMENTS:
            return Attribution(toks[k].start, toks[h].end, None, "generic")
    return None

