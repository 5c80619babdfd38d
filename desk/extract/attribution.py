"""Pass 4 and 5 of quote finding: which spans form one quote, and who the story says spoke it.

The attribution right after a quote (``trailing``) or before it in its sentence (``leading``);
those found later, closing its sentence or around it, are in :mod:`desk.extract.late`. The
subjects of their cue verbs come from :mod:`desk.extract.phrases`. The rules are in
:mod:`desk.extract.quotes`'s docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk.extract.lexicon import (
    AUX,
    CLAUSE_VERBS,
    CUE_VERBS,
    FUNCTION_WORDS,
    GENERIC_PLURALS,
    INVERTIBLE,
    KIN_NOUNS,
    MONTHS_DAYS,
    NOUN_CUES,
    OBJECT_PREPS,
    PARTICIPLES,
    PASSIVE_AUX,
    PLACE_PREPS,
    PLACES,
    SPEECH_NOUN_VERBS,
    SPEECH_NOUNS,
    UNNAMED_PEOPLE,
)
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import base_word, is_possessive
from desk.extract.phrases import NounPhrase, is_acronym, mention_ending, np_at, np_before
from desk.extract.voices import after_place, first_mention, org_that_spoke

# --------------------------------------------------------------------------------------------
# Attribution


@dataclass
class Attribution:
    start: int
    end: int
    pid: int | None
    kind: str
    colon: bool = False  # the attribution ends with ":" and introduces what follows
    name: str | None = None  # the speaker when it is not a person of the story (an organisation)
    weak: bool = False  # a guess (the sentence's first person) for a cue whose subject was not found

    @classmethod
    def of(cls, np_: NounPhrase, colon: bool = False) -> Attribution:
        return cls(np_.start, np_.end, np_.pid, np_.kind, colon, np_.name)


def trailing(a: Analysis, span: Span, limit_pos: int) -> Attribution | None:
    """An attribution right after a quote part: '," Okafor said' / '," said Okafor' / 'according to'."""
    if span.close_at is None:
        return None
    toks = a.toks
    k = a.tok_index(span.close_at + 1)
    lim = a.tok_index(limit_pos)
    if k >= lim:
        return None
    # Skip the punctuation between the mark and the attribution.
    comma = False
    while k < lim and toks[k].kind == "p" and toks[k].text in (",", "—", "–", "-", "--", ";"):
        comma = comma or toks[k].text == ","
        k += 1
    if k >= lim or toks[k].kind != "w":
        return None
    inner = a.text[span.start:span.end].rstrip()
    if toks[k].low == "as" and (inner.endswith(",") or toks[k - 1].text == ",") and k + 1 < lim:
        k += 1   # '“…,” as Cruz said on Monday': the attribution after "as"
    ends_sentence = inner[-1:] == "." or inner.endswith("...")
    # '“…,” scolded Elyse': the quote hands its words on to the verb after it (a comma, question
    # or exclamation mark); '“a cash grab” criticized Trudeau' names what someone did to Trudeau.
    handed = comma or inner[-1:] in (",", "?", "!")
    # According to X
    if toks[k].low == "according" and k + 1 < lim and toks[k + 1].low == "to":
        got = np_at(a, k + 2, lim)
        if got:
            np_, _ = got
            return Attribution.of(np_)
        return None
    # Inverted: said Okafor
    j = k
    while j < lim and toks[j].kind == "w" and toks[j].low.endswith("ly") and toks[j].low not in CUE_VERBS \
            and toks[j].text.islower():
        j += 1   # an adverb ("“…,” quickly added Hale"), not a name ("“…,” Everly told the Ledger")
    # 'The vow to “get it done” echoed Ford', '“…” — suggests Kenney knew': no inversion
    verb = j < lim and toks[j].kind == "w" and not (toks[j].low in CLAUSE_VERBS and not handed)
    if verb and handed and toks[j].low not in INVERTIBLE and a._is_cue(j):
        # '“…,” scolded Elyse.': any cue verb inverts before a name that ends the attribution
        m = a.mention_at.get(toks[j + 1].start) if j + 1 < lim else None
        if m is not None and m[3] == "name" and m[2] is not None and m[0] == toks[j + 1].start:
            after = a.tok_index(m[1])
            if after >= lim or toks[after].text in (",", ".", ";"):
                return Attribution(m[0], m[1], m[2], m[3])
        got = np_at(a, j + 1, lim) if m is None and j + 1 < lim else None
        if got is not None and got[0].kind == "generic" and (got[1] >= lim or toks[got[1]].text in (",", ".", ";")):
            return Attribution.of(got[0])   # '“…,” chanted protesters.': nobody the story names
    if verb and toks[j].low in INVERTIBLE:
        got = np_at(a, j + 1, lim)
        nxt = got[1] if got else lim
        if got and (got[0].kind == "org" or (nxt < lim and toks[nxt].kind == "w")):
            # "says Heart and Stroke senior manager Erin Kim": the person the words lead up to
            described = _described_name(a, j + 1, lim)
            if described is not None:
                return described
        # "said Freeland’s parliamentary secretary": someone's aide, as the story describes them
        owned = got is not None and any(is_possessive(w) for w in a.text[got[0].start:got[0].end].split())
        if got and toks[j].low in CLAUSE_VERBS and got[1] < lim and toks[got[1]].text not in (",", ".", ";"):
            return None   # '“…,” confirms Morneau was briefed': the name opens a clause, it does not speak
        # '“…,” said residents.', '“…,” said one resident', '“…,” chanted protesters': someone the
        # story does not name, which must not fall back to the last person named
        plain = got is not None and got[0].kind == "generic" and (
            got[1] >= lim or toks[got[1]].text in (",", ".", ";") or toks[got[1]].low in OBJECT_PREPS)
        if got and got[0].kind != "generic" or plain or (got and (toks[j + 1].low in ("a", "an", "the", "his", "her", "their") or owned
                                                                 or a._is_name_tok(toks[j + 1]))):
            np_, after = got
            named = _named_after(a, np_, after, lim)
            if named is not None:
                return named
            return Attribution.of(np_, _colon_after(a, after, lim))
        described = _described_name(a, j + 1, lim)
        if described is not None:
            return described
    if toks[k].low == "it":
        return it_said(a, k, lim)
    # Subject first: Okafor said / the minister told / Yusuf Adeyemi, a dishwasher …, told
    if inner[-1:] in ("?", "!") and not comma and toks[k].text in ("His", "Her", "Their"):
        return None   # '“What difference does it make?” Her critics cited it': a new sentence
    got = np_at(a, k, lim)
    if not got:
        return None
    np_, j = got
    named = _named_after(a, np_, j, lim)
    j = a.skip_affiliation(a.skip_appositive(_skip_paren(a, j, lim), lim), lim)
    j = _skip_modifier(a, j, lim)
    while j < lim and toks[j].kind == "w" and (toks[j].low in AUX or (toks[j].low.endswith("ly") and toks[j].low not in CUE_VERBS)
                                               or (toks[j].low in PASSIVE_AUX and j + 1 < lim and toks[j + 1].low == "quoted")):
        j += 1
    if j < lim and a._is_cue(j) and not (toks[j].low in NOUN_CUES and toks[k].low in ("a", "an", "the")):
        after = j + 1
        if after < lim and toks[after].low in _OWN_ANSWERS:
            return None   # 'as Trump went on about “…,” Melanie said yes': her words are "yes", not the quote
        asked = inner[-1:] in ("?", "!") and not comma
        if (ends_sentence or asked) and toks[k].text[:1].isupper():
            # "“We will.” Smith said the plan …", "“…” Fiorina said Cruz “says …”" and "“…!” She
            # replied to him that …" are new sentences, not attributions (the sentence's first
            # word decides: the phrase may start later, "Sanders campaign manager Jeff Weaver
            # replied that …").  After a question a long clause still attributes ("“Why?” Hale
            # asked the crowd at the rink on Tuesday.", "“Too forced?” He tweeted when …").
            end_k = after
            while end_k < lim and toks[end_k].text not in (".", "?", "!", ":") and end_k - after < 8:
                end_k += 1
            if (ends_sentence and end_k - after >= 8) or (end_k < lim and toks[end_k].text == ":") or any(
                    toks[x].kind == "w" and toks[x].low == "that" for x in range(after, min(after + 3, end_k))) or (
                    end_k == lim and lim < len(toks) and toks[lim].kind == "q"):
                return None
        return named or Attribution.of(np_, _colon_after(a, after, lim))
    return None


def _skip_modifier(a: Analysis, j: int, lim: int) -> int:
    """Index of the cue after a short modifier of the subject at token j, or j: '“…,” Tom Jones
    standing beside Mayor Hale said' and '“…,” a woman who works with Hale said' are Jones's and
    the woman's words, and Hale is where or with whom they were.  The modifier is a participle
    that is no cue ("standing", "speaking") or "who" and its verb, runs at most eight words with
    no punctuation, and ends in a cue.  A name right after "who" is the clause's own subject, and
    a cue right after that name is the clause's: "the woman who Hale said was her aunt told
    reporters" is the woman's, told."""
    toks = a.toks
    if j >= lim or toks[j].kind != "w":
        return j
    low = toks[j].low
    if low == "who":
        m = a.mention_at.get(toks[j + 1].start) if j + 1 < lim else None
        if m is not None:
            # "a woman who Hale hired said", "the woman who Hale said was her aunt told": the
            # name is the clause's subject, and a cue right after it is the clause's
            start = a.tok_index(m[1])
            if start < lim and a._is_cue(start):
                start += 1
        elif j + 1 < lim and a._is_name_tok(toks[j + 1]):
            return j
        else:
            start = j + 2   # the clause's own verb ("who told reporters") is not the cue
    elif low.endswith("ing") and len(low) > 4 and not a._is_cue(j):
        start = j + 1
    else:
        return j
    for k in range(start, min(lim, j + 9)):
        if toks[k].kind != "w":
            return j
        if a._is_cue(k) and toks[k].low not in PARTICIPLES:
            return k
    return j


