"""Every control has a name a screen reader can say, and the keyboard alone reaches
every control of every window, dialog and wizard page (Tab, or the menu bar and
shortcuts for toolbar buttons)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui.bulk_enroll_wizard import BulkEnrollWizard
from course_studio.ui.course_editor import CourseEditor, EditorMode
from course_studio.ui.errors import ErrorDialog
from course_studio.ui.main_window import MainWindow
from course_studio.ui.preferences_dialog import PreferencesDialog
from course_studio.ui.prefs import DataDirChoice, Preferences

from .a11y import tab_walk, unnamed, unreachable
from .conftest import settle

CLASS_LIST = "First name,Last name,Email\nMary,Shelley,mary@example.org\n,Curie,curie@example\n"


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> Iterator[None]:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))
    yield


def check(root: QWidget, what: str) -> None:
    """``root`` (shown) has no unnamed control and no control the keyboard misses."""
    settle()
    names = unnamed(root)
    assert not names, f"{what}: controls without an accessible name: {names}"
    visited, problems = tab_walk(root)
    assert not problems, f"{what}: {problems}"
    missing = unreachable(root, visited)
    assert not missing, f"{what}: the keyboard cannot reach {missing}"


@pytest.fixture
def busy_course(studio: Studio, course: Any, students: list[Any]) -> Any:
    """A course with an outline, students, progress, and a lesson in the Trash."""
    module = studio.outline.add_module(course.id, title="Week 1")
    lesson = studio.outline.add_lesson(module.id, title="Variables")
    gone = studio.outline.add_lesson(module.id, title="Old notes")
    studio.outline.delete_lesson(gone.id)
    for student in students[:3]:
        enrollment = studio.enrollments.enroll(course.id, student.id)
        studio.progress.record(enrollment.id, lesson.id, status="completed")
    return course


@pytest.fixture
def shown(window: MainWindow, busy_course: Any) -> MainWindow:
    window.courses.select_id(busy_course.id)
    window.activity_dock.show()
    window.history_dock.show()
    window.activity_dock.raise_()
    window.activateWindow()
    settle()
    return window


# -- the checks themselves find what they look for ------------------------------------------


def test_the_checks_catch_an_unnamed_field_and_a_control_tab_skips(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named = QLineEdit()
    named.setAccessibleName("Named")
    bare = QLineEdit()
    skipped = QPushButton("Skipped")
    skipped.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for w in (named, bare, skipped):
        layout.addWidget(w)
    root.show()
    assert [n.split(" ")[0] for n in unnamed(root)] == ["QLineEdit"]
    visited, problems = tab_walk(root)
    assert visited == [named, bare] and problems == []
    assert unreachable(root, visited) == [f"QPushButton 'Skipped' in {type(root).__name__}"]


def test_the_walk_finds_a_table_that_keeps_the_tab_key(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItemModel

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    first = QLineEdit()
    table = QTableView()
    model = QStandardItemModel(3, 3, table)
    table.setModel(model)
    table.setCurrentIndex(model.index(0, 0))
    layout.addWidget(first)
    layout.addWidget(table)
    root.show()
    _visited, problems = tab_walk(root)
    assert problems and "Tab does not leave QTableView" in problems[0]


def test_toolbar_buttons_count_as_reachable_through_the_menu_bar(
    shown: MainWindow,
) -> None:
    toolbar = shown.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    button = toolbar.widgetForAction(shown.course_actions.new)
    assert button is not None and button.focusPolicy() == Qt.FocusPolicy.NoFocus
    visited, _ = tab_walk(shown)
    assert button not in visited
    assert unreachable(shown, visited) == []


# -- the main window, tab by tab ------------------------------------------------------------


@pytest.mark.parametrize("tab", ["overview", "outline", "enrollments", "progress"])
def test_main_window_tabs(shown: MainWindow, tab: str) -> None:
    pages = {
        "overview": shown.overview,
        "outline": shown.outline,
        "enrollments": shown.enrollments,
        "progress": shown.progress,
    }
    shown.detail.tabs.setCurrentWidget(pages[tab])
    settle()
    check(shown, f"main window, {tab}")


def test_outline_details_of_a_module_and_of_a_lesson(shown: MainWindow, busy_course: Any) -> None:
    shown.detail.tabs.setCurrentWidget(shown.outline)
    settle()
    outline = shown.outline
    module_row = outline.model.index(0, 0)
    outline.tree.setCurrentIndex(module_row)
    settle()
    assert outline.details.currentWidget() is outline.module_details
    check(shown, "outline with a module selected")
    outline.tree.expand(module_row)
    outline.tree.setCurrentIndex(outline.model.index(0, 0, module_row))
    settle()
    assert outline.details.currentWidget() is outline.lesson_details
    check(shown, "outline with a lesson selected")


def test_enrollments_with_a_selection(shown: MainWindow) -> None:
    shown.detail.tabs.setCurrentWidget(shown.enrollments)
    settle()
    view = shown.enrollments.view
    view.selectRow(0)
    settle()
    check(shown, "enrollments with a student selected")


def test_history_panel_and_a_notification(shown: MainWindow) -> None:
    shown.history_dock.raise_()
    shown.notifier.notify("Enroll", "Ada Lovelace is enrolled in CS101.", undo=lambda: None)
    settle()
    assert shown.notifier.toasts(), "offscreen, notifications are toasts"
    check(shown, "main window with the History panel and a toast")


# -- dialogs and wizard pages --------------------------------------------------------------


def _dialog_of(window: QWidget, kind: type[QDialog]) -> QDialog:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


@pytest.mark.parametrize("mode", list(EditorMode))
def test_course_editor(shown: MainWindow, busy_course: Any, mode: EditorMode) -> None:
    editor = CourseEditor(
        shown.studio, shown.runner, mode, shown.courses.current_record(), parent=shown
    )
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    check(editor, f"course editor ({mode.value})")
    editor.reject()


def test_trash_dialog(shown: MainWindow) -> None:
    shown.trash_action.trigger()
    settle()
    trash = shown.trash
    assert trash is not None and trash.isVisible()
    trash.table.selectRow(0)
    check(trash, "Trash")
    trash.close()


def test_preferences_dialog(shown: MainWindow) -> None:
    dialog = shown.show_preferences()
    check(dialog, "Preferences")
    dialog.reject()


def test_preferences_dialog_with_a_folder_given_on_the_command_line(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(
        Preferences(settings), DataDirChoice(tmp_path / "given", "command line")
    )
    qtbot.addWidget(dialog)
    dialog.server_edit.setText("not a server")  # a message appears, OK is disabled
    dialog.show()
    check(dialog, "Preferences with messages")


def test_error_dialog_with_details_shown(shown: MainWindow) -> None:
    dialog = ErrorDialog(shown, RuntimeError("boom"), "Traceback: boom", None)
    dialog.show()
    dialog.show_button.setChecked(True)
    check(dialog, "unexpected error dialog")
    dialog.close()


def test_message_boxes(shown: MainWindow) -> None:
    shown.show_shortcuts()
    check(_dialog_of(shown, QMessageBox), "keyboard shortcuts")
    _dialog_of(shown, QMessageBox).close()
    shown.course_actions.delete_current()
    box = shown.course_actions.confirmation
    check(box, "delete confirmation")
    box.reject()


def test_every_page_of_the_class_list_wizard(shown: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text(CLASS_LIST, encoding="utf-8")
    shown.detail.tabs.setCurrentWidget(shown.enrollments)
    settle()
    wizard = shown.enrollments.open_import_wizard()
    assert isinstance(wizard, BulkEnrollWizard)
    names = unnamed(wizard)
    assert not names, f"wizard: controls without an accessible name: {names}"
    check(wizard, "wizard, file page")
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load(str(path))
    settle()
    wizard.next()
    assert wizard.currentId() == BulkEnrollWizard.MAPPING
    check(wizard, "wizard, mapping page")
    wizard.next()
    assert wizard.currentId() == BulkEnrollWizard.CHECK
    for _ in range(50):
        settle()
        if not wizard.check_page.running:
            break
    assert wizard.problems, "the class list has a bad row to list"
    check(wizard, "wizard, check page")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    QApplication.processEvents()
