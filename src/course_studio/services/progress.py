"""Lesson activity in, and what it means out: completion, last activity, at-risk."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from ..domain import messages, rules
from ..domain.enums import EnrollmentRole, EnrollmentStatus, ProgressStatus
from ..domain.errors import ValidationError
from ..domain.ids import derived_id
from ..domain.models import Course, Enrollment, Lesson, LessonProgress, Module, Student
from ..domain.progress import completion, is_at_risk
from ..domain.records import LessonRate, ProgressRecord, StudentSummary
from .base import Service, load, require_teacher
from .convert import progress_record
from .derived import live_lessons, refresh_enrollments

SUMMARY_STATUSES = (EnrollmentStatus.ACTIVE.value, EnrollmentStatus.COMPLETED.value)


class ProgressService(Service):
    def record(
        self,
        enrollment_id: str,
        lesson_id: str,
        *,
        status: str,
        score: float | None = None,
        at: dt.datetime | str | None = None,
    ) -> ProgressRecord:
        """Record a student's activity on a lesson (the latest report wins).

        A report older than what is already recorded updates nothing but is not an
        error (activity can arrive out of order).
        """
        status = rules.check_progress_status(status)
        clean_score = rules.check_score(score)
        when = rules.check_timestamp(at) or self._now()
        with self._store.write() as session:
            enrollment = load(session, Enrollment, enrollment_id, "enrollment")
            course = load(session, Course, enrollment.course_id, "course")
            require_teacher(session, course, self.me, "its progress")
            if enrollment.status in (
                EnrollmentStatus.DROPPED.value,
                EnrollmentStatus.WAITLISTED.value,
            ):
                raise ValidationError(
                    messages.not_enrollable(enrollment.status, course.code), "enrollment_id"
                )
            lesson = load(session, Lesson, lesson_id, "lesson")
            module = session.get(Module, lesson.module_id)
            if module is None or module.course_id != course.id or module.deleted_at is not None:
                raise ValidationError(messages.lesson_not_in_course(course.code), "lesson_id")
            row = session.scalar(
                select(LessonProgress).where(
                    LessonProgress.enrollment_id == enrollment.id,
                    LessonProgress.lesson_id == lesson.id,
                )
            )
            if row is None:
                row = LessonProgress(
                    id=derived_id(enrollment.id, lesson.id),
                    enrollment_id=enrollment.id,
                    lesson_id=lesson.id,
                    status=ProgressStatus.NOT_STARTED.value,
                    score=None,
                    last_activity_at=None,
                    completed_at=None,
                )
                session.add(row)
            elif row.deleted_at is not None:
                row.deleted_at = None
            if row.last_activity_at is None or when >= row.last_activity_at:
                row.status = status
                row.last_activity_at = when
                if clean_score is not None:
                    row.score = clean_score
                if status == ProgressStatus.COMPLETED.value:
                    row.completed_at = row.completed_at or when
                else:
                    row.completed_at = None
            refresh_enrollments(session, [enrollment.id])
            return progress_record(row)

    def for_enrollment(self, enrollment_id: str) -> list[ProgressRecord]:
        with self._store.read() as session:
            load(session, Enrollment, enrollment_id, "enrollment")
            rows = session.scalars(
                select(LessonProgress).where(
                    LessonProgress.enrollment_id == enrollment_id,
                    LessonProgress.deleted_at.is_(None),
                )
            ).all()
            return [progress_record(r) for r in rows]

    def course_summary(self, course_id: str) -> list[StudentSummary]:
        """One row per student enrolled (active or completed), by family name."""
        now = self._now()
        with self._store.read() as session:
            course = load(session, Course, course_id, "course")
            lessons = list(session.scalars(live_lessons(course.id)))
            total = len(lessons)
            rows = session.execute(
                select(Enrollment, Student)
                .join(Student, Student.id == Enrollment.student_id)
                .where(
                    Enrollment.course_id == course.id,
                    Enrollment.deleted_at.is_(None),
                    Enrollment.role == EnrollmentRole.STUDENT.value,
                    Enrollment.status.in_(SUMMARY_STATUSES),
                )
                .order_by(Student.family_name, Student.given_name, Enrollment.id)
            ).all()
            done: dict[str, int] = defaultdict(int)
            scores: dict[str, list[float]] = defaultdict(list)
            ids = [e.id for e, _s in rows]
            for start in range(0, len(ids), 500):
                for eid, status, score in session.execute(
                    select(
                        LessonProgress.enrollment_id, LessonProgress.status, LessonProgress.score
                    ).where(
                        LessonProgress.enrollment_id.in_(ids[start : start + 500]),
                        LessonProgress.deleted_at.is_(None),
                        LessonProgress.lesson_id.in_(live_lessons(course.id)),
                    )
                ):
                    if status == ProgressStatus.COMPLETED.value:
                        done[eid] += 1
                    if score is not None:
                        scores[eid].append(score)
            out = []
            for enrollment, student in rows:
                pct = completion(done[enrollment.id], total)
                out.append(
                    StudentSummary(
                        enrollment_id=enrollment.id,
                        student_id=student.id,
                        student_name=f"{student.given_name} {student.family_name}",
                        email=student.email,
                        external_id=student.external_id,
                        role=enrollment.role,
                        status=enrollment.status,
                        completed_lessons=done[enrollment.id],
                        total_lessons=total,
                        completion=pct,
                        average_score=(
                            sum(scores[enrollment.id]) / len(scores[enrollment.id])
                            if scores[enrollment.id]
                            else None
                        ),
                        last_activity_at=enrollment.last_activity_at,
                        at_risk=is_at_risk(
                            role=enrollment.role,
                            status=enrollment.status,
                            progress=pct,
                            last_activity_at=enrollment.last_activity_at,
                            enrolled_at=enrollment.enrolled_at,
                            course_start=course.start_date,
                            course_end=course.end_date,
                            now=now,
                            threshold_days=self._ctx.at_risk_days,
                        ),
                    )
                )
            return out

    def lesson_rates(self, course_id: str) -> list[LessonRate]:
        """Per lesson, in outline order: how many active students completed it."""
        with self._store.read() as session:
            course = load(session, Course, course_id, "course")
            students = int(
                session.scalar(
                    select(func.count(Enrollment.id)).where(
                        Enrollment.course_id == course.id,
                        Enrollment.deleted_at.is_(None),
                        Enrollment.role == EnrollmentRole.STUDENT.value,
                        Enrollment.status.in_(SUMMARY_STATUSES),
                    )
                )
                or 0
            )
            completed_sub = (
                select(LessonProgress.lesson_id, func.count().label("n"))
                .join(Enrollment, Enrollment.id == LessonProgress.enrollment_id)
                .where(
                    Enrollment.course_id == course.id,
                    Enrollment.deleted_at.is_(None),
                    Enrollment.role == EnrollmentRole.STUDENT.value,
                    Enrollment.status.in_(SUMMARY_STATUSES),
                    LessonProgress.deleted_at.is_(None),
                    LessonProgress.status == ProgressStatus.COMPLETED.value,
                )
                .group_by(LessonProgress.lesson_id)
                .subquery()
            )
            stmt: Any = (
                select(Lesson.id, Module.title, Lesson.title, completed_sub.c.n)
                .join(Module, Module.id == Lesson.module_id)
                .outerjoin(completed_sub, completed_sub.c.lesson_id == Lesson.id)
                .where(
                    Module.course_id == course.id,
                    Module.deleted_at.is_(None),
                    Lesson.deleted_at.is_(None),
                )
                .order_by(Module.position, Module.id, Lesson.position, Lesson.id)
            )
            return [
                LessonRate(
                    lesson_id=lid,
                    module_title=mtitle,
                    lesson_title=ltitle,
                    completed=int(n or 0),
                    students=students,
                    rate=(100.0 * int(n or 0) / students) if students else 0.0,
                )
                for lid, mtitle, ltitle, n in session.execute(stmt)
            ]
