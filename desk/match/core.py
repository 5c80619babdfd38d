"""Match one draft quote against candidate speaker turns and give a verdict.

Pure: no Flask, no database, no index.  The caller finds candidate passages,
expands each to its speaker turn and passes the turns in as ``Candidate``s
(``model.py``: candidates, graded evaluations, matches; ``report.py``: what a
chosen match reports — word diff, normalisation steps, selector).

Method (details and thresholds in the sibling modules):

1. normalise quote and turns into word sequences, keeping each source word's
   offsets (``normalize.py``: NFKC, quotes, dashes, case, punctuation,
   hyphenation, stage directions; ``speech.py``: fillers, stutters, numbers,
   contractions, OK — on both sides alike);
2. grade every turn (``align.py``), strictest first: *exact* (the quote's
   words contiguous in the turn — plain string search, never a fuzzy score),
   *edited* (fragments between ellipses/brackets in order within bounded
   gaps; a flipping negation in a gap demotes it to a misquote with
   ``negation_in_gap``); for a quote with parts (``parts.py``), the parts in
   order in the turn — across a paragraph cut still exact/edited, across a
   split sentence with words left out an *omission* misquote; *reversed*
   (all fragments/sentences verbatim but out of order), then the closest word
   alignment (``close.py``) graded *misquote*, *paraphrase* or nothing
   (``verdict.py``);
3. decide with the draft's speaker in mind:

   * the named speaker's best exact/edited turn wins (same speaker at two
     events: best grade, then score, then the earliest date) —
     ``multiple_sources`` if another speaker or source has the words too;
   * otherwise an exact/edited turn of someone else: if that person is
     reading the named speaker's words aloud (``readers.py``: a strong cue such
     as "I'm quoting"/"you said" just before, or the named speaker's name nearby
     with quote marks or "said"/"promised"), the verdict stays exact/edited with
     ``quoted_by_other``; else ``misattributed`` and the candidate says who
     did say it (for a ``questioner`` turn: an unnamed reporter's words) —
     unless the draft names nobody beside the quote (its speaker inferred from
     the paragraphs around it): then exact/edited, flagged ``speaker_inferred``,
     because a wrong guess of ours must not read as the reporter's error;
     a turn the source labels with the named speaker's bare surname ("CLINTON:")
     counts as the named speaker's own, flagged ``surname_label``, whoever the
     ingest took the label for (the source does not say which Clinton);
   * words verbatim in a turn the source names no speaker for (``GUEST:``, ``A.``, a
     ``>>`` voice; not a questioner's) may be the named speaker's: exact/edited, flagged ``unnamed_turn`` — never
     ``misattributed`` to nobody (but "UNIDENTIFIED WOMAN:" is no Arne Solberg: misattributed);
   * otherwise an ellipsis whose fragments sit in two speakers' turns of one
     source → misquote, ``cross_turn``;
   * otherwise the named speaker's closest turn: misquote (negation_in_gap /
     omission / reversed_fragments / word diff) or paraphrase; failing that someone
     else's misquote-close turn; else ``not_found``;
   * ``ambiguous``: for misquote/paraphrase, a turn of another speaker or
     source graded the same within ``AMBIGUOUS_MARGIN`` of the score.
   * words verbatim in another speaker's turn are a misattribution only when
     they are distinctive (``whose.MISATTRIBUTION_WORDS`` words, or
     ``whose.MISATTRIBUTION_CONTENT`` words neither function nor everyday words):
     "to go after them" in someone else's turn proves nothing;
   * a quote of fewer than ``SHORT_QUOTE`` words is checked only against the
     named speaker's passages (elsewhere a match is chance); when the draft
     names someone the library does not hold, another speaker's turn can give
     exact/edited (flagged) or a misquote, never a paraphrase;
   * a person the draft names whom the library does not hold (``speaker_ids``
     empty, a name in ``speaker_names``, ``speaker_person`` true: not an
     organisation, a document or a description) is treated like a named speaker
     with no turns: distinctive words verbatim in another named person's turn
     are ``misattributed``, unless a turn with the words may be theirs — nobody's
     (no speaker, or a questioner), or another form of the name (``kin.py``:
     "Hillary Rodham Clinton" for "Hillary Clinton", "Corinne Lund" for Corinne
     Abernathy-Lund, a one-letter misspelling) — which gives exact/edited
     flagged ``speaker_unknown`` (shown as "not in the library"); a turn of someone
     reading the named person's words aloud (``readers.py``) gives exact/edited flagged
     ``quoted_by_other`` instead.
"""
from __future__ import annotations