#: What a cue verb may say itself, so that the quote before it is not its words ("she said yes").
_OWN_ANSWERS = frozenset({"yes", "no", "nothing"})


def it_said(a: Analysis, k: int, lim: int) -> Attribution | None:
    """"“…,” it said" (token k is "it") after an organisation spoke: the organisation; else None."""
    toks = a.toks
    j = k + 1
    while j < lim and toks[j].kind == "w" and (toks[j].low in AUX or toks[j].low.endswith("ly")):
        j += 1
    org = org_that_spoke(a, toks[k].start) if j < lim and a._is_cue(j) else None
    return Attribution(toks[k].start, toks[k].end, None, "org", name=org) if org else None


def _described_name(a: Analysis, k: int, lim: int) -> Attribution | None:
    """The person an inverted cue names after a few words describing them: '," said oil and gas
    worker Mike Wipf.', '," says Heart and Stroke senior manager Erin Kim,'. The name must end the
    attribution (a comma, a stop or the next quote follows), so '," said the company in Toronto'
    names nobody."""
    toks = a.toks
    e = k
    while e < lim and e - k < 6 and toks[e].kind == "w":
        m = a.mention_at.get(toks[e].start)
        if m is not None and m[3] == "name" and m[2] is not None:
            after = a.tok_index(m[1])
            if after >= lim or toks[after].text in (",", ".", ";"):
                return Attribution(m[0], m[1], m[2], m[3])
            if m[1] - m[0] > len(toks[e].text) and " " in a.text[m[0]:m[1]].strip():
                return None   # "said Tom Marsh and Ben Abara": the first full name speaks
            e = max(after, e + 1)   # "Heart and Stroke …": a word taken for a name, inside the description
            continue
        if a._is_cue(e) or (toks[e].low in FUNCTION_WORDS and toks[e].low != "and") \
                or toks[e].low in ("to", "by", "in", "at", "on", "of", "the", "a", "an"):
            return None
        e += 1
    return None


