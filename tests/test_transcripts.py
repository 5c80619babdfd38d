"""desk.extract.sentences and desk.extract.transcripts: sentences, turns, speakers, offsets."""

from __future__ import annotations

from pathlib import Path

from desk.extract.formats import read_document
from desk.extract.model import ROLE_QUESTIONER, ROLE_SPEAKER, ROLE_UNKNOWN, Document
from desk.extract.sentences import chunk, split_sentences
from desk.extract.transcripts import segment

FIXTURES = Path(__file__).parent / "fixtures"


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def turns(segments, text):
    """[(label, speaker, role, passage text)] in order."""
    return [(s.label, s.speaker, s.role, text[s.start:s.end]) for s in segments]


def doc_of(text: str) -> Document:
    return Document(text=text, format="txt")


def assert_offsets_exact(doc: Document, segments) -> None:
    for s in segments:
        passage = doc.text[s.start:s.end]
        assert passage == passage.strip() and passage
        assert s.paragraph_start <= s.start < s.end <= s.paragraph_end
        if s.label:
            assert not passage.startswith(s.label)
            assert s.label + ":" not in passage and s.label + " :" not in passage


# --------------------------------------------------------------------------------------------
# sentences


def test_abbreviations_and_titles_do_not_end_sentences():
    text = "Mr. Okafor met Dr. Strand and Prof. Lee at 4 p.m. The meeting ended. It was Jan. 5 vs. Feb. 6, e.g. late."
    assert sentences(text) == [
        "Mr. Okafor met Dr. Strand and Prof. Lee at 4 p.m.",
        "The meeting ended.",
        "It was Jan. 5 vs. Feb. 6, e.g. late.",
    ]


def test_no_is_an_abbreviation_only_before_a_number():
    assert sentences("No. We won't. She takes the No. 9 bus.") == ["No.", "We won't.", "She takes the No. 9 bus."]


def test_initials_decimals_and_inner_ellipsis_keep_the_sentence_whole():
    text = "J. R. Smith said growth of 2.4 per cent is fine. We will … try, and we will ... see. Done."
    assert sentences(text) == [
        "J. R. Smith said growth of 2.4 per cent is fine.",
        "We will … try, and we will ... see.",
        "Done.",
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    text = "She said “No.” Then: “Why?” he asked. (It rained.) Later « Oui. » Fin."
    assert sentences(text) == ["She said “No.”", "Then: “Why?” he asked.", "(It rained.)", "Later « Oui. »", "Fin."]


def test_company_abbreviation_ends_a_sentence_only_before_an_opener():
    assert sentences("He joined Acme Inc. in May. He left Acme Inc. The firm shrank.") == [
        "He joined Acme Inc. in May.", "He left Acme Inc.", "The firm shrank."
    ]


def test_blank_lines_split_but_single_line_breaks_do_not():
    text = "A sentence that wraps\nonto the next line.\n\nNew paragraph without a stop"
    assert sentences(text) == ["A sentence that wraps\nonto the next line.", "New paragraph without a stop"]


def test_split_sentences_gives_offsets_into_the_whole_text():
    text = "LABEL: One. Two."
    spans = split_sentences(text, 7)
    assert spans == [(7, 11), (12, 16)]


def test_chunk_groups_sentences_by_count_and_words():
    text = "One. Two two. Three three three. Four."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in chunk(spans, max_sentences=2, text=text)] == ["One. Two two.", "Three three three. Four."]
    assert [text[s:e] for s, e in chunk(spans, max_words=3, text=text)] == ["One. Two two.", "Three three three.", "Four."]


# --------------------------------------------------------------------------------------------
# labelled transcripts


def load_presser():
    doc = read_document("presser.txt", (FIXTURES / "presser.txt").read_bytes())
    return doc, segment(doc, "transcript")


def test_header_lines_are_not_turns():
    doc, segments = load_presser()
    labels = [s.label for s in segments]
    assert "Transcript" not in labels and "Moderator" not in labels
    assert segments[0].label == "MODERATOR"
    assert doc.text[segments[0].start:].startswith("Good morning.")


def test_role_label_resolved_from_header_line():
    _, segments = load_presser()
    assert {s.speaker for s in segments if s.label == "MODERATOR"} == {"Lise Carrow"}


