"""JSON exports no dedicated reader knows, read by the names of their fields (session 43, review 29
and 30: a chat archiver's export and a city video platform's captions were refused).  The files
are written for these tests."""

from __future__ import annotations

import json

import pytest

from desk.extract.decoding import ExtractError
from desk.extract.formats import read_document
from tests.conftest import passages_by_opening

CHAT = {
    "guild": {"name": "Larch Hollow Neighbours"},
    "channel": {"name": "road-closures"},
    "messages": [
        {"id": "1", "type": "Default", "timestamp": "2026-03-02T08:01:00-05:00",
         "content": "The county says the bridge on Mill Road stays shut until the inspectors sign off.",
         "author": {"name": "hdaley", "nickname": "Hana Daley | Ward 2 rep", "isBot": False}},
        {"id": "2", "type": "Reply", "timestamp": "2026-03-02T08:05:00-05:00",
         "content": "> stays shut until the inspectors sign off\nThen the school bus needs a new route by Monday.",
         "author": {"name": "okb", "nickname": "Omar Kassab (admin)", "isBot": False},
         "reference": {"messageId": "1"}},
        {"id": "3", "type": "Default", "timestamp": "2026-03-02T09:00:00-05:00",
         "content": "**Update:** the detour signs go up at noon.",
         "author": {"name": "roadsbot", "isBot": True}},
    ],
}

CAPTIONS = {
    "schema": "examplecast.captions/1",
    "meeting": {"body": "Larch Hollow Council", "date": "2026-03-03"},
    "captions": [
        {"n": 1, "start": "00:00:04.100", "end": "00:00:08.500", "text": ">> MAYOR OKONJO: Good evening. The\nbridge is our only item."},
        {"n": 2, "start": "00:00:08.600", "end": "00:00:12.000", "text": "We will hear from the engineer\nfirst."},
        {"n": 3, "start": "00:00:15.000", "end": "00:00:19.000", "text": ">> ENGINEER PRATT: The deck has\nthree cracked girders."},
        {"n": 4, "start": "00:00:19.100", "end": "00:00:22.000", "text": "We cannot open it this month."},
    ],
}


def test_a_chat_archive_is_read_message_by_message_its_nicknames_undecorated():
    said = passages_by_opening("chat.json", json.dumps(CHAT), "transcript")
    assert said["The county says the brid"] == "Hana Daley"
    # the reply's quoting line is the first message's words, held under her name, not his
    assert said["Then the school bus need"] == "Omar Kassab"
    assert not any(opening.startswith("stays shut") for opening in said)
    assert said["Update: the detour signs"] == "roadsbot"


def test_a_caption_export_is_read_as_captions_its_marks_naming_the_speakers():
    said = passages_by_opening("council.json", json.dumps(CAPTIONS), "captions")
    assert said["Good evening. The bridge"] == "Okonjo"
    assert said["The deck has three crack"] == "Pratt"


def test_a_json_with_no_records_of_words_is_still_refused_with_what_the_desk_reads():
    data = json.dumps({"meeting": {"title": "Council"}, "items": [{"id": 1, "votes": 5}]}).encode()
    with pytest.raises(ExtractError) as err:
        read_document("agenda.json", data)
    assert "is not a transcription the desk reads" in str(err.value)


TRANSCRIBE = {
    "jobName": "call-0210", "status": "COMPLETED",
    "results": {
        "transcripts": [{"transcript": "Harbour 911, what is your emergency? My brother has a knife. Is anybody hurt?"}],
        "audio_segments": [
            {"id": 0, "transcript": "Harbour 911, what is your emergency?", "start_time": "3.200",
             "end_time": "6.140", "speaker_label": "spk_0"},
            {"id": 1, "transcript": "My brother has a knife.", "start_time": "7.040", "end_time": "9.500",
             "speaker_label": "spk_1"},
            {"id": 2, "transcript": "Is anybody hurt?", "start_time": "9.900", "end_time": "11.000",
             "speaker_label": "spk_0"},
        ],
    },
}


def test_an_amazon_transcribe_export_gives_each_segment_to_a_numbered_voice_that_names_no_one():
    doc = read_document("call.json", json.dumps(TRANSCRIBE).encode())
    from desk.extract.transcripts import segment

    said = [(" ".join(doc.text[s.start:s.end].split()), s.speaker, s.label) for s in segment(doc, "transcript")]
    assert ("My brother has a knife.", None, "SPEAKER_01") in said
    assert not any(label and label.startswith("spk") for _, _, label in said)
