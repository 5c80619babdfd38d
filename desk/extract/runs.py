"""Pass 3a of quote finding, the reading of one run: capitalised words in the narration read as a
name, with its titles, roles and gender, or as an organisation or a place.

``RunReader._make_run`` strips titles ("Det.-Sgt.", "Minister of Health and Wellness"), keeps an
organisation's own first words ("Canadian Tire", "Federal Aviation Administration", "BC Ferries")
and decides whether a run is an organisation or a place; ``_joined_org_names`` joins an
organisation's parts around "and" ("Fisheries and Oceans Canada").  Which runs become people is
decided in :mod:`desk.extract.people`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desk.extract.lexicon import (
    AFFILIATIONS,
    AUX,
    CAMP_WORDS,
    CAP_STOP,
    CUE_VERBS,
    EXTRA_TITLES,
    GENERIC_PLURALS,
    HONORIFIC_GENDER,
    LOC_PREPS,
    MONTHS_DAYS,
    NAME_OPENERS,
    NATIONALITIES,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    PERSON_NOUNS,
    QUALIFIERS,
    ROLE_HEADS,
    STRONG_TITLES,
    SURNAME_STOPS,
    TITLE_MODIFIERS,
    UNNAMED_PEOPLE,
    person_noun,
)
from desk.extract.namelists import FIRST_NAMES, FIRST_NAMES_F, FIRST_NAMES_M, GENDERED_F, GENDERED_M, PLACES
from desk.extract.names import TITLE_ABBREVIATIONS, TITLE_WORDS, fold, in_charge, soft_title
from desk.extract.namewords import NameWords
from desk.extract.narration import base_word

#: One word with a capital inside after three or more letters: a brand or company ("TransLink",
#: "WestJet", "PayPal"). Surnames with a prefix ("MacKay", "FitzGerald", "VanDusen") are not.
#: Lower-case nouns after a name that make it an outlet: "Northwater magazine", "the Ledger newspaper".
_MEDIA_AFTER = frozenset("magazine newspaper paper podcast newsletter website blog radio tabloid weekly".split())
_CAMEL_ORG = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]")
#: A given name of two syllables joined by a hyphen, the second in lower case, as Korean names
#: are written in English ("Jun-seo", "Hyun-woo"): no place or organisation is spelt so.
_SYLLABLE_GIVEN = re.compile(r"(?!(?:Pro|Anti|Non|Re|Co|Ex|Self|Post|Pre|Mid|Semi|Multi|Inter|Sub|Super|Vice)-)"
                             r"[A-Z][a-z]{1,4}-[a-z]{2,4}$")


#: Plural nouns that open a sentence before two people sharing a surname: "Brothers Wade and Curtis Ostrowski".
_PAIR_OPENERS = frozenset("brothers sisters twins cousins siblings spouses partners".split())


def syllable_given(word: str) -> bool:
    """``word`` is a given name of two syllables joined by a hyphen ("Jun-seo", "Hyun-woo")."""
    return bool(_SYLLABLE_GIVEN.match(word))


#: Organisation or place words that are also common surnames ("Kevin Park", "Ann Hall").
SURNAME_WORDS = frozenset("park hall church lake bay mill steel power tower bridge street bank ward court".split())
_NAME_PREFIX = re.compile(r"^(?:Mac|Mc|Fitz|Van|Von|Vander|Della|Delle|Dos|Das|Del|De|Di|Da|Du|La|Le|St|Ben|Abu|Al|El)[A-Z]")

#: Lower-case particles inside a surname ("Anna de Vries", "Pieter van der Berg").
NAME_PARTICLES = frozenset("de du des la le los las dos das van von der den da di del bin al st.".split())
#: Compass initials of place names as headlines shorten them: "N. Korea", "S. Carolina".
_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}


#: Endings of a common noun or adjective a story sets before a name ("Sculptor Hank Willoughby",
#: "Marine John Tiegen", "Rival Hillary Clinton"), which given names ("Fouzia", "Azfar") lack; not
#: -er, -ant, -ent, -al or -ian, which many given names the lists lack have (Grant, Laurent, Asher,
#: Kamal, Kristian).
_JOB_ENDINGS = ("tor", "sor", "ist", "ies", "wright", "stop", "keeper", "maker", "grapher", "ologist", "rival", "ever")
#: Endings of the words of a portfolio: "Immigration", "Development", "Finance", "Affairs".
_PORTFOLIO_ENDINGS = ("tion", "ment", "ance", "ence", "ity", "ics", "ies", "airs", "ure", "ing", "ism", "health",
                      "justice", "labour", "labor", "energy", "transport", "defence", "defense", "seniors", "veterans")
#: Words that open a long title before "of/for/to": "Parliamentary Secretary to the Minister of …".
_TITLE_ADJECTIVES = frozenset("""parliamentary associate deputy provincial federal national state regional chief
    medical senior principal executive special""".split())
#: Plural nouns for the officials or people of places: "the mayors of Kelowna and Vernon".
_PLACE_PEOPLE = frozenset("""mayors premiers governors reeves councils residents citizens people towns cities
    communities municipalities villages provinces states counties regions""".split())
#: Nouns after a place that say someone is from there: "the Prince Albert native".
_HOME_NOUNS = frozenset("native natives resident residents product born-and-raised".split())


def _title_before(toks, of: int) -> bool:
    """A title stands before the "of" or "for" at token ``of``: "Minister of …", "MP for …",
    "Minister Responsible for …"."""
    before = fold(toks[of - 1].text).rstrip(".")
    if before == "responsible" and of >= 2:
        before = fold(toks[of - 2].text).rstrip(".")
    return strong_title(before)


def is_place(words: Sequence[str]) -> bool:
    """The words name a place of ``PLACES`` ("Canada", "North Korea"), also with a compass
    initial ("N. Korea", "S. Sudan"), which is no given name's initial."""
    low = [fold(w).rstrip(".") for w in words]
    if len(low) > 1 and words[0].endswith(".") and low[0] in _COMPASS:
        low[0] = _COMPASS[low[0]]
    return " ".join(low) in PLACES


