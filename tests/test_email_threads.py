"""A forwarded email thread is read message by message (session 38, review 15).

A source forwarded the whole thread to the reporter; ingest refused it ("no quoted speech was
found") as a source of kind other, and as one voice it would have made every message the
forwarder's.  Each message is now its sender's: the ``From:`` line, or the "On …, Name wrote:"
line over the ``>`` lines.  The thread is written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

THREAD = """From: Sam Rutherford <sam.home@postbox.example>
To: Abby Strand <astrand@courier.example>
Date: Mon, Apr 13, 2026 at 8:14 PM
Subject: Fwd: RE: north pile

Abby,

Here is the thread I told you about. I left the company on March 31.

Sam

---------- Forwarded message ---------
From: Sam Rutherford <srutherford@harrowby.example>
Date: Thu, Mar 19, 2026 at 10:26 AM
Subject: RE: north pile
To: Graham Tollington <gtollington@harrowby.example>

Graham,

With respect, I don't think this is a paperwork issue. I recommended we stop receiving batteries until the pile is under 600 tonnes.

--
Sam Rutherford
Compliance Lead

On Thu, Mar 19, 2026 at 7:02 AM, Graham Tollington <gtollington@harrowby.example> wrote:
> Bev,
>
> Thanks for flagging. We are not shutting down a profitable line over a paperwork issue.
> Eastgate is carrying us right now.
>
> Graham
>
> On Wed, Mar 18, 2026 at 4:47 PM, Kozlak, Beverly <bkozlak@harrowby.example> wrote:
>> Graham,
>>
>> The north pile is at roughly 1,300 tonnes against a permitted 600. That is more than double.
>>
>> Bev
>>
>> --
>> Beverly Kozlak | Plant Manager
"""


def passages(text):
    doc = read_document("thread.txt", text.encode())
    return [(s.speaker, " ".join(doc.text[s.start:s.end].split())) for s in segment(doc, "other")]


def test_each_message_of_a_thread_is_its_senders():
    got = passages(THREAD)
    assert [who for who, _ in got] == ["Sam Rutherford", "Sam Rutherford", "Graham Tollington", "Beverly Kozlak"]
    assert got[2][1] == ("Thanks for flagging. We are not shutting down a profitable line over a paperwork issue. "
                         "> Eastgate is carrying us right now.")
    text = " ".join(t for _, t in got)
    for furniture in ("Compliance Lead", "Plant Manager", "Graham,", "From:", "Forwarded", "wrote:"):
        assert furniture not in text


def test_quotes_from_a_thread_are_checked_against_each_sender(tmp_path, runner):
    source = tmp_path / "thread.txt"
    source.write_text(THREAD, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(
        '"We are not shutting down a profitable line over a paperwork issue," chief executive Graham '
        'Tollington wrote to the plant manager.\n\n'
        '"The north pile is at roughly 1,300 tonnes against a permitted 600," plant manager Beverly Kozlak wrote.\n\n'
        '"Eastgate is carrying us right now," Sam Rutherford wrote.\n', encoding="utf-8")
    ceo, manager, forwarder = checked_quotes(runner, source, story, "--kind", "other")
    assert ceo["verdict"] == "exact" and manager["verdict"] == "exact"
    assert forwarder["verdict"] == "misattributed"   # the chief executive's words, not the forwarder's


def test_guard_a_single_emailed_statement_is_no_thread():
    text = ("From: Priya Castell <pc@utility.example>\nSubject: Statement\n\n"
            "The utility regrets the outage and will credit every customer.\n")
    doc = read_document("statement.txt", text.encode())
    assert [s.speaker for s in segment(doc, "speech", "Priya Castell")] == ["Priya Castell"]
