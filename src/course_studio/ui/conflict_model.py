"""The list of open conflicts, one row each, oldest first.

``set_conflicts`` applies a new list as removals, in-place updates and insertions, so a
view keeps its selection while conflicts are resolved around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..sync import ConflictInfo
from . import conflict_text, icons

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ConflictRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    INFO = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3


_KIND_ICON = {"edit": "edit", "delete": "delete", "rejected": "warning"}


class ConflictListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictInfo] = []

    # -- contents ----------------------------------------------------------------

    def set_conflicts(self, conflicts: Sequence[ConflictInfo]) -> None:
        fresh = {c.conflict_id: c for c in conflicts}
        row = len(self._rows) - 1
        while row >= 0:  # removals, in runs from the bottom
            if self._rows[row].conflict_id in fresh:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self._rows[row - 1].conflict_id not in fresh:
                row -= 1
            self.beginRemoveRows(ROOT, row, last)
            del self._rows[row : last + 1]
            self.endRemoveRows()
            row -= 1
        for i, old in enumerate(self._rows):  # updates in place
            new = fresh.pop(old.conflict_id)
            if new != old:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i), self.index(i))
        added = [c for c in conflicts if c.conflict_id in fresh]
        if added:
            start = len(self._rows)
            self.beginInsertRows(ROOT, start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def conflicts(self) -> list[ConflictInfo]:
        return list(self._rows)

    def conflict(self, row: int) -> ConflictInfo:
        return self._rows[row]

    def row_of(self, conflict_id: str) -> int:
        for i, c in enumerate(self._rows):
            if c.conflict_id == conflict_id:
                return i
        return -1

    # -- QAbstractListModel --------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return conflict_text.title(info)
        if role == Qt.ItemDataRole.ToolTipRole:
            return conflict_text.what_happened(info)
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(_KIND_ICON.get(info.kind, "warning"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return conflict_text.title(info)
        if role == ConflictRole.ID:
            return info.conflict_id
        if role == ConflictRole.INFO:
            return info
        if role == ConflictRole.KIND:
            return info.kind
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemNeverHasChildren
