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
    frozenset({"conservative", "tory", "pc"}),   # ("Progressive Conservative critic Dale Friesen" … "the PC MLA")
    frozenset({"liberal"}),
    frozenset({"ndp"}),
    frozenset({"bloc"}),
    frozenset({"green"}),
    frozenset({"libertarian"}),
    frozenset({"independent"}),
]
PARTY_OF = {w: words for words in _SAME_PARTY for w in words}

#: A US party code after a name, as one token: "R-Ohio", "D-Calif", "I-Vt", "D-N.Y".
PARTY_CODE = re.compile(r"([RDI])-[A-Z][A-Za-z.]*")
_CODES = {"R": PARTY_OF["republican"], "D": PARTY_OF["democrat"], "I": PARTY_OF["independent"]}


#: The state a US party code abbreviates ("R-Ky." → Kentucky, "D-N.Y." → New York), as the words a
#: story may use for it later ("the Kentucky Republican"): AP-style and postal abbreviations,
#: folded, without dots.
_STATES = {
    "ala": "alabama", "al": "alabama", "alaska": "alaska", "ak": "alaska", "ariz": "arizona", "az": "arizona",
    "ark": "arkansas", "ar": "arkansas", "calif": "california", "ca": "california", "colo": "colorado",
    "co": "colorado", "conn": "connecticut", "ct": "connecticut", "del": "delaware", "de": "delaware",
    "fla": "florida", "fl": "florida", "ga": "georgia", "hawaii": "hawaii", "hi": "hawaii", "idaho": "idaho",
    "id": "idaho", "ill": "illinois", "il": "illinois", "ind": "indiana", "in": "indiana", "iowa": "iowa",
    "ia": "iowa", "kan": "kansas", "kans": "kansas", "ks": "kansas", "ky": "kentucky", "la": "louisiana",
    "maine": "maine", "me": "maine", "md": "maryland", "mass": "massachusetts", "ma": "massachusetts",
    "mich": "michigan", "mi": "michigan", "minn": "minnesota", "mn": "minnesota", "miss": "mississippi",
    "ms": "mississippi", "mo": "missouri", "mont": "montana", "mt": "montana", "neb": "nebraska",
    "ne": "nebraska", "nev": "nevada", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey",
    "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota", "ohio": "ohio",
    "oh": "ohio", "okla": "oklahoma", "ok": "oklahoma", "ore": "oregon", "or": "oregon", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee",
    "tn": "tennessee", "texas": "texas", "tex": "texas", "tx": "texas", "utah": "utah", "ut": "utah",
    "vt": "vermont", "va": "virginia", "wash": "washington", "wa": "washington", "wva": "west virginia",
    "wv": "west virginia", "wis": "wisconsin", "wi": "wisconsin", "wyo": "wyoming", "wy": "wyoming",
}


def coded_state(text: str) -> set[str]:
    """The words of the state of the US party code that opens ``text`` (the text right after a
    name): ", R-Ky.," gives {"kentucky"}; " (D-N.Y.)" gives {"new", "york"}."""
    m = _CODE_AFTER.match(text)
    state = _STATES.get(m.group(1)[2:].replace(".", "").lower()) if m else None
    return set(state.split()) if state else set()


_CODE_AFTER = re.compile(r"\s*[,(]\s*(" + PARTY_CODE.pattern + ")")


def parties_around(toks: list[Token], before: int, after: int) -> frozenset[str]:
    """The party words of a name whose first token (titles and role words included) follows
    token ``before`` and whose last precedes token ``after``: a capitalised party word right
    before it, or a party code set off after it by a comma or a bracket."""
    found: frozenset[str] = frozenset()
    if before >= 0 and toks[before].kind == "w" and toks[before].text[:1].isupper():
        found |= PARTY_OF.get(toks[before].low, frozenset())
    if after + 1 < len(toks) and toks[after].text in (",", "(") and (m := PARTY_CODE.fullmatch(toks[after + 1].text)):
        found |= _CODES[m.group(1)]
    if after + 2 < len(toks) and toks[after].text == "," and toks[after + 1].low in ("a", "an", "the"):
        # "Sen. Ann Holt, a Democrat,", "Tom Reid, a Conservative MP from Alberta,", "Rep. Buck
        # Harlan, the 64-year-old Republican from Wyoming,"
        for t in toks[after + 2:after + 7]:
            if t.text in (",", ".", ";", "(", ")"):
                break
            if t.kind == "w" and t.text[:1].isupper() and t.low in PARTY_OF:
                found |= PARTY_OF[t.low]
                break
    return found


def other_party(parties: set[str], words: set[str]) -> bool:
    """``words`` name a party, and the person of ``parties`` belongs to another one."""
    held = parties
    wanted = {w for w in words if w in PARTY_OF}
    return bool(held and wanted) and not held & wanted
