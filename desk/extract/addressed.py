"""Who a bare caption turn is, from how the one before addressed them (part of caption segmentation).

Broadcast captions mark a change of speaker with ">>" and often no name.  A moderator hands the
floor by a form of address — "Councilmember, you first this time.", "Madam Executive.", "A
follow-up on the freeze, Councilmember." — and where the file names the voice that answers
(">> FERREIRA-HOLM: …", "<v Wilhelmina Tsang-Moreau>"), it shows whom that address means.  When
every named answer to one address is the same person, and it answered at least twice, a bare turn
after that address is theirs.  Anything less (an address answered by two people, or once) leaves
the turn unnamed, as before.  A form of address is a title or an office, or a word of the name of
one of the file's named voices ("Rafael, thank you."); not any capitalised opener ("Well,", "Now,").

A chair may also give the floor by name: "DIRECTOR SZABO, YOU HAVE THE FLOOR.", "NEXT SPEAKER IS
WENDELL ASHGROVE." (``called_on``).  A bare ">>" turn of a plain-text caption file (a CART
transcript of a council meeting) right after such a call is the person called.
"""

from __future__ import annotations

import re
from collections import defaultdict

from desk.extract.lexicon import ROLE_HEADS
from desk.extract.model import ROLE_SPEAKER, ROLE_UNKNOWN
from desk.extract.namelists import FIRST_NAMES
from desk.extract.names import TITLE_WORDS, fold

#: A form of address ending a turn ("…, Councilmember.", "Madam Executive.") or opening its last
#: sentence ("Councilmember, you first this time."): one or two capitalised words.
_ADDRESS = r"((?:(?:Madam|Madame|Mister|Mr\.|Ms\.|Mrs\.)[ ])?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)"
_AT_END = re.compile(r"(?:^|,[ ])" + _ADDRESS + r"[.?!]?$")
_AT_START = re.compile(r"^" + _ADDRESS + r",[ ]")


def address_of(last_sentence: str, names: set[str] = frozenset()) -> str | None:
    """The form of address in a turn's last sentence, or None: a title or an office ("Madam
    Executive", "Councilmember") or a word of the name of one of ``names`` (folded words of the
    file's named voices) — not "Well," "Now," or "Okay."."""
    words = " ".join(last_sentence.split())
    m = _AT_END.search(words) or _AT_START.match(words)
    if m is None:
        return None
    last = fold(m.group(1).split()[-1]).rstrip(".")
    return m.group(1) if last in TITLE_WORDS or last in ROLE_HEADS or last in names else None


def addressed_voices(pairs: list[tuple[str | None, str | None]]) -> dict[str, str]:
    """From (address ending a turn, named voice of the next turn) pairs, the addresses every
    named answer to which is one voice, at least twice: address -> that voice."""
    seen: dict[str, list[str]] = defaultdict(list)
    for address, voice in pairs:
        if address and voice:
            seen[address].append(voice)
    return {a: vs[0] for a, vs in seen.items() if len(vs) >= 2 and len(set(vs)) == 1}


#: A name a chair calls on: one to four capitalised words.
_CALLED = r"(?P<name>[A-Z][\w'’.\-]*(?:[ ][A-Z][\w'’.\-]*){0,3})"
#: How a chair gives the floor at the end of a turn: "DIRECTOR SZABO, YOU HAVE THE FLOOR.",
#: "NEXT SPEAKER IS WENDELL ASHGROVE.", "First up is Lavinia Cruz.", "I recognize Councilmember Valcourt."
_GIVES_FLOOR = (
    re.compile(r"^" + _CALLED + r",[ ](?i:you have the floor|the floor is yours|you are recognized|you're recognized)[.!]?$"),
    re.compile(r"\b(?i:next|first|last)(?:[ ](?i:up))?[ ](?i:speaker|caller|witness|presenter)[ ](?i:is|will be)[ ]"
               + _CALLED + r"[.!]?$"),
    re.compile(r"^(?:(?i:I)[ ])?(?i:recognize)[ ]" + _CALLED + r"[.!]?$"),
    # a title and a name alone, or asked to go on: "COUNCILMEMBER VOSS.", "MS. FELD, WOULD YOU GIVE
    # US THE STAFF PRESENTATION.", "Next up, Luis Ferraro."
    re.compile(r"^" + _CALLED + r"(?:,[ ](?i:would you|could you|please|go ahead)\b[^?]*)?[.!]$"),
    re.compile(r"^(?i:next|first|last)[ ](?i:up)?,?[ ]?" + _CALLED + r"[.!]$"),
)


def called_on(text: str, start: int, end: int, resolve, answer: str = "", replying: bool = False) -> tuple[str | None, str]:
    """Who a turn (``text[start:end]``) hands the floor to in its last sentence, resolved as a
    label of the file would be (``resolve``): "DIRECTOR SZABO, YOU HAVE THE FLOOR." is the
    director the file's "DIRECTOR SZABO:" turns are; "NEXT SPEAKER IS WENDELL ASHGROVE." is Wendell
    Ashgrove.  Only a person's name: a title or a given name first ("NEXT IS PUBLIC COMMENT",
    "Tom, you have the floor" name no one the desk can tell); and not when the bare turn that
    follows (``answer``) speaks of the one called ("IS MR. ASHGROVE HERE? NO?": the chair
    again).  Else (None, unknown)."""
    speech = " ".join(text[start:end].split())
    last = re.split(r"(?<=[.!?])[ ](?=\S)", speech)[-1] if speech else ""
    for pattern in _GIVES_FLOOR[:3] if replying else _GIVES_FLOOR:
        # (a turn answering a question names whom it is asked about: "WHO ASKED FOR THAT?" ¶
        # "COUNCILMEMBER ABERNATHY." gives no one the floor)
        m = pattern.search(last)
        if m is None:
            continue
        name = m.group("name").rstrip(".")
        words = [fold(w).rstrip(".") for w in name.split()]
        if len(words) < 2 or words[0] not in TITLE_WORDS and words[0] not in FIRST_NAMES \
                or re.search(r"(?i)\b" + re.escape(name.split()[-1].rstrip(".")) + r"\b", answer):
            break
        who, _role = resolve(name)
        return (who, ROLE_SPEAKER) if who else (None, ROLE_UNKNOWN)
    return None, ROLE_UNKNOWN


#: A TV package naming the bite just played: ">> THAT WAS EUNICE BARLOW. SHE WAS ONE OF …",
#: ">> That was Terrence Mabry, who owns the hardware store."
_THAT_WAS = re.compile(r"[ \t]*>>[ \t]*(?i:that[ \t]+was)[ \t]+(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2})[ \t]*[.,]")


def named_after(text: str, end: int, resolve) -> tuple[str | None, str]:
    """Who a bare turn ending at ``end`` was, when the turn after it names them ("THAT WAS EUNICE
    BARLOW."), resolved as a label of the file would be (``resolve``); else (None, unknown)."""
    m = _THAT_WAS.match(text, end)
    who = resolve(m.group("name"))[0] if m else None
    return (who, ROLE_SPEAKER) if who else (None, ROLE_UNKNOWN)
