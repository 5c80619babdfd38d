"""The noun phrases around a cue verb: who the subject of "said" is, read backwards from the verb
(``np_before``: "Sen. Ruiz (D-Ore.), who has endorsed Reyes, said") or forwards from it
(``np_at``: "said Marguerite Bellamy, …"), as a person of the story, an organisation, someone's
office, or an unnamed voice.  :mod:`desk.extract.attribution` and :mod:`desk.extract.leading` use them to attribute quotes;
the rules are in :mod:`desk.extract.quotes`'s docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk.extract.lexicon import (
    AFFILIATIONS,
    AUX,
    CATENATIVES,
    CUE_VERBS,
    FUNCTION_WORDS,
    GENERIC_PLURALS,
    LOC_PREPS,
    MONTHS_DAYS,
    NAMING_VERBS,
    OBJECT_PREPS,
    ORG_WORDS,
    OWNED_GROUPS,
    OWNED_WORDS,
    PAGE_WORDS,
    PLACE_PREPS,
    ROLE_HEADS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.people import ORDINALS, strong_title

RELATIVES = ("who", "whose", "whom")

# Noun phrases around cue verbs


@dataclass
class NounPhrase:
    start: int
    end: int
    pid: int | None
    kind: str  # name | pron | role | generic | org
    name: str | None = None  # an organisation or unconfirmed name as written ("Fox News", "Gowdy’s office")


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
    m = a.mention_at.get(toks[n].start) if n < limit else None
    if m is None or m[3] != "name" or m[0] != toks[n].start:
        return False
    if n == j + 1 and toks[j].low == "the":
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
            return NounPhrase(t.start, t.end, a.they_antecedent(t.start), "pron"), k + 1
        m = a.mention_at.get(t.start)
        return NounPhrase(t.start, t.end, m[2] if m else None, "pron"), k + 1
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
        if toks[j].kind != "w" or (j + 1 < limit and not a._adjacent(toks[j], toks[j + 1])) or not inside and (
                toks[j].low in CUE_VERBS or toks[j].low in AUX or
                (toks[j].low in FUNCTION_WORDS and not _the_titled(a, j, k, limit) and not _org_joint(a, j, k, limit))):
            break   # "the" may open a titled name: "said the Rev. Samuel Oyelaran"
        if j - k >= 4 and not _org_joint(a, j, k, limit) and not a._is_name_tok(toks[j]):
            break
    # An unconfirmed capitalised name or an organisation ("Fox News", "CNN"), or a generic phrase
    # ("a spokeswoman for the ministry", "officials").
    if (a._is_name_tok(t) or is_acronym(t)) and low not in GENERIC_PLURALS:
        j = k
        while j < limit and (a._is_name_tok(toks[j]) or is_acronym(toks[j])) and (j == k or a._adjacent(toks[j - 1], toks[j])):
            j += 1
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
        return NounPhrase(t.start, toks[j - 1].end, None, "org", _org_name(a.text[t.start:toks[j - 1].end])), j
    if low in ("a", "an", "the", "one", "some", "another", "two", "three", "several", "many") or low in GENERIC_PLURALS:
        j = k + 1
        while j < limit and j - k < 7 and toks[j].kind == "w" and not a._is_cue(j) and toks[j].low not in AUX \
                and toks[j].low not in ("who", "that", "which", "whose"):
            j += 1
        return NounPhrase(t.start, toks[j - 1].end, None, "generic"), j
    return None


def _org_joint(a: Analysis, j: int, k: int, limit: int) -> bool:
    """Token j joins the capitalised words of one organisation's name: "Bank *of* Canada
    Governor Tiff Macklem", "University *of* Toronto professor", "Department *of* Health *and*
    Human Services Secretary" — "of", "and", "for" or "the" between capitalised words."""
    toks = a.toks
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


def _org_name(text: str) -> str:
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
        got = _possessed(a, a.mention_at.get(toks[j].start), after - 1, end) if end > after + 1 else None
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
                got = _possessed(a, a.mention_at.get(toks[j].start), after - 1, end)
                if got is not None:
                    return got, end
    return None


def _possessed(a: Analysis, owner, poss: int, end: int) -> NounPhrase | None:
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


