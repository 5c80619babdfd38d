"""Quotes with parts (desk/match/parts.py): a sentence split by its attribution, a quote continued
across paragraphs."""

from __future__ import annotations

from desk.match import Candidate, Edit, match_quote
from desk.match.parts import PARAGRAPH, SENTENCE, part_starts
from tests.test_match import CRITIC, MAYOR, NAMES, check, source

SPEECH = source([
    (MAYOR, "speaker",
     "We can build our way out of this, and we will, but not with red tape. Every permit that "
     "sits on a desk for a year is a family that waits for a year.\n\n"
     "So here is the plan. We will hire forty inspectors by June, we will publish every wait time "
     "online, and we will not approve a single tower without a transit plan.\n\n"
     "Nobody should have to wait for a home."),
    (CRITIC, "speaker", "The mayor has promised inspectors before. Every permit that sits on a desk "
                        "is a family that waits, she says. Then hire the inspectors."),
])


def parts_check(parts, breaks, speaker=MAYOR, cands=SPEECH):
    """Check a quote given as its parts, as checks.py does."""
    ids = {speaker} if speaker else None
    names = [NAMES[speaker], NAMES[speaker].split()[-1]] if speaker else []
    m = match_quote(" ".join(parts), ids, names, cands, parts=parts, paragraph_breaks=breaks)
    if m.candidate is not None:
        text = m.candidate.source_text
        assert m.selector["exact"] == text[m.start:m.end]
    return m


# --------------------------------------------------------------------------- split sentence
def test_split_sentence_standing_together_is_exact():
    m = parts_check(["Every permit that sits on a desk for a year,", "is a family that waits for a year."], [False])
    assert (m.verdict, m.flags) == ("exact", [])
    assert m.candidate.source_text[m.start:m.end] == (
        "Every permit that sits on a desk for a year is a family that waits for a year")


def test_split_sentence_with_words_left_out_is_an_omission():
    m = parts_check(["We can build our way out of this,", "but not with red tape."], [False])
    assert (m.verdict, m.flags) == ("misquote", ["omission"])
    assert m.edits == [
        Edit("equal", "We can build our way out of this", "We can build our way out of this"),
        Edit("delete", "", "and we will"),
        Edit("equal", "but not with red tape", "but not with red tape"),
    ]
    assert m.candidate.source_text[m.start:m.end] == "We can build our way out of this, and we will, but not with red tape"
    assert m.candidate.speaker_id == MAYOR


def test_split_sentence_with_an_ellipsis_where_the_words_were_cut_is_edited():
    m = parts_check(["We can build our way out of this \u2026", "but not with red tape."], [False])
    assert (m.verdict, m.flags) == ("edited", [])
    assert Edit("ellipsis", "\u2026", "and we will") in m.edits


def test_split_sentence_part_with_its_own_ellipsis_and_an_omission():
    m = parts_check(["We will hire forty inspectors \u2026 we will publish every wait time,",
                     "and we will not approve a single tower."], [False])
    assert (m.verdict, m.flags) == ("misquote", ["omission"])
    assert [e.op for e in m.edits] == ["equal", "ellipsis", "equal", "delete", "equal"]
    assert m.edits[1].source == "by June" and m.edits[3].source == "online"


def test_split_sentence_omission_dropping_not_is_also_a_negation():
    m = parts_check(["and we will", "approve a single tower without a transit plan."], [False])
    assert m.verdict == "misquote"
    assert set(m.flags) == {"omission", "negation_in_gap"}
    assert Edit("delete", "", "not") in m.edits


def test_split_sentence_gap_beyond_the_bound_is_graded_as_today():
    long = source([(MAYOR, "speaker", "We can build our way out of this. " + " ".join(f"w{i}" for i in range(45))
                    + " But not with red tape.")])
    m = parts_check(["We can build our way out of this,", "but not with red tape."], [False], cands=long)
    assert "omission" not in m.flags
    assert m.verdict != "exact"


