"""People's names as newsrooms write them: titles, honorifics, labels and matching keys.

One person appears as "Finance Minister Adaeze Okafor", "Ms. Okafor", "MINISTER OKAFOR:" and
"Okafor". These helpers strip what is a title, give the words that are the name, and give keys
that compare names without case, accents or punctuation:

    >>> strip_titles("DEPUTY MINISTER LINDQVIST")
    (['deputy', 'minister'], 'LINDQVIST')
    >>> display_name("HÉLÈNE BRASSARD")
    'Hélène Brassard'
    >>> name_key("Dr. Farah Qureshi")
    'farah qureshi'
    >>> surname_key("Ms. O'Neil-Smith")
    'oneilsmith'
    >>> surname("Joseph R. Biden Jr.")
    'Biden'

``known_tables`` turns the library's speakers into lookup tables for quote finding, and
``hyphen_adjective`` tells "Trump-style" (an adjective) from "Ki-moon" (a name).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from desk.extract.lexicon import EXTRA_TITLES
from desk.extract.namelists import FIRST_NAMES

#: Words that are a title, an honorific or a role rather than part of a name.  Lower case, no dots.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father fr sister rabbi imam
    hon honourable honorable rt right
    minister deputy associate assistant acting interim vice prime premier president
    senator sen rep representative congressman congresswoman congressmember delegate
    governor gov lieutenant lt mayor councillor councilor alderman alderwoman reeve
    chief constable superintendent supt inspector detective officer sergeant sgt corporal cpl
    captain capt commander cmdr admiral general gen colonel col major maj private pvt
    judge justice chair chairman chairwoman chairperson secretary commissioner director
    ceo cfo coo president ambassador speaker leader dean coach trustee chancellor
    attorney sheriff marshal moderator host anchor undersecretary under-secretary producer publisher emeritus
    selectman selectwoman solicitor ald coun cllr prosecutor coroner councilmember cm
    finance health transport transportation education justice defence defense energy
    foreign environment labour labor housing treasury
    fire police city county state provincial federal regional municipal emergency public
    engineer spokesperson spokesman spokeswoman coordinator co-ordinator manager administrator
    clerk auditor controller comptroller treasurer councilmember council member board supervisor
    assemblymember assemblyman assemblywoman councilman councilwoman alderperson
    harbourmaster harbormaster postmaster fire-chief warden ombudsman ombudsperson
    ssgt sinsp ssupt csupt
    """.split()
)   # (the last: Canadian police ranks written with a slash, "S/Sgt.", "S/Insp.", "C/Supt.")

#: Transcript labels that mark an unnamed questioner (SPEC §3).
#: What an abbreviated title spells out, first the title itself ("Sen." = "Senator": matching a
#: draft against a transcript), then any other role noun it stands for in a story ("Rep. Nancy
#: Mace" … "the congresswoman").  Lower case, no dots.
TITLE_ABBREVIATIONS = {
    "sen": ("senator",), "rep": ("representative", "congressman", "congresswoman"), "gov": ("governor",),
    "lt": ("lieutenant",), "gen": ("general",), "col": ("colonel",), "capt": ("captain",),
    "sgt": ("sergeant",), "adm": ("admiral",), "dr": ("doctor",), "prof": ("professor",),
    "supt": ("superintendent",), "atty": ("attorney",), "mr": ("mister",), "cpl": ("corporal",),
    "const": ("constable",), "insp": ("inspector",), "det": ("detective",), "coun": ("councillor",),
    "cllr": ("councillor",), "maj": ("major",), "cmdr": ("commander",), "sec": ("secretary",),
    "pres": ("president",), "del": ("delegate",), "cst": ("constable",), "brig": ("brigadier",),
    "pte": ("private",), "pvt": ("private",), "cm": ("councilmember", "councilman", "councilwoman"), "ald": ("alderman", "alderwoman", "alderperson", "councillor"),
}
def title_forms(titles) -> set[str]:
    """Titles with their full forms: ["sen", "dr"] -> {"sen", "senator", "dr", "doctor"}."""
    out = set(titles)
    for t in titles:
        out.update(TITLE_ABBREVIATIONS.get(t, ()))
    return out


QUESTIONER_LABELS = frozenset({"q", "question", "questions", "reporter", "journalist", "audience",
                               "audience member", "unidentified reporter", "voice", "male voice",
                               "female voice", "unidentified speaker", "participant", "journaliste"})

#: Generational suffixes that follow a surname ("Joseph R. Biden Jr.", "John Smith III").
SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})

