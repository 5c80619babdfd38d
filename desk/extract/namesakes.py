"""Two or more people of one family name in a story: which one a lone surname is (``People``'s
base for ``_register``).

A story names its main person first and sets a namesake apart by given name, so a lone surname
is the one introduced first — unless the sentence or the one before names the other in full,
the paragraph before has the other speak (by name, or by a tie the story set off: "Her cousin
said", "Evan's mother stood"), or the sentence gives the other's sex.  A surname the story used
alone before any namesake was named stays with that person.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from desk.extract.lexicon import KIN_NOUNS
from desk.extract.namelists import FIRST_NAMES, FIRST_NAMES_F, FIRST_NAMES_M, GENDERED_F, GENDERED_M, hand_gender
from desk.extract.names import fold

if TYPE_CHECKING:
    from desk.extract.people import Person
    from desk.extract.runs import Run


#: A relative who speaks by their tie alone: "Her cousin said", "His brother told".
_KIN_SPEAKS = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(%s)\s+(?:said|says|told|tells|added|adds|argued|insisted)\b"
                         % "|".join(sorted(KIN_NOUNS, key=len, reverse=True)))


#: A sentence that opens on someone's relative, past an opening phrase: "Outside the courthouse,
#: Evan's mother stood …" (the owner's name, the relative).
_KIN_OPENS = re.compile(r"(?:^|[.!?]\s+|,\s+)([A-Z][\w’'\-]*?)['’]s\s+(%s)\b" % "|".join(sorted(KIN_NOUNS, key=len, reverse=True)),
                        re.M)


class Namesakes:
    """Which of several people sharing a surname a lone surname is (a mixin of ``People``)."""

    @staticmethod
    def _gender_of(p: Person) -> str | None:
        """The person's gender as told, else as the hand lists give their given name."""
        first = fold(p.words[0]) if len(p.words) > 1 else ""
        return p.gender or hand_gender(first)

    def _share_surnames(self) -> None:
        """"Ahmed and Fatima Nouri opened a restaurant": a given name alone before "and" and a full
        name whose given name is one too shares its surname (Ahmed Nouri).  Only a given name of
        the hand lists, or a word the story uses only there and never after a given name ("Harjit
        and Simran Dhaliwal"): "Clinton and Bernie Sanders" are two people, and so are "Abara and
        Marie Lavoie" when "Abara said" follows."""
        toks = self.toks
        for r1, r2 in zip(self.runs, self.runs[1:], strict=False):
            if len(r1.words) == 1 and not r1.titles and len(r2.words) >= 2 and r2.t0 == r1.t1 + 1 \
                    and toks[r1.t1].low == "and" and fold(r2.words[0]) in FIRST_NAMES and not r2.org and not r2.loc \
                    and (fold(r1.words[0]) in GENDERED_F or fold(r1.words[0]) in GENDERED_M
                         or not self._given_before(r1.words[0]) and self.text.count(r1.words[0]) == 1):
                r1.words = r1.words + r2.words[1:]

    @staticmethod
    def _given_first(p: Person) -> bool:
        """Whether the person's name opens with a given name ("Thomas Perez", not "Is Sanders"),
        or came with a title or role ("Premier Adaeze Okafor")."""
        first = fold(p.words[0])
        return len(p.words) > 1 and (first in FIRST_NAMES_F or first in FIRST_NAMES_M or bool(p.roles))

    def _named_just_before(self, r: Run, cands: list[Person]) -> Person | None:
        """Of two people sharing a surname, the one named in full in this sentence or the one
        before it in the same paragraph ("Hillary Clinton rebuffed a heckler. … Clinton told
        her"), else None.  When both are named there, the one named last ("After Mark Parks
        retired, his son, Eli Parks, took over. “…,” Parks said" is Eli: reviewers found the
        story's first-named as often wrong, session 29).  With no one there, the one who speaks
        by a cue of their own in the paragraph before."""
        pids = {p.pid for p in cands}
        s0 = self.sentence_bounds(r.start)[0]
        lo = self.sentence_bounds(s0 - 2)[0] if s0 >= 2 else 0
        lo = max(lo, self.para_starts[bisect.bisect_right(self.para_starts, r.start) - 1])
        near = [x for x in self.runs if len(x.words) >= 2 and x.confirmed and lo <= x.start < r.start
                and x.pid in pids]
        if not near:
            # the story called one of them by the bare surname before it named the other
            # ("“…,” Pell said" of Augustin Pell, the profile's subject, before "her brother,
            # Frank"): the surname stays theirs, and the namesake goes by a given name.  Only a
            # surname in the body that refers back to someone named in full ("two people named
            # Okonjo-Reeve" names no one yet), and not a headline's run ("Maybe Trump hasn't
            # rewritten rules"), which is no one.
            body = self.para_starts[1] if len(self.para_starts) > 1 else 0
            for x in self.runs:
                if x.start >= r.start:
                    break
                p = self.persons[x.pid] if x.pid is not None else None
                if len(x.words) == 1 and x.pid in pids and x.start >= body and p.first_pos < x.start \
                        and all(c.first_pos > x.start for c in cands if c is not p) \
                        and (p.first_pos >= body or self._given_first(p)):
                    return p
        if not near and self.para_starts and lo in self.para_starts and self._cue_near(r):
            # the one who speaks by a cue of their own in the paragraph before: "His widow, Rachel
            # Whitcombe, told the court that … ¶ “She waited up for him,” Whitcombe said." (not
            # the husband named first), unless the sentence says otherwise of the speaker's sex
            # ("Chen told the jurors in his opening address": not Sarah Chen)
            k = self.para_starts.index(lo)
            sex = self._sex_after(r)
            if k > 0:
                near = [x for x in self.runs if len(x.words) >= 2 and x.confirmed and x.pid in pids
                        and self.para_starts[k - 1] <= x.start < lo
                        and (self._cue_near(x) or x.t1 + 1 < len(self.toks) and self.toks[x.t1].text == ","
                             and self._is_cue(x.t1 + 1))
                        and (sex is None or self._gender_of(self.persons[x.pid]) in (None, sex))]
        if not near and self.para_starts and lo in self.para_starts and self._cue_near(r):
            k = self.para_starts.index(lo)
            if k > 0:
                kin = self._kin_spoke(self.para_starts[k - 1], lo, cands)
                if kin is not None:
                    return kin
        return self.persons[near[-1].pid] if near else None

    def _kin_spoke(self, lo: int, hi: int, cands: list[Person]) -> Person | None:
        """The one of ``cands`` whom the paragraph [lo, hi) has speak by their tie alone ("Her
        cousin said he supported more housing"), when the story named that one with the tie
        ("Her cousin, Marcus Okonjo-Reeve,"): "“…,” Okonjo-Reeve said" after it is the cousin, not
        the cousin introduced first."""
        spoke = {m.group(1).lower() for m in _KIN_SPEAKS.finditer(self.text, lo, hi)}
        # "Outside the courthouse, Evan's mother stood with his classmates. ¶ “…,” Arsenault
        # said": the mother the story set off as "Evan's mother, Carole Arsenault," not Evan
        owned = {(m.group(1), m.group(2).lower()) for m in _KIN_OPENS.finditer(self.text, lo, hi)}
        if not spoke and not owned:
            return None
        tied = []
        for p in cands:
            before = self.text[max(0, p.first_pos - 40):p.first_pos]
            tie = re.search(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(\w+),\s*$", before)
            if tie and tie.group(1).lower() in spoke:
                tied.append(p)
            tie = re.search(r"\b([A-Z][\w’'\-]*?)['’]s\s+(\w+),\s*$", before)
            if tie and (tie.group(1), tie.group(2).lower()) in owned and p not in tied:
                tied.append(p)
        return tied[0] if len(tied) == 1 else None

    def _says_of_self(self, r: Run) -> str | None:
        """The sex a he or she gives right after the run's cue, as the subject of what the run's
        person said: "Mbeki-Farrow said, he plans …", "Okafor said that she would" (not "Clinton
        said Trump … he"); None otherwise."""
        toks = self.toks
        k = r.t1
        if k >= len(toks) or not self._is_cue(k):
            return None
        k += 1
        while k < len(toks) and toks[k].text in (",", "that"):
            k += 1
        if k < len(toks) and toks[k].kind == "w" and toks[k].low in ("he", "she"):
            return "m" if toks[k].low == "he" else "f"
        return None

    def _sex_after(self, r: Run) -> str | None:
        """The sex the first he, she, his or her after the run, in its sentence, gives."""
        s1 = self.sentence_bounds(r.start)[1]
        for t in self.toks[r.t1:self.tok_index(s1)]:
            if t.low in ("he", "his", "him"):
                return "m"
            if t.low in ("she", "her"):
                return "f"
        return None
