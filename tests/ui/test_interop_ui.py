"""The File menu's imports, exports, backups and restores, on real files and a real store."""

from __future__ import annotations

import gc
import shutil
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui.course_file_dialogs import CartridgeImportDialog, RestoreDialog
from course_studio.ui.export_dialogs import (
    BackupDialog,
    CartridgeExportDialog,
    ExportDialog,
    ProgressExportDialog,
    RosterExportDialog,
)
from course_studio.ui.interop_jobs import Job, gc_paused
from course_studio.ui.main_window import MainWindow
from course_studio.ui.roster_import_wizard import RosterImportWizard
from course_studio.ui.workers import Op

from ..conftest import dump, unchanged
from .conftest import RecordingNotifier, settle

SAMPLES = Path(__file__).resolve().parents[1] / "interop" / "samples"
WAIT = 30_000


def zip_folder(folder: Path, dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return dest


@pytest.fixture
def hold_db(host: QWidget) -> Iterator[Callable[[], threading.Event]]:
    """Keep the database worker busy until the returned event is set, so a write
    queued behind it can be cancelled (or its target changed) before it starts."""
    events: list[threading.Event] = []

    def hold() -> threading.Event:
        event = threading.Event()
        events.append(event)
        Op(host, lambda: event.wait(WAIT / 1000)).run()
        return event

    yield hold
    for event in events:
        event.set()
    settle()


@contextmanager
def data_unchanged(studio: Studio) -> Iterator[None]:
    """Like ``unchanged``, but the Activity log (where notifications go) may grow."""
    before = [line for line in dump(studio) if not line.startswith('INSERT INTO "activity"')]
    yield
    after = [line for line in dump(studio) if not line.startswith('INSERT INTO "activity"')]
    assert after == before, "the data changed although nothing was imported"


def open_wizard(
    qtbot: QtBot, studio: Studio, notifier: Any, host: QWidget, course_id: str | None = None
) -> RosterImportWizard:
    wizard = RosterImportWizard(studio, notifier, course_id=course_id, parent=host)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.source_page.course_combo.count() > 0 or not wizard.courses)
    settle()
    return wizard


def choose(qtbot: QtBot, wizard: RosterImportWizard, path: Path) -> None:
    wizard.source_page.file.set_text(path)
    qtbot.waitUntil(lambda: not wizard.source_page.reading, timeout=WAIT)


def check(qtbot: QtBot, wizard: RosterImportWizard) -> None:
    """From the source (or mapping) page on to the check, and wait for it."""
    while wizard.currentId() != RosterImportWizard.CHECK:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, "the wizard did not move on"
    qtbot.waitUntil(lambda: not wizard.check_page.running, timeout=WAIT)


def import_button(wizard: RosterImportWizard) -> Any:
    return wizard.button(QWizard.WizardButton.CommitButton)


def student_emails(studio: Studio) -> set[str]:
    return {s.email for s in studio.students.search("", limit=1000)}


# -- the roster wizard ---------------------------------------------------------------------


def test_a_oneroster_zip_imports_through_the_wizard(
    qtbot: QtBot, studio: Studio, notifier: RecordingNotifier, host: QWidget, tmp_path: Path
) -> None:
    package = zip_folder(SAMPLES / "oneroster" / "good", tmp_path / "sis.zip")
    wizard = open_wizard(qtbot, studio, notifier, host)
    choose(qtbot, wizard, package)
    assert wizard.format == "oneroster"
    assert "7 files in a zip file" in wizard.source_page.found.text()
    with unchanged(studio):  # the check writes nothing
        check(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.ok
    assert "ready to import" in wizard.check_page.status.text()
    assert "6 new students" in wizard.check_page.plan.text()
    assert import_button(wizard).isEnabled()

    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.import_page.outcome), timeout=WAIT)
    assert wizard.import_page.outcome == "done"
    assert wizard.report is not None and wizard.report.written
    assert studio.students.count() == 6
    assert len(studio.courses.my_courses()) == 2
    assert notifier.calls[-1]["ok"] and "sis.zip imported" in notifier.calls[-1]["summary"]

    # the same file again changes nothing
    again = open_wizard(qtbot, studio, notifier, host)
    choose(qtbot, again, package)
    with unchanged(studio):
        check(qtbot, again)
        assert "changes nothing" in again.check_page.status.text()


