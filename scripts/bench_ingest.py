"""Benchmark: ingest speed for a 1,000-passage library; search and check time on the demo library.

Not a test: it prints figures.  Run from the repository root:

    .venv/bin/python scripts/bench_ingest.py [--passages 1000] [--per-source 20]

Sources are transcripts built from the demo library's own sentences, shuffled and given to
several labelled speakers, so the extraction and indexing paths are the real ones.
Everything happens in a temporary data folder.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk import create_app, get_index, get_session  # noqa: E402
from desk.services import index_upkeep, library  # noqa: E402
from desk.services.search import search  # noqa: E402

DEMO = Path(__file__).resolve().parent.parent / "desk" / "demo" / "sources"
LABELS = ["MAYOR HALLORAN", "COUNCILLOR ABARA", "DR. VANCE", "Q", "CHIEF OKONJO", "MODERATOR"]


def sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in DEMO.glob("*.txt"))
    text = re.sub(r"^[A-Z .'-]+:\s*", "", text, flags=re.M)
    found = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 8 <= len(s.split()) <= 40]
    return [s for s in found if ":" not in s[:30]]


def make_sources(folder: Path, passages: int, per_source: int, seed: int = 7) -> int:
    rnd = random.Random(seed)
    pool = sentences()
    n_sources = max(1, passages // per_source)
    for i in range(n_sources):
        lines = [f"Synthetic briefing {i}", ""]
        for t in range(per_source):
            label = LABELS[(i + t) % len(LABELS)]
            # A few sentences long enough to be one passage each; a serial keeps every text unique.
            lines.append(f"{label}: {rnd.choice(pool)} Item {i}-{t} is noted.")
            lines.append("")
        (folder / f"briefing_{i:04d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return n_sources


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=1000)
    ap.add_argument("--per-source", type=int, default=20)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = tmp / "files"
        files.mkdir()
        n = make_sources(files, args.passages, args.per_source)
        app = create_app({"DESK_DATA_DIR": tmp / "data"})
        with app.app_context():
            session, index = get_session(), get_index()
            t0 = time.perf_counter()
            done, failed = library.ingest_paths(session, index, library.expand_paths([files]), library.SourceMeta(kind="transcript"))
            took = time.perf_counter() - t0
            passages = sum(r.passages for r in done)
            print(f"ingest: {len(done)} sources ({len(failed)} failed), {passages} passages in {took:.2f} s "
                  f"→ {len(done) / took:.1f} sources/s, {passages / took:.0f} passages/s")
            t0 = time.perf_counter()
            index_upkeep.reindex(session, index)
            took = time.perf_counter() - t0
            print(f"reindex: {passages} passages in {took:.2f} s → {passages / took:.0f} passages/s")
        app.extensions["desk_index"].close()

        demo = create_app({"DESK_DATA_DIR": tmp / "demo"})
        result = demo.test_cli_runner().invoke(args=["desk", "demo"])
        assert result.exit_code == 0, result.output
        with demo.app_context():
            session, index = get_session(), get_index()
            queries = [
                ("words", "bridge closed", {}),
                ("phrase", '"the bridge"', {}),
                ("fuzzy", "bridg~1 ferry", {}),
                ("filter", "bridge", {"speaker": "halloran"}),
                ("kind+date", "bridge", {"kind": "transcript", "sort": "date"}),
                ("field in box", "kind:captions ferry", {}),
            ]
            print(f"search on the demo library ({library.library_counts(session)['passages']} passages), "
                  "30 runs each, hits loaded from the database:")
            for name, q, kw in queries:
                search(session, index, q, **kw)  # warm
                times = timed(lambda q=q, kw=kw: search(session, index, q, **kw), 30)
                total = search(session, index, q, **kw)["total"]
                print(f"  {name:<13} {q!r:<24} {total:>4} hits  median {statistics.median(times) * 1000:6.1f} ms"
                      f"  p95 {pct(times, 0.95) * 1000:6.1f} ms")
            from desk.extract.quotes import find_quotes
            from desk.services.checks import check_text

            draft = (DEMO.parent / "draft.txt").read_text(encoding="utf-8")
            paragraphs = [p for p in draft.split("\n\n")[2:] if p.strip()]
            story = "\n\n".join((paragraphs * 3)[: max(1, len(paragraphs) * 1000 // len(draft.split()) + 1)])
            words = len(story.split())
            times = timed(lambda: find_quotes(story), 30)
            print(f"find quotes and speakers in a {words}-word story: median {statistics.median(times) * 1000:.1f} ms"
                  f"  p95 {pct(times, 0.95) * 1000:.1f} ms")
            times = timed(lambda: check_text(session, index, story, save=False), 15)
            n = len(check_text(session, index, story, save=False)["quotes"])
            print(f"check that story ({n} quotes: find, candidates, align, verdicts): median "
                  f"{statistics.median(times) * 1000:.0f} ms  p95 {pct(times, 0.95) * 1000:.0f} ms")
        demo.extensions["desk_index"].close()


if __name__ == "__main__":
    main()
