"""A relative who speaks, by the story's word for the tie: "his mother said" (pass 5b of quote finding).

"Tom Reyes, 16, lost his home. His mother, Ana Reyes, works nights. … “We have nothing left,” his
mother said." — the mother is Ana Reyes: the story named her with the tie it uses for her now.
Likewise a name set off after the tie ("Lars Brekke, her father,", "Anna’s father, Lars Brekke")
or run on with it ("her daughter Lina").  When the story named no one with that tie, a spouse or
relative may still be the one other person of the family name: "Donna and Phil Kerrigan … “…,”
Donna Kerrigan said. “…,” her husband said" is Phil Kerrigan.

Words a relative told the speaker ("He said his son had called him and said, “…”") are the
relative's (``kin_teller``, for the cue reader of ``leading``).

The reading must be the only one: two people named "his father" (of two boys), or two other
Kerrigans, leave the speaker unknown, as does a relative of the other sex than the noun ("her
husband" is no Donna).  The owner of the tie (the "her" of "her husband") must be the same person
both times when the story says whose it is.
"""

from __future__ import annotations

import re

from desk.extract.gender import named_other
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import last_name_word
from desk.extract.phrases import Attribution

#: Nouns for a relative, by the sex they give ("" for either).
KIN = {
    **dict.fromkeys("""mother mom mum wife daughter sister grandmother aunt niece granddaughter widow stepmother
        stepdaughter girlfriend fiancée fiancee""".split(), "f"),
    **dict.fromkeys("""father dad husband son brother grandfather uncle nephew grandson widower stepfather
        stepson boyfriend fiancé fiance""".split(), "m"),
    **dict.fromkeys("partner spouse cousin sibling parent child grandchild parents grandparents".split(), ""),
    **dict.fromkeys("mother-in-law daughter-in-law sister-in-law".split(), "f"),
    **dict.fromkeys("father-in-law son-in-law brother-in-law".split(), "m"),
}
#: The kind of tie each noun gives, and the kind it is the other way round.
_KIND = {**dict.fromkeys("mother mom mum father dad parent stepmother stepfather".split(), "parent"),
         **dict.fromkeys("son daughter child stepson stepdaughter".split(), "child"),
         **dict.fromkeys("wife husband partner spouse".split(), "spouse"),
         **dict.fromkeys("brother sister sibling".split(), "sibling"),
         **dict.fromkeys("grandmother grandfather".split(), "grandparent"),
         **dict.fromkeys("grandson granddaughter grandchild".split(), "grandchild"),
         **dict.fromkeys("aunt uncle".split(), "aunt"), **dict.fromkeys("niece nephew".split(), "niece")}
_RECIPROCAL = {"parent": "child", "child": "parent", "spouse": "spouse", "sibling": "sibling",
               "grandparent": "grandchild", "grandchild": "grandparent", "aunt": "niece", "niece": "aunt"}
_ADJ = r"(?:(?:late|older|younger|elder|eldest|youngest|twin|adult|teenage|\d+-year-old|only|former|estranged)\s+){0,2}"
_NOUN = "|".join(sorted(KIN, key=len, reverse=True))
#: The tie before a name: "her father, ", "Anna’s father ", "his daughter"; or set off after "a"
#: ("survived by a sister, Maud Pell", whose sister the story says elsewhere).
_BEFORE = re.compile(r"(?:(?P<own>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|[’']s)\s+%s(?P<noun>%s),?|(?P<a>\b[Aa]n?)\s+%s(?P<anoun>%s),)\s+$"
                     % (_ADJ, _NOUN, _ADJ, _NOUN))
#: The tie set off after a name: ", her father", ", Anna’s father".
_AFTER = re.compile(r",\s+(?P<own>his|her|their|[A-Z][\w’'-]*[’']s)\s+%s(?P<noun>%s)\b" % (_ADJ, _NOUN))
#: Someone unnamed opening a sentence: "A woman who moved here", "One neighbour".
_UNNAMED = re.compile(r"(?:^|[.!?”\"]\s+)(?:A|An|One|Another)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|girl|boy|mother|father|"
                      r"resident|neighbou?r|friend|volunteer|teacher|nurse|worker|student|parent|customer|member)\b", re.M)
#: A cue's subject that is a relative: "his mother", "Her older brother".
_VOICE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+%s(%s)" % (_ADJ, _NOUN))


