"""Pass 3a of quote finding, word by word: which capitalised words may be part of a name.

A capitalised word is a name part unless it reads as something else: a word of the sentence's
opening ("Hastily politicizing", "Overstating Surrey's debt"), a month ("May 5", but "May Chen
said"), a word that is mostly no name ("May", "Read", "West" — unless after a given name, or
speaking once the story gave the full name), a party or faith ("Republican", but "Army Capt.
Christian Pardo"), an acronym or a dateline.  :class:`desk.extract.people.People` joins the
name parts into runs and decides which runs are people.
"""

from __future__ import annotations

import re

from desk.extract.evidence import Evidence
from desk.extract.lexicon import AFFILIATIONS, CAP_STOP, EXTRA_TITLES, OBJECT_PREPS, ORG_WORDS, SURNAME_STOPS
from desk.extract.namelists import FIRST_NAMES_F, FIRST_NAMES_M
from desk.extract.names import TITLE_WORDS, fold, hyphen_adjective
from desk.extract.narration import INITIALS_RE, Token, base_word, is_possessive

#: A surname that opens with a lower-case particle and a hyphen ("al-Masri", "el-Sayed").
_LOWER_PARTICLE = re.compile(r"(?:al|el|ad|ash|bin|ibn|abu|ben)-[A-Z]")
#: Months that are also given names ("Jun Park" too), and the words that make one a date: "early May Hale said".
_MONTH_NAMES = frozenset("april may june august jan jun".split())
_DATE_WORDS = frozenset("since until till last next this early late mid during through by a an the his her their its".split())


#: Number words that may end an organisation's name after an organisation word.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}['’]?s")
_NAME_NUMBERS = frozenset({"one", "two", "three"})


