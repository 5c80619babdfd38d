"""Find every quotation in a story and who the story says spoke it (SPEC §3).

``find_quotes(text, known_speakers)`` returns :class:`~desk.extract.model.Quote` objects in order
of appearance; ``article_segments`` turns the quotes of an article, release or set of notes into
passages (:class:`~desk.extract.model.Segment`) for the library.

Method, in five passes over the text (all linear; a 1,000-word story takes a few milliseconds):

1. **Paragraphs.** Blocks separated by blank lines; a block whose lines mostly end a sentence (or
   start with a bullet) is split into one paragraph per line, so pasted text with single
   newlines and reporter's notes work too, while hard-wrapped paragraphs stay whole.

2. **Quote marks**, scanned paragraph by paragraph so that a stray mark can only spoil its own
   paragraph, never the document. Openers: “ " « „ (and a misused ” at a word start). A quote
   opened by “ closes at the matching ” (curly doubles nest by depth), « at », „ at “ or ”, " at
   the next ". Single quotes (‘ ’ ') are never top-level marks: inside a quote they are nested
   quotation and stay part of the outer quote; outside one they are apostrophes (don't, workers',
   the ’90s, kids' just before a closing mark). An opened quote with no closer runs to the end of
   its paragraph; if the next paragraph opens with a quote mark it continues there (newspaper
   convention: one quote, one part per paragraph). Whitespace just inside the marks is trimmed.

3. **People.** Text outside the quote marks ("narration") is tokenised. Runs of capitalised
   words are people when something says so: an honorific or title (Mr., Dr., Coun., Finance
   Minister), a role noun just before (union president, businessman), an appositive after
   (", an economist at …", ", 47,", ", who …"), a speech cue next to them, a common first name,
   or a known library speaker. Runs that look like organisations or places (the …, Institute,
   Falls, Street, after "in"/"at"/"from") are not. A lone surname or "Mr. Surname" is the
   person the story named with that surname (story first), else a known speaker. Titles,
   role words and appositives give each person a set of role words ("finance minister",
   "chief constable", "vice-president") and, from honorifics, gendered role nouns and a short
   list of common first names, a gender. Headline-free bylines ("By Jane Doe") are ignored.
   Then the narration is walked in order building a list of mentions: names, role phrases
   ("the finance minister": the head noun must be a role word some person in the story was
   introduced with, or a known speaker's alias; modifiers break ties, a missing qualifier such
   as *deputy* counts against, then the most recent person wins) and pronouns.
   **Pronouns** he/him/his/himself and she/her/herself resolve to the nearest earlier sentence
   holding a person whose gender agrees or is unknown, and in that sentence to the first such
   person (usually the subject: "Smith met Jones. … he said" → Smith); a person of unknown gender then takes the pronoun's
   gender, so later pronouns agree with it ("track gender from pronouns already used").
   *They* is resolved only as the subject of a speech cue, and only to the nearest person if
   that person's gender is unknown or *they* (so a group "they" does not grab a man or woman).

4. **Grouping.** Quote spans of one paragraph are one quote ("A," she said, "B.") when the
   text between them is only an attribution (speaker + cue verb, maybe an appositive or
   "in an interview Friday") and the second span carries no attribution of its own. An
   attribution ending in a colon introduces the next span and is not a split.

5. **Attribution**, first hit wins:
   a. right after a part: ``, NP [, appositive,] [adverb] VERB`` ("Okafor said", "the minister
      told the house" — in "X told Y" X speaks), ``, VERB NP`` ("said Marguerite Bellamy, …"),
      ``, according to NP``. After a part ending in a full stop it must be a short sentence of
      its own, so "“We will.” Smith said the plan…" does not attribute the first quote;
   b. before the first part, in the same sentence: the nearest cue — a cue verb with its subject
      found backwards (skipping auxiliaries, adverbs and comma-bounded appositives, so
      "Okafor, asked last week whether …, said:" gives Okafor; a passive "were told" is no cue),
      "according to NP", a speech noun ("a promise Premier X made", "the minister's line that");
      a participle cue ("describing the plan as") takes the first person of its sentence;
   c. no cue: the first person named earlier in the quote's own sentence or paragraph;
   d. a paragraph with no cue at all continues: the last quote of the previous paragraph if it
      had one, else the first person mentioned in that paragraph's last sentence that names one.
      ``mention`` is then None.
   The cue's subject resolves through the mention list: pronoun → its antecedent, role phrase →
   the person introduced with that role, name → the fullest form of the name in the story, or
   the canonical name of the matching known speaker when the story gives no fuller one.
   Unnamed subjects ("a spokeswoman", "officials", "some analysts") give speaker None.

**Scare quotes**: one to three words, a single part that is not a whole paragraph, and no cue
with a person as subject in its sentence (“virtual” visits, with “IOU” scrawled on it, what some
analysts called “rosy”). They are returned with ``skipped="scare_quote"`` and no speaker.
Attributed fragments (what she called “front-line services.”) are quotes.

Known limits: no syntax parser, so unusual sentence shapes (the speaker named only in a clause
after the quote that is not an attribution, long chains of nested reported speech) fall back to
the nearest-person rules; single-quoted headlines ('No room for complacency') are not quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN, Quote, QuotePart, Segment
from desk.extract.names import SUFFIXES, TITLE_WORDS, fold, name_key, surname_key

# --------------------------------------------------------------------------------------------
# Lexicons (general newsroom English; nothing here is specific to any story).

_CUE_WORDS = """
say says said saying tell tells told telling add adds added adding ask asks asked asking
reply replies replied replying noted noting write writes wrote writing written
argue argues argued arguing explain explains explained explaining insist insists insisted insisting
warn warns warned warning claimed claiming stated declare declares declared declaring
announce announces announced announcing acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting recall recalls recalled recalling joke jokes joked joking
quip quips quipped quipping caution cautions cautioned cautioning concede concedes conceded conceding
continued counter counters countered countering respond responds responded responding
observed remarked stress stresses stressed stressing emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising urge urges urged urging predict predicts predicted
predicting promised vow vows vowed vowing pledged complain complains complained complaining
lament laments lamented suggest suggests suggested suggesting maintain maintains maintained
contend contends contended concluded recounted describe describes described describing
call calls called calling dub dubs dubbed term terms termed label labels labelled labeled
labelling labeling tweet tweets tweeted posted testified testifies agree agrees agreed
repeated reiterated reiterates mused boasted charged alleged confirmed assured demanded cried
shouted yelled whispered texted emailed e-mailed reasoned laughed scoffed snapped sighed offered
advised reminded recalled conceded acknowledged exclaimed pleaded proclaimed questioned wondered
"""
CUE_VERBS = frozenset(_CUE_WORDS.split())
#: Cue verbs that take an object before the quote ("called the plan “a gift”") or whose participle
#: hangs off the sentence's subject ("describing the plan as …").
_PARTICIPLES = frozenset(w for w in CUE_VERBS if w.endswith("ing"))
#: Cue verbs that can come before their subject: "…,” said Judith Ambrose.
_INVERTIBLE = frozenset(
    "said says added asked replied wrote explained insisted warned noted continued countered "
    "responded observed remarked recalled cautioned conceded declared argued tweeted "
    "adds asks replies writes explains insists warns notes argues".split()
)
#: Two-word cues whose first word is not a cue on its own.
_PHRASAL = {"shot": "back", "fired": "back", "pointed": "out", "points": "out", "went": "on",
            "summed": "up", "chimed": "in", "piped": "up", "spoke": None, "speaks": None}
_PASSIVE_AUX = frozenset("was were been being is are be get got gets".split())
_AUX = frozenset(
    """has have had would will could should may might must also later then again once previously
    earlier recently often repeatedly has long still just first simply only further finally quickly
    flatly bluntly openly publicly privately once did does do not never always""".split()
)
_SPEECH_NOUNS = frozenset(
    """promise promises pledge pledges vow line lines words remark remarks comment comments statement
    warning claim assertion quip message slogan mantra phrase description admission boast complaint
    answer response reply question argument refrain catchphrase""".split()
)
_SPEECH_NOUN_VERBS = frozenset("made gave offered delivered uttered used issued wrote repeated had".split())

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})

#: Capitalised words that start sentences or name things but are not people's names.
_CAP_STOP = frozenset(
    """the a an and but or nor so yet still for according asked when while after before in on at as if
    even then this that these those it its his her their our we i he she they you there here some many
    most all both several other others under over with without by from to of despite although though
    meanwhile however also later earlier now today tonight yesterday tomorrow last next this every
    each no not one two three four five six seven eight nine ten first second third what who where why
    how whose which because since until unlike like instead also only just more less
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    god north south east west analysis opinion editorial update breaking exclusive photo video
    watch read listen related advertisement new
    """.split()
) - {"new"}
_MONTHS_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)

#: Abbreviations that end with a dot but do not end a sentence.
_ABBREV = frozenset(
    """mr mrs ms dr st jr sr prof gov sen rep lt col gen sgt cpl capt cmdr adm maj coun cllr supt
    insp det const hon rev fr no nos vs etc inc ltd co corp dept univ assn approx est ave blvd rd
    mt ft jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k e.g i.e mx""".split()
)
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
                     "lord": "m", "lady": "f", "father": "m", "sister": "f", "brother": "m",
                     "congressman": "m", "congresswoman": "f", "chairman": "m", "chairwoman": "f",
                     "businessman": "m", "businesswoman": "f", "spokesman": "m", "spokeswoman": "f",
                     "alderman": "m", "alderwoman": "f", "king": "m", "queen": "f", "prince": "m",
                     "princess": "f", "mother": "f", "grandmother": "f", "grandfather": "m"}
#: Title abbreviations and words beyond names.TITLE_WORDS that may precede a name.
_EXTRA_TITLES = frozenset(
    """coun cllr councilwoman councilman const det insp supt adm cmdr msgr pastor bishop archbishop
    cardinal elder mp mpp mla mha mna rep sen hon dr mx prof judge""".split()
)
#: Role nouns: heads of role phrases ("the police chief") and of lower-case role prefixes.
_ROLE_HEADS = frozenset(
    """minister critic president chief executive ceo cfo economist analyst spokesperson spokesman
    spokeswoman organizer organiser activist director chair chairman chairwoman chairperson leader
    mayor councillor councilor premier governor senator businessman businesswoman entrepreneur lawyer
    attorney professor researcher scientist official officer negotiator co-ordinator coordinator
    moderator host resident rider student teacher nurse doctor physician manager owner founder
    secretary commissioner superintendent sheriff candidate head lead representative advocate expert
    historian author strategist pollster consultant adviser advisor lobbyist trustee judge justice
    prosecutor detective constable inspector sergeant captain coach worker driver mechanic farmer
    voter parent pastor priest bishop rabbi imam vice-president vice-chair planner engineer architect
    developer landlord tenant editor reporter columnist economist deputy mp mpp mla counsel clerk
    treasurer auditor ombudsman ombudsperson commander general admiral colonel firefighter paramedic
    chancellor provost dean principal administrator administrator coroner medic surgeon epidemiologist
    spokesperson dishwasher cashier chef owner operator vice chief-of-staff staffer aide councilwoman
    councilman alderman congressman congresswoman delegate trustee director-general
    """.split()
)
_ROLE_SYNONYMS = {"ceo": {"chief", "executive"}, "chief-executive": {"ceo"}}
#: Words that mark a deputy or former holder: "the minister" is not the deputy minister.
_QUALIFIERS = frozenset("deputy assistant associate vice acting interim former ex parliamentary junior".split())
#: Words in a capitalised run that make it an organisation, a place or a thing, not a person.
_ORG_WORDS = frozenset(
    """institute institution systems system grid commons chamber media authority union association
    party council ministry department hospital university college school street st avenue ave road rd
    bridge falls lake river centre center park city province county state inc ltd corp corporation
    company group news wire times post ledger press radio television tv board bank fund agency service
    services office court commission committee federation alliance club church hall arena garage
    secretariat government legislature assembly parliament house senate congress foundation trust
    society network channel journal gazette herald tribune star globe review daily weekly magazine
    airport station pier harbour harbor bay valley mountain island county region district ward
    watershed highway route mall market square plaza building tower library museum theatre theater
    stadium fire police army navy force forces bureau cabinet treasury reserve railway transit
    communications energy power hydro health care network project plan act bill budget program
    programme strategy report update mill town village""".split()
)
#: Title words that only modify a title ("Police Chief", "City Councillor"); alone they are no evidence of a person.
_TITLE_MODIFIERS = frozenset(
    """finance health transport transportation education justice defence defense energy foreign environment
    labour labor housing treasury fire police city county state provincial federal regional municipal
    emergency public right rt prime vice deputy associate assistant acting interim general""".split()
)
#: Title words that end a title before a name wherever they sit in a capitalised run.
_STRONG_TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame rev hon minister premier president senator sen rep governor gov
    mayor councillor councilor coun cllr chief constable superintendent supt inspector detective sergeant
    sgt captain capt commander judge justice chair chairman chairwoman chairperson secretary commissioner
    director ceo cfo coo ambassador leader dean coach trustee chancellor attorney sheriff moderator host
    spokesperson spokesman spokeswoman critic economist analyst officer lt col gen maj""".split()
)
_APPOS_STOP = frozenset("at of for in on with who whose which that since from to by since until".split())
_LOC_PREPS = frozenset("in at from near across into throughout outside inside around toward towards via of on".split())

