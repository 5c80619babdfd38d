"""Verdicts, statuses and flags in plain words, for people: the pages, the report, the CSV and
the command line.  Machines (the JSON export, the API, ClaimReview) keep the codes.

Flags have two wordings: a short label for a list or a spreadsheet cell ("negation dropped by
the ellipsis") and the full note (``desk.match.flags.FLAG_TEXT``, worded for its quote by
``desk.services.exports.quote_flag_note``).
"""

from __future__ import annotations

VERDICT_WORDS = {
    "exact": "exact",
    "edited": "accurate, with standard edits",
    "misquote": "misquote",
    "paraphrase": "paraphrase in quote marks",
    "misattributed": "misattributed",
    "not_found": "not found",
    "out_of_context": "out of context",
    "unverifiable": "unverifiable",
}

STATUS_WORDS = {
    "unchecked": "unchecked",
    "in_progress": "in progress",
    "needs_follow_up": "needs follow-up",
    "resolved": "resolved",
}

FLAG_LABELS = {
    "negation_in_gap": "negation dropped by the ellipsis",
    "omission": "words left out without an ellipsis",
    "reversed_fragments": "parts in the opposite order",
    "cross_turn": "ellipsis joins two speakers",
    "multiple_sources": "found in several places",
    "quoted_by_other": "original read aloud by someone else",
    "quoting_another": "speaker quotes someone else here",
    "speaker_unknown": "nobody named",
    "speaker_inferred": "speaker inferred; words are someone else's",
    "surname_label": "source gives the surname only",
    "name_form": "source gives another form of the name",
    "unnamed_turn": "source names no speaker here",
    "ambiguous": "another original almost as close",
}


def _plain(code: str | None) -> str:
    return (code or "").replace("_", " ")


def verdict_words(code: str | None) -> str:
    """A verdict as people read it ("" for none)."""
    return VERDICT_WORDS.get(code or "", _plain(code))


def status_words(code: str | None) -> str:
    return STATUS_WORDS.get(code or "", _plain(code))


def named_speaker(quote: dict | None) -> str:
    """Who the draft names for a quote of a check document ("" when nobody, and for someone the
    draft describes without naming: "a friend", "officials")."""
    who = (quote or {}).get("speaker") or {}
    if who.get("unnamed"):
        return ""
    return (who.get("name") or who.get("mention") or "").strip()


def unnamed_voice(quote: dict | None) -> str:
    """The draft's words for someone it quotes without naming ("a friend", "officials"), or ""."""
    who = (quote or {}).get("speaker") or {}
    return (who.get("name") or "").strip() if who.get("unnamed") else ""


def flag_label(code: str, quote: dict | None = None) -> str:
    """A flag's short label; ``speaker_unknown`` on a quote that names someone says that person
    is not in the library (the draft does name a speaker)."""
    if code == "speaker_unknown" and named_speaker(quote):
        return "speaker not in the library"
    if code == "speaker_unknown" and unnamed_voice(quote):
        return "speaker not named"
    return FLAG_LABELS.get(code, _plain(code))


def field_words(value: str | None, field: str) -> str | None:
    """An audit event's value as people read it: verdict and status codes in words."""
    if value is None:
        return None
    if field == "verdict":
        return verdict_words(value)
    if field == "status":
        return status_words(value)
    return value


def init_app(app) -> None:
    """Template filters: ``verdict_words``, ``status_words``, ``flag_label``, ``field_words``."""
    for fn in (verdict_words, status_words, flag_label, field_words):
        app.add_template_filter(fn)
