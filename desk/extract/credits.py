"""Quoted spans that are not speech to check, and lines that credit a quote to someone.

``work_title``: the name of a show, book, ad or song in quote marks ("CNN’s “New Day”", "the
co-author of “Going Viral”"), or the headline of an article cited by its author or outlet
("“Council delays vote,” by Ana Ruiz"), which :mod:`desk.extract.quotes` lists as skipped (``title``).
``dash_credit``: a credit line after a quote ("“…” — Ben Jacobs"), which names its speaker.
"""

from __future__ import annotations

import re

from desk.extract.lexicon import ORG_WORDS, OWNED_WORDS, SPEECH_NOUNS
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.voices import first_mention

_DASHES = ("―", "—", "–", "-")
_TITLE_SMALL = frozenset("of the a an and to in on for at with by or vs de la le".split())
_KINDS = (r"show|program|programme|film|movie|book|song|album|series|podcast|column|documentary|newsletter|"
          r"segment|ad|video|memoir|novel|musical|play|sitcom|drama|comedy|report|essay|op-ed|editorial|article|"
          r"opera|ballet|poem|painting|sculpture|hymn|game show|headline|study|tune|titles?(?:\s+(?:is|was))?"
          r"|single(?=\s*,)")
#: A kind of work just before the title, which may then run longer: the book “Crippled America: How
#: to Make America Great Again”.
_KIND_BEFORE = re.compile(r"\b(?:(?:" + _KINDS + r")(?:,?\s+(?:called|named|titled|entitled))?"
                          r"|(?:app|game|website|exhibit|exhibition),?\s+(?:called|named|titled|entitled))\s*,?\s*$", re.I)
#: Before a title of up to five words: a possessive, "on", "titled", "author of", or the show
#: someone spoke to ("told “Fox and Friends,”", "in an interview with “The View,”").
_TITLE_BEFORE = re.compile(r"(?:['’]s|(?-i:\b[A-Z][\w.&]*[sS]['’])|\b(?:on|titled|entitled|(?:interview|interviews|conversation) with"
                           r"|(?:author|co-author|host|co-host|star|creator|producer|director|writer) of"
                           # what someone sang, watched or starred in; what a season opens with; what
                           # someone "said of" ("director Ana Sousa said of “Ice Road North.”")
                           r"|sang|sings|sing|singing|performed|performs|watching|watched|starred in|stars in|launched into"
                           r"|starring in|season with|(?:said|says|spoke|speaks|wrote|writes) of))\s*,?\s*$", re.I)
#: The verbs of _TITLE_BEFORE that take a work only right after them, with no comma: "watching
#: “Hockey Night in Canada”", not "Asked how it felt watching, “Amazing,” Ruiz said".
_NO_COMMA_AFTER = re.compile(r"\b(?:sang|sings|sing|singing|performed|performs|watching|watched|starred in|stars in|launched into"
                             r"|starring in|season with|(?:said|says|spoke|speaks|wrote|writes) of)\s*,\s*$", re.I)
#: The show someone spoke to, before a title of two to five words: told “Fox and Friends,”.
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s*$", re.I)
#: A title that names what someone is known for: “Broad City” star Arturo Castro.
_TITLE_ROLE_AFTER = re.compile(r"\s*(?:star|stars|host|co-host|actor|actress|creator|anchor|showrunner)\b")
#: The name of a plan or a measure, after a determiner or an owner: his “Water First” plan, the
#: “Buy Local” campaign (not “Absolutely,” fund manager Ann Hale said).
_NAMED_THING_AFTER = re.compile(r"\s*(?:(?!(?:and|or|but|to|that|which|who|is|was|will|would)\b)[a-z][\w-]*\s+){0,2}"
                                r"(?:plan|program|programme|policy|initiative|campaign|strategy|act|bill|fund"
                                r"|project|tax|levy|slogan|agenda|platform)\b")
#: A work set off after its title: “Farewell to Tarbot Bay,” a lament he had learned.
_WORK_AFTER = re.compile(r"\s*,?\s*(?:a|an|the|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:song|album|book|film|movie"
                         r"|poem|novel|play|hymn|lament|ballad|tune|anthem|jig|reel|waltz|carol|lullaby|memoir"
                         r"|documentary|painting|sculpture|musical|opera)\b(?!['’])")
