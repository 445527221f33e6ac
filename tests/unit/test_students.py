"""StudentService: the directory, lookups and merging duplicates."""

from __future__ import annotations

from typing import Any

from course_studio import Duplicate, NotFound, Studio, ValidationError
from tests.conftest import rejects


def test_create_update_find(studio: Studio) -> None:
    ada = studio.students.create(
        given_name=" Ada ", family_name="Lovelace", email="Ada@Example.ORG", external_id="S1"
    )
    assert (ada.given_name, ada.email) == ("Ada", "ada@example.org")
    assert studio.students.find(external_id="S1") == ada
    assert studio.students.find(email="ADA@example.org") == ada
    assert studio.students.find(external_id="nope", email="ada@example.org") == ada
    assert studio.students.find(external_id="nope") is None
    changed = studio.students.update(ada.id, family_name="King")
    assert changed.full_name == "Ada King"
    assert studio.students.search("king") == [changed]
    assert studio.students.count() == 1


def test_student_rules(studio: Studio, students: list[Any]) -> None:
    rejects(
        studio,
        Duplicate,
        "email",
        studio.students.create,
        given_name="A",
        family_name="B",
        email="ada@example.org",
    )
    rejects(
        studio,
        Duplicate,
        "external_id",
        studio.students.create,
        given_name="A",
        family_name="B",
        email="x@example.org",
        external_id="S1",
    )
    rejects(
        studio,
        ValidationError,
        "email",
        studio.students.create,
        given_name="A",
        family_name="B",
        email="x@",
    )
    rejects(
        studio,
        ValidationError,
        "given_name",
        studio.students.create,
        given_name="",
        family_name="B",
        email="y@example.org",
    )
    rejects(
        studio, Duplicate, "email", studio.students.update, students[1].id, email="ada@example.org"
    )
    rejects(studio, NotFound, None, studio.students.update, "ghost", given_name="X")


def test_merge_moves_enrollments_and_progress(
    studio: Studio, course: Any, students: list[Any]
) -> None:
    keep = students[0]
    dup = studio.students.create(
        given_name="Ada", family_name="Lovelace", email="ada.lovelace@example.org"
    )
    other = studio.courses.create(code="MATH1", title="Numbers")
    module = studio.outline.add_module(course.id, title="W1")
    l1 = studio.outline.add_lesson(module.id, title="One")
    l2 = studio.outline.add_lesson(module.id, title="Two")
    e_keep = studio.enrollments.enroll(course.id, keep.id)
    e_dup = studio.enrollments.enroll(course.id, dup.id)
    studio.enrollments.enroll(other.id, dup.id)
    studio.progress.record(e_keep.id, l1.id, status="completed")
    studio.progress.record(e_dup.id, l2.id, status="completed")

    merged = studio.students.merge(keep.id, dup.id)
    assert merged.id == keep.id
    rejects(studio, NotFound, None, studio.students.get, dup.id)
    codes = [e.course_code for e in studio.enrollments.for_student(keep.id)]
    assert codes == ["CS101", "MATH1"]
    assert studio.enrollments.get(e_keep.id).progress == 100.0
    assert len(studio.enrollments.list(course.id)) == 1


def test_merge_refuses_two_sis_ids(studio: Studio, students: list[Any]) -> None:
    rejects(
        studio,
        ValidationError,
        "duplicate_id",
        studio.students.merge,
        students[0].id,
        students[1].id,
    )
    rejects(
        studio,
        ValidationError,
        "duplicate_id",
        studio.students.merge,
        students[0].id,
        students[0].id,
    )
