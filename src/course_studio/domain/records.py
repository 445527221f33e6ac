"""Read-only records the services return: plain frozen dataclasses, never live
ORM objects, safe to hand to another thread or to JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Record:
    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class InstructorRecord(Record):
    id: str
    username: str
    display_name: str
    email: str | None = None


@dataclass(frozen=True, slots=True)
class CourseRecord(Record):
    id: str
    owner_id: str
    code: str
    title: str
    description: str
    status: str
    term: str
    category: str
    tags: tuple[str, ...]
    language: str
    start_date: dt.date | None
    end_date: dt.date | None
    capacity: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    server_version: int | None = None
    deleted_at: dt.datetime | None = None
    # Derived, filled by the services when they have them at hand.
    owner_name: str = ""
    instructor_ids: tuple[str, ...] = ()
    enrolled: int = 0
    waitlisted: int = 0
    avg_progress: float | None = None
    at_risk: int = 0
    lessons: int = 0


@dataclass(frozen=True, slots=True)
class ModuleRecord(Record):
    id: str
    course_id: str
    title: str
    position: str
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class LessonRecord(Record):
    id: str
    module_id: str
    title: str
    kind: str
    body: str
    duration_minutes: int | None
    position: str
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class OutlineModule(Record):
    """A module with its lessons in order, as the outline editor shows it."""

    module: ModuleRecord
    lessons: tuple[LessonRecord, ...]


@dataclass(frozen=True, slots=True)
class StudentRecord(Record):
    id: str
    external_id: str | None
    given_name: str
    family_name: str
    email: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True, slots=True)
class EnrollmentRecord(Record):
    id: str
    course_id: str
    student_id: str
    role: str
    status: str
    enrolled_at: dt.datetime
    progress: float = 0.0
    last_activity_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    # Denormalised for lists.
    student_name: str = ""
    student_email: str = ""
    course_code: str = ""


@dataclass(frozen=True, slots=True)
class EnrollmentRow(Record):
    """One row of the large enrollment lists (all enrollments, or one course's)."""

    id: str
    course_id: str
    student_id: str
    course_code: str
    course_title: str
    given_name: str
    family_name: str
    email: str
    role: str
    status: str
    progress: float
    last_activity_at: dt.datetime | None
    enrolled_at: dt.datetime
    at_risk: bool
    #: The row's place in its sort order: pass it as ``after`` to get the next rows.
    cursor: tuple[Any, ...] = ()

    @property
    def student_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True, slots=True)
class SavedFilterRecord(Record):
    """A named filter of the sidebar."""

    id: str
    name: str
    #: "courses" or "enrollments": the list it filters.
    scope: str
    #: The filter in canonical text (docs/filter-language.md).
    text: str
    position: str
    created_at: dt.datetime
    #: Rows it matches now (filled by SavedFilterService.list(counts=True)).
    count: int | None = None
    #: Why the filter cannot run (its text no longer reads), else None.
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class ProgressRecord(Record):
    id: str
    enrollment_id: str
    lesson_id: str
    status: str
    score: float | None
    last_activity_at: dt.datetime | None
    completed_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class StudentSummary(Record):
    """One row of a course's progress summary."""

    enrollment_id: str
    student_id: str
    student_name: str
    email: str
    external_id: str | None
    role: str
    status: str
    completed_lessons: int
    total_lessons: int
    completion: float
    average_score: float | None
    last_activity_at: dt.datetime | None
    at_risk: bool


@dataclass(frozen=True, slots=True)
class LessonRate(Record):
    """Completion rate of one lesson across a course's active students."""

    lesson_id: str
    module_title: str
    lesson_title: str
    completed: int
    students: int
    rate: float


@dataclass(frozen=True, slots=True)
class BulkResult(Record):
    created: tuple[EnrollmentRecord, ...]
    waitlisted: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class TrashItem(Record):
    entity: str  # "course" | "module" | "lesson"
    id: str
    title: str
    parent: str
    deleted_at: dt.datetime
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Page(Record):
    items: tuple[Any, ...]
    total: int
    offset: int
    limit: int | None


@dataclass(frozen=True, slots=True)
class ActivityRecord(Record):
    seq: int
    at: dt.datetime
    action: str
    summary: str
    ok: bool
    details: str
