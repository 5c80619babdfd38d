"""An office of an organisation speaks for it: "the National Weather Service office in Phoenix
said", "the Phoenix office of the National Weather Service said", "the RCMP detachment in Hope
said".  The draft credits the organisation, so the speaker is its name as the story gives it;
the office's place is not part of it.

Only a phrase the cue's subject is made of, with one organisation's name inside it and a noun
for one of its offices (``_OFFICES``) right after that name or right before its "of", counts: "his
office" or "the mayor's office" name no organisation and are left to the other rules.
"""

from __future__ import annotations

import re

from desk.extract.mentions import Analysis
from desk.extract.narration import is_possessive
from desk.extract.orgvoices import with_of_tail

_OFFICES = frozenset("office bureau branch detachment division headquarters".split())
#: Lower-case words that may stand before the organisation in an office's phrase.
_HEAD_WORDS = _OFFICES | frozenset(("the", "of", "field", "regional", "local", "district"))
#: "the Phoenix office of the …": the office noun right before "of" and the organisation's name.
_OF_ORG = re.compile(r"(\S+)\s+of\s+(?:the\s+)?$")


_POSSESSIVE_PRONOUNS = frozenset("his her their its my our your".split())


def office_org(a: Analysis, start: int, end: int) -> str | None:
    """The organisation whose office the phrase [start, end) is, or None."""
    inside = [r for r, _first, _last in a.org_runs if start <= r.name_start and r.end <= end]
    if inside and any(w.islower() and w not in _HEAD_WORDS for w in a.text[start:inside[0].name_start].split()):
        return None   # "a forecaster at the Environment Canada office": the forecaster speaks
    if not inside:
        # "the RCMP detachment in Hope": capitalised words the story does not read as a name
        words = a.text[start:end].split()
        words = words[1:] if words and words[0].lower() == "the" else words
        k = next((k for k, w in enumerate(words) if w.lower() in _OFFICES), 0)
        named = k and all(w[:1].isupper() and not is_possessive(w) and w.lower() not in _POSSESSIVE_PRONOUNS
                          for w in words[:k])   # (not "Her office": hers, a person's)
        return " ".join(words[:k]) if named else None   # not "Sen. Mark Kelly’s office": his
    if len(inside) != 1:
        return None
    r = inside[0]
    name_end = with_of_tail(a, r.end)
    after = a.text[name_end:end].split()
    if after and after[0].lower() in _OFFICES:
        return a.text[r.name_start:name_end]   # "the National Weather Service office in Phoenix"
    of = _OF_ORG.search(a.text[start:r.name_start])
    if of and of.group(1).lower() in _OFFICES:
        return a.text[r.name_start:name_end]   # "the Phoenix office of the National Weather Service"
    return None


#: What may open a roundup's item before the one it quotes: a dash or bullet, bold marks, "The".
_ITEM_OPENING = re.compile(r"[\s—–•*\-]*(?:the\s+)?", re.IGNORECASE)
#: What may stand between the organisation and the colon: ", in a statement", ", on X".
_ITEM_REST = re.compile(r"\**\s*(?:,\s*(?:in|on|via|through)\b[^:“”\"]{0,60})?:\s*$")


def labelled_org(a: Analysis, start: int, end: int) -> str | None:
    """The organisation that labels a roundup's item before its colon: "— Vantrell Motors, in a
    statement: “…”", "— The Dellacourt Area Chamber of Commerce: “…”" (from ``start``, the
    paragraph's, to ``end``, the quote's opening mark)."""
    for r, _first, _last in a.org_runs:
        if r.name_start >= end:
            break
        if r.name_start < start or _ITEM_OPENING.fullmatch(a.text, start, r.name_start) is None:
            continue
        name_end = with_of_tail(a, r.end)
        if _ITEM_REST.fullmatch(a.text, name_end, end):
            return a.text[r.name_start:name_end]
    return None


#: A paragraph that opens on an owner's document and a colon: "Premier’s office statement, in
#: full:", "The mayor's statement:" — the document's words follow.
_OWNED_DOCUMENT = re.compile(r"[ \t]*(?:[Tt]he[ \t]+)?(?P<owner>(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*['’]s(?:[ \t]+[a-z]+)?)"
                             r"[ \t]+(?:full[ \t]+)?(?:statement|release|letter|memo|email|post|message|note)\b[^:\n]{0,30}:[ \t]*")


def owned_document(a: Analysis, start: int, end: int) -> str | None:
    """The owner a colon's paragraph gives the words that follow to, when it opens on their
    document ("Premier’s office statement, in full: “…”" is the premier's office), not on a
    sentence: the speaker as written, never the last paragraph's."""
    m = _OWNED_DOCUMENT.fullmatch(a.text, start, end)
    return m.group("owner") if m else None
