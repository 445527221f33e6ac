"""The sidebar: where to look (my courses, all courses, all enrollments) and the
saved filters, each with the number of rows it matches now.

    COURSES
      My courses          12
      All courses         60
      Python, published    4      <- saved filters of the course list
    ENROLLMENTS
      All enrollments  25,000
      Struggling          312     <- saved filters of the enrollment lists

:class:`SidebarModel` is a flat list model of such entries; :class:`SavedFiltersPanel`
shows it, keeps the counts fresh (read in the background after every change in the
store) and turns clicks, renames (F2), Delete, drag and drop and Alt+Up/Down into
service calls. Each edit is an undoable command (:mod:`.undo`), so Ctrl+Z brings a
deleted filter back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import SavedFilterRecord
from ..store import Changes
from . import icons, style, timefmt
from .loading import LatestLoader, query_pool
from .undo import ServiceCommand, UndoRunner
from .widgets import label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
MIME = "application/x-course-studio-saved-filter"

COURSES = "courses"
ENROLLMENTS = "enrollments"
#: keys of the fixed entries
MY_COURSES = "my-courses"
ALL_COURSES = "all-courses"
ALL_ENROLLMENTS = "all-enrollments"


class SidebarRole(IntEnum):
    KIND = int(Qt.ItemDataRole.UserRole) + 1
    KEY = KIND + 1
    COUNT = KIND + 2
    SCOPE = KIND + 3
    TEXT = KIND + 4
    PROBLEM = KIND + 5
    RECORD = KIND + 6


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # "header" | "place" | "saved"
    key: str  # a fixed key, or the saved filter's id
    label: str
    scope: str
    count: int | None = None
    text: str = ""
    problem: str | None = None
    record: SavedFilterRecord | None = None


def _entries(saved: Sequence[SavedFilterRecord], counts: dict[str, int | None]) -> list[Entry]:
    out = [
        Entry(
            "header",
            "courses-header",
            QCoreApplication.translate("SavedFilters", "Courses"),
            COURSES,
        ),
        Entry(
            "place",
            MY_COURSES,
            QCoreApplication.translate("SavedFilters", "My courses"),
            COURSES,
            counts.get(MY_COURSES),
        ),
        Entry(
            "place",
            ALL_COURSES,
            QCoreApplication.translate("SavedFilters", "All courses"),
            COURSES,
            counts.get(ALL_COURSES),
        ),
    ]
    out += [_saved(r) for r in saved if r.scope == COURSES]
    out += [
        Entry(
            "header",
            "enrollments-header",
            QCoreApplication.translate("SavedFilters", "Enrollments"),
            ENROLLMENTS,
        ),
        Entry(
            "place",
            ALL_ENROLLMENTS,
            QCoreApplication.translate("SavedFilters", "All enrollments"),
            ENROLLMENTS,
            counts.get(ALL_ENROLLMENTS),
        ),
    ]
    out += [_saved(r) for r in saved if r.scope == ENROLLMENTS]
    return out


def _saved(r: SavedFilterRecord) -> Entry:
    return Entry("saved", r.id, r.name, r.scope, r.count, r.text, r.problem, r)


class SidebarModel(QAbstractListModel):
    """Places and saved filters as one flat list, headers included."""

    #: a saved filter was renamed in place: (id, new name)
    rename_requested = Signal(str, str)
    #: a saved filter was dropped at another place: (id, index among its list)
    move_requested = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = _entries([], {})

    # -- contents ----------------------------------------------------------------

    def set_contents(
        self, saved: Sequence[SavedFilterRecord], counts: dict[str, int | None]
    ) -> None:
        """Show ``saved`` and the place counts; rows update in place when the list
        of entries is the same, so the selection stays."""
        fresh = _entries(saved, counts)
        if [(e.kind, e.key) for e in fresh] == [(e.kind, e.key) for e in self._entries]:
            changed = [
                i for i, (a, b) in enumerate(zip(self._entries, fresh, strict=True)) if a != b
            ]
            self._entries = fresh
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        self.beginResetModel()
        self._entries = fresh
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, key: str) -> int:
        for i, e in enumerate(self._entries):
            if e.key == key:
                return i
        return -1

    def saved(self, scope: str) -> list[Entry]:
        return [e for e in self._entries if e.kind == "saved" and e.scope == scope]

    # -- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return e.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if e.kind == "header":
                return e.label
            count = "" if e.count is None else ", " + timefmt.number(e.count)
            return f"{e.label}{count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.problem:
                return e.problem
            if e.kind == "saved":
                return e.text or QCoreApplication.translate("SavedFilters", "Every row")
            return None
        if role == Qt.ItemDataRole.DecorationRole and e.kind != "header":
            name = {MY_COURSES: "course", ALL_COURSES: "course", ALL_ENROLLMENTS: "people"}
            return icons.icon("warning" if e.problem else name.get(e.key, "search"))
        if role == SidebarRole.KIND:
            return e.kind
        if role == SidebarRole.KEY:
            return e.key
        if role == SidebarRole.COUNT:
            return e.count
        if role == SidebarRole.SCOPE:
            return e.scope
        if role == SidebarRole.TEXT:
            return e.text
        if role == SidebarRole.PROBLEM:
            return e.problem
        if role == SidebarRole.RECORD:
            return e.record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        e = self._entries[index.row()]
        if e.kind == "header":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if e.kind == "saved":
            base |= (
                Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled
            )
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A rename in place asks the service (through the panel); the row shows the
        new name once it is saved."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        e = self._entries[index.row()]
        if e.kind != "saved" or not isinstance(value, str):
            return False
        if " ".join(value.split()) != e.label:
            self.rename_requested.emit(e.key, value)
        return False

    # -- drag and drop (reordering saved filters within their list) ----------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        keys = [
            self._entries[i.row()].key
            for i in indexes
            if i.isValid() and self._entries[i.row()].kind == "saved"
        ]
        if keys:
            data.setData(MIME, QByteArray(keys[0].encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        key, index = target
        self.move_requested.emit(key, index)
        return False  # nothing moves until the service says so (and the list reloads)

    def _drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[str, int] | None:
        if not data.hasFormat(MIME):
            return None
        key = bytes(data.data(MIME).data()).decode()
        source = self.row_of(key)
        if source < 0:
            return None
        scope = self._entries[source].scope
        if row < 0:  # dropped on an item: before it
            row = parent.row() if parent.isValid() else len(self._entries)
        same = [i for i, e in enumerate(self._entries) if e.kind == "saved" and e.scope == scope]
        if not same:
            return None
        first, last = same[0], same[-1] + 1
        if not first <= row <= last:
            # dropped on the place entries of the same list: first; elsewhere: no
            if self._entries[min(row, len(self._entries) - 1)].scope != scope:
                return None
            row = first if row < first else last
        others = [i for i in same if i != source]
        index = sum(1 for i in others if i < row)
        return key, index


class SidebarDelegate(QStyledItemDelegate):
    """Section headers in small capitals; counts right-aligned and muted."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SidebarRole.KIND) == "header":
            return QSize(size.width(), option.fontMetrics.height() + 16)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(SidebarRole.KIND)
        if kind == "header":
            painter.save()
            font = option.font
            font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setWeight(font.Weight.DemiBold)
            font.setCapitalization(font.Capitalization.AllUppercase)
            font.setLetterSpacing(font.SpacingType.PercentageSpacing, 106)
            painter.setFont(font)
            painter.setPen(style.muted(option.palette))
            rect = option.rect.adjusted(10, 8, -8, 0)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(index.data()),
            )
            painter.restore()
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        count = index.data(SidebarRole.COUNT)
        problem = index.data(SidebarRole.PROBLEM)
        text = "" if problem else ("…" if count is None else timefmt.number(count))
        metrics = opt.fontMetrics
        room = metrics.horizontalAdvance(text) + 14 if text else 0
        opt.rect = QRect(opt.rect)
        widget = opt.widget
        qstyle = widget.style() if widget is not None else None
        if qstyle is None:
            return
        full = QStyleOptionViewItem(opt)
        full.text = ""
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, full, painter, widget)
        opt.rect = opt.rect.adjusted(0, 0, -room, 0)
        opt.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        opt.icon = full.icon
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, _text_only(opt), painter, widget)
        if text:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.save()
            painter.setPen(
                option.palette.color(QPalette.ColorRole.HighlightedText)
                if selected
                else style.muted(option.palette)
            )
            right = option.rect.adjusted(0, 0, -10, 0)
            painter.drawText(
                right, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )
            painter.restore()


