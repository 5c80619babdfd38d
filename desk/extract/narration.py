"""The story outside its quote marks: tokens, sentences and bylines, for the people passes.

:class:`Narration` masks every quoted span (so words inside quotes are never taken for speakers
or cues), tokenises what is left and finds sentence starts. :mod:`desk.extract.people` and
:mod:`desk.extract.mentions` build on it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from desk.extract.french import gloss
from desk.extract.lexicon import (
    ABBREV,
    BE_FORMS,
    CUE_VERBS,
    FOLLOWERS,
    LY_NOUNS,
    NAMING_VERBS,
    NOUN_CUES,
    OWNED_WORDS,
    PASSIVE_AUX,
    PERCEIVED,
    PHRASAL,
    SIGN_NOUNS,
)
from desk.extract.marks import OPENERS, Span, paragraphs, quoted_spans
from desk.extract.names import SUFFIXES, fold

#: Nouns for words nobody in particular said: "as the saying goes".
_SAYINGS = frozenset("saying sayings adage proverb expression maxim cliche cliché".split())


@dataclass
class Token:
    start: int
    end: int
    text: str
    kind: str  # "w" word, "p" punctuation, "q" masked quote

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def adverb(self) -> bool:
        """An adverb in -ly ("quickly", "also"), not a noun that ends so ("family", "rally")."""
        low = self.low
        return low.endswith("ly") and low not in LY_NOUNS

    @property
    def cap(self) -> bool:
        return self.kind == "w" and self.text[:1].isupper()



# --------------------------------------------------------------------------------------------
# Tokens and sentences of the narration

#: Initials inside a name: "F." in John F. Kennedy, "H.W." in George H.W. Bush.
INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")
_TOKEN_RE = re.compile(r"\ue000+|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[^\W_](?:(?:[\w'’\-]|(?<![a-z]{2})\.|\.(?![A-Z][a-z])|(?<=[^\W\d_])–(?=[A-Z])(?!(?:Chief|Mayor|Premier|Minister|President|Sen|Rep|Gov|Coun|Councillor|Det|Sgt|Const|Cst|Officer|Judge|Justice|Dr|Mr|Mrs|Ms|The|A|An|He|She|They|It|We|I)\b))*[^\W_])?|\.{3}|…|--|[,;:.!?()\[\]—–]|(?<=\s)-(?=\s)")


#: A riding's name as Parliament spells it, joined by an em dash, after "member for" (MP, MPP …) or "riding of":
#: "the member for Kenning River—Tulliq" (read as the en dash of "Kessington–Dufour": one word).
_RIDING_EM = re.compile(r"\b(?:(?:member|MP|MPP|MLA|MNA|MHA|candidate)[ \t]+for|riding[ \t]+of)[ \t]+"
                        r"(?:[A-Z][\w'’.\-]*[ \t]+){0,3}[A-Z][\w'’.\-]*—(?=[A-Z][a-z])")


def _riding_dashes(narr: str) -> str:
    """``narr`` with the em dash inside a riding's name read as an en dash (same length)."""
    if "—" not in narr:
        return narr
    return _RIDING_EM.sub(lambda m: m.group()[:-1] + "–", narr)


#: What follows "called" when it is a telephone call: a day, a time, "back" ("her office called Tuesday").
_WHEN_PHONED = frozenset("""back today tonight yesterday monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun""".split())


def tokenize(narr: str) -> list[Token]:
    toks: list[Token] = []
    for m in _TOKEN_RE.finditer(_riding_dashes(narr)):
        s, e = m.start(), m.end()
        t = narr[s:e]
        if toks and s < toks[-1].end:
            continue  # the dot already taken by "Mr."
        if t[0] == "\ue000":
            toks.append(Token(s, e, t, "q"))
            continue
        if t[0].isalnum():
            # "Mr." "Dr." "J." keep their dot; other trailing dots are sentence ends.
            if e < len(narr) and narr[e] == "." and (t.lower() in ABBREV or INITIALS_RE.fullmatch(t + ".") or (
                    "-" in t and all(p.rstrip(".") in ABBREV for p in t.lower().split("-")))):   # "Lt.-Col."
                e += 1
                t += "."
            toks.append(Token(s, e, t, "w"))
        else:
            toks.append(Token(s, e, t, "p"))
    return toks


