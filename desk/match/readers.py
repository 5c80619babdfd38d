"""Is a turn's speaker reading someone else's words aloud?  (``quoted_by_other``)

A moderator quoting a candidate ("Last spring the Premier said, “…”"), a reporter reading
back "you said …", a witness reporting what someone told her ("He told me not to call the
police"), an interpreter's turn ("INTERPRETER LUGO:"): the words are the named speaker's, the
turn is not.  Strong cues
("I'm quoting", "you said", "in her words") just before the matched span settle it; so
does the named speaker's name shortly before, with the span inside quote marks or after
a speech verb.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from desk.extract.lexicon import KIN_NOUNS, STRONG_TITLES
from desk.extract.names import fold

STRONG_CUE = re.compile(
    r"\b(?:quote|quoting|quoted|and i quote|you said|you told|you promised|your words|"
    r"in (?:her|his|their|your) (?:own )?words|to quote)\b",
    re.IGNORECASE,
)
WEAK_CUE = re.compile(r"\b(?:said|says|promised|pledged|vowed|wrote|writes|told|declared|put it)\b",
                      re.IGNORECASE)
#: Someone else's words the speaker reports, right before the span: "He told me not to call the
#: police" (the words are his, as the witness tells it), "she said that …", 'and she said, "Boss, …'.
REPORTED = re.compile(r"(?i)\b(?:he|she|they)\s+(?:told|asked|warned|ordered|instructed|urged)\s+(?:me|us)\s*(?:that\s*)?$"
                      r"|\b(?:he|she|they)\s+(?:said|says|kept saying)\s*(?:that\s*|,\s*)?(?:[\"“]\s*)?$")
#: Words read back to their speaker, the cue after the quotation closes: '…,” you told the Board', '…."
#: you said' — the cue going on the quotation's sentence, so "you" in lower case (not '…?” You said
#: you didn't know', a new sentence answering it).
_CUE_AFTER = re.compile(r"[^“”\"\n]{0,40}?[”\"][ \t]*,?[ \t]*you[ \t]+(?:said|told|wrote|promised|testified)\b")
#: A turn labelled as an interpreter's: its words are those of the one it interprets.
_INTERPRETER = re.compile(r"(?i)\b(?:interpreter|interpretation|translator|translation|int[eé]rprete)\b")
OPEN_MARKS, CLOSE_MARKS = "\u201c\u00ab", "\u201d\u00bb"


def _inside_marks(text: str) -> bool:
    """Is the end of ``text`` inside an open quotation ( “…, «…, or an odd number of ", a
    paragraph's opening mark inside an open quotation continuing it)?"""
    return _opening_mark(text) is not None


def fold_name(word: str) -> str:
    """A name word compared case-, accent- and apostrophe-blind, without stray dots or commas
    ("Núñez," -> nunez, "O’Malley" -> o'malley)."""
    return fold(word.replace("\u2019", "'").replace("\u02bc", "'")).strip(".,")


#: A given name telling what its bearer said: "Curtis stood up and said", "Curtis told us".
_GIVEN_SAYS = (r"(?![\w’'-])(?!\s+[A-Z])\s+(?:(?:stood|got|jumped)\s+up\s+and\s+|just\s+|then\s+|finally\s+)?"
               r"(?:said|says|told|asked|yelled|shouted|wrote|added|replied|answered|goes|went)\b")


def names_pattern(names: Sequence[str]) -> re.Pattern | None:
    """The draft speaker's names as a source may write them near words it reports: the full name
    or the surname, in any case; and the given name alone, capitalised, as the subject of a speech
    verb ("Curtis stood up and said, '…'": a colleague telling it) — never "Curtis Dunn said" (a
    namesake), "Mark my words" or "Don't" (words, not names)."""
    alts, givens = set(), set()
    for name in names:
        name = (name or "").strip()
        if not name:
            continue
        alts.add(re.escape(name))
        parts = name.split()
        if len(parts) > 1 and len(parts[-1]) >= 3:
            alts.add(re.escape(parts[-1]))
        if len(parts) > 1 and len(parts[0]) >= 3 and parts[0][:1].isupper() and not parts[0].endswith(".") \
                and fold(parts[0]) not in STRONG_TITLES:
            givens.add(re.escape(parts[0]))
    if not alts:
        return None
    pattern = r"(?i:\b(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")\b)"
    if givens:
        pattern += r"|\b(?:" + "|".join(sorted(givens, key=len, reverse=True)) + r")" + _GIVEN_SAYS
    return re.compile(pattern)


