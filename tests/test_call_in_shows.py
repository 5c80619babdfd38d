"""A radio call-in show's callers, labelled by first name (session 38, review 16).

"CALLER 1 (MARGARET):" was stored as "Margaret", though she says "It's Margaret Quinlan"; a draft
quoting Margaret Quinlan then had every one of her accurate quotes *misattributed*.  The show is
written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

SHOW = """CKPX 980 -- THE OPEN LINE WITH BRIAR MACLEAN

BRIAR MACLEAN: Good morning, and welcome to the Open Line. Let's go straight to Margaret in Sorrel Heights.

CALLER 1 (MARGARET): Hi, Briar. It's Margaret Quinby, I'm on Tamarind Crescent. We heard the bang before we saw the fire. I went out in my slippers.

BRIAR MACLEAN: Thank you, Margaret. Arlene, you're on the Open Line.

CALLER 2 (ARLENE): Good morning. I'm a nurse and I was on shift Sunday night. Everybody went home.
"""


def test_a_caller_who_names_herself_is_stored_by_her_full_name():
    doc = read_document("show.txt", SHOW.encode())
    said = {doc.text[s.start:s.end].split(".")[0]: s.speaker for s in segment(doc, "transcript")}
    assert said["Hi, Briar"] == "Margaret Quinby"
    assert said["Good morning"] in ("Briar Maclean", "Arlene")


def test_a_callers_words_credited_by_full_name_are_exact(tmp_path, runner):
    source = tmp_path / "show.txt"
    source.write_text(SHOW, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text('"We heard the bang before we saw the fire," said Margaret Quinby.\n\n'
                     '"I was on shift Sunday night," said Arlene Pruitt, a nurse.\n', encoding="utf-8")
    margaret, arlene = checked_quotes(runner, source, story, "--kind", "transcript")
    assert margaret["verdict"] == "exact"
    assert arlene["verdict"] == "exact"   # "Arlene" alone in the source may be Arlene Pruitt


def test_a_caller_known_by_a_name_no_list_holds_is_that_caller():
    # "Dev" is in no list of given names; a caller's brackets hold a name all the same
    # (before: the turn was nobody's, and a draft's "said Dev, a caller" came out not found)
    show = ("BRIAR MACLEAN: You're on the air.\n\n"
            "CALLER 2 (DEV): Yeah, hi Briar. The whole street smelled like a chemistry set for two days.\n\n"
            "CALLER 3 (ANONYMOUS): I won't give my name. Nobody phoned us.\n\n"
            "BRIAR MACLEAN: Thanks, Dev.\n")
    doc = read_document("show.txt", show.encode())
    said = {doc.text[s.start:s.end].split(".")[0]: s.speaker for s in segment(doc, "transcript")}
    assert said["Yeah, hi Briar"] == "Dev"
    assert said["I won't give my name"] is None
