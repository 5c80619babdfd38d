"""Pass 5 of quote finding, before the quote: the cue in the quote's own sentence that names its speaker.

``leading(a, span, s0)`` reads back from the quote to the start of its sentence for the nearest
speech cue and its subject: "Okafor said: “…”", "according to X", a speech noun ("Trump’s pledge
to be “…”", "the claim, made by X, that “…”"), a participle hanging off the sentence's subject
("…, saying “…”": the subject is found by :mod:`desk.extract.opening`), the reporter of a
that-clause ("Trump said that Romney … “…”").  The
attribution right after a quote is :func:`desk.extract.attribution.trailing`; the rules are in
:mod:`desk.extract.quotes`'s docstring.
"""

from __future__ import annotations

import re

from desk.extract.kin import kin_teller
from desk.extract.lexicon import (
    AUX,
    CAUSATIVES,
    CUE_VERBS,
    GENERIC_PLURALS,
    INVERTIBLE,
    KIN_NOUNS,
    MONTHS_DAYS,
    NAMING_VERBS,
    OBJECT_PREPS,
    ORG_DESCRIPTORS,
    OWNED_WORDS,
    PARTICIPLES,
    ROLE_HEADS,
    SIGN_NOUNS,
    SPEECH_NOUN_VERBS,
    SPEECH_NOUNS,
    UNNAMED_PEOPLE,
    person_noun,
)
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.namedby import described_name
from desk.extract.narration import according_end, is_possessive
from desk.extract.opening import (
    SUBORDINATORS,
    described_opening,
    main_clause,
    modified_subject,
    org_opening,
    relative_head,
    subject_mention,
)
from desk.extract.phrases import Attribution, NounPhrase, mention_ending, np_at, org_name
from desk.extract.subject import np_before
from desk.extract.voices import first_mention, owns_a_person

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
        if _introduces(a, k, hi) and (teller := kin_teller(a, k)) is not None:
            return teller, True   # 'Ana Ruiz said her son told her, “Mom, …”': the son's words
        if got.pid is None and got.kind == "generic" and _after_who(a, k, lo) \
                and (named := _apposed_to(a, got.start, lo)) is not None:
            return named, True   # "Lyle Norquay, a Harrow driver who told trustees, “…”": Norquay
        if fallback is None and got.pid is None and not got.weak and got.kind == "generic" \
                and (_introduces(a, k, hi) or _after_who(a, k, lo)) and _someone_phrase(a.text[got.start:got.end]):
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
        if toks[c].kind != "w" or toks[c].low in SUBORDINATORS or toks[c].low in ("but", "while", "whereas"):
            return None   # the that-clause ends at a comma or a new clause ("…, Rubio said that")
        if toks[c + 1].low == "that" and a._is_cue(c) and toks[c].low not in PARTICIPLES:
            outer = np_before(a, c, lo)
            if outer is not None and outer.pid is not None and outer.pid != inner.pid:
                return Attribution.of(outer)
            return None
    return None


def _set_off_name(a: Analysis, np_: NounPhrase, k: int) -> Attribution | None:
    """The person named between commas right after a description and before its cue at k."""
    toks = a.toks
    c = a.tok_index(np_.end)
    if c + 1 >= k or toks[c].text != ",":
        return None
    m = a.mention_at.get(toks[c + 1].start)
    if m is None or m[3] != "name" or m[2] is None:
        return None
    e = a.tok_index(m[1])
    if e + 1 < k and toks[e].low in ("of", "from") and toks[e + 1].text[:1].isupper():
        e += 1   # "Her colleague, Doug Pruitt of Toronto, said"
        while e < k and toks[e].kind == "w" and toks[e].text[:1].isupper():
            e += 1
    if e < k and toks[e].text == "," and all(toks[x].kind == "w" and (toks[x].low in AUX or toks[x].adverb)
                                            for x in range(e + 1, k)):
        return Attribution(m[0], m[1], m[2], m[3])
    return None


