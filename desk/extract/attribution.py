"""Pass 4 and 5 of quote finding: the attribution right after a quote.

``trailing`` reads the words right after a quote part: '," Okafor said', '," said Okafor, a
…', '," according to X'; :class:`~desk.extract.phrases.Attribution` is what every attribution
pass returns, and the names a cue leads to past its verb are :mod:`desk.extract.namedby`'s.  The cue
before the quote in its sentence is :mod:`desk.extract.leading`'s; those found later, closing
its sentence or around it, are in :mod:`desk.extract.late`.  The subjects of cue verbs come
from :mod:`desk.extract.phrases`.  The rules are in :mod:`desk.extract.quotes`'s docstring.
"""

from __future__ import annotations

from desk.extract.described import voice_phrase
from desk.extract.lexicon import (
    AUX,
    CLAUSE_VERBS,
    CUE_VERBS,
    FUNCTION_WORDS,
    INVERTIBLE,
    KIN_NOUNS,
    NOUN_CUES,
    OBJECT_PREPS,
    PARTICIPLES,
    PASSIVE_AUX,
    ROLE_HEADS,
    TIME_WORDS,
)
from desk.extract.marks import Span
from desk.extract.mentions import Analysis
from desk.extract.namedby import described_name, it_said, listed_org, named_after
from desk.extract.narration import according_end, base_word, is_possessive
from desk.extract.phrases import Attribution, NounPhrase, np_at

#: Words that deny a cue: "did not respond", "never said", "didn't return a call".
_NEGATIONS = frozenset("not never didn't don't doesn't hasn't haven't wouldn't won't couldn't can't cannot "
                       "didn’t don’t doesn’t hasn’t haven’t wouldn’t won’t couldn’t can’t".split())


#: What a new sentence says someone said, after a quote that ended its own: "He said little else."
_SAID_WHAT = frozenset("little nothing much it so this something more less everything anything only just".split())


#: Things whose written words a cue "read" gives: '“…,” read one', '“…,” reads the note'.
_WRITTEN = frozenset("message text note letter email sign card post tweet entry one".split())


def _cued_before(a: Analysis, span: Span) -> bool:
    """The quote opens right after a cue and its comma or colon ("I said, “…”")."""
    o = a.tok_index(span.open_at) - 1
    return o >= 1 and a.toks[o].text in (",", ":") and a.toks[o - 1].kind == "w" and a._is_cue(o - 1) \
        and a.toks[o - 1].low in CUE_VERBS


