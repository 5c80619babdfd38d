"""Speaker labels set off by a dash instead of a colon: "GOV. ACHESON — Thank you, Hollis."

Some transcription services end a label in capitals with an em dash ("PRESS SECRETARY CRANE —
Good morning", "REPORTER (Dana Ortiz, KTMK) — Governor, …").  A story's dateline looks the same
("MILLBROOK — Gov. Rosalind Acheson said …"), once, and a briefs package's items open with
their places ("HALIFAX —", "MONCTON —"); a transcript has many such paragraphs, by several
labels, one of them three times at least.  A label that is a place is never counted, and an
article or a release is never read so (``transcripts.segment``).  ``colon_labels`` gives the label finder a copy of
the text in which those dashes read as colons, of the same length, so every offset holds.
"""

from __future__ import annotations

import re
from collections import Counter

from desk.extract.runs import is_place

#: A paragraph opening with a label in capitals (a bracketed note allowed) and a dash: " — ", " -- ".
_DASHED = re.compile(r"(?m)^(?P<label>[ \t]*[A-Z][A-Z.'’\-]*(?:[ ][A-Z][A-Z.'’\-]*){0,5}(?:[ ]\([^()\n]{1,60}\))?)"
                     r"(?P<dash>[ ](?:—|–|--)[ ])(?=\S)")


def colon_labels(text: str) -> str:
    """``text`` with each dashed label's dash as a colon, when six paragraphs at least open so,
    by two labels at least, one of them three times or more; else ``text`` itself."""
    # (a dateline names a place: "HALIFAX —", "SAINT JOHN —" open a briefs package's items)
    found = [m for m in _DASHED.finditer(text) if not is_place(m.group("label").split())]
    counts = Counter(m.group("label").strip() for m in found)
    if len(found) < 6 or len(counts) < 2 or counts.most_common(1)[0][1] < 3:
        return text
    out = list(text)
    for m in found:
        a, b = m.span("dash")
        out[a:b] = ":" + " " * (b - a - 1)
    return "".join(out)
