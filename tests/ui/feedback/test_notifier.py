"""Notifications: offscreen there is no tray, so a toast shows; every notification is
recorded in the history, also with notifications turned off; Undo runs once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from course_studio.ui.activity_panel import ActivityPanel
from course_studio.ui.notifier import SETTING_ENABLED, Notifier

from .conftest import Host


def test_without_a_tray_a_toast_shows_and_the_history_records(host: Host) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray
    assert host.notifier.tray is None
    focus_before = QApplication.focusWidget()
    host.notifier.notify("Enroll", "Ada Lovelace is enrolled in CS101.")
    toasts = host.notifier.toasts()
    assert len(toasts) == 1
    toast = toasts[0]
    assert toast.isVisible() and toast.parent() is host.window
    assert toast.text_label.text() == "Ada Lovelace is enrolled in CS101."
    assert QApplication.focusWidget() is focus_before  # a toast never takes the focus
    host.wait(lambda: host.notifier.pending() == 0)
    [entry] = host.history()
    assert (entry.action, entry.summary, entry.ok) == (
        "Enroll",
        "Ada Lovelace is enrolled in CS101.",
        True,
    )


def test_toasts_stack_upwards_without_overlapping(host: Host) -> None:
    for i in range(3):
        host.notifier.notify("Export", f"Export number {i} is done.")
    toasts = host.notifier.toasts()
    assert len(toasts) == 3
    tops = [t.geometry() for t in toasts]
    for lower, upper in zip(tops[1:], tops[:-1], strict=True):
        assert not lower.intersects(upper)
    assert tops[-1].bottom() > tops[0].bottom()  # the newest is lowest


def test_errors_are_recorded_with_details(host: Host) -> None:
    host.notifier.notify("Import", "Nobody was enrolled.", ok=False, details="Line 3: no email.")
    host.wait(lambda: host.notifier.pending() == 0)
    [entry] = host.history()
    assert not entry.ok and entry.details == "Line 3: no email."
    assert not host.notifier.toasts()[0].ok


def test_turned_off_nothing_shows_but_everything_is_recorded(host: Host) -> None:
    host.notifier.set_enabled(False)
    assert QSettings(*_names()).value(SETTING_ENABLED) in (False, "false")
    host.notifier.notify("Export", "12 rows exported to list.csv.")
    assert host.notifier.toasts() == []
    host.wait(lambda: host.notifier.pending() == 0)
    assert [e.summary for e in host.history()] == ["12 rows exported to list.csv."]
    # the setting is kept: a new notifier starts silent
    again = Notifier(host.studio, host.window)
    assert not again.enabled()


def _names() -> tuple[str, str]:
    from course_studio.store.paths import APP_AUTHOR, APP_NAME

    return APP_AUTHOR, APP_NAME


def test_undo_from_the_toast_and_the_panel_runs_once(host: Host) -> None:
    calls: list[str] = []
    panel = ActivityPanel(host.studio, host.notifier)
    host.qtbot.addWidget(panel)
    host.wait(lambda: panel.loaded)
    host.notifier.notify("Drop", "Ada Lovelace is dropped.", undo=lambda: calls.append("undo"))
    host.wait(lambda: len(panel.entries()) == 1 and panel.entries()[0].seq is not None)
    panel.select_row(0)
    assert panel.undo_button.isEnabled()
    toast = host.notifier.toasts()[0]
    assert toast.undo_button is not None
    toast.undo_button.click()
    assert calls == ["undo"]
    assert not panel.undo_button.isEnabled()  # used up
    panel.undo_selected()
    assert calls == ["undo"]


def test_the_panel_lists_the_stored_history_newest_first(host: Host) -> None:
    host.studio.activity.record("Enroll", "First.")
    host.studio.activity.record("Import", "Second went wrong.", ok=False, details="Line 2: bad.")
    panel = ActivityPanel(host.studio, host.notifier)
    host.qtbot.addWidget(panel)
    host.wait(lambda: panel.loaded)
    assert [e.summary for e in panel.entries()] == ["Second went wrong.", "First."]
    panel.select_row(0)
    assert not panel.details.isHidden()
    assert panel.details.toPlainText() == "Line 2: bad."
    panel.show_box.setChecked(False)
    assert not host.notifier.enabled()


def test_the_activity_model_passes_the_model_tester(qtmodeltester: Any, host: Host) -> None:
    host.studio.activity.record("Enroll", "Stored before.")
    panel = ActivityPanel(host.studio, host.notifier)
    host.qtbot.addWidget(panel)
    host.wait(lambda: panel.loaded)
    qtmodeltester.check(panel.model)
    host.notifier.notify("Import", "Arrived later.", undo=lambda: None)
    host.wait(lambda: len(panel.entries()) == 2)
    qtmodeltester.check(panel.model)
    assert "Undo available" in panel.model.index(0, 2).data()