_FIRST_NAMES_F = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
    sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
    virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
    martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
    denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte
    marie kayla alexis lori jane claire claude julia anne sheila priya nadia fatima aisha leila sofia
    chloe ella zoe lily mia ava harper jasmine monica erin tiffany vanessa wendy yvonne valerie ursula
    irene agnes rosa carmen lucia elena ana isabel marguerite helene hélène genevieve geneviève chantal
    josée josee nathalie sylvie isabelle mélanie melanie caroline louise francine suzanne marion
    beatrice imogen corinne angela gwen gwendolyn katie kate maggie meg molly nora norah fiona
    siobhan aoife naomi miriam esther leah deborah yasmin noor farah amira layla mei ling yuki keiko
    """.split()
)
_FIRST_NAMES_M = frozenset(
    """james robert john michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
    carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan
    juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis tom tim jim bob
    mike dave steve chris matt dan ben sam nick alex ray ron don ken greg jeff rick bill ted fred
    pierre jean-pierre jacques michel francois françois luc marc andre andré guy yves denis alain
    mohammed muhammad ahmed ali omar hassan yusuf ibrahim mustafa raj arjun rahul amit sanjay wei
    hiroshi kenji marcus owen theo julien harald colm brent liam lucas oliver leo finn hugo felix
    declan connor conor cian rory ian neil colin graham stuart angus hamish duncan malcolm gordon
    """.split()
)

# --------------------------------------------------------------------------------------------
# Quote marks

_OPENERS = "“\"«„"
_ALL_MARKS = "“”\"«»„"
_BULLET_RE = re.compile(r"^\s*(?:[-*•·–—]|\d+[.)])\s")
_SENT_END_RE = re.compile(r"[.?!…][\"”’'»)\]]*\s*$|[\"”»]\s*$")


@dataclass
class _Span:
    para: int
    open_at: int  # offset of the opening mark
    start: int  # content, trimmed
    end: int
    close_at: int | None  # offset of the closing mark; None when the paragraph ended first
    mask_end: int  # end of the masked region (after the closing mark, or paragraph end)
    cont: bool = False  # continues the previous span's quote (multi-paragraph)


@dataclass
class _Person:
    pid: int
    name: str  # fullest form the story (or library) gives
    words: list[str]
    gender: str | None = None  # "m", "f", "t" (they), or None
    roles: set[str] = field(default_factory=set)
    first_pos: int = 0


@dataclass
class _Run:
    """A run of capitalised words in the narration (titles stripped into ``titles``)."""

    t0: int  # token index of the first name word
    t1: int  # token index after the last name word
    start: int  # offset of the first title word (mention start)
    name_start: int
    end: int
    words: list[str]
    titles: list[str]
    roles: set[str]
    gender: str | None
    org: bool
    loc: bool
    confirmed: bool = False
    pid: int | None = None


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    kind: str  # "w" word, "p" punctuation, "q" masked quote

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")

    @property
    def cap(self) -> bool:
        return self.kind == "w" and self.text[:1].isupper()


# --------------------------------------------------------------------------------------------
# Paragraphs


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``text`` (trimmed of surrounding whitespace)."""
    out: list[tuple[int, int]] = []
    for block in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        b0, b1 = block.start(), block.end()
        lines = [(m.start() + b0, m.end() + b0) for m in re.finditer(r"[^\n]+", text[b0:b1])]
        lines = [(a, b) for a, b in lines if text[a:b].strip()]
        if not lines:
            continue
        split = False
        if len(lines) > 1:
            bullets = sum(1 for a, b in lines if _BULLET_RE.match(text[a:b]))
            ends = sum(1 for a, b in lines[:-1] if _SENT_END_RE.search(text[a:b]))
            split = bullets >= 1 or ends * 2 >= len(lines) - 1
        pieces = lines if split else [(lines[0][0], lines[-1][1])]
        for a, b in pieces:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append((a, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _scan_paragraph(text: str, para: int, p0: int, p1: int) -> list[_Span]:
    spans: list[_Span] = []
    i = p0
    opener = None
    open_at = depth = 0
    while i < p1:
        c = text[i]
        if opener is None:
            if c in "“«„" or c == '"':
                opener, open_at, depth = c, i, 1
            elif c == "”":
                prev = text[i - 1] if i > p0 else " "
                nxt = text[i + 1] if i + 1 < p1 else " "
                if (prev.isspace() or prev in "([—–-") and not nxt.isspace():
                    opener, open_at, depth = c, i, 1  # a misused ” as opener
        else:
            close = False
            if opener == "“":
                if c == "“":
                    depth += 1
                elif c == "”":
                    depth -= 1
                    close = depth == 0
            elif opener == "«":
                if c == "«":
                    depth += 1
                elif c == "»":
                    depth -= 1
                    close = depth == 0
            elif opener == "„":
                close = c in "“”"
            elif opener == "”":
                close = c == "”"
            else:  # straight
                close = c == '"'
            if close:
                a, b = _trim(text, open_at + 1, i)
                if a < b:
                    spans.append(_Span(para, open_at, a, b, i, i + 1))
                opener = None
        i += 1
    if opener is not None:
        a, b = _trim(text, open_at + 1, p1)
        if a < b:
            spans.append(_Span(para, open_at, a, b, None, p1))
    return spans


# --------------------------------------------------------------------------------------------
# Tokens and sentences of the narration

#: Initials inside a name: "F." in John F. Kennedy, "H.W." in George H.W. Bush.
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")
_TOKEN_RE = re.compile(r"\ue000+|[^\W_](?:[\w'’.\-]*[^\W_])?|\.{3}|…|--|[,;:.!?()\[\]—–]|(?<=\s)-(?=\s)")


def _tokenize(narr: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(narr):
        s, e, t = m.start(), m.end(), m.group()
        if toks and s < toks[-1].end:
            continue  # the dot already taken by "Mr."
        if t[0] == "\ue000":
            toks.append(_Tok(s, e, t, "q"))
            continue
        if t[0].isalnum():
            # "Mr." "Dr." "J." keep their dot; other trailing dots are sentence ends.
            if e < len(narr) and narr[e] == "." and (t.lower() in _ABBREV or _INITIALS_RE.fullmatch(t + ".")):
                e += 1
                t += "."
            toks.append(_Tok(s, e, t, "w"))
        else:
            toks.append(_Tok(s, e, t, "p"))
    return toks


def _last(words: list[str]) -> str:
    """The surname of a name's words, past a generational suffix: [Joseph, R., Biden, Jr.] -> Biden."""
    k = len(words)
    while k > 1 and fold(words[k - 1]).rstrip(".") in SUFFIXES:
        k -= 1
    return words[k - 1] if words else ""


def _base(word: str) -> str:
    """A word without a possessive ending: Okafor’s → Okafor."""
    return re.sub(r"['’]s$", "", word)


def _is_poss(word: str) -> bool:
    return bool(re.search(r"['’]s$", word))


# --------------------------------------------------------------------------------------------
# The analyser


class _Analysis:
    def __init__(self, text: str, known: Sequence[tuple[str, Sequence[str]]]):
        self.text = text
        self.paras = paragraphs(text)
        self.spans: list[_Span] = []
        for k, (p0, p1) in enumerate(self.paras):
            self.spans.extend(_scan_paragraph(text, k, p0, p1))
        self._link_paragraphs()
        chars = list(text)
        for s in self.spans:
            for j in range(s.open_at, s.mask_end):
                chars[j] = "\ue000"
        self.narr = "".join(chars)
        self.toks = _tokenize(self.narr)
        self.tok_starts = [t.start for t in self.toks]
        self._sentences()
        self._bylines()
        self._known(known)
        self.persons: list[_Person] = []
        self._runs()
        self._mentions()

    # ---- structure -------------------------------------------------------------------------

    def _link_paragraphs(self) -> None:
        by_para: dict[int, list[_Span]] = {}
        for s in self.spans:
            by_para.setdefault(s.para, []).append(s)
        for k, spans in by_para.items():
            last = spans[-1]
            if last.close_at is None and k + 1 in by_para:
                first = by_para[k + 1][0]
                if first.open_at == self.paras[k + 1][0]:
                    first.cont = True

    def _sentences(self) -> None:
        """Sentence starts (offsets), paragraph starts included."""
        starts = set(p0 for p0, _ in self.paras)
        text, narr = self.text, self.narr
        for m in re.finditer(r"[.?!…]+(?=\s+[\ue000\"“«„(\[A-ZÀ-ÖØ-Þ0-9])", narr):
            word = re.search(r"([\w.]+)\.$", narr[max(0, m.start() - 12):m.end()])
            if m.group() == "." and word:
                w = word.group(1).lower()
                if w in _ABBREV or (len(w) == 1 and w.isalpha()) or ("." in w and len(w) <= 6):
                    continue
            j = m.end()
            while j < len(narr) and narr[j].isspace():
                j += 1
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
                    if j < len(text) and (text[j].isupper() or text[j] in _OPENERS):
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
        for _k, (p0, p1) in enumerate(self.paras[:8]):
            line = self.text[p0:p1]
            if re.match(r"(?i)^(by|with files from|written by|reporting by|story by)\b", line) and len(line.split()) <= 12:
                self.ignored.append((p0, p1))
            elif re.match(r"^\W*(by|par)\s+[A-Z]", line) and len(line.split()) <= 8:
                self.ignored.append((p0, p1))
        for p0, p1 in self.paras:
            if re.match(r"^\s*[—–-]\s*(with files from|by)\b", self.text[p0:p1], re.I):
                self.ignored.append((p0, p1))

    def in_ignored(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.ignored)

    # ---- known speakers ----------------------------------------------------------------------

    def _known(self, known: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.known_full: dict[str, str] = {}
        self.known_sur: dict[str, set[str]] = {}
        self.known_roles: list[tuple[set[str], str, str]] = []  # (words, head, canonical)
        for canonical, aliases in known or ():
            if not canonical:
                continue
            self.known_full[name_key(canonical)] = canonical
            self.known_sur.setdefault(surname_key(canonical), set()).add(canonical)
            for alias in aliases or ():
                if not alias:
                    continue
                low = fold(alias).strip()
                words = re.findall(r"[\w\-]+", low)
                if not words:
                    continue
                if words[0] in ("the", "a", "an"):
                    role_words = set(words[1:])
                    if role_words:
                        self.known_roles.append((role_words, words[-1], canonical))
                    continue
                if all(w in TITLE_WORDS or w in _EXTRA_TITLES for w in words):
                    self.known_roles.append((set(words), words[-1], canonical))
                    continue
                key = name_key(alias)
                if key:
                    self.known_full.setdefault(key, canonical)
                    self.known_sur.setdefault(key.split()[-1], set()).add(canonical)
        self.known_heads = {head for _, head, _ in self.known_roles}

    def known_for(self, words: list[str]) -> str | None:
        key = name_key(" ".join(words))
        if not key:
            return None
        if key in self.known_full:
            return self.known_full[key]
        if len(words) == 1:
            cands = self.known_sur.get(key, set())
            if len(cands) == 1:
                return next(iter(cands))
        return None

    # ---- people ------------------------------------------------------------------------------

    def _is_name_tok(self, t: _Tok) -> bool:
        if t.kind != "w" or not t.text[:1].isupper():
            return False
        if _INITIALS_RE.fullmatch(t.text):
            return True
        low = fold(_base(t.text)).rstrip(".")
        if low in _CAP_STOP and low not in ("new",):
            return False
        if any(ch.isdigit() for ch in t.text):
            return False
        if _INITIALS_RE.fullmatch(t.text):
            return True
        if len(t.text) > 1 and t.text.isupper() and low not in TITLE_WORDS and low not in _EXTRA_TITLES:
            return False  # datelines, acronyms
        return True

    def _adjacent(self, a: _Tok, b: _Tok) -> bool:
        gap = self.narr[a.end:b.start]
        return gap.strip() == "" and "\n\n" not in gap

    def _runs(self) -> None:
        toks = self.toks
        runs: list[_Run] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if not self._is_name_tok(t) or self.in_ignored(t.start):
                i += 1
                continue
            j = i + 1
            while j < n and self._adjacent(toks[j - 1], toks[j]) and not _is_poss(toks[j - 1].text):
                nt = toks[j]
                if self._is_name_tok(nt):
                    j += 1
                elif nt.kind == "w" and nt.text.lower() in ("de", "du", "des", "la", "le", "van", "von", "der",
                                                             "den", "da", "di", "del", "bin", "al", "st.") \
                        and j + 1 < n and self._is_name_tok(toks[j + 1]) and self._adjacent(nt, toks[j + 1]):
                    j += 2
                else:
                    break
            run = self._make_run(i, j)
            if run is not None:
                runs.append(run)
            i = j
        self.runs = runs
        self.midcap = {fold(_base(r.words[0])) for r in runs if len(r.words) == 1 and not self._sentence_initial(r)}
        # Confirm people: multi-word names first, then lone surnames.
        for r in runs:
            if len(r.words) >= 2 and not r.org:
                evidence = (self._titled(r) or r.roles - _TITLE_MODIFIERS or r.gender or self._cue_near(r) or self.known_for(r.words)
                            or fold(r.words[0]) in _FIRST_NAMES_F or fold(r.words[0]) in _FIRST_NAMES_M
                            or self._appositive(r))
                if evidence and (not r.loc or self._titled(r) or r.gender or self.known_for(r.words)
                                 or fold(r.words[0]) in _FIRST_NAMES_F | _FIRST_NAMES_M or self._cue_near(r)):
                    r.confirmed = True
                    self._register(r)
        # Lone names that speak ("Okafor said") confirm the full name that carries them.
        speaking = set()
        for r in runs:
            if len(r.words) == 1 and not r.org and not r.loc and self._cue_near(r) and (
                    fold(r.words[0]) in self.midcap or not self._sentence_initial(r)):
                speaking.add(fold(r.words[0]))
        for r in runs:
            if len(r.words) >= 2 and not r.confirmed and not r.org and not r.loc and fold(_last(r.words)) in speaking:
                r.confirmed = True
                self._register(r)
        surnames = {fold(_last(p.words)) for p in self.persons}
        for r in runs:
            if r.confirmed or r.org:
                continue
            if len(r.words) == 1:
                key = fold(r.words[0])
                if key in surnames or self.known_for(r.words) or self._titled(r) or key in speaking:
                    r.confirmed = True
                    self._register(r)
                    surnames.add(key)
            elif len(r.words) >= 2 and (fold(_last(r.words)) in surnames) and not r.loc:
                r.confirmed = True
                self._register(r)

    def _make_run(self, i: int, j: int) -> _Run | None:
        toks = self.toks
        words = [_base(toks[k].text) for k in range(i, j)]
        titles: list[str] = []
        k = i
        # "Senate Majority Leader Chuck Schumer", "Calder Grid CEO Marguerite Bellamy": everything up to
        # the last title word (with a name after it) is title.
        heads = [n for n, w in enumerate(words[:-1]) if fold(w).rstrip(".") in _STRONG_TITLES]
        if heads:
            cut = heads[-1] + 1
            titles = [fold(w).rstrip(".") for w in words[:cut]]
            words = words[cut:]
            k += cut
        while len(words) > 1:
            low = fold(words[0]).rstrip(".")
            if low in TITLE_WORDS or low in _EXTRA_TITLES or low in _HONORIFIC_GENDER:
                titles.append(low)
                words.pop(0)
                k += 1
            else:
                break
        while len(words) > 2 or (len(words) == 2 and titles):
            low = fold(words[0]).rstrip(".")
            if low in _ROLE_HEADS and low not in _FIRST_NAMES_M | _FIRST_NAMES_F:
                titles.append(low)  # "Economist Karl Weber", "Businessman Brent Lukowski"
                words.pop(0)
                k += 1
            else:
                break
        if len(words) == 2 and fold(words[0]).rstrip(".") in _ROLE_HEADS and self._run_sentence_start(i):
            titles.append(fold(words.pop(0)).rstrip("."))
            k += 1
        # A lone title word ("Premier", "Mayor") is not a name.
        if len(words) == 1 and (fold(words[0]).rstrip(".") in TITLE_WORDS | _EXTRA_TITLES):
            return None
        gender = None
        for tl in titles:
            gender = gender or _HONORIFIC_GENDER.get(tl)
        # Lower-case role words just before: "union president Ray Dunphy", "businessman Brent Lukowski".
        roles: set[str] = set(titles)
        start = toks[i].start
        b = i - 1
        took = 0
        while b >= 0 and took < 4 and toks[b].kind == "w" and self._adjacent(toks[b], toks[b + 1]):
            low = fold(toks[b].text)
            if low in _ROLE_HEADS or low in TITLE_WORDS or low in _EXTRA_TITLES or low in _QUALIFIERS \
                    or (took and low not in _CAP_STOP and not low.endswith("ly") and toks[b].text[:1].islower()
                        and low not in _AUX and low not in CUE_VERBS):
                if took == 0 and not (low in _ROLE_HEADS or low in TITLE_WORDS or low in _EXTRA_TITLES):
                    break
                roles.add(low)
                gender = gender or _HONORIFIC_GENDER.get(low)
                start = toks[b].start
                took += 1
                b -= 1
            else:
                break
        prev = toks[b] if b >= 0 else None
        name_words_low = [fold(w).rstrip(".") for w in words]
        org = any(w in _ORG_WORDS for w in name_words_low) or (
            prev is not None and prev.kind == "w" and prev.low in ("the",) and not titles and not took)
        loc = prev is not None and prev.kind == "w" and prev.low in _LOC_PREPS and not took and not titles
        if prev is not None and prev.kind == "w" and prev.low in ("for", "of", "and", "&", "de", "du") and b >= 1 \
                and toks[b - 1].kind == "w" and toks[b - 1].text[:1].isupper() and not took and not titles \
                and fold(words[0]) not in _FIRST_NAMES_F | _FIRST_NAMES_M:
            org = True  # "Institute for Public Policy", "Chamber of Commerce"
        if words and fold(words[0]) in _MONTHS_DAYS:
            return None
        return _Run(t0=k, t1=j, start=start, name_start=toks[k].start, end=toks[j - 1].end,
                    words=words, titles=titles, roles=roles, gender=gender, org=org, loc=loc)

    def _run_sentence_start(self, i: int) -> bool:
        pos = self.toks[i].start
        j = bisect.bisect_left(self.sent_starts, pos)
        return j < len(self.sent_starts) and self.sent_starts[j] == pos

    def _titled(self, r: _Run) -> bool:
        return any(t not in _TITLE_MODIFIERS for t in r.titles)

    def _sentence_initial(self, r: _Run) -> bool:
        k = self.tok_index(r.start)
        if k == 0:
            return True
        prev = self.toks[k - 1]
        return prev.text in (".", "?", "!", ":", "(", "…") or \
            bisect.bisect_left(self.sent_starts, r.start) < len(self.sent_starts) and \
            self.sent_starts[bisect.bisect_left(self.sent_starts, r.start)] == r.start

    def _appositive(self, r: _Run) -> set[str] | None:
        """Role words of an appositive after the run: ", an economist at …," / ", 47, …"."""
        toks = self.toks
        j = r.t1
        if j >= len(toks) or toks[j].text != ",":
            return None
        words: set[str] = set()
        k = j + 1
        if k < len(toks) and toks[k].text.isdigit():  # age
            k += 1
            if k < len(toks) and toks[k].text == ",":
                k += 1
            else:
                return {"_age"}
        if k >= len(toks) or toks[k].kind != "w":
            return None
        first = toks[k].low
        if first not in ("a", "an", "the", "who", "whose", "one") and first not in _ROLE_HEADS \
                and first not in TITLE_WORDS and first not in _QUALIFIERS and not _is_poss(toks[k].text):
            return None
        if first in ("who", "whose"):
            return {"_appos"}
        count = 0
        while k < len(toks) and count < 12 and toks[k].kind == "w":
            low = fold(_base(toks[k].text))
            if low in _APPOS_STOP:
                break
            if toks[k].text[:1].islower() and low not in ("a", "an", "the", "and"):
                words.add(low)
            k += 1
            count += 1
        return words or {"_appos"}

    def skip_appositive(self, j: int, lim: int) -> int:
        """Index after ", appositive," starting at token j (a comma), or j if there is none."""
        toks = self.toks
        if j >= lim or toks[j].text != ",":
            return j
        k = j + 1
        while k < lim and k - j < 25 and toks[k].text not in (",", ";", "?", "!") and toks[k].kind != "q":
            if toks[k].text == "." and bisect.bisect_left(self.sent_starts, toks[k].end) < len(self.sent_starts) \
                    and self.sent_starts[bisect.bisect_left(self.sent_starts, toks[k].end)] <= toks[k].end + 3:
                return j
            k += 1
        return k + 1 if k < lim and toks[k].text == "," else j

    def _cue_near(self, r: _Run) -> bool:
        toks = self.toks
        k = r.t1
        # name [, appositive ,] [aux] cue
        k = self.skip_appositive(k, len(toks))
        while k < len(toks) and toks[k].kind == "w" and (toks[k].low in _AUX or toks[k].low.endswith("ly")):
            k += 1
        if k < len(toks) and self._is_cue(k):
            return True
        # The word before the mention (titles and role words included): "said Judith Ambrose".
        b = self.tok_index(r.start) - 1
        if b >= 0 and toks[b].kind == "w" and toks[b].low in _INVERTIBLE and (b == 0 or toks[b - 1].kind != "w"):
            return True
        if b >= 1 and toks[b].low == "to" and toks[b - 1].low == "according":
            return True
        return False

    def _is_cue(self, k: int) -> bool:
        toks = self.toks
        t = toks[k]
        if t.kind != "w":
            return False
        low = t.text.lower()
        if low in _PHRASAL:
            nxt = _PHRASAL[low]
            return nxt is None or (k + 1 < len(toks) and toks[k + 1].low == nxt)
        if low not in CUE_VERBS:
            return False
        b = k - 1
        while b >= 0 and toks[b].kind == "w" and (toks[b].low.endswith("ly") or toks[b].low in ("also", "later", "then")):
            b -= 1
        if b >= 0 and toks[b].kind == "w" and toks[b].low in _PASSIVE_AUX and low.endswith("ed") | (low in ("told", "said", "written")):
            return False
        return True

    def _register(self, r: _Run) -> None:
        words = r.words
        person = None
        key = name_key(" ".join(words))
        if len(words) >= 2:
            for p in self.persons:
                if name_key(" ".join(p.words)) == key:
                    person = p
                    break
            if person is None:
                for p in self.persons:  # "Everly" seen first, then "Colm Everly"
                    if len(p.words) == 1 and fold(p.words[0]) == fold(_last(words)):
                        p.words = list(words)
                        p.name = " ".join(words)
                        person = p
                        break
        else:
            cands = [p for p in self.persons if fold(_last(p.words)) == fold(words[0])]
            if not cands:
                cands = [p for p in self.persons if fold(p.words[0]) == fold(words[0]) and len(p.words) > 1]
            if cands:
                person = cands[-1]
        if person is None:
            name = " ".join(words)
            canonical = self.known_for(words)
            if canonical:
                name = canonical
            person = _Person(pid=len(self.persons), name=name, words=list(words), first_pos=r.start)
            first = fold(words[0]) if len(words) > 1 else ""
            if first in _FIRST_NAMES_F:
                person.gender = "f"
            elif first in _FIRST_NAMES_M:
                person.gender = "m"
            self.persons.append(person)
        if r.gender and not person.gender:
            person.gender = r.gender
        person.roles |= r.roles
        appos = self._appositive(r)
        if appos:
            person.roles |= {w for w in appos if not w.startswith("_")}
        # A role given before the name with a comma: "the authority's chief executive, Colm Everly"
        b = self.tok_index(r.start) - 1
        if b >= 1 and self.toks[b].text == ",":
            words_before = []
            k = b - 1
            while k >= 0 and self.toks[k].kind == "w" and len(words_before) < 5:
                words_before.append(fold(_base(self.toks[k].text)))
                if self.toks[k].low in ("the", "a", "an"):
                    break
                k -= 1
            if words_before and words_before[0] in _ROLE_HEADS and words_before[-1] in ("the", "a", "an"):
                person.roles |= {w for w in words_before if w not in ("the", "a", "an")}
        r.pid = person.pid
        # Canonical spelling of a full name that a known speaker matches exactly.
        if len(person.words) >= 2:
            canonical = self.known_full.get(name_key(" ".join(person.words)))
            if canonical and len(canonical.split()) >= len(person.words):
                person.name = canonical
            elif not canonical:
                person.name = " ".join(person.words)

    def person_for_name(self, words: list[str], pos: int) -> _Person | None:
        """The story's person for a name as written at ``pos`` (surname or full)."""
        key = name_key(" ".join(words))
        if not key:
            return None
        best = None
        for p in self.persons:
            if name_key(" ".join(p.words)) == key:
                return p
            if fold(_last(p.words)) == fold(_last(words)) and (len(words) == 1 or len(p.words) == 1):
                if best is None or self._last_mention_before(p.pid, pos) > self._last_mention_before(best.pid, pos):
                    best = p
        return best

    def _last_mention_before(self, pid: int, pos: int) -> int:
        last = -1
        for m in self.mentions:
            if m[0] >= pos:
                break
            if m[2] == pid:
                last = m[0]
        return last

    # ---- mentions ----------------------------------------------------------------------------

    def _mentions(self) -> None:
        """(start, end, pid, kind, text) in order: names, role phrases and he/she pronouns."""
        self.mentions: list[tuple[int, int, int, str, str]] = []
        heads = set(self.known_heads)
        for p in self.persons:
            heads |= {w for w in p.roles if w in _ROLE_HEADS or w in TITLE_WORDS}
            for w in list(p.roles):
                heads |= _ROLE_SYNONYMS.get(w, set()) & {"ceo"}
            if "chief" in p.roles and "executive" in p.roles:
                heads.add("ceo")
        self.heads = heads - {"the", "a"}
        run_at = {r.start: r for r in self.runs if r.confirmed}
        toks = self.toks
        events: list[tuple[int, str, object]] = []
        for r in run_at.values():
            events.append((r.start, "run", r))
        for k, t in enumerate(toks):
            if t.kind != "w" or self.in_ignored(t.start):
                continue
            low = t.text.lower()
            if low in PRONOUN_GENDER:
                events.append((t.start, "pron", k))
            elif low == "the":
                events.append((t.start, "role", k))
        events.sort(key=lambda e: e[0])
        self.mention_at: dict[int, tuple[int, int, int | None, str, str]] = {}
        covered_until = -1
        for pos, kind, obj in events:
            if pos < covered_until:
                continue
            if kind == "run":
                r = obj  # type: ignore[assignment]
                m = (r.start, r.end, r.pid, "name", self.text[r.start:r.end])
                self.mentions.append(m)
                self.mention_at[r.start] = m
                self.mention_at[r.name_start] = m
                covered_until = r.end
            elif kind == "pron":
                k = obj  # type: ignore[assignment]
                t = toks[k]
                gender = PRONOUN_GENDER[t.text.lower()]
                pid = self._antecedent(gender, t.start)
                m = (t.start, t.end, pid, "pron", t.text)
                if pid is not None:
                    self.mentions.append(m)
                self.mention_at[t.start] = m
            else:
                k = obj  # type: ignore[assignment]
                found = self._role_phrase(k)
                if found is None:
                    continue
                end_k, words, head = found
                # A role phrase right after a name is an appositive about that name, not a new mention.
                pid = self._resolve_role(words, head, toks[k].start)
                s, e = toks[k].start, toks[end_k].end
                m = (s, e, pid, "role", self.text[s:e])
                if pid is not None:
                    self.mentions.append(m)
                self.mention_at[s] = m
                covered_until = e

    def _role_phrase(self, k: int) -> tuple[int, list[str], str] | None:
        """"the [modifiers] HEAD" starting at token k; returns (last token index, modifiers, head)."""
        toks = self.toks
        words: list[str] = []
        j = k + 1
        while j < len(toks) and j - k <= 4 and toks[j].kind == "w" and self._adjacent(toks[j - 1], toks[j]):
            low = fold(_base(toks[j].text))
            if low in self.heads and (j + 1 >= len(toks) or not (toks[j + 1].kind == "w" and fold(_base(toks[j + 1].text)) in self.heads
                                                                 and self._adjacent(toks[j], toks[j + 1]))):
                # Not "the finance minister Adaeze Okafor" (a title before a name).
                if j + 1 < len(toks) and self._is_name_tok(toks[j + 1]) and self._adjacent(toks[j], toks[j + 1]) \
                        and not _is_poss(toks[j].text):
                    return None
                return j, words, low
            if low in _CAP_STOP and low not in ("new",) or low in CUE_VERBS:
                return None
            words.append(low)
            j += 1
        return None

    def _resolve_role(self, words: list[str], head: str, pos: int) -> int | None:
        want = set(words) - {"the", "a", "an"}
        heads = {head} | _ROLE_SYNONYMS.get(head, set())
        best, best_score = None, None
        for p in self.persons:
            roles = set(p.roles)
            if "chief" in roles and "executive" in roles:
                roles.add("ceo")
            if head not in roles and not (head == "ceo" and "ceo" in roles) and not heads & roles == heads:
                continue
            if (roles & _QUALIFIERS) - want or p.first_pos >= pos:
                continue  # "the minister" is not the deputy minister, nor someone introduced later
            score = len(want & roles)
            last = self._last_mention_before(p.pid, pos)
            key = (score, last)
            if best_score is None or key > best_score:
                best, best_score = p, key
        if best is not None:
            return best.pid
        found = {canonical for role_words, khead, canonical in self.known_roles
                 if khead == head and want <= role_words and not (role_words & _QUALIFIERS) - want}
        if len(found) == 1:
            return self._known_person(found.pop(), pos).pid
        return None

    def _known_person(self, canonical: str, pos: int) -> _Person:
        for p in self.persons:
            if p.name == canonical:
                return p
        p = _Person(pid=len(self.persons), name=canonical, words=canonical.split(), first_pos=pos)
        self.persons.append(p)
        return p

    def _antecedent(self, gender: str, pos: int) -> int | None:
        """Nearest earlier sentence with a person of this gender (or unknown); in it, the first one.

        Within the nearest sentence the first agreeing person is usually the subject ("Smith met
        Jones. … he said" → Smith)."""
        chosen = None
        chosen_sent = None
        for m in reversed(self.mentions):
            if m[0] >= pos:
                continue
            p = self.persons[m[2]]
            if p.gender not in (None, gender):
                continue
            sent = self.sentence_bounds(m[0])[0]
            if chosen_sent is None:
                chosen, chosen_sent = p, sent
            elif sent == chosen_sent:
                chosen = p
            else:
                break
        if chosen is None:
            return None
        if chosen.gender is None:
            chosen.gender = gender
        return chosen.pid

    def they_antecedent(self, pos: int) -> int | None:
        for m in reversed(self.mentions):
            if m[0] >= pos:
                continue
            p = self.persons[m[2]]
            if p.gender in (None, "t"):
                p.gender = "t"
                return p.pid
            return None
        return None


# --------------------------------------------------------------------------------------------
# Noun phrases around cue verbs


@dataclass
class _NP:
    start: int
    end: int
    pid: int | None
    kind: str  # name | pron | role | generic


def _np_at(a: _Analysis, k: int, limit: int) -> tuple[_NP, int] | None:
    """A noun phrase starting at token k (forward); returns it and the index after it."""
    toks = a.toks
    if k >= limit or toks[k].kind != "w":
        return None
    t = toks[k]
    low = t.text.lower()
    if low in _SUBJECT_PRONOUNS:
        if low == "they":
            return _NP(t.start, t.end, a.they_antecedent(t.start), "pron"), k + 1
        m = a.mention_at.get(t.start)
        return _NP(t.start, t.end, m[2] if m else None, "pron"), k + 1
    for j in range(k, min(k + 5, limit)):
        m = a.mention_at.get(toks[j].start)
        if m is not None:
            after = a.tok_index(m[1])
            if after <= limit:
                return _NP(t.start if j > k else m[0], m[1], m[2], m[3]), after
        if toks[j].kind != "w" or (j + 1 < limit and not a._adjacent(toks[j], toks[j + 1])) or \
                toks[j].low in CUE_VERBS or toks[j].low in _AUX or toks[j].low in ("the", "a", "an"):
            break
    # An unconfirmed capitalised name or a generic phrase ("a spokeswoman for the ministry", "officials").
    if a._is_name_tok(t):
        j = k
        while j < limit and a._is_name_tok(toks[j]):
            j += 1
        return _NP(t.start, toks[j - 1].end, None, "generic"), j
    if low in ("a", "an", "the", "one", "some", "another", "two", "three", "several", "many", "officials",
               "police", "experts", "critics", "analysts", "residents", "observers", "sources", "witnesses"):
        j = k + 1
        while j < limit and j - k < 7 and toks[j].kind == "w" and not a._is_cue(j) and toks[j].low not in _AUX \
                and toks[j].low not in ("who", "that", "which", "whose"):
            j += 1
        return _NP(t.start, toks[j - 1].end, None, "generic"), j
    return None


def _np_before(a: _Analysis, k: int, lo: int) -> _NP | None:
    """The subject noun phrase ending just before token k (the cue verb), searching back to lo."""
    toks = a.toks
    b = k - 1
    while b >= lo and toks[b].kind == "w" and (toks[b].low in _AUX or toks[b].low.endswith("ly")
                                                and toks[b].low not in ("only",)):
        b -= 1
    tries = 0
    while b >= lo and tries < 3:
        t = toks[b]
        if t.kind == "w":
            low = t.text.lower()
            if low in ("and", "but", "or", "nor", "yet"):
                return None  # "X agreed … but said": the subject is the sentence's first person
            if low in ("herself", "himself", "themselves") and b - 1 >= lo:
                b -= 1
                continue
            if low in _SUBJECT_PRONOUNS:
                if low == "they":
                    return _NP(t.start, t.end, a.they_antecedent(t.start), "pron")
                m = a.mention_at.get(t.start)
                return _NP(t.start, t.end, m[2] if m else None, "pron")
            m = _mention_ending(a, t.end, toks[lo].start)
            if m is not None:
                return _NP(m[0], m[1], m[2], m[3])
            if _is_poss(t.text):
                return None
            if a._is_name_tok(t):
                j = b
                while j - 1 >= lo and a._is_name_tok(toks[j - 1]):
                    j -= 1
                return _NP(toks[j].start, t.end, None, "generic")
            if t.text[:1].islower() and low not in CUE_VERBS:
                # a generic subject: "officials", "some analysts", "a spokeswoman for the ministry"
                j = b
                while j - 1 >= lo and b - j < 6 and toks[j - 1].kind == "w" and toks[j - 1].low not in (
                        "that", "and", "but", "which", "who", "or", "when", "while", "as", "if", "because"):
                    j -= 1
                    if toks[j].low in ("a", "an", "the", "some", "one", "another", "two", "three", "several", "many"):
                        return _NP(toks[j].start, t.end, None, "generic")
                if low.endswith("s") and low not in ("was", "is", "has", "this", "its", "his", "us"):
                    return _NP(t.start, t.end, None, "generic")
                return None
            return None
        if t.text == "," and tries < 2:
            # "Okafor, asked last week whether …, said" / "A spokesperson for X, Noor Hassan, said"
            m = _mention_ending(a, toks[b - 1].end, toks[lo].start) if b - 1 >= lo else None
            if m is not None and m[3] in ("name",) and a.persons[m[2]] is not None:
                return _NP(m[0], m[1], m[2], m[3])
            c = b - 1
            while c >= lo and toks[c].text != "," and toks[c].kind != "q" and b - c < 30:
                c -= 1
            if c < lo or toks[c].text != ",":
                return None
            b = c - 1
            tries += 1
            continue
        return None
    return None


def _mention_ending(a: _Analysis, end: int, lo: int):
    best = None
    for m in reversed(a.mentions):
        if m[1] == end or (m[1] == end - 2 and a.text[m[1]:end] in ("'s", "’s")):
            best = m
            break
        if m[1] < end - 200:
            break
    if best is None:
        # role mentions that did not resolve are in mention_at only
        for _s, m in a.mention_at.items():
            if m[1] == end and m[0] >= lo:
                return m
    return best if best is None or best[0] >= lo else None


# --------------------------------------------------------------------------------------------
# Attribution


@dataclass
class _Attr:
    start: int
    end: int
    pid: int | None
    kind: str
    colon: bool = False  # the attribution ends with ":" and introduces what follows


def _trailing(a: _Analysis, span: _Span, limit_pos: int) -> _Attr | None:
    """An attribution right after a quote part: '," Okafor said' / '," said Okafor' / 'according to'."""
    if span.close_at is None:
        return None
    toks = a.toks
    k = a.tok_index(span.close_at + 1)
    lim = a.tok_index(limit_pos)
    if k >= lim:
        return None
    # Skip the punctuation between the mark and the attribution.
    while k < lim and toks[k].kind == "p" and toks[k].text in (",", "—", "–", "-", "--", ";"):
        k += 1
    if k >= lim or toks[k].kind != "w":
        return None
    inner = a.text[span.start:span.end].rstrip()
    ends_sentence = inner[-1:] == "." or inner.endswith("...")
    # According to X
    if toks[k].low == "according" and k + 1 < lim and toks[k + 1].low == "to":
        got = _np_at(a, k + 2, lim)
        if got:
            np_, _ = got
            return _Attr(np_.start, np_.end, np_.pid, np_.kind)
        return None
    # Inverted: said Okafor
    j = k
    while j < lim and toks[j].kind == "w" and toks[j].low.endswith("ly") and toks[j].low not in CUE_VERBS:
        j += 1
    if j < lim and toks[j].kind == "w" and toks[j].low in _INVERTIBLE:
        got = _np_at(a, j + 1, lim)
        if got and got[0].kind != "generic" or (got and toks[j + 1].low in ("a", "an", "the")):
            np_, after = got
            return _Attr(np_.start, np_.end, np_.pid, np_.kind, _colon_after(a, after, lim))
    # Subject first: Okafor said / the minister told / Yusuf Adeyemi, a dishwasher …, told
    got = _np_at(a, k, lim)
    if not got:
        return None
    np_, j = got
    j = a.skip_appositive(j, lim)
    while j < lim and toks[j].kind == "w" and (toks[j].low in _AUX or (toks[j].low.endswith("ly") and toks[j].low not in CUE_VERBS)):
        j += 1
    if j < lim and a._is_cue(j):
        after = j + 1
        if ends_sentence and a.text[np_.start:np_.start + 1].isupper():
            # "“We will.” Smith said the plan …" is a new sentence, not an attribution.
            end_k = after
            while end_k < lim and toks[end_k].text not in (".", "?", "!", ":") and end_k - after < 8:
                end_k += 1
            if end_k - after >= 8 or (end_k < lim and toks[end_k].text == ":") or (
                    after < lim and toks[after].kind == "w" and toks[after].low == "that"):
                return None
        return _Attr(np_.start, np_.end, np_.pid, np_.kind, _colon_after(a, after, lim))
    return None


def _colon_after(a: _Analysis, k: int, lim: int) -> bool:
    toks = a.toks
    j = k
    while j < lim and toks[j].kind == "w" and j - k < 10:
        j += 1
    return j < lim and toks[j].text == ":" and j + 1 <= lim


def _leading(a: _Analysis, span: _Span, s0: int) -> tuple[_Attr | None, bool]:
    """The nearest cue before the quote in its sentence that names a person: (attribution, cue found).

    A nearer cue whose subject is nobody in particular ("the union would not announce") gives way
    to an earlier one with a person ("Dunphy said … the union would not announce a date “today.”").
    """
    lo = a.tok_index(s0)
    hi = a.tok_index(span.open_at)
    fallback: _Attr | None = None
    for k in range(hi - 1, lo - 1, -1):
        got = _cue_at(a, k, lo, hi)
        if got is None:
            continue
        if got.pid is not None:
            return got, True
        fallback = fallback or got
    return fallback, fallback is not None


def _cue_at(a: _Analysis, k: int, lo: int, hi: int) -> _Attr | None:
    toks = a.toks
    t = toks[k]
    if t.kind != "w":
        return None
    low = t.text.lower()
    # according to X, “…”
    if low == "according" and k + 1 < hi and toks[k + 1].low == "to":
        got = _np_at(a, k + 2, hi)
        return _Attr(got[0].start, got[0].end, got[0].pid, got[0].kind) if got else None
    # a promise Premier X made …: “…”  /  the minister's line that “…”
    if low in _SPEECH_NOUNS:
        got = _np_at(a, k + 1, hi)
        if got and got[0].kind in ("name", "role", "pron") and got[1] < hi and toks[got[1]].low in _SPEECH_NOUN_VERBS:
            return _Attr(got[0].start, got[0].end, got[0].pid, got[0].kind)
        if k - 1 >= lo and _is_poss(toks[k - 1].text):
            m = _mention_ending(a, toks[k - 1].end, toks[lo].start)
            if m is not None:
                return _Attr(m[0], toks[k - 1].end, m[2], m[3])
        return None
    if not a._is_cue(k):
        return None
    if k == lo or (k - 1 == lo and toks[k - 1].kind == "p"):
        # Sentence-initial: "Said Okafor: …" (inverted) or a participle ("Asked whether …, X said")
        if low in _INVERTIBLE:
            got = _np_at(a, k + 1, hi)
            if got:
                return _Attr(got[0].start, got[0].end, got[0].pid, got[0].kind)
        return None
    np_ = _np_before(a, k, lo)
    if np_ is not None and (np_.pid is not None or low not in _PARTICIPLES):
        return _Attr(np_.start, np_.end, np_.pid, np_.kind)
    # "…, describing the plan as “…”" / "X agreed … but said": the sentence's first person speaks.
    m = _first_mention(a, toks[lo].start, t.start)
    if m is not None:
        return _Attr(m[0], m[1], m[2], m[3])
    if np_ is not None:
        return _Attr(np_.start, np_.end, np_.pid, np_.kind)
    return None


def _first_mention(a: _Analysis, lo: int, hi: int):
    for m in a.mentions:
        if m[0] >= hi:
            break
        if m[0] >= lo:
            return m
    return None


def _last_mention(a: _Analysis, lo: int, hi: int):
    found = None
    for m in a.mentions:
        if m[0] >= hi:
            break
        if m[0] >= lo:
            found = m
    return found


# --------------------------------------------------------------------------------------------
# Public API


def _word_count(s: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", s))


def find_quotes(text: str, known_speakers: Sequence[tuple[str, Sequence[str]]] = ()) -> list[Quote]:
    """Every quotation in ``text``, in order, with the speaker the text gives (SPEC §3)."""
    return [q for q, _ in _find(text, known_speakers)]


def _find(text: str, known_speakers) -> list[tuple[Quote, list[_Span]]]:
    if not text or not text.strip():
        return []
    a = _Analysis(text, known_speakers)
    spans = a.spans
    if not spans:
        return []

    # ---- group spans into quotes -----------------------------------------------------------
    groups: list[list[_Span]] = []
    trailing: dict[int, _Attr | None] = {}
    for idx, s in enumerate(spans):
        p0, p1 = a.paras[s.para]
        nxt = spans[idx + 1] if idx + 1 < len(spans) else None
        limit = nxt.open_at if nxt is not None and nxt.para == s.para else p1
        trailing[idx] = _trailing(a, s, limit)
    index_of = {id(s): i for i, s in enumerate(spans)}
    for idx, s in enumerate(spans):
        if s.cont and groups:
            groups[-1].append(s)
            continue
        if groups and idx > 0:
            prev = groups[-1][-1]
            pi = index_of[id(prev)]
            attr = trailing.get(pi)
            if prev.para == s.para and prev.close_at is not None and attr is not None and not attr.colon \
                    and _gap_is_attribution(a, prev, s, attr) and trailing.get(idx) is None:
                groups[-1].append(s)
                continue
        groups.append([s])

    # ---- attribute -------------------------------------------------------------------------
    results: list[tuple[Quote, list[_Span]]] = []
    last_by_para: dict[int, int | None] = {}
    last_pid: int | None = None
    for g in groups:
        first = g[0]
        attr: _Attr | None = None
        cue_found = False
        for s in g:
            t = trailing.get(index_of[id(s)])
            if t is not None and not t.colon:
                attr, cue_found = t, True
                break
        s0, _ = a.sentence_bounds(first.open_at)
        if attr is None:
            attr, cue_found = _leading(a, first, s0)
        words = sum(_word_count(text[s.start:s.end]) for s in g)
        p0, p1 = a.paras[first.para]
        whole_para = first.open_at == p0 and (first.mask_end >= p1 - 1)
        scare = (len(g) == 1 and words <= 3 and not whole_para and (attr is None or attr.pid is None))
        mention = mention_start = mention_end = None
        pid: int | None = None
        if scare:
            pass
        elif attr is not None:
            mention, mention_start, mention_end = text[attr.start:attr.end], attr.start, attr.end
            pid = attr.pid
        else:
            # No cue: a person named earlier in the quote's own sentence or paragraph …
            m = _first_mention(a, s0, first.open_at) or _last_mention(a, p0, first.open_at)
            if m is not None and not first.cont:
                mention, mention_start, mention_end, pid = m[4], m[0], m[1], m[2]
            else:
                pid = _continuation(a, first.para, last_by_para, last_pid, results)
        speaker = a.persons[pid].name if pid is not None else None
        parts = [QuotePart(s.start, s.end) for s in g]
        q = Quote(parts=parts, text=" ".join(text[s.start:s.end] for s in g), mention=mention,
                  mention_start=mention_start, mention_end=mention_end, speaker=speaker,
                  skipped="scare_quote" if scare else None)
        results.append((q, g))
        if not scare:
            for s in g:
                last_by_para[s.para] = pid
            last_pid = pid
    return results


def _continuation(a: _Analysis, para: int, last_by_para: dict[int, int | None], last_pid, results) -> int | None:
    """Speaker for a quote paragraph with no cue: the previous paragraph's quote, or its subject."""
    prev = para - 1
    while prev >= 0 and a.in_ignored(a.paras[prev][0]):
        prev -= 1
    if prev < 0:
        return last_pid
    p0, p1 = a.paras[prev]
    if prev in last_by_para:
        # A sentence of narration after the previous paragraph's last quote that names someone.
        last_end = max((s.mask_end for q, g in results if not q.skipped for s in g if s.para == prev), default=p0)
        s0, _ = a.sentence_bounds(last_end)
        if s0 > last_end:
            m = _first_mention(a, s0, p1)
            if m is not None:
                return m[2]
        return last_by_para[prev]
    # Narration: the first person mentioned in the last sentence that mentions anyone.
    starts = [s for s in a.sent_starts if p0 <= s < p1] or [p0]
    for s0 in reversed(starts):
        _, s1 = a.sentence_bounds(s0)
        m = _first_mention(a, s0, s1)
        if m is not None:
            return m[2]
    return last_pid


def _gap_is_attribution(a: _Analysis, prev: _Span, nxt: _Span, attr: _Attr) -> bool:
    """The text between two parts is only an attribution: '," Okafor said. "' / '," he said, "'.

    After the attribution's own sentence end nothing may follow ("…,” she said. She called the
    plan “…”" is two quotes)."""
    gap = a.narr[prev.close_at + 1:nxt.open_at].strip()  # type: ignore[operator]
    if "\ue000" in gap or ";" in gap or _word_count(gap) > 22:
        return False
    if gap and gap[-1].isalnum():
        return False  # "…,” he said, adding that they would get “…”": the second is a quote of its own
    for m in re.finditer(r"[.?!]", gap):
        before = re.search(r"(\w+)$", gap[:m.start()])
        if m.group() == "." and before and (before.group(1).lower() in _ABBREV or len(before.group(1)) == 1):
            continue
        return gap[m.end():].strip() == ""
    return True


def article_segments(text: str, default_speaker: str | None = None, known_speakers=()) -> list[Segment]:
    """Passages of an article, release or notes: the parts of each quote, credited to its speaker."""
    segs: list[Segment] = []
    turn = 0
    paras = paragraphs(text) if text else []
    starts = [p0 for p0, _ in paras]
    for q, _g in _find(text, known_speakers):
        if q.skipped:
            continue
        speaker = q.speaker or (default_speaker if not q.mention or q.speaker is None else None)
        if q.speaker is None and default_speaker and q.mention is None:
            speaker = default_speaker
        elif q.speaker is None and default_speaker and q.mention is not None:
            # An unnamed subject ("a spokeswoman said") is not the default speaker.
            speaker = default_speaker if q.mention.lower() in ("he", "she", "they", "i") else None
        role = ROLE_SPEAKER if speaker else ROLE_UNKNOWN
        for part in q.parts:
            k = max(0, bisect.bisect_right(starts, part.start) - 1)
            p0, p1 = paras[k] if paras else (part.start, part.end)
            segs.append(Segment(start=part.start, end=part.end, turn=turn, label=q.mention, speaker=speaker,
                                role=role, paragraph_start=p0, paragraph_end=p1))
        turn += 1
    return segs


__all__ = ["find_quotes", "article_segments", "paragraphs"]
