"""The student directory: people who can be enrolled in courses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.errors import Duplicate, NotFound, ValidationError, msg
from ..domain.ids import derived_id, new_id
from ..domain.models import Enrollment, LessonProgress, Student
from ..domain.records import StudentRecord
from .base import Service, load, reject_unknown
from .convert import student_record
from .derived import refresh_enrollments

STUDENT_FIELDS = frozenset({"given_name", "family_name", "email", "external_id"})


def student_values(fields: dict[str, Any]) -> dict[str, Any]:
    checkers = {
        "given_name": lambda v: rules.check_name(v, "given_name"),
        "family_name": lambda v: rules.check_name(v, "family_name"),
        "email": rules.check_email,
        "external_id": rules.check_external_id,
    }
    return {name: checkers[name](value) for name, value in fields.items()}


def check_unique(
    session: Session, email: str | None, external_id: str | None, student_id: str | None
) -> None:
    live = Student.deleted_at.is_(None)
    if email is not None:
        other = session.scalar(
            select(Student).where(live, Student.email == email, Student.id != (student_id or ""))
        )
        if other is not None:
            raise Duplicate(
                msg(
                    "{given_name} {family_name} already uses the email {email}.",
                    given_name=other.given_name,
                    family_name=other.family_name,
                    email=email,
                ),
                "email",
            )
    if external_id is not None:
        other = session.scalar(
            select(Student).where(
                live, Student.external_id == external_id, Student.id != (student_id or "")
            )
        )
        if other is not None:
            raise Duplicate(
                msg(
                    "The SIS id {external_id} already belongs to {given_name} {family_name}.",
                    external_id=external_id,
                    given_name=other.given_name,
                    family_name=other.family_name,
                ),
                "external_id",
            )


class StudentService(Service):
    def create(
        self,
        *,
        given_name: str,
        family_name: str,
        email: str,
        external_id: str | None = None,
    ) -> StudentRecord:
        values = student_values(
            {
                "given_name": given_name,
                "family_name": family_name,
                "email": email,
                "external_id": external_id,
            }
        )
        with self._store.write() as session:
            check_unique(session, values["email"], values["external_id"], None)
            student = Student(id=new_id(), **values)
            session.add(student)
            session.flush()
            return student_record(student)

    def get(self, student_id: str) -> StudentRecord:
        with self._store.read() as session:
            return student_record(load(session, Student, student_id, "student"))

    def update(self, student_id: str, **changes: Any) -> StudentRecord:
        reject_unknown(changes, STUDENT_FIELDS, "student")
        values = student_values(changes)
        with self._store.write() as session:
            student = load(session, Student, student_id, "student")
            check_unique(session, values.get("email"), values.get("external_id"), student.id)
            for name, value in values.items():
                if getattr(student, name) != value:
                    setattr(student, name, value)
            session.flush()
            return student_record(student)

    def find(
        self, *, external_id: str | None = None, email: str | None = None
    ) -> StudentRecord | None:
        """The student with this SIS id, else with this email, else None."""
        with self._store.read() as session:
            found = find_student(session, external_id, email)
            return student_record(found) if found else None

    def search(self, text: str = "", limit: int = 50, offset: int = 0) -> list[StudentRecord]:
        """Students whose name, email or SIS id contains every word of ``text``."""
        if not isinstance(text, str):
            raise ValidationError("The search must be text.", "text")
        with self._store.read() as session:
            stmt = select(Student).where(Student.deleted_at.is_(None))
            for word in text.split():
                pattern = f"%{word.lower()}%"
                stmt = stmt.where(
                    or_(
                        func.lower(Student.given_name).like(pattern),
                        func.lower(Student.family_name).like(pattern),
                        Student.email.like(pattern),
                        func.lower(func.coalesce(Student.external_id, "")).like(pattern),
                    )
                )
            stmt = stmt.order_by(Student.family_name, Student.given_name, Student.id)
            rows = session.scalars(stmt.offset(max(offset, 0)).limit(max(limit, 0))).all()
            return [student_record(r) for r in rows]

    def count(self) -> int:
        with self._store.read() as session:
            return int(
                session.scalar(select(func.count(Student.id)).where(Student.deleted_at.is_(None)))
                or 0
            )

    def merge(self, keep_id: str, duplicate_id: str) -> StudentRecord:
        """Fold a duplicate student into ``keep_id``.

        Enrollments move over; where both were enrolled in the same course, the
        enrollment with more progress stays and the other's lesson activity is merged
        into it. The duplicate's missing SIS id is kept. The duplicate is deleted.
        """
        if keep_id == duplicate_id:
            raise ValidationError("Pick two different students to merge.", "duplicate_id")
        with self._store.write() as session:
            keep = load(session, Student, keep_id, "student")
            dup = load(session, Student, duplicate_id, "student")
            if keep.external_id and dup.external_id and keep.external_id != dup.external_id:
                raise ValidationError(
                    msg(
                        "These two have different SIS ids ({external_id} and {external_id2}); "
                        "they are probably different people.",
                        external_id=keep.external_id,
                        external_id2=dup.external_id,
                    ),
                    "duplicate_id",
                )
            touched: list[str] = []
            kept = {
                e.course_id: e
                for e in session.scalars(
                    select(Enrollment).where(
                        Enrollment.student_id == keep.id, Enrollment.deleted_at.is_(None)
                    )
                )
            }
            for enrollment in session.scalars(
                select(Enrollment).where(
                    Enrollment.student_id == dup.id, Enrollment.deleted_at.is_(None)
                )
            ).all():
                other = kept.get(enrollment.course_id)
                if other is None:
                    enrollment.student_id = keep.id
                    continue
                # Both were enrolled: the kept student's row stays (one row per
                # course and student) and takes over the duplicate's activity.
                _merge_progress(session, other, enrollment)
                if _STATUS_RANK.get(enrollment.status, 0) > _STATUS_RANK.get(other.status, 0):
                    other.status = enrollment.status
                enrollment.deleted_at = self._now()
                touched.append(other.id)
            if not keep.external_id and dup.external_id:
                ext = dup.external_id
                dup.external_id = None
                session.flush()
                keep.external_id = ext
            dup.deleted_at = self._now()
            session.flush()
            refresh_enrollments(session, touched)
            return student_record(keep)


def find_student(session: Session, external_id: str | None, email: str | None) -> Student | None:
    live = Student.deleted_at.is_(None)
    if external_id:
        found = session.scalar(select(Student).where(live, Student.external_id == external_id))
        if found is not None:
            return found
    if email:
        return session.scalar(
            select(Student).where(live, Student.email == str(email).strip().lower())
        )
    return None


def _merge_progress(session: Session, winner: Enrollment, loser: Enrollment) -> None:
    """Fold the loser's lesson activity into the winner's: what the winner lacks is
    copied, and a lesson keeps the further of the two statuses."""
    have = {
        p.lesson_id: p
        for p in session.scalars(
            select(LessonProgress).where(LessonProgress.enrollment_id == winner.id)
        )
    }
    for row in session.scalars(
        select(LessonProgress).where(LessonProgress.enrollment_id == loser.id)
    ).all():
        mine = have.get(row.lesson_id)
        if mine is None:
            session.add(
                LessonProgress(
                    id=derived_id(winner.id, row.lesson_id),
                    enrollment_id=winner.id,
                    lesson_id=row.lesson_id,
                    status=row.status,
                    score=row.score,
                    last_activity_at=row.last_activity_at,
                    completed_at=row.completed_at,
                )
            )
        else:
            if _PROGRESS_RANK.get(row.status, 0) > _PROGRESS_RANK.get(mine.status, 0):
                mine.status = row.status
                mine.completed_at = row.completed_at
                if row.score is not None:
                    mine.score = row.score
            if row.last_activity_at and (
                mine.last_activity_at is None or row.last_activity_at > mine.last_activity_at
            ):
                mine.last_activity_at = row.last_activity_at


_PROGRESS_RANK = {"not_started": 0, "in_progress": 1, "completed": 2}
_STATUS_RANK = {"dropped": 0, "waitlisted": 1, "active": 2, "completed": 3}


def require_student(session: Session, student_id: str) -> Student:
    student = session.get(Student, student_id) if isinstance(student_id, str) else None
    if student is None or student.deleted_at is not None:
        raise NotFound("This student is not in the directory.", "student_id")
    return student
