"""The words of speech that ``speech.normalise_speech`` reads past or reads as others: fillers,
number words and currency, contractions and slang, titles, spoken quotation marks, and the
restarts a speaker makes ("I'm not going to, I'm not going to …").  Tables and the small tests
on them live here; the pass that applies them is in ``speech.py``.
"""
from __future__ import annotations

import re
from itertools import compress, count
from operator import eq

from desk.extract.lexicon import MONTHS_DAYS
from desk.extract.names import TITLE_ABBREVIATIONS

FILLERS = frozenset("uh uhh uhm um umm er erm ah hmm".split())

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
ORD_UNITS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
ORD_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split())}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
CURRENCY_SIGNS = {"$": "dollars", "\u00a3": "pounds", "\u20ac": "euros"}
CURRENCY_WORDS = {"dollar": "dollars", "dollars": "dollars", "pound": "pounds", "pounds": "pounds",
                  "euro": "euros", "euros": "euros"}
DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
ORDINAL_RE = re.compile(r"(\d+)(?:st|nd|rd|th)")

NT_IRREGULAR = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
                "shan't": ("shall", "not")}
SLANG = {"gonna": ("going", "to"), "wanna": ("want", "to"), "gotta": ("got", "to"), "kinda": ("kind", "of"),
         "sorta": ("sort", "of"), "outta": ("out", "of"), "lotta": ("lot", "of"), "lemme": ("let", "me"),
         "gimme": ("give", "me"), "alright": ("all", "right")}
PRONOUNS = frozenset("i you we they he she it that there here what who where how when why".split())
SUFFIX = {"m": "am", "re": "are", "ve": "have", "ll": "will"}
# 's / 'd before a past participle are "has" / "had" (it's been, I'd seen), else "is" / "would"
PARTICIPLES = frozenset("""been got gotten had made said told given taken seen shown known become
    written spoken heard found left lost kept brought bought thought felt met paid sent spent""".split())
HAD_NEXT = PARTICIPLES | {"better"}
ADVERBS = frozenset("never always already just not also ever really long since only".split())

#: "Sen." = "senator": the spelled-out title of each abbreviation (desk.extract.names).
TITLES = {abbr: full[0] for abbr, full in TITLE_ABBREVIATIONS.items()}

# words that can start a rewrite (digits are checked apart)
TRIGGERS = (FILLERS | {"quote", "unquote"} | set(UNITS) | set(TENS) | set(ORD_UNITS) | set(ORD_TENS) | {"hundred", "per", "ok", "cannot", "half"}
            | set(NT_IRREGULAR) | set(SLANG) | {"cause"} | set(TITLES))
AFTER_NUMBER = frozenset({"hundred", "percent", "per"} | set(SCALES) | set(CURRENCY_WORDS))
INITIALS_RE = re.compile(r"(?<![^\W_])[^\W\d_]\.[^\W\d_]\b")     # U.S, D.C: single letters and a full stop
# the text allowed between the words of one number (a single line break too: captions and
# hard-wrapped transcripts break "two hundred and / thirty" anywhere) / of a stutter
NUMBER_SEP = re.compile(r"[ \t\u00a0\-\u2010\u2011]*(?:\n[ \t\u00a0]*)?")
#: The fillers as a pattern, with the two-word "you know" a speaker leans on ("I'm, you know, I'm proud").
FILLER_ALT = "|".join(sorted(FILLERS)) + r"|you[ \t\u00a0]+know"
STUTTER_SEP = re.compile(r"(?:[ \t\u00a0\-\u2010-\u2015\u2026]|\.\.\.|(?<![^\W_])(?:" + FILLER_ALT
                          + r")(?![^\W_]))*", re.IGNORECASE)
#: What marks a break in the speaker's delivery: a dash, "..." or a filler ("HOW I --" ¶ "HOW I").
MARKED_BREAK = re.compile(r"[\-\u2010-\u2015\u2026]|\.\.\.|(?<![^\W_])(?:" + FILLER_ALT + r")(?![^\W_])",
                           re.IGNORECASE)
#: ... and between the copies of a repeated small word, a comma too: "they, they kicked the can",
#: "we're, um, we're" (a speaker restarting, not rhetoric like "never, never" or "change, change").
FILLER_RE = re.compile(r"(?<![^\W_])(?:" + FILLER_ALT + r")(?![^\W_])", re.IGNORECASE)
OPENS_QUOTE = re.compile(r"[ \t\u00a0]*[,:]?[ \t\u00a0]*[\"\u201c\u2018']")    # quote, “…
QUOTE_NOUN_BEFORE = frozenset("a an the this that my his her its our their your favorite favourite famous "
                                "i we you they he she me us".split())     # the quote: a noun; I quote: a verb
