"""Names in labelled transcripts: label keys, titles, and the fullest name a text gives.

``desk.extract.labels`` finds the lines that open turns; ``desk.extract.transcripts`` resolves
each label to a speaker.  Both read names with the helpers here: a label's comparison key
(``_label_key``), titles stripped, French ones too (``_strip_all_titles``), the person a header
line's value names (``_name_from_value``), and, through the text's word index (:class:`_Words`),
the fullest name the text gives for a surname (``_fullest_name``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from desk.extract.gender import name_gender
from desk.extract.names import TITLE_WORDS, display_name, fold, strip_titles

#: Titles beyond names.TITLE_WORDS: French forms and a few parliamentary ones.  Folded.
EXTRA_TITLES = frozenset(
    """madame monsieur mme mlle mm maitre me docteur docteure dre mairesse maire ministre
    depute deputee senateur senatrice presidente conseiller conseillere animateur animatrice
    mla mp mpp mep honourable honorable the""".split()
)

#: Capitalised words that open sentences or headings and are not part of a name.  Folded.
NOT_NAME_WORDS = frozenset(
    """i im ive id ill we were you youre he hes she shes it its they theyre the a an and but or so
    yes no well ok okay good thank thanks welcome hello hi dear bonjour merci bonsoir oui non
    look listen sorry please let lets my our your his her their this that these those there here
    when while after before then now today yesterday tomorrow tonight meanwhile however also still
    in on at by for with from as of to under over about into per said says asked told according
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december ladies gentlemen everyone everybody""".split()
)
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del", "bin", "al", "of"})


_PAREN = re.compile(r"\s*(?:\([^()]*\)|\[\d{1,2}:\d{2}(?::\d{2})?\])\s*$")

_WORD = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?\.?")

@functools.lru_cache(maxsize=4096)
def _label_key(label: str) -> str:
    """Fold a label for comparison: "Dr. Qureshi (through interpreter)" -> "dr qureshi"."""
    label = _PAREN.sub("", label)
    key = re.sub(r"[^\w ]", "", fold(label).replace("\u00a0", " "))
    return re.sub(r"\s+", " ", key).strip()


def _bare(word: str) -> str:
    return re.sub(r"[^\w]", "", fold(word))


def _strip_all_titles(name: str) -> str:
    """names.strip_titles, then French and other extra titles, keeping at least one word."""
    _, name = strip_titles(name)
    words = name.split()
    while len(words) > 1 and (_bare(words[0]) in EXTRA_TITLES or _bare(words[0]) in TITLE_WORDS
                              or words[0] == "M." and len(words) == 2):   # "M. Beaulieu": Monsieur
        words.pop(0)
    return " ".join(words)



def _name_from_value(value: str) -> str | None:
    """The person a header value starts with: "Claire Dufresne, director of …" -> "Claire Dufresne".

    Gives None unless the value opens with two or more capitalised words that end at the end of
    the value or at punctuation (, . ; ( - –), and the first is not a sentence word ("Good").
    """
    value = value.strip()
    words: list[str] = []
    stopped_by_punct = False
    pos = 0
    for m in re.finditer(r"\S+", value):
        token = m.group(0)
        core = token.rstrip(",;:)")
        word = core.rstrip(".")
        if not _WORD.fullmatch(word) or not (word[:1].isupper() or (words and _bare(word) in _PARTICLES)):
            break
        words.append(word)
        pos = m.end()
        if core != token:
            stopped_by_punct = True
            break
        # A title or an initial keeps its dot inside the name ("Dr. Farah", "J. Smith").
        if core.endswith(".") and not (len(word) == 1 or _is_title(word)):
            stopped_by_punct = True
            break
    rest = value[pos:].strip()
    if rest and not stopped_by_punct and rest[:1] not in "(-–—,;":
        return None
    while words and _bare(words[-1]) in _PARTICLES:
        words.pop()
    if not words or _bare(words[0]) in NOT_NAME_WORDS:
        return None
    name = _strip_all_titles(" ".join(words))
    if len(name.split()) < 2:
        return None
    return display_name(name)


def _is_title(word: str) -> bool:
    """A title, also in the plural ("Councillors Rajiv Mendelsohn-Park, Imogen Tarrant")."""
    b = _bare(word)
    return b in TITLE_WORDS or b in EXTRA_TITLES or len(b) > 4 and b.endswith("s") and (b[:-1] in TITLE_WORDS or b[:-1] in EXTRA_TITLES)


#: The longest name word indexed before an apostrophe ("Okafor's" holds "Okafor").
_NAME_MAX = 64


class _Words:
    r"""Where each word of a text starts, built once per text, so name look-ups cost their hits.

    ``_fullest_name`` used to scan the whole text with a regex once per distinct label, and sort
    the label spans each time: a transcript with 4,000 distinct labels took 36 s.  This index is
    one pass over the text; a look-up then visits only the places the word occurs.

    A word occurrence is where the old pattern ``(?<![\w'’\-])WORD(?![\w\-])`` (ignoring case)
    matched: a run of word characters, apostrophes and hyphens not preceded by one of them,
    which the word either fills or ends at an apostrophe ("Okafor's" holds "Okafor").
    """

    _RUN = re.compile(r"(?<![\w'’\-])[\w'’\-]+")
    _PLAIN = re.compile(r"[\w'’\-]+")

    def __init__(self, text: str, exclude: list[tuple[int, int]]):
        self.text = text
        self.exclude = sorted(exclude)
        self.starts = [s for s, _ in self.exclude]
        self._at: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        if self._at is None:
            at: dict[str, list[int]] = {}
            for m in self._RUN.finditer(self.text):
                run, start = m.group(0), m.start()
                # a name is short: an apostrophe past _NAME_MAX characters cuts no name off
                # ("O'O'O'…" over a whole line would make as many pieces as it has letters)
                cuts = [i for i, ch in enumerate(run[:_NAME_MAX]) if ch in "'’" and i > 0] + [len(run)]
                for cut in cuts:
                    piece = run[:cut]
                    if not piece.endswith("-"):  # "Okafor-Reyes" does not hold "Okafor"
                        at.setdefault(piece.lower(), []).append(start)
            self._at = at
        return self._at

    def excluded(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.exclude[i][0] <= pos < self.exclude[i][1]

    def find(self, word: str) -> list[tuple[int, int]]:
        """(start, end) of each occurrence of ``word``, any case, in text order."""
        if self._PLAIN.fullmatch(word):
            return [(p, p + len(word)) for p in self._index().get(word.lower(), ())]
        pattern = re.compile(r"(?<![\w'’\-])" + re.escape(word) + r"(?![\w\-])", re.I)
        return [m.span() for m in pattern.finditer(self.text)]

    def contains_elsewhere(self, phrase: str, start: int, end: int) -> bool:
        """Whether ``phrase`` (words one space apart, case as written) occurs outside [start, end).

        The look-up starts from the phrase's rarest word, so labels sharing a first name
        ("Anna Berg:", "Anna Holm:" …) do not each walk every "Anna" of the text.
        """
        index = self._index()
        pivots = []
        offset = 0
        for word in phrase.split(" "):
            if word and self._PLAIN.fullmatch(word):
                pivots.append((len(index.get(word.lower(), ())), word.lower(), offset))
            offset += len(word) + 1
        if not pivots:
            return bool(re.search(re.escape(phrase), self.text[:start] + self.text[end:]))
        _, key, offset = min(pivots)
        for p in index.get(key, ()):
            q = p - offset
            if q >= 0 and not (start <= q < end) and self.text.startswith(phrase, q):
                return True
        return False


#: Words no name holds: a capitalised run before a surname starts after the last of them.
_NAME_CUTS = frozenset("of with by for from and at on in to featuring starring".split())


def _fullest_name(surname: str, words_index: _Words, gender: str | None = None) -> str | None:
    """The most frequent multi-word name the text gives for ``surname`` (``desk.extract.transcripts``'s
    docstring, "Label -> speaker").  With the label's honorific's ``gender`` ("MS. IBARRA"), no
    name whose given name is the other gender's (Ramon Ibarra), and none at all when two names
    of that gender are given equally often (Lucia and Elena Ibarra: which one, the text does not
    say)."""
    found: Counter[str] = Counter()
    text = words_index.text
    for m_start, m_end in words_index.find(surname):
        if words_index.excluded(m_start):
            continue  # the label itself
        if not text[m_start:m_start + 1].isupper():
            continue
        words = _words_before(text, m_start)
        # A word ending a sentence ("… Minister. Adaeze") or a title ("Ask Dr. Strand",
        # "Finance Minister Adaeze") cuts the run: what comes before it is not the name.
        cuts = [i for i, w in enumerate(words) if _is_title(w) or (w.endswith(".") and len(w.rstrip(".")) > 1)
                or w.endswith(("'s", "’s"))   # "NewsNine's Teodor Mikkelsen-Abara": the outlet's
                or w in ("Q.", "A.") and i == 0 and _line_opens(text, m_start, len(words))]
        if cuts:
            words = words[cuts[-1] + 1:]
        while words and (_bare(words[0]) in NOT_NAME_WORDS or not words[0][:1].isupper()):
            words.pop(0)
        low = [w.lower() for w in words]
        cut = max((i for i, w in enumerate(low) if w in _NAME_CUTS), default=-1)
        words = words[cut + 1:]   # "STATEMENT OF ALMA REYES", "THE EVENING BRIEF WITH NADIA FERREIRA"
        if not words:
            continue
        found[display_name(" ".join([*words, text[m_start:m_end]]))] += 1
    if gender is not None:
        found = Counter({name: n for name, n in found.items() if name_gender(fold(name.split()[0])) in (None, gender)})
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda item: (item[1], len(item[0].split())), reverse=True)
    if gender is not None and len(ranked) > 1 and ranked[0][1] == ranked[1][1] \
            and name_gender(fold(ranked[1][0].split()[0])) == gender:
        return None
    return ranked[0][0]


def _line_opens(text: str, pos: int, n: int) -> bool:
    """The ``n`` words before ``pos`` open their line: "Q. Tobias, walk us through …" asks Tobias;
    "Q." there is the question's label, no initial."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return len(line.split()) == n


def _words_before(text: str, pos: int) -> list[str]:
    """Capitalised words (and name particles) right before ``pos``, one space apart, in order."""
    words: list[str] = []
    k = pos
    while len(words) < 4:
        if k < 2 or text[k - 1] not in " \u00a0":
            break
        j = k - 1
        i = j
        while i > 0 and not text[i - 1].isspace() and text[i - 1] not in ",;:()[]\"“”«»/—–":
            i -= 1
        token = text[i:j]
        if not token or not _NAME_TOKEN.fullmatch(token):
            break
        if not (token[:1].isupper() or _bare(token) in _PARTICLES):
            break
        words.insert(0, token)
        k = i
    # A particle cannot open the name on its own ("of Finance Harald …" -> "Finance Harald …").
    while words and not words[0][:1].isupper():
        words.pop(0)
    return words


#: Labels that are administrative fields, never speakers.  Folded keys.
NOT_SPEAKERS = frozenset(
    """note notes nb ps editors note editor note update updated correction source sources subject
    re to from cc bcc date dated time location place venue where when transcript transcription
    title headline dateline byline contact media contact contacts embargo embargoed phone tel
    telephone email web website url link tags keywords summary background warning attendees
    present speakers panel panelists panellists candidates participants guests broadcast
    published posted recorded interview entrevue event audio video caption photo credit credits
    file duration length runtime program programme show episode segment objet sujet lieu heure
    diffusion diffusee remarque invites intervenants topic topics agenda presentations delegations
    correspondence adjournment motion minutes hosts cohosts co-hosts witnesses appearances exhibits
    sent final score result results citation docket released between coram clip station market
    network channel air airdate publicity""".split()
) | frozenset({"clip id", "air datetime", "air date", "est audience", "publicity value"})   # a monitoring report's fields
#: First words that make a line's opening a list's item, a day's entry or a letter's salutation,
#: never a speaker ("FIRST: We fix the bridge", "MONDAY NOON: Water Street closes", "DEAR
#: MAYOR: Please fix the swings").  Folded.
NOT_SPEAKER_OPENERS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth next finally lastly step
    dear monday tuesday wednesday thursday friday saturday sunday""".split()
)
