"""The Activity panel: every completed (or failed) action, newest first.

Time, action and result; an error shows its details below the list; an entry whose
notification carried an Undo can be undone from here (once). The history comes from
ActivityService, so it outlives the session; Undo only lives as long as the session.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import ActivityRecord
from . import timefmt
from .i18n import action_label
from .notifier import Notification, Notifier
from .record_table import Column, RecordTableModel, Role
from .workers import Op

LIMIT = 500


def _key(entry: Notification) -> str:
    return f"seq:{entry.seq}" if entry.seq is not None else f"obj:{id(entry)}"


class ActivityTableModel(RecordTableModel):
    """Notifications, newest first."""

    def __init__(self, now: Any, can_undo: Any, parent: Any = None) -> None:
        self._now = now
        self._can_undo = can_undo
        style = QApplication.style()
        self._ok_icon: QIcon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self._error_icon: QIcon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        columns = (
            Column(
                "time",
                QCoreApplication.translate("Activity", "Time"),
                lambda e: timefmt.clock_time(e.at, self._now()),
                sort=lambda e: (e.at.timestamp(), e.seq or 0),
                tooltip=lambda e: timefmt.exact(e.at),
                width=110,
            ),
            Column(
                "action",
                QCoreApplication.translate("Activity", "Action"),
                lambda e: action_label(e.action),
                icon=lambda e: self._ok_icon if e.ok else self._error_icon,
                width=120,
            ),
            Column(
                "result",
                QCoreApplication.translate("Activity", "Result"),
                self._result_text,
                tooltip=lambda e: e.summary + ("\n\n" + e.details if e.details else ""),
                width=380,
            ),
        )
        super().__init__(
            columns,
            key=_key,
            highlight=lambda e: None if e.ok else "error",
            parent=parent,
        )

    def _result_text(self, e: Notification) -> str:
        text = e.summary
        if e.seq is not None and self._can_undo(e.seq):
            text = QCoreApplication.translate("Activity", "{summary}  · Undo available").format(
                summary=text
            )
        return text

    def prepend(self, entry: Notification) -> None:
        self.beginInsertRows(self.index(0, 0).parent(), 0, 0)
        self._records.insert(0, entry)
        self._rows = {_key(r): i for i, r in enumerate(self._records)}
        self.endInsertRows()
        if len(self._records) > LIMIT:
            last = len(self._records) - 1
            self.beginRemoveRows(self.index(0, 0).parent(), last, last)
            self._records.pop()
            self._rows = {_key(r): i for i, r in enumerate(self._records)}
            self.endRemoveRows()

    def refresh_row(self, seq: int) -> None:
        row = self.row_of(f"seq:{seq}")
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class ActivityPanel(QWidget):
    def __init__(self, studio: Any, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        self.setAccessibleName(self.tr("Activity"))
        self.setMinimumWidth(320)
        self._studio = studio
        self._notifier = notifier
        self.model = ActivityTableModel(self._now, notifier.can_undo, self)
        self.loaded = False

        title = QLabel(self.tr("Activity"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.show_box = QCheckBox(self.tr("Show notifications"))
        self.show_box.setAccessibleName(self.tr("Show notifications"))
        self.show_box.setToolTip(
            self.tr("Show a message when an action finishes. The history below is kept either way.")
        )
        self.show_box.setChecked(notifier.enabled())
        self.show_box.toggled.connect(notifier.set_enabled)
        notifier.enabled_changed.connect(self._enabled_changed)

        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("activityView")
        self.view.setAccessibleName(self.tr("Activity history"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(0, 96)
        self.view.setColumnWidth(1, 100)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

        self.details = QPlainTextEdit()
        self.details.setObjectName("activityDetails")
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.setVisible(False)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the selected action"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        self.hint = QLabel()
        self.hint.setObjectName("activityHint")
        self.hint.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.show_box)
        foot = QHBoxLayout()
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(foot)

        notifier.recorded.connect(self._recorded)
        notifier.undone.connect(self.model.refresh_row)
        notifier.undone.connect(lambda _seq: self._selected())
        self.reload()

    # -- data --------------------------------------------------------------------

    def reload(self) -> None:
        activity = self._studio.activity
        Op(self, lambda: activity.recent(LIMIT)).success(self._loaded).run()

    def _loaded(self, records: list[ActivityRecord]) -> None:
        entries = [
            Notification(r.action, r.summary, r.ok, r.details, r.at, r.seq, None) for r in records
        ]
        # keep what arrived in this session while loading (it carries Undo)
        live = {e.seq: e for e in self.model.records() if e.seq is not None}
        entries = [live.get(e.seq, e) for e in entries]
        self.model.set_records(entries)
        self.loaded = True
        self._selected()

    @Slot(object)
    def _recorded(self, entry: Notification) -> None:
        if entry.seq is not None and self.model.row_of(f"seq:{entry.seq}") is not None:
            return
        self.model.prepend(entry)

    def entries(self) -> list[Notification]:
        return self.model.records()

    def _now(self) -> dt.datetime:
        clock = getattr(getattr(self._studio, "context", None), "clock", None)
        return clock() if callable(clock) else dt.datetime.now(dt.UTC).replace(tzinfo=None)

    # -- selection and undo -------------------------------------------------------

    def current(self) -> Notification | None:
        index = self.view.currentIndex()
        entry = self.model.data(index, Role.Record) if index.isValid() else None
        return entry if isinstance(entry, Notification) else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)
        self._selected()

    def _selected(self) -> None:
        entry = self.current()
        undoable = (
            entry is not None and entry.seq is not None and self._notifier.can_undo(entry.seq)
        )
        self.undo_button.setEnabled(undoable)
        if entry is not None and entry.details:
            self.details.setPlainText(entry.details)
            self.details.setVisible(True)
        else:
            self.details.setVisible(False)
        if entry is None:
            self.hint.setText("")
        elif undoable:
            self.hint.setText(self.tr("This action can be undone."))
        elif not entry.ok:
            self.hint.setText(self.tr("This action did not complete; nothing was changed by it."))
        else:
            self.hint.setText("")

    def undo_selected(self) -> None:
        entry = self.current()
        if entry is None or entry.seq is None:
            return
        self._notifier.undo(entry.seq)

    def _enabled_changed(self, on: bool) -> None:
        if self.show_box.isChecked() != on:
            self.show_box.setChecked(on)


__all__ = ["ActivityPanel", "ActivityTableModel"]