def kin_person(a: Analysis, start: int, end: int) -> int | None:
    """The person the relative at ``start:end`` ("his mother") is, or None (see the module)."""
    got = _VOICE.fullmatch(a.text[start:end].strip())
    if got is None:
        return None
    noun = got.group(1).lower()
    theirs = a.text[start:end].strip().lower().startswith("their ")
    owner = _owner(a, start)
    ties: list[tuple[int, int | None]] = []   # (person, whose) tied by this noun
    tied: set[int] = set()   # people the story ties to someone by another noun ("her brother, Erik")
    others: list[tuple[int, int | None, str]] = []   # (person, whose, noun) of those ties
    for m in a.mentions:
        if m[0] >= start:
            break
        if m[3] != "name" or m[2] is None:
            continue
        s0 = a.sentence_bounds(m[0])[0]
        before = _BEFORE.search(a.text, max(s0, m[0] - 40), m[0])
        after = _AFTER.match(a.text, m[1])
        for tie in (before, after):
            if tie is None:
                continue
            kin = (tie.group("noun") or tie.group("anoun")).lower()
            whose = _owner(a, tie.start("own")) if tie.group("own") else _sentence_owner(a, s0, tie.start())
            if kin != noun:
                tied.add(m[2])
                others.append((m[2], whose, kin))
                continue
            own = (tie.group("own") or "").lower()
            if not theirs or own == "their" or own.endswith(("s'", "s’")):
                ties.append((m[2], whose))   # "their mother" is the one told as theirs, not "his mother"
    if owner in {pid for pid, _ in ties}:
        owner = None   # "His father, Réjean Bouchard, … his father said": his is not Réjean's own
    if owner is not None:
        ties = [(pid, whose) for pid, whose in ties if whose != _SOMEONE]   # "Gary’s wife" is not his wife
    found = {pid for pid, whose in ties if owner is None or whose is None or whose == owner}
    if len(found) == 1:
        return found.pop()
    if not found and owner is not None and owner >= 0 and not _owns_unnamed(a, owner, noun, start) \
            and (child := _tied_other_way(a, noun, start, others)) is not None:
        return child   # "Kowalchuk’s daughter, Lise Kowalchuk, … ¶ Her father shrugged": Lise's father
    if found or owner is None or not _recent(a, owner, start, 3):
        # (below, the owner decides: only one the story has just named, by name)
        return None if found else _only_one_told(a, owner, noun, start, ties, others)
    if any(pid == owner and whose != _SOMEONE and _KIND.get(other) is None for pid, whose, other in others):
        return None   # "Their daughter-in-law, Jess Kerrigan … her husband": not a Kerrigan by blood
    # the tie the other way: "Her son, Philippe Laval," … "His mother" is the one whose son he is
    back = {whose for pid, whose, other in others
            if pid == owner and whose is not None and whose != owner and _KIND.get(other, other) == _RECIPROCAL.get(_KIND.get(noun, noun), noun)
            and (not KIN[noun] or a.persons[whose].gender in (None, KIN[noun]))}
    if len(back) == 1:
        return back.pop()
    related = {whose for pid, whose, _ in others if pid == owner} | {pid for pid, whose, _ in others if whose == owner}
    if not _recent(a, owner, start):
        # (the tie the other way may reach a paragraph further back; a family name may not)
        return _only_one_told(a, owner, noun, start, ties, others)
    kin = _family(a, owner, noun, start, tied | related)
    return kin if kin is not None else _only_one_told(a, owner, noun, start, ties, others)


def _only_one_told(a: Analysis, owner: int | None, noun: str, start: int, ties, others) -> int | None:
    """The one person the story told with this tie, to someone of the pronoun's sex, when the one
    the pronoun reads as has none and is that someone's relative: "Her son, Patrick Hannigan,
    recalled …" ¶ … "her sister, Ngozi Okwu-Eze" … ¶ "“…,” her son said" — the sister has no son
    in the story; her sister's son is the one meant.  None when the owner has that relative
    unnamed ("Brandt’s father, a chemist"), or is no relative of the one whose the tie is (a
    neighbour's "her son" is her own, unnamed)."""
    if owner is None or owner < 0 or len({pid for pid, _ in ties}) != 1 or _owns_unnamed(a, owner, noun, start):
        return None
    if not any(pid == owner and whose == ties[0][1] or pid == ties[0][1] and whose == owner for pid, whose, _ in others):
        return None
    sex = {"his": "m", "her": "f"}.get(a.text[start:start + 3].lower().strip())
    whose = ties[0][1]
    return ties[0][0] if sex is not None and whose is not None and whose >= 0 and a.persons[whose].gender == sex else None


