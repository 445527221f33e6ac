"""Keep the derived columns of enrollments (completion, last activity) in step with
the rows they come from, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, func, literal, select, text, update
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


#: The derived columns of many enrollments at once: one pass over their progress rows
#: grouped by enrollment, with each course's live lesson count computed once. It gives
#: the same values as ``_refresh`` (the same arithmetic, in the same order).
_GROUPED = text(
    f"""
    UPDATE enrollments SET
        progress = CASE WHEN coalesce(agg.total, 0) = 0 THEN 0.0
                   ELSE 100.0 * min(agg.done, agg.total) / agg.total END,
        last_activity_at = agg.last
    FROM (
        SELECT e.id AS id,
               max(t.n) AS total,
               coalesce(sum(CASE WHEN p.deleted_at IS NULL
                                  AND p.status = '{ProgressStatus.COMPLETED.value}'
                                  AND l.deleted_at IS NULL AND m.deleted_at IS NULL
                                  AND m.course_id = e.course_id THEN 1 ELSE 0 END), 0) AS done,
               max(CASE WHEN p.deleted_at IS NULL THEN p.last_activity_at END) AS last
        FROM enrollments AS e
        LEFT JOIN (
            SELECT lm.course_id AS course_id, count(*) AS n
            FROM lessons AS ll JOIN modules AS lm ON lm.id = ll.module_id
            WHERE lm.deleted_at IS NULL AND ll.deleted_at IS NULL
            GROUP BY lm.course_id
        ) AS t ON t.course_id = e.course_id
        LEFT JOIN lesson_progress AS p ON p.enrollment_id = e.id
        LEFT JOIN lessons AS l ON l.id = p.lesson_id
        LEFT JOIN modules AS m ON m.id = l.module_id
        WHERE e.id IN :ids
        GROUP BY e.id
    ) AS agg
    WHERE enrollments.id = agg.id
    """
).bindparams(bindparam("ids", expanding=True))


def refresh_enrollments_grouped(session: Session, enrollment_ids: Iterable[str]) -> None:
    """``refresh_enrollments`` for many enrollments at a time (a pulled page of
    progress rows): the same values, several times less work per enrollment."""
    session.flush()
    ids = list(dict.fromkeys(enrollment_ids))
    for start in range(0, len(ids), _GROUPED_CHUNK):
        session.execute(_GROUPED, {"ids": ids[start : start + _GROUPED_CHUNK]})
    note_change(session, "enrollments")


_GROUPED_CHUNK = 5_000
