"""The course list: :class:`CourseTableModel` over CourseService records, and
:class:`CourseFilterProxy` that filters it by the search box.

Columns are data (:data:`COLUMNS`): each names its header, width, display text, sort
key and tooltip; ``headerData``/``data``/``sort`` are generated from that table.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..domain.records import CourseRecord
from ..query import (
    CourseKey,
    FilterContext,
    FilterSpec,
    Predicate,
    compile_predicate,
    course_key,
)
from . import timefmt
from .loading import LatestLoader
from .style import STATUS_LABELS

Index = QModelIndex | QPersistentModelIndex
#: the invalid index, as a default argument
ROOT = QModelIndex()


class CourseRole(IntEnum):
    """Data roles of the course list beyond Qt's own."""

    ID = int(Qt.ItemDataRole.UserRole) + 1
    RECORD = ID + 1
    #: a value that orders the column (numbers, dates or lower-case text, empty last)
    SORT_KEY = ID + 2
    #: the lower-case text the search box looks in
    SEARCH_KEY = ID + 3
    STATUS = ID + 4
    #: average completion 0..100, or None when nobody is enrolled
    COMPLETION = ID + 5
    #: True when the signed-in instructor teaches the course
    MINE = ID + 6


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_SEASONS = {"winter": 0, "spring": 1, "summer": 2, "fall": 3, "autumn": 3}
_TERM_RE = re.compile(r"^\s*([A-Za-z]+)\s+(\d{4})\s*$")


def term_key(term: str) -> tuple[int, int, str]:
    """'Spring 2027' sorts after 'Fall 2026'; other terms after every season."""
    match = _TERM_RE.match(term)
    if match and match.group(1).lower() in _SEASONS:
        return (int(match.group(2)), _SEASONS[match.group(1).lower()], "")
    if not term:
        return (99_999, 9, "")
    return (99_998, 9, term.lower())


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        value = value.date()
    return timefmt.date_text(value)


def _date_key(value: dt.date | None) -> tuple[bool, dt.date]:
    return (value is None, value or dt.date.min)


_CONTEXT = "CourseColumns"
translate = QCoreApplication.translate


def column_text(text: str) -> str:
    """A header or description of :data:`COLUMNS` in the user's language."""
    return translate(_CONTEXT, text) if text else ""


def _seats(r: CourseRecord) -> str:
    n = timefmt.number
    return f"{n(r.enrolled)} / {n(r.capacity)}" if r.capacity else n(r.enrolled)


def _seats_tip(r: CourseRecord) -> str:
    n = timefmt.number
    enrolled, waitlisted = r.enrolled, r.waitlisted
    if r.capacity:
        text = translate("CourseColumns", "{enrolled} enrolled, {capacity} seats").format(
            enrolled=n(enrolled), capacity=n(r.capacity)
        )
    else:
        text = translate("CourseColumns", "{enrolled} enrolled, no seat limit").format(
            enrolled=n(enrolled)
        )
    if waitlisted:
        text += translate("CourseColumns", ", {waiting} on the waitlist").format(
            waiting=n(waitlisted)
        )
    return text + "."


def _completion(r: CourseRecord) -> str:
    return "—" if r.avg_progress is None else timefmt.percent(r.avg_progress)


def _completion_tip(r: CourseRecord) -> str:
    if r.avg_progress is None:
        return translate("CourseColumns", "Nobody is enrolled yet.")
    text = translate("CourseColumns", "Average completion of enrolled students: {percent}.").format(
        percent=timefmt.percent(r.avg_progress)
    )
    if r.at_risk:
        text += " " + translate("CourseColumns", "{count} at risk.").format(
            count=timefmt.number(r.at_risk)
        )
    return text


@dataclass(frozen=True, slots=True)
class CourseColumn:
    key: str
    header: str
    width: int
    display: Callable[[CourseRecord], str]
    sort_key: Callable[[CourseRecord], Any]
    align: Qt.AlignmentFlag = _LEFT
    tooltip: Callable[[CourseRecord], str] | None = None
    description: str = ""
    shown: bool = True


