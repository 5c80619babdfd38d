"""Caption files' cues -> passages (for :mod:`desk.extract.transcripts`): runs of cues of one voice are
a turn; a voice is its label resolved to a person (a WebVTT voice tag, an SRT or caption ``NAME:``, a
meeting app's display name), the name a device or an unnamed label's voice gives itself ("This is
Marnie Rousseau", "GOOD EVENING. I'M HARRIET LINDGREN."), the one a moderator's address meant, or for
a bare ``>>`` the rules of ``transcripts``' module docstring ("Captions").
"""

from __future__ import annotations

import bisect
import re

from desk.extract.addressed import address_of, addressed_voices
from desk.extract.captions import UNNAMED_VOICE
from desk.extract.known import _KnownSpeakers
from desk.extract.labels import _Layout
from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, ROLE_UNKNOWN, Document, Segment
from desk.extract.names import fold
from desk.extract.resolver import _Resolver
from desk.extract.selfnamed import SELF_NAMED, named_in_opening, self_named
from desk.extract.sentences import chunk, split_sentences

#: A meeting app's display name for a device or a dial-in, not a person: "Marnie's iPhone",
#: "iPad (2)", "Call-in User_3", "+1 902 555 0142".
_DEVICE = re.compile(r"[’']s (?:iPhone|iPad|Android|Galaxy|Pixel|Phone|Tablet|Laptop|MacBook|Chromebook|PC)\b"
                     r"|^(?:iPhone|iPad|Android|Galaxy \w+|Pixel \d+)(?: \(\d+\))?$"
                     r"|^(?:Call-in|Dial-in|Guest|Unknown)(?:[ _-]?User)?\b|^\+?[\d ()-]{7,}$")