def np_before(a: Analysis, k: int, lo: int) -> NounPhrase | None:
    """The subject noun phrase ending just before token k (the cue verb), searching back to lo."""
    toks = a.toks
    b = k - 1
    while b >= lo and toks[b].kind == "w" and (toks[b].low in AUX or toks[b].adverb
                                                and toks[b].low not in ("only",)) \
            and not (toks[b].text[:1].isupper() and (b > lo and a._is_name_tok(toks[b]) or toks[b].start in a.mention_at)):
        b -= 1   # "has also", "quickly" — not "Elizabeth May", "Megyn Kelly"
    if b - 1 >= lo and toks[b].low == "to" and toks[b - 1].kind == "w":
        # "officials started to portray", "Trump went on to call": the subject of the first verb
        c = b - 2 if toks[b - 1].low == "on" and b - 2 >= lo and toks[b - 2].low in CATENATIVES else b - 1
        if toks[c].low in CATENATIVES:
            b = c - 1
            while b >= lo and toks[b].kind == "w" and (toks[b].low in AUX or toks[b].adverb):
                b -= 1
    # A time between subject and verb: "Beck on Wednesday called", "Trump last week said".
    c = b
    while c >= lo and c > b - 3 and toks[c].kind == "w" and (toks[c].low in TIME_WORDS or toks[c].text.isdigit()):
        c -= 1
    if c < b and c >= lo and toks[c].kind == "w" and toks[c].low in ("on", "in", "at", "last", "this", "earlier", "later"):
        b = c - 1
        while b >= lo and toks[b].kind == "w" and toks[b].low in ("earlier", "later", "also", "just"):
            b -= 1   # "Rempel earlier this week called"
    tries = 0
    while b >= lo and tries < 3:
        t = toks[b]
        if t.text == ")":
            # "Sen. Ada Ruiz (D-Ore.) said": the parenthesis describes the subject before it.
            c = b - 1
            while c >= lo and b - c < 10 and toks[c].text != "(":
                c -= 1
            if c < lo or toks[c].text != "(":
                return None
            b = c - 1
            continue
        if t.kind == "w":
            low = t.text.lower()
            if low in ("and", "but", "or", "nor", "yet"):
                return None  # "X agreed … but said": the subject is the sentence's first person
            if low in ("herself", "himself", "themselves") and b - 1 >= lo:
                b -= 1
                continue
            if low == "who" and b - 2 >= lo and toks[b - 1].text == ",":
                # "… answered Governor Reyes, who had said “…”": the person the clause is about.
                m = mention_ending(a, toks[b - 2].end, toks[lo].start)
                if m is not None and m[2] is not None:
                    return NounPhrase(m[0], m[1], m[2], m[3])
                return None
            if low in SUBJECT_PRONOUNS:
                if low == "they":
                    return NounPhrase(t.start, t.end, a.they_antecedent(t.start), "pron")
                m = a.mention_at.get(t.start)
                return NounPhrase(t.start, t.end, m[2] if m else None, "pron")
            m = mention_ending(a, t.end, toks[lo].start)
            if m is not None and not is_possessive(t.text):
                p = a.tok_index(m[0]) - 1
                if p >= lo and toks[p].kind == "w" and toks[p].low in PLACE_PREPS:
                    return None   # "responded on Facebook writing, “…”": where, not who
                if p - 1 >= lo and toks[p].low == "and" and m[2] is not None and m[3] == "name" \
                        and toks[k].low not in NAMING_VERBS:   # "Obama and Clinton call them “…”" attributes
                    other = mention_ending(a, toks[p - 1].end, toks[lo].start)
                    if other is not None and other[2] is not None and other[2] != m[2] and other[3] == "name":
                        # "Premier Wade Kirkland and Mayor Anita Bose said": both, so neither alone
                        return NounPhrase(other[0], m[1], None, "generic")
                return _served(a, m, lo, t.end) or NounPhrase(m[0], m[1], m[2], m[3])
            if is_possessive(t.text):
                return None
            if t.text[:1].isupper() and low in GENERIC_PLURALS and (b == lo or not a._is_name_tok(toks[b - 1])):
                return NounPhrase(t.start, t.end, None, "generic")   # "Sources told", "Officials said"
            page_word = t.text[:1].isupper() and low in PAGE_WORDS and b - 1 >= lo and a._is_name_tok(toks[b - 1])
            if a._is_name_tok(t) or is_acronym(t) or page_word:   # "Harbour Watch said"
                j = _name_start(a, b, lo)
                one_word_or_org = j == b or any(toks[x].low in ORG_WORDS for x in range(j, b + 1))
                if one_word_or_org and j - 2 >= lo and toks[j - 1].low in AFFILIATIONS \
                        and toks[j - 1].text[:1].isupper() and toks[j - 2].low == "the":
                    j -= 1   # "The Canadian Press reported": the nationality is part of the name
                while j - 2 >= lo and toks[j - 1].low in ("of", "for", "du", "de", "des") and a._is_name_tok(toks[j - 2]) \
                        and a._adjacent(toks[j - 2], toks[j - 1]):   # "Sûreté du Québec", "Bank of Canada"
                    person = mention_ending(a, toks[j - 2].end, toks[lo].start)
                    if person is not None and person[2] is not None and person[3] == "name" and toks[j - 1].low == "of":
                        # "Sen. Richard Shelby of Alabama said": a person, with where they are from
                        return NounPhrase(person[0], person[1], person[2], person[3])
                    j -= 2   # "Department of Justice", "Bank of Canada": one name
                    while j - 1 >= lo and a._is_name_tok(toks[j - 1]) and a._adjacent(toks[j - 1], toks[j]):
                        j -= 1
                j = _joined_by_and(a, j, lo)
                titled = _titled_appositive(a, j, lo)
                if titled is not None:
                    return titled
                member = _member_of_org(a, j, lo, t.end)
                if member is not None:
                    return member
                if j - 1 >= lo and toks[j - 1].kind == "w" and (toks[j - 1].low in LOC_PREPS or toks[j - 1].low in OBJECT_PREPS):
                    return None  # "… a town hall in Columbus, Ohio, said", "… on Facebook writing": not the subject
                return NounPhrase(toks[j].start, t.end, None, "org", _org_name(a.text[toks[j].start:t.end]))
            if t.text[:1].islower() and low not in CUE_VERBS:
                # "Gowdy’s office said", "Clinton’s spokesman said": the owner is not the speaker.
                h = b
                while h - 1 >= lo and b - h < 3 and toks[h - 1].kind == "w" and toks[h - 1].text[:1].islower() \
                        and toks[h - 1].low not in FUNCTION_WORDS and toks[h - 1].low not in ("a", "an", "the"):
                    h -= 1
                if h - 2 >= lo and toks[h - 1].low in AFFILIATIONS and toks[h - 1].text[:1].isupper() and (
                        is_possessive(toks[h - 2].text) or toks[h - 2].low in ("his", "her", "their")):
                    h -= 1   # "Her Liberal colleague said": the party word is part of the description
                if h - 1 >= lo and toks[h - 1].kind == "w" and is_possessive(toks[h - 1].text):
                    owner = mention_ending(a, toks[h - 1].end, toks[lo].start)
                    got = _possessed(a, owner, h - 1, b + 1)
                    if got is not None:
                        return got
                if h == b and low in OWNED_WORDS and h - 1 >= lo and a._adjacent(toks[h - 1], toks[h]) \
                        and (a._is_name_tok(toks[h - 1]) or is_acronym(toks[h - 1])):
                    # "The RCMP statement said", "A Suncor Energy release said": the one who issued it
                    j = _name_start(a, h - 1, lo)
                    owner = mention_ending(a, toks[h - 1].end, toks[lo].start)
                    if owner is not None and owner[2] is not None and owner[3] == "name":
                        return NounPhrase(owner[0], owner[1], owner[2], owner[3])
                    return NounPhrase(toks[j].start, toks[h - 1].end, None, "org",
                                      _org_name(a.text[toks[j].start:toks[h - 1].end]))
                if h - 1 >= lo and h <= b and toks[h - 1].low in ("his", "her", "their", "its"):
                    # "Her campaign blasted …" is the campaign; "his statement said" is him.
                    owner = a.mention_at.get(toks[h - 1].start)
                    return _possessed(a, owner if owner and owner[2] is not None else None, h - 1, b + 1)
                # a generic subject: "officials", "some analysts", "a spokeswoman for the ministry"
                j = b
                skipped = False
                while j - 1 >= lo and b - j < 6 and toks[j - 1].kind == "w" and toks[j - 1].low not in (
                        "that", "and", "but", "which", "who", "or", "when", "while", "as", "if", "because",
                        "before", "after", "until", "since", "though", "although", "where"):
                    j -= 1
                    if toks[j].low in ("a", "an", "the", "some", "one", "another", "two", "three", "several", "many"):
                        if j - 1 >= lo and toks[j - 1].kind == "w" and toks[j - 1].low in ("in", "at", "on", "over", "for") \
                                and tries < 2:
                            # "Marsh, who has in the past described …": a phrase of time or place
                            # between subject and verb, not the subject; look on before it.
                            b = j - 2
                            while b >= lo and toks[b].kind == "w" and toks[b].low in AUX:
                                b -= 1
                            tries += 1
                            skipped = True
                            break
                        return NounPhrase(toks[j].start, t.end, None, "generic")
                if skipped:
                    continue
                if low.endswith("s") and low not in ("was", "is", "has", "this", "its", "his", "us"):
                    return NounPhrase(t.start, t.end, None, "generic")
                return None
            return None
        if t.text == "," and tries < 2:
            # "Okafor, asked last week whether …, said" / "A spokesperson for X, Noor Hassan, said";
            # a relative clause is passed over whole: "Ruiz, who has endorsed Clinton, said" is Ruiz.
            c = b - 1
            while c >= lo and toks[c].text != "," and toks[c].kind != "q" and b - c < 30:
                c -= 1
            relative = c >= lo and toks[c].text == "," and toks[c + 1].low in RELATIVES
            e = b - 1
            if e >= lo and toks[e].text == ")":   # "Gov. John Kasich (R-OH), said"
                o = e - 1
                while o > lo and e - o < 10 and toks[o].text != "(":
                    o -= 1
                e = o - 1 if toks[o].text == "(" else e
            m = mention_ending(a, toks[e].end, toks[lo].start) if e >= lo and not relative else None
            if m is not None and _object_of_prep(a, m):
                m = None   # "The message, sent to Mills and forwarded to Clinton, called": not Clinton
            p = a.tok_index(m[0]) - 1 if m is not None else -1
            if p - 1 > lo and toks[p].text.islower() and toks[p].low.endswith("ing") and toks[p - 1].text == ",":
                b = p - 2   # "Ann Reid, echoing Tom Hale, called": an aside; the subject is before it
                tries += 1
                continue
            if m is not None and m[3] in ("name",) and a.persons[m[2]] is not None:
                return NounPhrase(m[0], m[1], m[2], m[3])
            org = _org_appositive(a, c, b, lo) if m is None and not relative else None
            if org is not None:
                return org   # "The union representing the workers, CUPE Local 79, said"
            if c < lo or toks[c].text != ",":
                return None
            b = c - 1
            tries += 1
            continue
        return None
    return None


