"""Quotes a draft credits to two people at once ("Dan Coats and Harry Reid said"): the draft's
speaker is both of them, party codes and all (it was only the second), and whichever of them the
library holds, the words are theirs, not misattributed; someone else's credit still is."""
from desk.services import library


def test_words_credited_to_two_people_are_not_misattributed_to_either(ctx):
    from desk.services.checks import check_text

    session, index = ctx
    hearing = ("SENATOR HARRY REID: The bill the House sent us is dead on arrival in this chamber, and everyone "
               "here knows it.\n\nSENATOR ANN LOTT: We will take it up in the spring.\n")
    library.ingest_bytes(session, index, "hearing.txt", hearing.encode(), library.SourceMeta(kind="transcript"))
    draft = ("Sens. Dan Coats, R-Ind., and Harry Reid, D-Nev., said “the bill the House sent us is dead on "
             "arrival in this chamber.”\n\n"
             "Dan Coats and Harry Reid said “the bill the House sent us is dead on arrival in this chamber.”\n\n"
             "Tom Hale said “the bill the House sent us is dead on arrival in this chamber.”")
    doc = check_text(session, index, draft, save=False)
    got = [(q["speaker"]["name"], q["verdict"]) for q in doc["quotes"]]
    assert got == [("Dan Coats and Harry Reid", "exact"), ("Dan Coats and Harry Reid", "exact"),
                   ("Tom Hale", "misattributed")]
