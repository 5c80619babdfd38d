"""He or she after someone the story describes but does not name (pass 5e of quote finding).

"Union president Tammy Kowalczyk said the union would fight. One former engineer, who asked not
to be named, said the plant was starved of investment. “Every cycle they came back denied,” she
said." — she is the engineer, not Kowalczyk: the person a story brings in after the last one it
named, as the subject of a sentence, is whom the next he or she goes on about.  The pronoun
passes (``pronouns``) know only named people, so they give the named one, or no one when an
unnamed person of that gender came between; this pass gives the description as written
("One former engineer"), marked unnamed, the draft's own words for who spoke.

Only a subject opening one of the two sentences before the pronoun's (or its own) counts, a
noun phrase for a person ("a retired police officer", "One of his supporters", "her father")
that the story ties to no name, of no other gender, and that speaks: the subject of a cue.  Not
one who only does something ("His father drove him to every practice", "A man walking his dog
found the body"), who speaks to the person the story follows ("One resident told her", "One MP
shouted at him"), who asks before an answer, who declines to comment, who stands in someone
else's report ("…, he said", "According to witnesses, one man said"), whose she is another
("Her coach said she had skied the run of her life"), or whom a name follows ("A neighbour,
Karen Siddiqui, said"); "the co-worker" only after the story brought in "a co-worker".  These
guards come from two review rounds (session 29): each reading they block was a regression.
Someone undescribed whom a sentence merely opens with (no cue) is :mod:`desk.extract.opens`'s.
"""

from __future__ import annotations

import re

from desk.extract.described import described_person, described_voice, indefinite_voice
from desk.extract.evidence import named_as
from desk.extract.kin import kin_person, set_off_subject
from desk.extract.lexicon import (
    ASKING,
    FUNCTION_WORDS,
    PERSON_NOUNS,
    ROLE_HEADS,
    person_noun,
)
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import according_end
from desk.extract.opens import (
    ABOUT_TO_SPEAK,
    ASKERS,
    OPENING,
    PLACE_TIES,
    POSTURES,
    SEXED,
    UNNAMED,
    sex_of,
    trade_form,
    unnamed_opens,
)
from desk.extract.phrases import np_at

_SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
#: Words that end a phrase for a person: a verb or a clause begins.
_STOP = frozenset("who whose which that said says is was has had will would for of to in at with on by from about".split())
#: Object pronouns after a cue: the subject speaks to someone the story has in mind.
_TOLD_PRONOUNS = frozenset("him her them".split())
#: Cues whose object is the one spoken to.
_TELLING = frozenset("""told tells asked asks accused accuses urged urges warned warns reminded assured thanked
    congratulated informed pressed challenged called phoned emailed texted""".split())
#: Cues that are as often an act: "His opponent conceded just after 10 p.m.", "A dispatcher
#: answered on the second ring" (not "conceded that", "answered, “…”").
_ACTS = frozenset("conceded concedes answered answers".split())
#: Cues that give a relative's words, not an act of theirs.
_SPEAKING = frozenset("""said says told tells added adds explained recalled recalls asked asks wrote writes
    remembered remembers noted notes insisted replied answered testified""".split())
#: Verbs of someone who says nothing.
_SILENT = frozenset("declined refused declines refuses".split())
#: A relative clause of one who withholds their name: "who would not give his name", "who
#: declined to be named", "who asked not to be identified", "speaking on condition of anonymity".
_ANONYMOUS = re.compile(r"\b(?:not|never|declined to|refused to)\s+(?:\w+\s+){0,2}?(?:(?:give|giving|gave|provide|share)"
                        r"\s+(?:his|her|their|a)\s+(?:(?:full|last|first)\s+)?names?|be (?:named|identified))\b"
                        r"|\banonymity\b")
#: Openers of a description that stand for someone known: "the" may, "his", "her" and "their" do.
_OPENERS = frozenset("a an one another the his her their".split())