COLUMNS: tuple[CourseColumn, ...] = (
    CourseColumn(
        "code",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Code")),
        84,
        lambda r: r.code,
        lambda r: r.code.lower(),
        description=str(QT_TRANSLATE_NOOP("CourseColumns", "Course code")),
    ),
    CourseColumn(
        "title",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Title")),
        200,
        lambda r: r.title,
        lambda r: r.title.lower(),
        tooltip=lambda r: r.description or r.title,
    ),
    CourseColumn(
        "status",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Status")),
        96,
        lambda r: STATUS_LABELS.get(r.status, r.status.title()),
        lambda r: r.status,
    ),
    CourseColumn(
        "term",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Term")),
        100,
        lambda r: r.term or "—",
        lambda r: term_key(r.term),
    ),
    CourseColumn(
        "category",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Category")),
        124,
        lambda r: r.category or "—",
        lambda r: r.category.lower(),
    ),
    CourseColumn(
        "tags",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Tags")),
        130,
        lambda r: ", ".join(r.tags),
        lambda r: ",".join(r.tags),
    ),
    CourseColumn(
        "enrolled",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Enrolled")),
        92,
        _seats,
        lambda r: r.enrolled,
        align=_RIGHT,
        tooltip=_seats_tip,
        description=str(QT_TRANSLATE_NOOP("CourseColumns", "Enrolled students and seats")),
    ),
    CourseColumn(
        "completion",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Completion")),
        124,
        _completion,
        lambda r: -1.0 if r.avg_progress is None else r.avg_progress,
        tooltip=_completion_tip,
        description=str(
            QT_TRANSLATE_NOOP("CourseColumns", "Average completion of enrolled students")
        ),
    ),
    CourseColumn(
        "start",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Starts")),
        96,
        lambda r: _date(r.start_date),
        lambda r: _date_key(r.start_date),
    ),
    CourseColumn(
        "end",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Ends")),
        96,
        lambda r: _date(r.end_date),
        lambda r: _date_key(r.end_date),
    ),
    CourseColumn(
        "updated",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Updated")),
        96,
        lambda r: _date(r.updated_at),
        lambda r: r.updated_at,
        description=str(QT_TRANSLATE_NOOP("CourseColumns", "Last changed")),
    ),
    CourseColumn(
        "owner",
        str(QT_TRANSLATE_NOOP("CourseColumns", "Owner")),
        130,
        lambda r: r.owner_name,
        lambda r: r.owner_name.lower(),
        description=str(QT_TRANSLATE_NOOP("CourseColumns", "Instructor who owns the course")),
        shown=False,
    ),
)

COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def column_index(key: str) -> int:
    return COLUMN_KEYS.index(key)


def search_key(record: CourseRecord) -> str:
    parts = [
        record.code,
        record.title,
        record.term,
        record.category,
        " ".join(record.tags),
        record.owner_name,
        record.status,
    ]
    return " ".join(parts).lower()


KeysFn = Callable[[Sequence[CourseRecord]], Sequence[CourseKey]]


