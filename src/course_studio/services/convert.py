"""ORM rows to read-only records."""

from __future__ import annotations

from typing import Any

from ..domain.models import Course, Enrollment, Lesson, LessonProgress, Module, Student
from ..domain.records import (
    CourseRecord,
    EnrollmentRecord,
    LessonRecord,
    ModuleRecord,
    ProgressRecord,
    StudentRecord,
)


def course_record(row: Course, **derived: Any) -> CourseRecord:
    return CourseRecord(
        id=row.id,
        owner_id=row.owner_id,
        code=row.code,
        title=row.title,
        description=row.description,
        status=row.status,
        term=row.term,
        category=row.category,
        tags=tuple(row.tags),
        language=row.language,
        start_date=row.start_date,
        end_date=row.end_date,
        capacity=row.capacity,
        created_at=row.created_at,
        updated_at=row.updated_at,
        server_version=row.server_version,
        deleted_at=row.deleted_at,
        **derived,
    )


def module_record(row: Module) -> ModuleRecord:
    return ModuleRecord(
        id=row.id,
        course_id=row.course_id,
        title=row.title,
        position=row.position,
        deleted_at=row.deleted_at,
    )


def lesson_record(row: Lesson) -> LessonRecord:
    return LessonRecord(
        id=row.id,
        module_id=row.module_id,
        title=row.title,
        kind=row.kind,
        body=row.body,
        duration_minutes=row.duration_minutes,
        position=row.position,
        deleted_at=row.deleted_at,
    )


def student_record(row: Student) -> StudentRecord:
    return StudentRecord(
        id=row.id,
        external_id=row.external_id,
        given_name=row.given_name,
        family_name=row.family_name,
        email=row.email,
    )


def enrollment_record(
    row: Enrollment, student: Student | None = None, course_code: str = ""
) -> EnrollmentRecord:
    return EnrollmentRecord(
        id=row.id,
        course_id=row.course_id,
        student_id=row.student_id,
        role=row.role,
        status=row.status,
        enrolled_at=row.enrolled_at,
        progress=row.progress,
        last_activity_at=row.last_activity_at,
        deleted_at=row.deleted_at,
        student_name=f"{student.given_name} {student.family_name}" if student else "",
        student_email=student.email if student else "",
        course_code=course_code,
    )


def progress_record(row: LessonProgress) -> ProgressRecord:
    return ProgressRecord(
        id=row.id,
        enrollment_id=row.enrollment_id,
        lesson_id=row.lesson_id,
        status=row.status,
        score=row.score,
        last_activity_at=row.last_activity_at,
        completed_at=row.completed_at,
    )
