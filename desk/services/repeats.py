"""A short quote that repeats part of a longer quote of the same draft is checked as that part.

Headlines, decks and ledes repeat a few words of a quote the story gives in full further down
("Minister says plan 'has not failed'" over "… insisted the plan “has not failed,” …").  Alone,
a quote of one to three words is checked only against its own speaker's words (elsewhere any
long speech holds them by chance), and a headline names no speaker, so it came out *not found*
beside the very quote that verifies it.  When a quote the desk could not find is, word for word,
inside another quote of the draft that was found (exact or edited), it is checked again against
that quote's passage and speaker; it keeps *speaker_unknown* when the draft names nobody beside
it (or gives it only a description, "Minister insists …").  A quote the draft gives to another
named person is left alone: the repeat must not hide a misattribution.

An interjection works the same way (``check_interjections``): "…, prompting one MP to shout,
“Shame!”" names nobody, so its one word was checked against nobody's turns and came out *not
found*, though the Hansard the draft's other quotes come from has "An hon. member: Shame!".  A
short not-found quote whose speaker the library does not hold (someone unnamed, or a person it has
no words of: the judge of a record that says only "THE COURT") is checked again against the turns
of the sources the draft's other quotes were found in, where it may stand word for word in a turn
the source names no one for; it keeps *speaker_unknown*.
"""

from __future__ import annotations

from desk.match import match_quote
from desk.match.core import SHORT_QUOTE
from desk.match.normalize import tokenize


def _words(text: str) -> list[str]:
    """The words the matcher compares (case, apostrophes and dashes as it reads them)."""
    return tokenize(text).words


def _inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return 0 < n <= len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _found_again(matched: list, i: int, again) -> bool:
    """Put the re-check ``again`` of quote ``i`` in place when it found the words (exact or
    edited), flagged *speaker_unknown* unless the draft names a person; whether it did."""
    if again.verdict not in ("exact", "edited"):
        return False
    q, speaker, _ = matched[i]
    if not q.speaker_person and "speaker_unknown" not in again.flags:
        again.flags.append("speaker_unknown")
    matched[i] = (q, speaker, again)
    return True


def check_repeats(matched: list, calls: list[dict]) -> None:
    """Re-check, in place, the not-found quotes of ``matched`` ((quote, speaker json, match)
    triples, ``calls`` their match_quote arguments) that repeat part of a found one."""
    found = [(i, _words(q.text)) for i, (q, _, m) in enumerate(matched)
             if m.verdict in ("exact", "edited") and m.candidate is not None]
    if not found:
        return
    for i, (q, _, m) in enumerate(matched):
        if m.verdict != "not_found":
            continue
        words = _words(q.text)
        for j, long in found:
            other = matched[j][0]
            if not _inside(words, long) or (q.speaker_person and q.speaker != other.speaker):
                continue
            call = dict(calls[i], candidates=[matched[j][2].candidate], speaker_ids=calls[j]["speaker_ids"],
                        speaker_names=calls[j]["speaker_names"], speaker_person=calls[j].get("speaker_person", False))
            if _found_again(matched, i, match_quote(q.text, **call)):
                break


def check_interjections(matched: list, calls: list[dict]) -> None:
    """Re-check, in place, the short not-found quotes of ``matched`` whose speaker the library does
    not hold, against unnamed turns of the sources its other quotes were found in (module docstring)."""
    sources = {m.candidate.source_id for _, _, m in matched if m.verdict in ("exact", "edited") and m.candidate is not None}
    if not sources:
        return
    for i, (q, _, m) in enumerate(matched):
        if m.verdict != "not_found" or calls[i]["speaker_ids"] or len(_words(q.text)) >= SHORT_QUOTE:
            continue
        cands = [c for c in calls[i]["candidates"] if c.source_id in sources and c.speaker_id is None]
        if not cands:
            continue
        _found_again(matched, i, match_quote(q.text, **dict(calls[i], candidates=cands), unnamed_turns=True))