def _apposed_to(a: Analysis, start: int, lo: int) -> Attribution | None:
    """The person named right before a description set off by a comma ("Lyle Norquay, a Harrow
    driver who …"): the one the description, and its relative clause, is about."""
    b = a.tok_index(start) - 1
    if b - 1 < lo or a.toks[b].text != ",":
        return None
    m = mention_ending(a, a.toks[b - 1].end, 0)
    if m is None or m[3] != "name" or m[2] is None or m[1] != a.toks[b - 1].end:
        return None
    return Attribution(m[0], m[1], m[2], m[3])


def _introduces(a: Analysis, k: int, hi: int) -> bool:
    """The cue at k introduces the quote at hi itself: at most three words (its object) and then
    a comma or colon before the quote ("told her, “…”", "said: “…”")."""
    toks = a.toks
    return hi - k <= 5 and hi - 1 > k and toks[hi - 1].text in (",", ":") and all(
        toks[x].kind == "w" for x in range(k + 1, hi - 1))


def _after_who(a: Analysis, k: int, lo: int) -> bool:
    """The cue at k is a relative clause's verb ("a resident, who had said “…”"): its subject is
    the one the clause is about."""
    b = k - 1
    while b > lo and a.toks[b].kind == "w" and a.toks[b].low in AUX:
        b -= 1
    return b >= lo and a.toks[b].low == "who"


def _someone(head: str) -> bool:
    """The noun names someone the story does not name: a relative, an unnamed person or a group
    of people ("her mother", "a neighbour", "residents")."""
    return head in KIN_NOUNS or head in UNNAMED_PEOPLE or head in GENERIC_PLURALS


def _someone_phrase(phrase: str) -> bool:
    """A noun phrase whose head is someone unnamed ("residents", "a neighbour"), not a thing
    with people after a preposition ("an email to supporters")."""
    words = [w.lower().strip(".,") for w in phrase.split()]
    if not words or any(w in OBJECT_PREPS for w in words):
        return False
    # "one Conservative MP shouted, “…”", "a Liberal senator told him, “…”": someone new, unnamed
    return _someone(words[-1]) or words[0] in ("a", "an", "one", "another") and (
        person_noun(words[-1]) or words[-1] in ROLE_HEADS)