def _text_only(opt: QStyleOptionViewItem) -> QStyleOptionViewItem:
    """The option without its background (already drawn) and selection frame."""
    out = QStyleOptionViewItem(opt)
    out.state &= ~QStyle.StateFlag.State_HasFocus
    return out


# -- undoable edits -------------------------------------------------------------------------


class _Ids:
    """Saved filters get a new id when a delete is undone; commands made before
    that find the filter through here."""

    def __init__(self) -> None:
        self._now: dict[str, str] = {}

    def __call__(self, first_id: str) -> str:
        return self._now.get(first_id, first_id)

    def moved(self, first_id: str, new_id: str) -> None:
        self._now[first_id] = new_id


class SaveFilter(ServiceCommand):
    action = "create"

    def __init__(self, studio: Any, ids: _Ids, name: str, text: str, scope: str) -> None:
        super().__init__(
            studio, QCoreApplication.translate("SavedFilters", "Save filter “{0}”").format(name)
        )
        self.ids, self.name, self.text_, self.scope = ids, name, text, scope
        self.first_id: str | None = None

    def do(self) -> SavedFilterRecord:
        record: SavedFilterRecord = self.studio.saved_filters.create(
            name=self.name, text=self.text_, scope=self.scope
        )
        if self.first_id is None:
            self.first_id = record.id
        else:
            self.ids.moved(self.first_id, record.id)
        return record

    def revert(self) -> Any:
        assert self.first_id is not None
        return self.studio.saved_filters.delete(self.ids(self.first_id))

    def summary(self, result: SavedFilterRecord) -> str:
        return QCoreApplication.translate("SavedFilters", "Saved the filter “{0}”.").format(
            result.name
        )


