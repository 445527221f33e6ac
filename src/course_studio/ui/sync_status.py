"""The sync part of the status bar.

    ● Online   Synced 5 minutes ago   3 changes to send   ⚠ 2 conflicts

- the state (a coloured dot and a word): click it to sync now, or to sign in when
  nobody is signed in;
- when the last sync was, relative ("5 minutes ago"; the exact time and what moved in
  the tooltip), kept current while the window is open;
- how many local changes the server does not have yet (hidden at none);
- open conflicts (hidden at none): click to open the conflict dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from . import icons, timefmt
from .sync_controller import SyncState, SyncView

#: refresh "5 minutes ago" this often
TICK_MS = 30_000

_DOTS = {
    SyncState.SIGNED_OUT: "#8a929c",
    SyncState.READY: "#8a929c",
    SyncState.ONLINE: "#2e9d5b",
    SyncState.SYNCING: "#2f6fbf",
    SyncState.OFFLINE: "#c98a00",
    SyncState.SIGN_IN: "#d0453a",
    SyncState.FAILED: "#d0453a",
}

CONTEXT = "SyncStatusArea"


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


#: the word for each state (marked for translation; shown through _tr)
WORDS = {
    SyncState.SIGNED_OUT: QT_TRANSLATE_NOOP("SyncStatusArea", "Not signed in to a server"),
    SyncState.READY: QT_TRANSLATE_NOOP("SyncStatusArea", "Signed in"),
    SyncState.ONLINE: QT_TRANSLATE_NOOP("SyncStatusArea", "Online"),
    SyncState.SYNCING: QT_TRANSLATE_NOOP("SyncStatusArea", "Syncing…"),
    SyncState.OFFLINE: QT_TRANSLATE_NOOP("SyncStatusArea", "Offline"),
    SyncState.SIGN_IN: QT_TRANSLATE_NOOP("SyncStatusArea", "Sign in again"),
    SyncState.FAILED: QT_TRANSLATE_NOOP("SyncStatusArea", "Sync failed"),
}


def _dot(color: str) -> QIcon:
    icon = QIcon()
    for side in (16, 32):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        r = side * 0.26
        painter.drawEllipse(pixmap.rect().center(), r, r)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _plural(n: int, one: str, many: str) -> str:
    """``one``/``many`` hold {n}; both are translated."""
    return _tr(one if n == 1 else many).format(n=timefmt.number(n))


def _in(seconds: float) -> str:
    if seconds < 90:
        return QCoreApplication.translate("SyncStatusArea", "in a moment")
    minutes = round(seconds / 60)
    return QCoreApplication.translate("SyncStatusArea", "in {minutes} minutes").format(
        minutes=minutes
    )


class SyncStatusArea(QWidget):
    state_clicked = Signal()
    conflicts_clicked = Signal()

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._view = SyncView(SyncState.SIGNED_OUT)
        self.setObjectName("syncStatus")
        self.setAccessibleName(self.tr("Sync status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(2)
        self.state_button = QToolButton()
        self.state_button.setObjectName("syncState")
        self.state_button.setAutoRaise(True)
        self.state_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.state_button.setIconSize(QSize(12, 12))
        self.state_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.state_button.clicked.connect(self.state_clicked)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastSync")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingChanges")
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setIcon(icons.icon("warning"))
        self.conflicts_button.setIconSize(QSize(14, 14))
        self.conflicts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts_button.setToolTip(
            self.tr("Changes that disagree with the server. Click to choose what to keep.")
        )
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        for widget in (self.state_button, self.last_label, self.pending_label):
            layout.addWidget(widget)
        layout.addWidget(self.conflicts_button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._update_times)
        self._tick.start()
        self.show_view(self._view)

    @property
    def view(self) -> SyncView:
        return self._view

    def state_text(self) -> str:
        return self.state_button.text()

    def show_view(self, view: SyncView) -> None:
        self._view = view
        word = _tr(WORDS[view.state])
        self.state_button.setText(word)
        self.state_button.setIcon(_dot(_DOTS[view.state]))
        self.state_button.setAccessibleName(self.tr("Sync: {state}").format(state=word))
        self.state_button.setToolTip(self._state_tip(view))
        if view.pending:
            self.pending_label.setText(
                _plural(view.pending, "{n} change to send", "{n} changes to send")
            )
            self.pending_label.setToolTip(
                self.tr(
                    "Changes made on this computer that the server does not have yet. They "
                    "are saved here and sent with the next sync."
                )
            )
        self.pending_label.setVisible(view.pending > 0)
        self.pending_label.setAccessibleName(self.pending_label.text())
        self.conflicts_button.setText(_plural(view.conflicts, "{n} conflict", "{n} conflicts"))
        self.conflicts_button.setAccessibleName(self.conflicts_button.text())
        self.conflicts_button.setVisible(view.conflicts > 0)
        self._update_times()

    def _state_tip(self, view: SyncView) -> str:
        host = view.host
        who = view.account_name or self.tr("you")
        state = view.state
        if state is SyncState.SIGNED_OUT:
            return self.tr(
                "Sign in to a Course Studio server to sync your courses. Click to sign in."
            )
        if state is SyncState.READY:
            return self.tr("Signed in to {host} as {who}. Click to sync now.").format(
                host=host, who=who
            )
        if state is SyncState.ONLINE:
            return self.tr("Connected to {host} as {who}. Click to sync now.").format(
                host=host, who=who
            )
        if state is SyncState.SYNCING:
            return self.tr("Sending and fetching changes with {host}…").format(host=host)
        if state is SyncState.OFFLINE:
            when = ""
            if view.retry_at is not None:
                seconds = (view.retry_at - self._now()).total_seconds()
                when = " " + self.tr("It tries again {when}.").format(when=_in(max(0.0, seconds)))
            return view.message + when + " " + self.tr("Click to try now.")
        if state is SyncState.SIGN_IN:
            return view.message + " " + self.tr("Click to sign in.")
        return view.message + " " + self.tr("Click to try again.")

    def _update_times(self) -> None:
        view = self._view
        when = view.last_sync_at
        if when is not None:
            text = timefmt.relative(when, self._now())
            self.last_label.setText(
                self.tr("Synced {when}").format(when=f"{text[:1].lower()}{text[1:]}")
            )
            tip = self.tr("Last synced {time}.").format(time=timefmt.exact(when))
            report = view.last_report or {}
            if report:
                tip += " " + self.tr("Sent {sent}, received {received} ({seconds} s).").format(
                    sent=timefmt.number(report.get("pushed", 0)),
                    received=timefmt.number(report.get("pulled", 0)),
                    seconds=f"{report.get('seconds', 0):.1f}",
                )
            self.last_label.setToolTip(tip)
        else:
            self.last_label.setText(self.tr("Not synced yet"))
            self.last_label.setToolTip(self.tr("This computer has not synced with a server yet."))
        self.last_label.setAccessibleName(self.last_label.text())
        self.last_label.setVisible(when is not None or view.signed_in)
        if view.state is SyncState.OFFLINE:
            self.state_button.setToolTip(self._state_tip(view))
