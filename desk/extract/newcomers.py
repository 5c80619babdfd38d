"""Someone new between a pronoun and the person the pronoun passes chose (part of pass 4 of
quote finding, for :mod:`desk.extract.pronouns`).

"Kasich recalled a woman in the crowd. She asked “…”": she is the woman, not Kasich.  The pronoun
passes know only named people; ``unnamed_since`` tells them when someone the story brings in
without a name, of the pronoun's gender, stands between the chosen person and the pronoun — an
unnamed person ("a woman", "one voter"), a described one who speaks ("the complainant told the
court"), someone speaking for a person named ("Tyler Moss’s lawyer said"), or a relative spoken
of or opening a sentence since ("Maria Lopez said her husband was angry. “…,” he said") — so
that the pronoun goes to no one rather than past them.  Relatives the story named with their tie
("Her son, Philippe Laval, … His mother rolled her eyes") are no one new.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desk.extract.evidence import named_as
from desk.extract.lexicon import ASKING, CUE_VERBS, JURISDICTIONS, PRESS, UNNAMED_PEOPLE
from desk.extract.narration import is_possessive

if TYPE_CHECKING:
    from desk.extract.mentions import Analysis

#: "a woman", "one voter", "another angry man": someone the story brings in without a name.
#: "a Red Cross worker", "an Air Canada employee": the body's name as a modifier; "a nine-year-old"
#: (no noun after the age): a child or an adult of no given sex.
_UNNAMED_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,2}?"
                         r"(%s|\w+-year-old(?!\s+(?!(?:last|this|who|in|at|from|on|with|and|was|is|had|has)\b)[a-z]))\b"
                         % "|".join(sorted(UNNAMED_PEOPLE, key=len, reverse=True)))


#: "The complainant told the court", "the woman said": someone unnamed whom the story has speak.
_THE_UNNAMED_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(%s)\s+([a-z]+)\b"
                             % "|".join(sorted(UNNAMED_PEOPLE, key=len, reverse=True)))
#: A relative's tears are no sign they speak next: "His mother wept in the gallery."
_TEARS = frozenset("wept weeps cried cries sobbed sobs".split())
#: Someone unnamed who speaks for, or is close to, a person named: "Tyler Moss’s lawyer said",
#: "his mother told reporters", "the lawyer for Tyler Moss said".
_CLOSE_TO = {
    **dict.fromkeys("mother wife daughter sister grandmother aunt girlfriend widow spokeswoman".split(), "f"),
    **dict.fromkeys("father husband son brother grandfather uncle boyfriend widower spokesman".split(), "m"),
    **dict.fromkeys("""lawyer lawyers attorney attorneys counsel spokesperson representative agent publicist
        friend partner cousin fiancé fiancée neighbour neighbor""".split(), ""),
}
_CLOSE_NOUN = "|".join(sorted(_CLOSE_TO, key=len, reverse=True))
_OWNED_SPEAKER_RE = re.compile(r"(?:['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:(?:longtime|former|defence|defense|"
                               r"criminal|family|older|younger|eldest|late)\s+)?(%s)\s+([a-z]+)\b" % _CLOSE_NOUN)
_OWNED_KIN_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|older|younger|eldest|elder)\s+)?(%s)\b" % _CLOSE_NOUN)
_SPEAKER_FOR_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(%s)\s+(?:for|of)\s+(?:(?:%s)\s+)?"
                             r"(?:[A-Z][\w.’'-]*\s+){1,4}([a-z]+)\b" % (_CLOSE_NOUN, "|".join(sorted(JURISDICTIONS))))
#: Nouns that make an unnamed-person noun before them a modifier: "a victim impact statement",
#: "a patient advocate group".
_COMPOUND_HEADS = frozenset("impact advocate advocates services rights support group groups centre center fund count".split())
_DESCRIBING = (" is", " was", " are", " were", " as", " became", " becomes", " being", " been", " be", "’s", "'s")


#: What may stand between an unnamed person and the name set off after them: a comma, after a
#: short tie to a body ("A spokesman for ICE, Daniel Whitmore,").
_SET_OFF = re.compile(r"(?:(?:for|of|at|with)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}\s*)?,")


#: Cue verbs whose object is the one spoken to: "asked Mayor Helen Sutherland", "told the minister".
ADDRESSING = ASKING | frozenset("told tells tell telling warned urged assured reminded informed pressed".split())


def _appositive_list(a: Analysis, at: int) -> bool:
    """The phrase at ``at`` (after "and") is the second of an appositive's descriptions: "Kayla
    Brandt, a nurse in Wichell and a Tallgrass customer," — a comma right after a name, then "a"
    or "an", with no other comma or sentence mark before ``at``."""
    comma = a.narr.rfind(",", max(0, at - 100), at)
    if comma < 0 or not re.match(r",\s+(?:a|an)\s", a.narr[comma:comma + 5]) or re.search(r"[.;!?]", a.narr[comma:at]):
        return False
    return any(m[1] == comma and m[3] == "name" for m in a.mentions)


#: Adverbs between a be-verb and what someone is: "Jordan Baptiste is also a plaintiff".
_BE_ADVERBS = re.compile(r"(?:\s+(?:also|now|still|already|once|again|too))+$")


def unnamed_since(a: Analysis, after: int, pos: int, gender: str) -> bool:
    """Someone unnamed of this gender enters between the person chosen (at ``after``) and the
    pronoun at ``pos``, in the pronoun's sentence or the one before: "Kasich recalled a woman in
    the crowd. She asked “…”" — she is the woman, not Kasich (nor anyone named earlier)."""
    s0 = a.sentence_bounds(pos)[0]
    # from the start of the chosen person's sentence: "A woman on Riverside Drive said …" has
    # the woman before the place name the desk took for a person
    lo = max(a.sentence_bounds(after)[0], a.sentence_bounds(s0 - 2)[0] if s0 >= 2 else 0)
    for m in _UNNAMED_RE.finditer(a.narr, lo, pos):
        before = a.narr[max(0, m.start() - 12):m.start()].rstrip()
        if before.endswith(",") and not _after_opening(a, m.start()) or _BE_ADVERBS.sub("", before.lower()).endswith(_DESCRIBING) \
                or before.endswith(("–", "—", "(", "herself", "himself")):
            continue   # "Jordan Pell, a volunteer, said he …", "Pell is a volunteer": the named person
        if before.lower().endswith(" and") and _appositive_list(a, m.start()) \
                and not re.match(r"\s*(?:who|whose|that)\b", a.narr[m.end():m.end() + 8]) \
                and m.group(1) not in ("woman", "man", "person", "girl", "boy"):
            continue   # "Kayla Brandt, a nurse in Wichell and a Tallgrass customer,": Brandt again (not
            #            "…, a nurse and a woman who lives across the road": someone else)
        named = a.mention_at.get(after)
        if _SET_OFF.fullmatch(a.narr[m.end():after].strip()) and m.end() < after and named is not None \
                and not is_possessive(named[4]) and a.text[named[1]:named[1] + 1] not in ("’", "'"):
            continue   # "A neighbour, Karen Siddiqui, said she …", "A spokesman for ICE, Dan Whitmore,":
            #            the one named right after (not "Hale’s sister")
        if m.start() < after and a.sentence_bounds(m.start())[0] == a.sentence_bounds(after)[0] \
                and named is not None and named_as(a.toks, a.tok_index(after)):
            continue   # "A man who gave only his first name, Randy, said he …": the one named
        if before.lower().endswith(" told") and a.sentence_bounds(m.start())[1] <= pos \
                and not re.match(r"\s*(?:who|whose)\b", a.narr[m.end():m.end() + 8]):
            continue   # "Lisa Crane told a reporter that … “…,” she said": the one spoken to
            #            (not "talking to a voter only to have her ask", nor "a witness who said")
        if after < m.start() and a.sentence_bounds(m.start())[0] == a.sentence_bounds(after)[0] \
                and _reported_by(a, after, m.start()):
            continue   # "Rosario … said her husband stayed to talk with a student. “…,” she said": the
            #            student is someone she speaks of, inside what she said
        nxt = a.narr[m.end():m.end() + 24].split(None, 1)
        if nxt and nxt[0] in _COMPOUND_HEADS:
            continue   # "read a victim impact statement": a thing, not a victim
        if a.narr[m.end():m.end() + 2] in ("’s", "'s") and a.sentence_bounds(m.start())[0] != s0:
            continue   # "Dale had moved on to another neighbour's basement. “…,” he said": a place
        if m.start() < after and a.tok_index(after) >= 1 and a._is_cue(a.tok_index(after) - 1) \
                and a.toks[a.tok_index(after) - 1].low in ADDRESSING:
            continue   # "A reporter asked Mayor Helen Sutherland …. “…,” she said": the one asked
            #            (not "A spokesperson … said the minister would respond": the one spoken of)
        opener = a.sentence_bounds(after)[0]
        if m.start() < after and a.sentence_bounds(m.start())[0] == opener \
                and a.toks[a.tok_index(opener)].low.endswith(("ed", "ing")) and "," in a.narr[m.end():after]:
            continue   # "Asked by a reporter whether …, Sheriff Vance-Amari was firm": the opening
            #            phrase's agent, before the one the sentence is about
        k = a.tok_index(m.end())
        if m.group(1) in PRESS and after < m.start() and k < len(a.toks) and a.toks[k].low in ASKING \
                and not a._after_question(pos) and not (k + 1 < len(a.toks) and a.toks[k + 1].text in (",", ":")):
            continue   # "A reporter asked whether they were known to police. “…,” she said": the
            #            one asked answers (not "A woman asked about the route", who may go on)
        if k < len(a.toks) and a.toks[k].low in ASKING and after < m.start() and _asks_of(a, k, gender):
            continue   # "an Iowa voter asked if she might consider it. “…,” she replied": the one asked
        if UNNAMED_PEOPLE.get(m.group(1), "") in ("", gender) and not _told_by(a, m.start(), gender):
            return True
    for m in _THE_UNNAMED_RE.finditer(a.narr, lo, pos):
        if m.group(2) in CUE_VERBS and UNNAMED_PEOPLE[m.group(1)] in ("", gender):
            return True   # "The complainant told the court she was 14. “…,” she testified"
    chosen_end = a.sentence_bounds(after)[1]
    for m in _OWNED_KIN_RE.finditer(a.narr, max(lo, chosen_end), pos):
        k0, k = a.tok_index(a.sentence_bounds(m.start())[0]), a.tok_index(m.start())
        opening = k == k0 or k - k0 <= 4 and a.toks[k - 1].text == ","   # "Outside court, his sister"
        verb = a.narr[m.end():m.end() + 12].split()
        if _CLOSE_TO[m.group(1)] == gender and a.sentence_bounds(m.start())[0] >= chosen_end \
                and (any(a._is_cue(x) for x in range(k0, k))
                     or opening and not (verb and verb[0] in _TEARS)) \
                and not _named_relative(a, m.start(), m.end(), after):
            return True   # "Tom Reyes spoke first. Maria Lopez said her husband was angry. “…,” he said",
            #               "His wife sat in the second row. “…,” she said": a relative of this sex
            #               spoken of, or the subject, since; not Tom Reyes (nor "His mother wept")
    for rx in (_OWNED_SPEAKER_RE, _SPEAKER_FOR_RE):
        for m in rx.finditer(a.narr, lo, pos):
            if m.group(2) in CUE_VERBS and _CLOSE_TO[m.group(1)] in ("", gender) and m.end() > after \
                    and not re.search(r"\b%s,?\s+(?:[A-Z][\w’'-]+\s+)*[A-Z]" % m.group(1), a.narr[:pos]):
                # "Tyler Moss’s lawyer said his client would appeal. “…,” he said": the lawyer
                # speaks, and the one named is whom the lawyer speaks for — unless the story
                # has named someone so ("his brother Alastair Osman … his brother added")
                return True
    return False

