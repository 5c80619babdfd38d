"""Who a document speaks for, as the subject of a cue: "the statement said", "according to the
memo", "the report found" (pass 5d of quote finding, beside :mod:`desk.extract.described`).

A document is its author's or issuer's when the story says so — "The memo from CEO Adrian
Pellegrini-Roth was obtained by …", "Director Amadou Kesteven wrote in the 46-page report", "The
Canadian Beverage Association said in a statement that …" — and nobody's otherwise: a statement
nobody was said to issue stays as written.
"""

from __future__ import annotations

import re

from desk.extract.described import indefinite_voice
from desk.extract.lexicon import ISSUING, OWNED_WORDS, ROLE_HEADS
from desk.extract.mentions import Analysis
from desk.extract.names import fold
from desk.extract.narration import is_possessive
from desk.extract.orgvoices import described_org, org_like, with_of_tail
from desk.extract.phrases import is_acronym


def _authored(a: Analysis, noun: str, before: int) -> str | None:
    """The one person the story, before ``before``, says the document is from or by: "The memo
    from CEO Adrian Pellegrini-Roth was obtained by …", "a letter signed by Mayor Ana Ruiz"."""
    text = a.text[:before]
    if len(re.findall(r"(?i)\b(?:a|an|another|second|third|new|one)\s+(?:[\w-]+\s+)?" + re.escape(noun) + r"\b", text)) > 1:
        return None   # "a memo from the CEO … A second memo, sent by human resources": which one
    found, last = set(), 0
    for m in re.finditer(r"(?i)\b(?:the|a|an|this)\s+(?:[\w-]+\s+)?" + re.escape(noun)
                         + r"\s+(?:from|by|signed\s+by|written\s+by)\s+", text):
        if (who := _writer_at(a, m.end(), before, room=3)) is not None:
            found.add(who[2])
            last = who[1]
    # "Director Amadou Kesteven wrote in the 46-page report", "… Deshawn Pellegrino … sent a
    # written statement": the one named last before the verb in its sentence (not "filed the
    # psychiatric report", "submitted the report", "signed the statement along with colleagues":
    # someone else's, delivered; nor "wrote in the report's foreword")
    for m in re.finditer(r"(?i)\b(?:wrote\s+in\s+(?:the|a|an|his|her|their)|(?:sent|submitted|filed)\s+(?:a|an|his|her|their))"
                         r"\s+(?:[\w-]+\s+){0,2}?" + re.escape(noun) + r"\b(?![’'])", text):
        s0 = a.sentence_bounds(m.start())[0]
        before_verb = [x for x in a.mentions if s0 <= x[0] < m.start() and x[2] is not None]
        who = before_verb[-1] if len({x[2] for x in before_verb}) == 1 else None   # not "Goodlatte and Gowdy sent"
        if who is not None and who[3] == "name" and " and " not in a.text[s0:m.start()]:
            found.add(who[2])
            last = max(last, m.end())
    # "Prosecutors showed the jury an email she sent Pankratz": the one the clause after the
    # document has write or send it (a name, or a pronoun the story resolved)
    for m in re.finditer(r"(?i)\b(?:the|a|an|this)\s+(?:[\w-]+\s+)?" + re.escape(noun) + r"\s+(?:that\s+|which\s+)?(?=\S)", text):
        x = a.mention_at.get(m.end())
        if x is not None and x[2] is not None and x[3] in ("name", "pron") \
                and re.match(r"\s+(?:had\s+)?(?:sent|wrote|signed|posted|emailed|texted)\b", text[x[1]:x[1] + 20]):
            found.add(x[2])
            last = max(last, x[1])
    if len(found) != 1:
        return None
    pid = found.pop()
    for reply in _REPLIED.finditer(text, last):
        s0, s1 = a.sentence_bounds(reply.start())
        if not any(x[2] == pid and s0 <= x[0] < s1 for x in a.mentions):
            return None   # "A letter from Mayor Ruiz asked … The province wrote back": whose letter now
    return a.persons[pid].name


#: Someone else answering in writing after the document was introduced.
_REPLIED = re.compile(r"(?i)\b(?:wrote\s+back|replied|responded|answered|sent\s+(?:a|an|its|his|her|their)\s+own)\b")


#: A sentence opening on someone unnamed who speaks ("A spokesperson for … later said in a statement").
_VOICE_OPENER = re.compile(r"((?:A|An|One|Another) [^.!?\n]{1,90}?)(?:\s+(?:later|also|then|earlier))?\s+(?:said|says|stated|wrote|added)\b")
#: A sentence opening on an organisation's common noun ("The company said in a statement").
_ORG_OPENER = re.compile(r"((?:The|the)(?: [a-z][\w-]*){1,3})\s+(?:said|says|announced|stated|confirmed|added|wrote|issued|released|put out)\b")


