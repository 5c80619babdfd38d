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
from desk.extract.lexicon import ROLE_HEADS, STRONG_TITLES
from desk.extract.names import TITLE_WORDS, fold

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")
#: "FORT ALDER -", "SALINA FORKS, Kanowa (AP) —": a dateline before the lede's first word.
DATELINE = re.compile(r"[A-Z][A-Z .,'’-]+(?:,[ \t]*[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*)?[ \t]*)?(?:\([^)\n]*\))?\s*[-\u2013\u2014]+\s*")
#: "The chief executive of Vantage Ticketing", "The province's health minister", "Brennock's police chief".
_ROLE_OPENING = re.compile(
    r"(?:(?:The|the)\s+(?:[\w’'-]+[’']s\s+)?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*[’']s\s+)"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})")
#: Offices and titles: a person the story brings in with one is an official, not a lede's unnamed subject.
_OFFICES = ROLE_HEADS | TITLE_WORDS
#: The last word of the role: a title ("chief", "minister"), or "executive" ("chief executive").
_HEADS = STRONG_TITLES | {"executive"}


def dateline_place(text: str) -> str | None:
    """The place a story's dateline names, folded ("KILBRIDE JUNCTION, W.M. —" → "kilbride
    junction"), from the first paragraphs; None when no paragraph there opens with one.  A name
    the story writes so is a place, even where a headline makes it sound like someone
    ("Kilbride Junction's only doctor retires")."""
    for para in re.split(r"\n\s*\n", text[:3000])[:8]:
        m = DATELINE.match(para.strip())
        if m is not None:
            place = re.split(r"[,(\-\u2013\u2014]", m.group())[0]
            words = [fold(w) for w in place.split()]
            return " ".join(words) if words else None
    return None


def lede_paras(a) -> list[tuple[int, int]]:
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
    paras = lede_paras(a)
    if len(paras) < 2:
        return
    (l0, l1), (n0, n1) = paras[0], paras[1]
    if a.para_of(n0) != a.para_of(l0) + 1:
        return   # the lede and the paragraph after it, with nothing between
    start = d.end() if (d := DATELINE.match(a.text, l0, l1)) else l0
    m = _ROLE_OPENING.match(a.text, start, l1)
    if m is None:
        _indefinite_lede_role(a, start, l1, n0, n1)
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


#: "A former volunteer treasurer who took …": an indefinite subject with a who-clause.
_INDEFINITE_OPENING = re.compile(r"An?\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+who\b")


def _indefinite_lede_role(a, start: int, l1: int, n0: int, n1: int) -> None:
    """"A former volunteer treasurer who took $412,000 … was sentenced Thursday" ¶ "Gerald
    Ashby-Kroll, 54, of Wren Township, pleaded guilty …": the wire's delayed identification.  The
    person whose name, with an age, opens the next paragraph, new there and given no title or role
    of their own, takes the lede's title (``_HEADS``: "the treasurer" later is Ashby-Kroll; "A man who …" gives
    nothing)."""
    m = _INDEFINITE_OPENING.match(a.text, start, l1)
    if m is None or fold(m.group("words").split()[-1]) not in _HEADS:
        return
    if any(p.first_pos < n0 for p in a.persons):
        return   # the lede names someone: the title may be theirs
    run = next((r for r in a.runs if r.start == n0 and r.confirmed and r.pid is not None), None)
    if run is None or a.persons[run.pid].roles or a.persons[run.pid].first_pos != n0:
        return
    if not re.match(r",[ \t]*\d{1,3},", a.text[run.end:run.end + 8]):
        return   # the name with its age, as wire copy names the lede's subject (not "Martha Cole, who founded …")
    a.persons[run.pid].roles.add(fold(m.group("words").split()[-1]))


#: A lede that opens on someone's age: "A 19-year-old who was up late studying …".
_AGE_OPENING = re.compile(r"(?:An?|The)\s+(\d{1,3})-year-old\b")