class CourseTableModel(QAbstractTableModel):
    """Courses as rows, kept in the chosen sort order, refreshed in place by id.

    With ``keys`` (``studio.courses.keys``) each load also computes the filter keys
    of the records (in the background, with the loading), which
    :class:`CourseFilterProxy` runs the filter language over. Without it the keys are
    made here, without instructor names.
    """

    #: a refresh finished and its rows are in the model
    loaded = Signal()
    #: a refresh failed: the exception
    load_failed = Signal(object)

    def __init__(
        self,
        fetch: Callable[[], Sequence[CourseRecord]] | None = None,
        *,
        me: str = "",
        keys: KeysFn | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._me = me
        self._rows: list[CourseRecord] = []
        #: the search key of each row, in row order (read by CourseFilterProxy)
        self.row_keys: list[str] = []
        #: filter keys by course id (the filter language runs over these)
        self._filter_keys: dict[str, CourseKey] = {}
        self._aligned: list[CourseKey] = []
        self._aligned_version = -1
        #: goes up whenever rows, their order or their keys change
        self.version = 0
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        read = fetch or list

        def load() -> tuple[Sequence[CourseRecord], Sequence[CourseKey] | None]:
            records = read()
            return records, (keys(records) if keys is not None else None)

        self._loader = LatestLoader(load, self._apply_loaded, self)
        self._loader.failed.connect(self.load_failed)
        self.has_loaded = False

    # -- loading ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the courses again in the background; rows update in place."""
        self._loader.request()

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def _apply_loaded(
        self, loaded: tuple[Sequence[CourseRecord], Sequence[CourseKey] | None]
    ) -> None:
        records, keys = loaded
        self.set_records(records, keys)
        self.has_loaded = True
        self.loaded.emit()

    def set_records(
        self, records: Sequence[CourseRecord], keys: Sequence[CourseKey] | None = None
    ) -> None:
        """Show ``records``: gone rows are removed, new ones added, the rest updated.

        ``keys`` are their filter keys, in the same order (made here when None).
        """
        if keys is not None and len(keys) == len(records):
            self._filter_keys = {r.id: k for r, k in zip(records, keys, strict=True)}
        else:
            prior, shown = self._filter_keys, {r.id: r for r in self._rows}
            self._filter_keys = {
                r.id: (prior[r.id] if r.id in prior and shown.get(r.id) == r else course_key(r))
                for r in records
            }
        if not self._rows:
            if records:
                self.beginResetModel()
                self._rows = list(records)
                self.row_keys = [search_key(r) for r in self._rows]
                self._order_rows()
                self.version += 1
                self.endResetModel()
            else:
                self.version += 1
            return
        fresh = {r.id: r for r in records}
        # 1. remove the rows that are gone, in contiguous runs from the bottom
        row = len(self._rows) - 1
        while row >= 0:
            if self._rows[row].id in fresh:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and self._rows[row - 1].id not in fresh:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self._rows[row : last + 1]
            del self.row_keys[row : last + 1]
            self.version += 1
            self.endRemoveRows()
            row -= 1
        # 2. update the rows that stay
        changed = False
        for i, old in enumerate(self._rows):
            new = fresh.pop(old.id)
            if new != old:
                self._rows[i] = new
                self.row_keys[i] = search_key(new)
                changed = True
        self.version += 1  # the keys may have changed even where the record did not
        if changed and self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )
        # 3. add the new ones at the end, then put every row in its place
        if fresh:
            start = len(self._rows)
            added = [r for r in records if r.id in fresh]
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.row_keys.extend(search_key(r) for r in added)
            self.version += 1
            self.endInsertRows()
        if changed or fresh:
            self._resort()

    # -- access by row and id --------------------------------------------------

    def record(self, row: int) -> CourseRecord:
        return self._rows[row]

    def records(self) -> list[CourseRecord]:
        return list(self._rows)

    def row_of(self, course_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == course_id:
                return i
        return -1

    def search_key(self, row: int) -> str:
        return self.row_keys[row]

    def set_me(self, me: str) -> None:
        """The instructor "me" is now ``me`` (this data folder was linked to an account)."""
        if me != self._me:
            self._me = me
            if self._rows:
                last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    def filter_keys(self) -> list[CourseKey]:
        """The filter key of each row, in row order."""
        if self._aligned_version != self.version:
            keys = self._filter_keys
            self._aligned = [keys.get(r.id) or course_key(r) for r in self._rows]
            self._aligned_version = self.version
        return self._aligned

    def is_mine(self, record: CourseRecord) -> bool:
        return self._me in record.instructor_ids or record.owner_id == self._me

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_text(column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_text(column.description or column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == CourseRole.ID:
            return record.id
        if role == CourseRole.RECORD:
            return record
        if role == CourseRole.SORT_KEY:
            return column.sort_key(record)
        if role == CourseRole.SEARCH_KEY:
            return self.row_keys[index.row()]
        if role == CourseRole.STATUS:
            return record.status
        if role == CourseRole.COMPLETION:
            return record.avg_progress
        if role == CourseRole.MINE:
            return self.is_mine(record)
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
        if column >= len(COLUMNS):
            return
        self._sort_column = column
        self._sort_order = order
        self._resort()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- ordering --------------------------------------------------------------

    def _order_rows(self) -> None:
        if self._sort_column < 0:
            return
        key = COLUMNS[self._sort_column].sort_key
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        pairs = sorted(
            zip(self._rows, self.row_keys, strict=True),
            key=lambda pair: (key(pair[0]), pair[0].code, pair[0].id),
            reverse=reverse,
        )
        self._rows = [p[0] for p in pairs]
        self.row_keys = [p[1] for p in pairs]

    def _resort(self) -> None:
        if self._sort_column < 0 or not self._rows:
            return
        before = [r.id for r in self._rows]
        self.layoutAboutToBeChanged.emit()
        self._order_rows()
        after = {r.id: i for i, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(after[before[i.row()]], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.version += 1
        self.layoutChanged.emit()


CoursePredicate = Callable[[CourseRecord], bool]


class CourseFilterProxy(QAbstractProxyModel):
    """Filters the course list by a filter of the filter language
    (:meth:`set_filter`), optionally to the courses the signed-in instructor teaches,
    plus the older seams: plain search words (:meth:`set_text`) and a predicate on
    records (:meth:`set_predicate`).

    The proxy holds the list of shown source rows, in source order. A refilter
    works it out in one pass: the filter is compiled once
    (:func:`~course_studio.query.compile_predicate`) to a list comprehension over the
    model's precomputed filter keys, so no Python code runs per row from Qt (a
    QSortFilterProxyModel asks ``filterAcceptsRow`` row by row). Indexes map with a
    list lookup one way and a binary search the other. A change of the shown rows
    is a layout change: the selection and the current course stay where they are
    when their course is still shown. The rows are worked out again when the
    model's rows change (inserted, removed, edited, sorted or reset).

    Sorting is the source model's (it keeps rows in order as they refresh), so this
    proxy only filters.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._predicate: CoursePredicate | None = None
        self._courses: CourseTableModel | None = None
        self._spec = FilterSpec()
        self._context = FilterContext()
        self._mine: str | None = None
        #: the compiled filter, or None to show every row (as to the filter)
        self._compiled: Predicate[CourseKey] | None = None
        #: the shown source rows, ascending
        self._rows: list[int] = []
        #: the source model's version the rows were worked out for
        self._rows_version = -1
        #: during a change of the source: each persistent index of this proxy with
        #: the source index it stands for
        self._saved: list[tuple[QModelIndex, QPersistentModelIndex]] | None = None
        self._connections: list[tuple[Any, Any]] = []

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections:
                with suppress(RuntimeError):  # the old model may be gone already
                    signal.disconnect(slot)
        self._connections = []
        super().setSourceModel(model)
        self._courses = model if isinstance(model, CourseTableModel) else None
        if model is not None:
            self._connections = [
                (model.rowsInserted, self._source_rows_inserted),
                (model.rowsAboutToBeRemoved, self._source_rows_about_to_be_removed),
                (model.rowsRemoved, self._source_rows_removed),
                (model.rowsAboutToBeMoved, self._source_about_to_change),
                (model.rowsMoved, self._source_changed),
                (model.layoutAboutToBeChanged, self._source_about_to_change),
                (model.layoutChanged, self._source_changed),
                (model.modelAboutToBeReset, self.beginResetModel),
                (model.modelReset, self._source_reset),
                (model.dataChanged, self._source_data_changed),
                (model.headerDataChanged, self.headerDataChanged),
                (model.columnsAboutToBeInserted, self.beginResetModel),
                (model.columnsInserted, self._source_reset),
                (model.columnsAboutToBeRemoved, self.beginResetModel),
                (model.columnsRemoved, self._source_reset),
            ]
            if self._courses is not None:
                self._connections.append((self._courses.loaded, self._source_loaded))
            for signal, slot in self._connections:
                signal.connect(slot)
        self._rows = self._shown_rows()
        self.endResetModel()

    # -- the filter language ---------------------------------------------------

    def set_filter(
        self,
        spec: FilterSpec,
        context: FilterContext | None = None,
        *,
        mine: str | None = None,
    ) -> None:
        """Show the courses matching ``spec`` (scope courses); with ``mine`` (an
        instructor id) only those that instructor teaches."""
        context = context or self._context
        if spec == self._spec and context == self._context and mine == self._mine:
            return
        self._spec, self._context, self._mine = spec, context, mine
        self._compiled = None if spec.is_empty else compile_predicate(spec, context)
        self._refilter()

    def spec(self) -> FilterSpec:
        return self._spec

    def mine(self) -> str | None:
        return self._mine

    # -- older seams -----------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Plain words that must all appear in a row's search key."""
        words = tuple(w for w in text.lower().split() if w)
        if words != self._words:
            self._words = words
            self._refilter()

    def text(self) -> str:
        return " ".join(self._words)

    def set_predicate(self, predicate: CoursePredicate | None) -> None:
        """Plug in a function of a CourseRecord, or None for none; it is applied
        together with the filter and the plain search words."""
        self._predicate = predicate
        self._refilter()

    def course_model(self) -> CourseTableModel:
        assert self._courses is not None
        return self._courses

    # -- working out the shown rows ----------------------------------------------

    def _shown_rows(self) -> list[int]:
        """The source rows that pass the scope, the filter, the words and the
        predicate, ascending: one pass per criterion that is set, each over the rows
        the previous ones left."""
        courses = self._courses
        if courses is None:
            model = self.sourceModel()
            return list(range(model.rowCount())) if model is not None else []
        self._rows_version = courses.version
        keys = courses.filter_keys()
        mine, compiled = self._mine, self._compiled
        if mine is not None:
            rows = [i for i, k in enumerate(keys) if mine in k.teachers]
            if compiled is not None:
                test = compiled.test
                rows = [i for i in rows if test(keys[i])]
        elif compiled is not None:
            rows = compiled.select(keys)
        else:
            rows = list(range(len(keys)))
        row_keys = courses.row_keys
        for word in self._words:
            rows = [i for i in rows if word in row_keys[i]]
        if self._predicate is not None:
            record, predicate = courses.record, self._predicate
            rows = [i for i in rows if predicate(record(i))]
        return rows

    def _refilter(self, rows: list[int] | None = None) -> None:
        """Work the rows out again; if they differ, show them as a layout change."""
        if rows is None:
            rows = self._shown_rows()
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        shown = self._rows
        sources = [shown[i.row()] if 0 <= i.row() < len(shown) else -1 for i in old]
        self._rows = rows
        new = [self._from_source_row(s, i.column()) for s, i in zip(sources, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _from_source_row(self, source_row: int, column: int) -> QModelIndex:
        rows = self._rows
        at = bisect_left(rows, source_row)
        if source_row < 0 or at == len(rows) or rows[at] != source_row:
            return QModelIndex()
        return self.createIndex(at, column)

    # -- following the source model ----------------------------------------------

    def _source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """New source rows: those the filter shows come in as inserted rows."""
        if parent.isValid():
            return
        rows, count = self._rows, last - first + 1
        at = bisect_left(rows, first)
        rows[at:] = [r + count for r in rows[at:]]  # the same rows, renumbered
        shown = self._shown_rows()
        added = shown[bisect_left(shown, first) : bisect_right(shown, last)]
        if added:
            self.beginInsertRows(QModelIndex(), at, at + len(added) - 1)
            rows[at:at] = added
            self.endInsertRows()
        self._refilter(shown)  # in case the keys of other rows changed too

    def _source_rows_about_to_be_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        """Source rows are going: the shown ones among them (one run here) go too."""
        if parent.isValid():
            return
        rows = self._rows
        start, end = bisect_left(rows, first), bisect_right(rows, last)
        if start < end:
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del rows[start:end]
            self.endRemoveRows()

    def _source_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        rows, count = self._rows, last - first + 1
        at = bisect_right(rows, last)
        rows[at:] = [r - count for r in rows[at:]]  # the same rows, renumbered

    def _source_about_to_change(self, *_args: object) -> None:
        """The source's rows are about to move: remember, by source index, what
        each persistent index of this proxy points at."""
        if self._saved is not None:
            return
        self.layoutAboutToBeChanged.emit()
        model = self.sourceModel()
        rows = self._rows
        self._saved = [
            (
                QModelIndex(i),
                QPersistentModelIndex(model.index(rows[i.row()], i.column()))
                if 0 <= i.row() < len(rows)
                else QPersistentModelIndex(),
            )
            for i in self.persistentIndexList()
        ]

    def _source_changed(self, *_args: object) -> None:
        saved, self._saved = self._saved, None
        if saved is None:  # a change without its announcement: start over
            self.beginResetModel()
            self._rows = self._shown_rows()
            self.endResetModel()
            return
        self._rows = self._shown_rows()
        old = [i for i, _ in saved]
        new = [self._from_source_row(s.row(), s.column()) for _, s in saved]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _source_reset(self) -> None:
        self._saved = None
        self._rows = self._shown_rows()
        self.endResetModel()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        if self._saved is not None:
            return  # the layout change under way shows it
        rows = self._shown_rows()
        if rows != self._rows:
            self._source_about_to_change()
            self._source_changed()
            return
        first = bisect_left(rows, top_left.row())
        last = bisect_right(rows, bottom_right.row()) - 1
        if first <= last:
            self.dataChanged.emit(
                self.index(first, top_left.column()),
                self.index(last, bottom_right.column()),
                list(roles),
            )

    def _source_loaded(self) -> None:
        """A refresh can change the filter keys without changing rows."""
        courses = self._courses
        if courses is not None and courses.version != self._rows_version:
            self._refilter()

    # -- QAbstractProxyModel -----------------------------------------------------

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if row >= len(self._rows):
            return QModelIndex()
        return model.index(self._rows[row], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        return self._from_source_row(source_index.row(), source_index.column())

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if parent.isValid() or not 0 <= row < len(self._rows):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and bool(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # mapToSource inlined: a view asks this for every role of every cell it paints
        model, row = self.sourceModel(), index.row()
        if model is None or not index.isValid() or row >= len(self._rows):
            return None
        return model.data(model.index(self._rows[row], index.column()), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        model = self.sourceModel()
        if model is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            section = self._rows[section]
        return model.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
