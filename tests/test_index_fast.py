"""The fast field types and writer give the index exactly the terms and documents Whoosh's own would.

A bulk load writes through ``index.fastfields`` (one regular expression per value, a stem cache,
per-source values analysed once) and ``index.writing._SegmentWriter`` (field lengths read once per
field).  If either drifted from Whoosh, phrase search, stemming or candidate lookups would quietly
change; these tests compare them term for term with the stock classes.
"""

from __future__ import annotations

import datetime as dt
import pickle
import random

from whoosh import fields
from whoosh import index as whoosh_index

from index import PassageDoc, PassageIndex, termpool, writing
from index import schema as f
from index.fastfields import FastText, MemoDatetime

AWKWARD = [
    "",
    "We're lowering the taxes, taxes and TAXES!",
    "Minister Okafor’s ÉLAN, cost-of-living 3.5 U.S. workers' didn’t — “quoted” ʼtwas",
    "Réformes économiques: Straße, Øresund, naïve café; 1,000,000 people in 2024/25",
    "O'Brien\nMINISTER OKAFOR\nthe Finance Minister",
    "running runs ran runner's generously generous generation generations",
    "ﬁnance ＦＵＬＬＷＩＤＴＨ İstanbul ǅemal x²",
    # A value's words are lowercased as one string: each word's final sigma must stay its own.
    "ΟΔΟΣ ΣΟΦΟΣ Σ ΣΑΣ·ΟΔΟΣ",
]


def stock(name: str):
    """The field as SCHEMA declared it before the fast classes: Whoosh's TEXT with the same analyzer."""
    fast = f.SCHEMA[name]
    return fields.TEXT(analyzer=fast.analyzer, phrase=fast.format.__class__.__name__ == "Positions")


def test_every_text_field_gives_whooshs_terms_positions_and_weights():
    rnd = random.Random(7)
    words = " ".join(AWKWARD).split()
    samples = AWKWARD + [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 60))) for _ in range(200)]
    for name in (f.TEXT, f.WORDS, f.SPEAKER, f.OUTLET, f.TITLE):
        assert isinstance(f.SCHEMA[name], FastText)
        for value in samples:
            for _ in range(2):  # the second call comes from the memo / the last-value cache
                assert sorted(f.SCHEMA[name].index(value)) == sorted(stock(name).index(value)), (name, value)


def test_the_pairs_field_holds_each_two_neighbouring_stems_of_whooshs_text_analysis_once():
    rnd = random.Random(11)
    words = " ".join(AWKWARD).split()
    samples = AWKWARD + [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 60))) for _ in range(200)]
    analyzer = f.search_analyzer()
    for value in samples:
        stems = [t.text for t in analyzer(value)]
        assert f.text_stems(value) == stems  # what a phrase's word order is checked against
        expected = {f"{a} {b}".encode() for a, b in zip(stems, stems[1:], strict=False)}
        got = f.SCHEMA[f.PAIRS].index(value)
        assert {t for t, *_ in got} == expected and len(got) == len(expected), value
        assert all(freq == 1 and weight == 1.0 and v == b"" for _, freq, weight, v in got)
    assert [t for t, *_ in sorted(f.SCHEMA[f.PAIRS].index("We're lowering the taxes"))] == [
        b"lower the", b"the tax", b"we'r lower"]


def test_text_then_words_of_the_same_passage_are_each_analysed_their_own_way():
    value = "The taxes were lowered"
    assert [t for t, *_ in sorted(f.SCHEMA[f.TEXT].index(value))] == [b"lower", b"tax", b"the", b"were"]
    assert [t for t, *_ in sorted(f.SCHEMA[f.WORDS].index(value))] == [b"lowered", b"taxes", b"the", b"were"]


def test_dates_give_whooshs_terms_and_the_memo_is_not_pickled_into_the_index():
    day = dt.datetime(2024, 3, 4)
    assert f.SCHEMA[f.DATE].index(day) == list(fields.DATETIME(stored=True, sortable=True).index(day))
    assert isinstance(f.SCHEMA[f.DATE], MemoDatetime)
    copy = pickle.loads(pickle.dumps(f.SCHEMA))
    assert copy[f.TITLE]._memo == {} and copy[f.DATE]._memo == {}
    assert sorted(copy[f.TITLE].index("Budget briefing")) == sorted(stock(f.TITLE).index("Budget briefing"))


def doc(pid: int, text: str, sid: int = 1) -> PassageDoc:
    return PassageDoc(passage_id=pid, source_id=sid, text=text, start=0, end=len(text), speaker_id=3,
                      speaker_name="Adaeze Okafor", speaker_aliases=["Okafor", "Minister Okafor"],
                      kind="speech", outlet="The Ledger", title=f"Budget briefing {sid}", date=dt.date(2024, 3, sid))


def postings(reader, name: str, term) -> list[tuple]:
    m = reader.postings(name, term)
    out = []
    while m.is_active():
        out.append((m.id(), m.weight(), m.value() or b""))
        m.next()
    return out


