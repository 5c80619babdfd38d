"""The bulk ingest (``desk.services.bulk``) keeps every guarantee of the one-file path.

Real on-disk databases and indexes; a real worker pool; a crash is a real SIGKILL of a real
process in the middle of a folder.  Folders are small, with small chunks, so several chunks,
index commits and worker processes are exercised in a few seconds.
"""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk import create_app, get_index, get_session
from desk.models import Passage, Source
from desk.services import bulk, index_upkeep, library
from desk.services.search import search
from tests.conftest import PRESSER, RELEASE, SPEECH
from tests.test_recovery import desk, python, write

SPEAKERS = ["MAYOR FERRANTE", "CHIEF BLACKWOOD", "COUNCILLOR ABARA"]


def briefing(i: int) -> str:
    """A short transcript, unique by its numbers: three speakers and a questioner."""
    turns = [f"Briefing number {i} on the flood", ""]
    for t in range(4):
        turns.append(f"{SPEAKERS[(i + t) % 3]}: Culvert {i}-{t} on Water Street will be cleared by crew {t}. "
                     f"The levee section {i * 7 + t} holds.")
        turns.append("")
        turns.append(f"Q: What about culvert {i}-{t}?")
        turns.append("")
    return "\n".join(turns)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Twelve transcripts, a copy of one under another name, and three files that must be refused."""
    src = tmp_path / "folder"
    for i in range(12):
        write(src, f"briefing_{i:02d}.txt", briefing(i))
    write(src, "zz_copy_of_03.txt", briefing(3))
    write(src, "empty.md", "")
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    write(src, "speech.txt", SPEECH)  # one person's words with no speaker given: refused with advice
    return src


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def stored(session) -> dict[str, list[tuple]]:
    """Each source (by file name) as its passages: (seq, turn, start, end, text, speaker, label, role)."""
    out: dict[str, list[tuple]] = {}
    for src in session.scalars(select(Source)):
        out[src.filename] = [
            (p.seq, p.turn, p.start, p.end, p.text, p.speaker.name if p.speaker else None, p.label, p.role)
            for p in library.source_passages(session, src.id)
        ]
    return out


@pytest.fixture
def one_by_one(tmp_path):
    """A second library, filled file by file through ``library.ingest_bytes``."""
    app = create_app({"DESK_DATA_DIR": str(tmp_path / "single"), "TESTING": True})
    yield app
    app.extensions["desk_index"].close()
    app.extensions["desk_engine"].dispose()


def test_a_folder_in_bulk_is_stored_exactly_as_file_by_file(app, one_by_one, folder):
    files = library.expand_paths([folder])
    with one_by_one.app_context():
        session, index = get_session(), get_index()
        single_failed = {}
        for path in files:
            try:
                library.ingest_bytes(session, index, path.name, path.read_bytes(), library.SourceMeta())
            except Exception as exc:  # noqa: BLE001 - the reason is what is compared
                single_failed[path.name] = exc.message
        expected = stored(session)

    with app.app_context():
        session, index = get_session(), get_index()
        seen = []
        stats = bulk.BulkStats()
        done, failed = library.ingest_paths(
            session, index, files, library.SourceMeta(), procs=2, chunk_passages=30, stats=stats,
            on_each=lambda path, result, error: seen.append(path.name),
        )
        # Several chunks went through the worker pool into ONE index writer, committed once (the
        # copy of briefing_03 is looked up after it); every file was reported once.
        assert stats.chunks >= 3 and stats.index_commits == 1
        assert sorted(seen) == sorted(p.name for p in files)
        # The same refusals, with the same reasons; nothing of them stored.
        assert dict((p.name, why) for p, why in failed) == single_failed
        assert set(single_failed) == {"empty.md", "broken.pdf", "speech.txt"}
        assert single_failed["speech.txt"].startswith("No quoted speech was found in speech.txt")
        # The copy is recognised as the source already there.
        copy = next(r for r in done if r.duplicate)
        original = session.scalar(select(Source).where(Source.filename == "briefing_03.txt"))
        assert copy.source_id == original.id and copy.passages == len(original.passages) > 0
        # The same sources, passages, offsets and speakers as the one-file path stored.
        assert stored(session) == expected
        assert count(session, Source) == 12
        # Searchable at once, under the speaker's full name, and the index agrees with the database.
        said = next(p for p in expected["briefing_05.txt"] if "Culvert 5-1 on" in p[4])
        hits = search(session, index, '"culvert 5-1" water street')["hits"]
        assert [h["speaker"]["name"] for h in hits] == [said[5]]
        assert index_upkeep.index_health(session, index).agree
        # The load left one segment: no optimize for anyone to run.
        assert index.segment_count() == 1


def test_a_folder_indexed_by_two_processes_is_all_searchable_and_agrees_with_the_database(app, folder, monkeypatch):
    from index import parallel

    monkeypatch.setattr(parallel, "MIN_PASSAGES", 0)  # a helper from the first chunk on
    monkeypatch.setattr(parallel, "BATCH", 4)
    monkeypatch.setattr(parallel, "QUEUE", 1)  # a busy helper leaves the next batch to the main writer
    with app.app_context():
        session, index = get_session(), get_index()
        stats = bulk.BulkStats()
        done, _ = library.ingest_paths(session, index, library.expand_paths([folder]), library.SourceMeta(),
                                       procs=2, index_procs=2, chunk_passages=15, stats=stats)
        assert len(done) == 13
        assert index.segment_count() == 2  # the helper's segment and the main writer's
        assert index_upkeep.index_health(session, index).agree
        for i in range(12):  # every transcript's passages, whichever process indexed them
            assert search(session, index, f'"culvert {i}-2 on water street"')["total"] == 1


def test_a_run_sizes_itself_from_its_first_chunk_and_gives_the_index_helper_work_from_the_start(app, tmp_path, monkeypatch):
    from index import core, parallel

    src = tmp_path / "even"
    for i in range(12):
        write(src, f"briefing_{i:02d}.txt", briefing(i))
    estimates, writers = [], []
    expect, add = core.BulkLoad.expect, core.BulkLoad.add
    monkeypatch.setattr(core.BulkLoad, "expect", lambda load, n: (estimates.append(n), expect(load, n))[1])
    monkeypatch.setattr(core.BulkLoad, "add", lambda load, docs: (add(load, docs), writers.append(load.processes))[0])
    monkeypatch.setattr(parallel, "MIN_PASSAGES", 20)
    monkeypatch.setattr(parallel, "BATCH", 4)
    with app.app_context():
        session, index = get_session(), get_index()
        stats = bulk.BulkStats()
        done, _ = library.ingest_paths(session, index, library.expand_paths([src]), library.SourceMeta(),
                                       procs=2, index_procs=2, chunk_passages=15, stats=stats)
        assert len(done) == 12
        # Once, from the first chunk: its passages per byte times the folder's bytes.
        [estimate] = estimates
        assert 0.8 * stats.passages <= estimate <= 1.25 * stats.passages
        # ... well past the helper threshold: the index writer had its helper from the first chunk.
        assert writers[0] == 2
        assert index_upkeep.index_health(session, index).agree
        for i in range(12):
            assert search(session, index, f'"culvert {i}-3 on water street"')["total"] == 1


def test_a_chunk_whose_index_write_fails_is_refused_and_the_rest_goes_in(app, folder, monkeypatch):
    with app.app_context():
        session, index = get_session(), get_index()
        real = index.bulk_add
        calls = []

        def second_fails(docs, **kw):
            calls.append(1)
            if len(calls) == 2:
                raise OSError("disk full")
            return real(docs, **kw)

        monkeypatch.setattr(index, "bulk_add", second_fails)
        done, failed = library.ingest_paths(
            session, index, library.expand_paths([folder]), library.SourceMeta(), procs=2, chunk_passages=30
        )
        lost = [p.name for p, why in failed if "could not be added to the search index (disk full)" in why]
        assert lost and all("nothing was stored" in why for p, why in failed if p.name in lost)
        kept = {s.filename for s in session.scalars(select(Source))}
        # Files after the failed chunk still went in; the failed chunk left nothing in the database.
        assert "briefing_11.txt" in kept and len(done) >= 8
        assert kept.isdisjoint(lost)
        assert index_upkeep.index_health(session, index).agree


def test_a_folder_ingest_killed_mid_folder_is_repaired(tmp_path, folder):
    data = tmp_path / "data"
    # kill -9 of the ingest at its second chunk's index write: its database commit is done.
    crash = python(data, f"""
        import os, signal
        from pathlib import Path
        from index import PassageIndex
        from desk.services import library
        real = PassageIndex.bulk_add
        calls = []
        def bulk_add(self, docs, **kw):
            calls.append(1)
            if len(calls) == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(self, docs, **kw)
        PassageIndex.bulk_add = bulk_add
        with app.app_context():
            library.ingest_paths(get_session(), get_index(), library.expand_paths([Path({str(folder)!r})]),
                                 library.SourceMeta(), procs=2, chunk_passages=30)
    """)
    crash.communicate(timeout=120)
    assert crash.returncode == -signal.SIGKILL

    code, out, _ = desk(data, "doctor")
    assert code == 1 and "disagree" in out
    lines = dict(line.split(":", 1) for line in out.splitlines() if ":" in line and "`" not in line)
    missing = int(lines["Missing from the index"])
    assert missing > 0 and int(lines["In the index, not the database"]) == 0

    # The same folder again: what was stored is recognised, what the index lacks is added, the rest goes in.
    code, out, err = desk(data, "ingest", str(folder))
    assert code == 1  # the three bad files are still refused
    assert "were missing from the search index and were added" in out
    assert "added: briefing_11.txt" in out
    assert "passages/s" in out
    assert "failed: " in out and "broken.pdf" in out
    code, out, _ = desk(data, "doctor")
    assert code == 0 and "The index and the database agree." in out
    code, out, _ = desk(data, "search", '"culvert 11-2"', "--json")
    assert json.loads(out)["total"] == 2  # the answer and the question that names it


def test_doctor_fix_repairs_a_killed_folder_ingest(tmp_path, folder):
    data = tmp_path / "data"
    crash = python(data, f"""
        import os, signal
        from pathlib import Path
        from index import PassageIndex
        from desk.services import library
        PassageIndex.bulk_add = lambda self, docs, **kw: os.kill(os.getpid(), signal.SIGKILL)
        with app.app_context():
            library.ingest_paths(get_session(), get_index(), library.expand_paths([Path({str(folder)!r})]),
                                 library.SourceMeta(), procs=2, chunk_passages=30)
    """)
    crash.communicate(timeout=120)
    assert crash.returncode == -signal.SIGKILL
    code, out, _ = desk(data, "doctor", "--fix")
    assert code == 0 and "The index and the database agree." in out
    code, out, _ = desk(data, "search", '"culvert 0-1"', "--json")
    assert json.loads(out)["total"] == 2


def test_a_small_ingest_into_a_bulk_loaded_library_keeps_few_segments(app, folder, tmp_path):
    with app.app_context():
        session, index = get_session(), get_index()
        library.ingest_paths(session, index, library.expand_paths([folder]), library.SourceMeta(), chunk_passages=30)
        assert index.segment_count() == 1
        for name, text in (("presser.txt", PRESSER), ("release.txt", RELEASE)):
            library.ingest_paths(session, index, [write(tmp_path / "more", name, text)], library.SourceMeta())
        assert index.segment_count() <= bulk.MAX_SEGMENTS
        assert search(session, index, '"east bridge"')["total"] == 1
        assert index_upkeep.index_health(session, index).agree
        assert count(session, Passage) == index.doc_count()


def test_a_passage_id_given_out_again_replaces_its_stale_copy_in_the_index(tmp_path):
    """SQLite hands out the id of the last row deleted again; a stale index copy must not survive."""
    from index import PassageDoc, PassageIndex

    def doc(text):
        return PassageDoc(passage_id=7, source_id=1, text=text, start=0, end=len(text), speaker_id=None,
                          speaker_name=None, speaker_aliases=[], kind="speech", outlet=None, title="t", date=None)

    with PassageIndex(tmp_path / "index") as ix:
        ix.upsert([doc("The ferry runs again in spring.")])
        assert ix.bulk_add([doc("The tunnel opens in autumn.")], procs=1) == 1
        assert ix.doc_count() == 1
        assert ix.search("ferry").total == 0 and ix.search("tunnel").total == 1


def test_a_big_load_still_replaces_a_stale_copy_below_the_highest_id_the_index_holds(tmp_path, monkeypatch):
    """Past writing.HIGHEST_AFTER passages a load looks up only the ids the index may hold."""
    from index import PassageDoc, PassageIndex, writing

    monkeypatch.setattr(writing, "HIGHEST_AFTER", 0)

    def doc(pid, text):
        return PassageDoc(passage_id=pid, source_id=1, text=text, start=0, end=len(text), speaker_id=None,
                          speaker_name=None, speaker_aliases=[], kind="speech", outlet=None, title="t", date=None)

    with PassageIndex(tmp_path / "index") as ix:
        ix.upsert([doc(i, f"The ferry {i} runs again in spring.") for i in range(1, 11)])
        load = ix.bulk_writer()
        load.add([doc(i, f"The tunnel {i} opens in autumn.") for i in range(11, 21)])
        load.add([doc(7, "The tunnel 7 opens in autumn."), *[doc(i, "A bridge.") for i in range(21, 31)]])
        load.commit()
        assert ix.ids() == set(range(1, 31)) and ix.doc_count() == 30
        assert ix.search('"ferry 7"').total == 0 and ix.search('"tunnel 7"').total == 1


def test_a_long_load_commits_the_index_as_it_goes_and_reports_files_as_they_become_searchable(app, folder):
    with app.app_context():
        session, index = get_session(), get_index()
        searchable_when_reported = []

        def each(path, result, error):
            if result is not None and not result.duplicate:
                hits = index.search(f'"culvert {path.stem.split("_")[1].lstrip("0") or "0"}-1"').total
                searchable_when_reported.append(hits > 0)

        stats = bulk.BulkStats()
        done, _ = library.ingest_paths(session, index, library.expand_paths([folder]), library.SourceMeta(),
                                       chunk_passages=15, segment_passages=30, stats=stats, on_each=each)
        assert stats.index_commits >= 3  # one per 30 passages, not one for the whole load
        assert len(searchable_when_reported) == 12 and all(searchable_when_reported)
        assert index_upkeep.index_health(session, index).agree


def test_a_failed_index_commit_takes_its_chunks_out_of_the_database(app, folder, monkeypatch):
    from index import writing

    real = writing.BulkWriter.commit
    calls = []

    def first_fails(self):
        calls.append(1)
        if len(calls) == 1:
            self.cancel()
            raise OSError("disk full")
        return real(self)

    monkeypatch.setattr(writing.BulkWriter, "commit", first_fails)
    with app.app_context():
        session, index = get_session(), get_index()
        done, failed = library.ingest_paths(session, index, library.expand_paths([folder]), library.SourceMeta(),
                                            chunk_passages=15, segment_passages=30)
        lost = {p.name for p, why in failed if "could not be added to the search index (disk full)" in why}
        # The first segment's chunks (several files) are refused whole; the later ones went in.
        assert len(lost) >= 3 and all("nothing was stored" in why for p, why in failed if p.name in lost)
        kept = {s.filename for s in session.scalars(select(Source))}
        assert kept.isdisjoint(lost) and "briefing_11.txt" in kept
        assert index_upkeep.index_health(session, index).agree
        assert count(session, Passage) == index.doc_count()


def test_the_bulk_parser_refuses_a_file_of_invisible_characters(tmp_path):
    # the single-file path refused it; the bulk path stored one passage holding a zero-width space
    from desk.services import library
    from desk.services.bulk_parse import parse_file

    path = tmp_path / "blank.txt"
    path.write_text("\u200b\ufeff \u2060\n", encoding="utf-8")
    parsed = parse_file(path, library.SourceMeta(kind="transcript"), 1_000_000)
    assert parsed.error == "blank.txt has no readable text." and not parsed.segments
