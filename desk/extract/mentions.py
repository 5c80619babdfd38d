"""Pass 3b of quote finding: every mention of a person, in order — names, role phrases, pronouns.

``Analysis`` is the finished picture of a story that attribution reads: paragraphs, quoted spans,
narration tokens, people, and ``mentions`` as (start, end, person id, kind, text). Role phrases
("the finance minister") resolve to the person introduced with that role; he/she to the nearest
earlier agreeing person; *they* only to a person of unknown or *they* gender (the pronoun rules
are in :mod:`desk.extract.pronouns`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desk.extract.lede import lede_age, lede_roles
from desk.extract.lexicon import (
    BODY_NOUNS,
    CAP_STOP,
    CUE_VERBS,
    POSITIONS,
    PRONOUN_GENDER,
    QUALIFIERS,
    ROLE_HEADS,
    ROLE_SYNONYMS,
    TITLE_MODIFIERS,
    WON_VERBS,
    with_abbreviations,
)
from desk.extract.namelists import PLACES
from desk.extract.names import TITLE_WORDS, by_age, fold, name_key, suffix_of
from desk.extract.narration import base_word, is_possessive, last_name_word
from desk.extract.parties import coded_state, other_party
from desk.extract.people import Person
from desk.extract.pronouns import PRONOUN_CONTRACTION, Pronouns

#: A name introduced as someone's child or parent: "His son, Arjun Sandhu,".
_GENERATION = re.compile(r"\b(?:his|her|their)[ \t]+(son|daughter|grandson|granddaughter|father|mother|grandfather|"
                         r"grandmother),?[ \t]+$", re.IGNORECASE)
_YOUNGER = frozenset("son daughter grandson granddaughter".split())
#: "the elder Haskins", "The younger Friesen": which of a family the story means, by age.
_ELDER = re.compile(r"\b[Tt]he[ \t]+(older|elder|eldest|oldest|younger|youngest)[ \t]+$")   # not the title "Elder Haskins"
#: Role heads that also modify a head after them: "chief [scientific] officer", "deputy [police] chief".
_MODIFYING_HEADS = frozenset("chief deputy head lead executive senior assistant associate acting interim vice".split())
#: A winner's verb after a name (``Analysis._winner``).
_WON = re.compile(r"\b(?:" + WON_VERBS + r")\b")
#: Words of a sentence about a vote: "won with 44 per cent", "held the riding", "the byelection".
_ELECTION = re.compile(r"(?i)\b(?:per[ \t]+cent|percent|%|votes?|ballots?|riding|seat|ward|district|election|byelection|"
                       r"by-election|race|nomination|mandate|polls?|elected)\b")
#: Offices a vote fills, of which "the new …" is the one who won.
_ELECTED = frozenset("mpp mp mla mna mha mayor councillor councilor councilmember alderman reeve senator "
                     "congressman congresswoman representative governor premier trustee member".split())
#: Words saying someone left the post the story gave them: "Chow, who retired in 2016,".
_LEFT = re.compile(r"\b(?:retired|resigned|stepped\s+down|was\s+fired|was\s+ousted)\b")


class Analysis(Pronouns):
    """A story read for attribution: people plus the ordered list of their mentions."""

    def __init__(self, text: str, known: Sequence[tuple[str, Sequence[str]]]):
        super().__init__(text, known)
        lede_roles(self)   # "The chief executive of Vantage …" ¶ "“…,” Lucian Heddleston told …"
        self._mentions()

    def person_for_name(self, words: list[str], pos: int) -> Person | None:
        """The story's person for a name as written at ``pos`` (surname or full)."""
        key = name_key(" ".join(words))
        if not key:
            return None
        best = None
        for p in self.persons:
            if name_key(" ".join(p.words)) == key:
                return p
            if fold(last_name_word(p.words)) == fold(last_name_word(words)) and (len(words) == 1 or len(p.words) == 1):
                if best is None or self._last_mention_before(p.pid, pos) > self._last_mention_before(best.pid, pos):
                    best = p
        return best

    def _last_mention_before(self, pid: int, pos: int) -> int:
        last = -1
        for m in self.mentions:
            if m[0] >= pos:
                break
            if m[2] == pid:
                last = m[0]
        return last

    # ---- mentions ----------------------------------------------------------------------------

    def _mentions(self) -> None:
        """(start, end, pid, kind, text) in order: names, role phrases and he/she pronouns."""
        self.mentions: list[tuple[int, int, int, str, str]] = []
        heads = set(self.known_heads)
        if (lede := lede_age(self)) is not None and not self.persons[lede[0]].age:
            self.persons[lede[0]].age = lede[1]   # "A 31-year-old man …" ¶ "Kyle Pratt was arrested": 31
        for p in self.persons:
            # "Secretary of State Albright" makes "secretary" a head, not "state": "the state" is a place.
            # and a position or job set before the name ("guard Keisha Abernathy-Lowe" … "the guard")
            heads |= {w for w in p.roles if w in ROLE_HEADS or (w in TITLE_WORDS and w not in TITLE_MODIFIERS)
                      or w in POSITIONS}
            for w in list(p.roles):
                heads |= ROLE_SYNONYMS.get(w, set()) & {"ceo"}
            heads |= with_abbreviations(p.roles) - p.roles   # "the CFO" after "Chief financial officer X"
            heads |= {f"{p.age}-year-old"} if p.age else set()   # "the 54-year-old" after "X, 54,"
        # ("Board chair Lorraine Obuya": "the board said" is the board, not its chair)
        self.heads = heads - {"the", "a"} - (BODY_NOUNS - ROLE_HEADS)
        run_at = {r.start: r for r in self.runs if r.confirmed}
        toks = self.toks
        events: list[tuple[int, str, object]] = []
        for r in run_at.values():
            events.append((r.start, "run", r))
        for k, t in enumerate(toks):
            if t.kind != "w" or self.in_ignored(t.start):
                continue
            low = PRONOUN_CONTRACTION.sub(r"\1", t.text.lower())   # "he’s been unable": he
            if low in PRONOUN_GENDER:
                # "CONGRESS HAS INVESTIGATED HIM — Oz’s advice …": a pronoun in capitals belongs
                # to a heading or a kicker, which stands for no one the story goes on about
                if not self._either_gender(k) and not (t.text.isupper() and len(t.text) > 1 and self._in_capitals(k)):
                    events.append((t.start, "pron", k))
            elif low == "the":
                events.append((t.start, "role", k))
        events.sort(key=lambda e: e[0])
        self.mention_at: dict[int, tuple[int, int, int | None, str, str]] = {}
        self.aged: set[int] = set()   # name runs read by age: "the elder Haskins" (``_by_age``)
        covered_until = -1
        for pos, kind, obj in events:
            if pos < covered_until:
                continue
            if kind == "run":
                r = obj  # type: ignore[assignment]
                m = (r.start, r.end, self._by_age(r), "name", self.text[r.start:r.end])
                self.mentions.append(m)
                self.mention_at[r.start] = m
                self.mention_at[r.name_start] = m
                covered_until = r.end
            elif kind == "pron":
                k = obj  # type: ignore[assignment]
                t = toks[k]
                gender = PRONOUN_GENDER[PRONOUN_CONTRACTION.sub(r"\1", t.text.lower())]
                given = self._name_given_after(t.start)
                if given is not None:
                    # "a resident, who gave her name only as Dolores,": her is Dolores, named just
                    # after it (no mention of its own, ahead of the name, for later pronouns to follow)
                    self.mention_at[t.start] = (t.start, t.end, given, "pron", t.text)
                    continue
                pid = self._antecedent(gender, t.start, self.object_pronoun(k))
                m = (t.start, t.end, pid, "pron", t.text)
                if pid is not None:
                    self.mentions.append(m)
                self.mention_at[t.start] = m
            else:
                k = obj  # type: ignore[assignment]
                found = self._role_phrase(k)
                if found is None:
                    continue
                end_k, words, head = found
                # A role phrase right after a name is an appositive about that name, not a new mention.
                caps = {fold(base_word(t.text)) for t in toks[k + 1:end_k] if t.text[:1].isupper()}
                pid = self._resolve_role(words, head, toks[k].start, caps)
                s, e = toks[k].start, toks[end_k].end
                m = (s, e, pid, "role", self.text[s:e])
                if pid is not None:
                    self.mentions.append(m)
                self.mention_at[s] = m
                covered_until = e

    def _by_age(self, r) -> int | None:
        """The person a name run stands for; for "the elder Haskins" or "the younger Friesen",
        when the story names several people of that surname, the one of that age among those it
        gave an age ("Ron Haskins, 71," and "Cody Haskins, 44,"), or of two, the other of the one
        it introduced as a child ("His son, Arjun Sandhu,"); else the run's own reading."""
        told = _ELDER.search(self.text, max(0, r.name_start - 20), r.name_start)
        if told is None or len(self.text[r.name_start:r.end].split()) != 1:
            return r.pid
        # (a surname of two namesakes may have no reading of its own: "the elder Mercer")
        surname = fold(last_name_word(self.persons[r.pid].words if r.pid is not None else r.words))
        kin = [p for p in self.persons if fold(last_name_word(p.words)) == surname and len(p.words) > 1]
        if len(kin) < 2:
            return r.pid
        if all(suffix_of(p.words) for p in kin) and (named := by_age(kin, {told.group(1).lower()})) is not None:
            # (a name without one may be of either generation: the twins of "Curtis Hale Jr.")
            self.aged.add(r.start)   # "Dwayne Mercer Jr." and "Dwayne Mercer Sr.": the suffixes say
            return named.pid
        ages: dict[int, float | None] = {}
        for p in kin:
            age = re.search(re.escape(" ".join(p.words)) + r",[ \t]*(\d{1,3})\b", self.text)
            tie = _GENERATION.search(self.text, max(0, p.first_pos - 30), p.first_pos)
            ages[p.pid] = float(age.group(1)) if age else (
                (-1.0 if tie.group(1).lower() in _YOUNGER else 1000.0) if tie and len(kin) == 2 else None)
        unknown = [pid for pid, age in ages.items() if age is None]
        elders = [pid for p in kin if (pid := p.pid) is not None and (tie := _GENERATION.search(
            self.text, max(0, p.first_pos - 30), p.first_pos)) and tie.group(1).lower() not in _YOUNGER]
        if told.group(1).lower() in ("older", "elder", "eldest", "oldest") and len(elders) == 1 \
                and all(ages[pid] is None or pid == elders[0] for pid in ages):
            # "Their father, Curtis Hale Jr.," beside the twins the story names: the one of the
            # older generation, though no one's age is told
            self.aged.add(r.start)
            return elders[0]
        if len(kin) == 2 and len(unknown) == 1 and {ages[p.pid] for p in kin} - {None} <= {-1.0, 1000.0}:
            ages[unknown[0]] = 1000.0 if -1.0 in ages.values() else -1.0   # the other generation of the two
        if any(age is None for age in ages.values()) or len(set(ages.values())) < len(ages):
            return r.pid
        pick = max if told.group(1).lower() in ("older", "elder", "eldest", "oldest") else min
        self.aged.add(r.start)
        return pick(ages, key=ages.__getitem__)

    def _in_capitals(self, k: int) -> bool:
        """Token k stands among words in capitals that are no cue: a heading ("CONGRESS HAS
        INVESTIGATED HIM —"), not "HE said" or "HE SAID"."""
        toks = self.toks
        return any(0 <= x < len(toks) and toks[x].kind == "w" and toks[x].text.isupper() and len(toks[x].text) > 1
                   and not self._is_cue(x) for x in (k - 1, k + 1))

    def _role_phrase(self, k: int) -> tuple[int, list[str], str] | None:
        """"the [modifiers] HEAD" starting at token k; returns (last token index, modifiers, head)."""
        toks = self.toks
        words: list[str] = []
        j = k + 1
        while j < len(toks) and j - k <= 4 and toks[j].kind == "w" and self._adjacent(toks[j - 1], toks[j]):
            low = fold(base_word(toks[j].text))
            if (low.endswith("-elect") and (low[:-6] in self.heads or low[:-6] in _ELECTED)
                    or "new" in words and low in _ELECTED) and not self._adjacent_name(j) \
                    and (low in self.heads or self._winner(toks[k].start, low.removesuffix("-elect")) is not None):
                # "the Liberal MPP-elect", "the new MPP": the one the story says won (with no
                # winner, a description, read as one: "After Ann Ruiz was sworn in, the new premier")
                return j, words, low
            if low in self.heads and (j + 1 >= len(toks) or not (toks[j + 1].kind == "w" and fold(base_word(toks[j + 1].text)) in self.heads
                                                                 and self._adjacent(toks[j], toks[j + 1]))) \
                    and not self._head_later(j, k):
                # Not "the finance minister Adaeze Okafor" (a title before a name).
                if j + 1 < len(toks) and self._is_name_tok(toks[j + 1]) and self._adjacent(toks[j], toks[j + 1]) \
                        and not is_possessive(toks[j].text):
                    return None
                return j, words, low
            if low in CAP_STOP and low not in ("new",) and low not in QUALIFIERS or low in CUE_VERBS:
                return None
            words.append(low)
            j += 1
        return None

    def _head_later(self, j: int, k: int) -> bool:
        """The head word at token j modifies a head one or two words on: "the society’s chief
        scientific officer", "the deputy chief medical officer" (not "the chief said")."""
        toks = self.toks
        if fold(toks[j].text) not in _MODIFYING_HEADS:
            return False
        for n in (j + 1, j + 2):
            if n - k > 5 or n >= len(toks) or toks[n].kind != "w" or not toks[n].text.islower() \
                    or not self._adjacent(toks[n - 1], toks[n]) or toks[n].low in CUE_VERBS:
                return False
            if fold(base_word(toks[n].text)) in self.heads:
                return True
        return False

    def _resolve_role(self, words: list[str], head: str, pos: int, caps: set[str] = frozenset()) -> int | None:
        """The person a role phrase ("the [modifiers] HEAD") stands for: someone introduced earlier
        with that head, the most modifiers in common first, then the most recently mentioned.

        A capitalised modifier ("the Florida senator", "the Republican governor") must be the
        story's own word for that person (one of their role words, or in the sentence that
        introduces them): the only senator named so far may be from Vermont, and a wrong name is
        worse than none."""
        if head.endswith("-year-old"):   # the one the story gave that age; two of that age: neither
            aged = [p.pid for p in self.persons if p.age and head == f"{p.age}-year-old" and p.first_pos < pos]
            return aged[0] if len(aged) == 1 else None
        want = set(words) - {"the", "a", "an"}
        if head.endswith("-elect") or "new" in want and head in _ELECTED:
            # "the MPP-elect", "the new mayor": the one the story says won, never the holder it
            # named before (no winner, or two: no one)
            winner = self._winner(pos, head.removesuffix("-elect"))
            if winner is not None or head.endswith("-elect"):
                return winner
            want.discard("new")
        heads = {head} | ROLE_SYNONYMS.get(head, set())
        best, best_score = None, None
        for p in self.persons:
            roles = with_abbreviations(p.roles)
            if head not in roles and not (head == "ceo" and "ceo" in roles) and not heads & roles == heads:
                continue
            if (roles & QUALIFIERS) - want and head not in ("prosecutor", "lawyer") or p.first_pos >= pos:
                continue  # "the minister" is not the deputy minister, nor someone introduced later (but an
                #           assistant U.S. attorney is "the prosecutor")
            if (want & QUALIFIERS) - roles and not self._introduced_with(p, (want & QUALIFIERS) - roles) \
                    and not ((want & QUALIFIERS) - roles == {"former"} and self._left_office(p.pid, pos)):
                continue  # "the former executive" is not the chief executive the story named (but
                #           "Former Bill Clinton pollster Douglas Schoen" is "the former pollster", and
                #           "Chow, who retired in 2016," the former executive director)
            if caps - roles - p.parties and not self._introduced_with(p, caps - roles - p.parties) \
                    or other_party(p.parties, want):
                continue   # "the Liberal MP" is not the Conservative one named in the same sentence
            score = len(want & roles)
            # "the union president" after "president of the Harrowgate Students' Union" and
            # "university president Lionel Achterberg": a lower-case modifier the sentence that
            # introduced the person holds counts as theirs
            score += sum(1 for w in want - roles - heads - QUALIFIERS if w.isalpha() and self._introduced_with(p, {w}))
            last = self._last_mention_before(p.pid, pos)
            # "Premier Yusuf Karim met Manitoba Premier Ella Sorensen … the premier": a place the
            # phrase does not give counts against the person it qualifies
            elsewhere = len({w for w in roles if w in PLACES} - want)
            key = (score, -elsewhere, last)
            if best_score is None or key > best_score:
                best, best_score = p, key
        set_off = self._set_off_as(head, pos) if head not in QUALIFIERS else set()
        if len(set_off) == 1 and (best is None or best.pid not in set_off) and not caps and not want - {head}:
            # "His lawyer, Phillip Esterhazy-Moore, argued …. Assistant State's Attorney Renata
            # Kowalczyk said …. “…,” the lawyer said": the one the story set off as the lawyer
            return next(iter(set_off))
        if best is not None:
            if self._new_unnamed_role(heads, want, self._last_mention_before(best.pid, pos), pos):
                return None   # "A city spokesperson said …. “…,” the spokesperson said": that one
            return best.pid
        found = {canonical for role_words, khead, canonical in self.known_roles
                 if khead == head and want <= role_words and not (role_words & QUALIFIERS) - want}
        if len(found) == 1:
            return self._known_person(found.pop(), pos).pid
        return None

    def _winner(self, before: int, office: str) -> int | None:
        """The one person the story's narration has win an election before ``before``: "Nathalie
        Vu, a former principal, won with 44 per cent", "candidate Ana Ruiz held the riding" — the
        verb within the name's sentence, after it, with no quotation or other name between, and
        the sentence about a vote (its share, the seat, the race) or the ``office`` itself (not
        "held the news conference", "won the chili cook-off")."""
        won = set()
        for m in self.mentions:
            if m[0] >= before:
                break
            if m[3] != "name" or m[2] is None or self._left_office(m[2], before):
                continue   # (not "Kessler, who held the riding for five terms", who resigned)
            s1 = min(self.sentence_bounds(m[0])[1], before, m[1] + 120)
            hit = _WON.search(self.text, m[1], s1)
            if hit is None or any(c in self.text[m[1]:hit.start()] for c in "“”\"") \
                    or any(m[1] <= o[0] < hit.start() and o[2] not in (None, m[2]) for o in self.mentions):
                continue
            said = self.text[hit.start():self.sentence_bounds(m[0])[1]]
            if not _ELECTION.search(said) and not re.search(r"(?i)\b" + re.escape(office), said):
                continue
            won.add(m[2])
        return won.pop() if len(won) == 1 else None

    def _adjacent_name(self, j: int) -> bool:
        """A name follows token j directly: "Mayor-elect Dana Ruiz" is a title before her name."""
        toks = self.toks
        return j + 1 < len(toks) and self._is_name_tok(toks[j + 1]) and self._adjacent(toks[j], toks[j + 1])

    def _left_office(self, pid: int, before: int) -> bool:
        """A sentence naming the person ``pid`` before ``before`` says they retired, resigned or
        stepped down: a "former" holder of the role the story gave them."""
        return any(m[2] == pid and m[3] == "name" and _LEFT.search(self.text, *self.sentence_bounds(m[0]))
                   for m in self.mentions if m[0] < before)

    def _set_off_as(self, head: str, before: int) -> set[int]:
        """The people the story set off with this noun before ``before``: "His lawyer, Phillip
        Esterhazy-Moore,", "Phillip Esterhazy-Moore, her lawyer,", "a neighbour, Harvey Sandhu-Wiebe"."""
        noun = re.escape(head)
        ahead = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)|[’']s)\s+(?:[a-z][\w-]*\s+){0,2}" + noun + r",\s+$")
        after = re.compile(r",\s+(?:his|her|their|an?|[A-Z][\w’'-]*[’']s)\s+(?:[a-z][\w-]*\s+){0,2}" + noun + r"\b")
        found = set()
        for m in self.mentions:
            if m[0] >= before:
                break
            if m[3] == "name" and m[2] is not None and (ahead.search(self.text, max(0, m[0] - 60), m[0])
                                                        or after.match(self.text, m[1])):
                found.add(m[2])
        return found

    def _new_unnamed_role(self, heads: set[str], want: set[str], since: int, pos: int) -> bool:
        """Someone new with the role, whom the story does not name, speaks between ``since`` and
        ``pos``: "A city spokesperson said", "said a spokesperson for the mayor" (not "a
        spokesperson, Noor Hassan, said", nor "Dana Price, a spokesperson, said", nor "an assistant
        coach said" for "the coach")."""
        toks = self.toks
        for k in range(self.tok_index(max(since, 0)) + 1, self.tok_index(pos)):
            if toks[k].low not in ("a", "an", "another") or toks[k - 1].text == ",":
                continue
            for n in range(k + 1, min(k + 4, len(toks))):
                if toks[n].kind != "w" or not self._adjacent(toks[n - 1], toks[n]):
                    break
                if fold(base_word(toks[n].text)) not in heads:
                    if fold(toks[n].text) in QUALIFIERS and fold(toks[n].text) not in want:
                        break
                    continue
                e = n + 1
                if e < len(toks) and toks[e].low in ("for", "of", "with", "at"):
                    # "for the city", "for Transport Canada": the body's name or noun, no clause
                    e += 1
                    while e < len(toks) and e - n < 6 and toks[e].kind == "w" and not self._is_cue(e) \
                            and (toks[e].text[:1].isupper() or toks[e].low == "the" or e == n + 3 and toks[e - 1].low == "the"):
                        e += 1
                while e < len(toks) and toks[e].kind == "w" and toks[e].low in ("also", "later", "then"):
                    e += 1
                # the subject of a cue ("A city spokesperson said"), or an inverted cue's, the
                # sentence ending there ("…, said a spokesperson for the mayor."); not a subject
                # inside someone's reported words ("Mills said a spokesperson had approved …")
                inverted = self._is_cue(k - 1) and (e >= len(toks) or toks[e].text in (".", ",", ";"))
                if e < len(toks) and self._is_cue(e) and toks[e].low not in ("did", "does") \
                        and not (k >= 2 and self._is_cue(k - 1)) or inverted:
                    return True
                break
        return False

    def _introduced_with(self, p: Person, words: set[str]) -> bool:
        """Every one of ``words`` (folded) stands in the sentence that first names ``p``, or is the
        state of the party code after the name ("Sen. Mitch McConnell, R-Ky.," … "the Kentucky
        Republican")."""
        s0, s1 = self.sentence_bounds(p.first_pos)
        said = {fold(base_word(t.text)) for t in self.toks[self.tok_index(s0):self.tok_index(s1)] if t.kind == "w"}
        return words <= said | self.state_coded(p)

    def state_coded(self, p: Person) -> set[str]:
        """The words of the state the party code right after the person's first name gives
        ("Sen. Mitch McConnell, R-Ky.," → kentucky), or none."""
        m = self.mention_at.get(p.first_pos)
        end = m[1] if m is not None else p.first_pos
        return coded_state(self.text[end:end + 20])

    def _known_person(self, canonical: str, pos: int) -> Person:
        for p in self.persons:
            if p.name == canonical:
                return p
        p = Person(pid=len(self.persons), name=canonical, words=canonical.split(), first_pos=pos)
        self.persons.append(p)
        return p