def unnamed_antecedent(a: Analysis, pron_start: int, pid: int | None, results, group) -> str | int | None:
    """The unnamed person, as the story words them, whom the subject he/she at ``pron_start``
    stands for when they entered after ``pid`` (the pronoun passes' reading) was last mentioned;
    None to keep that reading.  A relative the story named with that tie ("His mother, Ana Reyes,"
    … "His mother said …. “…,” she said") is that person: their index in ``a.persons``.  ``results`` are the quotes found so far: one just given to an
    unnamed voice is theirs to go on ('“…,” said a neighbour. “…,” she added.'); ``group`` the
    quote's spans (a question may be an asker's)."""
    words = a.text[pron_start:pron_start + 6].split()
    gender = _SUBJECT_PRONOUNS.get(words[0].lower().strip(",.’'")) if words else None
    if gender is None:
        return None
    # by name or description: "Her father, standing behind her, said" names no one after him
    last_named = max((m[0] for m in a.mentions if m[0] < pron_start and m[2] == pid and m[2] is not None
                      and m[3] != "pron"), default=-1)
    para = a.para_of(pron_start)
    question = a.text[group[-1].start:group[-1].end].rstrip().endswith("?")
    if results and pron_start > group[-1].end:
        # the pronoun answers the quote (“…,” she added), not one the writer's sentence goes on
        # about before it ("Clinton, a top aide said, “…” and she has often told …"); and the
        # quote follows the unnamed one's attribution (and the rest of its sentence: "… said the
        # city had “broken a promise” when it cut the route.") with no sentence of the writer's between
        # ('“…,” said a neighbour. The fire marshal will investigate. “…,” she said' is not)
        q, spans = results[-1]
        if q.unnamed and q.speaker and q.mention_start is not None and q.mention_start > last_named \
                and para - spans[-1].para <= 1 and sex_of(q.speaker) in (None, gender) \
                and fold(q.speaker.split()[-1]) not in ASKERS and q.mention_end is not None \
                and not re.search(r"[A-Za-z]", a.text[max(q.mention_end, spans[-1].end,
                                                          a.sentence_bounds(spans[-1].end - 1)[1]):group[0].open_at]) \
                and not _newer_subject(a, q.mention_end, group[0].open_at, gender, question) \
                and not _told_one(a, q.mention_end, spans[0].open_at, gender):
            return q.speaker
    s0 = a.sentence_bounds(pron_start)[0]
    starts = [s0]
    for _ in range(2):
        if starts[-1] < 2:
            break
        starts.append(a.sentence_bounds(starts[-1] - 2)[0])
    for s in starts:
        if a.para_of(s) < para - 1:
            return None
        got = _subject(a, s, pron_start, gender, question, unresolved=pid is None)
        if got is None and s != s0 and (named := set_off_subject(a, s, gender)) is not None:
            return None if named == pid else named   # "Her mother, Thu Nguyen, said that Ruby …. “…,” she said"
        if got is None and s != s0 and _voiced(a, s) and not _pronoun_cue(a, s):
            # "Rookie guard Tommy Kowalczyk …. The rookie said he spotted his parents. “…,” he
            # said": the one that description stands for
            described = _described_subject(a, s, results)
            if described is not None:
                return None if described == pid else described   # the one the story gave that role
            return None   # "He had just welcomed a girl, his brother added": a voice nearer the pronoun
        if got is None and s != s0 and s > last_named and pid is not None \
                and not any(s <= m[0] < pron_start and m[3] == "name" for m in a.mentions) \
                and (opens := unnamed_opens(a, s, gender, pid)) is not None and opens != pid:
            # "Behind him, an older man … was less sentimental. “…,” he said": not Hollis for
            # sure; "The composer, for his part, is planning …": the one named composer
            return "" if opens == UNNAMED else opens
        if got is not None:
            # after the named one, or in the same sentence as its subject ("An audience member
            # asked Doiron why …")
            if not (got[0] > last_named or last_named >= s):
                return None
            kin = kin_person(a, got[0], got[1])
            if kin is not None:
                return None if kin == pid else kin   # "His mother, Ana Reyes, …": her, by name
            return got[2]
        if s <= last_named:
            return None   # the named person stands in this sentence: the reading holds
    return None


