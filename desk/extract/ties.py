"""How a story ties a description to a person it named: the words it gave them ("Rookie guard
Darnell Price", "Tom Reyes was elected trustee", "Anjali Dewhurst was the Crown's first witness"),
the place of their party code ("D-Pa." for "the Pennsylvania Democrat"), their age ("Kyle
Banner, 52,"), and the phrases that keep someone company rather than describe them.  Used by
:func:`desk.extract.described.described_person`.
"""

from __future__ import annotations

import re

from desk.extract.lede import lede_age, lede_paras
from desk.extract.lexicon import STRONG_TITLES, WON_VERBS, person_noun
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive


def called(a: Analysis, p, head: str) -> bool:
    """The story gave ``p`` the noun ``head``: among their roles, or just before their name where
    it first appears ("Rookie guard Darnell Price")."""
    if head in p.roles:
        return True
    lo = max(a.sentence_bounds(p.first_pos)[0], p.first_pos - 30)
    before = a.text[lo:p.first_pos]
    before = before[max(before.rfind(","), before.rfind(";")) + 1:]   # not "Holt, a Democrat, and Sen. Jim Carr"
    return re.search(r"(?i)\b" + re.escape(head) + r"\b", before) is not None


def in_opening_phrase(a: Analysis, s0: int, pos: int, before: int) -> bool:
    """The mention at ``pos`` is someone the description's subject was with, in a phrase that
    opens the sentence and ends in a comma: "In an interview with hosts Joe Scarborough and Mika
    Brzezinski, the candidate said", "With Tom Hale on the bench, the rookie said" — not "After Ann
    Ruiz won the nomination, the candidate said" (Ruiz)."""
    if "," not in a.narr[pos:before]:
        return False
    k = a.tok_index(pos)
    return any(a.toks[x].kind == "w" and a.toks[x].low in _WITH for x in range(max(a.tok_index(s0), k - 4), k))


#: What someone in a role does, for roles whose noun is no verb's stem: "Ann Ruiz represents the
#: family … the lawyer said", "Tom Hale owns the bakery … the owner said".
_ROLE_ACTS = {"lawyer": ("represent",), "attorney": ("represent",), "counsel": ("represent",),
              "owner": ("owns", "owned", "bought", "runs", "ran", "opened"), "spokesman": ("speaks for", "spoke for"),
              "spokeswoman": ("speaks for", "spoke for"), "spokesperson": ("speaks for", "spoke for"),
              "ceo": ("runs", "ran", "heads", "headed", "leads", "led", "took over"), "judge": ("presided",),
              "farmer": ("grows", "grew", "raises", "raised"), "chef": ("cooks", "opened"), "author": ("wrote",),
              "teacher": ("taught",), "chair": ("chairs", "chaired")}
#: Prepositions whose object keeps someone company: "with", "alongside", "beside".
_WITH = frozenset("with alongside beside".split())


def given_role(a: Analysis, pid: int, head: str, before: int) -> bool:
    """A sentence naming the person ``pid`` gives them the role ``head``: "Tom Reyes was elected
    trustee", "Tom Hale is the team’s coach", "has spent 30 years as a judge", "has served as the
    city’s fire chief", "who took over as coach", "the Democrat who chairs the committee"."""
    stem = head[:-2] if head.endswith(("er", "or")) and len(head) >= 6 else head
    # "has coached the Riders", "farms 400 acres", "teaches Grade 3", "who represents the family"
    # (the verb, never the noun itself: "the prime minister’s spokesman said" gives Cameron no role)
    acts = [re.escape(x) + r"\w*" for x in _ROLE_ACTS.get(head, ())]
    if stem != head and len(stem) >= 4:
        acts.append(re.escape(stem) + "(?:s|es|ed|ing)")   # "farms" for the farmer
    elif len(head) >= 4:
        # "coached", "coaches" (a verb after -ch or -sh; not "officials", "hosts": plurals)
        acts.append(re.escape(head) + ("(?:ed|ing|es)" if head.endswith(("ch", "sh")) else "(?:ed|ing)"))
    acts.append(r"(?<=\bwho )" + re.escape(head) + ("es" if head.endswith(("ch", "sh")) else "s"))   # "who chairs the committee"
    did = r"|\b(?:%s)\b" % "|".join(acts) if acts else ""
    said = re.compile(r"\b(?:is|was|were|are|became|becomes|been|be|as)\s+(?:(?!by\b|to\b|with\b|for\b|from\b)[\w’'-]+\s+){0,4}?%s\b%s"
                      % (re.escape(head), did), re.I)
    seen = set()
    for m in a.mentions:
        if m[0] >= before:
            break
        if m[2] != pid:
            continue
        s0, s1 = a.sentence_bounds(m[0])
        if s0 not in seen and said.search(a.narr, s0, min(s1, before)):
            return True
        seen.add(s0)
    return False