def _named_after(a: Analysis, np_: NounPhrase, j: int, lim: int) -> Attribution | None:
    """The person an unnamed subject is, when a name follows it after a comma: "Freeland’s
    parliamentary secretary, Ryan Turnbull, said" and "said a spokesperson, Noor Hassan." """
    toks = a.toks
    if np_.pid is not None or j + 1 >= lim or toks[j].text != ",":
        return None
    m = a.mention_at.get(toks[j + 1].start)
    if m is None:
        return _given_name_after(a, np_, j + 1, lim)
    if m[2] is None or m[3] != "name":
        return None
    after = a.tok_index(m[1])
    if after < len(toks) and toks[after].text not in (",", ".") and after != lim:
        return None
    return Attribution(m[0], m[1], m[2], m[3])


def ends_name(a: Analysis, k: int) -> bool:
    """Token k ends a person's name."""
    m = mention_ending(a, a.toks[k].end, 0)
    return m is not None and m[3] == "name" and m[1] == a.toks[k].end


def _given_name_after(a: Analysis, np_: NounPhrase, k: int, lim: int) -> Attribution | None:
    """A given name alone after a description of someone close to a person ('," says Wise’s
    dad, Darrin.'): the name the story gives them, as written. Only kin and friends (a role with
    one capitalised word after it is as often a place), and the name must end the attribution
    ("said his brother, Monday" names nobody)."""
    toks = a.toks
    t = toks[k]
    head = a.text[np_.start:np_.end].split()[-1].lower().strip(".,")
    if head not in KIN_NOUNS:
        return None
    if t.kind != "w" or not t.text.isalpha() or not t.text[:1].isupper() or t.text.isupper() \
            or t.low in FUNCTION_WORDS or t.low in MONTHS_DAYS or t.low in PLACES or a._is_cue(k):
        return None   # "said his friend, Kelowna": a place, not a name
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and k + 1 != lim and nxt.text not in (",", "."):
        return None
    return Attribution(t.start, t.end, None, "name", name=t.text)


