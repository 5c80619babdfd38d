"""Parties the story ties to the people it names (pass 3a of quote finding).

"Conservative MP Tanvir Gill", "Republican Sen. Tom Reid", "Rep. Jim Harlan, R-Ohio," and
"Sen. Ann Hale (D-Vt.)", "Ann Holt, a Democrat," give each person a party (``Person.parties``: all the words that name
it, "democrat" and "democratic").  A description with a party ("the Liberal MP", "the
Democratic senator", "the Republican") finds the person of that party and never one the story
gave another: between two MPs, the wrong one is a false "misattributed" waiting to happen.  A
person the story gives no party is not ruled out by one.  Parties are kept apart from roles:
a party word alone does not present a name as a person's ("Republican Donor Adelson" in a
headline is no person).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.extract.narration import Token

#: Party words as a story writes them, each with every word that names the same party.
_SAME_PARTY = [
    frozenset({"republican", "gop"}),
    frozenset({"democrat", "democratic"}),
    frozenset({"conservative", "tory"}),
    frozenset({"liberal"}),
    frozenset({"ndp"}),
    frozenset({"bloc"}),
    frozenset({"green"}),
    frozenset({"libertarian"}),
    frozenset({"independent"}),
]
PARTY_OF = {w: words for words in _SAME_PARTY for w in words}

#: A US party code after a name: "R-Ohio", "D-Calif.", "I-Vt.".
_CODE = re.compile(r"([RDI])-[A-Z][A-Za-z.]*")
_CODES = {"R": PARTY_OF["republican"], "D": PARTY_OF["democrat"], "I": PARTY_OF["independent"]}


def parties_around(toks: list[Token], before: int, after: int) -> frozenset[str]:
    """The party words of a name whose first token (titles and role words included) follows
    token ``before`` and whose last precedes token ``after``: a capitalised party word right
    before it, or a party code set off after it by a comma or a bracket."""
    found: frozenset[str] = frozenset()
    if before >= 0 and toks[before].kind == "w" and toks[before].text[:1].isupper():
        found |= PARTY_OF.get(toks[before].low, frozenset())
    if after + 1 < len(toks) and toks[after].text in (",", "(") and (m := _CODE.fullmatch(toks[after + 1].text)):
        found |= _CODES[m.group(1)]
    if after + 2 < len(toks) and toks[after].text == "," and toks[after + 1].low in ("a", "an"):
        # "Sen. Ann Holt, a Democrat,", "Tom Reid, a Conservative MP from Alberta,"
        for t in toks[after + 2:after + 4]:
            if t.kind != "w":
                break
            if t.text[:1].isupper() and t.low in PARTY_OF:
                found |= PARTY_OF[t.low]
                break
    return found


def other_party(parties: set[str], words: set[str]) -> bool:
    """``words`` name a party, and the person of ``parties`` belongs to another one."""
    held = parties
    wanted = {w for w in words if w in PARTY_OF}
    return bool(held and wanted) and not held & wanted