from collections.abc import Sequence

from .align import Hit, Quote, TurnWords, parse_quote, place_fragments, reordered
from .close import close_match
from .kin import may_be_named, short_form
from .model import EDITED, EXACT, MISQUOTE, NEGATION, NONE, OMISSION, PARAPHRASE, REVERSED, Candidate, Eval, Match
from .parts import PARAGRAPH, hold_together, omitted, part_starts, split_at_parts, turn_windows
from .readers import (
    another_named,
    fold_name,
    names_pattern,
    quotes_another,
    reads_words_of,
    relative_quoted,
    reported_unnamed,
    said_again,
)
from .report import match_from, normalisation
from .spelling import us_spelling
from .verdict import classify_close, one_word_swapped
from .whose import distinctive, may_be_unnamed_voice, other_sex

AMBIGUOUS_MARGIN = 0.05
#: Quotes of fewer words are checked only against the named speaker's own passages.
SHORT_QUOTE = 4

def _placed(ev: Eval, hit: Hit, q: Quote, split: bool = False) -> Eval:
    """Grade fragments placed verbatim, in order (``q`` split at its parts when ``split``)."""
    n = len(q.words)
    last_i, last_j = q.frags[-1]
    ev.hit = hit
    ev.quote = q if split else None
    ev.lo = hit.lead[0] if hit.lead else hit.starts[0]
    ev.hi = hit.trail[1] if hit.trail else hit.starts[-1] + (last_j - last_i)
    base = n / (n + q.bracket_words)
    ev.omitted = omitted(q, hit) if split else []
    left_out = sum(b - a for a, b in ev.omitted)
    if hit.negations:
        ev.grade, ev.score, ev.negations = NEGATION, 0.9 * base, hit.negations
    elif left_out:
        ev.grade, ev.score = OMISSION, 0.9 * base * n / (n + left_out)
    elif q.edited:
        ev.grade, ev.score = EDITED, base
    else:
        ev.grade, ev.score = EXACT, 1.0
    return ev


def _in_order(cand: Candidate, tw: TurnWords, q: Quote, qp: Quote | None) -> Eval | None:
    """The quote's words found verbatim in the turn (its fragments in order, for an edited or
    split quote), or None."""
    ev = Eval(cand, tw)
    if not q.edited:
        pos = tw.find_all(q.words.words, limit=1)
        if pos:
            ev.grade, ev.score, ev.lo, ev.hi = EXACT, 1.0, pos[0], pos[0] + len(q.words)
            return ev
    else:
        hit = place_fragments(tw, q)
        if hit:
            return _placed(ev, hit, q)
    if qp is not None:
        hit = place_fragments(tw, qp)
        if hit:
            return _placed(ev, hit, qp, split=True)
    return None


