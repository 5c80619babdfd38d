"""Sources that review 19's held-out library read wrong (session 40): a tribunal's decision with
testimony set off in blocks, a Teams transcript saved as text, and a legislature's question
period that labels ministers by portfolio.  Before, the testimony was the tribunal member's
words (or nobody's), the Teams turns were one caller's, and the ministers' answers went to the
member who asked.  The sources are written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

DECISION = """                  HARBOUR LABOUR RELATIONS BOARD

Citation:    Okafor v Tidewater Freight Ltd, 2026 HLRB 12
Date:        March 3, 2026

Between:     Daniel Okafor, Complainant
             - and -
             Tidewater Freight Ltd., Respondent

Before:      Miriam Castellano, Vice-Chair

                                    DECISION

[1]    The complainant, Daniel Okafor, drove for the respondent until he was
dismissed in November. He says he was dismissed for refusing unsafe work.

[2]    On October 2, his dispatcher, Lena Brandt, received a message from
Mr. Okafor:

            The brakes on unit 14 are soft again. I will not take it over
            the pass until somebody looks at them.

[3]    Ms. Brandt testified that she passed the message on. Asked whether
anyone looked at the brakes, Ms. Brandt said:

            Not that week. We had nobody in the shop.

[4]    Mr. Hale submitted that the dismissal was for attendance. He argued:

            Attendance is attendance, whatever else was going on.

[5]    I find that the refusal was part of the reason for the dismissal.

                                        (signed) Miriam Castellano
                                        Miriam Castellano, Vice-Chair
"""


def _said(doc_name: str, text: str, kind: str) -> dict[str, str | None]:
    doc = read_document(doc_name, text.encode())
    return {" ".join(doc.text[s.start:s.end].split())[:24]: s.speaker for s in segment(doc, kind)}


def test_testimony_set_off_in_a_decision_is_the_witness_s():
    said = _said("decision.txt", DECISION, "other")
    assert said["The brakes on unit 14 ar"] == "Daniel Okafor"   # "a message from Mr. Okafor:"
    assert said["Not that week. We had no"] == "Lena Brandt"     # "Ms. Brandt said:"
    assert said["Attendance is attendance"] == "Hale"            # "He argued:" after "Mr. Hale submitted"
    assert said["I find that the refusal "] == "Miriam Castellano"   # the member who heard it
    assert not any(k.startswith("(signed)") for k in said)


def test_a_quote_of_the_testimony_is_the_witness_s_not_the_board_member_s(tmp_path, runner):
    source = tmp_path / "decision.txt"
    source.write_text(DECISION, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Driver wins reprisal case\n\n"
                     "\u201cNot that week. We had nobody in the shop,\u201d dispatcher Lena Brandt testified.\n\n"
                     "\u201cNot that week,\u201d Miriam Castellano wrote.\n", encoding="utf-8")
    first, second = checked_quotes(runner, source, story, "--kind", "other")
    assert first["verdict"] == "exact"
    assert second["verdict"] != "exact"


def test_guard_an_indented_block_no_one_introduces_is_no_one_s():
    text = DECISION.replace("Ms. Brandt testified that she passed the message on. Asked whether\n"
                            "anyone looked at the brakes, Ms. Brandt said:",
                            "The shop log for that week was produced. It reads, in full:")
    said = _said("decision.txt", text, "other")
    assert said["Not that week. We had no"] is None


TEAMS = """Harbour Transit Advisory Panel-20260311_180204-Meeting Transcript
March 11, 2026, 10:02PM

Ruiz, Ana started transcription

Ruiz, Ana   0:04
Welcome, everybody. I'm Ana Ruiz and I chair this panel for the city.

Hale, Tom (Harbour Transit)   1:02
Thank you, Ana. The new schedule starts in April, and no route loses service.

Ruiz, Ana   3:40
Let's go to the phones. Call-in user 3, you're unmuted.

Call-in User_3   4:03
Hi, can you hear me? This is Mary Beth Okoro, I live on Quarry Lane. Route 9 is my only bus.

Hale, Tom (Harbour Transit)   4:48
Route 9 keeps its hourly service. I can promise that tonight.

Call-in User_5   5:10
Yeah, I just want to say the buses are always late.

Ruiz, Ana stopped transcription
"""


def test_a_teams_transcript_saved_as_text():
    said = _said("panel.txt", TEAMS, "transcript")
    assert said["Welcome, everybody. I'm "] == "Ana Ruiz"
    assert said["Thank you, Ana. The new "] == "Tom Hale"
    assert said["Route 9 keeps its hourly"] == "Tom Hale"
    assert said["Hi, can you hear me? Thi"] == "Mary Beth Okoro"   # the caller names herself
    assert said["Yeah, I just want to say"] is None                 # a caller who does not
    assert not any("transcription" in k for k in said)


QUESTION_PERIOD = """LEGISLATIVE ASSEMBLY -- ORAL QUESTION PERIOD (UNOFFICIAL)

Ministers are identified by portfolio:
  The Premier ............................................ Hon. Lucien Thorvald
  The Minister of Labour and Workplace Safety ............ Hon. Raymond Kealey
  The Speaker ............................................ Hon. Marjorie Pike

The Speaker: Oral questions. The Member for St. Audric Centre.

Ms. Solberg: Madam Speaker, how many times did the ministry's inspectors visit the plant?

The Minister of Labour and Workplace Safety: Madam Speaker, inspectors attended the site on July 9 and issued two orders.

Ms. Solberg: Two orders. Did anybody from the ministry ever go back?