def test_a_class_list_maps_its_columns_and_enrolls_into_the_chosen_course(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    course: Any,
) -> None:
    plain = tmp_path / "class-list.csv"
    shutil.copy(SAMPLES / "csv" / "class-list.csv", plain)
    wizard = open_wizard(qtbot, studio, notifier, host, course_id=course.id)
    choose(qtbot, wizard, plain)
    assert wizard.format == "csv"
    assert wizard.source_page.into_one.isChecked()  # a class list goes into one course
    assert "3 rows under 5 columns" in wizard.source_page.found.text()
    wizard.next()
    assert wizard.currentId() == RosterImportWizard.MAPPING
    page = wizard.mapping_page
    assert wizard.mapping["email"] == "E-mail"
    assert wizard.mapping["external_id"] == "Student ID"
    # without an email or SIS id column nothing can be matched: the page says so
    page.set_column("email", None)
    page.set_column("external_id", None)
    assert not page.isComplete()
    assert "email address or the SIS id" in page.hint.message()
    page.set_column("email", "E-mail")
    page.set_column("external_id", "Student ID")
    assert page.isComplete()
    assert page.preview_model.rowCount() == 3

    check(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.ok, wizard.preview
    assert "put everyone into CS101" in wizard.check_page.plan.text()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.import_page.outcome), timeout=WAIT)
    assert wizard.import_page.outcome == "done"
    enrolled = studio.enrollments.list(course.id)
    assert len(enrolled) == 3
    assert {"noor.haddad@college.example", "yuki.tanaka@college.example"} <= student_emails(studio)


def bad_file(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.csv"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 40)
    elif kind == "header-only":
        path.write_text("sourcedId,givenName\n", encoding="utf-8")
    elif kind == "wrong-encoding":
        # saved in UTF-8, then a line added by a program writing Windows-1252
        text = (SAMPLES / "csv" / "class-list.csv").read_text(encoding="utf-8")
        extra = "1004;Zoë;Müller;zoe.muller@college.example;ENG101\n"
        path.write_bytes(text.encode("utf-8") + extra.encode("cp1252"))
    return path


@pytest.mark.parametrize("kind", ["empty", "binary", "header-only", "wrong-encoding"])
def test_a_file_that_is_no_roster_is_refused_on_the_first_page(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    course: Any,
    kind: str,
) -> None:
    path = bad_file(kind, tmp_path)
    with unchanged(studio):
        wizard = open_wizard(qtbot, studio, notifier, host)
        choose(qtbot, wizard, path)
        message = wizard.source_page.file.message.message()
        assert message.rstrip()[-1:] in (".", ")"), message
        assert message[0].isupper() or message.startswith(path.name), message
        assert {"empty": "empty", "binary": "not text", "header-only": "no rows"}.get(
            kind, "Line 5: This line is not valid UTF-8"
        ) in message, message
        assert wizard.source is None
        assert not wizard.source_page.isComplete()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.reject()
        settle()


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("canvas/missing_columns", "column"),
        ("canvas/unknown_roles", "role"),
        ("oneroster/missing_columns", "column"),
        ("oneroster/duplicate_ids", ""),
        ("oneroster/bad_dates", ""),
    ],
)
def test_a_roster_with_bad_rows_lists_every_one_and_imports_nothing(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    course: Any,
    folder: str,
    expected: str,
) -> None:
    source = SAMPLES / folder
    copy = shutil.copytree(source, tmp_path / source.name)
    with unchanged(studio):
        wizard = open_wizard(qtbot, studio, notifier, host)
        choose(qtbot, wizard, copy)
        check(qtbot, wizard)
        preview = wizard.preview
        assert preview is not None and not preview.ok
        rows = wizard.check_page.issues.rows()
        errors = [r.issue for r in rows if r.error]
        assert len(errors) == len(preview.report.errors) > 0
        assert all(r.message for r in errors)
        assert any(r.line is not None and r.line >= 2 for r in errors) or expected == "column"
        assert expected in " ".join(r.message for r in errors).lower()
        status = wizard.check_page.status.text()
        assert "Nothing will be imported" in status
        assert not import_button(wizard).isEnabled()
        assert wizard.check_page.again_button.isVisible()
        # the copied list says where each problem is
        text = wizard.check_page.issues.text()
        assert errors[0].message in text
        wizard.reject()
        settle()


