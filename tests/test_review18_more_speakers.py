"""More speakers review 18's held-out stories found wrong (session 40): descriptions a pronoun
follows, object pronouns, askers, Q&A excerpts inside a story, and "according to".

Each test is a general reading with a guard; the stories are written for these tests."""

from __future__ import annotations

from desk.extract.quotes import find_quotes


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


def test_a_description_of_what_the_person_does_before_she_speaks():
    """"Lorraine Figueroa has run the ski patrol since 1994. ¶ The veteran patroller swept the
    mountain … “…,” she said": before, the description (a noun no list knows, after "veteran")
    was someone new, and the quote had no speaker."""
    text = ("Harlan Bettridge said the hill would not reopen.\n\n"
            "Lorraine Figueroa has run the ski patrol since 1994.\n\n"
            "The veteran patroller swept the mountain one last time at 4 p.m.\n\n"
            "\u201cI found a mitten and a phone on Lower Fox,\u201d she said.\n")
    assert speakers(text) == ["Lorraine Figueroa"]
    sports = ("Howard Fensky, who represents her, said the board did not dispute the contamination.\n\n"
              "The veteran sports lawyer has handled doping cases for two decades. "
              "\u201cWe have 21 days to appeal,\u201d he said.\n")
    assert speakers(sports) == ["Howard Fensky"]
    # guard: a woman the story never says patrols anything is not "the veteran patroller"
    assert speakers(text.replace("has run the ski patrol", "has run the bakery")) != ["Lorraine Figueroa"]


def test_an_age_the_story_gave_after_an_opening_clause():
    """"said Wes Callaghan, 68." … "Asked what he would do next winter, the 68-year-old lift
    operator shrugged. “…,” he said": before, the opening clause hid the description and the quote
    went to the man quoted just before."""
    text = ("\u201cI put my kids on this chair,\u201d said Wes Callaghan, 68.\n\n"
            "\u201cNobody\u2019s sadder than me,\u201d Harlan Bettridge said.\n\n"
            "Asked what he would do next winter, the 68-year-old lift operator shrugged. "
            "\u201cSki somewhere else, I guess,\u201d he said.\n")
    assert speakers(text) == ["Wes Callaghan", "Harlan Bettridge", "Wes Callaghan"]
    # guard: two men of 68, and the story does not say which
    both = text.replace("Harlan Bettridge said", "said Harlan Bettridge, 68.").replace(
        "\u201cNobody\u2019s sadder than me,\u201d said", "\u201cNobody\u2019s sadder than me,\u201d said")
    assert speakers(both)[2] != "Wes Callaghan"


def test_he_goes_on_from_the_him_a_subject_of_untold_sex_acted_on():
    """"Moyle walked Kowalczyk through the building and showed him the shavings. “…,” he said":
    before, the him was forgotten once Kowalczyk's own name came earlier in the sentence, and the
    quote went to Moyle, whose sex the story never told."""
    text = ("Sgt. Raymond Kowalczyk said the lock had been drilled. Curator Beatrix Moyle found the door open.\n\n"
            "Moyle walked Kowalczyk through the building Monday and showed him the metal shavings. "
            "\u201cThey left more behind than they think,\u201d he said.\n")
    assert speakers(text) == ["Raymond Kowalczyk"]
    # guard: with no him, the sentence's subject goes on
    assert speakers(text.replace("and showed him the metal shavings", "and pointed to the metal shavings")) \
        == ["Beatrix Moyle"]


def test_one_who_presses_him_speaks_the_pressing():
    """"Oduya pressed him. “There was time …,” he said": the quote is the pressing, Oduya's.
    Before, the one pressed was taken to answer, as after "asked Freeland about the deficit"."""
    text = ("Constable Brent Mallory testified for three hours.\n\n"
            "\u201cThere wasn\u2019t time,\u201d Mallory said.\n\n"
            "Samuel Oduya pressed him. \u201cThere was time to say it three times,\u201d he said.\n")
    assert speakers(text)[1] == "Samuel Oduya"
    # guard: pressed on something, the one pressed answers
    assert speakers(text.replace("pressed him.", "pressed him on the timing."))[1] == "Brent Mallory"


