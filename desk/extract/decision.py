"""A court's written reasons: the judge who wrote them, paragraph by numbered paragraph.

A decision as courts publish it opens with a header of fields ("Citation:", "Docket:",
"BETWEEN:", "BEFORE:", "Heard:"), names who wrote the reasons ("The judgment of the Court was
delivered by Oyelowo-Marsh J.A.:", "Reasons for judgment by …", "Per Tran J.:") and numbers
its paragraphs ("[1] On a January evening in 2022, …").  Read as a labelled transcript its
header fields became speakers, the whole judgment the speech of "Heard"; read as an article only
the words it quotes were kept, and "We find that the trial judge made such an error" was in
the library nowhere.

Here the numbered paragraphs (and the unnumbered ones between them) are the words of the judge
who wrote the reasons; the words the court quotes inside them (testimony, the trial judge's
finding, a party's submission) stay in those passages, and the check tells them apart
(``desk.match.readers``: *quoted_by_other* for the witness's own words, *misattributed* with
*quoting_another* when they are credited to the judge).  The header, headings ("V. ANALYSIS"),
the release date and the judges' signatures are no one's words.  The writer is taken from the
header's "delivered by" line, else from the first signature ('"R. Oyelowo-Marsh J.A."'); when neither
names one, the passages are the court's, given to no one (role ``unknown``).

A text is such a decision when its paragraphs "[1]", "[2]" and "[3]" open in order and its
header, before "[1]", says it is one (a "BETWEEN:" or "BEFORE:" line in any case, "REASONS FOR
JUDGMENT", a judge's "J.", "J.A." or "C.J."): a release's numbered endnotes are no decision.  A
tribunal's decision heard by one member names its writer in the header ("Before: Harriet
Doucette, Vice-Chair") and signs "(signed) Harriet Doucette", where the reasons end.  Reasons
after the first signature (a dissent, a concurrence) are not read: they are another judge's, and
the desk does not yet tell whose.

Testimony or a submission the decision sets off as an indented block without quote marks, below
a paragraph ending in a colon ("Asked whether she had treated it as urgent, Ms. Varga said:",
"He argued:", "received the following email from Mr. Petrenko:"), is the words of the one that
paragraph names, in full where the decision gives the full name; a block continued over a page
is the same turn.  When the paragraph names no one for sure, the block is no one's (role
``unknown``), never the judge's.  A running head the pages repeat (the case's citation, as the
header gives it) is no passage.
"""

from __future__ import annotations

import re

from desk.extract.blocks import block_voice, indented, margin
from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN, Segment
from desk.extract.names import display_name
from desk.extract.sentences import paragraph_spans, passages

#: A numbered paragraph: "[12] We are mindful …".
_NUMBERED = re.compile(r"(?m)^[ \t]*\[(\d{1,3})\][ \t]+")
#: A paragraph numbered the way tribunals number theirs: "1. You are a 47-year-old offender …".
_DOTTED = re.compile(r"(?m)(?:\A|(?<=\n\n))[ \t]*(\d{1,3})\.[ \t]+(?=[A-Z“\"])")
#: The heading a tribunal's reasons stand under, on a line of its own: only under it is "1." a decision's paragraph.
_REASONS = re.compile(r"(?m)^[ \t]*(?:REASONS(?: FOR (?:DECISION|JUDGMENT))?|DECISION AND REASONS|Reasons for [Dd]ecision)[ \t]*$")
#: A news release's header: "MEDIA RELEASE", "News release" — a board's announcement, not its reasons.
_RELEASE = re.compile(r"(?im)^[ \t]*(?:media|news|press)[ \t]+release\b")
#: The body a decision is from, as its header's first line names it: "PAROLE BOARD OF CANADA".
_BODY = re.compile(r"\A\s*((?:[A-Z][A-Z'’\-]+[ \t]+)*(?:BOARD|TRIBUNAL|COMMISSION|COURT)(?:[ \t]+[A-Z][A-Z'’\-]+)*)[ \t]*\n")
#: The header's word that this is a court's decision.
_COURT = re.compile(r"(?m)^[ \t]*(?i:BETWEEN|BEFORE|CORAM)[ \t]*:|REASONS FOR (?:JUDGMENT|DECISION)|Reasons for [Jj]udgment"
                    r"|\b(?:J|J\.A|C\.J(?:\.[A-Z]{1,3})?|JJ\.A)\.(?=[\s:,)])")