def according_end(toks: list[Token], k: int, hi: int) -> int | None:
    """Where the name starts after "according to" (or the French "selon") at ``k``, else None."""
    if k < hi and toks[k].low == "selon":
        return k + 1
    if k + 1 < hi and toks[k].low == "according" and toks[k + 1].low == "to":
        return k + 2
    return None


def last_name_word(words: list[str]) -> str:
    """The surname of a name's words, past a generational suffix: [Joseph, R., Biden, Jr.] -> Biden."""
    k = len(words)
    while k > 1 and fold(words[k - 1]).rstrip(".") in SUFFIXES:
        k -= 1
    return words[k - 1] if words else ""


def base_word(word: str) -> str:
    """A word without a possessive ending: Okafor’s → Okafor."""
    return re.sub(r"['’]s$", "", word)


def is_possessive(word: str) -> bool:
    return bool(re.search(r"['’]s$", word))


def _headline(line: str) -> bool:
    """A headline or subhead in title case ("Meeting Between Clinton And Warren Set For Friday"):
    its capitalised words are not names. Four or more words, most capitalised, no quote marks."""
    words = line.split()
    if len(words) < 4 or len(words) > 20 or any(c in line for c in "“”\"«»"):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.8 * len(words) and not line.rstrip().endswith((".", ":"))


#: A photo credit closing a caption: "(Luis Tato/AFP/Getty Images)", "(Lauren Pelley / CBC News)",
#: "(THE CANADIAN PRESS/Sean Kilpatrick)", "( Toronto Star file photo )". The photographer named
#: there is no one in the story, and the caption (the paragraph it closes, when it quotes no one)
#: stands beside the story: no pronoun or unattributed quote may fall back on its people.
_PHOTO_CREDIT = re.compile(r"\((?:(?:[^()/\n]{2,60}/){1,4}[^()/\n]{2,60}|[^()\n]{0,60}\b(?i:photo)\b[^()\n]{0,40})\)\s*\.?\s*$"
                           # or a credit without brackets after a caption's last sentence:
                           # "… celebrates his goal. THE CANADIAN PRESS/Nathan Denette"
                           r"|(?<=[.!?] )[A-Z][\w.’'-]*(?: (?:and|of|de|du|[A-Z][\w.’'-]*)){0,5}"
                           r"/[A-Z][\w.’'-]*(?: (?:and|of|de|du|[A-Z][\w.’'-]*)){0,5}\s*$")
#: Page furniture between paragraphs: "Story continues below advertisement", "Article Continued Below".
_FURNITURE = re.compile(r"(?i)^(?:article continued below|story continues below(?: advertisement)?|advertisement"
                        r"|continue reading(?: below)?)\W*$")


#: A link to other coverage pasted with the story ("READ MORE: …", "WATCH: …", "WATCH | …"): the
#: people its headline names are not in this story.
_PROMO = re.compile(r"^(?:READ MORE|ALSO READ|MORE|RELATED|SEE ALSO|WATCH(?: BELOW)?|LISTEN|LOOK|PHOTOS?|VIDEO|"
                    r"CLICK HERE)\s*[:|]")
#: An embedded tweet as pasted: its text, then "— Name (@handle) December 18, 2018". The people it
#: names are the tweet's business; a pronoun after it goes back to the story's own people.
_TWEET_EMBED = re.compile(r"[—–-]\s*[^—–\n]{1,80}\(@\w{1,20}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")


#: Words after which a verb's -ed form is an adjective, not a cue ("from noted scholars").
ADJECTIVE_BEFORE = frozenset("a an the from of by with among many some most several other these those".split())


