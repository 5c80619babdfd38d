"""Flags a match can carry (SPEC §4), in plain words for editors.

The check page, the printable report and the CSV/JSON exports all word flags from here.
"""
from __future__ import annotations

FLAG_TEXT = {
    "negation_in_gap": "The ellipsis drops a negation (not, never, no…): the meaning may be reversed.",
    "omission": "Words were left out between the two parts of the quote without an ellipsis.",
    "reversed_fragments": "The pieces around the ellipsis appear in the opposite order in the original.",
    "cross_turn": "The ellipsis joins words of two different speakers' turns.",
    "multiple_sources": "The same words appear in several passages or from several speakers.",
    "quoted_by_other": "The original here is someone else reading the speaker's words aloud.",
    "quoting_another": "In the original the speaker is quoting someone else here (telling what another person said, or reading it out): the words are first the other person's.",
    "speaker_unknown": "The draft does not say who said this.",
    "speaker_inferred": "The draft names nobody beside this quote (the desk took the speaker from the paragraphs around it), and these words are someone else's: check who the story means.",
    "name_form": "The source names this speaker with another form of the given name (Des for Desmond); check that it is the person the draft names.",
    "surname_label": "The source labels this turn with the surname only; check that it is the person the draft names.",
    "unnamed_turn": "The source does not say who spoke these words (an unnamed or unlabelled turn); check that they are the person's the draft names.",
    "ambiguous": "Another candidate scores almost as well: check which original is meant.",
}


def flag_text(code: str) -> str:
    """The plain words for a flag (the code itself for one this version does not know)."""
    return FLAG_TEXT.get(code, code.replace("_", " "))
