"""Social-media posts copied as text (session 39, review 17).

Before, a copied thread of posts gave one passage ("watch.", a scare quote in a post) and every
accurate quote of a post was *not found*.  The posts are written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

THREAD = """Copied from the platform by the web desk on May 3, 2026.

Mayor Odile Brannigan @MayorBrannigan · May 2
Do not drink the tap water in the east end. Boiling does not help. Bottled water at the arena from noon.
[image]
212 replies  1.4K reposts  2.2K likes

Corinne Achebe @corinne_a · May 2
Replying to @MayorBrannigan
I made my son's lunch with tap water all week. ALL WEEK. When did you know?
96 replies  740 reposts  2.2K likes

Harrow Point Utilities @HarrowUtil · May 2
Replying to @corinne_a
We're so sorry. The first sample above the limit came back Sunday night.
    Mayor Odile Brannigan @MayorBrannigan · May 2
    Do not drink the tap water in the east end.
41 replies  212 reposts  1.1K likes

gullwatcher @gullwatcher_ · May 2
The bay turns green every August and everybody acts surprised.
12 replies  88 reposts  430 likes
"""


def _said(text):
    doc = read_document("thread.txt", text.encode())
    return [(doc.text[s.start:s.end], s.speaker) for s in segment(doc, "other")]


def test_each_post_is_its_accounts_words():
    said = _said(THREAD)
    by_words = {words.split(".")[0]: who for words, who in said}
    assert by_words["Do not drink the tap water in the east end"] == "Odile Brannigan"
    assert by_words["I made my son's lunch with tap water all week"] == "Corinne Achebe"
    assert by_words["We're so sorry"] == "Harrow Point Utilities"
    assert by_words["The bay turns green every August and everybody acts surprised"] is None   # a handle, no name
    assert not any("Replying to" in words or "replies" in words or "[image]" in words or "Copied from" in words
                   for words, _ in said)


def test_accurate_quotes_of_posts_are_exact(tmp_path, runner):
    source = tmp_path / "thread.txt"
    source.write_text(THREAD, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Boil-water order angers parents\n\n"
                     "\u201cI made my son\u2019s lunch with tap water all week,\u201d Corinne Achebe wrote on X.\n\n"
                     "Mayor Odile Brannigan posted: \u201cBoiling does not help.\u201d\n", encoding="utf-8")
    lunch, boiling = checked_quotes(runner, source, story, "--kind", "other")
    assert lunch["verdict"] == "exact"
    assert boiling["verdict"] == "exact"


def test_guard_a_transcript_or_article_that_cites_posts_is_read_as_before():
    """Second reader (session 39): a radio transcript whose host reads out two posts gave every
    later turn to the last post's account; a release signed with its accounts lost its quotes."""
    show = ("HOST: Mayor Odile Brannigan joins us. First, what listeners posted.\n\n"
            "Corinne Achebe @corinne_a · May 2\nI made my son's lunch with tap water all week.\n\n"
            "Tom Becker @tbecker · May 2\nWhy did nobody tell us?\n\n"
            "HOST: What do you say to them?\n\n"
            "BRANNIGAN: I understand the frustration, and I share it.\n")
    said = {words: who for words, who in _said(show)}
    assert said["I understand the frustration, and I share it."] != "Tom Becker"
    release = ("HARROW POINT - The town extended the boil-water order on Tuesday.\n\n"
               "\u201cWe will not lift this order until the science says so,\u201d said Mayor Odile Brannigan.\n\n"
               "Follow us:\nTown of Harrow Point @HarrowPoint \u00b7 Official account\n"
               "Harrow Point Fire @HarrowFire \u00b7 Updates daily\n")
    doc = read_document("release.txt", release.encode())
    said = [(doc.text[s.start:s.end], s.speaker) for s in segment(doc, "release")]
    assert any("until the science says so" in words and who == "Odile Brannigan" for words, who in said)
