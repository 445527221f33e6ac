"""What every server write shares: who may see and change what, and how a change
gets its version and its per-field versions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, TypeVar, cast

from sqlalchemy import Select, or_, select, union
from sqlalchemy.orm import Session

from ..domain import messages
from ..domain.errors import NotFound, PermissionDenied
from ..sync.fields import SYNC_FIELDS
from .db import Versions
from .models import (
    Account,
    Course,
    CourseInstructor,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    Student,
    Synced,
)
from .security import Caller

S = TypeVar("S", bound=Synced)
T = TypeVar("T")

#: The device name of changes made through the REST API (not a desktop app).
API_DEVICE = "api"


def taught_ids(instructor_id: str) -> Select[Any]:
    """Ids of the courses an instructor owns or co-teaches (live links only)."""
    owned = select(Course.id).where(Course.owner_id == instructor_id)
    linked = select(CourseInstructor.course_id).where(
        CourseInstructor.instructor_id == instructor_id,
        CourseInstructor.deleted_at.is_(None),
    )
    return select(union(owned, linked).subquery().c[0])


def visible(model: type[Synced], instructor_id: str) -> Any:
    """The WHERE clause of the rows of ``model`` this instructor can see."""
    taught = taught_ids(instructor_id)
    if model is Course:
        return Course.id.in_(taught)
    if model in (CourseInstructor, Module, Enrollment):
        return model.course_id.in_(taught)
    if model is Lesson:
        return Lesson.module_id.in_(select(Module.id).where(Module.course_id.in_(taught)))
    if model is LessonProgress:
        return LessonProgress.enrollment_id.in_(
            select(Enrollment.id).where(Enrollment.course_id.in_(taught))
        )
    if model is Student:
        return or_(
            Student.created_by == instructor_id,
            Student.id.in_(select(Enrollment.student_id).where(Enrollment.course_id.in_(taught))),
        )
    raise AssertionError(model)


class Writer:
    """One write transaction on behalf of one caller from one device."""

    def __init__(self, session: Session, caller: Caller, device: str, now: dt.datetime) -> None:
        self.session = session
        self.caller = caller
        self.device = device
        self.now = now
        self.versions = Versions(session)
        self._taught: set[str] | None = None
        self._rows: dict[tuple[type[Any], str], Any] = {}

    # -- rows ----------------------------------------------------------------------

    def keep(self, rows: Iterable[Any]) -> None:
        """Hold loaded rows for this transaction (the session's identity map is weak)."""
        for row in rows:
            self._rows[(type(row), row.id)] = row

    def get(self, model: type[T], row_id: Any) -> T | None:
        """A row by id, from what this transaction holds or from the database."""
        if not isinstance(row_id, str):
            return None
        row = self._rows.get((model, row_id))
        if row is None:
            row = self.session.get(model, row_id)
            if row is not None:
                self._rows[(model, row_id)] = row
        return cast(T | None, row)

    # -- who may do what -------------------------------------------------------

    @property
    def taught(self) -> set[str]:
        if self._taught is None:
            self._taught = set(self.session.scalars(taught_ids(self.caller.id)))
        return self._taught

    def course(self, course_id: Any, field: str | None = None) -> Course:
        """A course the caller teaches (tombstoned or not); NotFound otherwise."""
        course = self.get(Course, course_id) if isinstance(course_id, str) else None
        if course is None or course.id not in self.taught:
            raise NotFound(messages.gone("course"), field)
        return course

    def live_course(self, course_id: Any, field: str | None = None) -> Course:
        course = self.course(course_id, field)
        if course.deleted_at is not None:
            raise NotFound(messages.gone("course"), field)
        return course

    def require_owner(self, course: Course, verb: str) -> None:
        if course.owner_id != self.caller.id:
            owner = self.get(Account, course.owner_id)
            name = owner.display_name if owner else "its owner"
            raise PermissionDenied(messages.only_owner(name, course.code, verb))

    def course_of(self, row: Synced) -> Course:
        """The course a row belongs to, checking the caller teaches it."""
        if isinstance(row, Course):
            return self.course(row.id)
        if isinstance(row, CourseInstructor | Module | Enrollment):
            return self.course(row.course_id)
        if isinstance(row, Lesson):
            module = self.get(Module, row.module_id)
            return self.course(module.course_id if module else None)
        if isinstance(row, LessonProgress):
            enrollment = self.get(Enrollment, row.enrollment_id)
            return self.course(enrollment.course_id if enrollment else None)
        raise NotFound(messages.gone(row.__entity__))

    def student(self, row: Student) -> None:
        """Check the caller may change a student: one they added, or one enrolled in a
        course they teach."""
        if row.created_by == self.caller.id:
            return
        enrolled = self.session.scalar(
            select(Enrollment.id)
            .where(Enrollment.student_id == row.id, Enrollment.course_id.in_(self.taught))
            .limit(1)
        )
        if enrolled is None:
            raise NotFound("This student is not in the directory.", "student_id")

    def learned(self, course_id: str) -> None:
        """The caller now teaches this course (they just created it)."""
        self.taught.add(course_id)

    # -- versions --------------------------------------------------------------

    def create(self, model: type[S], row_id: str, values: dict[str, Any]) -> S:
        version = self.versions.next()
        stamp = [version, self.device]
        row: S = cast(Any, model)(
            id=row_id,
            version=version,
            updated_at=self.now,
            deleted_at=None,
            field_versions=json.dumps(
                dict.fromkeys(SYNC_FIELDS[model.__entity__], stamp), separators=(",", ":")
            ),
            **values,
        )
        if isinstance(row, Course):
            row.created_version = version
            row.created_at = self.now
        self.session.add(row)
        self._rows[(model, row_id)] = row
        return row

    def update(self, row: Synced, changes: dict[str, Any], *, revive: bool = False) -> bool:
        """Set the changed fields; False when nothing changed."""
        changed = {k: v for k, v in changes.items() if getattr(row, k) != v}
        if not changed and not revive:
            return False
        version = self.versions.next()
        stamp = [version, self.device]
        stamps = row.versions()
        for name, value in changed.items():
            setattr(row, name, value)
            stamps[name] = stamp
        if revive:
            row.deleted_at = None
            stamps["*"] = stamp
        row.field_versions = json.dumps(stamps, separators=(",", ":"))
        row.version = version
        row.updated_at = self.now
        return True

    def tombstone(self, row: Synced) -> None:
        if row.deleted_at is not None:
            return
        version = self.versions.next()
        stamps = row.versions()
        stamps["*"] = [version, self.device]
        row.field_versions = json.dumps(stamps, separators=(",", ":"))
        row.deleted_at = self.now
        row.version = version
        row.updated_at = self.now