def caption_segments(doc: Document, speaker: str | None, known: _KnownSpeakers) -> list[Segment]:
    text = doc.text
    cues = sorted(doc.cues, key=lambda c: c.start)
    # Runs of cues with the same (carried) voice.
    runs: list[tuple[str | None, list]] = []
    current = None
    for cue in cues:
        voice = cue.voice or current
        if not runs or voice != current or cue.voice == UNNAMED_VOICE:
            runs.append((voice, []))
        runs[-1][1].append(cue)
        current = voice
    layout = _Layout(turns=[], headers={}, label_spans=[])
    resolver = _Resolver(text, layout, speaker, known)
    voices = {c.voice for c in cues} - {None, UNNAMED_VOICE}
    resolver.labels = sorted(voices)   # "MAYOR:" beside "MAYOR ABERNATHY-QUILL:" (``_Resolver._titled_holder``)
    # how each turn hands the floor on: a form of address in one of its last two sentences
    named_words = {fold(w) for v in voices for w in v.split()}
    addresses = [next(filter(None, (address_of(text[s:e], named_words) for s, e in
                                    reversed(split_sentences(text, run[0].start, run[-1].end)[-2:]))), None)
                 for _, run in runs]
    addressed = addressed_voices([(addresses[i - 1], v if v != UNNAMED_VOICE else None)
                                  for i, (v, _) in enumerate(runs) if i])
    named_voices = bool(voices)

    segments: list[Segment] = []
    device_names: dict[str, str | None] = {}
    hailed = _hailed(text, runs)

    def own_name(voice: str) -> str | None:   # the name a voice gives itself in any of its turns
        if voice not in device_names:
            device_names[voice] = self_named(text, [r for v, r in runs if v == voice])
        return device_names[voice]

    turn_no = 0
    answered: str | None = None   # the named voice of the turn before a bare question, if it answered
    asked = False   # the turn before was a bare ">>" question
    after_question = False   # the turn before ended in a question, whoever put it
    for n, (voice, run) in enumerate(runs):
        t_start_offset, t_end_offset = run[0].start, run[-1].end
        sentences = split_sentences(text, t_start_offset, t_end_offset)
        question = bool(sentences) and text[slice(*sentences[-1])].rstrip("\"”’') ").endswith("?")
        named = named_in_opening(SELF_NAMED, text, t_start_offset, sentences) if voice == UNNAMED_VOICE else None
        if voice is not None and _DEVICE.search(voice):
            # "Marnie's iPhone:", "Call-in User_2:": a meeting app names the device, not the
            # person; the name they give for themselves in any of their turns, else nobody
            who = own_name(voice)
            role = ROLE_SPEAKER if who else ROLE_UNKNOWN
        elif voice != UNNAMED_VOICE:
            who, role = resolver.resolve(voice)
            if who is None and voice and re.search(r"\d", voice):
                # "SPEAKER_00: This is Tobias Wren with Tidewater Wire": a numbered label that names
                # no one, whose voice names itself (not "ANCHOR:", which two anchors may share)
                if own_name(voice):
                    who, role = own_name(voice), ROLE_SPEAKER
                elif hailed.get(voice) and not any(
                        (own := own_name(v)) and own.split()[-1] == hailed[voice] for v in voices if v != voice and re.search(r"\d", v)):
                    # "Mr. Lindahl, thanks for making time." ¶ its answer (not "Mr. Ferraro, I'm going to
                    # make sure …" when another voice named itself Luis Ferraro: an answer to him)
                    who, role = hailed[voice], ROLE_SPEAKER
        elif named is not None:
            # ">> Hi. My name is Rafael Dunmore. …": an audience member who gives their own name
            who, role = named, ROLE_SPEAKER
        elif n and addresses[n - 1] in addressed and not question:
            # "Councilmember, you first this time." ¶ ">> Rafael, thank you. I'm against …": the
            # one that address meant each time the file named who answered it
            voice = addressed[addresses[n - 1]]
            who, role = resolver.resolve(voice)
        elif question and len(sentences) <= 3:
            who, role = None, ROLE_QUESTIONER   # ">> Governor, thank you. When do they reopen?": a question put to the speaker
        elif asked and answered is not None and len(voices) <= 2:
            # a conversation of two named voices: ">> TAMSIN ODUYA: Staffing." ">> Do you blame the
            # province?" ">> I blame a system …" — the answer is hers, who answered before the question
            who, role = resolver.resolve(answered)
            voice = answered
        elif named_voices:
            who, role = None, ROLE_UNKNOWN   # the file names its voices, and not this one
        else:
            who, role = resolver.resolve(None)   # ">>" names no one, nor does the file: the source's speaker, if given
        # who answered a question: the named voice of a turn after one (an anchor's opening
        # words before "GOVERNOR, WILL THE SCHOOLS OPEN?" answered nothing)
        asked = role == ROLE_QUESTIONER
        if not asked:
            answered = voice if voice != UNNAMED_VOICE and not question and after_question else None
        after_question = question
        label = None if voice == UNNAMED_VOICE or run[0].voice == UNNAMED_VOICE else voice
        made = []
        # Cues of a run are in text order and do not overlap: the cues a passage overlaps are
        # found by bisection, not by a scan of the whole run (quadratic on a long monologue).
        cue_ends = [c.end for c in run]
        cue_starts = [c.start for c in run]
        for s, e in chunk(sentences, text=text):
            first = bisect.bisect_right(cue_ends, s)  # first cue ending after s
            last = bisect.bisect_left(cue_starts, e) - 1  # last cue starting before e
            if first > last:
                continue
            made.append(
                Segment(start=s, end=e, turn=turn_no, label=label, speaker=who, role=role,
                        paragraph_start=t_start_offset, paragraph_end=t_end_offset,
                        t_start=run[first].t_start, t_end=run[last].t_end)
            )
        if made:
            segments.extend(made)
            turn_no += 1
    return segments


#: A turn opening by hailing someone by title and surname: "Mr. Lindahl, thanks for making time."
_HAIL = re.compile(r"[ \t]*(?:Mr|Ms|Mrs|Dr|Mx)\.[ \t]+([A-Z][\w'’-]+),")


def _hailed(text: str, runs: list[tuple[str | None, list]]) -> dict[str, str]:
    """{numbered voice: the surname a turn just before it hails, every time it does}: on a
    diarized call "SPEAKER_00: Mr. Lindahl, thanks for making time." ¶ "SPEAKER_01: Happy to do
    it." makes SPEAKER_01 Lindahl, unless another hail points elsewhere."""
    found: dict[str, set[str]] = {}
    for (before, run0), (voice, _) in zip(runs, runs[1:], strict=False):
        m = _HAIL.match(text, run0[0].start)
        if m and voice and voice != before and re.search(r"\d", voice):
            found.setdefault(voice, set()).add(m.group(1))
    taken = [next(iter(names)) for names in found.values() if len(names) == 1]
    return {v: next(iter(n)) for v, n in found.items() if len(n) == 1 and taken.count(next(iter(n))) == 1}