def trailing(a: Analysis, span: Span, limit_pos: int) -> Attribution | None:
    """An attribution right after a quote part: '," Okafor said' / '," said Okafor' / 'according to'."""
    if span.close_at is None:
        return None
    toks = a.toks
    k = a.tok_index(span.close_at + 1)
    lim = a.tok_index(limit_pos)
    if k >= lim:
        return None
    # Skip the punctuation between the mark and the attribution.
    comma = False
    while k < lim and toks[k].kind == "p" and toks[k].text in (",", "—", "–", "-", "--", ";"):
        comma = comma or toks[k].text == ","
        k += 1
    if k >= lim or toks[k].kind != "w":
        return None
    inner = a.text[span.start:span.end].rstrip()
    if toks[k].low == "as" and (inner.endswith(",") or toks[k - 1].text == ",") and k + 1 < lim:
        k += 1   # '“…,” as Cruz said on Monday': the attribution after "as"
    ends_sentence = inner[-1:] == "." or inner.endswith("...")
    if (ends_sentence or inner[-1:] in ("?", "!")) and not comma and toks[k].text[:1].isupper() and _cued_before(a, span):
        return None   # 'I said, “Who's going to tell the crab?” He laughed.': the cue before gave it
    # '“…,” scolded Elyse': the quote hands its words on to the verb after it (a comma, question
    # or exclamation mark); '“a cash grab” criticized Trudeau' names what someone did to Trudeau.
    handed = comma or inner[-1:] in (",", "?", "!")
    if toks[k].low in ("read", "reads") and k + 1 < lim and (toks[k + 1].low == "one" or k + 2 < lim and toks[k + 1].low in (
            "a", "an", "the", "another") and toks[k + 2].low in _WRITTEN):
        # '“…,” read one, sent from Kraychuk's phone', '“…,” reads the note': a message's words,
        # not those of the one who read it out
        return Attribution(toks[k + 1].start, toks[k + 1 if toks[k + 1].low == "one" else k + 2].end, None, "generic")
    if toks[k].low in ("my", "our") and k + 2 < lim and toks[k + 1].low in KIN_NOUNS and a._is_cue(k + 2):
        # '“…,” my mother said': the writer's relative (``kin`` names them when the story did)
        return Attribution(toks[k].start, toks[k + 1].end, None, "generic")
    # According to X
    after = according_end(toks, k, lim)
    if after is not None:
        got = np_at(a, after, lim)
        if got:
            np_, _ = got
            return Attribution.of(np_)
        return None
    # Inverted: said Okafor
    j = k
    while j < lim and toks[j].kind == "w" and toks[j].adverb and toks[j].low not in CUE_VERBS \
            and toks[j].text.islower():
        j += 1   # an adverb ("“…,” quickly added Hale"), not a name ("“…,” Everly told the Ledger")
    # 'The vow to “get it done” echoed Ford', '“…” — suggests Kenney knew': no inversion
    verb = j < lim and toks[j].kind == "w" and not (toks[j].low in CLAUSE_VERBS and not handed)
    if verb and handed and toks[j].low not in INVERTIBLE and a._is_cue(j):
        # '“…,” scolded Elyse.': any cue verb inverts before a name that ends the attribution
        m = a.mention_at.get(toks[j + 1].start) if j + 1 < lim else None
        if m is not None and m[3] == "name" and m[2] is not None and m[0] == toks[j + 1].start:
            after = a.tok_index(m[1])
            if after >= lim or toks[after].text in (",", ".", ";"):
                return Attribution(m[0], m[1], m[2], m[3])
        got = np_at(a, j + 1, lim) if m is None and j + 1 < lim else None
        if got is not None and got[0].kind == "generic" and (got[1] >= lim or toks[got[1]].text in (",", ".", ";")) \
                and voice_phrase(a.text[got[0].start:got[0].end]):
            # '“…,” chanted protesters.': nobody the story names; not '“…,” posted the clip to
            # YouTube', what someone did after the quote
            return Attribution.of(got[0])
    if verb and toks[j].low in INVERTIBLE:
        listed = listed_org(a, j + 1, lim)
        if listed is not None:
            # "said Immigration, Refugees and Citizenship Canada spokesperson X": the person the
            # department's long name leads up to; without one, the department (not its first word)
            if listed < lim and toks[listed].kind == "w" and (toks[listed].low in ROLE_HEADS or (
                    toks[listed].text.islower() and toks[listed].low not in FUNCTION_WORDS)):
                described = described_name(a, listed, lim)
                if described is not None or toks[listed].low in ROLE_HEADS:
                    return described
            else:
                start, end = toks[j + 1].start, toks[listed - 1].end
                return Attribution(start, end, None, "org", name=a.text[start:end])
        got = np_at(a, j + 1, lim)
        nxt = got[1] if got else lim
        if got and (got[0].kind == "org" or (nxt < lim and toks[nxt].kind == "w")):
            # "says Heart and Stroke senior manager Erin Kim": the person the words lead up to
            described = described_name(a, j + 1, lim)
            if described is not None:
                return described
        # "said Freeland’s parliamentary secretary": someone's aide, as the story describes them
        owned = got is not None and any(is_possessive(w) for w in a.text[got[0].start:got[0].end].split())
        if got and toks[j].low in CLAUSE_VERBS and got[1] < lim and toks[got[1]].text not in (",", ".", ";"):
            return None   # '“…,” confirms Morneau was briefed': the name opens a clause, it does not speak
        # '“…,” said residents.', '“…,” said one resident', '“…,” chanted protesters': someone the
        # story does not name, which must not fall back to the last person named
        plain = got is not None and got[0].kind == "generic" and (
            got[1] >= lim or toks[got[1]].text in (",", ".", ";") or toks[got[1]].low in OBJECT_PREPS
            or toks[got[1]].low in ("who", "whose")   # "said one trader who was not authorized to …"
            or toks[got[1]].low in TIME_WORDS and toks[got[1] - 1].low in OBJECT_PREPS)   # "… on Wednesday"
        if got and got[0].kind != "generic" or plain or (got and (toks[j + 1].low in ("a", "an", "the", "his", "her", "their") or owned
                                                                 or a._is_name_tok(toks[j + 1]))):
            np_, after = got
            named = named_after(a, np_, after, lim)
            if named is not None:
                return named
            if a.text[np_.start:np_.end].lower() in ("one", "another") and after + 2 < lim \
                    and toks[after].text == "," and toks[after + 1].low in ("a", "an"):
                # '“…,” said one, a data scientist who asked not to be named': the description
                described = np_at(a, after + 1, lim)
                if described is not None and described[0].kind == "generic":
                    return Attribution.of(described[0])
            return Attribution.of(np_, _colon_after(a, after, lim))
        described = described_name(a, j + 1, lim)
        if described is not None:
            return described
    if toks[k].low == "it":
        return it_said(a, k, lim)
    listed = listed_org(a, k, lim)
    if listed is not None and listed < lim and a._is_cue(listed):
        # '“…,” Environment and Climate Change Canada said': one organisation, not its first word
        start, end = toks[k].start, toks[listed - 1].end
        return Attribution(start, end, None, "org", name=a.text[start:end])
    # Subject first: Okafor said / the minister told / Yusuf Adeyemi, a dishwasher …, told
    if inner[-1:] in ("?", "!") and not comma and toks[k].text in ("His", "Her", "Their"):
        return None   # '“What difference does it make?” Her critics cited it': a new sentence
    got = np_at(a, k, lim)
    if not got:
        return None
    np_, j = got
    if j + 3 < lim and toks[j].low in ("read", "reads") and toks[j + 1].low == "from" \
            and toks[j + 2].low in ("his", "her", "their") and is_possessive(toks[j + 3].text) \
            and base_word(toks[j + 3].low) in KIN_NOUNS:
        # '“…,” Carly Marchuk read from her mother’s statement': the words of the one who wrote
        # them ("her mother", whom ``kin`` names), not of the one who read them out
        return Attribution(toks[j + 2].start, toks[j + 3].start + len(base_word(toks[j + 3].text)), None, "generic")
    both = _and_named(a, np_, j, lim) if inner[-1:] == "," or comma else None
    if both is not None:
        return both   # '“…,” Edward-Isaac Dovere and Gabriel Debenedetti wrote.'
    named = named_after(a, np_, j, lim)
    if not handed and j - 1 > k and toks[j - 1].low in ("and", "or", "but"):
        return None   # 'said it “strongly supports” the response and urged members': a second verb
    j = a.skip_affiliation(a.skip_appositive(_skip_paren(a, j, lim), lim), lim)
    j = _skip_modifier(a, j, lim)
    negated = False
    while j < lim and toks[j].kind == "w" and (toks[j].low in AUX or (toks[j].adverb and toks[j].low not in CUE_VERBS)
                                               or (toks[j].low in PASSIVE_AUX and j + 1 < lim and toks[j + 1].low == "quoted")
                                               or a.heard_at(j)   # '“…,” Daniel Frost can be heard saying'
                                               or j + 2 < lim and a.heard_at(j + 1) and toks[j + 2].low in PARTICIPLES):
        negated = negated or toks[j].low in _NEGATIONS
        j += 1
    if negated:
        return None   # '“…” Lutz did not respond to a request for comment': no one's words are given
    if j < lim and a._is_cue(j) and not (toks[j].low in NOUN_CUES and toks[k].low in ("a", "an", "the")) \
            and not _owned_noun(a, j):
        after = j + 1
        if after < lim and toks[after].low in _OWN_ANSWERS:
            return None   # 'as Trump went on about “…,” Melanie said yes': her words are "yes", not the quote
        if ends_sentence and toks[k].text[:1].isupper() and after < lim and toks[after].low in _SAID_WHAT:
            return None   # '“…, is the only farm policy that ever worked.” He said little else.': a new sentence
        asked = inner[-1:] in ("?", "!") and not comma
        if ends_sentence and toks[k].text[:1].isupper() and _inside_sentence(a, span):
            # 'Officials said the plan was “on track.” Mayor Tom Hale said the city would pay.':
            # the quote closed a sentence of the writer's, with its own cue; what follows is new
            return None
        if (ends_sentence or asked) and toks[k].text[:1].isupper():
            # "“We will.” Smith said the plan …", "“…” Fiorina said Cruz “says …”" and "“…!” She
            # replied to him that …" are new sentences, not attributions (the sentence's first
            # word decides: the phrase may start later, "Sanders campaign manager Jeff Weaver
            # replied that …").  After a question a long clause still attributes ("“Why?” Hale
            # asked the crowd at the rink on Tuesday.", "“Too forced?” He tweeted when …").
            end_k = after
            while end_k < lim and toks[end_k].text not in (".", "?", "!", ":") and end_k - after < 8:
                end_k += 1
            clause = ends_sentence and end_k - after >= 4 and toks[after].low in _CLAUSE_OPENERS \
                and toks[j].low in ("said", "says") and any(
                    toks[x].kind == "w" and (toks[x].low in AUX or len(toks[x].low) > 4 and toks[x].low.endswith("ed"))
                    for x in range(after + 1, min(after + 5, end_k)))
            #   ('“We should have called.” Pelletier said the railroad had since called him twice.')
            if clause or (ends_sentence and end_k - after >= 8) or (end_k < lim and toks[end_k].text == ":") or any(
                    toks[x].kind == "w" and toks[x].low == "that" for x in range(after, min(after + 3, end_k))) or (
                    end_k == lim and lim < len(toks) and toks[lim].kind == "q"):
                return None
        return named or _reported_after(a, after, lim) or Attribution.of(np_, _colon_after(a, after, lim))
    return None


