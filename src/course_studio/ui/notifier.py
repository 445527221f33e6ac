"""Feedback for every completed action.

    notifier.notify("Enroll", "Ada Lovelace is enrolled in CS101.", undo=cmd_undo)

shows a system tray message where the desktop has a tray
(``QSystemTrayIcon.isSystemTrayAvailable()``), otherwise a toast in the window's
corner, and records the notification in the activity history (ActivityService), where
the Activity panel lists it. Turning notifications off (``set_enabled(False)``, kept in
the settings) silences the tray and the toasts; the history is still recorded.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from ..domain.errors import DomainError
from ..store.paths import APP_AUTHOR, APP_NAME
from .errors import show_error
from .i18n import action_label
from .toast import Toast, ToastHost
from .workers import Op

log = logging.getLogger(__name__)

SETTING_ENABLED = "notifications/enabled"
TRAY_TIMEOUT_MS = 5_000


@dataclass
class Notification:
    """One notification as the Activity panel shows it."""

    action: str
    summary: str
    ok: bool = True
    details: str = ""
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))
    seq: int | None = None
    undo: Callable[[], None] | None = None

    @property
    def can_undo(self) -> bool:
        return self.undo is not None


def app_icon() -> QIcon:
    """The application's icon (drawn, so it needs no file and suits any palette)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.windowIcon().isNull():
        return app.windowIcon()
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 5, size / 5)
        painter.fillPath(path, QColor("#2f6db5"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, int(size * 0.46)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "CS")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class Notifier(QObject):
    """Shows and records the outcome of every action."""

    #: a Notification, once it is recorded in the history (``seq`` set)
    recorded = Signal(object)
    #: the seq of a notification whose Undo was used
    undone = Signal(int)
    #: notifications on or off
    enabled_changed = Signal(bool)
    #: the instructor clicked a tray message: show the window (and the history)
    activated = Signal()

    def __init__(
        self,
        studio: Any,
        window: QWidget,
        *,
        settings: QSettings | None = None,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self._studio = studio
        self._window = window
        self._settings = settings or QSettings(APP_AUTHOR, APP_NAME)
        self._toasts = ToastHost(window)
        self._undo: dict[int, Callable[[], None]] = {}
        self._pending: list[Notification] = []
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(self.tr("Course Studio"))
            self.tray.messageClicked.connect(self.activated)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.show()

    # -- the setting -------------------------------------------------------------

    def enabled(self) -> bool:
        value = self._settings.value(SETTING_ENABLED, True)
        return value not in (False, "false", "0", 0)

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled():
            return
        self._settings.setValue(SETTING_ENABLED, bool(on))
        self.enabled_changed.emit(bool(on))

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None

    # -- notifying ---------------------------------------------------------------

    def notify(
        self,
        action: str,
        summary: str,
        *,
        ok: bool = True,
        details: str = "",
        undo: Callable[[], None] | None = None,
    ) -> Notification:
        """Show that ``action`` finished (``ok``) or failed, and record it."""
        entry = Notification(action, summary, ok, details, self._now(), None, undo)
        if self.enabled():
            if self.tray is not None:
                icon = (
                    QSystemTrayIcon.MessageIcon.Information
                    if ok
                    else QSystemTrayIcon.MessageIcon.Warning
                )
                self.tray.showMessage(action_label(action), summary, icon, TRAY_TIMEOUT_MS)
            else:
                self._toasts.show_toast(
                    action_label(action),
                    summary,
                    ok=ok,
                    undo=(lambda: self._undo_from_toast(entry)) if undo else None,
                )
        self._record(entry)
        return entry

    def toasts(self) -> list[Toast]:
        return self._toasts.toasts()

    def pending(self) -> int:
        """Notifications not yet written to the history."""
        return len(self._pending)

    # -- undo --------------------------------------------------------------------

    def can_undo(self, seq: int) -> bool:
        return seq in self._undo

    def undo(self, seq: int) -> None:
        """Run the Undo a notification carried (once)."""
        undo = self._undo.pop(seq, None)
        if undo is None:
            return
        self.undone.emit(seq)
        try:
            undo()
        except DomainError as exc:
            show_error(self._window, exc)

    def _undo_from_toast(self, entry: Notification) -> None:
        if entry.seq is not None:
            self.undo(entry.seq)
        elif entry.undo is not None:  # not recorded yet: run it directly, once
            undo, entry.undo = entry.undo, None
            try:
                undo()
            except DomainError as exc:
                show_error(self._window, exc)

    # -- history -----------------------------------------------------------------

    def _now(self) -> dt.datetime:
        clock = getattr(getattr(self._studio, "context", None), "clock", None)
        if callable(clock):
            now = clock()
            if isinstance(now, dt.datetime):
                return now
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def _record(self, entry: Notification) -> None:
        self._pending.append(entry)
        activity = self._studio.activity

        def write() -> int:
            return int(
                activity.record(entry.action, entry.summary, ok=entry.ok, details=entry.details)
            )

        Op(self, write).success(lambda seq: self._stored(entry, seq)).failure(
            lambda exc: self._not_stored(entry, exc)
        ).run()

    def _stored(self, entry: Notification, seq: int) -> None:
        if entry in self._pending:
            self._pending.remove(entry)
        entry.seq = seq
        if entry.undo is not None:
            self._undo[seq] = entry.undo
        self.recorded.emit(entry)

    def _not_stored(self, entry: Notification, exc: BaseException) -> None:
        if entry in self._pending:
            self._pending.remove(entry)
        log.warning("Could not record the notification %r: %s", entry.summary, exc)
        self.recorded.emit(entry)  # the panel still shows it for this session
