"""Find every quotation in a story and who the story says spoke it (SPEC §3).

``find_quotes(text, known_speakers)`` returns :class:`~desk.extract.model.Quote` objects in order
of appearance; ``desk.extract.article.article_segments`` turns the quotes of an article, release
or set of notes into passages (:class:`~desk.extract.model.Segment`) for the library.

The method, pass by pass, and which module reads what, is in the package's docstring
(:mod:`desk.extract`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desk.extract.around import (
    according_to,
    as_said,
    capitals_heading,
    coined_name,
    introduced,
    nobody_between,
    quoted_predicate,
    said_whole,
    specific_voice,
    writer_introduces,
)
from desk.extract.branches import labelled_org, office_org, owned_document
from desk.extract.carry import clause_before, continuation, cue_unread, previous_para, unread_subject
from desk.extract.credits import dash_credit, given_name, work_title
from desk.extract.described import (
    described_person,
    described_subject,
    described_voice,
    indefinite_voice,
)
from desk.extract.documents import document_voice, read_from
from desk.extract.exchange import asked_of, dialogue_turn, exchange, new_subject, press_question, press_statement
from desk.extract.grouping import group_spans, opens_with_comma, word_count
from desk.extract.kin import kin_person
from desk.extract.late import closing, passive_agent, passive_before, relative_speaker
from desk.extract.leading import cue_just_before, introduces_next, leading
from desk.extract.lede import lede_speaker
from desk.extract.lexicon import (
    OBJECT_PREPS,
    SIGN_NOUNS,
)
from desk.extract.marks import Span, paragraphs
from desk.extract.mentions import Analysis
from desk.extract.model import Quote, QuotePart
from desk.extract.names import fold
from desk.extract.opening import document_opening
from desk.extract.opens import UNNAMED, newcomer_before_quote
from desk.extract.orgvoices import described_org, named_org
from desk.extract.people import presented_as_person
from desk.extract.phrases import Attribution
from desk.extract.scenes import called_by_name
from desk.extract.ties import named_after
from desk.extract.unnamed import introduced_unnamed, unnamed_antecedent
from desk.extract.voices import acting_mention, colon_owned, colon_voice, first_mention, unnamed_voice

#: An outlet's cue after a quote: it reported the words, whoever said them.
_REPORTED = re.compile(r"\s+(?:reported|reports|wrote|writes|noted|notes)\b")


#: Words a quote is given as by a description's possessive: "in the family’s words,", "in their words".
_WORDS_OF = re.compile(r"\bin[ \t]+(?P<owner>(?:the|his|her|their)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)[’']s?"
                       r"[ \t]+(?:own[ \t]+)?words,?[ \t]*$")


def _unnamed_before(a: Analysis, results, first) -> str | None:
    """The unnamed voice ("one man") of the last quote found, when it stands in the paragraph of
    the span ``first`` and no one is named between them."""
    said = [(q, g) for q, g in results if not q.skipped]
    if not said:
        return None
    q, g = said[-1]
    if not (q.unnamed and q.speaker and g[-1].para == first.para):
        return None
    # past the sentence that attributes it (its who-clause names no one new: "who works for a
    # company that contracts with Coastal Link")
    after = max(g[-1].end, a.sentence_bounds(q.mention_start)[1] if q.mention_start is not None else 0)
    return None if any(after <= m[0] < first.open_at for m in a.mentions) else q.speaker


def find_quotes(text: str, known_speakers: Sequence[tuple[str, Sequence[str]]] = ()) -> list[Quote]:
    """Every quotation in ``text``, in order, with the speaker the text gives (SPEC §3)."""
    return [q for q, _ in _find(text, known_speakers)]


#: A sentence whose subject is a sign, a banner or a shirt that reads the quote: "A sign taped to
#: the glass read:", "A handwritten sign on the door read" (the phrase past its noun a few words).
_SIGN_READ = re.compile(r"\b((?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w-]+,?\s+){0,2}?(?:%s))\b[^.!?:\n“\"]{0,60}?"
                        r"\s(?:read|reads|said|says|declared|declares|proclaimed|warned|warns)[ \t]*[:,]?[ \t]*\Z"
                        % "|".join(sorted(SIGN_NOUNS)))
#: A note's sentence opening on its verb, with no subject: "Said the company was …", "Declined to …".
_SUBJECTLESS = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:Said|Says|Added|Told|Declined|Called|Warned|Promised|Insisted)\b"
                         r"(?![ \t]+(?:[A-Z]|the[ \t]+[a-z]+[ \t]*[:,]))")   # (not "Said Whitford: …", inverted)
#: A Q&A excerpt's letter opening the paragraph before its quote: 'Q: "…"', 'A. "…"'.
_QA_LETTER = re.compile(r"[ \t]*([QA])[:.][ \t]*")


def _find(text: str, known_speakers) -> list[tuple[Quote, list[Span]]]:
    if not text or not text.strip():
        return []
    a = Analysis(text, known_speakers)
    spans = a.spans
    if not spans:
        return []

    groups, after, index_of, shared = group_spans(a)

    # ---- attribute -------------------------------------------------------------------------
    results: list[tuple[Quote, list[Span]]] = []
    last_by_para: dict[int, int | None] = {}
    last_pid: int | None = None
    owned_para = -1   # the paragraph whose colon gave its quotes to someone only owned by the one named
    org_by_para: dict[int, str] = {}   # paragraph → the organisation its last quote is from
    exchanged: set[int] = set()   # quotes given a turn of a question-and-answer exchange
    for gi, g in enumerate(groups):
        first = g[0]
        carried = None
        took_turn = remark = False
        attr: Attribution | None = None
        for s in g:
            t = after.get(index_of[id(s)])
            # '“A,” Rubio said: B' — a cue that introduces what follows still attributes the
            # quote its comma hands on to it.
            if t is not None and (not t.colon or opens_with_comma(a, s)):
                attr = t
                break
        if attr is not None and len(g) == 1 and introduces_next(a, first, attr, spans, index_of[id(first)]):
            lead, _ = leading(a, first, a.sentence_bounds(first.open_at)[0])
            if lead is not None and lead.pid is not None and not lead.weak:
                # 'Clinton responds to Mills with, “Why now?” Mills then writes back, “You look
                # cute.”': the cue after a question opens the next quote; this one has its own
                attr = lead
        if attr is not None and len(g) == 1 and first.close_at is not None and attr.start > first.close_at \
                and text[first.start:first.end].rstrip().endswith((".", "?", "!")):
            lead, _ = leading(a, first, a.sentence_bounds(first.open_at)[0])
            if lead is not None and lead.pid is not None and not lead.weak and lead.pid != attr.pid \
                    and cue_just_before(a, first, lead):
                # 'Ramos said, “We will win.” Trent agreed.': the quote's sentence has ended, and
                # its own cue before it says whose it is; the next sentence is a reaction
                attr = lead
        if attr is not None and attr.pid is None and len(g) == 1 and text[first.start:first.start + 1].islower() \
                and first.close_at is not None and attr.start > first.close_at \
                and not _REPORTED.match(text, attr.end) and not according_to(a, attr):
            # (not '“…,” The Hill reported' nor '“…,” according to CBC': the outlet that did, below)
            lead, _ = leading(a, first, a.sentence_bounds(first.open_at)[0])
            if lead is not None and lead.pid is not None and not lead.weak and "," not in a.narr[lead.end:first.open_at]:
                # 'Two nights after coach Dale Prentice said the Voltigeurs had played “soft,” the
                # Voltigeurs answered with three goals': a fragment inside the clause of a named
                # speaker's cue is theirs; the organisation after it begins the main clause
                attr = lead
        if attr is not None and attr.pid is None and attr.kind == "org" and according_to(a, attr):
            lead, _ = leading(a, first, a.sentence_bounds(first.open_at)[0])
            if lead is not None and (lead.pid is not None or lead.kind == "org") and not lead.weak \
                    and nobody_between(a, lead, first):
                # '… Bullard gave an interview noting that hikes could “…,” according to CNBC':
                # Bullard speaks (or "The Nurses' Alliance called …"); the outlet after "according
                # to" reported it (a document there, "according to a Pentagon readout", may be the
                # words' own source: left as is)
                attr = lead
        if attr is None and gi in shared:
            attr = shared[gi]
        s0, _ = a.sentence_bounds(first.open_at)
        if attr is not None and (said_as := as_said(a, first, s0)) is not None:
            attr = said_as
        unsaid = False
        if attr is None:
            attr = introduced(a, first)
        if attr is None:
            attr, _ = leading(a, first, s0)
            if attr is None or attr.pid is None:
                passive, agent = passive_before(a, first) if attr is None else (False, None)
                late = passive_agent(a, g[-1]) or agent or relative_speaker(a, first) \
                    or closing(a, g[-1], a.sentence_bounds(g[-1].open_at)[1])
                if late is not None:
                    attr = late
                elif passive:
                    unsaid = True   # 'Ed Tark was asked, “…?”': someone else's words, to or about him
        if attr is None and writer_introduces(a, s0, first):
            unsaid = True   # '… so I had to change my answer: “…”': the writer's own words
        if len(g) == 1 and given_name(a, first):
            unsaid = True   # 'a memo titled “The Facts on Where the Race Stands”': a name, no one's words
        words = sum(word_count(text[s.start:s.end]) for s in g)
        p0, p1 = a.paras[first.para]
        whole_para = first.open_at == p0 and (first.mask_end >= p1 - 1)
        skipped: str | None = None
        if len(g) == 1 and (a.nickname_at(a.tok_index(first.open_at)) or first.open_at in a.called_at
                            or a.section_line(first.para)):
            skipped = "nickname"   # 'Jesse “Spider” Kowal', 'calls him “Doc”', 'GERALD “BUDDY” NOSEWORTHY, …'
        elif len(g) == 1 and words <= 3 and not whole_para and (attr is None or attr.pid is None and (
                not specific_voice(a, attr) or coined_name(text[first.start:first.end]))) \
                and gi not in shared \
                and not a.sentence_has_cue(*a.sentence_bounds(first.open_at)) and not said_whole(a, first, p0):
            skipped = "scare_quote"
        elif len(g) == 1 and work_title(a, first):
            skipped = "title"
        mention = mention_start = mention_end = None
        unnamed = False
        pid: int | None = None
        credit = None
        described: str | None = None
        if skipped or unsaid:
            pass
        elif attr is not None:
            mention, mention_start, mention_end = text[attr.start:attr.end], attr.start, attr.end
            pid = attr.pid
            if pid is None and attr.kind == "generic" and not attr.name and (voice := described_voice(mention)):
                # '“…,” said the rookie defenceman' after Jones was named
                pid = described_person(a, voice, attr.start, {q.mention_start for q, _ in results}, first.open_at)
            if pid is None and attr.kind in ("generic", "role") and not attr.name \
                    and (voice := described_voice(mention) or indefinite_voice(mention)):
                pid = named_after(a, voice, attr.start, first.open_at)   # named only after the lede
            if pid is None and attr.kind == "pron" and mention in ("I", "we", "We"):
                # "I said, “…”" in a printed Q&A's answer: the one interviewed; in an oral
                # history's section: its narrator
                pid = a.qa_answers.get(first.para) if mention == "I" else None
                pid = a.section_voice(first.para) if pid is None else pid
            if pid is None and attr.kind != "pron" and (kin := kin_person(a, attr.start, attr.end)) is not None:
                pid = kin   # "His mother, Ana Reyes, works nights. … “…,” his mother said"
            if attr.kind == "pron" and (who := unnamed_antecedent(a, attr.start, pid, results, g)) is not None:
                # "One former engineer, who asked not to be named, said …. “…,” she said"
                if isinstance(who, int):
                    pid = who   # "His mother, Ana Reyes, works nights. His mother said …. “…,” she said"
                else:
                    pid, described, unnamed = None, who or None, bool(who)   # "": no one for sure
        else:
            # No cue: a credit line after the quote ("— Sanders."), the person introducing it with a
            # colon ("…doesn't surprise pollster Daron Shaw: “…”"), a person named earlier in the
            # quote's own sentence or paragraph, or the previous paragraph's speaker.
            credit = dash_credit(a, g[-1])
            intro = a.narr[p0:first.open_at].rstrip().endswith(":")
            lettered = _QA_LETTER.fullmatch(a.narr[p0:first.open_at])
            sign = None if credit else _SIGN_READ.search(a.narr, a.sentence_bounds(first.open_at)[0], first.open_at)
            if sign is not None:
                lettered, m = None, None   # 'A handwritten sign on the door read “…”': no one's voice
            m = credit or (colon_voice(a, s0, first.open_at) if intro else first_mention(a, s0, first.open_at))
            if intro and m is None and (sub := described_subject(a, s0, first.open_at)) is not None and sub[3] \
                    and (who := described_person(a, sub[3], sub[0], set(), first.open_at)) is not None:
                m = (sub[0], sub[1], who, "role", sub[2])   # "The Ohio Republican was blunt: “…”"
            owned = (intro and not credit and not first.cont and colon_owned(a, s0, first.open_at)) \
                or (first.para == owned_para and m is None and not credit)   # and the quotes after it there
            if owned:
                m, owned_para = None, first.para   # "Obama's first five questioners ranged …: “…” … “…”"
            if lettered:
                # 'Q: "Did he say anything?"' ¶ 'A: "Nothing."' in a story's excerpt of a transcript:
                # the asker and the one answering its introduction names, else no one ("Q" is not a name)
                m = None
                pid = (a.qa_questions if lettered.group(1) == "Q" else a.qa_answers).get(first.para)
            before = first.open_at
            if m is not None and not credit and not intro and quoted_predicate(a, m, first):
                # 'The Prime Minister “could get a deal if …”': the quote says what she could
                # do; its voice is the one the paragraph was quoting, not hers
                m, before = None, m[0]
            subject = None if credit or intro else described_subject(a, s0, m[0] if m else first.open_at)
            if lettered or sign is not None:
                pass
            elif not credit and (owner := _WORDS_OF.search(a.narr, max(s0, first.open_at - 60), first.open_at)) is not None:
                # "…, in the family’s words, “finally willing to be told.”": the words the story
                # gives a description it names no one for, not the sentence's subject
                carried, unnamed = owner.group("owner"), True
            elif intro and m is None and not credit and (owner := owned_document(a, p0, first.open_at)) is not None:
                carried = owner   # "Premier’s office statement, in full: “…”": the office's words
            elif intro and m is None and not credit and (org := labelled_org(a, p0, first.open_at)) is not None:
                carried = org   # "— Vantrell Motors, in a statement: “…”": a roundup's item, the company's
            elif subject is not None:
                # "The Rove ad hits Clinton for taking “…”", "A friend referred to him as “…”": the
                # sentence's subject is a thing or someone the story describes; a person named
                # after it is the object, not the voice.
                mention_start, mention_end, mention, described = subject
                if described is None and (described := indefinite_voice(mention)) is not None:
                    unnamed = True   # "A friend referred to him as “…”"
                elif described is not None:
                    # "Dana Pike, 45, was arrested. The 45-year-old said, “…”": as after the quote
                    pid = described_person(a, described, mention_start, {q.mention_start for q, _ in results},
                                           first.open_at)
            elif m is None and not credit and not first.cont and unread_subject(a, s0, first.open_at):
                pass  # 'City staff said, “…”': the sentence has a speaker of its own, not the one before
            elif m is None and not credit and not intro and not first.cont \
                    and (doc := document_opening(a, s0, first.open_at)) is not None:
                # 'A preliminary report from federal investigators found that … “…”': the report's
                mention, mention_start, mention_end = text[doc.start:doc.end], doc.start, doc.end
                described = document_voice(a, mention, doc.start, results)   # "According to the memo" from X
            elif owned:
                pass   # the questioners, whom the story does not name
            elif m is None and not credit and (voice := a.section_voice(first.para)) is not None \
                    and (first.open_at == p0 or not a.sentence_has_cue(p0, first.open_at)
                         and not any(p0 <= x[0] < first.open_at for x in a.mentions)):
                pid = voice   # under an oral history's "DARLENE QUINTON, fish cutter": her account;
                #               under "2. State update — Dr. Solanki": "On lead: “…”" is his
            elif m is None and not credit and not intro and (who := newcomer_before_quote(a, results, first)) is not None:
                pid = None if who == UNNAMED else who   # 'The foreperson, a woman in her 60s, stood. “…”'
            elif m is None and last_by_para.get(first.para) is not None \
                    and (sub := new_subject(a, results, first, last_by_para[first.para])) is not None:
                # '“A,” Tom Ebeling said. Betsy Ebeling shook her head. “B.”': a gesture of
                # someone else's between the two quotes, whose words B are
                mention, mention_start, mention_end, pid = sub[4], sub[0], sub[1], sub[2]
            elif m is None and last_by_para.get(first.para) is not None:
                # An earlier quote of this paragraph has a speaker: a quote with no cue of its own
                # goes on in that voice ("“A,” Clinton said as she left with Pelosi. “B.”").
                pid = last_by_para[first.para]
            elif m is None and not credit and (voice := _unnamed_before(a, results, first)) is not None:
                # '“…,” said one man waiting at the terminal, who works for a company that contracts
                # with Coastal Link. “B.”': B goes on in the unnamed man's voice, not the company's
                carried, unnamed = voice, True
            elif m is None and not credit and (turn := press_statement(a, g)) is not None:
                # 'A reporter pointed out that the team had lost three. “But the players must see
                # it.”': a reporter's follow-up, not the official's words nor the captain's
                carried, unnamed, remark = turn.speaker, turn.unnamed, True
            elif (m := m or acting_mention(a, p0, before)) is not None and (not first.cont or credit):
                mention, mention_start, mention_end, pid = m[4], m[0], m[1], m[2]
            elif not first.cont and unnamed_voice(a, p0, first.open_at):
                pass  # "Marsh’s spokeswoman added that …": someone the story does not name
            elif not first.cont and (cue_unread(a, g[-1]) or a.sentence_has_cue(s0, first.open_at)):
                pass  # '“…,” <a subject not read> said', '<a subject not read> warned that “…”':
                #       the sentence has a speaker of its own, not the one before
            elif intro and not first.cont and clause_before(a, s0, first.open_at):
                pass  # 'Respondents must answer: “…”', 'Article 33 affirms: “…”': a clause of its
                #       own introduces the words, not an earlier paragraph's person (a fragment,
                #       "Then, later that month on CNN: “…”", goes on in that person's voice)
            elif whole_para and capitals_heading(a, first):
                pass   # '“DIVISIVE, STUPID AND WRONG”' alone: a heading, nobody's voice goes on
            elif not first.cont and (turn := exchange(a, results, first, exchanged)) is not None \
                    or whole_para and not first.cont and (turn := press_question(a, results, first)) is not None \
                    or whole_para and (turn := dialogue_turn(a, results, first)) is not None:
                # '“Did you see him?” the prosecutor asked. ¶ “Yes,” the witness said. ¶ “Is he here
                # today?”': in a two-sided exchange a bare turn is the other side's; so in a
                # scene's dialogue ('“Four hundred and twelve what?” ¶ “Dollars, Mum.”')
                pid = next((p.pid for p in a.persons if p.name == turn.speaker), None) if turn.speaker else None
                if pid is None:
                    carried, unnamed = turn.speaker, turn.unnamed
                took_turn = True
            else:
                pid = continuation(a, first.para, last_by_para, last_pid, results)
                carried = org_by_para.get(previous_para(a, first.para)) if pid is None else None
        if pid is None and not skipped and not unsaid and attr is not None and attr.kind == "pron" \
                and (mention or "").lower() in ("he", "she") \
                and (who := lede_speaker(a, first.open_at, "m" if mention.lower() == "he" else "f")) is not None:
            pid, unnamed = who, False   # "“…,” he said" in a lede ¶ "His name is Gideon Tasker"
        if not skipped and a.sections and (voice := a.section_voice(first.para)) is not None \
                and (_SUBJECTLESS.match(a.narr, a.sentence_bounds(first.open_at)[0]) or _SUBJECTLESS.match(a.narr, p0)
                     and not a.sentence_has_cue(*a.sentence_bounds(first.open_at))):
            # "- Said the company was “not walking away …”" under "Railroad — Ashgrove (GL&T)": a
            # note whose verb has no subject is the section's person, and so is a quote with no cue
            # after one ("- Declined to discuss the cause. “I'd rather say nothing …”")
            pid, carried, unnamed, mention, mention_start, mention_end = voice, None, False, None, None, None
        if pid is not None and mention_start is not None and not skipped \
                and (author := read_from(a, min(mention_start, s0), first.open_at)) is not None:
            pid = author   # "Rennick read a letter from Solheim into the record: “…”": Solheim's
        if pid is not None:
            speaker = a.persons[pid].name
        elif carried:
            speaker = carried   # an organisation's statement quoted over several paragraphs
        elif attr is None and mention is not None and mention_start is not None and not skipped:
            speaker = mention if credit and credit[3] == "credit" else described
        elif unnamed and described and attr is not None:
            speaker = described
        elif attr is not None and not skipped and mention is not None:
            # An organisation as the subject of a cue ("Harbour Transit said in a statement"); a
            # voice the story describes but does not name ("The ad says", "Many reporters
            # wrote", "Trump's campaign manager said") is who the draft says spoke, as written.
            before = text[max(0, attr.start - 12):attr.start].split()
            owned = bool(before) and before[-1].lower() in OBJECT_PREPS \
                and not re.search(r"(?i)\baccording\s+to\s*$", text[max(0, attr.start - 20):attr.start])
            # ("A top adviser to the governor": the adviser; "according to the memo": the memo)
            office = office_org(a, attr.start, attr.end)   # "the National Weather Service office in Phoenix"
            speaker = office or attr.name or (
                described_voice(mention) if attr.kind in ("generic", "role") and not owned else None)
            if attr.kind == "generic" and not owned:
                speaker = (named_org(a, mention, attr.start) or office
                           or described_org(a, mention, attr.start)
                           or document_voice(a, mention, attr.start, results) or speaker)
            if speaker is None and attr.kind == "generic":
                speaker = indefinite_voice(mention)   # "a friend said", "according to two aides"
                unnamed = speaker is not None
            elif speaker is not None and " " not in speaker and fold(speaker) in a.set_off_orgs:
                speaker = a.set_off_orgs[fold(speaker)]   # "The developer, Ironleaf Digital Infrastructure, …": "Ironleaf said"
            elif attr.kind == "generic" and speaker == described_voice(mention) \
                    and (indefinite_voice(mention) is not None or introduced_unnamed(a, mention, attr.start)):
                # "One official said", and "the official said" after "A second official said …"
                # (no one the story named holds that noun): someone the story does not name
                unnamed = True
        else:
            speaker = None
        if mention_end is not None and mention == text[mention_start:mention_end]:
            while mention_end < len(text) and text[mention_end].isalpha():
                mention_end += 1   # a French pronoun read as an English one ("a-t-elle": "elle")
            mention = text[mention_start:mention_end]
        parts = [QuotePart(s.start, s.end) for s in g]
        q = Quote(parts=parts, text=" ".join(text[s.start:s.end] for s in g), mention=mention,
                  mention_start=mention_start, mention_end=mention_end, speaker=speaker,
                  skipped=skipped, speaker_person=pid is not None and presented_as_person(a.persons[pid]),
                  unnamed=unnamed)
        results.append((q, g))
        if took_turn:
            exchanged.add(id(q))
        if remark:
            last_by_para[first.para] = last_pid   # the answer in the next paragraph is the official's
        elif not skipped:
            for s in g:
                last_by_para[s.para] = pid
                if pid is None and speaker and (attr is not None and attr.name or carried):
                    org_by_para[s.para] = speaker
                else:
                    org_by_para.pop(s.para, None)
            last_pid = pid
    asked_of(a, results)
    called_by_name(a, results)
    return results


__all__ = ["find_quotes", "paragraphs"]
