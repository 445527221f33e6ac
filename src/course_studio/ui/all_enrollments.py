"""The "All enrollments" page: every enrollment of every course, a million rows and
more, searched and filtered with the filter language.

    [ Search students, or filter: status:active at-risk:yes …        ]  [Only my courses]
    [Status] [Role] [Term] [Category] [Completion] [Last activity] [Enrolled] [At risk only]
    +-------------------------------------------------------------------------------------+
    | Student | Email | Course | Role | Status | Completion | Last activity | Enrolled ... |
    +-------------------------------------------------------------------------------------+
    1,000,000 enrollments · sorted by student

The table is :class:`~.enrollment_rows.EnrollmentQueryModel`: counted and read in
windows with SQL off the UI thread. The page asks for its first count only when it
is first shown, applies a new filter after a short pause in typing, refreshes after
changes in the store while it is visible (later, when it becomes visible), and keeps
the selected enrollments selected by id across filters, sorts and refreshes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..query import FilterSpec, Scope
from ..store import Changes
from . import filter_bar, timefmt
from .enrollment_rows import EnrollmentQueryModel
from .errors import show_error
from .filter_bar import FilterBar
from .filter_edit import FilterEdit
from .messages import error_text
from .record_table import CompletionDelegate, Role
from .widgets import muted_label

#: How long typing pauses before a filter runs (each one counts in SQL).
TYPING_PAUSE_MS = 180


class EnrollmentTable(QTableView):
    """A table for very many rows: fixed row heights, nothing sized to contents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allEnrollmentsTable")
        self.setAccessibleName(self.tr("All enrollments"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class AllEnrollmentsPage(QWidget):
    """Search box, filter chips, a count and the SQL-backed table."""

    #: the filter in force changed: its canonical text
    filter_changed = Signal(str)
    #: "Only my courses" was switched: bool
    mine_changed = Signal(bool)

    def __init__(self, studio: Any, hub: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allEnrollments")
        self._studio = studio
        self._dirty = False
        self._keep_ids: set[str] = set()
        self._keep_current: str | None = None
        self._restoring = False

        self.model = EnrollmentQueryModel(
            studio.enrollment_query, now=studio.context.clock, parent=self
        )
        self.model.first_screen_ready.connect(self._first_screen)
        self.model.window_loaded.connect(lambda _f, _l: self._restore_selection())
        self.model.failed.connect(self._failed)
        self.model.sort_changed.connect(self._sort_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)

        self.filter_edit = FilterEdit(
            Scope.ENROLLMENTS,
            placeholder=self.tr(
                "Search students, or filter: status:active at-risk:yes progress<50"
            ),
            name=self.tr("Search enrollments"),
        )
        self.filter_edit.edit.setObjectName("courseSearch")  # the same look as the course box
        self.filter_bar = FilterBar(Scope.ENROLLMENTS)
        self.mine_box = QCheckBox(self.tr("Only my courses"))
        self.mine_box.setAccessibleName(self.tr("Only enrollments in courses I teach"))
        self.mine_box.toggled.connect(self._mine_toggled)
        self.count = muted_label()
        self.count.setObjectName("enrollmentTotal")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(170)

        self.table = EnrollmentTable()
        self.table.setModel(self.model)
        for i, column in enumerate(self.model.columns):
            self.table.setColumnWidth(i, column.width)
        self.table.setItemDelegateForColumn(
            self.model.column_of("progress"), CompletionDelegate(self.table)
        )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(*self.model.sort_section())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        self.filter_bar.add_widget(self.mine_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.filter_edit)
        self.setTabOrder(self.filter_edit.edit, self.table)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._run_filter)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(300)
        self._refresh.timeout.connect(self.model.refresh)
        filter_bar.connect(self.filter_edit, self.filter_bar, self._filter_edited)
        hub.changed.connect(self._store_changed)
        self._update_count()

    # -- the query -----------------------------------------------------------------

    def start(self) -> None:
        """Run the first query (the page does nothing until it is first shown)."""
        if self.model.generation == 0:
            self._run_filter()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()
        if self._dirty:
            self._dirty = False
            self.model.refresh()

    def set_filter_text(self, text: str) -> None:
        """Put a filter in the search box (a saved filter) and run it now."""
        self.filter_edit.set_text(text)
        self._typing.stop()
        self._run_filter()

    def spec(self) -> FilterSpec:
        return self.filter_edit.spec()

    def set_mine(self, mine: bool) -> None:
        self.mine_box.setChecked(mine)

    def _mine_toggled(self, on: bool) -> None:
        self.mine_changed.emit(on)
        if self.model.generation:
            self._run_filter()

    def _filter_edited(self, spec: FilterSpec) -> None:
        self.filter_changed.emit(str(spec))
        if self.model.generation:
            self._typing.start()

    def _run_filter(self) -> None:
        self._remember_selection()
        self.model.set_query(self.filter_edit.spec(), mine_only=self.mine_box.isChecked())
        self._update_count()

    def _store_changed(self, changes: Changes) -> None:
        if not (changes.enrollments or changes.students or changes.progress or changes.courses):
            return
        if not self.model.generation:
            return
        if self.isVisible():
            self._refresh.start()
        else:
            self._dirty = True

    # -- answers -------------------------------------------------------------------

    def _first_screen(self) -> None:
        self._update_count()
        self._restore_selection()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.count.setText(error_text(exc))
            return
        show_error(self, exc)

    def _sort_changed(self, column: int, order: Any) -> None:
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        model = self.model
        if model.generation == 0 or (model.loading and model.total == 0):
            text = self.tr("Counting…")
        else:
            n = model.total
            if n == 1:
                text = self.tr("1 enrollment")
            else:
                text = self.tr("{0} enrollments").format(timefmt.number(n))
            if model.loading:
                text = self.tr("{0} · counting…").format(text)
        self.count.setText(text)
        self.count.setAccessibleName(text)

    # -- selection by id -------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            row_id = self.model.data(index, Role.Id)
            if row_id is not None:
                ids.append(row_id)
        return ids

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        if self._restoring:
            return
        self._keep_ids = set(self.selected_ids())
        current = self.table.currentIndex()
        self._keep_current = self.model.data(current, Role.Id) if current.isValid() else None

    def _remember_selection(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._keep_ids = set(ids)
        current = self.table.currentIndex()
        if current.isValid():
            self._keep_current = self.model.data(current, Role.Id)

    def _restore_selection(self) -> None:
        if not self._keep_ids and self._keep_current is None:
            return
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self._restoring = True
        try:
            for row_id in self._keep_ids:
                row = self.model.row_of(row_id)
                if row >= 0 and not selection.isRowSelected(row):
                    selection.select(self.model.index(row, 0), flags)
            if self._keep_current is not None and not self.table.currentIndex().isValid():
                row = self.model.row_of(self._keep_current)
                if row >= 0:
                    selection.setCurrentIndex(
                        self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                    )
        finally:
            self._restoring = False