#: Words opening a phrase of place or time before a sentence's subject: "At the arena, a worker …".
_OPENING = re.compile(r"(?:At|In|On|Outside|Inside|Near|Nearby|By|After|Before|During|Later|Earlier|Meanwhile|"
                      r"Back|Across|Along|Behind|Downstairs|Upstairs|Down|Up|Over)\b[^,]*,\s*$")


def _after_opening(a: Analysis, at: int) -> bool:
    """The unnamed person at ``at`` is the subject after an opening phrase of place or time that
    names no one ("At the arena, a Red Cross worker was handing out blankets"), not set off after
    a name ("Jordan Pell, a volunteer,")."""
    s0 = a.sentence_bounds(at)[0]
    return bool(_OPENING.match(a.narr, s0, at)) and not any(s0 <= m[0] < at for m in a.mentions)


def _asks_of(a: Analysis, k: int, gender: str) -> bool:
    """The question asked at token ``k`` is put to someone of this gender, by a pronoun: "asked
    if she might", "asked him whether", "asked whether he would"."""
    pronouns = ("she", "her") if gender == "f" else ("he", "him")
    return any(a.toks[x].low in pronouns for x in range(k + 1, min(k + 4, len(a.toks))))


def _reported_by(a: Analysis, who: int, at: int) -> bool:
    """Position ``at`` is inside what the person at ``who`` is said to have said: a cue of saying
    stands between them, and words after it before ``at`` (not "told a reporter")."""
    k0, k1 = a.tok_index(who), a.tok_index(at)
    return any(a.toks[k].low in _SAYING and k1 - k >= 3 for k in range(k0 + 1, k1))


_SAYING = frozenset("said says explained added recalled noted argued insisted acknowledged".split())


def _named_relative(a: Analysis, start: int, end: int, chosen: int) -> bool:
    """The relative at ``start:end`` ("His mother") is the person chosen (mentioned at
    ``chosen``), by a tie the story gave: "Her son, Philippe Laval, shrugged. … His mother
    rolled her eyes. “…,” she said" is Jeanne Laval still."""
    from desk.extract.kin import kin_person  # (kin reads the mentions this class builds)

    named = a.mention_at.get(chosen)
    return named is not None and named[2] is not None and kin_person(a, start, end) == named[2]

def _told_by(a: Analysis, pos: int, gender: str) -> bool:
    """The sentence at ``pos`` is someone's telling, by a pronoun of this gender with a cue
    ("It's common, he explains, for a man to sit down"): the unnamed man there is the
    speaker's example, no new person for the next "he"."""
    s0, s1 = a.sentence_bounds(pos)
    pronoun = "he" if gender == "m" else "she"
    k0, k1 = a.tok_index(s0), a.tok_index(s1)
    return any(a.toks[k].low == pronoun and a._is_cue(k + 1) for k in range(k0, min(k1, len(a.toks) - 1)))
