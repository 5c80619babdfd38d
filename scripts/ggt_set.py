#!/usr/bin/env python3
"""Build a Canadian real-news set for ../shared/devset/score.py from the Gender Gap Tracker's
public evaluation data (SFU Discourse Lab: 98 Canadian news articles, 2018-19, each quotation
annotated with its speaker).

The set is for quote finding and speakers only (no source library), like news.py's PolNeAR set.
Each quoted span inside an annotated quotation is one gold quote; its speaker is the annotators'
"reference" (the person the quote is resolved to: "the rookie defenceman" → Caleb Jones), or the
speaker as written when there is none. Quotations without quote marks (reported speech) are not
quotes for the desk and are left out.

Get the data: a git snapshot of github.com/sfu-discourse-lab/GenderGapTracker (the search tool's
`fetch`), then, from the project's root, with openpyxl importable (`pip install openpyxl` in a
scratch folder; it is not one of the app's requirements):

    python scripts/ggt_set.py --git PATH/TO/repo --out OUTSIDE/ggt
    python ../shared/devset/score.py OUTSIDE/ggt          # end to end
    .venv/bin/python scripts/devset_quotes.py OUTSIDE/ggt  # quote finding only, fast

The texts belong to their publishers: build the set outside the repository; never commit it.
"""
import argparse
import io
import json
import os
import re
import subprocess
import sys
import zipfile

COMMIT = "fe82ba2"  # the evaluation data as this script was written against
RAWTEXT = "NLP/evaluation/src/rawtext.zip"
TABLE = "NLP/evaluation/src/eval/AnnotationTable_byArticle_withReplacementArticles.xlsx"
QUOTED = re.compile(r"[\"“]([^\"“”]{2,}?)[\"”]")


def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def rows(table_bytes):
    try:
        import openpyxl
    except ImportError:
        sys.exit("ggt_set.py needs openpyxl: pip install --target SOMEWHERE openpyxl, then PYTHONPATH=SOMEWHERE")
    sheet = openpyxl.load_workbook(io.BytesIO(table_bytes), read_only=True).worksheets[0]
    header, *body = list(sheet.iter_rows(values_only=True))
    return [dict(zip(header, row, strict=False)) for row in body]   # short rows: trailing cells empty


def gold_quotes(quotations):
    out, seen = [], set()
    for q in quotations:
        key = (q.get("quote_index"), q.get("quote"))
        if key in seen:  # an annotation given twice
            continue
        seen.add(key)
        who = (q.get("reference") or q.get("speaker") or "").strip()
        for m in QUOTED.finditer(q.get("quote") or ""):
            item = {"text": m.group(1).strip()}
            if who and who[0].isupper():
                item["speaker"] = who
            out.append(item)
    return out


def quotations(cell):
    """The cell's JSON list; one article's cell opens a second list without closing the first."""
    text = cell or "[]"
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return json.loads(re.sub(r"}\s*\[\s*{", "}, {", text))


def build(gitdir, out):
    texts = {}
    with zipfile.ZipFile(io.BytesIO(git_show(gitdir, RAWTEXT))) as z:
        for name in z.namelist():
            if name.endswith(".txt"):
                texts[os.path.basename(name)[:-4]] = z.read(name).decode("utf-8")
    drafts, gold = {}, []
    for row in rows(git_show(gitdir, TABLE)):
        ident = re.sub(r"^ObjectId\((\w+)\)$", r"\1", str(row.get("_id") or ""))
        text = texts.get(ident) or row.get("articleBodyText")
        if not ident or not text:
            continue
        quotes = gold_quotes(quotations(row.get("quotations")))
        drafts[ident + ".txt"] = text
        gold.append({"file": ident + ".txt", "complete": True, "quotes": quotes, "skipped": []})
    os.makedirs(os.path.join(out, "drafts"), exist_ok=True)
    for name, text in drafts.items():
        with open(os.path.join(out, "drafts", name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "sources.json"), "w") as f:
        json.dump([], f)
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"drafts": gold}, f, indent=1, ensure_ascii=False)
    n = sum(len(d["quotes"]) for d in gold)
    named = sum("speaker" in q for d in gold for q in d["quotes"])
    print(f"{out}: {len(gold)} articles, {n} quoted spans, {named} with a named speaker")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--git", required=True, help="git dir of a GenderGapTracker snapshot")
    ap.add_argument("--out", required=True, help="a folder outside the repository")
    args = ap.parse_args()
    build(args.git, args.out)


if __name__ == "__main__":
    main()