#: Words that open a clause after "said": its subject ("said the railroad had since called").
_CLAUSE_OPENERS = frozenset("the a an he she they it we i his her their its this these those".split())


def _inside_sentence(a: Analysis, span: Span) -> bool:
    """The quote ends a sentence the writer's own words began ("Police said the man was “known
    to police.”"), not one of its own ("“We will.”")."""
    s0 = a.sentence_bounds(span.open_at)[0]
    toks = a.toks
    k0, k1 = a.tok_index(s0), a.tok_index(span.open_at)
    before = [t for t in toks[k0:k1] if t.kind != "q"]
    # the quote goes on from a word of the sentence ("… was “known to police.”"), not after a
    # comma, dash or colon (a dateline "OTTAWA —", "When a reporter asked, “Next question.”"),
    # and the sentence has a cue of its own before it (not "… at 10:30 p.m. “We’ll be there.”",
    # where the sentence split missed the stop)
    return bool(before) and before[-1].kind == "w" and any(a._is_cue(x) for x in range(k0, k1))


def _and_named(a: Analysis, np_: NounPhrase, j: int, lim: int) -> Attribution | None:
    """Two people the story names, joined by "and" (token j) as one cue's subject: both."""
    toks = a.toks
    if j < lim and toks[j].text == ",":
        j = a.skip_appositive(j, lim)   # "Ezra Lindahl, 34, and Paloma Ruelas-Whitcomb, 29, said"
    if np_.kind != "name" or np_.pid is None or j + 1 >= lim or toks[j].low != "and":
        return None
    m = a.mention_at.get(toks[j + 1].start)
    if m is None or m[3] != "name" or m[2] is None or m[2] == np_.pid or m[0] != toks[j + 1].start:
        return None
    k = a.tok_index(m[1])
    if k < lim and toks[k].text == ",":
        k = a.skip_appositive(k, lim)
    while k < lim and toks[k].kind == "w" and (toks[k].low in AUX or toks[k].adverb):
        k += 1
    if k >= lim or not a._is_cue(k):
        return None
    return Attribution(np_.start, m[1], None, "generic", name=a.joint_name([np_.pid, m[2]]))


