"""Bring the store's change events into the UI thread as a Qt signal.

Services run on the database worker thread; the store calls its listeners there
after each commit. ``ChangeHub.changed`` re-emits them in the UI thread, where table
models decide whether to refresh (a course list ignores a progress-only change).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..store import Changes, Store


class ChangeHub(QObject):
    changed = Signal(object)  # Changes
    _incoming = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # queued: delivered in this object's (the UI) thread whatever thread emits
        self._incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] = store.subscribe(self._incoming.emit)

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        self._unsubscribe()
