"""Pass 3b of quote finding, the pronouns: which person a he, she, him, her or they stands for.

``Pronouns._antecedent`` finds the nearest earlier sentence with a person of the pronoun's gender
(or of no known gender) and, in it, the sentence's subject; the helpers here say who was asked,
who is close to a person, or who reports someone else's words (which mentions are objects,
asides or fronted clauses is :mod:`desk.extract.clauses`).  :class:`desk.extract.mentions.Analysis` builds the mentions in order
and asks these methods as it goes.
"""

from __future__ import annotations

import functools
import re

from desk.extract.clauses import Clauses
from desk.extract.evidence import named_as
from desk.extract.gender import name_gender, named_other
from desk.extract.lexicon import (
    ASKING,
    AUX,
    PASSIVE_AUX,
    PLACE_PREPS,
    PRONOUN_GENDER,
)
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import fold
from desk.extract.narration import Token, is_possessive, last_name_word
from desk.extract.neighbours import Neighbours
from desk.extract.newcomers import unnamed_since
from desk.extract.pairs import Pairs

#: A reply's cue right after a pronoun: "she replied", "he shot back".
_REPLYING = re.compile(r"\s*(?:replied|replies|answered|answers|responded|responds|retorted|retorts|countered|shot back)\b")
#: Words after "her" that make it an object ("told her that", "called her a liar"), not a possessive.
_AFTER_OBJECT = frozenset("to for as at in on with from about into and or but that the a an this what if "
                          "when how why up down off out over back again".split())


#: Prepositions before a person a sentence speaks about ("porters like Grizzle", "met with
#: Hale"); not "for", which opens a topic the speaker then takes up ("As for Schumer, he said").
SPOKEN_ABOUT = frozenset("like unlike with about of to against".split())
#: Prepositions before a person no "they" after stands for: "paid tribute to young men like Clarence Howard".
_THEM_PREPS = frozenset("like unlike including to for with about against of as".split())
#: Words that may close a sentence of asking after the one asked: "pressed him again".
_PRESSING = frozenset("again further harder hard repeatedly once more on".split())
PRONOUN_CONTRACTION = re.compile(r"^(s?he)['’](?:s|d|ll|ve)$")
_SUBJECT_PRONOUN = re.compile(r"(?i)s?he\b")


#: A clause of its own within a sentence: ", but Drescher said", "; Hale said".
_NEW_CLAUSE = re.compile(r"(?:,[ \t]+(?:but|and|while|whereas|though|although|yet)|;)[ \t]")