_PARTICLES = frozenset({"de", "du", "des", "la", "le", "los", "las", "dos", "das", "van", "von", "der", "den", "da", "di",
                        "del", "bin", "al"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents: "Hélène" -> "helene"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", text.strip()) if w]


def _bare(word: str) -> str:
    return re.sub(r"[^\w]", "", fold(word))


#: Title words that are titles only before a name: "Special Agent Ana Ruiz", "Envoy Dana Whitfield"
#: (not "Special Olympics Canada", "Agent Provocateur").
_SOFT_TITLES = frozenset({"special", "agent", "envoy", "member", "members"})   # "Council Members Lorna Whitcombe (Ward 3), …"


def soft_title(words: list[str]) -> bool:
    """``words`` open with a title word that stands before a name here: another title, "in
    Charge" or a given name follows it, and a name after that."""
    if len(words) < 3 or _bare(words[0]) not in _SOFT_TITLES:
        return False
    nxt = _bare(words[1])
    return nxt in TITLE_WORDS or nxt in _SOFT_TITLES or nxt in FIRST_NAMES or in_charge(words[1:])


def in_charge(words: list[str]) -> bool:
    """The words open with "in Charge" of a title ("Special Agent in Charge", "Officer in Charge")."""
    return len(words) > 2 and words[0] == "in" and words[1] == "Charge"


def strip_titles(name: str) -> tuple[list[str], str]:
    """Split leading title words from a name: "Finance Minister Adaeze Okafor" -> (["finance", "minister"], "Adaeze Okafor")."""
    words = _words(name)
    titles: list[str] = []
    while len(words) > 1:
        n = 2 if in_charge(words) else 1 if _bare(words[0]) in TITLE_WORDS or soft_title(words) else 0
        if not n:
            break
        titles += [_bare(w) for w in words[:n]]
        del words[:n]
    # A lone word that is only a title ("MODERATOR") stays as the name: there is nothing else.
    return titles, " ".join(words)


def display_name(name: str) -> str:
    """Give a name in its usual case: labels in capitals become title case; mixed case is kept.
    A particle is lower case inside a name ("JEAN DE LA FONTAINE"), never as its first word:
    "DES ACHEAMPONG" is Des Acheampong, "VAN MORRISON" Van Morrison."""
    name = " ".join(_words(name))
    if name != name.upper():
        return name

    def fix(word: str, first: bool) -> str:
        low = word.lower()
        if low in _PARTICLES and not first:
            return low
        out = "-".join(part[:1].upper() + part[1:] for part in low.split("-"))
        # O'Neil, D'Souza; Mc/Mac prefixes stay as written otherwise (MacLeod vs Macy is ambiguous).
        out = re.sub(r"^([OD])'(\w)", lambda m: m.group(1) + "'" + m.group(2).upper(), out)
        out = re.sub(r"^Mc(\w)", lambda m: "Mc" + m.group(1).upper(), out)
        return out

    return " ".join(fix(w, k == 0) for k, w in enumerate(name.split(" ")))


def name_key(name: str) -> str:
    """A key that compares names without titles, suffixes, case, accents or punctuation."""
    _, bare = strip_titles(name)
    words = [w for w in (_bare(w) for w in _words(bare)) if w]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words)


def generational(words) -> bool:
    """The name's words end with a generational suffix ("Walter Wolanski Jr.", "Ron Petty Sr.")."""
    return len(words) > 2 and _bare(words[-1]) in SUFFIXES


def suffix_of(words) -> str | None:
    """The generational suffix a name ends with ("jr" for "Lonnie Beaumont Jr.", "Beaumont Jr."),
    else None: two names with different suffixes are two people, father and son."""
    return _bare(words[-1]) if len(words) >= 2 and _bare(words[-1]) in SUFFIXES else None


#: The order of generations a suffix gives (a name without one sits between Sr. and Jr.).
_GENERATION = {"sr": 0, "snr": 0, None: 1, "jr": 2, "jnr": 2, "ii": 2, "iii": 3, "iv": 4}


def by_age(people, roles) -> object | None:
    """Of namesakes told apart by their suffixes, the one ``roles`` picks by age ("the elder
    Beaumont": Lonnie Beaumont Sr.; "the younger": the last generation); None when the roles say
    no age or the suffixes do not differ."""
    if not roles & {"elder", "older", "eldest", "oldest", "younger", "youngest"} \
            or len({suffix_of(p.words) for p in people}) < 2:
        return None
    ranked = sorted(people, key=lambda p: _GENERATION.get(suffix_of(p.words), 1))
    return ranked[0] if roles & {"elder", "older", "eldest", "oldest"} else ranked[-1]


#: A relative's noun just before a name: "His father, Duncan Hunter Sr.", "Elliott’s father, the Rev."
_KIN_BEFORE = re.compile(r"(?i)\b(?:father|mother|son|daughter|dad|grandfather|grandson|uncle|nephew|brother)\b[^.\n]{0,14}$")


def kin_just_before(text: str, pos: int) -> bool:
    """A relative's noun stands just before ``pos``: the name there is that relative's."""
    return _KIN_BEFORE.search(text, max(0, pos - 40), pos) is not None


def surname(name: str) -> str:
    """The surname as written: "Joseph R. Biden Jr." -> "Biden"; "Okafor" -> "Okafor"."""
    words = _words(strip_titles(name)[1].replace(",", " "))
    while len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def surname_key(name: str) -> str:
    """The key of the last name: "Dr. Farah Qureshi" -> "qureshi"; "Jean de la Fontaine" -> "de la fontaine"."""
    words = name_key(name).split()
    if not words:
        return ""
    last = [words[-1]]
    for word in reversed(words[:-1]):
        if word in _PARTICLES:
            last.insert(0, word)
        else:
            break
    if len(last) == len(words) and len(words) > 1:
        return words[-1]
    return " ".join(last)


def is_questioner(label: str) -> bool:
    """True for labels such as ``Q``, ``QUESTION`` or ``REPORTER`` that mark an unnamed questioner."""
    key = re.sub(r"[^\w ]", "", fold(label)).strip()
    key = re.sub(r"\s+\d+$", "", key)  # "REPORTER 2"
    return key in QUESTIONER_LABELS


#: What follows the hyphen of a capitalised adjective ("Trump-style", "Obama-era", "Clinton-backed").
_HYPHEN_WORDS = frozenset("""style era like led run owned friendly free wide type life choice wing war
    based linked tied backed born made aligned leaning proof minded""".split())


def hyphen_adjective(word: str) -> bool:
    """"Trump-style", "GOP-led", "Sanders-supporting": a name made an adjective.  A lower-case
    part that is no such word is a name's ("Ki-moon", "Jong-un", "Jae-in")."""
    m = re.search(r"-([a-z]+)", word)
    if not m:
        return False
    if word.count("-") > 1:
        return True   # "Editor-in-Chief", "Mother-in-law"
    tail = m.group(1)
    return tail in _HYPHEN_WORDS or tail.endswith(("ed", "ing", "ly", "er", "ist", "ism", "ish", "ian")) or len(tail) > 4


@functools.lru_cache(maxsize=8)
def known_tables(known: tuple[tuple[str, tuple[str, ...]], ...]):
    """The library's speakers as lookup tables: (full-name key -> canonical, surname key ->
    canonicals, [(role words, head, canonical)], role heads).

    Built once per speaker list and shared, read-only, by every story checked against it: folding
    every name and alias is most of the cost of reading a short story against a large library."""
    full: dict[str, str] = {}
    sur: dict[str, set[str]] = {}
    roles: list[tuple[set[str], str, str]] = []
    for canonical, aliases in known:
        if not canonical:
            continue
        full[name_key(canonical)] = canonical
        sur.setdefault(surname_key(canonical), set()).add(canonical)
        for alias in aliases:
            if not alias:
                continue
            low = fold(alias).strip()
            words = re.findall(r"[\w\-]+", low)
            if not words:
                continue
            if words[0] in ("the", "a", "an"):
                if set(words[1:]):
                    roles.append((set(words[1:]), words[-1], canonical))
                continue
            if all(w in TITLE_WORDS or w in EXTRA_TITLES for w in words):
                roles.append((set(words), words[-1], canonical))
                continue
            key = name_key(alias)
            if key:
                full.setdefault(key, canonical)
                sur.setdefault(key.split()[-1], set()).add(canonical)
    return full, sur, roles, frozenset(head for _, head, _ in roles)



def name_after_posts(words: list[str], posts: frozenset[str], org_words: frozenset[str],
                     bare: bool = True) -> str | None:
    """The person a line in capitals names after their rank or post: the words after the last
    of ``posts`` ("BATTALION CHIEF SANDRA MWANGI" is Sandra Mwangi, "FORGE HEAD COACH RENATA
    SOLBERG" Renata Solberg), or with no post the words alone when ``bare``; two to four words,
    none of an organisation (``org_words``: "COMMUNICATIONS CENTRE" is no one).  None otherwise."""
    at = [i for i, w in enumerate(words) if fold(w).strip(".") in posts | TITLE_WORDS]
    if not at and not bare:
        return None
    name = words[at[-1] + 1:] if at else words
    if not 2 <= len(name) <= 4 or any(fold(w) in org_words for w in name):
        return None
    return display_name(" ".join(name))
