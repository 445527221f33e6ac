"""The course editor checks as the instructor types and puts service errors on the
field they name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui.course_editor import CourseEditor, EditorMode
from course_studio.ui.undo import UndoRunner

from ..conftest import unchanged
from .conftest import RecordingNotifier, settle


def open_editor(
    qtbot: QtBot, studio: Studio, runner: UndoRunner, mode: EditorMode, record: Any = None
) -> CourseEditor:
    editor = CourseEditor(studio, runner, mode, record)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def type_into(qtbot: QtBot, editor: CourseEditor, name: str, text: str) -> None:
    widget = editor.fields[name].widget
    edit = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
    assert edit is not None
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_fields_are_checked_as_the_instructor_types(
    qtbot: QtBot, studio: Studio, runner: UndoRunner
) -> None:
    editor = open_editor(qtbot, studio, runner, EditorMode.CREATE)
    assert not editor.save_button.isEnabled()
    assert editor.hint.text() == "To save, fill in: Code, Title."
    assert editor.message_for("code") == ""  # untouched fields do not shout

    type_into(qtbot, editor, "code", "CS 101")
    assert editor.message_for("code") == (
        "A course code may contain letters, digits, '-', '_' and '.', not a space."
    )
    assert editor.fields["code"].message.isVisible()
    type_into(qtbot, editor, "code", "CS101")
    assert editor.message_for("code") == ""
    assert not editor.fields["code"].message.isVisible()
    assert not editor.save_button.isEnabled()  # the title is still missing

    type_into(qtbot, editor, "title", "Programming in Python")
    assert editor.save_button.isEnabled()

    type_into(qtbot, editor, "start_date", "2026-09-01")
    type_into(qtbot, editor, "end_date", "2026-08-01")
    assert editor.message_for("end_date") == (
        "The end date (1 Aug 2026) must be on or after the start date (1 Sep 2026)."
    )
    assert not editor.save_button.isEnabled()
    type_into(qtbot, editor, "end_date", "2026-12-15")
    type_into(qtbot, editor, "capacity", "0")
    assert editor.message_for("capacity") == (
        "The capacity is at least 1 seat; leave it empty for no limit."
    )
    type_into(qtbot, editor, "capacity", "")
    assert editor.save_button.isEnabled()


def test_create_saves_through_the_service_and_can_be_undone(
    qtbot: QtBot, studio: Studio, runner: UndoRunner, stack: QUndoStack, notifier: RecordingNotifier
) -> None:
    editor = open_editor(qtbot, studio, runner, EditorMode.CREATE)
    type_into(qtbot, editor, "code", "cs101")
    type_into(qtbot, editor, "title", "Programming   in Python")
    type_into(qtbot, editor, "tags", "python, Beginner")
    type_into(qtbot, editor, "capacity", "25")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    course = saved.args[0]
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = studio.courses.get(course.id)
    assert (stored.code, stored.title, stored.tags, stored.capacity) == (
        "CS101",
        "Programming in Python",
        ("beginner", "python"),
        25,
    )
    assert stack.undoText() == "Create course"
    assert notifier.calls[-1]["action"] == "create"
    assert notifier.calls[-1]["summary"] == "Created CS101 — Programming in Python."


def test_a_service_error_lands_on_its_field_and_nothing_is_written(
    qtbot: QtBot, studio: Studio, runner: UndoRunner, stack: QUndoStack, course: Any
) -> None:
    editor = open_editor(qtbot, studio, runner, EditorMode.CREATE)
    type_into(qtbot, editor, "code", "cs101")  # the `course` fixture has CS101
    type_into(qtbot, editor, "title", "Another course")
    assert editor.save_button.isEnabled()  # the rules alone see nothing wrong
    with unchanged(studio), qtbot.waitSignal(runner.failed):
        editor.save()
        settle()
    assert editor.isVisible() and editor.result() == 0
    assert editor.message_for("code").startswith("You already have a course with the code CS101")
    assert editor.fields["code"].message.isVisible()
    assert not editor.save_button.isEnabled()
    assert stack.count() == 0 and runner.shown_errors == []  # type: ignore[attr-defined]
    type_into(qtbot, editor, "code", "CS102")  # changing the field clears the message
    assert editor.message_for("code") == "" and editor.save_button.isEnabled()


def test_edit_saves_only_what_changed_and_names_the_change(
    qtbot: QtBot, studio: Studio, runner: UndoRunner, stack: QUndoStack, course: Any
) -> None:
    editor = open_editor(qtbot, studio, runner, EditorMode.EDIT, course)
    assert editor.fields["code"].read() == "CS101"
    assert editor.fields["start_date"].read() == "2026-09-01"
    assert not editor.save_button.isEnabled()
    assert editor.hint.text() == "Nothing has changed yet."
    type_into(qtbot, editor, "title", "Python for Everyone")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved):
        editor.save()
    settle()
    assert studio.courses.get(course.id).title == "Python for Everyone"
    assert stack.undoText() == "Rename course"


def test_capacity_below_the_enrolled_students_is_refused_while_typing(
    qtbot: QtBot, studio: Studio, runner: UndoRunner, course: Any, students: list[Any]
) -> None:
    for student in students[:2]:
        studio.enrollments.enroll(course.id, student.id)
    editor = open_editor(qtbot, studio, runner, EditorMode.EDIT, studio.courses.get(course.id))
    type_into(qtbot, editor, "capacity", "1")
    assert editor.message_for("capacity") == (
        "The capacity cannot be lower than the 2 students already enrolled."
    )
    assert not editor.save_button.isEnabled()


def test_duplicate_suggests_a_free_code_and_copies(
    qtbot: QtBot, studio: Studio, runner: UndoRunner, course: Any
) -> None:
    module = studio.outline.add_module(course.id, title="Week 1")
    studio.outline.add_lesson(module.id, title="Hello")
    editor = open_editor(qtbot, studio, runner, EditorMode.DUPLICATE, course)
    assert set(editor.fields) == {"code", "title"}
    assert editor.fields["code"].read() == "CS101-2"
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    settle()
    copy = saved.args[0]
    assert copy.code == "CS101-2" and copy.status == "draft"
    assert [m.module.title for m in studio.outline.outline(copy.id)] == ["Week 1"]
