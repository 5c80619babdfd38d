"""Pass 3a of quote finding: the people a story names, with their roles and genders.

Runs of capitalised words in the narration become people when something says so (a title, a
role noun, an appositive, a speech cue, a common first name, a known library speaker); runs that
read as organisations or places do not. Which capitalised words may be name parts is read in
:mod:`desk.extract.namewords`, how one run reads (titles, organisation or place) in
:mod:`desk.extract.runs`, the evidence around a run in :mod:`desk.extract.evidence`, the
parties tied to a person in :mod:`desk.extract.parties`; the rules are in
:mod:`desk.extract.quotes`'s docstring.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desk.extract.lexicon import (
    AFFILIATIONS,
    CAP_STOP,
    INVERTIBLE,
    ORG_WORDS,
    PAGE_WORDS,
    TITLE_MODIFIERS,
)
from desk.extract.namelists import FIRST_NAMES, FIRST_NAMES_F, FIRST_NAMES_M, hand_gender
from desk.extract.names import (
    TITLE_WORDS,
    by_age,
    fold,
    generational,
    kin_just_before,
    known_tables,
    name_key,
    suffix_of,
    title_forms,
)
from desk.extract.namesakes import Namesakes
from desk.extract.narration import base_word, is_possessive, last_name_word
from desk.extract.nicknames import called_names
from desk.extract.parties import PARTY_CODE, parties_around
from desk.extract.runkinds import mark_kinds
from desk.extract.runs import (
    NAME_PARTICLES,
    ORDINALS,
    SURNAME_WORDS,
    Run,
    RunReader,
    is_place,
    strong_title,
    syllable_given,
)
from desk.extract.sections import sections

#: Words before "attorney" that make one a prosecutor: "District Attorney", "Assistant U.S. Attorney".
_PROSECUTING = frozenset("district u.s us state county crown federal assistant deputy prosecuting".split())


#: Number words that stand inside a name between two of its words ("Loretta Two Rivers").
_NUMBER_NAMES = frozenset("two three four five six seven eight nine ten".split())


#: What comes before a birth name: "Born Marguerite Doucet in 1933", "née Marguerite Doucet".
_BIRTH_NAME = re.compile(r"(?i)\b(?:born|née|nee)[ \t]+\Z")
#: Someone's relative named right after: "His son, ", "Beaulieu’s father " (not "A father of four, ").
_OWN_KIN = re.compile(r"(?i)\b(?:his|her|their|[\w’'-]+[’']s)[ \t]+(?:[\w-]+[ \t]+)?(?:son|daughter|father|mother|dad|"
                      r"grandson|granddaughter|grandfather|grandmother|brother|sister|uncle|nephew)[ \t]*,?[ \t]*$")


@dataclass
class Person:
    pid: int
    name: str  # fullest form the story (or library) gives
    words: list[str]
    gender: str | None = None  # "m", "f", "t" (they), or None
    roles: set[str] = field(default_factory=set)
    age: str | None = None  # "54" when the story sets it off after the name ("Gerald Ashby-Kroll, 54,")
    #: Party words the story ties to the name ("Conservative MP …", "…, R-Ohio,"): parties.py
    parties: set[str] = field(default_factory=set)
    first_pos: int = 0
    #: The story describes the name as a person's even without a title, role or known given
    #: name: an age set off by commas ("Okafor, 54,").  Not an initial ("J. Crew", "B. Riley"),
    #: a who-clause ("Reuters, who first reported …") nor the last word used alone later
    #: ("Nordic Telekom … Telekom"): companies have them all.
    described: bool = False


def presented_as_person(p: Person) -> bool:
    """The story presents ``p`` as a person: with a title or a role ("Mr. Hale", "Hale, a
    councillor", "union president Ray Dunphy"), or a name that opens with a given name ("Petra
    Lind"), or one of three words or more, or one the story describes as a person's (an age or
    an initial: ``Person.described``).  Capitalised words and nothing more ("Reuters
    reported", "Marlow Ferries said") may as well be an organisation's name: a wrong guess there
    would call the story's quote misattributed."""
    if p.roles or p.gender is not None or p.described or len(p.words) >= 3:
        return True
    return len(p.words) == 2 and fold(p.words[0]).rstrip(".") in FIRST_NAMES


class People(Namesakes, RunReader):
    """The narration plus the people it names (``persons``) and the name runs (``runs``)."""

    def __init__(self, text: str, known: Sequence[tuple[str, Sequence[str]]]):
        super().__init__(text)
        self._known(known)
        self.persons: list[Person] = []
        #: 'Henrik “Hank” Voss': the nickname (folded) → where the name carrying it starts
        self.nicknames: dict[str, int] = {}
        #: An oral history's name lines ("DARLENE QUINTON, fish cutter"): sections.py
        self.sections = sections(text, self.paras)
        self._section_pid: dict[int, int] = {}   # a name line's paragraph → its person
        for sec in self.sections:
            self._section_pid[sec.para] = len(self.persons)
            self.persons.append(Person(pid=len(self.persons), name=sec.name, words=sec.name.split(),
                                       first_pos=sec.start, described=True))
            if sec.nickname:
                self.nicknames.setdefault(fold(sec.nickname), sec.start)
        self._section_lines = [sec.para for sec in self.sections]
        self._runs()

    def section_voice(self, para: int) -> int | None:
        """The person whose account paragraph ``para`` stands in, under an oral history's name
        line, else None."""
        k = bisect.bisect_left(self._section_lines, para)
        return self._section_pid[self._section_lines[k - 1]] if k else None

    def section_line(self, para: int) -> bool:
        """Paragraph ``para`` is an oral history's name line ("GERALD “BUDDY” NOSEWORTHY, …")."""
        return para in self._section_pid

    def joint_name(self, pids: Sequence[int]) -> str:
        """People who speak together, by their names: "Ann Hale, Tom Tate and Bill Ruiz"."""
        names = [self.persons[p].name for p in pids]
        return ", ".join(names[:-1]) + " and " + names[-1]

    # ---- known speakers ----------------------------------------------------------------------

    def _known(self, known: Sequence[tuple[str, Sequence[str]]]) -> None:
        key = tuple((canonical, tuple(aliases or ())) for canonical, aliases in known or ())
        self.known_full, self.known_sur, self.known_roles, self.known_heads = known_tables(key)

    def known_for(self, words: list[str]) -> str | None:
        key = name_key(" ".join(words))
        if not key:
            return None
        if key in self.known_full:
            return self.known_full[key]
        if len(words) == 1:
            cands = self.known_sur.get(key, set())
            if len(cands) == 1:
                return next(iter(cands))
        return None

    # ---- people ------------------------------------------------------------------------------

    @functools.cached_property
    def qa_answers(self) -> dict[int, int]:
        """A printed Q&A's answer paragraphs and who gives them (``desk.extract.qa``)."""
        from desk.extract.qa import answer_paragraphs

        return answer_paragraphs(self)

    @functools.cached_property
    def qa_questions(self) -> dict[int, int]:
        """A Q&A excerpt's question paragraphs and who asks them (``desk.extract.qa``)."""
        from desk.extract.qa import question_paragraphs

        return question_paragraphs(self)

    @functools.cached_property
    def org_runs(self) -> list[tuple[Run, str, str]]:
        """The story's organisation names with their first and last words folded, in order: read
        once per story, since every "the department said" asks (``orgvoices.named_org``)."""
        return [(r, fold(r.words[0]), fold(r.words[-1])) for r in self.runs if r.org]

    def _modifier_names(self, runs: list[Run]) -> set[tuple[str, ...]]:
        """Names the story uses as a modifier after "a" or "an" ("a Prairie Central freight train",
        "an Ashgrove Mutual policy"): a company, brand or place, not a person, when no name the
        lists know opens them ("a Tom Hanks movie" stays a person)."""
        toks, out = self.toks, set()
        for r in runs:
            if len(r.words) >= 2 and not r.titles and r.t0 > 0 and toks[r.t0 - 1].low in ("a", "an") \
                    and r.start == r.name_start and fold(r.words[0]) not in FIRST_NAMES and r.t1 < len(toks) \
                    and toks[r.t1].kind == "w" and toks[r.t1].text[:1].islower() and self._adjacent(toks[r.t1 - 1], toks[r.t1]):
                out.add(tuple(fold(w) for w in r.words))
        return out

    def _runs(self) -> None:
        toks = self.toks
        runs: list[Run] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            # "The Canadian Press", "The American Legion": after "The", a word of nationality or
            # party opens an organisation's name instead of describing a person.
            org_head = (t.kind == "w" and t.low in AFFILIATIONS and t.text[:1].isupper() and i > 0
                        and toks[i - 1].low == "the" and i + 1 < n and self._is_name_tok(toks[i + 1])
                        and self._adjacent(t, toks[i + 1]))
            # "the Assembly of First Nations": an ordinal opens a name after "of" or "the"
            # (not "First Lady …", a title)
            org_head = org_head or (t.kind == "w" and t.low in ORDINALS and t.text[:1].isupper() and i > 0
                                    and toks[i - 1].low in ("of", "the") and i + 1 < n
                                    and self._is_name_tok(toks[i + 1]) and self._adjacent(t, toks[i + 1])
                                    and fold(toks[i + 1].text) not in TITLE_WORDS)
            org_head = org_head or self._org_opener(i)
            if not (self._is_name_tok(t) or org_head) or self.in_ignored(t.start):
                i += 1
                continue
            if i > 0 and toks[i - 1].text in (",", "(") and PARTY_CODE.fullmatch(t.text):
                i += 1   # "Sen. Tom Kessler, R-Texas, who leads …": a party code, never a person
                continue
            if t.low in INVERTIBLE and self._run_sentence_start(i):
                i += 1   # "Stated Stone:", "Added Ruiz, …": an inverted cue opening the sentence
                continue
            if self._opening_adverb(i) or self._opening_participle(i):
                i += 1   # "Hastily politicizing the tragedy, Trump cast …": an adverb, not a name
                continue
            j = i + 1
            while j < n and ((self._adjacent(toks[j - 1], toks[j]) and not is_possessive(toks[j - 1].text))
                             or self._plural_in_name(j - 1)):
                nt = toks[j]
                if self._is_name_tok(nt):
                    j += 1
                elif self.nickname_at(j):
                    # 'Jesse “Spider” Kowal': a nickname between the given name and the surname,
                    # by which the story may go on ("Spider said")
                    self.nicknames.setdefault(fold(self.text[nt.start:nt.end].strip(" “”\"‘’'")), toks[i].start)
                    j += 1
                elif nt.low == "in" and j + 1 < n and toks[j + 1].text == "Charge" and self._adjacent(nt, toks[j + 1]):
                    j += 2   # "Special Agent in Charge Ana Ruiz": one title before the name
                elif nt.kind == "w" and nt.text[:1].isupper() and not nt.text.isupper() and nt.low in PAGE_WORDS:
                    j += 1   # "Judicial Watch", "Daily Read": a page's word only where it stands first
                elif nt.kind == "w" and nt.text[:1].isupper() and nt.low in ORDINALS and j + 1 < n \
                        and self._is_name_tok(toks[j + 1]) and self._adjacent(nt, toks[j + 1]):
                    j += 2   # an ordinal inside a name: "the Cowessess First Nation"
                elif nt.kind == "w" and nt.text[:1].isupper() and nt.low in _NUMBER_NAMES and j + 1 < n \
                        and self._is_name_tok(toks[j + 1]) and self._adjacent(nt, toks[j + 1]):
                    j += 2   # a number inside a name: "Loretta Two Rivers", "Wesley Two Rivers"
                elif nt.kind == "w" and nt.text.lower() in NAME_PARTICLES and j + 1 < n and self._is_name_tok(toks[j + 1]) \
                        and self._adjacent(nt, toks[j + 1]):
                    j += 2
                elif nt.kind == "w" and nt.text.lower() in NAME_PARTICLES and j + 2 < n and toks[j + 1].text.lower() in NAME_PARTICLES \
                        and self._is_name_tok(toks[j + 2]) and self._adjacent(nt, toks[j + 1]) and self._adjacent(toks[j + 1], toks[j + 2]):
                    j += 3   # "Pieter van der Berg", "Ana de la Cruz"
                else:
                    break
            # "Hadley & Ross", "Tate & Lowry": one firm ("&" is no token)
            while j < n and self._is_name_tok(toks[j]) and self.ampersand_before(j) \
                    and not (fold(toks[j].text) in FIRST_NAMES and j - i >= 2 and fold(toks[i].text) in FIRST_NAMES):
                # (not "Tom Hale & Ann Ruiz": two people)
                j += 1
                while j < n and self._is_name_tok(toks[j]) and self._adjacent(toks[j - 1], toks[j]):
                    j += 1
            run = self._make_run(i, j)
            if run is not None:
                runs.append(run)
            i = j
        self.runs = self._joined_org_names(runs)
        self.called, self.called_at = called_names(self)
        self._share_surnames()
        self.midcap = {fold(base_word(r.words[0])) for r in runs if len(r.words) == 1 and not self._sentence_initial(r)}
        # "Prairie Central Railway … Prairie Central has said": the first words of an organisation's
        # name are that organisation, not a person (unless a name the lists know opens them)
        org_openings = {tuple(fold(w) for w in r.words[:n]) for r in runs if r.org and len(r.words) >= 3
                        for n in range(2, len(r.words))}
        org_openings |= self._modifier_names(runs)
        self.set_off_orgs = mark_kinds(self, runs, org_openings)
        # Confirm people: multi-word names first, then lone surnames.
        lone_voices = self._lone_voices(runs)
        # (not "Wells Fargo" when "Wells said" is Andrea Wells: a surname the story gives someone)
        ends = {fold(last_name_word(r.words)) for r in runs if len(r.words) >= 2 and not r.org}
        for r in runs:
            if len(r.words) >= 2 and not r.org:
                # "14-year-old Élodie Marchand-Vu played …  “…,” Élodie said": the given name speaks
                # alone later, as a story calls children and first names (and "Jaylen Moss" is no
                # place called Moss)
                given_speaks = len(r.words) in (2, 3) and lone_voices.get(fold(r.words[0]), -1) > r.start \
                    and fold(r.words[0]) not in CAP_STOP and fold(r.words[-1]) not in ORG_WORDS \
                    and fold(r.words[0]) not in ends
                evidence = given_speaks or (self._titled(r) or r.roles - TITLE_MODIFIERS or r.gender or self._cue_near(r) or self.known_for(r.words)
                            or fold(r.words[0]) in FIRST_NAMES_F or fold(r.words[0]) in FIRST_NAMES_M
                            or len(r.words) == 2 and syllable_given(r.words[0])
                            or r.start in self.nicknames.values()   # 'Henrik “Hank” Voss': a person's name
                            or any(r is given for given in self.called.values())   # 'X, known as “Doc,”'
                            or self._appositive(r) or self._surname_used(r) or self._after_role_comma(r)
                            or self._referred_back(r))
                if evidence and (not r.loc or given_speaks or self._titled(r) or r.gender or self.known_for(r.words)
                                 or fold(r.words[0]) in FIRST_NAMES or self._cue_near(r)) \
                        and not (self._seat_of(r) and not r.titles and fold(r.words[0]) not in FIRST_NAMES):
                    r.confirmed = True
                    self._register(r)
        # Lone names that speak ("Okafor said") confirm the full name that carries them.
        # "Kamala Harris and Nancy Pelosi appeared …  Harris said": a sentence's first word is a
        # surname when a longer name elsewhere ends with it.
        name_ends = {fold(last_name_word(r.words)) for r in runs if len(r.words) >= 2 and not r.org and not r.loc}
        speaking = set(self._lone_voices(runs, self.midcap | name_ends))
        for r in runs:
            if len(r.words) >= 2 and not r.confirmed and not r.org and not r.loc and (
                    fold(last_name_word(r.words)) in speaking or (r.titles and self._family_first(r.words) in speaking)):
                r.confirmed = True
                self._register(r)
        surnames = {fold(last_name_word(p.words)) for p in self.persons}
        # A family name given first ("Wang Qishan" … "Wang said"): the first word of a full name
        # that is no given name stands for the person alone too (_register links it).
        surnames |= {self._family_first(p.words) for p in self.persons} - {""}
        # "Allan Houston … “…,” Houston said": a place name is a surname when a full name with a
        # given name ends with it and it speaks.
        given_surnames = {fold(last_name_word(p.words)) for p in self.persons if len(p.words) >= 2
                          and fold(p.words[0]) in FIRST_NAMES}
        givens: dict[str, int] = {}
        for p in self.persons:
            if len(p.words) >= 2 and fold(p.words[0]) in FIRST_NAMES:
                givens[fold(p.words[0])] = givens.get(fold(p.words[0]), 0) + 1
        # "Larkspur Energy Corp. asked regulators …. Larkspur said": the company's short name, no
        # person (not a surname someone has, nor a given name: "Hillary for America" … "Hillary")
        org_heads = {fold(r.words[0]) for r in runs if r.org and len(r.words) >= 2} - surnames - FIRST_NAMES
        for r in runs:
            if len(r.words) == 1 and not r.confirmed and not r.org and fold(r.words[0]) in org_heads \
                    and not self._titled(r):
                r.org = True
            place = not r.titles and is_place(r.words)
            if place and len(r.words) == 1 and fold(r.words[0]) in given_surnames and self._cue_near(r):
                r.loc = place = False
            if r.org and len(r.words) == 1 and fold(r.words[0]) in SURNAME_WORDS and fold(r.words[0]) in surnames:
                r.org = False   # "Kevin Park … Park said": the surname, not a park
            if r.confirmed or r.org or place:
                continue   # "Canada" is no one's surname, not even that of "Statistics Canada"
            if len(r.words) == 1:
                key = fold(r.words[0])
                kin = self._kin_given(r)   # "His wife, Joan, said"
                if kin is None and not r.loc:
                    kin = self._aged_given(r)   # "Dale, 63, who lives on the hill, watched …"
                if kin is None and not r.loc:
                    kin = self._named_as(r)   # "A man who gave only his first name, Randy, said"
                # "Lucas Fairweather is seven. … Lucas showed off" (not "Hillary's husband" in a headline)
                given = not r.loc and givens.get(key) == 1 and not is_possessive(self.toks[r.t1 - 1].text)
                if key in surnames or self.known_for(r.words) or self._titled(r) or key in speaking or kin is not None or given \
                        or (not r.loc and self._sentence_initial(r) and self._person_appositive(r)):
                    r.confirmed = True
                    r.gender = r.gender or kin or None
                    self._register(r)
                    surnames.add(key)
            elif len(r.words) >= 2 and (fold(last_name_word(r.words)) in surnames) and not r.loc:
                r.confirmed = True
                self._register(r)

    def nickname_at(self, k: int) -> bool:
        """Token k is a quote of one to three capitalised words between a given name and a
        capitalised word: 'Jesse “Spider” Kowal', 'Ron “Big Smoke” Dutton' — a nickname, part of
        the name and nobody's words."""
        toks = self.toks
        if not (0 < k < len(toks) - 1 and toks[k].kind == "q" and toks[k - 1].kind == "w" and toks[k + 1].kind == "w"):
            return False
        inner = self.text[toks[k].start:toks[k].end].strip(" “”\"‘’'")
        words = inner.split()
        return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not inner.endswith((",", ".", "!", "?")) \
            and (fold(toks[k - 1].text) in FIRST_NAMES or self._lone_given(k - 1)) and self._is_name_tok(toks[k + 1]) \
            and self.text[toks[k - 1].end:toks[k].start] == " " and self.text[toks[k].end:toks[k + 1].start] == " "

    def _lone_given(self, k: int) -> bool:
        """Token k may be a given name the lists lack ("Kacey"): a capitalised word, no title or
        function word, with no capitalised word before it in the sentence's run."""
        toks = self.toks
        t = toks[k]
        return t.kind == "w" and t.text[:1].isupper() and not t.text.isupper() and self._is_name_tok(t) \
            and not strong_title(fold(t.text).rstrip(".")) and fold(t.text) not in TITLE_WORDS \
            and (k == 0 or not toks[k - 1].text[:1].isupper() or toks[k - 1].kind != "w"
                 or toks[k - 1].low in CAP_STOP   # "Then Henrik “Hank” Voss"
                 or strong_title(fold(toks[k - 1].text).rstrip(".")))   # 'former Sheriff Bartholomew "Gus" Brackwell'

    def _plural_in_name(self, k: int) -> bool:
        """Token k is a plural possessive inside an organisation's name: "Saskatchewan Teachers’
        Federation", "Ontario Nurses' Association"."""
        t, nxt = self.toks[k], self.toks[k + 1] if k + 1 < len(self.toks) else None
        if nxt is None or not (t.text[:1].isupper() and nxt.text[:1].isupper() and fold(nxt.text) in ORG_WORDS):
            return False
        gap = self.text[t.end:nxt.start]
        return (t.text.endswith(("s’", "s'")) and self._adjacent(t, nxt)) or (t.text.endswith("s") and gap in ("' ", "’ "))

    def _register(self, r: Run) -> None:
        words = r.words
        person = None
        key = name_key(" ".join(words))
        if len(words) >= 2:
            for p in self.persons:
                if name_key(" ".join(p.words)) == key and None in (suffix_of(p.words), suffix_of(words)) \
                        or suffix_of(p.words) == suffix_of(words) is not None and name_key(" ".join(p.words[-2:])) == name_key(" ".join(words[-2:])) \
                        and (len(p.words) == 2 or name_key(" ".join(p.words)) == key):
                    # (not "Lonnie Beaumont Jr." for Lonnie Beaumont Sr.: his son; "Beaumont Jr." in
                    # a headline is "Lonnie Beaumont Jr.")
                    if generational(words) != generational(p.words) and (kin := _OWN_KIN.search(self.text, max(0, r.start - 40), r.start)) \
                            and not re.search(r"(?i)\b(?:by|with|to|for|from|of)[ \t]+$", self.text[max(0, kin.start() - 6):kin.start()]):
                        # (not "Raised by his grandfather, Tony Beaulieu Jr.": what was done to him)
                        continue   # "Tony Beaulieu, 58, … His son, Tony Beaulieu Jr.": another man (not "A father of four, …")
                    person = p
                    if generational(words) and not generational(p.words) \
                            and not kin_just_before(self.text, r.start):
                        # "Walter Wolanski’s driveway" … "Walter Wolanski Jr., 66,": the name in full
                        # (not "His father, Duncan Hunter Sr.": another man of that name)
                        p.words, p.name = list(words), " ".join(words)
                    break
            if person is None and (fold(words[0]) not in FIRST_NAMES or fold(words[0]) in NAME_PARTICLES):
                # "St-Pierre Plamondon" after "Paul St-Pierre Plamondon", "Ruiz de Velasco" after
                # "Catalina Ruiz de Velasco", "De la Fuente-Ward": a surname of several words
                tail = [fold(w) for w in words]
                person = next((p for p in self.persons if len(p.words) > len(words)
                               and [fold(w) for w in p.words[-len(words):]] == tail), None)
            if person is None and _BIRTH_NAME.search(self.text, max(0, r.start - 8), r.start):
                # "Marguerite “Peg” Arsenault … Born Marguerite Doucet in 1933, she …": the name she
                # was born with, of the one person the story gave that first name (not "Ruth
                # Dimitriou was born in Thessaloniki": how a profile brings in someone new)
                same = {p.pid for p in self.persons if len(p.words) >= 2 and p.first_pos < r.start
                        and fold(p.words[0]) == fold(words[0]) and fold(p.words[-1]) != fold(words[-1])}
                person = self.persons[same.pop()] if len(same) == 1 else None
            if person is None:
                for p in self.persons:  # "Everly" seen first, then "Colm Everly"
                    if len(p.words) == 1 and fold(p.words[0]) == fold(last_name_word(words)):
                        p.words = list(words)
                        p.name = " ".join(words)
                        person = p
                        break
        else:
            cands = [p for p in self.persons if fold(last_name_word(p.words)) == fold(words[0])]
            if not cands:
                cands = [p for p in self.persons if fold(p.words[0]) == fold(words[0]) and len(p.words) > 1]
            if not cands and fold(words[0]) in self.nicknames:
                # "Hank said" after 'Henrik “Hank” Voss': the one the story gave that nickname
                cands = [p for p in self.persons if p.first_pos == self.nicknames[fold(words[0])]]
            if not cands and (given := self.called.get(fold(words[0]))) is not None and given.pid is not None:
                cands = [self.persons[given.pid]]   # "Doc said" after 'Everyone calls him “Doc”'

            if r.gender:
                # "Ms. Papadakis" is Anita, not George; "Ms. Asante" after Dr. Kwame Asante is
                # someone else of the family
                cands = [p for p in cands if self._gender_of(p) in (None, r.gender)]
            elif cands and all(p.first_pos > r.start for p in cands):
                # "President Obama" before "the first lady, Michelle Obama" and "Mr. Obama": a name
                # the story gives in full only later goes to someone of the gender its honorifics
                # give that surname, else to no one yet
                told = {x.gender for x in self.runs if len(x.words) == 1 and x.gender
                        and fold(x.words[0]) == fold(words[0])}
                if told:
                    cands = [p for p in cands if self._gender_of(p) in (None, *told)]
            if len(cands) > 1 and not r.gender and (sex := self._says_of_self(r)):
                # "Mbeki-Farrow said, he plans …" beside Augustin and Rosamund Mbeki-Farrow: the
                # one of the sex the sentence then gives
                cands = [p for p in cands if self._gender_of(p) in (None, sex)] or cands
            if len(cands) > 1 and (aged := by_age(cands, r.roles)) is not None:
                cands = [aged]   # "The elder Beaumont" beside Lonnie Beaumont Sr. and Jr.: the father
            if len(cands) > 1 and r.titles:
                # "Dr. Ashby" beside Sen. Maren Ashby and Dr. Paul Ashby: the one of that title
                titled = [p for p in cands if p.roles & title_forms(r.titles)]
                if len(titled) == 1:
                    cands = titled
            if cands:
                # Two people share the surname ("Donald Trump" … "Ivanka Trump"): the lone
                # surname is the one the story introduced first, before this mention.  A story
                # names its main person first and sets a later namesake apart by first name.
                # A run whose first word is no given name ("Understated Perez" from a headline
                # in sentence case) yields to one whose first word is, or who has a title.
                before = [p for p in cands if p.first_pos <= r.start]
                person = self._named_just_before(r, before) if len(before) > 1 else None
                person = person or min(before or cands, key=lambda p: (not self._given_first(p), p.first_pos))
        if person is None:
            if suffix_of(words) in ("ii", "iii", "iv") and not any(name_key(" ".join(p.words)) == key for p in self.persons):
                words = words[:-1]   # "Brent Bozell III" is Brent Bozell, unless a Sr. or Jr. of that name is here
            name = " ".join(words)
            canonical = self.known_for(words)
            if canonical:
                name = canonical
            person = Person(pid=len(self.persons), name=name, words=list(words), first_pos=r.start)
            person.gender = hand_gender(fold(words[0])) if len(words) > 1 else None
            self.persons.append(person)
        if r.gender and not person.gender:
            person.gender = r.gender
        person.roles |= r.roles
        person.parties |= parties_around(self.toks, self.tok_index(r.start) - 1, r.t1)
        appos = self._appositive(r)
        if appos:
            person.roles |= {w for w in appos if not w.startswith("_")}
        if appos and "_age" in appos:
            person.described = True
            person.age = self.toks[r.t1 + 1].text   # "Gerald Ashby-Kroll, 54,": "the 54-year-old"
        person.roles |= self._roles_before(r)   # "the authority's chief executive, Colm Everly"
        if "attorney" in person.roles:
            # an attorney is "the lawyer"; a district, state or U.S. attorney "the prosecutor" too
            person.roles.add("lawyer")
            if person.roles & _PROSECUTING and not person.roles & {"defense", "defence"}:
                person.roles.add("prosecutor")
        r.pid = person.pid
        # Canonical spelling of a full name that a known speaker matches exactly.
        if len(person.words) >= 2:
            canonical = self.known_full.get(name_key(" ".join(person.words)))
            if canonical and len(canonical.split()) >= len(person.words):
                person.name = canonical
            elif not canonical:
                person.name = " ".join(person.words)