def _cue_at(a: Analysis, k: int, lo: int, hi: int) -> Attribution | None:
    toks = a.toks
    t = toks[k]
    if t.kind != "w":
        return None
    low = t.text.lower()
    # according to X, “…”
    after = according_end(toks, k, hi)
    if after is not None:
        got = np_at(a, after, hi)
        return Attribution.of(got[0]) if got else None
    # a promise Premier X made …: “…”  /  the minister's line that “…”
    if low in SPEECH_NOUNS and not (k - 1 >= lo and toks[k - 1].low == "to"):   # not "prompting X to reply"
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
        m = mention_ending(a, toks[owner].end, toks[lo].start) if owner >= lo else None
        # "said Trump’s remarks “…”" reports them, "called Sen. Amy Lutz’s comments “…”" judges
        # them; "noted Hale’s promise that “…”" gives its words
        b = a.tok_index(m[0]) - 1 if m is not None else -1
        reported = (owner - 1 >= lo and (a._is_cue(owner - 1) or toks[owner - 1].low == "that")
                    or b >= lo and toks[b].low in NAMING_VERBS) and not (k + 1 < hi and toks[k + 1].low == "that")
        if m is not None and _leads_to_quote(a, k + 1, hi) and not reported:
            return Attribution(m[0], toks[owner].end, m[2], m[3])
        return None
    if low == "reading" and k - 1 >= lo and toks[k - 1].low in SIGN_NOUNS:
        # "Many carried signs reading “…”": the signs' words, nobody's
        return Attribution(toks[k - 1].start, toks[k - 1].end, None, "generic")
    if low in ("read", "reads") and k - 2 >= lo and toks[k - 1].low in ("that", "which") and toks[k - 2].low in SIGN_NOUNS:
        # "carrying signs that read “…”", "a sign that read “…”": the sign's words, nobody's
        return Attribution(toks[k - 2].start, toks[k - 2].end, None, "generic")
    if low in ("put", "puts") and k + 1 < hi and toks[k + 1].low == "it" and k - 1 > lo:
        # "The deal was, as Sen. Kim Lott put it, “…”": the as-clause names whose words they are
        # "Kim Lott put it this way: “…”", "Lott put it bluntly: “…”" too
        np_ = np_before(a, k, lo)
        if np_ is None or np_.pid is None:
            return None
        b = a.tok_index(np_.start) - 1
        colon = hi - 1 > k + 1 and toks[hi - 1].text == ":" and hi - k <= 7 \
            and all(toks[x].kind == "w" for x in range(k + 2, hi - 1))
        return Attribution.of(np_) if (b >= lo and toks[b].low == "as") or colon else None
    if not a._is_cue(k):
        return None
    aloud = next((x for x in range(k + 1, min(hi, k + 8)) if toks[x].low == "aloud"), None) if low in ("read", "reads") else None
    if aloud is not None:
        # "he read the message aloud: “…”", "the teacher read aloud from a letter": words the
        # reader did not write; whose they are, the sentence does not say
        return Attribution(toks[k].start, toks[aloud].end, None, "generic")
    if k - 1 >= lo and toks[k - 1].text in ("I", "we", "We"):
        # "I went to my foreman, Bucky Tardif, and I said, “Is it true?”": the writer's words
        # (or a narrator's), not the foreman's
        return Attribution(toks[k - 1].start, toks[k - 1].end, None, "pron")
    if k - 2 > lo and toks[k - 1].low == "to" and _introduces(a, k, hi):
        # "prompting one MP to shout, “…”", "That led Ruiz to reply: “…”": the one moved to speak
        prompted = np_before(a, k - 1, lo)
        c = a.tok_index(prompted.start) - 1 if prompted is not None else lo
        if c >= lo and toks[c].kind == "w" and toks[c].low in CAUSATIVES:
            return Attribution.of(prompted)
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
    if np_ is not None and np_.pid is None and np_.kind == "generic" and (named := _set_off_name(a, np_, k)) is not None:
        return named   # "Her colleague, Dev Amin, said": the name set off after the description
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
        main = main_clause(a, lo, k)
        m = (main < k and subject_mention(a, toks[main].start, t.start)) or subject_mention(a, toks[lo].start, t.start)
        if m is not None and (not is_possessive(m[4]) or owns_a_person(a, m)):
            # (not "The White House defended President Whitaker’s order, saying …": the owner of a
            # thing is no subject)
            return Attribution(m[0], m[1], m[2], m[3])
        # "The businessman talked about …, saying “…”": the sentence's subject, as described
        opening = described_opening(a, lo, k, ("the", "a", "an")) or org_opening(a, lo, k)
        if opening is not None:
            return opening
    if np_ is not None and low in PARTICIPLES and np_.start > toks[lo].start and a._prep_object(np_.start, _HANGING):
        np_ = None   # "a letter to Attorney General Lynch asking …": the letter's writer asks
    if low in PARTICIPLES and k - 1 > lo and toks[k - 1].low in KIN_NOUNS and (np_ is None or np_.pid is None):
        # "Hale recalled her mother telling her, “…”", "her late husband saying": their words
        owner = k - 2 if toks[k - 2].low in _KIN_OWNERS else k - 3
        if owner >= lo and toks[owner].low in _KIN_OWNERS and (owner == k - 2 or toks[k - 2].text.islower()):
            return Attribution(toks[owner].start, toks[k - 1].end, None, "generic")
    heard = low in PARTICIPLES and k - 2 > lo and a.heard_at(k - 1)
    if np_ is not None and (np_.pid is not None or low not in PARTICIPLES or heard):
        # "with Gorka noting “…”": the participle's own subject, whatever stands before it; "an
        # officer can be heard shouting, “…”": the one heard
        return (None if low in PARTICIPLES else modified_subject(a, np_, lo, k)) or Attribution.of(np_)
    # "…, describing the plan as “…”" / "X agreed … but said": the sentence's first person speaks.
    # Any other cue whose subject was not found ("Americans will say") takes the first person only
    # if no earlier cue of the sentence has a subject (``weak``).
    b = k - 1
    while b > lo and toks[b].kind == "w" and (toks[b].low in AUX or toks[b].adverb):
        b -= 1
    weak = not (low in PARTICIPLES or toks[b].low in ("and", "but", "then", "yet"))
    if toks[b].low == "which" and (doc := _document_before(a, lo, b)) is not None:
        return doc   # "read from a news release issued by the office, which promised that …": the release's
    if toks[b].low == "which" and (org := _org_before_which(a, b)) is not None:
        return org   # "a forestry company, Boréal Fibre, which said in an email …": the company's
    if toks[b].low in ("and", "then") and (head := relative_head(a, lo, b)) is not None:
        return head   # "She remembered an organizer from the city who climbed onto a crate and told …"
    if toks[b].low == "and" and hi > 0 and toks[hi - 1].text in (":", ",") and k + 1 < hi \
            and (toks[k + 1].low in ("her", "him", "them", "me", "us")
                 or k + 1 == hi - 1 and any(toks[x].low in ("her", "him", "me") for x in range(lo, b))) \
            and (inner := _reported_subject(a, lo, b)) is not None:
        # "Lavallée said Amira Haddad … knocked on the door and told her, “…”": Haddad; so "Pruitt
        # said Micah looked up at her from the water and said, “…”" (the clause acts toward the
        # one reporting it, and its "and said" goes on with Micah)
        return inner
    # "The Rove ad hits Clinton for … and claims “…”": the sentence's described subject speaks,
    # not the first person it names.
    opening = None if weak else described_opening(a, lo, k, ("the", "this", "that")) or org_opening(a, lo, k)
    if opening is not None:
        return opening
    main = main_clause(a, lo, k)
    m = (main < k and first_mention(a, toks[main].start, t.start)) or first_mention(a, toks[lo].start, t.start)
    if m is not None and a._prep_object(m[0]):
        # "In an interview with journalist Matei Rosca, Lazar said he … and added, “…”": the
        # name the sentence goes on with, not the object of its opening phrase
        m = next((x for x in a.mentions if m[1] < x[0] < t.start and x[3] == "name" and x[2] is not None
                  and not is_possessive(x[4]) and not a._prep_object(x[0])), m)
    if m is not None:
        return Attribution(m[0], m[1], m[2], m[3], weak=weak)
    if np_ is not None:
        return Attribution.of(np_)
    return None


