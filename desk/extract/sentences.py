"""Sentence spans and passages: where one sentence ends and the next begins.

``split_sentences(text, start, end)`` gives the ``(start, end)`` offsets of the sentences of
``text[start:end]``, trimmed of whitespace, as offsets into ``text`` itself.  ``chunk`` groups
consecutive sentences into passages (what the index holds); ``passages`` does both for one
voice's span and gives the ``Segment``s every layout reader stores.

Rules, in order:

* A blank line always ends a sentence (paragraphs never share one), and so does a line break
  before a list bullet ("- ", "* ", "• ", "1. ").  A single line break is otherwise a space:
  PDF lines wrap inside sentences and caption cues split them.
* A sentence ends after ``.``, ``!``, ``?``, ``…`` or ``...`` (with any closing quotes and
  brackets right after it: ``."``, ``?”``, ``.)``) when whitespace or the end follows.  French
  spacing is understood: ``. »`` keeps the guillemet with its sentence.
* It does not end when the next word starts with a lower-case letter (``“Why?” he asked``,
  ``we will … try``, ``e.g. the``, ``4 p.m. on``), or with ``,``/``;``/``:``.
* After a period, the word before it decides:
  titles (Mr. Ms. Mrs. Dr. Prof. St. Gen. Lt. Sen. …) and single capital initials
  ("J. R. Smith") never end a sentence; numbering abbreviations (No. Jan. Feb. p. vol. approx.)
  do not when a number follows ("No. 9", "Jan. 5") — so "No. We wouldn't." still splits;
  ``vs.``, ``e.g.``, ``i.e.`` never do; company and other abbreviations (Inc. Ltd. Co. Jr.
  a.m. p.m. U.S. etc.) end a sentence only when the next word is a usual sentence opener
  ("… at 4 p.m. The minister …" splits, "U.S. Senate" does not).  A number alone at the start of
  a line ("1. First") is a list number.
* Decimals ("2.4"), amounts ("$2.8-billion") and web addresses never split: no space follows.
* A stage note in brackets opening a sentence ("[Applause] The garage …", "[laughs] But …") is a
  sentence of its own.
"""

from __future__ import annotations

import re

from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN, Segment

_TITLES = frozenset(
    """mr mrs ms mx messrs mme mlle dr prof st ste sgt lt gen col capt cmdr adm maj rev hon sen rep
    gov supt insp det cpl pte pvt fr mt ft pres brig ald coun cllr const cst""".split()
)
_NUMBERED = frozenset(
    """no nos nr num jan feb mar apr jun jul aug sep sept oct nov dec p pp vol vols fig figs art
    sec ch para approx ca est tel ext op ed eds rm apt hwy rte bldg""".split()
)
_NEVER = frozenset({"vs", "v", "e.g", "i.e", "cf", "viz", "eg", "ie", "ibid"})
_OTHER = frozenset(
    """inc ltd co corp jr sr etc bros dept univ assn ave blvd rd plc llc llp esq phd al
    a.m p.m u.s u.k u.n e.u d.c b.c ph.d n.b""".split()
)
# Words that usually open a sentence: after an ambiguous abbreviation they mean a new sentence.
_OPENERS = frozenset(
    """the a an he she it we they i you this that these those there here but and so in on at for
    if when while our my his her their its as after before now then yes no today yesterday
    tomorrow what why how who where one some many most all every nobody none not also however
    meanwhile still later earlier officials police""".split()
)

