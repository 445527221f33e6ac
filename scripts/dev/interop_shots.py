"""Render the File menu's imports and exports to PNG, on a copy of a demo data dir.

    course-studio demo --data-dir /tmp/demo
    QT_QPA_PLATFORM=offscreen python scripts/dev/interop_shots.py \\
        --data-dir /tmp/demo --shots /tmp/interop-shots [--dark] [--lang de] [--dialogs]

The data dir is copied first; the original is untouched. The roster wizard runs on
the sample files of tests/interop/samples (a good OneRoster package, a broken one and
a plain class list), the cartridge dialog on the hand-made Common Cartridge sample.
``--dialogs`` also renders the Preferences, the sign-in dialog and the class list
wizard of the Enrollments tab; ``--lang`` shows it all in another language.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

import course_studio
from course_studio.ui.changes import ChangeHub
from course_studio.ui.course_detail import CourseDetail
from course_studio.ui.loading import wait_for_reads
from course_studio.ui.main_window import MainWindow
from course_studio.ui.style import apply_style
from course_studio.ui.workers import Op, wait_for_db

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "interop" / "samples"


def wait(condition: Callable[[], object], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        QCoreApplication.processEvents()
        wait_for_db(20)
        time.sleep(0.01)
        if time.monotonic() > end:
            raise TimeoutError("waited too long")
    for _ in range(3):
        QCoreApplication.processEvents()


def snap(widget: QWidget, path: Path) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    widget.grab().save(str(path))
    print(f"  {path.name}")


def zip_folder(folder: Path, dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return dest


def shots(window: MainWindow, out: Path, work: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    studio = window.studio
    wait(lambda: window.course_model.has_loaded)
    mine = [c for c in studio.courses.my_courses() if c.status == "published" and c.enrolled]
    course = sorted(mine, key=lambda c: c.code)[0]
    window.courses.select_id(course.id)
    wait(lambda: window.courses.current_id() == course.id)
    actions = window.interop

    # -- the roster wizard: a good OneRoster package ------------------------------
    good = zip_folder(SAMPLES / "oneroster" / "good", work / "northwind-sis.zip")
    wizard = actions.open_roster_import()
    wizard.resize(900, 660)
    wait(lambda: wizard.courses)
    wizard.source_page.file.set_text(good)
    wait(lambda: not wizard.source_page.reading and wizard.source is not None)
    snap(wizard, out / "roster-1-source.png")
    wizard.next()
    wait(lambda: not wizard.check_page.running and wizard.preview is not None)
    snap(wizard, out / "roster-3-check.png")
    # the import waits behind earlier changes: show it with its progress and Cancel
    held = threading.Event()
    Op(window, lambda: held.wait(30)).run()
    wizard.next()
    snap(wizard, out / "roster-4-importing.png")
    held.set()
    wait(lambda: wizard.import_page.outcome)
    snap(wizard, out / "roster-4-done.png")
    wizard.close()

    # -- a broken package ---------------------------------------------------------
    broken = zip_folder(SAMPLES / "oneroster" / "unknown_roles", work / "sis-export.zip")
    wizard = actions.open_roster_import()
    wizard.resize(900, 660)
    wait(lambda: wizard.courses)
    wizard.source_page.file.set_text(broken)
    wait(lambda: not wizard.source_page.reading and wizard.source is not None)
    wizard.next()
    wait(lambda: not wizard.check_page.running and wizard.preview is not None)
    snap(wizard, out / "roster-3-check-problems.png")
    wizard.close()

    # -- a plain class list: the column mapping ----------------------------------
    plain = work / "class-list.csv"
    shutil.copy(SAMPLES / "csv" / "class-list.csv", plain)
    wizard = actions.open_roster_import()
    wizard.resize(900, 660)
    wait(lambda: wizard.courses)
    wizard.source_page.file.set_text(plain)
    wait(lambda: not wizard.source_page.reading and wizard.source is not None)
    snap(wizard, out / "roster-1-source-csv.png")
    wizard.next()
    snap(wizard, out / "roster-2-mapping.png")
    wizard.next()
    wait(lambda: not wizard.check_page.running and wizard.preview is not None)
    snap(wizard, out / "roster-3-check-csv.png")
    wizard.close()

    # -- a Common Cartridge in ----------------------------------------------------
    cartridge = zip_folder(SAMPLES / "cartridges" / "handmade-cc13", work / "astronomy.imscc")
    dialog = actions.open_cartridge_import()
    dialog.file.set_text(cartridge)
    wait(lambda: dialog.preview is not None)
    snap(dialog, out / "cartridge-import.png")
    dialog.close()

    # -- exports ------------------------------------------------------------------
    window.detail.tabs.setCurrentIndex(CourseDetail.OVERVIEW + 3)  # Progress
    wait(lambda: window.progress.loaded_course == course.id)
    window.progress.set_at_risk_only(True)
    for name, open_dialog in (
        ("export-cartridge.png", actions.open_cartridge_export),
        ("export-roster.png", actions.open_roster_export),
        ("export-progress.png", actions.open_progress_export),
        ("backup.png", actions.open_backup),
    ):
        export = open_dialog()
        assert export is not None
        export.save.set_path(work / Path(export.save.edit.text()).name)
        snap(export, out / name)
        if name == "backup.png":
            backup_file = export.save.path()
            export.export()
            wait(lambda e=export: e.outcome)
        else:
            export.close()
    window.progress.set_at_risk_only(False)

    # -- restore ------------------------------------------------------------------
    assert backup_file is not None
    dialog = actions.open_restore()
    dialog.file.set_text(backup_file)
    wait(lambda: dialog.preview is not None)
    snap(dialog, out / "restore.png")
    dialog.close()

    # -- the window with its Activity panel -----------------------------------------
    window.activity_dock.show()
    wait_for_reads()
    wait(lambda: not window.notifier.pending())
    snap(window, out / "window-activity.png")
    print(f"Screenshots in {out}")


def dialog_shots(window: MainWindow, out: Path) -> None:
    """Preferences, signing in and the class list wizard, as they first open."""
    out.mkdir(parents=True, exist_ok=True)
    preferences = window.show_preferences()
    preferences.resize(preferences.sizeHint())
    snap(preferences, out / "preferences.png")
    preferences.close()
    sign_in = window.sync.show_sign_in()
    snap(sign_in, out / "sign-in.png")
    sign_in.close()
    plain = SAMPLES / "csv" / "class-list.csv"
    window.detail.tabs.setCurrentIndex(CourseDetail.OVERVIEW + 2)  # Enrollments
    wait(lambda: window.enrollments.course_id is not None)
    wizard = window.enrollments.open_import_wizard()
    wizard.resize(900, 660)
    snap(wizard, out / "class-list-1-file.png")
    wizard.file_page.path_edit.setText(str(plain))
    wizard.file_page.load(str(plain))
    wait(lambda: wizard.table is not None)
    wizard.next()
    snap(wizard, out / "class-list-2-mapping.png")
    wizard.next()
    wait(lambda: not wizard.check_page.running)
    snap(wizard, out / "class-list-3-check.png")
    wizard.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--shots", metavar="DIR", required=True)
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--lang", help="user interface language, e.g. de")
    parser.add_argument("--dialogs", action="store_true", help="also the other dialogs")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Course Studio")
    apply_style(app)
    if args.lang:
        from course_studio.ui.i18n import install_translations

        install_translations(app, args.lang)
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
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    work = Path(tempfile.mkdtemp(prefix="interop-shots-"))
    shutil.copytree(args.data_dir, work / "data")
    settings = QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(work))
    with course_studio.open_studio(work / "data") as studio:
        hub = ChangeHub(studio.store)
        window = MainWindow(studio, hub, QUndoStack(), settings, restore=False)
        window.resize(1280, 800)
        window.show()
        try:
            shots(window, Path(args.shots), work)
            if args.dialogs:
                dialog_shots(window, Path(args.shots))
        finally:
            wait_for_db()
            hub.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
