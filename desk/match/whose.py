"""Whose may a turn be: the tests ``core.match_quote`` asks before it calls words in another
person's turn a misattribution, or takes an unnamed voice's turn for the named speaker's.

* ``distinctive``: words verbatim in someone else's turn prove a misattribution only when they
  could not be anyone's;
* ``may_be_unnamed_voice``: a turn the source names no one for may be the named speaker's when
  it is on the answering side and no sex the source gives it rules them out;
* ``other_sex``: the sex a label gives an unnamed voice ("UNIDENTIFIED WOMAN:") against the
  named speaker's.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from desk.extract.gender import name_gender
from desk.extract.lexicon import UNNAMED_PEOPLE
from desk.extract.names import fold

from .align import Quote
from .close import GENERIC, STOP
from .model import Eval

#: Words verbatim in someone else's turn make a misattribution only when they could not be
#: anyone's: at least this many words, or MISATTRIBUTION_CONTENT words that are neither
#: function words nor everyday ones ("a bet on the mill", not "to go after them").
MISATTRIBUTION_WORDS = 6
MISATTRIBUTION_CONTENT = 2


def distinctive(q: Quote) -> bool:
    words = q.words.words
    telling = {w for w in words if w not in STOP and w not in GENERIC}
    return len(words) >= MISATTRIBUTION_WORDS or len(telling) >= MISATTRIBUTION_CONTENT


#: Labels of the side that asks or runs the room: their words are not the guest's or the witness's,
#: named or not ("HOST:", "INTERVIEWER:").  ``THE COURT:`` is not among them: the draft that gives
#: its words to the judge it names is right, and the record seldom names the judge.
_ASKING_SIDE = frozenset("""moderator moderatrice host cohost co-host anchor chair chairman chairwoman chairperson
    narrator presenter announcer interviewer intervieweur intervieweuse animateur animatrice commentator clerk
    facilitator emcee mc operator""".split())


def may_be_unnamed_voice(ev: Eval, speaker_names: Sequence[str] = (), speaker_sex: str | None = None) -> bool:
    """May a turn the source names no speaker for be the named speaker's?  Yes for a voice the
    source leaves unnamed on the answering side (``GUEST:``, ``A.``, ``THE WITNESS:``, a ``>>``
    caption voice, a layout without labels, ``THE COURT:``); not a questioner's (``Q:``,
    "Reporter:"), nor a host's, an interviewer's or a moderator's: they ask, the named answer;
    nor a voice the source gives a sex ("UNIDENTIFIED WOMAN:", "UNIDENTIFIED MALE:") other than
    the one every given name of the named speaker is borne by ("Arne Solberg" is no woman)."""
    cand = ev.cand
    if cand.speaker_id is not None or cand.role == "questioner":
        return False
    if other_sex(ev, speaker_names, speaker_sex):
        return False
    words = [w for w in re.sub(r"[^\w\s-]", " ", (cand.label or "").lower()).split() if w != "the"]
    return not (len(words) == 1 and words[0] in _ASKING_SIDE)


def other_sex(ev: Eval, speaker_names: Sequence[str], speaker_sex: str | None) -> bool:
    """The source gives the turn's unnamed voice a sex ("UNIDENTIFIED WOMAN:") other than the
    named speaker's: the one the draft's cue gives (``speaker_sex``, "he said") or the one every
    given name of theirs is borne by."""
    words = set(re.sub(r"[^\w\s-]", " ", (ev.cand.label or "").lower()).split())
    sex = next((UNNAMED_PEOPLE.get(w) or _SEXED_LABEL.get(w) for w in words
                if UNNAMED_PEOPLE.get(w) or _SEXED_LABEL.get(w)), None)
    if sex is None:
        return False
    full = [n.split()[0] for n in speaker_names if len(n.split()) >= 2]
    return speaker_sex not in (None, sex) or bool(full) and all(
        name_gender(fold(given)) not in (None, sex) for given in full)


#: Words of a label that give an unnamed voice's sex, beside the lexicon's "woman", "man", "girl" …
_SEXED_LABEL = {"female": "f", "male": "m"}
