"""Composition root of the desktop app: builds the store, the services and the window.

    course-studio [--data-dir D]                      the app
    course-studio --screenshot out.png [--size WxH]   render the window to a PNG, exit
    course-studio --palette dark                      light or dark, whatever the system says

Nothing else decides what to build: the window and its parts get what they need
passed in (studio, change hub, undo stack, settings, notifier).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_log_path

from .domain.errors import DomainError
from .facade import Studio, open_studio

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow
    from .ui.prefs import DataDirChoice, Preferences

APP_NAME = "Course Studio"
ORGANISATION = "Course Studio"
ORGANISATION_DOMAIN = "coursestudio.org"


def parse_size(text: str) -> tuple[int, int]:
    """'1280x800' -> (1280, 800); a ValueError with a sentence otherwise."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"The size must look like 1280x800 (got '{text}').") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise ValueError(f"The size {width}x{height} is outside 320x240 to 8000x8000.")
    return width, height


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app on the chosen data dir (or take a screenshot)."""
    screenshot: str | None = getattr(args, "screenshot", None)
    size = (1280, 800)
    if screenshot:
        try:
            size = parse_size(getattr(args, "size", "1280x800") or "1280x800")
        except ValueError as exc:
            print(f"course-studio: {exc}", file=sys.stderr)
            return 2
        problem = _unwritable(Path(screenshot))
        if problem:
            print(f"course-studio: {problem}", file=sys.stderr)
            return 1
        # a screenshot never needs a screen
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from .ui import features
    from .ui.changes import ChangeHub
    from .ui.main_window import MainWindow
    from .ui.prefs import Preferences
    from .ui.style import apply_style
    from .ui.workers import wait_for_db, wait_for_network

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.coursestudio.CourseStudio")
    scratch: tempfile.TemporaryDirectory[str] | None = None
    if screenshot:
        # a screenshot neither reads nor changes the instructor's window settings
        scratch = tempfile.TemporaryDirectory(prefix="course-studio-shot-")
        settings = QSettings(str(Path(scratch.name) / "ui.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    prefs = Preferences(settings)
    _install_translations(app, getattr(args, "lang", None) or prefs.language())
    apply_style(app, getattr(args, "palette", None))
    if not screenshot:
        features.install_exception_hook(user_log_path("CourseStudio", appauthor=False))

    opened = open_data(args.data_dir, prefs, ask=_offer_usual_folder if not screenshot else None)
    if opened is None:
        if scratch is not None:
            scratch.cleanup()
        return 1
    studio, choice = opened

    hub = ChangeHub(studio.store)
    undo_stack = QUndoStack()
    window = MainWindow(studio, hub, undo_stack, settings, restore=not screenshot, data_dir=choice)
    try:
        if screenshot:
            tab = getattr(args, "tab", None) or "overview"
            return take_screenshot(app, window, studio, Path(screenshot), size, tab)
        window.show()
        window.sync.start()
        _close_on_interrupt(window)
        return int(app.exec())
    finally:
        wait_for_network()
        wait_for_db()
        window.deleteLater()
        hub.close()
        studio.close()
        if scratch is not None:
            scratch.cleanup()


def open_data(
    data_dir: str | None,
    prefs: Preferences,
    *,
    ask: Callable[[Path, str], DataDirChoice | None] | None = None,
) -> tuple[Studio, DataDirChoice] | None:
    """Open the data folder of this run, with the at-risk threshold from Preferences.

    ``--data-dir``, else ``$COURSE_STUDIO_DATA_DIR``, else the folder chosen in
    Preferences, else the usual one. When the folder chosen in Preferences cannot be
    opened, ``ask(path, reason)`` may offer another; None (after saying why on
    stderr) when there is nothing to open.
    """
    from .ui.prefs import choose_data_dir

    choice = choose_data_dir(data_dir, prefs)
    while True:
        try:
            return open_studio(choice.path, at_risk_days=prefs.at_risk_days()), choice
        except (DomainError, OSError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            print(f"course-studio: cannot open the data folder: {message}", file=sys.stderr)
            if choice.source != "preferences" or ask is None:
                return None
            fallback = ask(choice.path, message)
            if fallback is None:
                return None
            choice = fallback


def _offer_usual_folder(path: Path, reason: str) -> DataDirChoice | None:
    """Ask whether to open the usual data folder when the chosen one cannot be opened."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .ui.prefs import DataDirChoice, default_data_dir

    usual = default_data_dir()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QCoreApplication.translate(
            "DataFolder", "The data folder chosen in Preferences cannot be opened."
        ),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DataFolder",
            "{folder}: {reason}\n\nYou can open the usual data folder, {usual}, for now and "
            "choose another folder in Preferences, or quit and make the chosen folder "
            "available (for example by connecting its drive).",
        ).format(folder=path, reason=reason, usual=usual)
    )
    open_usual = box.addButton(
        QCoreApplication.translate("DataFolder", "Open the Usual Folder"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_usual)
    box.exec()
    if box.clickedButton() is not open_usual:
        return None
    return DataDirChoice(usual, "default")


def _close_on_interrupt(window: MainWindow) -> None:
    """Ctrl+C in the terminal closes the window (saving its layout) and quits.

    Python handles signals only between bytecodes, so a timer wakes it up now and then
    while Qt's event loop runs.
    """
    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def _install_translations(app: QApplication, lang: str | None) -> None:
    """Use ``lang`` (or the system's language) for texts, dates, numbers, Qt's dialogs."""
    from .ui.i18n import install_translations

    install_translations(app, lang)


def take_screenshot(
    app: QApplication,
    window: MainWindow,
    studio: Studio,
    path: Path,
    size: tuple[int, int],
    tab: str = "overview",
) -> int:
    """Render the window with a course selected and a tab open, write the PNG."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    from .ui.course_detail import CourseDetail
    from .ui.loading import wait_for_reads
    from .ui.workers import wait_for_db

    window.resize(*size)
    window.show()
    model = window.course_model
    if not model.has_loaded:
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        model.load_failed.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        if not model.has_loaded:
            loop.exec()
    if not model.has_loaded:
        print("course-studio: the courses could not be read for the screenshot.", file=sys.stderr)
        return 1
    course = _showcase_course(window)
    window.detail.tabs.setCurrentIndex(CourseDetail.OVERVIEW)
    wait_for_reads()
    for _ in range(5):
        app.processEvents()
    if course is not None:
        window.courses.select_id(course, QAbstractItemView.ScrollHint.PositionAtCenter)
    app.processEvents()
    tabs = {"overview": window.overview, "outline": window.outline}
    tabs |= {"enrollments": window.enrollments, "progress": window.progress}
    page = tabs.get(tab, window.overview)
    if page is not window.overview:
        window.detail.tabs.setCurrentWidget(page)
        for _ in range(3):
            wait_for_db()
            wait_for_reads()
            app.processEvents()
    image = window.grab()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(
            f"course-studio: cannot create the folder for {path}: {exc.strerror}.", file=sys.stderr
        )
        return 1
    if image.isNull() or not image.save(str(path), "PNG"):
        print(f"course-studio: could not write the screenshot to {path}.", file=sys.stderr)
        return 1
    print(f"Screenshot of {image.width()}x{image.height()} written to {path}.")
    return 0


def _unwritable(path: Path) -> str:
    """Why a screenshot could not be written to ``path`` ('' when it can)."""
    if path.is_dir():
        return f"{path} is a folder; give the name of the PNG file to write."
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"cannot create the folder for {path}: {exc.strerror}."
    if not os.access(path.parent, os.W_OK):
        return f"cannot write into {path.parent}: permission denied."
    return ""


def _showcase_course(window: MainWindow) -> str | None:
    """A course worth showing: one of mine that is running, with students."""
    records = window.course_model.records()
    mine = [r for r in records if window.course_model.is_mine(r)]
    for pool in (mine, records):
        running = [r for r in pool if r.status == "published" and r.enrolled and r.lessons]
        under_way = [r for r in running if r.avg_progress and 10 <= r.avg_progress <= 90]
        if under_way or running:
            return sorted(under_way or running, key=lambda r: r.code)[0].id
    return records[0].id if records else None