def _owns_unnamed(a: Analysis, owner: int, noun: str, before: int) -> bool:
    """The story gave the owner that relative without a name: "Brandt’s father, a retired
    chemist, helped" — her father is that man, not someone else's father named earlier."""
    last = a.persons[owner].words[-1]
    return re.search(r"\b" + re.escape(last) + r"[’']s\s+(?:[a-z]+\s+){0,2}" + re.escape(noun) + r"\b", a.text[:before]) is not None


def _tied_other_way(a: Analysis, noun: str, start: int, others) -> int | None:
    """For "Her father" when the person the pronouns read as "her" has no father in the story:
    the one person tied the other way to someone of the pronoun's sex named in the last three
    paragraphs ("Kowalchuk’s daughter, Lise Kowalchuk," is Dale Kowalchuk's daughter, so "Her
    father" is Dale, though a city official was named between)."""
    sex = {"his": "m", "her": "f"}.get(a.text[start:start + 3].lower().strip())
    want = _RECIPROCAL.get(_KIND.get(noun, noun))
    if sex is None or want is None:
        return None
    found = {whose for pid, whose, other in others
             if _KIND.get(other, other) == want and whose is not None and whose >= 0 and pid >= 0
             and a.persons[pid].gender == sex and (_recent(a, pid, start, 3) or _in_focus(a, pid, start))
             and (not KIN[noun] or a.persons[whose].gender in (None, KIN[noun]))}
    return found.pop() if len(found) == 1 else None


def _family(a: Analysis, owner: int, noun: str, before: int, tied: set[int]) -> int | None:
    """The one other person named before ``before`` with the owner's family name, of the sex the
    noun gives (or none told, and no given name of the other sex), whom the story tied to no one by
    another noun nor to the owner: "Donna and Phil Kerrigan … her husband" (not "Her brother, Erik
    Brekke" for "her father", not Keisha Bramwell for her mother's husband, not "His parents,
    Sylvie and André" … Sylvie's son for "her husband")."""
    p = a.persons[owner]
    if len(p.words) < 2:
        return None
    family = fold(last_name_word(p.words))   # ("Darnell Weathers Sr.": Weathers)
    sex = KIN[noun]
    others = [q.pid for q in a.persons if q.pid != owner and len(q.words) >= 2 and fold(last_name_word(q.words)) == family
              and q.first_pos < before and (not sex or q.gender in (None, sex) and not named_other(q.words, sex))
              and q.pid not in tied]
    return others[0] if len(others) == 1 else None


def _recent(a: Analysis, pid: int, pos: int, back: int = 2) -> bool:
    """The person was named (not only a pronoun) in the paragraph of ``pos`` or the ``back``
    before, with no one unnamed brought in since ("A woman who moved here … Her son" is hers, not
    the last person named).  The tie the other way ("His daughter, Aaliyah Greenlee, 16, had the
    lead. … ¶ Her father nodded.") reaches three paragraphs back."""
    last = max((m[0] for m in a.mentions if m[0] < pos and m[2] == pid and m[3] == "name"), default=-1)
    if last < 0 or a.para_of(last) < a.para_of(pos) - back:
        return False
    return not _UNNAMED.search(a.text, last, pos)


def _in_focus(a: Analysis, pid: int, pos: int) -> bool:
    """The person was named in the last six paragraphs and the story still speaks of them, by
    pronoun, in the paragraph of ``pos`` or the one before ("… his daughter, Jess Kowalyk, … ¶ …
    ¶ His daughter … is more skeptical. She said … ¶ “…,” she said. ¶ Her father laughed")."""
    para = a.para_of(pos)
    return _recent(a, pid, pos, 6) and any(m[2] == pid and para - 1 <= a.para_of(m[0]) <= para
                                           for m in a.mentions if m[0] < pos)


def _sentence_owner(a: Analysis, s0: int, pos: int) -> int:
    """Whose "a sister, Maud Pell" is: the last person the sentence names before it ("She is
    survived by a sister"), or ``_SOMEONE`` when it names no one."""
    last = None
    for m in a.mentions:
        if m[0] >= pos:
            break
        if m[0] >= s0 and m[2] is not None:
            last = m[2]
    return _SOMEONE if last is None else last


