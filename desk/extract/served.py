"""Whom the subject phrase before a cue serves or belongs to (for :mod:`desk.extract.subject`).

"A spokesperson for Premier Tim Houston said", "a lawyer representing Tom Reid said", "Ann Hale,
a lawyer with the clinic who represents Rosa Yoon, told the court", "Chief Judy Wilson of the
Neskonlith Indian Band said": a person named inside the subject is often not its head.  These
readings decide who speaks then: the one named, or a phrase for someone the story does not name.
"""

from __future__ import annotations

from desk.extract.appositives import appositive_of
from desk.extract.lexicon import (
    FUNCTION_WORDS,
    KIN_NOUNS,
    MONTHS_DAYS,
    OBJECT_PREPS,
    OWNED_WORDS,
    ROLE_HEADS,
    TIME_WORDS,
)
from desk.extract.mentions import Analysis
from desk.extract.phrases import NounPhrase, mention_ending

#: Words between an unnamed role and the person it serves: "a lawyer for X", "a lawyer
#: representing X", "an adviser to X".
_SERVING = frozenset("for to of with representing advising defending".split())
#: Nouns for the people around someone, beyond kin: "the family of X", "relatives of X".
_CIRCLE = frozenset("family families relatives loved ones colleagues teammates".split())


def served(a: Analysis, m, lo: int, end: int) -> NounPhrase | None:
    """"A spokesperson for Premier Tim Houston said", "a top adviser to Trump said", "a lawyer
    representing Tom Reid said", "a source close to the premier said": the named person is whom the speaker (a role noun, or anyone
    close to, loyal to or familiar with them) works for or knows, not the speaker; the whole
    phrase, unnamed."""
    toks = a.toks
    k = a.tok_index(m[0]) - 1
    if k - 1 < lo or toks[k].low not in _SERVING or toks[k - 1].kind != "w":
        return None
    h = k - 1
    near = toks[h].low in ("close", "near", "loyal", "familiar", "allied") and h - 1 >= lo \
        and toks[h - 1].kind == "w" and (toks[h - 1].text[:1].islower() or h - 1 == lo)
    if near:
        h -= 1   # "a source close to the premier", "people familiar with Trump's thinking"
    elif not any((w in ROLE_HEADS and toks[h].text[:1].islower()) or (
            (w in KIN_NOUNS or w in _CIRCLE) and (toks[h].text[:1].islower() or h == lo))
            for w in (toks[h].low, toks[h].low.removesuffix("s"))):
        # "footage of Hillary Clinton saying": she speaks; "the mother of X said", "Relatives of
        # X said": not X; "Secretary of State John Kerry said": a title, and he speaks
        return None
    while h - 1 >= lo and k - h < 4 and toks[h - 1].kind == "w" and toks[h - 1].low not in FUNCTION_WORDS \
            and toks[h - 1].text[:1].islower():
        h -= 1
    if h - 1 >= lo and toks[h - 1].low in ("a", "an", "the"):
        h -= 1
    return NounPhrase(toks[h].start, end, None, "generic")


def clause_object(a: Analysis, m, lo: int) -> NounPhrase | None:
    """"Ann Hale, a lawyer with the clinic who represents Rosa Yoon, told the court": the named
    person is the object of a who-clause in the subject's appositive; the subject is the name the
    appositive describes (Hale), never her client."""
    toks = a.toks
    k = a.tok_index(m[0]) - 1
    while k >= lo and toks[k].kind == "w" and toks[k].low in ("the", "a", "an", "his", "her", "their", "for", "with", "to"):
        k -= 1
    if k - 1 < lo or toks[k].kind != "w" or not toks[k].text.islower() or toks[k - 1].low != "who" or a._is_cue(k):
        return None
    for c in range(k - 2, max(lo, k - 16) - 1, -1):
        if toks[c].text == ",":
            head = mention_ending(a, toks[c - 1].end, toks[lo].start) if c - 1 >= lo else None
            if head is not None and head[2] is not None and head[3] == "name":
                return NounPhrase(head[0], head[1], head[2], head[3])
            return None
        if toks[c].low in ("a", "an", "the") and (c == lo or toks[c - 1].kind == "p" and toks[c - 1].text != ","):
            # "A lawyer who represents Tom Reid said": the lawyer, whom the story does not name
            return NounPhrase(toks[c].start, toks[k - 2].end, None, "generic")
    return None


