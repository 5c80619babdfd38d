"""A news release saved as text from a PDF (pdftotext), as newsrooms get them (session 39, review 17).

pdftotext keeps the PDF's lines: sentences are hard-wrapped, words are hyphenated at the margin
("dis-" ¶ "ruptive"; "neigh-" ¶ "bour", which must read as the story's "neighbour" in any
spelling), each page ends with a form feed, and the running head and "Page 1 of 2" foot stand
between the two halves of a quote that runs over the page break.  Before, accurate quotes with
such a word were misquotes, and the quote over the page break was not found.  The release is
written for these tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.match.normalize import tokenize
from tests.conftest import checked_quotes

RELEASE = (
    "TOWN OF HARROW POINT\n"
    "4 Civic Square, Harrow Point  |  harrowpoint.example\n"
    "\n"
    "NEWS RELEASE\n"
    "\n"
    "HARROW POINT - The town has extended the boil-water order for the east end.\n"
    "\n"
    "\u201cI know this order is frustrating, and I know it is dis-\n"
    "ruptive for every family and every neigh-\n"
    "bour on the east side,\u201d said Mayor Odile\n"
    "Brannigan. \u201cThe crews are flushing the mains every night, and we\n"
    "will not lift the order until two clean samples come back from\n"
    "\n"
    "Town of Harrow Point \u2013 News Release                Page 1 of 2\n"
    "\x0cTOWN OF HARROW POINT\n"
    "4 Civic Square, Harrow Point  |  harrowpoint.example\n"
    "\n"
    "the provincial laboratory in a row.\u201d\n"
    "\n"
    "Residents may collect bottled water at the arena.\n"
    "\n"
    "Town of Harrow Point \u2013 News Release                Page 2 of 2\n"
    "\x0c"
)

STORY = (
    "Harrow Point extends boil-water order\n\n"
    "\u201cI know this order is frustrating, and I know it is disruptive for every family and every neighbour on "
    "the east side,\u201d "
    "Mayor Odile Brannigan said.\n\n"
    "She said the order would stay \u201cuntil two clean samples come back from the provincial laboratory in a row.\u201d\n"
)


def test_a_word_hyphenated_at_the_end_of_a_line_is_one_word():
    words = tokenize("it is dis-\nruptive, and sponge-\n  bathed")
    assert words.compounds() == {"disruptive": ["dis", "ruptive"], "spongebathed": ["sponge", "bathed"]}
    assert not tokenize("pre- and post-war").joined[1]   # a suspended hyphen on one line is no break


def test_the_running_head_and_page_foot_are_not_part_of_the_quote():
    doc = read_document("release.txt", RELEASE.encode())
    assert "come back from the provincial laboratory in a row" in " ".join(doc.text.split())
    assert doc.text.count("TOWN OF HARROW POINT") == 1
    assert "Page 1 of 2" not in doc.text


def test_accurate_quotes_from_a_pdftotext_release_are_exact(tmp_path, runner):
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    wrapped, over_the_break = checked_quotes(runner, source, story, "--kind", "release")
    assert wrapped["verdict"] == "exact"
    assert over_the_break["verdict"] == "exact"


def test_a_number_opening_a_page_is_the_text_unless_it_is_the_pages():
    """Second reader (session 39): "SZABO: About" ¶ (new page) "400 households" lost its 400,
    taken for a page number, and an accurate quote became a misquote."""
    text = ("TOWN HALL\nRUARK: How many families?\nSZABO: About\n\x0c400\nhouseholds on the North Shore.\n"
            "RUARK: And how many got a notice?\nSZABO: Fewer than\n\x0c40\nper cent, I am sorry to say.\n")
    doc = read_document("hall.txt", text.encode())
    assert "About 400" in doc.text and "Fewer than 40" in doc.text
    numbered = ("REMARKS\nThe plan is simple and it\n1\n\x0cwill work if we fund it.\n2\n\x0cThank you.\n3\n")
    doc = read_document("remarks.txt", numbered.encode())
    assert "it will work" in " ".join(doc.text.split()) and "2" not in doc.text.split()