class Narration:
    """Paragraphs, quoted spans, masked narration, its tokens and its sentences."""

    def __init__(self, text: str):
        self.text = text
        self._cue_in_sentence: dict[tuple[int, int], bool] = {}
        self.paras = paragraphs(text)
        self.spans: list[Span] = quoted_spans(text, self.paras)
        self._link_paragraphs()
        chars = list(text)
        for s in self.spans:
            for j in range(s.open_at, s.mask_end):
                chars[j] = "\ue000"
        self.narr = gloss(text, "".join(chars))   # French cues read as English ones (``french``)
        self.toks = tokenize(self.narr)
        self.tok_starts = [t.start for t in self.toks]
        self._sentences()
        self._bylines()

    # ---- structure -------------------------------------------------------------------------

    def _link_paragraphs(self) -> None:
        by_para: dict[int, list[Span]] = {}
        for s in self.spans:
            by_para.setdefault(s.para, []).append(s)
        for k, spans in by_para.items():
            last = spans[-1]
            if last.close_at is None and k + 1 in by_para:
                first = by_para[k + 1][0]
                if first.open_at == self.paras[k + 1][0] and self._same_marks(last.open_at, first.open_at):
                    first.cont = True

    def _same_marks(self, a: int, b: int) -> bool:
        """Whether the marks at a and b are of one typography (straight, or curly and angled): a
        paragraph that opens with “ after an excerpt opened with " starts a new quote, it does not
        continue the excerpt."""
        straight = "\"'"
        return (self.text[a] in straight) == (self.text[b] in straight)

    def _sentences(self) -> None:
        """Sentence starts (offsets), paragraph starts included."""
        starts = set(p0 for p0, _ in self.paras)
        text, narr = self.text, self.narr
        for m in re.finditer(r"[.?!…]+(?=\s+[\ue000\"“«„(\[A-ZÀ-ÖØ-Þ0-9])", narr):
            word = re.search(r"([\w.]+)\.$", narr[max(0, m.start() - 12):m.end()])
            if m.group() == "." and word:
                w = word.group(1).lower()
                if w in ABBREV or (len(w) == 1 and w.isalpha()) or ("." in w and len(w) <= 6):
                    continue
            j = m.end()
            while j < len(narr) and narr[j].isspace():
                j += 1
            if text[j:j + 1] in OPENERS and text[j + 1:j + 2].islower():
                continue   # 'who lost 16 lbs. “and two belt loops”': a quote going on in lower case
            starts.add(j)
        # A quote ending a sentence inside its marks (“We will.” Then …)
        for s in self.spans:
            if s.close_at is None:
                continue
            inner = text[s.start:s.end].rstrip()
            if inner[-1:] in ".?!…":
                j = s.close_at + 1
                if j < len(text) and text[j].isspace():
                    while j < len(text) and text[j].isspace():
                        j += 1
                    if j < len(text) and (text[j].isupper() or text[j] in OPENERS):
                        starts.add(j)
        self.sent_starts = sorted(starts)
        self.para_starts = [p0 for p0, _ in self.paras]

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[max(k, 0)]
        p0, p1 = self.paras[self.para_of(pos)]
        start = max(start, p0)
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else p1
        return start, min(end, p1)

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.tok_starts, pos)

    def _bylines(self) -> None:
        self.ignored: list[tuple[int, int]] = []
        #: Photo captions (a paragraph ending in its credit): the people there are persons of the
        #: story, but the text around a caption does not talk about them ("he says" after one).
        self.captions: list[tuple[int, int]] = []
        for _k, (p0, p1) in enumerate(self.paras[:8]):
            line = self.text[p0:p1]
            if re.match(r"(?i)^(by|with files from|written by|reporting by|story by)\b", line) and len(line.split()) <= 12:
                self.ignored.append((p0, p1))
            elif re.match(r"^\W*(by|par)\s+[A-Z]", line) and len(line.split()) <= 8:
                self.ignored.append((p0, p1))
        for p0, p1 in self.paras:
            line = self.text[p0:p1]
            if re.match(r"^\s*[—–-]\s*(with files from|by)\b", line, re.I) or _headline(line):
                self.ignored.append((p0, p1))
            credit = _PHOTO_CREDIT.search(line)
            if (_PROMO.match(line) and not credit) or _TWEET_EMBED.search(line):
                # ("PHOTO: … Olivia Mbatha speaks to reporters. “…,” she said. (Harjit Dhaliwal/CKLV
                # News)" is a caption, credited: no link to other coverage)
                self.ignored.append((p0, p1))
                continue
            if credit:
                self.ignored.append((p0 + credit.start(), p0 + credit.end()))
                self.captions.append((p0, p1))
            elif _FURNITURE.match(line):
                self.ignored.append((p0, p1))

    def in_ignored(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.ignored)

    def in_caption(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.captions)

    # ---- known speakers ----------------------------------------------------------------------

    def group_after(self, k: int) -> bool:
        """Token k is a group that acts in the name of the name ending just before it: "Sanders
        protesters shouted", "Hale aides said", "Surrey staff explained" (``FOLLOWERS``)."""
        toks = self.toks
        return 0 < k < len(toks) and toks[k].kind == "w" and toks[k].low in FOLLOWERS \
            and self._adjacent(toks[k - 1], toks[k])

    def heard_at(self, k: int) -> bool:
        """Token k is "heard" or "seen" after a form of "be": "Daniel Frost can be heard saying",
        "an officer was seen telling": the one heard or seen speaks."""
        toks = self.toks
        return 0 < k < len(toks) and toks[k].low in PERCEIVED and toks[k - 1].low in BE_FORMS

    def ampersand_before(self, j: int) -> bool:
        """Only "&" stands between token j and the one before it, on one line: "Hadley & Ross"
        ("&" is no token)."""
        toks = self.toks
        if not 0 < j < len(toks):
            return False
        gap = self.narr[toks[j - 1].end:toks[j].start]
        return gap.strip() == "&" and "\n" not in gap

    def _adjacent(self, a: Token, b: Token) -> bool:
        """Nothing but spaces between the two tokens, and no paragraph break: a name may be
        wrapped onto the next line of a paragraph, but never runs on from a headline or a line
        of its own ("… Over Zika Virus" / "Chris Christie said …" is not one name)."""
        gap = self.narr[a.end:b.start]
        if gap.strip() != "" or "\n\n" in gap or "\t" in gap:
            return False   # (nor across a tab: table cells, "Surname\tPryce")
        return "\n" not in gap or self.para_of(a.start) == self.para_of(b.start)

    def _is_cue(self, k: int) -> bool:
        toks = self.toks
        t = toks[k]
        if t.kind != "w":
            return False
        low = t.text.lower()
        if low in PHRASAL:
            nxt = PHRASAL[low]
            return nxt is None or (k + 1 < len(toks) and toks[k + 1].low == nxt)
        if low == "quoted" and k + 1 < len(toks) and toks[k + 1].low == "as":
            return True   # "Braynard was quoted as saying"
        if low in ("read", "reads"):
            # "“…,” a sign read", "read a banner", "One placard reads, “…”": written words
            before = toks[k - 1].low if k > 0 and toks[k - 1].kind == "w" else ""
            if before in ("that", "which") and k > 1 and toks[k - 2].low in SIGN_NOUNS:
                before = toks[k - 2].low   # "carrying signs that read “…”"
            after = toks[k + 2].low if k + 2 < len(toks) and toks[k + 1].low in ("a", "an", "the", "one") else ""
            # "“…,” a welcome message on the website reads", "the statement reads": words in writing
            return before in SIGN_NOUNS or after in SIGN_NOUNS or before in OWNED_WORDS or after in OWNED_WORDS
        if low not in CUE_VERBS:
            return False
        if low in ("goes", "went") and k > 0 and toks[k - 1].low in _SAYINGS:
            return False   # "As the old saying goes, “…”": nobody's words
        if low in ("call", "calls", "called") and (k + 1 < len(toks) and toks[k + 1].low.rstrip(".") in _WHEN_PHONED
                                                   or self._called_round(k)):
            # a telephone call, not words: "Arsenault's office called Tues.", "called back", "had
            # called her, the minister or the health officer “every single day”"
            return False
        if low == "saying" and k > 0 and toks[k - 1].low in ("the", "a", "an", "old", "common", "familiar", "famous", "popular"):
            return False   # "the old saying": a noun
        if low.endswith("s") and k >= 2 and toks[k - 2].low in ("his", "her", "their", "its", "my", "our") \
                and toks[k - 1].kind == "w" and toks[k - 1].text.islower() and toks[k - 1].low.endswith(("en", "ed", "ten")):
            return False   # "Her handwritten notes from that spring read": a noun after "her handwritten"
        if low in ("continued", "continues"):
            # '“…,” she continues.', 'The letter continues: “…”', '“…,” Hale continued to
            # applause' (a quote just before); not "The search continues, with crews calling …"
            # nor "the movement continues to battle"
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            quoted = any(toks[x].kind == "q" and (self.text[toks[x].start:toks[x].end].rstrip(" ”\"’'")[-1:] in (",", "?", "!")
                                                   or x + 1 < k and toks[x + 1].text == ",")
                         and (x == 0 or toks[x - 1].text in (".", ":", "!", "?") or self.text[:toks[x].start].rstrip(" ")[-1:] in ("\n", ""))
                         for x in range(max(0, k - 4), k))   # a quote opening its sentence hands its words on
            if low == "continued":
                return quoted or nxt is None or nxt.low != "to"
            return quoted or (nxt is not None and (nxt.text == ":" or nxt.kind == "q"))
        if low in NOUN_CUES and k > 0 and toks[k - 1].kind == "w" and (
                is_possessive(toks[k - 1].text) or toks[k - 1].low in ("his", "her", "their", "its", "my", "our", "your")):
            return False  # "Trump’s call for a …", "his reply": a noun owned by someone, not a verb
        if low not in NOUN_CUES and k > 0 and toks[k - 1].kind == "w" and toks[k - 1].low in ("the", "a", "an") \
                and self._adjacent(toks[k - 1], t):
            return False  # "the recall was “precautionary”", "the term": a noun after its article
        b = k - 1
        while b >= 0 and toks[b].kind == "w" and (toks[b].adverb or toks[b].low in (
                "also", "later", "then", "first", "since", "widely", "previously", "originally", "never")):
            b -= 1
        if b >= 0 and toks[b].kind == "w" and toks[b].low in PASSIVE_AUX and low.endswith("ed") | (low in ("told", "said", "written")):
            return False
        if k > 0 and low.endswith("ed") and toks[k - 1].kind == "w" and toks[k - 1].low in ADJECTIVE_BEFORE:
            return False  # "articles from noted scholars", "a respected voice": an adjective
        return True

    def _called_round(self, k: int) -> bool:
        """"Called" at k telephoned a list of people: its object a pronoun followed by a comma
        before any quote ("called her, Minister Arsenault or the chief medical officer “…”"); a
        naming "called" runs straight into its words ("called her “a liar”")."""
        toks = self.toks
        if k + 2 >= len(toks) or toks[k + 1].low not in ("her", "him", "them", "me", "us") or toks[k + 2].text != ",":
            return False
        for t in toks[k + 3:k + 25]:
            if t.kind == "q":
                return True
            if t.text in (".", "!", "?", ";"):
                return False
        return False

    def sentence_has_cue(self, s0: int, s1: int) -> bool:
        """Whether this sentence's narration holds a speech cue ("said", "according to") other than a
        naming verb ("called", "dubbed"), which introduces words more often than speech.
        Remembered per sentence: a sentence holding thousands of short quotes is asked once per
        quote, and reading it each time made a 16 KB draft take 13 seconds."""
        got = self._cue_in_sentence.get((s0, s1))
        if got is None:
            got = self._cue_in_sentence[(s0, s1)] = self._reads_cue(s0, s1)
        return got

    def _reads_cue(self, s0: int, s1: int) -> bool:
        toks = self.toks
        for k in range(self.tok_index(s0), self.tok_index(s1)):
            if (self._is_cue(k) and toks[k].low not in NAMING_VERBS) or according_end(toks, k, len(toks)) is not None:
                return True
        return False
