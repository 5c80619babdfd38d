"""Speakers of session 42: each a story pattern the desk read wrongly before (a test here fails
on the tree before its rule); the stories are written for these tests."""

from __future__ import annotations

from desk.extract.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_bare_quote_after_an_organisation_goes_to_the_person_named_after_its_quote():
    # The association's quote ends its sentence; the next sentence names its director, who told
    # a reporter what she would do: the bare quote paragraph after it is hers, not the group's.
    story = ("The Rideau Street Business Improvement Area said in a statement it was “disappointed "
             "but not surprised.” Its executive director, Martine Lafleur-Boyd, told CTN News she "
             "would ask council to revisit the loading-zone plan in the spring.\n\n"
             "“We’re not going to sue anybody. We’re going to be a pain in the neck.”\n")
    assert _speakers(story) == ["Rideau Street Business Improvement Area", "Martine Lafleur-Boyd"]


def test_bare_quote_after_narration_naming_no_one_stays_with_the_quoted_person():
    story = ("“We are disappointed,” Tom Reyes said. The council voted 5-4 on Tuesday.\n\n"
             "“We’re not going to sue anybody.”\n")
    assert _speakers(story) == ["Tom Reyes", "Tom Reyes"]


def test_role_set_off_before_a_titled_name_is_that_persons():
    # "The Bishop of Baie-Verte, the Most Rev. Gérard Arsenault": the cleric's title between the
    # comma and the name does not hide the role; "the bishop" later is Arsenault.
    story = ("The Bishop of Baie-Verte, the Most Rev. Gérard Arsenault, will preside at the funeral "
             "Saturday at Église Sainte-Anne.\n\n"
             "“We are going to have to figure out,” the bishop said, “how to bury him without him playing.”\n")
    assert _speakers(story) == ["Gérard Arsenault"]
