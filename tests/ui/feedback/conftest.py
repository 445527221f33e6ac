"""Fixtures for the enrollments, progress and feedback widgets: a real store, a host
window with a change hub, an undo stack and a notifier (offscreen: no tray)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui import errors
from course_studio.ui.changes import ChangeHub
from course_studio.ui.notifier import Notifier
from course_studio.ui.workers import wait_for_db


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings written by the widgets go to the test's temp dir."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


class Host:
    def __init__(self, studio: Studio, qtbot: QtBot) -> None:
        self.studio = studio
        self.qtbot = qtbot
        self.window = QMainWindow()
        self.window.resize(1100, 700)
        qtbot.addWidget(self.window)
        self.hub = ChangeHub(studio.store, self.window)
        self.undo_stack = QUndoStack(self.window)
        self.notifier = Notifier(studio, self.window)
        self.window.show()

    def settle(self) -> None:
        """Let queued database work finish and its results arrive."""
        for _ in range(3):
            assert wait_for_db()
            QCoreApplication.processEvents()

    def wait(self, condition: Callable[[], Any], timeout: int = 15_000) -> None:
        def check() -> None:
            wait_for_db(20)
            assert condition()

        self.qtbot.waitUntil(check, timeout=timeout)
        self.settle()

    def history(self) -> list[Any]:
        return self.studio.activity.recent()


@pytest.fixture
def host(studio: Studio, qtbot: QtBot) -> Iterator[Host]:
    h = Host(studio, qtbot)
    yield h
    h.settle()
    h.hub.close()


@pytest.fixture
def hooks() -> Iterator[None]:
    """Restore the process-wide hooks that install_exception_hook replaces."""
    saved = sys.excepthook, threading.excepthook, logging.getLogger().level
    yield
    sys.excepthook, threading.excepthook = saved[0], saved[1]
    root = logging.getLogger()
    if errors._state.handler is not None:
        root.removeHandler(errors._state.handler)
        errors._state.handler.close()
        errors._state.handler = None
    root.setLevel(saved[2])
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(errors._state.previous_qt_handler)
    errors._state.previous_qt_handler = None