def does_the_work(a: Analysis, pid: int, head: str, before: int) -> bool:
    """The story says the person ``pid`` does what ``head``, a noun for a doer, names: the role
    given (``given_role``: "farms 400 acres" for the farmer), or the sentence that first names
    them holds the thing the doer's noun is made from ("Lorraine Figueroa has run the ski patrol
    since 1994" for "the veteran patroller"; "the farm" for the farmer)."""
    if given_role(a, pid, head, before):
        return True
    p = a.persons[pid]
    if p.first_pos >= before:
        return False
    s0, s1 = a.sentence_bounds(p.first_pos)
    words = {t.low for t in a.toks[a.tok_index(s0):a.tok_index(s1)] if t.kind == "w" and len(t.low) >= 4}
    return any(head in (w + "er", w + w[-1] + "er", w + "r") for w in words)


def tied_to(a: Analysis, m, placed: set[str], head: str, para: int) -> bool:
    """The story tied the capitalised words of a description ("the Kentucky Republican") to the
    person of mention ``m``, or gave them its role in this paragraph."""
    p = a.persons[m[2]]
    caps = untold_places(a, m, placed)
    return not caps or a._introduced_with(p, caps) or (head in p.roles and a.para_of(m[0]) == para)


def untold_places(a: Analysis, m, placed: set[str]) -> set[str]:
    """The description's capitalised words that are not the person's own roles or parties."""
    p = a.persons[m[2]]
    return placed - p.roles - p.parties


def coded(a: Analysis, m, placed: set[str]) -> bool:
    """The state of the party code after the name of mention ``m``'s person is the description's
    place ("Rep. Ann Ruiz (D-N.Y.)" for "the New York Democrat"): the strongest tie a story gives."""
    caps = untold_places(a, m, placed)
    return bool(caps) and caps <= a.state_coded(a.persons[m[2]])


def described_apart(a: Analysis, words: list[str], since: int, before: int) -> bool:
    """The story has spoken of someone by this description's head noun since the person named at
    ``since``, as the object of a verb or preposition ("met with the president", "called the
    senator"): the description is that someone.  Not an apposition ("Ann Ruiz, the president of
    the union,") nor the description as a subject ("Obama visited troops. The president told
    them …"), which may stand for the person named."""
    pattern = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?%s\b" % re.escape(words[-1]))
    for m in pattern.finditer(a.narr, since, before):
        if re.search(r"\b[a-z]+\s+$", a.narr[max(since, m.start() - 20):m.start()]):
            return True
    return False


def age_told(a: Analysis, p) -> str | None:
    """The age the story gives a person where it introduces them ("Kyle Banner, 52,"; "said
    Wes Callaghan, 68."), or in a lede that opens on it (``lede.lede_age``)."""
    told = re.match(r"[^,\n]{0,60},\s*(\d{1,3})\s*(?:,|\.(?!\d))", a.text[p.first_pos:p.first_pos + 80])
    if told:
        return told.group(1)
    lede = lede_age(a)   # "A 19-year-old who …" ¶ "“…,” Precious Adeyemi said"
    return lede[1] if lede is not None and lede[0] == p.pid else None


def one_given(a: Analysis, head: str, before: int) -> set[int]:
    """The people a sentence before ``before`` says are a ``head`` right after naming them:
    "Anjali Dewhurst, 34, was the Crown’s first witness" (not "…, who killed Theo Marangoni": the
    noun must follow the name's own be-verb)."""
    is_one = re.compile(r"(?:\s*,[^,.;]{1,40},)?\s+(?:is|was|became)\s+(?:the|a|an|[\w’'.-]+[’']s)\s+"
                        r"(?:(?!(?:in|of|on|at|by|to|for|with|from)\b)[\w’'-]+\s+){0,3}?" + re.escape(head)
                        + r"(?![\w’'-])(?!\s+[a-z])", re.I)   # the noun ends its phrase: not "the victim's brother"
    return {m[2] for m in a.mentions if m[0] < before and m[2] is not None and m[3] == "name"
            and is_one.match(a.text, m[1])}


