"""What a match reports: the word diff, the normalisation steps it relied on, the selector.

Built from a graded evaluation (``model.Eval``) once ``core.match_quote`` has chosen it.
"""
from __future__ import annotations

from .align import Quote
from .model import EXACT, NONE, REVERSED, Edit, Eval, Match
from .normalize import NORMALISATION_STEPS
from .parts import SENTENCE
from .spoken import STEP_TEXT

SELECTOR_CONTEXT = 32


def edits(ev: Eval, q: Quote) -> list[Edit]:
    tw = ev.tw
    q = ev.quote or q
    if ev.grade == EXACT and ev.hit is None:
        return [Edit("equal", q.surface(0, len(q.words)), tw.span_text(ev.lo, ev.hi))]
    if ev.hit is not None:
        out: list[Edit] = []
        hit = ev.hit
        if q.seps[0].brackets:
            a, b = hit.lead or (hit.starts[0], hit.starts[0])
            out.append(Edit("bracket", " ".join(q.seps[0].brackets), tw.span_text(a, b)))
        for k, (i, j) in enumerate(q.frags):
            s = hit.starts[k]
            if k:
                a = hit.starts[k - 1] + (q.frags[k - 1][1] - q.frags[k - 1][0])
                sep = q.seps[k]
                if sep.ellipsis:
                    out.append(Edit("ellipsis", "\u2026", tw.span_text(a, s)))
                    if sep.brackets:
                        out.append(Edit("bracket", " ".join(sep.brackets), ""))
                elif sep.brackets:
                    out.append(Edit("bracket", " ".join(sep.brackets), tw.span_text(a, s)))
                elif sep.part == SENTENCE and s > a:
                    # words left out between the parts of one sentence, with no ellipsis
                    out.append(Edit("delete", "", tw.span_text(a, s)))
                # (a cut between paragraphs is no edit: the parts are shown as they stand)
            out.append(Edit("equal", q.surface(i, j), tw.span_text(s, s + j - i)))
        if q.seps[-1].brackets:
            a, b = hit.trail or (ev.hi, ev.hi)
            out.append(Edit("bracket", " ".join(q.seps[-1].brackets), tw.span_text(a, b)))
        return out
    if ev.grade == REVERSED:
        return [Edit("replace", q.surface(0, len(q.words)), tw.span_text(ev.lo, ev.hi))]
    c = ev.close
    if c is None:
        return []
    return [Edit(t, q.surface(j1, j2), tw.span_text(i1, i2)) for t, i1, i2, j1, j2 in c.ops]


def speech_notes(src_notes, quote_notes) -> list[str]:
    """The spoken-word steps (``speech.py``) that made quote and source span agree.

    A step is listed when the forms it rewrote differ between the two sides (both saying
    "don't" needs no note; "ten" in the source against "10" in the quote does).
    """
    def by_step(notes):
        out: dict[str, list[str]] = {}
        for _pos, step, raw in notes:
            raw = " ".join(raw.split())
            if raw.casefold() not in {r.casefold() for r in out.get(step, [])}:
                out.setdefault(step, []).append(raw)
        return out

    src, quo = by_step(src_notes), by_step(quote_notes)
    lines = []
    for step, text in STEP_TEXT.items():
        s, qq = src.get(step, []), quo.get(step, [])
        if {r.casefold() for r in s} == {r.casefold() for r in qq}:
            continue
        said = "; ".join(part for part in (
            "source: " + ", ".join(f"\u201c{r}\u201d" for r in s[:6]) if s else "",
            "quote: " + ", ".join(f"\u201c{r}\u201d" for r in qq[:6]) if qq else "",
        ) if part)
        lines.append(f"{text} \u2014 {said}")
    return lines


def normalisation(ev: Eval | None, compounds_used: bool, q: Quote | None = None) -> list[str]:
    steps = list(NORMALISATION_STEPS)
    if compounds_used:
        steps.append("hyphenation unified (e-mails = emails)")
    if ev is not None and ev.grade > NONE:
        a, b = ev.tw.w.starts[ev.lo], ev.tw.w.ends[max(ev.lo, ev.hi - 1)]
        notes = [t for pos, t in ev.tw.removed if a <= pos < b]
        if notes:
            steps.append("stage directions removed from the source: " + ", ".join(notes))
        steps += speech_notes([n for n in ev.tw.w.notes if a <= n[0] < b], q.words.notes if q else [])
    return steps


def match_from(ev: Eval, verdict: str, flags: list[str], q: Quote, runners, compounds_used) -> Match:
    tw, cand = ev.tw, ev.cand
    start, end = tw.w.starts[ev.lo], tw.w.ends[ev.hi - 1]
    text = cand.source_text
    selector = {
        "exact": text[start:end],
        "prefix": text[max(0, start - SELECTOR_CONTEXT):start],
        "suffix": text[end:end + SELECTOR_CONTEXT],
    }
    return Match(
        verdict=verdict,
        flags=flags,
        score=round(max(0.0, min(1.0, ev.score)), 4),
        candidate=cand,
        passage_id=(ev.pieces or cand.pieces)[tw.w.piece[ev.lo]][0],
        start=start,
        end=end,
        selector=selector,
        edits=edits(ev, q),
        runners_up=runners,
        normalisation=normalisation(ev, compounds_used, q),
    )