def reads_words_of(ev, names_re: re.Pattern | None) -> bool:
    """Is this turn's speaker reading someone's words aloud at the matched span?"""
    cand, tw = ev.cand, ev.tw
    if _INTERPRETER.search(cand.label or ""):
        return True   # "INTERPRETER LUGO:", "TRANSLATOR:": the English of someone else's words
    text = cand.source_text
    start = tw.w.starts[ev.lo]
    turn_start = cand.pieces[0][1] if cand.pieces else 0
    before_turn = text[turn_start:start]
    near = before_turn[-120:]
    if STRONG_CUE.search(near) or REPORTED.search(before_turn[-60:]):
        return True
    if _CUE_AFTER.match(text, tw.w.ends[max(ev.lo, ev.hi - 1)]) and _inside_marks(before_turn):
        return True   # "“I've been sober eleven years,” you said": read back to the one who said them
    named = before_turn[-250:]
    named = named[named.rfind("\n\n") + 1:]   # in the words' own paragraph ("[1] The appellant, Dana Marsh, …" is not)
    if names_re and names_re.search(named):
        return _inside_marks(before_turn) or bool(WEAK_CUE.search(near))
    line = text.rfind("\n", 0, turn_start) + 1
    if names_re and (opened := _opening_mark(text[line:start])) is not None:
        # a letter read out as one long quoted paragraph, stored as several passages: words in
        # its later passages are inside the quotation that opened the paragraph, after the writer
        # was named ("She wrote: ¶ “I have answered calls …"): the writer's words
        at = line + opened
        if text[text.rfind("\n", 0, at) + 1:at].strip():
            return False
        at = _first_of_chain(text, at)
        # the writer named in the paragraph that introduces the quotation, not in one before it
        # ("… joined by Gus Ferrante. ¶ Quote from Renata Holm, candidate: ¶ “…”" is Holm's)
        before = text[max(0, at - 250):at]
        intro = before.rstrip()
        intro = intro[intro.rfind("\n\n") + 1:]
        if _NAMES_QUOTED.search(intro):
            before = intro   # "Quote from Renata Holm, candidate:": the quoted one is named right there
        return bool(names_re.search(before)) or _names_self(text[at:at + 250], names_re)
    return False


#: A paragraph naming whose words follow it: "Quote from Renata Holm, …:", "Statement of Ana Ruiz:".
_NAMES_QUOTED = re.compile(r"(?i)\b(?:quote|quotes|statement|remarks|comment)\s+(?:from|of|by)\s+[A-Z]")


def _first_of_chain(text: str, at: int) -> int:
    """Where a quotation of several paragraphs opened, from the mark opening one of them: back
    over the paragraphs before it that open with a mark whose quotation is still open at their
    end."""
    for _ in range(50):
        end = text.rfind("\n\n", 0, at)
        if end < 0:
            break
        prev = text.rfind("\n\n", 0, end)
        start = prev + 2 if prev >= 0 else 0
        para = text[start:end].strip()
        if not para or para[0] not in OPEN_MARKS + '"' or _opening_mark(para) != 0:
            break   # not a paragraph whose own quotation is still open at its end
        at = start + text[start:end].index(para[0])
    return at


def _names_self(opening: str, names_re: re.Pattern) -> bool:
    """The words read out open by naming their writer: "My name is Ines Halloran. I am …"."""
    return any(_SELF_NAMING.search(opening[max(0, m.start() - 14):m.start()]) for m in names_re.finditer(opening))


_SELF_NAMING = re.compile(r"(?i)\b(?:my name is|I am|I'm|I’m)\s+$")