def test_an_index_written_fast_reads_the_same_as_one_written_by_stock_whoosh(tmp_path, monkeypatch):
    rnd = random.Random(3)
    words = " ".join(AWKWARD).split()
    docs = [doc(i, " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 40))), sid=1 + i % 5) for i in range(1, 400)]
    docs.append(doc(400, "We are lowering the taxes this year."))
    fast = PassageIndex(tmp_path / "fast")
    with monkeypatch.context() as m:
        # The pool spills sorted runs to disk (several blocks each) and merges them back.
        m.setattr(writing, "BULK_LIMITMB", 0.05)
        m.setattr(termpool.TermPool, "RUN_TERMS", 50)
        runs, save = [], termpool.TermPool._save
        m.setattr(termpool.TermPool, "_save", lambda pool: (runs.append(1), save(pool)))
        fast.bulk_add(docs)
    assert len(runs) > 2
    merged = PassageIndex(tmp_path / "merged")  # a merge goes through the same writer
    merged.bulk_add(docs[:200])
    merged.bulk_add(docs[200:])
    merged.optimize()
    # The same documents through Whoosh's stock writer and field classes.
    stock_schema = pickle.loads(pickle.dumps(f.SCHEMA))
    for name in (f.TEXT, f.WORDS, f.SPEAKER, f.OUTLET, f.TITLE):
        stock_schema.remove(name)
        stock_schema.add(name, fields.TEXT(analyzer=f.SCHEMA[name].analyzer, stored=f.SCHEMA[name].stored,
                                           phrase=f.SCHEMA[name].format.__class__.__name__ == "Positions"))
    (tmp_path / "stock").mkdir()
    ix = whoosh_index.create_in(str(tmp_path / "stock"), stock_schema)
    with ix.writer() as w:
        for d in docs:
            w.add_document(**writing.to_fields(d))
    for written in (fast, merged):
        with written._reading() as s1, ix.searcher() as s2:
            r1, r2 = s1.reader(), s2.reader()
            assert r1.doc_count() == r2.doc_count() == len(docs)
            for name in (f.TEXT, f.WORDS, f.PAIRS, f.SPEAKER, f.OUTLET, f.TITLE, f.DATE, f.KIND, f.PASSAGE_ID):
                terms1, terms2 = list(r1.lexicon(name)), list(r2.lexicon(name))
                assert terms1 == terms2, name
                for term in terms1:  # every posting of every term, and what the term table says of it
                    assert postings(r1, name, term) == postings(r2, name, term), (name, term)
                    i1, i2 = r1.term_info(name, term), r2.term_info(name, term)
                    assert (i1.weight(), i1.doc_frequency(), i1.max_weight(), i1.min_id(), i1.max_id()) == (
                        i2.weight(), i2.doc_frequency(), i2.max_weight(), i2.min_id(), i2.max_id()), (name, term)
                    if written is fast:  # a merge re-reads lengths from their one-byte encoding
                        assert (i1.min_length(), i1.max_length()) == (i2.min_length(), i2.max_length()), (name, term)
                if f.SCHEMA[name].scorable:
                    assert r1.max_field_length(name) == r2.max_field_length(name)
                if written is fast:  # a merge re-reads lengths from their one-byte encoding, in any writer
                    assert r1.field_length(name) == r2.field_length(name)
    # Phrases, stems and names still find what they did.
    assert fast.search('speaker:"minister okafor"').total == len(docs)
    assert fast.search("title:briefings").total == len(docs)
    assert fast.search('"lowering the taxes"').total == merged.search('"lowering the taxes"').total > 0
    fast.close()
    merged.close()
    ix.close()


def test_merging_the_smallest_segments_keeps_every_passage_findable(tmp_path):
    with PassageIndex(tmp_path / "index") as ix:
        for start, size in ((1, 200), (201, 5), (206, 7), (213, 3), (216, 50)):
            ix.bulk_add([doc(i, f"culvert {i} on water street was cleared", sid=1 + i % 5) for i in range(start, start + size)])
        assert ix.segment_count() == 5
        assert ix.merge_to(3) == ix.segment_count() == 3
        with ix._reading() as searcher:  # the two largest were left alone
            sizes = sorted(r.doc_count_all() for r, _offset in searcher.reader().leaf_readers())
        assert sizes == [15, 50, 200]
        assert ix.doc_count() == 265 and ix.ids() == set(range(1, 266))
        assert ix.search('"culvert 207 on water"').total == 1


def test_posting_ids_are_whooshs_across_segments_and_deletions(tmp_path):
    from index.postings import posting_ids

    rnd = random.Random(11)
    words = [f"w{i}" for i in range(60)] + ["common"] * 20
    with PassageIndex(tmp_path / "index") as ix:
        for start in (1, 2001, 3001):  # three segments, the first big enough for several blocks
            end = 2001 if start == 1 else start + 1000
            ix.bulk_add([doc(i, " ".join(rnd.choice(words) for _ in range(12))) for i in range(start, end)])
        ix.delete_passages(range(2500, 2600))  # a segment with deletions goes Whoosh's own way
        with ix._reading() as searcher:
            assert len(searcher.reader().leaf_readers()) == 3
            for term in ["common", "w0", "w7", "w59", "absent"]:
                expected = list(searcher.postings(f.WORDS, term).all_ids()) if term != "absent" else []
                assert posting_ids(searcher, f.WORDS, term) == expected
            assert len(posting_ids(searcher, f.WORDS, "common")) > 2000