def _reported_subject(a: Analysis, lo: int, b: int) -> Attribution | None:
    """The subject of the clause a cue after "and" (token b) goes on from, when that clause is
    what an earlier cue of the sentence reports: in "Lavallée said Amira Haddad, the youngest of
    the four, knocked on the refuge door and told her, “…”" the one who told is Haddad, named
    right after "said" (or "said that", or set off after a description: "Marsh said an emergency
    physician, Dr. Samuel Adeyemi, gathered the night shift and told them, “…”"), not Lavallée
    ("She said Fontaine called her Monday and
    asked her, “…”" is Fontaine).  The caller asks it only when the cue speaks to someone the
    sentence has in mind ("told her", "asked him"): "Ruark said Szabo had briefed her and told
    reporters: “…”" may be Ruark's own telling.  Only a person named so, with no one else named, no other
    capitalised word but a day or a month, no clause mark (; : or a quote) and no "that", "who"
    or "which" between that name and "and"."""
    toks = a.toks
    for c in range(lo, b - 1):
        if not a._is_cue(c) or toks[c].low in PARTICIPLES:
            continue
        at = c + 2 if c + 2 < b and toks[c + 1].low == "that" else c + 1
        if toks[at].low in ("a", "an", "the"):
            # "Marsh said an emergency physician, Dr. Samuel Adeyemi, gathered …": the name set off
            comma = next((x for x in range(at + 1, min(at + 6, b)) if toks[x].text == ","), None)
            at = comma + 1 if comma is not None and comma + 1 < b else at
        m = a.mention_at.get(toks[at].start)
        if m is None or m[2] is None or m[3] != "name" or is_possessive(m[4]):
            continue
        end = a.tok_index(m[1])
        between = range(end, b)
        if any(toks[x].text in (";", ":", "\u201c", "\"") or toks[x].low in ("that", "who", "which")
               or toks[x].kind == "w" and toks[x].text[:1].isupper() and toks[x].low not in MONTHS_DAYS for x in between) \
                or any(end <= a.tok_index(x[0]) < b and x[3] in ("name", "role") and x[2] != m[2] for x in a.mentions):
            return None
        return Attribution(m[0], m[1], m[2], m[3])
    return None


