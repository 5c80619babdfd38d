"""The noun phrases around a cue verb: who the subject of "said" is, read forwards from a word
(``np_at``: "said Marguerite Bellamy, …") as a person of the story, an organisation, someone's
office, or an unnamed voice; the backwards reading from the verb ("Sen. Ruiz (D-Ore.), who has
endorsed Reyes, said") is :func:`desk.extract.subject.np_before`.  :mod:`desk.extract.attribution`
and :mod:`desk.extract.leading` use them to attribute quotes; the rules are in
:mod:`desk.extract.quotes`'s docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk.extract.lexicon import (
    AFFILIATIONS,
    AUX,
    CUE_VERBS,
    FUNCTION_WORDS,
    GENERIC_PLURALS,
    MONTHS_DAYS,
    OBJECT_PREPS,
    OWNED_GROUPS,
    OWNED_WORDS,
    PARTICIPLES,
    PERSON_NOUNS,
    ROLE_HEADS,
    SUBJECT_PRONOUNS,
    UNNAMED_PEOPLE,
    people_plural,
    person_noun,
)
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.pairs import PAIR_NOUNS
from desk.extract.runs import strong_title

RELATIVES = ("who", "whose", "whom")

# Noun phrases around cue verbs


@dataclass
class NounPhrase:
    start: int
    end: int
    pid: int | None
    kind: str  # name | pron | role | generic | org
    name: str | None = None  # an organisation or unconfirmed name as written ("Fox News", "Gowdy’s office")


@dataclass
class Attribution:
    """Who a cue says spoke a quote: the phrase (offsets into the draft), the person or None,
    and its kind; what every attribution pass returns (``attribution``, ``leading``, ``late``)."""
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


def _the_titled(a: Analysis, j: int, k: int, limit: int) -> bool:
    """Token j opens the phrase with "the" right before a titled name ("the Rev. Samuel
    Oyelaran"), or with an article and a few adjectives before a titled or full name ("a defiant
    Mayor Ann Hale said", "said a tearful Joanne Pike"): the name is the phrase, not the article
    and what follows."""
    toks = a.toks
    if j != k or toks[j].low not in ("the", "a", "an"):
        return False
    n = j + 1
    while n < limit and n - j <= 3 and toks[n].kind == "w" and toks[n].text.islower() \
            and toks[n].low not in FUNCTION_WORDS and toks[n].low not in AUX and not a._is_cue(n):
        n += 1
    if n == j + 1 and toks[j].low == "the":
        # "the Fraser Institute’s Jake Wilson said": an organisation owning the name after it
        while n < limit and n - j <= 5 and toks[n].kind == "w" and toks[n].text[:1].isupper() \
                and not is_possessive(toks[n].text):
            n += 1
        if n < limit and n > j + 1 and is_possessive(toks[n].text) and toks[n].text[:1].isupper():
            n += 1
        else:
            n = j + 1
    m = a.mention_at.get(toks[n].start) if n < limit else None
    if m is None or m[3] != "name" or m[0] != toks[n].start:
        return False
    if toks[j].low == "the" and (n == j + 1 or is_possessive(toks[n - 1].text)):
        return True
    after = a.tok_index(m[1])
    # a title or a full name, which ends the phrase ("a Mayor Hale aide", "a Joanne Pike fan" are
    # the aide and the fan)
    return (strong_title(fold(toks[n].text).rstrip(".")) or " " in m[4].strip()) \
        and (after >= limit or toks[after].kind != "w" or a._is_cue(after))


def np_at(a: Analysis, k: int, limit: int) -> tuple[NounPhrase, int] | None:
    """A noun phrase starting at token k (forward); returns it and the index after it."""
    toks = a.toks
    if k >= limit or toks[k].kind != "w":
        return None
    t = toks[k]
    low = t.text.lower()
    if low in SUBJECT_PRONOUNS:
        if low == "they":
            both = a.they_pair(t.start)   # "A and B said …. “…,” they said": both, not B
            pid = None if both else a.they_antecedent(t.start)
            return NounPhrase(t.start, t.end, pid, "generic" if both else "pron", both), k + 1
        m = a.mention_at.get(t.start)
        return NounPhrase(t.start, t.end, m[2] if m else None, "pron"), k + 1
    if low == "the" and k + 1 < limit and toks[k + 1].low in PAIR_NOUNS and (both := a.they_pair(t.start)):
        return NounPhrase(t.start, toks[k + 1].end, None, "generic", both), k + 2   # "the pair said": both
    if t.text == "I":
        return NounPhrase(t.start, t.end, None, "pron"), k + 1   # '“…?” I asked him.': the writer
    for j in range(k, min(k + 8, limit)):
        m = a.mention_at.get(toks[j].start)
        if m is not None:
            after = a.tok_index(m[1])
            if after <= limit:
                owned = _owned_by(a, j, after, limit)
                if owned is not None:
                    return owned
                if m[3] == "name" and after < limit and a.group_after(after) and toks[after].text.islower():
                    # "Hale aides said", "Surrey staff explained": the group, not the person
                    return NounPhrase(t.start if j > k else m[0], toks[after].end, None, "generic"), after + 1
                return NounPhrase(t.start if j > k else m[0], m[1], m[2], m[3]), after
        # a capitalised word inside a name is no verb or function word: "Prairie First chief executive"
        inside = j > k and toks[j].text[:1].isupper() and toks[j - 1].text[:1].isupper()
        if toks[j].kind != "w" or (j + 1 < limit and not a._adjacent(toks[j], toks[j + 1]) and not (a.ampersand_before(j + 1) and toks[j + 1].text[:1].isupper())) or not inside and (
                toks[j].low in CUE_VERBS or toks[j].low in AUX or
                (toks[j].low in FUNCTION_WORDS and not _the_titled(a, j, k, limit) and not _org_joint(a, j, k, limit)
                 and not _two_roles(a, j, k, limit))):
            break   # "the" may open a titled name: "said the Rev. Samuel Oyelaran"
        if j - k >= 4 and not _org_joint(a, j, k, limit) and not a._is_name_tok(toks[j]):
            break
    # An unconfirmed capitalised name or an organisation ("Fox News", "CNN"), or a generic phrase
    # ("a spokeswoman for the ministry", "officials").
    opener = a._org_opener(k)   # "American Airlines", "Canadian Tire"
    if (a._is_name_tok(t) or is_acronym(t) or opener) and low not in GENERIC_PLURALS:
        j = k + 1
        while j < limit and (a._is_name_tok(toks[j]) or is_acronym(toks[j]) or _org_joint(a, j, k, limit)) \
                and (a._adjacent(toks[j - 1], toks[j]) or a.ampersand_before(j)):
            j += 1   # "Ontario's Ministry *of* Health", "the Conseil du patronat du Québec", "Hadley & Ross"
        if j == k + 1 and strong_title(fold(t.text).rstrip(".")):
            return NounPhrase(t.start, t.end, None, "generic"), j   # '“…,” Premier said': a title, no one named
        if is_possessive(toks[j - 1].text) and j < limit and toks[j].kind == "w" and toks[j].text.islower():
            # "said Toronto’s mayor, Olivia Chow-Lam": the place's officer, not the place
            e = j
            while e < limit and e - j < 4 and toks[e].kind == "w" and toks[e].text.islower() \
                    and toks[e].low not in FUNCTION_WORDS and not a._is_cue(e):
                e += 1
            if e > j:
                return NounPhrase(t.start, toks[e - 1].end, None, "generic"), e
        return NounPhrase(t.start, toks[j - 1].end, None, "org", org_name(a.text[t.start:toks[j - 1].end])), j
    if t.text.islower() and low not in FUNCTION_WORDS and low not in OBJECT_PREPS and low not in ("without", "within") \
            and not a._is_cue(k):
        # "“…,” prosecutors said", "federal prosecutors said", "family members said": people the
        # story does not name, in the plural
        e = k
        while e < limit and e - k < 3 and toks[e].kind == "w" and toks[e].text.islower() \
                and toks[e].low not in FUNCTION_WORDS and not a._is_cue(e) and toks[e].low not in AUX:
            e += 1
        if e > k and e < limit and a._is_cue(e) and toks[e].low not in PARTICIPLES and people_plural(toks[e - 1].low):
            return NounPhrase(t.start, toks[e - 1].end, None, "generic"), e
    if low in ("a", "an", "the", "one", "some", "another", "two", "three", "several", "many", "their") \
            or low in GENERIC_PLURALS:   # ("their mother said": the twins' mother, read as kin)
        j = k + 1
        while j < limit and j - k < 7 and (toks[j].kind == "w" or _adjective_comma(a, j, k, limit)) and not a._is_cue(j) \
                and toks[j].low not in AUX and toks[j].low not in ("who", "that", "which", "whose"):
            j += 1
        return NounPhrase(t.start, toks[j - 1].end, None, "generic"), j
    return None


def _adjective_comma(a: Analysis, j: int, k: int, limit: int) -> bool:
    """Token j is the comma between two adjectives right after the article at k: "the lanky,
    bespectacled professor said" (not "the man, visibly upset," nor "the mayor, a lawyer,")."""
    toks = a.toks
    if toks[j].text != "," or j != k + 2 or j + 2 >= limit or toks[k].low not in ("the", "a", "an"):
        return False
    before, after = toks[j - 1], toks[j + 1]
    return before.text.islower() and (before.low.endswith(ADJECTIVE_ENDINGS) or "-" in before.low) \
        and after.kind == "w" and after.text.islower() and not after.adverb and after.low not in FUNCTION_WORDS \
        and after.low not in ("who", "whose", "which", "that") and before.low not in ROLE_HEADS \
        and before.low not in UNNAMED_PEOPLE and before.low not in PERSON_NOUNS and toks[j + 2].kind == "w" \
        and _person_noun(toks[j + 2].low) and (j + 3 >= len(toks) or toks[j + 3].kind != "w" or a._is_cue(j + 3))


def _person_noun(low: str) -> bool:
    """A noun for someone, as far as a comma-listed description needs it: "professor",
    "diplomat", "rookie" (not "in", "mounting")."""
    return person_noun(low) or low in UNNAMED_PEOPLE or low.endswith(("er", "or", "ist", "ian", "at"))


#: Endings of adjectives that stand first in a list before a noun ("the lanky, bespectacled").
ADJECTIVE_ENDINGS = ("y", "ed", "ing", "ful", "ous", "ive", "al", "ic", "ish", "less", "ent", "ant", "ble", "old")


def _two_roles(a: Analysis, j: int, k: int, limit: int) -> bool:
    """Token j is the "and" between two roles before a name: "Rogers president and CEO Tony
    Staffieri", "co-founder and chief executive Ann Reid"."""
    toks = a.toks
    return toks[j].low == "and" and k < j and j + 1 < limit and toks[j - 1].low in ROLE_HEADS \
        and (fold(toks[j + 1].text).rstrip(".") in ROLE_HEADS or strong_title(fold(toks[j + 1].text).rstrip(".")))


def _org_joint(a: Analysis, j: int, k: int, limit: int) -> bool:
    """Token j joins the capitalised words of one organisation's name: "Bank *of* Canada
    Governor Tiff Macklem", "University *of* Toronto professor", "Department *of* Health *and*
    Human Services Secretary" — "of", "and", "for" or "the" between capitalised words."""
    toks = a.toks
    if toks[j].low == "in" and j + 1 < limit and toks[j + 1].low == "charge" and toks[j - 1].text[:1].isupper():
        return True   # "Special Agent *in* Charge Ana Ruiz": one title
    if toks[j].low not in ("of", "and", "for", "the") or j == k or j + 1 >= limit:
        return False
    nxt = j + 2 if toks[j + 1].low == "the" and j + 2 < limit else j + 1
    if toks[j].low == "the" and j - 1 > k and toks[j - 1].low in ("of", "and", "for"):
        j -= 1   # the "the" of "University of the Fraser Valley": joined with the word before it
    return toks[j].text.islower() and toks[j - 1].text[:1].isupper() and toks[nxt].text[:1].isupper() \
        and toks[j - 1].low not in SUBJECT_PRONOUNS and toks[j - 1].low not in MONTHS_DAYS


def is_acronym(t) -> bool:
    """An organisation written in capitals before a cue: "CNN reported", "MWW said"."""
    return t.kind == "w" and 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper()


def org_name(text: str) -> str:
    """An organisation's name as a speaker: without a leading "the" or a possessive ending."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"['’]s$", "", text)


def _owned_by(a: Analysis, j: int, after: int, limit: int) -> tuple[NounPhrase, int] | None:
    """A person named just after a role ("Trump spokesperson Ron Lieberman"), or what a possessive
    names ("Gowdy’s office"): the speaker instead of the first name. None when neither applies."""
    toks = a.toks
    if after < limit and is_possessive(toks[after - 1].text) and a._adjacent(toks[after - 1], toks[after]):
        m1 = a.mention_at.get(toks[after].start)
        if m1 is not None and m1[3] == "name" and m1[2] is not None and a.tok_index(m1[1]) <= limit:
            # "Vancouver’s Bo Horvat said": the person the possessive places, not the place
            return NounPhrase(m1[0], m1[1], m1[2], m1[3]), a.tok_index(m1[1])
    owns = is_possessive(toks[after - 1].text) or (after - 1 == j and toks[j].low in ("his", "her", "their"))
    if owns and after + 1 < limit and toks[after].low in AFFILIATIONS and toks[after].text[:1].isupper() \
            and toks[after + 1].text[:1].islower() and toks[after + 1].kind == "w":
        # "Her Liberal colleague, Doug Pruitt, said": the party word opens the description
        end = after + 1
        while end < limit and end - after < 4 and toks[end].kind == "w" and toks[end].text[:1].islower() \
                and not a._is_cue(end) and toks[end].low not in AUX and toks[end].low not in FUNCTION_WORDS:
            end += 1
        got = possessed(a, a.mention_at.get(toks[j].start), after - 1, end) if end > after + 1 else None
        if got is not None:
            return got, end
    if after < limit and toks[after].kind == "w" and toks[after].text[:1].islower() \
            and a._adjacent(toks[after - 1], toks[after]):
        m2 = a.mention_at.get(toks[after].start)
        if m2 is not None and m2[3] == "name" and a.tok_index(m2[1]) <= limit:
            return NounPhrase(m2[0], m2[1], m2[2], m2[3]), a.tok_index(m2[1])
        # "Clinton ally James Carville", "Trump campaign manager Corey Lewandowski": a person
        # named after the owner and a few lower-case words of role.
        e = after
        while e < limit and e - after < 3 and toks[e].kind == "w" and toks[e].text[:1].islower() \
                and a._adjacent(toks[e - 1], toks[e]) and not a._is_cue(e) and toks[e].low not in AUX \
                and toks[e].low not in FUNCTION_WORDS:
            e += 1
        m3 = a.mention_at.get(toks[e].start) if e < limit and e > after and a._adjacent(toks[e - 1], toks[e]) else None
        if m3 is not None and m3[3] == "name" and a.tok_index(m3[1]) <= limit:
            return NounPhrase(m3[0], m3[1], m3[2], m3[3]), a.tok_index(m3[1])
        # "her statement said": hers; "his daughter said": someone else, not him
        pronoun = after - 1 == j and toks[j].low in ("his", "her", "their")
        if is_possessive(toks[after - 1].text) or pronoun:
            end = after
            while end < limit and end - after < 3 and toks[end].kind == "w" and toks[end].text[:1].islower() \
                    and not a._is_cue(end) and toks[end].low not in AUX and toks[end].low not in FUNCTION_WORDS:
                end += 1
            if end > after:
                got = possessed(a, a.mention_at.get(toks[j].start), after - 1, end)
                if got is not None:
                    return got, end
    return None


def possessed(a: Analysis, owner, poss: int, end: int) -> NounPhrase | None:
    """The subject "OWNER’s HEAD" (tokens poss..end-1): the owner for a statement, tweet or letter;
    the phrase itself for an office or campaign; nobody for an unnamed spokesman or aide."""
    toks = a.toks
    head = toks[end - 1].low
    j = poss
    while owner is None and j - 1 >= 0 and a._is_name_tok(toks[j - 1]) and a._adjacent(toks[j - 1], toks[j]):
        j -= 1   # "Nova Scotia’s health minister": the whole name that owns the head
    start = owner[0] if owner is not None else toks[j].start
    if head in OWNED_WORDS:
        return NounPhrase(start, toks[end - 1].end, owner[2] if owner else None, owner[3] if owner else "generic")
    if head in OWNED_GROUPS:
        return NounPhrase(start, toks[end - 1].end, None, "org", a.text[start:toks[end - 1].end])
    return NounPhrase(start, toks[end - 1].end, None, "generic")


def mention_ending(a: Analysis, end: int, lo: int):
    best = None
    for m in reversed(a.mentions):
        if m[1] == end or (m[1] == end - 2 and a.text[m[1]:end] in ("'s", "’s")):
            best = m
            break
        if m[1] < end - 200:
            break
    if best is None:
        # role mentions that did not resolve are in mention_at only
        for _s, m in a.mention_at.items():
            if m[1] == end and m[0] >= lo:
                return m
    return best if best is None or best[0] >= lo else None
