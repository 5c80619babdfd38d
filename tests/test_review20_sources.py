"""Sources that review 20's held-out library read wrong (session 40): SAMI captions and a
diarized transcription's JSON (both refused before), a team's flash-quotes sheet, an agreed
statement of facts (numbered paragraphs wrapping, emails set off in blocks), a coroner's verdict
as a web page (a table, block quotations), and a caption label that names no one until its
voice names itself.  The sources are written for these tests."""

from __future__ import annotations

import json

import pytest

from desk.extract.formats import ExtractError, read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes, passages_by_opening

_said = passages_by_opening


SAMI = """<SAMI>
<HEAD><TITLE>NEWS AT SIX</TITLE></HEAD>
<BODY>
<SYNC Start=1000><P Class=ENUSCC>&gt;&gt; ANCHOR: GOOD EVENING.<br>I'M ANNA REYES. THE RIVER
<SYNC Start=3900><P Class=ENUSCC>CRESTED THIS AFTERNOON.
<SYNC Start=6100><P Class=ENUSCC>&nbsp;
<SYNC Start=6400><P Class=ENUSCC>&gt;&gt; PELLETIER: IF YOU DON&#39;T<br>HAVE TO DRIVE, DON&#39;T.
<SYNC Start=9400><P Class=ENUSCC>&gt;&gt; ANCHOR: THANKS FOR WATCHING.
</BODY>
</SAMI>
"""


def test_sami_captions_are_read():
    said = _said("news.smi", SAMI, "captions")
    assert said["IF YOU DON'T HAVE TO DRI"] == "Pelletier"
    # "ANCHOR:" names no one, and stays no one: two anchors may share the label (second reader),
    # and "I'M PRETTY SURE." in capitals is no name
    assert said["GOOD EVENING. I'M ANNA R"] is None


WHISPERX = {"language": "en", "segments": [
    {"start": 0.5, "end": 5.9, "text": " Okay, we're recording. This is Tobias Wren with Tidewater Wire.",
     "speaker": "SPEAKER_00"},
    {"start": 6.2, "end": 9.0, "text": " Leonie, how are you feeling?", "speaker": "SPEAKER_00"},
    {"start": 9.3, "end": 14.1, "text": " Much better, thanks. The worst part now is my pride.", "speaker": "SPEAKER_01"},
    {"start": 14.4, "end": 17.0, "text": " I stopped sweating at halftime.", "speaker": "SPEAKER_01"},
]}


def test_a_diarized_transcription_s_json(tmp_path, runner):
    said = _said("interview.json", json.dumps(WHISPERX), "transcript")
    assert said["Okay, we're recording. T"] == "Tobias Wren"   # the voice names itself
    # guard (second reader): a host slating a guest is not the guest
    slate = json.loads(json.dumps(WHISPERX))
    slate["segments"][0]["text"] = " This is Leonie Vashti, March 3rd, at the training ground."
    assert _said("interview.json", json.dumps(slate), "transcript")["This is Leonie Vashti, M"] is None
    assert said["Much better, thanks. The"] is None             # SPEAKER_01 names no one
    source = tmp_path / "interview.json"
    source.write_text(json.dumps(WHISPERX), encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Keeper recovering\n\n\u201cThe worst part now is my pride,\u201d said Leonie Vashti.\n",
                     encoding="utf-8")
    [quote] = checked_quotes(runner, source, story, "--kind", "transcript")
    assert quote["verdict"] == "exact"


@pytest.mark.parametrize("name, data, says", [
    ("notes.json", '{"title": "not a transcript"}', "diarized transcript"),
    ("notes.json", "{not json", "not valid JSON"),
    ("news.smi", "<html><body>Hello</body></html>", "not a SAMI caption file"),
])
def test_a_file_of_another_kind_gets_a_clear_message(name, data, says):
    with pytest.raises(ExtractError, match=says):
        read_document(name, data.encode())