def _reported_after(a: Analysis, k: int, lim: int) -> Attribution | None:
    """The person whose words the cue before token k reports: '“…,” Ann Reid said Tom Hale told
    her', '“…,” Dennis Carrow recalled Lyle Benson saying', '“…,” Ann Reid wrote, quoting Tom
    Hale' are Hale's and Benson's words, as Reid and Carrow tell them."""
    toks = a.toks
    if k + 1 < lim and toks[k].text == "," and toks[k + 1].low in ("quoting", "citing"):
        k += 2
    elif k >= lim:
        return None
    m = a.mention_at.get(toks[k].start) if k < lim else None
    if m is None or m[3] != "name" or m[2] is None or m[0] != toks[k].start:
        return None
    e = a.tok_index(m[1])
    if toks[k - 1].low in ("quoting", "citing"):
        return Attribution(m[0], m[1], m[2], m[3]) if e >= lim or toks[e].text in (",", ".", ";") else None
    # "told Radio-Canada’s Tout le monde en parle": a possessive name and a capitalised word are
    # a programme's name, not someone reported as touting
    reported = e < lim and a._is_cue(e) and toks[e].text[:1].islower() and not is_possessive(toks[e - 1].text)
    return Attribution(m[0], m[1], m[2], m[3]) if reported else None


