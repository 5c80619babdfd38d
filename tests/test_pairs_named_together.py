"""Two people named together as one cue's subject, and the "they" or "the pair" that goes on
with them (session 38, review 13).

"Ezra Lindahl, 34, and Paloma Ruelas, 29, said in a joint statement" then a paragraph about "The
pair" and "“…,” they said": the two together.  The stories are written for these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.quotes import find_quotes

CLIMBERS = """GRANITE FORK — Two climbers stranded on a ledge thanked their rescuers on Saturday.

"We made a series of small decisions that added up to a big mistake," Orrin Vasquez-Teller, 34, and Marisol Quade, 29, said in a joint statement.

The pair, experienced climbers from the city of Lowell Springs, set out Tuesday morning on the north ridge.

"We should have turned around at the notch," they said.
"""

BOTH = "Orrin Vasquez-Teller and Marisol Quade"


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


def test_they_after_a_paragraph_about_the_pair_is_both():
    assert speakers(CLIMBERS) == [BOTH, BOTH]


def test_the_pair_said_is_both():
    text = CLIMBERS.replace('"We should have turned around at the notch," they said.',
                            '"We should have turned around at the notch," the pair said.')
    assert speakers(text) == [BOTH, BOTH]


def test_a_town_after_city_of_guard_people_still_speak():
    """Guard: "the city of Lowell Springs" is a place (in CLIMBERS it had been a man named Lowell
    Springs, who came between the pair and "they"); the rule leaves people who speak alone."""
    text = ('Residents of the city of Lowell Springs voted Tuesday. "We need a new bridge," '
            "said Hanna Brisbois, a nurse.\n")
    assert speakers(text) == ["Hanna Brisbois"]
    assert speakers("The town of Dale Evans Crossing voted on Tuesday.\n\n"
                    '"It passed," Dale Evans said.\n') == ["Dale Evans"]


@pytest.mark.parametrize("between", [
    "Rescue volunteers reached them on Thursday.",
    "A group of hikers passed them on Thursday.",
    "A city spokesperson said notices were mailed in May.",   # a singular "they" may be the spokesperson's
    "Both sides have been at the table since June, and union members said little.",
    "A storm arrived about 12 hours earlier than forecast.",
])
def test_guard_a_sentence_with_a_subject_of_its_own_keeps_they_from_the_pair(between):
    text = CLIMBERS.replace("set out Tuesday morning on the north ridge.",
                            "set out Tuesday morning on the north ridge. " + between)
    assert speakers(text)[1] != BOTH