def _name_start(a: Analysis, j: int, lo: int) -> int:
    """The first token of the capitalised name ending at token j, back to lo: name words,
    acronyms, and an ordinal inside a name ("the Cowessess First Nation", "Assembly of First
    Nations")."""
    toks = a.toks
    while j - 1 >= lo and (a._is_name_tok(toks[j - 1]) or is_acronym(toks[j - 1])
                           or (toks[j - 1].low in ORDINALS and toks[j - 1].text[:1].isupper())) \
            and a._adjacent(toks[j - 1], toks[j]):
        j -= 1
    return j


def _titled_appositive(a: Analysis, j: int, lo: int) -> NounPhrase | None:
    """The person before a capitalised title set off by commas: "Navdeep Bains, Minister of
    Innovation, Science and Economic Development, said" is Bains, not the ministry's name."""
    toks = a.toks
    if j - 2 < lo or toks[j - 1].text != "," or not (toks[j].kind == "w" and strong_title(fold(toks[j].text))):
        return None
    m = mention_ending(a, toks[j - 2].end, toks[lo].start)
    if m is None or m[2] is None or m[3] != "name":
        return None
    return NounPhrase(m[0], m[1], m[2], m[3])


def _org_appositive(a: Analysis, c: int, b: int, lo: int) -> NounPhrase | None:
    """An organisation's name set off by commas after a common noun, tokens c+1 .. b-1 between
    the commas at c and b ("the workers, CUPE Local 79, said"; "nurses, the BCNU, said"); None for anything else ("Springfield,
    Ohio, said" follows a name, not a common noun)."""
    toks = a.toks
    if c < lo + 1 or toks[c].text != "," or not 1 <= b - c - 1 <= 5:
        return None
    if not (toks[c - 1].kind == "w" and toks[c - 1].text[:1].islower()):
        return None
    seg = toks[c + 1:b]
    if len(seg) > 1 and seg[0].low == "the":
        seg = seg[1:]   # "The union representing B.C. nurses, the BCNU, said"
    if not all(t.kind == "w" and (t.text[:1].isupper() or t.text.isdigit()) for t in seg):
        return None
    if not any(is_acronym(t) or t.low in ORG_WORDS for t in seg):
        return None
    start, end = seg[0].start, seg[-1].end
    return NounPhrase(start, end, None, "org", _org_name(a.text[start:end]))


