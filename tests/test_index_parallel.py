"""A bulk load written by two processes (index.parallel): the same index, all or nothing, no orphans.

The helpers only start past ``parallel.MIN_PASSAGES`` (100,000 passages); these tests lower it and
the batch size so a few hundred passages go through a real helper process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from index import PassageDoc, PassageIndex, parallel, writing

ROOT = Path(__file__).resolve().parent.parent


def docs(start: int, n: int) -> list[PassageDoc]:
    return [PassageDoc(passage_id=i, source_id=1 + i % 7, text=f"culvert {i} on water street was cleared by crew {i % 13}",
                       start=0, end=40, speaker_id=1 + i % 3, speaker_name=f"Speaker {i % 3}", speaker_aliases=[],
                       kind="transcript", outlet="City Hall", title=f"Briefing {i % 7}", date=None)
            for i in range(start, start + n)]


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PASSAGES", 0)
    monkeypatch.setattr(parallel, "BATCH", 20)


def test_a_load_written_by_two_processes_finds_what_one_process_finds(tmp_path, small_batches):
    one, two = PassageIndex(tmp_path / "one"), PassageIndex(tmp_path / "two")
    load = two.bulk_writer(procs=2)
    for start in (1, 301, 601):
        load.add(docs(start, 300))
    assert load.processes == 2
    assert load.commit() == 900
    one.bulk_add(docs(1, 900))
    # The helper wrote a segment of its own, listed by the same commit.
    assert two.segment_count() == 2 and one.segment_count() == 1
    assert two.ids() == one.ids() == set(range(1, 901))
    for q in ['"culvert 417 on water"', "crew", "speaker:speaker", "title:briefing kind:transcript", "cleared NOT crew"]:
        assert two.search(q).total == one.search(q).total, q
    assert {h.passage_id for h in two.search('"culvert 612"').hits} == {612}
    one.close()
    two.close()


def test_a_load_past_the_threshold_starts_its_helper_at_once_for_its_next_segment(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PASSAGES", 250)
    monkeypatch.setattr(parallel, "BATCH", 20)
    index = PassageIndex(tmp_path / "index")
    load = index.bulk_writer(procs=2)
    load.add(docs(1, 200))
    assert load.processes == 1  # a small load stays one process, one segment
    load.add(docs(201, 200))
    assert load.processes == 2
    assert load.commit() == 400
    load.add(docs(401, 100))  # the same load goes on: its helper is back from the first passage
    assert load.processes == 2
    assert load.commit() == 100
    assert index.ids() == set(range(1, 501))
    index.close()


def test_a_load_expected_well_past_the_threshold_starts_its_helper_at_its_first_passage(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PASSAGES", 250)
    monkeypatch.setattr(parallel, "BATCH", 20)
    big, near = PassageIndex(tmp_path / "big"), PassageIndex(tmp_path / "near")
    load = big.bulk_writer(procs=2)
    load.expect(1000)
    load.add(docs(1, 200))
    assert load.processes == 2  # not 250 passages alone first
    assert load.commit() == 200
    # An estimate just past the threshold may be wrong: such a load starts alone, as before.
    other = near.bulk_writer(procs=2)
    other.expect(300)
    other.add(docs(1, 200))
    assert other.processes == 1
    assert other.commit() == 200
    assert big.ids() == near.ids() == set(range(1, 201))
    big.close()
    near.close()


def test_a_load_that_cannot_fork_its_helper_is_written_by_one_process(tmp_path, small_batches, monkeypatch):
    def no_fork(*_args, **_kwargs):
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(parallel, "Helper", no_fork)
    index = PassageIndex(tmp_path / "index")
    load = index.bulk_writer(procs=2)
    load.add(docs(1, 300))
    assert load.processes == 1
    assert load.commit() == 300
    assert index.ids() == set(range(1, 301)) and index.segment_count() == 1
    index.close()


def test_a_rebuild_with_a_helper_finds_what_a_one_process_rebuild_finds(tmp_path, small_batches):
    one, two = PassageIndex(tmp_path / "one"), PassageIndex(tmp_path / "two")
    batches = []
    assert one.rebuild(docs(1, 600)) == 600
    assert two.rebuild(docs(1, 600) + docs(5, 3), progress=batches.append, procs=2) == 600  # repeats once
    assert batches[-1] == 600
    assert two.segment_count() == 2 and one.segment_count() == 1  # the helper wrote one of its own
    assert two.ids() == one.ids() == set(range(1, 601))
    for q in ['"culvert 417 on water"', "crew", "speaker:speaker", "title:briefing kind:transcript"]:
        assert two.search(q).total == one.search(q).total, q
    one.close()
    two.close()


def test_a_cancelled_two_process_load_leaves_nothing_and_its_files_go_at_the_next_commit(tmp_path, small_batches):
    index = PassageIndex(tmp_path / "index")
    index.bulk_add(docs(1, 50))
    load = index.bulk_writer(procs=2)
    load.add(docs(51, 400))
    helper_pids = [h._proc.pid for h in load._writer._helpers]
    load.cancel()
    assert index.ids() == set(range(1, 51))
    assert helper_pids and not any(_alive(pid) for pid in helper_pids)
    index.upsert(docs(51, 1))  # the lock is free; this commit removes the unlisted segment files
    assert index.ids() == set(range(1, 52))
    assert _segment_files(tmp_path / "index") <= _listed(tmp_path / "index")
    index.close()


def _segment_files(folder: Path) -> set[str]:
    """The segments the folder holds files of (MAIN_<id>.<ext>)."""
    return {name.split(".")[0] for name in os.listdir(folder)
            if name.startswith("MAIN_") and "." in name and not name.endswith(".toc")}


def _listed(folder: Path) -> set[str]:
    from whoosh import index as whoosh_index

    return {seg.segment_id() for seg in whoosh_index.open_dir(str(folder))._segments()}


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie nobody reaped has exited)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_failing_helper_fails_the_load_and_nothing_of_it_is_committed(tmp_path, small_batches, monkeypatch):
    parent = os.getpid()
    real = writing._SegmentWriter.add_document

    def add_document(self, **fields):
        if os.getpid() != parent:  # in the helper only
            raise OSError("disk full")
        return real(self, **fields)

    monkeypatch.setattr(writing._SegmentWriter, "add_document", add_document)
    index = PassageIndex(tmp_path / "index")
    load = index.bulk_writer(procs=2)
    with pytest.raises(parallel.HelperError, match="disk full"):
        for start in range(1, 1001, 100):  # the helper's answer is read at a later add or at the commit
            load.add(docs(start, 100))
        load.commit()
    assert index.ids() == set()
    index.bulk_add(docs(1, 10))  # the lock was released
    assert index.ids() == set(range(1, 11))
    index.close()


def test_a_helper_whose_main_process_is_killed_exits_on_its_own(tmp_path):
    # kill -9 of the main process closes nothing a later fork of it still holds: the helper
    # notices it has another parent.
    script = textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        sys.path.insert(0, {str(ROOT / 'tests')!r})
        from index import PassageIndex, parallel
        from test_index_parallel import docs
        parallel.MIN_PASSAGES, parallel.BATCH = 0, 20
        index = PassageIndex({str(tmp_path / 'index')!r})
        load = index.bulk_writer(procs=2)
        load.add(docs(1, 200))
        sleeper = os.fork()  # forked after the helper: holds a copy of the main end of its pipe
        if sleeper == 0:
            time.sleep(60)
            os._exit(0)
        print(load._writer._helpers[0]._proc.pid, sleeper, flush=True)
        time.sleep(60)
    """)
    main = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    with main.stdout:
        helper, sleeper = map(int, main.stdout.readline().split())
        os.kill(main.pid, signal.SIGKILL)
        main.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not _alive(helper):
            break
        time.sleep(0.1)
    else:
        os.kill(helper, signal.SIGKILL)
    os.kill(sleeper, signal.SIGKILL)
    assert not _alive(helper), "the helper outlived its main process by 10 s"


def _open_index(path: str) -> None:
    PassageIndex(path).close()


def test_workers_starting_together_on_a_new_folder_all_open_one_index(tmp_path):
    """A new host's workers start at once: each creating the index deleted the others' table of
    contents, and a worker failed to start (36 of 60 such starts, before the lock)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for run in range(20):
        folder = str(tmp_path / f"host{run}" / "index")
        workers = [context.Process(target=_open_index, args=(folder,)) for _ in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
        assert [w.exitcode for w in workers] == [0, 0, 0], f"start {run}"
        assert PassageIndex(folder).search("bridge").total == 0
