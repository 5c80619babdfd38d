"""The role a wire lede gives someone it names only in the next paragraph.

"The chief executive of Vantage Ticketing apologized to lawmakers Tuesday …" and then "“We failed
our customers,” Lucian Heddleston told a Senate subcommittee.": the lede's subject is the person
the story goes on to name, so a later "the CEO said" is Heddleston.  Read only where it is
certain enough: the lede opens (after its dateline) with a definite or possessive role phrase
ending in a title ("The chief executive of …", "Brennock's police chief"), and the next
paragraph brings in exactly one new person, with no title or role of their own, as the subject of
a cue ("Lucian Heddleston told …"; not "Firefighters found Gordon Leclair, 71, …" nor "said
Maribel Ortiz, who lost $400": a victim or a critic).
"""

from __future__ import annotations

import re

from desk.extract.gender import name_gender
from desk.extract.lexicon import STRONG_TITLES
from desk.extract.names import fold

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]+(?:\([^)\n]*\))?\s*[-\u2013\u2014]+\s*")
#: "The chief executive of Vantage Ticketing", "The province's health minister", "Brennock's police chief".
_ROLE_OPENING = re.compile(
    r"(?:(?:The|the)\s+(?:[\w’'-]+[’']s\s+)?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*[’']s\s+)"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})")
#: The last word of the role: a title ("chief", "minister"), or "executive" ("chief executive").
_HEADS = STRONG_TITLES | {"executive"}


def _lede_paras(a) -> list[tuple[int, int]]:
    """The story's first two paragraphs of prose (not a headline, a byline or a dateline alone),
    read once per story."""
    got = getattr(a, "_lede_paras_cache", None)
    if got is None:
        got = []
        for p0, p1 in a.paras:
            if not a.in_ignored(p0) and len(a.text[p0:p1].split()) >= 12 and _SENTENCE_END.search(a.text, p0, p1):
                got.append((p0, p1))
                if len(got) == 2:
                    break
        a._lede_paras_cache = got
    return got


def lede_roles(a) -> None:
    """Give the person the second paragraph introduces the role the lede opened with (see the
    module docstring); ``a`` is the story's ``People``, before its mentions are read."""
    paras = _lede_paras(a)
    if len(paras) < 2:
        return
    (l0, l1), (n0, n1) = paras[0], paras[1]
    if a.para_of(n0) != a.para_of(l0) + 1:
        return   # the lede and the paragraph after it, with nothing between
    start = d.end() if (d := _DATELINE.match(a.text, l0, l1)) else l0
    m = _ROLE_OPENING.match(a.text, start, l1)
    if m is None:
        return
    words = m.group("words").split()
    at = next((i for i, w in enumerate(words[:3]) if fold(w) in _HEADS), None)
    if at is None:
        return   # "The company said …", "The man who …": no role
    while at + 1 < len(words) and fold(words[at + 1]) in _HEADS:
        at += 1   # "chief executive"
    words = words[:at + 1]   # "police chief urged the" → "police chief"
    if any(p.first_pos < n0 for p in a.persons):
        return   # the lede names someone: the role may be theirs
    new = [p for p in a.persons if n0 <= p.first_pos < n1]
    if len(new) != 1 or new[0].roles:
        return
    run = next((r for r in a.runs if r.start == new[0].first_pos), None)
    if run is None or run.t1 >= len(a.toks) or not a._is_cue(run.t1):
        return   # the name must be a cue's subject ("Lucian Heddleston told …"), not a victim or a critic
    new[0].roles |= {fold(w) for w in words}


#: A second paragraph that names the lede's subject: "His name is Gideon Tasker, and …".
_NAME_IS = re.compile(r"(?:His|Her|Their)\s+name\s+is\s+")
#: "Gloria Pettibone, 66, was the foreperson of the jury …": the name, its age, a be-verb.
_IS_THE = re.compile(r",?(?:\s*\d{1,3},)?\s+(?:is|was)\s+(?:the|a|an)\s+(?P<what>[^.;!?\n]{3,120})")
_STOP = frozenset("that with from this their there which about into after before would could have".split())


def lede_speaker(a, open_at: int, gender: str) -> int | None:
    """The person a feature lede quotes before naming them, named at the start of the next
    paragraph: "… the man in the red toque had already packed. “…,” he said" ¶ "His name is Gideon
    Tasker, and he was one of …"; "The retired mail carrier who led the jury said … “…,” she said"
    ¶ "Gloria Pettibone, 66, was the foreperson of the jury that …" (the be-phrase shares a word
    with the lede: jury).  Only for a quote in the lede whose cue is "he" or "she" (``gender``),
    when the lede names no one, and never someone of the other gender ("The mother … she said" ¶
    "His name is Tobias Ferrand": the son she speaks of)."""
    paras = _lede_paras(a)
    if len(paras) < 2 or not paras[0][0] <= open_at < paras[0][1]:
        return None
    (l0, _l1), (n0, n1) = paras[0], paras[1]
    if a.para_of(n0) != a.para_of(l0) + 1 or any(p.first_pos < n0 for p in a.persons):
        return None
    run = next((r for r in a.runs if n0 <= r.start < n1 and r.confirmed and r.pid is not None), None)
    if run is None:
        return None
    p = a.persons[run.pid]
    if (p.gender or name_gender(fold(p.words[0]))) not in (None, gender):
        return None
    if _NAME_IS.match(a.text, n0) and a.text[n0:n0 + 3] != ("His" if gender == "m" else "Her"):
        return None   # "His name is Tobias" after "she said"
    if (m := _NAME_IS.match(a.text, n0)) is not None and m.end() == run.start:
        return run.pid
    if run.start != n0 or (be := _IS_THE.match(a.text, run.end)) is None:
        return None
    lede = {w for w in re.findall(r"[a-z]{4,}", a.text[l0:open_at].lower()) if w not in _STOP}
    said = {w for w in re.findall(r"[a-z]{4,}", be.group("what").lower()) if w not in _STOP}
    return run.pid if lede & said else None
