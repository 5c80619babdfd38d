"""The organisation a cue's subject stands for when it names none (for pass 5c of quote finding).

"Police said" after "Halifax Regional Police" (``named_org``: the last organisation whose name
ends, or as "X of Y" begins, with that noun); "the company said" after "Google said in a
statement" (``described_org``: the organisation that last spoke, or the one a sentence just
before opens on, of the noun's kind); "it said" (``org_that_spoke``).  A name is an
organisation's when it holds an organisation word, or the story writes it capitalised
mid-sentence and presents no person by it (``org_like``).
"""

from __future__ import annotations

import bisect
import re

from desk.extract.lexicon import AUX, ISSUING, OBJECT_PREPS, ORG_DESCRIPTORS, ORG_WORDS, OWNED_WORDS, SET_OFF_AS_ORG
from desk.extract.mentions import Analysis
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.people import presented_as_person
from desk.extract.runs import is_place as place_words


def named_org(a: Analysis, mention: str, before: int) -> str | None:
    """The organisation a bare head noun stands for: "Police said" after "Halifax Regional Police",
    "the department said" after "the Department of Municipal Affairs" — the last organisation
    named before ``before`` whose name ends (or, as "X of Y", begins) with that noun.  None when
    the story named none ("the company" after "Nova Scotia Power" is left to ``described_org``)."""
    words = mention.split()
    if not words or len(words) > 2 or (len(words) == 2 and words[0].lower() != "the"):
        return None
    head = fold(words[-1])
    found = None
    for r, first, last in a.org_runs:
        if r.start >= before:
            break
        if len(r.words) >= 2 and last == head:
            found = a.text[r.name_start:with_of_tail(a, r.end)]   # "the Royal Bank of Canada"
        elif first == head:
            m = _OF_NAME.match(a.text, r.name_start)
            if m and (len(r.words) >= 2 or m.end() > r.end):
                found = m.group()
    return found


def described_org(a: Analysis, mention: str, before: int) -> str | None:
    """The organisation "the company", "the agency" or "the firm" stands for as the subject of a
    cue: the one that last spoke, as for "it said" (``org_that_spoke``): 'Google said in a
    statement … “…,” the company said' is Google.  None when no organisation spoke just before:
    the desk does not guess which company among those the story names."""
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or words[-1].lower() not in _ORG_NOUNS | _KINDS.keys() \
            or any(not w.islower() for w in words[1:]):
        return None   # "the company", "the security firm", "the Calgary-based company" (not "the Halifax firm")
    noun = words[-1].lower()
    spoke = org_that_spoke(a, before)
    if spoke is not None and not _not_a(noun, spoke.split()):
        return _of_kind_in_full(a, before, noun, spoke)
    found = _org_subject(a, before, noun)
    if found is not None:
        return _of_kind_in_full(a, before, noun, found)
    return _sole_org(a, before, noun)


def _of_kind_in_full(a: Analysis, before: int, noun: str, name: str) -> str | None:
    """``name`` when it says it is what ``noun`` calls it; else the one organisation of that kind
    the story named, when ``name`` is a short form of it ("St. Cyril's has offered 11%. The
    hospital said …" is St. Cyril's Medical Center); else None."""
    if _of_kind(noun, name):
        return _first_given(a, before, name)
    sole = _sole_org(a, before, noun)
    return sole if sole is not None and fold(sole).startswith(fold(name)) else None


def _first_given(a: Analysis, before: int, name: str) -> str:
    """The organisation's name as the story first gave it, when ``name`` is a short form of it:
    "Halvane Digital, a Columbus-area developer, …" … "Halvane said …" … "The company also said"
    is Halvane Digital."""
    for r in a.runs:
        if r.start >= before:
            break
        if r.org:
            full = _org_text(a, r.start, r.end)
            if len(full) > len(name) and fold(full).startswith(fold(name) + " "):
                return full
    return name


