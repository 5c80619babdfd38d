"""Sources that review 24's held-out library refused or read as no one's (session 42): a
transcription service's CSV export, a Bluesky thread's JSON (a post quoted inside another), and a
public-records release of emails with a cover page, page stamps and redactions.  The sources are
written for these tests."""

from __future__ import annotations

import json

import pytest

from desk.extract.formats import ExtractError, read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes, passages_by_opening

_said = passages_by_opening


CSV = '''"Speaker Name","Start Time","End Time","Text"
"Odile Brandvold","00:00:04","00:00:31","Okay. If everybody could find a seat, we'll get started. Thank you for coming."
"Odile Brandvold","00:00:31","00:00:58","Tonight is about answers, and where we don't have them, I'll say so."
"Speaker 3","00:01:02","00:01:40","Good evening. My name is Teodor Vass, I'm the plant's spokesman. We are sorry. Anyone who has bought water will be reimbursed."
"Unidentified Audience Member","00:01:40","00:01:43","Where was the backup wall?"
"Speaker 3","00:01:44","00:02:10","That is a fair question, and I don't have the answer tonight."
"Hattie Marsh","00:02:15","00:03:00","A man came to our door and told me, ""Pastor, I haven't had a glass of water since Friday."" Somebody has to"
"Hattie Marsh","00:03:00","00:03:20","carry it for them."
'''


def test_a_transcription_services_csv_export_is_read_turn_by_turn():
    said = _said("townhall.csv", CSV, "transcript")
    assert said["Okay. If everybody could"] == "Odile Brandvold"
    assert said["Good evening. My name is"] == "Teodor Vass"   # "Speaker 3" names himself
    assert said["That is a fair question,"] == "Teodor Vass"
    assert said["Where was the backup wal"] is None   # an unidentified voice is no one
    assert said["A man came to our door a"] == "Hattie Marsh"
    # a quote escaped CSV style is read with its marks; a sentence over two rows is one passage
    doc = read_document("townhall.csv", CSV.encode())
    passages = [" ".join(doc.text[s.start:s.end].split()) for s in segment(doc, "transcript")]
    assert any(p.startswith('A man came to our door and told me, "Pastor, I') for p in passages)
    assert any(p.endswith("Somebody has to carry it for them.") for p in passages)


def test_a_quote_is_checked_against_a_csv_export(tmp_path, runner):
    source = tmp_path / "townhall.csv"
    source.write_text(CSV, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“We are sorry,” Teodor Vass, the plant's spokesman, told the town hall. "
                     "“Anyone who has bought water will be reimbursed.”\n\n"
                     "“Tonight is about answers,” said Mayor Odile Brandvold.\n", encoding="utf-8")
    quotes = checked_quotes(runner, source, story, "--kind", "transcript")
    assert [q["verdict"] for q in quotes] == ["exact", "exact", "exact"]


@pytest.mark.parametrize("data", ['"Time","Notes"\n"00:01","The mayor spoke."\n', "just one line of text\n"])
def test_a_csv_without_a_speaker_and_a_text_column_is_refused_with_a_reason(data):
    with pytest.raises(ExtractError, match="speaker column and a text column"):
        read_document("figures.csv", data.encode())


def _post(author, handle, text, when, embed=None, replies=()):
    post = {"author": {"handle": handle, "displayName": author} if author else {"handle": handle},
            "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": when}}
    if embed:
        post["embed"] = {"$type": "app.bsky.embed.record#view",
                         "record": {"$type": "app.bsky.embed.record#viewRecord",
                                    "author": {"handle": embed[1], "displayName": embed[0]},
                                    "value": {"text": embed[2], "createdAt": embed[3]}}}
    return {"$type": "app.bsky.feed.defs#threadViewPost", "post": post, "replies": list(replies)}


BLUESKY = json.dumps({"thread": _post(
    "Ada Quell 🌊", "adaquell.bsky.social", "Where things stand, day 7. Clean numbers aren't answers. 1/2",
    "2025-02-14T14:05:40.000Z",
    embed=("Mayor Dionne Ashby", "mayor.example.gov", "Test results came back clean again today. We are not lifting the order yet.",
           "2025-02-14T13:50:00.000Z"),
    replies=[_post("Ron Szebo", "rszebo.bsky.social", "Ada, suing the company now is how this town ends up with nothing.",
                   "2025-02-14T14:31:55.000Z"),
             _post("Ada Quell 🌊", "adaquell.bsky.social", "I'd rather grandstand than stand around. 2/2",
                   "2025-02-14T14:09:31.000Z"),
             _post(None, "anon123.bsky.social", "Thank you for asking the questions.", "2025-02-14T14:40:02.000Z")])})