class Pronouns(Clauses, Pairs, Neighbours):
    """People plus pronoun resolution over the mentions found so far (``self.mentions``, built by
    :class:`desk.extract.mentions.Analysis`)."""

    mentions: list

    def object_pronoun(self, k: int) -> bool:
        """Token k is "him", "them", or "her" as an object ("introduced her to", "called her
        “…”"), not "her record": never a speaker, never the subject of its own clause."""
        toks = self.toks
        low = toks[k].low
        if low in ("him", "them"):
            return True
        if low != "her":
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is None or nxt.kind != "w" or nxt.low in _AFTER_OBJECT

    def _either_gender(self, k: int) -> bool:
        """Token k is half of "he or she", "his or her", "him/her": anyone at all, no one's pronoun."""
        toks = self.toks

        def gender(t: Token) -> str | None:
            return PRONOUN_GENDER.get(PRONOUN_CONTRACTION.sub(r"\1", t.low))

        for j in (k - 2, k - 1, k + 1, k + 2):
            if not 0 <= j < len(toks) or gender(toks[j]) in (None, gender(toks[k])):
                continue
            a, b = sorted((toks[j], toks[k]), key=lambda t: t.start)
            if self.narr[a.end:b.start].strip().lower() in ("or", "/", "and"):
                return True
        return False

    def _antecedent(self, gender: str, pos: int, objective: bool = False) -> int | None:
        """The person the pronoun of ``gender`` at ``pos`` stands for (``_pick``), given the
        pronoun's gender when the story had not told theirs.

        A given name the census lists give the other sex only ("Hillary" for he, "Chad" for she)
        breaks a tie: the reading passes to the next agreeing person if there is one, and stays
        when there is none ("Nikita Sorokin scored twice. “…,” he said" is Sorokin).  Names of
        other languages and of both sexes are too often against the lists to rule anyone out.
        Such a reading gives the person no gender: "Clinton attacked Trump over his remarks" must
        not make Hillary Clinton a he.  Left (session 29): a story's own word for such a person
        ("Marcolini said he was frustrated") is not remembered either, so a later he may pass
        him over for a man named before him."""
        def against(p) -> bool:   # no gender told, and a given name the lists give the other sex
            return p.gender is None and named_other(p.words, gender)

        ahead = None if objective else self._main_subject_ahead(pos, gender)
        if ahead is not None:
            return ahead   # "Asked by the judge whether he wished to speak, Pettigrew-Lyle stood"
        chosen = self._pick(gender, pos, objective, set())
        if chosen is not None and not objective and chosen.pid == self._asker_before(pos):
            # '“Why did you do that?” the prosecutor asked. ¶ “Because I was scared,” she said.':
            # the one who answers, not the asker
            chosen = self._pick(gender, pos, objective, {chosen.pid}) or chosen
        elif chosen is not None and not objective and chosen.gender is None and _REPLYING.match(self.text, self.toks[self.tok_index(pos)].end) \
                and chosen.pid == self._quoted_before(pos):
            # '“You had the authority,” Halvorsen said. ¶ “In practice …,” she replied': the one
            # who replies is not the one just quoted, when the story never gave that one's sex
            chosen = self._pick(gender, pos, objective, {chosen.pid}) or chosen
        own = self.sentence_bounds(pos)[0]
        first = next((m for m in self.mentions if own <= m[0] < pos), None)
        k = self.tok_index(pos)
        reported = k >= 1 and (self._is_cue(k - 1) or k >= 2 and self.toks[k - 1].low == "that" and self._is_cue(k - 2))
        if chosen is not None and against(chosen) and not (
                first is not None and first[2] == chosen.pid and (_SUBJECT_PRONOUN.match(self.text, pos) is None or reported)):
            # (not "Michele Russo opened his third restaurant", "Marcolini said he was
            # frustrated": the sentence's subject is whom the story says so of)
            passed: set[int] = set()
            other = chosen
            while other is not None and against(other) and len(passed) < 3:
                passed.add(other.pid)
                other = self._pick(gender, pos, objective, passed)
            chosen = other if other is not None and not against(other) else chosen
        if chosen is None:
            return None
        if not against(chosen) and chosen.gender is None and not self._in_others_words(own, k) \
                and not (self.toks[k].low == "his" and k >= 1 and self.toks[k - 1].low.endswith("ing")):
            # (a reading against the lists gives no gender to go on with, nor "Maeve Donnelly-Okafor,
            # playing his sister,": a part played, whose his is the character's)
            chosen.gender = gender
        return chosen.pid

    def _owns_object(self, m) -> bool:
        """Mention ``m`` owns the object rather than being it: "asked his supervisors", "asked
        Tull's supervisors" (the supervisors were asked)."""
        low = m[4].lower()
        if m[3] == "pron":
            return low in ("his", "its", "their") or low == "her" and not self.object_pronoun(self.tok_index(m[0]))
        return is_possessive(m[4])

    def _asking_ends(self, m) -> bool:
        """The sentence ends with the person asked at mention ``m`` ("Oduya pressed him."; "…
        pressed him again."): the quote after it is the asking itself, not the answer to a question
        the sentence put ("asked Freeland about the deficit")."""
        s1 = self.sentence_bounds(m[0])[1]
        rest = [t.low for t in self.toks[self.tok_index(m[1]):self.tok_index(s1)] if t.kind == "w"]
        return all(w in _PRESSING for w in rest)

    def _given_the_floor(self, pos: int) -> bool:
        """The object pronoun at ``pos`` is given the floor: "handed him the microphone", "turned
        to her", "invited him to speak"."""
        k = self.tok_index(pos)
        verb = self.toks[k - 1].low if k >= 1 else ""
        prev = self.toks[k - 2].low if k >= 2 else ""
        return verb in _FLOOR_VERBS or prev in ("turned", "called") and verb in ("to", "on")

    def _name_given_after(self, pos: int) -> int | None:
        """The person a "his" or "her" before "name" introduces: "who gave her name only as
        Dolores", "gave only his first name, Randy" (``evidence.named_as``)."""
        toks, k = self.toks, self.tok_index(pos)
        if toks[k].low not in ("his", "her"):
            return None
        for j in range(k + 1, min(k + 6, len(toks))):
            if named_as(toks, j):
                run = self._confirmed_runs.get(toks[j].start)
                return run.pid if run is not None else None
        return None

    @functools.cached_property
    def _confirmed_runs(self) -> dict:
        """Confirmed names by where they (or their name, after a title) start."""
        out: dict = {}
        for r in self.runs:
            if r.confirmed:
                out.setdefault(r.start, r)
                out.setdefault(getattr(r, "name_start", r.start), r)
        return out

    def _main_subject_ahead(self, pos: int, gender: str) -> int | None:
        """The person named right after the comma closing the participle phrase that opens the
        pronoun's sentence and holds the pronoun: in "Asked by the judge whether he wished to
        speak, Pettigrew-Lyle stood", he is the one the main clause goes on about."""
        if not self._participle_opened(pos):
            return None
        s0, s1 = self.sentence_bounds(pos)
        comma = next((k for k in range(self.tok_index(pos), self.tok_index(s1)) if self.toks[k].text == ","), None)
        if comma is None or comma + 1 >= len(self.toks):
            return None
        r = self._confirmed_runs.get(self.toks[comma + 1].start)
        if r is None or r.pid is None:
            return None
        p = self.persons[r.pid]
        return p.pid if p.gender in (None, gender) else None

    def _in_others_words(self, s0: int, k: int) -> bool:
        """The pronoun at token ``k`` stands inside what someone said about another subject: "Felicity
        Amankwah said the accused paid a company he controlled" — a cue before it in its sentence,
        and the clause after the cue opening on someone else ("the accused"), not on a pronoun
        ("Dia said he would").  The pronoun's reading is too weak to give the person a gender."""
        toks = self.toks
        if not toks[k].text[:1].islower() or any(toks[x].kind == "q" for x in range(self.tok_index(s0), k)):
            return False   # a sentence's own subject, or a quote between: the words it reports end there
        for c in range(self.tok_index(s0), k):
            if self._is_cue(c):
                j = c + 1 + (c + 1 < len(toks) and toks[c + 1].low == "that")
                return j < k and not (toks[j].kind == "w" and toks[j].low in PRONOUN_GENDER)
        return False

    @functools.cached_property
    def _only_where(self) -> set[int]:
        """People the story names only after a preposition of place, with no given name or title
        ("a former administrator at Willow Bend"): a place or a home, never a he or she."""
        where: dict[int, bool] = {}
        for m in self.mentions:
            if m[3] != "name" or m[2] is None:
                continue
            k = self.tok_index(m[0]) - 1
            placed = k >= 0 and self.toks[k].kind == "w" and self.toks[k].low in PLACE_PREPS
            where[m[2]] = where.get(m[2], True) and placed
        return {pid for pid, placed in where.items() if placed and not self.persons[pid].roles
                and not self.persons[pid].described and fold(self.persons[pid].words[0]) not in FIRST_NAMES}

    def _pick(self, gender: str, pos: int, objective: bool, passed: set[int]):
        """Nearest earlier sentence with a person of this gender (or unknown); in it, the first one.

        Within the nearest sentence the first agreeing person is usually the subject ("Smith met
        Jones. … he said" → Smith) — unless that person is the object of a preposition ("With a vote
        for Trump ruled out, Cross said he …" → Cross).  An object pronoun (``objective``) is never
        the subject of its own clause: in "Brown introduced her", her is someone else."""
        if objective and self._controlled_object(pos):
            return None
        chosen = None
        chosen_sent = None
        chosen_obj = False
        chosen_at = 0
        speaking = None   # (person, position) of an agreeing person who speaks in that sentence
        known = None      # (person, position, object?) of the first person there whose gender is this one
        chained = False   # known is a pronoun of this gender there ("Borges praised her. … she said")
        subject = _SUBJECT_PRONOUN.match(self.text, pos) is not None   # he, she, he's, she'd
        own = self.sentence_bounds(pos)[0]
        aside = subject and self._aside(pos)
        k0 = self.tok_index(pos)
        # "“…,” he writes" / ", he said,": the pronoun is the voice; a person its own sentence
        # names after a preposition ("porters like Grizzle", "a call with Hale") is spoken about
        telling = aside or (subject and 1 <= k0 < len(self.toks) - 1 and self.toks[k0 - 1].kind == "q"
                            and self._is_cue(k0 + 1))
        contrasted: set[str] = set()
        reporter = self._reporter_of_other(pos, gender) if subject else None
        asked = None      # (person, position, verb) of someone the sentence has asked ("Baxter asked Freeland")
        not_him: set[int] = set()   # people an opening participle phrase of the pronoun's sentence names
        # "the judge asked whether he wished to speak": he is the one asked, not the asker
        # (but "Castellano was asked whether she …": the one asked is the subject, she herself)
        put_to = k0 - 1 if k0 >= 2 and self.toks[k0 - 1].low in ("whether", "if") and self.toks[k0 - 2].low in ASKING \
            and not (k0 >= 3 and self.toks[k0 - 3].low in PASSIVE_AUX) else None
        for m in reversed(self.mentions):
            if m[0] >= pos:
                continue
            if put_to is not None and self._asks(m[0], put_to - 1):
                continue
            if subject and m[3] in ("name", "role") and self.sentence_bounds(m[0])[0] == own \
                    and (self._prep_object(m[0]) or self.toks[self.tok_index(own)].low == "asked") \
                    and self._participle_opened(m[0]):
                not_him.add(m[2])
            if m[2] in not_him:
                # "Asked about comments from Bill Harland, he said", "Asked whether Agnes Mulroney
                # would get a seat, she said": the one asked is not the one asked about, here or before
                continue
            if self.modifies_one_of(m[0], gender):
                continue   # "Kingston Frontenacs coach Brent Mallory defended his decision": the coach's
            if objective and (self._same_clause(m, pos) or self._own_relative(m, pos)):
                continue
            if self.in_caption(m[0]) and not self.in_caption(pos):
                continue   # "… at Windsor station. (THE CANADIAN PRESS FILE PHOTO)" then "he says"
            if aside and is_possessive(m[4]) and self.sentence_bounds(m[0])[0] == own:
                continue   # "And it is on Trudeau’s watch, he went on, …": the speaker, not Trudeau
            if telling and self.sentence_bounds(m[0])[0] == own and self._prep_object(m[0], SPOKEN_ABOUT):
                continue
            if aside and self.tok_index(m[1]) == self.tok_index(pos) - 1 and self._closed_aside(pos) \
                    and (self.tok_index(m[0]) == 0 or self.toks[self.tok_index(m[0]) - 1].low != "for"):
                # "Schumer, he said, “knows the minds …”": what is said is about Schumer (but "As
                # for Trump, he said he is not worried" and "As for Trump, he said, “I …”" are Trump)
                continue
            k = self.tok_index(m[0]) - 1
            if subject and k >= 0 and self.toks[k].low in ("unlike", "besides") and self.sentence_bounds(m[0])[0] == own:
                contrasted.add(fold(last_name_word(self.persons[m[2]].words)))
                continue   # "Unlike Al Mnajer, he has been unable to find work": someone else
            if fold(last_name_word(self.persons[m[2]].words)) in contrasted:
                continue
            if k >= 1 and self.toks[k].low == "like" and self.toks[k - 1].low in ("who", "which", "just", "much"):
                continue   # "Espinos, who like Montalban was born in Mexico, made his way": compared, not meant
            if self._owner_of_named(m, gender):
                continue   # "His lawyer, Gary Benson, spoke": Benson is the subject, not his client
            if reporter is not None and m[2] == reporter:
                continue   # "Kenojuak Ashevak said he taught her": she is Ashevak, he someone else
            p = self.persons[m[2]]
            if p.gender not in (None, gender) or p.pid in passed or p.gender is None and p.pid in self._only_where:
                continue
            sent = self.sentence_bounds(m[0])[0]
            # a person in a clause opening an earlier sentence is not its subject ("When Tom Reid
            # was charged, Bob Hale paid his bail. “…,” he said"), though one the same sentence
            # goes on about may be ("When Clinton arrived, she said")
            obj = self._prep_object(m[0]) or (sent != own and self._fronted(m[0])) \
                or (m[3] == "name" and self._participle_opened(m[0]))   # "Asked by CKHV’s Daniel Mbeki whether …,"
            if chosen_sent is not None and sent != chosen_sent:
                break
            if k >= 0 and self.toks[k].low in ASKING and not self._asking_ends(m) and not self._owns_object(m):
                asked = (p, m[0], k)
            elif k >= 1 and self.toks[k].low in ("whether", "if") and self.toks[k - 1].low in ASKING and m[3] == "pron":
                asked = (p, m[0], k - 1)   # "when the judge asked whether he wished to speak": he was asked
            if not obj and self._speaks(m) and not (
                    speaking is not None and speaking[0] is not p
                    and _NEW_CLAUSE.search(self.text, m[1], speaking[1])):
                # (the later of two who speak in one sentence when a clause of its own gives it:
                # "Brandvold has promised a program, but Drescher said …. “…,” she said" is
                # Drescher; not one inside the first's reported words)
                speaking = (p, m[0])
            if p.gender == gender and (not obj or not subject and (known is None or known[2])):
                # (not "Lorne Kitaguchi, who sold him the space, says": his clause's object is not him)
                # (nor "Halvorsen had nothing but praise for his guard": a possessive owns, it
                # does not stand for the one a later he goes on from; but "Moyle walked Kowalczyk
                # through and showed him": the him stays Kowalczyk's when his name comes before it)
                chained = m[3] == "pron" and not self._in_own_relative(m, sent) \
                    and m[4].lower() not in ("his", "its", "their") \
                    or chained and known is not None and known[0] is p
                known = (p, m[0], obj)
            if chosen_sent is None:
                chosen, chosen_sent, chosen_obj, chosen_at = p, sent, obj, m[0]
            elif not obj or chosen_obj:
                chosen, chosen_obj, chosen_at = p, obj, m[0]
        own_sentence = chosen_sent is not None and chosen_sent == self.sentence_bounds(pos)[0]
        # the pronoun there comes after the sentence's subject, as its object ("Borges praised
        # her"), not ahead of it ("In her 2003 book, Clinton noted …": her is Clinton)
        chained = chained and known is not None and chosen is not None and known[1] > chosen_at
        if asked is not None and chosen is not None and asked[0] is not chosen and subject and not own_sentence \
                and chosen_sent is not None and asked[1] > chosen_at and not self._after_question(pos) \
                and self._asks(chosen_at, asked[2]):
            # "MP Melissa Lantsman asked Finance Minister Chrystia Freeland about the deficit. “…,”
            # she replied": the one asked answers, whoever else agrees with the pronoun
            chosen, chosen_at = asked[0], asked[1]
        elif asked is not None and asked[0] is chosen and asked[1] > chosen_at and subject and not own_sentence \
                and not self._after_question(pos):
            pass   # "Reyes stood when the judge asked whether he wished to speak. “…,” he said": Reyes
        elif known is not None and chosen is not None and known[0] is not chosen and chosen.gender is None \
                and subject and not own_sentence and self.tok_index(known[1]) >= 1 \
                and self.toks[self.tok_index(known[1]) - 1].low in ASKING:
            # "Conservative MP Gord Baxter asked Health Minister Mary Ramcharan about wait times.
            # “…,” she said": the one asked answers
            chosen, chosen_at = known[0], known[1]
        elif speaking is not None and (subject or not own_sentence) and not (chained and speaking[0].gender is None):
            # "… leaders like Wilfrid Laurier envisioned “…,” Foster writes. “…,” he writes": the
            # person the sentence has speaking, not the one it speaks about
            chosen, chosen_at = speaking
        elif known is not None and chosen.gender is None and (not subject or own_sentence or chained and not (
                chosen.words and name_gender(fold(chosen.words[0])) == gender and not self._given_the_floor(known[1]))):
            # "Tatiana Stanovaya … noted that Putin’s stance stems from his view": the man named,
            # not someone whose gender the story has not told (for his/her, even as an object:
            # "Freeland's remarks came after China shot back at Justin Trudeau, … with his criticism");
            # a subject he or she in a later sentence is not moved off its sentence's first person
            # ("Dr. Robin Okafor examined Mark Hughes. “…,” he said" is Okafor) unless a pronoun of
            # its gender there already stands for someone ("Coach Len Borges praised her. “…,”
            # she said": she goes on from her) — but not past a subject whose given name is of the
            # pronoun's gender ("Marcus cut him off. “…,” he said" is Marcus; "Ferris backed her.
            # Margolies, she said, …" is Ferris) unless the subject gave the floor to the one the
            # pronoun stands for ("Marcus handed him the microphone. “…,” he said")
            chosen, chosen_at = known[0], known[1]
        if chosen is None or unnamed_since(self, chosen_at, pos, gender):
            return None
        return chosen

    def _reporter_of_other(self, pos: int, gender: str) -> int | None:
        """The person whose cue the subject pronoun at ``pos`` follows ("Ashevak said he …") when
        the same clause has an object pronoun of the other gender ("… he taught her to sew"):
        that pronoun is the reporter, so the subject one is someone else."""
        k = self.tok_index(pos)
        if k < 2 or not self._is_cue(k - 1):
            return None
        end = self.toks[k - 2].end
        m = next((m for m in reversed(self.mentions) if m[1] == end), None)
        if m is None or m[2] is None or m[3] != "name" or self.persons[m[2]].gender is not None:
            return None   # "Tom Hale said he told her": a man's "he" is himself
        other = "her" if gender == "m" else "him"
        _, s1 = self.sentence_bounds(pos)
        for t in self.toks[k + 1:self.tok_index(s1)]:
            if t.kind == "w" and t.low == other:
                return m[2]
            if t.text in (",", ";") or t.low in ("and", "but", "while", "because"):
                break
        return None

    def _asks(self, at: int, verb: int) -> bool:
        """The person mentioned at ``at`` is the subject of the asking verb (token ``verb``): only
        their name and a word or two stand before it ("Lantsman asked", "Poilievre then grilled")."""
        m = self.mention_at.get(at)
        end = self.tok_index(m[1]) if m is not None else verb
        toks = self.toks
        if m is not None and end < verb and toks[end].text == ",":
            # past an appositive set off by commas: "Lorraine Bedard, the NDP critic, asked"
            close = next((x for x in range(end + 1, min(verb, end + 10)) if toks[x].text == ","), None)
            if close is not None and close + 1 == verb and all(
                    toks[x].kind == "w" and self.mention_at.get(toks[x].start, m)[2] == m[2] for x in range(end + 1, close)):
                return True   # (not "Stroud, wearing a grey cardigan, stood when asked")
        return 0 <= verb - end <= 2 and all(toks[x].kind == "w" for x in range(end, verb))

    def _owner_of_named(self, m, gender: str) -> bool:
        """Mention ``m`` owns someone of ``gender`` the sentence names right after, set off by
        commas: "His lawyer, Gary Benson,", "Jordan Whiteduck's father, Peter Whiteduck,", "Nolan's
        best friend, 16-year-old Caleb Ruiz,".  Not
        when that person's given name is another gender's: in "His opponent, Hillary Clinton, won
        Georgia. He told the crowd …", he is still the owner."""
        toks = self.toks
        k = self.tok_index(m[1])
        # "Parks’ father, Mark,": the mention may stop before the apostrophe
        if not (is_possessive(m[4]) or m[4].lower() in ("his", "her", "their") or self.text[m[1]:m[1] + 1] in ("’", "'")):
            return False
        j = k
        while j < len(toks) and j - k < 3 and toks[j].kind == "w" and toks[j].text.islower():
            j += 1
        if j == k or j + 1 >= len(toks) or toks[j].text != ",":
            return False
        j += 1
        while j + 1 < len(toks) and j - k < 8 and toks[j].start not in self.mention_at and toks[j].kind == "w" \
                and (toks[j].text[:1].islower() or toks[j].text[:1].isdigit()):
            j += 1   # "Nolan's best friend, 16-year-old Caleb Ruiz,": an age or a word before the name
        named = self.mention_at.get(toks[j].start)
        if named is None or named[3] != "name" or named[2] is None or named[2] == m[2]:
            return False
        p = self.persons[named[2]]
        first = fold(p.words[0]) if len(p.words) > 1 else ""
        if p.gender not in (None, gender) or name_gender(first) not in (None, gender):
            return False
        after = self.tok_index(named[1])
        return after < len(toks) and toks[after].text == ","

    def _speaks(self, m) -> bool:
        """The mention is the subject of a speech cue right after it ("Foster writes", "Okafor,
        47, said", "Ruiz also told")."""
        toks = self.toks
        k = self.skip_appositive(self.tok_index(m[1]), len(toks))
        while k < len(toks) and toks[k].kind == "w" and (toks[k].low in AUX or toks[k].adverb):
            k += 1
        return k < len(toks) and self._is_cue(k)

    def they_antecedent(self, pos: int) -> int | None:
        for m in reversed(self.mentions):
            if m[0] >= pos:
                continue
            p = self.persons[m[2]]
            if m[3] == "name" and self._prep_object(m[0], _THEM_PREPS):
                return None   # "the protesters paid tribute to young men like Clarence Howard. … they
                #               chanted": not someone named after a preposition
            if p.gender in (None, "t"):
                p.gender = "t"
                return p.pid
            return None
        return None

    def _opens_sentence(self, pos: int) -> bool:
        """Only capitalised words (a title, a role: "Economists") stand between the sentence's
        start and ``pos``."""
        s0 = self.sentence_bounds(pos)[0]
        return all(t.kind == "w" and t.text[:1].isupper() for t in self.toks[self.tok_index(s0):self.tok_index(pos)])


#: Verbs that give someone the floor: the one given it speaks next.
_FLOOR_VERBS = frozenset("handed gave passed introduced thanked invited asked recognized recognised".split())
