"""Label -> speaker in a labelled transcript: the rules of ``desk.extract.transcripts``'s docstring,
"Label -> speaker" (headers, questioners, offices, titles, surnames, roles the header names).

:class:`_Resolver` answers, once per distinct label, who speaks under it and in what role.
"""

from __future__ import annotations

import functools
import re

from desk.extract.known import _KnownSpeakers
from desk.extract.labelnames import (
    _PAREN,
    EXTRA_TITLES,
    NOT_NAME_WORDS,
    _bare,
    _fullest_name,
    _is_title,
    _label_key,
    _name_from_value,
    _strip_all_titles,
    _Words,
)
from desk.extract.labels import _RECORD_LABEL, _UNNAMED, _Layout
from desk.extract.lexicon import HONORIFIC_GENDER, UNNAMED_PEOPLE
from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, ROLE_UNKNOWN
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import TITLE_WORDS, display_name, fold, is_questioner, surname_key, title_forms
from desk.extract.roleholders import header_holder

#: One-word labels that name a role, not a person.  Folded.
ROLE_WORDS = frozenset(
    """moderator moderatrice host cohost anchor chair chairman chairwoman chairperson narrator
    interpreter interprete translator presenter announcer interviewer intervieweur intervieweuse
    animateur animatrice commentator panelist panellist guest caller witness clerk speaker
    president presidente facilitator emcee mc officer spokesperson operator""".split()
)
#: A role label with the person in brackets: "HOST 1 (Priscilla Okoye-Marsh)", "CALLER (Raj —
#: Fenwick Mills)", "REPORTER (SOREN KILDARE)": the role (numbered when a show has two) and the
#: person's name up to a comma, a dash or a place ("Walt from Gannet Island", "Dot, near Cape Merrow").
_BRACKETED = re.compile(
    r"(?i:(?:co-?)?(?:host|anchor|moderator|correspondent|reporter|guest|caller|panell?ist|presenter|commentator"
    r"|interviewer|narrator|announcer|listener))(?:[ \t]+\d{1,2})?[ \t]*\((?P<name>[^()]+)\)")
#: Roles whose brackets only ever hold the name a show calls someone by.
_CALLER = re.compile(r"(?i)(?:caller|listener)\b")
_CALLER_NAME = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
#: Bracketed words that say a caller gave no name.
_NO_CALLER = frozenset("anonymous unidentified unknown unnamed inaudible male female voice".split())
_NAME_IN_BRACKETS = re.compile(r"(?:[A-Z][\w.'’\-]*)(?:[ \t]+(?:[A-Z][\w.'’\-]*|(?:van|von|de|der|du|la|le|da|di)(?=[ \t]+[A-Z])))*")


def _bracketed_name(label: str) -> str | None:
    """The person a role label names in its brackets (see ``_BRACKETED``), in the usual case; None
    when the brackets hold no name ("HOST (through interpreter)")."""
    got = _BRACKETED.fullmatch(label.strip())
    if got is None:
        return None
    name = _NAME_IN_BRACKETS.match(got.group("name").strip())
    if name is None:
        return None
    words = _strip_all_titles(name.group(0).rstrip(".")).split()
    if not words or _bare(words[0]) in ROLE_WORDS or _bare(words[0]) in UNNAMED_PEOPLE or _bare(words[0]) in _NO_CALLER:
        return None
    if len(words) == 1 and not words[0][1:].islower() and fold(words[0]) not in FIRST_NAMES \
            and not (_CALLER.match(label.strip()) and _CALLER_NAME.fullmatch(words[0])):
        # "MODERATOR (CNN)", "ANCHOR (V.O.)": a network or a note, no one's name; a caller's
        # brackets hold the name the show knows them by, listed or not ("CALLER 2 (DEV)")
        return None
    return display_name(" ".join(words))


