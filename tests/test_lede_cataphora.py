"""A lede that describes its speaker and names them only after the quote (session 38, review 13).

Wire ledes often hold the name back: "Brennock's police chief urged …, telling members that her
officers are “…”." and then "“…,” Chief Miriam Stavros told the committee."  The description is
that person when it is the story's first word of anyone, ends in a title, is definite or
possessive, and the next paragraphs name exactly one new person with that title.  The stories are
written for these tests.
"""

from __future__ import annotations

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


CHIEF = """Police chief urges MPPs to pass racing bill

FORT ALDER - Quillmouth's police chief urged a legislative committee Thursday to pass the bill quickly, telling members that her officers are "fighting this with one hand tied behind our back."

"Our streets are not racetracks," Chief Renata Okonkwo-Bell told the committee.
"""

MINISTER = """VICTORIA - The province's health minister says the new clinics will open "before the first snow falls."

Health Minister Arjun Dhillon-Vance made the announcement Monday in Nanaimo.
"""


def test_a_possessive_title_in_the_lede_is_the_chief_named_next():
    assert speakers(CHIEF) == ["Renata Okonkwo-Bell", "Renata Okonkwo-Bell"]


def test_a_definite_title_in_the_lede_is_the_minister_named_next():
    assert speakers(MINISTER) == ["Arjun Dhillon-Vance"]


def test_guard_an_indefinite_description_stays_as_written():
    """"A city councillor" may be anyone: a councillor named later is not necessarily the one."""
    text = MINISTER.replace("The province's health minister says", "A provincial health minister says")
    assert speakers(text) != ["Arjun Dhillon-Vance"]


def test_guard_two_people_with_the_title_named_next_is_no_one_for_sure():
    text = MINISTER.replace("Health Minister Arjun Dhillon-Vance made the announcement Monday in Nanaimo.",
                            "Health Minister Arjun Dhillon-Vance and former health minister Clara Wexford-Lund "
                            "spoke Monday in Nanaimo.")
    assert speakers(text) == ["The province's health minister"]


def test_guard_someone_named_before_the_description_keeps_the_old_reading():
    text = ("VICTORIA - Dr. Hana Ostrowski warned of delays on Friday. The province's health minister says the "
            'clinics will open "before the first snow falls."\n\n'
            "Health Minister Arjun Dhillon-Vance made the announcement Monday in Nanaimo.\n")
    assert speakers(text) == ["The province's health minister"]


def test_guard_a_person_named_next_without_the_title_is_not_the_speaker():
    text = MINISTER.replace("Health Minister Arjun Dhillon-Vance made", "Opposition critic Arjun Dhillon-Vance made")
    assert speakers(text) == ["The province's health minister"]


HEARING = """Senators grill ticket seller's CEO over meltdown

WASHINGTON (CP) - The chief executive of Vantage Ticketing apologized to lawmakers Tuesday for a system failure that left about 2 million people unable to buy tickets.

"We failed our customers, and I am sorry," Lucian Heddlestone told a Senate subcommittee.

Sen. Harlan Weatherfield pressed him on fees. "That's not a yes," Weatherfield said.

"It is not a no, Senator," the CEO said.
"""


def test_the_role_a_lede_opens_with_is_the_person_the_next_paragraph_names():
    """Review 14 (session 38): "The chief executive of Vantage Ticketing apologized …" ¶ "“…,”
    Lucian Heddlestone told …" ¶ … "“…,” the CEO said" is Heddlestone."""
    assert speakers(HEARING) == ["Lucian Heddlestone", "Harlan Weatherfield", "Lucian Heddlestone"]


def test_lede_role_guard_a_lede_that_names_someone_gives_no_role():
    text = HEARING.replace("apologized to lawmakers Tuesday", "apologized to Sen. Ida Marlowe Tuesday")
    assert speakers(text)[-1] == "the CEO"


def test_lede_role_guard_a_lede_opening_on_no_role():
    text = HEARING.replace("The chief executive of Vantage Ticketing apologized",
                           "The company that runs Vantage Ticketing apologized")
    assert speakers(text)[-1] == "the CEO"


TOQUE = """VALMONT - Before the first city truck backed onto the grass, the man in the red toque had already packed. "Thirty-one months I lived here," he said.

His name is Gideon Tassel, and he was one of roughly 45 people still living at the encampment when city crews arrived.

Tassel said a bylaw officer had come by on Tuesday evening.
"""

JURY = """CALDER HEIGHTS (AP) - The retired mail carrier who led the jury said the group took its first vote within an hour. "Eleven to one," she said Friday.

Gloria Pettimore, 66, was the foreperson of the jury that convicted a former county treasurer on Thursday.
"""


def test_a_feature_lede_quoting_someone_named_in_the_next_paragraph():
    """Review 15 (session 38): the lede quotes "the man in the red toque" and the next paragraph
    says "His name is Gideon Tassel"; "The retired mail carrier who led the jury … she said" and
    then "Gloria Pettimore, 66, was the foreperson of the jury"."""
    assert speakers(TOQUE) == ["Gideon Tassel"]
    assert speakers(JURY) == ["Gloria Pettimore"]


def test_lede_speaker_guard_someone_else_introduced_next_is_not_the_speaker():
    text = JURY.replace("was the foreperson of the jury that convicted a former county treasurer on Thursday",
                        "is a lawyer who watched the closing arguments from the gallery")
    assert speakers(text) != ["Gloria Pettimore"]
    text = JURY.replace("The retired mail carrier who led the jury said", "Ann Ruiz, a juror, said")
    assert speakers(text)[0] == "Ann Ruiz"


