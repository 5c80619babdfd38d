"""The subject before a cue (pass 5 of quote finding): who "said" has as its subject.

``np_before`` reads back from a cue verb to the noun phrase that is its subject, past adverbs,
times ("Beck on Wednesday called"), catenatives ("went on to call"), parentheses ("Sen. Ada Ruiz
(D-Ore.) said"), appositives and relative clauses ("Ruiz, who has endorsed Clinton, said"), and
decides what the phrase is: a person named, someone a person owns or employs ("Gowdy’s office",
"a lawyer representing X": nobody named), an organisation ("Harbour Watch said"), or a generic
phrase ("Officials said").  The forward reading of a phrase is :func:`desk.extract.phrases.np_at`;
whom a subject serves or belongs to ("a lawyer for X", "Chief Judy Wilson of the Band") is read
in :mod:`desk.extract.served`.
"""

from __future__ import annotations

import re

from desk.extract.appositives import org_appositive, state_segment, titled_appositive, whose_owner
from desk.extract.lexicon import (
    AFFILIATIONS,
    AUX,
    CATENATIVES,
    CUE_VERBS,
    FUNCTION_WORDS,
    GENERIC_PLURALS,
    LOC_PREPS,
    NAMING_VERBS,
    OBJECT_PREPS,
    ORG_WORDS,
    OWNED_WORDS,
    PAGE_WORDS,
    PLACE_PREPS,
    ROLE_HEADS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    person_noun,
)
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.parties import PARTY_CODE, PARTY_OF
from desk.extract.phrases import (
    RELATIVES,
    NounPhrase,
    is_acronym,
    mention_ending,
    org_name,
    possessed,
)
from desk.extract.runs import ORDINALS
from desk.extract.served import clause_object, member_of_org, object_of_prep, served

#: Possessive pronouns: where a subject's noun phrase starts ("her daughter said").
_OWNERS = frozenset("his her their its my our your".split())


