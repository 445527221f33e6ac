"""CourseService: every call, and every rule rejecting bad input without writing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from course_studio import (
    DuplicateCode,
    NotFound,
    PermissionDenied,
    Studio,
    ValidationError,
)
from tests.conftest import rejects


def test_create_returns_a_frozen_record_with_defaults(studio: Studio) -> None:
    course = studio.courses.create(code="cs101", title="  Programming   in Python ")
    assert course.code == "CS101"
    assert course.title == "Programming in Python"
    assert course.status == "draft"
    assert course.language == "en"
    assert course.tags == ()
    assert course.owner_id == studio.me
    assert course.instructor_ids == (studio.me,)
    with pytest.raises(AttributeError):
        course.title = "x"  # type: ignore[misc]
    assert studio.courses.get(course.id) == course


def test_create_with_every_field(studio: Studio) -> None:
    course = studio.courses.create(
        code="MATH-201",
        title="Linear Algebra",
        description="Vectors and matrices.",
        status="published",
        term="Fall 2026",
        category="Mathematics",
        tags="algebra, Proofs",
        language="de",
        start_date=dt.date(2026, 9, 1),
        end_date="2026-12-15",
        capacity="40",
    )
    assert course.tags == ("algebra", "proofs")
    assert course.start_date == dt.date(2026, 9, 1)
    assert course.end_date == dt.date(2026, 12, 15)
    assert course.capacity == 40
    assert course.status == "published"


@pytest.mark.parametrize(
    ("fields", "error", "field"),
    [
        ({"code": "", "title": "Valid title"}, ValidationError, "code"),
        ({"code": "9X", "title": "Valid title"}, ValidationError, "code"),
        ({"code": "CS1", "title": "ab"}, ValidationError, "title"),
        ({"code": "CS1", "title": "x" * 121}, ValidationError, "title"),
        ({"code": "CS1", "title": "Valid", "status": "open"}, ValidationError, "status"),
        ({"code": "CS1", "title": "Valid", "capacity": 0}, ValidationError, "capacity"),
        ({"code": "CS1", "title": "Valid", "capacity": "many"}, ValidationError, "capacity"),
        ({"code": "CS1", "title": "Valid", "language": "English"}, ValidationError, "language"),
        ({"code": "CS1", "title": "Valid", "start_date": "soon"}, ValidationError, "start_date"),
        (
            {"code": "CS1", "title": "Valid", "start_date": "2026-09-02", "end_date": "2026-09-01"},
            ValidationError,
            "end_date",
        ),
        ({"code": "CS1", "title": "Valid", "tags": ["ok", 'b"ad']}, ValidationError, "tags"),
        ({"code": "CS1", "title": "Valid", "colour": "red"}, ValidationError, "colour"),
        (
            {"code": "CS1", "title": "Valid", "description": "x" * 10_001},
            ValidationError,
            "description",
        ),
        ({"code": "CS1", "title": "Valid", "term": "x" * 41}, ValidationError, "term"),
    ],
)
def test_create_rejects_bad_input(
    studio: Studio, fields: dict[str, Any], error: type[Exception], field: str
) -> None:
    rejects(studio, error, field, studio.courses.create, **fields)  # type: ignore[arg-type]


def test_codes_are_unique_per_instructor(studio: Studio, course: Any) -> None:
    exc = rejects(
        studio, DuplicateCode, "code", studio.courses.create, code="cs101", title="Another"
    )
    assert "Programming in Python" in exc.message
    other = studio.instructors.create(username="bob", display_name="Bob Builder")
    # another instructor may use the same code
    assert studio.courses.create(code="CS101", title="Bob's course", owner_id=other.id)


def test_update_changes_only_given_fields(studio: Studio, course: Any, clock: Any) -> None:
    clock.now += dt.timedelta(hours=1)
    updated = studio.courses.update(course.id, title="Python for Everyone")
    assert updated.title == "Python for Everyone"
    assert updated.code == course.code
    assert updated.tags == course.tags
    assert updated.updated_at > course.updated_at


def test_update_rules(studio: Studio, course: Any, students: list[Any]) -> None:
    rejects(
        studio, ValidationError, "end_date", studio.courses.update, course.id, end_date="2026-08-01"
    )
    rejects(
        studio,
        ValidationError,
        "end_date",
        studio.courses.update,
        course.id,
        start_date="2027-01-01",
    )
    studio.courses.create(code="CS102", title="Data Structures")
    rejects(studio, DuplicateCode, "code", studio.courses.update, course.id, code="cs102")
    for student in students[:2]:
        studio.enrollments.enroll(course.id, student.id)
    exc = rejects(studio, ValidationError, "capacity", studio.courses.update, course.id, capacity=1)
    assert "2 students" in exc.message
    assert studio.courses.update(course.id, capacity=2).capacity == 2
    rejects(studio, ValidationError, "nonsense", studio.courses.update, course.id, nonsense=1)
    rejects(studio, NotFound, None, studio.courses.update, "no-such-id", title="Whatever")


def test_archive_and_unarchive(studio: Studio, course: Any) -> None:
    assert studio.courses.archive(course.id).status == "archived"
    assert studio.courses.unarchive(course.id).status == "draft"


def test_delete_moves_to_trash_and_restore_brings_back(studio: Studio, course: Any) -> None:
    studio.courses.delete(course.id)
    rejects(studio, NotFound, None, studio.courses.get, course.id)
    assert [i.id for i in studio.trash.list()] == [course.id]
    assert studio.courses.list() == []
    restored = studio.courses.restore(course.id)
    assert restored.deleted_at is None
    assert studio.courses.get(course.id).code == "CS101"
    assert studio.trash.list() == []


def test_restore_refuses_a_code_taken_meanwhile(studio: Studio, course: Any) -> None:
    studio.courses.delete(course.id)
    studio.courses.create(code="CS101", title="A new one")
    rejects(studio, DuplicateCode, "code", studio.courses.restore, course.id)


def test_duplicate_copies_settings_and_outline(
    studio: Studio, course: Any, students: list[Any]
) -> None:
    week1 = studio.outline.add_module(course.id, title="Week 1")
    week2 = studio.outline.add_module(course.id, title="Week 2")
    studio.outline.add_lesson(week1.id, title="Hello", kind="video", duration_minutes=10)
    studio.outline.add_lesson(week1.id, title="Variables", body="<p>x = 1</p>")
    studio.outline.add_lesson(week2.id, title="Loops")
    gone = studio.outline.add_lesson(week2.id, title="Deleted lesson")
    studio.outline.delete_lesson(gone.id)
    studio.enrollments.enroll(course.id, students[0].id)

    copy = studio.courses.duplicate(course.id, code="CS101-B", title="Programming (B)")
    assert copy.id != course.id
    assert (copy.code, copy.title, copy.status) == ("CS101-B", "Programming (B)", "draft")
    assert (copy.term, copy.tags, copy.capacity) == (course.term, course.tags, course.capacity)
    assert copy.enrolled == 0

    def shape(course_id: str) -> list[tuple[str, list[tuple[str, str, str, int | None]]]]:
        return [
            (m.module.title, [(x.title, x.kind, x.body, x.duration_minutes) for x in m.lessons])
            for m in studio.outline.outline(course_id)
        ]

    assert shape(copy.id) == shape(course.id)
    assert len(shape(copy.id)[1][1]) == 1
    rejects(studio, DuplicateCode, "code", studio.courses.duplicate, course.id, code="CS101")
    rejects(studio, ValidationError, "code", studio.courses.duplicate, course.id, code="")


def test_list_paging_and_search(studio: Studio) -> None:
    for n in range(12):
        studio.courses.create(
            code=f"C{n:02d}", title=f"Course number {n}", tags=["even" if n % 2 == 0 else "odd"]
        )
    assert [c.code for c in studio.courses.list(limit=5)] == [f"C{n:02d}" for n in range(5)]
    assert [c.code for c in studio.courses.list(limit=5, offset=10)] == ["C10", "C11"]
    assert len(studio.courses.list(query="odd")) == 6
    assert [c.code for c in studio.courses.list(query="number 1")] == ["C01", "C10", "C11"]
    assert studio.courses.count(query="even") == 6
    rejects(studio, ValidationError, "limit", studio.courses.list, limit=-1)


def test_my_courses_and_permissions(studio: Studio, course: Any) -> None:
    bob = studio.instructors.create(username="bob", display_name="Bob Builder")
    theirs = studio.courses.create(code="BIO1", title="Cells", owner_id=bob.id)
    shared = studio.courses.create(code="BIO2", title="Genes", owner_id=bob.id)
    assert {c.code for c in studio.courses.my_courses()} == {"CS101"}
    rejects(studio, PermissionDenied, None, studio.courses.update, theirs.id, title="Mine now")
    exc = rejects(studio, PermissionDenied, None, studio.courses.delete, theirs.id)
    assert "Bob Builder" in exc.message
    # Bob adds me as co-instructor (through his own services)
    from course_studio.services import CourseService, ServiceContext

    as_bob = CourseService(ServiceContext(studio.store, bob.id, studio.context.clock))
    as_bob.add_co_instructor(shared.id, studio.me)
    assert {c.code for c in studio.courses.my_courses()} == {"CS101", "BIO2"}
    assert studio.courses.update(shared.id, title="Genes and genomes").title == (
        "Genes and genomes"
    )
    rejects(studio, PermissionDenied, None, studio.courses.delete, shared.id)
    rejects(studio, PermissionDenied, None, studio.courses.update, shared.id, status="published")
    as_bob.remove_co_instructor(shared.id, studio.me)
    assert {c.code for c in studio.courses.my_courses()} == {"CS101"}


def test_impact_sentence(studio: Studio, course: Any, students: list[Any]) -> None:
    assert studio.courses.impact(course.id).sentence() == "The course is empty."
    module = studio.outline.add_module(course.id, title="Week 1")
    studio.outline.add_lesson(module.id, title="One")
    studio.outline.add_lesson(module.id, title="Two")
    for s in students[:3]:
        studio.enrollments.enroll(course.id, s.id)
    assert studio.courses.impact(course.id).sentence() == (
        "It has 3 enrollments, 1 module and 2 lessons."
    )


def test_stats_on_records(studio: Studio, course: Any, students: list[Any]) -> None:
    module = studio.outline.add_module(course.id, title="Week 1")
    lessons = [studio.outline.add_lesson(module.id, title=f"L{i}") for i in range(4)]
    enrollments = [studio.enrollments.enroll(course.id, s.id) for s in students]
    assert [e.status for e in enrollments] == ["active"] * 3 + ["waitlisted"]
    studio.progress.record(enrollments[0].id, lessons[0].id, status="completed")
    studio.progress.record(enrollments[0].id, lessons[1].id, status="completed")
    record = studio.courses.get(course.id)
    assert (record.enrolled, record.waitlisted, record.lessons) == (3, 1, 4)
    assert record.avg_progress == pytest.approx(50.0 / 3)


def test_known_values(studio: Studio, course: Any) -> None:
    studio.courses.create(code="X1", title="Other", term="Spring 2027", tags=["ml"])
    values = studio.courses.known_values()
    assert values["term"] == ["Fall 2026", "Spring 2027"]
    assert values["tag"] == ["beginner", "ml", "python"]
    assert values["category"] == ["Computer Science"]