_OWNER_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my|your)|['’]s)\s*$", re.I)
#: An article cited by its headline: “Council delays vote,” by Ana Ruiz / by the Post’s Ana Ruiz.
_BYLINE_AFTER = re.compile(r"\s*by\s+(?:the\s+)?[A-Z]")
#: Where a cited headline opens: a paragraph, an item after a dash or colon, a parenthesis.
_CITATION_OPENS = re.compile(r"(?:^|[—–:(]|\s-)\s*$")
#: A parenthesis citing a headline, its outlet and day: (“…,” USA Today, Thursday).
_CITED_IN_PARENS = re.compile(r"\s*[A-Z][\w.&’'-]*(?:\s+[\w.&’'-]+){0,4}(?:,\s*[\w.]+(?:\s+\d{1,2})?)?\s*\)")
#: A title right after another one: “The View” and “The Late Show With Stephen Colbert”.
_TITLE_AFTER_TITLE = re.compile(r"[”\"]\s*(?:,|,?\s*(?:and|or))\s*$")


def _title_words(text: str) -> list[str] | None:
    """The words of a quote in title case, every one capitalised but small words, up to twelve:
    "Buy the Dip, Not the Story"; None for any other quote."""
    words = text.split()
    if not words or len(words) > 12 or not words[0][:1].isupper() \
            or not all(w[:1].isupper() or w.lower() in _TITLE_SMALL or not w[:1].isalpha() for w in words):
        return None
    return words


def work_title(a: Analysis, span: Span) -> bool:
    """The name of a show, book or song in quote marks: “Meet the Press”, CNN’s “New Day”.

    Up to five words, every one capitalised (small words aside), right after a possessive, "on",
    "titled" or a word for a kind of work ("a play called", "his new book,"), or right before
    "star" or "host" (“Broad City” star), or after a determiner or an owner and before a word for
    a plan or a measure (his “Water First” plan); up to twelve after a kind of work (the book “Crippled
    America: How to Make America Great Again”); or five to eight such words quoted again
    elsewhere in the story (a review names its film over and over: “The Kid Who Would Be King”;
    nobody's speech is quoted twice in title case). And the headline of a cited article, in any
    case and of any length: a span ending in a comma and followed by "by" and a name or outlet
    (“Council delays vote,” by the Post’s Ana Ruiz), opening a paragraph or an item after a dash
    or colon; or opening a parenthesis that closes after an outlet and a day (“…,” USA Today,
    Thursday). Listed as skipped (``title``), never checked."""
    if _cited_headline(a, span):
        return True
    text = a.text[span.start:span.end].strip(" ,.!?")
    words = _title_words(text)
    if words is None:
        return False
    before = a.text[max(0, span.open_at - 30):span.open_at]
    if _KIND_BEFORE.search(before):
        return True
    if len(words) > 8:
        return False
    if len(words) >= 5 and sum(1 for s in a.spans if a.text[s.start:s.end].strip(" ,.!?") == text) >= 2:
        return True
    if len(words) > 5:
        return False
    if (_TITLE_BEFORE.search(before) and not _NO_COMMA_AFTER.search(before)) or (len(words) >= 2 and _TOLD_BEFORE.search(before)):
        return True
    if span.close_at is not None and _TITLE_ROLE_AFTER.match(a.text, span.close_at + 1):
        return True
    if span.close_at is not None and _NAMED_THING_AFTER.match(a.text, span.close_at + 1) \
            and _OWNER_BEFORE.search(before) and not re.search(r"[,.!?;:]$", text.strip()):
        return True   # his “Water First” plan, its “Build Forward” capital program
    if span.close_at is not None and len(words) >= 2 and _WORK_AFTER.match(a.text, span.close_at + 1):
        return True   # “Farewell to Tarbot Bay,” a lament
    if _TITLE_AFTER_TITLE.search(before):
        i = a.spans.index(span)
        return i > 0 and a.spans[i - 1].para == span.para and work_title(a, a.spans[i - 1])
    return False


#: What gives a thing its name just before it: a memo titled “The Facts on Where the Race Stands”,
#: the deal, code-named “Project Harvest”, a group calling itself “Parents for Choice”, a petition,
#: “Fair Rates for Millbrook,”.
_NAMED_BEFORE = re.compile(r"(?:\b(?:titled|entitled|code-?named|(?:calling|calls|called) (?:itself|themselves))"
                           r"|\b(?:petition|hashtag|initiative),)\s*,?\s*$", re.I)


def given_name(a: Analysis, span: Span) -> bool:
    """The quote is the name something is given, in title case and up to twelve words, right
    after "titled", "code-named", "calling itself" or "a petition,": nobody's words, though the
    sentence has someone do something with it ("Sunita Chawla wrote a note titled “Buy the Dip,
    Not the Story”").  Still listed as a quote, as news annotators count it, but with no speaker."""
    if _title_words(a.text[span.start:span.end].strip(" ,.!?")) is None:
        return False
    return bool(_NAMED_BEFORE.search(a.text, max(0, span.open_at - 30), span.open_at))


def _cited_headline(a: Analysis, span: Span) -> bool:
    """A cited article's headline: “Council delays vote,” by Ana Ruiz (see :func:`work_title`)."""
    if span.close_at is None or not a.text[span.start:span.end].rstrip().endswith(","):
        return False
    p0, _ = a.paras[span.para]
    opens = a.text[p0:span.open_at]
    if _BYLINE_AFTER.match(a.text, span.close_at + 1):
        return bool(_CITATION_OPENS.search(opens))
    return opens.endswith("(") and bool(_CITED_IN_PARENS.match(a.text, span.close_at + 1))


#: Words that go on with a sentence after a dash rather than name someone: "—is simply wearing thin".
_VERB_OPENERS = frozenset("is are was were has have had will would can could should may might must does did do "
                          "seems seemed remains remained becomes became".split())
#: A sentence that says whose words the quote before it were: "That quote from Commissioner
#: Thomas Krebs appeared …", "The remark, by Mayor Ann Hale, drew cheers".
_WORDS_FROM = re.compile(r"\s*(?:That|This|The|Those|These) (?:quote|quotation|comment|remark|remarks|words|line|"
                         r"lines|warning|message|plea|assessment|statement),? (?:came )?(?:from|by)\b")
#: A paragraph that opens by naming whose the quote before it was.
_THAT_WAS = re.compile(r"\s*(?:That was|That[’']s|That is|Those were|Such was|So said|"
                       r"The (?:comment|remark|remarks|words|warning|message|plea) came from)\b|" + _WORDS_FROM.pattern)


def dash_credit(a: Analysis, last: Span):
    """The person a credit line names after a quote: "“…” — Ben Jacobs" in the quote's paragraph,
    or a paragraph of its own right after it ("- Sanders."). A mention tuple, or None."""
    p0, p1 = a.paras[last.para]
    if last.close_at is not None and a.text[last.close_at + 1:p1].strip()[:1] in _DASHES:
        lo, hi = last.close_at + 1, p1
        # Quotes run together with their credits ("“A.” ― Ana Ruiz “B.” ― Tom Lee"): each
        # credit ends where the next quote opens.
        nxt = re.search(r"[“\"«„]", a.text[lo:hi])
        if nxt:
            hi = lo + nxt.start()
    elif (last.mask_end >= p1 - 1 and last.para + 1 < len(a.paras)) or (
            last.close_at is not None and a.text[last.start:last.end].rstrip()[-1:] in (".", "?", "!")
            and _THAT_WAS.match(a.text, last.close_at + 1)):
        # the next paragraph, or the next sentence of the quote's own ("“…” That is according to
        # Kim Albers, a hydrologist.")
        lo, hi = a.paras[last.para + 1] if last.mask_end >= p1 - 1 else (last.close_at + 1, p1)
        while lo < hi and a.text[lo].isspace():
            lo += 1
        if _THAT_WAS.match(a.text, lo):
            # "“We didn't show up.”¶That was coach Dale Sutter's blunt assessment after …": the
            # next sentence names whose words they were
            _, s1 = a.sentence_bounds(lo)
            by = _WORDS_FROM.match(a.text, lo)
            said = by is not None or any(a._is_cue(k) or a.toks[k].low in SPEECH_NOUNS or a.toks[k].low in OWNED_WORDS
                       or a.toks[k].low in ("according", "selon", "described", "words")
                       for k in range(a.tok_index(lo), a.tok_index(s1)))
            if not said:
                return None   # "That was when Ann Hale ran": not whose words they were
            named = next((m for m in a.mentions if lo <= m[0] < s1 and m[2] is not None and m[3] == "name"), None)
            if by is not None and named is not None and a.text[by.end():named[0]].strip(" ,") not in ("", "the"):
                # "That comment, by a Liberal backbencher, prompted Premier Dana Whitfield …":
                # the words are the one after "by", whom the story does not name
                return None
            return named
    else:
        return None
    line = a.text[lo:hi].strip()
    got = re.fullmatch(r"[―—–-]{1,2}\s*([^\W\d][\w.’'\- ]{1,60}?)(?:,[^,]{1,40}){0,2}[.,]?", line)
    if not got or len(got.group(1).split()) > 5 or len(line.split()) > 9:
        return None
    m = first_mention(a, lo, hi)
    if m is not None and m[2] is not None:
        return m
    if a.para_of(lo) == len(a.paras) - 1 and a.para_of(lo) != last.para \
            and (re.search(r"(?i)\bfiles\b", line) or any(fold(w) in ORG_WORDS for w in got.group(1).split())):
        return None   # "— The Canadian Press", "— With files from Reuters": the story's sign-off
    if m is not None:
        return m
    if got.group(1).split()[0] in _VERB_OPENERS:   # in lower case: "— Will Tate", "— May Hale" are names
        return None   # "“…!”—is simply wearing thin": the sentence goes on, no name follows
    # A name the story gives nowhere else ("― Steve Quinlan"): the credit line says it is a person.
    start = lo + a.text[lo:hi].index(got.group(1))
    return (start, start + len(got.group(1)), None, "credit", got.group(1))
