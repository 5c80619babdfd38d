"""A news release's own sentences are passages, credited to no one (desk/extract/releaseprose.py).

Review 4 and probe D (session 32) quoted a release's wording as the issuer's ("the health
authority said the centre is “designed to relieve pressure on the emergency department”"): only
the release's quotes were passages, so those quotes came out *not found*, a false alarm.
"""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment
from tests.conftest import checked_quotes

RELEASE = """\
FOR IMMEDIATE RELEASE
Tuesday, April 14

Northfold Health Authority opens Birchmere urgent care centre

Extended hours from Monday

BIRCHMERE - The Northfold Health Authority will open an urgent care centre in Birchmere on Monday,
designed to relieve pressure on the emergency department at Northfold General. The centre will be
open from 8 a.m. to 10 p.m. every day.

"People told us they wanted care close to home," said Rowena Castellanos-Pike, the authority's
chief executive. "This centre is our answer."

Patients who arrive with serious injuries will be sent on to the emergency department.

About the Northfold Health Authority
"Care close to home" is the promise behind everything we do. The authority runs four hospitals.

Media contact:
Ilse Varga, communications
"""


def _passages(text: str, kind: str = "release"):
    doc = read_document("r.txt", text.encode())
    return [(s.speaker, doc.text[s.start:s.end]) for s in segment(doc, kind, None)]


def test_a_releases_own_sentences_are_passages_of_no_one():
    got = _passages(RELEASE)
    assert (None, "Patients who arrive with serious injuries will be sent on to the emergency department.") in got
    assert any(who is None and "designed to relieve pressure on the emergency department" in text for who, text in got)
    assert ("Rowena Castellanos-Pike", "This centre is our answer.") in got
    words = " ".join(text for _, text in got)
    # the header, the headline, the sentence that holds a quote and the contact are no one's statement
    for left_out in ("FOR IMMEDIATE RELEASE", "opens Birchmere urgent care centre", "said Rowena",
                     "promise behind everything", "About the Northfold", "Ilse Varga"):
        assert left_out not in words
    # the About section is the authority describing itself
    assert ("Northfold Health Authority", "The authority runs four hospitals.") in got


def test_an_article_is_still_only_its_quotes():
    got = _passages(RELEASE, kind="article")
    assert ("Rowena Castellanos-Pike", "This centre is our answer.") in got
    assert not any("Patients who arrive" in text for _, text in got)


def test_a_draft_quoting_the_releases_wording_finds_it(tmp_path, runner):
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("The health authority said the centre was “designed to relieve pressure on the emergency "
                     "department at Northfold General.”\n\n“This centre is our answer,” said Rowena "
                     "Castellanos-Pike.\n\nThe authority said the centre would “never turn anyone away.”\n",
                     encoding="utf-8")
    wording, theirs, invented = checked_quotes(runner, source, story, "--kind", "release")
    assert wording["verdict"] == "exact"
    assert theirs["verdict"] == "exact" and theirs["match"]["speaker"]["name"] == "Rowena Castellanos-Pike"
    assert invented["verdict"] == "not_found"


def test_words_quoted_in_the_about_section_are_the_issuers_own():
    """Reviews 5 and 6: the release's motto, in its About section, credited to the chief executive
    came out *exact* (the words were no one's); they are the organisation's self-description."""
    got = _passages(RELEASE)
    assert ("Northfold Health Authority", "Care close to home") in got
    assert ("Rowena Castellanos-Pike", "This centre is our answer.") in got


FERRY_RELEASE = """\
FOR IMMEDIATE RELEASE

PORT ALDER, March 2, 2026 - Greyling Strait Ferry Corporation today ordered two new ferries.

"Two new ships will not fix the schedule on their own," said Callum Ferreira-Odhiambo, President and Chief
Executive Officer of Greyling Strait Ferry Corporation.

About Greyling Strait Ferry Corporation

Greyling Strait Ferry Corporation has operated ferry service since 1964. Its service promise, "Every
crossing, every season," appears on every ticket it sells.

Media contact: Ilse Varga
"""


def test_the_motto_credited_to_the_chief_executive_is_misattributed(tmp_path, runner):
    source = tmp_path / "release.txt"
    source.write_text(FERRY_RELEASE, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“Every crossing, every season,” said Callum Ferreira-Odhiambo, the chief executive.\n\n"
                     "“Every crossing, every season,” the ferry corporation says on its tickets.\n", encoding="utf-8")
    ceo, company = checked_quotes(runner, source, story, "--kind", "release")
    assert (ceo["verdict"], ceo["match"]["speaker"]["name"]) == ("misattributed", "Greyling Strait Ferry Corporation")
    assert company["verdict"] == "exact"


GRANT_RELEASE = """\
FOR IMMEDIATE RELEASE

HALDEN, Oct. 7 — Coldwater Biotech Inc. today announced a grant program.

About the Grant

The grant pays for two nurses. "We are proud," said Ana Ruiz, chief executive of Coldwater Biotech Inc.

-30-

Media contact: Ilse Varga
Ilse Varga is our media lead. Call her today.

About Coldwater Biotech Inc. (TSX: CWB)

Coldwater Biotech Inc. makes vaccines. Its motto, "Science close to home," is printed on every vial.
"""


def test_about_is_the_issuers_section_only_when_it_names_the_issuer():
    """A second reader's findings: a subhead "About the Grant" is no organisation, "-30-" and the
    media contact still close the body, and "About Coldwater Biotech Inc. (TSX: CWB)" is an About
    section."""
    got = _passages(GRANT_RELEASE)
    assert (None, "The grant pays for two nurses.") in got
    assert not any("Ilse Varga" in text for _, text in got)
    assert ("Coldwater Biotech Inc.", "Science close to home,") in got
    assert {who for who, _ in got} == {None, "Ana Ruiz", "Coldwater Biotech Inc."}
