"""Undo and redo go through the services and come back to the same data."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from course_studio import NotFound, Studio
from course_studio.ui.commands import (
    AddLesson,
    AddModule,
    ArchiveCourse,
    CreateCourse,
    DeleteCourse,
    DeleteModule,
    DuplicateCourse,
    EditCourse,
    MoveLesson,
    RestoreFromTrash,
)
from course_studio.ui.undo import ServiceCommand, UndoRunner

from ..conftest import dump
from .conftest import RecordingNotifier, settle


def run(runner: UndoRunner, command: ServiceCommand) -> None:
    runner.run(command)
    settle()


def live_codes(studio: Studio) -> list[str]:
    return sorted(c.code for c in studio.courses.list())


def test_create_undo_redo_round_trip(
    studio: Studio, runner: UndoRunner, stack: QUndoStack, notifier: RecordingNotifier
) -> None:
    run(runner, CreateCourse(studio, {"code": "CS101", "title": "Programming"}))
    assert live_codes(studio) == ["CS101"]
    assert stack.undoText() == "Create course" and stack.canUndo()
    stack.undo()
    settle()
    assert live_codes(studio) == []
    assert [i.title for i in studio.trash.list()] == ["CS101 — Programming"]  # to the Trash
    assert stack.redoText() == "Create course"
    stack.redo()
    settle()
    assert live_codes(studio) == ["CS101"] and studio.trash.list() == []
    actions = [(c["action"], c["summary"]) for c in notifier.calls]
    assert actions == [
        ("create", "Created CS101 — Programming."),
        ("undo", "Undid “Create course”."),
        ("redo", "Redid “Create course”."),
    ]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda s, c: EditCourse(s, c.id, {"title": c.title}, {"title": "New"}), "Rename course"),
        (
            lambda s, c: EditCourse(
                s, c.id, {"term": c.term, "capacity": c.capacity}, {"term": "X", "capacity": 9}
            ),
            "Edit course",
        ),
        (lambda s, c: ArchiveCourse(s, c), "Archive course"),
        (lambda s, c: DeleteCourse(s, c), "Delete course"),
        (lambda s, c: DuplicateCourse(s, c.id, "CS102", None), "Duplicate course"),
    ],
)
def test_course_edits_undo_to_the_same_data(
    studio: Studio, runner: UndoRunner, stack: QUndoStack, course: Any, make: Any, expected: str
) -> None:
    before = dump(studio)
    run(runner, make(studio, course))
    after = dump(studio)
    assert after != before
    assert stack.undoText() == expected
    stack.undo()
    settle()
    restored = studio.courses.get(course.id)
    assert restored.title == course.title and restored.status == course.status
    assert restored.term == course.term and restored.capacity == course.capacity
    assert live_codes(studio) == ["CS101"]
    stack.redo()
    settle()
    assert live_codes(studio) == sorted(c.code for c in studio.courses.list())
    if expected == "Delete course":
        assert live_codes(studio) == []
    if expected == "Duplicate course":
        assert live_codes(studio) == ["CS101", "CS102"]


def test_outline_edits_undo(
    studio: Studio, runner: UndoRunner, stack: QUndoStack, course: Any
) -> None:
    add = AddModule(studio, course.id, "Week 1", None)
    run(runner, add)
    assert add.module_id is not None
    lesson = AddLesson(studio, add.module_id, "Intro", "video", None)
    run(runner, lesson)
    second = AddModule(studio, course.id, "Week 2", None)
    run(runner, second)
    assert lesson.lesson_id is not None and second.module_id is not None
    run(runner, MoveLesson(studio, lesson.lesson_id, (add.module_id, 0), (second.module_id, 0)))
    outline = studio.outline.outline(course.id)
    assert [(m.module.title, [x.title for x in m.lessons]) for m in outline] == [
        ("Week 1", []),
        ("Week 2", ["Intro"]),
    ]
    assert stack.undoText() == "Move lesson"
    stack.undo()
    settle()
    outline = studio.outline.outline(course.id)
    assert [len(m.lessons) for m in outline] == [1, 0]
    run(runner, DeleteModule(studio, add.module_id, "Week 1", 1))
    assert [m.module.title for m in studio.outline.outline(course.id)] == ["Week 2"]
    stack.undo()
    settle()
    assert [m.module.title for m in studio.outline.outline(course.id)] == ["Week 1", "Week 2"]
    assert stack.undoText() == "Add module"  # the move was undone and then replaced


def test_restore_from_the_trash_is_undoable(
    studio: Studio, runner: UndoRunner, stack: QUndoStack, course: Any
) -> None:
    studio.courses.delete(course.id)
    run(runner, RestoreFromTrash(studio, "course", course.id, "CS101 — Programming in Python"))
    assert live_codes(studio) == ["CS101"]
    stack.undo()
    settle()
    assert live_codes(studio) == []


def test_a_refused_edit_never_enters_the_history(
    studio: Studio, runner: UndoRunner, stack: QUndoStack, notifier: RecordingNotifier
) -> None:
    run(runner, CreateCourse(studio, {"code": "X", "title": "Too short a code"}))
    assert stack.count() == 0
    assert len(runner.shown_errors) == 1  # type: ignore[attr-defined]
    assert notifier.calls[-1]["ok"] is False
    assert notifier.calls[-1]["summary"].startswith(
        "Could not finish “Create course”: A course code has"
    )


def test_an_undo_that_cannot_happen_any_more_is_reported_and_dropped(
    studio: Studio, runner: UndoRunner, stack: QUndoStack, course: Any, notifier: RecordingNotifier
) -> None:
    run(runner, DeleteCourse(studio, course))
    studio.trash.empty()  # gone for good: the delete cannot be undone now
    stack.undo()
    settle()
    shown = runner.shown_errors  # type: ignore[attr-defined]
    assert len(shown) == 1 and isinstance(shown[0], NotFound)
    assert notifier.calls[-1]["ok"] is False
    assert "Could not undo “Delete course”" in notifier.calls[-1]["summary"]
    command = stack.command(0)
    assert command.isObsolete()
    stack.redo()  # its turn comes: it is dropped without running
    settle()
    assert stack.count() == 0 and len(shown) == 1


def test_activity_undo_only_undoes_the_latest_change(
    studio: Studio, runner: UndoRunner, stack: QUndoStack, notifier: RecordingNotifier
) -> None:
    run(runner, CreateCourse(studio, {"code": "A1", "title": "First course"}))
    first_undo = notifier.calls[-1]["undo"]
    run(runner, CreateCourse(studio, {"code": "B1", "title": "Second course"}))
    latest_undo = notifier.calls[-1]["undo"]
    first_undo()  # not the latest: explains instead of undoing
    settle()
    assert live_codes(studio) == ["A1", "B1"]
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox)
        and w.isVisible()
        and "“Create course” is not the latest change any more" in w.text()
    ]
    assert len(boxes) == 1
    boxes[0].close()
    latest_undo()
    settle()
    assert live_codes(studio) == ["A1"]
