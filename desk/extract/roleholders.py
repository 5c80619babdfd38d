"""Who a role label is, when the transcript's header says so in prose.

A radio or podcast transcript labels its turns ``HOST:`` and ``GUEST:``, a hearing ``The CHAIR.``,
a panel ``MODERATOR:``, and names the people once, above the first turn: "Host Bernadette
Kowalczyk spoke with Dr. Oluwaseun Fairley-Grant, medical officer of health, about …",
"Present: Senator Harriet Mosgrove (Chair), Senator Ignatius Pell", "moderated by Claire
Dufresne".  ``header_holder`` reads those forms:

* the role before the name: "Host Bernadette Kowalczyk", "moderator Claire Dufresne";
* the role after it: "Harriet Mosgrove (Chair)", "Claire Dufresne, moderator";
* a verb that gives the role: "hosted by", "moderated by", "chaired by"; for a guest or an
  interviewee, the person the host "spoke with", "talked to", "sat down with", "interviewed" or
  was "joined by".

A name is two to four capitalised words (titles such as Dr. or Senator left out).  Exactly one
person must hold the role in the header; two candidates, or none, leave the label to the
other rules (nobody, or the source's speaker).

A record of several sittings says who takes the chair for the rest of it on a line of its own:
"(Senator Okonkwo-Bell in the chair.)", "[Mr. Ruiz took the chair]".  ``presiding`` finds those
lines; from each on, the chair's label (``The CHAIR``, ``The Deputy Speaker``) is that person.
"""

from __future__ import annotations

import re

from desk.extract.labelnames import _NAME_CUTS
from desk.extract.names import display_name, strip_titles

_WORD = r"[A-Z][\w'’\-]*\.?"
_NAME = r"((?:" + _WORD + r"[ \t]+){1,4}" + _WORD + r")"

#: Role label (folded) -> the words the header may use for it.
ROLE_NAMES = {
    "host": ("host", "co-host", "anchor", "presenter"),
    "cohost": ("co-host", "cohost"),
    "anchor": ("anchor", "host"),
    "presenter": ("presenter", "host"),
    "moderator": ("moderator",),
    "chair": ("chair", "chairman", "chairwoman", "chairperson"),
    "chairman": ("chair", "chairman"),
    "chairwoman": ("chair", "chairwoman"),
    "chairperson": ("chair", "chairperson"),
    "interviewer": ("interviewer",),
    "guest": ("guest",),
    "interviewee": ("guest", "interviewee"),
    # "THE COURT:" in a court record: the judge its caption names ("BEFORE THE HONORABLE ELEANOR
    # PASHLEY, JUDGE", "Hon. Eleanor Pashley, presiding", "Justice Harold Ng")
    "court": ("judge", "justice", "honorable", "honourable", "hon.", "magistrate", "presiding"),
}
_VERBS = {
    "host": r"hosted[ \t]+by", "anchor": r"anchored[ \t]+by", "presenter": r"presented[ \t]+by",
    "moderator": r"moderated[ \t]+by", "chair": r"chaired[ \t]+by",
    "guest": r"(?:spoke|speaks|talked|talks|sat[ \t]+down|sits[ \t]+down)[ \t]+(?:with|to)|interview(?:ed|s)|joined[ \t]+by",
}
_VERBS["interviewee"] = _VERBS["guest"]


#: A criminal case's style of cause in a court record's caption: "R. v. CORWIN BAPTISTE-YULE".
_STYLE_OF_CAUSE = re.compile(r"(?:\bR\.|\bRegina|\bRex|\bTHE[ \t]+(?:KING|QUEEN)|\bThe[ \t]+(?:King|Queen)|\bState(?:[ \t]+of[ \t]+[A-Z][a-z]+)?"
                             r"|\bSTATE(?:[ \t]+OF[ \t]+[A-Z]+)?|\bPeople|\bPEOPLE|\bUnited[ \t]+States|\bUNITED[ \t]+STATES|\bCommonwealth)"
                             r"(?:[ \t]+OF[ \t]+AMERICA|[ \t]+of[ \t]+America)?"
                             r"[ \t]+v(?:s)?\.?[ \t]+((?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*)[ \t]*(?:,[^\n]*)?$", re.M)