def _skip_paren(a: Analysis, j: int, lim: int) -> int:
    """Past a short parenthesis after a name: "Sen. Ada Ruiz (D-Ore.) said"."""
    toks = a.toks
    if j < lim and toks[j].text == "(":
        c = j + 1
        while c < lim and c - j < 10 and toks[c].text != ")":
            c += 1
        if c < lim and toks[c].text == ")":
            return c + 1
    return j


def _colon_after(a: Analysis, k: int, lim: int) -> bool:
    toks = a.toks
    j = k
    while j < lim and toks[j].kind == "w" and j - k < 10:
        j += 1
    return j < lim and toks[j].text == ":" and j + 1 <= lim


#: Tokens before a quote searched for its cue (a cue further back in the sentence is not read).
#: Real sentences put the cue well within this; a run-on "sentence" of thousands of quotes (a
#: list pasted without full stops) would otherwise be read back to its start for every quote.
LOOKBACK = 150


def leading(a: Analysis, span: Span, s0: int) -> tuple[Attribution | None, bool]:
    """The nearest cue before the quote in its sentence that names a person: (attribution, cue found).

    A nearer cue whose subject is nobody in particular ("the union would not announce") gives way
    to an earlier one with a person ("Dunphy said … the union would not announce a date “today.”").
    """
    lo = a.tok_index(s0)
    hi = a.tok_index(span.open_at)
    fallback: Attribution | None = None
    for k in range(hi - 1, max(lo, hi - LOOKBACK) - 1, -1):
        got = _cue_at(a, k, lo, hi)
        if got is None:
            continue
        if fallback is None and got.pid is None and not got.weak and got.kind == "generic" and _introduces(a, k, hi) \
                and _someone_phrase(a.text[got.start:got.end]):
            return got, True   # 'Bea Lorne said residents told her, “…”': the residents' words
        if got.pid is not None and not got.weak:
            # a quote the inner cue introduces with a colon or comma ("Hale said that Okafor told
            # her: “…”") is given as the inner speaker's own words
            direct = hi > 0 and a.toks[hi - 1].text in (":", ",")
            return (None if direct else _reporter(a, got, lo)) or got, True
        if fallback is None or (fallback.pid is None and got.pid is not None) or (
                fallback.pid is None and fallback.name is None and got.name):
            fallback = got  # a person, or else an organisation, beats nobody in particular
    return fallback, fallback is not None


