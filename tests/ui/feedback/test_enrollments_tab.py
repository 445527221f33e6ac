"""The Enrollments tab: enroll by searching, change a selection, undo and redo, every
action with a notification; the models pass Qt's model tester."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from course_studio import Studio
from course_studio.ui.enrollments_tab import EnrollmentsTab
from course_studio.ui.record_table import Role

from .conftest import Host


def make_tab(host: Host, course: Any) -> EnrollmentsTab:
    tab = EnrollmentsTab(host.studio, host.hub, host.notifier, host.undo_stack)
    host.window.setCentralWidget(tab)
    tab.set_course(course.id)
    host.wait(lambda: tab.loaded_course == course.id)
    return tab


def statuses(studio: Studio, course: Any) -> dict[str, str]:
    return {r.student_name: r.status for r in studio.enrollments.list(course.id)}


def test_models_pass_the_model_tester(
    qtmodeltester: Any, host: Host, course: Any, students: list[Any]
) -> None:
    for s in students:  # capacity 3: the fourth waits
        host.studio.enrollments.enroll(course.id, s.id)
    tab = make_tab(host, course)
    assert tab.model.rowCount() == 4
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    waiting = [r for r in tab.model.records() if r.status == "waitlisted"]
    assert [r.student_name for r in waiting] == ["Edsger Dijkstra"]
    row = tab.model.row_of(waiting[0].id)
    status = tab.model.index(row, tab.model.column_of("status"))
    assert status.data() == "Waitlisted · 1st"  # shown distinctly: text, icon and tint
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None
    assert status.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "3 enrolled of 3 seats" in tab.counts.text()
    assert "1 on the waitlist" in tab.counts.text()


def test_enroll_by_searching_then_undo_and_redo(
    host: Host, course: Any, students: list[Any]
) -> None:
    tab = make_tab(host, course)
    tab.find_edit.setFocus()
    host.qtbot.keyClicks(tab.find_edit, "lovel")
    host.wait(lambda: [s.full_name for s in tab.search.results()] == ["Ada Lovelace"])
    tab.search.pick(tab.search.results()[0])
    tab.role_combo.setCurrentIndex(tab.role_combo.findData("ta"))
    tab.enroll_button.click()
    host.wait(lambda: host.undo_stack.count() == 1 and tab.model.rowCount() == 1)
    [record] = host.studio.enrollments.list(course.id)
    assert (record.student_name, record.role, record.status) == ("Ada Lovelace", "ta", "active")
    assert host.undo_stack.undoText() == "Enroll Ada Lovelace"
    host.wait(lambda: host.history())
    assert host.history()[0].summary == "Ada Lovelace is enrolled in CS101."

    host.undo_stack.undo()
    host.wait(lambda: tab.model.rowCount() == 0)
    assert host.studio.enrollments.list(course.id) == []
    host.undo_stack.redo()
    host.wait(lambda: tab.model.rowCount() == 1)
    assert host.studio.enrollments.list(course.id)[0].id == record.id
    assert [e.action for e in host.history()[:2]] == ["Redo", "Undo"]


def test_enroll_mistake_is_shown_where_it_was_made(
    host: Host, course: Any, students: list[Any]
) -> None:
    host.studio.enrollments.enroll(course.id, students[0].id)
    tab = make_tab(host, course)
    tab.enroll(students[0])
    host.wait(lambda: not tab.enroll_message.isHidden())
    assert "already enrolled" in tab.enroll_message.text()
    assert host.undo_stack.count() == 0
    host.wait(lambda: host.history())
    assert not host.history()[0].ok


def test_drop_a_selection_and_undo_it(host: Host, course: Any, students: list[Any]) -> None:
    for s in students[:3]:
        host.studio.enrollments.enroll(course.id, s.id)
    tab = make_tab(host, course)
    ids = [r.id for r in tab.model.records() if r.student_name != "Alan Turing"]
    tab.select_ids(ids)
    assert len(tab.selected()) == 2
    tab.drop_action.trigger()
    host.wait(lambda: host.undo_stack.count() == 1)
    assert statuses(host.studio, course) == {
        "Ada Lovelace": "dropped",
        "Grace Hopper": "dropped",
        "Alan Turing": "active",
    }
    assert host.undo_stack.undoText() == "Drop 2 students"
    host.wait(lambda: host.history())
    assert host.history()[0].summary == "2 students are dropped (their progress is kept)."
    host.undo_stack.undo()
    host.wait(lambda: set(statuses(host.studio, course).values()) == {"active"})


def test_promote_when_full_fails_calmly_and_changes_nothing(
    host: Host, course: Any, students: list[Any]
) -> None:
    for s in students:
        host.studio.enrollments.enroll(course.id, s.id)
    tab = make_tab(host, course)
    waiting = [r.id for r in tab.model.records() if r.status == "waitlisted"]
    tab.select_ids(waiting)
    assert tab.promote_action.isEnabled()
    before = statuses(host.studio, course)
    tab.promote_action.trigger()
    host.wait(lambda: host.history())
    assert statuses(host.studio, course) == before
    entry = host.history()[0]
    assert not entry.ok and "full" in entry.summary
    assert host.undo_stack.count() == 0
    # a seat frees up: promote works and is undone to the waitlist
    tab.select_ids([r.id for r in tab.model.records() if r.student_name == "Ada Lovelace"])
    tab.remove_action.trigger()
    host.wait(lambda: tab.model.rowCount() == 3)
    tab.select_ids(waiting)
    tab.promote_action.trigger()
    host.wait(lambda: statuses(host.studio, course)["Edsger Dijkstra"] == "active")
    assert host.undo_stack.undoText() == "Promote Edsger Dijkstra"
    host.undo_stack.undo()
    host.wait(lambda: statuses(host.studio, course)["Edsger Dijkstra"] == "waitlisted")


def test_change_role_and_status_and_undo_from_the_notification(
    host: Host, course: Any, students: list[Any]
) -> None:
    for s in students[:2]:
        host.studio.enrollments.enroll(course.id, s.id)
    tab = make_tab(host, course)
    ada = next(r.id for r in tab.model.records() if r.student_name == "Ada Lovelace")
    tab.select_ids([ada])
    tab.change_role("observer")
    host.wait(lambda: host.undo_stack.count() == 1)
    tab.select_ids([ada])
    tab.change_status("completed")
    host.wait(lambda: host.undo_stack.count() == 2)
    assert host.studio.enrollments.get(ada).role == "observer"
    assert host.studio.enrollments.get(ada).status == "completed"
    # Undo the older one (the role change) from its Activity entry: it alone is reverted
    host.wait(lambda: len(host.history()) == 2)
    role_entry = next(e for e in host.history() if e.action == "Change role")
    assert host.notifier.can_undo(role_entry.seq)
    host.notifier.undo(role_entry.seq)
    host.wait(lambda: host.studio.enrollments.get(ada).role == "student")
    assert host.studio.enrollments.get(ada).status == "completed"
    assert not host.notifier.can_undo(role_entry.seq)
    # Ctrl+Z now undoes the status change, then skips the reverted command
    host.undo_stack.undo()
    host.wait(lambda: host.studio.enrollments.get(ada).status == "active")
    host.undo_stack.undo()
    host.settle()
    assert host.studio.enrollments.get(ada).role == "student"


def test_filters_narrow_the_table(host: Host, course: Any, students: list[Any]) -> None:
    for s in students:
        host.studio.enrollments.enroll(course.id, s.id)
    tab = make_tab(host, course)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("waitlisted"))
    assert tab.proxy.rowCount() == 1
    tab.status_combo.setCurrentIndex(0)
    tab.filter_edit.setText("grace")
    assert [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())] == ["Grace Hopper"]
    assert tab.proxy.index(0, 0).data(Role.Id) is not None
