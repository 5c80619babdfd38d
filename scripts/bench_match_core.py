"""Time the matching core: a 20-quote draft, 20 candidate turns per quote.

Run:  .venv/bin/python scripts/bench_match_core.py

Three ways: candidates rebuilt for every quote with the module's turn cache
cleared ("cold": every turn tokenised again), rebuilt but with the cache
(the usual case: one draft's quotes hit the same turns), and shared objects.  Quotes mix verbatim, one-word-changed,
ellipsis and invented lines.  Prints total milliseconds for the 20 quotes.
"""
from __future__ import annotations

import os
import random
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from desk.match import (  # noqa: E402
    Candidate,
    align,  # noqa: E402
    match_quote,
)

VOCAB = (
    "the council will budget ferry bridge levy harbour we our town families winter road "
    "repair plan housing mill reserve nobody not never promise year next school bus river "
    "crest friday patrol dawn land sale depot market growth jobs taxes lower raise clear "
    "want to be about that and but if is are was it this those people who pay rent"
).split()


def make_turns(rng: random.Random, n_turns: int = 20, words: int = 160) -> list[tuple[str, str]]:
    turns = []
    for t in range(n_turns):
        sents = []
        for _ in range(words // 12):
            s = " ".join(rng.choice(VOCAB) for _ in range(12))
            sents.append(s[0].upper() + s[1:] + ".")
        turns.append((f"SPEAKER{t}", " ".join(sents)))
    return turns


def candidates(turns) -> list[Candidate]:
    text, spans = "", []
    for label, body in turns:
        text += label + ": "
        spans.append((len(text), len(text) + len(body)))
        text += body + "\n\n"
    return [
        Candidate(1, k, [(k, a, b, text[a:b])], k % 7, f"Person {k % 7}", "speaker", text)
        for k, (a, b) in enumerate(spans)
    ]


def quotes(rng: random.Random, turns) -> list[tuple[str, int]]:
    out = []
    for i in range(20):
        k = rng.randrange(len(turns))
        words = turns[k][1].split()
        a = rng.randrange(0, len(words) - 30)
        q = words[a:a + rng.randint(8, 25)]
        kind = i % 4
        if kind == 1:
            q[len(q) // 2] = "bananas"
        elif kind == 2:
            q = q[:5] + ["\u2026"] + words[a + 12:a + 22]
        elif kind == 3:
            q = [rng.choice(VOCAB) for _ in range(14)]
        out.append((" ".join(q), k % 7))
    return out


def main() -> None:
    rng = random.Random(7)
    turns = make_turns(rng)
    qs = quotes(rng, turns)
    shared = candidates(turns)
    modes = (
        ("cold (fresh candidates, tokenisation cache cleared per quote)", True, True),
        ("fresh candidates per quote, turns cached", True, False),
        ("warm (shared candidates)", False, False),
    )
    for label, fresh, clear in modes:
        best = float("inf")
        for _ in range(5):
            total = 0.0
            verdicts = []
            for q, spk in qs:
                cands = candidates(turns) if fresh else shared
                if clear:
                    align._TURN_CACHE.clear()
                t0 = time.perf_counter()
                m = match_quote(q, {spk}, [f"Person {spk}"], cands)
                total += time.perf_counter() - t0
                verdicts.append(m.verdict)
            best = min(best, total)
        print(f"{label}: 20 quotes x 20 candidates = {best * 1000:.1f} ms "
              f"({', '.join(sorted(set(verdicts)))})")


if __name__ == "__main__":
    main()
