"""The search evaluator (index/evaluate.py) on a real on-disk index: the same passages as
Whoosh's own matching for every kind of query, phrases checked word by word, and an index
written before the word-pair field still working."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
from whoosh import fields
from whoosh import index as whoosh_index

from index import PassageDoc, PassageIndex, searching
from index import schema as f

WORDS = ("the government to act tax taxes lowered lower pension fund will not war peace "
         "state states of a an and budget minister harbour delta hospital crisis").split()
KINDS = ("transcript", "speech", "release")
SPEAKERS = [(1, "Adaeze Okafor", ["Okafor"]), (2, "Tom Reyes", ["Reyes"]), (None, None, [])]


def doc(pid: int, text: str, *, kind="transcript", speaker=(None, None, []), date=None, title="Briefing") -> PassageDoc:
    spk_id, name, aliases = speaker
    return PassageDoc(passage_id=pid, source_id=pid % 7 + 1, text=text, start=0, end=len(text),
                      speaker_id=spk_id, speaker_name=name, speaker_aliases=list(aliases), kind=kind,
                      outlet="The Ledger" if pid % 2 else None, title=title, date=date)


def random_library(n: int, seed: int = 7) -> list[PassageDoc]:
    rnd = random.Random(seed)
    out = []
    for pid in range(1, n + 1):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(4, 14))).capitalize() + "."
        date = None if pid % 5 == 0 else dt.date(2020 + pid % 5, 1 + pid % 12, 1 + pid % 27)
        out.append(doc(pid, text, kind=rnd.choice(KINDS), speaker=rnd.choice(SPEAKERS), date=date,
                       title=rnd.choice(["Budget briefing", "Harbour hearing", "War and peace"])))
    return out


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    ix = PassageIndex(tmp_path_factory.mktemp("engine") / "index")
    ix.upsert(random_library(180))
    ix.delete_passages([3, 30, 150])  # deletions must never come back as hits
    yield ix
    ix.close()


QUERIES = [
    '"the government to"', '"government to"', '"to the government"', '"the the"', '"tax fund war"',
    "tax", "lower", "taxes pension", "tax OR war", "tax NOT war", "(tax OR peace) AND minister", "NOT the",
    "war -peace", "tax~1", "govrnment~2", "stat*", "hosp?tal", "title:harbour", "title:\"war and peace\"",
    "speaker:okafor", "speaker:\"tom reyes\" fund", "kind:speech budget", "outlet:ledger", "year:2022",
    "date:2021", "date:[2021-01-01 to 2022-06-30]", "date:>=2023-01-01 tax", "okafor pension",
    "tax^2 war", '"tax fund"~3', "speaker:*", "title:[b TO h]", "(tax war)^3 OR peace",
]
FILTERS = [{}, {"kind": "speech"}, {"speaker": "Okafor"}, {"outlet": "ledger"},
           {"date_from": dt.date(2021, 3, 1), "date_to": dt.date(2023, 2, 1)}, {"date_from": dt.date(2023, 1, 1)}]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda kw: ",".join(kw) or "no filter")
def test_every_query_finds_exactly_the_passages_whoosh_matches(big, filters):
    with big._reading() as searcher:
        for q in QUERIES:
            expected = {int(searcher.stored_fields(d)[f.PASSAGE_ID])
                        for d in searcher.docs_for_query(searching.parse(big._parser, q))}
            filt = searching.build_filter(**filters)
            if filt is not None:
                expected &= {int(searcher.stored_fields(d)[f.PASSAGE_ID]) for d in searcher.docs_for_query(filt)}
            result = big.search(q, pagelen=200, **filters)
            assert result.total == len(expected), q
            assert {h.passage_id for h in result.hits} == expected, q
            assert not {3, 30, 150} & {h.passage_id for h in result.hits}
            # The facets count every match (over half the library they are counted the other way).
            stored = [searcher.stored_fields(d) for d in searcher.reader().all_doc_ids()]
            stored = [d for d in stored if int(d[f.PASSAGE_ID]) in expected]
            for facet, field in searching.FACETS.items():
                want = Counter(d[field] for d in stored if d.get(field))
                assert dict(result.facets[facet]) == dict(want), (q, facet)


@pytest.mark.parametrize("ratio", [0, 10**9], ids=["text read", "inner words read"])
def test_a_phrase_proved_either_way_finds_the_same_passages(tmp_path, monkeypatch, ratio):
    """A phrase is proved from its pairs and inner words, or from the passages' text, whichever
    reads less (INNER_READ_RATIO): both ways find the phrase, and neither takes a passage that
    holds its pairs apart."""
    from index import evaluate
    monkeypatch.setattr(evaluate, "INNER_READ_RATIO", ratio)
    ix = PassageIndex(tmp_path / "index")
    ix.upsert([
        doc(1, "We asked the department of health for the figures."),
        # "the department" and "department of", never "the department of"
        doc(2, "Call the department, and a department of parks will answer."),
        doc(3, "The department of parks said nothing about the department of health."),
    ] + [doc(10 + i, f"Department number {i} of the city filed a report.") for i in range(6)])
    assert {h.passage_id for h in ix.search('"the department of"').hits} == {1, 3}
    assert {h.passage_id for h in ix.search('"department of parks"').hits} == {2, 3}
    ix.close()


def test_a_phrase_needs_its_words_in_a_row_not_only_its_word_pairs(tmp_path):
    ix = PassageIndex(tmp_path / "index")
    ix.upsert([
        doc(1, "We urge the government to act before winter."),
        # Holds "the government" and "government to", never "the government to".
        doc(2, "Ask the government: is a government to come bound by it?"),
        doc(3, "The government, to be fair, acted."),  # punctuation is no word: this one is a hit
    ])
    assert {h.passage_id for h in ix.search('"the government to"').hits} == {1, 3}
    assert {h.passage_id for h in ix.search('"government to come"').hits} == {2}
    ix.close()


def test_relevance_puts_the_passage_holding_the_rare_words_first(tmp_path):
    ix = PassageIndex(tmp_path / "index")
    ix.upsert([
        doc(1, "The fund will pay, the minister said, and the state will pay too, as it always has done."),
        doc(2, "The pension fund is solvent."),
        doc(3, "Pension rules change."),
    ] + [doc(10 + i, f"The report number {i} is out.") for i in range(8)])
    hits = ix.search("pension fund").hits
    assert [h.passage_id for h in hits] == [2]
    hits = ix.search("pension OR fund").hits
    assert hits[0].passage_id == 2 and hits[0].score > hits[-1].score > 0
    ix.close()


def test_an_index_written_before_the_pairs_field_still_searches_and_takes_passages(tmp_path):
    folder = tmp_path / "index"
    folder.mkdir()
    older = fields.Schema(**{name: f.SCHEMA[name] for name in f.SCHEMA.names() if name != f.PAIRS})
    whoosh_index.create_in(str(folder), older)
    ix = PassageIndex(folder)
    assert ix.needs_rebuild  # `desk doctor` says so, and `--fix` rebuilds it
    ix.upsert([doc(1, "We urge the government to act."), doc(2, "Ask the government: is a government to come?")])
    assert {h.passage_id for h in ix.search('"the government to"').hits} == {1}
    assert {h.passage_id for h in ix.search('"government to"').hits} == {1, 2}
    ix.rebuild([doc(1, "We urge the government to act."), doc(2, "Ask the government: is a government to come?")])
    assert not ix.needs_rebuild
    assert {h.passage_id for h in ix.search('"the government to"').hits} == {1}
    ix.close()


def test_a_fuzzy_word_too_short_to_change_is_looked_up_as_typed(tmp_path):
    ix = PassageIndex(tmp_path / "index")
    ix.upsert([doc(1, "The ad ran twice."), doc(2, "A tax and an aid package."), doc(3, "Add it up."),
               doc(4, "The tax rose."), doc(5, "The tar pits.")])
    assert {h.passage_id for h in ix.search("ad~1").hits} == {1}   # not "a", "an", "and", "add"
    assert {h.passage_id for h in ix.search("tex~2").hits} == {2, 4}   # one change in three letters: tax, not tar
    ix.close()


def test_a_phrase_finds_its_words_as_typed_in_any_case_and_as_stemmed_variants(tmp_path):
    ix = PassageIndex(tmp_path / "index")
    ix.upsert([
        doc(1, "We're lowering THE taxes, the premier said."),
        doc(2, "They lowered the taxes on the rich."),
        doc(3, "Lowering the tax-free limit, not the taxes."),
        doc(4, "We are lowering the  the taxes."),
    ])
    # Stemmed like the text: "tax-free" holds "tax" as "taxes" does; "the the" is not "the".
    assert {h.passage_id for h in ix.search('"lowering the taxes"').hits} == {1, 2, 3}
    assert {h.passage_id for h in ix.search('"LOWERING THE TAX"').hits} == {1, 2, 3}
    assert {h.passage_id for h in ix.search('"lowering the the taxes"').hits} == {4}
    ix.close()
