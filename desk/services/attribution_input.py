"""Checking what an editor sends for a quote's record before anything is written.

``validate`` refuses bad input as a whole (``InvalidInput`` listing every problem) and
returns the clean changes; ``apply`` gives the new state, with the workflow defaults and the
rule that a correct wording is kept only for a misquote or a paraphrase (see
:mod:`desk.services.attributions`, which records the result and its audit trail).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import InvalidInput
from desk.ids import as_id
from desk.models import EDITOR_VERDICTS, WORKFLOW, Passage

FIELDS = ("status", "verdict", "passage_id", "correct_wording", "note", "follow_up")
FOLLOW_UP_KEYS = ("contact", "method", "contacted_at", "answer", "due")
FOLLOW_UP_DATES = ("contacted_at", "due")
WORDING_VERDICTS = ("misquote", "paraphrase")
MAX_TEXT = 10_000
MAX_FOLLOW_UP_VALUE = 2_000
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _text(name: str, value, problems: list[str], limit: int = MAX_TEXT) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        problems.append(f"The {name} must be text.")
        return None
    value = value.strip()
    if "\x00" in value:
        problems.append(f"The {name} contains binary data.")
        return None
    if len(value) > limit:
        problems.append(f"The {name} is longer than {limit:,} characters.")
        return None
    return value or None


def follow_up_fields(value, problems: list[str]) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        problems.append("The follow-up must be a set of fields: " + ", ".join(FOLLOW_UP_KEYS) + ".")
        return None
    unknown = [str(k) for k in value if k not in FOLLOW_UP_KEYS]
    if unknown:
        problems.append(
            f"The follow-up has no field {', '.join(sorted(unknown))}; use: {', '.join(FOLLOW_UP_KEYS)}."
        )
        return None
    out: dict[str, str] = {}
    for key in FOLLOW_UP_KEYS:
        raw = value.get(key)
        if key in FOLLOW_UP_DATES and isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            raw = raw.isoformat()
        text = _text(f"follow-up {key.replace('_', ' ')}", raw, problems, MAX_FOLLOW_UP_VALUE)
        if text is None:
            continue
        if key in FOLLOW_UP_DATES:
            ok = bool(_ISO_DATE.match(text))
            if ok:
                try:
                    dt.date.fromisoformat(text)
                except ValueError:
                    ok = False
            if not ok:
                label = "contacted on" if key == "contacted_at" else "due"
                problems.append(f"The follow-up “{label}” date “{text}” is not a date; write it as YYYY-MM-DD.")
                continue
        out[key] = text
    return out or None


def validate(session: Session, changes) -> dict:
    """The changes, checked and normalised; raise InvalidInput listing every problem."""
    if not isinstance(changes, Mapping):
        raise InvalidInput("The attribution must be a set of fields: " + ", ".join(FIELDS) + ".")
    problems: list[str] = []
    unknown = [str(k) for k in changes if k not in FIELDS]
    if unknown:
        problems.append(f"Unknown field {', '.join(sorted(unknown))}; an attribution has: {', '.join(FIELDS)}.")
    clean: dict = {}
    if "status" in changes:
        value = changes["status"]
        if value not in WORKFLOW:
            problems.append(f"“{value}” is not a workflow status; use one of: {', '.join(WORKFLOW)}.")
        else:
            clean["status"] = value
    if "verdict" in changes:
        value = changes["verdict"]
        if value is None or value == "":
            clean["verdict"] = None
        elif value not in EDITOR_VERDICTS:
            problems.append(f"“{value}” is not a verdict; use one of: {', '.join(EDITOR_VERDICTS)}.")
        else:
            clean["verdict"] = value
    if "passage_id" in changes:
        value = changes["passage_id"]
        if value is None or value == "":
            clean["passage_id"] = None
        else:
            pid = None
            if isinstance(value, int) and not isinstance(value, bool):
                pid = value
            elif isinstance(value, str) and value.strip().isdigit():
                pid = int(value.strip())
            if pid is None:
                problems.append(f"“{value}” is not a passage number.")
            elif as_id(pid) is None or session.execute(select(Passage.id).where(Passage.id == pid)).first() is None:
                problems.append(f"There is no passage {pid} in the library; link a passage that exists.")
            else:
                clean["passage_id"] = pid
    for name, label in (("correct_wording", "correct wording"), ("note", "note")):
        if name in changes:
            before = len(problems)
            value = _text(label, changes[name], problems)
            if len(problems) == before:
                clean[name] = value
    if "follow_up" in changes:
        before = len(problems)
        value = follow_up_fields(changes["follow_up"], problems)
        if len(problems) == before:
            clean["follow_up"] = value
    if problems:
        raise InvalidInput(" ".join(problems))
    return clean


def apply(current: dict, clean: dict, machine_verdict: str | None) -> dict:
    """The state after the change, with the workflow defaults; raise InvalidInput on a contradiction."""
    new = {f: current[f] for f in FIELDS}
    new.update(clean)
    if "status" not in clean:
        if clean.get("follow_up") and clean["follow_up"] != current["follow_up"]:
            new["status"] = "needs_follow_up"
        elif clean.get("verdict") and clean["verdict"] != current["verdict"] and current["status"] == "unchecked":
            new["status"] = "in_progress"
    if new["status"] == "resolved" and new["verdict"] is None and machine_verdict:
        new["verdict"] = machine_verdict  # resolving confirms the machine's verdict
    effective = new["verdict"] or machine_verdict
    if new["correct_wording"] and effective not in WORDING_VERDICTS:
        if clean.get("correct_wording"):
            raise InvalidInput(
                "Correct wording is kept only for a misquote or a paraphrase; "
                f"this quote's verdict is “{effective or 'none'}”. Set the verdict first, or leave the wording empty."
            )
        new["correct_wording"] = None  # the verdict moved away: the old wording stays in the audit trail
    return new
