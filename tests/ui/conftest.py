"""Fixtures for the desktop tests: real widgets offscreen over a real store."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui import features, i18n
from course_studio.ui.changes import ChangeHub
from course_studio.ui.loading import query_pool, read_pool, wait_for_reads
from course_studio.ui.main_window import MainWindow
from course_studio.ui.style import apply_style
from course_studio.ui.undo import UndoRunner
from course_studio.ui.workers import Op, db_pool, wait_for_db


class RecordingNotifier(features.Notifier):  # type: ignore[misc,valid-type]
    """The app's notifier, keeping what it was told for the test to read."""

    def __init__(self, studio: Any, window: QWidget) -> None:
        super().__init__(studio, window)
        self.calls: list[dict[str, Any]] = []

    def notify(
        self,
        action: str,
        summary: str,
        *,
        ok: bool = True,
        details: str = "",
        undo: Callable[[], None] | None = None,
    ) -> Any:
        self.calls.append(
            {"action": action, "summary": summary, "ok": ok, "details": details, "undo": undo}
        )
        return super().notify(action, summary, ok=ok, details=details, undo=undo)


def _waiting_ops() -> list[Op[Any]]:
    # an op whose owner was deleted never reports; it is not waited for
    return [op for op in Op._running if shiboken6.isValid(op)]


def settle() -> None:
    """Let every queued database op and read finish and deliver its result."""
    app = QCoreApplication.instance()
    assert app is not None
    for _ in range(50):
        wait_for_db()
        wait_for_reads()
        app.processEvents()
        idle = (
            db_pool().activeThreadCount() == 0
            and read_pool().activeThreadCount() == 0
            and query_pool().activeThreadCount() == 0
        )
        if idle and not _waiting_ops():
            app.processEvents()
            if not _waiting_ops():
                return
    raise AssertionError("background work did not settle")


def compiled_translations() -> Path:
    """The .qm files next to the .ts files, compiled now when missing or older."""
    folder = i18n.TRANSLATIONS
    stale = [
        ts
        for ts in folder.glob("course_studio_*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    for ts in stale:
        subprocess.run(
            [
                Path(sys.executable).parent / "pyside6-lrelease",
                "-silent",
                ts,
                "-qm",
                ts.with_suffix(".qm"),
            ],
            check=True,
        )
    return folder


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> None:
    """English as the app speaks it: its plural forms ("1 lesson", "3 lessons") loaded."""
    compiled_translations()
    i18n.install_translations(qapp, "en")


@pytest.fixture(autouse=True)
def _styled(qapp: QApplication) -> None:
    if not qapp.property("courseStudioStyled"):
        apply_style(qapp)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def hub(studio: Studio) -> Iterator[ChangeHub]:
    changes = ChangeHub(studio.store)
    yield changes
    settle()
    changes.close()


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """A window for dialogs and notifications of tests that need no main window."""
    widget = QWidget()
    widget.setAccessibleName("Test host")
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def notifier(studio: Studio, host: QWidget) -> RecordingNotifier:
    return RecordingNotifier(studio, host)


@pytest.fixture
def runner(stack: QUndoStack, notifier: RecordingNotifier, host: QWidget) -> Iterator[UndoRunner]:
    errors: list[BaseException] = []

    def show_error(_parent: QWidget | None, exc: BaseException, _trace: str = "") -> None:
        errors.append(exc)

    undo_runner = UndoRunner(stack, notifier, host, show_error)
    undo_runner.shown_errors = errors  # type: ignore[attr-defined]
    yield undo_runner
    settle()


def make_window(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, stack: QUndoStack, settings: QSettings
) -> MainWindow:
    window = MainWindow(
        studio, hub, stack, settings, notifier_factory=RecordingNotifier, restore=True
    )
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    settle()
    return window


@pytest.fixture
def window(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, stack: QUndoStack, settings: QSettings
) -> Iterator[MainWindow]:
    win = make_window(qtbot, studio, hub, stack, settings)
    yield win
    settle()
    for box in win.findChildren(QMessageBox):
        box.close()


def open_message_box(parent: QWidget) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no message box is open"
    return boxes[-1]