def document_voice(a: Analysis, mention: str, before: int, results) -> str | None:
    """Who "the statement" (or release, letter, memo …) is, as the subject of a cue: the speaker
    of the last quote before it, in this paragraph or the one before, when that quote's sentence
    has them issue it ("The Canadian Beverage Association said in a statement that “…” The
    statement also said …"; also "issued a release", "its statement"), not only mention it
    ("angered by the GM statement").  None otherwise: a statement nobody was said to issue stays
    as written.  ``results`` are the (quote, spans) found so far, in order."""
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the" or fold(words[1]) not in OWNED_WORDS:
        return None
    noun = fold(words[1])
    if (author := _authored(a, noun, before)) is not None:
        return author   # "The memo from CEO Adrian Pellegrini-Roth …" … "the memo said"
    para = a.para_of(before)
    issued = re.compile(r"(?i)(?:\b(?:in|" + "|".join(sorted(ISSUING)) + r")\s+(?:a|an|its|his|her|their)"
                        r"|['’]s|\b(?:its|his|her|their))\s+(?:[\w-]+\s+){0,2}" + re.escape(noun) + r"\b")
    lo = a.paras[max(0, para - 1)][0]
    for q, _ in reversed(results):
        if q.skipped or q.mention_start is None:
            continue
        if not q.speaker or a.para_of(q.mention_start) < para - 1:
            break
        if q.mention_start == before:
            return q.speaker   # '“A,” the statement said. “B.”': B shares A's attribution, and its issuer
        s0, s1 = a.sentence_bounds(q.mention_start)
        if issued.search(a.text, s0, s1):
            return q.speaker
        p = s0
        while p > lo:
            # "Maritime Grid Power said in a statement that … The utility warned that “…”": the
            # one that quote is from issued the statement in a sentence just before it
            p0, p1 = a.sentence_bounds(p - 1)
            found = issued.search(a.text, p0, p1)
            if found and q.speaker in a.text[p0:found.start()]:
                return q.speaker
            p = p0
        lo = max(lo, s1)   # only a sentence after that quote's may say who issued it
        break
    # no quote since: the person a sentence of this paragraph or the one before has issue it
    # ("Sen. Carlos Ibarra issued a statement. … “…,” the statement said"), its subject by name
    s0, _ = a.sentence_bounds(before)
    while s0 > lo:
        p0, p1 = a.sentence_bounds(s0 - 1)
        found = issued.search(a.text, p0, p1)
        if not found and re.search(r"(?i)\b" + re.escape(noun) + r"\b", a.text[p0:p1]):
            return None   # "The union responded with a statement of its own.": another one, nearer
        if found:
            m = next((m for m in a.mentions if p0 <= m[0] < found.start() and (m[3] == "name" or m[2] is None)), None)
            opening = a.text[p0:m[0]].split() if m is not None else []
            if m is not None and m[2] is not None and m[3] == "name" and (
                    len(opening) <= 2 and all(w[:1].isupper() and w.isalpha() for w in opening)
                    or len(opening) <= 6 and opening and opening[0][:1].isupper()
                    and all(w[:1].isupper() and w.isalpha() or w.lower() in ROLE_HEADS for w in opening)):
                # (also after the body's name as a modifier: "League president Alana Beauchesne-Diaz",
                # "Brannock Coatings chief executive Marianne Brannock released her first statement")
                return a.persons[m[2]].name
            if not a.text[p0:found.start()].strip():
                # "In a statement, Port Aldous Authority CEO Margaret Villeneuve said …": the one
                # named right after the opening phrase, past their organisation and title
                after = next((m for m in a.mentions if found.end() <= m[0] < p1), None)
                between = a.text[found.end():after[0]].strip(" ,").split() if after is not None else []
                if after is not None and after[2] is not None and after[3] == "name" and len(between) <= 5 \
                        and all(w[:1].isupper() for w in between):
                    return a.persons[after[2]].name
                # "In a statement issued Sunday night, the agency said …": the organisation the
                # subject past the opening phrase stands for, or names ("…, Halbrook Transit said")
                past = re.match(r"[^,.!?\n]{0,60},[ \t]*", a.text[found.end():p1])
                at = found.end() + past.end() if past else -1
                r = next((r for r in a.runs if at <= r.start <= at + 4), None) if past else None
                if r is not None and a.text[at:r.start].strip() in ("", "The", "the") and org_like(a, r) \
                        and re.match(r"\s+(?:said|says|stated|added|wrote)\b", a.text[with_of_tail(a, r.end):p1]):
                    return a.text[r.name_start:with_of_tail(a, r.end)]
                opener = _ORG_OPENER.match(a.text, at, p1) if past else None
                if opener and (org := described_org(a, opener.group(1), p0)):
                    return org
            # "Acme Corp. said in a news release …": an organisation opening the sentence
            r = next((r for r in a.runs if p0 <= r.start < found.start()), None)
            # (also after an opening phrase: "Asked whether …, the Ministry of Education said …")
            opening = a.text[p0:r.start].strip() if r is not None else ""
            if m is None and r is not None and (opening in ("", "The", "the") or re.search(r",\s*(?:[Tt]he)?$", opening)) \
                    and org_like(a, r):
                return a.text[r.name_start:with_of_tail(a, r.end)]   # "The Department of Finance issued a release"
            spoke = _VOICE_OPENER.match(a.text, p0, found.start())
            if spoke and (m is None or m[0] > p0) and "," not in spoke.group(1) \
                    and (voice := indefinite_voice(spoke.group(1))) is not None:
                # "A spokesperson for Minister Beatrix Holloway said in a statement …": the spokesperson
                return voice
            opener = _ORG_OPENER.match(a.text, p0, found.start())
            if m is None and opener:
                # "The company said in a statement …": the organisation "the company" stands for,
                # else the company as the story calls it ("the ministry"), as "the ministry said" is
                phrase = opener.group(1)
                return described_org(a, phrase, p0) or phrase[0].lower() + phrase[1:]
            k0 = a.tok_index(p0)
            first = a.toks[k0]
            if m is None and is_acronym(first) and first.start < found.start() and k0 + 1 < len(a.toks) \
                    and a._is_cue(k0 + 1):
                return first.text   # "RCMP said in a news release …" (not a dateline: "OTTAWA — …")
            return None
        s0 = p0
    return None


