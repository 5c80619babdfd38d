"""Sources and a story pattern that review 26's held-out set read wrong (session 42): a
Mastodon thread copied from the browser (its posts signed with initials an account explains),
and Rev.ai's JSON of a town hall (its unnamed voices naming themselves at the microphone).  The
inputs are written for these tests.  (A "she" for a newcomer whose given name the lists give men,
"Hollis", is left: a rule for it gave Yolanda a "he" too.)"""

from __future__ import annotations

import json

from tests.conftest import passages_by_opening

_said = passages_by_opening


MASTODON = """Hollis Vantongren
@hvantongren@scholar.social

Some notes on the creek spill, since a lot of people are asking me. I'm not speaking for the university. 1/3

Sep 10, 2025, 13:41 · Edited · Web
31 boosts · 58 favourites

Hollis Vantongren
@hvantongren@scholar.social

Butyl acetate is not the scariest thing that could have been on that train. 2/3

Sep 10, 2025, 13:44 · Web
22 boosts · 47 favourites

Corliss County Health
@CorlissHealth@gov.example.social

Replying to @hvantongren

Thank you, Dr. Vantongren. Residents: please don't use tap water for drinking until the advisory is lifted. -KB

Sep 10, 2025, 14:20 · Web
112 boosts · 76 favourites

Corliss County Health
@CorlissHealth@gov.example.social

Private well guidance will be posted by Friday. Posts signed -KB are from Dr. Katrina Bairdsley, County Health Officer. -KB

Sep 11, 2025, 09:05 · Web
40 boosts · 33 favourites

Corliss County Health
@CorlissHealth@gov.example.social

The advisory map has been updated.

Sep 11, 2025, 10:05 · Web
4 boosts · 3 favourites
"""


def test_a_mastodon_thread_is_each_posts_account_and_a_signed_post_its_signers():
    said = _said("thread.txt", MASTODON, "transcript")
    assert said["Some notes on the creek "] == "Hollis Vantongren"
    assert said["Butyl acetate is not the"] == "Hollis Vantongren"
    assert said["Thank you, Dr. Vantongre"] == "Katrina Bairdsley"   # "-KB", as the account says
    assert said["The advisory map has bee"] == "Corliss County Health"   # unsigned: the account's
    assert not any(text.startswith(("@", "Sep 10", "31 boosts", "Replying")) for text in said)


def _monologue(speaker, name, words):
    elements = []
    for k, w in enumerate(words.split(" ")):
        elements.append({"type": "text", "value": w, "ts": float(k), "end_ts": k + 0.5})
        elements.append({"type": "punct", "value": " "})
    return {"speaker": speaker, "speaker_name": name, "elements": elements}


REV = json.dumps({"monologues": [
    _monologue(0, "Renata Solvang", "Thank you. We'll go to public comment. Next up, Luis Ferrante."),
    _monologue(5, None, "Thanks. Luis Ferrante, I live on Millrace, about three hundred yards from the creek."),
    _monologue(0, "Renata Solvang", "Mr. Ferrante, I'm going to make sure the county has your address."),
    _monologue(6, None, "Hi. I just want to know who is testing the wells."),
]})


def test_revai_json_is_read_and_a_voice_at_the_microphone_names_itself():
    said = _said("townhall.json", REV, "transcript")
    assert said["Thank you. We'll go to p"] == "Renata Solvang"
    assert said["Thanks. Luis Ferrante, I"] == "Luis Ferrante"
    # the mayor answering Ferrante by name does not make the next voice Ferrante
    assert said["Hi. I just want to know "] is None

