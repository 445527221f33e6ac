"""The main window as an instructor uses it: list, detail, actions, layout kept
between runs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui.changes import ChangeHub
from course_studio.ui.course_editor import CourseEditor
from course_studio.ui.course_model import column_index
from course_studio.ui.main_window import MainWindow
from course_studio.ui.workers import Op

from .conftest import RecordingNotifier, make_window, open_message_box, settle


@pytest.fixture
def three(studio: Studio, students: list[Any]) -> list[Any]:
    made = [
        studio.courses.create(code=code, title=title, term="Fall 2026", capacity=10)
        for code, title in (
            ("CS101", "Programming"),
            ("CS201", "Data Structures"),
            ("MA101", "Calculus"),
        )
    ]
    studio.enrollments.enroll(made[0].id, students[0].id)
    week = studio.outline.add_module(made[0].id, title="Week 1")
    studio.outline.add_lesson(week.id, title="Welcome")
    return made


OUTLINE = 1


def current_code(window: MainWindow) -> str | None:
    record = window.courses.current_record()
    return record.code if record else None


def test_the_window_shows_the_courses_and_the_first_one(
    three: list[Any], window: MainWindow
) -> None:
    window.course_model.refresh()
    settle()
    assert window.course_model.rowCount() == 3
    assert window.courses.count.text() == "3 courses"
    assert current_code(window) is not None
    assert window.detail.stack.currentWidget() is window.detail.page
    assert window.detail.header.title.text() == window.courses.current_record().title  # type: ignore[union-attr]
    assert window.saving_label.text() == "All changes saved"
    assert window.user_label.text() == "Signed in as Tester"


def test_search_filters_and_ctrl_f_focuses_it(
    three: list[Any], qtbot: QtBot, window: MainWindow
) -> None:
    window.course_model.refresh()
    settle()
    window.find_action.trigger()
    assert window.courses.search.hasFocus() or QApplication.focusWidget() is window.courses.search
    qtbot.keyClicks(window.courses.search, "cs")
    assert window.courses.proxy.rowCount() == 2
    assert window.courses.count.text() == "2 of 3 courses"
    window.courses.search.setText("nothing like this")
    assert window.courses.count.text() == "No course matches “nothing like this”"
    qtbot.keyClick(window.courses.search, Qt.Key.Key_Escape)
    assert window.courses.search.text() == "" and window.courses.proxy.rowCount() == 3


def test_a_store_change_refreshes_the_list_and_keeps_the_selection(
    three: list[Any], qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    window.course_model.refresh()
    settle()
    window.courses.select_id(three[1].id)
    scroll = window.courses.table.verticalScrollBar().value()
    with qtbot.waitSignal(window.course_model.loaded):
        Op(None, lambda: studio.courses.create(code="AA100", title="Arriving course")).run()
        Op(None, lambda: studio.courses.update(three[1].id, title="Data Structures II")).run()
    settle()
    assert window.course_model.rowCount() == 4
    assert current_code(window) == "CS201"
    assert window.detail.header.title.text() == "Data Structures II"
    assert window.courses.table.verticalScrollBar().value() == scroll
    # an enrollment changes the numbers shown in the list
    student = studio.students.create(given_name="Ada", family_name="L", email="ada2@example.org")
    Op(None, lambda: studio.enrollments.enroll(three[1].id, student.id)).run()
    settle()
    row = window.course_model.row_of(three[1].id)
    assert window.course_model.index(row, column_index("enrolled")).data() == "1 / 10"


def test_new_course_with_ctrl_n_selects_it(
    three: list[Any], qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    window.activateWindow()
    window.course_actions.new.trigger()
    editor = window.course_actions.editor
    assert isinstance(editor, CourseEditor) and editor.isVisible()
    assert window.course_actions.new.shortcut().toString() == "Ctrl+N"
    editor.fields["code"].write("NEW1")
    editor.fields["title"].write("A brand new course")
    editor.save()
    settle()
    assert current_code(window) == "NEW1"
    assert window.undo_action.text() == "&Undo Create course"
    assert window.notifier.calls[-1]["summary"] == "Created NEW1 — A brand new course."


def test_delete_asks_with_what_will_be_lost_then_undo_restores(
    three: list[Any], qtbot: QtBot, window: MainWindow, studio: Studio, stack: QUndoStack
) -> None:
    window.course_model.refresh()
    settle()
    window.courses.select_id(three[0].id)
    window.courses.table.setFocus()
    qtbot.keyClick(window.courses.table, Qt.Key.Key_Delete)
    box = open_message_box(window)
    assert box.text() == "Delete CS101 — Programming?"
    assert box.informativeText().startswith("It has 1 enrollment, 1 module and 1 lesson.")
    box.findChild(QAbstractButton, "confirmButton").click()  # type: ignore[union-attr]
    settle()
    assert [c.code for c in studio.courses.list()] == ["CS201", "MA101"]
    assert current_code(window) != "CS101"
    assert window.undo_action.text() == "&Undo Delete course"
    window.undo_action.trigger()
    settle()
    assert [c.code for c in studio.courses.list()] == ["CS101", "CS201", "MA101"]
    assert window.redo_action.text() == "&Redo Delete course"


def test_cancelled_delete_changes_nothing(
    three: list[Any], qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    window.courses.select_id(three[2].id)
    window.course_actions.delete.trigger()
    open_message_box(window).reject()
    settle()
    assert len(studio.courses.list()) == 3
    assert window.undo_stack.count() == 0


def test_courses_of_another_instructor_cannot_be_changed(
    three: list[Any], window: MainWindow, studio: Studio
) -> None:
    other = studio.instructors.create(username="other", display_name="Olive Other")
    theirs = studio.courses.create(code="OT101", title="Their course", owner_id=other.id)
    window.course_model.refresh()
    settle()
    window.courses.select_id(theirs.id)
    actions = window.course_actions
    assert not actions.edit.isEnabled() and not actions.delete.isEnabled()
    assert actions.duplicate.isEnabled()
    assert "Olive Other owns this course" in window.overview.readonly.text()


def test_archive_toggles_and_the_overview_follows(
    three: list[Any], window: MainWindow, studio: Studio
) -> None:
    window.courses.select_id(three[0].id)
    window.course_actions.archive.trigger()
    settle()
    assert studio.courses.get(three[0].id).status == "archived"
    assert window.detail.header.chip.text() == "Archived"
    assert window.course_actions.archive.text() == "Un&archive Course"
    window.undo_action.trigger()
    settle()
    assert studio.courses.get(three[0].id).status == "draft"


def test_trash_dialog_restores_and_empties(
    three: list[Any], qtbot: QtBot, window: MainWindow, studio: Studio, qtmodeltester: Any
) -> None:
    studio.courses.delete(three[0].id)
    studio.courses.delete(three[1].id)
    window.trash_action.trigger()
    trash = window.trash
    assert trash is not None and trash.isVisible()
    qtmodeltester.check(trash.model)
    assert trash.model.rowCount() == 2
    trash.table.selectRow(0)
    restored = trash.selected()
    assert restored is not None
    trash.restore()
    settle()
    assert trash.model.rowCount() == 1
    assert restored.id in {c.id for c in studio.courses.list()}
    assert window.undo_action.text() == "&Undo Restore course"
    trash.table.setFocus()
    qtbot.keyClick(trash.table, Qt.Key.Key_Delete)  # the keyboard asks too
    asked = open_message_box(trash)
    assert asked.text().startswith("Delete “") and asked.text().endswith("” for good?")
    asked.reject()
    settle()
    assert trash.model.rowCount() == 1
    trash.confirm_empty()
    box = open_message_box(trash)
    assert "will be deleted for good" in box.informativeText()
    box.findChild(QAbstractButton, "confirmButton").click()  # type: ignore[union-attr]
    settle()
    assert studio.trash.list() == [] and trash.model.rowCount() == 0
    assert trash.empty_note.isVisible() and not trash.empty_button.isEnabled()


def test_layout_is_kept_between_runs(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, settings: QSettings, three: list[Any]
) -> None:
    first = make_window(qtbot, studio, hub, QUndoStack(), settings)
    header = first.courses.table.horizontalHeader()
    tags = column_index("tags")
    first.courses.set_column_shown(tags, False)
    first.courses.table.setColumnWidth(column_index("title"), 333)
    header.moveSection(header.visualIndex(column_index("term")), 0)
    first.courses.table.sortByColumn(column_index("title"), Qt.SortOrder.AscendingOrder)
    first.splitter.setSizes([200, 500])
    sizes = first.splitter.sizes()
    first.courses.select_id(three[2].id)
    first.detail.tabs.setCurrentIndex(OUTLINE)
    first.history_dock.show()
    first.close()

    second = make_window(qtbot, studio, hub, QUndoStack(), settings)
    table = second.courses.table
    header = table.horizontalHeader()
    assert table.isColumnHidden(tags)
    assert not second.courses.column_actions[tags].isChecked()
    assert table.columnWidth(column_index("title")) == 333
    assert header.visualIndex(column_index("term")) == 0
    assert header.sortIndicatorSection() == column_index("title")
    assert [second.course_model.index(r, 0).data() for r in range(3)] == ["MA101", "CS201", "CS101"]
    assert second.splitter.sizes() == sizes
    assert current_code(second) == "MA101"
    assert second.detail.tabs.currentIndex() == OUTLINE
    assert second.history_dock.isVisible()


def unnamed_controls(window: MainWindow) -> list[str]:
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), (QAbstractScrollArea, QComboBox, QLineEdit)):
            continue  # viewports and inner parts speak through their owner
        if isinstance(widget, QTabBar) or widget.objectName() == "qt_scrollarea_viewport":
            continue
        if isinstance(widget, (QAbstractButton, QLabel)) and widget.text():
            continue  # a button or label with text is named by it
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__}:{widget.objectName()}")
    return unnamed


def test_every_control_has_an_accessible_name(three: list[Any], window: MainWindow) -> None:
    window.activity_dock.show()
    window.history_dock.show()
    for tab in range(window.detail.tabs.count()):
        window.detail.tabs.setCurrentIndex(tab)
        settle()
        assert unnamed_controls(window) == [], window.detail.tabs.tabText(tab)
    window.courses.select_id(three[0].id)
    window.detail.tabs.setCurrentIndex(OUTLINE)
    lesson = window.outline.model.index(0, 0, window.outline.model.index(0, 0))
    window.outline.select(lesson)
    assert window.outline.lesson_details.isVisibleTo(window)
    assert unnamed_controls(window) == []


def test_tab_order_goes_search_chips_table_tabs(
    three: list[Any], qtbot: QtBot, window: MainWindow
) -> None:
    window.courses.search.setFocus()
    chips = list(window.courses.filter_bar.chips.values())
    order = []
    widget: QWidget = window.courses.search
    for _ in range(len(chips) + 2):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[: len(chips)] == chips
    assert order[len(chips)] is window.courses.table
    assert order[len(chips) + 1] in (window.detail.tabs, window.detail.tabs.tabBar())


def test_the_recording_notifier_saw_every_action(three: list[Any], window: MainWindow) -> None:
    window.courses.select_id(three[0].id)
    window.course_actions.archive.trigger()
    settle()
    notifier = window.notifier
    assert isinstance(notifier, RecordingNotifier)
    assert notifier.calls[-1]["summary"] == "Archived CS101 — Programming."
    assert callable(notifier.calls[-1]["undo"])


def test_a_new_tab_is_told_the_course_when_shown(three: list[Any], window: MainWindow) -> None:
    class Notes(QLabel):
        def __init__(self) -> None:
            super().__init__("notes")
            self.seen: list[tuple[str | None, bool]] = []
            self.editable = True

        def set_editable(self, editable: bool) -> None:
            self.editable = editable

        def set_course(self, course_id: str | None) -> None:
            self.seen.append((course_id, self.editable))

    notes = Notes()
    index = window.detail.add_tab(notes, "page", "Notes")
    window.courses.select_id(three[0].id)
    window.courses.select_id(three[1].id)
    assert notes.seen == []  # not shown yet: nothing loaded
    window.detail.tabs.setCurrentIndex(index)
    assert notes.seen == [(three[1].id, True)]
    window.courses.select_id(three[2].id)
    assert notes.seen[-1] == (three[2].id, True)
    with pytest.raises(TypeError):
        window.detail.add_tab(QWidget(), "page", "Not a course tab")


def test_the_progress_table_shows_several_rows_above_the_charts(
    studio: Studio, window: MainWindow
) -> None:
    """At 1280x800 the student table has the larger share; the charts keep their minimum."""
    from course_studio.ui.course_detail import CourseDetail
    from course_studio.ui.progress_tab import CHART_MIN_HEIGHT

    course = studio.courses.create(code="ART355", title="Sculpture Studio", capacity=None)
    for i in range(12):
        person = studio.students.create(
            given_name=f"Student{i}", family_name="Doe", email=f"s{i}@example.org"
        )
        studio.enrollments.enroll(course.id, person.id)
    window.resize(1280, 800)
    window.course_model.refresh()
    settle()
    window.courses.select_id(course.id)
    window.detail.tabs.setCurrentIndex(CourseDetail.OVERVIEW + 3)
    progress = window.progress
    for _ in range(200):
        settle()
        if progress.loaded_course == course.id:
            break
    assert progress.loaded_course == course.id
    view = progress.view
    rows = view.viewport().height() // view.verticalHeader().defaultSectionSize()
    assert rows >= 3, f"only {rows} row(s) of students are visible"
    table, charts = progress.splitter.sizes()
    assert table >= charts
    assert progress.charts.height() >= CHART_MIN_HEIGHT
