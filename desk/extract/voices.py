"""Which person of a stretch of text is its voice, when no cue says so (pass 5c of quote finding).

The first or last person named in a sentence or paragraph, skipping one who only owns the
speaker ("Grayson’s spokeswoman"): the fallbacks :mod:`desk.extract.quotes` and
:mod:`desk.extract.leading` use when a quote has no cue with a subject.  The organisation a
cue's bare head noun stands for ("Police said" after "Halifax Regional Police") is read in
:mod:`desk.extract.orgvoices`.
"""

from __future__ import annotations

import re

from desk.extract.appositives import whose_owner
from desk.extract.lexicon import (
    AUX,
    FUNCTION_WORDS,
    KIN_NOUNS,
    OWNED_GROUPS,
    OWNED_WORDS,
    PASSIVE_AUX,
    ROLE_HEADS,
    person_noun,
)
from desk.extract.mentions import Analysis
from desk.extract.narration import is_possessive

#: Before a name, these make it where something happened.
PLACE_PREPS = frozenset("in at near".split())


def owner_of_someone(a: Analysis, m) -> bool:
    """The mention owns the person who acts, not the words: "Grayson’s spokeswoman", "his lawyer"
    (but "Grayson’s statement" is Grayson's words, and "Grayson’s office" is handled as a group).

    Only as the sentence's subject, its first mention: in "Coan, Santilli’s attorney, argues" or
    "argues that his client …" the owner is beside the point and the speaker is named elsewhere."""
    s0, _ = a.sentence_bounds(m[0])
    if _last(a, s0, m[0]) is not None:
        return False
    return _owns_someone(a, m)


def _owns_someone(a: Analysis, m) -> bool:
    """The mention is a possessive (or a name before a group) whose noun phrase is someone other
    than its owner: "Grayson’s spokeswoman", "Obama's first five questioners", "Clinton aides"."""
    toks = a.toks
    k = a.tok_index(m[1])  # the word after the mention; toks[k - 1] is its last ("Grayson’s")
    if a.group_after(k):
        return True  # "Sanders protesters shouted", "Clinton aides said": the group, not the person
    if not (is_possessive(toks[k - 1].text) or toks[k - 1].low in ("his", "her", "their")):
        return False
    j = k
    # a form of be ends the noun phrase: "Her message now is …"
    while j < len(toks) and j - k < 3 and toks[j].kind == "w" and toks[j].text[:1].islower() \
            and toks[j].low not in FUNCTION_WORDS and toks[j].low not in PASSIVE_AUX and not a._is_cue(j) \
            and toks[j].low not in _IRREGULAR_PAST:
        j += 1
    while j - 1 > k and (toks[j - 1].low in AUX or toks[j - 1].low in ("now", "too")):
        j -= 1   # "Her message now is simple": the noun, not the adverb or verb after it
    # the noun right before a verb heads the phrase: "Hoff’s letter makes a case" (the words),
    # "Grayson’s spokeswoman posts …" (someone); not "Hale’s ad features a nurse"
    head = next((x for x in range(k, j - 1) if _verbal(toks[x + 1].low) and toks[x + 1].low not in _SHOWING), None)
    if head == k and toks[head].low in OWNED_WORDS:
        return False   # (only the first word: "Pence’s press release linked to a report, which notes")
    if head is not None and (toks[head].low in ROLE_HEADS or toks[head].low in KIN_NOUNS):
        return True
    return j > k and toks[j - 1].low not in OWNED_WORDS


#: Past tenses without "-ed" that end a noun phrase: "Acheampong's instructions came minutes later:".
_IRREGULAR_PAST = frozenset("""came went began got gave made took sent left kept brought ran rose fell grew knew saw
    stood found read""".split())
#: Verbs by which a text shows someone else, who then speaks: "Hale’s ad features a nurse: “…”".
_SHOWING = frozenset("features featured shows showed quotes quoted cites cited includes included stars starred".split())


def _verbal(low: str) -> bool:
    """A word after a noun that reads as its verb: "makes", "linked" (not "server", "press")."""
    return low in AUX or low in PASSIVE_AUX or (low.endswith(("s", "ed")) and not low.endswith("ss"))


def after_place(a: Analysis, k: int) -> bool:
    """Token k is the comma of "in Salem, …": a capitalised place name after "in", "at" or "from"."""
    toks = a.toks
    if k < 1 or toks[k].text != ",":
        return False
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].kind == "w" and toks[j].text[:1].isupper():
        j -= 1
    return j < k - 1 and j >= 0 and toks[j].kind == "w" and toks[j].low in ("in", "at", "from")


