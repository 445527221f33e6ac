"""EnrollmentService: enroll, capacity and waitlist, role/status, bulk all-or-nothing."""

from __future__ import annotations

from typing import Any

import pytest

from course_studio import CapacityReached, Duplicate, NotFound, Studio, ValidationError
from tests.conftest import rejects, unchanged


def test_enroll_until_full_then_waitlist(studio: Studio, course: Any, students: list[Any]) -> None:
    rows = [studio.enrollments.enroll(course.id, s.id) for s in students]
    assert [r.status for r in rows] == ["active", "active", "active", "waitlisted"]
    assert rows[0].student_name == "Ada Lovelace"
    listed = studio.enrollments.list(course.id)
    assert [r.student_name for r in listed] == [
        "Edsger Dijkstra",
        "Grace Hopper",
        "Ada Lovelace",
        "Alan Turing",
    ]
    assert len(studio.enrollments.list(course.id, status="waitlisted")) == 1


def test_enroll_rules(studio: Studio, course: Any, students: list[Any]) -> None:
    first = studio.enrollments.enroll(course.id, students[0].id)
    exc = rejects(
        studio, Duplicate, "student_id", studio.enrollments.enroll, course.id, students[0].id
    )
    assert "Ada Lovelace is already enrolled in CS101" in exc.message
    rejects(
        studio,
        ValidationError,
        "role",
        studio.enrollments.enroll,
        course.id,
        students[1].id,
        role="teacher",
    )
    rejects(studio, NotFound, "student_id", studio.enrollments.enroll, course.id, "ghost")
    rejects(studio, NotFound, None, studio.enrollments.enroll, "ghost", students[1].id)
    for s in students[1:3]:
        studio.enrollments.enroll(course.id, s.id)
    exc = rejects(
        studio,
        CapacityReached,
        "status",
        studio.enrollments.enroll,
        course.id,
        students[3].id,
        status="active",
    )
    assert "3 of 3" in exc.message
    # TAs and observers do not take seats
    assert studio.enrollments.enroll(course.id, students[3].id, role="ta").status == "active"
    studio.courses.archive(course.id)
    other = studio.students.create(given_name="New", family_name="Person", email="n@example.org")
    rejects(studio, ValidationError, "course_id", studio.enrollments.enroll, course.id, other.id)
    assert first.status == "active"


def test_drop_then_promote(studio: Studio, course: Any, students: list[Any]) -> None:
    rows = [studio.enrollments.enroll(course.id, s.id) for s in students]
    rejects(studio, CapacityReached, "status", studio.enrollments.promote, rows[3].id)
    rejects(studio, ValidationError, "status", studio.enrollments.promote, rows[0].id)
    assert studio.enrollments.drop(rows[0].id).status == "dropped"
    promoted = studio.enrollments.promote_next(course.id)
    assert promoted is not None and promoted.id == rows[3].id
    assert promoted.status == "active"
    assert studio.enrollments.promote_next(course.id) is None
    rejects(
        studio, CapacityReached, "status", studio.enrollments.change_status, rows[0].id, "active"
    )


def test_change_role_and_status(studio: Studio, course: Any, students: list[Any]) -> None:
    row = studio.enrollments.enroll(course.id, students[0].id)
    assert studio.enrollments.change_role(row.id, "observer").role == "observer"
    assert studio.enrollments.change_status(row.id, "completed").status == "completed"
    rejects(studio, ValidationError, "status", studio.enrollments.change_status, row.id, "gone")
    rejects(studio, ValidationError, "role", studio.enrollments.change_role, row.id, "boss")


def test_remove_and_restore(studio: Studio, course: Any, students: list[Any]) -> None:
    row = studio.enrollments.enroll(course.id, students[0].id)
    studio.enrollments.remove(row.id)
    assert studio.enrollments.list(course.id) == []
    assert studio.enrollments.restore(row.id).deleted_at is None
    studio.enrollments.remove(row.id)
    again = studio.enrollments.enroll(course.id, students[0].id)
    assert again.id == row.id  # the same row comes back


def test_bulk_enroll_creates_students_and_fills_seats(
    studio: Studio, course: Any, students: list[Any]
) -> None:
    studio.enrollments.enroll(course.id, students[0].id)
    result = studio.enrollments.bulk_enroll(
        course.id,
        [
            {"student_id": students[0].id},  # already enrolled: skipped
            {"email": "ALAN@example.org"},  # by email
            {"external_id": "S3", "role": "student"},  # by SIS id
            {
                "email": "new@example.org",
                "given_name": "New",
                "family_name": "Person",
                "external_id": "S9",
            },  # created
            {"email": "ta@example.org", "given_name": "Tee", "family_name": "Ay", "role": "ta"},
        ],
    )
    assert result.skipped == 1
    assert len(result.created) == 4
    assert result.waitlisted == 1
    assert studio.students.find(external_id="S9") is not None
    assert {r.status for r in studio.enrollments.list(course.id)} == {"active", "waitlisted"}


def test_bulk_enroll_is_all_or_nothing(studio: Studio, course: Any, students: list[Any]) -> None:
    entries = [
        {"email": "alan@example.org"},
        {"email": "not-an-email", "given_name": "X", "family_name": "Y"},
        {"email": "fresh@example.org"},
        {"student_id": "ghost"},
        {"external_id": "S1", "role": "king"},
        {"email": "alan@example.org", "line": 42},
        {"email": "ada@example.org", "external_id": "S77"},
        "not a mapping",
    ]
    with unchanged(studio), pytest.raises(ValidationError) as info:
        studio.enrollments.bulk_enroll(course.id, entries)  # type: ignore[arg-type]
    errors = info.value.errors
    assert info.value.message == "7 entries have problems; nobody was enrolled."
    by_line = {e.line: (e.field, e.message) for e in errors}  # type: ignore[attr-defined]
    assert set(by_line) == {2, 3, 4, 5, 42, 7, 8}
    assert by_line[2][0] == "email"
    assert "given name" in by_line[3][1]
    assert by_line[4][0] == "student_id"
    assert by_line[5][0] == "role"
    assert "listed twice (also on line 1)" in by_line[42][1]
    assert by_line[7][0] == "external_id"


def test_bulk_dry_run_writes_nothing(studio: Studio, course: Any, students: list[Any]) -> None:
    with unchanged(studio):
        result = studio.enrollments.bulk_enroll(
            course.id, [{"email": s.email} for s in students], dry_run=True
        )
    assert len(result.created) == 4 and result.waitlisted == 1


def test_for_student(studio: Studio, course: Any, students: list[Any]) -> None:
    other = studio.courses.create(code="AAA1", title="First by code")
    studio.enrollments.enroll(course.id, students[0].id)
    studio.enrollments.enroll(other.id, students[0].id)
    assert [e.course_code for e in studio.enrollments.for_student(students[0].id)] == [
        "AAA1",
        "CS101",
    ]
