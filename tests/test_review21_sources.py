"""Sources that review 21's held-out library read wrong or refused (session 41): YouTube's
SubViewer captions (.sbv, refused before), a Slack channel copied as text, a podcast host's
transcript export (name alone over each turn, its time on the line below), council minutes
quoting a verbatim exchange set in from the margin, a company's FAQ page in Markdown with a
signed message from its president, a school board's web page with delegations in block
quotations under a heading that names each delegate, and an open letter added as a release with
its writer named.  The sources are written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.names import display_name
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes, passages_by_opening

_said = passages_by_opening


SBV = """0:00:00.000,0:00:03.400
>> JENNA FAIRBAIRN: Okay, we're going
to get started.

0:00:03.400,0:00:07.900
>> DES ACHEAMPONG: The new section of main
is being fabricated now.

0:00:07.900,0:00:10.600
>> Director, when will it be done?

0:00:10.600,0:00:15.200
>> DES ACHEAMPONG: We expect the first
two clean samples by Thursday.
"""


def test_youtube_sbv_captions_are_read():
    said = _said("briefing.sbv", SBV, "captions")
    assert said["Okay, we're going to get"] == "Jenna Fairbairn"
    # a name in capitals whose first word is a particle elsewhere ("des") keeps its capital
    assert said["The new section of main "] == "Des Acheampong"
    assert said["We expect the first two "] == "Des Acheampong"
    assert said["Director, when will it b"] is None   # a bare ">>": a reporter the file does not name
    doc = read_document("briefing.sbv", SBV.encode())
    assert doc.format == "sbv" and doc.cues[0].t_start == 0.0 and doc.cues[-1].t_end == 15.2


def test_a_particle_opening_a_name_in_capitals_keeps_its_capital():
    assert display_name("DES ACHEAMPONG") == "Des Acheampong"
    assert display_name("JEAN DE LA FONTAINE") == "Jean de la Fontaine"


SLACK = """#water-ops-incident  (Ashcombe Public Utilities workspace)
Private channel · 9 members

Thursday, October 2nd

Gwen Harlow  6:58 AM
morning all. Lindell booster pressure dipped to 31 psi again overnight
:eyes: 2

Tomasz Wrobel  7:06 AM
that's the 36-inch main under Lindell Ave, I'd bet money on it
Gwen Harlow  7:09 AM
can we get a crew to do an acoustic survey today?
Tomasz Wrobel  7:11 AM
not today, both crews are on the Brisbane St job. earliest is monday (edited)
:white_check_mark: 1 :thumbsup: 3

Desmond Acheampong  8:22 AM
Thanks both. Let's keep watching the logger.
3 replies  Last reply 2 days ago
"""


def test_a_slack_channel_copied_as_text_is_a_conversation():
    said = _said("channel.txt", SLACK, "transcript")
    assert said["morning all. Lindell boo"] == "Gwen Harlow"
    assert said["not today, both crews ar"] == "Tomasz Wrobel"
    assert said["Thanks both. Let's keep "] == "Desmond Acheampong"
    doc = read_document("channel.txt", SLACK.encode())
    # the app's reactions, "(edited)" and a thread's count are not the writer's words
    assert ":eyes:" not in doc.text and "(edited)" not in doc.text and "replies" not in doc.text
    assert "earliest is monday\n" in doc.text


PODCAST = """The Ashcombe Minute
Episode 212: "Boil your water, and then what?"
Transcript exported from Podhaven.

Marisol Vega
00:00
Welcome to The Ashcombe Minute. I'm Marisol Vega. Curtis, what was Saturday like?

Curtis Ballantyne
00:41
Saturday I opened at six like always and the water was brown.

We've been closed five days now.

Marisol Vega
01:20
Has anybody from the city talked to you?

Curtis Ballantyne
01:24
A guy came by with a flyer. Nice guy.
"""


def test_a_podcast_export_names_each_turn_on_a_line_of_its_own():
    said = _said("episode.txt", PODCAST, "transcript")
    assert said["Welcome to The Ashcombe "] == "Marisol Vega"
    assert said["Saturday I opened at six"] == "Curtis Ballantyne"
    assert said["We've been closed five d"] == "Curtis Ballantyne"   # a turn runs over a blank line
    assert said["A guy came by with a fly"] == "Curtis Ballantyne"


def test_subheadings_over_a_report_s_paragraphs_are_no_turns():
    report = ("Budget Pressures\n\nThe city spent more than it planned. Costs rose.\n\n"
              "Road Repairs\n\nCrews fixed forty streets. More are planned.\n\n"
              "Budget Pressures\n\nThe gap will close next year.\n\nRoad Repairs\n\nPaving resumes in May.\n")
    doc = read_document("report.txt", report.encode())
    assert all(s.speaker is None for s in segment(doc, "transcript"))


MINUTES = """CITY OF ASHCOMBE
SPECIAL MEETING OF THE CITY COUNCIL

