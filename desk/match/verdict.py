"""How close is close enough: misquote vs paraphrase vs not found.

These thresholds only apply when the quote's words were *not* found verbatim
(or as a valid ellipsis/bracket edit) — fuzzy numbers never make a quote
exact.  All are word-level, measured on the alignment from ``align.py``:

``bigrams``   share of the quote's adjacent word pairs that also occur next to
              each other near the aligned span.  One changed word breaks at most
              two pairs, so a 10-word quote with one to three changed/dropped/
              added words keeps 50–90 % of its pairs; reordered sentences keep
              almost all of them.  The devset's misquotes keep 67–95 %, its
              paraphrases 0–36 %.
``longest``   longest run of consecutive words in common.
``content``   share of the quote's content words (not function words; lightly
              stemmed) found near the span, ``content_hits`` their number.

Rules
* **misquote**: ``bigrams >= 0.5`` and at least half the quote's words are
  aligned (``matched >= n/2``) and a run of ``>= 2`` words — the quote is the
  original with a few words changed: half its word pairs survive.  And the
  words in common are evidence, not chance: at least 4 of them (aligned, or
  in word pairs found near the span), one of them a content word.  On real copy a three- or four-word quote ("New York values",
  "It isn't about viewership") shares two words with some sentence of any long
  speech ("New York, solar"; "It's not too much"); calling that a misquote is a
  false alarm, so a short quote is exact, edited or not found.
* **paraphrase**: not a misquote, but the same passage clearly underlies it:
  ``content >= 0.5`` with ``content_hits >= 3`` and at least two words in a row in
  common (most of what it talks about, reworded — scattered topic words alone, as in a
  quote invented about the same subject, are not enough), and, unless ``content >= 0.65``
  (two thirds of its content words),
  one pair of content words side by side in both ("north bridge", "rigged economy"; compared
  by their stems too, so "pay back … jobs they cut" keeps "pays back … jobs it cuts", and such a
  pair stands for the two words in a row): in
  a long real speech, "people", "little", "last" and "months" sit near "a little" or "the
  last" in some sentence, and "Some people get a little carried away" is no paraphrase of
  "when I have a little more time"; or a run of ``>= 4`` words in common plus ``content >= 0.34``,
  or any run of ``>= 6`` words in common (the devset's own line between
  invented and borrowed words: a fabricated quote has no 6-word run in any
  source; "Leave now, while the streets are still dry, or we may not be able
  to reach you" shares "we may not be able to" with its original).
* **one word swapped** (``one_word_swapped``), only in a turn of the speaker the draft
  names: a quote of ``SWAP_MIN_WORDS`` or more words that is that turn's words with exactly
  one word replaced in place, every other word in order and none added or dropped, and at
  least one of the kept words a content word (neither a function word nor an everyday one),
  or at least ``SWAP_PLAIN_WORDS`` words kept ("And I will ___ to do so": six plain words in
  order in that person's own turn are no accident).
  "boots on the budget" in the mouth of someone who said "boots on the ground" is a misquote
  with its original, not "not found": the reporter changed the one word that mattered, and
  that word was the only rare one, so the rule above (four words in common) could never see
  it.  Fewer kept words that are all function or everyday words ("I never say this") prove
  nothing and stay not found; so does any quote in someone else's turn.
* **not found** otherwise — a weak match is never reported as the original.
  The devset fabricates quotes with no 6-word run in any source; those share
  scattered function words and one or two content words with some turn, which
  stays below both rules.
"""
from __future__ import annotations

from .close import GENERIC, STOP, Close

MISQUOTE_BIGRAMS = 0.5
MISQUOTE_MATCHED = 0.5
MISQUOTE_RUN = 2
MISQUOTE_WORDS = 4
MISQUOTE_CONTENT = 1
PARA_CONTENT = 0.5
PARA_CONTENT_HITS = 3
PARA_CONTENT_RUN = 2
PARA_CONTENT_PAIRS = 1
PARA_STRONG_CONTENT = 0.65
PARA_RUN = 4
PARA_RUN_CONTENT = 0.34
PARA_LONG_RUN = 6
SWAP_MIN_WORDS = 4
SWAP_PLAIN_WORDS = 6


def classify_close(c: Close | None, n: int) -> str | None:
    """'misquote', 'paraphrase' or None for a non-verbatim alignment of an n-word quote."""
    if c is None or n == 0:
        return None
    if (
        n >= 3
        and c.bigrams >= MISQUOTE_BIGRAMS
        and c.matched >= MISQUOTE_MATCHED * n
        and c.longest >= MISQUOTE_RUN
        and max(c.matched, c.supported) >= MISQUOTE_WORDS
        and c.content_hits >= MISQUOTE_CONTENT
    ):
        return "misquote"
    if (c.content >= PARA_CONTENT and c.content_hits >= PARA_CONTENT_HITS
            and (c.longest >= PARA_CONTENT_RUN or c.stem_pairs >= PARA_CONTENT_PAIRS)
            and (c.content_pairs >= PARA_CONTENT_PAIRS or c.stem_pairs >= PARA_CONTENT_PAIRS or c.content >= PARA_STRONG_CONTENT)):
        return "paraphrase"
    if c.longest >= PARA_RUN and c.content >= PARA_RUN_CONTENT:
        return "paraphrase"
    if c.longest >= PARA_LONG_RUN:
        return "paraphrase"
    return None


def one_word_swapped(c: Close | None, qw: list[str]) -> bool:
    """The alignment is the turn's words with exactly one word replaced in place (see above)."""
    if c is None or len(qw) < SWAP_MIN_WORDS or c.matched != len(qw) - 1:
        return False
    changed = [op for op in c.ops if op[0] != "equal"]
    if len(changed) != 1:
        return False
    tag, i1, i2, j1, j2 = changed[0]
    if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
        return False
    kept = qw[:j1] + qw[j2:]
    return len(kept) >= SWAP_PLAIN_WORDS or any(w not in STOP and w not in GENERIC and len(w) > 1 for w in kept)
