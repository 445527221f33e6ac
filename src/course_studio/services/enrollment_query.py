"""Reading the large enrollment lists: one course's enrollments, or all of them.

A view of up to a million rows never loads them all. It asks for the number of rows
(:meth:`EnrollmentQueryService.count`) and for windows of rows in a sort order
(:meth:`~EnrollmentQueryService.fetch`), either by position (``offset``, for a
scroll bar dragged anywhere) or after a row already shown (``after=row.cursor``,
keyset paging, which stays fast however far down the list is).
:meth:`~EnrollmentQueryService.first_screen` does both for the first screen in one
snapshot.

Filters are the filter language (scope ``enrollments``) compiled to SQL; text on
students goes through the ``students_fts`` trigram index. Sorting is ``ORDER BY``
on indexed columns, with the row's ``rowid`` as the tie-breaker so that an index
walk needs no extra sort. Every call is one read transaction and returns frozen
:class:`~course_studio.domain.records.EnrollmentRow` records.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from ..domain.errors import QuerySyntaxError, ValidationError, msg
from ..domain.models import Course, Enrollment, Student
from ..domain.progress import is_at_risk
from ..domain.records import EnrollmentRow, Record
from ..query import (
    FIELDS,
    Condition,
    FilterContext,
    FilterSpec,
    Level,
    Scope,
    enrollment_filter,
    parse,
)
from ..query.sql import OuterLoop
from .base import Service, load
from .courses import teaching

#: The most rows one call returns.
MAX_WINDOW = 5_000
#: From this many matching rows on, a window is found by walking the sort order
#: (an index) and checking each row; with fewer, the matches are found and sorted.
_WALK_FROM = 5_000


class EnrollmentSort(StrEnum):
    """Columns an enrollment list can be sorted by."""

    STUDENT = "student"  # family name, then given name
    EMAIL = "email"
    COURSE = "course"  # course code
    ROLE = "role"
    STATUS = "status"
    PROGRESS = "progress"
    LAST_ACTIVITY = "last-activity"
    ENROLLED = "enrolled"


@dataclass(frozen=True, slots=True)
class SortOrder:
    key: EnrollmentSort = EnrollmentSort.STUDENT
    descending: bool = False

    @classmethod
    def parse(cls, text: str) -> SortOrder:
        """``"progress"`` or ``"-progress"`` (descending)."""
        descending = text.startswith("-")
        name = text[1:] if descending else text
        try:
            return cls(EnrollmentSort(name), descending)
        except ValueError:
            keys = ", ".join(k.value for k in EnrollmentSort)
            raise ValidationError(
                msg(
                    "Enrollments can be sorted by {keys}; '{name}' is not one of them.",
                    keys=keys,
                    name=name,
                ),
                "sort",
            ) from None


@dataclass(frozen=True, slots=True)
class EnrollmentWindow(Record):
    """The rows of one screen and how many rows the whole list has."""

    total: int
    rows: tuple[EnrollmentRow, ...]
    offset: int


_ROWID: ColumnElement[int] = literal_column("enrollments.rowid", Integer())
_IN_TRASH = Enrollment.course_id.in_(select(Course.id).where(Course.deleted_at.is_not(None)))


@dataclass(frozen=True, slots=True)
class _Where:
    """The rows a call is about: ``rows``, minus those of courses in the Trash when
    ``all_courses`` (one course's list checks its course instead)."""

    rows: ColumnElement[bool]
    all_courses: bool

    @property
    def clause(self) -> ColumnElement[bool]:
        return and_(self.rows, ~_IN_TRASH) if self.all_courses else self.rows


def _sort_columns(key: EnrollmentSort) -> tuple[list[Any], bool]:
    """The ORDER BY columns of a sort key, and whether the first one can be NULL."""
    columns: dict[EnrollmentSort, list[Any]] = {
        EnrollmentSort.STUDENT: [Student.family_name, Student.given_name],
        EnrollmentSort.EMAIL: [Student.email],
        EnrollmentSort.COURSE: [Course.code],
        # then status and progress (or role and progress): the order of the indexes
        EnrollmentSort.ROLE: [Enrollment.role, Enrollment.status, Enrollment.progress],
        EnrollmentSort.STATUS: [Enrollment.status, Enrollment.role, Enrollment.progress],
        EnrollmentSort.PROGRESS: [Enrollment.progress],
        EnrollmentSort.LAST_ACTIVITY: [Enrollment.last_activity_at],
        EnrollmentSort.ENROLLED: [Enrollment.enrolled_at],
    }
    return columns[key], key is EnrollmentSort.LAST_ACTIVITY


class EnrollmentQueryService(Service):
    # -- filters -------------------------------------------------------------------------

    def parse(self, query: str | FilterSpec) -> FilterSpec:
        """The spec of a filter text (scope enrollments); QuerySyntaxError if invalid."""
        if isinstance(query, FilterSpec):
            if query.scope is not Scope.ENROLLMENTS:
                raise ValidationError(
                    "This filter is for courses; enrollment lists need their own.", "query"
                )
            return query
        if not isinstance(query, str):
            raise QuerySyntaxError("The filter must be text.", position=0)
        return parse(query, Scope.ENROLLMENTS)

    def context(self) -> FilterContext:
        return FilterContext(self.me, self._now(), self._ctx.at_risk_days)

    # -- reading -------------------------------------------------------------------------

    def count(
        self,
        query: str | FilterSpec = "",
        *,
        course_id: str | None = None,
        mine_only: bool = False,
    ) -> int:
        """How many enrollments match (in one course, or in all courses)."""
        spec = self.parse(query)
        with self._store.read() as session:
            return self._count(session, self._where(session, spec, course_id, mine_only))

    def fetch(
        self,
        query: str | FilterSpec = "",
        *,
        course_id: str | None = None,
        sort: SortOrder | str = SortOrder(),
        offset: int = 0,
        limit: int = 100,
        after: Sequence[Any] | None = None,
        total: int | None = None,
        mine_only: bool = False,
    ) -> builtins.list[EnrollmentRow]:
        """One window of rows in ``sort`` order.

        ``offset`` counts rows from the top; ``after`` (a row's ``cursor``) starts
        right after that row instead and ignores ``offset``. ``total``, the number of
        matching rows when the caller knows it (from :meth:`first_screen` or
        :meth:`count`), lets the database pick the faster way: walking the sort
        order when most rows match, sorting the matches when few do.
        """
        spec = self.parse(query)
        order = self._order(sort)
        self._check_window(offset, limit)
        if total is not None and (not isinstance(total, int) or total < 0):
            raise ValidationError("The total is a whole number, 0 or more.", "total")
        walk = total is not None and self._walk(spec, total, course_id, mine_only)
        with self._store.read() as session:
            where = self._where(session, spec, course_id, mine_only)
            return self._rows(session, where, order, offset, limit, after, walk)

    def first_screen(
        self,
        query: str | FilterSpec = "",
        *,
        course_id: str | None = None,
        sort: SortOrder | str = SortOrder(),
        limit: int = 100,
        mine_only: bool = False,
    ) -> EnrollmentWindow:
        """The count and the first rows, from one snapshot of the data."""
        spec = self.parse(query)
        order = self._order(sort)
        self._check_window(0, limit)
        with self._store.read() as session:
            where = self._where(session, spec, course_id, mine_only)
            total = self._count(session, where)
            walk = self._walk(spec, total, course_id, mine_only)
            rows = self._rows(session, where, order, 0, limit, None, walk)
            return EnrollmentWindow(total=total, rows=tuple(rows), offset=0)

    def row_ids(
        self,
        query: str | FilterSpec = "",
        *,
        course_id: str | None = None,
        sort: SortOrder | str = SortOrder(),
        mine_only: bool = False,
    ) -> builtins.list[str]:
        """Ids of every matching enrollment in ``sort`` order (for selections and
        exports of a whole filtered list)."""
        spec = self.parse(query)
        order = self._order(sort)
        with self._store.read() as session:
            where = self._where(session, spec, course_id, mine_only)
            stmt = self._joined(select(Enrollment.id), order).where(where.clause)
            return list(session.scalars(stmt.order_by(*self._order_by(order))))

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _walk(spec: FilterSpec, total: int, course_id: str | None, mine_only: bool) -> bool:
        """Whether to find a window by walking the sort order: when many rows match
        and the filter reads only the enrollment rows themselves. (With conditions on
        students or courses SQLite would probe every listed student or course for
        each row walked; sorting the matches is faster then.)"""
        if total < _WALK_FROM or course_id is not None or mine_only:
            return False
        fields = FIELDS[Scope.ENROLLMENTS]
        return all(
            isinstance(c, Condition) and fields[c.field].level is Level.ENROLLMENT
            for g in spec.groups
            for c in g.clauses
        )

    @staticmethod
    def _order(sort: SortOrder | str) -> SortOrder:
        if isinstance(sort, SortOrder):
            return sort
        if isinstance(sort, str):
            return SortOrder.parse(sort)
        raise ValidationError("The sort order must be a column name such as progress.", "sort")

    @staticmethod
    def _check_window(offset: int, limit: int) -> None:
        if not isinstance(offset, int) or offset < 0:
            raise ValidationError("The offset is a whole number, 0 or more.", "offset")
        if not isinstance(limit, int) or not 0 <= limit <= MAX_WINDOW:
            raise ValidationError(
                msg("A window holds between 0 and {MAX_WINDOW:,} rows.", MAX_WINDOW=MAX_WINDOW),
                "limit",
            )

    def _where(
        self,
        session: Session,
        spec: FilterSpec,
        course_id: str | None,
        mine_only: bool,
    ) -> _Where:
        clauses: list[ColumnElement[bool]] = [Enrollment.deleted_at.is_(None)]
        if course_id is not None:
            load(session, Course, course_id, "course")
            clauses.append(Enrollment.course_id == course_id)
        if mine_only:
            clauses.append(Enrollment.course_id.in_(teaching(self.me)))
        sqlite = session.get_bind().dialect.name == "sqlite"
        if not spec.is_empty:
            clauses.append(enrollment_filter(spec, self.context(), fts=sqlite, course_id=course_id))
        return _Where(and_(*clauses), all_courses=course_id is None)

    @staticmethod
    def _count(session: Session, where: _Where) -> int:
        """Counted without looking at the course of each row: the rows of courses in
        the Trash (usually none) are counted apart and taken off."""
        count = select(func.count()).select_from(Enrollment)
        total = int(session.scalar(count.where(where.rows)) or 0)
        if where.all_courses and total:
            total -= int(session.scalar(count.where(where.rows, _IN_TRASH)) or 0)
        return total

    @staticmethod
    def _joined(stmt: Select[Any], order: SortOrder, walk: bool = False) -> Select[Any]:
        """FROM enrollments and the table the sort needs; ``walk`` makes SQLite loop
        over that table in sort order (a CROSS JOIN), which the planner does not
        choose by itself although most rows match and only a screenful is needed."""
        other: Any = None
        if order.key in (EnrollmentSort.STUDENT, EnrollmentSort.EMAIL):
            other, on = Student, Student.id == Enrollment.student_id
        elif order.key is EnrollmentSort.COURSE:
            other, on = Course, Course.id == Enrollment.course_id
        if other is None:
            return stmt.select_from(Enrollment)
        if walk:
            return stmt.select_from(OuterLoop(other.__table__, Enrollment.__table__, on))
        return stmt.select_from(Enrollment).join(other, on)

    @staticmethod
    def _order_by(order: SortOrder) -> list[Any]:
        columns, _nullable = _sort_columns(order.key)
        if order.descending:
            return [c.desc() for c in (*columns, _ROWID)]
        return [*columns, _ROWID]

    def _rows(
        self,
        session: Session,
        where: _Where,
        order: SortOrder,
        offset: int,
        limit: int,
        after: Sequence[Any] | None,
        walk: bool = False,
    ) -> builtins.list[EnrollmentRow]:
        if limit == 0:
            return []
        columns, _nullable = _sort_columns(order.key)
        # Pick the rows (and their cursors) with only the joins the sort needs ...
        stmt = self._joined(select(_ROWID, *columns), order, walk).where(where.clause)
        stmt = stmt.where(self._after(order, after)) if after is not None else stmt.offset(offset)
        picked = session.execute(stmt.order_by(*self._order_by(order)).limit(limit)).all()
        if not picked:
            return []
        # ... then read those rows in full by rowid.
        rowids = [r[0] for r in picked]
        full = session.execute(
            select(
                _ROWID,
                Enrollment.id,
                Enrollment.course_id,
                Enrollment.student_id,
                Enrollment.role,
                Enrollment.status,
                Enrollment.progress,
                Enrollment.last_activity_at,
                Enrollment.enrolled_at,
                Student.given_name,
                Student.family_name,
                Student.email,
                Course.code,
                Course.title,
                Course.start_date,
                Course.end_date,
            )
            .select_from(Enrollment)
            .join(Student, Student.id == Enrollment.student_id)
            .join(Course, Course.id == Enrollment.course_id)
            .where(_ROWID.in_(rowids))
        ).all()
        by_rowid = {r[0]: r for r in full}
        now, days = self._now(), self._ctx.at_risk_days
        out = []
        for pick in picked:
            r = by_rowid[pick[0]]
            out.append(
                EnrollmentRow(
                    id=r.id,
                    course_id=r.course_id,
                    student_id=r.student_id,
                    course_code=r.code,
                    course_title=r.title,
                    given_name=r.given_name,
                    family_name=r.family_name,
                    email=r.email,
                    role=r.role,
                    status=r.status,
                    progress=r.progress,
                    last_activity_at=r.last_activity_at,
                    enrolled_at=r.enrolled_at,
                    at_risk=is_at_risk(
                        role=r.role,
                        status=r.status,
                        progress=r.progress,
                        last_activity_at=r.last_activity_at,
                        enrolled_at=r.enrolled_at,
                        course_start=r.start_date,
                        course_end=r.end_date,
                        now=now,
                        threshold_days=days,
                    ),
                    cursor=(*pick[1:], pick[0]),
                )
            )
        return out

    @staticmethod
    def _after(order: SortOrder, cursor: Sequence[Any]) -> ColumnElement[bool]:
        """Rows after ``cursor`` (values of the sort columns, then the rowid)."""
        columns, nullable = _sort_columns(order.key)
        if not isinstance(cursor, Sequence) or len(cursor) != len(columns) + 1:
            raise ValidationError(
                "This position in the list is not valid for this sort order.", "after"
            )
        values = [_cursor_value(v) for v in cursor]
        keys = [*columns, _ROWID]
        if not nullable:
            row, at = tuple_(*keys), tuple_(*values)
            return row < at if order.descending else row > at
        # One nullable column (last activity): SQLite puts NULL first going up.
        column, value, rowid = columns[0], values[0], values[1]
        if not order.descending:
            if value is None:
                return or_(and_(column.is_(None), rowid < _ROWID), column.is_not(None))
            return or_(column > value, and_(column == value, rowid < _ROWID))
        if value is None:
            return and_(column.is_(None), rowid > _ROWID)
        return or_(column < value, and_(column == value, rowid > _ROWID), column.is_(None))


def _cursor_value(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | dt.datetime):
        return value
    raise ValidationError("This position in the list is not valid for this sort order.", "after")