def _reporter(a: Analysis, inner: Attribution, lo: int) -> Attribution | None:
    """The person whose that-clause holds the cue just found: in "Trump said that Romney begged
    him for an endorsement and “would have dropped to his knees”" the words are Trump's account,
    and a transcript of Trump is where they are checked.  The outer cue must be followed by
    "that", have a person as subject, and stand before the inner subject in the same clause: no
    punctuation or subordinator between them ("After Trump argued that …, Rubio said that" is
    Rubio's)."""
    toks = a.toks
    for c in range(a.tok_index(inner.start) - 1, lo, -1):
        if toks[c].kind != "w" or toks[c].low in _SUBORDINATORS or toks[c].low in ("but", "while", "whereas"):
            return None   # the that-clause ends at a comma or a new clause ("…, Rubio said that")
        if toks[c + 1].low == "that" and a._is_cue(c) and toks[c].low not in PARTICIPLES:
            outer = np_before(a, c, lo)
            if outer is not None and outer.pid is not None and outer.pid != inner.pid:
                return Attribution.of(outer)
            return None
    return None


def _introduces(a: Analysis, k: int, hi: int) -> bool:
    """The cue at k introduces the quote at hi itself: at most three words (its object) and then
    a comma or colon before the quote ("told her, “…”", "said: “…”")."""
    toks = a.toks
    return hi - k <= 5 and hi - 1 > k and toks[hi - 1].text in (",", ":") and all(
        toks[x].kind == "w" for x in range(k + 1, hi - 1))


def _someone(head: str) -> bool:
    """The noun names someone the story does not name: a relative, an unnamed person or a group
    of people ("her mother", "a neighbour", "residents")."""
    return head in KIN_NOUNS or head in UNNAMED_PEOPLE or head in GENERIC_PLURALS


def _someone_phrase(phrase: str) -> bool:
    """A noun phrase whose head is someone unnamed ("residents", "a neighbour"), not a thing
    with people after a preposition ("an email to supporters")."""
    words = [w.lower().strip(".,") for w in phrase.split()]
    return bool(words) and _someone(words[-1]) and not any(w in OBJECT_PREPS for w in words)


