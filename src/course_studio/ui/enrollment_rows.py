"""A table model over a million enrollments that never loads them all.

:class:`EnrollmentQueryModel` asks ``studio.enrollment_query`` (SQL, off the UI
thread) for the number of matching rows and the first window of them, and reports
that many rows to the view. Other rows are fetched in windows when the view first
asks for them (as it paints what scrolls into sight); until a window arrives its
rows show as placeholders. So the model holds ids and a few windows of rows, the
shape of a browser over a large collection:

- **Counting and windows in SQL**: the filter (the filter language, scope
  enrollments) compiles to a WHERE clause, sorting is ORDER BY on indexed columns
  (a click on a header runs the query again in that order), student text goes
  through the FTS5 index.
- **Off the UI thread**: every read runs on :func:`~.loading.query_pool`, apart from
  the database writer and the course list's reads (SQLite in WAL mode lets readers
  run while a writer works).
- **Outdated answers are dropped**: each query has a generation; an answer for an
  older one (the filter changed meanwhile) is counted in :attr:`dropped` and
  ignored, and windows still queued for it are never read.
- **Refresh without a flash**: after a change in the store the rows shown stay on
  screen while the count and the visible windows are read again.

Windows after one that is loaded are read with keyset paging (``after=`` the last
row's cursor), which costs the same however deep the list; a window reached by
dragging the scroll bar far down is read by offset.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from ..domain.records import EnrollmentRow
from ..query import FilterSpec, Scope, parse
from . import style, timefmt
from .loading import query_pool
from .record_table import CENTER, LEFT, RIGHT, Role
from .workers import Op

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

#: Rows read per window.
WINDOW = 200
#: Windows kept in memory (the rest are read again when needed).
KEEP_WINDOWS = 64
#: Windows waiting to be read at most; older wishes are forgotten (scrolled past).
QUEUE = 4
#: Windows read at the same time.
IN_FLIGHT = 2

_ROLE_LABELS = {
    "student": str(QT_TRANSLATE_NOOP("EnrollmentRows", "Student")),
    "ta": str(QT_TRANSLATE_NOOP("EnrollmentRows", "Teaching assistant")),
    "observer": str(QT_TRANSLATE_NOOP("EnrollmentRows", "Observer")),
}
_STATUS_LABELS = {
    "active": str(QT_TRANSLATE_NOOP("EnrollmentRows", "Active")),
    "waitlisted": str(QT_TRANSLATE_NOOP("EnrollmentRows", "Waitlisted")),
    "completed": str(QT_TRANSLATE_NOOP("EnrollmentRows", "Completed")),
    "dropped": str(QT_TRANSLATE_NOOP("EnrollmentRows", "Dropped")),
}


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in context EnrollmentRows) translated."""
    return QCoreApplication.translate("EnrollmentRows", text)


class EnrollmentReader(Protocol):
    """What the model needs of ``studio.enrollment_query``."""

    def first_screen(self, query: Any = "", **kwargs: Any) -> Any: ...

    def fetch(self, query: Any = "", **kwargs: Any) -> list[EnrollmentRow]: ...


@dataclass(frozen=True, slots=True)
class EnrollmentColumn:
    key: str
    header: str
    width: int
    display: Callable[[EnrollmentRow, dt.datetime], str]
    #: the sort key of enrollment_query (None: the column cannot be sorted)
    sort: str | None
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[EnrollmentRow], str | None] | None = None
    #: shown in a course's own list (the course column is not)
    in_course: bool = True


def _date(value: dt.datetime | None) -> str:
    return "—" if value is None else f"{timefmt.to_local(value):%d %b %Y}"


