"""A FilterSpec as a SQLAlchemy WHERE clause, for SQLite and PostgreSQL.

    stmt = select(Course).where(Course.deleted_at.is_(None), course_filter(spec, ctx))
    stmt = select(Enrollment).where(enrollment_filter(spec, ctx, fts=True))

Course lists filter the ``courses`` table directly; their derived numbers (enrolled,
waitlisted, average progress, students at risk) are correlated subqueries with the
same definitions as :func:`course_studio.services.courses.course_stats`.

Enrollment lists never join for filtering: student conditions become
``student_id IN (SELECT id FROM students WHERE ...)`` and course conditions
``course_id IN (SELECT id FROM courses WHERE ...)``, so counting a million rows does
not pay for two joins per row. With ``fts=True`` (SQLite) text conditions on
students first narrow the students with the ``students_fts`` trigram index and then
check the exact rule on the few rows found: FTS finds candidates, the same LIKE as
everywhere else decides, so the answer does not depend on the index.

Every clause compiled here is true or false, never NULL, so that ``-`` (NOT) means
the same as in the Python predicate of :mod:`.predicate`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    false,
    func,
    inspect,
    literal,
    literal_column,
    not_,
    or_,
    select,
    table,
    true,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FromClause, FunctionElement, Join
from sqlalchemy.types import Boolean, Float, String

from ..domain.enums import SEATED_STATUSES, EnrollmentRole, EnrollmentStatus
from ..domain.models import Course, CourseInstructor, Enrollment, Instructor, Student
from ..domain.progress_sql import at_risk_clause
from .context import LIKE_ESCAPE, FilterContext, fold, like_pattern, period_of, tag_like
from .fields import FIELDS, Field, Kind, Level
from .spec import Condition, FilterSpec, Flag, Group, Me, Missing, Op, Period, Scope, Text, Today

# Aliases the compiled clauses use (Core tables: cheap to build clauses on, and
# immutable, so one of each serves every query and thread).
_FILTER_COURSES = Course.__table__.alias("filter_courses")
_FILTER_STUDENTS = Student.__table__.alias("filter_students")
_RISK_COURSES = Course.__table__.alias("risk_courses")
_RISK_ENROLLMENTS = Enrollment.__table__.alias("risk_enrollments")
_STAT_ENROLLMENTS = Enrollment.__table__.alias("stat_enrollments")
_TEACHING = CourseInstructor.__table__.alias("filter_teaching")
_PEOPLE = Instructor.__table__.alias("filter_instructors")

#: The FTS5 table over students (see migration 0003); trigram, so any 3 characters.
STUDENT_FTS = "students_fts"
_FTS_MIN = 3
_SEATED = tuple(s.value for s in SEATED_STATUSES)

_COURSE_COLUMNS = {
    "status": "status",
    "course-status": "status",
    "term": "term",
    "category": "category",
    "code": "code",
    "title": "title",
    "language": "language",
    "starts": "start_date",
    "ends": "end_date",
    "updated": "updated_at",
    "capacity": "capacity",
}
_ENROLLMENT_COLUMNS = {
    "role": "role",
    "status": "status",
    "progress": "progress",
    "last-activity": "last_activity_at",
    "enrolled": "enrolled_at",
}
_DATETIME_FIELDS = frozenset({"updated", "last-activity", "enrolled"})


class row_key(FunctionElement[Any]):
    """The cheapest unique key of a row: ``rowid`` on SQLite, else the ``id`` column
    given as the argument (which must be a column called ``id``)."""

    inherit_cache = True
    name = "row_key"


@compiles(row_key)
def _row_key_default(element: row_key, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return str(compiler.process(column, **kw))


@compiles(row_key, "sqlite")
def _row_key_sqlite(element: row_key, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    rendered = str(compiler.process(column, **kw))
    table_name, _, name = rendered.rpartition(".")
    assert name == "id", rendered
    return f"{table_name}.rowid" if table_name else "rowid"


class OuterLoop(Join):
    """An inner join whose left side SQLite must loop over first (``CROSS JOIN``,
    SQLite's way to fix the join order); a plain JOIN elsewhere."""

    inherit_cache = True


@compiles(OuterLoop, "sqlite")
def _outer_loop_sqlite(element: OuterLoop, compiler: Any, **kw: Any) -> str:
    kw = {**kw, "asfrom": True}
    left = compiler.process(element.left, **kw)
    right = compiler.process(element.right, **kw)
    kw.pop("asfrom")
    on = compiler.process(element.onclause, **kw)
    return f"{left} CROSS JOIN {right} ON {on}"


class broad(FunctionElement[bool]):
    """A condition that many rows meet. On SQLite ``likelihood(x, 0.5)``: without
    value statistics its planner takes any range on an indexed column for a
    narrow one, and would rather read half the table row by row through that index
    than scan a covering index; elsewhere just ``x``."""

    inherit_cache = True
    name = "broad"
    type = Boolean()


@compiles(broad)
def _broad_default(element: broad, compiler: Any, **kw: Any) -> str:
    (condition,) = list(element.clauses)
    return f"({compiler.process(condition, **kw)})"


@compiles(broad, "sqlite")
def _broad_sqlite(element: broad, compiler: Any, **kw: Any) -> str:
    (condition,) = list(element.clauses)
    return f"likelihood({compiler.process(condition, **kw)}, 0.5)"


def _like(column: Any, text: str) -> ColumnElement[bool]:
    """``text`` anywhere in ``column``, ignoring the case of A-Z."""
    return func.lower(column).like(func.lower(literal(like_pattern(text))), escape=LIKE_ESCAPE)


def _equal(column: Any, text: str) -> ColumnElement[bool]:
    return func.lower(column) == func.lower(literal(text))


def _text_match(columns: list[Any], op: Op, text: str) -> ColumnElement[bool]:
    match = _like if op is Op.HAS else _equal
    return or_(*(match(c, text) for c in columns))


def _number(value: Any) -> Any:
    """A number as a float parameter: compared with an integer column (capacity, a
    count) it must not be rounded to the column's type first."""
    return literal(float(value), Float())


def _tags_like(tags: Any, text: str) -> ColumnElement[bool]:
    """``text`` in the JSON array of tags (compared as text, not as a tag list)."""
    column = type_coerce(tags, String())
    return column.like(literal(like_pattern(text), String()), escape=LIKE_ESCAPE)


def _fts_phrase(text: str) -> str | None:
    """An FTS5 query finding every row that contains ``text`` (a superset), or None
    when the text is too short for the trigram index to help."""
    pieces = [p for p in text.split() if len(p) >= _FTS_MIN]
    if not pieces:
        return None
    return " AND ".join('"' + p.replace('"', '""') + '"' for p in pieces)


class _Compiler:
    def __init__(
        self,
        scope: Scope,
        ctx: FilterContext,
        fts: bool,
        course_id: str | None = None,
        few_rows: bool = False,
    ) -> None:
        self.scope = scope
        self.ctx = ctx
        self.fts = fts
        self.course_id = course_id
        self.few_rows = few_rows

    def spec(self, spec: FilterSpec, group: Any) -> ColumnElement[bool]:
        if not spec.groups:
            return true()
        parts = [group(g) for g in spec.groups]
        return parts[0] if len(parts) == 1 else or_(*parts)

    @staticmethod
    def negate(clause: Condition | Text, expr: ColumnElement[bool]) -> ColumnElement[bool]:
        return not_(expr) if clause.negated else expr

    # -- courses -----------------------------------------------------------------------
    # ``t`` is the courses table or an alias of it; ``t.c`` its columns.

    def course_group(self, group: Group, t: Any) -> ColumnElement[bool]:
        return and_(*(self.negate(cl, self.course_clause(cl, t)) for cl in group.clauses))

    def course_clause(self, clause: Condition | Text, t: Any) -> ColumnElement[bool]:
        c = t.c
        if isinstance(clause, Text):
            word = fold(clause.text)
            expr = _text_match([c.code, c.title, c.term, c.category], Op.HAS, word)
            if tag_like(word):
                expr = or_(expr, _tags_like(c.tags, word))
            return expr
        f = FIELDS[self.scope][clause.field]
        if clause.op in (Op.LT, Op.LE, Op.GT, Op.GE):
            return self.compare(f, clause.op, clause.value, self.course_value(f, t))
        matches = or_(*(self.course_equals(f, clause.op, v, t) for v in clause.values))
        return not_(matches) if clause.op is Op.NE else matches

    def course_value(self, f: Field, t: Any) -> Any:
        c = t.c
        if f.name in _COURSE_COLUMNS:
            return getattr(c, _COURSE_COLUMNS[f.name])
        e = _STAT_ENROLLMENTS.c
        live = and_(e.course_id == c.id, e.deleted_at.is_(None))
        seated = and_(e.role == EnrollmentRole.STUDENT.value, e.status.in_(_SEATED))
        count = select(func.count()).select_from(_STAT_ENROLLMENTS)
        if f.name == "enrolled":
            stmt = count.where(live, seated)
        elif f.name == "waitlisted":
            stmt = count.where(live, e.status == EnrollmentStatus.WAITLISTED.value)
        elif f.name == "progress":
            stmt = select(func.avg(e.progress)).where(live, seated)
        elif f.name == "at-risk":
            stmt = count.where(live, at_risk_clause(self.ctx.now, self.ctx.at_risk_days, e, c))
        else:  # pragma: no cover - the field table and this list go together
            raise KeyError(f.name)
        return stmt.correlate(t).scalar_subquery()

    def course_equals(self, f: Field, op: Op, value: Any, t: Any) -> ColumnElement[bool]:
        c = t.c
        kind = f.kind
        if kind is Kind.TEXT:
            columns = [c.code, c.title] if f.name == "course" else [self.course_value(f, t)]
            return _text_match(columns, op, fold(value))
        if kind is Kind.TAG:
            if not tag_like(value):
                return false()
            return _tags_like(c.tags, f'"{value}"')
        if kind is Kind.INSTRUCTOR:
            return self.instructor(op, value, t)
        if kind is Kind.COUNT and isinstance(value, Flag):
            e = _RISK_ENROLLMENTS.c
            found = exists(
                select(e.id)
                .where(
                    e.course_id == c.id,
                    e.deleted_at.is_(None),
                    at_risk_clause(self.ctx.now, self.ctx.at_risk_days, e, c),
                )
                .correlate(t)
            )
            return found if value.value else not_(found)
        return self.equals(f, value, self.course_value(f, t))

    def instructor(self, op: Op, value: Any, t: Any) -> ColumnElement[bool]:
        c, ci = t.c, _TEACHING.c
        if isinstance(value, Me):
            if self.ctx.me is None:
                return false()
            co = exists(
                select(ci.id)
                .where(
                    ci.course_id == c.id,
                    ci.instructor_id == self.ctx.me,
                    ci.deleted_at.is_(None),
                )
                .correlate(t)
            )
            return or_(c.owner_id == self.ctx.me, co)
        person = _PEOPLE.c
        teaches = or_(
            person.id == c.owner_id,
            person.id.in_(
                select(ci.instructor_id)
                .where(ci.course_id == c.id, ci.deleted_at.is_(None))
                .correlate(t)
            ),
        )
        named = _text_match([person.username, person.display_name], op, fold(value))
        return exists(select(person.id).where(teaches, named).correlate(t))

    # -- enrollments -------------------------------------------------------------------
    # ``e`` is the columns of the enrollments table (or of an alias of it).

    def enrollment_group(self, group: Group, e: Any) -> ColumnElement[bool]:
        own: list[ColumnElement[bool]] = []
        of_course: list[ColumnElement[bool]] = []
        of_student: list[ColumnElement[bool]] = []
        fts: list[str] = []
        for clause in group.clauses:
            level = (
                Level.STUDENT
                if isinstance(clause, Text)
                else FIELDS[self.scope][clause.field].level
            )
            if level is Level.COURSE:
                of_course.append(self.negate(clause, self.course_clause(clause, _FILTER_COURSES)))
            elif level is Level.STUDENT:
                of_student.append(self.negate(clause, self.student_clause(clause)))
                found = self.fts_query(clause)
                if found is not None:
                    fts.append(found)
            else:
                assert isinstance(clause, Condition)
                own.append(self.negate(clause, self.enrollment_clause(clause, e)))
        if of_course:
            own.append(e.course_id.in_(select(_FILTER_COURSES.c.id).where(*of_course)))
        if of_student:
            if fts and self.fts:
                query = " AND ".join(f"({q})" for q in fts)
                match = literal_column(STUDENT_FTS).op("MATCH")(literal(query, String()))
                narrowed = literal_column("filter_students.rowid").in_(
                    select(literal_column("rowid")).select_from(table(STUDENT_FTS)).where(match)
                )
                of_student.insert(0, narrowed)
            own.append(e.student_id.in_(select(_FILTER_STUDENTS.c.id).where(*of_student)))
        return and_(*own)

    def student_clause(self, clause: Condition | Text) -> ColumnElement[bool]:
        s = _FILTER_STUDENTS.c
        name = s.given_name + " " + s.family_name
        if isinstance(clause, Text):
            return _text_match([name, s.email], Op.HAS, fold(clause.text))
        column = name if clause.field == "student" else s.email
        op = Op.EQ if clause.op is Op.NE else clause.op
        matches = or_(*(_text_match([column], op, fold(str(v))) for v in clause.values))
        return not_(matches) if clause.op is Op.NE else matches

    def fts_query(self, clause: Condition | Text) -> str | None:
        """An FTS5 query that finds a superset of the students ``clause`` accepts."""
        if clause.negated or (isinstance(clause, Condition) and clause.op is Op.NE):
            return None
        if isinstance(clause, Text):
            return _fts_phrase(clause.text)
        columns = "{given_name family_name}" if clause.field == "student" else "{email}"
        alternatives = [_fts_phrase(str(v)) for v in clause.values]
        if any(a is None for a in alternatives):
            return None
        return f"{columns} : (" + " OR ".join(f"({a})" for a in alternatives) + ")"

    def enrollment_clause(self, clause: Condition, e: Any) -> ColumnElement[bool]:
        f = FIELDS[self.scope][clause.field]
        if f.name == "at-risk":
            risky = self.at_risk(e)
            wanted = [v.value for v in clause.values if isinstance(v, Flag)]
            matches = or_(*(risky if w else not_(risky) for w in wanted))
            return not_(matches) if clause.op is Op.NE else matches
        column = getattr(e, _ENROLLMENT_COLUMNS[f.name])
        if clause.op in (Op.LT, Op.LE, Op.GT, Op.GE):
            return broad(self.compare(f, clause.op, clause.value, column))
        matches = or_(*(self.equals(f, v, column) for v in clause.values))
        if f.kind is Kind.DATE:
            matches = broad(matches)
        return not_(matches) if clause.op is Op.NE else matches

    def at_risk(self, e: Any) -> ColumnElement[bool]:
        if not self.few_rows:
            return row_key(e.id).in_(self.at_risk_rows())
        rc = _RISK_COURSES.c
        return and_(
            e.role == EnrollmentRole.STUDENT.value,
            e.status == EnrollmentStatus.ACTIVE.value,
            exists(
                select(rc.id).where(
                    rc.id == e.course_id,
                    at_risk_clause(self.ctx.now, self.ctx.at_risk_days, e, rc),
                )
            ),
        )

    def at_risk_rows(self) -> Select[Any]:
        """Keys of the enrollments at risk, found with one join (the database walks
        an index of live enrollments per course instead of looking up a course for
        each row)."""
        ee, rc = _RISK_ENROLLMENTS.c, _RISK_COURSES.c
        stmt = (
            select(row_key(ee.id))
            .select_from(_RISK_ENROLLMENTS.join(_RISK_COURSES, rc.id == ee.course_id))
            .where(
                ee.deleted_at.is_(None),
                at_risk_clause(self.ctx.now, self.ctx.at_risk_days, ee, rc),
            )
        )
        if self.course_id is not None:
            stmt = stmt.where(ee.course_id == self.course_id)
        return stmt

    # -- shared ------------------------------------------------------------------------

    def guard(self, f: Field, column: Any, expr: ColumnElement[bool]) -> ColumnElement[bool]:
        """False rather than NULL where the value is missing."""
        if not f.nullable:
            return expr
        if f.name in _COURSE_COLUMNS or f.name in _ENROLLMENT_COLUMNS:
            return and_(column.is_not(None), expr)
        return func.coalesce(expr, false())  # a subquery: evaluate it once

    def equals(self, f: Field, value: Any, column: Any) -> ColumnElement[bool]:
        if isinstance(value, Missing):
            return column.is_(None)  # type: ignore[no-any-return]
        if f.kind is Kind.CHOICE:
            return column == value  # type: ignore[no-any-return]
        if f.kind is Kind.DATE:
            lo, hi = self.bounds(f, value)
            return self.guard(f, column, and_(column >= lo, column < hi))
        return self.guard(f, column, column == _number(value))

    def compare(self, f: Field, op: Op, value: Any, column: Any) -> ColumnElement[bool]:
        if f.kind is Kind.DATE:
            lo, hi = self.bounds(f, value)
            expr = {
                Op.LT: column < lo,
                Op.LE: column < hi,
                Op.GT: column >= hi,
                Op.GE: column >= lo,
            }[op]
        else:
            number = _number(value)
            expr = {
                Op.LT: column < number,
                Op.LE: column <= number,
                Op.GT: column > number,
                Op.GE: column >= number,
            }[op]
        return self.guard(f, column, expr)

    def bounds(self, f: Field, value: Period | Today) -> tuple[Any, Any]:
        period = period_of(value, self.ctx.today)
        if f.name in _DATETIME_FIELDS:
            return (
                dt.datetime.combine(period.start, dt.time()),
                dt.datetime.combine(period.end, dt.time()),
            )
        return period.start, period.end


def course_filter(
    spec: FilterSpec, ctx: FilterContext | None = None, course: Any = Course
) -> ColumnElement[bool]:
    """WHERE clause over ``course`` (the Course entity or an alias of it)."""
    if spec.scope is not Scope.COURSES:
        raise ValueError("a filter of enrollments cannot filter courses")
    compiler = _Compiler(Scope.COURSES, ctx or FilterContext(), fts=False)
    table_ = _from_clause(course)
    return compiler.spec(spec, lambda g: compiler.course_group(g, table_))


def enrollment_filter(
    spec: FilterSpec,
    ctx: FilterContext | None = None,
    *,
    enrollment: Any = Enrollment,
    fts: bool = False,
    course_id: str | None = None,
    few_rows: bool = False,
) -> ColumnElement[bool]:
    """WHERE clause over ``enrollment``.

    ``fts=True`` uses the SQLite FTS5 index of students (the local store has it;
    PostgreSQL does not). ``course_id`` tells that the query is about one course
    only, which lets the at-risk part look at that course alone. ``few_rows=True``
    says that the query stops after a few rows (a LIMIT without a sort over all
    rows): at-risk is then checked row by row instead of finding every row at risk
    first, which is what a count needs. The rows selected are the same.
    """
    if spec.scope is not Scope.ENROLLMENTS:
        raise ValueError("a filter of courses cannot filter enrollments")
    compiler = _Compiler(Scope.ENROLLMENTS, ctx or FilterContext(), fts, course_id, few_rows)
    columns = _from_clause(enrollment).c
    return compiler.spec(spec, lambda g: compiler.enrollment_group(g, columns))


def _from_clause(entity: Any) -> Any:
    """The table (or alias) behind an ORM entity, or the FROM clause given."""
    if isinstance(entity, FromClause):
        return entity
    return inspect(entity).selectable