def _cue_at(a: Analysis, k: int, lo: int, hi: int) -> Attribution | None:
    toks = a.toks
    t = toks[k]
    if t.kind != "w":
        return None
    low = t.text.lower()
    # according to X, “…”
    if low == "according" and k + 1 < hi and toks[k + 1].low == "to":
        got = np_at(a, k + 2, hi)
        return Attribution.of(got[0]) if got else None
    # a promise Premier X made …: “…”  /  the minister's line that “…”
    if low in SPEECH_NOUNS:
        got = np_at(a, k + 1, hi)
        if got and got[0].kind in ("name", "role", "pron") and got[1] < hi and toks[got[1]].low in SPEECH_NOUN_VERBS:
            return Attribution.of(got[0])
        by = k + 1 + (k + 1 < hi and toks[k + 1].text == ",")
        if by + 1 < hi and toks[by].low in SPEECH_NOUN_VERBS and toks[by + 1].low == "by":
            # "the claim, made by Ann Hale, that “…”": the one who made it
            got = np_at(a, by + 2, hi)
            if got and got[0].kind in ("name", "role") and _leads_to_quote(a, got[1] + (got[1] < hi and toks[got[1]].text == ","), hi):
                return Attribution.of(got[0])
        # "Trump’s remarks: “…”" — but not "denounced Trump’s remarks as “hurtful”" (a description).
        owner = _speech_owner(a, k, lo)
        reported = owner - 1 >= lo and (a._is_cue(owner - 1) or toks[owner - 1].low == "that")  # "said Trump’s remarks “…”"
        if owner >= lo and _leads_to_quote(a, k + 1, hi) and not reported:
            m = mention_ending(a, toks[owner].end, toks[lo].start)
            if m is not None:
                return Attribution(m[0], toks[owner].end, m[2], m[3])
        return None
    if not a._is_cue(k):
        return None
    if k == lo or (k - 1 == lo and toks[k - 1].kind == "p"):
        # Sentence-initial: "Said Okafor: …" (inverted) or a participle ("Asked whether …, X said")
        if low in INVERTIBLE:
            got = np_at(a, k + 1, hi)
            if got:
                return Attribution.of(got[0])
        return None
    if low in INVERTIBLE and toks[k - 1].text == ",":
        inverted = _inverted_before(a, k, hi)
        if inverted is not None:
            return inverted
    np_ = np_before(a, k, lo)
    if low == "saying" and k - 2 > lo and toks[k - 1].low == "as":
        quoted = np_before(a, k - 1, lo)
        if quoted is not None and quoted.pid is not None:
            q = a.tok_index(quoted.start) - 1
            if q >= lo and toks[q].low in ("quoted", "quotes", "quote", "quoting"):
                return Attribution.of(quoted)   # "Hale quoted Ed Tark as saying, “…”": Tark
    if low in PARTICIPLES and k - 1 >= lo and (toks[k - 1].text == "," or _comma_inside(a, toks[k - 1])):
        # "…, Spicer said, adding “…”": the subject of the cue just before; else "Warren …
        # endorsed Clinton, saying “…”": the participle hangs off the sentence's subject.
        for c in range(k - 2, lo, -1):
            if a._is_cue(c) and toks[c].low not in PARTICIPLES:
                said = np_before(a, c, lo)
                if said is not None and (said.pid is not None or said.start <= toks[lo].start):
                    # its subject, named or not when it opens the sentence ("The candidate
                    # blasted X’s plan, calling it “…”" is the candidate, never X)
                    return Attribution.of(said)
                break
        main = _main_clause(a, lo, k)
        m = (main < k and _subject_mention(a, toks[main].start, t.start)) or _subject_mention(a, toks[lo].start, t.start)
        if m is not None:
            return Attribution(m[0], m[1], m[2], m[3])
        # "The businessman talked about …, saying “…”": the sentence's subject, as described
        opening = _described_opening(a, lo, k, ("the", "a", "an")) or _org_opening(a, lo, k)
        if opening is not None:
            return opening
    if np_ is not None and low in PARTICIPLES and _prep_object(a, np_, lo):
        np_ = None   # "a letter to Attorney General Lynch asking …": the letter's writer asks
    if low in PARTICIPLES and k - 1 > lo and toks[k - 1].low in KIN_NOUNS \
            and toks[k - 2].low in ("his", "her", "their", "my", "our") and (np_ is None or np_.pid is None):
        # "Hale recalled her mother telling her, “…”": her mother's words
        return Attribution(toks[k - 2].start, toks[k - 1].end, None, "generic")
    if np_ is not None and (np_.pid is not None or low not in PARTICIPLES):
        # "with Gorka noting “…”": the participle's own subject, whatever stands before it
        return (None if low in PARTICIPLES else _modified_subject(a, np_, lo)) or Attribution.of(np_)
    # "…, describing the plan as “…”" / "X agreed … but said": the sentence's first person speaks.
    # Any other cue whose subject was not found ("Americans will say") takes the first person only
    # if no earlier cue of the sentence has a subject (``weak``).
    b = k - 1
    while b > lo and toks[b].kind == "w" and (toks[b].low in AUX or toks[b].low.endswith("ly")):
        b -= 1
    weak = not (low in PARTICIPLES or toks[b].low in ("and", "but", "then", "yet"))
    # "The Rove ad hits Clinton for … and claims “…”": the sentence's described subject speaks,
    # not the first person it names.
    opening = None if weak else _described_opening(a, lo, k, ("the", "this", "that")) or _org_opening(a, lo, k)
    if opening is not None:
        return opening
    main = _main_clause(a, lo, k)
    m = (main < k and first_mention(a, toks[main].start, t.start)) or first_mention(a, toks[lo].start, t.start)
    if m is not None:
        return Attribution(m[0], m[1], m[2], m[3], weak=weak)
    if np_ is not None:
        return Attribution.of(np_)
    return None


