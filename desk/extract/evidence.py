"""Pass 3a of quote finding, continued: the evidence that a run of capitalised words names a
person — a title, an appositive ("Tom Reyes, an economist at …"), a speech cue next to it, a
role set off before it ("his lawyer, Alina Habba"), a pronoun that refers back to it ("Mamadou
Dia was on a business trip when he …"), a surname the story uses alone. :class:`People` weighs
them; this module only reads them off the text.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from desk.extract.lexicon import (
    APPOS_STOP,
    APPOSITIVE_ROLES,
    AUX,
    CAP_STOP,
    CUE_VERBS,
    FUNCTION_WORDS,
    INVERTIBLE,
    KIN_NOUNS,
    NAME_OPENERS,
    OBJECT_PREPS,
    ORG_WORDS,
    PLACE_PREPS,
    PRONOUN_GENDER,
    QUALIFIERS,
    ROLE_HEADS,
    STRONG_TITLES,
    TITLE_MODIFIERS,
    UNNAMED_PEOPLE,
    person_noun,
)
from desk.extract.namelists import hand_gender, is_state
from desk.extract.names import TITLE_WORDS, fold
from desk.extract.narration import Narration, base_word, is_possessive, last_name_word

if TYPE_CHECKING:
    from desk.extract.runs import Run


#: Prepositions after a role noun that say where or whose the role is: "her neighbour across the hall".
_ROLE_TAILS = frozenset("across at in on of for from with down up near behind next".split())


#: A who-clause that gives a role by what the person does: "who chairs the committee" is its chair.
#: (Not "owns" or "leads": a company owns and leads too.)
#: Words that open a clause set before a sentence's subject: "Asked about Ortiz, the mayor …".
_FRONTING = frozenset("""asked when pressed questioned speaking responding referring commenting reached told
    after before during in while following""".split())
_HOLDS = {"chairs": ("chair", "chairman", "chairwoman", "chairperson"), "coaches": ("coach",)}


#: Possessive pronouns that own a role before a name: "Their lawyer, Benedict …".
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())
#: Words between a comma and a title of the name after it: "the Most Rev.", "the Right Hon.".
_BEFORE_TITLE = frozenset("the most right very".split())


class Evidence(Narration):
    """Readings of the text around a name run (``Run``); :class:`desk.extract.people.People`
    decides with them which runs are people."""

    def _run_sentence_start(self, i: int) -> bool:
        pos = self.toks[i].start
        j = bisect.bisect_left(self.sent_starts, pos)
        return j < len(self.sent_starts) and self.sent_starts[j] == pos

    def _titled(self, r: Run) -> bool:
        return any(t not in TITLE_MODIFIERS for t in r.titles)

    def _sentence_initial(self, r: Run) -> bool:
        k = self.tok_index(r.start)
        if k == 0:
            return True
        prev = self.toks[k - 1]
        return prev.text in (".", "?", "!", ":", "(", "…") or \
            bisect.bisect_left(self.sent_starts, r.start) < len(self.sent_starts) and \
            self.sent_starts[bisect.bisect_left(self.sent_starts, r.start)] == r.start

    def _surname_used(self, r: Run) -> bool:
        """A two- or three-word name whose last word the story uses alone mid-sentence later
        ("Dana Whitlock watched … Whitlock added"): news refers back to people by surname."""
        return len(r.words) in (2, 3) and not r.loc and fold(last_name_word(r.words)) in self.midcap \
            and fold(r.words[0]) not in CAP_STOP

    def _referred_back(self, r: Run) -> bool:
        """A two- or three-word name opening its sentence as the subject of a verb, which the
        sentence then refers back to as he or she ("Mamadou Dia was on a business trip when he
        ended up …"): news introduces people this way with no title or role. The pronoun gives
        the gender."""
        toks = self.toks
        if len(r.words) not in (2, 3) or r.titles or r.loc or not self._run_sentence_start(r.t0):
            return False
        if r.t1 >= len(toks) or toks[r.t1].kind != "w" or not toks[r.t1].text[:1].islower():
            return False
        _s0, s1 = self.sentence_bounds(toks[r.t0].start)
        for k in range(r.t1 + 1, min(self.tok_index(s1), r.t1 + 40)):
            if self._is_cue(k):
                # "Felicity Amankwah said the accused paid a company he controlled": past the cue,
                # only a pronoun opening what was said is the speaker ("Dia said he would")
                j = k + 1 + (k + 1 < len(toks) and toks[k + 1].low == "that")
                if j < len(toks) and toks[j].kind == "w" and toks[j].low in ("he", "she"):
                    r.gender = r.gender or PRONOUN_GENDER[toks[j].low]
                    return True
                break
            gender = PRONOUN_GENDER.get(toks[k].low) if toks[k].kind == "w" else None
            if gender and self.object_pronoun(k):
                continue   # "Piet Halvorsen pressed her": the one he pressed, not him
            if gender:
                r.gender = r.gender or gender
                return True
        # … or the next sentence of the paragraph has he/she as its opening word or speaking:
        # "Sevaun Palvetzian leads the group. “It costs us,” she said."
        n0, n1 = self.sentence_bounds(s1)
        para = self.para_of(toks[r.t0].start)
        if para + 1 < len(self.paras) and s1 >= self.paras[para][1] - 1:
            # or the next paragraph opens with a quote that he or she said: "Mathilde Girard has
            # eight goals.¶“I just tried to shoot,” she said."
            k = self.tok_index(self.paras[para + 1][0])
            if k + 2 < len(toks) and toks[k].kind == "q":
                j = k + 1 if toks[k + 1].kind == "w" else k + 2
                if j + 1 < len(toks) and toks[j].low in ("he", "she") and self._is_cue(j + 1):
                    r.gender = r.gender or PRONOUN_GENDER[toks[j].low]
                    return True
            return False
        if n0 != s1 or self.para_of(n0) != para:
            return False
        first = True
        for k in range(self.tok_index(n0), min(self.tok_index(n1), len(toks) - 1)):
            if toks[k].kind != "w":
                continue
            if toks[k].low in ("he", "she") and (first or self._is_cue(k + 1)):
                r.gender = r.gender or PRONOUN_GENDER[toks[k].low]
                return True
            first = False
        return False

    def _after_role_comma(self, r: Run) -> bool:
        """A name set off after a role noun: "the party’s 2012 nominee, Mitt Romney", "his
        lawyer, Alina Habba"."""
        k = self.tok_index(r.start)
        toks = self.toks
        if not (len(r.words) in (2, 3) and k >= 2 and toks[k - 1].text == ","):
            return False
        # the role right before the comma, or before a short phrase of where or whose it is
        # ("Her neighbour across the hall, Tran Minh", "a lawyer for the family, Ana Ruiz", "a
        # lawyer for Marsh Heritage Homes, Philippa Drummond")
        j = k - 2
        while j >= 1 and k - j <= 6 and toks[j].kind == "w" and toks[j].text[:1].isupper() and toks[j - 1].kind == "w":
            j -= 1   # "A spokesman for Marsh Heritage Homes, Philippa Drummond": the body spoken for
        if j < k - 2 and toks[j].low not in _ROLE_TAILS:
            return False
        for i in range(j, max(-1, j - 5), -1):
            t = toks[i]
            if t.kind != "w" or not t.text[:1].islower():
                return False
            if (t.low in ROLE_HEADS or t.low in APPOSITIVE_ROLES or person_noun(t.low)) \
                    and (i == k - 2 or toks[i + 1].low in _ROLE_TAILS):   # also "A reader in Port Ellery, Hannelore Voss"
                return True
        return False

    def _roles_before(self, r: Run) -> set[str]:
        """The role words given before a name with a comma ("the authority's chief executive, Colm
        Everly": chief, executive), past the name's title ("The Bishop of Baie-Verte, the Most Rev.
        Gérard Arsenault" is the bishop); an empty set when no role noun heads the words."""
        toks = self.toks
        b = self.tok_index(r.start) - 1
        while r.titles and b >= 2 and toks[b].low in _BEFORE_TITLE:
            b -= 1
        if b < 1 or toks[b].text != ",":
            return set()
        words_before = []
        owned = False   # "Carrick Public Health’s medical officer of health, Dr. Gideon Ashworth"
        k = b - 1
        while k >= 0 and toks[k].kind == "w" and len(words_before) < 6:
            if (is_possessive(toks[k].text) or toks[k].low in _POSSESSIVE_PRONOUNS) and words_before:
                owned = True   # "the county's reeve, Marlene …", "Their lawyer, Benedict …"
                break
            words_before.append(fold(base_word(toks[k].text)))
            if toks[k].low in ("the", "a", "an"):
                break
            k -= 1
        of = words_before.index("of") if "of" in words_before[:3] else -1   # "officer of health"
        head = words_before[of + 1] if 0 <= of < len(words_before) - 1 else (words_before or [""])[0]
        if words_before and (head in ROLE_HEADS or head in NAME_OPENERS or head in STRONG_TITLES) \
                and (words_before[-1] in ("the", "a", "an") or owned):   # "the witness, Jane Hale,"
            return {w for w in words_before[of + 1:] if w not in ("the", "a", "an")}
        return set()

    def _after_quote(self, r: Run) -> bool:
        """The run follows a closing quote mark: "“…,” Ward said" (a capital there is no sentence start)."""
        k = self.tok_index(r.start)
        return k > 0 and self.toks[k - 1].kind == "q"

    def _kin_given(self, r: Run) -> str | None:
        """The gender of a lone given name set off after a relation ("His wife, Joan, said", "His
        son, Erik, is less sure"): a person the story names by given name only, of the sex the
        relation gives, else the name's ("" when neither says); None when the run is not one."""
        k = self.tok_index(r.start)
        toks = self.toks
        if len(r.words) != 1 or r.titles or k < 2 or r.t1 >= len(toks) or toks[r.t1].text != "," \
                or toks[k - 1].text != ",":
            return None
        kin = k - 2
        if kin >= 3 and toks[kin].low in ("years", "decades") and toks[kin - 2].low == "of":
            kin -= 3   # "His wife of 52 years, Celestine,"
        if toks[kin].low not in KIN_NOUNS:
            return None
        return UNNAMED_PEOPLE.get(toks[kin].low) or hand_gender(fold(r.words[0])) or ""

    def _aged_given(self, r: Run) -> str | None:
        """The gender of a lone name set off by an age ("Dale, 63, who lives on the hill, watched
        …", wire style for residents and victims): a person named by one name, of the sex the
        name gives ("" when it gives none); None when the run is not one."""
        toks = self.toks
        j = r.t1
        if len(r.words) != 1 or r.titles or j + 2 >= len(toks) or toks[j].text != "," \
                or not toks[j + 1].text.isdigit() or int(toks[j + 1].text) > 115 or toks[j + 2].text != ",":
            return None
        return hand_gender(fold(r.words[0])) or ""

    def _named_as(self, r: Run) -> str | None:
        """The gender of a lone name the sentence gives as someone's name ("A man who gave only his
        first name, Randy, said", "a woman who gave her name as Marisol", "identified only as
        Dale"): that of the his or her before "name", else the name's ("" when neither says);
        None when the run is not one."""
        k = self.tok_index(r.start)
        if len(r.words) != 1 or r.titles or not named_as(self.toks, k):
            return None
        if self.toks[k - 1].low == "named":
            return UNNAMED_PEOPLE.get(self.toks[k - 2].low) or hand_gender(fold(r.words[0])) or ""   # "a woman named Priya"
        for t in reversed(self.toks[max(0, k - 6):k]):
            if t.low in ("his", "her"):
                return PRONOUN_GENDER.get(t.low) or ""
        return hand_gender(fold(r.words[0])) or ""

    def _appositive(self, r: Run) -> set[str] | None:
        """Role words of an appositive after the run: ", an economist at …," / ", 47, …"."""
        toks = self.toks
        j = r.t1
        if j >= len(toks) or toks[j].text != ",":
            return None
        words: set[str] = set()
        k = j + 1
        age = False
        if k < len(toks) and toks[k].text.isdigit() and int(toks[k].text) <= 115:  # age ("Molson, 240," is none)
            k += 1
            if k < len(toks) and toks[k].text == ",":
                k += 1
                age = True   # "Fouzia Haddad, 23, arrived …": an age set off by commas is a person's
            else:
                return {"_number"}   # "Transair, 12 hours after the crash": no age
        if k >= len(toks) or toks[k].kind != "w":
            return {"_age"} if age else None
        first = toks[k].low
        if first not in ("a", "an", "the", "who", "whose", "one", "his", "her", "their") and first not in ROLE_HEADS \
                and first not in TITLE_WORDS and first not in QUALIFIERS and not is_possessive(toks[k].text):
            return {"_age"} if age else None
        if first == "who" and k + 1 < len(toks) and (held := _HOLDS.get(toks[k + 1].low)):
            return set(held) | {"_appos"}   # "Sen. Raymond Achterberg, who chairs the committee,": the chairman
        if first in ("who", "whose"):
            return {"_appos"}
        count = 0
        while k < len(toks) and count < 12 and toks[k].kind == "w":
            low = fold(base_word(toks[k].text))
            if low in APPOS_STOP:
                break
            if count and toks[k].text[:1].islower() and self._is_cue(k):
                # "In an interview with Mika Brzezinski, the Democratic presidential candidate
                # stated …": the phrase is the sentence's subject, not a description of the name
                return {"_age"} if age else None
            if toks[k].text[:1].islower() and low not in ("a", "an", "the", "and") and not is_possessive(toks[k].text):
                words.add(low)   # (not "chairwoman" of "the chairwoman's younger brother": someone else's)
            k += 1
            count += 1
        if first in ("his", "her", "their") and not any(w in ROLE_HEADS or person_noun(w) for w in words):
            return {"_age"} if age else None   # "Mar-a-Lago, his Florida estate": a place, no person
        if first == "the" and (k >= len(toks) or toks[k].text != ",") and self._fronted_object(r):
            return {"_age"} if age else None   # "Asked about Ortiz, the mayor smiled.": the subject
        return words or {"_appos"}

    def _fronted_object(self, r: Run) -> bool:
        """The run is the object of a preposition in a clause that opens its sentence ("Asked
        about Ortiz, …", "When pressed on Ortiz, …", "In an interview with Ortiz, …"): what the
        comma after it sets off is the sentence's subject, not a description of the name."""
        b = r.t0 - 1
        if b < 1 or self.toks[b].low not in OBJECT_PREPS:
            return False
        first = self.tok_index(self.sentence_bounds(self.toks[r.t0].start)[0])
        # inside the clause: no comma between its first word and the name ("During Tuesday's
        # meeting, council heard from Maria Ortiz, the city's chief planner" is an apposition)
        return first < b and self.toks[first].low in _FRONTING \
            and "," not in self.text[self.toks[first].start:self.toks[r.t0].start]

    def _person_appositive(self, r: Run) -> bool:
        """A lone name set off by an appositive that says what person it is: "Yuni, a resident of
        Lampung, was watching television" (not "Lampung, a province of Indonesia").  People.py takes it
        only for a sentence's subject, which the sentence then calls he or she: "their son, Humayun, a
        captain," names someone whose gender the story never gives, and a "her" after it is not
        his; "Rogers, a major player in the wireless market, raised its prices" is a company."""
        if not (self._appositive(r) or set()) & (ROLE_HEADS | APPOSITIVE_ROLES):
            return False
        toks = self.toks
        k = self.skip_appositive(r.t1, len(toks))
        if k == r.t1 or k >= len(toks) or toks[k].kind != "w" or not toks[k].text[:1].islower():
            return False   # the name must be the subject of the verb after the appositive
        _s0, s1 = self.sentence_bounds(toks[r.t0].start)
        for j in range(k + 1, min(self.tok_index(s1), k + 40)):
            if toks[j].kind == "w" and toks[j].low in ("he", "she"):
                r.gender = r.gender or PRONOUN_GENDER[toks[j].low]
                return True
        return False

    def skip_appositive(self, j: int, lim: int) -> int:
        """Index after ", appositive," starting at token j (a comma), or j if there is none."""
        toks = self.toks
        if j >= lim or toks[j].text != ",":
            return j
        k = j + 1
        while k < lim and k - j < 25 and toks[k].text not in (",", ";", "?", "!") and toks[k].kind != "q":
            if toks[k].text == "." and bisect.bisect_left(self.sent_starts, toks[k].end) < len(self.sent_starts) \
                    and self.sent_starts[bisect.bisect_left(self.sent_starts, toks[k].end)] <= toks[k].end + 3:
                return j
            k += 1
        if k < lim and toks[k].text == "," and any(toks[x].low in PLACE_PREPS | {"from", "of"} for x in range(j + 1, k)):
            k = self._state_after(k, lim)
        return k + 1 if k < lim and toks[k].text == "," else j

    def _state_after(self, k: int, lim: int) -> int:
        """The comma closing "…, Ohio," or "…, Pa.," when the place an appositive names goes on
        with its state or province ("Coravan, based in Columbus, Ohio, said"), else k."""
        toks = self.toks
        e = next((x for x in range(k + 1, min(lim, k + 6)) if toks[x].text == ","), None)
        if e is None or e == k + 1 or not all(t.kind == "w" or t.text == "." for t in toks[k + 1:e]):
            return k
        return e if is_state([t.text for t in toks[k + 1:e]]) else k

    def skip_affiliation(self, k: int, lim: int) -> int:
        """Index after "of/at/with/from <Capitalised name>" at token k ("Jingyi Pan *of IG* said",
        "Michael Every *at Rabobank* said", "Justice Anne Molloy *of the Ontario Superior Court of
        Justice* said"), or k if there is none."""
        toks = self.toks
        if k + 1 >= lim or toks[k].kind != "w" or toks[k].low not in ("of", "at", "with", "from"):
            return k
        j = k + 1
        if toks[j].low == "the" and j + 1 < lim:
            j += 1
        e = j
        while e < lim and e - j < 10 and toks[e].kind == "w" and self._adjacent(toks[e - 1], toks[e]) and (
                toks[e].text[:1].isupper() or (
                    e > j and toks[e].low in ("of", "the", "and", "de", "du") and e + 1 < lim
                    and (toks[e + 1].text[:1].isupper() or toks[e + 1].low == "the"))):
            e += 1   # "of the Ontario Superior Court of Justice", "of the Oneida Nation of the Thames"
        while e > j and not toks[e - 1].text[:1].isupper():
            e -= 1
        return e if e > j else k

    def _cue_near(self, r: Run) -> bool:
        toks = self.toks
        k = r.t1
        if len(r.words) == 2 and k + 3 < len(toks) and toks[k].low == "and" and all(
                toks[x].kind == "w" and self._is_name_tok(toks[x]) and fold(toks[x].text).rstrip(".") not in ORG_WORDS
                for x in (k + 1, k + 2)) \
                and not toks[k + 3].text[:1].isupper():
            k += 3   # "Tore Sohlberg and Lehla Abreder said": two people, one cue
        # "The volunteer auditor, retired accountant Giles Penhaligon, testified": the name set off
        # after a description of a person (not "the state capital, Sacramento, said"), the cue
        # right after its closing comma
        b0 = self.tok_index(r.start)
        if k + 1 < len(toks) and toks[k].text == "," and any(
                toks[x].text == "," and x >= 1 and person_noun(toks[x - 1].low) for x in range(max(1, b0 - 3), b0)):
            c = k + 1
            while c < len(toks) and toks[c].kind == "w" and (toks[c].low in AUX or toks[c].adverb):
                c += 1
            if c < len(toks) and self._is_cue(c):
                return True
        # name [, appositive ,] [aux] cue
        k = self.skip_appositive(k, len(toks))
        k = self.skip_affiliation(k, len(toks))
        while k < len(toks) and toks[k].kind == "w" and (toks[k].low in AUX or toks[k].adverb):
            k += 1
        if k < len(toks) and self._is_cue(k):
            return True
        if r.t1 + 1 < len(toks) and toks[r.t1].text == ":" and toks[r.t1 + 1].kind == "q":
            return True   # 'Bush: “The mission is …”': a speaker's label before the quote
        # The word before the mention (titles and role words included): "said Judith Ambrose".
        b = self.tok_index(r.start) - 1
        if b >= 0 and toks[b].kind == "w" and (toks[b].low in INVERTIBLE or self._is_cue(b)) \
                and (b == 0 or toks[b - 1].kind != "w"):
            return True
        # '“…,” says volunteer Norm Gillis.', '“…,” said forward Wang Lei after the game.': one
        # lower-case noun between the cue and a name that ends the attribution or goes on to when
        # or where
        if b >= 1 and toks[b].kind == "w" and toks[b].text.isalpha() and toks[b].text.islower() \
                and toks[b].low not in FUNCTION_WORDS and toks[b - 1].low in INVERTIBLE \
                and (b == 1 or toks[b - 2].kind != "w") \
                and (r.t1 >= len(toks) or toks[r.t1].text in (",", ".", ";") or toks[r.t1].low in ("on", "after", "in", "at")):
            return True
        if b >= 1 and (toks[b].low == "to" and toks[b - 1].low == "according" or toks[b].low == "selon"):
            return True
        return False

    def _lone_voices(self, runs, opening: frozenset[str] | set[str] = frozenset()) -> dict[str, int]:
        """The lone capitalised words that speak ("Okafor said", "“…,” Élodie said"), each with
        where it last does; one opening its sentence only after a quote, or when it is one of
        ``opening`` (words the story also uses as a name's end, or mid-sentence)."""
        voices: dict[str, int] = {}
        for r in runs:
            if len(r.words) == 1 and not r.org and not r.loc and self._cue_near(r) and not self._seat_of(r) \
                    and not self._plural_verb(r) and (not self._sentence_initial(r) or self._after_quote(r)
                                                      or fold(r.words[0]) in opening):
                voices[fold(r.words[0])] = r.start
        return voices

    def _plural_verb(self, r: Run) -> bool:
        """The lone word's verb agrees with a plural ("Borrowers agree to grow the seeds out"):
        a present form whose -s form is a cue too, so no one person's name."""
        k = r.t1
        if k >= len(self.toks) or self.toks[k].kind != "w":
            return False
        low = self.toks[k].low
        return low in CUE_VERBS and not low.endswith("s") and (low + "s" in CUE_VERBS or low + "es" in CUE_VERBS)

    def _seat_of(self, r: Run) -> bool:
        """The lone name is the place someone described sits for: "the member for Lac-Vert
        asked", "the senator from Ossining said" — the member speaks, not a person called Lac-Vert."""
        toks = self.toks
        k = r.t0 - 1
        return k >= 1 and toks[k].low in ("for", "from", "of") and toks[k - 1].kind == "w" \
            and toks[k - 1].text.islower() and (toks[k - 1].low in ROLE_HEADS or person_noun(toks[k - 1].low))



def named_as(toks, k: int) -> bool:
    """Token ``k`` opens a name the sentence gives as someone's name: after "name," or "name as"
    ("gave only his first name, Randy", "gave her name as Marisol") or "identified only as" (not
    "identified as", said of things too)."""
    j = k - 1
    if k >= len(toks) or is_possessive(toks[k].text) or j < 1:
        return False   # "a document she identified as G-III's employee benefits": a thing
    if toks[j].low == "as" and toks[j - 1].low == "only":
        return j >= 2 and toks[j - 2].low in ("identified", "name")
    if toks[j].low == "named" and toks[j - 1].low in UNNAMED_PEOPLE and j >= 2 and toks[j - 2].low in ("a", "an", "one"):
        return True   # "a woman named Priya who said she drives a school bus"
    return toks[j].low in (",", "as", "was") and toks[j - 1].low == "name"
