"""Attributions found once the sentence around a quote is read (pass 5 of quote finding, after
:mod:`desk.extract.attribution` and :mod:`desk.extract.leading`): the person a relative clause
holding the quote describes, the agent of a passive cue around the quote, and a cue closing the
quote's sentence after more words."""

from __future__ import annotations

from desk.extract.lexicon import AUX, CUE_VERBS, FUNCTION_WORDS, INVERTIBLE, PASSIVE_AUX
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.namedby import ends_name, it_said
from desk.extract.narration import according_end
from desk.extract.phrases import Attribution, mention_ending, np_at


def relative_speaker(a: Analysis, span: Span) -> Attribution | None:
    """The person a relative clause holding the quote describes: 'Toronto retiree Doug Purdy, who
    lost 16 lbs. “and two belt loops” between May and October, says …' is Purdy's. The clause
    opens with ", who" right after the name and runs to the quote within a dozen words, with no
    comma, mark, cue verb ("Jane Doe, who critics branded “…”" is the critics') or auxiliary
    ('Clinton, who could be celebrating being dubbed the “presumptive nominee”' is a scare
    quote; "who is leading the …" is left to the other rules); the quote has four words or more.
    So is the subject named right after "in which", "where" or "when" ("a decision …, in which
    Justice Wilfred Ostrander upheld the bylaw as “…”"), under the same conditions."""
    toks = a.toks
    if len(a.text[span.start:span.end].split()) < 4:
        return None
    hi = a.tok_index(span.open_at)
    lo = a.tok_index(a.sentence_bounds(span.open_at)[0])
    for k in range(hi - 1, max(lo, hi - 13), -1):
        t = toks[k]
        if t.kind != "w" or t.low in PASSIVE_AUX or a._is_cue(k):
            return None   # "Jane Doe, who critics branded “…”": the clause has its own speaker
        if t.low == "who" and k - 2 >= lo and toks[k - 1].text == ",":
            m = mention_ending(a, toks[k - 2].end, toks[lo].start)
            if m is not None and m[2] is not None and m[3] == "name" and m[1] == toks[k - 2].end:
                return Attribution(m[0], m[1], m[2], m[3])
            return None
        m = a.mention_at.get(t.start)
        if m is not None and m[3] == "name" and m[2] is not None:
            # "a decision …, in which Justice Wilfred Ostrander upheld the bylaw as “…”": the
            # clause's own subject, named right after "in which", "where" or "when"
            b = a.tok_index(m[0]) - 1
            opens = b >= lo and (toks[b].low in ("where", "when") or toks[b].low == "which" and b - 1 >= lo
                                 and toks[b - 1].low in _CLAUSE_PREPS)
            if opens:
                return Attribution(m[0], m[1], m[2], m[3])
    return None


#: Prepositions before "which" that open a clause about an event: "in which", "during which".
_CLAUSE_PREPS = frozenset("in at during after before with".split())


def passive_agent(a: Analysis, span: Span) -> Attribution | None:
    """The agent of a passive cue around the quote: 'The plan was called “a disgrace” by Sen. Ana
    Ruiz', 'has been labelled “strategic ambiguity” by Joshua Hendrick' — Ruiz and Hendrick speak.

    The passive cue (was/been/is … called, described as, labelled) stands at most five words
    before the quote in its sentence, and "by" and the agent come right after the quote."""
    if span.close_at is None:
        return None
    toks = a.toks
    s0, _ = a.sentence_bounds(span.open_at)
    lo, hi = a.tok_index(s0), a.tok_index(span.open_at)
    lim = a.tok_index(a.paras[span.para][1])
    k = a.tok_index(span.close_at + 1)
    if k < lim and toks[k].text == ",":
        k += 1
    if not (k + 1 < lim and toks[k].kind == "w" and toks[k].low == "by"):
        return None
    for j in range(hi - 1, max(lo, hi - 6) - 1, -1):
        if toks[j].kind != "w" or toks[j].low not in CUE_VERBS:
            continue
        if not _after_be(a, j, lo):
            return None
        got = np_at(a, k + 1, lim)
        return Attribution.of(got[0]) if got and got[0].kind != "generic" else None
    return None


