"""End to end on the bundled demo: the demo draft's verdicts are the ones its answer key states.

The demo library and draft (desk/demo/) were written with an answer key (draft_answers.json,
checked against the sources by desk/demo/check_answers.py).  This runs the real path — ingest
through the CLI into an on-disk database and index, then ``desk check --json`` — and compares.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parent.parent / "desk" / "demo"
ANSWERS = json.loads((DEMO / "draft_answers.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    from desk import create_app

    app = create_app({"TESTING": True, "DESK_DATA_DIR": tmp_path_factory.mktemp("demo")})
    runner = app.test_cli_runner()
    out = runner.invoke(args=["desk", "demo"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(args=["desk", "check", str(DEMO / "draft.txt"), "--json"])
    assert out.exit_code == 0, out.output
    yield json.loads(out.stdout)
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def test_every_quote_is_found_with_its_speaker(checked):
    got = [(q["text"], (q["speaker"] or {}).get("name")) for q in checked["quotes"]]
    want = [(a["text"], a["speaker"]) for a in ANSWERS["quotes"]]
    assert got == want
    assert [s["text"] for s in checked["skipped"]] == [s["text"] for s in ANSWERS["skipped"]]


@pytest.mark.parametrize("n", range(len(ANSWERS["quotes"])))
def test_verdict_and_source(checked, n):
    answer, quote = ANSWERS["quotes"][n], checked["quotes"][n]
    assert quote["verdict"] == answer["verdict"], answer.get("note")
    if answer["verdict"] == "not_found":
        assert quote["match"] is None
        return
    match = quote["match"]
    assert Path(answer["source_file"]).stem in _source_files(checked, match["source"]["id"])
    if answer["verdict"] in ("exact", "edited", "misattributed"):
        assert match["speaker"]["name"] == answer["source_speaker"]
    for flag in answer.get("flags") or []:
        assert flag in quote["flags"]


def _source_files(checked, source_id):
    titles = json.loads((DEMO / "sources.json").read_text(encoding="utf-8"))
    return {Path(t["file"]).stem for t in titles}


def test_offsets_point_at_the_original(checked, tmp_path):
    for q in checked["quotes"]:
        m = q["match"]
        if m:
            assert m["selector"]["exact"] == m["text"]
            assert m["end"] > m["start"]


def test_the_answer_key_agrees_with_the_demo_sources():
    """desk/demo/check_answers.py checks each answer against the source files themselves."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(DEMO / "check_answers.py")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("OK")
