"""Two people named together, and the "they" or "the pair" that goes on with them (a base of
:class:`desk.extract.pronouns.Pronouns`, split from it): "Stella's owners Tore Sohlberg and Lehla
Abreder said they respected the vote. “…,” they said" is both of them."""

from __future__ import annotations

import re

from desk.extract.lexicon import AUX, BE_FORMS, FUNCTION_WORDS, people_plural
from desk.extract.narration import is_possessive
from desk.extract.parties import PARTY_CODE

#: What joins two people named as one subject: "and", after a party code too ("Dan Coats,
#: R-Ind., and Harry Reid").
_JOINED = re.compile(r"\s*(?:,\s*(?:" + PARTY_CODE.pattern + r"|\d{1,3}),?\s*)?(?:and|&)\s+")
#: Nouns that stand for two people named together: "the pair", "the couple".
PAIR_NOUNS = frozenset("pair couple two duo".split())
#: Words before a plural noun that may be what a later "they" stands for: "the players", "their employees".
_PLURAL_OPENERS = frozenset("the their his her its our these those many some all other two three four five".split())


class Pairs:
    """Reads two people named as one subject; mixed into ``Pronouns``."""

    def they_pair(self, pos: int) -> str | None:
        """The two people "they" at ``pos`` stands for when the last two people named were joined
        by "and" as the subject of a cue, with no one else since: "Stella's owners Tore Sohlberg
        and Lehla Abreder said they respected the vote. “…,” they said" → "Tore Sohlberg and Lehla
        Abreder".  None otherwise."""
        before = [m for m in self.mentions if m[0] < pos]
        names = [m for m in before if m[3] == "name" and m[2] is not None]
        if len(names) < 2 or before[-1] is not names[-1]:
            return None   # someone mentioned since, by a pronoun or a role
        first, second = names[-2], names[-1]
        if first[2] == second[2] or self.para_of(second[0]) < self.para_of(pos) - 2:
            return None   # (a paragraph between may only go on about the two: checked below)
        if not _JOINED.fullmatch(self.text[first[1]:second[0]]) or self._prep_object(first[0]) \
                or self.text[max(0, first[0] - 2):first[0]] == ", ":
            return None   # "Lawyers for Ann Hale and Tom Tate said they …": the lawyers; "A, B and C"
        k = self.tok_index(second[1])
        while k < len(self.toks) and (self.toks[k].text == "," or PARTY_CODE.fullmatch(self.toks[k].text)
                                      or self.toks[k].text.isdigit() and len(self.toks[k].text) <= 3   # ", 29, said"
                                      or self.toks[k].text == "." or self.toks[k].low in AUX):
            k += 1
        if k >= len(self.toks) or not (self._is_cue(k) or self._opens_sentence(first[0]) and self.toks[k].kind == "w"
                                            and self.toks[k].text.islower() and self.toks[k].low not in FUNCTION_WORDS
                                            and self.toks[k].low not in BE_FORMS and self.text[second[1]:second[1] + 1] != ","):
            return None   # the pair is the subject of a cue, or opens its sentence ("Economists Ian Ross and Sam Patel published …")
        # no sentence between the pair's and the pronoun's may bring in a subject of its own ("Two
        # women at the scene said …", "The city disagreed."), nor may the pronoun's own open with one
        s_end, own = self.sentence_bounds(second[0])[1], self.sentence_bounds(pos)[0]
        again: list[tuple[int, int]] = []   # sentences about the two again ("The pair, experienced climbers, …")
        for st in self.sent_starts:
            if s_end <= st <= own and st < pos:
                first_tok = self.toks[self.tok_index(st)] if self.tok_index(st) < len(self.toks) else None
                if first_tok is not None and first_tok.kind == "w" and first_tok.start < pos:
                    if not self._pair_opens(self.tok_index(st)):
                        return None
                    again.append(self.sentence_bounds(st))
        for x in range(k + 1, self.tok_index(pos)):
            t = self.toks[x]
            if any(s0 <= t.start < s1 for s0, s1 in again) or is_possessive(t.text):
                continue
            if t.kind == "w" and (people_plural(t.low) or t.low.endswith("s") and not t.low.endswith("ss")
                                  and len(t.low) > 3 and self.toks[x - 1].low in _PLURAL_OPENERS):
                return None   # "… said the players were exhausted. “…,” they said": the players
        return self.joint_name([first[2], second[2]])

    def _pair_opens(self, k: int) -> bool:
        """Tokens k… read "The pair", "The couple", "The two": the two people named together
        again (not "Both sides …", nor "A city spokesperson said", whose "they" may be theirs)."""
        toks = self.toks
        if not (toks[k].low == "the" and k + 1 < len(toks) and toks[k + 1].low in PAIR_NOUNS):
            return False
        after = toks[k + 2] if k + 2 < len(toks) else None   # not "The two companies they own"
        return toks[k + 1].low != "two" or after is None or not (after.kind == "w" and after.text.islower()
                                                                 and after.low.endswith("s") and after.low not in BE_FORMS)
