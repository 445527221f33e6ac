"""Conflicts made by two data folders syncing as one instructor, shown and resolved in
the window: mine, theirs, a typed value (checked like the course editor does), delete
against edit, and a change the server refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui.conflict_dialog import ConflictDialog
from course_studio.ui.main_window import MainWindow
from tests.livestack import LiveServer
from tests.sync.helpers import assert_replica
from tests.sync.syncing import sync

from ..conftest import settle
from .conftest import sign_in, status_read, sync_now


def _course(studio: Studio) -> Any:
    course = studio.courses.create(
        code="CS101",
        title="Programming in Python",
        term="Fall 2026",
        category="Computer Science",
        start_date="2026-09-01",
        end_date="2026-12-15",
    )
    week = studio.outline.add_module(course.id, title="Week 1")
    studio.outline.add_lesson(week.id, title="Install Python")
    return course


def _open(qtbot: QtBot, window: MainWindow) -> ConflictDialog:
    area = window.sync.status_area
    assert area.conflicts_button.isVisible()
    with qtbot.wait_signal(window.sync.controller.status_updated, timeout=10_000, raising=False):
        pass
    dialog = window.sync.conflict_dialog
    if dialog is not None and dialog.isVisible():
        return dialog
    qtbot.mouseClick(area.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = window.sync.conflict_dialog
    assert dialog is not None
    with qtbot.wait_signal(dialog.loaded, timeout=10_000):
        pass
    return dialog


def _select(dialog: ConflictDialog, title: str) -> None:
    titles = [dialog.model.data(dialog.model.index(r)) for r in range(dialog.model.rowCount())]
    assert title in titles, titles
    dialog.select_row(titles.index(title))


def _resolve(qtbot: QtBot, dialog: ConflictDialog, button: Any) -> None:
    with qtbot.wait_signal(dialog.loaded, timeout=10_000):
        with qtbot.wait_signal(dialog.resolved, timeout=10_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_conflicts_from_two_laptops_are_shown_and_resolved(
    qtbot: QtBot,
    qtmodeltester: Any,
    window: MainWindow,
    studio: Studio,
    other_laptop: Studio,
    server: LiveServer,
) -> None:
    account = server.account("ada")
    controller = window.sync.controller
    course = _course(studio)
    sign_in(qtbot, controller, server, account)
    sync(other_laptop, server, account)
    lesson = studio.outline.outline(course.id)[0].lessons[0]

    # Offline on both: the same three fields changed differently; a lesson renamed
    # here and deleted there.
    studio.courses.update(course.id, title="Python for everyone", term="Spring 2027")
    studio.courses.update(course.id, category="Computing")
    studio.outline.update_lesson(lesson.id, title="Installing Python 3.12")
    other_laptop.courses.update(
        course.id, title="Python, the first steps", term="Winter 2027", category="CS"
    )
    other_laptop.outline.delete_lesson(lesson.id)
    sync(other_laptop, server, account)
    report = sync_now(qtbot, controller)
    assert report.conflicts >= 1 and len(studio.conflicts()) == 4
    status_read(qtbot, controller)
    assert window.sync.status_area.conflicts_button.text() == "4 conflicts"
    told = window.notifier.calls[-1]
    assert told["summary"] == report.summary() and "conflict" in told["summary"]
    assert told["details"] == (
        "4 conflicts wait for you: open Sync › Conflicts… to choose what to keep."
    )

    dialog = _open(qtbot, window)
    qtmodeltester.check(dialog.model)
    assert dialog.heading.text() == "4 conflicts"
    titles = sorted(dialog.model.data(dialog.model.index(r)) for r in range(4))
    assert titles == [
        "CS101 · Category",
        "CS101 · Term",
        "CS101 · Title",
        "Lesson “Installing Python 3.12”",
    ]

    # Mine: the title
    _select(dialog, "CS101 · Title")
    assert dialog.what_label.text().startswith("You changed the title of CS101 here")
    assert dialog.findChild(QLineEdit, "typedValue") is not None
    mine = dialog.detail_area.widget().findChild(object, "mineValue")
    theirs = dialog.detail_area.widget().findChild(object, "theirsValue")
    base = dialog.detail_area.widget().findChild(object, "baseValue")
    assert (mine.text(), theirs.text(), base.text()) == (
        "Python for everyone",
        "Python, the first steps",
        "Programming in Python",
    )
    assert studio.courses.get(course.id).title == "Python, the first steps"  # theirs shows
    _resolve(qtbot, dialog, dialog.mine_button)
    assert studio.courses.get(course.id).title == "Python for everyone"
    assert window.notifier.calls[-1]["summary"] == (
        "Your title of CS101 is kept; it is sent with the next sync."
    )
    assert dialog.model.rowCount() == 3

    # Theirs: the term
    _select(dialog, "CS101 · Term")
    _resolve(qtbot, dialog, dialog.theirs_button)
    assert studio.courses.get(course.id).term == "Winter 2027"

    # A typed value: the category; a wrong one is refused where it is typed
    _select(dialog, "CS101 · Category")
    assert dialog.typed_text() == "Computing"  # starts from mine
    dialog.set_typed_text("x" * 61)
    assert not dialog.edit_button.isEnabled()
    assert dialog.edit_message.text() == (
        "The category has at most 60 characters; this one has 61."
    )
    dialog.set_typed_text("Data Science")
    assert dialog.edit_button.isEnabled() and dialog.edit_message.text() == ""
    _resolve(qtbot, dialog, dialog.edit_button)
    assert studio.courses.get(course.id).category == "Data Science"

    # Edited here, deleted there: bring it back with my title
    _select(dialog, "Lesson “Installing Python 3.12”")
    assert "deleted on the server" in dialog.what_label.text()
    assert dialog.mine_button.text() == "Bring it back"
    assert dialog.theirs_button.text() == "Leave it deleted"
    assert dialog.edit_button is None  # a whole item: mine or theirs
    assert studio.outline.outline(course.id)[0].lessons == ()
    _resolve(qtbot, dialog, dialog.mine_button)
    assert [x.title for x in studio.outline.outline(course.id)[0].lessons] == [
        "Installing Python 3.12"
    ]
    assert dialog.model.rowCount() == 0 and dialog.heading.text() == "No conflicts"
    assert dialog.pages.currentWidget() is dialog.empty

    # The views followed: the course list shows the kept title.
    settle()
    [record] = window.course_model.records()
    assert (record.title, record.term, record.category) == (
        "Python for everyone",
        "Winter 2027",
        "Data Science",
    )
    status_read(qtbot, controller)
    assert not window.sync.status_area.conflicts_button.isVisible()
    # What was decided reaches the server and the other laptop.
    sync_now(qtbot, controller)
    sync(other_laptop, server, account)
    got = other_laptop.courses.get(course.id)
    assert (got.title, got.term, got.category) == (
        "Python for everyone",
        "Winter 2027",
        "Data Science",
    )
    assert_replica(studio, server, account)
    assert_replica(other_laptop, server, account)
    dialog.close()


def test_deleted_here_and_edited_there_and_a_refused_change(
    qtbot: QtBot,
    window: MainWindow,
    studio: Studio,
    other_laptop: Studio,
    server: LiveServer,
) -> None:
    account = server.account("ada")
    controller = window.sync.controller
    course = _course(studio)
    sign_in(qtbot, controller, server, account)
    sync(other_laptop, server, account)
    week = studio.outline.outline(course.id)[0].module
    studio.outline.delete_module(week.id)
    other_laptop.outline.rename_module(week.id, "Week 1: getting started")
    sync(other_laptop, server, account)
    # A course of a colleague on this computer: the server refuses it.
    colleague = studio.instructors.create(username="colleague", display_name="A Colleague")
    studio.courses.create(code="THEIRS1", title="Not mine to send", owner_id=colleague.id)
    report = sync_now(qtbot, controller)
    assert report.conflicts >= 1 and report.rejected >= 1
    dialog = _open(qtbot, window)

    _select(dialog, "Module “Week 1: getting started”")
    assert dialog.what_label.text().startswith("You deleted module “Week 1: getting started”")
    assert dialog.mine_button.text() == "Delete it again"
    assert dialog.theirs_button.text() == "Keep it"
    page = dialog.detail_area.widget()
    assert page.findChild(object, "theirs_title").text() == "Week 1: getting started"
    _resolve(qtbot, dialog, dialog.theirs_button)
    assert [m.module.title for m in studio.outline.outline(course.id)] == [
        "Week 1: getting started"
    ]

    refused = sorted(
        dialog.model.data(dialog.model.index(r)) for r in range(dialog.model.rowCount())
    )
    # the course never reached the server (it is gone here), nor its teaching link
    assert refused == ["Co-instructor", "Course"]
    _select(dialog, "Course")
    assert dialog.what_label.text() == (
        "The server refused your change to course. It said: “You can only add courses that "
        "you own.” Your change is kept here so that nothing is lost: send it again, or let "
        "it go."
    )
    page = dialog.detail_area.widget()
    assert page.findChild(object, "mine_title").text() == "Not mine to send"
    assert (dialog.mine_button.text(), dialog.theirs_button.text()) == (
        "Send it again",
        "Let it go",
    )
    _resolve(qtbot, dialog, dialog.theirs_button)
    _select(dialog, "Co-instructor")
    assert dialog.what_label.text().startswith("The server refused your change to co-instructor.")
    _resolve(qtbot, dialog, dialog.theirs_button)
    assert dialog.model.rowCount() == 0
    assert studio.conflicts() == []
    dialog.close()