class RenameFilter(ServiceCommand):
    action = "update"

    def __init__(self, studio: Any, ids: _Ids, filter_id: str, old: str, new: str) -> None:
        super().__init__(
            studio, QCoreApplication.translate("SavedFilters", "Rename filter “{0}”").format(old)
        )
        self.ids, self.filter_id, self.old, self.new = ids, filter_id, old, new

    def do(self) -> SavedFilterRecord:
        record: SavedFilterRecord = self.studio.saved_filters.rename(
            self.ids(self.filter_id), self.new
        )
        return record

    def revert(self) -> Any:
        return self.studio.saved_filters.rename(self.ids(self.filter_id), self.old)

    def summary(self, result: SavedFilterRecord) -> str:
        return QCoreApplication.translate(
            "SavedFilters", "Renamed the filter “{0}” to “{1}”."
        ).format(self.old, result.name)


class DeleteFilter(ServiceCommand):
    action = "delete"

    def __init__(self, studio: Any, ids: _Ids, record: SavedFilterRecord, index: int) -> None:
        super().__init__(
            studio,
            QCoreApplication.translate("SavedFilters", "Delete filter “{0}”").format(record.name),
        )
        self.ids, self.record, self.index = ids, record, index

    def do(self) -> Any:
        return self.studio.saved_filters.delete(self.ids(self.record.id))

    def revert(self) -> Any:
        r = self.record
        made = self.studio.saved_filters.create(
            name=r.name, text=r.text, scope=r.scope, index=self.index
        )
        self.ids.moved(r.id, made.id)
        return made

    def summary(self, result: Any) -> str:
        return QCoreApplication.translate("SavedFilters", "Deleted the filter “{0}”.").format(
            self.record.name
        )


class MoveFilter(ServiceCommand):
    action = "update"

    def __init__(self, studio: Any, ids: _Ids, filter_id: str, name: str, old: int, new: int):
        super().__init__(
            studio, QCoreApplication.translate("SavedFilters", "Move filter “{0}”").format(name)
        )
        self.ids, self.filter_id, self.old, self.new = ids, filter_id, old, new

    def do(self) -> Any:
        return self.studio.saved_filters.reorder(self.ids(self.filter_id), self.new)

    def revert(self) -> Any:
        return self.studio.saved_filters.reorder(self.ids(self.filter_id), self.old)

    def summary(self, result: Any) -> str:
        return QCoreApplication.translate("SavedFilters", "Moved the filter “{0}”.").format(
            result.name
        )


# -- the panel ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """What the instructor picked in the sidebar."""

    key: str  # MY_COURSES | ALL_COURSES | ALL_ENROLLMENTS | a saved filter id
    scope: str  # COURSES | ENROLLMENTS
    text: str = ""  # the saved filter's text ("" for the places)
    saved: bool = False