def test_a_moodle_file_in_windows_1252_reads_and_imports(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
) -> None:
    math = studio.courses.create(code="MATH101", title="Algebra")
    studio.courses.create(code="PHYS101", title="Mechanics")
    text = (SAMPLES / "moodle" / "good.csv").read_text(encoding="utf-8")
    path = tmp_path / "moodle-users.csv"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    wizard = open_wizard(qtbot, studio, notifier, host)
    choose(qtbot, wizard, path)
    assert wizard.format == "moodle"
    assert "read as" in wizard.source_page.found.text()
    check(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.ok, wizard.preview.report.errors
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.import_page.outcome), timeout=WAIT)
    assert wizard.import_page.outcome == "done"
    names = {s.family_name for s in studio.students.search("", limit=100)}
    assert "García" in names  # the Windows-1252 accent read right
    assert len(studio.enrollments.list(math.id)) == 3  # two students and a teacher


def test_cancel_before_the_import_writes_nothing(
    qtbot: QtBot, studio: Studio, notifier: RecordingNotifier, host: QWidget, tmp_path: Path
) -> None:
    package = zip_folder(SAMPLES / "oneroster" / "good", tmp_path / "sis.zip")
    with unchanged(studio):
        wizard = open_wizard(qtbot, studio, notifier, host)
        choose(qtbot, wizard, package)
        check(qtbot, wizard)
        assert wizard.preview is not None and wizard.preview.ok
        closed: list[int] = []
        wizard.finished.connect(closed.append)
        wizard.reject()
        settle()
    assert closed == [0]


def test_cancelling_a_running_import_writes_nothing(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    hold_db: Callable[[], threading.Event],
) -> None:
    package = zip_folder(SAMPLES / "oneroster" / "good", tmp_path / "sis.zip")
    with data_unchanged(studio):
        wizard = open_wizard(qtbot, studio, notifier, host)
        choose(qtbot, wizard, package)
        check(qtbot, wizard)
        release = hold_db()
        wizard.next()  # the import queues behind the held worker
        assert wizard.import_page.running
        wizard.import_page.progress.cancel_button.click()
        assert "Cancelling" in wizard.import_page.status.text()
        release.set()
        qtbot.waitUntil(lambda: bool(wizard.import_page.outcome), timeout=WAIT)
        settle()
    assert wizard.import_page.outcome == "cancelled"
    assert "Nothing was written" in wizard.import_page.status.text()
    assert notifier.calls[-1]["ok"] is False


def test_closing_the_wizard_while_it_imports_cancels_and_writes_nothing(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    hold_db: Callable[[], threading.Event],
) -> None:
    package = zip_folder(SAMPLES / "oneroster" / "good", tmp_path / "sis.zip")
    with data_unchanged(studio):
        wizard = open_wizard(qtbot, studio, notifier, host)
        choose(qtbot, wizard, package)
        check(qtbot, wizard)
        release = hold_db()
        wizard.next()
        outcome: list[str] = []
        wizard.finished.connect(lambda _r: outcome.append(wizard.import_page.outcome))
        wizard.reject()  # Esc / the window's close button
        assert wizard.isVisible()  # it waits for the rollback
        release.set()
        qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT)
        settle()
    assert outcome == ["cancelled"]


# -- a Common Cartridge in ----------------------------------------------------------------


def open_dialog(qtbot: QtBot, dialog: QWidget) -> Any:
    # the host owns the dialog (it deletes itself when closed)
    dialog.show()
    return dialog


def test_a_cartridge_becomes_a_new_draft_course(
    qtbot: QtBot, studio: Studio, notifier: RecordingNotifier, host: QWidget, tmp_path: Path
) -> None:
    cartridge = zip_folder(SAMPLES / "cartridges" / "handmade-cc13", tmp_path / "astro.imscc")
    dialog = open_dialog(qtbot, CartridgeImportDialog(studio, notifier, host))
    created: list[str] = []
    dialog.created.connect(created.append)
    with unchanged(studio):
        dialog.file.set_text(cartridge)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.title.text() == "Introduction to Astronomy"
    assert dialog.outline_model.rowCount() == 3
    assert dialog.ok_button.isEnabled()
    dialog.code.setText("ASTRO1")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=WAIT)
    assert dialog.outcome == "done"
    assert created
    new = studio.courses.get(created[0])
    assert (new.code, new.title, new.status) == ("ASTRO1", "Introduction to Astronomy", "draft")
    assert notifier.calls[-1]["ok"]


