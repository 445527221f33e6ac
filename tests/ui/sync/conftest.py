"""Fixtures for the desktop sync tests: a real server on loopback, the real window
over a real data folder, and a keyring that stands in for the OS one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

import course_studio
from course_studio import Studio
from course_studio.sync import TokenStore
from course_studio.ui.changes import ChangeHub
from course_studio.ui.main_window import MainWindow
from course_studio.ui.sync_controller import SyncController
from course_studio.ui.workers import wait_for_network
from tests.livestack import PASSWORD, Account, LiveServer

from ..conftest import RecordingNotifier, settle


class MemoryKeyring(KeyringBackend):
    """Stands in for an OS keyring, which a container does not have."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(scope="module")
def server(tmp_path_factory: Any) -> Iterator[LiveServer]:
    live = LiveServer("sqlite", tmp_path_factory.mktemp("sync-ui-server"))
    yield live
    live.stop()


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def tokens(keyring_backend: MemoryKeyring) -> TokenStore:
    return TokenStore(keyring_backend)


@pytest.fixture
def no_keyring() -> TokenStore:
    """What this app gets on a computer without a keyring (keyring's own fail backend)."""
    return TokenStore(fail.Keyring())


def open_window(
    qtbot: QtBot,
    studio: Studio,
    hub: ChangeHub,
    settings: QSettings,
    tokens: TokenStore,
) -> MainWindow:
    window = MainWindow(
        studio,
        hub,
        QUndoStack(),
        settings,
        notifier_factory=RecordingNotifier,
        restore=False,
        sync_tokens=tokens,
    )
    window.sync.controller.client_options = {"backoff": 0}
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    settle()
    return window


@pytest.fixture
def window(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, settings: QSettings, tokens: TokenStore
) -> Iterator[MainWindow]:
    win = open_window(qtbot, studio, hub, settings, tokens)
    yield win
    win.sync.shutdown()
    wait_for_network()
    settle()


@pytest.fixture
def other_laptop(tmp_path: Path) -> Iterator[Studio]:
    """A second data folder syncing as the same instructor (headless)."""
    with course_studio.open_studio(tmp_path / "other", username="other") as studio:
        yield studio


def sign_in(qtbot: QtBot, controller: SyncController, server: LiveServer, account: Account) -> Any:
    """Sign in as ``account`` and wait for the first sync; returns its report."""
    with qtbot.wait_signal(controller.synced, timeout=30_000) as done:
        controller.sign_in(server.url, account.username, PASSWORD)
    return done.args[0]


def sync_now(qtbot: QtBot, controller: SyncController) -> Any:
    with qtbot.wait_signal(controller.synced, timeout=30_000) as done:
        controller.sync_now()
    return done.args[0]


def status_read(qtbot: QtBot, controller: SyncController) -> None:
    """Wait until the status area shows what the data folder holds now."""
    with qtbot.wait_signal(controller.status_updated, timeout=10_000):
        controller.refresh()
