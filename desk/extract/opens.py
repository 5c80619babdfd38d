"""Someone a sentence opens with whom the story does not name (for pass 5e of quote finding,
:mod:`desk.extract.unnamed`, and for a quote with no cue in :mod:`desk.extract.quotes`).

"A young woman in a red parka asked whether the rumours were true. “Are you really closing?”":
the quote is hers, not the last named person's.  ``unnamed_opens`` reads the subject a sentence
opens with, past a phrase set off by commas; ``newcomer_before_quote`` asks it of the sentence
right before a quote with no cue.  The word lists for a person's sex and for the phrases a
sentence may open with are shared with :mod:`desk.extract.unnamed`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desk.extract.kin import KIN, kin_person
from desk.extract.lexicon import (
    FUNCTION_WORDS,
    GESTURES,
    HONORIFIC_GENDER,
    OWNED_WORDS,
    SIGN_NOUNS,
    UNNAMED_PEOPLE,
    person_noun,
)
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.ties import age_told, does_the_work

if TYPE_CHECKING:
    from desk.extract.mentions import Analysis

#: Nouns for a person of one sex: the unnamed people the pronoun passes know ("a woman", "her
#: husband"), more relatives ("his niece", "her stepfather") and trades named by sex ("a waitress").
SEXED = {**{w: sex for w, sex in UNNAMED_PEOPLE.items() if sex}, **{w: sex for w, sex in KIN.items() if sex},
         **dict.fromkeys("waitress actress".split(), "f")}
#: Nouns for people who put questions to the one quoted.
ASKERS = frozenset("questioner reporter journalist interviewer moderator host caller".split())
#: Capitalised words that open a phrase set before a sentence's subject.
OPENING = frozenset("""outside inside after before during later earlier afterward afterwards on in at
    when while as from back near across by""".split())
#: Words that tie a noun for a person to a place or a body ("A teacher at Elmwood"), or to a clause.
PLACE_TIES = frozenset("at from in of with near on for".split())
TIES = PLACE_TIES | frozenset("who whose that which".split())
#: Gestures of someone about to speak, in the sentence just before the quote.
ABOUT_TO_SPEAK = GESTURES | {"put"}
#: A relative standing or sitting by, just before the quote: "Her son stood beside her. “…,” he
#: said" (a relative's only: "A man … stood at the water's edge" is no voice for that).
POSTURES = frozenset({"stood", "sat", "stands", "sits"})


#: Endings of a noun for someone by their trade or task ("millwright", "pipefitter", "surveyor",
#: "machinist", "electrician"), for nouns the word lists do not hold.
_TRADE_ENDINGS = ("er", "or", "ist", "ian", "wright", "smith")
#: Nouns of those endings for things that carry words ("A flyer said", "A newsletter said"), and
#: words of those endings that are no nouns at all ("The veteran never …", "the older …").
_NOT_TRADES = frozenset("paper newspaper letter newsletter poster flyer flier banner sticker order folder ledger "
                        "register counter monitor computer speaker disclaimer reminder mailer trailer waiver charter "
                        "header footer chapter character sensor indicator checklist playlist waitlist shortlist "
                        "filter meter marker tracker calendar never however together rather either neither ever "
                        "later other another former latter over under after whether further older younger elder "
                        "longer earlier".split())


def trade_form(head: str) -> bool:
    """``head`` has a trade's ending and is no thing that carries words: a noun that may be a
    person's though no list knows it ("millwright", "patroller")."""
    return head.endswith(_TRADE_ENDINGS) and len(head) > 4 and head not in _NOT_TRADES \
        and head not in OWNED_WORDS and head not in SIGN_NOUNS


def sex_of(words: str) -> str | None:
    """The sex the noun of a phrase for a person gives ("A woman in the crowd", "her father"), or
    None: the noun is the last word before a tie or a clause."""
    parts = words.split()
    tie = next((i for i, w in enumerate(parts) if i and w.lower() in TIES), len(parts))
    head = fold(parts[tie - 1]).strip(".,") if tie else ""
    return SEXED.get(head) or HONORIFIC_GENDER.get(head)


#: Openers of a phrase for someone the story does not name, as a sentence's subject.
_SUBJECT_OPENERS = frozenset("a an one another the his her their my our".split())
#: Words opening a phrase set before a sentence's subject ("Behind him,", "Somewhere to the north,").
_PHRASE_OPENERS = OPENING | frozenset("behind beside around among under over along somewhere then nearby".split())
#: ``unnamed_opens``: someone the story does not name.
UNNAMED = -1