#: How a speaker gives their own name: "I'm Marcus Adeyinka-Bell", "my name is Rafael Dunmore"
#: (also a caption turn's self-introduction, ``desk.extract.transcripts``).
SELF_INTRODUCED = r"\b(?:I'm|I’m|I am|[Mm]y name is|(?<![\w,] )(?:It's|It’s|This is)(?=[ \t]+[A-Z]))"
#: Words a show introduces someone with, before the full name: those, "my guest today is Dr.
#: Solenne Varga-Whitfield", "joined by", "welcome" (not a photo credit's "Photo by Todd
#: Heisler" for a "TODD:" who is Chuck Todd).
_INTRODUCED = (r"(?:(?:" + SELF_INTRODUCED + r"|\b(?:[Gg]uest(?: today| tonight| this week)? is|[Jj]oined by|[Ww]elcome(?: back)?,?"
               r"|[Ww]ith me(?: today| tonight)? is))[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?[ \t]+)?)")


#: A full name after those words: (given name, family name).
_INTRODUCED_NAME = re.compile(_INTRODUCED + r"([A-Z][a-z]+)[ \t]+([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)\b(?![ \t]*:)")


#: A full name opening a note in brackets: "[Leonie Brask, his daughter, comes over from the register]".
_NOTED_NAME = re.compile(r"[\[(]([A-Z][a-z]+)[ \t]+([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)(?=[,;)\] \t])")
#: A label of initials: "AT:", "KAL:".
_INITIALS = re.compile(r"[A-Z]{2,3}")
#: Labels of two or three capitals that stand for a role or a note, never someone's initials.
_ABBREVIATIONS = frozenset("""da ada dda me vo os oc gm dc pm mp mpp mla mha mna ceo cfo coo cto md rn np
    pa dj mc tv ok us uk eu un cbc abc nbc cnn bbc npr pbs""".split())


#: Header labels that name the person asking the questions.
QUESTIONER_HEADERS = frozenset(
    {"interviewer", "interviewed by", "reporter", "journalist", "questions", "questioner",
     "intervieweur", "intervieweuse", "journaliste", "entrevue realisee par", "interview by"}
)
#: Labels for the answering side of a Q/A interview.
ANSWER_LABELS = frozenset({"a", "answer", "r", "reponse", "response", "reply"})


#: Capitalised words in a row, in prose: "Photographer Dana Whitlow", "Rosalind Achterhof-Mbeki".
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:-[A-Z][\w'’]+)?(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’]*(?:-[A-Z][\w'’]+)?))+")


#: Words of a post before a surname in a label that are in no title list: "PRESS SECRETARY CRANE".
_POST_WORDS = frozenset("press communications deputy assistant executive senior".split())


