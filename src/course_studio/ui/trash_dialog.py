"""The Trash: deleted courses, modules and lessons, to restore or delete for good."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import TrashItem
from ..store import Changes
from . import icons, timefmt
from .commands import RestoreFromTrash
from .features import show_error
from .undo import UndoRunner
from .widgets import label, muted_label
from .workers import Op

Index = QModelIndex | QPersistentModelIndex
#: the invalid index, as a default argument
ROOT = QModelIndex()

_KINDS = {
    "course": (QT_TRANSLATE_NOOP("Trash", "Course"), "course"),
    "module": (QT_TRANSLATE_NOOP("Trash", "Module"), "module"),
    "lesson": (QT_TRANSLATE_NOOP("Trash", "Lesson"), "page"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("Trash", "Item"),
    QT_TRANSLATE_NOOP("Trash", "Name"),
    QT_TRANSLATE_NOOP("Trash", "From"),
    QT_TRANSLATE_NOOP("Trash", "Deleted"),
)
translate = QCoreApplication.translate


class TrashTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrashItem] = []

    def set_items(self, items: Sequence[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashItem:
        return self._items[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_HEADERS)
        ):
            return translate("Trash", str(_HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                kind = _KINDS.get(item.entity)
                return translate("Trash", str(kind[0])) if kind else item.entity.title()
            if column == 1:
                return item.title
            if column == 2:
                return item.parent or "—"
            return _when(item.deleted_at)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icons.icon(_KINDS.get(item.entity, ("", "page"))[1])
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def _when(moment: dt.datetime) -> str:
    """A stored UTC time, shown in local time."""
    return timefmt.exact(moment)


class TrashDialog(QDialog):
    """List the Trash; restore (undoable), delete one item for good, or empty it."""

    def __init__(
        self,
        studio: Any,
        hub: Any,
        runner: UndoRunner,
        notifier: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.studio = studio
        self.runner = runner
        self.notifier = notifier
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.setAccessibleName(self.tr("Trash"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(label(self.tr("Trash"), "heading"))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Deleted courses, modules and lessons stay here until you restore them or "
                    "empty the Trash."
                ),
                wrap=True,
            )
        )
        self.model = TrashTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("trashTable")
        self.table.setAccessibleName(self.tr("Items in the Trash"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(2, 150)
        layout.addWidget(self.table, 1)
        self.empty_note = muted_label(self.tr("The Trash is empty."))
        layout.addWidget(self.empty_note)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(icons.icon("restore"), self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected item"))
        self.purge_button = QPushButton(icons.icon("delete"), self.tr("Delete for good…"))
        self.purge_button.setAccessibleName(self.tr("Delete the selected item for good"))
        self.empty_button = QPushButton(self.tr("Empty Trash…"))
        self.empty_button.setAccessibleName(self.tr("Empty the Trash"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the Trash"))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.restore_button.clicked.connect(self.restore)
        self.purge_button.clicked.connect(self.confirm_purge)
        self.empty_button.clicked.connect(self.confirm_empty)
        close.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore())
        for keys, slot, text in (
            (QKeySequence.StandardKey.Delete, self.confirm_purge, self.tr("Delete for good")),
            (QKeySequence(Qt.Key.Key_Return), self.restore, self.tr("Restore")),
            (QKeySequence(Qt.Key.Key_Enter), self.restore, self.tr("Restore")),
        ):
            act = QAction(text, self.table)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            self.table.addAction(act)
        hub.changed.connect(self._store_changed)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_items(self.studio.trash.list())
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.item(row).id == selected.id:
                    self.table.selectRow(row)
                    break
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def _store_changed(self, changes: Changes) -> None:
        if changes.courses or changes.outline:
            self.refresh()

    def selected(self) -> TrashItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)
        empty = self.model.rowCount() == 0
        self.empty_button.setEnabled(not empty)
        self.empty_note.setVisible(empty)

    def restore(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.runner.run(RestoreFromTrash(self.studio, item.entity, item.id, item.title))

    def confirm_purge(self) -> None:
        item = self.selected()
        if item is None:
            return
        box = self._question(
            self.tr("Delete “{title}” for good?").format(title=item.title),
            self.tr("It cannot be restored or undone afterwards."),
            self.tr("Delete for good"),
        )
        box.accepted.connect(lambda: self._purge(item))
        box.open()

    def confirm_empty(self) -> None:
        count = self.model.rowCount()
        box = self._question(
            self.tr("Empty the Trash?"),
            self.tr(
                "The %Ln item(s) in the Trash will be deleted for good, with everything "
                "inside them. This cannot be undone.",
                "",
                count,
            ),
            self.tr("Empty Trash"),
        )
        box.accepted.connect(self._empty)
        box.open()

    def _question(self, text: str, informative: str, ok_text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Trash"), text, parent=self)
        box.setObjectName("trashConfirm")
        box.setInformativeText(informative)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirmButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def _purge(self, item: TrashItem) -> None:
        def done(_result: object) -> None:
            self.notifier.notify(
                "delete", self.tr("Deleted “{title}” for good.").format(title=item.title)
            )

        Op(self, lambda: self.studio.trash.purge(item.entity, item.id)).success(done).failure(
            lambda exc: show_error(self, exc, "")
        ).run()

    def _empty(self) -> None:
        def done(count: int) -> None:
            self.notifier.notify("delete", self.tr("Emptied the Trash (%Ln item(s)).", "", count))

        Op(self, self.studio.trash.empty).success(done).failure(
            lambda exc: show_error(self, exc, "")
        ).run()