FLASH = """RIVERHAWKS FC: POSTMATCH FLASH QUOTES
Riverhawks 2, Harbour City 1

-----

RIVERHAWKS HEAD COACH ANA RUIZ

On the result:
Three points in that heat, I'll take them.

On the kickoff time:
Nobody should be kicking off at three o'clock in July.

-----

HARBOUR CITY CAPTAIN TOM HALE (scored in the 58th minute)

On the heat:
By the 70th minute I couldn't feel my feet.

-----

MATCH NOTES
Cooling breaks were taken in the 30th and 75th minutes.
"""


def test_a_flash_quotes_sheet_is_each_header_s_person():
    said = _said("flash.txt", FLASH, "transcript")
    assert said["Three points in that hea"] == "Ana Ruiz"
    assert said["Nobody should be kicking"] == "Ana Ruiz"
    assert said["By the 70th minute I cou"] == "Tom Hale"
    assert said["Cooling breaks were take"] is None
    assert not any(k.startswith("On the") for k in said)


STATEMENT = """                      HARBOUR COURT OF JUSTICE

BETWEEN:
                       HIS MAJESTY THE KING
                                - and -
                           GREGOR LASKO

                      AGREED STATEMENT OF FACTS

     1.     The Defendant, Gregor Lasko, is the property manager for 41 Kittering
           Street and approves repairs for the building.

     2.     On May 27, the superintendent, Bogdan Sirko, reported by email that the
           air conditioners in two units had failed. Mr. Sirko wrote:

                Both units are dead, not repairable. Please approve two
                replacements this week, before the hot weather comes.

     3.     Mr. Lasko replied the next day: \u201cApproved in principle. Waiting
           on the owner\u2019s capital budget. Tell them the units are on order.\u201d
"""


def test_an_agreed_statement_s_wrapped_quotes_and_emails_set_off():
    said = _said("facts.txt", STATEMENT, "other")
    # a numbered paragraph's wrapped lines are one paragraph, so the quote runs across them
    assert said["Approved in principle. W"] == "Gregor Lasko"
    doc = read_document("facts.txt", STATEMENT.encode())
    assert any(" ".join(doc.text[x.start:x.end].split()).startswith("Approved in principle. Waiting on the owner")
               for x in segment(doc, "other"))
    # the email set off below "Mr. Sirko wrote:" is his, in full
    assert said["Both units are dead, not"] == "Bogdan Sirko"


VERDICT_PAGE = """<html><head><title>Verdict of Coroner's Jury: Walter Pryce</title></head><body><main>
<h1>Verdict of Coroner's Jury</h1>
<table><tr><th>Surname</th><td>Pryce</td></tr><tr><th>Given names</th><td>Walter Edmund</td></tr></table>
<p>The building superintendent, Bogdan Sirko, testified about the ninth floor. Mr. Sirko described the corridor:</p>
<blockquote><p>When the power went off the corridor was like a bread oven.</p></blockquote>
<p>His daughter said Mr. Pryce told her, \u201cDon\u2019t fuss, I\u2019ve got the fan going.\u201d</p>
</main></body></html>
"""


def test_a_verdict_page_s_table_and_block_quotation():
    said = _said("verdict.html", VERDICT_PAGE, "other")
    assert said["When the power went off "] == "Bogdan Sirko"
    assert said["Don\u2019t fuss, I\u2019ve got the"] == "Pryce"   # a table row ("Surname | Pryce") is no name


def test_a_restart_over_a_caption_line_break_is_said_once():
    """"IT'S THE," ¶ "THE, THE SENIOR ON THE NINTH FLOOR" in captions, printed "It's the senior on
    the ninth floor": before, a misquote (a line break after a comma stopped the restart)."""
    from desk.match.normalize import tokenize
    from desk.match.speech import normalise_speech

    def words(text):
        return normalise_speech(tokenize(text), text).words

    assert words("IT'S THE,\nTHE, THE SENIOR ON THE FLOOR") == words("It's the senior on the floor")
    # guard: two sentences over a line break stay two
    assert words("what we do.\nWe do it") == ["what", "we", "do", "we", "do", "it"]
