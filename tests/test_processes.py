"""Several processes on one data folder at once: nothing lost, nothing corrupted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def desk(data_dir, *args):
    env = dict(os.environ, DESK_DATA_DIR=str(data_dir))
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "wsgi", "desk", *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_ingests_at_once_both_land_in_database_and_index(tmp_path):
    data = tmp_path / "data"
    folders = []
    for n in range(2):
        folder = tmp_path / f"batch{n}"
        folder.mkdir()
        for i in range(12):
            (folder / f"s{n}_{i}.txt").write_text(
                f"SPOKESPERSON ROW{n}: Batch {n} statement {i} about the harbour dredging plan.\n\n"
                f"Q: When does it start?\n\nSPOKESPERSON ROW{n}: Statement {i} says in week {i + 2}.\n",
                encoding="utf-8",
            )
        folders.append(folder)
    # Create the database first, as a running server would have.
    first = desk(data, "search", "x", "--json")
    first.communicate(timeout=120)
    assert first.returncode == 0
    procs = [desk(data, "ingest", str(folder), "--kind", "transcript") for folder in folders]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "12 added" in out
    search = desk(data, "search", "harbour dredging", "--json")
    out, err = search.communicate(timeout=120)
    result = json.loads(out)
    assert result["total"] == 24
    assert sorted(dict(result["facets"]["speaker"]).values()) == [12, 12]
