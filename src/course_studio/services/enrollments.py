"""Enrollments: who takes (or assists, or observes) a course, with capacity and a
waitlist."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import messages, rules
from ..domain.enums import CourseStatus, EnrollmentRole, EnrollmentStatus
from ..domain.errors import (
    CapacityReached,
    DomainError,
    Duplicate,
    NotFound,
    RowError,
    ValidationError,
    msg,
)
from ..domain.ids import derived_id, new_id
from ..domain.models import Course, Enrollment, Student
from ..domain.records import BulkResult, EnrollmentRecord
from .base import Service, load, require_teacher
from .convert import enrollment_record
from .courses import SEATED
from .students import require_student, student_values

_CHUNK = 500
_PROGRESS_EVERY = 50


def _no_progress(_done: int, _total: int) -> None:
    pass


class _Rollback(Exception):
    """Internal: leave a dry-run transaction without writing."""


def _takes_seat(role: str, status: str) -> bool:
    return role == EnrollmentRole.STUDENT.value and status in SEATED


def seated_count(session: Session, course_id: str) -> int:
    return int(
        session.scalar(
            select(func.count(Enrollment.id)).where(
                Enrollment.course_id == course_id,
                Enrollment.deleted_at.is_(None),
                Enrollment.role == EnrollmentRole.STUDENT.value,
                Enrollment.status.in_(SEATED),
            )
        )
        or 0
    )


def _full_message(course: Course, seated: int) -> str:
    return messages.course_full(course.code, seated, course.capacity)


class EnrollmentService(Service):
    # -- reading ---------------------------------------------------------------

    def get(self, enrollment_id: str) -> EnrollmentRecord:
        with self._store.read() as session:
            row = load(session, Enrollment, enrollment_id, "enrollment")
            return self._record(session, row)

    def list(
        self, course_id: str, *, status: str | None = None, limit: int | None = None
    ) -> builtins.list[EnrollmentRecord]:
        """A course's enrollments with student names, by family name."""
        with self._store.read() as session:
            course = load(session, Course, course_id, "course")
            stmt = (
                select(Enrollment, Student)
                .join(Student, Student.id == Enrollment.student_id)
                .where(Enrollment.course_id == course_id, Enrollment.deleted_at.is_(None))
                .order_by(Student.family_name, Student.given_name, Enrollment.id)
            )
            if status is not None:
                stmt = stmt.where(Enrollment.status == rules.check_enrollment_status(status))
            if limit is not None:
                stmt = stmt.limit(limit)
            return [enrollment_record(e, s, course.code) for e, s in session.execute(stmt)]

    def for_student(self, student_id: str) -> builtins.list[EnrollmentRecord]:
        with self._store.read() as session:
            student = require_student(session, student_id)
            stmt = (
                select(Enrollment, Course.code)
                .join(Course, Course.id == Enrollment.course_id)
                .where(
                    Enrollment.student_id == student.id,
                    Enrollment.deleted_at.is_(None),
                    Course.deleted_at.is_(None),
                )
                .order_by(Course.code)
            )
            return [enrollment_record(e, student, c) for e, c in session.execute(stmt)]

    # -- one at a time ---------------------------------------------------------

    def enroll(
        self,
        course_id: str,
        student_id: str,
        role: str = EnrollmentRole.STUDENT.value,
        status: str | None = None,
    ) -> EnrollmentRecord:
        """Enroll a student; a student goes on the waitlist when the course is full.

        ``status="active"`` insists on a seat and raises CapacityReached when full.
        """
        role = rules.check_role(role)
        wanted = None if status is None else rules.check_enrollment_status(status)
        with self._store.write() as session:
            course = self._open_course(session, course_id)
            student = require_student(session, student_id)
            existing = session.scalar(
                select(Enrollment).where(
                    Enrollment.course_id == course.id, Enrollment.student_id == student.id
                )
            )
            if existing is not None and existing.deleted_at is None:
                raise Duplicate(
                    messages.already_enrolled(
                        f"{student.given_name} {student.family_name}", course.code, existing.status
                    ),
                    "student_id",
                )
            final = self._seat_status(session, course, role, wanted)
            if existing is not None:  # enrolled once, then removed: bring the row back
                existing.deleted_at = None
                existing.role = role
                existing.status = final
                existing.enrolled_at = self._now()
                row = existing
            else:
                row = Enrollment(
                    id=derived_id(course.id, student.id),
                    course_id=course.id,
                    student_id=student.id,
                    role=role,
                    status=final,
                    enrolled_at=self._now(),
                    progress=0.0,
                )
                session.add(row)
            session.flush()
            return enrollment_record(row, student, course.code)

    def change_role(self, enrollment_id: str, role: str) -> EnrollmentRecord:
        role = rules.check_role(role)
        with self._store.write() as session:
            row, course = self._editable(session, enrollment_id)
            if role != row.role and _takes_seat(role, row.status):
                self._require_seat(session, course)
            row.role = role
            session.flush()
            return self._record(session, row)

    def change_status(self, enrollment_id: str, status: str) -> EnrollmentRecord:
        status = rules.check_enrollment_status(status)
        with self._store.write() as session:
            row, course = self._editable(session, enrollment_id)
            if (
                status != row.status
                and _takes_seat(row.role, status)
                and not _takes_seat(row.role, row.status)
            ):
                self._require_seat(session, course)
            row.status = status
            session.flush()
            return self._record(session, row)

    def drop(self, enrollment_id: str) -> EnrollmentRecord:
        """The student leaves the course; their progress is kept."""
        return self.change_status(enrollment_id, EnrollmentStatus.DROPPED.value)

    def promote(self, enrollment_id: str) -> EnrollmentRecord:
        """Give a waitlisted student a seat."""
        with self._store.write() as session:
            row, course = self._editable(session, enrollment_id)
            if row.status != EnrollmentStatus.WAITLISTED.value:
                raise ValidationError(
                    msg(
                        "Only waitlisted students can be promoted (this one is {status}).",
                        status=row.status,
                    ),
                    "status",
                )
            self._require_seat(session, course)
            row.status = EnrollmentStatus.ACTIVE.value
            session.flush()
            return self._record(session, row)

    def promote_next(self, course_id: str) -> EnrollmentRecord | None:
        """Promote whoever has waited longest; None when the waitlist is empty."""
        with self._store.read() as session:
            first = session.scalar(
                select(Enrollment.id)
                .where(
                    Enrollment.course_id == course_id,
                    Enrollment.deleted_at.is_(None),
                    Enrollment.status == EnrollmentStatus.WAITLISTED.value,
                )
                .order_by(Enrollment.enrolled_at, Enrollment.id)
            )
        return None if first is None else self.promote(first)

    def remove(self, enrollment_id: str) -> EnrollmentRecord:
        """Take an enrollment away entirely (an enrollment made by mistake).

        Prefer :meth:`drop` for a student who leaves: it keeps them on the list.
        """
        with self._store.write() as session:
            row, _course = self._editable(session, enrollment_id)
            row.deleted_at = self._now()
            session.flush()
            return self._record(session, row)

    def restore(self, enrollment_id: str) -> EnrollmentRecord:
        """Undo :meth:`remove` (used by undo)."""
        with self._store.write() as session:
            row = session.get(Enrollment, enrollment_id) if isinstance(enrollment_id, str) else None
            if row is None:
                raise NotFound("This enrollment no longer exists.")
            course = load(session, Course, row.course_id, "course")
            require_teacher(session, course, self.me, "its enrollments")
            if row.deleted_at is not None:
                if _takes_seat(row.role, row.status):
                    self._require_seat(session, course)
                row.deleted_at = None
            session.flush()
            return self._record(session, row)

    # -- in bulk ---------------------------------------------------------------

    def bulk_enroll(
        self,
        course_id: str,
        entries: Sequence[Mapping[str, Any]],
        *,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> BulkResult:
        """Enroll many students at once: all of them, or none.

        Each entry names a student by ``student_id``, or by ``external_id`` and/or
        ``email`` (a student not in the directory yet is created from
        ``given_name``, ``family_name`` and ``email``); ``role`` is optional and
        ``line`` says where the entry came from (default: its 1-based number).
        Students already enrolled are left as they are. When any entry is wrong,
        ValidationError lists every wrong one in ``errors`` and nothing is written.

        ``progress(done, total)`` is called as the entries are checked and written;
        an exception it raises (a Cancel) rolls everything back.
        """
        try:
            with self._store.write() as session:
                result = self._bulk(session, course_id, entries, progress or _no_progress)
                if dry_run:
                    raise _Rollback
                return result
        except _Rollback:
            return result

    def _bulk(
        self,
        session: Session,
        course_id: str,
        entries: Sequence[Mapping[str, Any]],
        progress: Callable[[int, int], None],
    ) -> BulkResult:
        course = self._open_course(session, course_id)
        total = 2 * len(entries)
        progress(0, total)
        errors: builtins.list[RowError] = []
        parsed: builtins.list[tuple[int, dict[str, Any], str, str | None]] = []
        for number, entry in enumerate(entries, start=1):
            if number % _PROGRESS_EVERY == 0:
                progress(number // 2, total)
            line = int(entry.get("line", number)) if isinstance(entry, Mapping) else number
            try:
                if not isinstance(entry, Mapping):
                    raise ValidationError("This entry is not a set of named values.")
                parsed.append((line, *_parse_entry(entry)))
            except DomainError as exc:
                errors.append(RowError(exc.message, exc.field, line=line))

        by_id, by_ext, by_email = _preload(session, [p[1] for p in parsed])
        enrolled = set(
            session.scalars(
                select(Enrollment.student_id).where(
                    Enrollment.course_id == course.id, Enrollment.deleted_at.is_(None)
                )
            )
        )
        seen: dict[str, int] = {}
        to_create: builtins.list[tuple[int, dict[str, Any], str, str | None]] = []
        new_students: dict[str, Student] = {}
        new_by_ext: dict[str, Student] = {}
        skipped = 0
        for done, (line, values, role, status) in enumerate(parsed, start=1):
            if done % _PROGRESS_EVERY == 0:
                progress((len(entries) + done) // 2, total)
            student = (
                by_id.get(values.get("student_id", ""))
                or by_ext.get(values.get("external_id") or "")
                or by_email.get(values.get("email") or "")
                or new_students.get(values.get("email") or "")
                or new_by_ext.get(values.get("external_id") or "")
            )
            if student is None and "student_id" in values:
                errors.append(
                    RowError("This student is not in the directory.", "student_id", line=line)
                )
                continue
            if student is None:
                missing = [f for f in ("given_name", "family_name", "email") if not values.get(f)]
                if missing:
                    needed = {
                        "given_name": msg("This student is new, so a given name is needed."),
                        "family_name": msg("This student is new, so a family name is needed."),
                        "email": msg("This student is new, so an email is needed."),
                    }
                    errors.append(
                        RowError(
                            needed[missing[0]],
                            missing[0],
                            line=line,
                        )
                    )
                    continue
                student = Student(
                    id=new_id(),
                    given_name=values["given_name"],
                    family_name=values["family_name"],
                    email=values["email"],
                    external_id=values.get("external_id"),
                )
                new_students[student.email] = student
                if student.external_id:
                    new_by_ext[student.external_id] = student
            elif values.get("external_id") and student.external_id not in (
                None,
                values["external_id"],
            ):
                errors.append(
                    RowError(
                        msg(
                            "The email {email} belongs to {given_name} {family_name}, whose SIS "
                            "id is {external_id}, not {value}.",
                            email=student.email,
                            given_name=student.given_name,
                            family_name=student.family_name,
                            external_id=student.external_id,
                            value=values["external_id"],
                        ),
                        "external_id",
                        line=line,
                    )
                )
                continue
            if student.id in seen:
                errors.append(
                    RowError(
                        msg(
                            "{given_name} {family_name} is listed twice (also on line {value}).",
                            given_name=student.given_name,
                            family_name=student.family_name,
                            value=seen[student.id],
                        ),
                        "student_id",
                        line=line,
                    )
                )
                continue
            seen[student.id] = line
            if student.id in enrolled:
                skipped += 1
                continue
            to_create.append((line, {"student": student}, role, status))

        if errors:
            count = len(errors)
            raise ValidationError(
                msg("1 entry has a problem; nobody was enrolled.")
                if count == 1
                else msg("{count} entries have problems; nobody was enrolled.", count=count),
                None,
                errors=list(errors),
            )

        session.add_all(new_students.values())
        seated = seated_count(session, course.id)
        now = self._now()
        created: builtins.list[Enrollment] = []
        waitlisted = 0
        # Students removed from the course earlier get their old row back (one row
        # per course and student).
        removed = {
            e.student_id: e
            for e in session.scalars(
                select(Enrollment).where(
                    Enrollment.course_id == course.id, Enrollment.deleted_at.is_not(None)
                )
            )
        }
        for done, (_line, payload, role, status) in enumerate(to_create, start=1):
            if done % _PROGRESS_EVERY == 0:
                progress(len(entries) + done * len(entries) // len(to_create), total)
            student = payload["student"]
            final = status or EnrollmentStatus.ACTIVE.value
            if _takes_seat(role, final) and course.capacity is not None:
                if seated >= course.capacity:
                    final = EnrollmentStatus.WAITLISTED.value
                    waitlisted += 1
                else:
                    seated += 1
            row = removed.get(student.id) or Enrollment(
                id=derived_id(course.id, student.id),
                course_id=course.id,
                student_id=student.id,
                progress=0.0,
            )
            row.deleted_at = None
            row.role = role
            row.status = final
            row.enrolled_at = now
            session.add(row)
            created.append(row)
        session.flush()
        students = (
            {s.id: s for s in new_students.values()}
            | by_id
            | {s.id: s for s in by_ext.values()}
            | {s.id: s for s in by_email.values()}
        )
        progress(total, total)
        return BulkResult(
            created=tuple(
                enrollment_record(r, students.get(r.student_id), course.code) for r in created
            ),
            waitlisted=waitlisted,
            skipped=skipped,
        )

    # -- helpers ---------------------------------------------------------------

    def _record(self, session: Session, row: Enrollment) -> EnrollmentRecord:
        student = session.get(Student, row.student_id)
        course = session.get(Course, row.course_id)
        return enrollment_record(row, student, course.code if course else "")

    def _open_course(self, session: Session, course_id: str) -> Course:
        course = load(session, Course, course_id, "course")
        require_teacher(session, course, self.me, "its enrollments")
        if course.status == CourseStatus.ARCHIVED.value:
            raise ValidationError(messages.course_archived(course.code), "course_id")
        return course

    def _editable(self, session: Session, enrollment_id: str) -> tuple[Enrollment, Course]:
        row = load(session, Enrollment, enrollment_id, "enrollment")
        course = load(session, Course, row.course_id, "course")
        require_teacher(session, course, self.me, "its enrollments")
        return row, course

    def _seat_status(self, session: Session, course: Course, role: str, wanted: str | None) -> str:
        if not _takes_seat(role, wanted or EnrollmentStatus.ACTIVE.value):
            return wanted or EnrollmentStatus.ACTIVE.value
        full = course.capacity is not None and seated_count(session, course.id) >= course.capacity
        if not full:
            return wanted or EnrollmentStatus.ACTIVE.value
        if wanted is None:
            return EnrollmentStatus.WAITLISTED.value
        raise CapacityReached(_full_message(course, seated_count(session, course.id)), "status")

    def _require_seat(self, session: Session, course: Course) -> None:
        seated = seated_count(session, course.id)
        if course.capacity is not None and seated >= course.capacity:
            raise CapacityReached(_full_message(course, seated), "status")


def _parse_entry(entry: Mapping[str, Any]) -> tuple[dict[str, Any], str, str | None]:
    known = {
        "student_id",
        "external_id",
        "email",
        "given_name",
        "family_name",
        "role",
        "status",
        "line",
    }
    for key in entry:
        if key not in known:
            raise ValidationError(msg("Unknown column '{key}'.", key=key), str(key))
    values: dict[str, Any] = {}
    if entry.get("student_id"):
        values["student_id"] = str(entry["student_id"]).strip()
    names = {k: entry.get(k) for k in ("given_name", "family_name", "email", "external_id")}
    present = {k: v for k, v in names.items() if v not in (None, "")}
    values.update(student_values(present))
    if not values.get("student_id") and not values.get("external_id") and not values.get("email"):
        raise ValidationError("Each student needs an email address or a SIS id.", "email")
    role = rules.check_role(entry.get("role") or EnrollmentRole.STUDENT.value)
    status = entry.get("status")
    wanted = None
    if status not in (None, ""):
        wanted = rules.check_enrollment_status(status)
        if wanted not in (EnrollmentStatus.ACTIVE.value, EnrollmentStatus.WAITLISTED.value):
            raise ValidationError(
                msg("A new enrollment is active or waitlisted, not {wanted}.", wanted=wanted),
                "status",
            )
    return values, role, wanted


def _preload(
    session: Session, entries: Sequence[dict[str, Any]]
) -> tuple[dict[str, Student], dict[str, Student], dict[str, Student]]:
    """The students the entries refer to, in a few IN queries."""
    ids = sorted({e["student_id"] for e in entries if e.get("student_id")})
    exts = sorted({e["external_id"] for e in entries if e.get("external_id")})
    emails = sorted({e["email"] for e in entries if e.get("email")})
    live = Student.deleted_at.is_(None)
    by_id: dict[str, Student] = {}
    by_ext: dict[str, Student] = {}
    by_email: dict[str, Student] = {}
    for column, values, target in (
        (Student.id, ids, by_id),
        (Student.external_id, exts, by_ext),
        (Student.email, emails, by_email),
    ):
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            for student in session.scalars(select(Student).where(live, column.in_(chunk))):
                key = getattr(student, column.key)
                target[key] = student
    return by_id, by_ext, by_email
