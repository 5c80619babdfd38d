"""Where a mention stands in its sentence, for the pronoun pass (:mod:`desk.extract.pronouns`).

A he, she, him or her is not just anyone named before it.  These helpers say when a mention
cannot be the pronoun's person because of where it stands: in the same clause as an object
pronoun ("Smith praised her"), in the who-clause whose object the pronoun is ("Lorne Kitaguchi,
who sold her the space,"), as the object of a preposition ("with Trump", "by Crown attorney
Priya Raghunathan"), in a phrase or clause opening the sentence before its subject ("Asked about
comments from Bill Harland, he said", "Under questioning from …, she said", "When Tom Reid was
charged, Bob Hale …"), as a name modifying the titled name after it ("Kingston Frontenacs coach
Brent Mallory"), or inside an aside ("…, he said, …").
"""

from __future__ import annotations

from desk.extract.lexicon import OBJECT_PREPS
from desk.extract.narration import is_possessive
from desk.extract.people import People

#: Words that open another clause between a name and a pronoun ("Smith said that …", "who").
_CLAUSE_OPENERS = frozenset("that who whom which whose and but or because when while after before if "
                            "since until although though as so".split())
#: Words that open a clause or phrase before a sentence's subject.
_FRONTING = frozenset("when since because while although though as if once until unless like after before".split())
#: What a witness is under: "Under questioning from …", "Under cross-examination by …".
_QUESTIONING = ("question", "cross", "examination", "oath", "pressure")


