"""Voices a story describes instead of naming (pass 5d of quote finding).

A cue's subject that names no one is kept as written when it reads as a noun phrase ("The ad
says", "Donald Trump’s campaign manager said").  Someone the story quotes without naming ("a
friend said", "one former aide", "officials said") is kept as written too, marked unnamed
(``indefinite_voice``): the draft's attribution for the editor to read, never a library speaker.
A document or a thing ("a statement", "a nod to the front-runner") is nobody.  Two descriptions stand for someone the story has just named:
a description of a person right after that person was named ("Jones scored his first goal.
“…,” said the rookie defenceman" is Jones), and "the statement" (release, letter, memo …) of the
one the story says issued or wrote it (:mod:`desk.extract.documents`).  Anything less certain
stays as written: a wrong name is worse than none.
"""

from __future__ import annotations

import re

from desk.extract.lexicon import (
    BODY_NOUNS,
    CATENATIVES,
    CUE_VERBS,
    GENERIC_PLURALS,
    HONORIFIC_GENDER,
    JURISDICTIONS,
    MONTHS_DAYS,
    ORG_WORDS,
    OWNED_WORDS,
    PERSON_NOUNS,
    POSITIONS,
    ROLE_HEADS,
    SIGN_NOUNS,
    TIME_WORDS,
    person_noun,
)
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.opens import trade_form
from desk.extract.parties import PARTY_OF, other_party
from desk.extract.phrases import ADJECTIVE_ENDINGS, np_at, org_name
from desk.extract.ties import (
    REPLY,
    age_told,
    called,
    coded,
    described_apart,
    given_role,
    in_opening_phrase,
    one_given,
    someone_else_since,
    tied_to,
    won,
)


def described_subject(a: Analysis, s0: int, before: int) -> tuple[int, int, str, str | None] | None:
    """(start, end, phrase, voice) of the noun phrase opening the sentence at ``s0`` when it is a
    thing or group the story describes ("The Rove ad", "The piece", "A friend"), ending before
    ``before`` (the first person named, or the quote); ``voice`` is the speaker as described_voice
    gives it (None for "A friend": nobody in particular). None for a role ("The candidate
    herself"): that is a person, likely the one named."""
    k = a.tok_index(s0)
    if k >= len(a.toks) or a.toks[k].low not in ("the", "this", "that", "a", "an"):
        return None
    if k + 1 >= len(a.toks) or a.toks[k + 1].kind != "w":
        return None   # "A: I told the committee, “…”": an interview's answer label, no article
    got = np_at(a, k, a.tok_index(before))
    if got is None or got[0].pid is not None or got[0].kind != "generic":
        return None
    # the word after the phrase (the person named) shows where its verb is: "The Rove ad hits Clinton"
    words = cut_phrase(a.text[got[0].start:before] + a.text[before:before + 40].split(" ")[0])
    phrase = " ".join(words)
    if not 2 <= len(words) <= 6 or got[0].start + len(phrase) > before or any(w.lower() in ROLE_HEADS for w in words):
        return None   # "The candidate herself …, in which Clinton said": a person, likely the one named
    return got[0].start, got[0].start + len(phrase), phrase, described_voice(phrase)


def cut_phrase(mention: str) -> list[str]:
    """The words of a subject phrase up to its verb ("The email goes on to" → The email, "The
    Rove ad hits Clinton" → The Rove ad) or a time before it ("The union on Tuesday released")."""
    words = mention.strip(" ,").split()
    for i, w in enumerate(words[1:], 1):
        low = w.lower().strip(".,")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # "the retired carpenter", "the lanky, bespectacled professor"
        adjective = words[i - 1].lower() in _DETERMINERS or words[i - 1].endswith("ly") or (
            i >= 2 and words[i - 2].lower() in _DETERMINERS and words[i - 1].endswith(",")
            and words[i - 1][:-1].lower().endswith(ADJECTIVE_ENDINGS))
        if low in CUE_VERBS or low in _VERBISH or low in CATENATIVES \
                or (w.islower() and w.endswith("ed") and "-" not in w and not (adjective and nxt[:1].islower())) \
                or (i >= 2 and w.islower() and low.endswith("s") and not low.endswith("ss")
                    and (nxt[:1].isupper() or nxt.lower() in _OBJECT_OPENERS)) \
                or (low in ("on", "in", "at", "last", "this", "earlier") and nxt.lower().strip(".,") in TIME_WORDS | MONTHS_DAYS):
            return words[:i]
    return words