def object_of_prep(a: Analysis, m) -> bool:
    """The mention follows a preposition ("forwarded to Clinton"): an object, never a subject."""
    k = a.tok_index(m[0]) - 1
    while k > 0 and a.toks[k].low in _BEFORE_TITLE:
        k -= 1   # "the daughter of former Gov. Bill Ames": still the object of "of"
    return k >= 0 and a.toks[k].kind == "w" and a.toks[k].low in OBJECT_PREPS


#: Words between a preposition and the title of the person it takes: "of former Gov. Bill Ames".
_BEFORE_TITLE = frozenset("the former late then then-gov acting interim outgoing incoming".split())


def member_of_org(a: Analysis, j: int, lo: int, end: int) -> NounPhrase | None:
    """Who an organisation's name (from token j) belongs to as "X of/at/with/for the Org": the
    person named ("Chief Judy Wilson of the Neskonlith Indian Band said" is Judy Wilson), or
    someone the story does not name ("A spokesperson for the Department of Justice said":
    nobody in particular, a generic phrase ending at ``end``). None when no preposition links
    the name to a subject before it."""
    toks = a.toks
    k = j - 1
    if k >= lo and toks[k].low == "the":
        k -= 1
    if k - 1 < lo or toks[k].low not in ("of", "at", "with", "from", "for"):
        return None
    m = mention_ending(a, toks[k - 1].end, toks[lo].start)
    if m is not None and m[2] is not None and (m[3] == "name" or m[3] == "role" and appositive_of(a, m, lo)):
        return NounPhrase(m[0], m[1], m[2], m[3])
    if toks[k - 1].kind == "w" and toks[k - 1].text[:1].islower():
        # the whole phrase, with its article and modifiers: "The senator from Vermont", "a
        # senior spokesperson for the ministry"
        h = k - 1
        while h - 1 >= lo and k - 1 - h < 3 and toks[h - 1].kind == "w" \
                and toks[h - 1].text.islower() and not (h - 2 >= lo and (toks[h - 2].low in OBJECT_PREPS or toks[h - 2].low == "so")) \
                and toks[h - 1].low not in FUNCTION_WORDS and not a._is_cue(h - 1) and not toks[h - 1].adverb \
                and toks[h - 1].low not in TIME_WORDS and toks[h - 1].low not in MONTHS_DAYS \
                and toks[h - 1].low not in _NOT_MODIFIERS and toks[h - 1].low not in OWNED_WORDS \
                and toks[h - 1].low not in ("interview", "briefing", "conference"):   # "In a statement officials …"
            h -= 1   # not "Meanwhile", "Earlier this week", "Now", "Tuesday"
        if h - 1 >= lo and toks[h - 1].low in ("a", "an", "the", "one", "another"):
            h -= 1
        if h - 2 >= lo and toks[h - 1].text == ",":
            # "Michael Mulgrew, president of the United Federation of Teachers, …, said": the
            # person the phrase is set off after
            m = mention_ending(a, toks[h - 2].end, toks[lo].start)
            if m is not None and m[2] is not None and m[3] == "name":
                return NounPhrase(m[0], m[1], m[2], m[3])
        return NounPhrase(toks[h].start, end, None, "generic")
    return None


#: Words that open a sentence or clause before its subject, never a modifier of it.
_NOT_MODIFIERS = frozenset("""meanwhile earlier later now then since still also yet so instead however
    today tonight yesterday tomorrow this last next recently previously eventually privately publicly
    separately additionally""".split())