def np_before(a: Analysis, k: int, lo: int) -> NounPhrase | None:
    """The subject noun phrase ending just before token k (the cue verb), searching back to lo."""
    toks = a.toks
    b = k - 1
    if b - 1 >= lo and a.heard_at(b):
        b -= 2   # "Daniel Frost can be heard saying", "an officer is heard shouting"
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
            if b - 2 >= lo and toks[b - 1].text == "," and PARTY_CODE.fullmatch(t.text):
                b -= 2   # "Sen. Tom Kessler, R-Texas, who leads …, said": the name before the code
                continue
            if low in ("and", "but", "or", "nor", "yet"):
                return None  # "X agreed … but said": the subject is the sentence's first person
            if low in ("herself", "himself", "themselves") and b - 1 >= lo:
                b -= 1
                continue
            if low == "who" and b - 2 >= lo and toks[b - 1].text == ",":
                # "… answered Governor Reyes, who had said “…”": the person the clause is about.
                m = mention_ending(a, toks[b - 2].end, toks[lo].start)
                if m is None and k + 1 < len(toks) and toks[k + 1].text in (",", ":"):
                    m = _tied_before(a, toks[b - 1].start, toks[lo].start)   # "…, who had asked, “…”"
                if m is not None and m[2] is not None:
                    return NounPhrase(m[0], m[1], m[2], m[3])
                head = toks[b - 2]
                if head.kind == "w" and head.text.islower() and (person_noun(head.low) or head.low in ROLE_HEADS):
                    # "a letter … by a Hollin Ridge resident, who wrote: “…”": the resident, unnamed
                    d = b - 3
                    while d >= lo and b - 2 - d <= 3 and toks[d].kind == "w" and toks[d].low not in _COUNTED \
                            and toks[d].low not in FUNCTION_WORDS:
                        d -= 1
                    if d >= lo and toks[d].low in _COUNTED:
                        return NounPhrase(toks[d].start, head.end, None, "generic")
                return None
            if low in SUBJECT_PRONOUNS:
                if low == "they":
                    both = a.they_pair(t.start)
                    pid = None if both else a.they_antecedent(t.start)
                    return NounPhrase(t.start, t.end, pid, "generic" if both else "pron", both)
                m = a.mention_at.get(t.start)
                return NounPhrase(t.start, t.end, m[2] if m else None, "pron")
            m = mention_ending(a, t.end, toks[lo].start)
            if m is not None and not is_possessive(t.text):
                p = a.tok_index(m[0]) - 1
                if p >= lo and toks[p].kind == "w" and toks[p].low in PLACE_PREPS:
                    return None   # "responded on Facebook writing, “…”": where, not who
                if p - 1 >= lo and toks[p].low == "and" and m[2] is not None and m[3] == "name" \
                        and toks[k].low not in NAMING_VERBS:   # "Obama and Clinton call them “…”" attributes
                    joint = _joint_subject(a, m, p, lo)
                    if joint is not None:
                        return joint
                if (owner := whose_owner(a, m, lo)) is not None:
                    m = owner   # "Ann Hale, whose son, Tom, was hurt, said": Hale
                return served(a, m, lo, t.end) or clause_object(a, m, lo) or NounPhrase(m[0], m[1], m[2], m[3])
            if is_possessive(t.text):
                if b == k - 1 and t.text[:1].isupper() and k < len(toks) and toks[k].low in ("said", "says") \
                        and not any(fold(t.text[:-2]) == fold(w) for p in a.persons for w in p.words):
                    # (not "Tillery's said for months", a person who has said)
                    # "In a statement, St. Columba's said …", "McDonald's said": the 's is the
                    # name's own (a possessive needs a noun after it, and here the verb follows)
                    s = b
                    while s - 1 >= lo and toks[s - 1].kind == "w" and toks[s - 1].text[:1].isupper() \
                            and a._adjacent(toks[s - 1], toks[s]) and not is_possessive(toks[s - 1].text):
                        s -= 1
                    return NounPhrase(toks[s].start, t.end, None, "org", a.text[toks[s].start:t.end])
                return None
            if t.text[:1].isupper() and low in GENERIC_PLURALS and (b == lo or not a._is_name_tok(toks[b - 1])) \
                    and not (b - 2 >= lo and toks[b - 1].low in ("of", "for") and a._is_name_tok(toks[b - 2])):
                return NounPhrase(t.start, t.end, None, "generic")   # "Sources told", "Officials said"
            if is_acronym(t) and fold(low) in ROLE_HEADS:
                # "one Conservative MP shouted", "a Liberal MLA said": someone unnamed with that
                # seat, not an organisation called "MP"
                d = b - 1
                while d >= lo and b - d <= 3 and toks[d].kind == "w" and toks[d].low not in _COUNTED \
                        and (toks[d].low in AFFILIATIONS or toks[d].text.islower() and toks[d].low not in FUNCTION_WORDS):
                    d -= 1
                if d >= lo and toks[d].low in _COUNTED:
                    return NounPhrase(toks[d].start, t.end, None, "generic")
            if (epithet := _party_or_age_epithet(a, b, lo)) is not None:
                return epithet
            page_word = t.text[:1].isupper() and low in PAGE_WORDS and b - 1 >= lo and a._is_name_tok(toks[b - 1])
            # "Amalgamated Transit Workers Local 412 said": a union local's number ends its name
            local = t.text.isdigit() and b - 1 >= lo and toks[b - 1].text == "Local" and a._adjacent(toks[b - 1], t)
            if a._is_name_tok(t) or is_acronym(t) or page_word or local:   # "Harbour Watch said"
                j = _name_start(a, b - 1 if local else b, lo)
                one_word_or_org = j == b or any(toks[x].low in ORG_WORDS for x in range(j, b + 1))
                if j - 1 >= lo and toks[j - 1].low in AFFILIATIONS and toks[j - 1].text[:1].isupper() and (
                        (one_word_or_org and j - 2 >= lo and toks[j - 2].low == "the") or a._org_opener(j - 1)):
                    j -= 1   # "The Canadian Press reported", "American Airlines said": the nationality is part of the name
                while True:
                    # "Sûreté du Québec", "Bank of Canada", "of the Oneida Nation of the Thames"
                    of = j - 2 if j - 3 >= lo and toks[j - 1].low == "the" else j - 1
                    if not (of - 1 >= lo and toks[of].low in ("of", "for", "du", "de", "des")
                            and a._is_name_tok(toks[of - 1]) and a._adjacent(toks[of - 1], toks[of])):
                        break
                    person = mention_ending(a, toks[of - 1].end, toks[lo].start)
                    if person is not None and person[2] is not None and person[3] == "name" and toks[of].low == "of":
                        # "Sen. Richard Shelby of Alabama said", "Chief Joel Abram of the Oneida
                        # Nation said": a person, with where they are from
                        return NounPhrase(person[0], person[1], person[2], person[3])
                    j = of - 1   # "Department of Justice", "Bank of Canada": one name
                    while j - 1 >= lo and a._is_name_tok(toks[j - 1]) and a._adjacent(toks[j - 1], toks[j]):
                        j -= 1
                    if j - 2 >= lo and toks[j - 1].low in AFFILIATIONS and toks[j - 1].text[:1].isupper() \
                            and toks[j - 2].low == "the" and a._adjacent(toks[j - 1], toks[j]):
                        j -= 1   # "The Canadian Union of Transit Workers", "the American Federation of Teachers"
                if a._listed_places(j):
                    # "the mayors of Kelowna, Penticton and Vernon said": the mayors, as described
                    b = j - 1
                    while b > lo and toks[b].low != "of":
                        b -= 1
                    h = b - 1
                    if h - 1 >= lo and toks[h - 1].low in ("the", "a", "an", "some", "several", "two", "three"):
                        h -= 1
                    return NounPhrase(toks[h].start, t.end, None, "generic")
                j = _joined_by_and(a, j, lo)
                titled = titled_appositive(a, j, lo)
                if titled is not None:
                    return titled
                member = member_of_org(a, j, lo, t.end)
                if member is not None:
                    return member
                if j - 1 >= lo and toks[j - 1].kind == "w" and (toks[j - 1].low in LOC_PREPS or toks[j - 1].low in OBJECT_PREPS):
                    return None  # "… a town hall in Columbus, Ohio, said", "… on Facebook writing": not the subject
                return NounPhrase(toks[j].start, t.end, None, "org", org_name(a.text[toks[j].start:t.end]))
            if t.text[:1].islower() and low not in CUE_VERBS:
                # "Gowdy’s office said", "Clinton’s spokesman said": the owner is not the speaker.
                h = b
                while h - 1 >= lo and b - h < 3 and toks[h - 1].kind == "w" and toks[h - 1].text[:1].islower() \
                        and toks[h - 1].low not in FUNCTION_WORDS and toks[h - 1].low not in ("a", "an", "the") \
                        and toks[h - 1].low not in _OWNERS:
                    h -= 1   # (to the owner: "Mourners, her daughter said, should …")
                if h - 2 >= lo and toks[h - 1].low in AFFILIATIONS and toks[h - 1].text[:1].isupper() and (
                        is_possessive(toks[h - 2].text) or toks[h - 2].low in ("his", "her", "their")):
                    h -= 1   # "Her Liberal colleague said": the party word is part of the description
                if h - 1 >= lo and toks[h - 1].kind == "w" and is_possessive(toks[h - 1].text):
                    owner = mention_ending(a, toks[h - 1].end, toks[lo].start)
                    got = possessed(a, owner, h - 1, b + 1)
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
                                      org_name(a.text[toks[j].start:toks[h - 1].end]))
                if h - 1 >= lo and h <= b and toks[h - 1].low in ("his", "her", "their", "its"):
                    # "Her campaign blasted …" is the campaign; "his statement said" is him.
                    owner = a.mention_at.get(toks[h - 1].start)
                    return possessed(a, owner if owner and owner[2] is not None else None, h - 1, b + 1)
                # a generic subject: "officials", "some analysts", "a spokeswoman for the ministry"
                j = b
                skipped = False
                while j - 1 >= lo and b - j < 6 and toks[j - 1].kind == "w" and toks[j - 1].low not in (
                        "that", "and", "but", "which", "who", "or", "when", "while", "as", "if", "because",
                        "before", "after", "until", "since", "though", "although", "where"):
                    j -= 1
                    if toks[j].low in ("a", "an", "the", "some", "one", "another", "two", "three", "several", "many"):
                        if j - 2 >= lo and toks[j - 1].kind == "w" and toks[j - 2].low in _SOMEONE:
                            # "somebody down the line yelled": someone, not the line
                            return NounPhrase(toks[j - 2].start, toks[j - 2].end, None, "generic")
                        if j - 3 >= lo and toks[j - 1].low in ("to", "with") and toks[j - 2].low in (
                                "close", "familiar", "loyal", "near", "allied"):
                            j -= 2   # "A source close to the premier said": the source, as described
                            continue
                        if j - 3 >= lo and toks[j - 1].low in ("for", "to") and toks[j - 2].text.islower() \
                                and person_noun(toks[j - 2].low):
                            j -= 2   # "A spokesperson for the governor said", "an adviser to the premier"
                            continue
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
                if j - 2 >= lo and toks[j - 1].low == "who" and toks[j - 2].text.islower() and person_noun(toks[j - 2].low):
                    # "a cashier who has worked there 19 years said": the one the clause is about
                    d = j - 3
                    while d >= lo and j - 2 - d <= 3 and toks[d].kind == "w" and toks[d].text.islower() \
                            and toks[d].low not in _COUNTED and toks[d].low not in ("the",) \
                            and toks[d].low not in FUNCTION_WORDS:
                        d -= 1
                    if d >= lo and (toks[d].low in _COUNTED or toks[d].low == "the"):
                        return NounPhrase(toks[d].start, toks[j - 2].end, None, "generic")
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
            if c - 1 > lo and toks[c].text == "," and state_segment(a, c, b):
                # "Coravan, based in Columbus, Ohio, said": the state closes the appositive's place
                c2 = c - 1
                while c2 >= lo and toks[c2].text != "," and toks[c2].kind != "q" and b - c2 < 30:
                    c2 -= 1
                if c2 >= lo and toks[c2].text == ",":
                    c = c2
            relative = c >= lo and toks[c].text == "," and toks[c + 1].low in RELATIVES
            e = b - 1
            if e >= lo and toks[e].text == ")":   # "Gov. John Kasich (R-OH), said"
                o = e - 1
                while o > lo and e - o < 10 and toks[o].text != "(":
                    o -= 1
                e = o - 1 if toks[o].text == "(" else e
            m = mention_ending(a, toks[e].end, toks[lo].start) if e >= lo and not relative else None
            if m is not None and object_of_prep(a, m):
                m = None   # "The message, sent to Mills and forwarded to Clinton, called": not Clinton
            p = a.tok_index(m[0]) - 1 if m is not None else -1
            if p - 1 > lo and toks[p].text.islower() and toks[p].low.endswith("ing") and toks[p - 1].text == ",":
                b = p - 2   # "Ann Reid, echoing Tom Hale, called": an aside; the subject is before it
                tries += 1
                continue
            if m is not None and m[3] in ("name",) and a.persons[m[2]] is not None:
                return clause_object(a, m, lo) or NounPhrase(m[0], m[1], m[2], m[3])
            org = org_appositive(a, c, b, lo) if m is None and not relative else None
            if org is not None:
                return org   # "The union representing the workers, CUPE Local 79, said"
            if c < lo or toks[c].text != ",":
                return None
            b = c - 1
            tries += 1
            continue
        return None
    return None


