"""Nicknames a story gives in a sentence of its own: "Everyone at the drop-in centre calls him
“Doc,”", "Declan is the one everyone on the wharf calls “Skipper”", "known as “Moose”".  The
name in quote marks is the person named just before it, so a later "Doc said" is that person.
(A nickname set inside the name, 'Bartholomew "Gus" Brackwell', is read with the name:
``People.nickname_at``.)"""

from __future__ import annotations

import re

from desk.extract.namelists import FIRST_NAMES, hand_gender
from desk.extract.names import fold

#: What gives a nickname just before its quote marks: "calls him", "called her", "knows him as",
#: or people who call someone so ("the one everyone on the wharf calls “Skipper”").
_GIVES = re.compile(r"\b(?:call|calls|called|knows?|knew)\s+(?:him|her)(?:\s+as)?\s*$"
                    r"|\b(?:everyone|everybody|people|friends|teammates|colleagues|neighbours|neighbors|locals|fans)"
                    r"\b[^.!?\n]{0,40}\b(?:call|calls|called)\s*$", re.IGNORECASE)
#: ... or right after the name: "Arthur Pelletier, known as “Doc,”", "Declan Fitz, nicknamed “Skipper”",
#: "Tobias Grell, is known to every volunteer as “Toby.”".
_GIVEN_AFTER = re.compile(r",?\s+(?:(?:is|was)\s+)?(?:known(?:\s+to\s+[^.!?\n,“\"]{1,40})?\s+as|nicknamed|dubbed)\s*$",
                          re.IGNORECASE)
_NICK = re.compile(r"[“\"]([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})[,.]?[”\"]")   # not "Reckless. Dishonest."
_PRONOUN_GENDER = {"him": "m", "her": "f"}
#: Between the name and "everyone … calls": the name is the one so called ("Declan, 47, is the one
#: everyone calls “Skipper”", "Declan, whom everyone calls …").
_THE_ONE = re.compile(r",?(?:\s*\d{1,3},)?\s+(?:(?:is|was)\s+the\s+one|whom|who)\s*", re.IGNORECASE)


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
        gives = _GIVES.search(text, max(0, m.start() - 70), m.start())
        if named and not gives and not _GIVEN_AFTER.fullmatch(text, named[-1].end, m.start()):
            continue
        said = next((w for w in reversed(gives.group(0).lower().split()) if w in _PRONOUN_GENDER), None) if gives else None
        if named and gives and said is None and not _THE_ONE.fullmatch(text, named[-1].end, gives.start()):
            continue   # "Rory fishes with a deckhand everyone calls “Skipper”": the deckhand's
        if named and gives and said is not None:
            # "calls him “Doc”": the person named last must be a man, or the nickname is someone
            # else's ("Ana Ruiz runs the clinic with her husband. Everyone calls him “Doc”")
            gender = named[-1].gender or hand_gender(fold(named[-1].words[0]))
            if gender != _PRONOUN_GENDER[said] and gender is not None or gender is None and len(named[-1].words) < 2:
                continue
        if named:
            out.setdefault(fold(m.group(1)), named[-1])
            at.add(m.start())
    return out, at
