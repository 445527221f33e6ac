"""One error path for the whole app.

``install_exception_hook(log_dir)`` sends Python logging to a rotating log file,
routes Qt's own messages there too, and replaces ``sys.excepthook`` and
``threading.excepthook`` so that an exception nobody caught (in a slot, a timer, a
worker) is logged with its traceback and shown with :func:`show_error` instead of
ending the app.

``show_error(parent, exc)`` shows a :class:`DomainError` as the calm sentence it
carries; anything else as a dialog with a plain sentence, "Copy details" and the path
of the log file that holds the traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.errors import DomainError
from .messages import error_text, error_title

log = logging.getLogger("course_studio")

LOG_FILENAME = "course-studio.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

_UNEXPECTED = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "Something went wrong and Course Studio could not finish what it was doing. "
    "Your data is safe: every change is saved the moment it is made, and the app "
    "keeps running.",
)


class _State:
    handler: logging.Handler | None = None
    log_file: Path | None = None
    previous_qt_handler: Any = None
    bridge: _Bridge | None = None
    dialog: ErrorDialog | None = None


_state = _State()


# -- logging and hooks -----------------------------------------------------------


def log_file() -> Path | None:
    """The log file the hook writes to, None before :func:`install_exception_hook`."""
    return _state.log_file


def install_exception_hook(log_dir: Path) -> Path:
    """Log to ``log_dir``/course-studio.log (rotated) and never die on an exception.

    Safe to call again (a second call moves the log to the new directory).
    Returns the path of the log file.
    """
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    if _state.handler is not None:
        root.removeHandler(_state.handler)
        _state.handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s")
    )
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _state.handler = handler
    _state.log_file = path

    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    _state.previous_qt_handler = qInstallMessageHandler(_qt_message)
    if _state.bridge is None and QApplication.instance() is not None:
        _state.bridge = _Bridge()
    log.info(
        "Course Studio %s started (Python %s, %s)",
        __version__,
        platform.python_version(),
        platform.platform(),
    )
    return path


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    report(exc, trace)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    trace = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    report(args.exc_value, trace)


def report(exc: BaseException, trace: str = "") -> None:
    """Log an uncaught exception and show it, from any thread."""
    if not isinstance(exc, DomainError):
        log.error("Unexpected error: %s\n%s", exc, trace or "(no traceback)")
    app = QApplication.instance()
    if app is None:
        return
    if _state.bridge is None:
        _state.bridge = _Bridge()
    # queued to the UI thread whatever thread we are on
    _state.bridge.raised.emit(exc, trace)


class _Bridge(QObject):
    """Carries exceptions from any thread to a dialog in the UI thread."""

    raised = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        app = QApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        self.raised.connect(self._show)

    @Slot(object, str)
    def _show(self, exc: BaseException, trace: str) -> None:
        show_error(QApplication.activeWindow(), exc, trace, logged=True)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context: Any, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    previous = _state.previous_qt_handler
    if previous is not None:
        previous(mode, context, message)


# -- showing errors --------------------------------------------------------------


def show_error(
    parent: QWidget | None, exc: BaseException, trace: str = "", *, logged: bool = False
) -> QDialog:
    """Show ``exc`` to the instructor without blocking; returns the dialog shown.

    A DomainError is a mistake the instructor can fix: a calm message with its own
    sentence. Anything else is unexpected: the traceback goes to the log file and a
    dialog says so plainly, with "Copy details" and where the log is.
    """
    if isinstance(exc, DomainError):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(error_title(exc))
        box.setText(error_text(exc))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(_delete_on_close())
        box.setObjectName("domainErrorMessage")
        box.open()
        return box
    if not trace:
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if not logged:
        log.error("Unexpected error: %s\n%s", exc, trace)
    dialog = _state.dialog
    if dialog is not None and _alive(dialog) and dialog.isVisible():
        dialog.add(exc, trace)  # one dialog for a burst of errors, not a pile of them
        return dialog
    dialog = ErrorDialog(parent, exc, trace, _state.log_file)
    _state.dialog = dialog
    dialog.open()
    return dialog


def _delete_on_close() -> Qt.WidgetAttribute:
    return Qt.WidgetAttribute.WA_DeleteOnClose


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # the C++ side was deleted
        return False
    return True


class ErrorDialog(QDialog):
    """Something unexpected happened: a plain sentence, Copy details, the log path."""

    def __init__(
        self,
        parent: QWidget | None,
        exc: BaseException,
        trace: str,
        log_path: Path | None,
        *,
        copy: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Unexpected error"))
        self.setAttribute(_delete_on_close())
        self._errors: list[tuple[BaseException, str]] = [(exc, trace)]
        self._log_path = log_path
        self._copy = copy or _copy_to_clipboard

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.sentence = QLabel(self.tr(str(_UNEXPECTED)))
        self.sentence.setWordWrap(True)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setObjectName("errorSummary")
        if log_path is not None:
            folder = QUrl.fromLocalFile(str(log_path.parent)).toString()
            where = self.tr("The details are in the log file:<br>{link}").format(
                link=f"<a href='{folder}'>{log_path}</a>"
            )
        else:
            where = self.tr("The details could not be written to a log file.")
        self.log_label = QLabel(where)
        self.log_label.setObjectName("logPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.log_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(160)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton(self.tr("Show details"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_details)
        # the detail buttons sit beside the button box, not in it: Tab skips the
        # action-role buttons of a QDialogButtonBox on the way to its default button
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        text = QVBoxLayout()
        text.addWidget(self.sentence)
        text.addWidget(self.what)
        text.addWidget(self.log_label)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.setMinimumWidth(460)
        self._refresh()

    def add(self, exc: BaseException, trace: str) -> None:
        self._errors.append((exc, trace))
        self._refresh()

    @property
    def error_count(self) -> int:
        return len(self._errors)

    def details_text(self) -> str:
        head = [
            f"Course Studio {__version__}",
            f"Python {platform.python_version()} on {platform.platform()}",
        ]
        if self._log_path is not None:
            head.append(f"Log file: {self._log_path}")
        parts = ["\n".join(head)]
        for exc, trace in self._errors:
            parts.append(trace.strip() or f"{type(exc).__name__}: {exc}")
        return "\n\n".join(parts) + "\n"

    @Slot()
    def copy_details(self) -> None:
        self._copy(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def _refresh(self) -> None:
        exc = self._errors[-1][0]
        kind = type(exc).__name__
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        what = f"{kind} ({text[:200]})" if text else kind
        if len(self._errors) > 1:
            summary = self.tr(
                "Technical summary: {what}. This happened %Ln times.", "", len(self._errors)
            )
        else:
            summary = self.tr("Technical summary: {what}.")
        summary = summary.format(what=what)
        self.what.setText(summary)
        self.details.setPlainText(self.details_text())


def _copy_to_clipboard(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
