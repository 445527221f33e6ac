"""The status area and Sync now: what it shows while syncing, after a sync, with
changes waiting, after edits (automatic sync), and when the server is down."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.sync import TokenStore
from course_studio.ui.changes import ChangeHub
from course_studio.ui.main_window import MainWindow
from course_studio.ui.sync_controller import K_AFTER_EDIT, SyncState
from course_studio.ui.sync_status import SyncStatusArea
from course_studio.ui.workers import wait_for_network
from tests.livestack import LiveServer
from tests.sync.syncing import sync

from ..conftest import settle
from .conftest import open_window, sign_in, status_read


def test_sync_now_updates_the_status_and_tells_what_moved(
    qtbot: QtBot, window: MainWindow, studio: Studio, server: LiveServer, other_laptop: Studio
) -> None:
    controller = window.sync.controller
    area = window.sync.status_area
    account = server.account("ada")
    course = studio.courses.create(code="CS101", title="Programming in Python")
    sign_in(qtbot, controller, server, account)
    sync(other_laptop, server, account)

    # Two edits here wait to be sent; the status area counts them.
    studio.courses.update(course.id, title="Python for everyone")
    studio.outline.add_module(course.id, title="Week 1")
    status_read(qtbot, controller)
    assert area.pending_label.isVisible()
    assert area.pending_label.text() == "2 changes to send"
    # Meanwhile another laptop adds a course.
    other_laptop.courses.create(code="CS202", title="Algorithms")
    sync(other_laptop, server, account)

    calls = len(window.notifier.calls)
    with qtbot.wait_signal(controller.synced, timeout=30_000) as done:
        qtbot.keyClick(window, Qt.Key.Key_F9)  # Sync now
        assert area.state_text() == "Syncing…"
        assert not window.sync.sync_now.isEnabled()
    report = done.args[0]
    assert (report.pushed, report.conflicts) == (2, 0) and report.pulled >= 2
    status_read(qtbot, controller)
    assert area.state_text() == "Online" and window.sync.sync_now.isEnabled()
    assert not area.pending_label.isVisible()
    assert area.last_label.text() == "Synced just now"
    assert "Sent 2, received" in area.last_label.toolTip()
    [told] = window.notifier.calls[calls:]
    assert told["action"] == "Sync" and told["ok"]
    assert told["summary"] == report.summary()
    assert told["summary"].startswith("Synced: sent 2 changes, received ")
    settle()
    assert "CS202" in [r.code for r in window.course_model.records()]  # the list refreshed
    entries = [e.summary for e in studio.activity.recent()]
    assert told["summary"] in entries  # recorded for the Activity panel


def test_local_edits_are_synced_automatically(
    qtbot: QtBot, window: MainWindow, studio: Studio, server: LiveServer, settings: QSettings
) -> None:
    controller = window.sync.controller
    settings.setValue(K_AFTER_EDIT, 1)
    sign_in(qtbot, controller, server, server.account("ada"))
    with qtbot.wait_signal(controller.synced, timeout=30_000):
        window.sync.start()  # a first automatic sync soon after the start
    assert controller.next_sync_in_ms() is not None  # the next regular one is planned
    calls = len(window.notifier.calls)
    with qtbot.wait_signal(controller.synced, timeout=30_000) as done:
        studio.courses.create(code="AUTO1", title="Made while online")
    assert done.args[0].pushed == 2
    status_read(qtbot, controller)
    assert controller.view.pending == 0
    # an automatic sync that moved something is told; a quiet one is not
    assert [c["action"] for c in window.notifier.calls[calls:]] == ["Sync"]
    with qtbot.wait_signal(controller.synced, timeout=30_000) as quiet:
        controller._auto_sync()
    assert (quiet.args[0].pushed, quiet.args[0].pulled) == (0, 0)
    assert len(window.notifier.calls) == calls + 1


def test_server_down_shows_offline_keeps_the_changes_and_tries_again(
    qtbot: QtBot,
    studio: Studio,
    hub: ChangeHub,
    settings: QSettings,
    tokens: TokenStore,
    tmp_path: Path,
) -> None:
    server = LiveServer("sqlite", tmp_path / "short-lived")
    try:
        window = open_window(qtbot, studio, hub, settings, tokens)
        controller = window.sync.controller
        sign_in(qtbot, controller, server, server.account("ada"))
        window.sync.start()
    finally:
        server.stop()
    studio.courses.create(code="OFF1", title="Written offline")
    area = window.sync.status_area
    calls = len(window.notifier.calls)
    with qtbot.wait_signal(controller.failed, timeout=30_000) as failed:
        window.sync.sync_now.trigger()
    assert "could not be reached" in failed.args[0]
    assert controller.view.state is SyncState.OFFLINE
    assert area.state_text() == "Offline"
    assert "could not be reached" in area.state_button.toolTip()
    assert "tries again in a moment" in area.state_button.toolTip()
    assert controller.next_sync_in_ms() is not None  # backing off, not giving up
    [told] = window.notifier.calls[calls:]
    assert not told["ok"] and told["summary"].startswith("Sync failed: The server could not")
    status_read(qtbot, controller)
    assert area.pending_label.text() == "2 changes to send"  # nothing lost
    # the next try in the background fails the same way: quiet, and waits longer
    first_wait = controller.next_sync_in_ms()
    with qtbot.wait_signal(controller.failed, timeout=30_000):
        controller._auto_sync()
    assert len(window.notifier.calls) == calls + 1
    second_wait = controller.next_sync_in_ms()
    assert first_wait is not None and second_wait is not None and second_wait > first_wait
    assert window.isVisible()
    window.sync.shutdown()
    wait_for_network()
    settle()


def test_the_status_area_words_for_each_state(qtbot: QtBot) -> None:
    import datetime as dt

    from course_studio.ui.sync_controller import SyncView

    now = dt.datetime(2026, 10, 15, 12, 0)
    area = SyncStatusArea(lambda: now)
    qtbot.addWidget(area)
    area.show()
    area.show_view(SyncView(SyncState.SIGNED_OUT))
    assert area.state_text() == "Not signed in to a server" and not area.last_label.isVisible()
    view = SyncView(
        SyncState.ONLINE,
        server_url="https://courses.example.edu",
        account_name="Ada",
        pending=1,
        conflicts=3,
        last_sync_at=now - dt.timedelta(minutes=5),
    )
    area.show_view(view)
    assert area.state_text() == "Online"
    assert area.state_button.toolTip() == (
        "Connected to courses.example.edu as Ada. Click to sync now."
    )
    assert area.last_label.text() == "Synced 5 minutes ago"
    assert area.pending_label.text() == "1 change to send"
    assert area.conflicts_button.isVisible() and area.conflicts_button.text() == "3 conflicts"
    with qtbot.wait_signal(area.conflicts_clicked):
        qtbot.mouseClick(area.conflicts_button, Qt.MouseButton.LeftButton)
    area.show_view(SyncView(SyncState.SIGN_IN, message="This access token is not valid."))
    assert area.state_text() == "Sign in again"
    assert area.state_button.toolTip().endswith("Click to sign in.")
    assert not area.conflicts_button.isVisible() and not area.pending_label.isVisible()
