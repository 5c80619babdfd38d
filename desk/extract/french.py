"""French attribution, read through the English rules: « … », a déclaré la mairesse Julie Roy.

Canadian releases are bilingual, and Quebec copy quotes in French.  The attribution rules read
English cues; rather than a second grammar, :func:`gloss` rewrites the French cue words of the
masked narration into the English ones the rules know, each replacement exactly as long as the
words it replaces (padded with spaces), so every offset (quote spans, names, mentions) is
unchanged and the names themselves are never touched.  Only the narration the rules tokenise is
glossed; a quote's own words and a mention's text are read from the original.

What is read, with what it stands for:

- a cue verb in the passé composé, its subject before or after: « … », a déclaré X → said X;
  X a affirmé : « … » → X said; il/elle a ajouté → he/she added;
- the inverted pronoun: « … », a-t-elle ajouté / ajoute-t-il → she added / he adds;
- a present-tense cue right after a closing guillemet: « … », affirme X → says X; and the
  Quebec « … », de dire X / d'ajouter X → says X;
- « selon X » is left as it is: the rules read "selon" as "according to"
  (:func:`desk.extract.narration.according_end`);
- in a paragraph that reads as French (a cue above, a guillemet, "selon"), honorifics
  and titles before a name: M. → Mr, Mme → Ms., l'honorable → Hon., la mairesse /
  le maire → mayor, le ministre / la ministre → minister, le premier ministre → prime minister,
  la première ministre → premier, le président / la présidente → president, porte-parole →
  spokesperson, le député → MP.

A present-tense verb anywhere else, or a word such as "note" or "lance", is left alone: those
are English words too.  The passé composé and the inverted forms are French only.
"""

from __future__ import annotations

import re

#: Past participles of verbs of saying, and the English cue each stands for.
_PARTICIPLES = {
    "déclaré": "said", "dit": "said", "affirmé": "said", "ajouté": "added", "expliqué": "said",
    "souligné": "said", "indiqué": "said", "précisé": "said", "estimé": "said", "soutenu": "said",
    "poursuivi": "added", "conclu": "said", "rappelé": "said", "insisté": "said", "lancé": "said",
    "répondu": "replied", "raconté": "said", "confié": "said", "reconnu": "said", "assuré": "said",
    "admis": "said", "écrit": "wrote", "noté": "said", "martelé": "said", "plaidé": "said",
    "prévenu": "warned", "avancé": "said", "commenté": "said", "observé": "said",
    "répliqué": "replied", "signalé": "said", "mentionné": "said", "renchéri": "added",
    "fait valoir": "argued", "fait savoir": "said",
}
#: Present-tense forms, read only right after a closing guillemet and its comma.
_PRESENT = {
    "déclare": "says", "dit": "says", "affirme": "says", "ajoute": "adds", "explique": "says",
    "souligne": "says", "indique": "says", "précise": "says", "estime": "says", "soutient": "says",
    "poursuit": "adds", "conclut": "says", "rappelle": "says", "insiste": "says", "lance": "says",
    "répond": "replies", "raconte": "says", "confie": "says", "reconnaît": "says", "assure": "says",
    "écrit": "writes", "note": "says", "martèle": "says", "plaide": "says", "avance": "says",
    "commente": "says", "observe": "says", "résume": "says", "réplique": "replies", "signale": "says",
    "renchérit": "adds", "mentionne": "says",
}
_INFINITIVES = {"dire": "says", "ajouter": "adds", "conclure": "says", "préciser": "says",
                "souligner": "says", "expliquer": "says", "répondre": "replies", "renchérir": "adds"}
_PRONOUNS = {"il": "he", "elle": "she", "ils": "they", "elles": "they"}
_TITLES = [
    (r"l['’]honorable", "Hon."), (r"(?:la|le) premi(?:ère|er) ministre", "prime minister"),
    (r"(?:la|le) ministre", "minister"), (r"la mairesse|la maire|le maire", "mayor"),
    (r"(?:la|le) présidente?", "president"), (r"(?:la|le|les) porte-parole", "spokesperson"),
    (r"(?:la|le) député(?:e)?", "MP"), (r"Mme", "Ms."), (r"M\.", "Mr"),
]
_ALT = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # noqa: E731
_WORD_END = r"(?![\w'’-])"
_ADV = r"(?:\s+(?:également|aussi|encore|alors|ensuite|notamment|plutôt|pour sa part|quant à lui|quant à elle))?"
_PAST_RE = re.compile(rf"\b(?:(il|elle|ils|elles)\s+)?(?:a|ont){_ADV}\s+({_ALT(_PARTICIPLES)}){_WORD_END}", re.IGNORECASE)
_INVERTED_RE = re.compile(rf"\b(?:a|ont)-t?-?(il|elle|ils|elles)\s+({_ALT(_PARTICIPLES)}){_WORD_END}"
                          rf"|\b({_ALT(_PRESENT)})-t-(il|elle|ils|elles){_WORD_END}", re.IGNORECASE)