def test_a_bluesky_thread_is_each_posts_author_s_in_the_order_written():
    doc = read_document("thread.json", BLUESKY.encode())
    said = _said("thread.json", BLUESKY, "article")
    assert said["Test results came back c"] == "Dionne Ashby"   # quoted inside Ada's post: the mayor's
    assert said["Where things stand, day "] == "Ada Quell"      # the emoji is no part of her name
    assert said["Ada, suing the company n"] == "Ron Szebo"
    assert said["Thank you for asking the"] is None             # a handle alone names no one
    order = [doc.text.index(t) for t in ("Test results", "Where things", "I'd rather", "Ada, suing", "Thank you")]
    assert order == sorted(order)


RELEASE = """STATE DEPARTMENT OF ENVIRONMENTAL QUALITY
Public Records Request PRR-25-0457
Responsive records -- Installment 1 of 2

Portions of these records have been withheld under Public Records Act § 12-417(b)(3). "Each
withholding is marked in the record," the records officer wrote.

                                                        DEQ-PRR-25-0457-000001

From:     Tegner, Holly (DEQ) <holly.tegner@deq.state.example>
Sent:     Tuesday, October 22, 2024 4:51 PM
To:       Curtis Lindqvist <cl@coatings.example>
Subject:  Follow-up: Oct. 21 inspection

Curtis,

The containment wall has visible cracking along the east face. I want a written repair plan within 60 days.

Holly Tegner
Environmental Compliance Inspector II
[WITHHELD § 12-417(b)(3)]

                                                        DEQ-PRR-25-0457-000002

From:     Curtis Lindqvist <cl@coatings.example>
Sent:     Wednesday, October 30, 2024 9:14 AM
To:       Tegner, Holly (DEQ) <holly.tegner@deq.state.example>
Subject:  RE: Follow-up: Oct. 21 inspection
Attachments: repair_plan_rev1.pdf

Holly,

Understood. We're scheduling the repair for the spring shutdown in April.

Curtis
"""


def test_a_records_release_of_emails_is_each_messages_sender_s():
    said = _said("release.txt", RELEASE, "notes")
    assert said["The containment wall has"] == "Holly Tegner"   # "Tegner, Holly (DEQ)"
    assert said["Understood. We're schedu"] == "Curtis Lindqvist"
    assert not any(text.startswith(("Portions of", "Public Records", "DEQ-PRR", "[WITHHELD", "Attachments"))
                   for text in said)


LIVEBLOG = """<!DOCTYPE html><html><head><title>Water emergency: Live updates</title></head><body>
<main><h1>Water emergency: Live updates, Day 6</h1>
<div class="liveblog-feed">
<article class="entry"><time>6:41 p.m.</time><h3>CEO issues first written statement</h3>
<p>Harlow Paints chief executive Marianne Harlow released her first written statement since the spill.</p>
<p>&ldquo;We take full responsibility for the release at our Millrace Road facility,&rdquo; the statement said.</p>
<p>The statement did not say what caused the tank to fail. <span class="author">&mdash; Priya Castelo</span></p></article>
<article class="entry"><time>3:30 p.m.</time><h3>State issues notice of violation</h3>
<p>&ldquo;We issued a notice of violation this morning,&rdquo; Dr. Imelda Varga said.</p>
<p>On the water itself: &ldquo;Our latest samples show the compound below detection. That is good news.&rdquo; <span class="author">&mdash; Priya Castelo</span></p></article>
<article class="entry"><time>1:02 p.m.</time><h3>Quell: I'll keep asking</h3>
<p>Council Member Ada Quell posted again Thursday about the October inspection:</p>
<blockquote class="bluesky-embed"><p>Day 6. Still no straight answer on who signed off on that tank. I'll keep asking.</p>
&mdash; Ada Quell &#x1F30A; (<a href="https://bsky.app/profile/adaquell.bsky.social">@adaquell.bsky.social</a>) <a href="#">February 13, 2025 at 12:58 PM</a>
</blockquote></article>
<article class="entry"><time>9:05 a.m.</time><h3>Farrow to file containment bill</h3>
<p>&ldquo;This should have been the law twenty years ago,&rdquo; State Rep. Lucinda Farrow said in an interview.</p></article>
</div></main></body></html>
"""


def test_a_live_blog_is_read_entry_by_entry():
    # every entry, not the longest; the entry's writer ("— Priya Castelo") is no quote's
    # speaker; the statement is the chief executive's; an embedded post is its author's
    said = _said("liveblog.html", LIVEBLOG, "article")
    assert said["We take full responsibil"] == "Marianne Harlow"
    assert said["We issued a notice of vi"] == "Imelda Varga"
    assert said["Our latest samples show "] == "Imelda Varga"
    assert said["Day 6. Still no straight"] == "Ada Quell"
    assert said["This should have been th"] == "Lucinda Farrow"
