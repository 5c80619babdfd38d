"""Readings of the words around one quote (pass 5 of quote finding): what an as-clause, a colon,
a name right before the quote or the paragraph before it says about whose words they are.

:func:`desk.extract.quotes.find_quotes` asks these after the cue search (``leading``,
``trailing``): "As Okafor once said, “…,” Tal told the crowd" (the as-clause's person);
"The Prime Minister “could get a deal”" (words about her, not hers); "Dr. Ward stated:" ending
the paragraph before (``introduced``); "I asked Hale: “…”" (the writer's); a short whole
sentence or a name and a colon before a short quote (speech, not a scare quote); a particular
voice calling something by a loaded word (``specific_voice``, its quote no scare quote) unless the
word is a coined name (``coined_name``).
"""

from __future__ import annotations

import re

from desk.extract.carry import previous_para
from desk.extract.leading import leading
from desk.extract.lexicon import AUX, KIN_NOUNS, ORG_DESCRIPTORS, ROLE_HEADS, person_noun
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.phrases import Attribution, mention_ending
from desk.extract.voices import colon_voice

#: "As the (old) saying goes, “…”", "as the adage has it:": a proverb just before the quote.
_AS_THE_SAYING = re.compile(r"\b(?:saying|adage|proverb|expression|maxim)\s+(?:goes|went|has it|had it)\s*[,:]?$", re.I)


def writer_introduces(a: Analysis, s0: int, first: Span) -> bool:
    """The quote follows a colon after a clause of the writer's: a sentence that opens with "I"
    ("I asked Ann Hale: “Why now?”"), or "I" after anyone it names ("Ann Hale was upset, so I
    had to change my answer: “…”"); or a proverb introduces it ("As the saying goes, “…”")."""
    before = a.narr[s0:first.open_at].rstrip()
    if _AS_THE_SAYING.search(before):
        return True   # "As the old saying goes, “…”": words nobody in particular said
    if not before.endswith(":"):
        return False
    last = max((m[1] for m in a.mentions if s0 <= m[0] < first.open_at), default=s0)
    if a.toks[a.tok_index(s0)].text == "I":
        return True   # "I asked Ann Hale: “Why now?”"
    return any(t.text == "I" for t in a.toks[a.tok_index(last):a.tok_index(first.open_at)])


def said_whole(a: Analysis, first: Span, p0: int) -> bool:
    """A short quote that is someone's whole sentence, not a scare quote: after a speaker's name
    and a colon ("Coach Beth Ironside: “We’ll see.”"), after any colon when it is a whole sentence
    closing the sentence ("Ruml was blunt: “We are done.”", "had one message: “Dump Trump.”"),
    or opening its paragraph as a sentence of its own ("“We will rebuild.” Abara made the promise
    twice."), or a question or exclamation standing as a sentence of its own after another
    ("Pruitt looked at Okwuosa. “You want it?”")."""
    words = a.text[first.start:first.end].strip()
    if first.open_at == p0 and words[:1].isupper() and words[-1:] in ".!?":
        return True
    before = a.narr[p0:first.open_at].rstrip()
    after = a.text[first.mask_end:first.mask_end + 3].lstrip(" ”\"’'")
    if before[-1:] in (".", "!", "?") and words[:1].isupper() and words[-1:] in "!?" \
            and (not after or after[:1] in "\n" or after[:1].isupper()):
        return True   # "Pruitt looked at Okwuosa. “You want it?”": a question standing as a sentence
    if not before.endswith(":"):
        return False
    if words[:1].isupper() and words[-1:] in ".!?" and (not after or after[:1] in "\n" or after[:1].isupper()):
        return True   # "Coach Dave Ruml was blunt: “We are done.”": a whole sentence ends the sentence
    m = mention_ending(a, p0 + len(before) - 1, p0)
    return m is not None and m[2] is not None and m[3] == "name"


