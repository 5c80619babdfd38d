"""Parliamentary and wire copy: who speaks when the story names members by their acronym."""

from __future__ import annotations

from desk.extract.quotes import find_quotes


def speakers(text):
    return [(q.text.strip(" ,."), getattr(q.speaker, "name", q.speaker)) for q in find_quotes(text, [])
            if not getattr(q, "skipped", False)]


def test_members_in_the_plural_are_nobody_not_a_person_named_mps():
    text = ('Housing Minister Desmond Arkwright insisted the plan "has not failed," as opposition MPs '
            'accused him of counting announcements.')
    assert speakers(text) == [("has not failed", "Desmond Arkwright")]


def test_an_outlets_possessive_acronym_is_no_speaker():
    text = ("However debates are not likely to alter the campaign, noted NBC\u2019s Dante Chinni.\n\n"
            "\u201cBy the time those candidates hit the stage most voters have seen them,\u201d he wrote.")
    assert speakers(text)[-1][1] == "Dante Chinni"