def _joined_by_and(a: Analysis, j: int, lo: int) -> int:
    """Where an organisation's name starts when "and" joins two capitalised runs after "for",
    "of", "at", "with" or "from", or at the sentence's start: "a spokesperson for Environment
    and Climate Change Canada" is one name (not "Climate Change Canada"), as is "Fisheries and
    Oceans Canada" opening the sentence; people the story names ("Trump and Cruz said") are
    mentions and never reach here."""
    toks = a.toks
    i = j
    while i - 2 >= lo and toks[i - 1].low in ("and", "&") and a._is_name_tok(toks[i - 2]):
        i -= 2
        while i - 1 >= lo and a._is_name_tok(toks[i - 1]) and a._adjacent(toks[i - 1], toks[i]):
            i -= 1
    k = i - 1
    if k >= lo and toks[k].low == "the":
        k -= 1
    opens = k < lo or toks[k].low in ("of", "at", "with", "from", "for")   # or the sentence
    return i if i < j and opens else j


#: Words between an unnamed role and the person it serves: "a lawyer for X", "a lawyer
#: representing X", "an adviser to X".
_SERVING = frozenset("for to of with representing advising defending".split())


def _served(a: Analysis, m, lo: int, end: int) -> NounPhrase | None:
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
    elif not toks[h].text[:1].islower() or not (toks[h].low in ROLE_HEADS or toks[h].low.removesuffix("s") in ROLE_HEADS):
        return None   # "footage of Hillary Clinton saying": she speaks
    while h - 1 >= lo and k - h < 4 and toks[h - 1].kind == "w" and toks[h - 1].low not in FUNCTION_WORDS \
            and toks[h - 1].text[:1].islower():
        h -= 1
    if h - 1 >= lo and toks[h - 1].low in ("a", "an", "the"):
        h -= 1
    return NounPhrase(toks[h].start, end, None, "generic")


