"""ProgressService and the derived values (completion, last activity, at-risk)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from course_studio import Studio, ValidationError
from tests.conftest import NOW, rejects


@pytest.fixture
def setup(studio: Studio, course: Any, students: list[Any]) -> dict[str, Any]:
    module = studio.outline.add_module(course.id, title="Week 1")
    lessons = [studio.outline.add_lesson(module.id, title=f"L{i}") for i in range(4)]
    rows = [studio.enrollments.enroll(course.id, s.id) for s in students[:3]]
    return {"module": module, "lessons": lessons, "rows": rows}


def test_record_updates_completion_and_last_activity(
    studio: Studio, setup: dict[str, Any], course: Any
) -> None:
    row, lessons = setup["rows"][0], setup["lessons"]
    at = NOW - dt.timedelta(days=1)
    p = studio.progress.record(row.id, lessons[0].id, status="completed", score=88, at=at)
    assert (p.status, p.score, p.completed_at) == ("completed", 88.0, at)
    studio.progress.record(row.id, lessons[1].id, status="in_progress", at=NOW)
    enrollment = studio.enrollments.get(row.id)
    assert enrollment.progress == 25.0
    assert enrollment.last_activity_at == NOW
    summary = {s.enrollment_id: s for s in studio.progress.course_summary(course.id)}
    assert summary[row.id].completed_lessons == 1
    assert summary[row.id].completion == 25.0
    assert summary[row.id].average_score == 88.0


def test_an_older_report_does_not_overwrite_a_newer_one(
    studio: Studio, setup: dict[str, Any]
) -> None:
    row, lesson = setup["rows"][0], setup["lessons"][0]
    studio.progress.record(row.id, lesson.id, status="completed", at=NOW)
    late = studio.progress.record(
        row.id, lesson.id, status="in_progress", at=NOW - dt.timedelta(hours=1)
    )
    assert late.status == "completed"


def test_progress_follows_outline_changes(studio: Studio, setup: dict[str, Any]) -> None:
    row, lessons = setup["rows"][0], setup["lessons"]
    studio.progress.record(row.id, lessons[0].id, status="completed")
    assert studio.enrollments.get(row.id).progress == 25.0
    studio.outline.delete_lesson(lessons[3].id)
    assert studio.enrollments.get(row.id).progress == pytest.approx(100 / 3)
    studio.outline.add_lesson(setup["module"].id, title="New")
    assert studio.enrollments.get(row.id).progress == 25.0
    studio.outline.delete_module(setup["module"].id)
    assert studio.enrollments.get(row.id).progress == 0.0


def test_record_rules(studio: Studio, setup: dict[str, Any], course: Any) -> None:
    row, lesson = setup["rows"][0], setup["lessons"][0]
    rejects(
        studio, ValidationError, "status", studio.progress.record, row.id, lesson.id, status="done"
    )
    rejects(
        studio,
        ValidationError,
        "score",
        studio.progress.record,
        row.id,
        lesson.id,
        status="completed",
        score=101,
    )
    rejects(
        studio,
        ValidationError,
        "at",
        studio.progress.record,
        row.id,
        lesson.id,
        status="completed",
        at="last tuesday",
    )
    other = studio.courses.create(code="BIO1", title="Cells")
    m = studio.outline.add_module(other.id, title="W1")
    foreign = studio.outline.add_lesson(m.id, title="Elsewhere")
    rejects(
        studio,
        ValidationError,
        "lesson_id",
        studio.progress.record,
        row.id,
        foreign.id,
        status="completed",
    )
    studio.enrollments.drop(row.id)
    rejects(
        studio,
        ValidationError,
        "enrollment_id",
        studio.progress.record,
        row.id,
        lesson.id,
        status="completed",
    )


def test_at_risk_quiet_and_behind(
    studio: Studio, setup: dict[str, Any], course: Any, clock: Any
) -> None:
    rows, lessons = setup["rows"], setup["lessons"]
    # Course runs 1 Sep - 15 Dec; on 15 Oct a student on pace is at ~42 %.
    for lesson in lessons[:2]:
        studio.progress.record(rows[0].id, lesson.id, status="completed", at=NOW)
    studio.progress.record(
        rows[1].id, lessons[0].id, status="completed", at=NOW - dt.timedelta(days=20)
    )
    summary = {s.enrollment_id: s for s in studio.progress.course_summary(course.id)}
    assert not summary[rows[0].id].at_risk  # 50 %, active today
    assert summary[rows[1].id].at_risk  # quiet for 20 days
    assert summary[rows[2].id].at_risk  # nothing since enrolling 15 Oct ... course began
    assert studio.courses.get(course.id).at_risk == 2


def test_lesson_rates(studio: Studio, setup: dict[str, Any], course: Any) -> None:
    rows, lessons = setup["rows"], setup["lessons"]
    studio.progress.record(rows[0].id, lessons[0].id, status="completed")
    studio.progress.record(rows[1].id, lessons[0].id, status="completed")
    studio.progress.record(rows[1].id, lessons[1].id, status="in_progress")
    rates = studio.progress.lesson_rates(course.id)
    assert [(r.lesson_title, r.completed, r.students) for r in rates] == [
        ("L0", 2, 3),
        ("L1", 0, 3),
        ("L2", 0, 3),
        ("L3", 0, 3),
    ]
    assert rates[0].rate == pytest.approx(200 / 3)


def test_grouped_refresh_gives_the_same_values(
    studio: Studio, setup: dict[str, Any], course: Any, students: list[Any]
) -> None:
    from sqlalchemy import select, update

    from course_studio.domain.models import Enrollment, LessonProgress
    from course_studio.services.derived import refresh_enrollments, refresh_enrollments_grouped

    rows, lessons = setup["rows"], setup["lessons"]
    second = studio.outline.add_module(course.id, title="Week 2")
    extra = studio.outline.add_lesson(second.id, title="Extra")
    for i, lesson in enumerate([*lessons[:3], extra]):
        at = NOW - dt.timedelta(hours=i)
        studio.progress.record(rows[0].id, lesson.id, status="completed", at=at)
    studio.progress.record(rows[1].id, lessons[0].id, status="in_progress", at=NOW)
    studio.progress.record(rows[1].id, lessons[3].id, status="completed", at=NOW)
    studio.outline.delete_lesson(lessons[3].id)  # in the Trash: no longer counted
    studio.outline.delete_module(second.id)
    empty = studio.courses.create(code="EMPTY1", title="No lessons yet")
    lonely = studio.enrollments.enroll(empty.id, students[3].id)
    ids = [r.id for r in rows] + [lonely.id]

    def values(refresh: Any) -> list[tuple[Any, ...]]:
        with studio.store.write(remote=True) as session:
            session.execute(
                update(Enrollment).values(progress=-1.0, last_activity_at=NOW)
            )  # wrong on purpose, so each refresh must set every value
            session.execute(  # a deleted progress row counts for nothing
                update(LessonProgress)
                .where(LessonProgress.lesson_id == lessons[2].id)
                .values(deleted_at=NOW)
            )
            refresh(session, ids)
            found = session.execute(
                select(Enrollment.id, Enrollment.progress, Enrollment.last_activity_at)
            )
            return sorted(tuple(r) for r in found)

    grouped, one_by_one = values(refresh_enrollments_grouped), values(refresh_enrollments)
    assert grouped == one_by_one
    by_id = {r[0]: r[1:] for r in grouped}
    assert by_id[rows[0].id] == (pytest.approx(200 / 3), NOW)
    assert by_id[rows[1].id] == (0.0, NOW)
    assert by_id[rows[2].id] == (0.0, None)
    assert by_id[lonely.id] == (0.0, None)