PRESENT: Council President Victor Szabo (presiding); Council Members Lorna Whitcombe (Ward 3), Priscilla Ngata (Ward 5).

Council Member Whitcombe asked whether staff had any warning before the break. The Clerk transcribed the exchange as follows:

[VERBATIM EXCERPT]

    WHITCOMBE: So staff saw this coming. Did anybody recommend sending a crew out?

    ACHEAMPONG: There was a discussion about an acoustic survey. I made a judgment call.

    SZABO: Let's keep this to the resolution, please.

[END OF VERBATIM EXCERPT]

Council Member Ngata said she would support the resolution. She stated that she was "not going to be the vote that leaves people without clean water" and that questions should go to a review. Council Member Whitcombe said, "Then release the parts that aren't, and let the public see what the city knew."
"""


def test_minutes_quoting_a_verbatim_exchange_go_on_in_their_own_prose():
    said = _said("minutes.txt", MINUTES, "notes")
    assert said["So staff saw this coming"] == "Lorna Whitcombe"
    assert said["Let's keep this to the r"] == "Victor Szabo"
    # the clerk's prose after the excerpt is no longer the last label's turn: its quotes are
    # their speakers', named in full from the header ("Council Members Lorna Whitcombe (Ward 3)")
    assert said["not going to be the vote"] == "Priscilla Ngata"
    assert said["Then release the parts t"] == "Lorna Whitcombe"
    assert not any(text.startswith("Council Member Ngata") for text in said)


FAQ = """# Route Suspensions: Frequently Asked Questions

*Harrow Coach Lines Ltd. · Posted October 10, 2025*

> **A message from our President, Teodora Lisk**
>
> To the families of the district: I am sorry. We did not make this decision lightly.
>
> I will not do that with your children on board.
>
> — Teodora Lisk

## Why is this happening now?

Eleven drivers have left our depot since September. That is not sustainable.
"""


def test_a_signed_message_in_a_faq_is_its_signer_s_and_the_rest_the_company_s(tmp_path, runner):
    said = _said("faq.md", FAQ, "release")
    assert said["To the families of the d"] == "Teodora Lisk"
    assert said["I will not do that with "] == "Teodora Lisk"
    assert said["Eleven drivers have left"] is None   # the company's own sentences: no one's
    assert "— Teodora Lisk" not in said and not any(text.startswith("A message from") for text in said)
    # refused before ("no quoted speech"); now stored, and a draft's quotes are found in it
    source = tmp_path / "faq.md"
    source.write_text(FAQ, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Harrow president Teodora Lisk apologized. \u201cI will not do that with your children on "
                     "board,\u201d she wrote.\n\n\u201cThat is not sustainable,\u201d the company said.\n", encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "release")
    assert [q["verdict"] for q in quotes] == ["exact", "exact"]


BOARD = """<html><head><title>Board Highlights</title></head><body><main>
<h2>Student transportation</h2>
<p>Three delegations addressed the Board on this item.</p>
<h4>Amrit Dhaliwal, parent, Kilbride Heights Public School</h4>
<blockquote><p>My son is in Grade 3. I am asking you tonight, please, do not wait.</p></blockquote>
<h4>Lyle Norquay, school bus driver, Harrow Coach Lines</h4>
<blockquote><p>I have driven a school bus for seventeen years.</p>
<p>Pay the drivers and the drivers will come back.</p></blockquote>
<h4>Next Steps for the Review</h4>
<blockquote><p>Staff will report back in November.</p></blockquote>
</main></body></html>
"""


def test_delegations_under_a_heading_that_names_them():
    said = _said("board.html", BOARD, "release")
    assert said["My son is in Grade 3. I "] == "Amrit Dhaliwal"
    assert said["Pay the drivers and the "] == "Lyle Norquay"
    assert said["Staff will report back i"] is None   # a heading that names no one


LETTER = """From: Rebecca Tannahill <council@example.org>
Subject: OPEN LETTER: no buses, and no plan

Dear Chair Osei and Trustees,

We heard the Director say that "families do not care whose contract it is." We believe her. Mayhew Transit has said publicly that it has room on its buses.

Respectfully,
Rebecca Tannahill
"""


def test_an_open_letter_added_with_its_writer_is_hers():
    said = _said("letter.txt", LETTER, "release", speaker="Rebecca Tannahill")
    assert said["We believe her. Mayhew T"] == "Rebecca Tannahill"
    assert said["families do not care who"] != "Rebecca Tannahill"   # the words she quotes stay another's
    # without a speaker named, a release's own sentences stay no one's
    assert _said("letter.txt", LETTER, "release")["We believe her. Mayhew T"] is None
