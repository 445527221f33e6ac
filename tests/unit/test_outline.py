"""OutlineService: modules and lessons, order, Trash."""

from __future__ import annotations

from typing import Any

import pytest

from course_studio import NotFound, PermissionDenied, Studio, ValidationError
from tests.conftest import rejects


def titles(studio: Studio, course_id: str) -> list[tuple[str, list[str]]]:
    return [
        (m.module.title, [x.title for x in m.lessons]) for m in studio.outline.outline(course_id)
    ]


def test_add_rename_and_order(studio: Studio, course: Any) -> None:
    a = studio.outline.add_module(course.id, title="Basics")
    c = studio.outline.add_module(course.id, title="Advanced")
    b = studio.outline.add_module(course.id, title="Middle", index=1)
    studio.outline.add_lesson(a.id, title="One")
    studio.outline.add_lesson(a.id, title="Zero", index=0)
    studio.outline.add_lesson(b.id, title="Half", kind="quiz", duration_minutes=15)
    assert titles(studio, course.id) == [
        ("Basics", ["Zero", "One"]),
        ("Middle", ["Half"]),
        ("Advanced", []),
    ]
    studio.outline.rename_module(c.id, "  Expert   topics ")
    assert titles(studio, course.id)[2][0] == "Expert topics"
    lesson = studio.outline.outline(course.id)[1].lessons[0]
    assert (lesson.kind, lesson.duration_minutes) == ("quiz", 15)


def test_move_modules_and_lessons(studio: Studio, course: Any) -> None:
    mods = [studio.outline.add_module(course.id, title=t) for t in "ABC"]
    lessons = [studio.outline.add_lesson(mods[0].id, title=f"a{i}") for i in range(3)]
    studio.outline.move_module(mods[2].id, 0)
    assert [m for m, _ in titles(studio, course.id)] == ["C", "A", "B"]
    studio.outline.move_module(mods[2].id, 99)  # past the end = last
    assert [m for m, _ in titles(studio, course.id)] == ["A", "B", "C"]
    studio.outline.move_lesson(lessons[2].id, 0)
    assert titles(studio, course.id)[0][1] == ["a2", "a0", "a1"]
    studio.outline.move_lesson(lessons[0].id, 0, module_id=mods[1].id)
    assert titles(studio, course.id)[:2] == [("A", ["a2", "a1"]), ("B", ["a0"])]


def test_a_reorder_writes_one_row(studio: Studio, course: Any) -> None:
    mods = [studio.outline.add_module(course.id, title=t) for t in "ABCDE"]
    before = {m.module.id: m.module.position for m in studio.outline.outline(course.id)}
    studio.outline.move_module(mods[4].id, 1)
    after = {m.module.id: m.module.position for m in studio.outline.outline(course.id)}
    assert [k for k in before if before[k] != after[k]] == [mods[4].id]


def test_outline_rules(studio: Studio, course: Any) -> None:
    module = studio.outline.add_module(course.id, title="Basics")
    other = studio.courses.create(code="BIO1", title="Cells")
    elsewhere = studio.outline.add_module(other.id, title="Elsewhere")
    lesson = studio.outline.add_lesson(module.id, title="One")
    rejects(studio, ValidationError, "title", studio.outline.add_module, course.id, title=" ")
    rejects(studio, ValidationError, "title", studio.outline.add_lesson, module.id, title="x" * 121)
    rejects(
        studio,
        ValidationError,
        "kind",
        studio.outline.add_lesson,
        module.id,
        title="Ok",
        kind="podcast",
    )
    rejects(
        studio,
        ValidationError,
        "duration_minutes",
        studio.outline.add_lesson,
        module.id,
        title="Ok",
        duration_minutes=-5,
    )
    rejects(
        studio,
        ValidationError,
        "module_id",
        studio.outline.move_lesson,
        lesson.id,
        0,
        module_id=elsewhere.id,
    )
    rejects(studio, ValidationError, "index", studio.outline.move_module, module.id, -1)
    rejects(studio, NotFound, None, studio.outline.add_lesson, "nope", title="Ok")
    rejects(
        studio, ValidationError, "colour", studio.outline.update_lesson, lesson.id, colour="red"
    )


def test_delete_and_restore(studio: Studio, course: Any) -> None:
    module = studio.outline.add_module(course.id, title="Basics")
    lesson = studio.outline.add_lesson(module.id, title="One")
    studio.outline.delete_lesson(lesson.id)
    assert titles(studio, course.id) == [("Basics", [])]
    assert [i.entity for i in studio.trash.list()] == ["lesson"]
    studio.outline.delete_module(module.id)
    assert titles(studio, course.id) == []
    rejects(studio, ValidationError, None, studio.outline.restore_lesson, lesson.id)
    studio.trash.restore("module", module.id)
    studio.trash.restore("lesson", lesson.id)
    assert titles(studio, course.id) == [("Basics", ["One"])]


def test_only_teachers_change_outlines(studio: Studio) -> None:
    bob = studio.instructors.create(username="bob", display_name="Bob")
    theirs = studio.courses.create(code="BIO1", title="Cells", owner_id=bob.id)
    rejects(studio, PermissionDenied, None, studio.outline.add_module, theirs.id, title="Mine")


def test_update_lesson(studio: Studio, course: Any) -> None:
    module = studio.outline.add_module(course.id, title="Basics")
    lesson = studio.outline.add_lesson(module.id, title="One")
    changed = studio.outline.update_lesson(lesson.id, body="<p>Hi</p>", kind="video")
    assert (changed.title, changed.body, changed.kind) == ("One", "<p>Hi</p>", "video")
    assert studio.outline.rename_lesson(lesson.id, "Uno").title == "Uno"
    with pytest.raises(NotFound):
        studio.outline.get_lesson("missing")
