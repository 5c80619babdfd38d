"""What stands between a subject and its cue, set off by commas (``subject.np_before``): a title
("Navdeep Bains, Minister of Innovation, said"), an organisation's name after a common noun
("the workers, CUPE Local 79, said"), a role after its own person's name ("Donald Tusk, the
president of the European Council,"), and a town's state closing a phrase of place ("Coravan,
based in Columbus, Ohio, said").
"""

from __future__ import annotations

from desk.extract.lexicon import BODY_KINDS, BODY_NOUNS, ORG_WORDS, PLACE_PREPS
from desk.extract.mentions import Analysis
from desk.extract.namelists import is_state
from desk.extract.names import fold
from desk.extract.phrases import NounPhrase, is_acronym, mention_ending, org_name
from desk.extract.runs import strong_title


def titled_appositive(a: Analysis, j: int, lo: int) -> NounPhrase | None:
    """The person before a capitalised title set off by commas: "Navdeep Bains, Minister of
    Innovation, Science and Economic Development, said" is Bains, not the ministry's name."""
    toks = a.toks
    if j - 2 < lo or toks[j - 1].text != "," or not (toks[j].kind == "w" and strong_title(fold(toks[j].text))):
        return None
    m = mention_ending(a, toks[j - 2].end, toks[lo].start)
    if m is None or m[2] is None or m[3] != "name":
        return None
    return NounPhrase(m[0], m[1], m[2], m[3])


def org_appositive(a: Analysis, c: int, b: int, lo: int) -> NounPhrase | None:
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
    if not any(is_acronym(t) or t.low in ORG_WORDS for t in seg) and toks[c - 1].low not in BODY_NOUNS \
            and toks[c - 1].low not in BODY_KINDS:
        # "Her label, Copperline Records, said", "The insurer, Tri-River Mutual, said": a body's
        # name after the noun for it
        return None
    start, end = seg[0].start, seg[-1].end
    return NounPhrase(start, end, None, "org", org_name(a.text[start:end]))


def appositive_of(a: Analysis, m, lo: int) -> bool:
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


def state_segment(a: Analysis, c: int, b: int) -> bool:
    """Whether the tokens between the commas c and b are a state or province after a town ("in
    Columbus, Ohio,", "near Truro, N.S.,") that a place preposition before the comma c leads to."""
    toks = a.toks
    if not all(t.kind == "w" or t.text == "." for t in toks[c + 1:b]) or not is_state([t.text for t in toks[c + 1:b]]):
        return False
    d = c - 1
    while d > c - 5 and d >= 0 and toks[d].kind == "w" and toks[d].text[:1].isupper():
        d -= 1
    return d >= 0 and d < c - 1 and toks[d].low in PLACE_PREPS | {"from", "of"}


def whose_owner(a: Analysis, m, lo: int):
    """The person a whose-clause hangs off when mention ``m`` is the name it sets off: "Darlene
    Hutto, whose husband, Roy, was killed" gives Hutto for Roy; else None."""
    toks = a.toks
    before = a.tok_index(m[0]) - 1
    if before < lo or toks[before].text != ",":
        return None
    whose = next((x for x in range(before - 1, max(lo - 1, before - 5), -1) if toks[x].low == "whose"), None)
    if whose is None or whose - 2 < lo or toks[whose - 1].text != ",":
        return None
    owner = mention_ending(a, toks[whose - 2].end, toks[lo].start)
    return owner if owner is not None and owner[2] is not None else None

