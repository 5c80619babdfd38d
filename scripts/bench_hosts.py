"""How fast a second host's index follows the first on one PostgreSQL, and how fast a new host starts.

Starts a throw-away PostgreSQL (as the tests do: tests/pg.py), makes two data folders on it,
ingests COPIES × the demo library's plain-text sources on host 1 (each copy made distinct by a
line of its own, so none is a duplicate), then times host 2 applying the change log, and a third,
new host building its index from the database.  Prints one line per figure.

    .venv/bin/python scripts/bench_hosts.py --copies 40
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk import create_app, get_index, get_session  # noqa: E402
from desk.services import changes, index_upkeep, library  # noqa: E402
from tests.pg import running_postgres  # noqa: E402

DEMO = ROOT / "desk" / "demo" / "sources"


def host(folder: Path, url: str):
    return create_app({"DESK_DATA_DIR": folder, "DESK_DATABASE_URL": url, "DESK_INDEX_FOLLOW_SECONDS": 0})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="desk-bench-hosts-"))
    files = []
    for n in range(args.copies):
        for src in sorted(DEMO.glob("*.txt")):
            path = work / "in" / f"{src.stem}_{n}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(src.read_text(encoding="utf-8") + f"\n\nFiled as copy {n}.\n", encoding="utf-8")
            files.append(path)
    with running_postgres() as pg:
        url = pg.create_database("bench")
        one, two = host(work / "host1", url), host(work / "host2", url)
        for app in (one, two):  # both servers running, their places in the (empty) log known
            with app.app_context():
                changes.follow(get_session(), get_index(), app.config["DESK_DATA_DIR"])
        with one.app_context():
            started = time.perf_counter()
            done, failed = library.ingest_paths(get_session(), get_index(), files, library.SourceMeta(kind="transcript"))
            took = time.perf_counter() - started
            passages = library.library_counts(get_session())["passages"]
        print(f"host 1 ingest: {len(done)} sources, {passages} passages in {took:.1f}s ({passages / took:.0f} passages/s); "
              f"{len(failed)} failed")
        with two.app_context():
            started = time.perf_counter()
            applied = changes.follow(get_session(), get_index(), two.config["DESK_DATA_DIR"])
            took = time.perf_counter() - started
            assert index_upkeep.index_health(get_session(), get_index()).agree
        print(f"host 2 follows: {applied} changes, {passages} passages in {took:.1f}s ({passages / took:.0f} passages/s)")
        with one.app_context():
            started = time.perf_counter()
            applied = changes.follow(get_session(), get_index(), one.config["DESK_DATA_DIR"])
            took = time.perf_counter() - started
        print(f"host 1 re-reads its own {applied} changes (already indexed) in {took:.2f}s")
        three = host(work / "host3", url)
        with three.app_context():
            started = time.perf_counter()
            changes.follow(get_session(), get_index(), three.config["DESK_DATA_DIR"])
            took = time.perf_counter() - started
            assert index_upkeep.index_health(get_session(), get_index()).agree
        print(f"a new host builds its index: {passages} passages in {took:.1f}s ({passages / took:.0f} passages/s)")
        for app in (one, two, three):
            app.extensions["desk_index"].close()
            app.extensions["desk_engine"].dispose()


if __name__ == "__main__":
    main()
