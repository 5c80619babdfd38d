"""Which capitalised runs are organisations or places by what stands around them (for
:class:`desk.extract.people.People`, before it confirms people): the opening words of an
organisation's longer name ("Prairie Central" after "Prairie Central Railway"), "the city of Lowell
Springs", "Mount Tolliver", a name set off with the kind of organisation it is ("Fare Share Port
Alden, a riders' group," or "The Redferns' insurer, Pinecrest Mutual,"), and the place a dateline
names ("KILBRIDE JUNCTION, W.M. —" over "Kilbride Junction's only doctor retires").
"""

from __future__ import annotations

from desk.extract.lede import dateline_place
from desk.extract.lexicon import BODY_KINDS, SET_OFF_AS_ORG
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold
from desk.extract.narration import base_word

#: First words of a place's name: "Mount Tolliver", "Mt. Hood", "Cape Breton".
_PLACE_OPENERS = frozenset("mount mt mont cape".split())
#: "the city of Lowell Springs", "the Town of Elliot Lake": the name after one of these and "of" is a place.
_SETTLEMENTS = frozenset("city town village township municipality borough hamlet county".split())


def mark_kinds(p, runs: list, org_openings: set[tuple[str, ...]]) -> dict[str, str]:
    """Mark the runs that are organisations or places (module docstring); returns {first word:
    name} of the organisations set off after the noun for their kind, whose first word alone
    ("Ironleaf said") stands for them later."""
    for r in runs:
        if len(r.words) >= 2 and not r.org and tuple(fold(w) for w in r.words) in org_openings \
                and fold(r.words[0]) not in FIRST_NAMES and not r.titles and not p._appositive(r):
            r.org = True
        if not r.titles and r.t0 >= 2 and p.toks[r.t0 - 1].low == "of" and p.toks[r.t0 - 2].low in _SETTLEMENTS:
            r.org = r.loc = True   # "the city of Lowell Springs": no one, though Lowell is a given name
        if len(r.words) >= 2 and fold(r.words[0]).rstrip(".") in _PLACE_OPENERS:
            r.org = r.loc = True   # "Mount Tolliver", "Cape Breton": no one (not "Dr. Lena Mont", "Harry Mount")
    place = dateline_place(p.text)
    if place and any(len(r.words) >= 2 and fold(base_word(r.words[-1])) == place and not r.org and not r.loc
                     and (r.titles or fold(r.words[0]) in FIRST_NAMES or fold(r.words[0]) not in place.split())
                     for r in runs):
        place = None   # "JACKSON, Miss. — Coach Deion Jackson …": the town's name is his surname too
    set_off: dict[str, str] = {}   # first word -> the name of an organisation set off by its kind
    for r in runs:
        if not r.org and not r.loc and SET_OFF_AS_ORG.match(p.text, r.end):
            r.org = True   # "Fare Share Port Alden, a riders' group, said": the story says what it is
        if not r.org and not r.loc and not r.titles and r.t0 >= 2 and p.toks[r.t0 - 1].text == "," \
                and p.toks[r.t0 - 2].low in BODY_KINDS and r.t1 < len(p.toks) and p.toks[r.t1].text == ",":
            r.org = True   # "The Redferns' insurer, Pinecrest Mutual, said": set off after the noun for its kind
            set_off.setdefault(fold(r.words[0]), " ".join(r.words))   # "Ironleaf said" later
        if place and not r.titles and " ".join(fold(base_word(w)) for w in r.words) == place:
            r.org = r.loc = True   # "Kilbride Junction's only doctor retires" over "KILBRIDE JUNCTION, W.M. —"
    return set_off