def as_said(a: Analysis, first: Span, s0: int) -> Attribution | None:
    """'As Abernathy-Lund once said, “…,” Tal told the crowd': an as-clause that opens the
    sentence and ends with a comma right before the quote names whose words they are; the cue
    after the quote is who repeated them."""
    attr, _ = leading(a, first, s0)
    if attr is None or attr.pid is None:
        return None
    k = a.tok_index(attr.start)
    if k == 0 or a.toks[k - 1].low != "as" or a.toks[k - 1].start > s0 + 1:
        return None
    between = a.narr[attr.end:first.open_at]
    if not between.rstrip().endswith(",") or len(between.split()) > 5:
        return None
    # words already said ("As Okafor once said", "put it", "wrote"), not "As Hale pressed her"
    words = [w.strip(",").lower() for w in between.split()]
    return attr if any(w in _SAID_WORDS for w in words) else None


_SAID_WORDS = frozenset("said says put puts wrote writes noted notes told declared remarked observed".split())


def quoted_predicate(a: Analysis, m, first: Span) -> bool:
    """The quote follows a name or role right away and opens in lower case: it is the rest of
    a sentence about that person ('The Prime Minister “could get a deal …”'), not their words.
    A pronoun ("she's “not a natural politician”") is left alone, and a possessive too ("Obama's
    “if you like your plan …” promise") unless the sentence has a cue of its own ("Trump's
    “excesses” are sickening, Hollande said")."""
    if m[3] not in ("name", "role") or a.narr[m[1]:first.open_at].strip() \
            or not a.text[first.start:first.start + 1].islower():
        return False
    return not is_possessive(m[4]) or a.sentence_has_cue(*a.sentence_bounds(first.open_at))


def nobody_between(a: Analysis, lead: Attribution, first: Span) -> bool:
    """Between the sentence's speaker and the quote stands no one else who could have said it:
    no other person ("Carney called Trump, who said …"), no relative clause ("neighbours who
    called …") and no passive ("was shown a memo describing …")."""
    if any(lead.end <= m[0] < first.open_at and m[2] is not None and m[2] != lead.pid
           and not (is_possessive(m[4]) and a.toks[a.tok_index(m[1])].kind == "w") for m in a.mentions):
        return False   # (not "called the minister's position “…”": what someone owns speaks no words)
    between = a.narr[lead.end:first.open_at].lower()
    return not re.search(r"\b(?:who|whom|which|was|were|been|being)\b", between)


def according_to(a: Analysis, attr: Attribution) -> bool:
    return a.text[max(0, attr.start - 13):attr.start].lower().endswith("according to ")


def introduced(a: Analysis, first: Span) -> Attribution | None:
    """A quote opening the paragraph after one that ends in a colon ("Dr. Ward stated:" / "The
    Times confirmed it, reporting:"): that sentence's cue, else the last person before the colon."""
    if first.cont or first.para == 0 or first.open_at != a.paras[first.para][0]:
        return None
    q0, q1 = a.paras[first.para - 1]
    if a.in_ignored(q0):
        return None
    colon = q1
    while colon > q0 and a.text[colon - 1].isspace():
        colon -= 1
    if colon <= q0 or a.text[colon - 1] != ":":
        return None
    at = Span(first.para - 1, colon - 1, colon - 1, colon - 1, None, colon - 1)
    s0, _ = a.sentence_bounds(colon - 1)
    attr, _ = leading(a, at, s0)
    if attr is not None and (attr.pid is not None or attr.name):
        return attr
    m = colon_voice(a, s0, colon - 1)   # not a place ("Earl Mackintosh, reached near Port Emmett:")
    return Attribution(m[0], m[1], m[2], m[3]) if m is not None else attr


#: Words for posting a message: a quote in capitals after them is the post, not a heading.
_POSTED = re.compile(r"(?i)\b(?:post(?:s|ed)?|tweet(?:s|ed)?|wr(?:ote|ites)|sent|sends|texted|message|Twitter|Facebook|"
                     r"Instagram|Truth Social)\b")


def capitals_heading(a: Analysis, first: Span) -> bool:
    """A quote that is its whole paragraph, in capitals with no full stop, is a heading
    ('“DIVISIVE, STUPID AND WRONG”'), unless the paragraph before has someone post, tweet, write or
    send it ('Tate posted on Twitter. ¶ “THE ELECTION WAS STOLEN”')."""
    words = a.text[first.start:first.end]
    if not (words.isupper() and words.rstrip()[-1:].isalpha()):
        return False
    return not _POSTED.search(a.text, *a.paras[previous_para(a, first.para)])


