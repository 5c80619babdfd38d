#!/usr/bin/env python3
"""Measure quote finding (desk.extract.quotes) on a gold set, without the app.

    python scripts/devset_quotes.py ../shared/devset [--sources] [--all]

Runs find_quotes on every draft in DEVSET/drafts, pairs the found quotes with gold.json's the
way DEVSET/score.py does (greedy best-first text similarity ≥ 0.8, surname-level speaker
comparison), and prints quote precision/recall/F1, speaker accuracy, scare quotes kept (found
quotes that pair with a gold ``skipped`` entry and were not marked skipped), the misses and the
time per 1,000 words. ``--sources`` also prints article_segments for the article-like sources
(kinds release, article, notes) with the speaker each passage is credited to.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import time
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from desk.extract.quotes import article_segments, find_quotes  # noqa: E402

QUOTE_CHARS = "\"'“”‘’«»„‚‹›"


def norm(text):
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"',
                                         "„": '"', "–": "-", "—": "-", "\u00a0": " "}))
    return re.sub(r"\s+", " ", text).strip().strip(QUOTE_CHARS + " ,.;:!?-").lower()


def surname(name):
    words = [w for w in re.split(r"[\s.]+", norm(name)) if w]
    return words[-1] if words else ""


def same_speaker(gold, got):
    if not gold:
        return not got
    if not got:
        return False
    return norm(gold) == norm(got) or surname(gold) == surname(got)


def similarity(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) if min(len(a), len(b)) >= 20 else 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def pair(gold_quotes, got_quotes, threshold=0.8):
    scored = sorted(((similarity(g.get("text"), p.get("text")), gi, pi)
                     for gi, g in enumerate(gold_quotes) for pi, p in enumerate(got_quotes)), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for score, gi, pi in scored:
        if score < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold_quotes[gi], got_quotes[pi]))
    return pairs, used_p


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


def run_drafts(set_dir, known, show_all=False):
    gold = json.load(open(os.path.join(set_dir, "gold.json")))
    c = dict(gold=0, got=0, paired=0, got_complete=0, paired_complete=0, scare_kept=0, scare_gold=0,
             scare_marked=0, spk_n=0, spk_ok=0)
    misses, words, seconds = [], 0, 0.0
    for draft in gold["drafts"]:
        text = open(os.path.join(set_dir, "drafts", draft["file"]), encoding="utf-8").read()
        started = time.perf_counter()
        found = find_quotes(text, known)
        seconds += time.perf_counter() - started
        words += len(text.split())
        got = [{"text": q.text, "speaker": q.speaker, "mention": q.mention} for q in found if not q.skipped]
        skipped = [{"text": q.text} for q in found if q.skipped]
        quotes = draft.get("quotes") or []
        complete = draft.get("complete", True)
        pairs, used = pair(quotes, got)
        c["gold"] += len(quotes)
        c["got"] += len(got)
        c["paired"] += len(pairs)
        if complete:
            c["got_complete"] += len(got)
            c["paired_complete"] += len(pairs)
            scare = draft.get("skipped") or []
            c["scare_gold"] += len(scare)
            c["scare_kept"] += len(pair(scare, got)[0])
            c["scare_marked"] += len(pair(scare, skipped)[0])
        paired_gold = {id(g) for g, _ in pairs}
        for g in quotes:
            if id(g) not in paired_gold:
                misses.append((draft["file"], "missed", g["text"][:70]))
        for i, p in enumerate(got):
            if i not in used and not pair(draft.get("skipped") or [], [p])[0]:
                misses.append((draft["file"], "extra", p["text"][:70]))
        for s in skipped:
            if not pair(draft.get("skipped") or [], [s])[0]:
                misses.append((draft["file"], "wrongly skipped", s["text"][:70]))
        for g, p in pairs:
            if "speaker" in g:
                c["spk_n"] += 1
                if same_speaker(g["speaker"], p["speaker"]):
                    c["spk_ok"] += 1
                else:
                    misses.append((draft["file"], f"speaker {p['speaker']!r} (mention {p['mention']!r}) != {g['speaker']!r}",
                                   g["text"][:50]))
            if show_all:
                print(f"  {draft['file'][:3]} {p['speaker']!s:20} | {p['mention']!s:30} | {p['text'][:60]}")
    return c, misses, words, seconds


def show_sources(set_dir, known):
    meta = json.load(open(os.path.join(set_dir, "sources.json")))
    for src in meta:
        if src["kind"] not in ("release", "article", "notes"):
            continue
        text = open(os.path.join(set_dir, "sources", src["file"]), encoding="utf-8").read()
        segs = article_segments(text, default_speaker=src.get("speaker"), known_speakers=known)
        expected = {v for v in (src.get("speakers") or {}).values() if v} | ({src["speaker"]} if src.get("speaker") else set())
        print(f"\n== {src['file']} ({src['kind']}); people credited in the set: {sorted(expected)}")
        for s in segs:
            flag = "" if (s.speaker in expected) else "   <-- not in the set's list"
            print(f"  turn {s.turn:2} {s.speaker!s:20} label={s.label!r:32} {text[s.start:s.end][:60]!r}{flag}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir")
    ap.add_argument("--sources", action="store_true", help="also print article_segments of release/article/notes sources")
    ap.add_argument("--all", action="store_true", help="print every paired quote with its speaker")
    ap.add_argument("--no-known", action="store_true", help="do not pass the library's people as known speakers")
    args = ap.parse_args()
    known = [] if args.no_known else known_from(args.set_dir)
    c, misses, words, seconds = run_drafts(args.set_dir, known, args.all)
    for row in misses:
        print("miss:", *row)

    def ratio(a, b):
        return a / b if b else 0.0

    p = ratio(c["paired_complete"], c["got_complete"])
    r = ratio(c["paired"], c["gold"])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"quotes: gold {c['gold']} found {c['got']} paired {c['paired']} | P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    print(f"speaker accuracy {ratio(c['spk_ok'], c['spk_n']):.3f} ({c['spk_ok']}/{c['spk_n']})")
    print(f"scare quotes: gold {c['scare_gold']}, marked skipped {c['scare_marked']}, kept as quotes {c['scare_kept']}")
    # Timing on a 1,000-word story: the drafts joined until they reach 1,000 words.
    texts = [open(os.path.join(args.set_dir, "drafts", f), encoding="utf-8").read()
             for f in sorted(os.listdir(os.path.join(args.set_dir, "drafts")))]
    story = "\n\n".join(texts)
    story = " ".join(story.split(" ")[:1000])
    runs = 20
    started = time.perf_counter()
    for _ in range(runs):
        find_quotes(story, known)
    per = (time.perf_counter() - started) / runs * 1000
    print(f"time: {seconds / max(words, 1) * 1000 * 1000:.1f} ms per 1,000 words over the drafts; "
          f"{per:.1f} ms for one 1,000-word story")
    if args.sources:
        show_sources(args.set_dir, known)


if __name__ == "__main__":
    main()
