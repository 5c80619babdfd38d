"""An article checked against the speech it quotes: real transcript text, the way reporters quote.

The source is the opening of President Obama's 2016 State of the Union address (a US government
work in the public domain, as transcribed by the American Presidency Project, with its
[Laughter] notes, dashes and digits); the article quoting it was written for this test. It quotes
the way news copy does — “A,” he said. “B.” with other words between A and B in the speech, a
sentence broken by its attribution, fragments, "five" for "5", a quote cut at a stage note —
and carries two real misquotes. Every accurate quote must be exact or edited (no false alarm),
and both misquotes must be caught.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PAIRS = Path(__file__).resolve().parent / "fixtures" / "pairs"
SPEECH = PAIRS / "2016-01-12_obama_state_of_the_union.txt"
ARTICLE = PAIRS / "article_final_state_of_the_union.txt"
MISQUOTES = {"The pace of this change will only slow down,": "accelerate",
             "We emerged stronger and wiser than before.": "better"}


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    from desk import create_app

    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path_factory.mktemp("pairs")})
    runner = app.test_cli_runner()
    out = runner.invoke(args=["desk", "ingest", str(SPEECH), "--kind", "speech", "--speaker", "Barack Obama",
                              "--date", "2016-01-12"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(args=["desk", "check", str(ARTICLE), "--json"])
    assert out.exit_code == 0, out.output
    yield json.loads(out.stdout)
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def test_every_quoted_span_is_one_quote_of_the_president(checked):
    quotes = checked["quotes"]
    assert len(quotes) == 14
    assert {(q["speaker"] or {}).get("name") for q in quotes} == {"Barack Obama"}
    # Two sentences quoted either side of "Obama said" are two quotes; the sentence broken by
    # "he said" is one quote in two parts.
    texts = [q["text"] for q in quotes]
    assert "All these things still matter to hard-working families," in texts
    assert "And I won’t let up until they get done." in texts
    split = next(q for q in quotes if q["text"].startswith("We live in a time"))
    assert len(split["parts"]) == 2


def test_accurate_quotes_raise_no_alarm(checked):
    accurate = [q for q in checked["quotes"] if q["text"] not in MISQUOTES]
    assert len(accurate) == 12
    assert [(q["text"], q["verdict"]) for q in accurate if q["verdict"] not in ("exact", "edited")] == []


def test_misquotes_are_caught_with_the_words_that_differ(checked):
    for q in checked["quotes"]:
        if q["text"] in MISQUOTES:
            assert q["verdict"] == "misquote", q["text"]
            changed = " ".join(e["source"] for e in q["match"]["edits"] if e["op"] != "equal")
            assert MISQUOTES[q["text"]] in changed