SHIFT_BOSS = """PELLING CREEK, Ont. - The shift boss came up first, grey with dust, and before anyone could reach him he turned back toward the cage.

"There are two more behind me," he said. "Nobody goes home till they're up."

That was Everett Mulrooney, 48, who spent 30 hours with two crew members behind a collapsed drift.

Mine manager Rosa Delacroix said the refuge station held air for 72 hours.
"""


def test_a_lede_quote_of_its_own_named_next_with_that_was():
    """Review 17 (session 39): the lede describes the shift boss, his quote stands as the next
    paragraph, and the one after it says "That was Everett Mulrooney, 48, who …".  Before: no
    one (the quote stood outside the lede paragraph, and only "His name is" named)."""
    assert speakers(SHIFT_BOSS)[:2] == ["Everett Mulrooney", "Everett Mulrooney"]   # and the quote after the cue


def test_that_was_guard_a_quote_further_down_or_a_woman_named_for_he():
    later = SHIFT_BOSS.replace('up."\n\nThat was', 'up."\n\nThe cage went down again at noon.\n\nThat was')
    assert later != SHIFT_BOSS
    assert speakers(later)[0] != "Everett Mulrooney"
    assert speakers(SHIFT_BOSS.replace("Everett Mulrooney, 48,", "Rosalind Mulrooney, 48,"))[0] != "Rosalind Mulrooney"


DETECTIVE = """KESTREL FALLS - The detective who first caught the case kept a copy of the file in his basement for 30 years, long after he retired.

"I'm not going to cry in front of you people," he said.

Retired Staff Sgt. Anselm Korhonen, known for decades around the Kestrel Falls Police Service as "the Binder," was the lead investigator when the girl was found in 1994.
"""


def test_a_lede_speaker_named_with_an_aside_before_the_be_verb():
    """Review 17 (session 39): "Retired Staff Sgt. Anselm Korhonen, known for decades … as “the
    Binder,” was the lead investigator": the aside stood between the name and "was", and the
    words shared with the lede ("retired", "police") were in the title and the aside."""
    assert speakers(DETECTIVE)[0] == "Anselm Korhonen"
    other = DETECTIVE.replace("was the lead investigator when the girl was found in 1994",
                              "was the one who finally made the arrest this week")
    assert speakers(other.replace("Retired Staff Sgt. Anselm", "Const. Anselm").replace("Police Service", "force")
                    )[0] != "Anselm Korhonen"


NOMINEE = """BELMONT (AP) - The trial judge who wants a seat on the state's Supreme Court spent six hours Tuesday answering for a single paragraph she wrote five years ago.

"I'd write it again tomorrow," she told the Senate Judiciary Committee.

Judge Eleanor Pritchard-Vale, 57, was nominated in January by the governor to replace a retiring justice.
"""


def test_a_lede_speaker_named_next_as_what_was_done_to_her():
    """Review 17 (session 39): "Judge Eleanor Pritchard-Vale, 57, was nominated in January …"
    names the judge the lede quotes (the lede's "judge" in her title); before, only "was the
    …" or "was a …" named."""
    assert speakers(NOMINEE) == ["Eleanor Pritchard-Vale"]
    victim = NOMINEE.replace("was nominated in January by the governor to replace a retiring justice",
                             "was charged in January by the judge with contempt")
    assert speakers(victim) != ["Eleanor Pritchard-Vale"]


FATHER = """HOLLIS SPRINGS (AP) - The father spent three years posting online that measles was a rite of passage. On Friday he sat outside an intensive care unit while his daughter breathed with the help of a machine.

"I was wrong, and I was loud about being wrong," he said in a phone interview.

Jacob Whitcombe-Lyle, 38, of Hollis Springs, is the parent of one of 27 children sickened in a measles outbreak.
"""


def test_a_lede_speaker_named_with_age_and_home_town_before_the_be_verb():
    """Review 17 (session 39): "Jacob Whitcombe-Lyle, 38, of Hollis Springs, is the parent of one
    of 27 children sickened in a measles outbreak" — the home town between age and "is"."""
    assert speakers(FATHER) == ["Jacob Whitcombe-Lyle"]


def test_lede_speaker_guard_the_one_spoken_of_or_someone_tied_to_him():
    """Second reader (session 39): "That was Dale Kowalchuk, … whose body was recovered" is the
    dead man the rescuer spoke of; "Gil Marchetti, his landlord, is one of three town councillors"
    is someone the pharmacist knows; neither spoke the lede's quote."""
    dead = SHIFT_BOSS.replace("That was Everett Mulrooney, 48, who spent 30 hours with two crew members behind a collapsed drift.",
                              "That was Everett Mulrooney, a 48-year-old father of three whose body was recovered Wednesday.")
    assert dead != SHIFT_BOSS and speakers(dead)[0] != "Everett Mulrooney"
    landlord = ("SALINA FORKS - The man who runs the town's only pharmacy said he had not slept in two days.\n\n"
                "\"We are out of insulin,\" he said.\n\n"
                "Gil Marchetti, his landlord, is one of three town councillors pushing for an emergency flight.\n")
    assert speakers(landlord) != ["Gil Marchetti"]
