"""A small window that hosts the Enrollments and Progress tabs, the Activity panel
and the notifier, for looking at them by hand or rendering them to PNG.

    python scripts/dev/feedback_harness.py --data-dir .demo-data            # a window
    QT_QPA_PLATFORM=offscreen python scripts/dev/feedback_harness.py \\
        --data-dir .demo-data --shots /tmp/shots                             # PNGs

With --shots the data dir is copied first (the harness enrolls a student, imports a
broken class list and raises an error to show every state); the original is untouched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QWidget,
)

import course_studio
from course_studio.store.paths import log_dir
from course_studio.ui.activity_panel import ActivityPanel
from course_studio.ui.changes import ChangeHub
from course_studio.ui.enrollments_tab import EnrollmentsTab
from course_studio.ui.errors import install_exception_hook, show_error
from course_studio.ui.notifier import Notifier
from course_studio.ui.progress_tab import ProgressTab
from course_studio.ui.workers import wait_for_db


class Harness(QMainWindow):
    def __init__(self, studio: course_studio.Studio) -> None:
        super().__init__()
        self.setWindowTitle("Course Studio — enrollments and progress")
        self.studio = studio
        self.hub = ChangeHub(studio.store, self)
        self.undo_stack = QUndoStack(self)
        self.notifier = Notifier(studio, self)
        self.tabs = QTabWidget()
        self.enrollments = EnrollmentsTab(studio, self.hub, self.notifier, self.undo_stack)
        self.progress = ProgressTab(studio, self.hub, self.notifier, self.undo_stack)
        self.tabs.addTab(self.enrollments, "Enrollments")
        self.tabs.addTab(self.progress, "Progress")
        self.setCentralWidget(self.tabs)
        self.activity = ActivityPanel(studio, self.notifier)
        dock = QDockWidget("Activity", self)
        dock.setObjectName("activityDock")
        dock.setWidget(self.activity)
        dock.setTitleBarWidget(QWidget())
        self.activity.setMinimumWidth(400)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.courses = QComboBox()
        self.courses.setMinimumWidth(360)
        for course in studio.courses.my_courses():
            self.courses.addItem(f"{course.code} — {course.title}", course.id)
        self.courses.currentIndexChanged.connect(lambda _i: self.show_course())
        bar = QToolBar("Course")
        bar.setMovable(False)
        bar.addWidget(self.courses)
        undo = self.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        bar.addAction(undo)
        bar.addAction(redo)
        self.addToolBar(bar)
        edit = self.menuBar().addMenu("&Edit")
        edit.addAction(undo)
        edit.addAction(redo)

    def show_course(self, course_id: str | None = None) -> None:
        if course_id is not None:
            self.courses.setCurrentIndex(self.courses.findData(course_id))
        cid = self.courses.currentData()
        self.enrollments.set_course(cid)
        self.progress.set_course(cid)


def wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        QCoreApplication.processEvents()
        wait_for_db(50)
        if time.monotonic() > end:
            raise TimeoutError("the harness waited too long")
    QCoreApplication.processEvents()


def shots(window: Harness, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    studio = window.studio
    mine = studio.courses.my_courses()
    running = [c for c in mine if (c.avg_progress or 0) > 20 and c.at_risk] or mine
    course = max(running, key=lambda c: (c.waitlisted > 0, c.at_risk, c.enrolled))
    window.show_course(course.id)
    wait(lambda: window.enrollments.loaded_course == course.id)
    wait(lambda: window.progress.loaded_course == course.id and window.activity.loaded)
    # one action so a toast and an Activity entry show
    candidates = studio.students.search("", limit=400)
    enrolled = {r.student_id for r in window.enrollments.model.records()}
    student = next(s for s in candidates if s.id not in enrolled)
    window.enrollments.enroll(student)
    wait(lambda: len(window.activity.entries()) > 0 and window.enrollments.model.row_of("") is None)
    wait(lambda: any(r.student_id == student.id for r in window.enrollments.model.records()))
    view = window.enrollments.view
    view.selectRow(3)
    QCoreApplication.processEvents()
    time.sleep(0.3)
    QCoreApplication.processEvents()
    window.grab().save(str(out / "enrollments.png"))

    window.tabs.setCurrentWidget(window.progress)
    QCoreApplication.processEvents()
    window.grab().save(str(out / "progress.png"))
    window.progress.set_at_risk_only(True)
    QCoreApplication.processEvents()
    window.grab().save(str(out / "progress-at-risk.png"))
    window.progress.set_at_risk_only(False)

    # the wizard on a broken file
    csv = out / "broken-class-list.csv"
    csv.write_text(
        "First name;Last name;E-mail;Student ID;Role\n"
        "Mary;Shelley;mary@example.org;X1;student\n"
        ";Curie;marie@example.org;X2;student\n"
        "Ada;Byron;not-an-email;X3;student\n"
        "Nikola;Tesla;nikola@example.org;X4;professor\n",
        encoding="utf-8",
    )
    window.tabs.setCurrentWidget(window.enrollments)
    wizard = window.enrollments.open_import_wizard()
    wizard.file_page.path_edit.setText(str(csv))
    wizard.file_page.load(str(csv))
    wait(lambda: wizard.table is not None)
    wizard.grab().save(str(out / "wizard-file.png"))
    wizard.next()
    QCoreApplication.processEvents()
    wizard.grab().save(str(out / "wizard-mapping.png"))
    wizard.next()
    wait(lambda: not wizard.check_page.running)
    wizard.grab().save(str(out / "wizard-check.png"))
    wizard.reject()

    dialog = show_error(window, RuntimeError("the demo harness raised this on purpose"))
    QCoreApplication.processEvents()
    dialog.grab().save(str(out / "error-dialog.png"))
    dialog.close()
    print(f"Screenshots in {out}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--shots", metavar="DIR")
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        from PySide6.QtGui import QColor, QPalette

        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2d30"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Base, "#1f2023"),
            (QPalette.ColorRole.AlternateBase, "#26282b"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#34363a"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
            (QPalette.ColorRole.Highlight, "#3d7bd9"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.Mid, "#55585d"),
            (QPalette.ColorRole.PlaceholderText, "#8c8f94"),
            (QPalette.ColorRole.ToolTipBase, "#34363a"),
            (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    data_dir = Path(args.data_dir)
    if args.shots:
        tmp = Path(tempfile.mkdtemp(prefix="harness-"))
        shutil.copytree(data_dir, tmp / "data")
        data_dir = tmp / "data"
        install_exception_hook(tmp / "logs")
    else:
        install_exception_hook(log_dir())
    with course_studio.open_studio(data_dir) as studio:
        window = Harness(studio)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        if args.shots:
            shots(window, Path(args.shots))
            wait_for_db()
            window.hub.close()
            return 0
        window.show_course()
        code = app.exec()
        wait_for_db()
        window.hub.close()
        return code


if __name__ == "__main__":
    sys.exit(main())
