"""Sync in the window: the Sync menu, the Sync now button, the status area, and the
sign-in and conflict dialogs, put together for the main window to place.

    sync = SyncActions(studio, hub, notifier, qsettings, window)
    menu_bar.addMenu(sync.menu)                 # Sync Now (F9), Sign In…, Sign Out,
                                                # Conflicts…, Sync Automatically ▸
    toolbar.addAction(sync.sync_now)
    status_bar.insertPermanentWidget(0, sync.status_area)
    sync.start()                                # automatic sync, once the window shows
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ..sync import TokenStore
from . import icons
from .conflict_dialog import ConflictDialog
from .sign_in_dialog import SignInDialog
from .sync_controller import DEFAULT_INTERVAL_MINUTES, SyncController, SyncState, SyncView
from .sync_status import SyncStatusArea

#: the choices of Sync › Sync Automatically: (caption, minutes; 0 = only when asked)
INTERVALS = (
    (QT_TRANSLATE_NOOP("SyncActions", "Every &5 Minutes"), 5),
    (QT_TRANSLATE_NOOP("SyncActions", "Every &15 Minutes"), 15),
    (QT_TRANSLATE_NOOP("SyncActions", "Every &30 Minutes"), 30),
    (QT_TRANSLATE_NOOP("SyncActions", "Every &Hour"), 60),
    (QT_TRANSLATE_NOOP("SyncActions", "&Only When I Ask"), 0),
)
SYNC_NOW_KEYS = "F9"


class SyncActions(QObject):
    def __init__(
        self,
        studio: Any,
        hub: Any,
        notifier: Any,
        settings: QSettings,
        window: QWidget,
        *,
        tokens: TokenStore | None = None,
    ) -> None:
        super().__init__(window)
        self._studio = studio
        self._hub = hub
        self._notifier = notifier
        self._window = window
        clock = getattr(getattr(studio, "context", None), "clock", None)
        options: dict[str, Any] = {"tokens": tokens}
        if callable(clock):
            options["clock"] = clock
        self.controller = SyncController(studio, hub, notifier, settings, parent=self, **options)
        self.conflict_dialog: ConflictDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None

        def make(text: str, slot: Any, icon: str | None = None, keys: str = "") -> QAction:
            act = QAction(text, self)
            if icon:
                act.setIcon(icons.icon(icon))
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            return act

        self.sync_now = make(self.tr("&Sync Now"), self.controller.sync_now, "sync", SYNC_NOW_KEYS)
        self.sync_now.setIconText(self.tr("Sync"))
        self.sync_now.setToolTip(
            self.tr("Send your changes to the server and fetch everyone else's ({keys})").format(
                keys=SYNC_NOW_KEYS
            )
        )
        self.sign_in = make(self.tr("Sign &In…"), self.show_sign_in)
        self.sign_out = make(self.tr("Sign &Out"), self.controller.sign_out)
        self.conflicts = make(self.tr("&Conflicts…"), self.show_conflicts, "warning")
        self.automatic: list[QAction] = []
        group = QActionGroup(self)
        for caption, minutes in INTERVALS:
            act = QAction(self.tr(str(caption)), self)
            act.setCheckable(True)
            act.setData(minutes)
            act.triggered.connect(lambda _on, m=minutes: self.controller.set_interval_minutes(m))
            group.addAction(act)
            self.automatic.append(act)
        self._check_interval()

        self.menu = QMenu(self.tr("&Sync"), window)
        self.menu.setAccessibleName(self.tr("Sync"))
        self.menu.addAction(self.sync_now)
        self.menu.addSeparator()
        self.menu.addAction(self.conflicts)
        self.menu.addSeparator()
        self.menu.addAction(self.sign_in)
        self.menu.addAction(self.sign_out)
        auto = self.menu.addMenu(self.tr("Sync &Automatically"))
        auto.setAccessibleName(self.tr("Sync automatically"))
        for act in self.automatic:
            auto.addAction(act)
        auto.aboutToShow.connect(self._check_interval)  # Preferences may have changed it

        self.status_area = SyncStatusArea(self.controller.view_clock)
        self.status_area.state_clicked.connect(self._state_clicked)
        self.status_area.conflicts_clicked.connect(self.show_conflicts)
        self.controller.changed.connect(self._changed)
        self.controller.sign_in_wanted.connect(self.show_sign_in)
        self._changed(self.controller.view)

    # -- reactions -------------------------------------------------------------

    def _check_interval(self) -> None:
        minutes = self.controller.interval_minutes()
        known = [m for _c, m in INTERVALS]
        for act in self.automatic:
            act.setChecked(
                act.data() == (minutes if minutes in known else DEFAULT_INTERVAL_MINUTES)
            )

    def _changed(self, view: SyncView) -> None:
        self.status_area.show_view(view)
        self.sync_now.setEnabled(view.state is not SyncState.SYNCING)
        self.sign_out.setEnabled(view.signed_in)
        self.sign_in.setText(
            self.tr("Sign &In Again…") if view.state is SyncState.SIGN_IN else self.tr("Sign &In…")
        )
        self.conflicts.setText(
            self.tr("&Conflicts ({n})…").format(n=view.conflicts)
            if view.conflicts
            else self.tr("&Conflicts…")
        )

    def _state_clicked(self) -> None:
        if self.controller.view.signed_in:
            self.controller.sync_now()
        else:
            self.show_sign_in()

    # -- dialogs ---------------------------------------------------------------

    def show_sign_in(self) -> SignInDialog:
        dialog = self.sign_in_dialog
        if dialog is None:
            dialog = self.sign_in_dialog = SignInDialog(self.controller, self._window)
        if dialog.isVisible():
            dialog.raise_()
            return dialog
        dialog.prepare()
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictDialog:
        if self.conflict_dialog is None:
            self.conflict_dialog = ConflictDialog(
                self._studio, self._hub, self._notifier, self._window
            )
        self.conflict_dialog.show()
        self.conflict_dialog.raise_()
        self.conflict_dialog.activateWindow()
        return self.conflict_dialog

    # -- lifetime --------------------------------------------------------------

    def start(self) -> None:
        """Sync automatically from now on."""
        self.controller.start()

    def shutdown(self) -> None:
        self.controller.shutdown()