class Clauses(People):
    """People plus where each mention stands in its sentence (``self.mentions``, built by
    :class:`desk.extract.mentions.Analysis`)."""

    mentions: list

    def _same_clause(self, m, pos: int) -> bool:
        """Mention ``m`` and the pronoun at ``pos`` stand in one short clause ("Brown introduced
        her"): nothing between them opens another clause or sentence."""
        if self.sentence_bounds(m[0])[0] != self.sentence_bounds(pos)[0]:
            return False
        between = self.toks[self.tok_index(m[1]):self.tok_index(pos)]
        # a cue right before the pronoun is its verb ("Coach Len Borges praised her"); one further
        # back may open a clause of its own ("Hale said Tom praised her": her is Hale)
        return len(between) <= 6 and not any(
            t.kind != "w" or t.low in _CLAUSE_OPENERS or (self._is_cue(self.tok_index(t.start)) and t is not between[-1])
            for t in between)

    def _own_relative(self, m, pos: int) -> bool:
        """The object pronoun at ``pos`` stands in a who-clause of the person at ``m`` ("Lorne
        Kitaguchi, who sold her the space,"): that person is the clause's subject, so the pronoun
        is someone else (nor does it give the person its sex)."""
        k, p = self.tok_index(m[1]), self.tok_index(pos)
        toks = self.toks
        k += k < p and toks[k].text == ","
        if k >= p or toks[k].low != "who" or self.sentence_bounds(m[0])[0] != self.sentence_bounds(pos)[0]:
            return False
        between = toks[k + 1:p]
        if len(between) > 20 or any(t.kind != "w" for t in between):
            return False
        # the pronoun's own verb goes back to "who", maybe past "and" ("who ran the store that
        # once stood there and sold her the space"), not to a clause inside ("who ran the store
        # that employed him": him may be the man)
        opener = next((t.low for t in reversed(between) if t.low in _CLAUSE_OPENERS), None)
        return opener in (None, "and", "or", "but")

    def _in_own_relative(self, m, sent: int) -> bool:
        """The pronoun mention ``m`` stands in the who-clause of a person named before it in its
        sentence (which starts at ``sent``)."""
        for x in reversed(self.mentions):
            if x[0] < sent:
                return False
            if x[1] <= m[0] and self._own_relative(x, m[0]):
                return True
        return False

    @property
    def _modified(self) -> dict[int, int | None]:
        """Start of each name that modifies the titled name right after it ("Kingston Frontenacs" in
        "Kingston Frontenacs coach Brent Mallory", "Serena Williams" in "Serena Williams coach
        Patrick Mouratoglou": the sentence is about the one with the title) -> the person id of
        that titled name.  The mentions grow as the analysis reads on: worked out again when
        they have."""
        n = len(self.mentions)
        if getattr(self, "_modified_at", -1) != n:
            ms = [m for m in self.mentions if m[3] == "name"]
            self._modified_map = {m[0]: nxt[2] for m, nxt in zip(ms, ms[1:], strict=False)
                                  if nxt[0] == m[1] + 1 and self.text[m[1]] == " "
                                  and self.text[nxt[0]:nxt[0] + 1].islower() and not is_possessive(m[4])}
            self._modified_at = n
        return self._modified_map

    def modifies_one_of(self, start: int, gender: str) -> bool:
        """The name at ``start`` modifies a titled name of this gender (or of none known): a he or
        she after goes to the titled one ("Lindqvist coach Anders Holm was happy. “…,” he said")."""
        if start not in self._modified:
            return False
        pid = self._modified[start]
        return pid is None or self.persons[pid].gender in (gender, None)

    def _prep_object(self, pos: int, preps: frozenset[str] = OBJECT_PREPS) -> bool:
        """The name at ``pos`` is the object of a preposition ("with Trump", "with the Rev. Al
        Sharpton"), so not its sentence's subject."""
        k = self.tok_index(pos) - 1
        if k >= 1 and self.toks[k].low == "the":
            k -= 1
        if 1 <= k and self.toks[k].kind == "w" and self.toks[k].text[:1].isupper() and self.toks[k - 1].low in preps:
            k -= 1   # "by Crown attorney Priya Raghunathan": a capitalised modifier before the role
        return k >= 0 and self.toks[k].kind == "w" and self.toks[k].low in preps

    def _controlled_object(self, pos: int) -> bool:
        """The object pronoun at ``pos`` follows an -ing verb whose subject is a person named
        earlier in its sentence ("Clinton, without naming him, accused Sanders", "Ruiz spoke for
        an hour, praising her"): the one doing the naming is not the one named, and whoever is
        (often named later, or in another sentence) is left unresolved rather than guessed, so
        the pronoun teaches no one a wrong gender."""
        k = self.tok_index(pos) - 1
        if k < 0 or self.toks[k].kind != "w" or not self.toks[k].low.endswith("ing") or len(self.toks[k].low) < 5:
            return False
        own = self.sentence_bounds(pos)[0]
        first = None   # the sentence's first name before the pronoun
        for m in reversed(self.mentions):
            if m[0] < own:
                break
            if m[0] < pos and m[3] == "name":
                first = m
        if first is None:
            return False
        return not self._prep_object(first[0])

    def _participle_opened(self, pos: int) -> bool:
        """The mention at ``pos`` stands in a participle phrase opening its sentence, before the
        comma that ends it: "Asked about comments from Bill Harland, he said …"."""
        s0, s1 = self.sentence_bounds(pos)
        k0 = self.tok_index(s0)
        if k0 >= len(self.toks) or not self.toks[k0].text[:1].isupper() or self.toks[k0].low in ("during", "including"):
            return False
        if not self.toks[k0].low.endswith(("ed", "ing")) and not (
                self.toks[k0].low == "under" and k0 + 1 < len(self.toks) and self.toks[k0 + 1].low.startswith(_QUESTIONING)):
            return False   # (but "Under questioning from X, she said": she is not X)
        comma = next((k for k in range(k0 + 1, self.tok_index(s1)) if self.toks[k].text == ","), None)
        return comma is not None and self.toks[comma].start > pos

    def _fronted(self, pos: int) -> bool:
        """The mention at ``pos`` stands in a clause or phrase that opens its sentence before the
        main clause's subject: "When Tom Reid was charged, Bob Hale paid his bail", "Since Evelyn
        Marsh retired, Claire Marsh …", "Like his father, Walter Reid, Bobby Reid …"."""
        s0, s1 = self.sentence_bounds(pos)
        k0 = self.tok_index(s0)
        if k0 + 1 >= len(self.toks) or self.toks[k0].low not in _FRONTING or self.toks[k0 + 1].low == "for":
            return False   # "As for Trump, he said …" is about Trump
        comma = next((k for k in range(k0 + 1, self.tok_index(s1)) if self.toks[k].text == ","), None)
        if comma is None or self.toks[comma].start < pos:
            # "Like his father, Walter Reid, Bobby Reid": the name set off inside the phrase too
            if not (self.toks[k0].low == "like" and comma is not None):
                return False
            nxt = next((k for k in range(comma + 1, self.tok_index(s1)) if self.toks[k].text == ","), None)
            return nxt is not None and self.toks[nxt].start > pos
        return True

    def _aside(self, pos: int) -> bool:
        """The pronoun at ``pos`` opens an attribution set off by a comma mid-sentence ("…, he
        said, …", "…, she went on, …"): what comes before it in the sentence is what is said."""
        k = self.tok_index(pos)
        return k >= 1 and self.toks[k - 1].text == "," and k + 1 < len(self.toks) and self._is_cue(k + 1)

    def _closed_aside(self, pos: int) -> bool:
        """The aside at ``pos`` ("he said") is closed by a comma as well: ", he said, “…”"."""
        k = self.tok_index(pos) + 2
        return k < len(self.toks) and self.toks[k].text == ","