def lede_age(a) -> tuple[int, str] | None:
    """(pid, age) for a lede that opens on an age and names no one ("A 19-year-old who was up late
    studying … is being credited …"), when the next paragraph brings in exactly one person, as
    the subject of a cue ("“…,” Precious Adeyemi said"): the story gave her that age, as if
    written "Precious Adeyemi, 19,", so "the 19-year-old" later is her."""
    got = getattr(a, "_lede_age_cache", False)
    if got is not False:
        return got
    a._lede_age_cache = None
    paras = lede_paras(a)
    if len(paras) < 2:
        return None
    (l0, l1), (n0, n1) = paras[0], paras[1]
    start = d.end() if (d := DATELINE.match(a.text, l0, l1)) else l0
    m = _AGE_OPENING.match(a.text, start, l1)
    if m is None or a.para_of(n0) != a.para_of(l0) + 1 or any(p.first_pos < n0 for p in a.persons):
        return None
    new = [p for p in a.persons if n0 <= p.first_pos < n1]
    run = next((r for r in a.runs if new and r.start == new[0].first_pos), None)
    if len(new) != 1 or run is None or run.t1 >= len(a.toks) or new[0].roles & _OFFICES \
            or not (a._is_cue(run.t1) or run.start == n0 and _ACTED_ON.match(a.text, a.toks[run.t1].start)):
        # (not "Sgt. Tom Hale said": an officer who speaks of the lede's 19-year-old; a person
        # opening the next paragraph as what the lede said was done to its subject: "A 31-year-old
        # man has been charged …" ¶ "Kyle Desjardins-Pratt was arrested …")
        return None
    a._lede_age_cache = (new[0].pid, m.group(1))
    return a._lede_age_cache


#: What the lede's subject underwent, opening the next paragraph after its name: "was arrested".
_ACTED_ON = re.compile(r"(?:was|has been|had been|is)[ \t]+(?:[a-z]+ly[ \t]+)?(?:arrested|charged|identified|named|"
                       r"sentenced|convicted|found|killed|taken|released|hired|elected|appointed|rescued|injured)\b")
#: A second paragraph that names the lede's subject: "His name is Gideon Tasker, and …", "That
#: was Dale Kowalchuk, 51, who …".
_NAME_IS = re.compile(r"(?:(?:His|Her|Their)\s+name\s+is|That\s+(?:was|is)|That['’]s)\s+")
#: "Gloria Pettibone, 66, was the foreperson of the jury …": the name, its age, an aside set off by
#: commas (", known for decades as “Bernie the Binder,”"), a be-verb, and what they are ("the
#: foreperson", "one of 900 residents", "nominated in January by …"), or what they did ("Darlene
#: Kupchak, 67, a retired bookkeeper, filed the complaint …", "was sorting mail at …", "has
#: driven Route 14 for …", "Marnie Halvorsen and her husband, Doug Halvorsen, run 300 head");
#: not "killed", "arrested" or "charged": a victim or a suspect, whom
#: the lede does not quote.
_HARM_VERBS = r"killed|injured|hurt|shot|struck|stabbed|found|arrested|charged|convicted|sentenced|accused|missing|dead"
_IS_THE = re.compile(r"(?P<aside>,?(?:\s*\d{1,3},)?(?:[ \t]*,?[^,;.!?\n]{1,120},[\u201d\"\u2019]?){0,3}"
                     r"|[ \t]+and[ \t]+(?:his|her|their)[ \t]+[a-z]+,[^,;.!?\n]{1,60},(?:\s*\d{1,3},)?)\s+"
                     r"(?:(?:is|was)\s+(?:the|a|an|one\s+of|(?!(?:" + _HARM_VERBS + r")\b)[a-z]+ed\s+"
                     r"(?:in|on|by|to|as|last|this|after)\b|(?!(?:dying|bleeding|missing)\b)[a-z]{3,}ing\b)"
                     r"|(?:has|have|had)\s+(?!(?:" + _HARM_VERBS + r"|died|been)\b)[a-z]{3,}(?:ed|en|wn|un|ght)\b"
                     r"|(?!(?:" + _HARM_VERBS + r")\b)[a-z]{3,}ed\b"
                     r"|(?:spoke|said|told|wrote|testified)\b"
                     r"|(?:run|runs|own|owns|live|lives|farm|farms|operate|operates|raise|raises|work|works)\b)\s+"
                     r"(?P<what>[^.;!?\n]{3,120})")
_STOP = frozenset("""that with from this their there which about into after before would could have town city
    county state province country people year years time times today week weeks days home family said says""".split())
