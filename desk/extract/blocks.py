"""Testimony, an email or a submission a document sets off as an indented block, without quote
marks, below a paragraph ending in a colon: "Mr. Sirko wrote:" ¶ "    Both units are dead, not
repairable." (a court's or a tribunal's reasons, an agreed statement of facts, a report).

``set_off_blocks`` finds them: paragraphs set in from the document's margin (the indentation most
of its lines have, so a pdftotext page indented throughout still has a margin) by four spaces or
more, after a paragraph that ends with a colon, or going on from such a block over a page break.
``block_voice`` says whose words they are: the one the paragraph before has them come "from"
("received the following email from Mr. Petrenko:"), the one person it names ("Asked …, Ms.
Varga said:"), or for "He argued:" the one the sentence before opened with ("Mr. Lisle submitted
that …"); the name in full where the document gives it.  None when the paragraph does not say.
"""

from __future__ import annotations

import re
from collections import Counter

from desk.extract.labelnames import NOT_NAME_WORDS
from desk.extract.lexicon import KIN_NOUNS, ORG_WORDS, ROLE_HEADS, UNNAMED_NOUNS
from desk.extract.model import ROLE_SPEAKER, Segment
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold
from desk.extract.sentences import paragraph_spans, passages, split_sentences

#: A person as a decision or a statement of facts names them: "Mr. Petrenko", "Ms. Varga", "Dr. Okafor".
_TITLE = r"(?:Mr|Ms|Mrs|Dr|Mx)\."
_HONORIFIC = re.compile(r"\b" + _TITLE + r"[ \t\n]+([A-Z][\w'’\-]+)")


#: A heading that names the person whose words are set off below it: a line of its own, with no
#: full stop, opening with two to four capitalised words and, after a comma, who they are
#: ("Amrit Dhaliwal, parent, Kilbride Heights Public School"), as a board's or a committee's
#: page heads each delegation.
_NAME_HEADING = re.compile(r"[ \t]*(?P<name>[A-Z][\w'’\-]+(?:[ ][A-Z][\w.'’\-]+){1,3})(?:,[ \t]+[^\n.!?]{2,120})?[ \t]*")
#: Words in the first person: a block a person speaks or writes, not one written about them.
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y)\b")
#: Last words of a heading that names a place or a body, not a person.
_NOT_A_SURNAME = ORG_WORDS | frozenset("""county city town township village street avenue road park school
    elementary secondary high board district river lake valley ward region""".split())
_PERSON_NOUNS = ROLE_HEADS | UNNAMED_NOUNS | KIN_NOUNS | frozenset("grandparent grandparents".split())
#: A sign-off closing a block: "— Teodora Lisk", "-- Teodora Lisk, President", and an embedded
#: post's "— Ada Quintero 🌊 (@adaquintero.bsky.social) February 13, 2025 at 12:58 PM".
_SIGNATURE = re.compile(r"[ \t]*(?:--|[—–])[ \t]*(?P<name>[A-Z][\w'’\-]+(?:[ ][A-Z][\w.'’\-]+){1,3})"
                        r"(?:,[^\n.!?]{2,80}|[ \t]*[^\w\s(]{0,4}[ \t]*\(@[\w.\-]+\)[^\n]{0,60})?[ \t]*")


def _signer_like(name: str) -> bool:
    """A sign-off's words may be a person's name: a given name first, or no word a day, a month,
    a sentence's opener or a place's or body's ("— Saturday Service Restored" is a list's item)."""
    words = [fold(w).strip(".,") for w in name.split()]
    return words[0] in FIRST_NAMES or not any(w in NOT_NAME_WORDS or w in _NOT_A_SURNAME for w in words)


def heading_name(para: str) -> str | None:
    """The person a heading line names (``_NAME_HEADING``), when its first word is a given name
    or what follows the comma is a person's ("parent", "school bus driver", "grandparent")."""
    m = _NAME_HEADING.fullmatch(para)
    if m is None:
        return None
    if fold(m.group("name").split()[-1]) in _NOT_A_SURNAME:
        return None   # "Warren County", "Lincoln Elementary School": a place or a body
    described = {w for w in re.findall(r"[a-z][a-z\-]+", para[m.end("name"):])} & _PERSON_NOUNS
    return m.group("name") if described or fold(m.group("name").split()[0]) in FIRST_NAMES else None