def described_voice(mention: str) -> str | None:
    """A cue's subject that names no one, kept as the speaker when it reads as a noun phrase of a
    few words: "The ad", "Many reporters", "Donald Trump’s campaign manager".  A phrase that ran
    on into its verb is cut there ("The email goes on to" → "The email", "The Vermont senator
    emailed supporters" → "The Vermont senator"); a pronoun, or a phrase with an indefinite
    article ("a statement", "A Chinese official") or none ("voters said", "officials said"), is
    None here: ``indefinite_voice`` reads those."""
    words = cut_phrase(mention)
    if not 1 <= len(words) <= 6 or words[-1].lower() in _NOT_HEAD or words[-1].endswith("ly") and words[-1].lower() not in ("family", "families") \
            or words[0].lower() in ("a", "an"):
        return None   # "The newly [elected trustee]": no noun left to be the voice
    if (words[0].islower() and words[0] != "the") or (len(words) == 1 and words[0].lower() in GENERIC_PLURALS):
        return None   # "voters in the county said", "Officials said", "Sources told": see indefinite_voice
    if len(words) == 1 and fold(words[0]).rstrip(".") in ROLE_HEADS:
        return None   # '“…,” Premier said': a title, and no one it names
    if words[0].lower() == "the" and words[1:] and words[1][:1].isupper() and words[-1][:1].isupper() \
            and (len(words) > 2 or words[1].isupper()) and fold(words[-1]) not in PERSON_NOUNS | ROLE_HEADS \
            and not any(is_possessive(w) for w in words) \
            and not (fold(words[1]) in PARTY_OF and len(words) > 2 and words[2] in _TIES):   # "the Democrat from Ohio"
        # "the Ministry of Health", "the FBI": an organisation's name, without its article (not
        # "The Hill", a name of one word, nor "the Texan")
        return org_name(" ".join(words))
    return " ".join(words)


#: Articles before a participle used as an adjective ("the retired carpenter", "a concerned parent").
_DETERMINERS = frozenset("the a an".split())
#: Words that open a phrase for someone the story does not name: "a friend", "one aide",
#: "some critics", "two lawmakers".
_INDEFINITE = frozenset("a an one another some many several few two three four five".split())
#: Words that open a phrase pointing at someone the story has in mind: not an unnamed voice.
_DEFINITE = frozenset("the this that these those his her its their our my your".split())
#: Prepositions that may tie an unnamed voice to whom they speak for: "a spokesman for Delta".
_TIES = frozenset("for to of at from with".split())
#: Words that end an unnamed voice's noun phrase and open what follows it: "a source close to",
#: "a Democrat familiar with", "a man in the crowd", "a White House official who".
_TAIL_OPENERS = _TIES | frozenset("""involved familiar close who whose which that without in on across near outside
    inside behind along beside around next down up""".split())


#: Small words inside an organisation's name: "the Department of Justice", "Fisheries and Oceans".
_NAME_SMALL = frozenset("the of and for on".split())


def _tail_at(words: list[str]) -> int:
    """Where the words after a phrase's head begin: a tie or place ("a friend of the family", "a
    woman in the crowd") or a participle after the person ("one man waiting at the terminal")."""
    return next((i for i, w in enumerate(words) if i and (w.lower() in _TAIL_OPENERS or (
        len(w) > 5 and w.endswith("ing") and w.islower() and _person_head(words[i - 1])))), len(words))


def _person_head(word: str) -> bool:
    """``word`` is a noun for a person or people: aide, aides, spokeswoman, congressmen, police."""
    return person_noun(fold(word).strip(".,"))


def voice_phrase(phrase: str) -> bool:
    """A noun phrase after a cue verb that can be who spoke: any, unless its head, before any tie
    or clause, is no noun for a person or for something that carries words ("protesters", "a
    banner", "the statement") and "to" follows it ("posted the clip to YouTube on Thursday": what
    someone did after the quote)."""
    words = [w for w in phrase.split() if w.strip(".,")]
    cut = _tail_at(words)
    if not words[:cut]:
        return False
    head = fold(words[cut - 1]).strip(".,")
    if _person_head(head) or head in OWNED_WORDS or head in SIGN_NOUNS:
        return True
    # "chanted the crowd gathered outside", "urged the city on Twitter", "announced the Ministry of
    # Health": a voice; "posted the clip to YouTube": a thing someone sent somewhere
    if any(w.lower() == "as" for w in words) or (cut == len(words) and words[-1].lower() in _DETERMINERS):
        return False   # "describing the security team as …", "saying the city embodied the …": an object
    return not (cut < len(words) and words[cut].lower() == "to")