#: Words of the naming sentence that make its person the one spoken of: dead, hurt or missing, or
#: "he was talking about" (not "dead" before a noun: "counted 2,000 dead fish").
_HARMED = re.compile(r"(?i)\b(?:killed|died|dead(?!\s+(?!(?:after|before|from|inside|outside|near|since|when|and)\b)[a-z]{3,})|death|body|bodies|recovered|missing|injured|hurt|victims?|"
                     r"(?:was|were|is|are)\s+(?:talking|speaking)\s+about|remains)\b")
#: An aside that ties the person to someone else: ", his landlord,", ", the pharmacist's landlord,".
_SOMEONE_ELSES = re.compile(r"(?i),?(?:\s*\d{1,3},)?\s*,?\s*(?:his|her|their|its|my|our|the\s+[\w-]+['’]s|[A-Z][\w-]*['’]s)\s")


def lede_speaker(a, open_at: int, gender: str) -> int | None:
    """The person a feature lede quotes before naming them, named at the start of the next
    paragraph: "… the man in the red toque had already packed. “…,” he said" ¶ "His name is Gideon
    Tasker, and he was one of …"; "The retired mail carrier who led the jury said … “…,” she said"
    ¶ "Gloria Pettibone, 66, was the foreperson of the jury that …" (the be-phrase shares a word
    with the lede: jury); "The shift boss came up first … “…,” he said" ¶ "That was Dale
    Kowalchuk, 51, who …" (the quote a paragraph of its own right after the lede's first).
    Only for a quote in the lede whose cue is "he" or "she" (``gender``),
    when the lede names no one, and never someone of the other gender ("The mother … she said" ¶
    "His name is Tobias Ferrand": the son she speaks of)."""
    paras = lede_paras(a)
    if not paras:
        return None
    l0, l1 = paras[0]
    at = a.para_of(open_at)
    if not (l0 <= open_at < l1 or at == a.para_of(l0) + 1 and a.text[a.paras[at][0]] in "\"\u201c\u00ab"):
        return None   # in the lede, or in the paragraph of quotes right after it
    if at + 1 >= len(a.paras):
        return None
    n0, n1 = a.paras[at + 1]
    if any(p.first_pos < n0 for p in a.persons):
        return None
    run = next((r for r in a.runs if n0 <= r.start < n1 and r.confirmed and r.pid is not None), None)
    if run is None:
        return None
    p = a.persons[run.pid]
    if (p.gender or name_gender(fold(p.words[0]))) not in (None, gender):
        return None
    if _NAME_IS.match(a.text, n0) and a.text.startswith(("His", "Her", "Their"), n0) \
            and not a.text.startswith("His" if gender == "m" else "Her", n0):
        return None   # "His name is Tobias" after "she said"
    sentence = re.split(r"\b(?:when|after|before|while|because|since|until)\b", a.text[run.end:a.sentence_bounds(run.start)[1]])[0]
    if _HARMED.search(sentence):
        return None   # "That was Dale Kowalchuk, 51, who was killed …": the one spoken of
    if (m := _NAME_IS.match(a.text, n0)) is not None and m.end() == run.start:
        return run.pid
    if run.start != n0 or (be := _IS_THE.match(a.text, run.end)) is None:
        return None
    if _SOMEONE_ELSES.match(be.group("aside")):
        return None   # "Gil Marchetti, his landlord, is one of …": someone the lede's man knows
    start = d.end() if (d := DATELINE.match(a.text, l0, open_at)) else l0   # not the dateline's place
    lede = {w for w in re.findall(r"[a-z]{4,}", a.text[start:open_at].lower()) if w not in _STOP}
    said = {w for w in re.findall(r"[a-z]{4,}", (a.text[run.start:run.end] + " " + be.group(0)).lower()) if w not in _STOP}
    stems = {w[:5] for w in lede if len(w) >= 6}   # "The bus driver" … "has driven Route 14"
    shared = lede & said
    shared |= {w for w in said if len(w) >= 6 and w[:5] in stems and not any(x[:5] == w[:5] for x in shared)}
    # an official the story brings in by what they did ("Tom Hale, the agriculture minister, toured
    # the flooded farms") needs more than one word in common with the lede: a be-phrase ("was the
    # lead investigator") or two words ("opened Harbor Light") say it is the lede's subject
    doing = not re.search(r"\b(?:is|was)\s+(?:the|a|an|one\s+of|[a-z]+ed\s+(?:in|on|by|to|as|last|this|after))\b",
                          be.group(0))
    return run.pid if len(shared) >= (2 if doing and p.roles & _OFFICES else 1) else None