def _org_before_which(a: Analysis, b: int) -> Attribution | None:
    """The organisation named right before ", which" (token b) when it is set off after the noun
    for its kind: "leased to a forestry company, Boréal Fibre, which said …" (not a place: "in
    Halifax, which said nothing", nor a name set off after no such noun)."""
    toks = a.toks
    if b < 4 or toks[b - 1].text != ",":
        return None
    r = next((r for r in a.runs if r.t1 == b - 1), None)
    if r is None or r.loc:
        return None
    if not (r.t0 >= 2 and toks[r.t0 - 1].text == "," and toks[r.t0 - 2].low in ORG_DESCRIPTORS):
        return None
    return Attribution(r.name_start, r.end, None, "org", name=org_name(a.text[r.name_start:r.end]))


def _document_before(a: Analysis, lo: int, b: int) -> Attribution | None:
    """The document a which-clause (token b: "which") is about, when the sentence's subject reads
    or quotes from it ("read from a news release issued by the Health Minister's office in
    January, which promised that …"): its words, as the story describes it ("a news release"),
    not those of the person who read from it."""
    toks = a.toks
    if b - 1 <= lo or toks[b - 1].text != ",":
        return None
    for h in range(b - 2, max(lo, b - 14), -1):
        if toks[h].kind == "w" and toks[h].low in OWNED_WORDS and toks[h].text.islower():
            d = h - 1
            while d > lo and h - d <= 3 and toks[d].kind == "w" and toks[d].low not in ("a", "an", "the"):
                d -= 1
            cited = any(toks[x].low in ("read", "reads", "quoted", "quotes", "cited", "cites") for x in range(max(lo, d - 3), d))
            if cited and toks[d].low in ("a", "an", "the") and all(toks[x].text.islower() for x in range(d, h + 1)):
                return Attribution(toks[d].start, toks[h].end, None, "generic")
            return None   # "Hale released a statement, which said …": hers
    return None


#: Possessives before a relative whose words a participle gives ("her late husband saying").
_KIN_OWNERS = frozenset(("his", "her", "their", "my", "our"))


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
        # after a copula, a sentence or slogan is the words ("the slogan is “I’m with her.”"); a
        # lower-case phrase judges them ("Ewasko’s comments were “hurtful”"): someone else's words
        copula = any(toks[x].text in ("was", "were", "is") for x in range(k, hi))
        return not copula or a.text[toks[hi].start + 1:toks[hi].start + 3].lstrip("‘'\" ")[:1].isupper()
    if hi - k == 2 and toks[k].low == "to" and toks[k + 1].kind == "w" and toks[k + 1].text.islower():
        return True
    if hi - k == 1 and toks[k].low in ("of", "to"):
        return True   # "Hale’s promise of “a new era”", "Hale’s vow to “fix the roads”"
    return toks[k].low == "that" and hi - k <= 9 and all(
        toks[x].kind == "w" and toks[x].text.islower() and not a._is_cue(x) for x in range(k + 1, hi))


