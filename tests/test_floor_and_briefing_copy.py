"""Political copy and the records it quotes, as second readers wrote them in session 35: party and
age epithets before a colon, a one-senator excerpt of the Congressional Record.

Each asserts what the editor sees: the speaker beside a quote, or who a source's passage is
stored as.
"""

from __future__ import annotations

import pytest

from desk.extract.model import Document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment


def speakers(text):
    return [q.speaker for q in find_quotes(text) if not q.skipped]


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Gov. Tobias Wren-Achebe said Sunday he would not ask a court to order teachers back.\n\n"
                 "Asked about the union's statement, the Democrat said: “Delphine and I agree on more than that.”",
                 ["Tobias Wren-Achebe"], id="a party epithet before a colon cue is the person just named"),
    pytest.param("Rep. Dan Moss, R-Ohio, and Rep. Ana Ruiz, D-Calif., spoke first.\n\n"
                 "The Ohio Republican was blunt: “We need this bill.”",
                 ["Dan Moss"], id="a state and a party: the person the party code tied to that state"),
    pytest.param("Gov. Tobias Wren-Achebe, 54, said he would not ask a court to act.\n\n"
                 "The 54-year-old said: “Delphine and I agree on more than that.”",
                 ["Tobias Wren-Achebe"], id="an age epithet before a colon cue is the person of that age"),
    pytest.param("Sen. Jo Hale spoke first.\n\nA spokesman for the Democratic Party said: “We need this.”",
                 ["A spokesman for the Democratic Party"], id="guard: a party's spokesman is no party epithet"),
])
def test_an_epithet_before_the_quote_names_the_person(text, expected):
    assert speakers(text) == expected


RECORD_EXCERPT = """\
Congressional Record — Senate

Mr. BRACKENRIDGE. Mr. President, I rise in support of S. 611. Ninety days. Not ninety weeks.

I have served in this body for eleven years, and I do not think I have read a more reasonable request.

Mr. BRACKENRIDGE. Mr. President, I yield the floor.
"""


def test_a_one_senator_excerpt_of_the_record_is_his_speech():
    got = turns(RECORD_EXCERPT)
    assert got and all(who == "Brackenridge" for who, _ in got)
    assert any("Ninety days." in text for _, text in got)


def test_a_speech_quoting_two_record_lines_is_still_one_voice():
    # guard: two "Mr. SMITH." lines without an address to the chair are a speech quoting the Record
    speech = ("Thank you all for coming.\n\nMr. HALE. I object.\n\nThat is what he said, and then:\n\n"
              "Mr. HALE. I object again.\n\nWe can do better than that.")
    assert {who for who, _ in turns(speech, "speech", "Ana Ruiz")} == {"Ana Ruiz"}