#: Who wrote the reasons: "delivered by Oyelowo-Marsh J.A.", "Reasons for judgment by Tran J.", "Per Tran J.".
_WRITER = re.compile(r"(?:delivered by|[Rr]easons (?:for (?:judgment|decision) )?(?:delivered )?by|^[ \t]*Per)[ \t]+"
                     r"(?:(?:the )?(?:Honourable |Hon\. )?(?:Justice |Madam Justice |Mr\. Justice |Chief Justice ))?"
                     r"([A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}?)(?:,?[ \t]+(?:C\.J\.[A-Z.]*|J\.A\.|JJ?\.))?[ \t]*[:.,]",
                     re.MULTILINE)
#: The header's line naming the judge by title: "REASONS FOR JUDGMENT OF … JUSTICE TRAN".
_BY_JUSTICE = re.compile(r"(?m)^[ \t]*REASONS FOR (?:JUDGMENT|DECISION)\b[^\n]*?\bJUSTICE[ \t]+([A-Z][A-Z'’\-]+)[ \t]*$")
#: A judge's signature at the end: "R. Oyelowo-Marsh J.A.", '"I agree. D. Brightwater J.A."'.
_SIGNATURE = re.compile(r"(?m)^[ \t]*[\"“]?(?:I agree\.?[ \t]+)?((?:[A-Z]\.[ \t]*)*[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)"
                        r"[ \t]+(?:C\.J\.[A-Z.]*|J\.A\.|J\.)[\"”]?[ \t]*$")
#: Where the reasons end: "Released: …", the signatures, "Appeal allowed." on its own after them.
_END = re.compile(r"(?m)^[ \t]*(?:(?:Released|Date of [Rr]elease|Judgment [Rr]eleased)[ \t]*:|\((?i:signed)\)|\[(?i:end of)[^\]\n]*\])")
#: A member's dissent or concurrence after the reasons, under its own heading: another voice.
_DISSENT = re.compile(r"(?m)^[ \t]*(?:DISSENT|DISSENTING|CONCURRING|CONCURRENCE)\b[^\n]*$")
#: A tribunal's header naming the one member who heard the case: "Before:      Harriet Doucette, Vice-Chair".
_BEFORE = re.compile(r"(?m)^[ \t]*(?i:before)[ \t]*:[ \t]*(?P<name>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3}?)"
                     r"[ \t]*(?:,[^\n]*)?\n(?![ \t]+[A-Z][\w.'’\-]*[ \t]+[A-Z])")
#: A heading inside the reasons: "V. ANALYSIS", "III. THE TRIAL JUDGE'S REASONS", "Analysis".
_HEADING = re.compile(r"^(?:[IVXL]{1,5}\.|[A-H]\.|\(\w\))?[ \t]*[A-Z][^.!?\n]{0,80}$")


def _numbering(text: str) -> re.Pattern | None:
    """How the decision numbers its paragraphs, if ``text`` is one (``is_decision``)."""
    numbers = [int(m.group(1)) for m in _NUMBERED.finditer(text)][:3]
    if numbers == [1, 2, 3]:
        first = _NUMBERED.search(text)
        if _COURT.search(text, 0, first.start() + 1):   # (not endnotes' "Marsh, J." after the text)
            return _NUMBERED
    numbers = [int(m.group(1)) for m in _DOTTED.finditer(text)][:3]
    if numbers == [1, 2, 3]:
        # a tribunal's "1.", "2.", "3." under "REASONS FOR DECISION": a release's numbered list has no such heading
        first = _DOTTED.search(text).start()
        reasons = _REASONS.search(text, 0, first)
        if reasons and _BODY.match(text) and not _RELEASE.search(text, 0, first):
            return _DOTTED
    return None