def indefinite_voice(mention: str) -> str | None:
    """A cue's subject that is someone the story does not name, as written: "a friend", "A Warren
    adviser", "one former campaign staffer", "a longtime adviser to Trump", "two lawmakers",
    "officials", "Police", "Clinton supporters".  The draft does say who spoke, in the words it
    chose; an editor sees those words, never a guess at a name.  A phrase must end in a noun for a
    person or people (after "a"/"one"/"some"…, or a plural on its own); a document ("a statement"),
    a thing ("a nod to the front-runner"), a bare singular ("salesman from Sumter") and a phrase
    that points back ("the man", "his colleague") give None."""
    words = cut_phrase(mention)
    if not words or words[0].lower() in _DEFINITE:
        return None
    det = words[0].lower() in _INDEFINITE
    cut = _tail_at(words)
    head, tail = words[:cut], words[cut:]
    if len(head) > 6:
        return None   # a clause, not a phrase for someone
    if det and len(head) == 1 and tail and tail[0].lower() == "of" and len(tail) <= 4:
        head, tail = words, []   # "one of those advisers"
    last = head[-1]
    if (det and len(head) < 2) or not _person_head(last):
        return None
    if not det and not (fold(last).endswith("s") or fold(last) in GENERIC_PLURALS | {"police", "people", "staff"}):
        return None   # "salesman from Sumter": a bare singular is a fragment, not a voice
    low_tail = [w.lower() for w in tail]
    if low_tail[:2] in (["close", "to"], ["familiar", "with"]):   # "a source close to Ford", "… to the premier"
        keep = 3 <= len(tail) <= 5 and (all(w[:1].isupper() for w in tail[2:]) or low_tail[2] == "the")
    elif low_tail[:1] == ["in"]:   # "Officials in Victoria"
        keep = 2 <= len(tail) <= 3 and all(w[:1].isupper() for w in tail[1:])
    else:
        # a short tie to a name: "for Delta Air Lines", "for the Department of Justice"; or to
        # someone or something the story names by a noun: "for the governor", "of the crowd"
        keep = bool(tail) and tail[0].lower() in _TIES and 2 <= len(tail) <= 6 and (
            tail[-1][:1].isupper() and all(w[:1].isupper() or w in _NAME_SMALL or w in JURISDICTIONS for w in tail[1:])
            or len(tail) == 3 and low_tail[1] == "the" and (person_noun(low_tail[2]) or low_tail[2] in BODY_NOUNS))
    return " ".join(head + tail if keep else head)


_NOT_HEAD = frozenset("to that the a an of and or on in at for by with who which ago is was are were has had "
                      "have already also still".split())
#: Words that end a subject noun phrase: the verb (or its auxiliary) has begun.
_VERBISH = frozenset("is was are were be been being has had have will would could should goes went appeared appears seemed seems "
                     "already also still".split())
#: Words that open a verb's object: "The ad hits the senator", "The movie shows his …".
_OBJECT_OPENERS = frozenset("the a an his her their its this that these those".split())


#: Roles that end a compound noun for a person: "neurosurgeon", "neuroscientist", "co-director".
_ROLE_ENDINGS = ("surgeon", "scientist", "director", "strategist", "economist", "executive", "physician")
#: Words before someone a sentence compares its subject to ("who like Montalban was born …").
_COMPARED = frozenset({"like", "unlike"})
#: Prepositions whose object is where someone was, not who.
_WHERE = frozenset({"at", "in"})
#: "the elder Haskins", "the younger Friesen": one of a family, by age (``mentions``).
_ELDERS = frozenset("older elder eldest oldest younger youngest".split())
#: Counts after "the mother of", "the father of": an epithet, not a tie to someone.
_COUNTS = frozenset("two three four five six seven eight nine ten".split())
#: Relation nouns that stand for a person of the race, not of someone else ("the challenger").
_RIVALS = frozenset("nominee rival opponent challenger".split())
#: Trades and callings a story describes someone by once it has named them ("the retired
#: mechanic", "the farmer"), when it gives that noun to no one else.
_TRADES = frozenset("""mechanic farmer rancher teacher nurse firefighter electrician plumber carpenter welder
    miner logger pilot trooper constable paramedic baker butcher waitress bartender cashier
    janitor custodian engineer retiree homeowner landlord shopkeeper merchant vendor incumbent
    machinist millwright lineman fisher hunter trapper guide outfitter contractor builder""".split())
