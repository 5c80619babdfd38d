"""French attribution in Canadian copy and bilingual releases: « … », a déclaré la ministre X.

Session 37: the cues of French copy (passé composé, the inverted pronoun, a present tense after
the guillemet, "selon", French titles) were not read, so a French quote took the last person
named, or the organisation of a release.  Each case asserts the speaker an editor would write
beside the quote, and for a release who its passages are stored as.  The texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from desk.extract.model import Document
from desk.extract.narration import Narration
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment


def credited(text):
    return [(q.speaker, q.mention) for q in find_quotes(text) if not q.skipped]


OPENING = "Le maire Paul Gendron a ouvert la séance du conseil lundi soir.\n\n"


@pytest.mark.parametrize("text, expected", [
    pytest.param(OPENING + "« Nous allons reconstruire le quai », a déclaré la ministre Hélène Brassard.",
                 [("Hélène Brassard", "la ministre Hélène Brassard")], id="a déclaré, the subject after"),
    pytest.param(OPENING + "« Nous sommes fiers de ce partenariat », affirme Julie Roy, directrice générale.",
                 [("Julie Roy", "Julie Roy")], id="a present tense after the guillemet"),
    pytest.param(OPENING + "« Les travaux commencent demain », de dire Marc Dubé, le porte-parole du port.",
                 [("Marc Dubé", "Marc Dubé")], id="Quebec 'de dire X'"),
    pytest.param(OPENING + "Selon le porte-parole Marc Dubé, « aucune décision n’a été prise ».",
                 [("Marc Dubé", "le porte-parole Marc Dubé")], id="selon X, before the quote"),
    pytest.param(OPENING + "« Aucune décision n’a été prise », selon Marc Dubé, porte-parole du port.",
                 [("Marc Dubé", "Marc Dubé")], id="selon X, after the quote"),
    pytest.param(OPENING + "« C'est un bon partenariat », a affirmé le ministre des Travaux publics, Aaron Pike.",
                 [("Aaron Pike", "Aaron Pike")], id="the minister of a department, then the name"),
    pytest.param(OPENING + "La ministre Hélène Brassard a pris la parole. « Ce sera fait avant l’hiver », "
                 "a-t-elle ajouté. « Nous ne reculerons pas », poursuit-elle.",
                 [("Hélène Brassard", "elle"), ("Hélène Brassard", "elle")], id="the inverted pronoun"),
    pytest.param("Paul Gendron et Hélène Brassard étaient présents.\n\nHélène Brassard a déclaré : "
                 "« Le pont sera rouvert en mai. »", [("Hélène Brassard", "Hélène Brassard")],
                 id="the subject before, a colon"),
])
def test_french_cues_name_the_speaker(text, expected):
    assert credited(text) == expected


@pytest.mark.parametrize("text", [
    "“I am done,” said John M. Smith, who heads the M. Gendron Fund.",
    "She submitted a résumé and a dit-dah code. “I am done,” said Ann Lee.",
    "“Prices will rise sharply next year,” note the authors. “Costs too,” lance the critics.",
    "Le Devoir, the Montreal daily, and La Presse ran the story. “It is over,” said Elle Durand.",
])
def test_english_copy_is_not_glossed(text):
    """French cue words are glossed only where they cannot be English: after a guillemet, or in a
    paragraph that reads as French."""
    narr = Narration(text).narr
    assert all(c == text[k] for k, c in enumerate(narr) if c != "\ue000")


def test_an_initial_stays_an_initial():
    assert credited("“I am done,” said John M. Smith.") == [("John M. Smith", "John M. Smith")]


RELEASE = """\
NEWS RELEASE

Harbourview Ferries adds winter sailings

HALIFAX, Nov. 30, 2026 — Harbourview Ferries will add four winter sailings starting in January.

"Riders told us the last boat left too early, and we listened," said Colette Arsenault, president and CEO of Harbourview Ferries.

COMMUNIQUÉ

Traversiers Harbourview ajoute des départs d'hiver

« Les usagers nous ont dit que le dernier bateau partait trop tôt », a déclaré Colette Arsenault, présidente-directrice générale de Traversiers Harbourview.

« C'est à cela que ressemble un bon partenariat », a affirmé le ministre des Travaux publics, Aaron Pike.

-30-
"""


def test_a_bilingual_release_credits_its_french_quotes_to_the_people_named():
    """The French paragraphs' quotes were stored as the company's (Traversiers Harbourview)."""
    passages = [(s.speaker, RELEASE[s.start:s.end]) for s in segment(Document(text=RELEASE, format="txt"), "release")]
    french = [speaker for speaker, words in passages if "bateau" in words or "partenariat" in words]
    assert french == ["Colette Arsenault", "Aaron Pike"]