def test_split_sentence_parts_out_of_order_or_in_two_turns_are_graded_as_today():
    m = parts_check(["but not with red tape,", "We can build our way out of this."], [False])
    assert "omission" not in m.flags and m.verdict not in ("exact", "edited")
    two_turns = source([(MAYOR, "speaker", "We can build our way out of this."),
                        (CRITIC, "speaker", "Can you?"),
                        (MAYOR, "speaker", "But not with red tape.")])
    m = parts_check(["We can build our way out of this,", "but not with red tape."], [False], cands=two_turns)
    assert "omission" not in m.flags and m.verdict not in ("exact", "edited")


def test_split_sentence_contiguous_in_another_speakers_turn_is_misattributed():
    m = parts_check(["Then hire", "the inspectors."], [False], speaker=MAYOR)
    assert m.verdict == "misattributed"
    assert m.candidate.speaker_id == CRITIC


def test_an_exact_original_elsewhere_beats_an_omission():
    later = source([(MAYOR, "speaker", "We can build our way out of this but not with red tape.")],
                   source_id=7, date="2024-06-01")
    m = parts_check(["We can build our way out of this,", "but not with red tape."], [False], cands=SPEECH + later)
    assert (m.verdict, m.candidate.source_id) == ("exact", 7)


def test_without_parts_the_joined_text_is_graded_as_one_span():
    m = check("We can build our way out of this, but not with red tape.", MAYOR, SPEECH)
    assert "omission" not in m.flags
    assert m.verdict == "misquote"


# --------------------------------------------------------------------------- across paragraphs
def test_quote_continued_across_paragraphs_with_a_cut_is_exact():
    m = parts_check(["Every permit that sits on a desk for a year is a family that waits for a year.",
                     "We will hire forty inspectors by June."], [True])
    assert (m.verdict, m.flags) == ("exact", [])
    assert [e.op for e in m.edits] == ["equal", "equal"]
    assert m.edits[1].source == "We will hire forty inspectors by June"


def test_quote_continued_across_paragraphs_with_an_ellipsis_is_edited():
    m = parts_check(["Every permit that sits on a desk \u2026 is a family that waits for a year.",
                     "Nobody should have to wait for a home."], [True])
    assert (m.verdict, m.flags) == ("edited", [])


def test_quote_continued_across_paragraphs_out_of_order_is_not_exact():
    m = parts_check(["Nobody should have to wait for a home.", "So here is the plan."], [True])
    assert m.verdict not in ("exact", "edited")


def test_quote_continued_across_paragraphs_in_two_speakers_turns_is_not_exact():
    m = parts_check(["We can build our way out of this, and we will, but not with red tape.",
                     "Then hire the inspectors."], [True])
    assert m.verdict not in ("exact", "edited")


def test_quote_continued_across_paragraphs_reversing_a_negation_is_caught():
    m = parts_check(["So here is the plan.", "Approve a single tower without a transit plan."], [True])
    # "we will not" is cut at the paragraph break: what is left says the opposite
    assert m.verdict == "misquote"
    assert "negation_in_gap" in m.flags


def _windows_of(cands, turn, cut):
    """Split one turn's candidate into two windows, as checks.py does around index hits."""
    c = cands[turn]
    a = Candidate(c.source_id, c.turn, c.pieces[:cut], c.speaker_id, c.speaker_name, c.role, c.source_text, c.date)
    b = Candidate(c.source_id, c.turn, c.pieces[cut + 1:], c.speaker_id, c.speaker_name, c.role, c.source_text, c.date)
    return [a, b] + [x for k, x in enumerate(cands) if k != turn]


def test_quote_continued_across_paragraphs_in_two_windows_of_one_turn():
    cands = _windows_of(SPEECH, 1, 1)      # pieces 0 and 2 of the mayor's turn, not piece 1
    m = parts_check(["We can build our way out of this, and we will, but not with red tape.",
                     "Nobody should have to wait for a home."], [True], cands=cands)
    assert (m.verdict, m.flags) == ("exact", [])
    # a fragment may not straddle the hole between two windows
    m = parts_check(["Every permit that sits on a desk for a year is a family that waits for a year. "
                     "Nobody should have to wait", "for a home."], [True], cands=cands)
    assert m.verdict not in ("exact", "edited")