def _speech_owner(a: Analysis, k: int, lo: int) -> int:
    """Index of the possessive owning the speech noun at k ("Trump’s pledge", "Trump’s
    controversial pledge", "Clinton’s now-famous line"; at most two plain words between), or -1."""
    toks = a.toks
    for b in range(k - 1, max(lo, k - 3) - 1, -1):
        if toks[b].kind != "w":
            return -1
        if is_possessive(toks[b].text):
            return b
        if not toks[b].text.islower() or toks[b].low in AUX or a._is_cue(b):
            return -1
    return -1


def _leads_to_quote(a: Analysis, k: int, hi: int) -> bool:
    """The words from k to the quote at hi join a speech noun to it: nothing ("Trump’s remarks:
    “…”"), a colon, comma, dash, "that" or a copula; an infinitive of one verb ("Trump’s pledge to
    be “neutral”"); or a that-clause of at most eight words that names no one and holds no cue
    ("Comey’s conclusion that her actions were “extremely careless”": her words in it would be
    someone's the clause names)."""
    toks = a.toks
    if all(toks[x].text in (":", ",", "—", "that", "was", "were", "is") for x in range(k, hi)):
        return True
    if hi - k == 2 and toks[k].low == "to" and toks[k + 1].kind == "w" and toks[k + 1].text.islower():
        return True
    return toks[k].low == "that" and hi - k <= 9 and all(
        toks[x].kind == "w" and toks[x].text.islower() and not a._is_cue(x) for x in range(k + 1, hi))


#: Prepositions whose object, right before a cue, is where or with whom the subject was: "Tom
#: Jones speaking outside the mill said".  Not "of" or "for", which hold a speaker's description
#: together ("A spokesman for the company said").
_MODIFIER_PREPS = PLACE_PREPS | {"with", "from", "beside", "behind", "among", "around"}


_SUBORDINATORS = frozenset("when while as after before if because since although though until once".split())


def _prep_object(a: Analysis, np_: NounPhrase, lo: int) -> bool:
    """The noun phrase is the object of "to", "against" or "about" ("a letter to Attorney General
    Lynch asking …"): a participle after it hangs off the sentence's subject, not off it.  After
    "with", "of" or "from" it is the name's own ("with Gorka noting", "footage of Trump saying",
    "a call from Hale asking")."""
    p = a.tok_index(np_.start) - 1
    return p >= lo and a.toks[p].kind == "w" and a.toks[p].low in ("to", "against", "about")


#: Words opening a phrase before the sentence's subject: "Like Corker, Menendez …".
_OPENING_PREPS = frozenset("like unlike besides despite".split())


def _main_clause(a: Analysis, lo: int, k: int) -> int:
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
        if toks[start].low not in _SUBORDINATORS and toks[start].low not in _OPENING_PREPS \
                and not (toks[start].low in OBJECT_PREPS and start > lo or toks[start].low in PLACE_PREPS):
            break
        nxt = next((x + 1 for x in range(start + 1, min(k - 1, start + 40))
                    if toks[x].text == "," and toks[x + 1].low not in ("who", "which", "whose", "whom")), None)
        if nxt is None:
            break
        start = nxt
    return start


