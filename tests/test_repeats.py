"""A headline's short quote that repeats words of a quote the story gives in full is checked as
that quote's words (desk/services/repeats.py)."""

from __future__ import annotations

from tests.conftest import checked_quotes

HANSARD = """\
Hon. Desmond Arkwright (Minister of Housing): Mr. Speaker, the plan has not failed. We have
delivered every single unit we announced.

Ms. Noreen Kalvaitis (Nanaimo, NDP): Mr. Speaker, he has delivered fewer than nine thousand.
"""


def test_a_headline_fragment_of_a_found_quote_is_found(tmp_path, runner):
    source = tmp_path / "hansard.txt"
    source.write_text(HANSARD, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Minister insists rental plan \u201chas not failed\u201d\n\n"
                     "Housing Minister Desmond Arkwright insisted the plan \u201chas not failed,\u201d as opposition "
                     "MPs accused him of counting announcements.\n\n"
                     "Critics said the program was \u201cnot working.\u201d\n", encoding="utf-8")
    headline, body, other = checked_quotes(runner, source, story, "--kind", "transcript")
    assert body["verdict"] == "exact" and body["speaker"]["name"] == "Desmond Arkwright"
    assert headline["verdict"] == "exact"
    assert headline["match"]["speaker"]["name"] == "Desmond Arkwright"
    assert "speaker_unknown" in headline["flags"]
    # a short quote that repeats no found quote stays unverified
    assert other["verdict"] == "not_found"


def test_a_fragment_the_draft_gives_to_another_person_is_not_checked_as_the_full_quote(tmp_path, runner):
    source = tmp_path / "hansard.txt"
    source.write_text(HANSARD, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Housing Minister Desmond Arkwright insisted the plan \u201chas not failed,\u201d as opposition "
                     "MPs accused him of counting announcements.\n\n"
                     "Noreen Kalvaitis said the plan \u201chas not failed.\u201d\n", encoding="utf-8")
    body, other = checked_quotes(runner, source, story, "--kind", "transcript")
    assert body["verdict"] == "exact"
    assert other["speaker"]["name"] == "Noreen Kalvaitis"
    assert other["verdict"] == "not_found"


INTERJECTED = """\
Hon. Desmond Arkwright (Minister of Housing): Mr. Speaker, the plan has not failed. We have
delivered every single unit we announced.

An hon. member: Shame!

Ms. Noreen Kalvaitis (Nanaimo, NDP): Mr. Speaker, he has delivered fewer than nine thousand.
"""


def test_an_unnamed_members_heckle_is_found_in_the_source_the_draft_quotes(tmp_path, runner):
    # probe D (session 32): "prompting one MP to shout, “Shame!”" was checked against nobody's
    # turns and came out not found, though the Hansard holds "An hon. member: Shame!"
    source = tmp_path / "hansard.txt"
    source.write_text(INTERJECTED, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Housing Minister Desmond Arkwright insisted the plan “has not failed,” prompting one "
                     "Conservative MP to shout, “Shame!”\n\nCritics said the program was “not working.”\n",
                     encoding="utf-8")
    body, heckle, other = checked_quotes(runner, source, story, "--kind", "transcript")
    assert body["verdict"] == "exact"
    assert heckle["speaker"]["name"] == "one Conservative MP"
    assert heckle["verdict"] == "exact"
    assert heckle["match"]["speaker"] is None or heckle["match"]["speaker"].get("name") is None
    assert "speaker_unknown" in heckle["flags"]
    # a short quote that stands in no turn of that source stays unverified
    assert other["verdict"] == "not_found"


def test_a_heckle_is_not_looked_for_in_sources_the_draft_does_not_quote(tmp_path, runner):
    source = tmp_path / "hansard.txt"
    source.write_text(INTERJECTED, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("One Conservative MP shouted, “Shame!”\n", encoding="utf-8")
    [heckle] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert heckle["verdict"] == "not_found"
