"""A published Q&A whose introduction quotes other people (session 39, review 17).

A magazine's interview opens with a few paragraphs in its own voice that quote others ("Arne
Solberg … “Now it’s July and the whole bay looks like paint.”") before the labelled questions
and answers.  Before, everything ahead of the first label was dropped: an accurate quote of
Solberg was *not found*.  The interview is written for these tests."""

from __future__ import annotations

from tests.conftest import checked_quotes

QA = """# "We saw this coming": a limnologist on the lake's green summer

By Petra Vance | Harbourlight | July 17, 2026

For most of July the water off Port Ainsley has been the colour of pea soup. Arne Solberg, who has fished the lake for thirty-one years, says he has never seen it this early. "Now it's July and the whole bay looks like paint," he told Harbourlight.

Few people have watched the lake longer than Odette Varga-Lind, a limnologist at the university.

**Harbourlight:** What happened?

**Varga-Lind:** A cyanobacteria bloom got into the intake pipes on both sides of the lake.

**Harbourlight:** Why this year?

**Varga-Lind:** A wet spring, then nine days over thirty degrees with almost no wind.
"""


def test_the_introductions_quotes_are_their_speakers_passages(tmp_path, runner):
    source = tmp_path / "qa.md"
    source.write_text(QA, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Fishers see early bloom\n\n"
                     "\u201cNow it\u2019s July and the whole bay looks like paint,\u201d said Arne Solberg, a fisher.\n\n"
                     "\u201cA wet spring, then nine days over thirty degrees with almost no wind,\u201d said Odette Varga-Lind.\n",
                     encoding="utf-8")
    fisher, scientist = checked_quotes(runner, source, story, "--kind", "interview")
    assert fisher["verdict"] == "exact"
    assert fisher["match"]["speaker"]["name"] == "Arne Solberg"
    assert scientist["verdict"] == "exact"