#: Nouns for anyone, which no sentence makes one person's: "the woman", "the lawsuit" (besides
#: the organisations, bodies and documents of ``ORG_WORDS``, ``BODY_NOUNS``, ``SIGN_NOUNS`` and
#: ``OWNED_WORDS``, checked beside it).
_ANYONE = frozenset("""woman man person mother father boy girl child kid document people couple pair lawsuit
    complaint suit restaurant store shop business plant victim suspect accused""".split())
#: A cue verb that goes on with the last voice: "“…,” the Mountie added".
_GOES_ON = re.compile(r"[ \t]+(?:added|adds|continued|continues|went[ \t]+on|goes[ \t]+on)\b")


def described_person(a: Analysis, voice: str, before: int, spoken: set[int], quote_at: int = -1) -> int | None:
    """The person a cue's definite description stands for when the story has just named them:
    "Jones recorded his first goal. “…,” said the rookie defenceman" is Jones; "Trudeau made the
    comments … The prime minister said" is Trudeau.

    The description must end in a noun for a person: a role, a rival, a party member, a "-man"
    or "-woman" compound ("defenceman", "chairwoman"), an age ("the 34-year-old", not when the
    person was given another), a trade the story gives no one else ("the retired mechanic", for
    the person its paragraph introduced) — not "the woman" or "the mother" (anyone),
    not "the victim’s mother" (someone else's), not "the woman, who …" (someone the story
    introduces).  The person must be the last one mentioned, in this paragraph or the one
    before, and not as the attribution of an earlier quote (``spoken``: the positions of those
    mentions) unless the description carries the state of the person's party code ("the
    Pennsylvania Democrat" for "D-Pa.") or its verb goes on ("the Mountie added"), of no other gender, with no other role of the same kind ("the minority leader"
    is not the senator just named), and tied by the story to any capitalised modifier ("the
    Kentucky Republican" needs Kentucky where McConnell was introduced).  A role the story gave
    someone ("the mayor" when the mayor is named) was resolved before this.  None otherwise:
    "the company", "the report" and a description with no one just named stay as written, and so
    does a description before the quote (at ``quote_at``) whose sentence names the person on the
    way to the quote ("The newly elected trustee blasted Reyes's call for “…”" is not Reyes)."""
    words = voice.split()
    if len(words) == 3 and fold(words[1]) in _ELDERS and fold(words[2]) in ("man", "woman"):
        # "His older brother, Léandre Thériault, …" … "“…,” the older man said": the one the story
        # called the older (or younger) relative, of that sex
        sex = "m" if fold(words[2]) == "man" else "f"
        told = {m[2] for k in re.finditer(r"(?i)\b" + words[1] + r"\s+(?:half-)?(brother|sister|cousin|sibling)s?,?\s+",
                                          a.text[:before])
                for m in [a.mention_at.get(k.end())] if m is not None and m[3] == "name" and m[2] is not None
                and a.persons[m[2]].gender in (None, sex) and {"brother": "m", "sister": "f"}.get(k.group(1).lower(), sex) == sex}
        return told.pop() if len(told) == 1 else None
    if len(words) == 3 and fold(words[1]) in _ELDERS and words[2][:1].isupper():
        # "the elder Haskins": the one of that family the name's reading gave by age
        m = next((m for m in a.mentions if before <= m[0] < before + len(voice) and m[3] == "name"), None)
        return m[2] if m is not None and m[0] in a.aged else None
    if any(is_possessive(w) for w in words):
        return None   # "the victim’s mother", "the president of the tenants' association": someone else
    if len(words) == 4 and words[2] == "of" and (words[3].isdigit() or words[3].lower() in _COUNTS):
        words = words[:2]   # "the mother of three", "the father of 2": the count is part of the epithet
    tie = next((i for i, w in enumerate(words) if i >= 2 and w in ("of", "at", "for", "with", "from")
                and not (words[i - 1][:1].isupper() and words[-1].islower() and words[-2][:1].isupper())), None)
    # ("the University of Port Ainsley limnologist": the "of" is the university's, the noun last)
    tied = {fold(w) for w in words[tie + 1:] if w[:1].isupper()} if tie is not None else set()
    if tie is not None and not tied:
        return None   # "the president of the union": which union, the story does not say here
    words = words[:tie]   # "the 39-year-old founder of Studiocomix Press": the founder, tied to it
    named_body = len(words) <= 8 and words[-1].islower() and all(w[:1].isupper() or w in ("of", "and") for w in words[1:-1])
    if not 2 <= len(words) <= 5 and not named_body or words[0].lower() != "the":
        return None
    head = fold(words[-1])
    if head in BODY_NOUNS and head not in ROLE_HEADS:
        return None   # "the board said" after "Board chair Lorraine Obuya": the board, not its chair
    compound = len(head) > 6 and head.endswith(("man", "person", "-year-old") + _ROLE_ENDINGS)   # defenceman, 34-year-old, neurosurgeon
    age = next((fold(w) for w in words[1:] if fold(w).endswith("-year-old")), None)   # "the 51-year-old biologist"
    years = age.split("-")[0] if age is not None else None
    compound = compound or age is not None
    described_as = {fold(w) for w in words[1:]}   # "the single mother" after "X, a single mother of two,"
    placed = {fold(w) for w in words[1:-1] if w[:1].isupper()} | tied   # "the Halifax pharmacist"
    # "the member for Lac-Vert": a legislator, tied to the seat the story gave them
    seat = head == "member" and bool(tied)
    # "Réjean Cormier, 71, … “…,” the retired mechanic said": a trade the story gives no one else
    # ("a nurse who asked not to be named … the nurse said" is that nurse, not the last one named)
    trade = head in _TRADES and not re.search(r"(?i)\b" + re.escape(head) + r"s?\b", a.text[:before])
    # "the mayor-elect", "the premier-designate": the office the person won, not one they hold
    elect = head.rpartition("-")[0] if head.endswith(("-elect", "-designate")) and head.rpartition("-")[0] in ROLE_HEADS else None
    standard = head in ROLE_HEADS or head in _RIVALS or head in PERSON_NOUNS or compound or seat or elect is not None \
        or head in POSITIONS   # "the right-hander said", "the rookie defenceman"
    trade_only = trade and not standard   # a trade no other list holds: only for someone with no role, introduced here
    standard = standard or trade
    if not standard and len(words) == 2 and head not in _ANYONE and head not in BODY_NOUNS and head not in SIGN_NOUNS \
            and head not in OWNED_WORDS and head not in ORG_WORDS:
        # "Anjali Dewhurst, 34, was the Crown’s first witness. … “…,” the witness replied": the one
        # person the story gave that noun, in a sentence that says what they are
        given = one_given(a, head, before)
        if len(given) == 1:
            return given.pop()
    if not standard and not any(described_as - placed <= p.roles for p in a.persons):
        return None   # "the woman", "the mother": anyone; "the company": no person
    if re.match(r"\s*,\s*who\b", a.text[before + len(voice):before + len(voice) + 12]):
        return None   # "said the woman, who asked not to be named": someone the story introduces
    para = a.para_of(before)
    if seat and not any(a._introduced_with(q, placed) for q in a.persons) and not REPLY.match(a.text, before + len(voice)):
        # "Ellerby has asked the committee to call the minister. “…,” the member for Kenning
        # River—Tulliq told reporters": a seat the story ties to no one is the legislator this
        # paragraph names last (not the minister its sentence mentions; nobody after "Thibodeau
        # spoke first. Then Minister Oyelaran answered. … the member for Lac-Vert asked", nor one
        # who "shot back")
        named = [m for m in a.mentions if m[0] < before and m[2] is not None and m[3] == "name"
                 and a.para_of(m[0]) == para]
        legislators = {m[2] for m in named if a.persons[m[2]].roles & _LEGISLATORS}
        return named[-1][2] if len(legislators) == 1 and named[-1][2] in legislators else None
    last = None
    own = a.sentence_bounds(before)[0]
    for m in a.mentions:
        if m[0] >= before:
            break
        if m[0] >= own and in_opening_phrase(a, own, m[0], before):
            continue   # "In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate said"
        if m[2] is not None and not a._prep_object(m[0], _COMPARED | _WHERE):
            # not "Espinos, who like Montalban was born in Mexico": Espinos; not "a physician at
            # Halden General said": a place
            last = m
    if years is not None and sum(1 for q in a.persons if age_told(a, q) == years) > 1:
        return None   # "Tom Hale, 45, stabbed Ray Cole, 45. The 45-year-old said": which, the story does not say
    if years is not None and last is not None and age_told(a, a.persons[last[2]]) != years:
        # "Diego Alvarez, 24, struck out nine for manager Bob Kessler. “…,” the 24-year-old
        # said": the one the story gave that age, not the last person named
        last = next((m for m in reversed(a.mentions) if m[0] < last[0] and m[2] is not None
                     and age_told(a, a.persons[m[2]]) == years), last)
    if last is not None and ((clash := other_party(a.persons[last[2]].parties, {head})) or head in PARTY_OF
                             and not a.persons[last[2]].parties and a._prep_object(last[0])):
        # "Rep. Jim Harlan, R-Ohio, and Rep. Ana Ruiz, D-Calif., spoke. “…,” the Republican
        # said": the last person of that party, not the last person named (nor one given no
        # party after a preposition: "… one from Rep. Lucia Benavides. The Republican said")
        last = next((m for m in reversed(a.mentions) if m[0] < last[0] and m[2] is not None
                     and head in a.persons[m[2]].parties), None if clash else last)
    if last is not None and placed and not tied_to(a, last, placed, head, para):
        # "Rep. Ann Ruiz (D-N.Y.) and Rep. Tom Hale (D-Texas) spoke. “…,” the New York Democrat
        # said": the last person the story tied to New York, not the last person named
        tied = [m for m in reversed(a.mentions) if m[0] < last[0] and m[2] is not None
                and (coded(a, m, placed) or head in PARTY_OF and tied_to(a, m, placed, head, para))
                and not (head in PARTY_OF and other_party(a.persons[m[2]].parties, {head}))]
        last = tied[0] if tied else last   # (never a Democrat for "the Republican from Texas")
    if placed and head in PARTY_OF and len({m[2] for m in a.mentions if m[0] < before and m[2] is not None
                                            and m[3] == "name" and (coded(a, m, placed) or _placed_after(a, m, placed))
                                            and not other_party(a.persons[m[2]].parties, {head})}) > 1:
        return None   # two Ohio Democrats: which one, the story does not say
    # (a noun of a trade's shape no list holds counts too, for someone the story gave it: "Dr.
    # Anwen Halloran, a fisheries biologist" … "The biologist added")
    nameable = (person_noun(head) or head in _TRADES or head in POSITIONS or trade_form(head)) and not placed

    def holds(pid: int) -> bool:   # the story gave the person this noun for a person ("Marcus Ilunga, a
        # 31-year-old carpenter"; not "the commission" for "Commission Chair Bernadette Osei")
        return nameable and (called(a, a.persons[pid], head) or head in ROLE_HEADS and given_role(a, pid, head, before))
    holders = [m for m in reversed(a.mentions) if m[0] < before and m[2] is not None and holds(m[2])] \
        if nameable and len(words) == 2 else []
    if last is not None and not holds(last[2]) and holders \
            and len({m[2] for m in holders}) == 1 and nameable and len(words) == 2:
        # "Rookie guard Darnell Price, who rode with Townsend, said …. “…,” the rookie said": the
        # one person the story called a rookie, not the last one named
        return holders[0][2]
    if last is None or a.para_of(last[0]) < para - 1 and not (placed and head in PARTY_OF and tied_to(a, last, placed, head, para)) \
            and not (a.para_of(last[0]) >= para - 2 and len(words) == 2 and holds(last[2])) \
            and not (years is not None and age_told(a, a.persons[last[2]]) == years):
        # (but "the Democrat from Tennawa" is the one senator the story tied to Tennawa, "The
        # biologist added" the biologist last named, past a paragraph that names no one, and
        # "The 63-year-old said" the one person the story gave that age, however far back)
        return None
    if last[0] in spoken and not (seat and a._introduced_with(a.persons[last[2]], placed)) \
            and not (years is not None and age_told(a, a.persons[last[2]]) == years) \
            and not (years is not None and age_told(a, a.persons[last[2]]) is None and a.para_of(last[0]) >= para - 1
                     and not someone_else_since(a, last[1], before)
                     and not re.search(r"\b" + years + r"-year-old\b", a.narr[:before])) \
            and not (len(words) == 2 and holds(last[2])) \
            and not (head == "leader" and a.persons[last[2]].roles & _LEADS
                     and _leads_it(a, a.persons[last[2]], {fold(w) for w in words[1:-1]})) \
            and not (placed and (coded(a, last, placed) or head in PARTY_OF and tied_to(a, last, placed, head, para))) \
            and not (_GOES_ON.match(a.text, before + len(voice)) and not trade):
        # '“A,” says Jo Louth. “B!” says the affable proprietor', 'said Mayor Joe Tate. ¶ “…,” the
        # fisherman said': a description after the person's own quote brings in a new voice (but
        # "the member for Lac-Vert" is the MP the story introduced with Lac-Vert, whoever spoke;
        # "Her husband, Gerald Tibbs, said … ¶ “…,” the 61-year-old said" gives the one just
        # named his age, when no one of that age came up before (a lede's "A 19-year-old who …");
        # "the Pennsylvania Democrat" the senator introduced as "D-Pa."; "the Mountie added"
        # goes on with the constable's own quote; "the 57-year-old" the one the story gave that
        # age, "Warden Victor Amsel, 57,"; and "the meteorologist said" after
        # "Lucía Estrada-Kline, an air quality meteorologist, said" is the one the story called so)
        return None
    if re.search(r"(?:^|[.!?]\s+|\n\s*)(?:A|An|Another|One)\s+(?:[\w-]+\s+){0,3}?" + re.escape(head) + r"\b",
                 a.narr[last[1]:before]):
        return None   # "Dr. Helen Okafor said … ¶ An emergency physician disagreed. “…,” the physician said"
        #               (a sentence's subject: not "Ann Ruiz has spent 30 years as a judge")
    p = a.persons[last[2]]
    if seat and not p.roles & _LEGISLATORS:
        return None   # "the member for Lac-Vert" is an MP the story tied to Lac-Vert
    if any(before + len(voice) <= m[0] < quote_at and m[2] == p.pid and m[3] == "name" for m in a.mentions):
        return None   # the person is the object of the description's own sentence
    if not standard and not described_as - placed <= p.roles:
        return None   # the words the story described someone else with
    gender = HONORIFIC_GENDER.get(head) or ("f" if head.endswith("woman") else "m" if head.endswith("man") else None)
    if gender and p.gender and gender != p.gender:
        return None   # "the chairwoman" is not Mark Jennings
    if years is not None and (told := age_told(a, p)) and told != years:
        return None   # "Kyle Banner, 52, …" is not "the 34-year-old"
    if elect is not None and (elect in p.roles or not won(a, p.pid, elect, before)):
        return None   # "Mayor Frank Gilchrist" is the one the mayor-elect beat; only the winner is
    if head in POSITIONS and head not in ROLE_HEADS | PERSON_NOUNS and p.roles & ROLE_HEADS and head not in p.roles:
        return None   # "Coach Tom Hale said … “…,” the right-hander said": a player, not the coach
    sitting = head in _LEGISLATORS and bool(p.roles & _SITTING) \
        and not other_party(p.parties, placed)   # "the NDP MLA" for the opposition critic, not the Liberal one
    if head in ROLE_HEADS and p.roles and head not in p.roles and not sitting and not given_role(a, p.pid, head, before) \
            and not (head == "physician" and "dr" in p.roles and not any(
                person_noun(r) or r in _TRADES for r in p.roles - {"dr", "doctor"})) and not (
            # "Dr. Ahmed Siddiqui … the physician said" (not "Dr. Paul Brandt, a veterinarian")
            head == "leader" and p.roles & _LEADS and _leads_it(a, p, {fold(w) for w in words[1:-1]})):
        # "the minority leader" is not the senator just named, "the senator" no trucker; but "the
        # union leader" is the federation's president, and "the chair" the senator "who chairs"
        return None
    introduced_here = trade and a.para_of(p.first_pos) == para and not p.roles   # "Réjean Cormier, 71, stood …"
    if trade_only and not introduced_here:
        return None   # "Fire Chief Dan Colter said … “…,” the pilot said": a new voice, not the chief
    if head in ROLE_HEADS and not p.roles and head not in _KNOWN_AS and not given_role(a, p.pid, head, before) \
            and not introduced_here:
        # "Liam Forsythe scored twice. “…,” the coach said": someone the story never gave that
        # role is not taken for the coach, the spokesman or the judge ("Trump … the candidate
        # said" is: a public figure's office or standing is what readers know him by; and "Tom
        # Reyes was elected trustee. The newly elected trustee said" gave him the role)
        return None
    if described_apart(a, words, last[0], before):
        return None   # "Ann Ruiz met with the president. “…,” the president said": not Ruiz
    hometown = tie is not None and fold(voice.split()[tie]) == "from" and head.endswith("-year-old") \
        and a.para_of(last[0]) >= para - 1
    # "Opposition agriculture critic Raymond Bellefleur said … “…,” the NDP MLA said": a party the
    # story gives no one, for a legislator it has just named with no party in this paragraph
    partisan = sitting and not p.parties and a.para_of(last[0]) == para and bool(placed) \
        and all(w in PARTY_OF for w in placed - p.roles) and not _party_at_introduction(a, p)
    if not tied_to(a, last, placed, head, para) and not hometown and not partisan:
        # "the Indiana governor": the story must have tied Indiana to this person, unless it gave
        # them that very role in this paragraph ("Pharmacist Erin MacKenzie said … “…,” the
        # Halifax pharmacist said"); an age and a home town are what a story adds about the one it
        # just named ("Amara Oyelowo-Fitch … “…,” the 13-year-old from Lakeport said")
        return None
    return p.pid