#: Last words of a news outlet's name, which reports a story rather than speaking in it.
_OUTLET_WORDS = frozenset("news radio television tv press times post herald journal gazette media wire tribune".split())


def _sole_org(a: Analysis, before: int, noun: str) -> str | None:
    """The one organisation named before ``before`` that may be what ``noun`` calls it, when it
    has been the subject of a sentence: "Valcourt Foods will close its plant …, the company
    announced" … "Asked about the union's claim, the company said" is Valcourt Foods when the
    union and the province are the story's only other organisations.  Two that may be ("Harbour
    Power and Delta Gas", "Harrow Coach Lines" and a consortium), or a subject the desk cannot
    tell from a person's name ("Business Insider also commented …", "Marlow raised fares"): None,
    the desk does not guess.  A noun of a kind of its own ("the hospital", "the city") is the one
    organisation of that kind (``_sole_of_kind``)."""
    if noun in _KINDS:
        return _sole_of_kind(a, before, noun)
    names: dict[str, str] = {}
    subjects: set[str] = set()
    for r in a.runs:
        if r.start >= before:
            break
        s0 = a.sentence_bounds(r.start)[0]
        subject = s0 in (r.start, r.name_start) or re.fullmatch(r"\s*(?:The|the)\s+", a.text[s0:r.start]) is not None
        if r.loc or fold(r.words[-1]) in _OUTLET_WORDS:
            continue
        name = _org_text(a, r.start, r.end)
        if not r.org or len(name.split()) < 2 or not org_like(a, r):
            common = len(r.words) == 1 and re.search(r"\b" + re.escape(r.words[0].lower()) + r"\b", a.text)
            k = r.t1
            while k < len(a.toks) and a.toks[k].kind == "w" and a.toks[k].adverb:
                k += 1
            acts = k < len(a.toks) and a.toks[k].kind == "w" and a.toks[k].text.islower() and (
                a._is_cue(k) or a.toks[k].low in AUX or a.toks[k].low.endswith(("ed", "s")))
            if subject and acts and r.pid is None and not r.titles and not common:
                return None   # a subject the desk cannot place ("Marlow raised fares"): may be the one
            continue
        if not _not_a(noun, r.words):
            key = fold(r.words[0])
            names.setdefault(key, name)
            if subject:
                subjects.add(key)
    if len(names) != 1 or not subjects:
        return None
    key = next(iter(names))
    para = a.para_of(before)
    if any(a.para_of(r.start) == para and r.start < before and len(r.words) > 1 and r.pid is None
           and fold(r.words[0]) != key for r in a.runs):
        return None   # another name of several words in the quote's own paragraph ("Marlow Ferries"): it may be
    return names[key]


#: Nouns for a body of one kind, which "the hospital said" may stand for only when the name says
#: that kind ("Port Kimball Medical Center", not "Tri-River Mutual"), with the words that say it.
_KINDS = {"city": {"city"}, "town": {"town", "township"}, "county": {"county"}, "village": {"village"},
          "hospital": {"hospital", "medical", "health", "clinic", "infirmary"}, "university": {"university"},
          "college": {"college"}, "school": {"school", "academy"}, "museum": {"museum", "gallery"},
          "library": {"library"}, "cooperative": {"cooperative", "co-operative", "co-op"},
          "co-operative": {"cooperative", "co-operative", "co-op"}, "co-op": {"cooperative", "co-operative", "co-op"},
          "association": {"association"}, "society": {"society"}, "foundation": {"foundation"},
          "institute": {"institute"}, "club": {"club"}, "church": {"church", "parish", "diocese"},
          "band": {"band", "nation"}, "nation": {"nation"}}