The Minister of Labour and Workplace Safety: Compliance with both orders was confirmed in writing.

The Premier: Madam Speaker, the fire marshal is investigating.
"""


def test_ministers_labelled_by_portfolio_are_the_ones_the_key_names():
    said = _said("qp.txt", QUESTION_PERIOD, "transcript")
    assert said["Madam Speaker, inspector"] == "Raymond Kealey"
    assert said["Compliance with both ord"] == "Raymond Kealey"
    assert said["Madam Speaker, the fire "] == "Lucien Thorvald"
    assert said["Oral questions. The Memb"] == "Marjorie Pike"
    assert said["Two orders. Did anybody "] == "Solberg"


RADIO_LOG = """HARBOUR FIRE DEPARTMENT
RADIO TRANSCRIPT - INCIDENT 26-0411. RELEASED UNDER FREEDOM OF INFORMATION.

LEGEND
  DISP    HARBOUR EMERGENCY COMMUNICATIONS CENTRE (DISPATCHER NAME SEVERED)
  BC2     BATTALION CHIEF OLIVE PARSONS - INCIDENT COMMANDER
  E7      ENGINE 7, CAPT. MARTIN DOYLE
  E9      ENGINE 9 (OFFICER NOT IDENTIFIED ON RECORDING)

TIME      CH    FROM  TO    TRANSMISSION
02:10:08  FD1   DISP  ALL   STRUCTURE FIRE, 12 QUAY STREET. CALLER REPORTS SMOKE FROM THE
                            LOADING DOOR.
02:14:40  TAC2  BC2   ALL   BC2 ON SCENE. NOBODY GOES IN THAT BUILDING UNTIL I SAY SO.
02:15:02  TAC2  E7    BC2   E7 COPIES. WE'LL TAKE THE EAST SIDE.
02:16:18  TAC2  E9    BC2   COMMAND, E9. WATER IN THE DITCH IS FIZZING.
02:16:31  TAC2  BC2   E9    COPY. KEEP YOUR PEOPLE UPHILL OF IT AND
                            STAY OUT OF THAT WATER.
[PORTION SEVERED]
"""


def test_a_radio_log_row_is_its_unit_s_and_the_legend_says_who():
    said = _said("log.txt", RADIO_LOG, "transcript")
    assert said["COPY. KEEP YOUR PEOPLE U"] == "Olive Parsons"   # wrapped line and all
    assert said["E7 COPIES. WE'LL TAKE TH"] == "Martin Doyle"
    assert said["COMMAND, E9. WATER IN TH"] is None                # the legend names no one
    assert said["STRUCTURE FIRE, 12 QUAY "] is None                # a centre, not a person
    assert not any("LEGEND" in k or "PORTION" in k for k in said)


def test_words_a_story_gives_the_wrong_officer_are_misattributed(tmp_path, runner):
    """Before, the whole log was one passage nobody said: any officer credited with words in it
    was *exact*."""
    source = tmp_path / "log.txt"
    source.write_text(RADIO_LOG, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Quay Street fire\n\n"
                     "\u201cKeep your people uphill of it and stay out of that water,\u201d Capt. Martin Doyle radioed.\n\n"
                     "\u201cNobody goes in that building until I say so,\u201d Battalion Chief Olive Parsons said.\n",
                     encoding="utf-8")
    first, second = checked_quotes(runner, source, story, "--kind", "transcript")
    assert first["verdict"] == "misattributed"
    assert second["verdict"] == "exact"


RELEASE = """FOR IMMEDIATE RELEASE

HOLM CALLS FOR PAUSE ON BATTERY PERMITS

DANFORTH - Renata Holm, a candidate for the State Senate, today called for a pause on new permits.
She was joined by retired fire captain Gus Ferrante.

Quote from Renata Holm, candidate for State Senate:

"Danforth deserves a vote, not a sales pitch. Nobody has written the plan for who knocks on the doors. That should be the first page of the application, not the last.

"No worker should lose their job for telling the truth about a safety problem."

Quote from Gus Ferrante, retired captain:

"I've been to a battery fire. You don't fight it, you babysit it."

-30-
"""


def test_a_release_s_quote_given_to_the_wrong_person_is_misattributed(tmp_path, runner):
    """The release names Holm as the one quoted; a story giving her words to Ferrante, whom the
    release names just before, is *misattributed*.  Before: *exact*, read as Ferrante's words
    quoted by someone (his name stood within 250 characters) or as the release body's."""
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Holm wants permit pause\n\n"
                     "Gus Ferrante backed her. He said the plan \u201cshould be the first page of the application, "
                     "not the last.\u201d\n\n"
                     "\u201cYou don\u2019t fight it, you babysit it,\u201d Ferrante said.\n", encoding="utf-8")
    first, second = checked_quotes(runner, source, story, "--kind", "release")
    assert first["verdict"] == "misattributed"
    assert second["verdict"] == "exact"


def test_a_false_start_ending_on_an_article_is_said_once():
    """"That's not a threat, that's a, that's a condition." in a reporter's scrum notes, printed
    "That's not a threat, that's a condition": before, a misquote (a run ending on "a" was not
    read as a restart)."""
    from desk.match.normalize import tokenize
    from desk.match.speech import normalise_speech

    def words(text):
        return normalise_speech(tokenize(text), text).words

    assert words("That's not a threat, that's a, that's a condition.") == words("That's not a threat, that's a condition.")
    # guard: rhetoric said twice on purpose stays twice
    assert words("a long, long road") == ["a", "long", "long", "road"]
