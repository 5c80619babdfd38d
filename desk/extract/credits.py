"""Quoted spans that are not speech to check, and lines that credit a quote to someone.

``work_title``: the name of a show, book, ad or song in quote marks ("CNN’s “New Day”", "the
co-author of “Going Viral”"), which :mod:`desk.extract.quotes` lists as skipped (``title``).
``dash_credit``: a credit line after a quote ("“…” — Ben Jacobs"), which names its speaker.
"""

from __future__ import annotations

import re

from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.voices import first_mention

_DASHES = ("―", "—", "–", "-")
_TITLE_SMALL = frozenset("of the a an and to in on for at with by or vs de la le".split())
_TITLE_BEFORE = re.compile(r"(?:['’]s|\b(?:on|titled|entitled|show|program|programme|film|movie|book|song|album|"
                           r"series|podcast|column|documentary|newsletter|segment|ad|video|memoir|novel|musical|play"
                           r"|(?:author|co-author|host|co-host|star|creator|producer|director|writer) of))\s*,?\s*$", re.I)
#: A title right after another one: “The View” and “The Late Show With Stephen Colbert”.
_TITLE_AFTER_TITLE = re.compile(r"[”\"]\s*(?:,|,?\s*(?:and|or))\s*$")


def work_title(a: Analysis, span: Span) -> bool:
    """The name of a show, book or song in quote marks: “Meet the Press”, CNN’s “New Day”.

    Up to five words, every one capitalised (small words aside), right after a possessive, "on",
    "titled" or a word for a kind of work; or five to eight such words quoted again elsewhere in the
    story (a review names its film over and over: “The Kid Who Would Be King”; nobody's speech is
    quoted twice in title case). Listed as skipped (``title``), never checked."""
    text = a.text[span.start:span.end].strip(" ,.!?")
    words = text.split()
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in _TITLE_SMALL or not w[:1].isalpha() for w in words):
        return False
    if len(words) >= 5 and sum(1 for s in a.spans if a.text[s.start:s.end].strip(" ,.!?") == text) >= 2:
        return True
    if len(words) > 5:
        return False
    before = a.text[max(0, span.open_at - 20):span.open_at]
    if _TITLE_BEFORE.search(before):
        return True
    if _TITLE_AFTER_TITLE.search(before):
        i = a.spans.index(span)
        return i > 0 and a.spans[i - 1].para == span.para and work_title(a, a.spans[i - 1])
    return False


def dash_credit(a: Analysis, last: Span):
    """The person a credit line names after a quote: "“…” — Ben Jacobs" in the quote's paragraph,
    or a paragraph of its own right after it ("- Sanders."). A mention tuple, or None."""
    p0, p1 = a.paras[last.para]
    if last.close_at is not None and a.text[last.close_at + 1:p1].strip()[:1] in _DASHES:
        lo, hi = last.close_at + 1, p1
        # Quotes run together with their credits ("“A.” ― Ana Ruiz “B.” ― Tom Lee"): each
        # credit ends where the next quote opens.
        nxt = re.search(r"[“\"«„]", a.text[lo:hi])
        if nxt:
            hi = lo + nxt.start()
    elif last.mask_end >= p1 - 1 and last.para + 1 < len(a.paras):
        lo, hi = a.paras[last.para + 1]
    else:
        return None
    line = a.text[lo:hi].strip()
    got = re.fullmatch(r"[―—–-]{1,2}\s*([^\W\d][\w.’'\- ]{1,60}?)(?:,[^,]{1,40})?[.,]?", line)
    if not got or len(got.group(1).split()) > 5 or len(line.split()) > 9:
        return None
    m = first_mention(a, lo, hi)
    if m is not None:
        return m
    # A name the story gives nowhere else ("― Steve Quinlan"): the credit line says it is a person.
    start = lo + a.text[lo:hi].index(got.group(1))
    return (start, start + len(got.group(1)), None, "credit", got.group(1))