class SidebarView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebarList")
        self.setAccessibleName(self.tr("Places and saved filters"))
        self.setItemDelegate(SidebarDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(False)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)


class SavedFiltersPanel(QWidget):
    """The sidebar: places, saved filters, counts; edits through undoable commands."""

    #: the instructor picked a place or a saved filter: a Place
    picked = Signal(object)

    def __init__(
        self,
        studio: Any,
        hub: Any,
        runner: UndoRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._studio = studio
        self._runner = runner
        self._ids = _Ids()
        self._mine_courses = True
        self._mine_enrollments = False
        self._current: Place = Place(MY_COURSES, COURSES)
        self._syncing = False

        self.model = SidebarModel(self)
        self.model.rename_requested.connect(self.rename)
        self.model.move_requested.connect(self.move_filter)
        self.view = SidebarView()
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.save_button = QToolButton()
        self.save_button.setObjectName("saveFilterButton")
        self.save_button.setIcon(icons.icon("new"))
        self.save_button.setAutoRaise(True)
        self.save_button.setToolTip(self.tr("Save the current filter (Ctrl+Shift+S)"))
        self.save_button.setAccessibleName(self.tr("Save the current filter"))

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 4, 0)
        heading = label(self.tr("Find"), "section")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self.rename_action = self._action(self.tr("Rename"), "F2", self._rename_current, "rename")
        self.delete_action = self._action(
            self.tr("Delete"), QKeySequence.StandardKey.Delete, self._delete_current, "delete"
        )
        self.up_action = self._action(self.tr("Move Up"), "Alt+Up", lambda: self._step(-1), "up")
        self.down_action = self._action(
            self.tr("Move Down"), "Alt+Down", lambda: self._step(1), "down"
        )

        self._loader = LatestLoader(self._read, self._loaded, self, pool=query_pool())
        self._loader.failed.connect(lambda _exc: None)  # counts are a courtesy; retried later
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        hub.changed.connect(self._store_changed)
        self._select(MY_COURSES)
        self.refresh()

    def _action(self, text: str, keys: Any, slot: Callable[[], None], icon: str) -> QAction:
        act = QAction(icons.icon(icon), text, self)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act.triggered.connect(slot)
        self.view.addAction(act)
        return act

    # -- counts ------------------------------------------------------------------

    def set_mine(self, *, courses: bool | None = None, enrollments: bool | None = None) -> None:
        """Count within my courses or all of them (follows the lists' scopes)."""
        changed = False
        if courses is not None and courses != self._mine_courses:
            self._mine_courses, changed = courses, True
        if enrollments is not None and enrollments != self._mine_enrollments:
            self._mine_enrollments, changed = enrollments, True
        if changed:
            self.refresh()

    def refresh(self) -> None:
        self._loader.request()

    def _read(self) -> tuple[list[SavedFilterRecord], dict[str, int | None]]:
        studio = self._studio
        mine_c, mine_e = self._mine_courses, self._mine_enrollments
        saved = studio.saved_filters.list(COURSES, counts=True, mine_only=mine_c)
        saved += studio.saved_filters.list(ENROLLMENTS, counts=True, mine_only=mine_e)
        counts: dict[str, int | None] = {
            MY_COURSES: studio.courses.count(mine_only=True),
            ALL_COURSES: studio.courses.count(),
            ALL_ENROLLMENTS: studio.enrollment_query.count(mine_only=mine_e),
        }
        return saved, counts

    def _loaded(self, result: tuple[list[SavedFilterRecord], dict[str, int | None]]) -> None:
        saved, counts = result
        self._syncing = True
        try:
            self.model.set_contents(saved, counts)
            self._select(self._current.key, quiet=True)
        finally:
            self._syncing = False
        self._update_actions()

    def _store_changed(self, changes: Changes) -> None:
        if (
            changes.filters
            or changes.courses
            or changes.enrollments
            or changes.progress
            or changes.students
        ):
            self._debounce.start()

    # -- picking -----------------------------------------------------------------

    def current(self) -> Place:
        return self._current

    def select_place(self, key: str) -> None:
        """Show ``key`` as picked without telling anyone (the lists follow already)."""
        self._select(key, quiet=True)

    def follow(self, scope: str, text: str, *, mine: bool | None = None) -> None:
        """The filter of a list changed: pick the saved filter with that very text,
        else the list's place."""
        if scope == COURSES:
            place = (
                MY_COURSES
                if (mine if mine is not None else self._current.key != ALL_COURSES)
                else ALL_COURSES
            )
        else:
            place = ALL_ENROLLMENTS
        for e in self.model.saved(scope):
            if text and e.text == text:
                place = e.key
                break
        self._select(place, quiet=True)

    def _select(self, key: str, *, quiet: bool = False) -> None:
        row = self.model.row_of(key)
        if row < 0:
            return
        entry = self.model.entry(row)
        place = Place(entry.key, entry.scope, entry.text, entry.kind == "saved")
        if quiet:
            self._current = place
            self._syncing, was = True, self._syncing
            try:
                self.view.setCurrentIndex(self.model.index(row))
            finally:
                self._syncing = was
        else:
            self.view.setCurrentIndex(self.model.index(row))
        self._update_actions()

    def pick(self, key: str) -> None:
        """Pick ``key`` as a click would (picking the current entry applies it again)."""
        row = self.model.row_of(key)
        if row >= 0 and self.view.currentIndex().row() == row:
            self._row_changed(self.model.index(row), self.model.index(row))
            return
        self._select(key)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        entry = self.model.entry(current.row())
        if entry.kind == "header":
            return
        place = Place(entry.key, entry.scope, entry.text, entry.kind == "saved")
        self._current = place
        self._update_actions()
        if not self._syncing:
            self.picked.emit(place)

    # -- editing -----------------------------------------------------------------

    def save(
        self, name: str, text: str, scope: str, *, on_error: Callable[..., bool] | None = None
    ) -> None:
        """Save ``text`` (canonical filter text of ``scope``) as ``name``."""
        command = SaveFilter(self._studio, self._ids, name, text, scope)

        def done(record: SavedFilterRecord) -> None:
            self._current = Place(record.id, record.scope, record.text, True)
            self.refresh()

        self._runner.run(command, on_done=done, on_error=on_error)

    def rename(self, filter_id: str, name: str) -> None:
        row = self.model.row_of(filter_id)
        if row < 0:
            return
        old = self.model.entry(row).label
        self._runner.run(
            RenameFilter(self._studio, self._ids, filter_id, old, name),
            on_done=lambda _r: self.refresh(),
        )

    def delete(self, filter_id: str) -> None:
        row = self.model.row_of(filter_id)
        if row < 0:
            return
        entry = self.model.entry(row)
        assert entry.record is not None
        index = [e.key for e in self.model.saved(entry.scope)].index(filter_id)
        place = ALL_ENROLLMENTS if entry.scope == ENROLLMENTS else MY_COURSES
        if self._current.key == filter_id:
            self._select(place, quiet=True)
        self._runner.run(
            DeleteFilter(self._studio, self._ids, entry.record, index),
            on_done=lambda _r: self.refresh(),
        )

    def move_filter(self, filter_id: str, index: int) -> None:
        row = self.model.row_of(filter_id)
        if row < 0:
            return
        entry = self.model.entry(row)
        keys = [e.key for e in self.model.saved(entry.scope)]
        old = keys.index(filter_id)
        if old == index:
            return
        self._runner.run(
            MoveFilter(self._studio, self._ids, filter_id, entry.label, old, index),
            on_done=lambda _r: self.refresh(),
        )

    def _picked_saved(self) -> Entry | None:
        row = self.model.row_of(self._current.key)
        if row < 0:
            return None
        entry = self.model.entry(row)
        return entry if entry.kind == "saved" else None

    def _rename_current(self) -> None:
        if self._picked_saved() is not None:
            self.view.edit(self.view.currentIndex())

    def _delete_current(self) -> None:
        entry = self._picked_saved()
        if entry is not None:
            self.delete(entry.key)

    def _step(self, delta: int) -> None:
        entry = self._picked_saved()
        if entry is None:
            return
        keys = [e.key for e in self.model.saved(entry.scope)]
        index = keys.index(entry.key) + delta
        if 0 <= index < len(keys):
            self.move_filter(entry.key, index)

    def _update_actions(self) -> None:
        has = self._picked_saved() is not None
        for act in (self.rename_action, self.delete_action, self.up_action, self.down_action):
            act.setEnabled(has)

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid() or index.data(SidebarRole.KIND) != "saved":
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for act in (self.rename_action, self.up_action, self.down_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
