#!/usr/bin/env python3
"""Self-check of the Quote Desk demo library (stdlib only).

Verifies sources.json, the source files, draft.txt and the claims in
draft_answers.json against the source text:

* exact        -> the quote's words occur contiguously in ONE turn/passage of
                  source_speaker in source_file;
* edited       -> the pieces around … / ... and [brackets] occur in order, with
                  bounded gaps, in one turn; the quote as written is not contiguous;
                  an ellipsis gap holds no negation;
* misquote     -> the named speaker never says the words; the closest passage of
                  source_speaker shares most words; a `negation_in_gap` misquote
                  really drops a negation through its ellipsis;
* paraphrase   -> the named speaker never says the words; some words shared;
* misattributed-> the words match a turn of source_speaker and no turn of the
                  named speaker anywhere in the library;
* not_found    -> no 5-word run of the quote occurs anywhere in any source file.

Comparison: NFKC, curly -> straight, [stage notes] and (CROSSTALK) removed,
speaker labels removed, lowercase, words only.  Exit status 1 on any violation.

    python3 check_answers.py [-v]
"""
import datetime
import difflib
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_DIR = os.path.join(HERE, "sources")
KINDS = {"transcript", "speech", "interview", "release", "article", "notes", "captions"}
NEGATIONS = {
    "not", "never", "no", "nobody", "nothing", "none", "neither", "nor", "only", "except",
    "without", "cannot", "dont", "doesnt", "didnt", "wont", "wouldnt", "cant", "couldnt",
    "shouldnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "aint",
}
ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
BRACKET = re.compile(r"\[[^\]]*\]")

errors = []
VERBOSE = "-v" in sys.argv


def err(msg):
    errors.append(msg)


def info(msg):
    if VERBOSE:
        print("  " + msg)


# ---------------------------------------------------------------- normalising

def words(text):
    t = unicodedata.normalize("NFKC", text)
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = re.sub(r"\[[^\]]*\]", " ", t)               # [Laughter], [laughs]
    t = re.sub(r"\((?:[A-Z][A-Z ]+)\)", " ", t)      # (CROSSTALK)
    t = t.lower().replace("'", "")                   # I'm -> im, won't -> wont
    return re.findall(r"\w+", t)


def find_run(needle, hay):
    """Index of needle as a contiguous run in hay, or -1."""
    n = len(needle)
    if n == 0:
        return -1
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def pieces_in_order(pieces, hay, max_gaps):
    """Find pieces (word lists) in order in hay; max_gaps[i] bounds the gap
    before piece i+1.  Returns list of gaps (as word lists) or None."""
    def search(pi, start, gaps):
        if pi == len(pieces):
            return gaps
        p = pieces[pi]
        n = len(p)
        for i in range(start, len(hay) - n + 1):
            if pi > 0 and i - start > max_gaps[pi - 1]:
                break
            if hay[i:i + n] == p:
                g = gaps + ([hay[start:i]] if pi > 0 else [])
                r = search(pi + 1, i + n, g)
                if r is not None:
                    return r
        return None
    return search(0, 0, [])


def best_overlap(quote_w, hay):
    """Share of the quote's words found, in order, in the best window of hay."""
    best = 0.0
    n = len(quote_w)
    width = n + 12
    step = 1
    for i in range(0, max(1, len(hay) - n + 1), step):
        win = hay[i:i + width]
        sm = difflib.SequenceMatcher(None, quote_w, win, autojunk=False)
        m = sum(b.size for b in sm.get_matching_blocks())
        best = max(best, m / n)
    return best


# ---------------------------------------------------------------- source parsing

def label_re(keys):
    keys = sorted(keys, key=len, reverse=True)
    return re.compile(r"^(%s)\s*:\s*" % "|".join(re.escape(k) for k in keys)) if keys else None