def is_place(a: Analysis, m) -> bool:
    """The mention names where something happened, not who: "in South Carolina", "at Baldwin
    Wallace", "San Bernardino, California" after "in"."""
    k = a.tok_index(m[0]) - 1
    return k >= 0 and (a.toks[k].kind == "w" and a.toks[k].low in PLACE_PREPS or after_place(a, k))


def _object(a: Analysis, m) -> bool:
    return m[3] == "pron" and a.object_pronoun(a.tok_index(m[0]))


def first_mention(a: Analysis, lo: int, hi: int):
    """The first mention in [lo, hi) that could be a speaker: places ("Speaking in South
    Carolina, …") and object pronouns ("A friend referred to him as …") are passed over; None
    when it is the owner of a spokeswoman."""
    for m in a.mentions:
        if m[0] >= hi:
            break
        if m[0] >= lo and not is_place(a, m) and not _object(a, m) and not _in_aside(a, m, lo, hi):
            return None if owner_of_someone(a, m) else m
    return None


_DASHES = re.compile(r"[—―]| [–-] | -- ")


def _in_aside(a: Analysis, m, lo: int, hi: int) -> bool:
    """``m`` is a pronoun inside a dash or bracket aside closed before ``hi``: "Hastily
    politicizing the tragedy ― much like he did after Paris ― Trump cast the blame" (he is not
    the subject; a name there may be, "A former candidate -- John McCain, who … -- said")."""
    if m[3] != "pron":
        return False
    before, after = a.text[lo:m[0]], a.text[m[1]:hi]
    if before.count("(") > before.count(")") and ")" in after:
        return True
    return len(_DASHES.findall(before)) % 2 == 1 and _DASHES.search(after) is not None


def _last(a: Analysis, lo: int, hi: int):
    found = None
    for m in a.mentions:
        if m[0] >= hi:
            break
        if m[0] >= lo and not _object(a, m):
            found = m
    return found


def last_mention(a: Analysis, lo: int, hi: int):
    """The last mention in [lo, hi), or None when it is the owner of a spokeswoman or aide.

    A possessive inside a sentence that already has its subject ("Quintanilla … mentioned that
    Carson’s picture had been on the site") names what someone owns, not who speaks next: the
    mention before it is taken.  "Carson’s statement" still is Carson's words."""
    found = _last(a, lo, hi)
    subject = _subject_before_owner(a, found) if found is not None else None
    if subject is not None:
        return subject
    return None if found is not None and owner_of_someone(a, found) else found


def acting_mention(a: Analysis, lo: int, hi: int):
    """``last_mention``, but when the last person named is the one a sentence's subject turns to
    or looks at ("Earl Pruitt looked at Dana Okwuosa. “You want it?”"), that subject: the one
    acting speaks next."""
    found = last_mention(a, lo, hi)
    if found is None or found[3] != "name":
        return found
    s0, s1 = a.sentence_bounds(found[0])
    first = first_mention(a, max(lo, s0), found[0])
    if _shown(a, found):
        # "The hospital shared a photo of Harper. “…”": not Harper's words
        return first if first is not None and not a._prep_object(first[0]) else None
    if first is not None and first[3] == "pron" and first[2] is not None and a._prep_object(found[0]) \
            and first[0] == max(lo, s0) and a._is_cue(a.tok_index(first[0]) + 1) \
            and not a.sentence_has_cue(found[1], min(s1, hi)):   # (not "…, who told her the city is ready")
        # "She said she had spoken with Arsenault about the request. “…”": the one saying goes
        # on, not the one she spoke with
        return first
    if first is None or first[3] != "name" or a._prep_object(first[0]):
        return found
    if a._prep_object(found[0], _TURNED_TO):
        return first
    aside = _ASIDE.match(a.text, first[1], found[0])
    if aside is not None and first[2] != found[2] and "," in a.text[found[1]:min(s1, hi)]:
        # "Sen. Philippa Grange, asked afterward whether she could support Szabo, laughed. “…”":
        # the one named in the aside is not the one acting
        return first
    return found


#: An aside set off after a sentence's subject: ", asked afterward whether …", ", who …".
_ASIDE = re.compile(r",[ ](?:\w+ly[ ])?(?:who|asked|speaking|pressed|reached|told|standing|sitting|looking)\b[^,.;:!?]*$")


#: An appositive set off after a name, up to another name inside it: ", president of the union ".
_SET_OFF = re.compile(r",[ ][^,.;:!?\n]*$")


#: Prepositions after a verb of turning or looking, before the one turned to.
_TURNED_TO = frozenset("at to toward towards".split())


#: Prepositions before someone a colon's sentence addresses: "had a warning for Dale Whitcombe:".
_ADDRESSED = frozenset("for to against toward towards at".split())