def header_holder(header: str, role: str) -> str | None:
    """The one person ``header`` gives the role ``role`` (a folded label: "host", "chair",
    "guest" …), or None."""
    if role in ("accused", "defendant") and header:
        # "R. v. CORWIN BAPTISTE-YULE", "State of Ohio v. Dana Reyes": the one the case is against
        cases = {display_name(m.group(1)) for m in _STYLE_OF_CAUSE.finditer(header)}
        return cases.pop() if len(cases) == 1 else None
    words = ROLE_NAMES.get(role)
    if not words or not header:
        return None
    alt = "|".join(re.escape(w) for w in words)
    forms = [
        r"(?<![\w\-])(?i:" + alt + r")[ \t]+" + _NAME,
        _NAME + r"[ \t]*\((?i:(?:the[ \t]+)?(?:" + alt + r")\b)[^()]*\)",
        _NAME + r",[ \t]+(?i:(?:the[ \t]+|our[ \t]+)?(?:" + alt + r"))(?![\w\-])",
    ]
    if role in _VERBS:
        forms.append(r"(?i:" + _VERBS[role] + r")[ \t]+" + _NAME)
    if re.search(r"(?<![\w\-])(?i:" + alt + r")s[ \t]+" + _NAME, header):
        return None   # "Hosts Dana Whitlock and Marcus Obi": more than one holds the role
    found = set()
    for form in forms:
        for m in re.finditer(form, header):
            name = _person(m.group(1))
            if name:
                found.add(name)
    by_surname = {n.split()[-1].lower(): n for n in sorted(found, key=len)}
    return next(iter(by_surname.values())) if len(by_surname) == 1 else None


#: Words of a heading's sentence, never of a name: "… Talks With Flood Experts" (the small words
#: no name holds, as for a label's fuller name, and a heading's verbs).
_NOT_IN_NAMES = _NAME_CUTS | frozenset("about talks speaks meets joins discusses".split())


#: Words opening a court record's line naming its judge, before the name.
_CAPTION_OPENERS = frozenset("before the honorable honourable hon judge justice".split())


def _person(raw: str) -> str | None:
    """A person's name from a capitalised run, titles left out; None if fewer than two words
    remain or a word is a sentence word ("The", "About")."""
    words = raw.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _NOT_IN_NAMES), len(words))
    words = words[:cut]   # "Host Nadia Kerr Talks With Flood Experts": the name ends before "Talks With"
    while len(words) > 2 and words[0].lower().rstrip(".:") in _CAPTION_OPENERS:
        words = words[1:]   # "BEFORE THE HONORABLE ELEANOR PASHLEY, JUDGE": the judge's name
    while words and words[0].lower().endswith("s") and strip_titles(words[0][:-1] + " X")[0]:
        words = words[1:]   # "Representatives Teodor Farnsworth (Chair)": a plural title
    _, rest = strip_titles(" ".join(words))
    words = rest.split()
    if len(words) < 2 or any(w.endswith(".") and len(w) > 2 for w in words[1:]):
        return None
    if words[0].lower() in ("the", "a", "an", "and", "our", "this", "about"):
        return None
    return display_name(" ".join(words))


#: A line saying who presides from here on: "(Senator Okonkwo-Bell in the chair.)".
_IN_THE_CHAIR = re.compile(r"(?m)^[ \t]*[(\[][ \t]*(?P<who>[A-Z][^()\[\]\n]{2,80}?)[ \t]+"
                           r"(?:in|took|takes|assumed|assumes|resumed|resumes)[ \t]+the[ \t]+(?i:chair)[ \t.]*[)\]][ \t]*$")
#: Labels of whoever presides (folded, no full stops).
CHAIR_LABELS = frozenset({"the chair", "chair", "the chairman", "chairman", "the chairwoman", "chairwoman",
                          "the chairperson", "chairperson", "the acting chair", "the presiding officer",
                          "the speaker", "the deputy speaker", "the acting speaker", "the assistant deputy speaker"})


def presiding(text: str) -> list[tuple[int, str]]:
    """(position, who as written) of each line saying someone takes the chair, in order."""
    return [(m.start(), m.group("who")) for m in _IN_THE_CHAIR.finditer(text)]


def chair_label(label: str) -> bool:
    """The label is the chair's or the Speaker's: "The CHAIR", "The Deputy Speaker"."""
    return " ".join(label.lower().replace(".", " ").replace(":", " ").split()) in CHAIR_LABELS
