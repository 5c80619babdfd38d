"""Search that means what it says (issue 11), on the demo library.

A passage is a hit for the words it holds (and its speaker's names), never for a word only its
source's title holds; the README's and the search page's examples find passages; a search with
no hits offers the nearest spellings and speakers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk import create_app, get_index, get_session
from desk.services.search import search
from tests.conftest import PASSWORD, make_user

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path_factory.mktemp("search"), "WTF_CSRF_ENABLED": False})
    result = app.test_cli_runner().invoke(args=["desk", "demo"])
    assert result.exit_code == 0, result.output
    make_user(app, "vi", "viewer")
    yield app
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def _search(app, q, **kw):
    with app.app_context():
        return search(get_session(), get_index(), q, **kw)


def _readme_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Searching", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    examples = []
    for row in rows:
        first = row.split("|")[1]
        examples += re.findall(r"`([^`]+)`", first)
    # and the prose's "`halloran bond` finds …" examples
    examples += [re.sub(r"\s+", " ", e) for e in re.findall(r"`([^`]+)`\s+finds", section)]
    return examples


def _page_examples() -> list[str]:
    page = (ROOT / "templates" / "search" / "index.html").read_text(encoding="utf-8")
    help_box = page.split('<details class="help">', 1)[1].split("</details>", 1)[0]
    return [re.sub(r"&#34;|&quot;", '"', c) for c in re.findall(r"<code>([^<]+)</code>", help_box) if c not in ("OR", "NOT")]


def test_every_search_example_of_the_readme_and_the_page_finds_demo_passages(demo):
    examples = _readme_examples() + _page_examples()
    assert len(examples) >= 10 and "title:closure" in examples
    for q in examples:
        assert _search(demo, q)["total"] > 0, q


def test_a_word_in_another_spelling_finds_the_same_passages(demo):
    """A Canadian editor's "programme" finds the American transcript's "program" (and back)."""
    american = _search(demo, "bridge loan program")
    assert american["total"] >= 1
    canadian = _search(demo, "bridge loan programme")
    assert [h["passage_id"] for h in canadian["hits"]] == [h["passage_id"] for h in american["hits"]]
    assert canadian["query"] == "bridge loan programme"   # the box shows what the editor wrote
    assert _search(demo, '"loan programme"')["total"] == 0   # a phrase in quotes is looked for as written


def test_a_title_word_alone_does_not_make_a_passage_a_hit(demo):
    found = _search(demo, "bridge closure", pagelen=100)
    assert found["total"] >= 1
    for hit in found["hits"]:
        assert re.search(r"\bclos", hit["text"], re.I), hit["text"]  # closure, closures, closed…
    # Titles are searched when asked for.
    titled = _search(demo, "bridge title:closure", pagelen=100)
    assert titled["total"] > found["total"]
    assert all("closure" in h["source"]["title"].lower() for h in titled["hits"])


def test_no_hits_offers_the_nearest_spelling_that_finds_something(demo):
    found = _search(demo, "inspecton bridge")
    assert found["total"] == 0
    s = found["suggestions"]
    assert s["spelling"]["inspecton"][0] == "inspection"
    assert s["query"] == "inspection bridge" and s["query_total"] == _search(demo, "inspection bridge")["total"] > 0
    # A swapped pair of letters is one change: "tabel" is nearest to "table".
    assert _search(demo, '"kitchen tabel"')["suggestions"]["spelling"]["tabel"][0] == "table"


def test_no_hits_offers_the_nearest_speakers(demo):
    found = _search(demo, "speaker:halloren")
    assert found["total"] == 0
    (speaker,) = found["suggestions"]["speakers"]
    assert speaker["name"] == "Patrick Halloran" and speaker["q"] == ""
    assert _search(demo, "", speaker=speaker["name"])["total"] > 0


def test_the_page_and_the_cli_show_the_suggestions(demo):
    client = demo.test_client()
    client.post("/login", data={"username": "vi", "password": PASSWORD})
    page = client.get("/search/?q=inspecton+bridge").get_data(as_text=True)
    assert "Did you mean" in page and 'href="/search/?q=inspection+bridge"' in page
    page = client.get("/search/?q=speaker:halloren").get_data(as_text=True)
    assert "Speakers with a name like that" in page and "speaker=Patrick+Halloran" in page
    followed = client.get("/search/?speaker=Patrick+Halloran").get_data(as_text=True)
    assert "0 passages match" not in followed
    out = demo.test_cli_runner().invoke(args=["desk", "search", "inspecton bridge"])
    assert "Did you mean: inspection bridge" in out.output
