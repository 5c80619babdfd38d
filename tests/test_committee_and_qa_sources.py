"""Sources a second reader wrote in session 34: a committee's record that names its chair once, a
magazine's Q&A whose answers carry no label, a minister's statement with its sign-off and press
contact, a release's "About" section, and a speaker quoting someone else's words.

Each asserts what the editor sees: who a passage is stored as, or the verdict and flag a quote
gets when checked through the CLI against the ingested source.
"""

from __future__ import annotations

from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, Document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, s.role, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


COMMITTEE = """\
The Chair (Mr. Dorian Halvorsen-Leclerc): I call this meeting to order.

Hon. Miriam Osei-Lacombe: Thank you, Mr. Chair.

The Chair: I'll remind members that the minister is here voluntarily.
"""


def test_the_chairs_short_label_is_the_chair_the_first_label_names():
    assert [who for who, _, _ in turns(COMMITTEE)] == [
        "Dorian Halvorsen-Leclerc", "Miriam Osei-Lacombe", "Dorian Halvorsen-Leclerc"]


def test_two_chairs_named_leave_the_short_label_to_no_one():
    text = COMMITTEE + "\nThe Chair (Mrs. Alma Reyes): We resume.\n\nThe Chair: Next witness.\n"
    assert turns(text)[-1][0] is None


QA = """\
For thirty-four years, Rosalind Achterhof-Mbeki has run the Tidewater Seed Library in Corran Falls. \
We spoke with her among the jars.

Q. How did the seed library start?

It started with a shoebox. My grandmother kept beans under her bed.

She said a seed is a letter to someone you'll never meet.

Q. And now?

Now we have four thousand jars.
"""


def test_a_magazine_qa_gives_unlabelled_answers_to_the_one_the_introduction_names():
    got = turns(QA, kind="interview")
    assert [(who, role) for who, role, _ in got] == [
        (None, ROLE_QUESTIONER), ("Rosalind Achterhof-Mbeki", ROLE_SPEAKER), ("Rosalind Achterhof-Mbeki", ROLE_SPEAKER),
        (None, ROLE_QUESTIONER), ("Rosalind Achterhof-Mbeki", ROLE_SPEAKER)]


def test_an_introduction_naming_two_people_gives_the_answers_to_no_one():
    text = QA.replace("We spoke with her", "Photographer Dana Whitlow joined Maeve Corrigan and we spoke with her")
    assert {who for who, role, _ in turns(text, kind="interview") if role != ROLE_QUESTIONER} == {None}


STATEMENT = """\
Statement by the Minister of Coastal Transport

Everyone is safe. I want to begin by thanking the crew.

— The Honourable Miriam Osei-Lacombe, Minister of Coastal Transport

-30-

Contact: Nadine Okwuosa-Berg, Press Secretary, Office of the Minister of Coastal Transport
"""


def test_a_statements_sign_off_and_press_contact_are_no_ones_speech():
    got = turns(STATEMENT, kind="speech", speaker="Miriam Osei-Lacombe")
    assert [text for _, _, text in got] == ["Everyone is safe. I want to begin by thanking the crew."]


RELEASE = """\
PORT ALDER, March 2, 2026 — Greyling Strait Ferry Corporation today ordered two ferries.

"Two new ships will not fix that on their own," said Callum Ferreira-Odhiambo, chief executive.

About Greyling Strait Ferry Corporation

Greyling Strait Ferry Corporation has operated since 1964. Its service promise, "Every crossing, \
every season," appears on every ticket it sells.
"""


def test_a_motto_in_a_releases_about_section_is_not_the_chief_executives():
    assert [q.speaker for q in find_quotes(RELEASE)] == ["Callum Ferreira-Odhiambo", None]
    advert = '"We will rebuild," Mayor Ana Ruiz said.\n\nAdvertisement\n\n"Every bridge."'
    assert [q.speaker for q in find_quotes(advert)] == ["Ana Ruiz", "Ana Ruiz"]   # a page's ad line is passed over


def test_a_cue_in_the_plural_names_no_one():
    text = ('Rosalind Achterhof-Mbeki lends seeds, she explained, because "lending makes it a relationship." '
            'Borrowers agree to grow the seeds out and return some. "You become part of the chain," she said.')
    assert [q.speaker for q in find_quotes(text)] == ["Rosalind Achterhof-Mbeki", "Rosalind Achterhof-Mbeki"]


def test_an_organizer_a_who_clause_describes_speaks_not_the_sentences_subject():
    text = ("Dolores Fenwick-Amaru was a steward in 1974.\n\n"
            "She remembered a union organizer from the city who climbed onto a fish crate and told the strikers: "
            '"They can replace one of you, but they cannot replace all of you."')
    assert [q.speaker for q in find_quotes(text)] == ["a union organizer"]


SAYING = """\
My mother waited on that dock for my father more nights than I can count, and she would say, \
"The strait gives you back what it wants to." I have thought about that all week. I said, "We will \
find every one of them."
"""


def test_words_a_speaker_quotes_from_someone_else_are_not_hers(tmp_path, runner):
    source = tmp_path / "statement.txt"
    source.write_text(SAYING, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text('"The strait gives you back what it wants to," Minister Miriam Osei-Lacombe said.\n\n'
                     '"We will find every one of them," Osei-Lacombe said.\n', encoding="utf-8")
    mothers, own = checked_quotes(runner, source, story, "--kind", "speech", "--speaker", "Miriam Osei-Lacombe")
    assert mothers["verdict"] == "misattributed" and "quoting_another" in mothers["flags"]
    assert own["verdict"] == "exact" and own["flags"] == []   # "I said, “…”": her own words