def is_decision(text: str) -> bool:
    """Numbered paragraphs [1], [2], [3] in order, under a header that says a court wrote them;
    or a tribunal's 1., 2., 3. under "REASONS FOR DECISION", below the name of the board that wrote them."""
    return _numbering(text) is not None


def writer(text: str) -> str | None:
    """The judge who wrote the reasons, as the decision names them; for a board's decision with
    no one writer, the board ("PAROLE BOARD OF CANADA" heading it: "Parole Board of Canada")."""
    numbered = _numbering(text) or _NUMBERED
    first = numbered.search(text).start()
    m = _WRITER.search(text, 0, first)   # in the header: not "The summons was delivered by Constable Reyes"
    signed = [s.group(1).strip() for s in _SIGNATURE.finditer(text, first)]
    if m is None:
        # "REASONS FOR JUDGMENT OF THE HONOURABLE MADAM JUSTICE TRAN"
        titled = _BY_JUSTICE.search(text, 0, first)
        before = _BEFORE.search(text, 0, first)   # a tribunal's single member: "Before: Harriet Doucette, Vice-Chair"
        body = _BODY.match(text)
        return signed[0] if signed else (display_name(titled.group(1)) if titled else
                                         before.group("name") if before else
                                         _body_name(body.group(1)) if body else None)
    name = m.group(1).strip()
    # the fuller form a signature gives: "Oyelowo-Marsh" signs "R. Oyelowo-Marsh J.A."
    return next((s for s in signed if s.split()[-1] == name.split()[-1]), name)


def _body_name(caps: str) -> str:
    """"PAROLE BOARD OF CANADA" as an editor writes it: "Parole Board of Canada"."""
    small = {"of", "for", "and", "the", "on", "in"}
    words = caps.split()
    return " ".join(w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(words))


def decision_segments(text: str, speaker: str | None) -> list[Segment]:
    """The passages of a court's written reasons (module docstring), sentence by sentence."""
    who = speaker or writer(text)
    role = ROLE_SPEAKER if who else ROLE_UNKNOWN
    numbering = _numbering(text) or _NUMBERED
    start = numbering.search(text).start()
    last = max(m.start() for m in numbering.finditer(text))   # not a "(signed)" inside a letter quoted before it
    end_m = _END.search(text, last)
    sig = _SIGNATURE.search(text, start)
    dissent = _DISSENT.search(text, start)
    end = min((x.start() for x in (end_m, sig, dissent) if x is not None), default=len(text))
    segments: list[Segment] = []
    header = " ".join(text[:start].split())
    left = margin(text)
    block = None   # (voice, turn) of the indented block being read, if any
    intro = None   # the paragraph before
    for p_start, p_end in paragraph_spans(text, start, end):
        para = text[p_start:p_end]
        numbered = numbering.match(para)
        if numbered is None and _HEADING.match(para) and sum(c.isupper() for c in para) * 2 > sum(c.isalpha() for c in para):
            block, intro = None, None
            continue   # "V. ANALYSIS"
        body = p_start + (numbered.end() if numbered else 0)
        if numbered is None and indented(text, p_start, p_end, left) and intro is not None \
                and (block is not None or text[intro[0]:intro[1]].rstrip().endswith(":")):
            # testimony or a submission set off below "Ms. Varga said:": the witness's own words
            block = block or (block_voice(text, *intro), 1 + len(segments))   # a block over a page goes on
            speaker, turn, voice_role = block[0], block[1], ROLE_SPEAKER if block[0] else ROLE_UNKNOWN
        elif " ".join(para.split()) in header:
            continue   # the running head a page repeats: "Petrenko v Norrland Cell Recovery Ltd, 2026 BYLRB 57"
        else:
            block, intro = None, (p_start, p_end)
            speaker, turn, voice_role = who, 0, role
        segments += passages(text, body, p_end, turn=turn, speaker=speaker, role=voice_role)
    return segments
