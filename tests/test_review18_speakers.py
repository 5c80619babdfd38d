"""Speakers that review 18's held-out stories found wrong (session 39).

Each test is a general reading with a guard; the stories are written for these tests."""

from __future__ import annotations

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


def test_a_passer_by_doing_something_before_she_speaks_does_not_crash_the_check():
    """"One woman walking her dog past city hall stopped to ask …. “…,” she said" raised an
    IndexError inside quote finding (the phrase for the woman was cut to nothing), so the whole
    draft could not be checked."""
    text = ("Recount officials finished at noon.\n\n"
            "One woman walking her dog past city hall stopped to ask who had won. "
            "\u201cOh, good grief. I might be one of the two,\u201d she said, and kept walking.\n")
    assert speakers(text) in ([None], ["One woman"], ["One woman walking her dog"])


def test_a_nickname_everyone_knows_someone_by():
    """"Everyone at the museum knows him as “Boots.”", "Tobias Grell, is known to every volunteer
    as “Toby.”": before, "Boots said" and "Toby said" stayed as written (a name no one had)."""
    museum = ("Volunteer guide Harold Ambrose, 84, has shown the painting every Thursday since 2009. "
              "Everyone at the museum knows him as \u201cBoots.\u201d\n\n"
              "\u201cIt\u2019s like somebody pulled a tooth,\u201d Boots said.\n")
    assert speakers(museum) == ["Harold Ambrose"]
    campaign = ("Her campaign manager, Tobias Grell, is known to every volunteer as \u201cToby.\u201d "
                "He spent three days at the table.\n\n\u201cI have not slept since Sunday,\u201d Toby said.\n")
    assert speakers(campaign) == ["Tobias Grell"]
    # guard: "knows her as" after a man is someone else's nickname
    other = museum.replace("knows him as", "knows her as")
    assert speakers(other) != ["Harold Ambrose"]


def test_a_role_phrase_modifier_the_introduction_gave():
    """"“…,” the union president said" after "Zara Okafor-Lindt, president of the Harrowgate
    Students’ Union" and then "university president Lionel Achterberg": before, the president
    named last (Achterberg), since "union" was no role word of either."""
    text = ("\u201cWe are not asking for free,\u201d said Zara Okafor-Lindt, president of the Harrowgate Students\u2019 Union.\n\n"
            "In a statement, university president Lionel Achterberg said the increase was unavoidable.\n\n"
            "\u201cThe board,\u201d the union president said, \u201chas never once met in the evening.\u201d\n")
    assert speakers(text) == ["Zara Okafor-Lindt", "Zara Okafor-Lindt"]
    # guard: "the university president" is still Achterberg
    assert speakers(text.replace("the union president said", "the university president said"))[1] == "Lionel Achterberg"