def _grade(cand: Candidate, tw: TurnWords, q: Quote, qp: Quote | None) -> Eval:
    """``qp``: the quote split at its parts (``parts.py``), or None for a one-part quote."""
    found = _in_order(cand, tw, q, qp)
    if found is None and tw.said_once() is not None:
        found = _in_order(cand, tw.said_once(), q, qp)   # a repeat printed once: "still, uh, still"
    if found is not None:
        return found
    ev = Eval(cand, tw)
    qw = q.words.words
    n = len(qw)
    c = close_match(tw, qw)
    ev.close = c
    rev = reordered(tw, q)
    if rev:
        ev.grade, ev.lo, ev.hi = REVERSED, rev[0], rev[1]
        ev.score = c.score if c else 0.5
        return ev
    label = classify_close(c, n)
    if c:
        ev.score, ev.lo, ev.hi = c.score, c.lo, c.hi
    ev.grade = {"misquote": MISQUOTE, "paraphrase": PARAPHRASE}.get(label, NONE)
    return ev


# ----------------------------------------------------------------------------
def _cross_turn(candidates: Sequence[Candidate], q: Quote) -> Eval | None:
    """Fragments of an ellipsis quote placed across two speakers' turns of one source.

    The turns of each source are laid end to end in turn order and the
    fragments placed as for an edited quote; a placement that uses turns of
    two different speakers is a splice.  Returns an Eval over the merged
    turns (candidate = the turn holding the first fragment).
    """
    by_source: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_source.setdefault(c.source_id, []).append(c)
    for cs in by_source.values():
        if len({(c.speaker_id, c.speaker_name) for c in cs}) < 2:
            continue
        cs = sorted(cs, key=lambda c: (c.turn, c.pieces[0][1] if c.pieces else 0))
        pieces, owner = [], []
        for c in cs:
            for p in c.pieces:
                pieces.append(p)
                owner.append(c)
        tw = TurnWords.build(pieces, cs[0].source_text).with_compounds(q.words.compounds())
        hit = place_fragments(tw, q)
        if not hit:
            continue
        owners = []
        for k, s in enumerate(hit.starts):
            i, j = q.frags[k]
            owners += [owner[tw.w.piece[s]], owner[tw.w.piece[s + (j - i) - 1]]]
        if len({(o.speaker_id, o.speaker_name) for o in owners}) > 1:
            i, j = q.frags[-1]
            ev = Eval(owners[0], tw, grade=MISQUOTE, score=0.5, hit=hit,
                       lo=hit.starts[0], hi=hit.starts[-1] + (j - i), pieces=pieces)
            return ev
    return None


def _across_windows(candidates: Sequence[Candidate], qp: Quote, q_compounds) -> list[Eval]:
    """A quote continued across paragraphs whose parts lie in different windows of one turn."""
    out = []
    for pieces, owner in turn_windows(candidates):
        tw = TurnWords.build(pieces, owner[0].source_text).with_compounds(q_compounds)
        hit = place_fragments(tw, qp)
        if hit and hold_together(qp, hit, tw.w.piece, owner):
            ev = Eval(owner[tw.w.piece[hit.starts[0]]], tw, pieces=pieces)
            out.append(_placed(ev, hit, qp, split=True))
    return out




def _other(a: Candidate, b: Candidate) -> bool:
    """Another speaker or another source (not just another turn of the same person)."""
    return a.source_id != b.source_id or (a.speaker_id, a.speaker_name) != (b.speaker_id, b.speaker_name)


#: Kinds of source whose unlabelled passages are the document's own words, not a voice.
_DOCUMENTS = frozenset(("release", "article", "notes", "other"))