def strong_title(low: str) -> bool:
    """A title that may stand before a name, also hyphenated with a qualifier ("vice-president",
    "co-chair", "ex-premier")."""
    if low in STRONG_TITLES:
        return True
    if len(low) > 3 and low.endswith("s") and low[:-1].rstrip(".") in STRONG_TITLES and low[:-1] not in ("mis",):
        return True   # "Councillors Bram Osei, Lucille Fenwick and …", "Sens. Ann Ruiz and Tom Hale"
    parts = re.split(r"[-/]", low)
    if len(parts) > 1 and all(p.rstrip(".") in STRONG_TITLES or p == "s" for p in parts):
        return True   # "Lt.-Col.", "Maj.-Gen.", "Det.-Sgt.", "S/Sgt."
    first, _, last = low.partition("-")
    return bool(last) and last in STRONG_TITLES and first in QUALIFIERS | {"co", "rear"}


def inside_org_name(word: str) -> bool:
    """A capitalised word that may stand in an organisation's name joined by "and" or commas:
    neither a given name nor a title ("said Premier Doug Ford and Ontario Health" is people)."""
    low = fold(word)
    return low not in FIRST_NAMES and not strong_title(low.rstrip("."))


def ends_org_name(word: str) -> bool:
    """The last word of such a joined name: an organisation's word or a place ("Commission",
    "Canada"); "Smith, Jones and Brown" are three people."""
    return fold(word).rstrip(".") in ORG_WORDS or is_place([word])


#: Roles held for someone else: "a spokesperson for federal Infrastructure Minister X" is not X.
_FOR_SOMEONE = frozenset("spokesperson spokesman spokeswoman lawyer attorney aide adviser advisor agent "
                         "representative counsel".split())