#: "He’s predicting": a pronoun's ’s is "is", not a possessive.
_IS_CONTRACTIONS = frozenset("he’s he's she’s she's it’s it's that’s that's who’s who's there’s there's".split())


def _owned_noun(a: Analysis, j: int) -> bool:
    """The cue word at j is a noun after an article or a possessive: '“strongly disputes” Ann
    Bell’s claims', '“categorically denies” the reports' name what was denied, not who speaks."""
    prev = a.toks[j - 1] if j >= 1 else None
    if prev is None or prev.kind != "w" or a.toks[j].low.endswith("ing"):
        return False
    return prev.low in ("the", "a", "an") or (is_possessive(prev.text) and prev.low not in _IS_CONTRACTIONS)


def _skip_modifier(a: Analysis, j: int, lim: int) -> int:
    """Index of the cue after a short modifier of the subject at token j, or j: '“…,” Tom Jones
    standing beside Mayor Hale said' and '“…,” a woman who works with Hale said' are Jones's and
    the woman's words, and Hale is where or with whom they were.  The modifier is a participle
    that is no cue ("standing", "speaking") or "who" and its verb, runs at most eight words with
    no punctuation, and ends in a cue.  A name right after "who" is the clause's own subject, and
    a cue right after that name is the clause's: "the woman who Hale said was her aunt told
    reporters" is the woman's, told."""
    toks = a.toks
    if j >= lim or toks[j].kind != "w":
        return j
    low = toks[j].low
    if low == "who":
        m = a.mention_at.get(toks[j + 1].start) if j + 1 < lim else None
        if m is not None:
            # "a woman who Hale hired said", "the woman who Hale said was her aunt told": the
            # name is the clause's subject, and a cue right after it is the clause's
            start = a.tok_index(m[1])
            if start < lim and a._is_cue(start):
                start += 1
        elif j + 1 < lim and a._is_name_tok(toks[j + 1]):
            return j
        else:
            start = j + 2   # the clause's own verb ("who told reporters") is not the cue
    elif low.endswith("ing") and len(low) > 4 and not a._is_cue(j):
        start = j + 1
    else:
        return j
    for k in range(start, min(lim, j + 9)):
        if toks[k].kind != "w":
            return j
        if a._is_cue(k) and toks[k].low not in PARTICIPLES:
            return k
    return j


#: What a cue verb may say itself, so that the quote before it is not its words ("she said yes").
_OWN_ANSWERS = frozenset({"yes", "no", "nothing"})


def _skip_paren(a: Analysis, j: int, lim: int) -> int:
    """Past a parenthesis of up to 20 words after a name: "Sen. Ada Ruiz (D-Ore.) said",
    "Patrice Lemay (who lives in Ward 4, and whose children attend it) said"."""
    toks = a.toks
    if j < lim and toks[j].text == "(":
        c = j + 1
        while c < lim and c - j < 24 and toks[c].text != ")":
            c += 1
        if c < lim and toks[c].text == ")":
            return c + 1
    return j


def _colon_after(a: Analysis, k: int, lim: int) -> bool:
    toks = a.toks
    j = k
    while j < lim and toks[j].kind == "w" and j - k < 10:
        j += 1
    return j < lim and toks[j].text == ":" and j + 1 <= lim
