"""Benchmark the passage index: build rate, search latency, quote-candidate latency and recall.

Not a test.  Builds N passages into a temporary folder and prints figures:

    .venv/bin/python scripts/bench_index.py --n 20000
    .venv/bin/python scripts/bench_index.py --n 100000 --corpus sentences.txt --procs 2

Without --corpus the passages are synthetic: English function words plus a generated
vocabulary with Zipf-like frequencies, 1-3 sentences of 8-30 words, a few hundred speakers,
dozens of outlets, ten years of dates.  With --corpus, the file's sentences are grouped into
passages of 1-3 sentences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from whoosh import query  # noqa: E402  (only for the naive baseline)

from index import PassageDoc, PassageIndex  # noqa: E402
from index import schema as f  # noqa: E402

FUNCTION_WORDS = (
    "the of and to a in that is it for we on with as this was be are not have they at by "
    "but from or will our an has would there their which can all about more people what so "
    "if been one who said very also just should these because government need minister year"
).split()
KINDS = ["transcript", "speech", "interview", "release", "article", "notes", "captions"]
SYLLABLES = "ka lo mi ne ra su ti va de po an el ir on ur bra cri dro fle gra pli sto tre".split()


def synthetic_vocabulary(rnd: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rnd.choices(SYLLABLES, k=rnd.randint(2, 4))))
    return sorted(words)


def synthetic_sentences(rnd: random.Random):
    vocab = synthetic_vocabulary(rnd, 40000)
    # Zipf-like: the k-th word has weight 1/k.
    weights = list(itertools.accumulate(1 / (k + 1) for k in range(len(vocab))))
    while True:
        n = rnd.randint(8, 30)
        words = []
        for _ in range(n):
            if rnd.random() < 0.45:
                words.append(rnd.choice(FUNCTION_WORDS))
            else:
                words.append(rnd.choices(vocab, cum_weights=weights)[0])
        yield words[0].capitalize() + " " + " ".join(words[1:]) + "."


def corpus_sentences(path: Path):
    text = path.read_text(encoding="utf-8", errors="replace")
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5]
    if not sentences:
        raise SystemExit(f"No sentences in {path}")
    return itertools.cycle(sentences)


def make_docs(n: int, sentences, rnd: random.Random) -> list[PassageDoc]:
    speakers = [(i, f"Speaker{i} Surname{i}", [f"Surname{i}", f"Minister Surname{i}"]) for i in range(1, 301)]
    outlets = [f"Outlet {i} Ledger" for i in range(40)] + [None]
    docs = []
    source_id = 0
    day0 = dt.date(2015, 1, 1)
    for pid in range(1, n + 1):
        if pid % 12 == 1:
            source_id += 1
            kind = rnd.choice(KINDS)
            outlet = rnd.choice(outlets)
            date = day0 + dt.timedelta(days=rnd.randrange(3650)) if rnd.random() > 0.05 else None
            title = next(sentences)[:60]
        spk = rnd.choice(speakers) if rnd.random() > 0.1 else (None, None, [])
        text = " ".join(next(sentences) for _ in range(rnd.randint(1, 3)))
        docs.append(PassageDoc(pid, source_id, text, 0, len(text), spk[0], spk[1], list(spk[2]), kind, outlet, title, date))
    return docs


def timed(fn, repeat: int):
    times = []
    for i in range(repeat):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    return times


def summary(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return f"median {statistics.median(times):7.2f} ms   p95 {p95:7.2f} ms"


def edit_quote(words: list[str], rnd: random.Random, how: str) -> list[str]:
    words = list(words)
    if how == "changed" and len(words) > 3:
        words[rnd.randrange(len(words))] = rnd.choice(["really", "never", "quickly", "perhaps"])
    elif how == "dropped" and len(words) > 3:
        del words[rnd.randrange(len(words))]
    elif how == "ellipsis" and len(words) > 8:
        i = rnd.randrange(2, len(words) - 5)
        del words[i : i + 3]
        words.insert(i, "…")
    return words


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="passages to index")
    ap.add_argument("--corpus", type=Path, help="a text file whose sentences make the passages")
    ap.add_argument("--procs", type=int, default=1, help="writer processes for the build")
    ap.add_argument("--quotes", type=int, default=200, help="quotes for the candidates benchmark")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the index folder")
    args = ap.parse_args(argv)

    rnd = random.Random(args.seed)
    sentences = corpus_sentences(args.corpus) if args.corpus else synthetic_sentences(rnd)
    t = time.perf_counter()
    docs = make_docs(args.n, sentences, rnd)
    print(f"generated {len(docs)} passages in {time.perf_counter() - t:.1f}s "
          f"({statistics.mean(len(d.text.split()) for d in docs):.0f} words each on average)")

    folder = Path(tempfile.mkdtemp(prefix="bench-index-"))
    try:
        ix = PassageIndex(folder / "index")
        t = time.perf_counter()
        ix.rebuild(docs, procs=args.procs)
        took = time.perf_counter() - t
        print(f"build (rebuild, procs={args.procs}): {took:.1f}s = {len(docs) / took:,.0f} passages/s; "
              f"{sum(p.stat().st_size for p in (folder / 'index').iterdir()) / 1e6:.0f} MB on disk")

        t = time.perf_counter()
        fresh = PassageIndex(folder / "index")
        fresh.doc_count()
        print(f"open index + first searcher: {(time.perf_counter() - t) * 1000:.1f} ms")
        fresh.close()

        one = docs[len(docs) // 2]
        print(f"upsert 1 passage (commit):        {summary(timed(lambda i: ix.upsert([one]), 10))}")
        ix.search("x")
        print(f"search when nothing changed:      {summary(timed(lambda i: ix.doc_count(), 50))}  (refresh check)")

        sample = [d for d in rnd.sample(docs, min(len(docs), 500))]
        sample_words = [[w for w in f.words_of(d.text) if len(w) > 4] or ["the"] for d in sample]

        def word(i, k=0):
            ws = sample_words[i % len(sample_words)]
            return ws[min(k, len(ws) - 1)]

        queries = {
            "one word": lambda i: ix.search(word(i)),
            "two words (AND)": lambda i: ix.search(f"{word(i)} {word(i, 1)}"),
            "common word 'the'": lambda i: ix.search("the"),
            '"phrase"': lambda i: ix.search('"%s"' % " ".join(sample[i % len(sample)].text.split()[2:5])),
            "fuzzy word~1": lambda i: ix.search(word(i)[:-1] + "x~1"),
            "word + speaker + kind": lambda i: ix.search(word(i), speaker="Surname7", kind="transcript"),
            "empty query, all docs, facets": lambda i: ix.search(""),
            "word, sorted by date": lambda i: ix.search(word(i), sort="date"),
            "word, page 5": lambda i: ix.search(word(i), page=5),
        }
        print("\nsearch latency (20 hits, facets, highlights):")
        for name, fn in queries.items():
            print(f"  {name:32s} {summary(timed(fn, 40))}")

        print(f"\ncandidates, {args.quotes} quotes from random passages (recall@20 = own passage in top 20):")
        by_id = {d.passage_id: d for d in docs}
        quote_src = rnd.sample(docs, min(args.quotes, len(docs)))
        kinds = ["exact", "changed", "dropped", "ellipsis"]
        quotes = []
        for i, d in enumerate(quote_src):
            words = d.text.split()
            start = rnd.randrange(0, max(1, len(words) - 12))
            quotes.append((d.passage_id, kinds[i % 4], edit_quote(words[start : start + rnd.randint(6, 20)], rnd, kinds[i % 4])))
        searcher_holder = ix

        def naive(words):
            with searcher_holder._reading() as s:
                toks = list(dict.fromkeys(f.words_of(" ".join(words))))
                q = query.Or([query.Term(f.WORDS, t) for t in toks])
                return [(int(h[f.PASSAGE_ID]), h.score) for h in s.search(q, limit=20)]

        from index import candidates

        def rare_only(words):
            with searcher_holder._reading() as s:
                return candidates.candidates(s, words, 20, boost_common=False)

        methods = {
            "candidates() rare+boost": lambda words: ix.candidates(words, 20),
            "rarest 7 only (no boost)": rare_only,
            "naive OR of all words": naive,
        }
        for name, fn in methods.items():
            times, hits = [], {k: [0, 0] for k in kinds}
            top1 = 0
            for pid, how, words in quotes:
                t = time.perf_counter()
                ranked = fn(words)
                times.append((time.perf_counter() - t) * 1000)
                ids = [r[0] for r in ranked]
                # A quote can occur verbatim in several passages (corpus repeats): count any
                # passage whose text holds the original words as a hit.
                hits[how][1] += 1
                if pid in ids or any(by_id[j].text == by_id[pid].text for j in ids):
                    hits[how][0] += 1
                top1 += bool(ids) and (ids[0] == pid or by_id[ids[0]].text == by_id[pid].text)
            recall = "  ".join(f"{k} {a / b:.0%}" for k, (a, b) in hits.items() if b)
            print(f"  {name:26s} {summary(times)}   recall@20: {recall}   top1 {top1 / len(quotes):.0%}")
        ix.close()
    finally:
        if args.keep:
            print(f"index kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