CLOSED_QUOTE = re.compile(r"[\"\u201d\u2019'][.,;]?[ \t\u00a0]*[,]?[ \t\u00a0]*$")   # …,” unquote
RESTART_SEP = re.compile(r"(?:[ \t\u00a0,\-\u2010-\u2015\u2026]|\.\.\.|(?<![^\W_])(?:" + FILLER_ALT
                          + r")(?![^\W_]))*", re.IGNORECASE)
#: Words a speaker restarts on that cannot end a clause, so a comma after the first copy is no
#: clause boundary: subject pronouns, articles, conjunctions ("they, they kicked", "the, the
#: plan").  Not "it", "her", "you", "in", "do" or "has": "I said it, it was wrong", "I saw her, her
#: hands were shaking", "If they do, do it", "Let them in, in the spring" are two clauses.
RESTART_WORDS = frozenset("i we they he she a an the and but or if".split())
#: A subject pronoun and its verb said again after a filler: "we are, um, we're".
RESTART_VERBS = frozenset("am are is was were will would have has had".split())


#: Words a phrase cannot end on, so a comma after them is a speaker starting over, not a clause
#: boundary: "I'm not going to, I'm not going to put that on anybody" (a preposition, an article
#: or a possessive last: "that's a, that's a condition"); after a subject, "it was, it was on the
#: list" (a verb that needs more).
OPEN_ENDS = frozenset("to of for with from by about into on at my our your their a an the".split())
AFTER_SUBJECT = frozenset("is are am was were will would can could should not".split())
def open_ended(copy: list[str]) -> bool:
    """A run said again after a comma is a restart: it ends on a word a phrase cannot end on
    (``OPEN_ENDS``; for a run of two or more, a verb after its subject, ``AFTER_SUBJECT``).
    Whether a filler stands between the copies does not decide it: a story that drops the "uh"
    of "still, uh, still" and keeps "still, still" must read as its source does."""
    last = copy[-1]
    return last in OPEN_ENDS or (len(copy) >= 2 and last in AFTER_SUBJECT)


def repeated_runs(ws: list[str]) -> list[tuple[int, int]]:
    """(i, m): words[i:i+m] is immediately repeated, m = 1…6 (contractions are read in full, so
    "I'm not going to" is five words)."""
    out = []
    for m in (1, 2, 3, 4, 5, 6):
        for i in compress(count(), map(eq, ws, ws[m:])):     # C-speed scan for equal words m apart
            if i + 2 * m <= len(ws) and ws[i:i + m] == ws[i + m:i + 2 * m]:
                out.append((i, m))
    return out


STEP_TEXT = {
    "filler": "disfluencies left out (uh, um, er, ah)",
    "quote": "spoken quotation marks left out (quote … unquote)",
    "stutter": "a repeated word or false start counted once",
    "number": "numbers compared by value (ten = 10, 1,000 = one thousand, $5 = 5 dollars, % = percent)",
    "contraction": "contractions compared as full forms (we're = we are, can't = cannot)",
    "okay": "OK = okay",
    "date": "dates as AP style prints them (Sept. 28 = September 28th)",
    "title": "titles compared in full (Sen. = Senator)",
    "initialism": "initials compared without their full stops (U.S. = US)",
    "spelling": "British and Canadian spellings compared with American ones (centre = center, labour = labor)",
}

#: Month names, and the abbreviations AP style prints before a day ("Sept. 28", "Jan. 3").
MONTHS = frozenset(w for w in MONTHS_DAYS if not w.endswith("day"))
MONTH_ABBREVIATIONS = {"jan": "january", "feb": "february", "aug": "august", "sep": "september",
                        "sept": "september", "oct": "october", "nov": "november", "dec": "december"}
#: Words before a number that make a second number after it a count of its own ("In 2019, 2019 residents").
BEFORE_A_COUNT = frozenset("in by since of the from to until at than between was were is are split".split())
#: A verb "to be" a speaker may say twice after a noun: "the readings are, are within normal ranges".
COPULAS = frozenset("is are was were".split())
#: Words opening a clause whose verb may be said again as the main verb: "Who the next chief is, is up to council".
WH_CLAUSE = frozenset("what who whom how however whether whatever whoever where when why which".split())
#: A break around a leaned-on "you know": a comma, a dash, "..." or a sentence mark; and the set-off one of them needs.
LEANING_BREAK = re.compile(r"[,.!?;:\-\u2010-\u2015\u2026]")
SET_OFF = re.compile(r"[,\-\u2010-\u2015\u2026]")


def broken_off(run: list[str]) -> bool:
    """The words before a dash are a start left unfinished: a subject pronoun and its auxiliaries
    only ("we were -- we are", "I have -- I've"), never a verb of its own, which may finish a
    clause ("I'll resign -- I'll stay on", "the chief was drunk -- the chief was driving"), nor a
    negative."""
    return len(run) >= 2 and run[0] in _SUBJECTS and all(w in _AUXILIARIES for w in run[1:])


_SUBJECTS = frozenset("i we you they he she it".split())
_AUXILIARIES = RESTART_VERBS | frozenset("can could should do does did been".split())
