"""The feature widgets the main window hosts but does not define, with stand-ins.

The notifier and Activity panel, the error dialog, and the Enrollments and Progress
tabs live in their own modules (``notifier``, ``activity_panel``, ``errors``,
``enrollments_tab``, ``progress_tab``). Everything in the shell imports them from here,
so when a module is not there the window still runs: a quiet placeholder tab, a
notifier that only logs, a plain error box. Once every module exists, this file is just
re-exports.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from ..domain.errors import DomainError
from . import icons, style

log = logging.getLogger("course_studio.ui")


# -- notifier ------------------------------------------------------------------


class LoggingNotifier(QObject):
    """Stand-in notifier: records each completed action in the log only."""

    def __init__(self, studio: Any, window: QWidget | None) -> None:
        super().__init__(window)
        self.studio = studio

    def notify(
        self,
        action: str,
        summary: str,
        *,
        ok: bool = True,
        details: str = "",
        undo: Callable[[], None] | None = None,
    ) -> None:
        log.log(logging.INFO if ok else logging.WARNING, "%s: %s", action, summary)


class PlaceholderPanel(QWidget):
    """Stand-in for a panel or tab that is not part of this build."""

    def __init__(self, text: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(text)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icons.icon(icon_name).pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("role", "hint")
        style.tint(label)
        layout.addWidget(label)
        layout.addStretch(2)

    def set_course(self, course_id: str | None) -> None:
        """Placeholders show the same text for every course."""


class PlaceholderActivityPanel(PlaceholderPanel):
    def __init__(self, studio: Any, notifier: Any, parent: QWidget | None = None) -> None:
        super().__init__("Completed actions appear here.", "activity", parent)


class PlaceholderEnrollmentsTab(PlaceholderPanel):
    def __init__(
        self,
        studio: Any,
        hub: Any,
        notifier: Any,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Enrollments appear here.", "people", parent)


class PlaceholderProgressTab(PlaceholderPanel):
    def __init__(
        self,
        studio: Any,
        hub: Any,
        notifier: Any,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Student progress appears here.", "chart", parent)


# -- errors --------------------------------------------------------------------


def basic_show_error(parent: QWidget | None, exc: BaseException, trace: str = "") -> None:
    """Stand-in error path: a calm box for a DomainError, a plain one otherwise."""
    if isinstance(exc, DomainError):
        box = QMessageBox(QMessageBox.Icon.Information, exc.title, exc.message, parent=parent)
    else:
        log.error("unexpected error: %s", trace or "".join(traceback.format_exception(exc)))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Something went wrong",
            "Something unexpected went wrong. Your data is safe; the details are in the log.",
            parent=parent,
        )
    box.setWindowModality(Qt.WindowModality.WindowModal)
    if parent is None:  # nothing else keeps a top-level box alive while it is open
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


_open_boxes: set[QMessageBox] = set()


def basic_exception_hook(log_dir: Path) -> Path:
    """Stand-in hook: unexpected exceptions go to a log file, the app keeps running."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "course-studio.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))

    sys.excepthook = hook
    return path


# -- the real modules when they are there --------------------------------------

try:
    from .notifier import Notifier
except ImportError:
    Notifier = LoggingNotifier  # type: ignore[misc,assignment,unused-ignore]

try:
    from .activity_panel import ActivityPanel
except ImportError:
    ActivityPanel = PlaceholderActivityPanel  # type: ignore[misc,assignment,unused-ignore]

try:
    from .errors import install_exception_hook, show_error
except ImportError:
    install_exception_hook = basic_exception_hook
    show_error = basic_show_error

try:
    from .enrollments_tab import EnrollmentsTab
except ImportError:
    EnrollmentsTab = PlaceholderEnrollmentsTab  # type: ignore[misc,assignment,unused-ignore]

try:
    from .progress_tab import ProgressTab
except ImportError:
    ProgressTab = PlaceholderProgressTab  # type: ignore[misc,assignment,unused-ignore]

__all__ = [
    "ActivityPanel",
    "EnrollmentsTab",
    "Notifier",
    "ProgressTab",
    "install_exception_hook",
    "show_error",
]