def _sole_of_kind(a: Analysis, before: int, noun: str) -> str | None:
    """The one organisation named before ``before`` whose name heads with what ``noun`` calls it:
    "the hospital said" in a story whose only hospital is "St. Cyril's Medical Center", "the city
    said" with "City of Lachance".  The kind's word must open or close the name, or stand before
    "Center"/"Centre" ("Kansas City Chiefs" is no city); two such (a hospital and a health
    centre): None."""
    kind = _KINDS[noun]
    found: dict[str, str] = {}
    for r in a.runs:
        if r.start >= before:
            break
        if not r.org or r.loc or r.pid is not None or len(r.words) < 2:
            continue
        start = r.name_start
        if r.t0 >= 1 and is_possessive(a.toks[r.t0 - 1].text) and a.toks[r.t0 - 1].text[:1].isupper() \
                and a._adjacent(a.toks[r.t0 - 1], a.toks[r.t0]):
            start = next((p.start for p in a.runs if p.t1 == r.t0), start)   # "St. Cyril's Medical Center"
        name = _org_text(a, start, r.end)
        if _kind_heads(name) & kind:
            found.setdefault(fold(name.split()[0]), name)
    return next(iter(found.values())) if len(found) == 1 else None


def _org_text(a: Analysis, start: int, end: int) -> str:
    """An organisation's name as written from ``start`` to its run's ``end`` (an "of" tail taken
    in: "the Royal Bank of Canada"), without a leading "the"."""
    return re.sub(r"^(?:the|The)\s+", "", a.text[start:with_of_tail(a, end)])


def _of_kind(noun: str, name: str) -> bool:
    """The organisation's name says it is what ``noun`` calls it, for a noun of ``_KINDS``."""
    kind = _KINDS.get(noun)
    return kind is None or bool(_kind_heads(name) & kind)


def _kind_heads(name: str) -> set[str]:
    """The words of an organisation's name that may say what kind it is: its first and last, and
    one before "Center"/"Centre" ("City of Lachance", "Port Kimball Medical Center"; not the
    "City" of "Kansas City Chiefs")."""
    words = [fold(w).strip(",.’'") for w in name.split()]
    if not words:
        return set()
    return {words[0], words[-1]} | {w for w, nxt in zip(words, words[1:], strict=False) if nxt in ("center", "centre")}


#: Verbs of an outlet reporting the story: "CBC News obtained the memo", "Reuters reported".
_REPORTING = frozenset("obtained reported learned revealed published broke first".split())


def _org_subject(a: Analysis, before: int, noun: str) -> str | None:
    """The organisation that is the subject of the sentences just before ``before``, within its
    paragraph or the one before: "Suncor received its second payment this year. The company
    noted …" is Suncor.  Sentence by sentence back, the first name of each that is not a
    possessive ("Brindle’s rival Harbour Gas") nor after a preposition is its subject.  An
    organisation as subject is the answer, when it stands alone there (not "Acme, Delta Gas and
    Orca Oil sued", "Brindle Energy and its partner …") and is of the noun's kind (no ministry,
    court or police for "the company").  A sentence with no such subject is passed over only
    when it names nothing else (a person alone: a company's chief may speak between); a place,
    another organisation anywhere in it ("Ann Hale, chief executive of Marlow Ferries") or a name
    the desk cannot tell means the story does not say which: None.  A single name is an
    organisation here when the story also writes it capitalised mid-sentence ("Suncor’s claims")
    and it is no given name or person the story presents as one."""
    para = a.para_of(before)
    s0, _ = a.sentence_bounds(before)
    end = bisect.bisect_left([r.start for r in a.runs], s0)   # runs before the sentence: a.runs[:end]
    for _ in range(_SENTENCES_BACK):
        if end == 0:
            return None
        p0, _ = a.sentence_bounds(a.runs[end - 1].start)
        if a.para_of(p0) < para - 1:
            return None
        begin = end
        while begin > 0 and a.runs[begin - 1].start >= p0:
            begin -= 1
        sentence, end = a.runs[begin:end], begin
        dateline = _DATELINE.match(a.text, p0)
        if dateline:
            sentence = [r for r in sentence if r.start >= dateline.end()]   # "PELLISIER, Tamarack -- Harrowgate …"
        subject = next((r for r in sentence if not is_possessive(a.toks[r.t1 - 1].text)
                        and not (r.t0 > 0 and a.toks[r.t0 - 1].low in OBJECT_PREPS)), None)
        if subject is not None and org_like(a, subject):
            nxt = a.toks[subject.t1] if subject.t1 < len(a.toks) else None
            listed = nxt is not None and (nxt.low in ("and", "or", "&") or (
                nxt.text == "," and subject.t1 + 1 < len(a.toks) and a._is_name_tok(a.toks[subject.t1 + 1])))
            if listed:
                return None   # "Acme Corp, Delta Gas and Orca Oil sued it": which one, the story does not say
            if nxt is not None and nxt.low in _REPORTING:
                return None   # "CBC News obtained the memo. The company said …": the outlet reporting
            if _not_a(noun, subject.words):
                # "Health Canada fined Pinecrest Pharmaceuticals. … the company said": not the
                # regulator but the one other organisation there that may be a company (none, or
                # several: the story does not say which)
                others = [r for r in sentence if r is not subject and org_like(a, r) and not _not_a(noun, r.words)]
                if len(others) != 1:
                    return None
                subject = others[0]
            # a single name's full name, when the story gave one first ("Suncor Energy" … "Suncor")
            first = fold(re.sub(r"['’]s$", "", subject.words[0]))   # ("Harrow’s drivers …": Harrow)
            full = next((f for f in a.runs[:end] if len(f.words) > 1 and fold(f.words[0]) == first), subject) \
                if len(subject.words) == 1 else subject
            return re.sub(r"['’]s$", "", _org_text(a, full.start, full.end))
        if any(not _a_person(a, r) for r in sentence):
            return None
    return None