@pytest.mark.parametrize("kind", ["truncated", "not-a-zip", "empty"])
def test_a_broken_cartridge_says_why_and_creates_nothing(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    kind: str,
) -> None:
    path = tmp_path / "course.imscc"
    if kind == "truncated":
        whole = zip_folder(SAMPLES / "cartridges" / "handmade-cc13", tmp_path / "whole.imscc")
        data = whole.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "not-a-zip":
        path.write_text("<html>not a cartridge</html>", encoding="utf-8")
    else:
        path.write_bytes(b"")
    with unchanged(studio):
        dialog = open_dialog(qtbot, CartridgeImportDialog(studio, notifier, host))
        dialog.file.set_text(path)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
        shown = dialog.file.message.message() or dialog.status.text()
        assert shown and shown[0].isupper(), shown
        assert not dialog.ok_button.isEnabled()
        dialog.commit()  # nothing to commit: does nothing
        settle()


# -- exports -------------------------------------------------------------------------------


@pytest.fixture
def filled(studio: Studio, course: Any, students: list[Any]) -> Any:
    module = studio.outline.add_module(course.id, title="Week 1")
    studio.outline.add_lesson(module.id, title="Hello", body="<p>Hi</p>")
    for s in students[:2]:
        studio.enrollments.enroll(course.id, s.id)
    return studio.courses.get(course.id)


def export_to(qtbot: QtBot, dialog: ExportDialog, path: Path) -> ExportDialog:
    open_dialog(qtbot, dialog)
    dialog.save.set_path(path)
    assert dialog.ok_button.isEnabled(), dialog.save.message.message()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=WAIT)
    return dialog


def test_the_cartridge_export_writes_an_imscc(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    filled: Any,
) -> None:
    dialog = CartridgeExportDialog(studio, notifier, filled, host)
    out = tmp_path / "out" / "course"
    out.parent.mkdir()
    export_to(qtbot, dialog, out)
    assert dialog.outcome == "done"
    written = out.with_suffix(".imscc")
    assert dialog.written == written
    with zipfile.ZipFile(written) as archive:
        manifest = archive.read("imsmanifest.xml").decode()
    assert "Week 1" in manifest and "Hello" in manifest
    assert [p.name for p in out.parent.iterdir()] == ["course.imscc"]
    assert notifier.calls[-1]["ok"] and "course.imscc" in notifier.calls[-1]["summary"]


@pytest.mark.parametrize("fmt", ["oneroster", "canvas", "moodle"])
def test_the_roster_export_writes_each_format(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    filled: Any,
    fmt: str,
) -> None:
    dialog = RosterExportDialog(studio, notifier, filled, host)
    dialog.set_format(fmt)
    export_to(qtbot, dialog, tmp_path / f"roster-{fmt}")
    assert dialog.outcome == "done"
    assert dialog.written is not None and dialog.written.exists()
    data = dialog.written.read_bytes()
    if zipfile.is_zipfile(dialog.written):
        with zipfile.ZipFile(dialog.written) as archive:
            data = b"".join(archive.read(n) for n in archive.namelist())
    assert b"ada@example.org" in data and b"alan@example.org" in data
    assert b"grace@example.org" not in data  # not enrolled


def test_the_progress_export_writes_excel_and_csv(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    filled: Any,
) -> None:
    dialog = export_to(qtbot, ProgressExportDialog(studio, notifier, filled, host), tmp_path / "p")
    assert dialog.written == tmp_path / "p.xlsx"
    book = openpyxl.load_workbook(dialog.written, read_only=True)
    cells = {str(c) for row in book.worksheets[0].iter_rows(values_only=True) for c in row}
    assert "ada@example.org" in cells

    dialog = ProgressExportDialog(studio, notifier, filled, host)
    open_dialog(qtbot, dialog)
    dialog.csv.setChecked(True)
    export_to(qtbot, dialog, tmp_path / "p.csv")
    assert dialog.written == tmp_path / "p.csv"
    assert "alan@example.org" in dialog.written.read_text(encoding="utf-8-sig")


def test_the_progress_export_keeps_to_the_progress_tabs_filter(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    filled: Any,
) -> None:
    dialog = ProgressExportDialog(
        studio,
        notifier,
        filled,
        host,
        shown_filter=lambda r: r.email == "ada@example.org",
        filter_text="matching “ada”",
        shown_count=1,
    )
    open_dialog(qtbot, dialog)
    assert dialog.use_filter.isChecked()
    assert dialog.use_filter.text() == "Only the student the Progress tab shows (matching “ada”)"
    dialog.csv.setChecked(True)
    export_to(qtbot, dialog, tmp_path / "ada.csv")
    text = (tmp_path / "ada.csv").read_text(encoding="utf-8-sig")
    assert "ada@example.org" in text and "alan@example.org" not in text
    assert "only the students shown" in notifier.calls[-1]["summary"]


