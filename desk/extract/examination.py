"""Who asks and who answers in a court record's or a deposition's examination.

A court reporter writes an examination as ``Q.`` and ``A.`` turns under a line that says who
examines (``BY MR. HALDANE:``), after the witness is called ("The People call Renata
Oyelaran.", "RENATA OYELARAN, called as a witness …, having been duly sworn, testified as
follows:").  Read alone, ``Q`` is an unnamed questioner and ``A`` nobody; in a record the
questions are the examining lawyer's and the answers the witness's:

* ``BY MR. X:`` (or ``CROSS-EXAMINATION BY MR. X:`` on one line) makes the ``Q`` turns after it (up to the next ``BY`` line) X's, X's name
  completed as any label's is (``MR. HALDANE`` → Simon Haldane when the record gives it).
* The witness is the person last called ("call", "calls", "calling" and a name) or named
  before ", called as a witness" / ", having been … sworn" before the examination; their
  answers (``A``) and ``THE WITNESS:`` turns are theirs.  A record that names no witness
  leaves the answers unnamed, as before.

The ``BY`` line itself holds no speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desk.extract.model import ROLE_SPEAKER
from desk.extract.names import display_name

#: The line naming the examining lawyer: "BY MS. ODEGAARD:", also after the examination's kind on
#: the same line ("CROSS-EXAMINATION BY MR. HALVORSEN:", "DIRECT EXAMINATION BY MS. ROSS:",
#: "EXAMINATION IN-CHIEF BY MR. FRAYNE:");
#: ``desk.extract.labels`` reads it too.
EXAMINER = (r"(?:(?:(?:FURTHER|RE)[ \t-]*)?(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|RE-DIRECT|RE-CROSS)[ \t-]*)?"
            r"EXAMINATION(?:[ \t-]*IN[ \t-]*CHIEF)?[ \t]+)?"   # (a Canadian record's "EXAMINATION IN-CHIEF BY …")
            r"BY[ \t]+(?P<who>(?:MR|MS|MRS|MISS|DR)\.?[ \t]+")
_BY = re.compile(r"^" + EXAMINER + r"\S.*)$", re.IGNORECASE)
_NAME = r"((?:(?:[A-Z][\w'’\-]*|[A-Z]\.)[ \t]*\n?[ \t]*){0,2}[A-Z][\w'’\-]+)"   # a name may break over a line
_CALLED = re.compile(r"\bcall(?:s|ing|ed)?[ \t]+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+)?" + _NAME)
#: A witness called or sworn without a name: "The defense calls its first witness.",
#: "(Whereupon, the witness was sworn.)".
_UNNAMED_CALL = re.compile(r"(?i)\bcall(?:s|ing|ed)?[ \t]+(?:its|his|her|their|our|the|a|an)\b[^.\n]{0,30}\bwitness"
                           r"|\bwitness[ \t]+(?:was[ \t]+)?(?:duly[ \t]+)?sworn")
_SWORN = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-.]*){1,3})[ \t]*[,:]?[ \t]*\n?[ \t]*"
                    r"(?:called as a witness|having been (?:first[ \t]+)?(?:duly[ \t]+)?sworn"
                    r"|(?:SWORN|AFFIRMED|Sworn|Affirmed)\b)")   # ("TESSA MOYO: SWORN", a Canadian record's line)
#: A question that opens by hailing the witness: "Q. Mr. Obi, you're the director of …?".
_HAILED = re.compile(r"[ \t]*(?:Q\.?[ \t]+)?(Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+([A-Z][\w'’\-]+)[ \t]*,")
_WITNESS_LABELS = frozenset({"a", "the witness", "witness"})


def examination_speakers(text: str, turns: Sequence, resolve: Callable[[str], tuple[str | None, str]]
                         ) -> dict[int, tuple[str | None, str]]:
    """{turn index: (speaker, role)} for the turns an examination settles (module docstring);
    ``turns`` have ``label`` and ``line_start``; ``resolve`` is the transcript's label resolver."""
    out: dict[int, tuple[str | None, str]] = {}
    examiner: str | None = None
    witness: str | None = None
    asked = False   # the examination under the last BY line has put a question
    # the record's own lines since the last examination began (the text before the first turn,
    # the court's and counsel's turns, headings), never the testimony: "A. I called Dana
    # Whitlock" calls no witness
    record: list[str] = [text[:turns[0].line_start]] if turns else []
    for i, turn in enumerate(turns):
        label = (turn.label or "").strip()
        key = label.lower().rstrip(".")
        end = turns[i + 1].line_start if i + 1 < len(turns) else len(text)
        by = _BY.match(label)
        if by:
            witness = _witness("\n".join(record), witness)
            asked = False
            record = [text[turn.line_start:end]]
            examiner = resolve(by.group("who"))[0]
            out[i] = (examiner, ROLE_SPEAKER)
            continue
        if key == "q" and examiner:
            out[i] = (examiner, ROLE_SPEAKER)
            if witness is None and not asked and (hail := _HAILED.match(text, turn.line_start, end)):
                # "Q. Mr. Obi, you're the director …?": the first question hails the witness
                witness = resolve(f"{hail.group(1)} {hail.group(2)}")[0] or hail.group(2)
            asked = True
        elif key in _WITNESS_LABELS and (examiner or key != "a"):
            if key != "a":
                witness = _witness("\n".join(record), witness)
                record = []
            if witness:
                out[i] = (witness, ROLE_SPEAKER)
        if key not in ("q", "a") and key not in _WITNESS_LABELS:
            record.append(text[turn.line_start:end])
    return out


def _witness(before: str, current: str | None) -> str | None:
    """The witness after the text ``before`` an examination: the last one it calls or swears by
    name; nobody when the last one called or sworn is unnamed ("The defense calls its first
    witness."); ``current`` when it calls and swears no one."""
    found = [(m.start(), " ".join(m.group(1).split())) for m in _CALLED.finditer(before)]
    found += [(m.start(), display_name(" ".join(m.group(1).split()))) for m in _SWORN.finditer(before)]
    found += [(m.start(), None) for m in _UNNAMED_CALL.finditer(before)]
    if not found:
        return current
    named = [(at, name) for at, name in found if name]
    last_at = max(at for at, _ in found)
    if named and max(named)[0] >= last_at - 200 and len(max(named)[1].split()) >= 2:
        return max(named)[1]   # a name, with its swearing-in just after ("WENDELL PRYCE, having been …")
    return None
