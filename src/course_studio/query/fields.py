"""The fields of the filter language, per scope: what each means, which operators it
takes and which values it accepts. The parser, both compilers, the completion and
the documentation all read this one table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..domain.enums import CourseStatus, EnrollmentRole, EnrollmentStatus
from .spec import Op, Scope


class Kind(StrEnum):
    CHOICE = "choice"  # one of a fixed set of words
    TEXT = "text"  # ':' contains, '=' equals (ignoring case)
    TAG = "tag"  # ':' has the tag
    NUMBER = "number"
    DATE = "date"
    FLAG = "flag"  # yes / no
    COUNT = "count"  # a number, or yes (more than 0) / no (0)
    INSTRUCTOR = "instructor"  # me, or part of a name


class Level(StrEnum):
    """Where a field's value lives (which table, for the enrollment lists)."""

    COURSE = "course"
    ENROLLMENT = "enrollment"
    STUDENT = "student"


_EQUALITY = (Op.HAS, Op.EQ, Op.NE)
_ALL = (Op.HAS, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE)


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: Kind
    level: Level
    help: str
    example: str
    choices: tuple[str, ...] = ()
    #: The field can be empty (``field:none`` finds those rows).
    nullable: bool = False
    aliases: tuple[str, ...] = ()
    #: Key of :meth:`CourseService.known_values` offering values to complete.
    known: str | None = None
    #: Numbers are percentages (a trailing ``%`` is allowed).
    percent: bool = False

    @property
    def ops(self) -> tuple[Op, ...]:
        if self.kind in (Kind.NUMBER, Kind.DATE, Kind.COUNT):
            return _ALL
        return _EQUALITY

    @property
    def keywords(self) -> tuple[str, ...]:
        """Unquoted words with a special meaning for this field."""
        words: tuple[str, ...] = ()
        if self.kind is Kind.DATE:
            words += ("today",)
        if self.kind in (Kind.FLAG, Kind.COUNT):
            words += ("yes", "no")
        if self.kind is Kind.INSTRUCTOR:
            words += ("me",)
        if self.nullable:
            words += ("none",)
        return words


