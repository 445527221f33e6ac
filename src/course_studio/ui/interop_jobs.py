"""Imports and exports off the UI thread, with progress and Cancel.

    job = Job(self, lambda progress, cancel: preview_roster(studio, path,
                                                             progress=progress, cancel=cancel))
    job.progressed.connect(bar.show_stage)          # (stage, fraction 0..1) in the UI thread
    job.succeeded.connect(show_preview)             # the result
    job.failed.connect(show_problem)                # (exception, traceback text)
    job.start()
    ...
    job.cancel()                                    # the Cancel button: sets the CancelToken

Writes (``writes=True``) queue on the single database worker, in order with every other
edit. Reads (previews, which can take many seconds for a large roster) run on the
general pool, so edits made meanwhile are not held up; SQLite in WAL mode lets them
read while a write runs. A cancelled import raises ``interop.Cancelled`` and writes
nothing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..interop import CancelToken
from .workers import Op, Task

#: progress(stage, fraction): what interop's long calls report
ProgressFn = Callable[[str, float], None]
STEPS = 1000


_gc_lock = threading.Lock()
_gc_jobs = 0
#: whether collection was on when the first running job paused it
_gc_state = [True]


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while an import or export runs.

    Reading a large roster makes millions of objects; each full collection then walks
    all of them while holding the interpreter lock, which froze the window for up to
    two seconds at a time. Memory is reclaimed by reference counting meanwhile, and
    cycles by the next collection after the last job ends.
    """
    global _gc_jobs
    with _gc_lock:
        _gc_jobs += 1
        if _gc_jobs == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _gc_state[0] = was_enabled
    try:
        yield
    finally:
        with _gc_lock:
            _gc_jobs -= 1
            if _gc_jobs == 0 and _gc_state[0]:
                gc.enable()


def interop_pool() -> QThreadPool:
    """Where reading and checking files runs (not the database worker)."""
    return QThreadPool.globalInstance()


class Job(QObject):
    """One interop call on a worker thread; its signals arrive in the UI thread."""

    progressed = Signal(str, float)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[ProgressFn, CancelToken], Any],
        *,
        writes: bool = False,
    ) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self._fn = fn
        self._writes = writes
        self._op: Op[Any] | None = None
        self.running = False
        self.finished_ok: bool | None = None

    def start(self) -> Job:
        token = self.token
        fn = self._fn

        def run(task: Task) -> Any:
            def progress(stage: str, fraction: float) -> None:
                task.progress(round(max(0.0, min(1.0, fraction)) * STEPS), STEPS, stage)

            with gc_paused():
                return fn(progress, token)

        op: Op[Any] = Op(self, run, with_task=True, pool=None if self._writes else interop_pool())
        self._op = op
        self.running = True
        op.progress(self._progressed).success(self._done).failure(self._failed).run()
        return self

    @property
    def trace(self) -> str:
        return self._op.trace if self._op is not None else ""

    def cancel(self) -> None:
        """Ask the call to stop at its next check; nothing is written then."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.is_set()

    def _progressed(self, done: int, total: int, stage: str) -> None:
        self.progressed.emit(stage, done / total if total else 0.0)

    def _done(self, result: Any) -> None:
        self.running = False
        self.finished_ok = True
        self.succeeded.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.finished_ok = False
        self.failed.emit(exc, self.trace)


__all__ = ["Job", "ProgressFn", "gc_paused", "interop_pool"]
