"""The error path: an exception in a slot shows a dialog (and is logged) instead of
ending the app; a DomainError is a calm message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from course_studio.domain.errors import CapacityReached
from course_studio.ui import errors
from course_studio.ui.errors import ErrorDialog, install_exception_hook, show_error


def _dialogs() -> list[ErrorDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_is_logged(
    qtbot: QtBot, tmp_path: Path, hooks: None
) -> None:
    log = install_exception_hook(tmp_path / "logs")
    assert log == tmp_path / "logs" / "course-studio.log"
    button = QPushButton("Break")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise ZeroDivisionError("the slot divided by zero")

    button.clicked.connect(broken_slot)
    button.click()  # would end a plain PySide app's slot with a traceback on stderr
    qtbot.waitUntil(lambda: len(_dialogs()) == 1)
    dialog = _dialogs()[0]
    assert str(log) in dialog.log_label.text()
    assert "ZeroDivisionError" in dialog.details_text()
    text = log.read_text(encoding="utf-8")
    assert "the slot divided by zero" in text and "broken_slot" in text  # the traceback
    # copy details puts the traceback on the clipboard
    dialog.copy_button.click()
    assert "broken_slot" in QApplication.clipboard().text()
    # the app goes on: a second error in a timer joins the same dialog
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: dialog.error_count == 2)
    assert len(_dialogs()) == 1
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_reaches_the_dialog(
    qtbot: QtBot, tmp_path: Path, hooks: None
) -> None:
    import threading

    install_exception_hook(tmp_path / "logs")

    def crash() -> None:
        raise RuntimeError("a thread failed")

    thread = threading.Thread(target=crash)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(_dialogs()))
    assert "a thread failed" in _dialogs()[0].details_text()
    _dialogs()[0].close()


def test_a_domain_error_is_a_calm_message(qtbot: QtBot) -> None:
    box = show_error(None, CapacityReached("CS101 is full (30 of 30 seats taken)."))
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert box.text() == "CS101 is full (30 of 30 seats taken)."
    assert box.windowTitle() == "The course is full"
    assert not _dialogs()
    box.close()


def test_the_log_rotates(tmp_path: Path, hooks: None) -> None:
    import logging

    install_exception_hook(tmp_path / "logs")
    assert errors._state.handler is not None
    big = "x" * 10_000
    for _ in range(errors.LOG_MAX_BYTES // 10_000 + 5):
        logging.getLogger("course_studio.test").info(big)
    assert (tmp_path / "logs" / "course-studio.log.1").exists()
