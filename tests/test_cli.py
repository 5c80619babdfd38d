"""The ``flask desk`` commands, as a newcomer would type them."""

from __future__ import annotations

import json

from tests.conftest import PRESSER


def test_ingest_a_folder_then_search(runner, source_files):
    out = runner.invoke(args=["desk", "ingest", str(source_files), "--outlet", "Brantwood City Hall", "--date", "2026-03-03"])
    assert out.exit_code == 0, out.output
    assert "added: presser.txt" in out.output and "passages" in out.output
    assert "2 added" in out.output

    out = runner.invoke(args=["desk", "search", "bridge", "--json"])
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    assert set(doc) >= {"query", "total", "page", "hits", "facets"}
    assert doc["total"] >= 1
    hit = doc["hits"][0]
    assert set(hit) >= {"passage_id", "text", "highlight", "speaker", "source", "score"}
    assert set(hit["source"]) >= {"id", "title", "kind", "date", "outlet", "url"}
    assert "<mark>" in hit["highlight"]
    assert set(doc["facets"]) == {"speaker", "kind", "outlet", "year"}
    assert ["2026", doc["total"]] in doc["facets"]["year"]


def test_ingest_twice_reports_already_there(runner, tmp_path):
    path = tmp_path / "presser.txt"
    path.write_text(PRESSER)
    assert runner.invoke(args=["desk", "ingest", str(path)]).exit_code == 0
    out = runner.invoke(args=["desk", "ingest", str(path)])
    assert out.exit_code == 0
    assert "already in the library" in out.output


def test_bad_file_fails_with_a_reason_and_status_1(runner, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = runner.invoke(args=["desk", "ingest", str(bad)])
    assert out.exit_code == 1
    assert "failed:" in out.output and "empty" in out.output
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    out = runner.invoke(args=["desk", "ingest", str(binary)])
    assert out.exit_code == 1 and f"failed: {binary}: it looks like a binary file" in out.output
    assert out.output.count("binary.txt") == 1   # the name once, not twice
    out = runner.invoke(args=["desk", "search", "anything", "--json"])
    assert json.loads(out.stdout)["total"] == 0


def test_bad_options_are_refused(runner, source_files):
    out = runner.invoke(args=["desk", "ingest", str(source_files), "--date", "yesterday"])
    assert out.exit_code != 0 and "YYYY-MM-DD" in out.output
    out = runner.invoke(args=["desk", "ingest", str(source_files), "--kind", "blog"])
    assert out.exit_code != 0 and "blog" in out.output
    out = runner.invoke(args=["desk", "ingest", str(source_files / "missing.txt")])
    assert out.exit_code == 1 and "does not exist" in out.output


def test_search_filters_and_text_output(runner, source_files):
    runner.invoke(args=["desk", "ingest", str(source_files)])
    out = runner.invoke(args=["desk", "search", "bridge", "--speaker", "ferrante"])
    assert out.exit_code == 0
    assert "Lucia Ferrante" in out.output
    out = runner.invoke(args=["desk", "search", "bridge", "--speaker", "blackwood", "--json"])
    assert json.loads(out.stdout)["total"] == 0
    out = runner.invoke(args=["desk", "search", '"unclosed phrase', "--json"])
    assert out.exit_code in (0, 1)
    if out.exit_code == 1:
        assert "Error:" in out.output


def test_reindex_shows_a_count(runner, source_files):
    runner.invoke(args=["desk", "ingest", str(source_files)])
    out = runner.invoke(args=["desk", "reindex"])
    assert out.exit_code == 0, out.output
    assert "Indexed" in out.output
    out = runner.invoke(args=["desk", "search", "volunteer", "--json"])
    assert json.loads(out.stdout)["total"] == 1


def test_demo_loads_a_library_and_twice_changes_nothing(runner):
    out = runner.invoke(args=["desk", "demo"])
    assert out.exit_code == 0, out.output
    assert "Demo library ready" in out.output
    first = out.output.splitlines()[-1]
    out = runner.invoke(args=["desk", "demo"])
    assert out.exit_code == 0
    assert out.output.splitlines()[-1] == first
    sources = int(first.split(":")[1].split()[0])
    assert sources >= 8