def parse_transcript(text, spk):
    """Turns: a line starting with a known label opens a turn; other lines
    continue it; everything before the first label is the header."""
    rx = label_re(spk.keys())
    turns, cur = [], None
    suspicious = re.compile(r"^([A-Z][A-Za-z.'\- ]{0,40}):\s")
    for line in text.splitlines():
        m = rx.match(line) if rx else None
        if m:
            cur = [spk[m.group(1)], m.group(1), line[m.end():]]
            turns.append(cur)
        elif cur is not None:
            s = suspicious.match(line)
            if s:
                err("unknown speaker label %r in transcript line: %s" % (s.group(1), line[:60]))
            cur[2] += "\n" + line
    return [(s, lab, t) for s, lab, t in turns]


def quoted_spans(par):
    spans = re.findall(r"“([^”]*)”", par) + re.findall(r'"([^"]*)"', par)
    return spans


def parse_prose(paragraphs, spk):
    """Release/article/notes: a passage is the quoted material of a paragraph,
    credited to each known person named in it outside the quotes."""
    out = []
    for par in paragraphs:
        spans = quoted_spans(par)
        if not spans:
            continue
        outside = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", par)
        named = set()
        for key in sorted(spk, key=len, reverse=True):
            if re.search(r"\b%s\b" % re.escape(key), outside):
                named.add(spk[key])
        if not named:
            named = {None}
        for who in named:
            out.append((who, "prose", " ".join(spans)))
    return out


def html_paragraphs(text):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    m = re.search(r"(?is)<article\b.*?</article>", t)
    body = m.group(0) if m else t
    pars = re.findall(r"(?is)<p\b[^>]*>(.*?)</p>", body)
    return [html.unescape(re.sub(r"<[^>]+>", " ", p)) for p in pars]


def parse_vtt(text, spk):
    turns = []
    voice = None
    blocks = re.split(r"\n\s*\n", text.strip())
    for b in blocks:
        lines = b.splitlines()
        if not any("-->" in ln for ln in lines):
            continue
        i = next(k for k, ln in enumerate(lines) if "-->" in ln)
        cue = " ".join(lines[i + 1:])
        m = re.search(r"<v(?:\.[\w.]+)?\s+([^>]+)>", cue)
        if m:
            name = m.group(1).strip()
            if name not in spk:
                err("VTT voice %r not in sources.json speakers" % name)
            voice = name
        cue = re.sub(r"<[^>]+>", "", cue)
        if turns and turns[-1][1] == voice:
            turns[-1][2] += " " + cue
        else:
            turns.append([spk.get(voice), voice, cue])
    return [tuple(t) for t in turns]


def parse_srt(text, spk):
    turns = []
    rx = re.compile(r"^([A-Z][A-Z .'\-]*):\s*")
    for b in re.split(r"\n\s*\n", text.strip()):
        lines = [ln for ln in b.splitlines() if ln.strip()]
        lines = [ln for ln in lines if not re.fullmatch(r"\d+", ln.strip()) and "-->" not in ln]
        if not lines:
            continue
        cue = " ".join(lines)
        m = rx.match(cue)
        if m:
            lab = m.group(1)
            if lab not in spk:
                err("SRT prefix %r not in sources.json speakers" % lab)
            turns.append([spk.get(lab), lab, cue[m.end():]])
        elif turns:
            turns[-1][2] += " " + cue
        else:
            err("SRT starts without a speaker prefix")
    return [tuple(t) for t in turns]


def parse_source(entry, text):
    kind, spk, f = entry["kind"], entry.get("speakers") or {}, entry["file"]
    if f.endswith(".vtt"):
        return parse_vtt(text, spk)
    if f.endswith(".srt"):
        return parse_srt(text, spk)
    if kind in ("transcript", "interview"):
        return parse_transcript(text, spk)
    if kind == "speech":
        return [(entry["speaker"], None, text)]
    if f.endswith((".html", ".htm")):
        return parse_prose(html_paragraphs(text), spk)
    if kind == "notes":
        return parse_prose(text.splitlines(), spk)
    return parse_prose(re.split(r"\n\s*\n", text), spk)


