#!/usr/bin/env python3
"""Time checking real ~1,000-word stories against a benchmark library (the issue's "time to
check a 1,000-word story"). Not a test: it prints figures.

    .venv/bin/python scripts/bench_story.py --data LIBRARY_DIR STORY_DIR [--words 800-1200] [--runs 3]

LIBRARY_DIR is a data folder a benchmark built (``scripts/bench_scale.py --passages 100000
--data DIR``); STORY_DIR holds plain-text stories, e.g. the drafts of the PolNeAR dev split
that ``../shared/devset/news.py`` builds. Stories whose word count is in ``--words`` are checked
with ``check_text`` (not saved), each ``--runs`` times after one warm-up; the best run per story
stands for it (the others carry the shared machine's noise). Prints CPU and wall seconds per
story, p50 and worst, and the quotes found.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="a benchmark library's data folder")
    ap.add_argument("stories", help="a folder of .txt stories")
    ap.add_argument("--words", default="800-1200", help="word-count range of the stories to check")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=12, help="at most this many stories")
    args = ap.parse_args()

    from desk import create_app
    from desk.match import align
    from desk.services.checks import check_text

    lo, hi = (int(x) for x in args.words.split("-"))
    stories = []
    for name in sorted(os.listdir(args.stories)):
        text = open(os.path.join(args.stories, name), encoding="utf-8").read()
        if lo <= len(text.split()) <= hi:
            stories.append((name, text))
    stories = stories[:args.limit]
    if not stories:
        sys.exit(f"no story of {args.words} words in {args.stories}")
    app = create_app({"DESK_DATA_DIR": os.path.abspath(args.data), "TESTING": True})
    cpu, wall = [], []
    Session = app.extensions["desk_sessionmaker"]
    index = app.extensions["desk_index"]
    with app.app_context():
        for name, text in stories:
            best = None
            for run in range(args.runs + 1):
                align._TURN_CACHE.clear()  # each run as a new draft: no turn tokenised before
                with Session() as session:
                    c0, w0 = time.process_time(), time.perf_counter()
                    doc = check_text(session, index, text, save=False)
                    took = (time.process_time() - c0, time.perf_counter() - w0)
                if run and (best is None or took[0] < best[0]):
                    best = took
            quotes = len(doc["quotes"])
            cpu.append(best[0])
            wall.append(best[1])
            print(f"{name[:60]:60} {len(text.split()):5} words {quotes:3} quotes  cpu {best[0]:.3f}s  wall {best[1]:.3f}s")
    print(f"{len(stories)} stories: cpu p50 {statistics.median(cpu):.3f}s worst {max(cpu):.3f}s; "
          f"wall p50 {statistics.median(wall):.3f}s worst {max(wall):.3f}s")


if __name__ == "__main__":
    main()
