"""Build a scorer set of real articles checked against the real transcripts they quote.

Not a test, and nothing it builds is committed: the articles belong to their publishers.  It
joins two kinds of public data that a development machine fetches itself:

- the real-news set that ``../shared/devset/news.py`` builds (PolNeAR: US political news of
  2015–16, with gold quotes and speakers), its ``train`` and ``dev`` folders;
- transcripts of what those articles quote: the 2016 primary debates of the public repository
  ``paxtonab/primary_debates_nltk`` (one ``NAME:``-labelled file per debate, and ``debate.csv``
  with their dates) and Donald Trump's campaign speeches of ``alexmill/trump_transcripts``
  (``transcripts/speech_*.md``), both taken from the American Presidency Project.

Fetch the two repositories (the workplace ``fetch`` tool gives a git directory for each), then:

    .venv/bin/python scripts/real_pairs.py --news /path/to/news \\
        --debates /path/to/paxtonab+primary_debates_nltk/repo/.git \\
        --speeches /path/to/alexmill+trump_transcripts/repo/.git --out /tmp/pairs
    .venv/bin/python ../shared/devset/score.py /tmp/pairs

Gold verdicts: a gold quote of a named speaker is labelled ``exact`` (``edited`` when it has an
ellipsis and its pieces stand in order in one turn) only where its words, fillers and
punctuation aside, stand verbatim in a turn of a speaker with the gold speaker's surname, and
that turn's file is its ``source_file``.  Every other quote of those articles keeps its gold
speaker but no verdict, so the set measures false alarms (accurate quotes called a problem) and
the right source, not problems caught.  ``--mutate`` writes the same set with one long word of
every labelled quote changed in the draft, labelled ``misquote``: problems caught on real speech.
``--rename`` writes it with the first quoted speaker of each article renamed to a surname nobody
in the library has, that person's labelled quotes labelled ``misattributed``: right words, a
speaker the library does not hold.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

FILLERS = frozenset("uh uhh um umm er erm ah hmm".split())
SWAPS = ["budget", "families", "border", "workers", "taxes", "veterans", "schools"]


def git(git_dir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, text=True, check=True).stdout


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")
    return [w for w in re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text) if w not in FILLERS]


def surname(name: str) -> str:
    parts = [w for w in re.split(r"[\s.,]+", name.lower()) if w]
    return parts[-1] if parts else ""


class Turns:
    """Every speaker turn of the transcripts as a word list, with a 4-word index to find quotes."""

    def __init__(self) -> None:
        self.turns: list[tuple[str, str, list[str]]] = []   # (file, label, words)
        self.grams: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def add(self, file: str, label: str, body: str) -> None:
        if self.turns and self.turns[-1][:2] == (file, label):
            self.turns[-1][2].extend(words(body))
        else:
            self.turns.append((file, label, words(body)))

    def index(self) -> None:
        for t, (_, _, ws) in enumerate(self.turns):
            for i in range(len(ws) - 3):
                self.grams.setdefault(tuple(ws[i:i + 4]), []).append((t, i))

    def holding(self, pieces: list[list[str]]) -> list[int]:
        """Turns holding every piece, in order (one piece: contiguous)."""
        if any(len(p) < 4 for p in pieces):
            return []
        out = []
        for t in sorted({t for t, _ in self.grams.get(tuple(pieces[0][:4]), [])}):
            ws, pos = self.turns[t][2], 0
            for p in pieces:
                at = next((k for k in range(pos, len(ws) - len(p) + 1) if ws[k:k + len(p)] == p), None)
                if at is None:
                    break
                pos = at + len(p)
            else:
                out.append(t)
        return out


def add_sources(args, out: Path, turns: Turns) -> list[dict]:
    meta = []
    dates = {}
    for line in git(args.debates, "show", "HEAD:debate.csv").splitlines()[1:]:
        cells = line.split(",")
        dates[cells[2].replace("democractic", "democratic")] = cells[-1]
    for name in git(args.debates, "ls-tree", "--name-only", "HEAD").split():
        if not name.endswith("_debate.txt"):
            continue
        text = git(args.debates, "show", "HEAD:" + name)
        (out / "sources" / name).write_text(text)
        meta.append({"file": name, "kind": "transcript", "title": name, "date": dates.get(name)})
        label = None
        for line in text.splitlines():
            m = re.match(r"^([A-Z][A-Z'. -]{1,30}):\s*(.*)", line.strip())
            if m:
                label, line = m.group(1).strip(), m.group(2)
            if label:
                turns.add(name, label, line)
    for name in git(args.speeches, "ls-tree", "-r", "--name-only", "HEAD").split():
        if "/speech_" not in name:
            continue
        body = re.sub(r"^---.*?---\s*", "", git(args.speeches, "show", "HEAD:" + name), flags=re.S)
        file = Path(name).stem + ".txt"
        (out / "sources" / file).write_text(body)
        meta.append({"file": file, "kind": "speech", "title": file, "speaker": "Donald Trump", "date": file[7:17]})
        turns.add(file, "TRUMP", body)
    return meta


def label_drafts(args, out: Path, turns: Turns) -> list[dict]:
    drafts = []
    for split in ("train", "dev"):
        gold = json.loads((Path(args.news) / split / "gold.json").read_text())
        for d in gold["drafts"]:
            found = 0
            for q in d["quotes"]:
                q.pop("verdict", None)
                q.pop("source_file", None)
                if not q.get("speaker"):
                    continue
                pieces = [words(p) for p in re.split(r"\.\.\.|\u2026", q.get("text") or "") if words(p)]
                want = surname(q["speaker"].split(",")[0])
                hits = [t for t in turns.holding(pieces) if surname(turns.turns[t][1]) == want] if pieces else []
                if hits:
                    q["verdict"] = "exact" if len(pieces) == 1 else "edited"
                    q["source_file"] = turns.turns[hits[0]][0]
                    found += 1
            if found:
                shutil.copy(Path(args.news) / split / "drafts" / d["file"], out / "drafts" / d["file"])
                drafts.append(d)
    return drafts


def mutate(out: Path, drafts: list[dict]) -> int:
    """Change one long word of every labelled quote in its draft; the quote becomes a misquote."""
    n = 0
    for d in drafts:
        path = out / "drafts" / d["file"]
        text = path.read_text()
        for q in d["quotes"]:
            if q.get("verdict") not in ("exact", "edited") or q["text"] not in text:
                q.pop("verdict", None)
                continue
            long_words = re.findall(r"[A-Za-z]{5,}", q["text"])
            if not long_words:
                q.pop("verdict", None)
                continue
            word = max(long_words, key=len)
            swap = SWAPS[n % len(SWAPS)] if word.lower() not in SWAPS else "things"
            changed = re.sub(r"\b%s\b" % re.escape(word), swap, q["text"], count=1)
            text = text.replace(q["text"], changed, 1)
            q["text"], q["verdict"] = changed, "misquote"
            n += 1
        path.write_text(text)
    return n


#: Invented surnames that stand in for the speaker a draft names (``--rename``): nobody in the library.
STAND_INS = ["Fenwick", "Halvorsen", "Quintero", "Lindqvist", "Okonjo"]


def rename(out: Path, drafts: list[dict]) -> int:
    """In each draft, give the speaker of its first labelled quote another surname everywhere
    ("Trump" → "Fenwick", "Donald Trump" → "Donald Fenwick"): that speaker's labelled quotes are
    now attributed to someone the library does not hold, labelled ``misattributed``; the other
    labelled quotes keep their verdict, or lose it when the renamed surname is theirs too."""
    n = 0
    for i, d in enumerate(drafts):
        labelled = [q for q in d["quotes"] if q.get("verdict") in ("exact", "edited") and q.get("speaker")]
        if not labelled:
            continue
        old = labelled[0]["speaker"].split()[-1]
        new = STAND_INS[i % len(STAND_INS)]
        path = out / "drafts" / d["file"]
        path.write_text(re.sub(r"\b%s\b" % re.escape(old), new, path.read_text()))
        for q in d["quotes"]:
            if q.get("speaker") and q["speaker"].split()[-1] == old:
                q["speaker"] = re.sub(r"\b%s\b" % re.escape(old), new, q["speaker"])
                if q.get("verdict") in ("exact", "edited"):
                    q["verdict"] = "misattributed"
                    n += 1
                else:
                    q.pop("verdict", None)
            q["text"] = re.sub(r"\b%s\b" % re.escape(old), new, q["text"])
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", required=True, help="the folder news.py built (holding train/ and dev/)")
    ap.add_argument("--debates", required=True, help="git directory of paxtonab/primary_debates_nltk")
    ap.add_argument("--speeches", required=True, help="git directory of alexmill/trump_transcripts")
    ap.add_argument("--out", required=True, help="the set to write (replaced)")
    ap.add_argument("--mutate", action="store_true", help="change one word of each labelled quote (misquotes)")
    ap.add_argument("--rename", action="store_true",
                    help="give each draft's first quoted speaker a surname nobody in the library has (misattributions)")
    args = ap.parse_args()
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    (out / "sources").mkdir(parents=True)
    (out / "drafts").mkdir()
    turns = Turns()
    meta = add_sources(args, out, turns)
    turns.index()
    drafts = label_drafts(args, out, turns)
    labelled = sum(1 for d in drafts for q in d["quotes"] if q.get("verdict"))
    if args.mutate:
        labelled = mutate(out, drafts)
    elif args.rename:
        labelled = rename(out, drafts)
    (out / "sources.json").write_text(json.dumps(meta, indent=1))
    (out / "gold.json").write_text(json.dumps({"drafts": drafts}, indent=1))
    print(f"{len(meta)} sources, {len(drafts)} articles, {labelled} quotes with a gold verdict -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