def test_titles_stripped_and_full_name_taken_from_the_document():
    _, segments = load_presser()
    assert {s.speaker for s in segments if s.label == "MINISTER ABERNETHY"} == {"Ngozi Abernethy"}
    assert {s.speaker for s in segments if s.label == "DR. STRAND"} == {"Pavel Strand"}


def test_questioner_labels_are_an_unnamed_questioner():
    _, segments = load_presser()
    questions = [s for s in segments if s.label in ("Q", "QUESTION")]
    assert len(questions) == 2
    assert all(s.role == ROLE_QUESTIONER and s.speaker is None for s in questions)


def test_unlabelled_paragraphs_continue_the_turn_and_offsets_are_exact():
    doc, segments = load_presser()
    assert_offsets_exact(doc, segments)
    minister = [s for s in segments if s.turn == 1]
    assert [doc.text[s.start:s.end] for s in minister] == [
        "Thank you, Lise. Growth came in at 2.4 per cent, above our forecast.",
        "We will not spend the surplus. We will pay down debt, starting in Jan. 2026 with the No. 3 fund.",
    ]
    assert minister[0].paragraph_end < minister[1].paragraph_start
    assert all(s.label == "MINISTER ABERNETHY" for s in minister)


def test_end_marker_is_not_a_passage_and_turns_are_numbered():
    doc, segments = load_presser()
    assert all("(END)" not in doc.text[s.start:s.end] for s in segments)
    assert sorted({s.turn for s in segments}) == list(range(7))


def test_mixed_case_labels_that_recur_are_turns():
    text = "Okafor: We will balance.\n\nLindqvist: The reserve is real.\n\nOkafor: Next year.\n"
    segments = segment(doc_of(text), "transcript")
    assert turns(segments, text) == [
        ("Okafor", "Okafor", ROLE_SPEAKER, "We will balance."),
        ("Lindqvist", "Lindqvist", ROLE_SPEAKER, "The reserve is real."),
        ("Okafor", "Okafor", ROLE_SPEAKER, "Next year."),
    ]


def test_one_line_per_turn_without_blank_lines():
    text = "Q: Ready?\nA: Yes.\nQ: Sure?\nA: Very.\n"
    segments = segment(doc_of(text), "interview", speaker="Ana Ruiz")
    assert turns(segments, text) == [
        ("Q", None, ROLE_QUESTIONER, "Ready?"),
        ("A", "Ana Ruiz", ROLE_SPEAKER, "Yes."),
        ("Q", None, ROLE_QUESTIONER, "Sure?"),
        ("A", "Ana Ruiz", ROLE_SPEAKER, "Very."),
    ]


def test_time_stamps_markers_and_parentheticals_around_labels():
    text = "[00:01:05] >> OKAFOR (through interpreter): We will act.\n[00:01:09] Q: When?\n"
    segments = segment(doc_of(text), "transcript")
    assert turns(segments, text) == [
        ("OKAFOR (through interpreter)", "Okafor", ROLE_SPEAKER, "We will act."),
        ("Q", None, ROLE_QUESTIONER, "When?"),
    ]


def test_label_alone_on_its_line():
    text = "MAYOR VOSS:\nWe start today.\n\nQ:\nWhen?"
    segments = segment(doc_of(text), "transcript")
    assert turns(segments, text) == [
        ("MAYOR VOSS", "Voss", ROLE_SPEAKER, "We start today."),
        ("Q", None, ROLE_QUESTIONER, "When?"),
    ]


def test_mixed_case_word_with_colon_in_prose_is_not_a_label():
    text = (
        "MAYOR VOSS: We start today.\n\n"
        "Remember: this is a long road, and we know it.\n\n"
        "Q: How long?\n\nMAYOR VOSS: Two years."
    )
    segments = segment(doc_of(text), "transcript")
    assert [s.label for s in segments] == ["MAYOR VOSS", "MAYOR VOSS", "Q", "MAYOR VOSS"]
    assert text[segments[1].start:segments[1].end] == "Remember: this is a long road, and we know it."
    assert segments[0].turn == segments[1].turn


def test_french_labels_with_a_space_before_the_colon():
    text = (
        "RADIO NORD\nAnimatrice : Odile Vachon\n\n"
        "ANIMATRICE : Bonjour, madame Brassard.\n\n"
        "HÉLÈNE BRASSARD : Bonjour. Le lac a monté.\n"
    )
    segments = segment(doc_of(text), "interview")
    assert turns(segments, text) == [
        ("ANIMATRICE", "Odile Vachon", ROLE_SPEAKER, "Bonjour, madame Brassard."),
        ("HÉLÈNE BRASSARD", "Hélène Brassard", ROLE_SPEAKER, "Bonjour. Le lac a monté."),
    ]