def coined_name(words: str) -> bool:
    """Quoted words that are a name coined for a thing, every word capitalised: "the “Ranger
    Series”", "dubbed the operation “Project Nightfall”"."""
    ws = words.strip(" ,.!?").split()
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws)


def specific_voice(a: Analysis, attr: Attribution) -> bool:
    """The attribution names one particular voice though no person of the story: an
    organisation ("Harbour Transit called the delay “regrettable.”") or a definite description of
    a person or body ("The mayor of Halifax", "The union") — not some group nobody names
    ("Critics called the film “a triumph.”"), whose loaded word stays a scare quote."""
    k = a.tok_index(attr.end)
    while k < len(a.toks) and a.toks[k].kind == "w" and (a.toks[k].low in AUX or a.toks[k].adverb):
        k += 1
    if not (k < len(a.toks) and a._is_cue(k)):
        return False   # "Alabama beat Clemson in a game many are calling an “instant classic.”": not its cue
    words = a.text[attr.start:attr.end].split()
    if attr.kind == "org" or attr.name:
        return len(words) > 1 or words[0].isupper()   # "Harbour Transit", "RCMP" (not "Politicos", "Standard")
    if len(words) < 2 or words[0].lower() != "the":
        return False
    tie = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in ("of", "for", "at")), len(words))
    head = fold(words[tie - 1]).strip(".,")
    return (head in ROLE_HEADS or head in ORG_DESCRIPTORS or head in ("opposition", "government")) and not head.endswith("s")


_KIN = "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
#: A draft that says the words it quotes are someone else's, relayed by its speaker: "Abara said
#: that for her father, “…”", "her father used to say, “…”", "what her father told her: “…”" (a
#: relative).
_RELAYED = re.compile(
    r"\b(?:for|recalling)\s+(?:his|her|their|my|our)\s+(?:late\s+)?(?:" + _KIN + r")\b"
    r"|\b(?:his|her|their|my|our)\s+(?:late\s+)?(?:" + _KIN + r")\s+(?:used\s+to\s+say|would\s+say|always\s+said|"
    r"once\s+said|liked\s+to\s+say|told\s+(?:him|her|them|me|us))\b",
    re.IGNORECASE)
#: ... or anyone's: "quoting an old neighbour", "in the words of Tommy Douglas" — a person, not
#: "quoting figures from her department" (nor "citing safety concerns", a reason).
_QUOTING = re.compile(r"\b(?:quoting|in\s+the\s+words\s+of)\s+(?:(?:a|an|the|his|her|their|my|our|its)\s+)?"
                      r"(?P<np>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3})", re.IGNORECASE)


def _a_person(np_: str) -> bool:
    """The phrase after "quoting" names a person: a capitalised name, or a noun for a person."""
    words = np_.split()
    if words[0][:1].isupper():
        return True
    tie = next((i for i, w in enumerate(words) if i and fold(w) in _OF), len(words))
    noun = fold(words[tie - 1]).strip("’'")   # the head before "of", "from" …: "neighbour", not "department"
    return person_noun(noun) or noun in KIN_NOUNS or noun in ROLE_HEADS


_OF = frozenset("of from at in on for".split())


def relayed_in_draft(text: str, open_at: int) -> bool:
    """The draft's own sentence, before the quote that opens at ``open_at``, says the words are
    someone else's that its speaker passes on ("Abara said that for her father, “…”", "Quoting an
    old neighbour, the minister said, “…”"): quoted from them, they are the speaker's faithful
    account, not words taken from someone else."""
    lo = max(0, text.rfind("\n", 0, open_at), max(text.rfind(c, 0, open_at) for c in ".!?"), open_at - 200)
    if _RELAYED.search(text, lo, open_at) is not None:
        return True
    return any(_a_person(m.group("np")) for m in _QUOTING.finditer(text, lo, open_at))