def _opening_mark(text: str) -> int | None:
    """Where the quotation still open at the end of ``text`` opened, or None.  A mark opening a
    paragraph inside a quotation that has not closed continues it (a statement of several
    paragraphs, each opening with a mark and only the last closing): the first one is where it
    opened.  One pass over the text."""
    opened: list[int] = []
    straight = None
    line_start = False   # only blanks since a line break
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start = True
            continue
        at_line, line_start = line_start, line_start and ch.isspace()
        if ch in OPEN_MARKS:
            if not (at_line and opened):
                opened.append(i)
        elif ch in CLOSE_MARKS and opened:
            opened.pop()
        elif ch == '"':
            straight = (straight if at_line and straight is not None else i) if straight is None or at_line else None
    return opened[0] if opened else straight


#: A quotation read out, as broadcast transcripts print it: "Quote, “…,” end quote".
_SPOKEN_QUOTE = re.compile(r"(?i)\b(?:and I quote|to quote|quote)[ \t]*(?:[,:][ \t]*)?$")
#: The speaker reading out their own words: "As I said in March, quote, …".
_OWN_WORDS = re.compile(r"\bI(?:'ve| have)?\s+(?:said|wrote|told|put it)\b")


#: The speaker's own lead-in after a capitalised word: "Let me say", "So let us say it again".
_OWN_LEAD = re.compile(r"(?i)\b(?:me|us|I|we)\b")


#: A message someone passes on inside their own: "[Forwarded message] From: Larkin Property Group.".
_FORWARDED = re.compile(r"(?i)\bforwarded message\b|\bfwd:|\[forwarded\b[^\]\n]{0,30}\][^\n]{0,10}\bfrom:")
#: A verb that reports words, the nearest before a quote mark inside a turn.
_REPORTING = re.compile(r"(?i)\b(?:said|says|say|saying|told|tells|wrote|writes|asked|asks|yelled|shouted|replied|"
                        r"answered|added|warned|texted|emailed|posted|"
                        # a court's reasons: "They argue that “…”", "She nonetheless found that “…”"
                        r"argue|argues|argued|submits|submitted|testified|testifies|found|finds|stated|states|"
                        r"contends|contended|maintains|maintained|insisted|insists|claimed|claims|conceded|concedes)\b")
#: Who reports them: a pronoun or a capitalised word (a name), the nearest before the verb.
_WHO = re.compile(r"\b(?:I|we|We|he|He|she|She|they|They|you|You|[A-Z][\w’'\-]+)\b")


def said_again(ev, words: list[str]) -> bool:
    """The quote's ``words`` stand in the matched turn a second time, outside any quotation: the
    speaker quoted them, then said them as their own ("… We found out from a sign on the door."
    ¶ "A sign on the door. That's how this government talks to rural families.")."""
    cand, tw = ev.cand, ev.tw
    text = cand.source_text
    turn_start = cand.pieces[0][1] if cand.pieces else 0
    matched = tw.w.starts[ev.lo]
    return any(tw.w.starts[pos] != matched and not _inside_marks(text[turn_start:tw.w.starts[pos]])
               for pos in tw.find_all(words, limit=10))


def relative_quoted(ev) -> bool:
    """The turn says, just before the matched words, that they are a relative's ("My mother asked
    me to read her words first. She wrote: “…”"): read by one of the family."""
    cand, tw = ev.cand, ev.tw
    start = tw.w.starts[ev.lo]
    turn_start = cand.pieces[0][1] if cand.pieces else 0
    return _KIN.search(cand.source_text, max(turn_start, start - 250), start) is not None


_KIN = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, KIN_NOUNS), key=len, reverse=True)) + r")s?\b")


def quotes_another(ev) -> str | None:
    """"reported", "read" or None: see ``_quoting``."""
    return _quoting(ev)[0]


#: Who reports words without naming anyone: "She said: “…”", "They argue that “…”", "The
#: respondents submit", "[Forwarded message]".
_UNNAMED_REPORTERS = frozenset("he He she She they They The His Her Their Its".split())


def reported_unnamed(ev) -> bool:
    """The turn reports the matched words as another's whom it names only by a pronoun or a role
    ("She said: “…”", "The respondents submit that “…”"), not by name ("Abernethy-Cole
    testified"): whose they are, the source does not say."""
    kind, who = _quoting(ev)
    return kind == "reported" and (who is None or who in _UNNAMED_REPORTERS)