class NameWords(Evidence):
    """The narration's tokens, read as possible parts of names."""

    _caps_inside: set[str] | None = None   # _capitalised_inside, read once per story

    def _is_name_tok(self, t: Token) -> bool:
        if t.kind == "w" and _LOWER_PARTICLE.match(t.text):
            return True   # "Youssef al-Masri", "Omar el-Sayed"
        if t.kind != "w" or not t.text[:1].isupper():
            return False
        if INITIALS_RE.fullmatch(t.text):
            return True
        low = fold(base_word(t.text)).rstrip(".")
        if low in AFFILIATIONS and (low in FIRST_NAMES_F or low in FIRST_NAMES_M) and self._surname_follows(t):
            return True   # "Army Capt. Christian Pardo": a given name, not the faith
        if low in SURNAME_STOPS and self._stop_word_surname(t, low):
            return True
        if low in _MONTH_NAMES and self._month_given(self.tok_index(t.start)):
            return True
        if low in _NAME_NUMBERS:
            # "Hydro One", "Air Force One": a number word ending an organisation's name
            k = self.tok_index(t.start)
            return k > 0 and fold(self.toks[k - 1].text) in ORG_WORDS and self._adjacent(self.toks[k - 1], t)
        if (low in CAP_STOP and low not in ("new",)) or low in AFFILIATIONS:
            return False
        if any(ch.isdigit() for ch in t.text) or hyphen_adjective(t.text):
            return False  # "Trump-style", "GOP-led": adjectives, not names ("Ban Ki-moon" is one)
        if INITIALS_RE.fullmatch(t.text):
            return True
        if t.text in ("II", "III", "IV"):
            # "Lonnie Beaumont III": a generational suffix after a name, not an acronym
            k = self.tok_index(t.start)
            return k > 0 and self.toks[k - 1].kind == "w" and self.toks[k - 1].text[:1].isupper() \
                and not self.toks[k - 1].text.isupper() and self._adjacent(self.toks[k - 1], t)
        if len(t.text) > 1 and t.text.isupper() and low not in TITLE_WORDS and low not in EXTRA_TITLES:
            return self._caps_label(t)  # datelines, acronyms; but a pool report's "WHITACRE:" label
        if _ACRONYM_PLURAL.fullmatch(t.text):
            return False  # "MPs", "MLAs", "CEOs": acronyms in the plural
        return True

    def _caps_label(self, t: Token) -> bool:
        """A surname in capitals opening a line as a label before quoted words, 'WHITACRE: "We
        will cover the costs …"', 'BRANDT (opening statement): "…"', when the document writes
        the name in mixed case too ("Lorne Whitacre"): a pool report's or notes' way of quoting."""
        line_start = self.text.rfind("\n", 0, t.start) + 1
        if self.text[line_start:t.start].strip():
            return False
        after = re.match(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:[ \t]*[\"“]", self.text[t.end:t.end + 60])
        return after is not None and re.search(r"\b" + re.escape(t.text.title()) + r"\b", self.text) is not None

    def _stop_word_surname(self, t: Token, low: str) -> bool:
        """A word that is mostly not a name ("May", "Read", "West") as a surname: right after a
        given name ("Theresa May", "Ian Read"), or alone as the subject of a cue ("“…,” West
        said") once the story has given the full name."""
        toks = self.toks
        k = self.tok_index(t.start)
        if self._after_given_name(k):
            return True
        if k + 1 >= len(toks) or toks[k + 1].kind != "w" or not self._is_cue(k + 1):
            return False
        return any(toks[j].low == low and toks[j].text[:1].isupper() and self._after_given_name(j) for j in range(1, k))

    def _after_given_name(self, k: int) -> bool:
        """Token k follows a capitalised given name ("Theresa" before "May")."""
        prev = self.toks[k - 1] if k > 0 else None
        if prev is None or not prev.text[:1].isupper() or not self._adjacent(prev, self.toks[k]):
            return False
        first = fold(base_word(prev.text))
        return first in FIRST_NAMES_F or first in FIRST_NAMES_M

    def _opening_adverb(self, i: int) -> bool:
        """Token i is an adverb opening the sentence before a participle ("Hastily politicizing",
        "Quietly leaving"): a word in -ly, no given name ("Kelly", "Emily"), written capitalised
        nowhere else, then a lower-case word in -ing."""
        toks = self.toks
        t = toks[i]
        if not (t.low.endswith("ly") and len(t.low) > 4 and i + 1 < len(toks) and self._run_sentence_start(i)):
            return False
        nxt = toks[i + 1]
        if not (nxt.kind == "w" and nxt.text.islower() and nxt.low.endswith("ing") and self._adjacent(t, nxt)):
            return False
        if fold(t.text) in FIRST_NAMES_F or fold(t.text) in FIRST_NAMES_M:
            return False
        return t.text not in self._capitalised_inside()

    def _opening_participle(self, i: int) -> bool:
        """Token i is a participle opening a sentence or a heading ("Overstating Surrey's debt",
        "Building the Valley Line"): a word in -ing, no given name, written capitalised nowhere
        but at a sentence's start (a surname in -ing, "Manning", comes back as "said Manning"),
        and not before a capitalised word other than a possessive ("Sterling Hayden said")."""
        t = self.toks[i]
        if not (t.low.endswith("ing") and len(t.low) > 5 and self._run_sentence_start(i)):
            return False
        if fold(t.text) in FIRST_NAMES_F or fold(t.text) in FIRST_NAMES_M:
            return False
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if nxt is not None and nxt.kind == "w" and nxt.text[:1].isupper() and not is_possessive(nxt.text):
            return False   # "Sterling Hayden said": a given name before a surname, not "Overstating Surrey’s"
        return t.text not in self._capitalised_inside()

    def _capitalised_inside(self) -> set[str]:
        """The capitalised words the text writes somewhere other than at a sentence's start."""
        if self._caps_inside is None:
            self._caps_inside = {o.text for k, o in enumerate(self.toks)
                                 if o.kind == "w" and o.text[:1].isupper() and not self._run_sentence_start(k)}
        return self._caps_inside

    def _surname_follows(self, t: Token) -> bool:
        """The word after ``t`` is a capitalised word that can only be a name part."""
        k = self.tok_index(t.start) + 1
        if k >= len(self.toks) or not self._adjacent(t, self.toks[k]):
            return False
        nxt = self.toks[k]
        low = fold(base_word(nxt.text)).rstrip(".")
        return (nxt.kind == "w" and nxt.text[:1].isupper() and not nxt.text.isupper()
                and low not in CAP_STOP and low not in AFFILIATIONS and low not in ORG_WORDS)

    def _month_given(self, k: int) -> bool:
        """The month at token k is a given name ("May Chen said", "April Ryan"): a capitalised word
        follows, and no word of time or preposition before it makes it the date ("In May Trump
        said", "since June Hale has")."""
        toks = self.toks
        if fold(toks[k].text) not in _MONTH_NAMES or k + 1 >= len(toks):
            return False
        nxt, prev = toks[k + 1], toks[k - 1] if k >= 1 else None
        # (a surname of two parts too: "June Delacroix-Wynn", "April O’Neil")
        if nxt.kind != "w" or not re.sub(r"[-’']", "", nxt.text).isalpha() or not nxt.text[:1].isupper() or nxt.low in CAP_STOP \
                or not self._adjacent(toks[k], nxt):
            return False
        return prev is None or prev.kind != "w" or (prev.low not in OBJECT_PREPS and prev.low not in _DATE_WORDS)
