"""May a library speaker be the person a draft names, under another form of the name?

The draft names someone the library does not hold; a turn with the quote's words belongs to a
library speaker.  Before the matcher calls the quote misattributed it asks whether the two names
may be one person, because a false "misattributed" on an accurate quote is the error an editor
forgives least:

* a surname in two parts, of which the draft gives one ("Corinne Lund" for Corinne
  Abernathy-Lund, "Pedro Sánchez" for Pedro Sánchez Pérez), or a middle name the library
  keeps ("Hillary Rodham Clinton");
* a surname one letter apart with the same given name ("William Okafur": a misspelling is the
  reporter's error to fix, not a quote given to somebody else);
* a turn the source labels with the surname alone ("CLINTON:").

``short_form`` is narrower, for a named speaker the library holds too: the same surname and a
given name that is a short form of the other ("Des Acheampong", as a caption label gives him,
for Desmond Acheampong), so his words in a turn of "Des" are his own, flagged ``name_form``.

Only given names of a woman and a man stop it ("Hillary Clinton" is not "Bill Clinton"): any
other pair may be one person — a nickname ("Bill" for William), a short form, an initial, a
middle name ("Mitt Romney" for Willard Mitt Romney) — or a relative whose everyday phrase proves
nothing, so the quote stays "not in the library" rather than misattributed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from desk.extract.gender import name_gender
from desk.extract.names import TITLE_WORDS

from .readers import fold_name

#: Words that join a surname's parts and say nothing of who is meant ("de la Cruz", "van Dyk").
_PARTICLES = frozenset({"de", "la", "del", "van", "von", "der", "den", "da", "di", "du", "le", "y", "bin", "al"})


def _surname_parts(words: list[str]) -> set[str]:
    """The words after the given name, split at hyphens; a one-word name is all surname."""
    tail = words[1:] if len(words) > 1 else words
    return {p for w in tail for p in fold_name(w).split("-") if p and p not in _PARTICLES}


def _genders_differ(a: str, b: str) -> bool:
    """A woman's and a man's given name, each of one gender only in the lexicon's lists.  Other
    given names that do not match ("Kate" for Catherine, "Eric" beside Donald) may be a nickname
    or a relative: not proof enough to call a quote misattributed."""
    x, y = name_gender(fold_name(a)), name_gender(fold_name(b))
    return bool(x and y and x != y)


def may_be_named(speaker_name: str | None, label: str | None, names: Sequence[str]) -> bool:
    """Whether the turn's speaker (``speaker_name``, or its ``label``) may be one of ``names``."""
    own = (speaker_name or "").split()
    own_parts = _surname_parts(own) if own else set()
    if label:
        own_parts |= {p for p in fold_name(label).split("-") if p}
    if not own_parts:
        return False
    for name in names:
        words = name.split()
        if not words:
            continue
        if len(own) == 1 and len(words) > 1 and fold_name(own[0]) == fold_name(words[0]):
            return True   # a caller the source knows only as "Margaret": Margaret Quinlan may be her
        last = fold_name(words[-1])
        shared = bool(set(last.split("-")) & own_parts)
        if not shared and len(own) > 1 and len(words) > 1 and len(last) >= 5:
            # "William Okafur" for "William Okafor": one letter apart, the same given name
            shared = fold_name(own[0]) == fold_name(words[0]) and Levenshtein.distance(last, fold_name(own[-1])) <= 1
        if not shared:
            continue
        if len(own) > 1 and len(words) > 1 and _genders_differ(own[0], words[0]):
            continue   # "Hillary Clinton" is not "Bill Clinton"
        return True
    return False


def short_form(speaker_name: str | None, names: Sequence[str]) -> bool:
    """The turn's speaker and one of ``names`` share the surname, and one given name is the
    other's first three letters or more ("Des" and "Desmond", "Chris" and "Christopher") or its
    initial ("B. Ashgrove", "T.J. Mabry" for Terrence Mabry), of no other sex ("Dan Smith" is not
    Danielle Smith); or they share the given name and one gives the surname's initial alone, as a
    chat does ("Hank O." for Hank Ostrowski), or a hyphenated surname's initials ("Patrice D-G"
    for Patrice Dubois-Gill)."""
    own = (speaker_name or "").split()
    if len(own) < 2:
        return False
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        if fold_name(words[-1]) != fold_name(own[-1]):
            # "Hank O." in a chat for Hank Ostrowski: the given name, and the surname's initial alone
            x, y = own[-1], words[-1]
            initial, full = (x, y) if re.fullmatch(r"[A-Z]\.?", x) else (y, x) if re.fullmatch(r"[A-Z]\.?", y) else ("", "")
            if initial and len(own) == len(words) == 2 and len(full) > 2 and fold_name(own[0]) == fold_name(words[0]) \
                    and fold_name(full).startswith(fold_name(initial).strip(".")):
                return True
            # "Patrice D-G" for Patrice Dubois-Gill: a hyphenated surname by its initials
            letters, full = (x, y) if re.fullmatch(r"[A-Z]\.?-[A-Z]\.?", x) else (y, x) if re.fullmatch(r"[A-Z]\.?-[A-Z]\.?", y) else ("", "")
            if letters and len(own) == len(words) == 2 and fold_name(own[0]) == fold_name(words[0]) \
                    and "-" in full and [p[:1] for p in fold_name(full).split("-")] == [c for c in fold_name(letters) if c.isalpha()]:
                return True
            continue
        a, b = fold_name(own[0]).strip("."), fold_name(words[0]).strip(".")
        initials = re.compile(r"[a-z](?:\.[a-z]){1,2}\.?")
        if initials.fullmatch(a) or initials.fullmatch(b):
            # "T.J. Mabry" for Terrence Mabry: initials, the first of them the given name's
            a, b = (a[0] if initials.fullmatch(a) else a), (b[0] if initials.fullmatch(b) else b)
        if a in TITLE_WORDS or b in TITLE_WORDS:
            continue   # "Mayor Hale" gives no given name for "M. Hale" to stand for
        short, full = sorted((a, b), key=len)
        if a != b and (len(short) >= 3 or len(short) == 1 and len(full) > 1) and full.startswith(short) \
                and not _genders_differ(own[0], words[0]):
            return True   # ("B. Ashgrove", as a captioner names him, for Bernard Ashgrove: an initial)
    return False