@dataclass
class Run:
    """A run of capitalised words in the narration (titles stripped into ``titles``)."""

    t0: int  # token index of the first name word
    t1: int  # token index after the last name word
    start: int  # offset of the first title word (mention start)
    name_start: int
    end: int
    words: list[str]
    titles: list[str]
    roles: set[str]
    gender: str | None
    org: bool
    loc: bool
    confirmed: bool = False
    pid: int | None = None


#: The abbreviations that end a company's name: "Hollowell Chair Co.", "Tate Ltd.".
#: The letters before a ship's name: "MV Lady Évangéline", "HMCS Fredericton", "USS Gerald R. Ford".
_VESSEL_PREFIXES = frozenset("HMS HMCS HMAS HMNZS USS USNS USCGC RMS CCGS NOAAS".split())
#: ... and those that are other things too (a shortstop, "MS"), a ship's only after "the" or "aboard".
_VESSEL_WEAK = frozenset("MV MS SS FV MT".split())
_COMPANY_ENDS = frozenset("Co. Inc. Ltd. Corp. LLC PLC Lines".split())   # ("Harrow Coach Lines": no Coach Lines)


#: Ordinals that stand inside a name between two of its words ("Cowessess First Nation").
ORDINALS = frozenset("first second third fourth fifth".split())


