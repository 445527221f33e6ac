"""Reads that can take longer than a frame run off the UI thread.

Writes queue on the single database worker (:func:`~course_studio.ui.workers.db_pool`);
reads use their own thread, so a list refresh never waits behind a long import (SQLite
in WAL mode lets readers run while a writer works). :class:`LatestLoader` delivers only
the newest request's result: a refresh asked for while one is running is run once more
afterwards, and a stale result is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from .workers import Op

_read_pool: QThreadPool | None = None
_query_pool: QThreadPool | None = None


def read_pool() -> QThreadPool:
    global _read_pool
    if _read_pool is None:
        _read_pool = QThreadPool()
        _read_pool.setMaxThreadCount(1)
        _read_pool.setObjectName("course-studio-read")
    return _read_pool


def query_pool() -> QThreadPool:
    """Threads for the large lists' counts and windows (see enrollment_rows.py): apart
    from the course list's reads and from the writer, so that counting a million
    enrollments delays neither an edit nor a refresh of the course list."""
    global _query_pool
    if _query_pool is None:
        _query_pool = QThreadPool()
        _query_pool.setMaxThreadCount(2)
        _query_pool.setObjectName("course-studio-query")
    return _query_pool


def wait_for_reads(timeout_ms: int = 30_000) -> bool:
    done = read_pool().waitForDone(timeout_ms)
    return query_pool().waitForDone(timeout_ms) and done


class LatestLoader(QObject):
    """Run ``fetch`` in the background and hand the newest result to ``deliver``."""

    #: emitted after a result was delivered and nothing newer is pending
    idle = Signal()
    #: a read failed; the argument is the exception
    failed = Signal(object)

    def __init__(
        self,
        fetch: Callable[[], Any],
        deliver: Callable[[Any], None],
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._fetch = fetch
        self._deliver = deliver
        self._running = False
        self._again = False
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self._running

    def set_fetch(self, fetch: Callable[[], Any]) -> None:
        """Change what is read; a read already running is dropped when it ends."""
        self._fetch = fetch
        self._generation += 1

    def request(self) -> None:
        if self._running:
            self._again = True
            return
        self._start()

    def _start(self) -> None:
        self._running = True
        self._again = False
        generation = self._generation
        fetch = self._fetch
        Op(self, fetch, pool=self._pool or read_pool()).success(
            lambda result: self._finished(generation, result)
        ).failure(self._failed).run()

    def _finished(self, generation: int, result: Any) -> None:
        self._running = False
        stale = generation != self._generation
        if self._again or stale:
            self._start()
            if stale:
                return
        self._deliver(result)
        if not self._running:
            self.idle.emit()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.failed.emit(exc)
        if self._again:
            self._start()
        else:
            self.idle.emit()