_END = re.compile(r"(?:\.{2,}|…|[.!?‽]+)[.!?…]*[\"'”’»)\]]*")
_CLOSERS_AFTER_SPACE = "»”)]"
_BREAKS = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•–—]|\d{1,3}[.)])[ \t])")
_WORD_BEFORE = re.compile(r"([^\s\"'“”‘’«»(\[]+)$")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*([^\W\d_][\w'’\-]*)")
#: "said.Trump": a lower-case word, a full stop and a capitalised word with no space (copy pasted
#: from a web page that lost it) is two sentences; "U.S.", "Ph.D." and "example.com" are not.
_RUN_ON = re.compile(r"[a-z]{2}\.[A-Z][a-z]")
_STAGE = re.compile(r"[\[(][^\[\]()\n]{1,40}[\])]\s+(?=[\"'“‘«]?[A-Z0-9À-Þ])")


#: A paragraph: lines with words, no blank line between them.
_PARAGRAPH = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S(?:.*\S)?)*")


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets (into ``text``) of the blank-line separated paragraphs of ``text[start:end]``, trimmed."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start, len(text) if end is None else end)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets (into ``text``) of the sentences in ``text[start:end]``, trimmed of whitespace."""
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    block_start = start
    for m in _BREAKS.finditer(text, start, end):
        spans.extend(_split_block(text, block_start, m.start()))
        block_start = m.end()
    spans.extend(_split_block(text, block_start, end))
    return spans


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for m in _END.finditer(text, start, end):
        boundary = _boundary_after(text, m, start, end)
        if boundary is None:
            continue
        spans.extend(_stage_split(text, *_trim(text, sentence_start, boundary)))
        sentence_start = boundary
    spans.extend(_stage_split(text, *_trim(text, sentence_start, end)))
    return [s for s in spans if s[0] < s[1]]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _stage_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a leading "[Applause]" or "(laughs)" off the sentence that follows it."""
    if s >= e:
        return []
    m = _STAGE.match(text, s, e)
    if not m:
        return [(s, e)]
    note_end = s + len(m.group(0).rstrip())
    return [(s, note_end), *_stage_split(text, *_trim(text, m.end(), e))]


def _boundary_after(text: str, m: re.Match, block_start: int, block_end: int) -> int | None:
    """Where the sentence ends if the punctuation ``m`` ends one, else None."""
    stop = m.end()
    if stop >= block_end:
        return block_end
    if not text[stop].isspace():
        if _RUN_ON.match(text, m.start() - 2):
            return stop  # 'Trump said.Trump claimed': a space lost between two sentences
        return None  # 2.4, U.S.A, example.com, "word.word"
    # French spacing: ". »" — the guillemet (or a closing bracket) still belongs to this sentence.
    k = stop
    while True:
        j = k
        while j < block_end and text[j].isspace():
            j += 1
        if j < block_end and text[j] in _CLOSERS_AFTER_SPACE:
            k = j + 1
            while k < block_end and text[k] in _CLOSERS_AFTER_SPACE:
                k += 1
            stop = k
            continue
        break
    if j >= block_end:
        return block_end
    nxt = text[j]
    if nxt.islower() or nxt in ",;:":
        return None
    punct = m.group(0)
    if not punct.startswith(".") or punct.startswith(".."):
        return stop  # ! ? … and "..." before a capital end the sentence
    before = _WORD_BEFORE.search(text, max(block_start, m.start() - 80), m.start())
    if not before:
        return stop
    word = before.group(1)
    key = word.lower().rstrip(".")
    next_word_m = _NEXT_WORD.match(text, j, block_end)
    next_word = next_word_m.group(1).lower() if next_word_m else ""
    if key in _NEVER:
        return None
    if key in _TITLES:
        return None
    if len(word) == 1 and word.isalpha() and word.isupper():
        return None  # an initial: "J. R. Smith"
    if key in _NUMBERED:
        return None if nxt.isdigit() or nxt == "#" else stop
    if word.isdigit() and _at_line_start(text, before.start(), block_start):
        return None  # "1. First point"
    if key in _OTHER or re.fullmatch(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}", key):
        return stop if next_word in _OPENERS else None
    return stop


def _at_line_start(text: str, pos: int, block_start: int) -> bool:
    k = pos - 1
    while k >= block_start and text[k] in " \t":
        k -= 1
    return k < block_start or text[k] == "\n"


def chunk(
    spans: list[tuple[int, int]],
    max_words: int = 60,
    max_sentences: int = 3,
    text: str | None = None,
) -> list[tuple[int, int]]:
    """Group consecutive sentence spans into passages of at most ``max_sentences`` sentences and
    about ``max_words`` words; a longer single sentence stays whole.  Words are counted in
    ``text`` when given, else estimated from length (six characters a word)."""

    def words(span: tuple[int, int]) -> int:
        if text is not None:
            return len(text[span[0]:span[1]].split())
        return max(1, (span[1] - span[0] + 5) // 6)

    passages: list[tuple[int, int]] = []
    group_start = group_end = None
    count = n_words = 0
    for span in spans:
        w = words(span)
        if group_start is not None and (count >= max_sentences or n_words + w > max_words):
            passages.append((group_start, group_end))
            group_start = None
        if group_start is None:
            group_start, count, n_words = span[0], 0, 0
        group_end = span[1]
        count += 1
        n_words += w
    if group_start is not None:
        passages.append((group_start, group_end))
    return passages


def passages(
    text: str,
    start: int,
    end: int,
    *,
    turn: int,
    speaker: str | None,
    label: str | None = None,
    role: str | None = None,
    paragraph: tuple[int, int] | None = None,
) -> list[Segment]:
    """The passages of ``text[start:end]``, one voice's words: its sentences chunked, each a
    ``Segment`` of ``turn``.  ``role`` defaults to a speaker when ``speaker`` is named and to an
    unknown voice when not; ``paragraph`` (default the span itself) is what the passage shows
    around it."""
    if role is None:
        role = ROLE_SPEAKER if speaker else ROLE_UNKNOWN
    p_start, p_end = paragraph if paragraph is not None else (start, end)
    return [
        Segment(start=s, end=e, turn=turn, label=label, speaker=speaker, role=role,
                paragraph_start=p_start, paragraph_end=p_end)
        for s, e in chunk(split_sentences(text, start, end), text=text)
    ]