def _newer_subject(a: Analysis, lo: int, hi: int, gender: str, question: bool) -> bool:
    """An unnamed subject of a sentence between ``lo`` and ``hi`` ("A farmer asked the minister
    …"): someone newer than the last unnamed voice."""
    s = a.sentence_bounds(lo)[1]
    while s < hi:
        if _subject(a, s, hi, gender, question) is not None:
            return True
        s = a.sentence_bounds(s)[1] if a.sentence_bounds(s)[1] > s else hi
    return False


def _voiced(a: Analysis, s: int) -> bool:
    """The sentence at ``s`` has someone speaking: a cue past its first word, not an infinitive
    (not "Asked by a reporter whether she wanted to say anything, she shook her head")."""
    k0, k1 = a.tok_index(s), a.tok_index(a.sentence_bounds(s)[1])
    return any(a._is_cue(x) and a.toks[x - 1].low != "to" for x in range(k0 + 1, min(k1, len(a.toks))))


def _pronoun_cue(a: Analysis, s: int) -> bool:
    """The sentence at ``s`` has a he or she speaking ("He was unable to find one, he said"):
    the chain of pronouns goes on through it."""
    toks = a.toks
    k0, k1 = a.tok_index(s), a.tok_index(a.sentence_bounds(s)[1])
    return any(toks[x].low in _SUBJECT_PRONOUNS and a._is_cue(x + 1) for x in range(k0, min(k1, len(toks) - 1)))