def _statuses(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


_COURSE_STATUSES = _statuses(CourseStatus)

_COURSE_LEVEL = (
    Field(
        "term",
        Kind.TEXT,
        Level.COURSE,
        "The term or semester; ':' finds it anywhere in the name.",
        'term:"Fall 2026"',
        known="term",
    ),
    Field(
        "category",
        Kind.TEXT,
        Level.COURSE,
        "The course category.",
        'category:"Computer Science"',
        known="category",
    ),
    Field(
        "tag",
        Kind.TAG,
        Level.COURSE,
        "A tag of the course, written in full.",
        "tag:python",
        aliases=("tags",),
        known="tag",
    ),
    Field("code", Kind.TEXT, Level.COURSE, "The course code.", "code:CS1"),
    Field("title", Kind.TEXT, Level.COURSE, "Words of the course title.", "title:intro"),
    Field(
        "instructor",
        Kind.INSTRUCTOR,
        Level.COURSE,
        "Who teaches the course (owner or co-instructor): me, or part of a name.",
        "instructor:me",
        aliases=("teacher",),
        known="instructor",
    ),
    Field(
        "language",
        Kind.TEXT,
        Level.COURSE,
        "The course language, a code such as en or pt-BR.",
        "language:en",
        aliases=("lang",),
        known="language",
    ),
    Field(
        "starts",
        Kind.DATE,
        Level.COURSE,
        "The start date; a day, a month (2026-09) or a year (2026).",
        "starts>=2026-09-01",
        nullable=True,
        aliases=("start", "start-date"),
    ),
    Field(
        "ends",
        Kind.DATE,
        Level.COURSE,
        "The end date; a day, a month or a year.",
        "ends<2026-12",
        nullable=True,
        aliases=("end", "end-date"),
    ),
)

COURSE_FIELDS: tuple[Field, ...] = (
    Field(
        "status",
        Kind.CHOICE,
        Level.COURSE,
        "The course status.",
        "status:published",
        choices=_COURSE_STATUSES,
    ),
    *_COURSE_LEVEL,
    Field(
        "updated",
        Kind.DATE,
        Level.COURSE,
        "The day the course was last changed.",
        "updated>=2026-09-01",
        aliases=("modified", "changed"),
    ),
    Field(
        "enrolled",
        Kind.NUMBER,
        Level.COURSE,
        "Students holding a seat (active or completed).",
        "enrolled>20",
        aliases=("students",),
    ),
    Field(
        "waitlisted",
        Kind.NUMBER,
        Level.COURSE,
        "Students on the waitlist.",
        "waitlisted>0",
        aliases=("waitlist",),
    ),
    Field(
        "capacity",
        Kind.NUMBER,
        Level.COURSE,
        "Seats in the course; none for no limit.",
        "capacity<=30",
        nullable=True,
        aliases=("seats",),
    ),
    Field(
        "progress",
        Kind.NUMBER,
        Level.COURSE,
        "Average completion of the enrolled students, in percent; none without students.",
        "progress<50",
        nullable=True,
        aliases=("completion",),
        percent=True,
    ),
    Field(
        "at-risk",
        Kind.COUNT,
        Level.COURSE,
        "Students at risk: yes (at least one), no, or a number.",
        "at-risk>=3",
        aliases=("atrisk", "at_risk", "risk"),
    ),
)

ENROLLMENT_FIELDS: tuple[Field, ...] = (
    Field(
        "student",
        Kind.TEXT,
        Level.STUDENT,
        "The student's name (given and family name).",
        "student:lovelace",
        aliases=("name",),
    ),
    Field(
        "email",
        Kind.TEXT,
        Level.STUDENT,
        "The student's email address.",
        "email:@example.org",
        aliases=("mail", "e-mail"),
    ),
    Field(
        "role",
        Kind.CHOICE,
        Level.ENROLLMENT,
        "The role in the course.",
        "role:ta",
        choices=_statuses(EnrollmentRole),
    ),
    Field(
        "status",
        Kind.CHOICE,
        Level.ENROLLMENT,
        "The enrollment status.",
        "status:active",
        choices=_statuses(EnrollmentStatus),
    ),
    Field(
        "progress",
        Kind.NUMBER,
        Level.ENROLLMENT,
        "Completion of the course's lessons, in percent.",
        "progress<50",
        aliases=("completion",),
        percent=True,
    ),
    Field(
        "last-activity",
        Kind.DATE,
        Level.ENROLLMENT,
        "The day of the latest lesson activity; none for no activity yet.",
        "last-activity<2026-10-01",
        nullable=True,
        aliases=("last_activity", "lastactivity", "activity"),
    ),
    Field(
        "enrolled",
        Kind.DATE,
        Level.ENROLLMENT,
        "The day the student enrolled.",
        "enrolled>=2026-09",
        aliases=("enrolled-at", "enrolled_at"),
    ),
    Field(
        "at-risk",
        Kind.FLAG,
        Level.ENROLLMENT,
        "Active students who went quiet or fell behind the course's pace: yes or no.",
        "at-risk:yes",
        aliases=("atrisk", "at_risk", "risk"),
    ),
    Field(
        "course",
        Kind.TEXT,
        Level.COURSE,
        "The course code or title.",
        "course:CS101",
    ),
    Field(
        "course-status",
        Kind.CHOICE,
        Level.COURSE,
        "The status of the course.",
        "course-status:published",
        choices=_COURSE_STATUSES,
        aliases=("course_status", "coursestatus"),
    ),
    *_COURSE_LEVEL,
)

FIELDS: dict[Scope, dict[str, Field]] = {
    Scope.COURSES: {f.name: f for f in COURSE_FIELDS},
    Scope.ENROLLMENTS: {f.name: f for f in ENROLLMENT_FIELDS},
}

_LOOKUP: dict[Scope, dict[str, Field]] = {
    scope: {
        **{alias: f for f in table.values() for alias in f.aliases},
        **table,
    }
    for scope, table in FIELDS.items()
}


def lookup(scope: Scope, name: str) -> Field | None:
    """The field called ``name`` (or an alias of it, any case) in ``scope``."""
    return _LOOKUP[scope].get(name.lower())


def field(scope: Scope, name: str) -> Field:
    """The field with this canonical name; KeyError if there is none."""
    return FIELDS[scope][name]


def names(scope: Scope, *, aliases: bool = False) -> list[str]:
    return list(_LOOKUP[scope] if aliases else FIELDS[scope])