def unnamed_opens(a: Analysis, s: int, gender: str | None = None, reading: int | None = None,
                  speaking: bool = False) -> int | None:
    """Whether the sentence at ``s`` opens, past an opening phrase set off by commas ("Behind
    him,", "Outside the courthouse, in a strong wind,"), with a phrase for one person doing
    anything at all ("an older man in a toque was less sentimental", "Tomas's mother, who works
    nights, watches every game"), of no sex other than ``gender``: ``UNNAMED`` for someone the
    story does not name, the person's index for a role the story gave one person it named ("The
    composer, for his part, is planning …" after "Her partner, the composer Desmond
    Achterberg"), else None.  Not one a name follows ("A neighbour, Karen Siddiqui,"), nor one
    who speaks (``_subject`` reads those), nor one who acts on him or her ("His father drove him
    to every practice": the story still follows the one driven).  A weaker reading than
    ``_subject``'s voice: the next he or she may be theirs, so an earlier named person's is no
    longer sure.  "The candidate", "the mayor" with no capitalised word before the noun is the
    one the story is about when ``reading`` (the named person the pronoun passes chose) is the
    person it names most, and so is any "the …" right after a sentence of the same paragraph that
    opens on ``reading`` ("Pribyl, 46, has won the title four times. The veteran skip was
    gracious in defeat.") when no one else of that sex was named in that paragraph or the one
    before: None then.  A "the …" description stands for the one person the story gave its age
    ("said Wes Callaghan, 68." … "the 68-year-old lift operator") or the one it says does the
    work its noun names ("Figueroa has run the ski patrol" … "The veteran patroller", with a
    noun no list knows but of a trade's ending; "Fensky, who represents her," … "The veteran
    sports lawyer").  The opening phrase may be a participle's ("Asked what he would do next
    winter, the 68-year-old …")."""
    toks = a.toks
    k = a.tok_index(s)
    end = a.tok_index(a.sentence_bounds(s)[1])
    for _ in range(2):   # "Outside the courthouse, in a strong wind, the young man's mother …"
        if k >= end or toks[k].low in _SUBJECT_OPENERS or a.mention_at.get(toks[k].start) is not None \
                or _possessive_name(toks[k]):
            break
        c = next((j for j in range(k, min(k + 9, end)) if toks[j].text == ","), None)
        if c is None or toks[k].low not in _PHRASE_OPENERS and not toks[k].low.endswith(("ly", "ed", "ing")):
            return None
        k = c + 1
    if k >= end:
        return None
    modified = False   # "The Yorkton coach": a capitalised word before the noun
    m = a.mention_at.get(toks[k].start)
    if m is not None and not (m[3] == "name" and is_possessive(m[4])):
        return None   # someone named, or a role of someone named
    if m is not None:
        j = a.tok_index(m[1])   # "Tomas's mother": a relative of someone named, not that person
    elif _possessive_name(toks[k]):
        j = k + 1
    elif toks[k].low in _SUBJECT_OPENERS:
        j = k + 1
        while j < end and toks[j].kind == "w" and toks[j].text[:1].isupper() and toks[k].low == "the" \
                and a.mention_at.get(toks[j].start) is None:
            j += 1   # "The Yorkton coach"
        modified = j > k + 1
        while j < end and j - k <= 4 and toks[j].kind == "w" and toks[j].text.islower() \
                and not (person_noun(fold(toks[j].text)) or fold(toks[j].text) in SEXED):
            j += 1   # "an older man", "the young man's mother"
        if j + 1 < end and is_possessive(toks[j].text) and toks[j + 1].text.islower():
            j += 1
        elif toks[k].low == "the" and j + 2 < end and toks[j + 1].kind == "w" and toks[j + 1].text.islower() \
                and (person_noun(fold(toks[j + 1].text)) or trade_form(fold(toks[j + 1].text))):
            j += 1   # "The veteran patroller": the noun after a person noun used as a modifier
        elif toks[k].low == "the" and j + 3 < end and all(t.kind == "w" and t.text.islower() and t.low not in FUNCTION_WORDS
                                                          for t in toks[j + 1:j + 3]) and person_noun(toks[j + 2].low):
            j += 2   # "The veteran sports lawyer"
    else:
        return None
    if j >= end or toks[j].kind != "w" or not toks[j].text.islower():
        return None
    head = fold(toks[j].text)
    doer = toks[k].low == "the" and trade_form(head) and not (person_noun(head) or head in SEXED)
    if not (person_noun(head) or head in SEXED or doer) or head.endswith("s") and not head.endswith("ss") \
            or gender is not None and sex_of(head) not in (None, gender) or head in ASKERS:
        return None
    after = j + 1
    if after + 1 < end and toks[after].text == "," and a.mention_at.get(toks[after + 1].start) is not None:
        return None   # "A neighbour, Karen Siddiqui, said": the one named
    comma = next((x for x in range(after, end - 1) if toks[x].text == ","), None)
    if comma is not None and toks[comma + 1].low in ("he", "she", "they", "i", "we"):
        return None   # "An immigrant from Uganda who became a citizen in 2013, she plans …": her, set before
    if not speaking and any(a._is_cue(x) and toks[x].low not in ABOUT_TO_SPEAK for x in range(after, end)):
        return None   # one who speaks is ``_subject``'s to read (``speaking``: a bare quote's)
    objects = {"m": ("him",), "f": ("her",)}.get(gender or "", ("him", "her"))
    if any(toks[x].low in objects and (toks[x + 1].kind != "w" or toks[x + 1].low in FUNCTION_WORDS)
           for x in range(after, min(end, len(toks) - 1))):
        return None
    if toks[k].low == "the":
        holders = [p.pid for p in a.persons if head in p.roles and (gender is None or p.gender in (None, gender))]
        if holders:
            return holders[0] if len(holders) == 1 else None   # "the composer": the one named composer
        years = next((t.low.split("-")[0] for t in toks[k + 1:j + 1] if t.low.endswith("-year-old")), None)
        aged = [p.pid for p in a.persons if p.first_pos < s and p.gender in (None, gender)
                and age_told(a, p) == years] if years is not None else []
        if len(aged) == 1:
            return aged[0]   # "Wes Callaghan, 68. … the 68-year-old lift operator shrugged": him
        doers = {p.pid for p in a.persons if p.first_pos < s and p.gender in (None, gender)
                 and does_the_work(a, p.pid, head, s)} if gender is not None else set()
        if len(doers) == 1:
            return doers.pop()   # "Figueroa has run the ski patrol … The veteran patroller swept": her
        if not modified and reading is not None and reading == _most_named(a, s):
            return None   # "The candidate also continued to refute …": the story's own
        if reading is not None and _opened_before(a, s) == reading and not _another_near(a, s, reading, gender):
            return None   # "Pribyl, 46, has won the title four times. The veteran skip was gracious": her
    return UNNAMED


