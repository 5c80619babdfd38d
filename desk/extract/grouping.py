"""Pass 4 of quote finding: which quoted spans make one quote, and which share an attribution.

``group_spans(a)`` reads the attribution right after every span (:func:`desk.extract.attribution.trailing`)
and groups the spans (SPEC §3):

* each quoted span is one quote, except one sentence interrupted by its attribution (“We can
  build our way out of this,” she said, “but not with red tape.”), whose two parts are one
  quote (:func:`interrupted_sentence`), and a quote running on over paragraphs (a paragraph
  that opens a quote without closing it goes on in the next one that opens with a mark);
* a span with no attribution of its own right after a span of the same paragraph whose
  attribution is all that stands between them ("“A,” he said. “B.”") shares that attribution;
  so does one whose own next sentence is a reaction by someone else ("“A,” said Jean Tremblay.
  “B.” Louise Gagnon agreed.": :func:`_reaction_after`).

The speaker of each group is then chosen by :mod:`desk.extract.quotes`.
"""

from __future__ import annotations

import re

from desk.extract.attribution import trailing
from desk.extract.leading import leading
from desk.extract.lexicon import ABBREV
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.phrases import Attribution


def group_spans(a: Analysis) -> tuple[list[list[Span]], dict[int, Attribution | None], dict[int, int], dict[int, Attribution]]:
    """(groups of spans, the attribution after each span by index, each span's index by ``id``,
    the attribution each group index shares with the quote before it)."""
    spans = a.spans
    groups: list[list[Span]] = []
    after: dict[int, Attribution | None] = {}
    for idx, s in enumerate(spans):
        p1 = a.paras[s.para][1]
        nxt = spans[idx + 1] if idx + 1 < len(spans) else None
        limit = nxt.open_at if nxt is not None and nxt.para == s.para else p1
        after[idx] = trailing(a, s, limit)
    index_of = {id(s): i for i, s in enumerate(spans)}
    # A quote whose only attribution is the one just before it ("A," he said. "B.") shares it.
    shared: dict[int, Attribution] = {}
    for idx, s in enumerate(spans):
        if s.cont and groups:
            groups[-1].append(s)
            continue
        if groups and idx > 0:
            prev = groups[-1][-1]
            attr = after.get(index_of[id(prev)])
            if prev.para == s.para and prev.close_at is not None and attr is not None and not attr.colon \
                    and gap_is_attribution(a, prev, s, attr) \
                    and (after.get(idx) is None or _reaction_after(a, prev, s, after[idx], attr)) \
                    and not _own_cue_after(a, s, attr):
                if interrupted_sentence(a, prev, s):
                    groups[-1].append(s)
                    continue
                shared[len(groups)] = attr
                after[idx] = None
        groups.append([s])

    return groups, after, index_of, shared


def word_count(s: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", s))


def _own_cue_after(a: Analysis, s: Span, attr: Attribution) -> bool:
    """Between the first quote's attribution and the quote ``s`` stands a cue of someone's own:
    '“It’s bad,” Kaylee Brandt said, and Tom Ouellette added, “We need rain.”' — two voices."""
    lead, _ = leading(a, s, a.sentence_bounds(s.open_at)[0])
    return lead is not None and not lead.weak and lead.start >= attr.end


def _reaction_after(a: Analysis, prev: Span, s: Span, own: Attribution, shared: Attribution) -> bool:
    """The sentence after the quote ``s`` names someone else, and ``s`` (a sentence of its own,
    ended by a full stop) goes on from the quote before it: '“I think it’s unacceptable,” said
    Jean Tremblay. “We pay our taxes.” Louise Gagnon agreed.' — Tremblay's words; the next
    sentence is a reaction (its verb: agreed, nodded …), not their attribution — "“That’s a
    mistake.” Coun. Tom Tate replied." is Tate's.  Not after a question ('“Are you running?”
    asked a reporter. “No.” Tate said.'): the answer is someone else's."""
    if not (s.close_at is not None and not a.text[prev.start:prev.end].rstrip().endswith("?")
            and own.start > s.close_at and a.text[s.start:s.end].rstrip().endswith(".") and own.pid != shared.pid):
        return False
    k = a.tok_index(own.end)
    k = a.skip_appositive(k, len(a.toks))   # "His neighbour, Louise Gagnon, agreed"
    while k < len(a.toks) and (a.toks[k].kind == "w" and a.toks[k].adverb or a.toks[k].text == ","):
        k += 1
    return k < len(a.toks) and a.toks[k].low in _REACTIONS   # not "Tom Tate replied", "Ann Hale said"


#: Verbs of a reaction to what was said, not of saying: "Louise Gagnon agreed", "Tate nodded".
_REACTIONS = frozenset("""agreed disagreed concurred nodded laughed smiled shrugged wept cried sighed winced paused
    frowned beamed grinned chuckled""".split())


def opens_with_comma(a: Analysis, s: Span) -> bool:
    """The quote opens its sentence and ends in a comma ('“A,” Rubio said: …'): the words after
    it attribute it even when they go on to introduce something else."""
    s0, _ = a.sentence_bounds(s.open_at)
    return a.text[s.start:s.end].rstrip().endswith(",") and not a.narr[s0:s.open_at].strip()


def gap_is_attribution(a: Analysis, prev: Span, nxt: Span, attr: Attribution) -> bool:
    """The text between two parts is only an attribution: '," Okafor said. "' / '," he said, "'.

    After the attribution's own sentence end nothing may follow ("…,” she said. She called the
    plan “…”" is two quotes)."""
    gap = a.narr[prev.close_at + 1:nxt.open_at].strip()  # type: ignore[operator]
    if "\ue000" in gap or ";" in gap or word_count(gap) > 22:
        return False
    if gap and gap[-1].isalnum():
        return False  # "…,” he said, adding that they would get “…”": the second is a quote of its own
    for m in re.finditer(r"[.?!]", gap):
        before = re.search(r"(\w+)$", gap[:m.start()])
        if m.group() == "." and before and (before.group(1).lower() in ABBREV or len(before.group(1)) == 1):
            continue
        return gap[m.end():].strip() == ""
    return True


def interrupted_sentence(a: Analysis, prev: Span, nxt: Span) -> bool:
    """One sentence broken by its attribution: “We can build our way out of this,” she said, “but not …”

    The first part ends in a comma or a dash inside its marks, the attribution between the parts
    ends in a comma or a dash, and the second part carries the sentence on (it opens in lower
    case, or with "I"). Anything else ("A," he said. "B.") is two quotes (SPEC §3).
    """
    inner = a.text[prev.start:prev.end].rstrip()
    gap = a.text[prev.close_at + 1:nxt.open_at].strip()  # type: ignore[operator]
    if inner[-1:] not in (",", "—", "–", "-") or gap[-1:] not in (",", "—", "–"):
        return False
    words = a.text[nxt.start:nxt.end].split()
    if not words:
        return False
    first = words[0].lstrip("‘'\"([")
    return first[:1].islower() or first == "I" or first[:2] in ("I’", "I'")
