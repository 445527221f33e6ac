"""The course list pane: a search box and filter chips above a sortable table of courses.

The table shows :class:`CourseTableModel` through :class:`CourseFilterProxy`. The
search box speaks the filter language (:class:`~.filter_edit.FilterEdit`) and the
chips below it (:class:`~.filter_bar.FilterBar`) edit the same filter. The list can
be narrowed to the courses the signed-in instructor teaches (:meth:`set_mine`). The
selection follows a course by id: across refreshes (rows update in place) and across
runs (the main window keeps the last id in its settings).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.records import CourseRecord
from ..query import FilterContext, FilterSpec, Scope
from . import filter_bar, timefmt
from .course_model import (
    COLUMNS,
    CourseFilterProxy,
    CourseRole,
    CourseTableModel,
    column_index,
    column_text,
)
from .delegates import CompletionDelegate, StatusChipDelegate
from .filter_bar import FilterBar
from .filter_edit import FilterEdit
from .widgets import muted_label

#: columns that show a date (their width follows the date format of the language)
_DATE_COLUMNS = frozenset({"start", "end", "updated"})


class CourseTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseTable")
        self.setAccessibleName(self.tr("Courses"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setMinimumSectionSize(48)
        self.setItemDelegateForColumn(column_index("status"), StatusChipDelegate(self))
        self.setItemDelegateForColumn(column_index("completion"), CompletionDelegate(self))


class CourseListPanel(QWidget):
    """Search box, course count and the table."""

    #: the current course changed: a CourseRecord, or None
    current_changed = Signal(object)
    #: a course was double-clicked or Enter was pressed on it: the CourseRecord
    activated = Signal(object)
    #: the list was widened from my courses to all courses (to show a course)
    scope_changed = Signal(object)

    def __init__(self, model: CourseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseList")
        self.model = model
        self.proxy = CourseFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._pending_id: str | None = None
        self._current_id: str | None = None
        self._mine: str | None = None
        self._context: Callable[[], FilterContext] = FilterContext

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.filter_edit = FilterEdit(
            Scope.COURSES,
            placeholder=self.tr(
                "Search courses, or filter: status:published tag:python enrolled>20"
            ),
            name=self.tr("Search courses"),
        )
        self.search = self.filter_edit.edit
        self.search.setObjectName("courseSearch")
        self.search.installEventFilter(self)
        top.addWidget(self.filter_edit, 1)
        self.count = muted_label()
        self.count.setObjectName("courseCount")
        self.count.setMinimumWidth(150)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.filter_bar = FilterBar(Scope.COURSES)
        layout.addWidget(self.filter_bar)
        filter_bar.connect(self.filter_edit, self.filter_bar, self._apply_filter)

        self.table = CourseTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(column_index("code"), Qt.SortOrder.AscendingOrder)
        for i, column in enumerate(COLUMNS):
            self.table.setColumnWidth(i, self._fitting_width(i))
            self.table.setColumnHidden(i, not column.shown)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        layout.addWidget(self.table, 1)

        self.column_actions: list[QAction] = []
        for i, column in enumerate(COLUMNS):
            act = QAction(column_text(column.header), self)
            act.setCheckable(True)
            act.setChecked(column.shown)
            act.setEnabled(column.key not in ("code", "title"))
            act.toggled.connect(lambda on, i=i: self.set_column_shown(i, on))
            self.column_actions.append(act)

        model.loaded.connect(self._loaded)
        model.dataChanged.connect(self._data_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._current_hidden)
        self._update_count()

    # -- columns ---------------------------------------------------------------

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        act = self.column_actions[column]
        if act.isChecked() != shown:
            act.setChecked(shown)

    def sync_column_actions(self) -> None:
        for i, act in enumerate(self.column_actions):
            act.setChecked(not self.table.isColumnHidden(i))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Columns"))
        for act in self.column_actions:
            menu.addAction(act)
        header = self.table.horizontalHeader()
        menu.popup(header.mapToGlobal(pos))

    # -- selection -------------------------------------------------------------

    def current_record(self) -> CourseRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record: CourseRecord | None = index.data(CourseRole.RECORD)
        return record

    def current_id(self) -> str | None:
        return self._current_id

    def select_id(
        self,
        course_id: str | None,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> bool:
        """Make ``course_id`` current; if it is not listed yet, once it is."""
        if course_id is None:
            return False
        row = self.model.row_of(course_id)
        if row < 0:
            self._pending_id = course_id
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: clear the search to show it
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and self._mine is not None:  # not mine: show all courses
            self.set_mine(None)
            self.scope_changed.emit(None)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._pending_id = None
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, hint)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(CourseRole.RECORD) if current.isValid() else None
        new_id = record.id if record else None
        if new_id == self._current_id and record is None:
            return
        self._current_id = new_id
        self.current_changed.emit(record)

    def _current_hidden(self) -> None:
        """A refilter hid the current course (its row left the list): none is current."""
        if self._current_id is not None and not self.table.currentIndex().isValid():
            self._row_changed(QModelIndex(), QModelIndex())

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        current = self.current_record()
        if (
            current is not None
            and top_left.row() <= self.model.row_of(current.id) <= bottom_right.row()
        ):
            self.current_changed.emit(current)

    def _loaded(self) -> None:
        if self._pending_id is not None:
            self.select_id(self._pending_id)
        current = self.current_record()
        if current is None and self._current_id is not None:
            # the course is gone (deleted elsewhere, or filtered out)
            self._current_id = None
            self.current_changed.emit(None)
        self._update_count()

    def _double_clicked(self, index: QModelIndex) -> None:
        record = index.data(CourseRole.RECORD)
        if record is not None:
            self.activated.emit(record)

    # -- search ----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_context(self, context: Callable[[], FilterContext]) -> None:
        """Where "me" and "today" come from (``studio.courses.filter_context``)."""
        self._context = context
        self._apply_filter(self.filter_edit.spec())

    def set_known(self, known: Mapping[str, Sequence[str]]) -> None:
        """Values in use, for completion and the chips (``known_values()``)."""
        self.filter_edit.set_known(known)
        self.filter_bar.set_known(known)

    def set_mine(self, instructor_id: str | None) -> None:
        """Only the courses ``instructor_id`` teaches (None: every course)."""
        if instructor_id != self._mine:
            self._mine = instructor_id
            self._apply_filter(self.filter_edit.spec())

    def mine(self) -> str | None:
        return self._mine

    def set_filter_text(self, text: str) -> None:
        """Put a filter in the search box (a saved filter, say)."""
        self.filter_edit.set_text(text)

    def _fitting_width(self, section: int) -> int:
        """The column's width, widened to its header and to a long date in this language."""
        column = COLUMNS[section]
        header = self.table.horizontalHeader()
        title = column_text(column.header)
        width = max(column.width, header.fontMetrics().horizontalAdvance(title) + 34)
        if column.key in _DATE_COLUMNS:
            longest = timefmt.date_text(dt.date(2026, 12, 28))
            width = max(width, self.table.fontMetrics().horizontalAdvance(longest) + 20)
        return width

    def spec(self) -> FilterSpec:
        """The filter in force (the last text that read)."""
        return self.filter_edit.spec()

    def _apply_filter(self, spec: FilterSpec) -> None:
        self.proxy.set_filter(spec, self._context(), mine=self._mine)
        self._update_count()
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if not self.model.has_loaded and total == 0:
            text = self.tr("Loading courses…")
        elif total == 0:
            text = self.tr("No courses yet")
        elif shown == total:
            text = self.tr("%Ln course(s)", "", total)
        elif shown == 0:
            typed = self.search.text().strip()
            text = (
                self.tr("No course matches “{typed}”").format(typed=typed)
                if typed
                else self.tr("You teach none of these courses")
            )
        else:
            text = self.tr("{shown} of %Ln course(s)", "", total).format(
                shown=timefmt.number(shown)
            )
        self.count.setText(text)
        self.count.setAccessibleName(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.select_first()
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
            elif watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                record = self.current_record()
                if record is not None:
                    self.activated.emit(record)
                    return True
        return super().eventFilter(watched, event)