# --------------------------------------------------------------------------- plumbing
def test_part_starts():
    assert part_starts("A, B", ["A,", "B"], [False]) == [(3, SENTENCE)]
    assert part_starts("A B C", ["A", "B", "C"], [True, False]) == [(2, PARAGRAPH), (4, SENTENCE)]
    assert part_starts("A B", ["A", "X"], [True]) == []         # parts not in the text: one span
    assert part_starts("A", ["A"], []) == []


# --------------------------------------------------------------------------- through the check
HOUSING_SPEECH = """Remarks on housing

We can build our way out of this crisis, and we will, but not with red tape. Every permit that sits on a desk for a year is a family that waits for a year.

So here is the plan. We will hire forty inspectors by June. We will publish every wait time online.

Nobody should have to wait a decade for a home.
"""

HOUSING_DRAFT = """Mayor unveils housing plan

Mayor Rosalind Achebe-Torres spoke on Monday. “We can build our way out of this crisis,” she said, “but not with red tape.”

“Every permit that sits on a desk for a year is a family that waits for a year.

“We will publish every wait time online,” she added.
"""


def test_check_reports_an_omission_and_accepts_a_paragraph_cut(app):
    from desk import get_index, get_session
    from desk.services import library
    from desk.services.checks import check_text

    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_text(session, index, HOUSING_SPEECH,
                            library.SourceMeta(title="Housing remarks", kind="speech", speaker="Rosalind Achebe-Torres"))
        doc = check_text(session, index, HOUSING_DRAFT, save=False)
    quotes = {q["text"][:20]: q for q in doc["quotes"]}
    split = quotes["We can build our way"]
    assert len(split["parts"]) == 2
    assert (split["verdict"], split["flags"]) == ("misquote", ["omission"])
    assert {"op": "delete", "draft": "", "source": "and we will"} in split["match"]["edits"]
    continued = quotes["Every permit that si"]
    assert len(continued["parts"]) == 2
    assert (continued["verdict"], continued["flags"]) == ("exact", [])


def test_omission_is_worded_on_the_page_the_report_and_the_exports(client):
    import io
    import json

    client.post("/sources/new", data={"files": [(io.BytesIO(HOUSING_SPEECH.encode()), "housing.txt")],
                                      "kind": "speech", "speaker": "Rosalind Achebe-Torres"},
                content_type="multipart/form-data")
    page = client.post("/check", data={"text": HOUSING_DRAFT, "title": ""})
    assert page.status_code == 302
    words = "Words were left out between the two parts of the quote without an ellipsis"
    html = client.get(page.headers["Location"]).get_data(as_text=True)
    assert words in html
    assert "<del title=\"In the original, not in the draft\">and we will</del>" in html
    draft_id = int(page.headers["Location"].rstrip("/").split("/")[-1])
    assert words in client.get(f"/drafts/{draft_id}/report").get_data(as_text=True)
    assert words in client.get(f"/export?format=csv&draft={draft_id}").get_data(as_text=True)
    exported = json.loads(client.get(f"/export?format=json&draft={draft_id}").get_data(as_text=True))
    quote = next(q for q in exported["drafts"][0]["quotes"] if q["flags"])
    assert quote["flags"] == ["omission"] and quote["flag_notes"] == [words + "."]


def test_check_treats_two_sentences_grouped_as_one_quote_as_a_cut_not_an_omission():
    """“A.” … “B.” presents two sentences, never one split sentence: no omission between them."""
    from desk.extract.model import Quote, QuotePart
    from desk.services.checks import _parts_of

    draft = "“Every permit waits for a year.” she said. “Nobody should wait.”\n“And more,” she said, “later.”"
    a, b = draft.index("Every"), draft.index("Nobody")
    two = Quote([QuotePart(a, draft.index(".”") + 1), QuotePart(b, draft.index("”\n"))], "")
    assert _parts_of(draft, two)["paragraph_breaks"] == [True]
    c, d = draft.index("And more"), draft.index("later")
    split = Quote([QuotePart(c, c + len("And more,")), QuotePart(d, d + len("later."))], "")
    assert _parts_of(draft, split) == {"parts": ["And more,", "later."], "paragraph_breaks": [False]}
    assert _parts_of(draft, Quote([QuotePart(a, b)], "")) == {}