class _Resolver:
    """Label -> (speaker, role), cached per label as written."""

    def __init__(self, text: str, layout: _Layout, speaker: str | None, known: _KnownSpeakers) -> None:
        self.text = text
        self.headers = layout.headers
        self.words = layout.words or _Words(text, layout.label_spans)
        self.speaker = speaker
        self.known = known
        self.cache: dict[str, tuple[str | None, str]] = {}
        self._holding: set[str] = set()   # labels being resolved (``_titled_holder`` asks for the others)
        interviewers = {name for key, name in layout.headers.items() if key in QUESTIONER_HEADERS and name}
        self.interviewer = next(iter(interviewers)) if len(interviewers) == 1 else None
        # "THE PRESIDENT" is the speaker given only when no other office speaks ("THE VICE PRESIDENT")
        # and no label of the speaker's own does ("REYES:" beside "THE MODERATOR:")
        self.offices = {_label_key(t.label) for t in layout.turns
                        if _office(t.label) or _bare(_PAREN.sub("", t.label)) in _OFFICE_SHORT}
        own = surname_key(speaker) if speaker else None
        self.speaker_labelled = bool(own) and any(
            _bare(w) == own for t in layout.turns for w in _strip_all_titles(_PAREN.sub("", t.label)).split())
        # the header (before the first turn) is where a transcript says whose remarks it holds
        self.header_end = layout.turns[0].line_start if layout.turns else 0
        self.labels = list(dict.fromkeys(t.label for t in layout.turns))

    def resolve(self, label: str | None) -> tuple[str | None, str]:
        if label is None:
            return (self.speaker, ROLE_SPEAKER if self.speaker else ROLE_UNKNOWN)
        if label not in self.cache:
            self._holding.add(label)   # a label being resolved is no title holder of its own role
            self.cache[label] = self._resolve(label)
            self._holding.discard(label)
        return self.cache[label]

    def _resolve(self, label: str) -> tuple[str | None, str]:
        if not re.search(r"[^\W\d_]", label):
            return None, ROLE_UNKNOWN   # a chat's sender saved as a phone number: no one's name
        key = _label_key(label)
        if key in self.headers:
            # ("" for a legend's code that names no one: "C2 = … (unidentified adult female)")
            return (self.headers[key], ROLE_SPEAKER) if self.headers[key] else (None, ROLE_UNKNOWN)
        named = _bracketed_name(label)
        if named:
            # "HOST 1 (Priscilla Okoye-Marsh)", "CALLER (Bernice, Lower Tolland)": the role is the
            # label's, the person is in its brackets (a first name alone: the one the show
            # introduced in full, if any)
            return (self._given_name(named) if len(named.split()) == 1 else None) or named, ROLE_SPEAKER
        if is_questioner(_PAREN.sub("", label)):
            if self.interviewer:
                return self.interviewer, ROLE_SPEAKER
            return None, ROLE_QUESTIONER
        if key in ANSWER_LABELS:
            answerer = self.speaker or self._intro_subject
            return (answerer, ROLE_SPEAKER) if answerer else (None, ROLE_UNKNOWN)
        if _UNNAMED.match(key):
            return None, ROLE_UNKNOWN   # "Speaker 2", "UNIDENTIFIED MALE", "Some hon. members"
        office = _office(label)
        if office is not None:
            return self._office_holder(label, office)
        short = _OFFICE_SHORT.get(_bare(_PAREN.sub("", label)))
        if short is not None:   # "PM:" beside "Prime Minister Alma Reyes:", or in remarks by the PM
            who, role = self._office_holder(label, short)
            found = who or self.known.find(label)
            return (found, ROLE_SPEAKER) if found else (None, ROLE_UNKNOWN)   # "PM" is no one's name
        record = _RECORD_LABEL.fullmatch(label)
        if record:
            label = " ".join(_record_case(w) for w in record.group("member").split())   # "Ms. McALLISTER" → McAllister

        bare = _strip_all_titles(_PAREN.sub("", label))
        words = bare.split()
        if len(words) == 1 and (_bare(bare) in ROLE_WORDS or _bare(bare) in TITLE_WORDS or _bare(bare) in EXTRA_TITLES
                                or _bare(bare) in ("accused", "defendant")):
            found = header_holder(self.text[:self.header_end], _bare(bare)) or self.known.find(label) \
                or self._bracketed_holder(_bare(bare)) or self._titled_holder(_bare(bare))
            if not found and self.speaker and _bare(bare) in _ANSWERING_ROLES:
                found = self.speaker   # "GUEST:" in an interview with the speaker given
            return (found, ROLE_SPEAKER) if found else (None, ROLE_UNKNOWN)
        if len(words) >= 2:
            staff = re.search(re.escape(bare) + r"['’]s[ \t]+((?:[A-Z][\w'’\-]+[ \t]+){1,2}[A-Z][\w'’\-]+|[A-Z][\w'’\-]+)",
                              self.text[:self.header_end])
            if staff and not self.known.find(bare) and len(staff.group(1).split()) >= 2:
                # "Harbour Quarterly:" where the header says "spoke to Harbour Quarterly's Idris
                # Caldwell": the publication's label is its interviewer
                return display_name(staff.group(1)), ROLE_SPEAKER
            found = self.known.find(bare)
            if not found and all(_bare(w) in ROLE_WORDS or _bare(w) in TITLE_WORDS or _bare(w) in _POST_WORDS
                                 for w in words[:-1]):
                # "PRESS SECRETARY CRANE", "INTERPRETER LUGO": a post, then the surname of the
                # one the header names in full ("Hollis Crane, Press Secretary to the Governor")
                fuller = _fullest_name(words[-1], self.words, None)
                post = r"[ \t]*,[ \t]*(?:[\w-]+[ \t]+){0,2}?" + r"[ \t]+".join(re.escape(w) for w in words[:-1]) + r"\b"
                # only the one the file gives that post ("Hollis Crane, Press Secretary to the
                # Governor", "Teresa Lugo, Spanish-language interpreter"), not a Senator Walter
                # Crane named in passing
                found = fuller if fuller and len(fuller.split()) >= 2 and re.search(
                    re.escape(fuller) + post, self.text, re.I) else None
            return found or display_name(bare), ROLE_SPEAKER
        if _INITIALS.fullmatch(bare) and _bare(bare) not in _ABBREVIATIONS and (held := self._initials_of(bare)) is not None:
            return held, ROLE_SPEAKER   # "AT:" in notes of an interview with Augustin Thorvaldsen
        fuller = self._given_names[0].get(_bare(bare), set())
        surnamed = any(_bare(name.split()[-1]) == _bare(bare) for names in self._fuller_labels.values() for name, _ in names)
        if len(fuller) == 1 and not surnamed and not self._titled_name(label, bare):
            return next(iter(fuller)), ROLE_SPEAKER   # "JARRAH:" after "JARRAH OKWUOSA-BELL:"
        gender = next((HONORIFIC_GENDER[t] for t in _leading_titles(label) if t in ("mr", "mrs", "ms", "miss")), None)
        name = self._titled_name(label, bare) or _fullest_name(bare, self.words, gender) or self._labelled_name(bare)
        if name and len(name.split()) >= 2:
            return name, ROLE_SPEAKER
        given = self._given_name(bare)
        if given:
            return given, ROLE_SPEAKER
        found = self.known.find(bare)
        if found:
            return found, ROLE_SPEAKER
        if _bare(bare) in UNNAMED_PEOPLE:
            return None, ROLE_UNKNOWN   # "RESIDENT:", "[Caller]:": someone the record does not name
        return display_name(bare), ROLE_SPEAKER


    @functools.cached_property
    def _intro_subject(self) -> str | None:
        """The one person a question-and-answer interview's introduction names in full ("For
        thirty-four years, Rosalind Achterhof-Mbeki has run the seed library. We spoke with her
        …"): whose the answers are.  Not a credit's name ("Interview by …", "Photographs by …"),
        nor the interviewer's; None when the introduction names two people or is no prose."""
        intro = self.text[:self.header_end]
        if not re.search(r"[a-z][.!?][\s”\"]", intro):
            return None
        found: dict[str, str] = {}
        for run in _CAPITALISED_RUN.finditer(intro):
            words = run.group(0).split()
            given = next((i for i, w in enumerate(words[:-1]) if fold(w) in FIRST_NAMES), None)
            before = intro[max(0, run.start() - 14):run.start()].lower()
            if given is None or re.search(r"\bby\s*:?\s*$", before):   # "Interview by", "Reported by:"
                continue
            name = " ".join(words[given:given + 3])
            if self.interviewer and surname_key(name) == surname_key(self.interviewer):
                continue
            key = surname_key(name)
            if len(name) > len(found.get(key, "")):
                found[key] = name
        return display_name(next(iter(found.values()))) if len(found) == 1 else None

    @functools.cached_property
    def _fuller_labels(self) -> dict[str, list[tuple[str, set[str]]]]:
        """Surname key -> (full name, its titles) of each label naming someone in two or more
        words ("STATE SEN. TOBIAS RENNICK (R-OH)" -> rennick: ("Tobias Rennick", {"state", "sen",
        "senator"})); read once per transcript, so a look-up costs its surname's labels only."""
        out: dict[str, list[tuple[str, set[str]]]] = {}
        for lab in self.labels:
            name = _strip_all_titles(_PAREN.sub("", lab))
            words = name.split()
            if len(words) < 2 or any(_is_title(w) or _bare(w) in NOT_NAME_WORDS for w in words) \
                    or _UNNAMED.match(_label_key(name)):   # not "UNIDENTIFIED MALE" for "MALE"
                continue
            out.setdefault(_bare(words[-1]), []).append((display_name(name), title_forms(_leading_titles(lab))))
        return out

    def _titled_name(self, label: str, surname: str) -> str | None:
        """The one fuller label with this surname and the label's title ("DR. ASHBY:" beside "SEN.
        MAREN ASHBY (R-OR):" and "DR. PAUL ASHBY, EPIDEMIOLOGIST:" is Paul Ashby)."""
        own = title_forms(_leading_titles(label))
        if not own:
            return None
        found = {name for name, titles in self._fuller_labels.get(_bare(surname), ()) if own & titles}
        return found.pop() if len(found) == 1 else None

    def _labelled_name(self, surname: str) -> str | None:
        """The one fuller label with this surname ("RENNICK:" after "STATE SEN. TOBIAS RENNICK (R-OH):")."""
        fuller = {name for name, _ in self._fuller_labels.get(_bare(surname), ())}
        return fuller.pop() if len(fuller) == 1 else None

    def _titled_holder(self, role: str) -> str | None:
        """The one person another label gives this role as a title: "MAYOR:" beside "MAYOR
        ABERNATHY-QUILL:" (two mayors' labels, or none, leave it to the other rules)."""
        labels = [lab for lab in self.labels if role in {_bare(t) for t in _leading_titles(lab)}
                  and (name := _strip_all_titles(_PAREN.sub("", lab)).strip()) and _bare(name) != role]
        held = {self.resolve(lab)[0] for lab in labels if lab not in self._holding}
        held.discard(None)
        return held.pop() if len(held) == 1 else None

    def _bracketed_holder(self, role: str) -> str | None:
        """The one person the transcript's labels of this role name in brackets: "ANCHOR:" beside
        "ANCHOR (FENELLA ASHDOWN-PRICE):", "The Chair:" beside "The Chair (Mr. Dorian
        Halvorsen-Leclerc):" in a committee's record (not beside "HOST 1 (…)" and "HOST 2 (…)")."""
        found = {_bracketed_name(lab) for lab in self.labels if _bare(_strip_all_titles(lab.split("(")[0])) == role}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _initials_of(self, initials: str) -> str | None:
        """The one person, of the speaker given, the fuller labels and the names the text
        introduces, whose initials the label is ("AT" for Augustin Thorvaldsen); else None."""
        names = {self.speaker} if self.speaker else set()
        names |= {n for found in self._fuller_labels.values() for n, _ in found}
        names |= {n for found in self._given_names[1].values() for n in found}
        held = {n for n in names if n and "".join(w[0] for w in n.split() if w[:1].isupper()).upper() == initials}
        return held.pop() if len(held) == 1 else None

    def _given_name(self, given: str) -> str | None:
        """The one person a fuller label or a header line names with this given name ("Wren:"
        after "Wren Castellano-Pike:", "Hollis:" after "Host: Hollis Baptiste."), else the one
        full name the text introduces it by ("MARCUS:" in captions that say "I'm Marcus
        Adeyinka-Bell"): a podcast's hosts call each other by first name once introduced.  Two
        people of that given name leave it a label of its own."""
        key = _bare(given)
        found = self._given_names[0].get(key) or self._given_names[1].get(key, set())
        return next(iter(found)) if len(found) == 1 else None

    @functools.cached_property
    def _given_names(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """Given-name key -> full names, from the labels and header lines, and from the text's
        introductions (``_INTRODUCED``) and the names opening its notes in brackets
        (``_NOTED_NAME``: "[Leonie Brask, his daughter, …]"); read once per transcript."""
        labelled: dict[str, set[str]] = {}
        for names in self._fuller_labels.values():
            for name, _ in names:
                labelled.setdefault(_bare(name.split()[0]), set()).add(name)
        for name in self.headers.values():
            if name and len(name.split()) >= 2:
                labelled.setdefault(_bare(name.split()[0]), set()).add(name)
        introduced: dict[str, set[str]] = {}
        for m in (*_INTRODUCED_NAME.finditer(self.text), *_NOTED_NAME.finditer(self.text)):
            if _bare(m.group(2)) not in TITLE_WORDS and not m.group(2).isupper():
                introduced.setdefault(_bare(m.group(1)), set()).add(f"{m.group(1)} {m.group(2)}")
        return labelled, introduced

    def _office_holder(self, label: str, office: list[str]) -> tuple[str | None, str]:
        """Who speaks as "THE PRESIDENT", "The Acting Speaker (Mr. Bruce Stanton)" or "The PRESIDING
        OFFICER": the person the brackets name; else the one person the text gives that title
        ("Remarks by President Okafor", "President Adaeze Okafor signed", not "former President
        Halvorsen" nor "Vice President Lund"); else the speaker given for the source when this is
        the transcript's only such office; else nobody."""
        named = _office_bracket(label)
        if named:
            return named, ROLE_SPEAKER
        holder = self._labelled_holder(office) or self._office_named(office)
        if holder:
            # "The Prime Minister:" beside "Prime Minister Alma Reyes:"; "The Chair:" beside "The
            # Chair (Mr. Dorian Halvorsen-Leclerc):", a committee's record naming the chair once
            return holder, ROLE_SPEAKER
        if office == ["court"]:
            # "THE COURT:": the judge the record's caption names ("BEFORE THE HONORABLE X, JUDGE")
            holder = header_holder(self.text[:self.header_end], "court")
            return (holder, ROLE_SPEAKER) if holder else (None, ROLE_UNKNOWN)
        if all(w in TITLE_WORDS or w in ROLE_WORDS for w in office):
            holders: dict[str, str] = {}
            title = r"[ \t\u00a0]+".join(re.escape(w) for w in office)
            pattern = re.compile(r"(?<![\w'’\-])(?i:" + title + r")[ \t\u00a0]+((?:[A-Z][\w'’\-]*\.?[ \t\u00a0]+){0,3}[A-Z][\w'’\-]*)")
            for m in pattern.finditer(self.text, 0, self.header_end):
                before = self.text[max(0, m.start() - 12):m.start()].split()
                if before and _bare(before[-1]) in _NOT_THE_HOLDER:
                    continue   # "former President Halvorsen", "Vice President Lund"
                words = re.sub(r"['’]s$", "", m.group(1)).split()
                cut = next((i for i, w in enumerate(words) if _bare(w) in NOT_NAME_WORDS or _bare(w) in _NOT_NAME_HEAD), len(words))
                if cut == 0:
                    continue   # "the President Aboard Air Force One", "… Upon Arrival"
                name = " ".join(words[:cut])
                key = _bare(name.split()[-1])
                if len(name) > len(holders.get(key, "")):
                    holders[key] = name
            if len(holders) == 1:
                holder = next(iter(holders.values()))
                if len(holder.split()) == 1:   # "Remarks by President Okafor": the fullest name the text gives
                    holder = _fullest_name(holder, self.words) or self.known.find(holder) or holder
                return display_name(holder), ROLE_SPEAKER
            if not holders and len(office) == 1:
                holder = header_holder(self.text[:self.header_end], office[0])   # "Harriet Mosgrove (Chair)"
                if holder:
                    return holder, ROLE_SPEAKER
            if (not holders and self.speaker and self.offices == {_label_key(label)} and not self.speaker_labelled
                    and set(office) <= _HEAD_OFFICES):
                return self.speaker, ROLE_SPEAKER
        return None, ROLE_UNKNOWN


    def _office_named(self, office: list[str]) -> str | None:
        """The one person the transcript's labels of this office name in brackets: "The Chair:"
        beside "The Chair (Mr. Dorian Halvorsen-Leclerc):" (not when two chairs are named)."""
        found = {_office_bracket(lab) for lab in self.labels if "(" in lab and _office(lab) == office}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _labelled_holder(self, office: list[str]) -> str | None:
        """The one person another label of this transcript names with the office: "Prime Minister
        Alma Reyes:" for "PM:" or "The Prime Minister:".  None when no label does, or two do."""
        found = set()
        for other in self.labels:
            words = _PAREN.sub("", other).split()
            if len(words) > len(office) and [_bare(w) for w in words[:len(office)]] == office \
                    and all(w[:1].isupper() for w in words[len(office):]):
                found.add(display_name(" ".join(words[len(office):])))
        return next(iter(found)) if len(found) == 1 else None


def _office_bracket(label: str) -> str | None:
    """The person an office's label names in its closing brackets: "The Acting Speaker (Mr. Bruce
    Stanton)", "The PRESIDING OFFICER (Mr. ORTIZ)"; else None."""
    paren = re.search(r"\(([^()]*)\)\s*$", label)
    named = _name_from_value(paren.group(1)) if paren else None
    member = _RECORD_LABEL.fullmatch(paren.group(1).strip()) if paren and not named else None
    if member:
        named = display_name(" ".join(_record_case(w) for w in member.group("member").split()))
    return named


def _leading_titles(label: str) -> list[str]:
    """The title words a label opens with, folded: "SEN. MAREN ASHBY (R-OR)" -> ["sen"]."""
    words = _PAREN.sub("", label).split()
    return [_bare(w) for w in words[:len(words) - len(_strip_all_titles(" ".join(words)).split())]]


#: Role labels for the one who answers: the source's speaker, when given and the header names no one.
_ANSWERING_ROLES = frozenset({"guest", "interviewee", "witness"})
#: Labels that abbreviate an office: "PM:" is the prime minister.
_OFFICE_SHORT = {"pm": ["prime", "minister"], "premier": ["premier"], "president": ["president"],
                 "mayor": ["mayor"], "governor": ["governor"], "chancellor": ["chancellor"]}
#: Offices whose label is the source's own speaker when the transcript names no holder: the
#: person whose remarks these are ("THE PRESIDENT", "THE PREMIER"), not who runs the room.
_HEAD_OFFICES = frozenset("president vice prime minister premier governor mayor secretary chancellor first lady".split())
#: Capitalised words of a heading that are no name: "by the President Aboard Air Force One".
_NOT_NAME_HEAD = frozenset("aboard upon arrival departure during via remarks statement press conference "
                           "briefing gaggle interview address".split())
#: Words before a title that make its holder someone other than the office's speaker.
_NOT_THE_HOLDER = frozenset("vice deputy former ex acting interim assistant associate late then".split())
#: Words an office label may hold besides titles: "The SPEAKER pro tempore", "The PRESIDING OFFICER".
_OFFICE_WORDS = frozenset("presiding pro tempore first lady gentleman gentlewoman court".split())


def _office(label: str) -> list[str] | None:
    """The office of a label that is "the" and an office and names no one ("THE PRESIDENT",
    "The PRESIDING OFFICER", "The Acting Speaker (Mr. Bruce Stanton)"), folded; else None."""
    words = [_bare(w) for w in _PAREN.sub("", label).split()]
    if len(words) < 2 or words[0] != "the":
        return None
    rest = words[1:]
    if all(w in TITLE_WORDS or w in ROLE_WORDS or w in EXTRA_TITLES or w in _OFFICE_WORDS for w in rest):
        return rest
    return None


def _record_case(word: str) -> str:
    """A Record surname in its usual case: "McALLISTER" → McAllister (capitals alone are left to display_name)."""
    m = re.fullmatch(r"([A-Z][a-z]{1,2})([A-Z])([A-Z'’\-]+)", word)
    return m.group(1) + m.group(2) + m.group(3).lower() if m else word
