"""Helper processes that index part of a bulk load, each into a segment of its own.

A bulk load's main process stores passages in the database and indexes them; on a machine
with a second core, a helper process (forked, so it shares nothing but the index folder) takes
batches of passages whenever it is free and writes them with the same writer
(``writing._SegmentWriter``, without the index's lock: the main writer holds it).  At the
commit each helper finishes its segment and hands it back; the main writer lists it in the
same table of contents as its own, so a commit is still all or nothing: a helper's segment
that no commit lists is deleted by the next commit (Whoosh removes unlisted segment files).

Work goes where there is time for it: a batch is sent to a helper only when the helper has
fewer than ``QUEUE`` batches waiting, else the main process indexes it itself.  So nothing
waits on a slow helper, and on one core the main process does it all.  The queue is deep
enough to keep the helper busy while the main process stores the next chunk in the database
(a few seconds): a helper with two batches waiting sat idle a third of the load.  The helper
reads its pipe in a thread of its own, so a batch sent to a busy helper never holds up the
main process (a pipe holds 64 KB; a batch is about half a megabyte).

The messages on the pipe: ``("add", [fields, ...])`` → ``("done", n)``; ``("finish",)`` →
``("segment", segment or None)``; ``("cancel",)`` → the helper drops its files and exits; any
failure → ``("error", text)``.  A helper whose parent is gone (the pipe closes) drops its
files and exits.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import queue
import threading

#: Passages per batch sent to a helper.
BATCH = 500
#: Batches a helper may have waiting before the main process indexes the next one itself
#: (16 batches: about four seconds of a helper's work, 10–20 MB of passages).
QUEUE = 16
#: Seconds to wait for a helper to finish its segment, or to exit after a cancel.
FINISH_TIMEOUT = 600.0
#: Seconds between a waiting helper's looks at whether its main process is still there.
PARENT_CHECK = 1.0
#: Passages a load's writer takes on its own before it starts helpers: a load smaller than
#: this stays one process and one segment (each segment costs every later read a little:
#: a million-passage library left in 8 segments checked a draft 30 % slower than in 6).  A load
#: expected to be well past it (``index.core.BulkLoad.expect``) has its helpers from the start.
MIN_PASSAGES = 100_000


def release_free_memory() -> None:
    """Hand the memory this process has freed back to the system before a fork (glibc's
    ``malloc_trim``; nothing where there is none), so a helper does not start with a copy of it."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


class HelperError(RuntimeError):
    """A helper process failed or disappeared; the load it was part of is cancelled."""


class Helper:
    """One helper process writing a segment of its own (see the module docstring)."""

    def __init__(self, ix, limitmb: int):
        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_main, args=(child, self._conn, os.getpid(), ix, limitmb), daemon=True)
        self._proc.start()
        child.close()
        self._waiting = 0
        self.added = 0

    def ready(self) -> bool:
        """Whether the helper can take another batch now (reading what it has answered)."""
        while self._conn.poll():
            self._answer()
        return self._waiting < QUEUE

    def send(self, batch: list[dict]) -> None:
        try:
            self._conn.send(("add", batch))
        except (OSError, EOFError) as exc:
            self._gone(exc)
        self._waiting += 1
        self.added += len(batch)

    def finish(self) -> None:
        """Ask the helper to write out its segment (collected with :meth:`segment`)."""
        self._request(("finish",))

    def segment(self):
        """The helper's finished segment (None when it was given nothing); the helper exits."""
        while True:
            if not self._conn.poll(FINISH_TIMEOUT):
                self.kill()
                raise HelperError("an index helper process did not finish its segment in time")
            kind, value = self._answer()
            if kind == "segment":
                self._proc.join(FINISH_TIMEOUT)
                return value

    def cancel(self) -> None:
        """Drop what the helper wrote and wait for it to exit (killed if it does not)."""
        try:
            self._conn.send(("cancel",))
        except (OSError, EOFError):
            pass
        self._proc.join(FINISH_TIMEOUT)
        self.kill()

    def kill(self) -> None:
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()
        self._conn.close()

    def _request(self, message) -> None:
        try:
            self._conn.send(message)
        except (OSError, EOFError) as exc:
            self._gone(exc)

    def _gone(self, exc: BaseException) -> None:
        """The pipe to the helper broke: raise the helper's own last word if it left one (its
        error, "disk full", reaches the editor rather than "Broken pipe"), else say it is gone."""
        try:
            while self._conn.poll():
                self._answer()   # raises HelperError with the helper's error
        except (OSError, EOFError):
            pass
        raise HelperError(f"an index helper process is gone: {exc}") from None

    def _answer(self) -> tuple:
        try:
            kind, value = self._conn.recv()
        except (OSError, EOFError):
            raise HelperError("an index helper process stopped without a word") from None
        if kind == "error":
            raise HelperError(f"an index helper process failed: {value}")
        if kind == "done":
            self._waiting -= 1
        return kind, value


def _main(conn, parent_end, parent: int, ix, limitmb: int) -> None:
    """The helper: index batches into its own segment until told to finish or cancel."""
    from .writing import _SegmentWriter

    parent_end.close()
    gc.disable()  # as the bulk load does (desk.services.bulk): the pool is millions of live objects
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    writer = None
    try:
        writer = _SegmentWriter(ix, _lk=False, limitmb=limitmb, compound=False)
        while True:
            message = _next(inbox, parent)
            if message is None:  # the main process is gone
                _drop(writer)
                break
            if message[0] == "add":
                for fields in message[1]:
                    writer.add_document(**fields)
                conn.send(("done", len(message[1])))
            elif message[0] == "finish":
                # Not writer.commit(): the main writer lists the segment.  Not writer._finish()
                # either: it would remove the temporary folder the writers share.
                segment = writer._finalize_segment() if writer._added else None
                if segment is None:
                    _drop(writer)
                conn.send(("segment", segment))
                break
            else:
                _drop(writer)
                break
    except BaseException as exc:  # reported to the main process, which cancels the load
        if writer is not None:
            _drop(writer)
        try:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        except (OSError, EOFError):
            pass
    finally:
        conn.close()
        os._exit(0)  # not the parent's exit handlers: this is a fork of it


def _receive(conn, inbox: queue.SimpleQueue) -> None:
    """The helper's reader: every message into ``inbox`` as it arrives; None when the pipe
    closes.  It stops after the last message a helper can be sent (finish, cancel)."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            inbox.put(None)
            return
        inbox.put(message)
        if message[0] != "add":
            return


def _next(inbox: queue.SimpleQueue, parent: int):
    """The next message, looking every PARENT_CHECK seconds for the main process: one killed
    outright may not close the pipe (processes forked after this one hold copies of its
    end), and being handed to another parent says it is gone."""
    while True:
        try:
            return inbox.get(timeout=PARENT_CHECK)
        except queue.Empty:
            if os.getppid() != parent:
                raise HelperError("the main process is gone") from None


def _drop(writer) -> None:
    """Close the helper's writer and remove its temporary runs; its segment files stay
    unlisted, and the next commit of the index removes them."""
    try:
        writer._close_segment()
    except Exception:  # noqa: BLE001  (already failing or exiting; the files are orphans either way)
        pass