def _subject(a: Analysis, s: int, pron_start: int, gender: str, question: bool,
             unresolved: bool = False) -> tuple[int, int, str] | None:
    """The unnamed person opening the sentence at ``s`` (after an opening phrase set off by a
    comma: "Outside court, his sister …"), as (start, end, words), or None.  ``unresolved``: the
    pronoun stands for no one the story names (a gesture of someone unnamed just before may then
    be the speaker's own: "A neighbour shook her head. “He is stubborn,” she said")."""
    toks = a.toks
    k = a.tok_index(s)
    end = min(a.tok_index(a.sentence_bounds(s)[1]), a.tok_index(pron_start))
    if k < end and toks[k].low not in _OPENERS:
        # "Outside court, his sister …", "Asked about the figures, the former engineer …"; not
        # "Lopez-Cantera, a Republican and former state legislator, said": an appositive
        c = next((j for j in range(k, min(k + 8, end)) if toks[j].text == ","), None)
        if c is None or any(toks[j].kind != "w" or toks[j].start in a.mention_at for j in range(k, c)) \
                or a._is_name_tok(toks[k]) and not toks[k].low.endswith(("ed", "ing")) and toks[k].low not in OPENING:
            return None
        k = c + 1
    if k >= end or toks[k].low not in _OPENERS:
        return None
    if toks[k].low in ("his", "her", "their"):
        # "his sister", "Her father": a person by their tie to someone, whom the pronoun names
        j = k + 1
        while j < end and j - k <= 3 and toks[j].kind == "w" and toks[j].text.islower() and not a._is_cue(j) \
                and toks[j].low not in _STOP:
            j += 1
            if person_noun(toks[j - 1].low) or toks[j - 1].low in SEXED:
                break   # "His mother wept": the noun, not the verb after it
        if j == k + 1:
            return None
        if j + 1 < end and toks[j].low == "of" and toks[j + 1].text.islower():
            j += 2   # "His chief of staff"
        start, stop, after = toks[k].start, toks[j - 1].end, j
    else:
        got = np_at(a, k, end)
        if got is None or got[0].pid is not None or got[0].kind not in ("generic", "role"):
            return None
        start, stop, after = got[0].start, got[0].end, got[1]
        last = next((x for x in range(after - 1, k, -1) if person_noun(fold(toks[x].text))), None)
        if last is not None and last < after - 1 and toks[after - 1].low.endswith("ed"):
            stop, after = toks[last].end, last + 1   # "An emergency physician disagreed": the verb is no part
        if toks[k].low == "one" and k + 2 < end and toks[k + 1].low == "of":
            stop, after = _one_of(a, k, end)   # "One of his supporters"
    # "A man walking his dog": the person, before what they were doing
    cut = next((x for x in range(k + 2, a.tok_index(stop)) if toks[x].low.endswith(("ing", "ed"))
                and person_noun(fold(toks[x - 1].text))), None)   # "A lineman reached by phone"
    if cut is not None:
        stop = toks[cut - 1].end
    words = a.text[start:stop]
    parts = words.split()
    tie = next((i for i, w in enumerate(parts) if i and (w.lower() in PLACE_TIES or w.lower() == "to"
                                                           and person_noun(fold(parts[i - 1]).strip(",.")))), None)
    if tie is not None and (toks[k].low != "one" or toks[k + 1].low != "of"):
        parts = parts[:tie]   # "A teacher at Elmwood", "A former clerk to Brennock": as the voice reads its tie
    if not parts:
        return None   # a phrase cut to nothing ("One of two recount officials": the count alone)
    head = fold(parts[-1]).strip(".,")
    if toks[k].low == "one" and toks[k + 1].low == "of" and head.endswith("s"):
        head = head[:-1]   # one of the supporters: a supporter
    trade = not (person_noun(head) or head in PERSON_NOUNS or head in ROLE_HEADS or head in SEXED) \
        and _trade_noun(a, k, head)
    if not (person_noun(head) or head in PERSON_NOUNS or head in ROLE_HEADS or head in SEXED or trade) \
            or head.endswith("s") and not head.endswith("ss"):
        return None   # "the company", "Two neighbours" (they, not he or she)
    if sex_of(head) not in (None, gender) or head in ASKERS and not question:
        return None   # "one questioner claimed … “You’re right,” he said": the one answering
    if toks[k].low == "the" and (head not in SEXED and not _introduced_unnamed(a, head, start)
                                 or any(head in p.roles for p in a.persons)
                                 or described_person(a, words, start, set(), -1) is not None):
        # "the author" after Gary Byrne "has written a book": him, as the story has it; "the
        # co-worker" goes on about "a co-worker" the story brought in, "the woman" about a woman
        return None
    if after < end and toks[after].text == "," and after + 1 < end and a.mention_at.get(toks[after + 1].start) is not None:
        return None   # "A neighbour, Karen Siddiqui, said": the one named
    s1 = a.sentence_bounds(s)[1]
    if any(stop <= m[0] < s1 and m[3] == "name" and named_as(toks, a.tok_index(m[0])) for m in a.mentions):
        return None   # "A man who gave only his first name, Randy, said": the one named
    for m in a.mentions:
        if s <= m[0] < s1 and m[3] == "name":
            e, b = a.tok_index(m[1]), a.tok_index(m[0]) - 1
            if e < len(toks) and a._is_cue(e) or b >= 0 and a._is_cue(b) and (e >= len(toks) or toks[e].text in (",", ".")):
                return None   # "A cashier who “steals …” is held accountable, Warren said": Warren's words
    verb = _verb_after(a, after, end)
    if verb is None and cut is not None:
        # "A teenager waiting for his father outside the plant gates said": past the participle's
        # phrase, the sentence's cue
        verb = next((x for x in range(after, min(end, after + 6)) if a._is_cue(x)), None)
    if verb is None or (toks[verb].low in ASKING and not question) or toks[verb].low in _SILENT \
            or verb + 1 < end and toks[verb + 1].low in ("not", "never"):
        return None   # "His chief of staff declined to comment", "A spokesperson did not respond"
    # The person must speak: "His father drove him to every practice", "A man walking his dog
    # found the body" bring in someone the story goes on about, not a voice; nor one who speaks
    # to the person the story follows ("One resident told her …": her answer comes next).
    cue = next((x for x in range(verb, end) if a._is_cue(x) and toks[x - 1].low != "to" and toks[x].low not in ABOUT_TO_SPEAK
                and toks[x].low not in POSTURES and not (toks[x].low in _ACTS and (x + 1 >= end or toks[x + 1].low != "that" and toks[x + 1].kind != "q"
                                                   and toks[x + 1].text not in (",", ":")))), None)
    if cue is None and _ANONYMOUS.search(a.text, stop, toks[verb].start):
        # "A man, who would not give his name, stood at the water's edge. “…,” he said": one who
        # withholds a name is a source, whatever the sentence has them do
        cue = verb
    if cue is None and (toks[verb].low in ABOUT_TO_SPEAK and (toks[k].low in ("his", "her") or unresolved)
                        or toks[verb].low in POSTURES and toks[k].low in ("his", "her")) \
            and a.sentence_bounds(s)[1] >= a.sentence_bounds(pron_start)[0] - 2:
        # "His wife put a hand on his shoulder. “We both think about him,” she said": a
        # relative's gesture just before the quote is the speaker's own (not "A woman in the
        # crowd laughed": someone reacting to the one who speaks)
        cue = verb
    if cue is not None and cue > verb - 1 and toks[k].low in ("his", "her") and toks[cue].low not in _SPEAKING \
            and toks[cue].low not in ABOUT_TO_SPEAK and toks[cue].low not in POSTURES:
        cue = None   # "His brother in Brandon had offered to take him in": a relative's act, not words
    if trade and cue is not None and (toks[cue].low not in _SPEAKING or toks[cue].low.endswith("s")):
        return None   # "A trucker hauled …", "A disclaimer … says": a noun no list knows must have said something
    if cue is not None and cue + 1 < end and toks[cue + 1].low == "only":
        return None   # "A spokeswoman … said only that the party stood by them": nothing more of hers
    obj = cue + 1 + (cue + 1 < end and toks[cue + 1].low in ("to", "at", "with")) if cue is not None else end
    # "His father pointed to his chest": a thing of his, no one spoken to (but "told her the city …")
    owned = obj + 1 < end and toks[obj].low in ("his", "her", "their") and toks[obj + 1].kind == "w" \
        and toks[obj + 1].text.islower() and toks[obj + 1].low not in FUNCTION_WORDS \
        and toks[obj + 1].low not in ("this", "these", "those", "some", "no", "every")
    if cue is None or not question and not owned and (toks[cue].low in _TELLING or obj > cue + 1) and obj < end and (
            toks[obj].low in _TOLD_PRONOUNS or (m := a.mention_at.get(toks[obj].start)) is not None and m[2] is not None):
        return None   # "One resident told her …", "One MP shouted at him …", "A customer wrote to her …"
    if _reported(a, s, start, end):
        return None   # "A man … banged on doors, he said.", "According to witnesses, one man said …"
    said = cue + 1
    while said < end and said - cue <= 3 and toks[said].kind == "w" and toks[said].text.islower() \
            and toks[said].low not in _SUBJECT_PRONOUNS and toks[said].low != "that":
        said += 1   # "told reporters that she …"
    said += said < end and toks[said].low == "that"
    if said < end and _SUBJECT_PRONOUNS.get(toks[said].low) == gender and sex_of(words) is None \
            and toks[k].low in ("his", "her"):
        return None   # "Her coach said she had skied the run of her life": she is the skier
    voice = indefinite_voice(words) or described_voice(words) or (words if trade else None)
    if voice is None:
        return None
    return start, stop, voice


