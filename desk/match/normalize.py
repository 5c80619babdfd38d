"""Text → comparable words, keeping every source word's character offsets.

Why words and not characters: a quotation is verified word for word, and the
span we report must be exact in the original source text.  So the source is
never rewritten as a whole (NFKC and case folding can change string lengths);
instead we find word *atoms* in the raw text with one regular expression and
normalise each atom on its own:

    raw  'The Commander‑in‑Chief’s e-mails [Laughter] (APPLAUSE) said…'
    →    the commander in chief's e mails said          (offsets kept per atom)

Steps, in the order they are applied (also listed in every Match):

1. stage directions are blanked out of the *source* with spaces of the same
   length (offsets survive): any ``[...]`` (transcript notes such as
   ``[crosstalk]``, ``[Laughter]``, ``[speaking French]``), a parenthesised
   note that is all capitals or starts with a known stage word (``(APPLAUSE)``,
   ``(laughs)``, ``(inaudible)``, ``(Applause.)``, ``(voice-over)``, ``(ph)``),
   and caption markup ``<v Name>``/``</v>``;
2. Unicode NFKC on each atom, then case folding (so first-word case is free);
   invisible format characters inside a word (zero-width space, direction marks:
   ``INVISIBLE``) are part of the word and dropped from it;
3. curly/straight quotes and apostrophes unified (’ ‘ ʼ ` → '), apostrophes at
   a word's edges dropped (``kids'`` → ``kids``, ``'90s`` → ``90s``);
4. dash variants: hyphens inside a word (- ‐ ‑ soft hyphen) split a compound
   into atoms that remember they were joined; en/em dashes separate words;
5. punctuation and whitespace are never part of an atom, so they are ignored
   when comparing (the edit list still shows the source text between words);
6. hyphenation: ``commander-in-chief`` and ``commander in chief`` give the
   same atoms; ``e-mails`` (atoms ``e`` ``mails``) equals ``emails`` because a
   single word that spells a hyphenated compound seen on the other side is
   split the same way before comparing (see :func:`resplit`).  A hyphen that
   ends a line joins the atoms either side of the break the same way, so
   hard-wrapped text's ``dis-`` ¶ ``ruptive`` equals ``disruptive`` (and
   ``sponge-`` ¶ ``bathed`` still equals ``sponge-bathed``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# An atom: letters/digits, with internal apostrophes and digit separators
# ("don't", "l'eau", "1,300", "2.5").  Hyphens end an atom (step 4).
_APOS = "'\u2019\u2018\u02bc`\u00b4\u2032"
#: Invisible format characters a word can carry inside it when pasted from the web or a word
#: processor (zero-width space and joiners, word joiner, byte-order mark, direction marks and
#: embeddings): part of the word they sit in, never a break ("pat\u200bching" is "patching").
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ATOM_RE = re.compile(
    r"[^\W_]+(?:(?:[" + _APOS + r"](?=[^\W_])|(?<=\d)[.,](?=\d)|[" + INVISIBLE + r"]+(?=[^\W_]))[^\W_]+)*"
)
_INVISIBLE_MAP = str.maketrans(dict.fromkeys(INVISIBLE))
HYPHENS = "-\u2010\u2011\u00ad"
_APOS_MAP = str.maketrans({c: "'" for c in _APOS})

STAGE_WORDS = (
    "applause|laughter|laughs|laughing|crosstalk|cross-talk|inaudible|unintelligible|"
    "indiscernible|cheers|cheering|booing|boos|music|pause|silence|coughs|sighs|"
    "chuckles|audience reacts|background noise|end of transcript|break|"
    # broadcast and agency transcripts
    "on camera|voice-over|voice over|through (?:an )?(?:interpreter|translator)|via (?:interpreter|translator)|"
    "sic|ph|phonetic|sp|off[- ]mic|off[- ]mike|begin video|end video|video clip|audio gap|"
    "technical difficult(?:y|ies)|speaking (?:in )?(?:a )?foreign language|overlapping|unclear"
)
# The all-capitals alternative must not be case-insensitive: split it out.
_STAGE_CI = re.compile(
    r"\[[^\[\]\n]{0,80}\]|\((?:" + STAGE_WORDS + r")\b[^()\n]{0,40}\)"
    r"|</?v(?:[.\s][^<>\n]{0,80})?>|</?[a-z]{1,4}>",
    re.IGNORECASE,
)
_STAGE_CAPS = re.compile(r"\((?=[^()\n]*[A-Z])[A-Z0-9 .,'’\-]{2,60}\)")

ELLIPSIS_RE = re.compile(r"\u2026|\.\s?\.\s?\.")
BRACKET_RE = re.compile(r"\[([^\[\]]*)\]")

NORMALISATION_STEPS = [
    "Unicode NFKC",
    "curly quotes and apostrophes made straight",
    "dash variants unified (hyphenated compounds compared word by word)",
    "whitespace collapsed",
    "case ignored",
    "punctuation ignored (words are compared)",
]


def norm_atom(raw: str) -> str:
    """Normalise one raw atom: NFKC, case fold, straight apostrophes."""
    w = unicodedata.normalize("NFKC", raw.translate(_INVISIBLE_MAP)).casefold().translate(_APOS_MAP)
    return w.strip("'")


def blank_stage_directions(text: str, offset: int = 0) -> tuple[str, list[tuple[int, str]]]:
    """Replace stage directions with spaces of equal length; return (text, [(offset, removed)])."""
    removed: list[tuple[int, str]] = []

    def sub(m: re.Match) -> str:
        removed.append((offset + m.start(), m.group(0)))
        return " " * len(m.group(0))

    text = _STAGE_CI.sub(sub, text)
    text = _STAGE_CAPS.sub(sub, text)
    return text, removed


@dataclass
class Words:
    """A word sequence with offsets into some text (the source, or the quote)."""

    words: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    joined: list[bool] = field(default_factory=list)  # hyphen-joined to previous atom
    piece: list[int] = field(default_factory=list)    # index of the piece (sources)
    notes: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, step, raw text): speech.py

    def __len__(self) -> int:
        return len(self.words)

    def add(self, w: str, s: int, e: int, joined: bool, piece: int = 0) -> None:
        self.words.append(w)
        self.starts.append(s)
        self.ends.append(e)
        self.joined.append(joined)
        self.piece.append(piece)

    def extend(self, other: Words) -> None:
        """Append ``other``'s words after these (a new piece never hyphen-joins the last word)."""
        if len(other) and len(self):
            other.joined[0] = False
        self.words += other.words
        self.starts += other.starts
        self.ends += other.ends
        self.joined += other.joined
        self.piece += other.piece
        self.notes += other.notes

    def compounds(self) -> dict[str, list[str]]:
        """Map joined spelling → atoms for every hyphenated compound ("emails" → [e, mails])."""
        out: dict[str, list[str]] = {}
        if True not in self.joined:
            return out
        i, n = 0, len(self.words)
        while i < n:
            j = i + 1
            while j < n and self.joined[j]:
                j += 1
            if j - i > 1:
                out["".join(self.words[i:j])] = self.words[i:j]
            i = j
        return out


