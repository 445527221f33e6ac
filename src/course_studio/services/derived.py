"""Keep the derived columns of enrollments (completion, last activity) in step with
the rows they come from, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select, update
from sqlalchemy.orm import Session

from ..domain.enums import ProgressStatus
from ..domain.models import Enrollment, Lesson, LessonProgress, Module
from ..store.outbox import note_change

_CHUNK = 500


def live_lessons(course_id: object) -> Select[Any]:
    """Ids of a course's lessons that are not in the Trash (nor their module)."""
    return (
        select(Lesson.id)
        .join(Module, Module.id == Lesson.module_id)
        .where(
            Module.course_id == course_id,
            Module.deleted_at.is_(None),
            Lesson.deleted_at.is_(None),
        )
    )


def _refresh(session: Session, condition: object) -> None:
    total = (
        select(func.count())
        .select_from(Lesson)
        .join(Module, Module.id == Lesson.module_id)
        .where(
            Module.course_id == Enrollment.course_id,
            Module.deleted_at.is_(None),
            Lesson.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    completed = (
        select(func.count())
        .select_from(LessonProgress)
        .join(Lesson, Lesson.id == LessonProgress.lesson_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(
            LessonProgress.enrollment_id == Enrollment.id,
            LessonProgress.deleted_at.is_(None),
            LessonProgress.status == ProgressStatus.COMPLETED.value,
            Module.course_id == Enrollment.course_id,
            Module.deleted_at.is_(None),
            Lesson.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    last = (
        select(func.max(LessonProgress.last_activity_at))
        .where(
            LessonProgress.enrollment_id == Enrollment.id,
            LessonProgress.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    session.execute(
        update(Enrollment)
        .where(condition)  # type: ignore[arg-type]
        .values(
            progress=case(
                (total == 0, literal(0.0)),
                else_=literal(100.0) * case((completed > total, total), else_=completed) / total,
            ),
            last_activity_at=last,
        )
        .execution_options(synchronize_session=False)
    )
    note_change(session, "enrollments")


def refresh_course(session: Session, course_id: str) -> None:
    """Recompute every enrollment of a course (after its outline changed)."""
    session.flush()
    _refresh(session, and_(Enrollment.course_id == course_id))


def refresh_enrollments(session: Session, enrollment_ids: Iterable[str]) -> None:
    session.flush()
    ids = list(dict.fromkeys(enrollment_ids))
    for start in range(0, len(ids), _CHUNK):
        _refresh(session, Enrollment.id.in_(ids[start : start + _CHUNK]))
