"""Verdicts of session 43 (reviews 29 and 30): accurate quotes the desk flagged, each a false alarm
before its rule.  The sources and stories are written for these tests."""

from __future__ import annotations

from desk.extract.quotes import find_quotes
from desk.match.kin import short_form
from tests.conftest import checked_quotes, passages_by_opening

CONFERENCE = """NEWS CONFERENCE
GOV. DANA PIKE: Buenos días. No pesquen, no naden, y no dejen que los niños jueguen en la orilla.

INTERPRETER LUGO: Good morning. Don't fish, don't swim, and don't let the children play on the bank.

GOV. PIKE: The river will be tested every day this week.

REPORTER: Governor, who pays for the testing?

GOV. PIKE: The company does. It is that simple.
"""


def test_an_interpreters_english_is_the_words_of_the_one_interpreted(tmp_path, runner):
    source = tmp_path / "conference.txt"
    source.write_text(CONFERENCE, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Speaking through an interpreter, Gov. Dana Pike warned families. “Don’t fish, don’t "
                     "swim, and don’t let the children play on the bank,” she said.\n", encoding="utf-8")
    (quote,) = checked_quotes(runner, source, story, "--kind", "transcript")
    assert (quote["verdict"], quote["flags"]) == ("exact", ["quoted_by_other"])


INTERVIEW = """MARIBEL OSTRANDER: I was asleep. My phone went off at 12:58. It was Mae, one of my night operators, and she said, "Boss, there's a train in the river." And I said, "Close it."

REPORTER: What did you do then?

MARIBEL OSTRANDER: I put my boots on and drove to the plant.
"""


def test_words_a_source_tells_someone_said_to_her_are_that_persons(tmp_path, runner):
    # The night operator never says it in the library; the superintendent tells it: the words are
    # the operator's as she told it, not misattributed to the superintendent.
    (tmp_path / "interview.txt").write_text(INTERVIEW, encoding="utf-8")
    (tmp_path / "chat.txt").write_text("MAE LARKIN: Intake is closed. Heading home.\n\n"
                                       "DALE ROSS: Good work tonight.\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Her phone rang at 12:58 a.m. On the line was night operator Mae Larkin: “Boss, there’s a "
                     "train in the river.”\n", encoding="utf-8")
    runner.invoke(args=["desk", "ingest", str(tmp_path / "chat.txt"), "--kind", "transcript"])
    (quote,) = checked_quotes(runner, tmp_path / "interview.txt", story, "--kind", "interview")
    assert (quote["verdict"], quote["flags"]) == ("exact", ["quoted_by_other"])


def test_a_pledge_passed_on_by_its_possessive_is_its_speakers():
    story = ("On Nextdoor, Jenna Kowal also posted Mayor Gwen Castellano’s pledge from Friday’s briefing not "
             "to call the water safe “until I know it’s safe.” “I’m holding her to it,” Kowal wrote.\n")
    assert [q.speaker for q in find_quotes(story)] == ["Gwen Castellano", "Jenna Kowal"]


def test_a_hyphenated_surname_by_its_initials_is_that_person():
    assert short_form("Patrice D-G", ["Patrice Dubois-Gill"])
    assert not short_form("Patrice D-G", ["Patrice Dubois"])
    assert not short_form("Anne D-G", ["Patrice Dubois-Gill"])


NEWSLETTER = """I wrote to the railroad's chief executive, Annelise Fournier-Blake, on Saturday. She wrote back on Monday. In part:

        I want you to know that the railroad accepts full responsibility for the costs of this incident.

I appreciate the letter. I'll take the meeting.
"""


def test_a_block_after_she_wrote_back_in_part_is_the_writers():
    said = passages_by_opening("post.txt", NEWSLETTER, "article", "Ilse Brandvold")
    assert said["I want you to know that "] == "Annelise Fournier-Blake"
    assert said["I appreciate the letter."] == "Ilse Brandvold"


def test_a_company_named_with_co_is_no_one_a_pronoun_stands_for():
    story = ("Corvane Chemical Co. said the tank was sound.\n\n"
             "Carl Whitcombe confirmed that the state had not inspected the plant. Corvane’s own contractor "
             "checked the tank in March, but “the last full inspection was in 2019,” he said.\n")
    assert [q.speaker for q in find_quotes(story)] == ["Carl Whitcombe"]


CAPTIONS = """1
00:00:01,000 --> 00:00:06,000
>> DR. BALOGUN: I will lift the order when I am confident, not when I am comfortable, and those are different things.
"""


def test_an_ellipsis_cutting_a_not_aside_whole_is_an_edit(tmp_path, runner):
    source = tmp_path / "council.srt"
    source.write_text(CAPTIONS, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“I will lift the order when I am confident … and those are different things,” Dr. Ines "
                     "Balogun said.\n\n“I will lift the order … when I am comfortable,” Balogun said.\n",
                     encoding="utf-8")
    aside, reversed_ = checked_quotes(runner, source, story, "--kind", "captions")
    assert aside["verdict"] == "edited"
    assert reversed_["verdict"] == "misquote" and "negation_in_gap" in reversed_["flags"]


COLUMN = """Here is what the mayor said on the floor of council that night, from the official video:

        “A pipe that has lasted sixty-five years can last three more. An arena deal that walks away does not come back.”

I voted against it. I would again.
"""


def test_words_a_source_gives_a_description_are_no_proof_against_the_named_speaker(tmp_path, runner):
    # A councillor's newsletter quotes "the mayor" without her name: the passage is no one the
    # library can name (not a speaker called "the mayor"), so the draft's Mayor Brandvold is not
    # misattributed (before: misattributed to a speaker called "the mayor").
    source = tmp_path / "column.txt"
    source.write_text(COLUMN, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“A pipe that has lasted sixty-five years can last three more,” Mayor Celia Brandvold "
                     "told council in 2023.\n", encoding="utf-8")
    (quote,) = checked_quotes(runner, source, story, "--kind", "article", "--speaker", "Rupert Ngata")
    assert quote["verdict"] == "exact"


def test_an_interpreters_turn_is_read_as_quoting_no_one_by_the_other_reader_checks():
    """The interpreter rule belongs to ``reads_words_of`` alone: the turn's own quoting, its
    saying the words again, and a name in its paragraph are read as for any turn (a copy of the
    rule in ``_quoting`` returned a bare True where a pair is due)."""
    from types import SimpleNamespace

    from desk.match.readers import another_named, quotes_another, reads_words_of, said_again

    text = "INTERPRETER LUGO: Good morning. Don't fish, don't swim."
    start = text.index("Don't")
    ev = SimpleNamespace(cand=SimpleNamespace(label="INTERPRETER LUGO", source_text=text, pieces=[(0, 18)]),
                         tw=SimpleNamespace(w=SimpleNamespace(starts=[start]), find_all=lambda words, limit: [0]),
                         lo=0)
    assert reads_words_of(ev, None)
    assert quotes_another(ev) is None
    assert not said_again(ev, ["don't", "fish"])
    assert not another_named(ev, None)