def test_header_reporter_and_date_lines_are_skipped():
    text = (
        "INTERVIEW NOTES\n"
        "Reporter: Mira Holt, Valley Wire\n"
        "March 12, 2024, 4:05 p.m.\n\n"
        "Q: What happened?\n\nKESSLER: The dam held.\n"
    )
    segments = segment(doc_of(text), "interview")
    assert [s.label for s in segments] == ["Q", "KESSLER"]
    # The header names one interviewer: the questions are hers.
    assert segments[0].speaker == "Mira Holt" and segments[0].role == ROLE_SPEAKER


def test_all_caps_title_line_is_not_a_turn():
    text = "BUDGET 2025: BUILDING TOGETHER\nAddress by the Minister\n\nMadam Speaker, we rise today. Thank you."
    segments = segment(doc_of(text), "speech", speaker="Ngozi Abernethy")
    assert [s.label for s in segments] == [None]
    assert text[segments[0].start:segments[0].end] == "Madam Speaker, we rise today. Thank you."


def test_all_caps_transcript_speech_is_not_mistaken_for_a_title():
    text = "MODERATOR: GOOD EVENING.\n\nMAYOR VOSS: THANK YOU. WE START TODAY.\n"
    segments = segment(doc_of(text), "transcript")
    assert [(s.label, text[s.start:s.end]) for s in segments] == [
        ("MODERATOR", "GOOD EVENING."), ("MAYOR VOSS", "THANK YOU. WE START TODAY.")
    ]


def test_surname_label_resolved_from_the_library_when_the_document_has_no_full_name():
    text = "Q: Why now?\n\nVOSS: Because the bridge is failing.\n"
    known = [("Henrietta Voss", ["Mayor Voss", "VOSS"]), ("Karl Brandt", [])]
    segments = segment(doc_of(text), "transcript", known_speakers=known)
    assert segments[1].speaker == "Henrietta Voss"


def test_the_library_speakers_are_keyed_once_for_many_files_and_the_sources_own_speaker_still_counts(monkeypatch):
    from desk.extract import known as library

    known = [(f"Speaker Number{i}", [f"Minister Number{i}"]) for i in range(300)] + [("Henrietta Voss", ["VOSS"])]
    calls = []
    real = library.name_key
    monkeypatch.setattr(library, "name_key", lambda name: calls.append(name) or real(name))
    first = segment(doc_of("Q: Why now?\n\nVOSS: Because the bridge is failing.\n"), "transcript", known_speakers=known)
    keyed = len(calls)
    assert keyed > 600  # every alias of the library, once
    calls.clear()
    # The next file of the same load: only its own labels are keyed; its source's speaker counts.
    second = segment(doc_of("Q: And you?\n\nBRANDT: Tomorrow.\n"), "transcript", speaker="Karl Brandt",
                     known_speakers=known)
    assert len(calls) < 20
    assert first[1].speaker == "Henrietta Voss" and second[1].speaker == "Karl Brandt"


def test_bare_surname_label_falls_back_to_its_display_name():
    text = "Q: Why now?\n\nKOWALSKI-DUNN: Because.\n"
    segments = segment(doc_of(text), "transcript")
    assert segments[1].speaker == "Kowalski-Dunn"


def test_full_name_from_prose_before_the_label():
    text = (
        "Council meeting. Chief Constable Beatrice Oyelaran spoke first.\n\n"
        "OYELARAN: Leave tonight.\n\nQ: And if people stay?\n\nOYELARAN: We will knock on doors."
    )
    segments = segment(doc_of(text), "transcript")
    assert {s.speaker for s in segments if s.label == "OYELARAN"} == {"Beatrice Oyelaran"}


def test_role_label_without_a_header_is_nobody():
    text = "HOST: Welcome back.\n\nDR. AMARA LINDQVIST: Thanks for having me.\n"
    segments = segment(doc_of(text), "interview")
    assert (segments[0].speaker, segments[0].role) == (None, ROLE_UNKNOWN)
    assert segments[1].speaker == "Amara Lindqvist"


# --------------------------------------------------------------------------------------------
# single speaker