def _trade_noun(a: Analysis, k: int, head: str) -> bool:
    """The phrase opening at token ``k`` is "A" or "An" and a lower-case noun of a trade's ending
    ("A millwright at the mill, who …, said", "An ironworker told …"): a person, though no list
    knows the noun, when its cue is one of speaking (``_subject`` checks that); not "The pitcher"."""
    return a.toks[k].low in ("a", "an") and trade_form(head)


def _described_subject(a: Analysis, s: int, results) -> int | None:
    """The person "The rookie" opening the sentence at ``s`` as the subject of a cue right after
    it stands for (``described.described_person``, past the speakers of quotes already found:
    the one the story called a rookie).  None when the sentence does not open so, or when the
    description stands for no one the story named."""
    toks = a.toks
    k, end = a.tok_index(s), a.tok_index(a.sentence_bounds(s)[1])
    if k >= end or toks[k].low != "the" or not toks[k].text[:1].isupper():
        return None
    def noun(low: str) -> bool:   # "The rookie", "The 63-year-old"
        return person_noun(low) or low.endswith("-year-old")

    j = k + 1
    while j < end and j - k <= 3 and toks[j].kind == "w" and toks[j].text.islower() and not noun(toks[j].low):
        j += 1
    if j + 1 >= end or toks[j].kind != "w" or not toks[j].text.islower() or not noun(toks[j].low) \
            or toks[j].low.endswith("s") or not a._is_cue(j + 1) or toks[j + 1].low not in _SPEAKING:
        return None
    phrase = a.text[toks[k].start:toks[j].end]
    spoken = {q.mention_start for q, _ in results if q.mention_start is not None}
    # (no one found: the pronoun passes' reading stands, since "The rookie said …" after "“…,”
    # Morrow said" is most often Morrow again, called another way)
    return described_person(a, phrase, toks[k].start, spoken, -1)