COLUMNS: tuple[EnrollmentColumn, ...] = (
    EnrollmentColumn(
        "student",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Student")),
        190,
        lambda r, _n: f"{r.family_name}, {r.given_name}",
        "student",
    ),
    EnrollmentColumn(
        "email",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Email")),
        220,
        lambda r, _n: r.email,
        "email",
    ),
    EnrollmentColumn(
        "course",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Course")),
        110,
        lambda r, _n: r.course_code,
        "course",
        tooltip=lambda r: r.course_title,
        in_course=False,
    ),
    EnrollmentColumn(
        "role",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Role")),
        130,
        lambda r, _n: _tr(_ROLE_LABELS.get(r.role, r.role)),
        "role",
    ),
    EnrollmentColumn(
        "status",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Status")),
        110,
        lambda r, _n: _tr(_STATUS_LABELS.get(r.status, r.status)),
        "status",
    ),
    EnrollmentColumn(
        "progress",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Completion")),
        150,
        lambda r, _n: f"{r.progress:.0f} %",
        "progress",
        RIGHT,
    ),
    EnrollmentColumn(
        "last-activity",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Last activity")),
        120,
        lambda r, now: timefmt.relative(r.last_activity_at, now),
        "last-activity",
        tooltip=lambda r: (
            timefmt.exact(r.last_activity_at)
            or QCoreApplication.translate("EnrollmentRows", "No activity yet")
        ),
    ),
    EnrollmentColumn(
        "enrolled",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "Enrolled")),
        110,
        lambda r, _n: _date(r.enrolled_at),
        "enrolled",
        RIGHT,
        tooltip=lambda r: timefmt.exact(r.enrolled_at),
    ),
    EnrollmentColumn(
        "at-risk",
        str(QT_TRANSLATE_NOOP("EnrollmentRows", "At risk")),
        80,
        lambda r, _n: QCoreApplication.translate("EnrollmentRows", "At risk") if r.at_risk else "",
        None,
        CENTER,
        tooltip=lambda r: (
            QCoreApplication.translate(
                "EnrollmentRows", "No lesson activity for a while, or behind the course's pace."
            )
            if r.at_risk
            else None
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Query:
    """What the model shows: a filter, an order, and which enrollments."""

    spec: FilterSpec = field(default_factory=lambda: FilterSpec(Scope.ENROLLMENTS))
    sort: str = "student"
    course_id: str | None = None
    mine_only: bool = False


class EnrollmentQueryModel(QAbstractTableModel):
    """Enrollments matching a query, counted and read in windows with SQL."""

    #: the count and first rows of a query (or a refresh) are in
    first_screen_ready = Signal()
    #: a window arrived: its first and last row
    window_loaded = Signal(int, int)
    #: a read failed: the exception
    failed = Signal(object)
    #: the sort order changed (header click): column, Qt.SortOrder
    sort_changed = Signal(int, object)

    def __init__(
        self,
        reader: EnrollmentReader,
        *,
        now: Callable[[], dt.datetime] | None = None,
        course_column: bool = True,
        pool: QThreadPool | None = None,
        window: int = WINDOW,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._now = now or (lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))
        self.columns = tuple(c for c in COLUMNS if course_column or c.in_course)
        self._pool = pool
        self._window = window
        self._query = Query()
        self._generation = 0
        self._total = 0
        #: window number -> (data version, rows), most recently used last
        self._windows: OrderedDict[int, tuple[int, tuple[EnrollmentRow, ...]]] = OrderedDict()
        self._version = 0
        self._wanted: list[int] = []
        self._reading: set[int] = set()
        self._loading = False
        self._started = False
        #: answers dropped because a newer query had been asked meanwhile
        self.dropped = 0
        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.setInterval(0)
        self._pump_timer.timeout.connect(self._pump)
        italic = QFont()
        italic.setItalic(True)
        self._italic = italic

    # -- the query -------------------------------------------------------------

    @property
    def query(self) -> Query:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        """A count (a new query or a refresh) is on its way."""
        return self._loading

    @property
    def generation(self) -> int:
        return self._generation

    def set_query(
        self,
        spec: FilterSpec | str | None = None,
        *,
        sort: str | None = None,
        course_id: str | object | None = ...,
        mine_only: bool | None = None,
    ) -> None:
        """Show another filter, order or list; the rows change when the answer is in.

        Arguments left out keep their value. A text filter must read (it raises
        QuerySyntaxError otherwise; the search box never passes one that does not).
        """
        q = self._query
        if isinstance(spec, str):
            spec = parse(spec, Scope.ENROLLMENTS)
        new = Query(
            spec=q.spec if spec is None else spec,
            sort=q.sort if sort is None else sort,
            course_id=q.course_id if course_id is ... else course_id,  # type: ignore[arg-type]
            mine_only=q.mine_only if mine_only is None else mine_only,
        )
        if new == q and self._started:
            return
        self._query = new
        self._start(refresh=False)

    def refresh(self) -> None:
        """Read the count and the rows in sight again (the data changed)."""
        if self._started:
            self._start(refresh=True)

    def _start(self, *, refresh: bool) -> None:
        self._started = True
        self._generation += 1
        generation = self._generation
        self._wanted.clear()
        self._reading.clear()
        self._loading = True
        query = self._query
        reader = self._reader

        def work() -> Any:
            return reader.first_screen(
                query.spec,
                sort=query.sort,
                limit=self._window,
                course_id=query.course_id,
                mine_only=query.mine_only,
            )

        Op(self, work, pool=self._read_pool()).success(
            lambda screen: self._first_screen(generation, screen, refresh)
        ).failure(lambda exc: self._failed(generation, exc)).run()

    def _read_pool(self) -> QThreadPool:
        return self._pool or query_pool()

    def _first_screen(self, generation: int, screen: Any, refresh: bool) -> None:
        if generation != self._generation:
            self.dropped += 1
            return
        self._loading = False
        rows = tuple(screen.rows)
        if refresh and screen.total == self._total:
            # same number of rows: keep what is shown, mark it for reading again
            self._version += 1
            self._store(0, rows)
            if self._total:
                self._changed_rows(0, self._total - 1)
        else:
            self.beginResetModel()
            self._version += 1
            if not refresh:
                self._windows.clear()
            self._total = screen.total
            self._store(0, rows)
            self.endResetModel()
        self.first_screen_ready.emit()
        self._pump_timer.start()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            self.dropped += 1
            return
        self._loading = False
        self.failed.emit(exc)

    # -- windows ---------------------------------------------------------------

    def _store(self, number: int, rows: tuple[EnrollmentRow, ...]) -> None:
        self._windows[number] = (self._version, rows)
        self._windows.move_to_end(number)
        while len(self._windows) > KEEP_WINDOWS:
            self._windows.popitem(last=False)

    def _want(self, number: int) -> None:
        if number in self._reading:
            return
        if number in self._wanted:
            self._wanted.remove(number)
        self._wanted.append(number)
        del self._wanted[:-QUEUE]
        if not self._pump_timer.isActive():
            self._pump_timer.start()

    def _pump(self) -> None:
        if self._loading:
            return  # a new count is coming; windows wait for it
        while self._wanted and len(self._reading) < IN_FLIGHT:
            number = self._wanted.pop()  # the latest wish first: where the user is now
            if number * self._window >= self._total:
                continue
            held = self._windows.get(number)
            if held is not None and held[0] == self._version:
                continue
            self._read_window(number)

    def _read_window(self, number: int) -> None:
        self._reading.add(number)
        generation, version, query = self._generation, self._version, self._query
        reader, size, total = self._reader, self._window, self._total
        before = self._windows.get(number - 1)
        after = before[1][-1].cursor if before and before[0] == version and before[1] else None

        def work() -> list[EnrollmentRow]:
            return reader.fetch(
                query.spec,
                sort=query.sort,
                course_id=query.course_id,
                mine_only=query.mine_only,
                offset=number * size,
                limit=size,
                after=after,
                total=total,
            )

        Op(self, work, pool=self._read_pool()).success(
            lambda rows: self._window_read(generation, number, tuple(rows))
        ).failure(lambda exc: self._window_failed(generation, number, exc)).run()

    def _window_read(self, generation: int, number: int, rows: tuple[EnrollmentRow, ...]) -> None:
        if generation != self._generation:
            self.dropped += 1
            return
        self._reading.discard(number)
        self._store(number, rows)
        first = number * self._window
        last = min(self._total, first + self._window) - 1
        if last >= first:
            self._changed_rows(first, last)
            self.window_loaded.emit(first, last)
        self._pump()

    def _window_failed(self, generation: int, number: int, exc: BaseException) -> None:
        if generation != self._generation:
            self.dropped += 1
            return
        self._reading.discard(number)
        # an empty window: its rows show as unavailable instead of asking again
        self._store(number, ())
        self.failed.emit(exc)

    def _changed_rows(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # -- rows ------------------------------------------------------------------

    def row(self, row: int) -> EnrollmentRow | None:
        """The row at ``row`` if its window is loaded (asks for it otherwise)."""
        if not 0 <= row < self._total:
            return None
        number, at = divmod(row, self._window)
        held = self._windows.get(number)
        if held is None:
            self._want(number)
            return None
        if held[0] != self._version:
            self._want(number)  # shown as it was until the fresh rows are in
        rows = held[1]
        return rows[at] if at < len(rows) else None

    def is_loaded(self, row: int) -> bool:
        number = row // self._window
        return number in self._windows

    def loaded_rows(self) -> int:
        return sum(len(rows) for _v, rows in self._windows.values())

    def row_of(self, enrollment_id: str) -> int:
        """The row of an enrollment among the loaded windows, or -1."""
        for number, (_version, rows) in self._windows.items():
            for at, r in enumerate(rows):
                if r.id == enrollment_id:
                    return number * self._window + at
        return -1

    def column_of(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None if column.sort else self.tr("{0} cannot be sorted.").format(_tr(column.header))
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        r = self.row(index.row())
        if r is None:  # still on its way
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("Loading…")
            if role == Qt.ItemDataRole.ForegroundRole:
                return style.muted(QGuiApplication.palette())
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(r, self._now())
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(r) if column.tooltip else None
        if role == Role.Id:
            return r.id
        if role == Role.Record:
            return r
        if role == Role.Value:
            return r.progress if column.key == "progress" else None
        if role == Role.Highlight:
            return "risk" if r.at_risk else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "at-risk" and r.at_risk:
                return style.error_color(QGuiApplication.palette())
            if r.status == "dropped":
                return style.muted(QGuiApplication.palette())
            return None
        if role == Qt.ItemDataRole.FontRole and r.status == "dropped":
            return self._italic
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column: the query runs again with ORDER BY on it."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort
        if key is None:  # not sortable: keep the order, tell the header
            self.sort_changed.emit(*self.sort_section())
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(sort=("-" if descending else "") + key)
        self.sort_changed.emit(column, order)

    def sort_section(self) -> tuple[int, Qt.SortOrder]:
        """The column and order of the current sort."""
        sort = self._query.sort
        key = sort.lstrip("-")
        order = (
            Qt.SortOrder.DescendingOrder if sort.startswith("-") else Qt.SortOrder.AscendingOrder
        )
        for i, column in enumerate(self.columns):
            if column.sort == key:
                return i, order
        return 0, order