_AFTER_QUOTE_RE = re.compile(rf"(?<=\ue000)(\s*,\s*)(?:({_ALT(_PRESENT)})|d(?:e\s+|['’])({_ALT(_INFINITIVES)})){_WORD_END}",
                             re.IGNORECASE)
_TITLE_RE = re.compile("|".join(rf"(?P<t{i}>\b{p}{_WORD_END})" if p[0].isalpha() or p[0] == "(" else rf"(?P<t{i}>{p})"
                                for i, (p, _) in enumerate(_TITLES)))

_OF_RE = re.compile(r"\s+(des|du|de la|de l['’]|de)(?=\s|(?<=['’]))")
_PARAGRAPH_RE = re.compile(r"\S(?:.|\n(?!\s*\n))*")
#: What marks a paragraph as French besides a cue glossed in it: a guillemet, "selon".
_FRENCH_SIGNS = re.compile(r"[«»]|\bselon\b", re.IGNORECASE)


def _fit(english: str, french: str) -> str:
    """``english`` padded with spaces to the length of ``french`` (never longer)."""
    return english[:len(french)].ljust(len(french))


def _case(english: str, french: str) -> str:
    return english[:1].upper() + english[1:] if french[:1].isupper() else english


def gloss(text: str, narr: str) -> str:
    """The narration ``narr`` of ``text`` (its quotes masked) with its French cue words replaced
    by English ones of the same length."""
    if "»" not in text and not re.search(r"\b(?:a|ont)\s+\w+é\b", narr, re.IGNORECASE):
        return narr   # no French cue can be here: the common case costs one search
    out = list(narr)

    def put(start: int, end: int, english: str) -> None:
        out[start:end] = list(_fit(english, narr[start:end]))

    for m in _PAST_RE.finditer(narr):
        verb = _PARTICIPLES[m.group(2).lower()]
        pronoun = m.group(1)
        put(m.start(), m.end(), f"{_PRONOUNS[pronoun.lower()]} {verb}" if pronoun else _case(verb, m.group()))
    for m in _INVERTED_RE.finditer(narr):
        # the pronoun where the French one stands, so that a mention reads "elle", not "a-t"
        p, verb = (1, _PARTICIPLES[m.group(2).lower()]) if m.group(1) else (4, _PRESENT[m.group(3).lower()])
        pronoun = _PRONOUNS[m.group(p).lower()]
        at = min(m.start(p), m.end(p) - len(pronoun))
        put(m.start(), at, "")
        put(at, m.end(p), pronoun)
        put(m.end(p), m.end(), " " + verb)
    for m in _AFTER_QUOTE_RE.finditer(narr):
        if text[m.start() - 1:m.start()] != "»":
            continue   # only after a guillemet: "note" and "lance" are English words too
        verb = _PRESENT[m.group(2).lower()] if m.group(2) else _INFINITIVES[m.group(3).lower()]
        put(m.end(1), m.end(), verb)
    glossed = [k for k, c in enumerate(out) if c != narr[k]]
    for para in _PARAGRAPH_RE.finditer(narr):
        french = any(para.start() <= k < para.end() for k in glossed) \
            or _FRENCH_SIGNS.search(text, para.start(), para.end()) is not None
        if not french:
            continue   # "John M. Smith": "M." is a title only in French copy
        for m in _TITLE_RE.finditer(narr, para.start(), para.end()):
            english, start = _TITLES[int(m.lastgroup[1:])][1], m.start()
            if english[:1].islower() and re.match(r"\s+[A-ZÀ-Ö]", narr[m.end():m.end() + 3]):
                english = english[:1].upper() + english[1:]   # a title before a name: Mayor Julie Roy
            elif m.group()[:1].lower() == "l" and english[:1].islower():
                # "a affirmé le ministre": "said the minister", in the room the verb left
                room = start
                while room - 2 >= 0 and out[room - 1] == out[room - 2] == " " and narr[room - 2] != " ":
                    room -= 1
                if m.end() - room >= len("the " + english):
                    english, start = "the " + english, room
            put(start, m.end(), english)
            of = _OF_RE.match(narr, m.end())
            if of:   # "le ministre des Travaux publics": minister of …
                put(of.start(1), of.end(1), "of")
    return "".join(out)