def _reported(a: Analysis, s: int, start: int, end: int) -> bool:
    """The sentence at ``s`` reports someone else's words about the unnamed subject at
    ``start``: it opens "According to …", or ends with ", he said" (a pronoun or a name with a
    cue after a comma)."""
    toks = a.toks
    k0, k1 = a.tok_index(s), a.tok_index(a.sentence_bounds(s)[1])
    if according_end(toks, k0, k1) is not None:
        return True
    for x in range(a.tok_index(start) + 1, min(k1, len(toks)) - 1):
        if toks[x].text == "," and x + 2 <= k1 and a._is_cue(x + 2) and (
                toks[x + 1].low in _SUBJECT_PRONOUNS or toks[x + 1].start in a.mention_at):
            return True
    return False


def _one_of(a: Analysis, k: int, end: int) -> tuple[int, int]:
    """The end of "One of his supporters" (its last word's end) and the token after it."""
    toks = a.toks
    j = k + 2
    while j < end and j - k <= 6 and toks[j].kind == "w" and toks[j].text[:1].islower() and not a._is_cue(j):
        j += 1
    return toks[j - 1].end, j


def introduced_unnamed(a: Analysis, phrase: str, before: int) -> bool:
    """"the official" stands for someone the story brought in unnamed ("A second official said …")
    and gave no named person that noun: a definite phrase of two words for a person."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the":
        return False
    head = fold(words[1])
    return person_noun(head) and _introduced_unnamed(a, head, before) and not any(head in p.roles for p in a.persons)


def _introduced_unnamed(a: Analysis, head: str, before: int) -> bool:
    """The story brought in someone with this head noun, unnamed, before ``before``: "a
    co-worker", "One former engineer", "another teacher"."""
    toks = a.toks
    for k in range(min(a.tok_index(before), len(toks))):
        if toks[k].low in ("a", "an", "one", "another"):
            for n in range(k + 1, min(k + 5, len(toks))):
                if toks[n].kind != "w":
                    break
                if fold(toks[n].text) == head:
                    return True
    return False


def _verb_after(a: Analysis, j: int, end: int) -> int | None:
    """The first verb-like token after the subject phrase ending at token ``j``, past an
    appositive or relative clause set off by commas: its index, or None."""
    toks = a.toks
    if j < end and toks[j].text == ",":
        c = next((x for x in range(j + 1, min(j + 40, end)) if toks[x].text == ","), None)
        if c is None:
            return None
        j = c + 1
    while j < end and toks[j].kind == "w" and toks[j].adverb:
        j += 1
    if j < end and toks[j].low in PLACE_TIES \
            and any(a._is_cue(x) for x in range(j + 1, min(end, j + 7))):
        return j   # "A teacher at Elmwood said": the place, then the cue
    if j < end and toks[j].kind == "w" and toks[j].text.islower() and (toks[j].low not in FUNCTION_WORDS
                                                                       or toks[j].low in ("who", "whom")):
        return j   # a verb, or a relative clause before it ("A retired officer who lives nearby said")
    return None


#: The unnamed voice spoke to someone of this pronoun: "a colleague told her last week, “…”".
_TOLD = re.compile(r"\b(?:told|tells|asked|asks|warned|texted|emailed|wrote to)\s+(her|him)\b")


def _told_one(a: Analysis, lo: int, hi: int, gender: str) -> bool:
    """The unnamed voice's cue (between ``lo`` and the quote at ``hi``) was said to a him or her of
    ``gender``: "She said a colleague told her last week, “…” ¶ “He might be right,” she said" —
    the she is the one told, not the colleague."""
    m = _TOLD.search(a.text, lo, hi)
    return m is not None and {"her": "f", "him": "m"}[m.group(1)] == gender
