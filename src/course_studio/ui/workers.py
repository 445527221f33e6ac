"""Running work off the UI thread.

    Op(parent, lambda: studio.courses.duplicate(cid, code="CS102"))
        .success(lambda course: ...)      # in the UI thread, with the result
        .failure(lambda exc: ...)         # in the UI thread, with the exception
        .run()

Database work goes through one single-thread pool (SQLite has one writer, and the
order of an instructor's edits must be kept); long jobs that report progress take a
:class:`Task` with ``progress(done, total)`` and ``cancelled``. Work that waits on the
network (signing in, syncing) runs on :func:`network_pool`, so a slow server never holds
up the instructor's edits; its own writes wait for SQLite's busy timeout like any writer.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

_db_pool: QThreadPool | None = None


def db_pool() -> QThreadPool:
    """The single worker thread that runs database operations in order."""
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
        _db_pool.setObjectName("course-studio-db")
    return _db_pool


_network_pool: QThreadPool | None = None


def network_pool() -> QThreadPool:
    """Threads for work that talks to a server (two: a sign-in need not wait for a sync)."""
    global _network_pool
    if _network_pool is None:
        _network_pool = QThreadPool()
        _network_pool.setMaxThreadCount(2)
        _network_pool.setObjectName("course-studio-network")
    return _network_pool


def wait_for_network(timeout_ms: int = 30_000) -> bool:
    """Block until network work finished (at shutdown, before the store closes)."""
    return _network_pool is None or _network_pool.waitForDone(timeout_ms)


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class Task:
    """Handed to long-running functions: report progress, check for Cancel."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, label: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total, label)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the UI thread, never lost
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.done.emit(result)


class Op(QObject, Generic[T]):
    """One background operation with callbacks delivered in the UI thread."""

    #: every Op still running, so Python does not collect it before it reports
    _running: ClassVar[set[Op[Any]]] = set()

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[], T] | Callable[[Task], T],
        *,
        with_task: bool = False,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._with_task = with_task
        self._pool = pool
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._signals = _Signals()
        self.task = Task(self._signals.progressed.emit)
        self.trace = ""

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Op[T]:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> Op[T]:
        self._on_progress = callback
        return self

    def run(self) -> Op[T]:
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.progressed.connect(self._progressed)
        if self._with_task:
            fn: Callable[[], Any] = lambda: self._fn(self.task)  # type: ignore[call-arg]  # noqa: E731
        else:
            fn = self._fn  # type: ignore[assignment]
        Op._running.add(self)
        (self._pool or db_pool()).start(_Runnable(fn, self._signals))
        return self

    def cancel(self) -> None:
        self.task.cancel()

    @Slot(object)
    def _done(self, result: Any) -> None:
        Op._running.discard(self)
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object, str)
    def _failed(self, exc: BaseException, trace: str) -> None:
        Op._running.discard(self)
        self.trace = trace
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            raise exc

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, label)


def wait_for_db(timeout_ms: int = 30_000) -> bool:
    """Block until queued database ops finished (used at shutdown and in tests)."""
    return db_pool().waitForDone(timeout_ms)