#: A line break after a hyphen that ends a line: "dis-" ¶ "ruptive" in hard-wrapped text (a
#: release saved as text from a PDF) is one word hyphenated at the margin.
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def tokenize(text: str, offset: int = 0, piece: int = 0, out: Words | None = None) -> Words:
    """Find normalised atoms in ``text``; offsets are ``offset + position in text``."""
    out = out if out is not None else Words()
    ms = list(ATOM_RE.finditer(text))
    if not ms:
        return out
    raw = "\x00".join([m.group(0) for m in ms])
    if not raw.isascii():
        raw = unicodedata.normalize("NFKC", raw.translate(_INVISIBLE_MAP))
    words = [w.strip("'") for w in raw.casefold().translate(_APOS_MAP).split("\x00")]
    if len(words) != len(ms):          # NFKC produced a separator-like char: go one by one
        words = [norm_atom(m.group(0)) for m in ms]
    starts, ends = map(list, zip(*[m.span() for m in ms], strict=False))
    joined = [False] + [
        text[ends[k - 1]] in HYPHENS
        and (starts[k] - ends[k - 1] == 1 or _LINE_BREAK.fullmatch(text, ends[k - 1] + 1, starts[k]) is not None)
        for k in range(1, len(ms))
    ]
    keep = [k for k, w in enumerate(words) if w]
    if len(keep) != len(words):
        words = [words[k] for k in keep]
        starts = [starts[k] for k in keep]
        ends = [ends[k] for k in keep]
        joined = [joined[k] for k in keep]
    out.words += words
    out.starts += [offset + x for x in starts]
    out.ends += [offset + x for x in ends]
    out.joined += joined
    out.piece += [piece] * len(words)
    return out


def resplit(words: Words, compounds: dict[str, list[str]]) -> Words:
    """Split single words that spell a hyphenated compound of the other side.

    ``emails`` against a source saying ``e-mails`` becomes atoms ``e`` ``mails``
    (both atoms keep the whole word's offsets), so word sequences line up.
    Returns ``words`` itself when nothing changes.
    """
    if not compounds or not any(w in compounds for w in words.words):
        return words
    out = Words(notes=words.notes)
    for k, w in enumerate(words.words):
        parts = compounds.get(w)
        is_single = not words.joined[k] and not (k + 1 < len(words) and words.joined[k + 1])
        if parts and is_single:
            for pi, p in enumerate(parts):
                out.add(p, words.starts[k], words.ends[k], pi > 0, words.piece[k])
        else:
            out.add(w, words.starts[k], words.ends[k], words.joined[k], words.piece[k])
    return out