class RunReader(NameWords):
    """Reads one run of capitalised words (see the module docstring); a base of ``People``."""

    def _joined_org_names(self, runs: list[Run]) -> list[Run]:
        """An organisation's name whose parts are joined by "and" ("Environment and Climate Change
        Canada", "Fisheries and Oceans Canada") is one run, not a last part read alone."""
        toks = self.toks
        out: list[Run] = []
        for r in runs:
            b = r.t0 - 1
            if ends_org_name(r.words[-1]) and b >= 1 and toks[b].low == "and" and r.start == r.name_start:
                c = b - 1
                while c >= 0 and b - c <= 3 and toks[c].kind == "w" and toks[c].text[:1].isupper() \
                        and inside_org_name(toks[c].text) and self._adjacent(toks[c], toks[c + 1]):
                    c -= 1
                c += 1
                if c < b and not is_place([toks[n].text for n in range(c, b)]) and not (
                        out and out[-1].t1 > c and (out[-1].t0 < c or not out[-1].org and out[-1].confirmed)):
                    if out and out[-1].t0 >= c:
                        out.pop()   # "Fisheries" read alone before "and"
                    r.t0, r.start, r.name_start = c, toks[c].start, toks[c].start
                    r.words = [base_word(toks[n].text) for n in range(c, r.t1)]
                    r.org, r.loc = True, False
            out.append(r)
        return out

    def _org_opener(self, i: int) -> bool:
        """Token i opens an organisation's name though it is no name word itself: a nationality
        word or an acronym right before a capitalised word that is neither a given name nor a
        title ("Canadian Tire", "BC Ferries", "TD Bank", "CBC News"; not "Canadian Denis
        Shapovalov", "NDP Leader Jagmeet Singh", "RCMP Cpl. Jane Hale").  Without it the name
        loses its first word and "Tire" or "Ferries" is taken for a person."""
        toks = self.toks
        t = toks[i]
        if t.kind != "w" or i + 1 >= len(toks) or not self._adjacent(t, toks[i + 1]):
            return False
        acronym = 2 <= len(t.text) <= 5 and t.text.isalpha() and t.text.isupper() and t.low not in AFFILIATIONS \
            and t.low not in TITLE_WORDS and t.low not in EXTRA_TITLES
        if not (acronym or (t.low in NATIONALITIES and t.text[:1].isupper())):
            return False
        nxt = toks[i + 1]
        low = fold(base_word(nxt.text)).rstrip(".")
        return self._is_name_tok(nxt) and not nxt.text.isupper() and low not in FIRST_NAMES \
            and low not in TITLE_WORDS and low not in EXTRA_TITLES and not strong_title(low) \
            and low not in ROLE_HEADS and low not in HONORIFIC_GENDER

    @staticmethod
    def _family_first(words: list[str]) -> str:
        """The first word of a full name when it is no given name ("Wang" of "Wang Qishan"), else ""."""
        first = fold(words[0]) if len(words) >= 2 else ""
        return "" if first in FIRST_NAMES else first

    def _given_before(self, surname: str) -> bool:
        """The story gives ``surname`` after a given name somewhere ("Justin Trudeau")."""
        return any(fold(m.group(1)) in FIRST_NAMES
                   for m in re.finditer(r"\b([A-Z][\w'’-]+)\s+" + re.escape(surname) + r"\b", self.text))

    def _second_of_two_people(self, b: int, j: int, name_words_low: list[str]) -> bool:
        """The run ending at token j, after "and" at token b, is the second of two people: two plain
        capitalised words on each side of "and", then a cue ("Tore Sohlberg and Lehla Abreder
        said") or a first name the lists know ("goals from Nick Roy and Jaxon Pelly"), not an
        organisation's parts ("Procter and Gamble", "Fisheries and Oceans Canada")."""
        toks = self.toks
        if toks[b].low != "and" or any(w in ORG_WORDS for w in name_words_low):
            return False
        if len(name_words_low) == 1:
            # "Trudeau and Ford said" after "Justin Trudeau" and "Doug Ford": two surnames the
            # story gave in full (not "Procter and Gamble")
            if b < 1 or not (toks[b - 1].kind == "w" and toks[b - 1].text[:1].isupper()) \
                    or (b >= 2 and toks[b - 2].kind == "w" and toks[b - 2].text[:1].isupper()):
                return False
            one, two = toks[b - 1].text, toks[j - 1].text
            if one == two or not all(self._given_before(w) for w in (one, two)):
                return False   # "Johnson and Johnson", "Pfizer and Moderna"
        elif len(name_words_low) != 2 or b < 2 or not all(
                toks[x].kind == "w" and toks[x].text[:1].isupper() and fold(toks[x].text).rstrip(".") not in ORG_WORDS
                for x in (b - 2, b - 1)) or is_place([toks[b - 2].text, toks[b - 1].text]) \
                or any(w.rstrip(".") in ORG_WORDS for w in name_words_low) or is_place([toks[j - 2].text, toks[j - 1].text]):
            return False   # not "St. Louis and San Diego"
        elif b >= 3 and toks[b - 3].kind == "w" and toks[b - 3].text[:1].isupper():
            return False   # three words or more before "and": a longer name, not a person's
        elif fold(toks[b - 2].text) in FIRST_NAMES and not (j < len(toks) and toks[j].kind == "w" and toks[j].text[:1].isupper()):
            return True   # "goals from Nick Roy and Jaxon Pelly": a person's name, then another's
        k = j
        while k < len(toks) and toks[k].kind == "w" and (toks[k].low in AUX or toks[k].adverb):
            k += 1
        return k < len(toks) and self._is_cue(k)

    @functools.cached_property
    def _dean_role(self) -> bool:
        """The story writes "dean" as a role ("dean of the law school"): "Dean Fenwick" is then a title."""
        return re.search(r"\bdeans?\b", self.narr) is not None

    def _listed_places(self, i: int) -> bool:
        """The run at token i ends a list after "of" that follows a plural noun for officials or
        people of places: "the mayors of Kelowna, Penticton and Vernon", "residents of Kelowna
        and Vernon"."""
        toks = self.toks
        b = i - 1
        if b < 0 or toks[b].low not in ("and", ",") or (i + 1 < len(toks) and self._is_name_tok(toks[i + 1])
                                                        and self._adjacent(toks[i], toks[i + 1])):
            return False   # one-word places only: not "…, Doug Ford and François Legault"
        word = False   # the token just read (going back) was a capitalised word
        while b >= 0 and i - b < 12:
            if toks[b].low in ("and", ","):
                word = False
            elif toks[b].kind == "w" and toks[b].text[:1].isupper() and not word:
                word = True
            else:
                break
            b -= 1
        return b >= 1 and toks[b].low == "of" and toks[b - 1].low in _PLACE_PEOPLE

    def _make_run(self, i: int, j: int) -> Run | None:
        toks = self.toks
        if i and (toks[i - 1].text in _VESSEL_PREFIXES or toks[i - 1].text in _VESSEL_WEAK and i >= 2
                  and toks[i - 2].low in ("the", "aboard", "board")):
            return None   # "the MV Lady Évangéline", "USS Gerald R. Ford": a ship, no one (not "SS Bo Bichette")
        words = [base_word(toks[k].text) for k in range(i, j) if toks[k].kind != "q"]   # not a nickname
        titles: list[str] = []
        k = i
        # "Minister of Crown-Indigenous Relations Gary Anandasangaree": after "<title> of" the run
        # holds the portfolio, then the person, from the first given name on.
        # "Justice of the Peace Alan Whitcombe" too
        of = i - 2 if i >= 3 and toks[i - 1].low == "the" else i - 1
        if of >= 2 and toks[of].low in ("and", "&") and toks[of - 1].text[:1].isupper():
            # "Minister of Health and Wellness Zach Churchill": a portfolio of two parts
            b = of - 1
            while b > 0 and of - b < 6 and (toks[b].text[:1].isupper() or toks[b].text == ","):
                b -= 1
            if toks[b].low == "of":
                of = b
        portfolio = of >= 1 and toks[of].low in ("of", "for") and _title_before(toks, of) \
            and fold(toks[of - 1].text) not in _FOR_SOMEONE   # not "a spokesperson for Health Minister X"
        given_at = next((n for n in range(1, len(words) - 1)
                         if fold(words[n]) in FIRST_NAMES_M or fold(words[n]) in FIRST_NAMES_F), None)
        if portfolio and given_at is None and len(words) >= 3 and not any(
                fold(w).rstrip(".") in ORG_WORDS or is_place([w]) or fold(w).endswith(_PORTFOLIO_ENDINGS) for w in words[-2:]):
            # "MLA for Surrey-Green Timbers Harjit Sandhu": the riding or portfolio, then a name
            # whose given name the lists lack — its last two words, or all after the portfolio's
            # words ("Minister of Immigration Harjit Singh Gill")
            lead = 0
            while lead < len(words) - 2 and fold(words[lead]).endswith(_PORTFOLIO_ENDINGS):
                lead += 1
            given_at = lead if lead and len(words) - lead <= 3 else len(words) - 2
        if portfolio and given_at is not None and not words[given_at - 1].endswith("."):   # not "of the St. Louis Fed"
            titles = [fold(toks[of - 1].text).rstrip(".")] + [fold(w) for w in words[:given_at]]
            words = words[given_at:]
            k += given_at
        # "Senate Majority Leader Chuck Schumer", "Calder Grid CEO Marguerite Bellamy": everything up to
        # the last title word (with a name after it) is title.
        # "prosecutor Dean Whitaker", "Dean Johnson, a salesman": a given name ("the Dean of Law" is a title)
        dean = len(words) == 2 and not titles and fold(words[0]) == "dean" and not self._dean_role \
            and (i == 0 or toks[i - 1].low not in ("the", "a", "an", "associate", "assistant", "acting"))
        heads = [n for n, w in enumerate(words[:-1]) if (strong_title(fold(w).rstrip(".")) or soft_title(words[n:]))
                 and not (dean and n == 0)]
        if heads:
            cut = heads[-1] + 1
            titles = [fold(w).rstrip(".") for w in words[:cut]]
            words = words[cut:]
            k += cut
        while len(words) > 1 and not dean:
            low = fold(words[0]).rstrip(".")
            if in_charge(words):
                del words[:2]   # "Special Agent in Charge Ana Ruiz": the end of a title
                k += 2
            elif low in TITLE_WORDS or low in EXTRA_TITLES or low in HONORIFIC_GENDER or soft_title(words):
                titles.append(low)
                words.pop(0)
                k += 1
            else:
                break
        # "Environment Canada", "Health Canada": a department named by its portfolio and country,
        # not a person called Canada with a title
        department = bool(titles) and all(t in TITLE_MODIFIERS for t in titles) and is_place(words)
        # "The Federal Aviation Administration", "Major League Baseball", "the Justice Department":
        # a title word opening an organisation's name is part of it, not the rank of a person
        company = words[-1] in _COMPANY_ENDS   # "Hollowell Chair Co." (not "Rep. Zaldy Co")
        department = department or (bool(titles) and (fold(words[-1]).rstrip(".") in ORG_WORDS or company) and (
            len(words) > 1 or all(t in TITLE_MODIFIERS for t in titles) or company) and not any(
            fold(w) in FIRST_NAMES for w in words) and not any(t in HONORIFIC_GENDER for t in titles)
            and not any(toks[n].text.endswith(".") for n in range(i, k)))
        if department:
            words, titles, k = [base_word(toks[n].text) for n in range(i, j)], [], i
        # "Brothers Wade and Curtis Ostrowski": a plural noun before a pair's first given name
        pair = len(words) == 2 and j < len(toks) and toks[j].low == "and" and fold(words[0]) in _PAIR_OPENERS
        while len(words) > 2 or (len(words) == 2 and (titles or pair)):
            low = fold(words[0]).rstrip(".")
            if pair:   # (not a title of the name: the noun says what the two are)
                pair = False
                words.pop(0)
                k += 1
            elif (low in ROLE_HEADS or low in PERSON_NOUNS or low in NAME_OPENERS) and low not in FIRST_NAMES:
                titles.append(low)  # "Economist Karl Weber", "Businessman Brent Lukowski", "Quarterback Tom Wallace"
                words.pop(0)
                k += 1
            else:
                break
        if len(words) >= 3 and fold(words[0]) not in FIRST_NAMES and fold(words[1]) in FIRST_NAMES \
                and fold(words[0]).endswith(_JOB_ENDINGS) and (len(words[0]) >= 6 or fold(words[0]) == "rival") \
                and fold(words[1]) not in NAME_PARTICLES \
                and fold(words[0]) not in ORG_WORDS and not is_place(words[:1]):
            titles.append(fold(words.pop(0)))   # "Sculptor Hank Willoughby", "Marine John Tiegen"
            k += 1
        if len(words) == 2 and fold(words[0]).rstrip(".") in ROLE_HEADS and self._run_sentence_start(i) and not dean:
            titles.append(fold(words.pop(0)).rstrip("."))
            k += 1
        if j + 1 < len(toks) and toks[j].low in ("of", "for", "to") and strong_title(fold(toks[j - 1].text).rstrip(".")) \
                and not any(fold(w) in FIRST_NAMES for w in words) and (titles or len(words) > 1) \
                and not any(t in HONORIFIC_GENDER for t in titles) \
                and all(strong_title(fold(w).rstrip(".")) or is_place([w]) or fold(w) in QUALIFIERS | _TITLE_ADJECTIVES
                        or w.endswith(".") or w.isupper() for w in words[:-1]) \
                and j + 1 + (toks[j + 1].low == "the") < len(toks) \
                and self._is_name_tok(toks[j + 1 + (toks[j + 1].low == "the")]):
            # "Ontario Minister of Health …", "Parliamentary Secretary to the Minister …": a title
            # its portfolio or riding follows, not a person called "Ontario Minister"
            return None
        if j + 1 < len(toks) and toks[j].low == "for" and fold(words[-1]) == "responsible" and titles:
            return None   # "Minister Responsible for Seniors Joan Pike"
        # A lone title word ("Premier", "Mayor") is not a name, unless it is the surname of a full
        # name the story gives and speaks ("Cpl. Susan Major … “…,” Major said").
        if len(words) == 1 and (fold(words[0]).rstrip(".") in TITLE_WORDS | EXTRA_TITLES) and not (
                j < len(toks) and self._is_cue(j) and any(
                    t.text == words[0] and n and fold(toks[n - 1].text) in FIRST_NAMES for n, t in enumerate(toks))):
            return None
        gender = None
        for tl in titles:
            gender = gender or HONORIFIC_GENDER.get(tl)
        # Lower-case role words just before: "union president Ray Dunphy", "businessman Brent Lukowski".
        roles: set[str] = set(titles)
        for tl in titles:
            roles.update(TITLE_ABBREVIATIONS.get(tl, ()))   # "Sen." → "the senator"
        if titles and titles[-1] == "justice":
            roles.add("judge")   # "Justice Anne Moreau … the judge said" (not "Justice Minister X")
        start = toks[i].start
        b = i - 1
        took = 0
        while b >= 0 and took < 4 and toks[b].kind == "w" and self._adjacent(toks[b], toks[b + 1]):
            low = fold(toks[b].text)
            if low == "for" and took and b >= 1 and fold(toks[b - 1].text) in ROLE_HEADS and toks[b - 1].text.islower() \
                    and fold(toks[b - 1].text) not in _FOR_SOMEONE:
                b -= 1   # "critic for finance Blake Thorsby": the role before its portfolio
                continue
            if low in ROLE_HEADS or low in TITLE_WORDS or low in EXTRA_TITLES or low in QUALIFIERS \
                    or (took == 0 and low in NAME_OPENERS and not low.endswith("s") and toks[b].text.islower()) \
                    or (took and low not in CAP_STOP and not low.endswith("ly") and toks[b].text[:1].islower()
                        and low not in AUX and low not in CUE_VERBS and low not in ("quoted", "quotes", "quoting")):
                if took == 0 and not (low in ROLE_HEADS or low in TITLE_WORDS or low in EXTRA_TITLES
                                      or low in NAME_OPENERS and toks[b].text.islower()):
                    break   # "shortstop Tae-Yang Kwon-Fischer", "guard Keisha Abernathy-Lowe" gives a role
                roles.add(low)
                gender = gender or HONORIFIC_GENDER.get(low)
                start = toks[b].start
                took += 1
                b -= 1
            else:
                break
        prev = toks[b] if b >= 0 else None
        if prev is not None and prev.kind == "w" and not took and self._adjacent(prev, toks[b + 1]):
            # "husband Mohammad Al Mnajer", "her daughter Lina": the relation gives the gender
            gender = gender or UNNAMED_PEOPLE.get(prev.low) or None
        elif prev is not None and prev.text == "," and not took and b >= 2 and toks[b - 1].kind == "w" \
                and toks[b - 2].low in ("his", "her", "their") and toks[b - 1].low in UNNAMED_PEOPLE:
            # "Her son, Philippe Laval,": set off after the relation, which gives the gender too
            gender = gender or UNNAMED_PEOPLE[toks[b - 1].low] or None
        name_words_low = [fold(w).rstrip(".") for w in words]
        # "Bill Blair", "Bill Clinton": a given name is no organisation's word where it opens the name
        given = len(name_words_low) > 1 and (name_words_low[0] in FIRST_NAMES_M or name_words_low[0] in FIRST_NAMES_F)
        # "the Bernie Sanders campaign", "the Barack Obama administration": a person's name used
        # to name their camp is still a person's name (not "the Kennedy Center", nor a foundation)
        camp = given and j < len(toks) and toks[j].kind == "w" and toks[j].low in CAMP_WORDS \
            and self._adjacent(toks[j - 1], toks[j])
        # "Kevin Park", "Kevin Hall": a given name the desk is sure of before a surname that is also
        # an organisation's or place's word ("Stanley Park", "Carnegie Hall" stay places)
        surname = len(name_words_low) == 2 and name_words_low[1] in SURNAME_WORDS and (
            name_words_low[0] in GENDERED_F or name_words_low[0] in GENDERED_M
            or name_words_low[0] in FIRST_NAMES and j < len(toks) and self._is_cue(j)   # "Lena Park called" (not "Stanley Park on")
            or syllable_given(words[0])   # "Jun-seo Park", "Min-ji Hall": a given name of two syllables
            or any(t not in TITLE_MODIFIERS for t in titles)   # "Cst. Lena Park"
            or took   # "police spokesperson Alyssa Ward"
            or j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("a", "an")   # "Hyun-woo Park, a city engineer,"
            # "The authority's lawyer, Melinda Park, argued": set off after a noun for a person
            or name_words_low[0] in FIRST_NAMES and b >= 1 and toks[b].text == "," and person_noun(toks[b - 1].low))
        org = department or (not surname and any(w in ORG_WORDS for w in name_words_low[1 if given else 0:])) or (
            prev is not None and prev.kind == "w" and prev.low in ("the",) and not titles and not took and not camp) or (
            prev is not None and prev.kind == "w" and prev.low in ORG_DESCRIPTORS and not titles and not given
            and not took)   # (not "Union president Fatoumata Ellery-Beck": the role stands between)
        if len(words) == 1 and _CAMEL_ORG.match(words[0]) and not _NAME_PREFIX.match(words[0]):
            org = True   # "TransLink", "WestJet", "PayPal": a brand, not a surname
        if len(words) >= 2 and words[-1] == "Co." and not titles:
            org = True   # "Corvane Chemical Co.": a company (the surname "Co" of "Rep. Zaldy Co" has no stop)
        if not titles and not given and j < len(toks) and toks[j].kind == "w" and toks[j].text in _MEDIA_AFTER \
                and self._adjacent(toks[j - 1], toks[j]):
            org = True   # "told Northwater magazine": an outlet, even one a library's label names
        if any(self.ampersand_before(n) for n in range(i + 1, j)):
            # "Hadley & Ross": a firm, named in full
            words, titles, k, org, loc = [self.text[toks[i].start:toks[j - 1].end]], [], i, True, False
        # "North Korea said": the compass word stays out of the run, but names the place with it
        compass = prev is not None and prev.kind == "w" and prev.text[:1].isupper() and prev.low in _COMPASS.values() \
            and self._adjacent(prev, toks[b + 1])
        loc = (prev is not None and prev.kind == "w" and prev.low in LOC_PREPS and not took and not titles) or (
            not titles and not took and (is_place(words) or compass and is_place([prev.text, *words])))
        if self._listed_places(i):
            return None   # "the mayors of Kelowna, Penticton and Vernon": places, not a man called Vernon
        if j < len(toks) and toks[j].low in _HOME_NOUNS and i >= 1 and toks[i - 1].low in ("the", "a", "an") \
                and self._adjacent(toks[j - 1], toks[j]):
            return None   # "the Prince Albert native", "a Sault Ste. Marie resident": where someone is from
        if prev is not None and prev.kind == "w" and prev.low in ("for", "of", "and", "&", "de", "du") and b >= 1 \
                and toks[b - 1].kind == "w" and toks[b - 1].text[:1].isupper() and toks[b - 1].low not in CAP_STOP \
                and not took and not titles \
                and fold(words[0]) not in FIRST_NAMES and not self._second_of_two_people(b, j, name_words_low):
            org = True  # "Institute for Public Policy", "Chamber of Commerce" (not "As for Trump")
        if words and fold(words[0]) in MONTHS_DAYS and not (len(words) == 1 and fold(words[0]) in SURNAME_STOPS) \
                and not (len(words) == 2 and self._month_given(k)):
            return None   # "May 5" (but "“…,” May said": _is_name_tok let it in as a surname)
        if len(words) == 1 and fold(words[0]) in GENERIC_PLURALS:
            return None   # "Officials said", "Sources told": a group nobody names, not a person
        return Run(t0=k, t1=j, start=start, name_start=toks[k].start, end=toks[j - 1].end,
                    words=words, titles=titles, roles=roles, gender=gender, org=org, loc=loc)

