"""What a given name says of its bearer's sex, as pronouns may read it (pass 2 of quote finding).

The hand lists (``namelists.GENDERED_F`` / ``GENDERED_M``) give a person a gender from their given
name.  The census lists are wider and rougher: a name on one sex's list only may rule a pronoun
reading out ("Hillary" is no "he", "Chad" no "she") — and as session 29's reviewers showed, a
Nikita, a Laurence or a Jess the story calls the other way must not lose their quotes for it, so
the pronoun passes use it only to break a tie (``pronouns.Pronouns._antecedent``), and names borne
by both sexes somewhere decide nothing.
"""

from __future__ import annotations

from desk.extract.namelists import FIRST_NAMES_F, FIRST_NAMES_M
from desk.extract.names import fold
from desk.extract.runs import NAME_PARTICLES

#: Given names borne by men and women alike in North America and Europe, which the census lists
#: (each a list of the commonest names of one sex) give to one sex only: "Robin", "Jean" (Jean
#: Charest), "Andrea" (Andrea Bocelli), "Lindsey" (Lindsey Graham), "Lou" (a football coach, Lou
#: Santangelo, in session 34's review); names of one sex in French, Italian, Russian or Finnish and
#: of the other in English (Laurence, Michele, Nikita, Toni); and short forms of both (Jess, Andy,
#: Danny).
BOTH_GENDERS = frozenset("""robin lindsey lindsay kelly kelley jordan tracy tracey shannon lynn kim jean courtney
    sidney sydney avery riley kendall quinn blake drew dana jamie casey morgan taylor terry jesse jessie
    leslie lesley kerry cary carey shelby stacy stacey marion alexis meredith andrea nicola simone rene rené
    claude dominique camille sasha alex sam chris pat jo lee joan gale gail jackie sandy
    laurence nikita michele rosario toni jocelyn vivian hilary marian darcy kelsey cameron parker stevie
    daryl charlie mel carroll kirby gene laurie billie whitney ashley evelyn beverly allison
    emery jody maxime jess andy danny ronnie nicky max frankie bobbie dani lou""".split())


def name_gender(given: str) -> str | None:
    """"f" or "m" for a folded given name of one gender only in the full lists (the census
    included): enough to rule a reading out ("Hillary" is no "he", "Chad" no "she"), never to
    give a gender; None for a name of ``BOTH_GENDERS``."""
    if given in BOTH_GENDERS:
        return None
    f, m = given in FIRST_NAMES_F, given in FIRST_NAMES_M
    return "f" if f and not m else "m" if m and not f else None


def named_other(words: list[str], gender: str) -> bool:
    """A person's given name (the first of ``words``) is borne by the other sex only: "Chad
    Oberholzer" is no "she", though the census list alone gives him no "he" ("Al Basha", a surname
    after its particle, says nothing)."""
    first = fold(words[0]) if words else ""
    return len(words) > 1 and first not in NAME_PARTICLES and name_gender(first) not in (None, gender)