#: Prepositions whose object a participle after it does not hang off ("a letter to Attorney General
#: Lynch asking …": the writer asks); after "with", "of" or "from" it is the name's own ("with Gorka
#: noting", "footage of Trump saying", "a call from Hale asking").
_HANGING = frozenset({"to", "against", "about"})


def _inverted_before(a: Analysis, k: int, hi: int) -> Attribution | None:
    """An inverted cue (token k) after a comma whose person ends right before the quote:
    "Rather than the current layout, asks editor Jennifer Ditchburn, “has anyone …”" is
    Ditchburn, not the layout before the cue."""
    got = described_name(a, k + 1, hi)
    if got is None:
        np_ = np_at(a, k + 1, hi)
        got = Attribution.of(np_[0]) if np_ is not None and np_[0].kind in ("name", "role") else None
    if got is None:
        return None
    after = a.tok_index(got.end)
    if after < hi and a.toks[after].text == ",":
        # "The plan, said Rep. Jorge Santos-Lima, is “dead on arrival.”"; "The paradox, says Carl
        # Anthony, historian at the library, is that she was “…”" (an appositive after the name)
        # not a list of names, and only when the cue's comma is its sentence's first: in "Tom Tate,
        # the mayor, said Ann Hale, a planner, was “…”" the cue closes Tate's appositive
        s0, _ = a.sentence_bounds(a.toks[k].start)
        first_comma = not any(a.toks[x].text == "," for x in range(a.tok_index(s0), k - 1))
        described = after + 1 < hi and a.toks[after + 1].text.islower() and first_comma
        for rest in {after + 1, a.skip_appositive(after, hi) if described else after + 1}:
            if 0 < hi - rest <= 4 and all(a.toks[x].kind == "w" and not a._is_cue(x) for x in range(rest, hi)):
                return got
    return got if after + 1 >= hi and a.toks[after].text in (",", ":") else None


_COMMA_AT_CLOSE = re.compile(r",[\s\"'”’»]*$")


def _comma_inside(a: Analysis, tok) -> bool:
    """A quote that ends in a comma inside its marks: '“…,” adding that …' reads as '…, adding'."""
    return tok.kind == "q" and _COMMA_AT_CLOSE.search(a.text, tok.start, tok.end) is not None


def introduces_next(a: Analysis, s: Span, attr: Attribution, spans: list[Span], idx: int) -> bool:
    """The attribution after the quote ``s`` (which ends in a question or exclamation mark) runs
    on in a few words to a comma or colon and the paragraph's next quote: "“Why now?” Mills then
    writes back, “…”"."""
    if not a.text[s.start:s.end].rstrip().endswith(("?", "!")) or idx + 1 >= len(spans):
        return False
    nxt = spans[idx + 1]
    if nxt.para != s.para or attr.end > nxt.open_at:
        return False
    between = a.narr[attr.end:nxt.open_at].strip()
    return between.endswith((",", ":")) and "." not in between and len(between.split()) <= 4


def cue_just_before(a: Analysis, s: Span, lead: Attribution) -> bool:
    """Only a cue of a few words and a comma or colon stand between the leading attribution and
    the quote: 'Ramos said, “…”', 'Ramos told reporters on Monday: “…”'."""
    between = a.narr[lead.end:s.open_at].strip()
    words = re.findall(r"[\w’']+", between)
    return between.endswith((",", ":")) and "." not in between and 1 <= len(words) <= 5 \
        and any(w.lower() in CUE_VERBS for w in words)
