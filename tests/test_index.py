"""The passage index on a real on-disk folder: what editors and the matcher rely on."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from index import IndexBusyError, PassageDoc, PassageIndex, QueryError

OKAFOR = (3, "Adaeze Okafor", ["Okafor", "Minister Okafor", "MINISTER OKAFOR", "the Finance Minister"])
REYES = (4, "Tom Reyes", ["Reyes", "Mr. Reyes"])
ADEYEMI = (5, "Ngozi Adeyemi", ["Adeyemi", "Dr. Adeyemi"])
NOBODY = (None, None, [])

SOURCES = {
    1: ("transcript", "The Ledger", "Budget briefing", dt.date(2024, 3, 4)),
    2: ("speech", "Harbour Times", "Spring address", dt.date(2023, 11, 20)),
    3: ("article", "The Ledger", "Delta hospitals wait", dt.date(2024, 5, 10)),
    4: ("notes", None, "Call notes", None),
}

PASSAGES = {
    1: (1, OKAFOR, "We will not lower taxes on pensions this year, because the pension fund must stay solvent."),
    2: (1, REYES, "The pension fund is safe & sound, whatever the minister says about <reform>."),
    3: (1, OKAFOR, "Our priority is the cost-of-living crisis facing families in the northern provinces."),
    4: (2, OKAFOR, "Taxes will be lowered for small businesses next spring, and pensions will rise with inflation."),
    5: (3, ADEYEMI, "Hospitals in the delta region have waited three years for the promised equipment."),
    6: (4, NOBODY, "Reform of the électoral commission is overdue, according to several unnamed officials."),
    7: (3, ADEYEMI, "The ministry’s procurement rules don’t allow emergency purchases without a tender."),
}


def make_doc(pid: int, text: str | None = None, source_id: int | None = None) -> PassageDoc:
    sid, (spk_id, name, aliases), default_text = PASSAGES.get(pid, (source_id or 1, NOBODY, ""))
    sid = source_id or sid
    kind, outlet, title, date = SOURCES[sid]
    return PassageDoc(
        passage_id=pid,
        source_id=sid,
        text=text if text is not None else default_text,
        start=0,
        end=len(text or default_text),
        speaker_id=spk_id,
        speaker_name=name,
        speaker_aliases=list(aliases),
        kind=kind,
        outlet=outlet,
        title=title,
        date=date,
    )


def library() -> list[PassageDoc]:
    return [make_doc(pid) for pid in PASSAGES]


@pytest.fixture
def ix(tmp_path):
    index = PassageIndex(tmp_path / "index")
    index.upsert(library())
    yield index
    index.close()


def found(result) -> set[int]:
    return {h.passage_id for h in result.hits}


# -- writing ------------------------------------------------------------------------------


def test_upsert_then_search_finds_with_escaped_highlight(ix):
    result = ix.search("pension fund")
    assert found(result) == {1, 2}
    hit = next(h for h in result.hits if h.passage_id == 2)
    assert "<mark>pension</mark> <mark>fund</mark>" in hit.highlight
    # The passage's own markup is text, never HTML.
    assert "&amp;" in hit.highlight and "&lt;reform&gt;" in hit.highlight
    assert "<reform>" not in hit.highlight


def test_update_of_same_passage_leaves_one_document(ix):
    revised = make_doc(1, "We will not raise taxes on pensions, the minister insisted.")
    # Twice in one batch (one writer) and once more afterwards.
    assert ix.upsert([make_doc(1, "first draft of the passage"), revised]) == 1
    ix.upsert([revised])
    assert ix.doc_count() == len(PASSAGES)
    assert found(ix.search("solvent")) == set()
    assert found(ix.search("first draft")) == set()
    assert found(ix.search("insisted")) == {1}


def test_delete_by_source_and_by_passage(ix):
    assert ix.delete_source(1) == 3
    assert ix.ids() == {4, 5, 6, 7}
    assert found(ix.search("pension")) == {4}
    assert ix.delete_passages([4, 99]) == 1
    assert ix.delete_source(1) == 0
    assert ix.ids() == {5, 6, 7}


def test_writer_waits_then_reports_a_busy_index(tmp_path):
    index = PassageIndex(tmp_path / "index", write_timeout=0.2)
    other = PassageIndex(tmp_path / "index")
    held = other._ix.writer()  # another process in the middle of a long write
    try:
        with pytest.raises(IndexBusyError):
            index.upsert(library())
    finally:
        held.cancel()
    assert index.upsert(library()) == len(PASSAGES)
    index.close()
    other.close()


# -- query language -----------------------------------------------------------------------


def test_phrase_is_stricter_than_words(ix):
    # Stemmed: "lowered" matches "lower", but only passage 1 has the words side by side.
    assert found(ix.search("lower taxes")) == {1, 4}
    assert found(ix.search('"lower taxes"')) == {1}
    # No stop words dropped: a phrase of short words still means something.
    assert found(ix.search('"will not lower"')) == {1}


def test_accents_and_apostrophes_fold(ix):
    assert found(ix.search("electoral")) == {6}
    assert found(ix.search("ministry's")) == {7}
    assert found(ix.search('"don\'t allow"')) == {7}


def test_fuzzy_term(ix):
    assert found(ix.search("hospitls")) == set()
    result = ix.search("hospitls~1")
    # 7 comes from the same source, titled "Delta hospitals wait", but does not say it: a
    # source title is searched only with title: (issue 11, "bridge closure").
    assert [h.passage_id for h in result.hits] == [5]
    assert found(ix.search("title:hospitals")) == {5, 7}
    assert "<mark>Hospitals</mark>" in result.hits[0].highlight
    assert found(ix.search("equipmnet~2")) == {5}


def test_wildcards_match_unstemmed_words(ix):
    assert found(ix.search("lower*")) == {1, 4}
    assert found(ix.search("hospital*")) == {5}  # not 7, whose source title alone holds the word
    result = ix.search("procure*")
    assert found(result) == {7} and "<mark>procurement</mark>" in result.hits[0].highlight


def test_speaker_filter_by_surname_alias_or_box(ix):
    assert found(ix.search("", speaker="Okafor")) == {1, 3, 4}
    assert found(ix.search("", speaker="Minister Okafor")) == {1, 3, 4}
    assert found(ix.search("", speaker="Adaeze Okafor")) == {1, 3, 4}
    assert found(ix.search("pensions", speaker="reyes")) == {2}
    assert found(ix.search("speaker:okafor pensions")) == {1, 4}
    assert found(ix.search('speaker:"dr. adeyemi"')) == {5, 7}
    # A speaker's name typed with the words finds their passages too.
    assert found(ix.search("okafor inflation")) == {4}


def test_kind_and_outlet_filters(ix):
    assert found(ix.search("", kind="speech")) == {4}
    assert found(ix.search("kind:Transcript")) == {1, 2, 3}
    assert found(ix.search("", outlet="ledger")) == {1, 2, 3, 5, 7}
    assert found(ix.search("outlet:harbour pensions")) == {4}
    assert found(ix.search("pensions", kind="speech", outlet="The Ledger")) == set()


def test_date_ranges(ix):
    march = ix.search("", date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31))
    assert found(march) == {1, 2, 3}
    assert found(ix.search("date:[2024-03-01 to 2024-03-31]")) == {1, 2, 3}
    assert found(ix.search("date:2023")) == {4}
    assert found(ix.search("date:2024-05")) == {5, 7}
    assert found(ix.search("", date_from=dt.date(2024, 3, 5))) == {5, 7}
    assert found(ix.search("solvent date:>=2024-01-01")) == {1}
    assert found(ix.search("solvent date:<2024-01-01")) == set()


def test_facets_count_every_match_not_just_the_page(ix):
    result = ix.search("", pagelen=1)
    assert len(result.hits) == 1 and result.total == 7
    assert result.facets["speaker"] == [("Adaeze Okafor", 3), ("Ngozi Adeyemi", 2), ("Tom Reyes", 1)]
    assert result.facets["kind"][0] == ("transcript", 3)
    assert dict(result.facets["kind"]) == {"transcript": 3, "article": 2, "speech": 1, "notes": 1}
    assert result.facets["outlet"] == [("The Ledger", 5), ("Harbour Times", 1)]
    assert result.facets["year"] == [("2024", 5), ("2023", 1)]
    narrowed = ix.search("pensions")
    assert narrowed.facets["speaker"] == [("Adaeze Okafor", 2), ("Tom Reyes", 1)]
    assert narrowed.facets["year"] == [("2024", 2), ("2023", 1)]


def test_pagination(ix):
    pages = [ix.search("", pagelen=3, page=n) for n in (1, 2, 3)]
    assert [len(p.hits) for p in pages] == [3, 3, 1]
    assert all(p.total == 7 and p.pages == 3 for p in pages)
    ids = [h.passage_id for p in pages for h in p.hits]
    assert sorted(ids) == sorted(PASSAGES)
    assert ix.search("", pagelen=3, page=4).hits == []
    with pytest.raises(QueryError):
        ix.search("", page=0)


def test_sort_by_date_keeps_undated_last(ix):
    newest = [h.passage_id for h in ix.search("", sort="date").hits]
    oldest = [h.passage_id for h in ix.search("", sort="date_asc").hits]
    assert set(newest[:2]) == {5, 7} and newest[-1] == 6
    assert oldest[0] == 4 and oldest[-1] == 6
    relevance = ix.search("pensions")
    assert relevance.hits[0].score >= relevance.hits[-1].score > 0


@pytest.mark.parametrize(
    "q",
    ['"unclosed phrase', "pension (fund", "AND", "OR NOT", "speaker:", "date:", "*", "???", "foo:bar",
     "tax*", "((()))", "pension^", "~", "[a to", "date:[2024 to 2023]", "NOT pension"],
)
def test_odd_queries_never_raise_whoosh_errors(ix, q):
    try:
        result = ix.search(q)
    except QueryError as exc:
        assert str(exc)
    else:
        assert result.total >= 0


@pytest.mark.parametrize("q", ["date:2024-13", "date:[soon to later]", "pension~5"])
def test_unreadable_queries_say_why(ix, q):
    with pytest.raises(QueryError) as info:
        ix.search(q)
    assert "date" in str(info.value) or "fuzzy" in str(info.value)


def test_empty_index_searches(tmp_path):
    with PassageIndex(tmp_path / "empty") as index:
        result = index.search("anything")
        assert result.total == 0 and result.hits == [] and result.pages == 1
        assert index.candidates(["anything"]) == []
        assert index.ids() == set() and index.doc_count() == 0


# -- quote candidates ---------------------------------------------------------------------

COMMON = (
    "the a we will not this that is are and to of in on for it our they have be with as at year "
    "people government said would more new time about minister fund taxes"
).split()


def filler(n: int, start: int = 1000) -> list[PassageDoc]:
    """Passages of common words, so document frequencies look like a real library."""
    rnd = random.Random(7)
    return [make_doc(start + i, " ".join(rnd.choices(COMMON, k=14)) + ".") for i in range(n)]


@pytest.fixture
def big(ix):
    ix.upsert(filler(400))
    return ix


def test_candidates_finds_a_quote_with_a_changed_word(big):
    quote = "We will not cut taxes on pensions this year, because the pension fund must stay solvent"
    ranked = big.candidates(quote.split())
    assert ranked[0][0] == 1
    assert ranked == sorted(ranked, key=lambda r: -r[1])


def test_candidates_finds_an_ellipsis_edited_quote(big):
    quote = "“Our priority is the cost-of-living crisis … in the northern provinces,”"
    assert big.candidates(quote.split())[0][0] == 3


def test_candidates_normalise_case_accents_and_apostrophes(big):
    quote = "THE MINISTRY'S PROCUREMENT RULES DON'T ALLOW EMERGENCY PURCHASES"
    assert big.candidates(quote.split())[0][0] == 7
    assert big.candidates(["Électoral", "commission"])[0][0] == 6


def test_candidates_of_a_short_common_quote_still_rank_it_first(big):
    big.upsert([make_doc(50, "We will not.", source_id=2), make_doc(51, "It is what we said.", source_id=2)])
    assert big.candidates(["We", "will", "not"], limit=5)[0][0] == 50
    assert big.candidates(["unheard", "zzyzx"]) == []


def _many_with(word: str, n: int, start: int) -> list[PassageDoc]:
    """``n`` short passages sharing one uncommon word, none holding the rest of the quote."""
    rnd = random.Random(11)
    return [make_doc(start + i, f"{word} " + " ".join(rnd.choices(COMMON, k=3)) + ".", source_id=2)
            for i in range(n)]


def test_candidates_of_a_plain_quote_find_the_passage_holding_all_its_words(big):
    # 45 short passages share the quote's one uncommon word, "build"; its other words are
    # common.  The passage holding every word of "We are going to build a wall" is long, and
    # ranking the 45 by length alone left it out of the pool.
    big.upsert(_many_with("build", 45, 1000) + _many_with("a wall", 60, 1100)
               + _many_with("we are going to", 60, 1200))
    long_one = ("Thank you all for coming out tonight, it is a beautiful crowd, and I will tell you "
                "what we are going to do: we are going to build a wall, a real one, believe me.")
    big.upsert([make_doc(2000, long_one, source_id=2)])
    ranked = [pid for pid, _ in big.candidates("We are going to build a wall".split(), limit=10)]
    assert ranked[0] == 2000


def test_candidates_find_the_named_speakers_quote_whose_one_rare_word_was_changed(big):
    # A misquote that changes the quote's only uncommon word ("taxes" → "pensions", a word a
    # few other passages hold) used to select candidates by that word alone and never reach
    # the named speaker's passage of common words it came from.
    big.upsert(_many_with("pensions", 5, 4000))
    big.upsert([make_doc(2, "They will not have taxes this year, and that is that.")])   # Reyes's
    words = "They will not have pensions this year".split()
    assert 2 in [pid for pid, _ in big.candidates(words, limit=10, speaker_ids=[REYES[0]])]


def test_candidates_keep_the_named_speakers_own_passages(big):
    # Many people say "boots on the ground"; the quote's own speaker (Reyes) says it in a
    # long turn that would not make the ten best of all.
    big.upsert(_many_with("boots on the ground", 40, 3000))
    mine = ("Let me be clear with the people of this province about the cost of any mission "
            "abroad and the families it touches: no boots on the ground without a vote.")
    big.upsert([make_doc(2, mine)])   # passage 2 is Reyes's
    words = "boots on the ground".split()
    assert 2 not in [pid for pid, _ in big.candidates(words, limit=10)]
    assert 2 in [pid for pid, _ in big.candidates(words, limit=10, speaker_ids=[REYES[0]])]


def test_candidates_leave_out_passages_holding_far_fewer_words_than_one_holding_the_whole_quote(big):
    # What the check grades costs time per passage; when one passage holds every word of the
    # quote, those sharing only its rare half are not where it came from.
    halves = ["the pension fund must stay solvent, said the auditor in March.",
              "We will not lower the bridge this year, because the river is high.",
              "Taxes on pensions rose this year; the fund must report in June."]
    big.upsert([make_doc(3000 + i, t, source_id=2) for i, t in enumerate(halves)])
    quote = "We will not lower taxes on pensions this year, because the pension fund must stay solvent"
    assert [pid for pid, _ in big.candidates(quote.split(), limit=10)] == [1]
    # No passage holds most of a quote: all the best are kept, for the check to grade.
    loose = "the pension fund and the river bridge and the auditor"
    assert len(big.candidates(loose.split(), limit=10)) >= 3


def test_candidates_of_a_quote_as_spoken_come_from_its_word_pairs_and_keep_the_other_speaker(big, monkeypatch):
    # A quote as spoken (or one word changed): the pairs of neighbouring words pick the pool,
    # and the rare words' longer posting lists are not read.  The same sentence in another
    # speaker's mouth is still a candidate (the check's "misattributed" depends on it).
    said = "Harbour pilots will strike on Monday unless the port authority reopens the wage talks."
    big.upsert([make_doc(2, said), make_doc(5, said.replace("Monday", "Friday"))])  # Reyes's, Adeyemi's
    from index import candidates as cands

    read = []
    real = cands.posting_ids
    monkeypatch.setattr(cands, "posting_ids", lambda s, field, term: (read.append(field), real(s, field, term))[1])
    for quote in (said, said.replace("wage", "pay")):
        read.clear()
        ranked = [pid for pid, _ in big.candidates(quote.split(), limit=10, speaker_ids=[REYES[0]])]
        assert ranked[:2] == [2, 5] and set(read) <= {"pairs", "speaker_id"}, quote
    # A quote whose words no passage holds in that order falls back to the rare words.
    read.clear()
    assert big.candidates("talks wage the reopens authority port".split(), limit=10)
    assert "words" in read


# -- rebuild, sync, several processes -----------------------------------------------------


def test_rebuild_swaps_in_new_content(ix, tmp_path):
    reader = PassageIndex(tmp_path / "index")  # another process, searching all along
    assert found(reader.search("title:hospitals")) == {5, 7}
    seen = []
    docs = [make_doc(pid) for pid in (1, 2, 5)] + [make_doc(8, "Brand new hospitals wing opens.", source_id=3)]
    assert ix.rebuild(docs + [make_doc(8, "a duplicate id is indexed once")], progress=seen.append) == 4
    assert seen[-1] == 4
    assert ix.ids() == {1, 2, 5, 8}
    assert found(ix.search("hospitals")) == {5, 8}
    assert found(reader.search("hospitals")) == {5, 8}
    assert found(reader.search("tender")) == set()
    assert found(reader.search("provinces")) == set()
    # Nothing left beside the index, and writing still works after the swap.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]
    ix.upsert([make_doc(3)])
    assert found(reader.search("provinces")) == {3}
    reader.close()


def test_sync_adds_missing_and_removes_extra(ix):
    store = {1, 2, 3, 4, 5, 9}
    asked = []

    def fetch(ids):
        asked.append(set(ids))
        return [make_doc(pid, f"Passage {pid} about harbour dredging.", source_id=2) for pid in ids]

    assert ix.sync(store, fetch) == (1, 2)
    assert asked == [{9}]
    assert ix.ids() == store
    assert found(ix.search("dredging")) == {9}
    assert ix.sync(store, fetch) == (0, 0)


def test_second_process_sees_writes_after_its_next_search(tmp_path):
    writer = PassageIndex(tmp_path / "index")
    reader = PassageIndex(tmp_path / "index")
    assert reader.search("hospitals").total == 0
    writer.upsert(library())
    assert found(reader.search("equipment")) == {5}
    writer.delete_source(3)
    assert reader.search("hospitals").total == 0
    assert reader.doc_count() == 5
    writer.close()
    reader.close()



def test_a_reader_mapping_the_old_segments_follows_a_merge_that_deleted_them(tmp_path):
    """Searches read segment files through memory maps (index.storage): a merge by another
    process deletes the files a reader has mapped, and its next search sees the merged index."""
    writer = PassageIndex(tmp_path / "index")
    reader = PassageIndex(tmp_path / "index")
    writer.bulk_add([make_doc(pid) for pid in (1, 2, 3)])
    writer.bulk_add([make_doc(pid) for pid in (4, 5, 6, 7)])
    assert writer.segment_count() == 2
    assert found(reader.search("pension*")) == {1, 2, 4}
    before = {p.name for p in (tmp_path / "index").iterdir()}
    assert writer.optimize() == 1
    assert before - {p.name for p in (tmp_path / "index").iterdir()}  # the old segments' files are gone
    assert found(reader.search("pension*")) == {1, 2, 4}
    assert found(reader.search('"promised equipment"')) == {5}
    assert reader.doc_count() == 7
    writer.close()
    reader.close()


def test_mapped_files_read_as_whoosh_reads_a_file_and_an_empty_file_opens_plainly(tmp_path):
    import pickle
    import struct

    from whoosh.filedb.structfile import StructFile

    from index.storage import MappedFile, MappedStorage

    data = b"HEAD" + struct.pack(">i", 42) + pickle.dumps({"a": [1, 2]}) + b"tail"
    (tmp_path / "data.bin").write_bytes(data)
    (tmp_path / "empty.bin").write_bytes(b"")
    storage = MappedStorage(str(tmp_path))
    f = storage.open_file("data.bin")
    assert isinstance(f, MappedFile)
    assert f.read(4) == b"HEAD" and f.read_int() == 42 and f.read_pickle() == {"a": [1, 2]}
    assert f.tell() == len(data) - 4 and f.get(0, 4) == b"HEAD" and f.get_int(4) == 42
    f.seek(-4, 2)
    assert f.read() == b"tail"
    f.close()
    empty = storage.open_file("empty.bin")
    assert type(empty) is StructFile and empty.read() == b""
    empty.close()


def test_a_written_file_knows_its_position_through_every_kind_of_write(tmp_path):
    """Writers keep their own position (no ``lseek`` per term); it must be the file's own after
    bytes, numbers, arrays, pickles and a seek back to fill in a header."""
    from array import array

    from whoosh.filedb.filestore import FileStorage

    from index.storage import CountingFile, WritingStorage

    storage = WritingStorage(str(tmp_path))
    f = storage.create_file("out.bin")
    assert isinstance(f, CountingFile)
    f.write_int(0)   # a header to fill in later
    positions = []
    for step in (lambda: f.write(b"abc"), lambda: f.write_varint(300), lambda: f.write_array(array("i", [1, 2, 3])),
                 lambda: f.write_pickle({"k": [1, 2]}), lambda: f.write_ulong(7)):
        step()
        f.flush()
        assert f.tell() == f.file.tell()
        positions.append(f.tell())
    end = f.tell()
    f.seek(0)
    f.write_int(end)
    assert f.tell() == 4
    f.seek(0, 2)
    assert f.tell() == end
    f.close()
    back = FileStorage(str(tmp_path)).open_file("out.bin")
    assert back.read_int() == end and back.read(3) == b"abc" and back.read_varint() == 300
    assert list(back.read_array("i", 3)) == [1, 2, 3] and back.read_pickle() == {"k": [1, 2]}
    assert back.read_ulong() == 7 and back.tell() == end
    back.close()
