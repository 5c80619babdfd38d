"""A WhatsApp group chat exported as text (session 39, review 18).

A sender saved only as a phone number ("[3/3/26, 7:05:19 AM] +1 (304) 555-0147: …") was no label,
so her messages were stored as the previous sender's; the app's own lines ("‎added …",
"<Media omitted>") were passages of whoever they stood under.  The chat is written for these
tests."""

from __future__ import annotations

from desk.extract.formats import read_document
from desk.extract.transcripts import segment

CHAT = ("[3/2/26, 9:14:02 PM] Tessa Pell: OK so I just got out of the huddle. They are closing the unit.\n"
        "[3/2/26, 9:15:03 PM] Jolene Ruiz: are you serious\n"
        "[3/2/26, 9:16:10 PM] Jolene Ruiz: <Media omitted>\n"
        "[3/3/26, 7:04:00 AM] Tessa Pell: \u200eadded +1 (304) 555-0147\n"
        "[3/3/26, 7:05:19 AM] +1 (304) 555-0147: Hi all this is Renata, the traveler on nights. "
        "At my last contract they closed OB and we had two babies born in the parking lot.\n"
        "[3/3/26, 7:06:00 AM] Tessa Pell: Welcome Renata.\n")


def test_a_sender_saved_as_a_phone_number_is_no_one_and_app_lines_are_not_passages():
    doc = read_document("chat.txt", CHAT.encode())
    said = [(" ".join(doc.text[s.start:s.end].split()), s.speaker) for s in segment(doc, "other")]
    renata = [who for words, who in said if "babies born in the parking lot" in words]
    assert renata == [None]   # not Tessa Pell's, and not a person named "+1 (304) 555-0147"
    assert not any("Media omitted" in words or words.startswith("\u200eadded") or words.startswith("added")
                   for words, _ in said)
    assert ("are you serious", "Jolene Ruiz") in said