def visible_text(entry, text):
    """Everything a reader could see in the file (for the not_found check and
    the word count): no markup, no cue timings or cue numbers."""
    if entry["file"].endswith((".html", ".htm")):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    if entry["file"].endswith((".vtt", ".srt")):
        text = "\n".join(ln for ln in text.splitlines()
                         if "-->" not in ln and not re.fullmatch(r"\s*\d+\s*", ln))
    return re.sub(r"<[^>]+>", " ", text)


# ---------------------------------------------------------------- checks

def main():
    entries = json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))
    files_on_disk = set(os.listdir(SRC_DIR))
    listed = [e["file"] for e in entries]
    for f in files_on_disk - set(listed):
        err("source file not listed in sources.json: %s" % f)
    if len(listed) < 10:
        err("fewer than 10 sources")

    library = {}          # file -> list of (speaker, label, words)
    full_words = {}       # file -> all visible words
    people = set()
    for e in entries:
        f = e["file"]
        for k in ("file", "kind", "title", "date", "outlet", "url", "speaker"):
            if k not in e:
                err("%s: missing key %s" % (f, k))
        if f not in files_on_disk:
            err("%s: listed but missing" % f)
            continue
        if e["kind"] not in KINDS:
            err("%s: bad kind %s" % (f, e["kind"]))
        try:
            d = datetime.date.fromisoformat(e["date"])
            if d.year != 2026:
                err("%s: date not in 2026" % f)
        except ValueError:
            err("%s: bad date %r" % (f, e["date"]))
        if e["url"] is not None and not e["url"].startswith("https://example.org/"):
            err("%s: url must be https://example.org/... or null" % f)
        if (e["speaker"] is not None) != (e["kind"] == "speech"):
            err("%s: speaker must be set exactly for single-speaker sources" % f)
        text = open(os.path.join(SRC_DIR, f), encoding="utf-8").read()
        turns = [(s, lab, words(t)) for s, lab, t in parse_source(e, text)]
        library[f] = turns
        full_words[f] = words(visible_text(e, text))
        n = len(full_words[f])
        if not 250 <= n <= 900:
            err("%s: %d words, want 250-900" % (f, n))
        people |= {s for s, _, _ in turns if s}
        info("%s: %d words, %d turns/passages, speakers %s" % (
            f, n, len(turns), sorted({s for s, _, _ in turns if s})))
    if not 8 <= len(people) <= 12:
        err("want 8-12 distinct named speakers, got %d: %s" % (len(people), sorted(people)))
    info("speakers (%d): %s" % (len(people), ", ".join(sorted(people))))

    def turns_of(speaker, file=None):
        for f, ts in library.items():
            if file and f != file:
                continue
            for s, lab, w in ts:
                if s == speaker:
                    yield f, lab, w

    # ---- draft
    draft = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read()
    blocks = draft.strip("\n").split("\n\n")
    if len(blocks) < 4 or "\n" in blocks[0] or "\n" in blocks[1]:
        err("draft: want headline, blank, byline, blank, paragraphs")
    nwords = len(words(draft))
    if not 450 <= nwords <= 750:
        err("draft: %d words, want 450-750" % nwords)
    if '"' in draft or "'" in draft:
        err("draft: straight quote or apostrophe found; use “ ” and ’")

    ans = json.load(open(os.path.join(HERE, "draft_answers.json"), encoding="utf-8"))
    expected_spans = []
    skipped_texts = [s["text"] for s in ans["skipped"]]
    for s in ans["skipped"]:
        if s.get("reason") != "scare_quote" or len(s["text"].split()) > 3:
            err("skipped %r: must be a scare_quote of 1-3 words" % s["text"])
    pos = 0
    for i, q in enumerate(ans["quotes"]):
        parts = q.get("parts") or [q["text"]]
        if " ".join(parts) != q["text"]:
            err("q%d: text is not the joined parts" % (i + 1))
        for p in parts:
            k = draft.find("“" + p + "”", pos)
            if k < 0:
                err("q%d: part not found (in order) in draft: %r" % (i + 1, p))
            else:
                pos = k
        if q.get("mention") and q["mention"] not in draft:
            err("q%d: mention %r not in draft" % (i + 1, q["mention"]))
    for s in re.finditer(r"“([^”]*)”", draft):
        expected_spans.append(s.group(1))
    listed_spans = [p for q in ans["quotes"] for p in (q.get("parts") or [q["text"]])]
    if sorted(expected_spans) != sorted(listed_spans + skipped_texts):
        extra = set(expected_spans) - set(listed_spans + skipped_texts)
        missing = set(listed_spans + skipped_texts) - set(expected_spans)
        err("draft quote spans and answers disagree: unlisted %s, absent %s" % (extra, missing))

    verdicts = {}
    for i, q in enumerate(ans["quotes"]):
        tag = "q%d (%s)" % (i + 1, q["verdict"])
        verdicts[q["verdict"]] = verdicts.get(q["verdict"], 0) + 1
        for k in ("text", "speaker", "verdict", "source_file", "source_speaker", "note"):
            if k not in q:
                err("%s: missing key %s" % (tag, k))
        v, text, sf, ss, named = q["verdict"], q["text"], q["source_file"], q["source_speaker"], q["speaker"]
        qw = words(text)
        if v != "not_found" and sf not in library:
            err("%s: unknown source_file %r" % (tag, sf))
            continue
        named_says = [(f, lab) for f, lab, w in turns_of(named) if find_run(qw, w) >= 0]

        if v == "exact":
            hits = [lab for _, lab, w in turns_of(ss, sf) if find_run(qw, w) >= 0]
            if not hits:
                err("%s: words not contiguous in one turn of %s in %s: %r" % (tag, ss, sf, text))
            if "quoted_by_other" in q.get("flags", []):
                if ss == named:
                    err("%s: quoted_by_other but source_speaker is the named speaker" % tag)
                if named_says:
                    err("%s: quoted_by_other, yet %s says it himself/herself" % (tag, named))
            elif ss != named:
                err("%s: exact but source_speaker differs from speaker" % tag)
            others = sorted({(f, s) for f, ts in library.items() for s, _, w in ts
                             if find_run(qw, w) >= 0 and (f, s) != (sf, ss)})
            info("%s ok; other occurrences: %s" % (tag, others or "none"))

        elif v == "edited":
            raw_pieces = ELLIPSIS.split(text)
            pieces, kinds = [], []
            for rp in raw_pieces:
                sub = BRACKET.split(rp)
                for j, s in enumerate(sub):
                    w = words(s)
                    if w:
                        if pieces:
                            kinds.append("ellipsis" if j == 0 else "bracket")
                        pieces.append(w)
            # a bracket at the very start or end just adds/replaces edge words
            maxg = [40 if k == "ellipsis" else 6 for k in kinds]
            found = None
            for _, _lab, w in turns_of(ss, sf):
                found = pieces_in_order(pieces, w, maxg)
                if found is not None:
                    break
            if found is None:
                err("%s: pieces %s not in order in one turn of %s in %s" % (tag, pieces, ss, sf))
            else:
                for k, g in zip(kinds, found, strict=False):
                    if k == "ellipsis" and not g:
                        err("%s: ellipsis omits nothing" % tag)
                    if k == "ellipsis" and NEGATIONS & set(g) and "negation_in_gap_benign" not in q.get("flags", []):
                        err("%s: ellipsis gap drops a negation %s; that is a misquote" % (tag, g))
                info("%s ok; gaps %s" % (tag, found))
            if not BRACKET.search(text) and not ELLIPSIS.search(text):
                err("%s: edited but no ellipsis or bracket" % tag)
            as_written = words(ELLIPSIS.sub(" ", text).replace("[", " ").replace("]", " "))
            if any(find_run(as_written, w) >= 0 for _, _, w in turns_of(ss, sf)):
                err("%s: quote is verbatim; should be exact" % tag)
            if ss != named:
                err("%s: edited but source_speaker differs from speaker" % tag)

        elif v in ("misquote", "paraphrase"):
            if named_says:
                err("%s: %s says these words verbatim in %s" % (tag, named, named_says))
            if ss != named:
                err("%s: source_speaker should be the named speaker" % tag)
            flat = words(ELLIPSIS.sub(" ", text))
            best = max((best_overlap(flat, w) for _, _, w in turns_of(ss, sf)), default=0.0)
            unmatched = round(len(flat) * (1 - best))
            info("%s overlap with closest passage %.2f (%d of %d draft words unmatched)" % (
                tag, best, unmatched, len(flat)))
            if v == "misquote":
                if "negation_in_gap" in q.get("flags", []):
                    pieces = [words(p) for p in ELLIPSIS.split(text) if words(p)]
                    found = None
                    for _, _, w in turns_of(ss, sf):
                        found = pieces_in_order(pieces, w, [40] * len(pieces))
                        if found:
                            break
                    if not found or not any(NEGATIONS & set(g) for g in found):
                        err("%s: negation_in_gap, but no negation dropped through the ellipsis" % tag)
                    else:
                        info("%s dropped through the ellipsis: %s" % (tag, found))
                elif "omission" in q.get("flags", []):
                    pieces = [words(p) for p in q["parts"]]
                    found = None
                    for _, _, w in turns_of(ss, sf):
                        found = pieces_in_order(pieces, w, [40] * len(pieces))
                        if found:
                            break
                    if not found or not all(found):
                        err("%s: omission, but the parts do not stand apart in order in one turn" % tag)
                    else:
                        info("%s left out between the parts: %s" % (tag, found))
                elif best < 0.5 or unmatched > 3:
                    err("%s: misquote should differ by 1-3 words from a close original (overlap %.2f)" % (tag, best))
            else:
                if best > 0.85 or unmatched < 3:
                    err("%s: too close to the original for a paraphrase (overlap %.2f)" % (tag, best))
                if best < 0.2:
                    err("%s: too far from the original to call a paraphrase (overlap %.2f)" % (tag, best))

        elif v == "misattributed":
            if ss == named:
                err("%s: misattributed but source_speaker is the named speaker" % tag)
            hits = [lab for _, lab, w in turns_of(ss, sf) if find_run(qw, w) >= 0]
            if not hits:
                err("%s: words not in a turn of %s in %s" % (tag, ss, sf))
            if named_says:
                err("%s: named speaker %s does say these words: %s" % (tag, named, named_says))

        elif v == "not_found":
            if sf is not None or ss is not None:
                err("%s: not_found must have null source_file/source_speaker" % tag)
            for f, fw in full_words.items():
                for k in range(len(qw) - 4):
                    if find_run(qw[k:k + 5], fw) >= 0:
                        err("%s: 5-word run %r occurs in %s" % (tag, " ".join(qw[k:k + 5]), f))
        else:
            err("%s: unknown verdict" % tag)

    need = {"exact": 6, "edited": 2, "misquote": 2, "paraphrase": 1, "misattributed": 1, "not_found": 1}
    for v, n in need.items():
        if verdicts.get(v, 0) < n:
            err("want at least %d %s quotes, have %d" % (n, v, verdicts.get(v, 0)))
    print("demo check: %d sources, %d speakers, draft %d words, %d quotes %s, %d skipped" % (
        len(library), len(people), nwords, len(ans["quotes"]),
        dict(sorted(verdicts.items())), len(ans["skipped"])))
    for e in errors:
        print("ERROR: " + e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
