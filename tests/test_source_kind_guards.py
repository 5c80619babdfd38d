"""Guards a second reader wrote against session 36's readers of emailed replies, court reasons,
chats and reported words: ordinary copy that looks a little like them must be read as before.

Each asserts what the editor sees: who a passage is stored as, who a draft's quote is given to,
or the verdict a quote gets when checked through the CLI.  The texts are written for these tests.
"""

from __future__ import annotations

from desk.extract.model import Document
from desk.extract.quotes import find_quotes
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes


def turns(text: str, kind: str = "transcript", speaker: str | None = None):
    return [(s.speaker, text[s.start:s.end]) for s in segment(Document(text=text, format="txt"), kind, speaker)]


def test_a_story_with_numbered_endnotes_is_no_court_decision():
    text = ("Province releases review of rural ambulance times\n\n"
            "“Every minute matters when you live two hours from a hospital,” Health Minister Adaeze Okafor said.\n\n"
            "Sources:\n[1] Ministry of Health, Rural Response Review, 2026.\n[2] Statistics Canada.\n"
            "[3] Marsh, J. and Okoye, P. (2024). Rural EMS in Canada.\n")
    assert turns(text, "article") == [("Adaeze Okafor", "Every minute matters when you live two hours from a hospital,")]


def test_the_writing_judge_is_the_one_the_header_names_not_anyone_delivered_by_in_the_reasons():
    text = ("COURT OF APPEAL FOR HALBROOK\n\nBEFORE: Tran, Oyelowo-Marsh and Brightwater JJ.A.\n\n"
            "REASONS FOR JUDGMENT OF THE HONOURABLE MADAM JUSTICE TRAN\n\n"
            "[1] The appellant was convicted of dangerous driving.\n\n"
            "[2] The summons was delivered by Constable Reyes, who testified at trial.\n\n"
            "[3] We find no error. The appeal is dismissed.\n")
    assert {who for who, _ in turns(text, "article")} == {"Tran"}


def test_a_question_and_its_answer_on_the_next_line_are_the_reporters_and_the_senders():
    text = ("From: Priya Castellanos-Whitford <pcw@utility.example>\nSubject: RE: Media request\n\n"
            "2. The union says operators were told to silence the alarms. Is that true?\n"
            "Response: No. No operator has ever been told to silence an alarm.\n")
    assert turns(text, "notes") == [
        (None, "2. The union says operators were told to silence the alarms. Is that true?"),
        ("Priya Castellanos-Whitford", "No. No operator has ever been told to silence an alarm.")]


def test_a_release_sent_by_email_is_read_as_a_release():
    text = ("From: Halbrook Water Communications <media@halbrookwater.example>\nSent: Tuesday, March 3, 2026\n"
            "Subject: NEWS RELEASE: upgrade complete\n\nFOR IMMEDIATE RELEASE\n\n"
            "“Residents can trust the water coming out of their taps,” said CEO Marguerite Olufemi-Kerr.\n\n"
            "Media contact:\nPriya Castellanos-Whitford\n")
    assert turns(text, "release") == [("Marguerite Olufemi-Kerr", "Residents can trust the water coming out of their taps,")]


def test_a_chat_message_about_messages_is_no_title():
    text = ("[9:14 PM] Odile: check your messages\n[9:15 PM] Marcus: they closed it at 8\n"
            "[9:16 PM] Odile: my neighbour is 81 and she had nowhere to go\n[9:18 PM] Marcus: nobody picked up\n")
    assert ("Odile", "my neighbour is 81 and she had nowhere to go") in turns(text)


def test_a_surname_label_stays_the_one_of_that_surname():
    text = ("GRANT HOLLIS: Welcome back to The Harbour Hour.\nMAYA GRANT: Thanks for having me, Grant.\n"
            "GRANT HOLLIS: How long is the waitlist now?\nGRANT: About four thousand families are on it.\n"
            "HOLLIS: That is a staggering number.\n")
    assert ("Maya Grant", "About four thousand families are on it.") in turns(text)


def test_a_witness_called_heard_is_a_label():
    text = ("Testimony of Amber Heard, May 16\n\nROTTENBORN: What happened next?\n"
            "HEARD: He threw the phone at the wall and then he left.\nROTTENBORN: Were you afraid?\n")
    assert ("Amber Heard", "He threw the phone at the wall and then he left.") in turns(text)


def test_an_elder_by_title_is_that_person_not_the_older_relative():
    text = ("Elder Mary Haskins, 58, led the opening prayer. Her father, Ron Haskins, 83, helped build the lodge.\n\n"
            "“This place holds our grandchildren's future,” Elder Haskins said.")
    assert [q.speaker for q in find_quotes(text)] == ["Mary Haskins"]


def test_a_document_noun_of_a_trades_ending_is_no_voice():
    text = ("Councillor Dale Whitcombe is running for a third term.\n\nA disclaimer at the bottom of the flyer says it "
            "was paid for by a group called Ratepayers First. “I have never heard of them,” he said.")
    assert [q.speaker for q in find_quotes(text)] == ["Dale Whitcombe"]


def test_a_short_title_case_quote_before_the_films_director_is_a_quote():
    quotes = find_quotes("“Thank You, Halbrook,” the film's director, Ines Varga, told the sold-out crowd.")
    assert [(q.speaker, q.skipped) for q in quotes] == [("Ines Varga", None)]


def test_the_speakers_own_message_is_theirs_though_they_forwarded_others(tmp_path, runner):
    source = tmp_path / "interview.txt"
    source.write_text("REPORTER: What did you do when the heat went out?\nODILE BRASSARD: I forwarded text after "
                      "text to the property manager. “Please fix the heat, my mother is 81 and it is nine degrees in "
                      "her room,” I wrote. Nobody answered.\nREPORTER: How long did it last?\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“Please fix the heat, my mother is 81 and it is nine degrees in her room,” Odile Brassard "
                     "wrote in one message.\n", encoding="utf-8")
    assert [(q["verdict"], q["flags"]) for q in checked_quotes(runner, source, story, "--kind", "transcript")] \
        == [("exact", [])]


DECISION = """\
COURT OF APPEAL FOR HALBROOK

BEFORE: Tran, Oyelowo-Marsh and Brightwater JJ.A.

The judgment of the Court was delivered by Tran J.A.:

[1] The appellant, Dana Marsh, was convicted of dangerous driving causing bodily harm.

[2] The crossing guard, Lena Petrovic, testified for the Crown. She said: "I saw the grey sedan run the red light at Water Street without slowing down at all."

[3] Crown counsel Ana Ruiz argued that "the appellant had every opportunity to stop before the crosswalk."

[4] We find that the trial judge made no error. The appeal is dismissed.
"""


def test_words_the_court_gives_someone_by_name_are_not_another_persons(tmp_path, runner):
    """The Crown's argument credited to defence counsel, and the guard's testimony credited to the
    appellant, are misattributed: the reasons say whose they are."""
    source = tmp_path / "decision.txt"
    source.write_text(DECISION, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Defence lawyer Paul Nkemelu, 51, argued that “the appellant had every opportunity to stop before "
                     "the crosswalk.”\n\nDana Marsh, 34, testified: “I saw the grey sedan run the red light at Water "
                     "Street without slowing down at all.”\n", encoding="utf-8")
    assert [q["verdict"] for q in checked_quotes(runner, source, story, "--kind", "article")] \
        == ["misattributed", "misattributed"]