_AGE_WORD = re.compile(r"\d{1,3}-year-old")


def _party_or_age_epithet(a: Analysis, b: int, lo: int) -> NounPhrase | None:
    """A description whose head is a party word or an age, right before the cue ("the Democrat
    said", "The 64-year-old Republican said:", "the Ohio Republican told reporters"): unnamed
    here, for the description's own reading to find whom the story means.  Only after "the", with
    at most two words between (a place or an age), so "Democrat Ana Ruiz" and "the Democratic
    Party" are not read so."""
    toks = a.toks
    head = toks[b]
    if not (head.text[:1].isupper() and head.low in PARTY_OF and head.low not in ("independent", "green")
            or _AGE_WORD.fullmatch(head.text)):
        return None   # not "The Independent said" (a newspaper) nor "The Green" (a place)
    j = b - 1
    while j >= lo and b - j <= 3 and toks[j].kind == "w" and toks[j].low != "the" \
            and (toks[j].text[:1].isupper() or _AGE_WORD.fullmatch(toks[j].text)) and toks[j].low not in PARTY_OF:
        j -= 1
    if j < lo or toks[j].low != "the" or (j - 1 >= lo and toks[j - 1].kind == "w" and toks[j - 1].low in OBJECT_PREPS):
        return None
    if b + 2 < len(toks) and toks[b + 1].text == "," and toks[b + 2].low == "who":
        return None   # "The 34-year-old, who was himself hit …, asked": the clause's own reading
    return NounPhrase(toks[j].start, head.end, None, "generic")


