"""Nicknames a story gives in a sentence of its own: "Everyone at the drop-in centre calls him
“Doc,”", "Declan is the one everyone on the wharf calls “Skipper”", "known as “Moose”".  The
name in quote marks is the person named just before it, so a later "Doc said" is that person.
(A nickname set inside the name, 'Bartholomew "Gus" Brackwell', is read with the name:
``People.nickname_at``.)"""

from __future__ import annotations

import re

from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold

#: What gives a nickname just before its quote marks: "calls him", "called her", or people who
#: call someone so ("the one everyone on the wharf calls “Skipper”").
_GIVES = re.compile(r"\b(?:call|calls|called)\s+(?:him|her)\s*$"
                    r"|\b(?:everyone|everybody|people|friends|teammates|colleagues|neighbours|neighbors|locals|fans)"
                    r"\b[^.!?\n]{0,40}\b(?:call|calls|called)\s*$", re.IGNORECASE)
#: ... or right after the name: "Arthur Pelletier, known as “Doc,”", "Declan Fitz, nicknamed “Skipper”".
_GIVEN_AFTER = re.compile(r",?\s+(?:known\s+as|nicknamed|dubbed)\s*$", re.IGNORECASE)
_NICK = re.compile(r"[“\"]([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})[,.]?[”\"]")


def called_names(people) -> tuple[dict[str, object], set[int]]:
    """Folded nickname → the name run (``runs.Run``) of the person it was given to: the last run
    before it in its paragraph that reads as a person's (a given name the lists know opens it, or
    it has two words or more; no organisation, no place); and the offsets of those nicknames'
    opening marks (a name, nobody's words)."""
    out: dict[str, object] = {}
    at: set[int] = set()
    text = people.text
    for m in _NICK.finditer(text):
        p0 = text.rfind("\n", 0, m.start()) + 1
        named = [r for r in people.runs if p0 <= r.start < m.start() and not r.org and not r.loc
                 and (len(r.words) >= 2 or fold(r.words[0]) in FIRST_NAMES)]
        if named and not _GIVES.search(text, max(0, m.start() - 70), m.start()) \
                and not _GIVEN_AFTER.fullmatch(text, named[-1].end, m.start()):
            continue
        if named:
            out.setdefault(fold(m.group(1)), named[-1])
            at.add(m.start())
    return out, at