def match_quote(
    quote_text: str,
    speaker_ids: set[int] | None,
    speaker_names: Sequence[str],
    candidates: Sequence[Candidate],
    parts: Sequence[str] | None = None,
    paragraph_breaks: Sequence[bool] | None = None,
    speaker_inferred: bool = False,
    speaker_person: bool = False,
    their_words: frozenset[int] = frozenset(),
    unnamed_turns: bool = False,
    speaker_sources: frozenset[int] = frozenset(),
    relayed: bool = False,
    speaker_sex: str | None = None,
) -> Match:
    """Find the original of ``quote_text`` among ``candidates`` and give a verdict.

    ``parts``: the quote's parts as they stand in the draft, when it has several (``quote_text``
    is them joined by one space); ``paragraph_breaks[k]``: parts k and k+1 are not one running
    sentence (a paragraph break separates them); else they are one sentence split by its
    attribution.  See ``parts.py``.  ``speaker_inferred``: the draft names nobody beside the
    quote and its speaker was taken from the paragraphs around it; words verbatim in someone
    else's turn are then reported as found, flagged ``speaker_inferred``, not as misattributed.
    ``speaker_person``: the draft presents ``speaker_names[0]`` as a person (``Quote.speaker_person``),
    not an organisation or a description; only then can words found in another person's turn
    make a quote misattributed to someone the library does not hold.  ``their_words``: library
    speakers whose distinctive words the draft credits, in its other quotes, to that same person;
    words verbatim in one of their turns are theirs too, however few and plain ("I do take
    responsibility."), since the draft credits that speaker's words to the person throughout.
    ``unnamed_turns``: with no speaker id, a short quote may also be found word for word in a turn
    the source names no one for: the caller passes only turns of sources the
    draft's other quotes were found in (``desk.services.repeats``), where an interjection from
    "an hon. member" is what "one MP" shouted.
    ``relayed``: the draft itself says the words are a relative's that its speaker passes on ("Abara
    said that for her father, “…”", ``desk.extract.around.relayed_in_draft``): found where that
    speaker reports them, they are flagged ``quoting_another`` but not misattributed.
    """
    compounds: dict[str, list[str]] = {}
    for c in candidates:
        compounds.update(c.words().compounds)
    for joined in [w for w in compounds if us_spelling(w)]:
        # "neigh-" ¶ "bours" at a line's end: the quote's "neighbours" is read as "neighbors"
        compounds.setdefault(us_spelling(joined), compounds[joined])
    starts = part_starts(quote_text, parts, paragraph_breaks)
    q = parse_quote(quote_text, None, starts)
    compounds_used = any(w in compounds for w in q.words.words)
    if compounds_used:
        q = parse_quote(quote_text, compounds, starts)
    qp = split_at_parts(q)
    q_compounds = q.words.compounds()
    evals: list[Eval] = []
    if len(q.words):
        for c in candidates:
            tw = c.words()
            tw2 = tw.with_compounds(q_compounds)
            compounds_used |= tw2 is not tw
            evals.append(_grade(c, tw2, q, qp))
        if qp is not None and any(sep.part == PARAGRAPH for sep in qp.seps):
            evals += _across_windows(candidates, qp, q_compounds)

    ids = set(speaker_ids or ())
    flags: list[str] = []

    def by_short_form(e: Eval) -> bool:
        # The source names the speaker with a short form of the draft's given name ("Des
        # Acheampong" for Desmond Acheampong, a caption label): the same person, flagged; not in a
        # source that names the draft's person too (``speaker_sources``: Ann and Annette Ruiz there are two)
        return e.cand.speaker_id is not None and e.cand.speaker_id not in ids \
            and e.cand.source_id not in speaker_sources and short_form(e.cand.speaker_name, speaker_names)

    if len(q.words) < SHORT_QUOTE:
        # Two or three words are in some sentence of any large library: only the named
        # speaker's own words (or another form of their name's) can confirm or contradict them.
        evals = [e for e in evals if ids and (e.cand.speaker_id in ids or by_short_form(e))
                 or unnamed_turns and not ids and e.cand.speaker_id is None and e.grade >= EDITED]
    evals.sort(key=Eval.key)
    surnames = {fold_name(n.split()[-1]) for n in speaker_names if n.split()} if ids else set()

    def by_label(e: Eval) -> bool:
        # The source labels the turn with a bare surname the named speaker shares ("CLINTON:"):
        # which Clinton the desk read it as is our guess, not the source's word.
        return bool(e.cand.label) and e.cand.speaker_id not in ids and fold_name(e.cand.label) in surnames

    def name_flags(e: Eval) -> None:
        if by_label(e):
            flags.append("surname_label")
        elif by_short_form(e):
            flags.append("name_form")

    named = [e for e in evals if ids and (e.cand.speaker_id in ids or by_label(e) or by_short_form(e))]
    others = [e for e in evals if e not in named]
    swapped = [e for e in named if e.grade == NONE and one_word_swapped(e.close, q.words.words)]
    if swapped:
        # One word replaced in the named speaker's own turn: a misquote (verdict.py).
        for e in swapped:
            e.grade = MISQUOTE
        named.sort(key=Eval.key)

    def runners_for(chosen: Candidate | None) -> list[tuple[Candidate, float]]:
        out = []
        for e in evals:
            if chosen is not None and not _other(e.cand, chosen):
                continue
            if e.grade == NONE and e.score < 0.3:
                continue
            if any(not _other(e.cand, r) for r, _ in out):
                continue
            out.append((e.cand, round(e.score, 4)))
            if len(out) == 3:
                break
        return out

    def finish(ev: Eval, verdict: str) -> Match:
        if verdict in ("exact", "edited", "misattributed"):
            if any(e.grade >= EDITED and _other(e.cand, ev.cand) for e in evals if e is not ev):
                flags.append("multiple_sources")
        elif verdict in ("misquote", "paraphrase"):
            if any(e is not ev and e.grade == ev.grade and _other(e.cand, ev.cand)
                   and e.score >= ev.score - AMBIGUOUS_MARGIN for e in evals):
                flags.append("ambiguous")
        return match_from(ev, verdict, flags, q, runners_for(ev.cand), compounds_used)

    def close_verdict(ev: Eval) -> Match:
        name_flags(ev)
        if ev.grade in (NEGATION, OMISSION):
            if ev.omitted:
                flags.append("omission")
            if ev.negations:
                flags.append("negation_in_gap")
            return finish(ev, "misquote")
        if ev.grade == REVERSED:
            flags.append("reversed_fragments")
            return finish(ev, "misquote")
        return finish(ev, "misquote" if ev.grade == MISQUOTE else "paraphrase")

    word_verdict = {EXACT: "exact", EDITED: "edited"}
    if not ids:
        flags.append("speaker_unknown")
        if evals and evals[0].grade >= EDITED:
            verbatim = [e for e in evals if e.grade >= EDITED]
            if speaker_names and speaker_person and not speaker_inferred:
                # The draft names a person the library does not hold.  A turn that may be theirs
                # (nobody's, or another form of the name: kin.py) gives the words; otherwise
                # distinctive words another named person said, not read aloud from the named
                # one, are that person's.
                kin = [e for e in verbatim
                       if e.cand.speaker_id is None and not other_sex(e, speaker_names, speaker_sex)
                       or e.cand.speaker_id is not None and may_be_named(e.cand.speaker_name, e.cand.label, speaker_names)]
                if kin:
                    return finish(kin[0], word_verdict[kin[0].grade])
                names_re = names_pattern(speaker_names)
                readers = [e for e in verbatim if reads_words_of(e, names_re)]
                relayed = [e for e in verbatim if reported_unnamed(e) and not another_named(e, names_re)] if not readers else []
                if len(relayed) == len(verbatim):
                    # "She said: “I looked left and right …”" in a judge's reasons: words the turn's
                    # speaker reports as another's, whom it names only by a pronoun or a role
                    # ("the appellant"); not that speaker's own, so no proof they are not the
                    # named person's (but words someone else says as their own elsewhere, "boots
                    # on the ground", are that person's: misattributed below)
                    readers = readers or relayed
                if readers:
                    # Their words survive only as someone reading them out ("Herrick said, quote, …").
                    flags.remove("speaker_unknown")
                    flags.append("quoted_by_other")
                    return finish(readers[0], word_verdict[readers[0].grade])
                theirs = verbatim[0] if distinctive(q) else next(
                    (e for e in verbatim if e.cand.speaker_id is not None and e.cand.speaker_id in their_words), None)
                if theirs is not None:
                    flags.remove("speaker_unknown")
                    return finish(theirs, "misattributed")
            return finish(evals[0], word_verdict[evals[0].grade])
    else:
        if named and named[0].grade >= EDITED:
            # their own words where they also quote them ("…from a sign on the door," read from a
            # letter, then "A sign on the door. That's how …" in the speaker's own voice)
            best = next((e for e in named if e.grade == named[0].grade and not quotes_another(e)), named[0])
            name_flags(best)
            quoting = quotes_another(best) if not said_again(best, q.words.words) else None
            if quoting:
                flags.append("quoting_another")
            family = (by_label(best) or len((best.cand.speaker_name or "").split()) < 2) and relative_quoted(best)
            if quoting == "reported" and distinctive(q) and not relayed and not family:
                # 'My mother would say, “The strait gives you back …”' in the minister's turn:
                # the words are the mother's, which the minister quoted; not the minister's own
                # (a word or two anyone may say, "disaster", proves nothing: flagged only; nor does
                # a turn the source gives only a surname, "MS. IBARRA:", whose reader may be another
                # of the family: the mother whose words the daughter reads is an Ibarra too)
                return finish(best, "misattributed")
            return finish(best, word_verdict[best.grade])   # read out on air: flagged only
        verbatim = [e for e in others if e.grade >= EDITED]
        if verbatim and not distinctive(q):
            # "to go after them", "there's nothing wrong with that": anyone may have said these
            # words; finding them in someone else's turn proves nothing about who said them.
            others = [e for e in others if e.grade < EDITED]
            verbatim = []
        if verbatim:
            names_re = names_pattern(speaker_names)
            readers = [e for e in verbatim if reads_words_of(e, names_re)]
            if readers:
                flags.append("quoted_by_other")
                return finish(readers[0], word_verdict[readers[0].grade])
            owned = {e.cand.source_id for e in verbatim if e.cand.speaker_id is not None}
            unnamed = [e for e in verbatim if may_be_unnamed_voice(e, speaker_names, speaker_sex)
                       and not (e.cand.source_id in owned and not e.cand.label and e.cand.kind in _DOCUMENTS)]
            # (a release's body, read as nobody's and with no label, repeats the words of a quote
            # the same release gives to someone: the source says whose they are; an unnamed voice
            # of a transcript or captions, "UNIDENTIFIED MALE:" or a bare ">>", stays anyone's)
            if unnamed:
                # the source does not say who spoke them: no proof they are someone else's
                flags.append("unnamed_turn")
                return finish(unnamed[0], word_verdict[unnamed[0].grade])
            if speaker_inferred:
                flags.append("speaker_inferred")
                return finish(verbatim[0], word_verdict[verbatim[0].grade])
            return finish(verbatim[0], "misattributed")
    if q.edited and len(q.frags) > 1:
        ev = _cross_turn(candidates, q)
        if ev is not None:
            flags.append("cross_turn")
            return finish(ev, "misquote")
    if ids:
        pool = named
    elif speaker_names:
        # The draft names someone the library does not hold: another speaker's words reworded
        # are not that person's original; only a close misquote of them is worth showing.
        pool = [e for e in evals if e.grade >= MISQUOTE]
    else:
        pool = evals
    if pool and pool[0].grade > NONE:
        return close_verdict(pool[0])
    if ids and others and others[0].grade >= MISQUOTE:
        return close_verdict(others[0])
    best = max((e.score for e in evals), default=0.0)
    return Match(
        verdict="not_found",
        flags=flags,
        score=round(best, 4),
        candidate=None,
        passage_id=None,
        start=None,
        end=None,
        selector=None,
        edits=[],
        runners_up=runners_for(None),
        normalisation=normalisation(None, compounds_used),
    )
