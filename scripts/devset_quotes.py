#!/usr/bin/env python3
"""Measure quote finding and speakers (desk.extract) on a gold set, in process, without the app.

    python scripts/devset_quotes.py SET_DIR [--all] [--misses N] [--scorer PATH]

SET_DIR is a set that ``../shared/devset/score.py`` reads (the fictional devset, or a real-news
split built by ``../shared/devset/news.py`` outside the repository). Quotes are paired exactly
as the scorer pairs them (its own ``pair``, ``spans_of`` and ``same_speaker`` are imported), so
the figures here are the scorer's quote and speaker figures, in seconds instead of one CLI call
per draft. Library speakers are taken from the set's ``sources.json`` (none for real news).
Prints the misses by kind (missed span, extra span, wrong speaker) and the time per 1,000 words.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from desk.extract.quotes import find_quotes  # noqa: E402


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("devset_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def known_from(set_dir):
    """The library's people as (canonical, aliases), from sources.json's ``speakers`` maps."""
    path = os.path.join(set_dir, "sources.json")
    if not os.path.exists(path):
        return []
    people: dict[str, set[str]] = {}
    for src in json.load(open(path)):
        for label, name in (src.get("speakers") or {}).items():
            if name:
                people.setdefault(name, set()).add(label)
        if src.get("speaker"):
            people.setdefault(src["speaker"], set())
    return [(name, sorted(aliases)) for name, aliases in sorted(people.items())]


def as_found(q):
    return {"text": q.text, "parts": [[p.start, p.end] for p in q.parts], "speaker": q.speaker,
            "mention": q.mention}


def run(set_dir, scorer, known, show_all=False):
    gold = json.load(open(os.path.join(set_dir, "gold.json")))
    c = dict.fromkeys(["gold", "got", "paired", "got_complete", "paired_complete", "scare_kept",
                       "spk_n", "spk_ok"], 0)
    misses, words, seconds = [], 0, 0.0
    for draft in gold["drafts"]:
        text = open(os.path.join(set_dir, "drafts", draft["file"]), encoding="utf-8").read()
        started = time.perf_counter()
        found = find_quotes(text, known)
        seconds += time.perf_counter() - started
        words += len(text.split())
        got = [as_found(q) for q in found if not q.skipped]
        quotes = draft.get("quotes") or []
        pairs, used = scorer.pair(quotes, got, draft_text=text)
        got_spans = sum(len(scorer.spans_of(p, text)) for p in got)
        c["gold"] += sum(len(scorer.spans_of(g)) for g in quotes)
        c["got"] += got_spans
        c["paired"] += sum(gs for _, _, gs, _ in pairs)
        if draft.get("complete", True):
            c["got_complete"] += got_spans
            c["paired_complete"] += sum(ps for _, _, _, ps in pairs)
            c["scare_kept"] += len(scorer.pair(draft.get("skipped") or [], got, draft_text=text)[0])
        paired_gold = {id(g) for g, *_ in pairs}
        paired_got = {id(p) for _, p, *_ in pairs}
        name = draft["file"]
        misses += [(name, "missed", g["text"][:90]) for g in quotes if id(g) not in paired_gold]
        misses += [(name, "extra", p["text"][:90]) for p in got if id(p) not in paired_got]
        seen = set()
        for g, p, _, _ in pairs:
            if "speaker" not in g or id(g) in seen:
                continue
            seen.add(id(g))
            c["spk_n"] += 1
            if scorer.same_speaker(g["speaker"], p["speaker"]):
                c["spk_ok"] += 1
            else:
                misses.append((name, f"speaker {p['speaker']!r} (mention {p['mention']!r}) != {g['speaker']!r}",
                               g["text"][:60]))
            if show_all:
                print(f"  {name[:20]} {p['speaker']!s:20} | {p['mention']!s:30} | {p['text'][:60]}")
    return c, misses, words, seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir")
    ap.add_argument("--scorer", default=os.path.join(HERE, "..", "..", "shared", "devset", "score.py"))
    ap.add_argument("--all", action="store_true", help="print every paired quote with its speaker")
    ap.add_argument("--misses", type=int, default=40, help="how many misses of each kind to print")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)
    known = known_from(args.set_dir)
    c, misses, words, seconds = run(args.set_dir, scorer, known, args.all)
    for kind in ("missed", "extra", "speaker"):
        rows = [m for m in misses if m[1].startswith(kind)]
        for row in rows[:args.misses]:
            print("miss:", *row)
        print(f"-- {len(rows)} {kind}")

    def ratio(a, b):
        return a / b if b else 0.0

    p, r = ratio(c["paired_complete"], c["got_complete"]), ratio(c["paired"], c["gold"])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"quote spans: gold {c['gold']} found {c['got']} paired {c['paired']} | "
          f"P {p:.3f} R {r:.3f} F1 {f1:.3f} | scare quotes kept {c['scare_kept']}")
    print(f"speaker accuracy {ratio(c['spk_ok'], c['spk_n']):.3f} ({c['spk_ok']}/{c['spk_n']})")
    print(f"time: {seconds / max(words, 1) * 1e6:.1f} ms per 1,000 words")


if __name__ == "__main__":
    main()