#: What follows an indefinite lede's "a judge" that the next paragraphs will name: "who called the
#: theft “…”", "calling the theft “…”" (with a judge calling …).
_CATAPHORA = re.compile(r"\s+(?:who|calling|describing|saying|telling|warning|noting|writing|adding)\b")


def named_after(a: Analysis, voice: str, at: int, open_at: int) -> int | None:
    """The person a lede's description stands for when the story names them only after the quote:
    "Brennock's police chief urged the committee …, telling members that her officers are “…”." and
    then "“…,” Chief Miriam Stavros told the committee" (a wire lede's cataphora).

    Only where the description is the story's first word of anyone (no person is mentioned before
    it), ends in a title (``STRONG_TITLES``: chief, minister, mayor, not "resident" or "worker"),
    is definite or possessive ("the …", "Ontario's …"), and the quote's paragraph or the two after
    it name exactly one person new after the quote with that title or role.  An indefinite one
    only with a who-clause or a participle ("by a judge who called the theft “…”", "with a judge
    calling the theft “…”"; not "A provincial health
    minister says", who may be another province's) and only in the lede, where wire copy holds
    back a name for the next paragraph ("… Common Pleas Judge Rosalind Achebe-Whitfield also
    ordered …"); later in a story "a judge" may be anyone.  None otherwise."""
    words = voice.split()
    head = fold(words[-1])
    definite = fold(words[0]) == "the" or any(is_possessive(w) for w in words[:-1])
    if head not in STRONG_TITLES or not definite and not (
            fold(words[0]) in ("a", "an") and _CATAPHORA.match(a.text, at + len(voice))
            and (paras := lede_paras(a)) and paras[0][0] <= at < paras[0][1]):
        return None
    if any(m[0] < at for m in a.mentions):
        return None
    last = a.para_of(open_at) + 2
    found = {m[2] for m in a.mentions
             if m[0] > open_at and m[3] == "name" and a.para_of(m[0]) <= last
             and a.persons[m[2]].first_pos > open_at and head in a.persons[m[2]].roles}
    return found.pop() if len(found) == 1 else None


_WON = re.compile(r"(?i)^[^.!?;]{0,60}?\b(?:" + WON_VERBS + r")\b")


def won(a: Analysis, pid: int, office: str, before: int) -> bool:
    """The story says, before ``before``, that the person won that office ("Dana Ruiz unseated
    Mayor Frank Gilchrist", "Ruiz won the mayor's race"; not "Tom Levesque defeated a two-term
    councillor" for the mayor-elect): what "the mayor-elect" takes."""
    for m in a.mentions:
        if m[2] == pid and m[0] < before:
            rest = a.text[m[1]:a.sentence_bounds(m[0])[1]]
            if _WON.match(rest) and re.search(r"(?i)\b" + re.escape(office), rest):
                return True
    return False


#: A cue that answers someone: "the member for Kenning River shot back" is another voice.
REPLY = re.compile(r"\s+(?:shot|fired|hit)\s+back\b|\s+(?:countered|retorted|replied|responded|rebutted)\b")


def someone_else_since(a: Analysis, start: int, end: int) -> bool:
    """Someone other than the one just named comes in between: an object pronoun or a person
    noun after an article ("Winn told him", "said of the winner, a Grade 4 student")."""
    between = a.narr[start:end]   # (the narration: not a "him" inside a quote)
    return bool(re.search(r"\b(?:him|them)\b", between)) or any(
        person_noun(w.lower()) or w.lower() in _NEWCOMERS
        for phrase in re.findall(r"(?i)\b(?:the|a|an)((?:\s+[\w-]+){1,3})", between) for w in phrase.split())


#: Nouns for someone a story brings in without a name: "said of the winner".
_NEWCOMERS = frozenset("winner winners loser child children kid kids baby".split())