def _opened_before(a: Analysis, s: int) -> int | None:
    """The person named first in the sentence before the one at ``s``, in its paragraph, or the
    relative it opens with when the story named them ("His wife was blunter." after "his wife,
    Marjorie Sobczak": her)."""
    if s < 2 or a.para_of(s - 2) != a.para_of(s):
        return None
    lo = a.sentence_bounds(s - 2)[0]
    m = next((m for m in a.mentions if lo <= m[0] < s), None)
    if m is not None and m[3] == "pron" and m[0] == lo and (kin := _KIN_OPENING.match(a.text, lo)) is not None:
        return kin_person(a, lo, kin.end())
    return m[2] if m is not None and m[3] == "name" and not is_possessive(m[4]) else None


#: A sentence opening on someone's relative: "His wife", "Her son".
_KIN_OPENING = re.compile(r"(?:His|Her|Their)\s+[a-z-]+\b")


def _another_near(a: Analysis, s: int, reading: int, gender: str | None) -> bool:
    """Someone else of ``gender`` (or of none told) named in the paragraph of ``s`` or the one
    before: "Moss, 24, beat Pribyl … ¶ Pribyl, 46, has won four times. The young skip …" may
    be Moss."""
    para = a.para_of(s)
    for m in a.mentions:
        if m[0] >= s:
            break
        if m[3] == "name" and m[2] is not None and m[2] != reading and a.para_of(m[0]) >= para - 1 \
                and a.persons[m[2]].gender in (None, gender):
            return True
    return False


def _most_named(a: Analysis, before: int) -> int | None:
    """The person the story names most often before ``before``."""
    counts: dict[int, int] = {}
    for m in a.mentions:
        if m[0] >= before:
            break
        if m[3] == "name" and m[2] is not None:
            counts[m[2]] = counts.get(m[2], 0) + 1
    return max(counts, key=counts.get) if counts else None


def _possessive_name(tok) -> bool:
    """A capitalised word in the possessive: "Tomas's" (a relative of someone follows)."""
    return tok.kind == "w" and tok.text[:1].isupper() and is_possessive(tok.text)


def newcomer_before_quote(a: Analysis, results, first) -> int | None:
    """For a quote with no cue: the person the sentence of narration right before it, in its
    paragraph and after the paragraph's last quote, opens with (``unnamed_opens``, speaking or
    not): ``UNNAMED`` when the story does not name them ("A young woman in a red parka asked
    whether the rumours were true. “Are you really closing?”", "The foreperson, a woman in her
    60s, stood. “We have, Your Honour.”"), the person's index for a role the story gave one
    person; None when no such sentence stands there, and the quote goes on as before."""
    p0 = a.paras[first.para][0]
    if first.open_at <= p0:
        return None
    lo = max([p0] + [s.close_at + 1 for _, g in results for s in g if s.para == first.para and s.close_at is not None
                     and s.close_at < first.open_at])
    s0 = a.sentence_bounds(max(lo, first.open_at - 1))[0] if a.narr[lo:first.open_at].strip() else None
    if s0 is None or s0 < lo:
        return None
    if a.sentence_bounds(s0)[1] > first.open_at + 1:
        return None   # the quote stands inside that sentence
    return unnamed_opens(a, s0, None, speaking=True)