#: Someone reading out a document's words: "read a letter from Solheim into the record",
#: "read aloud an email written by her sister", "quoted from a statement by the coach".
_READ_FROM = re.compile(
    r"(?i)\b(?:read|reads|reading|quoted|quotes|quoting)(?:\s+(?:out|aloud|from))?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letter|statement|note|email|e-mail|message|poem|submission|text)\s+(?:from|by|written\s+by|sent\s+by)\s+")


#: ... or the document named by its writer's possessive: "the judge read Pell’s testimony aloud";
#: or words passed on by their speaker's possessive: "Kowal also posted Mayor Castellano’s pledge …".
_READ_OWNED = re.compile(
    r"(?i)\b(?:read|reads|reading|quoted|quotes|quoting|posted|posts|shared|shares|reposted|repeated|repeats|cited|cites)"
    r"(?:\s+(?:out|aloud|from))?\s+(?=[A-Z])"
    r"(?P<owner>[^\s’']+(?:\s+[A-Z][^\s’']*){0,2})['’]s\s+(?:[\w-]+\s+)?"
    r"(?:testimony|letter|statement|words|note|notes|email|e-mail|message|post|poem|submission|pledge|promise|vow|"
    r"warning|remarks?|comments?|assurance|line)\b")


def _read_owned(a: Analysis, start: int, before: int) -> int | None:
    """The person whose document, named by the possessive, is read out: "the judge read Pell’s
    testimony aloud from her notes: “…”" is Pell's, with no other verb before the quote."""
    m = _READ_OWNED.search(a.text, start, before)
    if m is None:
        return None
    who = next((x for x in a.mentions if x[0] == m.start("owner") and x[3] == "name" and x[2] is not None), None)
    if who is None:
        return None
    return None if _speaks_on(a, m.end(), before) else who[2]


def _verb_cue(a: Analysis, k: int) -> bool:
    """Token k is a cue used as a verb (not "from her notes", "the statement")."""
    return a._is_cue(k) and not (k and a.toks[k - 1].low in ("her", "his", "their", "the", "a", "an", "my", "our", "its"))


def read_from(a: Analysis, start: int, before: int) -> int | None:
    """The person whose document the cue's subject (at ``start``) reads out before the quote at
    ``before``: "MLA Tobias Rennick … read a letter from Solheim into the record on Monday: “…”"
    gives the words to Solheim, who wrote them (the person must be named right after "from" or
    "by", in the sentence of the cue, with no other verb between that name and the quote)."""
    m = _READ_FROM.search(a.text, start, before)
    if m is None:
        return _read_owned(a, start, before)
    who = _writer_at(a, m.end(), before, room=2)
    if who is None or _speaks_on(a, who[1], before):
        return None   # "read a letter from Mayor Ruark aloud, then told council: “…”": the reader's own
    return who[2]


def _writer_at(a: Analysis, at: int, before: int, room: int):
    """The mention of the person named right after "from" or "by" at ``at`` (before ``before``):
    at most ``room`` capitalised words between (a title the mention leaves out: "Coach"), or who
    the writer is to someone ("her neighbour, Ida Brant"); not a possessive ("by Marla Quint's
    family's lawyer").  None otherwise."""
    who = next((x for x in a.mentions if x[0] >= at and x[3] != "pron"), None)
    if who is None or who[3] != "name" or who[2] is None or who[0] >= before \
            or is_possessive(a.text[who[0]:who[1]]) or a.text[who[1]:who[1] + 2] in ("'s", "’s"):
        return None
    between = re.sub(r"^(?:his|her|their|a|an|the)\s+[\w’'-]+,\s*", "", a.text[at:who[0]]).split()
    return who if len(between) <= room and all(w[:1].isupper() for w in between) else None


def _speaks_on(a: Analysis, start: int, before: int) -> bool:
    """Between ``start`` and the quote at ``before`` the sentence goes on to another act or cue of
    the reader's ("… then told council", "and then said"), so the quote is no longer the document's."""
    # (not an infinitive, what the words were about: "Castellano’s pledge not to call the water safe")
    return any(a.toks[k].low in ("then", "and", "but", "before", "after") or _verb_cue(a, k) and a.toks[k - 1].low != "to"
               for k in range(a.tok_index(start), a.tok_index(before)))
