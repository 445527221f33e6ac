"""Signing in from the window: the dialog, where the token goes (the keyring, or memory
with a sentence saying so), wrong passwords and addresses, signing out."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.sync import TokenStore
from course_studio.sync.tokens import NO_KEYRING, SERVICE
from course_studio.ui.changes import ChangeHub
from course_studio.ui.main_window import MainWindow
from course_studio.ui.sign_in_dialog import SignInDialog
from course_studio.ui.sync_controller import SyncState
from tests.livestack import PASSWORD, LiveServer

from ..conftest import settle
from .conftest import MemoryKeyring, open_window


def fill(dialog: SignInDialog, qtbot: QtBot, url: str, user: str, password: str) -> None:
    for field, value in ((dialog.server, url), (dialog.username, user)):
        field.clear()
        qtbot.keyClicks(field, value)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)


def test_sign_in_keeps_the_token_in_the_keyring_and_syncs(
    qtbot: QtBot,
    window: MainWindow,
    studio: Studio,
    server: LiveServer,
    keyring_backend: MemoryKeyring,
) -> None:
    studio.courses.create(code="SYNC1", title="Synced from the window")
    area = window.sync.status_area
    assert area.state_text() == "Not signed in to a server"
    assert not area.conflicts_button.isVisible()
    account = server.account("ada")

    dialog = window.sync.show_sign_in()
    assert dialog.isVisible()
    note = dialog.keyring_label.text()
    assert "keyring" in note and note != NO_KEYRING
    assert not dialog.sign_in_button.isEnabled()  # nothing typed yet
    fill(dialog, qtbot, server.url, account.username, PASSWORD)
    assert dialog.sign_in_button.isEnabled()
    controller = window.sync.controller
    with qtbot.wait_signal(controller.synced, timeout=30_000) as synced:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.sign_in_button.text() == "Signing in…"
    report = synced.args[0]
    assert report.pushed >= 2  # the course and its teaching link
    assert not dialog.isVisible() and dialog.password.text() == ""
    assert keyring_backend.store[(SERVICE, server.url)]  # the token, not the password
    assert PASSWORD not in keyring_backend.store.values()
    settle()
    assert area.state_text() == "Online"
    assert area.last_label.text() == "Synced just now"
    assert "Last synced" in area.last_label.toolTip()
    assert not area.pending_label.isVisible()
    summaries = [(c["action"], c["summary"]) for c in window.notifier.calls]
    assert ("Sign in", f"Signed in to 127.0.0.1:{server.port} as Ada.") in summaries
    assert any(a == "Sync" and s.startswith("Synced: sent") for a, s in summaries)
    # the data folder is now the account's: the course is "mine" under the new id
    assert studio.me == account.id
    record = window.course_model.records()[0]
    assert window.course_model.is_mine(record)
    assert window.user_label.text() == "Signed in as Ada"


def test_wrong_password_and_address_are_said_in_the_dialog(
    qtbot: QtBot, window: MainWindow, server: LiveServer, keyring_backend: MemoryKeyring
) -> None:
    account = server.account("ada")
    dialog = window.sync.show_sign_in()
    fill(dialog, qtbot, "courses.example.edu", account.username, "x")
    assert "https://" in dialog.server_message.text()
    assert not dialog.sign_in_button.isEnabled()
    fill(dialog, qtbot, server.url, account.username, "not the password")
    with qtbot.wait_signal(window.sync.controller.sign_in_failed, timeout=30_000):
        dialog.sign_in()
    assert dialog.message.text() == "The user name or the password is wrong."
    assert dialog.message.parentWidget() is dialog.password.parentWidget()  # beside it
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
    assert keyring_backend.store == {}
    assert window.sync.status_area.state_text() == "Not signed in to a server"
    # an address where no Course Studio server answers
    fill(dialog, qtbot, f"{server.url}/nothing-here", account.username, PASSWORD)
    with qtbot.wait_signal(window.sync.controller.sign_in_failed, timeout=30_000):
        dialog.sign_in()
    assert "No Course Studio server answers" in dialog.server_message.text()
    assert not dialog.message.isVisible()
    dialog.reject()


def test_without_a_keyring_the_dialog_says_so_and_memory_holds_the_token(
    qtbot: QtBot,
    studio: Studio,
    hub: ChangeHub,
    settings: QSettings,
    no_keyring: TokenStore,
    server: LiveServer,
) -> None:
    window = open_window(qtbot, studio, hub, settings, no_keyring)
    account = server.account("bea")
    dialog = window.sync.show_sign_in()
    assert dialog.keyring_note.isVisible()
    assert dialog.keyring_label.text() == NO_KEYRING
    fill(dialog, qtbot, server.url, account.username, PASSWORD)
    with qtbot.wait_signal(window.sync.controller.synced, timeout=30_000):
        dialog.sign_in()
    assert no_keyring.load(server.url)  # kept in memory for this session
    assert not no_keyring.persistent
    [signed_in] = [c for c in window.notifier.calls if c["action"] == "Sign in"]
    assert signed_in["summary"].endswith(NO_KEYRING)
    assert window.sync.status_area.state_text() == "Online"
    window.sync.shutdown()
    settle()


def test_sign_out_forgets_the_token_and_sync_now_asks_to_sign_in(
    qtbot: QtBot, window: MainWindow, server: LiveServer, keyring_backend: MemoryKeyring
) -> None:
    from .conftest import sign_in

    controller = window.sync.controller
    sign_in(qtbot, controller, server, server.account("cy"))
    assert window.sync.sign_out.isEnabled()
    dialog = window.sync.show_sign_in()
    assert "Signed in to" in dialog.state_label.text() and dialog.sign_out_button.isVisible()
    with qtbot.wait_signal(controller.signed_out):
        qtbot.mouseClick(dialog.sign_out_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert keyring_backend.store == {}
    assert controller.view.state is SyncState.SIGNED_OUT
    assert window.sync.status_area.state_text() == "Not signed in to a server"
    assert not window.sync.sign_out.isEnabled()
    assert window.notifier.calls[-1]["action"] == "Sign out"
    # Sync now without a token opens the sign-in dialog, with the server filled in
    with qtbot.wait_signal(controller.sign_in_wanted):
        window.sync.sync_now.trigger()
    again = window.sync.sign_in_dialog
    assert again is not None and again.isVisible()
    assert again.server.text() == server.url and again.password.text() == ""
    again.reject()


def test_the_sync_menu_and_toolbar(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Sync" in menus
    assert window.sync.sync_now in window.toolbar.actions()
    assert window.sync.sync_now.shortcut().toString() == "F9"
    checked = [a for a in window.sync.automatic if a.isChecked()]
    assert [a.data() for a in checked] == [15]  # the Preferences default
    window.sync.automatic[-1].trigger()  # only when I ask
    assert window.sync.controller.interval_minutes() == 0