def test_an_export_that_cannot_write_leaves_no_file_behind(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    filled: Any,
    hold_db: Callable[[], threading.Event],
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = open_dialog(qtbot, CartridgeExportDialog(studio, notifier, filled, host))
    target = folder / "course.imscc"
    dialog.save.set_path(target)
    release = hold_db()
    dialog.ok_button.click()
    # while the export waits, a folder takes the file's name: the rename must fail
    target.mkdir()
    release.set()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=WAIT)
    assert dialog.outcome == "failed"
    assert sorted(p.name for p in folder.iterdir()) == ["course.imscc"]
    assert target.is_dir() and not any(target.iterdir())
    message = dialog.save.message.message()
    assert "course.imscc could not be written" in message
    assert notifier.calls[-1]["ok"] is False
    assert dialog.isVisible()  # the instructor can choose another place


def test_a_place_that_cannot_be_written_is_said_before_exporting(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    filled: Any,
) -> None:
    dialog = open_dialog(qtbot, RosterExportDialog(studio, notifier, filled, host))
    dialog.save.set_path(tmp_path / "missing" / "roster.zip")
    assert "does not exist" in dialog.save.message.message()
    assert not dialog.ok_button.isEnabled()
    (tmp_path / "afile").write_text("x")
    dialog.save.set_path(tmp_path / "afile" / "roster.zip")
    assert "is not a folder" in dialog.save.message.message()
    assert not dialog.ok_button.isEnabled()
    assert not list(tmp_path.rglob("roster*"))


# -- backup and restore ---------------------------------------------------------------------


def test_backup_then_restore_as_a_copy(
    qtbot: QtBot,
    studio: Studio,
    notifier: RecordingNotifier,
    host: QWidget,
    tmp_path: Path,
    filled: Any,
) -> None:
    backup = export_to(qtbot, BackupDialog(studio, notifier, filled, host), tmp_path / "cs")
    assert backup.outcome == "done"
    assert backup.written == tmp_path / "cs.cstudio"

    dialog = open_dialog(qtbot, RestoreDialog(studio, notifier, host))
    created: list[str] = []
    dialog.created.connect(created.append)
    with unchanged(studio):
        dialog.file.set_text(backup.written)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.ok_button.isEnabled()
    # the course is still here: the restore makes a copy under a new code
    assert dialog.as_copy.isChecked()
    dialog.code.setText("CS101-B")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=WAIT)
    assert dialog.outcome == "done", dialog.status.text()
    copy = studio.courses.get(created[0])
    assert copy.code == "CS101-B" and copy.title == filled.title
    assert len(studio.enrollments.list(copy.id)) == 2


def test_a_file_that_is_no_backup_is_refused(
    qtbot: QtBot, studio: Studio, notifier: RecordingNotifier, host: QWidget, tmp_path: Path
) -> None:
    path = tmp_path / "old.cstudio"
    path.write_bytes(b"PK\x03\x04 broken")
    with unchanged(studio):
        dialog = open_dialog(qtbot, RestoreDialog(studio, notifier, host))
        dialog.file.set_text(path)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
        shown = dialog.file.message.message() or dialog.status.text()
        assert "damaged or incomplete" in shown, shown
        assert not dialog.ok_button.isEnabled()


# -- the File menu --------------------------------------------------------------------------


def test_the_file_menu_opens_them(window: MainWindow, qtbot: QtBot, course: Any) -> None:
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Import" in titles and "E&xport" in titles
    actions = window.interop
    window.courses.select_id(course.id)
    qtbot.waitUntil(lambda: window.courses.current_id() == course.id)
    assert actions.export_cartridge.isEnabled() and actions.backup.isEnabled()
    actions.import_roster.trigger()
    assert isinstance(actions.dialog, RosterImportWizard)
    actions.dialog.close()
    actions.export_roster.trigger()
    assert isinstance(actions.dialog, RosterExportDialog)
    assert course.code in actions.dialog.course_label.text()
    actions.dialog.close()
    settle()


# -- the jobs -------------------------------------------------------------------------------


def test_garbage_collection_pauses_while_jobs_run_and_comes_back_after(
    qtbot: QtBot, host: QWidget
) -> None:
    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # another job still runs
    assert gc.isenabled()

    def fails(_progress: Any, _cancel: Any) -> None:
        assert not gc.isenabled()
        raise ValueError("broken")

    job = Job(host, fails).start()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT)
    assert job.finished_ok is False
    assert gc.isenabled()

    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
