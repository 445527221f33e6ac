"""The outline editor: the tree model, drag and drop, keyboard moves, rename in place,
lesson details."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui.changes import ChangeHub
from course_studio.ui.outline_model import LESSON, MODULE, OutlineModel, OutlineRole
from course_studio.ui.outline_tab import OutlineTab
from course_studio.ui.undo import UndoRunner

from ..conftest import unchanged
from .conftest import settle

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def outlined(studio: Studio, course: Any) -> Any:
    """CS101 with Week 1 (A, B, C) and Week 2 (D)."""
    week1 = studio.outline.add_module(course.id, title="Week 1")
    week2 = studio.outline.add_module(course.id, title="Week 2")
    for title in "ABC":
        studio.outline.add_lesson(week1.id, title=title, duration_minutes=10)
    studio.outline.add_lesson(week2.id, title="D", kind="quiz")
    return course


def stored(studio: Studio, course_id: str) -> list[tuple[str, list[str]]]:
    return [
        (m.module.title, [x.title for x in m.lessons]) for m in studio.outline.outline(course_id)
    ]


@pytest.fixture
def tab(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, runner: UndoRunner, outlined: Any
) -> OutlineTab:
    widget = OutlineTab(studio, hub, runner)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.set_course(outlined.id)
    return widget


def test_the_tree_model_passes_the_model_tester(
    qtmodeltester: ModelTester, studio: Studio, outlined: Any
) -> None:
    model = OutlineModel(studio.outline.outline)
    qtmodeltester.check(model)
    model.set_course(outlined.id)
    assert model.titles() == [("Week 1", ["A", "B", "C"]), ("Week 2", ["D"])]
    week1 = model.index(0, 0)
    assert model.rowCount(week1) == 3 and model.rowCount(model.index(0, 1)) == 0
    assert model.index(0, 1, week1).data() == "Page"
    assert model.index(0, 2).data() == "30 min"
    assert model.index(0, 1).data() == "3 lessons"
    assert model.parent(model.index(2, 0, week1)) == week1
    assert model.index(0, 0, model.index(1, 0)).data(OutlineRole.LESSON_KIND) == "quiz"
    model.set_course(None)
    assert model.rowCount() == 0


def drag(model: OutlineModel, index: QModelIndex) -> QMimeData:
    return model.mimeData([index])


def test_drag_and_drop_moves_lessons_and_modules(
    tab: OutlineTab, studio: Studio, stack: QUndoStack, outlined: Any
) -> None:
    model = tab.model
    week1, week2 = model.index(0, 0), model.index(1, 0)
    # A dropped between B and C (row 2 in the view counts A itself)
    assert model.dropMimeData(drag(model, model.index(0, 0, week1)), MOVE, 2, 0, week1)
    settle()
    assert stored(studio, outlined.id)[0] == ("Week 1", ["B", "A", "C"])
    assert model.titles()[0] == ("Week 1", ["B", "A", "C"])  # the tree reloaded
    assert stack.undoText() == "Move lesson"
    # C dropped onto Week 2: to its end
    week1, week2 = model.index(0, 0), model.index(1, 0)
    assert model.dropMimeData(drag(model, model.index(2, 0, week1)), MOVE, -1, 0, week2)
    settle()
    assert stored(studio, outlined.id) == [("Week 1", ["B", "A"]), ("Week 2", ["D", "C"])]
    # Week 2 dropped before Week 1
    assert model.dropMimeData(drag(model, model.index(1, 0)), MOVE, 0, 0, QModelIndex())
    settle()
    assert [t for t, _ in stored(studio, outlined.id)] == ["Week 2", "Week 1"]
    assert stack.undoText() == "Move module"
    for _ in range(3):
        stack.undo()
    settle()
    assert stored(studio, outlined.id) == [("Week 1", ["A", "B", "C"]), ("Week 2", ["D"])]
    assert model.titles() == stored(studio, outlined.id)


def test_drops_that_make_no_sense_are_refused(
    tab: OutlineTab, studio: Studio, outlined: Any
) -> None:
    model = tab.model
    week1 = model.index(0, 0)
    lesson_a = model.index(0, 0, week1)
    with unchanged(studio):
        # a module inside a module, a lesson at the top level, a drop onto itself
        assert not model.canDropMimeData(drag(model, week1), MOVE, 0, 0, model.index(1, 0))
        assert not model.canDropMimeData(drag(model, lesson_a), MOVE, 0, 0, QModelIndex())
        assert not model.dropMimeData(drag(model, lesson_a), MOVE, 0, 0, week1)
        assert not model.dropMimeData(drag(model, lesson_a), Qt.DropAction.CopyAction, 2, 0, week1)
        foreign = QMimeData()
        foreign.setData(model.mimeTypes()[0], b'{"kind": "lesson", "id": "x", "course": "other"}')
        assert not model.canDropMimeData(foreign, MOVE, 0, 0, week1)
        garbage = QMimeData()
        garbage.setData(model.mimeTypes()[0], b"\xff not json")
        assert not model.canDropMimeData(garbage, MOVE, 0, 0, week1)
        settle()
    assert model.removeRows(0, 1, week1) is False


def test_alt_up_and_down_move_with_the_keyboard(
    qtbot: QtBot, tab: OutlineTab, studio: Studio, outlined: Any
) -> None:
    model, tree = tab.model, tab.tree
    tree.setFocus()
    tab.select(model.index(1, 0, model.index(0, 0)))  # B
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored(studio, outlined.id)[0] == ("Week 1", ["B", "A", "C"])
    assert model.data(tree.currentIndex().siblingAtColumn(0)) == "B"  # selection followed
    for _ in range(3):  # B goes down past A and C, then into Week 2
        qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        settle()
    assert stored(studio, outlined.id) == [("Week 1", ["A", "C"]), ("Week 2", ["B", "D"])]
    tab.select(model.index(1, 0))  # Week 2 up
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert [t for t, _ in stored(studio, outlined.id)] == ["Week 2", "Week 1"]
    assert not tab.up_action.isEnabled()  # already first


def test_rename_in_place_and_refused_titles(
    qtbot: QtBot, tab: OutlineTab, studio: Studio, stack: QUndoStack, outlined: Any
) -> None:
    model = tab.model
    refused: list[str] = []
    model.refused.connect(refused.append)
    week1 = model.index(0, 0)
    assert model.flags(week1) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(week1, "  Getting   started ")
    settle()
    assert stored(studio, outlined.id)[0][0] == "Getting started"
    assert stack.undoText() == "Rename module"
    lesson = model.index(0, 0, model.index(0, 0))
    with unchanged(studio):
        assert not model.setData(lesson, "   ")
        settle()
    assert refused == ["Every lesson needs a title."]
    assert model.setData(lesson, "Welcome")
    settle()
    assert stored(studio, outlined.id)[0][1][0] == "Welcome"
    assert stack.undoText() == "Rename lesson"
    stack.undo()
    stack.undo()
    settle()
    assert stored(studio, outlined.id)[0] == ("Week 1", ["A", "B", "C"])


def test_f2_opens_the_editor_in_place(qtbot: QtBot, tab: OutlineTab) -> None:
    tab.tree.setFocus()
    tab.select(tab.model.index(0, 0))
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    assert tab.tree.state() == tab.tree.State.EditingState


def test_add_and_delete_with_undo(
    tab: OutlineTab, studio: Studio, stack: QUndoStack, outlined: Any
) -> None:
    tab.select(tab.model.index(0, 0))
    tab.add_module()
    settle()
    assert [t for t, _ in stored(studio, outlined.id)] == ["Week 1", "New module", "Week 2"]
    assert tab.model.data(tab.tree.currentIndex()) == "New module"  # selected for renaming
    tab.add_lesson()
    settle()
    assert stored(studio, outlined.id)[1] == ("New module", ["New lesson"])
    tab.select(tab.model.index(0, 0))
    tab.delete()
    settle()
    assert [t for t, _ in stored(studio, outlined.id)] == ["New module", "Week 2"]
    assert [i.title for i in studio.trash.list()] == ["Week 1"]
    stack.undo()
    settle()
    assert stored(studio, outlined.id)[0][0] == "Week 1"


def test_lesson_details_are_checked_and_saved(
    qtbot: QtBot, tab: OutlineTab, studio: Studio, stack: QUndoStack, outlined: Any
) -> None:
    tab.select(tab.model.index(0, 0, tab.model.index(1, 0)))  # D, a quiz
    details = tab.lesson_details
    assert tab.details.currentWidget() is details
    assert details.kind.currentData() == "quiz"
    assert not details.save_button.isEnabled()
    details.duration.setText("25 minutes")
    assert details.duration_message.text() == (
        "The duration must be a whole number of minutes (got '25 minutes')."
    )
    assert not details.save_button.isEnabled()
    details.duration.setText("25")
    details.kind.setCurrentIndex(details.kind.findData("video"))
    details.body.setPlainText("Watch this.")
    assert details.save_button.isEnabled()
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    settle()
    lesson = studio.outline.outline(outlined.id)[1].lessons[0]
    assert (lesson.kind, lesson.duration_minutes, lesson.body) == ("video", 25, "Watch this.")
    assert stack.undoText() == "Edit lesson"
    assert not details.save_button.isEnabled()  # saved: nothing left to save


def test_a_course_i_do_not_teach_is_read_only(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, runner: UndoRunner, outlined: Any
) -> None:
    widget = OutlineTab(studio, hub, runner)
    qtbot.addWidget(widget)
    widget.set_editable(False)
    widget.set_course(outlined.id)
    model = widget.model
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "Changed")
    assert not model.canDropMimeData(drag(model, model.index(1, 0)), MOVE, 0, 0, QModelIndex())
    assert not widget.add_module_action.isEnabled() and not widget.delete_action.isEnabled()
    assert widget.readonly_note.text().startswith("You do not teach this course")
    assert model.item_kind(model.index(0, 0)) == MODULE
    assert model.item_kind(model.index(0, 0, model.index(0, 0))) == LESSON