def _object_of_prep(a: Analysis, m) -> bool:
    """The mention follows a preposition ("forwarded to Clinton"): an object, never a subject."""
    k = a.tok_index(m[0]) - 1
    return k >= 0 and a.toks[k].kind == "w" and a.toks[k].low in OBJECT_PREPS


def _member_of_org(a: Analysis, j: int, lo: int, end: int) -> NounPhrase | None:
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
    if m is not None and m[2] is not None and (m[3] == "name" or m[3] == "role" and _appositive_of(a, m, lo)):
        return NounPhrase(m[0], m[1], m[2], m[3])
    if toks[k - 1].kind == "w" and toks[k - 1].text[:1].islower():
        return NounPhrase(toks[k - 1].start, end, None, "generic")
    return None


def _appositive_of(a: Analysis, m, lo: int) -> bool:
    """The role mention ``m`` is set off after the name of its own person: "Donald Tusk, the
    president of the European Council, …" (not "The mayor of Springfield", whoever the mayor
    named earlier was)."""
    toks = a.toks
    k = a.tok_index(m[0]) - 1
    if k >= lo and toks[k].low in ("the", "a", "an"):
        k -= 1
    if k - 1 < lo or toks[k].text != ",":
        return False
    named = mention_ending(a, toks[k - 1].end, toks[lo].start)
    return named is not None and named[2] == m[2] and named[3] == "name"


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
