"""A station's caption file in TTML (DFXP): colours for voices, a few bracketed names (session 40,
review 19).

Before, a .ttml file was refused ("not supported"), so a story quoting a newscast checked from its
captions came out *not found* for every quote.  The captions are written for these tests."""

from __future__ import annotations

import pytest

from desk.extract.formats import ExtractError, read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

TTML = """<?xml version="1.0" encoding="utf-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="en">
  <head>
    <styling>
      <style xml:id="w" tts:color="white"/>
      <style xml:id="y" tts:color="yellow"/>
      <style xml:id="c" tts:color="cyan"/>
    </styling>
  </head>
  <body>
    <div>
      <p begin="00:00:00.400" end="00:00:04.000"><span style="w">[ANNA REYES] Good evening. The river<br/>crested this afternoon.</span></p>
      <p begin="00:00:04.050" end="00:00:08.000"><span style="w">Tom Hale is in Lower Town.</span></p>
      <p begin="00:00:08.050" end="00:00:12.000"><span style="y">[TOM HALE] Anna, the water is still<br/>over the road here.</span></p>
      <p begin="00:00:12.050" end="00:00:16.000"><span style="c">[GORD PELLETIER] We lost the whole<br/>basement. Everything.</span></p>
      <p begin="00:00:16.050" end="00:00:19.000"><span style="y">- Did anyone warn you?</span><br/><span style="c">- Nobody came by.</span></p>
      <p begin="00:00:19.050" end="00:00:23.000"><span style="c">Not the town, not the province,<br/>nobody at all.</span></p>
      <p begin="00:00:23.050" end="00:00:27.000"><span style="c">[WOMAN] My kids keep asking if<br/>the water is safe. [SIRENS]</span></p>
      <p begin="00:00:27.050" end="00:00:31.000"><span style="y">The mayor says the dike held<br/>where it mattered.</span></p>
    </div>
  </body>
</tt>
"""


def _turns(data: str) -> dict[str, str | None]:
    doc = read_document("news.ttml", data.encode())
    return {" ".join(doc.text[s.start:s.end].split())[:22]: s.speaker for s in segment(doc, "captions")}


def test_colours_and_bracketed_names_give_the_voices():
    said = _turns(TTML)
    assert said["Good evening. The rive"] == "Anna Reyes"
    assert said["Anna, the water is sti"] == "Tom Hale"
    assert said["We lost the whole base"] == "Gord Pelletier"
    # a colour that comes back with no name is the voice last named in it
    assert said["Did anyone warn you?"] == "Tom Hale"
    assert said["Nobody came by. Not th"] == "Gord Pelletier"
    assert said["The mayor says the dik"] == "Tom Hale"
    # "[WOMAN]" opening a cue is a label (a voice the file does not name), not a sound
    assert said["My kids keep asking if"] is None


def test_a_quote_from_the_newscast_is_found_and_a_wrong_speaker_is_caught(tmp_path, runner):
    source = tmp_path / "newscast.ttml"
    source.write_text(TTML, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Flood swamps Lower Town\n\n"
                     "\u201cNot the town, not the province, nobody at all,\u201d said Gord Pelletier.\n\n"
                     "\u201cWe lost the whole basement,\u201d said Tom Hale.\n", encoding="utf-8")
    first, second = checked_quotes(runner, source, story)
    assert first["verdict"] == "exact"
    assert second["verdict"] == "misattributed"


@pytest.mark.parametrize("data, says", [
    ("<tt><body><p begin='0s' end='1s'>Hi", "not well-formed XML"),
    ("<!DOCTYPE tt [<!ENTITY a 'aaaa'>]><tt><body><p>&a;</p></body></tt>", "DOCTYPE"),
    ("<html><body><p>Hello</p></body></html>", "not a TTML caption file"),
    ("<tt xmlns='http://www.w3.org/ns/ttml'><body><div></div></body></tt>", "no caption text"),
])
def test_a_broken_file_gets_a_clear_message(data, says):
    with pytest.raises(ExtractError, match=says):
        read_document("news.ttml", data.encode())


def test_a_refused_file_adds_nothing(tmp_path, runner):
    bad = tmp_path / "bad.dfxp"
    bad.write_text("<tt><body><p>unclosed", encoding="utf-8")
    out = runner.invoke(args=["desk", "ingest", str(bad)])
    assert "not well-formed XML" in out.output
    assert "0 added" in out.output


def test_guard_a_colour_s_name_does_not_carry_into_the_next_story():
    """Second reader (session 40): stations assign colours per story; once the anchor's colour
    comes back, cyan in the next story is someone new, not the flood story's resident."""
    ttml = TTML.replace("[WOMAN] My kids keep asking if", "My kids keep asking if").replace(
        '<p begin="00:00:27.050" end="00:00:31.000"><span style="y">The mayor says the dike held<br/>where it mattered.</span></p>',
        '<p begin="00:00:27.050" end="00:00:31.000"><span style="w">In other news, the schools reopen Monday.</span></p>'
        '<p begin="00:00:31.050" end="00:00:35.000"><span style="c">My daughter has been home<br/>for two weeks now.</span></p>')
    said = _turns(ttml)
    assert said["My daughter has been h"] is None
