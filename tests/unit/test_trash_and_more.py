"""Trash, instructors and the activity history."""

from __future__ import annotations

from typing import Any

from course_studio import NotFound, Studio, ValidationError
from tests.conftest import rejects


def test_trash_lists_restores_purges_and_empties(studio: Studio, course: Any) -> None:
    other = studio.courses.create(code="BIO1", title="Cells")
    module = studio.outline.add_module(course.id, title="Week 1")
    lesson = studio.outline.add_lesson(module.id, title="Hello")
    kept = studio.outline.add_module(course.id, title="Week 2")
    studio.outline.delete_lesson(lesson.id)
    studio.outline.delete_module(kept.id)
    studio.courses.delete(other.id)
    items = studio.trash.list()
    assert {(i.entity, i.title) for i in items} == {
        ("lesson", "Hello"),
        ("module", "Week 2"),
        ("course", "BIO1 — Cells"),
    }
    assert next(i for i in items if i.entity == "lesson").parent == "CS101 › Week 1"
    studio.trash.restore("module", kept.id)
    assert [m.module.title for m in studio.outline.outline(course.id)] == ["Week 1", "Week 2"]
    studio.trash.purge("lesson", lesson.id)
    rejects(studio, NotFound, None, studio.trash.purge, "lesson", lesson.id)
    rejects(studio, ValidationError, None, studio.trash.restore, "student", "x")
    assert studio.trash.empty() == 1
    assert studio.trash.list() == []
    rejects(studio, NotFound, None, studio.courses.restore, other.id)


def test_purging_a_course_takes_its_rows(studio: Studio, course: Any, students: list[Any]) -> None:
    studio.enrollments.enroll(course.id, students[0].id)
    studio.courses.delete(course.id)
    studio.trash.empty()
    assert studio.enrollments.for_student(students[0].id) == []


def test_instructors(studio: Studio) -> None:
    me = studio.instructors.me_record()
    assert me.id == studio.me and me.username == "tester"
    bob = studio.instructors.create(username="bob", display_name="  Bob   Builder ")
    assert bob.display_name == "Bob Builder"
    rejects(
        studio,
        ValidationError,
        "username",
        studio.instructors.create,
        username="bob",
        display_name="Another Bob",
    )
    rejects(
        studio,
        ValidationError,
        "display_name",
        studio.instructors.create,
        username="x",
        display_name=" ",
    )
    assert [i.username for i in studio.instructors.list()] == ["bob", "tester"]
    assert studio.instructors.update_me(display_name="Dr Tester").display_name == "Dr Tester"


def test_activity_history(studio: Studio) -> None:
    studio.activity.record("create", "Created CS101")
    studio.activity.record("import", "3 rows could not be read", ok=False, details="line 4")
    recent = studio.activity.recent()
    assert [(a.action, a.ok) for a in recent] == [("import", False), ("create", True)]
    assert recent[0].details == "line 4"
    studio.activity.clear()
    assert studio.activity.recent() == []