#: What may stand between a person's name and the ", who" of a clause about them: where they
#: work ("Owen Castellano of Stanmore Partners") or what they are ("…, an analyst at Stanmore").
_TIED_TAIL = re.compile(r"\s+(?:of|at|from|with|for)\s+(?:the\s+)?[A-Z][^,;.!?\n]{0,60}|,\s+(?:a|an|the)\s+[^,;!?\n]{1,80}")


def _tied_before(a: Analysis, comma: int, lo: int):
    """The person named just before ``comma`` with only their organisation or an appositive
    between: "… answering Owen Castellano of Stanmore Partners, who had asked, “…”"."""
    for m in reversed(a.mentions):
        if m[1] <= comma and m[0] >= lo and m[3] == "name":
            return m if _TIED_TAIL.fullmatch(a.text, m[1], comma) else None
    return None


def _joint_subject(a: Analysis, m, p: int, lo: int) -> NounPhrase | None:
    """People named together as one cue's subject, the last (``m``) after "and" (token ``p``):
    "Premier Wade Kirkland and Mayor Anita Bose said", "Sens. Dan Coats, R-Ind., and Harry Reid,
    D-Nev., said", "Ann Hale, Tom Tate, and Bill Ruiz said" — all of them, by their names (a list
    opens its clause: not "In a letter to Tom Tate, Ann Hale and Bill Ruiz said"); with no names
    when they are whom the subject serves ("The lawyer for Ann Hale and Tom Tate said": the
    lawyer).  ``m`` alone after a serial comma that ends no list ("said Brad Lee, and Owen Roy
    agreed"); None when no other person stands before "and"."""
    toks = a.toks
    q = p - 1
    if q - 3 >= lo and toks[q].text == "," and PARTY_CODE.fullmatch(toks[q - 2].text) and toks[q - 3].text == ",":
        q -= 4   # past the first person's code
    elif q - 2 >= lo and toks[q].text == "," and PARTY_CODE.fullmatch(toks[q - 1].text) and toks[q - 2].text == ",":
        q -= 3
    elif q - 1 >= lo and toks[q].text == ",":
        q -= 1   # the serial comma, in a list of three
    other = mention_ending(a, toks[q].end, toks[lo].start)
    if other is None or other[2] is None or other[2] == m[2] or other[3] != "name":
        return None
    listed = [other]
    while len(listed) <= 4:
        c = a.tok_index(listed[0][0]) - 1
        before = mention_ending(a, toks[c - 1].end, toks[lo].start) if c - 1 >= lo and toks[c].text == "," else None
        if before is None or before[2] is None or before[3] != "name":
            break
        listed.insert(0, before)
    if a.tok_index(listed[0][0]) != lo:
        listed = [other]
    if toks[p - 1].text == "," and len(listed) < 2 and q == p - 2:
        return NounPhrase(m[0], m[1], m[2], m[3])
    both = None if object_of_prep(a, other) else a.joint_name([x[2] for x in listed] + [m[2]])
    return NounPhrase(listed[0][0], m[1], None, "generic", both)


