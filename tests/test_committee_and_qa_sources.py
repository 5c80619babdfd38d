"""Sources a second reader wrote in session 34: a committee's record that names its chair once, a
magazine's Q&A whose answers carry no label, a minister's statement with its sign-off and press
contact, a release's "About" section, and a speaker quoting someone else's words.

Each asserts what the editor sees: who a passage is stored as, or the verdict and flag a quote
gets when checked through the CLI against the ingested source.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("framing", [
    "Minister Miriam Osei-Lacombe said that for her mother, ",
    "Minister Miriam Osei-Lacombe recalled what her mother used to say: ",
    "Quoting her mother, Minister Miriam Osei-Lacombe said, ",
    "Quoting an old neighbour, Minister Miriam Osei-Lacombe said, ",
    "Minister Miriam Osei-Lacombe, in the words of the harbour's fishermen, said: ",
])
def test_a_relatives_words_the_story_says_are_passed_on_are_not_misattributed(tmp_path, runner, framing):
    """Review 13 (session 37): "Abara said that for her father, “…”" is the speaker's faithful
    account of her father's words, as the story itself says: flagged, not misattributed.  So are
    words the story says she quotes from anyone ("quoting an old neighbour", session 38)."""
    source = tmp_path / "statement.txt"
    source.write_text(SAYING, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(framing + '"The strait gives you back what it wants to."\n', encoding="utf-8")
    [mothers] = checked_quotes(runner, source, story, "--kind", "speech", "--speaker", "Miriam Osei-Lacombe")
    assert mothers["verdict"] == "exact" and "quoting_another" in mothers["flags"]


@pytest.mark.parametrize("framing", [
    "Citing the ferry's mounting losses, Minister Miriam Osei-Lacombe said, ",
    "Minister Miriam Osei-Lacombe, citing a poll released Monday, told reporters: ",
    "Quoting figures from her department, Minister Miriam Osei-Lacombe said, ",
])
def test_a_reason_or_a_document_cited_is_no_framing_of_someone_elses_words(tmp_path, runner, framing):
    """Guard (second reader, session 38): "citing" gives a reason, and "quoting figures" quotes no
    one: the mother's words credited to the minister stay misattributed."""
    source = tmp_path / "statement.txt"
    source.write_text(SAYING, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(framing + '"The strait gives you back what it wants to."\n', encoding="utf-8")
    [mothers] = checked_quotes(runner, source, story, "--kind", "speech", "--speaker", "Miriam Osei-Lacombe")
    assert mothers["verdict"] == "misattributed" and "quoting_another" in mothers["flags"]


RECORD = """\
Mr. BRACKENRIDGE. Mr. President, I rise in support of S. 611. Ninety days. Not ninety weeks.

Mr. President, I have received a letter from the manager of the Lost Creek Water District, and I ask \
unanimous consent that it be printed in the Record.

There being no objection, the material was ordered to be printed in the Record, as follows:

LOST CREEK WATER DISTRICT,
Meeteetse Junction, WY, February 22, 2027.

Dear Senator BRACKENRIDGE: I have managed this district for sixteen years. We are not asking for a \
handout. We are asking for a single form.

Sincerely,
ABIGAIL THORSBY-QUELL,
General Manager.

Mr. BRACKENRIDGE. Mr. President, I yield the floor.

The PRESIDING OFFICER. The Senator from New Mexico.

Ms. ALVARADO-PIKE. Mr. President, I thank my friend from Wyoming.
"""


def test_a_letter_printed_in_the_record_is_its_signers_not_the_senators(tmp_path, runner):
    assert [who for who, _, text in turns(RECORD) if "handout" in text] == ["Abigail Thorsby-Quell"]
    assert [who for who, _, text in turns(RECORD) if "Ninety days" in text or "yield the floor" in text] == [
        "Brackenridge", "Brackenridge"]
    source = tmp_path / "record.txt"
    source.write_text(RECORD, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text('"We are not asking for a handout. We are asking for a single form," Abigail Thorsby-Quell '
                     'wrote.\n\n"I have managed this district for sixteen years," Sen. Garrett Brackenridge said.\n',
                     encoding="utf-8")
    hers, his = checked_quotes(runner, source, story, "--kind", "transcript")
    assert hers["verdict"] == "exact"
    assert his["verdict"] == "misattributed"


def test_a_transcripts_media_contact_after_its_end_mark_is_no_ones():
    text = ("MODERATOR: Good morning. The minister will make a statement.\n\n"
            "MINISTER TREMBLAY-NWOSU: This is not acceptable.\n\n"
            "MODERATOR: Thank you, everyone.\n\n-30-\n\n"
            "Media contact: Aurelie Banerjee-Holt, Director of Communications, 555-0142\n")
    assert not [t for _, _, t in turns(text) if "Media contact" in t]


def test_a_councillors_abbreviated_title_is_dropped_for_the_full_name_the_record_gives():
    text = ("Present: Mayor Yolanda Abernathy-Gray; Councillors Anand Patel-Rourke (Ward 4), Margit Oduya-Fenn\n\n"
            "MAYOR ABERNATHY-GRAY: Questions. Councillor Patel-Rourke.\n\n"
            "COUN. PATEL-ROURKE: So we'd be approving a policy we haven't funded.\n\n"
            "COUN. ODUYA-FENN: I'm tired of giving that answer.\n")
    assert [who for who, _, _ in turns(text)] == ["Yolanda Abernathy-Gray", "Anand Patel-Rourke", "Margit Oduya-Fenn"]


INTERVIEW = """\
MAREN OSTERGAARD-VAIL, HOST: Good morning. Joining me now is Governor Tobias Wren-Achebe.

GOV. TOBIAS WREN-ACHEBE (D), NEW SUFFOLK: Thanks for having me, Maren.

OSTERGAARD-VAIL: The teachers' federation put out a statement overnight. This is from the president, \
Delphine Okonkwo-Marsh. Quote, "The governor keeps telling parents there are no teachers. There are \
thousands of teachers," end quote. What do you say to that?

WREN-ACHEBE: I'd say Delphine and I agree on more than that statement suggests.
"""


def test_a_statement_a_host_reads_out_is_flagged_as_another_persons(tmp_path, runner):
    source = tmp_path / "interview.txt"
    source.write_text(INTERVIEW, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text('"There are thousands of teachers," Maren Ostergaard-Vail said.\n\n'
                     '"I\'d say Delphine and I agree on more than that statement suggests," Gov. Tobias '
                     'Wren-Achebe said.\n', encoding="utf-8")
    read_out, own = checked_quotes(runner, source, story, "--kind", "transcript")
    # the host did say them on air, and a story may credit the one who read them out; the flag
    # tells the editor whose words they first were
    assert read_out["verdict"] == "exact" and "quoting_another" in read_out["flags"]
    assert own["verdict"] == "exact" and "quoting_another" not in own["flags"]


def test_a_speech_keeps_a_heading_with_hashes_and_a_sentence_about_more_information():
    text = ("Thank you all for coming.\n\n### The road ahead\n\nWe will go on.\n\n"
            "For more information on the plan, I urge you to read it.\n\n-30-\n\nContact: Ann Lee, 555-0100\n")
    got = [t for _, _, t in turns(text, kind="speech", speaker="Ann Hale")]
    assert got[-1].startswith("For more information on the plan") and not any("Contact" in t for t in got)


def test_a_credit_with_a_colon_names_no_answerer():
    text = ("Deposition of the harbour master. Reported by: Jane Roe, court reporter.\n\n"
            "Q. Where were you?\n\nOn the dock.\n\nQ. And then?\n\nI went home.\n")
    assert {who for who, role, _ in turns(text, kind="interview") if role != ROLE_QUESTIONER} == {None}


def test_let_me_say_is_the_speakers_own_words(tmp_path, runner):
    source = tmp_path / "speech.txt"
    source.write_text('Let me say, "We will never abandon the fishery or the people who work in it."\n',
                      encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text('"We will never abandon the fishery or the people who work in it," Premier Ann Hale said.\n',
                     encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "speech", "--speaker", "Ann Hale")
    assert quote["verdict"] == "exact" and quote["flags"] == []