def _modified_subject(a: Analysis, np_: NounPhrase, lo: int) -> Attribution | None:
    """The noun phrase before a cue is a preposition's object ("Tom Jones speaking outside the
    mill said", "Protesters outside Hale's office chanted", "Volunteers working with Hale
    said"): the speaker is the sentence's subject — the first person it names not after a
    preposition, or else the plain words it opens with ("Protesters") — never the object."""
    toks = a.toks
    p = a.tok_index(np_.start) - 1
    if p <= lo or p - lo > 24 or toks[p].kind != "w" or toks[p].low not in _MODIFIER_PREPS:
        return None   # a short sentence only: a long run-on sentence is not searched again per cue
    commas = [x for x in range(lo, p) if toks[x].text == ","]
    sub = next((x for x in range(lo, p) if toks[x].low in _SUBORDINATORS), None)
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
    m = _subject_mention(a, toks[lo].start, toks[p].start)
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


def _inverted_before(a: Analysis, k: int, hi: int) -> Attribution | None:
    """An inverted cue (token k) after a comma whose person ends right before the quote:
    "Rather than the current layout, asks editor Jennifer Ditchburn, “has anyone …”" is
    Ditchburn, not the layout before the cue."""
    got = _described_name(a, k + 1, hi)
    if got is None:
        np_ = np_at(a, k + 1, hi)
        got = Attribution.of(np_[0]) if np_ is not None and np_[0].kind in ("name", "role") else None
    if got is None:
        return None
    after = a.tok_index(got.end)
    return got if after + 1 >= hi and a.toks[after].text in (",", ":") else None


def _described_opening(a: Analysis, lo: int, k: int, determiners: tuple[str, ...]) -> Attribution | None:
    """The noun phrase opening the sentence at token lo, before the cue at k, when it starts with
    one of ``determiners`` and names nobody ("The Rove ad", "The businessman")."""
    if a.toks[lo].low not in determiners:
        return None
    got = np_at(a, lo, k)
    if got is not None and got[0].pid is None and got[0].kind == "generic":
        return Attribution.of(got[0])
    return None


def _org_opening(a: Analysis, lo: int, k: int) -> Attribution | None:
    """An organisation's name as the subject of the sentence at token lo, after at most an opening
    phrase and its comma, with a verb after it: "Later that month, SNC-Lavalin applied for judicial
    review, arguing …" (the participle at k hangs off it)."""
    toks = a.toks
    comma = next((c for c in range(lo, min(k, lo + 6)) if toks[c].text == ","), None)
    for start in (lo, comma + 1 if comma is not None else None):
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
        verb = toks[got[1]]
        if verb.kind == "w" and verb.text[:1].islower() and verb.low not in FUNCTION_WORDS and verb.low != "and":
            return Attribution.of(got[0])
    return None


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


_COMMA_AT_CLOSE = re.compile(r",[\s\"'”’»]*$")


def _comma_inside(a: Analysis, tok) -> bool:
    """A quote that ends in a comma inside its marks: '“…,” adding that …' reads as '…, adding'."""
    return tok.kind == "q" and _COMMA_AT_CLOSE.search(a.text, tok.start, tok.end) is not None


def _subject_mention(a: Analysis, lo: int, hi: int):
    """The first mention in [lo, hi) that is not the object of a preposition ("after meeting with
    Obama, Warren …" → Warren), else the first mention."""
    first = None
    for m in a.mentions:
        if m[0] >= hi:
            break
        if m[0] < lo:
            continue
        k = a.tok_index(m[0]) - 1
        if after_place(a, k):
            continue   # "in Salem, New Hampshire, Trump went after Bush": the state, not a person
        e = a.tok_index(m[1])
        if m[3] == "name" and a.group_after(e):
            # "when Sanders protesters interrupted her, shouting …": the group, not Sanders
            return m[0], a.toks[e].end, None, "generic", a.text[m[0]:a.toks[e].end]
        first = first or m
        if not (k >= 0 and a.toks[k].kind == "w" and a.toks[k].low in OBJECT_PREPS):
            return m
    return first
