"""The names an attribution leads to past its cue: a person named after a description ('," said
oil and gas worker Mike Wipf'), after a comma ("Freeland’s parliamentary secretary, Ryan
Turnbull, said"), a given name after kin ('," says Wise’s dad, Darrin.'), an organisation whose
name joins its parts with "and", and "it said" after an organisation spoke.  Used by
:mod:`desk.extract.attribution` (the cue right after a quote) and the passes before and after it.
"""

from __future__ import annotations

from desk.extract.lexicon import AUX, FUNCTION_WORDS, KIN_NOUNS, MONTHS_DAYS, OBJECT_PREPS, ROLE_HEADS
from desk.extract.mentions import Analysis
from desk.extract.namelists import PLACES
from desk.extract.orgvoices import org_that_spoke
from desk.extract.parties import PARTY_OF
from desk.extract.phrases import Attribution, NounPhrase, mention_ending
from desk.extract.runs import ends_org_name, inside_org_name


def it_said(a: Analysis, k: int, lim: int) -> Attribution | None:
    """"“…,” it said" (token k is "it") after an organisation spoke: the organisation; else None."""
    toks = a.toks
    j = k + 1
    while j < lim and toks[j].kind == "w" and (toks[j].low in AUX or toks[j].adverb):
        j += 1
    org = org_that_spoke(a, toks[k].start) if j < lim and a._is_cue(j) else None
    return Attribution(toks[k].start, toks[k].end, None, "org", name=org) if org else None


def listed_org(a: Analysis, k: int, lim: int) -> int | None:
    """The end of an organisation whose name joins its parts from token k ("Immigration,
    Refugees and Citizenship Canada", "Fisheries and Oceans Canada"): capitalised words, commas
    and one "and" before the last part (``runs.inside_org_name``, ``runs.ends_org_name``).  The
    index after it, or None."""
    toks = a.toks
    e, joined = k, False
    while e < lim and e - k < 12:
        t = toks[e]
        if t.kind == "w" and t.text[:1].isupper() and not a._is_cue(e):
            if not inside_org_name(t.text):
                return None
            e += 1
        elif t.text == "," and e > k and e + 1 < lim and toks[e + 1].text[:1].isupper() and not joined:
            e += 1
        elif t.low == "and" and e > k and not joined and e + 1 < lim and toks[e + 1].text[:1].isupper():
            joined, e = True, e + 1
        else:
            break
    return e if joined and ends_org_name(toks[e - 1].text) else None


def described_name(a: Analysis, k: int, lim: int) -> Attribution | None:
    """The person an inverted cue names after a few words describing them: '," said oil and gas
    worker Mike Wipf.', '," says Heart and Stroke senior manager Erin Kim,'. The name must end the
    attribution (a comma, a stop or the next quote follows), so '," said the company in Toronto'
    names nobody."""
    toks = a.toks
    e = k
    while e < lim and e - k < 9 and toks[e].kind == "w":   # "Environment and Climate Change Canada meteorologist X"
        m = a.mention_at.get(toks[e].start)
        if m is not None and m[3] == "name" and m[2] is not None:
            after = a.tok_index(m[1])
            if after >= lim or toks[after].text in (",", ".", ";"):
                return Attribution(m[0], m[1], m[2], m[3])
            if m[1] - m[0] > len(toks[e].text) and " " in a.text[m[0]:m[1]].strip():
                return None   # "said Tom Marsh and Ben Abara": the first full name speaks
            e = max(after, e + 1)   # "Heart and Stroke …": a word taken for a name, inside the description
            continue
        if in_title(a, e, k, lim):
            e += 1   # "said Parliamentary Secretary to the Minister of Health Ravi Mehta"
            continue
        if a._is_cue(e) or (toks[e].low in FUNCTION_WORDS and toks[e].low != "and") \
                or toks[e].low in ("to", "by", "in", "at", "on", "of", "the", "a", "an"):
            return None
        e += 1
    return None


def in_title(a: Analysis, e: int, k: int, lim: int) -> bool:
    """Token e joins the capitalised words of a long title ("Secretary to the Minister of
    Health"): "of", "for" or "to" between capitals (or before "the" and a capital), "the" after one."""
    toks = a.toks
    low = toks[e].low
    if low == "for" and k < e and e + 2 < lim and toks[e - 1].low in ROLE_HEADS and toks[e + 1].text.islower() \
            and a._is_name_tok(toks[e + 2]):
        return True   # "said Official Opposition critic for health Jasvir Singh Kooner": a lower-case portfolio
    if e <= k or e + 1 >= lim or not toks[e - 1].text[:1].isupper() and low != "the":
        return False
    nxt = toks[e + 1]
    if low in ("of", "for", "to"):
        return nxt.text[:1].isupper() or (nxt.low == "the" and e + 2 < lim and toks[e + 2].text[:1].isupper())
    return low == "the" and toks[e - 1].low in ("of", "for", "to") and nxt.text[:1].isupper()


def named_after(a: Analysis, np_: NounPhrase, j: int, lim: int) -> Attribution | None:
    """The person an unnamed subject is, when a name follows it after a comma: "Freeland’s
    parliamentary secretary, Ryan Turnbull, said" and "said a spokesperson, Noor Hassan." """
    toks = a.toks
    if np_.pid is None and j < lim and toks[j].low in OBJECT_PREPS:
        # "said his wife of 60 years, Mary Reid", "a spokesperson for the ministry, Noor Hassan"
        tail = j + 1
        while tail < lim and tail - j <= 5 and toks[tail].kind == "w":
            tail += 1
        j = tail
    if np_.pid is not None or j + 1 >= lim or toks[j].text != ",":
        return None
    m = a.mention_at.get(toks[j + 1].start)
    if m is None and j + 2 < lim and toks[j + 1].low in PARTY_OF and toks[j + 1].text[:1].isupper():
        m = a.mention_at.get(toks[j + 2].start)   # "the committee chair, Liberal MP Anand Sethi, said"
    if m is None:
        return given_name_after(a, np_, j + 1, lim)
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


def given_name_after(a: Analysis, np_: NounPhrase, k: int, lim: int) -> Attribution | None:
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
