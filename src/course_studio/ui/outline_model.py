"""The outline of a course as a tree: modules, each with its lessons.

:class:`OutlineModel` shows what OutlineService returns and turns the instructor's
gestures into requests (rename in place, move by drag and drop or by keyboard); the
outline tab turns those requests into undoable commands, and the model reloads when
the store says the outline changed.

Indexes carry a number, not a pointer: 0 for a module (its parent is the root), and
``module_row + 1`` for a lesson.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from ..domain import rules
from ..domain.errors import ValidationError
from ..domain.records import LessonRecord, ModuleRecord, OutlineModule
from . import icons
from .i18n import Labels
from .messages import error_text

Index = QModelIndex | QPersistentModelIndex
#: the invalid index, as a default argument
ROOT = QModelIndex()

MIME_TYPE = "application/x-course-studio-outline-item"
MODULE, LESSON = "module", "lesson"

KIND_LABELS = Labels(
    "LessonKind",
    {
        "page": QT_TRANSLATE_NOOP("LessonKind", "Page"),
        "video": QT_TRANSLATE_NOOP("LessonKind", "Video"),
        "quiz": QT_TRANSLATE_NOOP("LessonKind", "Quiz"),
        "assignment": QT_TRANSLATE_NOOP("LessonKind", "Assignment"),
        "link": QT_TRANSLATE_NOOP("LessonKind", "Link"),
    },
)


class OutlineRole(IntEnum):
    ID = int(Qt.ItemDataRole.UserRole) + 1
    #: "module" or "lesson"
    ITEM_KIND = ID + 1
    RECORD = ID + 2
    #: the lesson's kind (page, video, ...); None for a module
    LESSON_KIND = ID + 3


@dataclass(frozen=True, slots=True)
class MoveRequest:
    """Move ``item_id`` to ``index`` among its new siblings (itself not counted)."""

    item_kind: str
    item_id: str
    title: str
    from_parent: str  # course id for a module, module id for a lesson
    from_index: int
    to_parent: str
    to_index: int


@dataclass
class _Module:
    record: ModuleRecord
    lessons: list[LessonRecord]


def _minutes(total: int) -> str:
    if total <= 0:
        return ""
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        text = QCoreApplication.translate("Outline", "{hours} h {minutes} min")
    else:
        text = (
            QCoreApplication.translate("Outline", "{hours} h")
            if hours
            else QCoreApplication.translate("Outline", "{minutes} min")
        )
    return text.format(hours=hours, minutes=minutes)


COLUMN_HEADERS = (
    QT_TRANSLATE_NOOP("Outline", "Title"),
    QT_TRANSLATE_NOOP("Outline", "Type"),
    QT_TRANSLATE_NOOP("Outline", "Length"),
)


class OutlineModel(QAbstractItemModel):
    """Modules and lessons of one course."""

    #: the instructor moved an item: a MoveRequest
    move_requested = Signal(object)
    #: the instructor renamed an item in place: kind, id, old title, new title
    rename_requested = Signal(str, str, str, str)
    #: a title typed in place was refused: the message
    refused = Signal(str)

    def __init__(
        self,
        fetch: Callable[[str], Sequence[OutlineModule]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._course_id: str | None = None
        self._modules: list[_Module] = []
        self._editable = True

    # -- loading ---------------------------------------------------------------

    @property
    def course_id(self) -> str | None:
        return self._course_id

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    @property
    def editable(self) -> bool:
        return self._editable

    def set_course(self, course_id: str | None) -> None:
        self._course_id = course_id
        self.reload()

    def reload(self) -> None:
        if self._course_id is None or self._fetch is None:
            self.set_outline([])
            return
        self.set_outline(self._fetch(self._course_id))

    def set_outline(self, modules: Sequence[OutlineModule]) -> None:
        self.beginResetModel()
        self._modules = [_Module(m.module, list(m.lessons)) for m in modules]
        self.endResetModel()

    # -- lookups ---------------------------------------------------------------

    def module_count(self) -> int:
        return len(self._modules)

    def lesson_count(self) -> int:
        return sum(len(m.lessons) for m in self._modules)

    def module_index(self, module_id: str) -> QModelIndex:
        for row, module in enumerate(self._modules):
            if module.record.id == module_id:
                return self.index(row, 0)
        return QModelIndex()

    def find(self, item_id: str) -> QModelIndex:
        for row, module in enumerate(self._modules):
            if module.record.id == item_id:
                return self.index(row, 0)
            for lrow, lesson in enumerate(module.lessons):
                if lesson.id == item_id:
                    return self.index(lrow, 0, self.index(row, 0))
        return QModelIndex()

    def item_kind(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        return MODULE if index.internalId() == 0 else LESSON

    def module_at(self, index: Index) -> _Module | None:
        if self.item_kind(index) != MODULE:
            return None
        return self._modules[index.row()]

    def lesson_at(self, index: Index) -> LessonRecord | None:
        if self.item_kind(index) != LESSON:
            return None
        return self._modules[index.internalId() - 1].lessons[index.row()]

    def titles(self) -> list[tuple[str, list[str]]]:
        """The outline as plain titles, for tests and summaries."""
        return [(m.record.title, [lesson.title for lesson in m.lessons]) for m in self._modules]

    # -- QAbstractItemModel ----------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column < 0 or column >= len(COLUMN_HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._modules):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.column() != 0 or parent.internalId() != 0 or parent.row() >= len(self._modules):
            return QModelIndex()
        if row >= len(self._modules[parent.row()].lessons):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._modules)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._modules[parent.row()].lessons)

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(COLUMN_HEADERS)

    def hasChildren(self, parent: Index = ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMN_HEADERS)
        ):
            return QCoreApplication.translate("Outline", str(COLUMN_HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        kind = self.item_kind(index)
        if kind is None:
            return None
        column = index.column()
        if kind == MODULE:
            module = self._modules[index.row()]
            record: ModuleRecord | LessonRecord = module.record
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if column == 0:
                    return module.record.title
                if column == 1:
                    n = len(module.lessons)
                    return QCoreApplication.translate("Outline", "%Ln lesson(s)", "", n)
                return _minutes(sum(lesson.duration_minutes or 0 for lesson in module.lessons))
            if role == Qt.ItemDataRole.EditRole and column == 0:
                return module.record.title
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return icons.icon("module")
            if role == Qt.ItemDataRole.FontRole and column == 0:
                return _bold()
            lesson_kind = None
        else:
            lesson = self.lesson_at(index)
            assert lesson is not None
            record = lesson
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if column == 0:
                    return lesson.title
                if column == 1:
                    return KIND_LABELS.get(lesson.kind, lesson.kind.title())
                return _minutes(lesson.duration_minutes or 0)
            if role == Qt.ItemDataRole.EditRole and column == 0:
                return lesson.title
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return lesson_icon(lesson.kind)
            lesson_kind = lesson.kind
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OutlineRole.ID:
            return record.id
        if role == OutlineRole.ITEM_KIND:
            return kind
        if role == OutlineRole.RECORD:
            return record
        if role == OutlineRole.LESSON_KIND:
            return lesson_kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # the root accepts modules dropped between modules
            return Qt.ItemFlag.ItemIsDropEnabled if self._editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.item_kind(index)
        if kind == LESSON:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            if index.column() == 0:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename in place: check the title, show it at once, ask for the rename."""
        kind = self.item_kind(index)
        if kind is None or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        if not self._editable:
            return False
        try:
            title = rules.check_title(value, "title", kind)
        except ValidationError as exc:
            self.refused.emit(error_text(exc))
            return False
        if kind == MODULE:
            module = self._modules[index.row()]
            old = module.record.title
            if title == old:
                return False
            module.record = dataclasses.replace(module.record, title=title)
            item_id = module.record.id
        else:
            lessons = self._modules[index.internalId() - 1].lessons
            lesson = lessons[index.row()]
            old = lesson.title
            if title == old:
                return False
            lessons[index.row()] = dataclasses.replace(lesson, title=title)
            item_id = lesson.id
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.rename_requested.emit(kind, item_id, old, title)
        return True

    # -- drag and drop ---------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            first = valid[0]
            payload = {
                "kind": self.item_kind(first),
                "id": self.data(first, OutlineRole.ID),
                "course": self._course_id,
            }
            data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, action, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask for the move; the outline reloads once it is stored.

        The rows are not moved here, so ``removeRows`` refuses, and the view leaves
        the dragged rows alone after a successful drop.
        """
        request = self._drop_target(data, action, row, parent)
        if request is None:
            return False
        self.move_requested.emit(request)
        return True

    def removeRows(self, row: int, count: int, parent: Index = ROOT) -> bool:
        return False

    def _decode(self, data: QMimeData) -> tuple[str, str] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(payload, dict) or payload.get("course") != self._course_id:
            return None
        kind, item_id = payload.get("kind"), payload.get("id")
        if kind not in (MODULE, LESSON) or not isinstance(item_id, str):
            return None
        return kind, item_id

    def _drop_target(
        self, data: QMimeData, action: Qt.DropAction, row: int, parent: Index
    ) -> MoveRequest | None:
        if action != Qt.DropAction.MoveAction or not self._editable or self._course_id is None:
            return None
        decoded = self._decode(data)
        if decoded is None:
            return None
        kind, item_id = decoded
        source = self.find(item_id)
        if not source.isValid():
            return None
        target_kind = self.item_kind(parent)
        if kind == MODULE:
            if target_kind is None:
                slot = len(self._modules) if row < 0 else row
            elif target_kind == MODULE and row < 0:  # dropped onto a module: take its place
                slot = parent.row()
            else:
                return None
            return self._module_move(source.row(), slot)
        # a lesson
        if target_kind == MODULE:
            module_row = parent.row()
            slot = len(self._modules[module_row].lessons) if row < 0 else row
        elif target_kind == LESSON and row < 0:  # dropped onto a lesson: after it
            module_row = parent.internalId() - 1
            slot = parent.row() + 1
        else:
            return None
        return self._lesson_move(source, module_row, slot)

    def _module_move(self, old_row: int, slot: int) -> MoveRequest | None:
        """``slot`` counts the module itself (a row between rows, as a view sees it)."""
        new_index = slot if slot <= old_row else slot - 1
        new_index = max(0, min(new_index, len(self._modules) - 1))
        if new_index == old_row:
            return None
        module = self._modules[old_row].record
        course = self._course_id or ""
        return MoveRequest(MODULE, module.id, module.title, course, old_row, course, new_index)

    def _lesson_move(self, source: QModelIndex, module_row: int, slot: int) -> MoveRequest | None:
        old_module_row = source.internalId() - 1
        old_row = source.row()
        lesson = self._modules[old_module_row].lessons[old_row]
        target = self._modules[module_row]
        if module_row == old_module_row:
            new_index = slot if slot <= old_row else slot - 1
            new_index = max(0, min(new_index, len(target.lessons) - 1))
            if new_index == old_row:
                return None
        else:
            new_index = max(0, min(slot, len(target.lessons)))
        return MoveRequest(
            LESSON,
            lesson.id,
            lesson.title,
            self._modules[old_module_row].record.id,
            old_row,
            target.record.id,
            new_index,
        )

    # -- keyboard moves --------------------------------------------------------

    def step_move(self, index: Index, delta: int) -> MoveRequest | None:
        """The move for Alt+Up (``delta=-1``) or Alt+Down (``+1``) of ``index``.

        A lesson at the top of its module moves to the end of the module above; one
        at the bottom moves to the start of the module below.
        """
        kind = self.item_kind(index)
        if kind is None or not self._editable:
            return None
        if kind == MODULE:
            row = index.row()
            target = row + delta
            if not 0 <= target < len(self._modules):
                return None
            module = self._modules[row].record
            course = self._course_id or ""
            return MoveRequest(MODULE, module.id, module.title, course, row, course, target)
        module_row = index.internalId() - 1
        row = index.row()
        lessons = self._modules[module_row].lessons
        lesson = lessons[row]
        source_id = self._modules[module_row].record.id
        if 0 <= row + delta < len(lessons):
            return MoveRequest(
                LESSON, lesson.id, lesson.title, source_id, row, source_id, row + delta
            )
        neighbour = module_row + delta
        if not 0 <= neighbour < len(self._modules):
            return None
        other = self._modules[neighbour]
        new_index = len(other.lessons) if delta < 0 else 0
        return MoveRequest(
            LESSON, lesson.id, lesson.title, source_id, row, other.record.id, new_index
        )


@cache
def _bold() -> QFont:
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    return font


def lesson_icon(kind: str) -> QIcon:
    return icons.icon(kind if kind in KIND_LABELS else "page")