def signed_blocks(text: str) -> list[tuple[int, int, str]]:
    """Paragraphs set in from the margin whose run ends with a sign-off ("> … " ¶ "> — Teodora
    Lisk" in a Markdown page, a letter indented in a report): (start, end, signer) of each
    paragraph with a sentence in it; the sign-off and a heading over the run ("A message from our
    President, Teodora Lisk") are no one's words."""
    left = margin(text)
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text, 0, len(text)) + [(len(text), len(text))]:
        if p_start < len(text) and indented(text, p_start, p_end, left) \
                and p_start - (text.rfind("\n", 0, p_start) + 1) >= left + 4:
            run.append((p_start, p_end))
            continue
        if len(run) >= 2 and (signed := _SIGNATURE.fullmatch(text[run[-1][0]:run[-1][1]])) \
                and _signer_like(signed.group("name")) \
                and not all(re.match(r"[ \t]*(?:--|[—–])", text[a:b]) for a, b in run[:-1]):
            # (a signer with a given name; not the last of a list of dashed items, "— Saturday Service Restored")
            out += [(a, b, signed.group("name")) for a, b in run[:-1] if re.search(r"[.!?…][\"”’)]?\s*$", text[a:b])]
        run = []
    return out


def margin(text: str) -> int:
    """The indentation most of the document's lines have."""
    counts = Counter(len(line) - len(line.lstrip(" \t")) for line in text.split("\n") if line.strip())
    return counts.most_common(1)[0][0] if counts else 0


#: A line that closes an excerpt the document quotes: "[END OF VERBATIM EXCERPT]", "END OF TRANSCRIPT".
_EXCERPT_END = re.compile(r"(?im)^[ \t]*[\[(]?[ \t]*END[ \t]+OF[ \t]+(?:THE[ \t]+)?(?:VERBATIM[ \t]+)?(?:EXCERPT|TRANSCRIPT|EXCHANGE)[^\n]{0,40}$")


def excerpt_end(text: str, label_starts: list[int]) -> int | None:
    """Where a labelled exchange set in from the margin ends, when a document quotes it and then
    goes on in its own prose: council minutes with a clerk's verbatim excerpt ("    WHITCOMBE:
    So staff saw this coming …" … "[END OF VERBATIM EXCERPT]" ¶ "Council Member Ngata said …").
    Every label line is set in four spaces or more from the margin, and so are four in five of
    the exchange's lines (or a line closes it, "[END OF VERBATIM EXCERPT]", however its turns
    wrap); the document has prose of its own at the margin before it; the exchange
    ends at the first paragraph after the last label's that is back at the margin.  None when the
    labels are not set in (or only they are: a court record's labels over lines wrapped to the
    margin), or nothing follows them at the margin."""
    if not label_starts:
        return None
    left = margin(text)

    def indent(at: int) -> int:
        line = text.rfind("\n", 0, at) + 1
        rest = text[line:]
        return len(rest) - len(rest.lstrip(" \t"))

    before = [(a, b) for a, b in paragraph_spans(text, 0, label_starts[0]) if indent(a) <= left]
    if not any(len(text[a:b].split()) >= 8 for a, b in before):
        return None   # no prose of the document's own before the exchange: a transcript, not an excerpt
    marked = _EXCERPT_END.search(text, label_starts[-1])
    if marked is not None and text.find("\n", marked.end()) > 0:
        return text.find("\n", marked.end()) + 1   # "[END OF VERBATIM EXCERPT]", however the turns wrap
    if any(indent(at) < left + 4 for at in label_starts):
        return None
    last = next((b for a, b in paragraph_spans(text, label_starts[-1], len(text))), len(text))
    for p_start, _ in paragraph_spans(text, last, len(text)):
        if indent(p_start) <= left:
            tail = text.rfind("\n", 0, p_start) + 1
            lines = [ln for ln in text[label_starts[0]:tail].split("\n") if ln.strip()]
            set_in = sum(1 for ln in lines if len(ln) - len(ln.lstrip(" \t")) >= left + 4)
            # the exchange is set in as a whole, not only its labels (a court record's label lines
            # are set in over wrapped lines at the margin: its turns run on there)
            return tail if set_in * 5 >= len(lines) * 4 else None
    return None


def indented(text: str, p_start: int, p_end: int, left: int = 0) -> bool:
    """The paragraph's last line is set in from the margin ``left`` by four spaces or more (six
    at least), as a block quotation is (its first line may have lost its indentation at a page
    break)."""
    last = text.rfind("\n", p_start, p_end)
    line_start = last + 1 if last >= 0 else text.rfind("\n", 0, p_start) + 1
    return len(text[line_start:p_end]) - len(text[line_start:p_end].lstrip(" \t")) >= max(6, left + 4)


def set_off_blocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int]]:
    """(start, end, intro start, intro end) of each block set off below a colon (module docstring);
    a block going on over a page break has the same introduction."""
    end = len(text) if end is None else end
    left = margin(text)
    out: list[tuple[int, int, int, int]] = []
    intro = None
    block = False
    for p_start, p_end in paragraph_spans(text, start, end):
        line_start = text.rfind("\n", 0, p_start) + 1
        first_in = p_start - line_start >= left + 4
        if indented(text, p_start, p_end, left) and intro is not None \
                and (block or first_in and (text[intro[0]:intro[1]].rstrip().endswith(":")
                                            or heading_name(text[intro[0]:intro[1]]))):
            out.append((p_start, p_end, *intro))
            block = True
        else:
            intro, block = (p_start, p_end), False
    return out


