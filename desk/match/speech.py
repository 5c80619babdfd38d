"""Spoken-word normalisation: the ordinary differences between a transcript and print.

An accurately published quote and a real transcript of the same words differ in ways that
are not edits: the transcript keeps the speaker's "uh" and "I -- I", writes "ten" where the
paper writes "10" (or "1,000" where it writes "one thousand"), "OK" where it writes
"okay", "we're" where it writes "we are".  These steps make such pairs the *same words*
before any comparison, so a quote that differs only in them is still ``exact`` — by
string equality of the normalised words, never by a fuzzy score.

Every step is applied to both sides (the draft quote and the source turn) by the same
function, so it can only make equal what the rule says is equal; anything else still
differs.  A changed, added or dropped content word — or a dropped "not" — stays a
change.  The steps, in order:

1. ``filler`` — disfluencies are left out: uh, uhh, um, umm, uhm, er, erm, ah, hmm, a "you
   know" set off by commas or dashes ("I'm, you know, I'm proud"; not "you know what") and a
   hedging "what" set off before a figure ("takes, what, four or five years")
   (not when hyphen-joined to another word, as in "uh-huh", nor "ER" in capitals);
   ``quote`` — a speaker's spoken quotation marks are left out, as print shows them with
   marks: "quote" right before an opening mark ("the bill is, quote, “a train to nowhere”"),
   "unquote", "end quote" or "close quote" right after a closing one, and "quote, unquote"
   (never "quote" as a plain word: "I quote the report", "a quote from her");
2. ``number`` — numbers compare by value: number words become digits ("twenty-five" →
   25, "one thousand" → 1000, "a million" → 1000000), digit groups are dropped
   ("1,000" → 1000), a scale word multiplies ("5 billion" → 5000000000), ordinals agree
   ("twenty-first" = "21st"); a currency sign becomes a word after the number ("$5
   billion" = "5 billion dollars"; £ pounds, € euros) and "%", "per cent" and "percent"
   are one word.  Said in words, "point four" is a decimal ("eleven point four million" =
   11.4 million), "and a half" and "half a million" halves, and a year comes in two pairs
   ("nineteen sixty-one" = 1961, "twenty nineteen" = 2019; not "twenty nineteen-year-olds",
   nor a time, "eleven thirty").
   Number words join only across spaces or hyphens, never punctuation;
3. ``contraction`` — contractions compare as their full forms: "don't" = "do not",
   "can't" = "cannot" = "can not", "won't" = "will not", "we're" = "we are",
   "I'm" = "I am", "it's" = "it is" ("it has" before a past participle: it's been, it's
   never seen), "I'd" = "I would" ("I had" before a participle or "better"), "let's" =
   "let us", "gonna" = "going to", "wanna" = "want to", "gotta" = "got to", "kinda" =
   "kind of" (sorta, outta, lotta, lemme, gimme alike), "alright" = "all right",
   "'cause" = "because".  Only pronouns' 's is expanded (a noun's 's is a possessive);
4. ``okay`` — "OK" and "O.K." = "okay"; ``initialism`` — single letters joined by full
   stops are one word ("U.S." = "US", "D.C." = "DC");
5. ``title`` — a title abbreviated before a name reads in full, as AP style writes it even
   inside quotes: "Sen. John McCain" = "Senator John McCain" (Rep., Gov., Lt., Gen., Col.,
   Capt., Sgt., Adm., Dr., Prof., Supt., Atty., Mr.), only capitalised and followed by its
   full stop;
6. ``stutter`` — an immediately repeated word or run of up to six words counts once:
   "the the", "I -- I", "we -- uh, we", "we're gonna -- we are going to".  The copies and
   what separates them may hold only spaces, dashes, fillers or a trailing-off "..." (and one
   line break of hard-wrapped text beside a dash or a filler: "HOW I --" ¶ "HOW I TALKED" in a
   caption file) — never a comma, a sentence mark or a bare line break: "change, change that's reshaping the way we
   live" and "never, never" are rhetoric, said on purpose, and "what we do. We do it" is two
   sentences.  A word that cannot end a clause (a subject pronoun, an article, a conjunction:
   ``RESTART_WORDS``) may repeat after a comma, as a speaker restarts ("they, they kicked the
   can"), and so may a number said in words with more to come ("hiring twelve, twelve additional
   inspectors") and a verb "to be" after a noun ("the readings are, are within normal ranges",
   "the problem is, is that"; not "what it is, is what I said"), and so may a subject pronoun and its verb with a filler between ("we're, um, we're");
   "I said it, it was wrong" and "If they do, do it" are two clauses, not a restart.  So is any
   run ending on a word a phrase cannot end on ("I'm not going to, I'm not going to put it",
   "it was, it was on the list", "worked on, um, on number two", "that's a, that's a condition"), whether or not a filler
   stands between the copies, so a story that keeps "on, on" reads as its source does.  Applied to both sides, so a grammatical "that that" in a quote still matches
   the same words in its source (the price: a stutter the quote adds is not reported).  One more reading is
   the matcher's, not this module's: a run said again with a filler between the copies may be
   printed once ("still, uh, still waiting" as "still waiting"), tried only when the quote is not
   found as the turn stands (``TurnWords.said_once``);
   ``date`` — a date as AP style prints it: "Sept. 28" = "September 28th" = "September
   twenty-eighth" (an abbreviated month only capitalised, with its full stop, before a day; the
   day of a month named just before it read as a plain number);
7. ``spelling`` — British and Canadian spellings read as American ones ("labour" = "labor",
   "centre" = "center", "organised" = "organized", "defence" = "defense"), as Canadian and
   British papers print quotes in their own spelling (:mod:`desk.match.spelling`).

Each change is recorded on the words (``Words.notes``: offset, step, the raw text), and
the match lists the steps that made its quote and its source span agree.  Offsets are
kept: a new word takes the character span of the words it stands for.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .normalize import Words
from .spelling import us_spelling
from .spoken import (
    ADVERBS,
    AFTER_NUMBER,
    BEFORE_A_COUNT,
    CLOSED_QUOTE,
    COPULAS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DIGITS_RE,
    FILLER_RE,
    FILLERS,
    HAD_NEXT,
    INITIALS_RE,
    LEANING_BREAK,
    MARKED_BREAK,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NT_IRREGULAR,
    NUMBER_SEP,
    OPENS_QUOTE,
    ORD_TENS,
    ORD_UNITS,
    ORDINAL_RE,
    PARTICIPLES,
    PRONOUNS,
    QUOTE_NOUN_BEFORE,
    RESTART_SEP,
    RESTART_VERBS,
    RESTART_WORDS,
    SCALES,
    SET_OFF,
    SLANG,
    STUTTER_SEP,
    SUFFIX,
    TENS,
    TITLES,
    TRIGGERS,
    UNITS,
    WH_CLAUSE,
    open_ended,
    repeated_runs,
)


def _canon(value: Decimal) -> str:
    value = value.normalize()
    return format(value, "f") if value == value.to_integral_value() else str(value)


class _Pass:
    """One left-to-right pass over a word list, writing the normalised words to ``out``."""

    def __init__(self, words: Words, text: str, base: int):
        self.w, self.text, self.base = words, text, base
        self.out = Words(notes=list(words.notes))

    def sep(self, k: int) -> str:
        """Raw text between input words k-1 and k."""
        return self.text[self.w.ends[k - 1] - self.base:self.w.starts[k] - self.base]

    def raw(self, s: int, e: int) -> str:
        return self.text[max(0, s - self.base):max(0, e - self.base)]

    def emit(self, word: str, s: int, e: int, joined: bool, piece: int) -> None:
        self.out.add(word, s, e, joined, piece)

    def copy(self, i: int, j: int) -> None:
        """Input words [i, j) unchanged."""
        w, o = self.w, self.out
        o.words += w.words[i:j]
        o.starts += w.starts[i:j]
        o.ends += w.ends[i:j]
        o.joined += w.joined[i:j]
        o.piece += w.piece[i:j]

    def note(self, s: int, e: int, step: str) -> None:
        self.out.notes.append((s, step, self.raw(s, e)))

    def _flowing(self, i: int, j: int, restart: int = -1) -> bool:
        """Only spaces, dashes, fillers or "..." between output words i … j-1 (no comma, no
        sentence mark, no line break): one breath of speech, where a repeat is a stutter.  Before
        output word ``restart`` (the second copy of a run of small words) a comma may stand too."""
        o = self.out
        for t in range(i + 1, j):
            a, b = o.ends[t - 1], o.starts[t]
            between = self.raw(a, b)
            if b > a and not (RESTART_SEP if t == restart else STUTTER_SEP).fullmatch(between) and not (
                    between.count("\n") == 1 and (MARKED_BREAK.search(between) or t == restart and "," in between)
                    and (RESTART_SEP if t == restart else STUTTER_SEP).fullmatch(between.replace("\n", " "))):
                # (one line break of hard-wrapped text inside a break the speaker marked is none,
                # nor after the comma of a restart: "IT'S THE," ¶ "THE, THE SENIOR")
                return False
        return True

    def _number_restart(self, i: int) -> bool:
        """A number said twice, "twelve, twelve additional inspectors": more words to come after
        the second copy, a word (not a number, a letter or "and") right after it with no comma, and
        no preposition or article before the first ("the vote was six, six, with one abstention",
        "seven, seven fifteen and seven thirty", "In 2019, 2019 residents", "Of the 40, 40 were")."""
        o = self.out
        ws, n = o.words, len(o.words)
        if i + 2 >= n or (i and ws[i - 1] in BEFORE_A_COUNT):
            return False
        nxt = ws[i + 2]
        return not (nxt[:1].isdigit() or len(nxt) == 1 or nxt in ("and", "or", "to", "percent")) \
            and "," not in self.raw(o.ends[i + 1], o.starts[i + 2])

    def stutters(self, reps: list[tuple[int, int]]) -> None:
        """Drop the later copies of an immediately repeated run of one to six words."""
        o = self.out
        ws, n = o.words, len(o.words)
        drop: set[int] = set()
        done: set[int] = set()
        for i, m in sorted(reps):
            if i in drop or i in done or drop.intersection(range(i + m, i + 2 * m)):
                continue
            if not self._flowing(i, i + m):
                continue
            j = i + m                                     # start of the next copy
            small = m == 1 and ws[i] in RESTART_WORDS or m == 2 and ws[i] in RESTART_WORDS \
                and ws[i + 1] in RESTART_VERBS and bool(FILLER_RE.search(self.raw(o.ends[i + 1], o.starts[i + 2]))) \
                or open_ended(ws[i:i + m]) \
                or m == 1 and bool(DIGITS_RE.fullmatch(ws[i])) and self._number_restart(i) \
                or m == 1 and ws[i] in COPULAS and i > 0 and ws[i - 1] not in PRONOUNS and i + 2 < n \
                and not WH_CLAUSE.intersection(ws[max(0, i - 6):i])
            # ("hiring twelve, twelve additional inspectors", read as 12 12; "the readings are, are
            # within normal ranges", "the problem is, is that": not "what it is, is what I said")
            while j + m <= n and ws[j:j + m] == ws[i:i + m] and not drop.intersection(range(j, j + m)):
                if not self._flowing(j - 1, j + m, j if small else -1):
                    break
                drop.update(range(j, j + m))
                j += m
            if j > i + m:
                done.add(i)
                o.notes.append((o.starts[i], "stutter", self.raw(o.starts[i], o.ends[j - 1])))
        for k in sorted(drop, reverse=True):
            for lst in (o.words, o.starts, o.ends, o.joined, o.piece):
                del lst[k]

    # -- numbers ---------------------------------------------------------------------------
    def _joins(self, k: int) -> bool:
        return k < len(self.w) and bool(NUMBER_SEP.fullmatch(self.sep(k)))

    def number(self, k: int) -> tuple[Decimal, int, bool] | None:
        """A number starting at word k: (value, index after it, ordinal?), or None."""
        ws, n = self.w.words, len(self.w)
        w = ws[k]
        if w[0].isdigit():
            if ORDINAL_RE.fullmatch(w):
                return Decimal(w[:-2]), k + 1, True
            if not DIGITS_RE.fullmatch(w):
                return None
            try:
                value = Decimal(w.replace(",", ""))
            except InvalidOperation:
                return None
            j = k + 1
            while j < n and self._joins(j) and (ws[j] == "hundred" or ws[j] in SCALES):
                value *= 100 if ws[j] == "hundred" else SCALES[ws[j]]
                j += 1
            return value, j, False
        if w == "half" and k + 2 < n and ws[k + 1] == "a" and ws[k + 2] in SCALES and self._joins(k + 1) \
                and self._joins(k + 2):
            return Decimal(SCALES[ws[k + 2]]) / 2, k + 3, False   # "half a million" = 500,000
        total, current, last, j = 0, 0, None, k
        while j < n and (j == k or self._joins(j)):
            w = ws[j]
            ordinal = ORD_UNITS.get(w) or ORD_TENS.get(w)
            if ordinal and (last in (None, "scale", "hundred", "and")
                            or (last == "tens" and w in ORD_UNITS and ordinal <= 9)):
                return Decimal(total + current + ordinal), j + 1, True
            if w == "a" and j == k and j + 1 < n and (ws[j + 1] == "hundred" or ws[j + 1] in SCALES):
                current, last = 1, "unit"
            elif w in UNITS and (last in (None, "scale", "hundred", "and")
                                 or (last == "tens" and 1 <= UNITS[w] <= 9)):
                current, last = current + UNITS[w], "unit"
            elif w in TENS and last in (None, "scale", "hundred", "and"):
                current, last = current + TENS[w], "tens"
            elif w == "hundred" and last == "unit" and current < 20:
                current, last = current * 100, "hundred"
            elif w in SCALES and last in ("unit", "tens", "hundred"):
                total, current, last = total + current * SCALES[w], 0, "scale"
            elif (w == "and" and last in ("hundred", "scale") and j + 1 < n
                  and any(ws[j + 1] in d for d in (UNITS, TENS, ORD_UNITS, ORD_TENS)) and self._joins(j + 1)):
                last = "and"
            else:
                break
            j += 1
        if last is None or last == "and":
            return None
        if last in ("unit", "tens") and total == 0 and 13 <= current <= 20 and j < n and self._joins(j):
            # a year said in two pairs: "nineteen sixty-one" = 1961, "twenty nineteen" = 2019
            later = self._pair(j)
            if later is not None and not (later[1] < n and (self.w.joined[later[1]] or ws[later[1]] in ("year", "years"))):
                # not "twenty nineteen-year-olds", "twenty nineteen year olds"; nor a time ("eleven thirty")
                return Decimal(current * 100 + later[0]), later[1], False
        if last in ("unit", "tens") and j + 1 < n and self._joins(j):
            fraction, j = self._fraction(j, last)
            if fraction:
                value = total + current + fraction
                if j < n and ws[j] in SCALES and self._joins(j):
                    value, j = value * SCALES[ws[j]], j + 1   # "eleven point four million"
                return value, j, False
        return Decimal(total + current), j, False

    def _pair(self, j: int) -> tuple[int, int] | None:
        """The second pair of a year at word j (10–99: "sixty-one", "nineteen", "ninety"): (value,
        index after it), or None."""
        ws, n = self.w.words, len(self.w)
        w = ws[j]
        if w in UNITS and UNITS[w] >= 10:
            return UNITS[w], j + 1
        if w in TENS:
            if j + 1 < n and ws[j + 1] in UNITS and 1 <= UNITS[ws[j + 1]] <= 9 and self._joins(j + 1):
                return TENS[w] + UNITS[ws[j + 1]], j + 2
            return TENS[w], j + 1
        return None

    def _fraction(self, j: int, last: str) -> tuple[Decimal, int]:
        """The part after the whole of a number said in words, from word j: "point four" (a
        decimal: digits one by one) or "and a half"; (0, j) when there is none."""
        ws, n = self.w.words, len(self.w)
        if ws[j] == "point":
            digits = []
            t = j + 1
            while t < n and self._joins(t) and ws[t] in UNITS and UNITS[ws[t]] <= 9:
                digits.append(str(UNITS[ws[t]]))
                t += 1
            return (Decimal("0." + "".join(digits)), t) if digits else (Decimal(0), j)
        if ws[j:j + 3] == ["and", "a", "half"] and self._joins(j + 1) and self._joins(j + 2):
            return Decimal("0.5"), j + 3
        return Decimal(0), j

    def emit_number(self, k: int, value: Decimal, j: int, ordinal: bool) -> int:
        w, ws, n = self.w, self.w.words, len(self.w)
        s, e = w.starts[k], w.ends[j - 1]
        if ordinal and self.out.words and self.out.words[-1] in MONTHS and not self.raw(self.out.ends[-1], s).strip() \
                and self.raw(self.out.starts[-1], self.out.starts[-1] + 1).isupper():
            # the day of a date: "September 28th" as AP prints it, "Sept. 28"
            self.note(s, e, "date")
            self.emit(_canon(value), s, e, w.joined[k], w.piece[k])
            return j
        if ordinal:                          # 21st = twenty-first (an internal spelling: "21th")
            if ws[k:j] != [_canon(value) + "th"]:
                self.note(s, e, "number")
            self.emit(_canon(value) + "th", s, e, w.joined[k], w.piece[k])
            return j
        changed = ws[k:j] != [_canon(value)]
        sign = self.raw(s - 1, s) if s - 1 >= self.base else ""
        unit = CURRENCY_SIGNS.get(sign)
        if unit:
            s -= 1
        after = self.raw(e, min(e + 2, self.base + len(self.text)))
        pct = 1 if after[:1] == "%" else 2 if after[:1] in " \u00a0" and after[1:2] == "%" else 0
        if pct:
            unit, e, changed = "percent", e + pct, True
        elif j < n and self._joins(j) and ws[j] in CURRENCY_WORDS and (unit is None or CURRENCY_WORDS[ws[j]] == unit):
            unit, changed, e, j = CURRENCY_WORDS[ws[j]], changed or ws[j] != CURRENCY_WORDS[ws[j]], w.ends[j], j + 1
        elif j < n and ws[j] == "percent" and self._joins(j):
            unit, e, j = "percent", w.ends[j], j + 1
        elif j + 1 < n and ws[j] == "per" and ws[j + 1] == "cent" and self._joins(j) and self._joins(j + 1):
            unit, e, j, changed = "percent", w.ends[j + 1], j + 2, True
        elif unit:
            changed = True
        if changed:
            self.note(s, e, "number")
        self.emit(_canon(value), s, e, w.joined[k] and not sign, w.piece[k])
        if unit:
            self.emit(unit, s, e, False, w.piece[k])
        return j

    # -- contractions ------------------------------------------------------------------------
    def expand(self, k: int) -> tuple[str, ...] | None:
        w = self.w.words[k]
        if w == "cause":                     # 'cause = because (the apostrophe is outside the word)
            at = self.w.starts[k]
            return ("because",) if at > self.base and self.raw(at - 1, at) in ("'", "\u2019") else None
        if w in NT_IRREGULAR:
            return NT_IRREGULAR[w]
        if w in SLANG:
            return SLANG[w]
        if w.endswith("n't") and len(w) > 3 and w != "ain't":
            return w[:-3], "not"
        base, apo, suf = w.rpartition("'")
        if not apo:
            return None
        if base == "let" and suf == "s":
            return "let", "us"
        if base not in PRONOUNS:
            return None
        after = self.w.words[k + 1:k + 3]
        nxt = after[1] if len(after) == 2 and after[0] in ADVERBS else after[0] if after else ""
        if suf in SUFFIX and not (suf == "m" and base != "i"):
            return base, SUFFIX[suf]
        if suf == "s" and base != "i":
            return base, "has" if nxt in PARTICIPLES else "is"
        if suf == "d":
            return base, "had" if nxt in HAD_NEXT else "would"
        return None

    def rewrite(self, k: int) -> int:
        """Emit word k (and any words it joins with) normalised; return the next input index."""
        w, ws, n = self.w, self.w.words, len(self.w)
        word, s, e, joined, piece = ws[k], w.starts[k], w.ends[k], w.joined[k], w.piece[k]
        if (word in FILLERS and not joined and not (k + 1 < n and w.joined[k + 1])
                and not (word in ("er", "ah") and self.raw(s, e).isupper())):    # the ER is a room
            self.note(s, e, "filler")
            return k + 1
        if word == "you" and self.leaned_on(k):
            self.note(s, w.ends[k + 1], "filler")   # "I'm, you know, I'm really proud of them"
            return k + 2
        if word == "what" and self.hedges(k):
            self.note(s, e, "filler")   # "a Class 3 operator takes, what, four or five years"
            return k + 1
        if word in ("quote", "unquote"):
            spoken = self.spoken_mark(k)
            if spoken:
                return spoken
        if (word.isdigit() and word[0] != "0" and (k + 1 >= n or ws[k + 1] not in AFTER_NUMBER)
                and self.raw(s - 1, s) not in CURRENCY_SIGNS and "%" not in self.raw(e, e + 2)):
            self.emit(word, s, e, joined, piece)         # a plain number, already in its digits
            return k + 1
        if len(word) == 1 and word.isalpha() and k + 1 < n and len(ws[k + 1]) == 1 and self.sep(k + 1) == ".":
            return self.initials(k)
        if word[0].isdigit() or word in UNITS or word in TENS or word in ORD_UNITS or word in ORD_TENS or word in ("a", "half"):
            got = self.number(k)
            if got is not None:
                return self.emit_number(k, *got)
        if word == "per" and k + 1 < n and ws[k + 1] == "cent" and self._joins(k + 1):
            self.note(s, w.ends[k + 1], "number")
            self.emit("percent", s, w.ends[k + 1], joined, piece)
            return k + 2
        if word in TITLES and self.raw(s, s + 1).isupper() and self.raw(e, e + 1) == "." and k + 1 < n:
            self.note(s, e + 1, "title")
            self.emit(TITLES[word], s, e, joined, piece)
            return k + 1
        us = us_spelling(word)
        if us is not None:
            self.note(s, e, "spelling")
            self.emit(us, s, e, joined, piece)
            return k + 1
        if word in MONTH_ABBREVIATIONS and self.raw(s, s + 1).isupper() and self.raw(e, e + 1) == "." \
                and k + 1 < n and ws[k + 1][:1].isdigit():
            self.note(s, e + 1, "date")   # "Sept. 28" = "September 28"
            self.emit(MONTH_ABBREVIATIONS[word], s, e, joined, piece)
            return k + 1
        if word == "ok":
            self.note(s, e, "okay")
            self.emit("okay", s, e, joined, piece)
            return k + 1
        full = self.expand(k)
        if full:
            self.note(s - (full == ("because",)), e, "contraction")
            for i, part in enumerate(full):
                self.emit(part, s, e, joined and not i, piece)
        else:
            self.emit(word, s, e, joined, piece)
        return k + 1

    def leaned_on(self, k: int) -> bool:
        """Is "you know" at word k a filler: set off by a comma or a dash on one side, and by
        one, a sentence mark or the turn's edge on the other ("proud of them, you know, and",
        "You know, we" at a sentence's start) — never "you know what", "as you know, …" or
        "you know that"."""
        ws, n = self.w.words, len(self.w)
        if k + 1 >= n or ws[k + 1] != "know" or self.w.joined[k + 1]:
            return False
        before = self.sep(k) if k else "."
        after = self.sep(k + 2) if k + 2 < n else "."
        return bool(LEANING_BREAK.search(before) and LEANING_BREAK.search(after) and SET_OFF.search(before + after))

    def hedges(self, k: int) -> bool:
        """Is "what" at word k a speaker's hedge before a figure, set off by commas: "takes,
        what, four or five years", "it was, what, 20 minutes" (not "what, four?" asked alone, nor
        "so what, we wait")."""
        ws, n = self.w.words, len(self.w)
        if not 0 < k < n - 1 or self.w.joined[k]:
            return False
        nxt = ws[k + 1]
        figure = nxt[:1].isdigit() or nxt in UNITS or nxt in TENS or nxt in ("a", "half", "maybe", "about")
        return figure and "," in self.sep(k) and "," in self.sep(k + 1) and k + 2 < n

    def spoken_mark(self, k: int) -> int:
        """Leave out a spoken quotation mark at word k ("quote" or "unquote"); the next input
        index, or 0 when the word is a plain word here."""
        w, ws, n, o = self.w, self.w.words, len(self.w), self.out
        s, e = w.starts[k], w.ends[k]
        if ws[k] == "quote" and k + 1 < n and ws[k + 1] == "unquote":          # quote, unquote “…”
            self.note(s, w.ends[k + 1], "quote")
            return k + 2
        if ws[k] == "quote" and k + 1 < n and OPENS_QUOTE.match(self.sep(k + 1)) \
                and not (k and ws[k - 1] in QUOTE_NOUN_BEFORE):                    # not "his favourite quote: “…”"
            self.note(s, e, "quote")
            return k + 1
        if ws[k] == "quote" and k > 0 and ws[k - 1] in ("end", "close") and o.words and o.words[-1] == ws[k - 1] \
                and o.starts[-1] == w.starts[k - 1] and k > 1 and CLOSED_QUOTE.search(self.sep(k - 1)):
            for lst in (o.words, o.starts, o.ends, o.joined, o.piece):   # “…,” end quote
                lst.pop()
            self.note(w.starts[k - 1], e, "quote")
            return k + 1
        if ws[k] == "unquote" and k > 0 and CLOSED_QUOTE.search(self.sep(k)):
            self.note(s, e, "quote")
            return k + 1
        return 0

    def initials(self, k: int) -> int:
        """Single letters joined by full stops are one word: U.S. = US, O.K. = OK = okay."""
        w, ws = self.w, self.w.words
        j = k + 1
        while j < len(ws) and len(ws[j]) == 1 and ws[j].isalpha() and self.sep(j) == ".":
            j += 1
        word, s, e = "".join(ws[k:j]), w.starts[k], w.ends[j - 1]
        step = "okay" if word == "ok" else "initialism"
        self.note(s, e, step)
        self.emit("okay" if word == "ok" else word, s, e, w.joined[k], w.piece[k])
        return j

    def run(self, hot: set[str]) -> Words:
        ws = self.w.words
        k = 0
        for h in [i for i, x in enumerate(ws) if x in hot]:
            if h < k:
                continue
            self.copy(k, h)
            k = self.rewrite(h)
        self.copy(k, len(ws))
        return self.out


def normalise_speech(words: Words, text: str, base: int = 0) -> Words:
    """The spoken-word steps on ``words`` (offsets into ``text``, which starts at offset ``base``).

    Returns ``words`` itself when no step applies.  Cheap when little applies: the words
    that can start a rewrite are found through the set of distinct words, and repeats by
    comparing the word list with itself shifted.
    """
    ws = words.words
    if not ws:
        return words
    distinct = set(ws)
    hot = {x for x in distinct if x in TRIGGERS or "'" in x or x[0].isdigit() or us_spelling(x) is not None}
    hot.update(distinct & MONTH_ABBREVIATIONS.keys())   # "Sept. 28"
    if "you" in distinct and "know" in distinct:
        hot.add("you")                                  # "you know" a speaker leans on
    if "what" in distinct:
        hot.add("what")                                 # "takes, what, four or five years"
    if "a" in distinct and not distinct.isdisjoint(SCALES.keys() | {"hundred"}):
        hot.add("a")                                    # a thousand = 1000
    if INITIALS_RE.search(text):
        hot.update(x for x in distinct if len(x) == 1)  # U.S. = US
    p = _Pass(words, text, base)
    if hot:
        out = p.run(hot)
    else:
        out = p.out = Words(list(ws), list(words.starts), list(words.ends), list(words.joined),
                            list(words.piece), list(words.notes))
    reps = repeated_runs(out.words)
    if not hot and not reps:
        return words
    if reps:
        p.stutters(reps)
    return out