def test_asking_someone_s_supervisors_asks_them_not_him():
    """"Baskin said Tull asked his supervisors for help repeatedly. He said they ignored him. ¶
    “…,” he said" is Baskin's: "his" owns the ones asked. Before, Tull counted as the one asked,
    and so as the one answering."""
    text = ("Raymond Tull, 61, was indicted last week. His attorney, Leonard Baskin, said Tull was overworked.\n\n"
            "Baskin said Tull asked his supervisors for help repeatedly. He said they ignored him.\n\n"
            "\u201cMy client made mistakes,\u201d he said.\n")
    assert speakers(text) == ["Leonard Baskin"]


def test_a_q_and_a_excerpt_inside_a_story():
    """A story prints an excerpt of a Q&A after a paragraph ending with a colon: "I" in an answer
    is the one its introduction names ("Teale took questions …. An edited excerpt:"), or the one
    its first question addresses ("Q: Mr. Pellew, …"). Before, only a whole story printed as a
    Q&A (two questions at least, and an "interview with") had an answerer."""
    teale = ("Marjorie Teale bought the lighthouse for $212,000.\n\n"
             "Teale took questions from reporters at the museum. An edited excerpt:\n\n"
             "Q: Why a lighthouse?\n\n"
             "A: I tell people, \u201cIt\u2019s just a very tall cottage.\u201d\n")
    assert speakers(teale) == ["Marjorie Teale"]
    hearing = ("Sen. Cordelia Marsh opened the hearing.\n\n"
               "Marsh then called the chief executive, Graham Pellew, to the table. An excerpt from their exchange:\n\n"
               "Q: Mr. Pellew, who decided the price?\n\n"
               "A: Our board did, senator. I told the board, \u201cWe will be criticized for this.\u201d\n")
    assert speakers(hearing) == ["Graham Pellew"]
    inquest = ("Constable Brent Mallory testified Tuesday.\n\n"
               "Under questioning from inquest counsel Gwendolyn Asare, Mallory described the moments before he fired:\n\n"
               "Q: What did you say to him?\n\n"
               "A: I said, \u201cPolice, show me your hands.\u201d\n")
    assert speakers(inquest) == ["Brent Mallory"]
    # guard: no introduction ending with a colon, no answerer
    assert speakers(teale.replace("An edited excerpt:", "She laughed.")) != ["Marjorie Teale"]


def test_the_agency_the_story_cited_with_according_to():
    """"…, according to the Carrowdale Wildfire Service. The agency said the fire was “…”": before,
    the fire's name opening the sentence ("The Dunmore Ridge wildfire") was taken for the agency."""
    text = ("The Dunmore Ridge wildfire jumped Highway 14 late Tuesday, according to the Carrowdale "
            "Wildfire Service. The agency said the fire was \u201caggressive and wind-driven\u201d on Wednesday.\n")
    assert speakers(text) == ["Carrowdale Wildfire Service"]
    # guard: a service named only as a place is no source of the story
    assert speakers(text.replace("according to the", "near the base of the")) != ["Carrowdale Wildfire Service"]


def test_guard_the_one_who_spoke_with_reporters_answers_an_excerpt():
    """Reading the session's change again: "spoke with" names the one who answers, as a whole
    Q&A's introduction reads it; the excerpt's asker test had taken it for asking."""
    text = ("Marjorie Teale bought the lighthouse for $212,000.\n\n"
            "Teale spoke with reporters at the museum. An edited excerpt:\n\n"
            "Q: Why a lighthouse?\n\n"
            "A: I tell people, \u201cIt\u2019s just a very tall cottage.\u201d\n")
    assert speakers(text) == ["Marjorie Teale"]