#: A person's name as a paragraph gives it: "Lena Petrovic", "Dr. Lukas Petrossian-Vail".
_FULL_NAME = re.compile(r"\b[A-Z][a-zà-ÿ'’]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\wà-ÿ'’]+(?:-[A-Z][\wà-ÿ'’]+)?")


def another_named(ev, names_re: re.Pattern | None) -> bool:
    """The paragraph of the matched words has someone it names speak before them, and not the
    draft's speaker (``names_re``): "The crossing guard, Lena Petrovic, testified …. She said:
    “…”" are hers, so credited to someone else they are no words of an unnamed person."""
    cand, tw = ev.cand, ev.tw
    text = cand.source_text
    start = tw.w.starts[ev.lo]
    para = text[max(text.rfind("\n\n", 0, start) + 2, start - 600):start]
    if names_re is not None and names_re.search(para):
        return False
    # a name the paragraph has speak ("Lena Petrovic, testified", "Ana Ruiz argued"), not a road's
    for m in _FULL_NAME.finditer(para):
        verb = _REPORTING.search(para, m.end(), m.end() + 40)
        if verb and not m.group(0).startswith(("The ", "In ", "On ", "At ")) \
                and not re.search(r"[.!?;:]", para[m.end():verb.start()]):
            return True   # (not "… on Carrick Line only. The appellant testified")
    return False


def _quoting(ev) -> tuple[str | None, str | None]:
    """(Whether the turn's speaker is quoting someone else's words at the matched span: "reported"
    when the turn tells what another said ("my mother would say, “The strait gives you back what
    it wants to”", "he told me, “Nobody sits down”", "a nurse wrote to me: “…”"), "read" when the
    speaker reads them out on air ("Quote, “…,” end quote": the reader did say them, and a story
    may credit the moderator who rattled them off), else None.  The span stands inside quote
    marks the turn opened after a reporting verb whose subject is not the speaker ("I said,
    “No”" is their own).  Second: the word for the one reporting, when read.)"""
    cand, tw = ev.cand, ev.tw
    text = cand.source_text
    start = tw.w.starts[ev.lo]
    turn_start = cand.pieces[0][1] if cand.pieces else 0
    before = text[turn_start:start]
    if not _inside_marks(before):
        return None, None
    opened = max(before.rfind(c) for c in OPEN_MARKS + '"')
    if _SPOKEN_QUOTE.search(before[max(0, opened - 40):opened]):
        # 'This is from the president, Delphine Okonkwo-Marsh. Quote, “…,” end quote.'
        return (None if _OWN_WORDS.search(before[max(0, opened - 80):opened]) else "read"), None
    if _FORWARDED.search(before[max(0, opened - 120):opened]):
        return "reported", None   # '[Forwarded message] From: Larkin Property Group. “Thank you for …”'
    clause = re.split(r"[.!?]\s", before[:opened])[-1][-160:]
    if not clause.strip() and before[:opened].rstrip(" \t").endswith("\n"):
        # a quotation opening its own paragraph, after the sentence that brings it in: "She gave
        # me permission to read it tonight, so here is what she wrote." ¶ "“I have driven …”"
        # (not '“…,” she said. “What we cannot do …”': her own next sentence)
        clause = re.split(r"[.!?]\s", before[:opened].rstrip().rstrip(".:"))[-1][-160:]
    verbs = list(_REPORTING.finditer(clause))
    # (further when a that-clause goes on to the mark: "They argue that the appellant was familiar
    # with the intersection and that “local knowledge is part of reasonable care.”")
    if not verbs or len(clause) - verbs[-1].end() > (100 if re.search(r"\bthat\s*$", clause) else 40):
        return None, None
    who = list(_WHO.finditer(clause, 0, verbs[-1].start()))
    if not who or who[-1].group(0) in ("I", "we", "We") or _OWN_LEAD.search(clause, who[-1].end(), verbs[-1].start()):
        return None, None   # "Let me say, “…”", "As I have said, “…”": the speaker's own
    return "reported", who[-1].group(0)