def _after_be(a: Analysis, j: int, lo: int) -> bool:
    """The verb at j follows was/were/is/been (past auxiliaries and adverbs): a passive."""
    toks = a.toks
    b = j - 1
    while b >= lo and toks[b].kind == "w" and (toks[b].low in AUX or toks[b].adverb):
        b -= 1
    return b >= lo and toks[b].kind == "w" and toks[b].low in PASSIVE_AUX


def passive_before(a: Analysis, span: Span) -> tuple[bool, Attribution | None]:
    """A passive speech verb before the quote in its sentence, and its agent: 'Ed Tark was asked,
    “…?”' and 'Hale was described as “…”' are someone else's words about or to their subject
    (True, None); 'Hale was accused by Ed Tark of “…”' and 'Residents were told by Fire Chief Roy
    Denner, “…”' are the agent's (True, Denner).  (False, None) when there is none: the verb
    (called, asked, told, described, accused …) stands at most eight words before the quote,
    after was/were/is/been, with nothing but "by" and the agent, "as", "of" or a comma between."""
    toks = a.toks
    s0, _ = a.sentence_bounds(span.open_at)
    lo, hi = a.tok_index(s0), a.tok_index(span.open_at)
    for j in range(hi - 1, max(lo, hi - 9) - 1, -1):
        t = toks[j]
        if t.kind != "w" or t.low not in CUE_VERBS or not (t.low.endswith("ed") or t.low in ("told", "said", "written")):
            continue
        if not _after_be(a, j, lo):
            return False, None
        c = j + 1
        if c < hi and toks[c].low == "by":
            got = np_at(a, c + 1, hi)
            if got is None or got[0].kind == "generic":
                return True, None
            c = got[1]
            agent = Attribution.of(got[0])
        else:
            agent = None
        if all(toks[x].text in (",", ":") or toks[x].low in ("as", "of", "with", "to") for x in range(c, hi)):
            return True, agent
        return False, None
    return False, None


def closing(a: Analysis, span: Span, s1: int) -> Attribution | None:
    """A cue closing the quote's sentence after more words: 'leaders became more “conversant” about
    it, Ban said.' / '“Boots on the ground” would be right, Ben Carson said after the attacks.' /
    '… “3,500 units” before rents ease, according to economist Simone Achterberg.'

    The cue must follow a comma, with at most a few words after it before the sentence ends."""
    if span.close_at is None:
        return None
    toks = a.toks
    k0, k1 = a.tok_index(span.close_at + 1), a.tok_index(s1)
    for k in range(k1 - 1, k0 - 1, -1):
        if toks[k].kind == "q":
            return None
        if toks[k].text != ",":
            continue
        j = k + 1
        if j < k1 and toks[j].kind == "w" and toks[j].low in INVERTIBLE:  # ", said Ben Carson."
            got = np_at(a, j + 1, k1)
            if got and got[0].kind != "generic" and k1 - got[1] <= 6:
                return Attribution.of(got[0])
            return None
        if j < k1 and toks[j].low == "it":
            return it_said(a, j, k1)
        after = according_end(toks, j, k1)
        if after is not None:
            # '… “somewhere around 3,500 units” before rents ease, according to economist Simone
            # Achterberg.': the one named after, as right after the quote (not when someone named
            # before the quote owns it: "Tessier had promised workers the plant was “here for the
            # long haul,” a pledge broken within a year, according to economist Farah Jamil")
            first_word = toks[a.tok_index(a.sentence_bounds(span.open_at)[0])]
            if first_word.kind == "w" and first_word.text[:1].isupper() and first_word.low not in FUNCTION_WORDS:
                return None   # the sentence opens on someone (not "The housing plan Mayor Ruth Calloway
                #               unveiled is “a meaningful number,” according to economist …")
            got = np_at(a, after, k1)
            if got and got[0].kind in ("name", "role") and k1 - got[1] <= 6:
                return Attribution.of(got[0])
            return None
        got = np_at(a, j, k1)
        if (not got or got[0].kind == "generic") and k - 1 > k0 and ends_name(a, k - 1):
            continue   # "…, said Dr. Robert Rutledge, a Halifax radiation oncologist.": an appositive
        if not got or got[0].kind == "generic":
            return None
        np_, c = got
        while c < k1 and toks[c].kind == "w" and (toks[c].low in AUX or toks[c].adverb):
            c += 1
        if c < k1 and a._is_cue(c) and k1 - c <= 7 and (c + 1 >= k1 or toks[c + 1].low != "that"):
            return Attribution.of(np_)
        return None
    return None