#: A dateline opening a story's first sentence: "PELLISIER, Tamarack -- ", "OTTAWA — ".
_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:,[ \t]*[A-Z][\w.'’ -]{1,30})?[ \t]+(?:--|—|–)[ \t]+")


def _not_a(noun: str, name: list[str]) -> bool:
    """The organisation of the name's words is plainly not what ``noun`` says it is: a ministry,
    a court or a union for "the company"; a company or a union for "the agency"; a company or a
    public body for "the union"."""
    words = {fold(w) for w in name}
    if noun in words:
        return False   # "Navy Federal Credit Union … the credit union", "Acme Company … the company"
    # "Health Canada" (not "Air Canada"), "Securities and Exchange Commission" (not a business);
    # a word of government counts last or before "of" ("Competition Bureau", "Bureau of Labor
    # Statistics"), not opening a firm's name ("Bureau Veritas", "Navy Federal Credit Union")
    low = [fold(w) for w in name]
    government = _heads_name(low, _GOVERNMENT) or (len(name) == 2 and place_words(name[-1:]) and fold(name[0]) in _PORTFOLIOS)
    union = not government and bool({fold(w) for w in name[1:]} & _UNION_WORDS)   # not "Union Pacific"
    business = not government and not union and bool(words & _BUSINESS_NAME_WORDS)
    if noun in _BUSINESS_NOUNS:
        return government or union or _heads_name(low, _PUBLIC_BODIES - {"union"})
    if noun in _PUBLIC_NOUNS:
        return business or union
    if noun == "union":
        return business or government
    return False


def _a_person(a: Analysis, r) -> bool:
    """The run names a person the story presents as one (``presented_as_person``)."""
    return r.pid is not None and presented_as_person(a.persons[r.pid])


def org_like(a: Analysis, r) -> bool:
    """The run is an organisation's name: an organisation word in it ("Harbour Transit"), or a
    single name written capitalised mid-sentence too that is no given name nor a person the
    story presents as one (a lone name that speaks, "Suncor said", is not enough).  A name of
    several words with no organisation word ("Northlink Rail", "Olaf Scholz") may be a person's:
    not one."""
    if r.loc or _a_person(a, r):
        return False
    word = fold(r.words[0])
    return r.org or (len(r.words) == 1 and word in a.midcap and word not in FIRST_NAMES)


#: How many sentences back "the company" is looked for: a story names it again before long.
_SENTENCES_BACK = 6
#: "The company", "the firm": a business, never a ministry, a court, the police, a union, a
#: hospital or a university.
_BUSINESS_NOUNS = frozenset(
    "company firm corporation giant maker automaker carmaker retailer chain carrier airline insurer lender "
    "bank brand manufacturer supplier distributor developer startup start-up conglomerate subsidiary".split())
_PUBLIC_BODIES = frozenset(
    """ministry department agency court parliament police government council commission senate house
    congress assembly legislature bureau cabinet treasury army navy force forces city county province
    state office authority board committee union hospital university college school church
    foundation society association institute party consortium district coalition federation club league
    team""".split())


def _heads_name(low: list[str], body: frozenset[str]) -> bool:
    """One of ``body``'s words heads the name (folded words ``low``): last, or before "of" or
    "for" ("Competition Bureau", "Bureau of Labor Statistics"; not "Bureau Veritas")."""
    return any(w in body and (n == len(low) - 1 or low[n + 1] in ("of", "for")) for n, w in enumerate(low))


#: "The agency", "the regulator": a public body.
_PUBLIC_NOUNS = frozenset("agency regulator watchdog ministry department commission authority government".split())
_GOVERNMENT = frozenset("""ministry department agency court parliament police government council commission
    senate house congress assembly legislature bureau cabinet treasury army navy city county province
    state authority""".split())
_UNION_WORDS = frozenset("union unions federation brotherhood guild teamsters syndicate workers".split())
#: First words of a department named by its portfolio and country: "Health Canada", "Transport Canada".
_PORTFOLIOS = frozenset("""health environment transport statistics fisheries employment immigration justice
    finance revenue heritage parks elections service services agriculture indigenous industry public""".split())
#: Words of a company's name ("Pinecrest Pharmaceuticals", "Lakeshore Bank", "Acme Inc.").
_BUSINESS_NAME_WORDS = frozenset(
    """inc inc. corp corp. corporation ltd ltd. llc co co. company companies group holdings energy
    pharmaceuticals pharma bank securities airlines airline systems motors capital financial
    technologies foods industries resources mining oil gas telecom communications media""".split())

_ORG_NOUNS = ORG_DESCRIPTORS | {"department", "ministry", "railway", "authority", "commission", "regulator", "watchdog"}


#: "Department of Municipal Affairs", "City of Toronto": a name that goes on after "of".
_OF_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+of(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w’'.-]*)+)?")


#: "according to (the)" right before an organisation's name: the organisation told the story so.
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def org_that_spoke(a: Analysis, pos: int) -> str | None:
    """The organisation "it" stands for as the subject of a cue at ``pos``: the last one named as
    the subject of a cue in this paragraph or the five before ("BC Hydro said in a statement …
    “…,” it said"; people may speak in between: "it" is never one of them), or after "according
    to" ("…, according to the Carrowdale Wildfire Service. The agency said"). None when no
    organisation spoke there, or when another one opens a sentence after it (that one may be
    "it"): "it" is then nobody the desk can name."""
    para = a.para_of(pos)
    for r in reversed(a.runs):
        if r.start >= pos or r.confirmed:
            continue
        if a.para_of(r.start) < para - 5:
            return None
        if not r.org:
            named = len(r.words) > 1 or any(c.isupper() for c in r.words[0][1:])   # not "Crews were sent"
            if named and not r.loc and a.sentence_bounds(r.start)[0] in (r.start, r.name_start):
                return None   # "FortisBC, which supplies gas, is still assessing …": "it" may be FortisBC
            continue
        end = with_of_tail(a, r.end)
        set_off = SET_OFF_AS_ORG.match(a.text, end)   # "Fare Share Port Alden, a riders' group, said"
        k = a.tok_index(set_off.end() if set_off is not None else end)
        if k + 1 < len(a.toks) and a.toks[k].text == "," and r.t0 >= 1 and a.toks[r.t0 - 1].text == ",":
            k += 1   # "The Redferns' insurer, Pinecrest Mutual, said": past the appositive's comma
        while k < len(a.toks) and a.toks[k].kind == "w" and (a.toks[k].low in AUX or a.toks[k].adverb):
            k += 1
        if not (k < len(a.toks) and (a._is_cue(k) or _issues(a, k))) and not _ACCORDING.search(a.text, max(0, r.start - 20), r.start):
            # ("…, according to the Carrowdale Wildfire Service. The agency said": the service spoke)
            if a.sentence_bounds(r.start)[0] in (r.start, r.name_start):
                return None   # "FortisBC, which supplies gas, is still assessing …": "it" may be FortisBC
            continue
        name_start = _of_head(a, r)
        j = a.tok_index(name_start)
        while j > 0 and a.toks[j - 1].text.isupper() and a.toks[j - 1].text.isalpha() \
                and a._adjacent(a.toks[j - 1], a.toks[j]):
            j -= 1   # "BC Hydro": an acronym opening the name
        return re.sub(r"^(?:the|The)\s+", "", a.text[min(a.toks[j].start, name_start):end])
    return None


def _issues(a: Analysis, k: int) -> bool:
    """Token k is a verb of issuing a document, as in "Harbour Transit issued a statement"."""
    toks = a.toks
    if toks[k].low not in ISSUING:
        return False
    return any(toks[x].low in OWNED_WORDS for x in range(k + 1, min(k + 5, len(toks))) if toks[x].kind == "w")


#: The rest of an organisation's name after "of" or "for": "(Canadian Union) of Public Employees",
#: "(Royal Bank) of Canada", "(Elementary Teachers’ Federation) of Ontario".
_OF_TAIL = re.compile(r"(?:[ ](?:of|for)[ ](?:the[ ])?[A-Z][\w’'&.-]*(?:[ ](?:and[ ])?[A-Z][\w’'&.-]*)*)+")
#: ... or "on", after a body that sits on a subject: "Commission on Presidential Debates".
_ON_TAIL = re.compile(r"(?:(?<=Commission)|(?<=Committee)|(?<=Conference))[ ]on[ ](?:the[ ])?[A-Z][\w’'&.-]*(?:[ ](?:and[ ])?[A-Z][\w’'&.-]*)*")


#: A body's word and "of" right before a place's name: "City of", "University of the".
_BODY_OF = re.compile(r"\b([A-Z][a-z]+)[ ]of[ ](?:the[ ])?$")


def _of_head(a: Analysis, r) -> int:
    """Where the organisation's name that run ``r`` ends starts: "Canada" in "the Royal Bank of
    Canada said" is the tail of the bank's name, not an organisation of its own."""
    start = r.name_start
    i = bisect.bisect_left([x.start for x in a.runs], r.start)
    while i > 0:
        prev = a.runs[i - 1]
        if not (prev.org and re.fullmatch(r"[ ](?:of|for)[ ](?:the[ ])?", a.text[prev.end:start])):
            break
        start, i = prev.name_start, i - 1
    head = _BODY_OF.search(a.text, max(0, start - 40), start)
    if head is not None and fold(head.group(1)) in ORG_WORDS:
        start = head.start(1)   # "The City of Cresthaven said": the city's name, not the place's
    return start


def with_of_tail(a: Analysis, end: int) -> int:
    """Where an organisation's name whose run ends at ``end`` ends, past an "of" tail (or "on"
    after a commission, a committee or a conference)."""
    m = _OF_TAIL.match(a.text, end) or _ON_TAIL.match(a.text, end)
    if not m:
        return end
    last = a.text[m.start():m.end()].split()[-1]
    # "the Brennan Center for Justice." ends its sentence; "the Bank of the U.S." keeps its stop
    return m.end() - 1 if last.endswith(".") and last.count(".") == 1 else m.end()