#: Nouns for a picture of someone: "shared a photo of Harper with a message: “…”" is not Harper's.
_DEPICTING = frozenset("photo photos picture pictures image images video videos footage clip photograph "
                       "photographs portrait selfie drawing painting".split())


def _shown(a: Analysis, m) -> bool:
    """The person mentioned by ``m`` is what a picture shows: "a photo of Harper"."""
    k = a.tok_index(m[0]) - 1
    return k >= 1 and a.toks[k].low == "of" and a.toks[k - 1].low in _DEPICTING


def colon_voice(a: Analysis, lo: int, hi: int):
    """Who introduces a quote with a colon, in the sentence [lo, hi): the last person named
    ("…doesn't surprise pollster Daron Shaw: “…”") — but when that person is addressed ("Karen
    Blakeney had a warning for Dale Whitcombe: “…”", "a message for MLAs:") or a place ("Earl
    Mackintosh, reached on his boat near Port Emmett:") or shown ("a photo of Harper with a
    message:"), the sentence's subject, or nobody ("A question for the mayor:").  Otherwise the
    first mention."""
    found = last_mention(a, lo, hi)
    if found is None:
        return first_mention(a, lo, hi)
    before = a.tok_index(found[0]) - 1
    if (owner := whose_owner(a, found, a.tok_index(lo))) is not None:
        return owner   # "a letter … by Darlene Hutto, whose husband, Roy, was killed …: “…”": not Roy
    first = first_mention(a, lo, found[0])
    if first is not None and first[3] == "name" and first[2] != found[2] and _SET_OFF.match(a.text, first[1], found[0]) \
            and "," in a.text[found[1]:hi] and not a._prep_object(first[0]):
        return first   # "Gord Halvorsen, president of … Workers Local 417, was blunt:": Halvorsen
    where = before >= 0 and a.toks[before].kind == "w" and a.toks[before].low in PLACE_PREPS
    if where or _shown(a, found) or a._prep_object(found[0], _ADDRESSED) and not is_possessive(found[4]) \
            and found[4].lower() not in ("his", "her", "their", "its"):
        first = first_mention(a, lo, hi)
        return first if first is not None and first[0] < found[0] and not a._prep_object(first[0]) else None
    return found


def colon_owned(a: Analysis, lo: int, hi: int) -> bool:
    """The last person named before a colon in [lo, hi) only owns who speaks: "Obama's first five
    questioners ranged from skeptical to hostile: “…”" are the questioners, whom the story does
    not name (but "Clinton's message was clear: “…”" is Clinton's)."""
    found = last_mention(a, lo, hi)
    return found is not None and found[3] == "name" and is_possessive(found[4]) and _owns_someone(a, found)


def _subject_before_owner(a: Analysis, m):
    """The sentence's first mention, when ``m`` is a possessive later in that sentence."""
    toks = a.toks
    k = a.tok_index(m[1])
    named_owner = is_possessive(toks[k - 1].text)
    pronoun_owner = m[3] == "pron" and m[4].lower() in ("his", "her", "their") and k < len(toks) \
        and toks[k].kind == "w" and toks[k].text.islower()
    if not (named_owner or pronoun_owner) or (k < len(toks) and toks[k].low in OWNED_WORDS):
        return None
    s0, _ = a.sentence_bounds(m[0])
    first = next((x for x in a.mentions if s0 <= x[0] < m[0]), None)
    if first is None or first[2] == m[2]:
        return None
    if named_owner:
        return first if first[3] == "name" else None
    # "She says her father's stubbornness is both his best and worst quality. “…”": she speaks on
    j = a.tok_index(first[1])
    return first if first[3] == "pron" and first[0] == s0 and j < len(toks) and a._is_cue(j) else None


def unnamed_voice(a: Analysis, lo: int, hi: int) -> bool:
    """The last person named in [lo, hi) is only the owner of who speaks ("Marsh’s spokeswoman …"):
    the speaker is someone the story does not name, not a person from an earlier paragraph."""
    found = _last(a, lo, hi)
    return found is not None and owner_of_someone(a, found)


def owns_a_person(a: Analysis, m) -> bool:
    """The possessive mention ``m`` owns a person the next words name: "Hillary Clinton’s
    right-hand woman", "Lazar's public defense counsel" (not "Whitaker’s order requiring …")."""
    toks = a.toks
    k = a.tok_index(m[1])
    for j in range(k, min(k + 4, len(toks))):
        if toks[j].kind != "w" or not toks[j].text.islower():
            return False
        if person_noun(toks[j].low) or toks[j].low in ROLE_HEADS or toks[j].low in KIN_NOUNS or toks[j].low in OWNED_GROUPS:
            return True   # (and "Premier Soto’s office defended …, saying": her office, as ever)
    return False
