"""A FilterSpec as a Python predicate over precomputed row keys.

The course list holds up to some ten thousand courses in memory and refilters on
every keystroke. Reading values through a table model's ``data()`` and matching a
regular expression per row is slow; instead each row gets a :class:`CourseKey` once
(lower-cased text, sets of tags and teachers, numbers and dates ready to compare),
and a spec compiles to one Python function over such keys.

    keys = course_keys(records, instructors)           # once per data change
    pred = compile_predicate(spec, FilterContext(me=me_id))
    shown = pred.select(keys)                          # indices of matching rows

The function is generated as Python source from the spec (values are passed in as
constants, never pasted into the source), so a filter of five conditions costs
about as much as five attribute comparisons per row. The SQL compilation in
:mod:`.sql` must select the same rows; a property test checks that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..domain.records import CourseRecord, EnrollmentRow, InstructorRecord
from .context import SEPARATOR, FilterContext, fold, period_of, tag_like
from .fields import FIELDS, Field, Kind
from .spec import (
    Condition,
    FilterSpec,
    Flag,
    Me,
    Missing,
    Op,
    Period,
    Scope,
    Text,
    Today,
    Value,
)


@dataclass(frozen=True, slots=True)
class CourseKey:
    """What the filter needs of one course, ready to compare."""

    id: str
    status: str
    code: str  # lower-cased (A-Z only), like every text here
    title: str
    term: str
    category: str
    language: str
    tags: frozenset[str]
    #: code, title, term and category joined by SEPARATOR (for free text).
    text: str
    #: The tags joined by SEPARATOR.
    tag_text: str
    #: Ids of the owner and the co-instructors.
    teachers: frozenset[str]
    #: Their user names and display names, lower-cased.
    teacher_names: frozenset[str]
    teacher_text: str
    starts: dt.date | None
    ends: dt.date | None
    updated: dt.datetime
    enrolled: int
    waitlisted: int
    capacity: int | None
    progress: float | None
    at_risk: int


@dataclass(frozen=True, slots=True)
class EnrollmentKey:
    """What the filter needs of one enrollment; course fields come from ``course``."""

    id: str
    course: CourseKey
    name: str  # "given family", lower-cased
    email: str
    role: str
    status: str
    progress: float
    last_activity: dt.datetime | None
    enrolled: dt.datetime
    at_risk: bool


Names = Mapping[str, InstructorRecord]


def course_key(record: CourseRecord, instructors: Names | None = None) -> CourseKey:
    """The key of one course; ``instructors`` (by id) lets ``instructor:<name>`` work."""
    teachers = frozenset((*record.instructor_ids, record.owner_id))
    names: set[str] = set()
    for iid in teachers:
        person = (instructors or {}).get(iid)
        if person is not None:
            names.update((fold(person.username), fold(person.display_name)))
    code, title = fold(record.code), fold(record.title)
    term, category = fold(record.term), fold(record.category)
    tags = frozenset(record.tags)
    return CourseKey(
        id=record.id,
        status=record.status,
        code=code,
        title=title,
        term=term,
        category=category,
        language=fold(record.language),
        tags=tags,
        text=SEPARATOR.join((code, title, term, category)),
        tag_text=SEPARATOR.join(sorted(tags)),
        teachers=teachers,
        teacher_names=frozenset(names),
        teacher_text=SEPARATOR.join(sorted(names)),
        starts=record.start_date,
        ends=record.end_date,
        updated=record.updated_at,
        enrolled=record.enrolled,
        waitlisted=record.waitlisted,
        capacity=record.capacity,
        progress=record.avg_progress,
        at_risk=record.at_risk,
    )


def course_keys(
    records: Iterable[CourseRecord], instructors: Iterable[InstructorRecord] = ()
) -> list[CourseKey]:
    by_id = {i.id: i for i in instructors}
    return [course_key(r, by_id) for r in records]


def enrollment_key(row: EnrollmentRow, course: CourseKey) -> EnrollmentKey:
    return EnrollmentKey(
        id=row.id,
        course=course,
        name=fold(f"{row.given_name} {row.family_name}"),
        email=fold(row.email),
        role=row.role,
        status=row.status,
        progress=row.progress,
        last_activity=row.last_activity_at,
        enrolled=row.enrolled_at,
        at_risk=row.at_risk,
    )


K = TypeVar("K")


class Predicate(Generic[K]):
    """A compiled filter: call it on a key, or :meth:`select` over many keys.

    The generated expression is compiled to Python code when first needed: as a
    function of one key (:attr:`test`), or inline in one list comprehension over
    many keys (:meth:`select`, which costs a row its comparisons and no call).
    """

    def __init__(self, spec: FilterSpec, source: str, names: Mapping[str, Any]) -> None:
        self.spec = spec
        #: The generated expression (for debugging and tests).
        self.source = source
        # Only generated code runs here: the spec's values are bound as constants.
        self._names = {"__builtins__": {}, "enumerate": enumerate, **names}
        self._test: Callable[[K], bool] | None = None
        self._select: Callable[[Sequence[K]], list[int]] | None = None

    @property
    def test(self) -> Callable[[K], bool]:
        """The raw function; a little faster to call than the Predicate itself."""
        if self._test is None:
            code = compile(f"lambda k: {self.source}", "<filter>", "eval")
            self._test = eval(code, self._names)
        return self._test

    def __call__(self, key: K) -> bool:
        return self.test(key)

    def select(self, keys: Sequence[K]) -> list[int]:
        """Indices of the keys that match, in order."""
        if self._select is None:
            body = f"[i for i, k in enumerate(keys) if {self.source}]"
            self._select = eval(compile(f"lambda keys: {body}", "<filter>", "eval"), self._names)
        return self._select(keys)

    def __repr__(self) -> str:
        return f"Predicate({self.source})"


# -- code generation ---------------------------------------------------------------------

#: Attribute of a key per field: (expression for courses, for enrollments).
_COURSE_ATTRS = {
    "status": "status",
    "course-status": "status",
    "term": "term",
    "category": "category",
    "tag": "tags",
    "code": "code",
    "title": "title",
    "language": "language",
    "starts": "starts",
    "ends": "ends",
    "updated": "updated",
    "enrolled": "enrolled",
    "waitlisted": "waitlisted",
    "capacity": "capacity",
    "progress": "progress",
    "at-risk": "at_risk",
}
_ENROLLMENT_ATTRS = {
    "student": "name",
    "email": "email",
    "role": "role",
    "status": "status",
    "progress": "progress",
    "last-activity": "last_activity",
    "enrolled": "enrolled",
    "at-risk": "at_risk",
}
_DATETIME_FIELDS = frozenset({"updated", "last-activity", "enrolled"})
_COMPARE = {Op.LT: "<", Op.LE: "<=", Op.GT: ">", Op.GE: ">="}


class _Codegen:
    def __init__(self, scope: Scope, ctx: FilterContext) -> None:
        self.scope = scope
        self.ctx = ctx
        self.names: dict[str, Any] = {"_sep_in": _contains_in_parts}

    def const(self, value: Any) -> str:
        name = f"_v{len(self.names)}"
        self.names[name] = value
        return name

    def spec(self, spec: FilterSpec) -> str:
        if not spec.groups:
            return "True"
        groups = [" and ".join(self.clause(c) for c in g.clauses) for g in spec.groups]
        if len(groups) == 1:
            return groups[0]
        return " or ".join(f"({g})" for g in groups)

    def clause(self, clause: Condition | Text) -> str:
        expr = self.text(clause) if isinstance(clause, Text) else self.condition(clause)
        return f"(not ({expr}))" if clause.negated else f"({expr})"

    # -- attributes --------------------------------------------------------------------

    def attr(self, name: str) -> str:
        if self.scope is Scope.COURSES:
            return f"k.{_COURSE_ATTRS[name]}"
        if name in _ENROLLMENT_ATTRS:
            return f"k.{_ENROLLMENT_ATTRS[name]}"
        return f"k.course.{_COURSE_ATTRS[name]}"

    def course(self) -> str:
        return "k" if self.scope is Scope.COURSES else "k.course"

    # -- clauses -----------------------------------------------------------------------

    def contains(self, value: str, joined: str, parts: Sequence[str]) -> str:
        """``value`` appears in one of ``parts`` (``joined`` = them with SEPARATOR)."""
        v = self.const(value)
        if SEPARATOR in value:
            return f"_sep_in({v}, ({', '.join(parts)},))"
        return f"{v} in {joined}"

    def text(self, clause: Text) -> str:
        word = fold(clause.text)
        if self.scope is Scope.ENROLLMENTS:
            return (
                self.contains(word, "k.name", ["k.name"])
                + " or "
                + self.contains(word, "k.email", ["k.email"])
            )
        c = self.course()
        parts = [f"{c}.code", f"{c}.title", f"{c}.term", f"{c}.category"]
        expr = self.contains(word, f"{c}.text", parts)
        if tag_like(word):
            expr += f" or {self.const(word)} in {c}.tag_text"
        return expr

    def condition(self, cond: Condition) -> str:
        f = FIELDS[self.scope][cond.field]
        op = cond.op
        if op in _COMPARE:
            return self.compare(f, op, cond.value)
        matches = " or ".join(self.equals(f, op, v) for v in cond.values)
        if op is Op.NE:
            return f"not ({matches})"
        return matches

    def equals(self, f: Field, op: Op, value: Value) -> str:
        """The row has ``value`` (``:`` means "contains" for text)."""
        if isinstance(value, Missing):
            return f"{self.attr(f.name)} is None"
        kind = f.kind
        if kind is Kind.CHOICE:
            return f"{self.attr(f.name)} == {self.const(value)}"
        if kind is Kind.TAG:
            return f"{self.const(value)} in {self.attr(f.name)}"
        if kind is Kind.TEXT:
            return self.text_field(f, op, fold(str(value)))
        if kind is Kind.INSTRUCTOR:
            c = self.course()
            if isinstance(value, Me):
                return f"{self.const(self.ctx.me)} in {c}.teachers"
            text = fold(str(value))
            if op is Op.HAS:
                return self.contains(text, f"{c}.teacher_text", [f"*{c}.teacher_names"])
            return f"{self.const(text)} in {c}.teacher_names"
        if kind in (Kind.FLAG, Kind.COUNT) and isinstance(value, Flag):
            a = self.attr(f.name)
            if kind is Kind.FLAG:
                return a if value.value else f"not {a}"
            return f"{a} > 0" if value.value else f"{a} == 0"
        if kind is Kind.DATE:
            assert isinstance(value, Period | Today)
            lo, hi = self.bounds(f, value)
            return self.guard(f, f"{lo} <= {self.attr(f.name)} < {hi}")
        return self.guard(f, f"{self.attr(f.name)} == {self.const(value)}")

    def text_field(self, f: Field, op: Op, text: str) -> str:
        if f.name == "course":
            attrs = [self.attr("code"), self.attr("title")]
        else:
            attrs = [self.attr(f.name)]
        if op is Op.HAS:
            if SEPARATOR in text:
                return f"_sep_in({self.const(text)}, ({', '.join(attrs)},))"
            v = self.const(text)
            return " or ".join(f"{v} in {a}" for a in attrs)
        v = self.const(text)
        return " or ".join(f"{a} == {v}" for a in attrs)

    def compare(self, f: Field, op: Op, value: Value) -> str:
        a = self.attr(f.name)
        if f.kind is Kind.DATE:
            assert isinstance(value, Period | Today)
            lo, hi = self.bounds(f, value)
            expr = {
                Op.LT: f"{a} < {lo}",
                Op.LE: f"{a} < {hi}",
                Op.GT: f"{a} >= {hi}",
                Op.GE: f"{a} >= {lo}",
            }[op]
            return self.guard(f, expr)
        return self.guard(f, f"{a} {_COMPARE[op]} {self.const(value)}")

    def bounds(self, f: Field, value: Period | Today) -> tuple[str, str]:
        period = period_of(value, self.ctx.today)
        lo: dt.date | dt.datetime = period.start
        hi: dt.date | dt.datetime = period.end
        if f.name in _DATETIME_FIELDS:
            lo = dt.datetime.combine(period.start, dt.time())
            hi = dt.datetime.combine(period.end, dt.time())
        return self.const(lo), self.const(hi)

    def guard(self, f: Field, expr: str) -> str:
        """A comparison that is false (not an error) when the value is missing."""
        if f.nullable:
            return f"{self.attr(f.name)} is not None and {expr}"
        return expr


def _contains_in_parts(value: str, parts: tuple[Any, ...]) -> bool:
    return any(value in part for part in parts)


def compile_predicate(spec: FilterSpec, ctx: FilterContext | None = None) -> Predicate[Any]:
    """The spec as a function of a :class:`CourseKey` (scope courses) or an
    :class:`EnrollmentKey` (scope enrollments)."""
    gen = _Codegen(spec.scope, ctx or FilterContext())
    body = gen.spec(spec)
    return Predicate(spec, body, gen.names)