#: The owner of a tie written as a name the desk holds no person for ("Gary’s wife").
_SOMEONE = -1
#: The owner of "my mother", "our son": the writer (or the one whose words the story is).
_WRITER = -2


def _owner(a: Analysis, pos: int) -> int | None:
    """Whose the tie at ``pos`` is: the person a possessive pronoun there stands for, or the name
    whose possessive ends there ("Anna’s"); ``_SOMEONE`` for a name's possessive that is no one
    the story holds; None when the pronoun stands for no one."""
    if re.match(r"(?i)(?:my|our)\b", a.text[pos:pos + 4]):
        return _WRITER   # "My mother, Isabel," … "my mother said": the writer's
    m = a.mention_at.get(pos)
    if m is not None and m[3] == "pron":
        return m[2]
    if re.match(r"(?i)(?:his|her|their)\b", a.text[pos:pos + 6]):
        return None   # a pronoun the passes gave no one ("Their daughter-in-law")
    for m in a.mentions:
        if m[0] <= pos <= m[1] + 2 and m[3] == "name":
            return m[2]
    return _SOMEONE if a.text[pos:pos + 1].isupper() or a.text[pos:pos + 1] in "’'" else None


def set_off_subject(a: Analysis, s: int, gender: str) -> int | None:
    """The person a sentence opening at ``s`` names in full right after a description and sets
    off by commas, as the subject of its cue ("Her mother, Thu Nguyen, said afterward that Ruby
    …", "A neighbour, Karen Siddiqui, said"), when of ``gender`` or of no known sex: their index
    in ``a.persons``, else None.  A pronoun after such a sentence is that person, not someone the
    sentence goes on to name."""
    toks = a.toks
    k = a.tok_index(s)
    if k >= len(toks) or toks[k].low not in ("his", "her", "their", "a", "an", "the", "one"):
        return None
    c = next((x for x in range(k + 1, min(k + 5, len(toks))) if toks[x].text == ","), None)
    if c is None or any(toks[x].kind != "w" or not toks[x].text.islower() for x in range(k + 1, c)):
        return None
    m = a.mention_at.get(toks[c + 1].start) if c + 1 < len(toks) else None
    if m is None or m[2] is None or m[3] != "name":
        return None
    e = a.tok_index(m[1])
    if e >= len(toks) or toks[e].text != "," or not any(a._is_cue(x) for x in range(e + 1, min(e + 3, len(toks)))):
        return None
    sex = a.persons[m[2]].gender
    return m[2] if sex in (None, gender) else None


#: A relative as the subject right before a cue: "her son told her", "his wife had said".
_KIN_SUBJECT = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:late|older|younger|eldest|youngest|adult|teenage|"
                          r"\d+-year-old)[ \t]+)?(?:%s)[ \t]+(?:(?:had|has|have|would|once|then|later|also)[ \t]+)*$"
                          % _NOUN)


#: A relative's clause joined by "and" to the cue: "his son had called him after Game 6 and …".
_KIN_AND = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?[ \t]+(?P<verb>[a-z]+ed|had|called|came|went|"
                      r"phoned|rang|wrote|sent|took|got)\b[^,;.!?“”\"\n]{0,70}[ \t]and[ \t]+$")


def kin_teller(a: Analysis, k: int) -> Attribution | None:
    """The relative who is the subject of the cue at k, which introduces the quote itself: the
    person the story named with that tie ("Her son, Mathis Gagné-Roy,"), else that relative
    unnamed (no one's name: not the mother who tells of it)."""
    t = a.toks[k]
    m = _KIN_SUBJECT.search(a.text, max(0, t.start - 60), t.start)
    if m is None and (joined := _KIN_AND.search(a.text, max(0, t.start - 100), t.start)) is not None:
        # "his son had called him after Game 6 and told him, “…”": the son is the subject of both
        m = _KIN_SUBJECT.search(a.text, joined.start(), joined.start("verb"))
    if m is None:
        return None
    end = m.start() + len(m.group(0).rstrip())
    words = a.text[m.start():end].split()
    while words and words[-1].lower() in ("had", "has", "have", "would", "once", "then", "later", "also"):
        words.pop()
    end = m.start() + len(" ".join(words))
    return Attribution(m.start(), end, kin_person(a, m.start(), end), "generic")