#: Roles of one who leads a body, whom "the union leader" or "the band leader" may stand for.
_LEADS = frozenset("president chair chairman chairwoman chairperson chief head leader".split())
#: Words of a body a "union leader" leads, as the story names it ("president of the Fédération …").
_UNIONS = frozenset("union federation guild brotherhood alliance association syndicat fédération teamsters".split())


def _leads_it(a: Analysis, p, kinds: set[str]) -> bool:
    """The sentence that introduced ``p`` names a body of the kinds a description gives: "the
    union leader" for "Josée Thibodeau, president of the Fédération des enseignantes" (not for a
    company's president or a police chief)."""
    wanted = _UNIONS if kinds & {"union", "labour", "labor"} else kinds
    return any(a._introduced_with(p, {w}) for w in wanted)


#: The roles of a member who sits for a riding: "the member for Lac-Vert".
_LEGISLATORS = frozenset("mp mpp mla mna mha member legislator representative rep congressman congresswoman".split())
def _party_at_introduction(a: Analysis, p) -> bool:
    """The sentence that first names ``p`` has a party word in it ("Liberal critic Raymond …")."""
    s0, s1 = a.sentence_bounds(p.first_pos)
    return any(t.kind == "w" and t.text[:1].isupper() and t.low in PARTY_OF
               for t in a.toks[a.tok_index(s0):a.tok_index(s1)])


#: Roles of a private member of a legislature, whom "the MLA" or "the NDP MPP" may stand for.
_SITTING = _LEGISLATORS | frozenset({"critic"})   # (not a minister: "the NDP MLA" answering her is the opposition)
#: Roles a story may use for someone it never gave them, because readers know them so: the
#: offices of heads of government and the standing of candidates and tycoons.
_KNOWN_AS = frozenset("""president premier candidate nominee frontrunner front-runner businessman
    businesswoman billionaire mogul founder""".split()) | {"prime minister", "minister"}


def _placed_after(a: Analysis, m, placed: set[str]) -> bool:
    """The name of mention ``m`` is set off with the description's place words right after it
    ("Sen. Ann Ruiz, a Democrat from Ohio,"; "Rep. Tom Hale (D-Ohio)")."""
    nxt = next((x[0] for x in a.mentions if x[0] > m[1]), len(a.text))
    after = a.text[m[1]:min(nxt, m[1] + 60, a.sentence_bounds(m[0])[1])]
    return all(re.search(r"(?i)\b" + re.escape(w) + r"\b", after) for w in placed)