#: A last sentence introducing a block that names no one: "In part:", "It reads:", "Excerpt:".
_SAYS_NO_ONE = re.compile(r"(?i)(?:in[ \t]+part|in[ \t]+full|it[ \t]+reads|the[ \t]+\w+[ \t]+reads|excerpts?|quote|"
                          r"an?[ \t]+excerpt|part[ \t]+of[ \t]+it)[ \t]*[:.]?$")
#: A given name and a surname: "Annelise Fournier-Blake".
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z][\w'’\-]+)")


def block_voice(text: str, start: int, end: int) -> str | None:
    """Whose words a block set off after the paragraph at ``start:end`` are: the person a heading
    over it names ("Amrit Dhaliwal, parent, Kilbride Heights Public School"), else, by its last
    sentence, the one it has them come "from" ("received the following email from Mr.
    Petrenko:"), the one person it names ("Asked …, Ms. Varga said:"), or for "He argued:" the
    one the sentence before opened with ("Mr. Lisle submitted that …").  The name in full where
    the decision gives it ("Ruslan Petrenko, Complainant"); None when the paragraph does not say."""
    named = heading_name(text[start:end])
    if named:
        return named
    sentences = split_sentences(text, start, end)
    if len(sentences) > 1 and _SAYS_NO_ONE.match(text[sentences[-1][0]:sentences[-1][1]].strip()):
        sentences = sentences[:-1]   # "She wrote back on Monday. In part:": the sentence before says whose
    s0, s1 = sentences[-1]
    said = text[s0:s1]
    came = re.search(r"\bfrom[ \t\n]+(?:" + _TITLE + r"[ \t\n]+)?([A-Z][\w'’\-]+)[ \t]*:?$", said)
    # (not one the block is sent or put to: "the manager wrote to Mr. Okafor:", "Counsel asked Mr. Hale:")
    names = [m.group(1) for m in _HONORIFIC.finditer(said)
             if not re.search(r"\b(?:to|for|with|at|about|asked|questioned|told)\s+$", said[:m.start()])]
    if any(re.search(r"\b(?:to|asked|questioned|told)\s+$", said[:m.start()]) for m in _HONORIFIC.finditer(said)) \
            and not re.match(_TITLE, said):
        names = []   # a block addressed to someone by a writer the sentence does not name so
    if came:
        names = [came.group(1)]
    elif not names and re.match(r"(?:He|She)\b", said) and len(sentences) > 1:
        before = text[sentences[-2][0]:sentences[-2][1]]
        opened = _HONORIFIC.match(before)
        # ("I wrote to the railroad's chief executive, Annelise Fournier-Blake, on Saturday. She
        # wrote back": the one person the sentence before names in full)
        full_names = {m.group(2) for m in _FULL_NAME.finditer(before) if fold(m.group(1)) in FIRST_NAMES
                      or before[max(0, m.start() - 2):m.start()] == ", " and before[m.end():m.end() + 1] == ","}
        names = [opened.group(1)] if opened else list(full_names) if len(full_names) == 1 else []
    if len(set(names)) != 1:
        return None
    surname = names[0]
    full = re.search(r"\b([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b", text)
    given = full.group(1) if full and not re.fullmatch(_TITLE, full.group(1) + ".") else None
    return f"{given} {surname}" if given else surname


def block_segments(text: str, turn: int) -> list[Segment]:
    """The passages of the blocks set off in an article, a release or a statement of facts
    ("Mr. Sirko wrote:" ¶ "    Both units are dead …"), each block the person its introduction
    names (turns from ``turn``), and the paragraphs of a signed block (``signed_blocks``) its
    signer's; blocks whose introduction names no one are not stored (the document's own words
    are not passages there)."""
    out: list[Segment] = []
    voices: dict[tuple[int, int], tuple[str | None, int]] = {}
    found = set_off_blocks(text)
    for start, end, i0, i1 in found:
        if (i0, i1) not in voices:
            who = block_voice(text, i0, i1)
            if who is not None and heading_name(text[i0:i1]) and not any(
                    _FIRST_PERSON.search(text, b0, b1) for b0, b1, j0, _ in found if j0 == i0):
                who = None   # a nomination letter's "He has never missed a day" under his name: about him
            voices[(i0, i1)] = (who, turn + len(voices))
        who, number = voices[(i0, i1)]
        if who is not None:
            out += _block_passages(text, start, end, who, number)
    taken = {seg.paragraph_start for seg in out}
    signers: dict[str, int] = {}
    for start, end, who in signed_blocks(text):
        if start in taken:
            continue
        out += _block_passages(text, start, end, who, signers.setdefault(who, turn + len(voices) + len(signers)))
    return sorted(out, key=lambda seg: seg.start)


def _block_passages(text: str, start: int, end: int, who: str, turn: int) -> list[Segment]:
    """The passages of one block paragraph, the words of ``who``."""
    return passages(text, start, end, turn=turn, speaker=who, role=ROLE_SPEAKER)
