"""A company's short name is the company, not a person (review 12, session 37).

"Larkspur Energy Corp. asked regulators …. “…,” Larkspur said in a statement." read "Larkspur"
as a person's surname, so the next "she" (an analyst's) went to Larkspur too.  The speaker is
given as the story writes it ("Larkspur"), as PolNeAR's annotators do.  The text is written for
these tests.
"""

from __future__ import annotations

from desk.extract.quotes import find_quotes

STORY = """GALWAY FALLS, Ohio — Larkspur Energy Corp. asked state regulators Monday to raise rates by 14%.

“This investment is the responsible path to a more reliable system,” Larkspur said in a statement.

Priscilla Monteverde of Halvard Capital was more skeptical. Regulators have granted Larkspur “roughly half of what it asks for” in each rate case, she wrote, adding: “We see no reason this time is different.”
"""


def test_a_company_short_name_speaks_as_the_company():
    quotes = [q for q in find_quotes(STORY) if not q.skipped]
    assert [(q.speaker, q.speaker_person) for q in quotes] == [
        ("Larkspur", False), ("Priscilla Monteverde", True), ("Priscilla Monteverde", True)]


def test_a_surname_or_given_name_that_opens_an_organisation_stays_a_person():
    text = ("Hillary Clinton spoke in Denver. Hillary for America paid for the hall.\n\n"
            "“We are going to win Colorado,” Hillary said.\n\n"
            "Tom Ford spoke too. Ford Motor Co. builds trucks nearby. “Jobs matter,” Ford said.")
    assert [(q.speaker, q.speaker_person) for q in find_quotes(text) if not q.skipped] == [
        ("Hillary Clinton", True), ("Tom Ford", True)]


MODIFIER_STORY = """DUNMORE, Wyn. — Marisol Ferrante grew up four blocks from the tracks. When a Tallow Ridge freight train left the rails in May, she drove home that night.

Tallow Ridge has said it meets every federal rule. “Meeting the rule and being safe are not the same thing,” she said.
"""


def test_a_name_used_as_a_modifier_after_a_is_a_company_not_the_next_she():
    """Review 13: a railroad the story never names in full ("a Tallow Ridge freight train") was read
    as a person, and the scientist's "she" went to it."""
    quotes = [q for q in find_quotes(MODIFIER_STORY) if not q.skipped]
    assert [(q.speaker, q.speaker_person) for q in quotes] == [("Marisol Ferrante", True)]


def test_a_name_used_as_a_modifier_guard_a_person_with_a_given_name_stays_a_person():
    """Guard: "a Dana Whitlock ad" is a person's ad; Whitlock still speaks as a person."""
    text = ("Voters in Ellery saw a Dana Whitlock campaign ad on Monday.\n\n"
            "“I am running to fix the roads,” Whitlock said.")
    assert [(q.speaker, q.speaker_person) for q in find_quotes(text) if not q.skipped] == [("Dana Whitlock", True)]