def test_speech_is_one_turn_of_the_given_speaker_with_header_skipped():
    text = (
        "REMARKS TO THE CONVENTION\nMinister of Health\nMarch 29, 2025\nAs delivered\n\n"
        "Thank you all. We will publish the numbers.\n\nEvery week. Thank you."
    )
    segments = segment(doc_of(text), "speech", speaker="Samuel Achterberg")
    assert [text[s.start:s.end] for s in segments] == ["Thank you all. We will publish the numbers.", "Every week. Thank you."]
    assert {(s.turn, s.speaker, s.role, s.label) for s in segments} == {(0, "Samuel Achterberg", ROLE_SPEAKER, None)}


def test_transcript_without_labels_or_speaker_is_unknown_speech():
    text = "We will rebuild. It will take time."
    segments = segment(doc_of(text), "transcript")
    assert [(s.speaker, s.role) for s in segments] == [(None, ROLE_UNKNOWN)]


# --------------------------------------------------------------------------------------------
# captions


def test_vtt_voices_make_turns_and_passages_carry_cue_times():
    doc = read_document("briefing.vtt", (FIXTURES / "briefing.vtt").read_bytes())
    segments = segment(doc, "captions")
    assert turns(segments, doc.text) == [
        ("Ingrid Solberg", "Ingrid Solberg", ROLE_SPEAKER,
         "Good morning. The river rose\nthirty centimetres overnight.\nPlease leave before noon."),
        ("Tomas Ferreira", "Tomas Ferreira", ROLE_SPEAKER, "We will open the arena. [speaking Portuguese]"),
    ]
    assert [(s.t_start, s.t_end) for s in segments] == [(1.0, 11.0), (11.0, 14.25)]
    assert [s.turn for s in segments] == [0, 1]


def test_vtt_sentence_spanning_cues_takes_the_times_of_the_cues_it_overlaps():
    doc = read_document("briefing.vtt", (FIXTURES / "briefing.vtt").read_bytes())
    spans = split_sentences(doc.text)
    second = spans[1]  # "The river rose\nthirty centimetres overnight." spans cue 1 and cue 2
    assert doc.text[second[0]:second[1]] == "The river rose\nthirty centimetres overnight."
    segments = segment(Document(text=doc.text, format="vtt", cues=doc.cues), "captions")
    assert segments[0].start == 0 and segments[0].end > second[1]


def test_srt_prefixes_and_continuation_cues_form_turns():
    doc = read_document("newscast.srt", (FIXTURES / "newscast.srt").read_bytes())
    segments = segment(doc, "captions")
    assert turns(segments, doc.text) == [
        ("PRIESTLEY", "Carla Priestley", ROLE_SPEAKER,
         "Crews in Dunmore worked through the night.\nFire Chief Rowan Achebe spoke this morning."),
        ("ACHEBE", "Rowan Achebe", ROLE_SPEAKER,
         "The fire is contained.\nWe expect to lift the order by Friday. Stay away until then."),
        ("PRIESTLEY", "Carla Priestley", ROLE_SPEAKER, "For DTV News, I'm Carla Priestley."),
    ]
    achebe = segments[1]
    assert (achebe.t_start, achebe.t_end) == (5.5, 11.0)
    assert_offsets_exact(doc, segments)


def test_a_turn_run_into_the_line_before_is_its_own_turn():
    # Scraped transcripts lose line breaks: "… Mr. Abara. ABARA: I …", "… issue.KELLER: I …".
    text = ("FORUM ON THE HARBOUR TUNNEL\n\n"
            "KELLER: Welcome to the forum. Our first question goes to Mr. Abara.\n\n"
            "ABARA: Thank you. The tunnel is late and over budget.\n\n"
            "KELLER: Go ahead, Mr. Abara. ABARA: I have said it before and I will say it again: no toll.\n\n"
            "KELLER: Thank you both on this issue.KELLER: Next, the bridge.\n")
    doc = read_document("forum.txt", text.encode())
    segments = segment(doc, "transcript")
    said = {(s.label, doc.text[s.start:s.end]) for s in segments}
    assert ("KELLER", "Go ahead, Mr. Abara.") in said
    assert ("ABARA", "I have said it before and I will say it again: no toll.") in said
    assert ("KELLER", "Next, the bridge.") in said
    # a capitalised word after a sentence that is no label of this transcript stays in the turn
    assert not any(s.label == "NOTE" for s in segments)