def _name_start(a: Analysis, j: int, lo: int) -> int:
    """The first token of the capitalised name ending at token j, back to lo: name words,
    acronyms, and an ordinal inside a name ("the Cowessess First Nation", "Assembly of First
    Nations")."""
    toks = a.toks
    while j - 1 >= lo and (a._is_name_tok(toks[j - 1]) or is_acronym(toks[j - 1])
                           or (toks[j - 1].low in ORDINALS and toks[j - 1].text[:1].isupper())
                           or _compass_inside(a, j - 1, lo)) \
            and (a._adjacent(toks[j - 1], toks[j]) or a._plural_in_name(j - 1)
                 or a.ampersand_before(j)):
        j -= 1   # "the Saskatchewan Teachers' Federation" across its plural possessive; "Hadley & Ross"
    return j


def _compass_inside(a: Analysis, k: int, lo: int) -> bool:
    """A compass word between two words of a name: "the Prairie North Health Authority"."""
    toks = a.toks
    return toks[k].low in ("north", "south", "east", "west") and toks[k].text[:1].isupper() and k - 1 >= lo \
        and a._is_name_tok(toks[k - 1]) and a._adjacent(toks[k - 1], toks[k])


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
        while i - 1 >= lo and a._is_name_tok(toks[i - 1]) and a._adjacent(toks[i - 1], toks[i]) \
                or i - 2 >= lo and toks[i - 1].low in ("of", "for") and a._is_name_tok(toks[i - 2]) and toks[i].text[:1].isupper():
            i -= 1   # "The Oregon Association of Hospitals and Health Systems said"
    k = i - 1
    if k >= lo and toks[k].low == "the":
        k -= 1
    opens = k < lo or toks[k].low in ("of", "at", "with", "from", "for")   # or the sentence
    return i if i < j and opens else j


#: Words that open a phrase counting someone unnamed: "one Conservative MP", "a Liberal MLA".
_COUNTED = frozenset("a an one another two three several some".split())
#: Someone the story does not name, before where they were: "somebody down the line yelled".
_SOMEONE = frozenset("somebody someone anybody anyone everybody everyone".split())
