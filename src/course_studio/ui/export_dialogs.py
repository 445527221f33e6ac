"""File › Export › … and File › Back Up Course…: the selected course out to a file.

Each dialog names the course, offers the few choices its format has, and asks where
to write. Where it would write is checked as it is typed (a folder that does not
exist, a read-only place), and a problem is shown under the field. The export runs on
the database worker, in order with the instructor's edits; files are written whole
or not at all (``interop`` writes ``NAME.part`` and renames it). When it is done a
notification says what was written, and the Activity panel keeps it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..interop import (
    EXPORT_FORMATS,
    LABELS,
    ImportReport,
    backup_course,
    export_cartridge,
    export_progress,
    export_roster,
)
from . import timefmt
from .errors import show_error
from .interop_jobs import Job
from .interop_widgets import JobProgress, SaveField, bold, issue_line, join, phrases
from .messages import error_text, tr_message
from .widgets import muted_label

#: the folder the last export went to, offered first next time (this session)
_last_folder: Path | None = None


def _tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP("ExportDialog", ...), translated."""
    return QCoreApplication.translate("ExportDialog", str(text))


def _folder() -> Path:
    return _last_folder if _last_folder is not None and _last_folder.is_dir() else Path.home()


def _safe_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in text).strip("-.") or "course"


class ExportDialog(QDialog):
    """The course, the options, the file; Export writes it off the UI thread."""

    #: the notification's title and the button's text (translated where used)
    ACTION = QT_TRANSLATE_NOOP("ExportDialog", "Export")
    SUFFIX = ".zip"
    FILES = QT_TRANSLATE_NOOP("ExportDialog", "All files (*)")
    BUTTON = QT_TRANSLATE_NOOP("ExportDialog", "Export")

    def __init__(
        self, studio: Any, notifier: Any, course: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.studio = studio
        self.notifier = notifier
        self.course = course
        self.report: ImportReport | None = None
        self.written: Path | None = None
        self.outcome = ""  # "done" | "rejected" | "failed"
        self._job: Job | None = None

        self.course_label = QLabel(bold(course.code) + " — " + html.escape(course.title))
        self.course_label.setObjectName("exportCourse")
        self.course_label.setTextFormat(Qt.TextFormat.RichText)
        self.intro = muted_label(wrap=True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(10)
        self.form.addRow(self.tr("Course:"), self.course_label)
        self.save = SaveField(self.windowTitle() or _tr(self.BUTTON), self.SUFFIX, _tr(self.FILES))
        self.save.changed.connect(self._update_button)
        self.progress = JobProgress()
        self.progress.cancel_button.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(_tr(self.BUTTON))
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 320)

    def finish_form(self, default_name: str) -> None:
        """Add the file row last (after a subclass's options) with a default name."""
        self.form.addRow(self.tr("Save &as:"), self.save)
        self.save.caption = self.windowTitle()
        self.save.set_path(_folder() / default_name)
        self._update_button()
        # as tall as the form needs, with room for a message under the file
        self.resize(620, self.sizeHint().height() + 40)

    def _update_button(self) -> None:
        self.ok_button.setEnabled(
            self.save.path() is not None and not self.save.problem() and not self.busy
        )

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    # -- what a subclass says ---------------------------------------------------------

    def run(self, path: Path) -> Callable[[], ImportReport]:
        raise NotImplementedError

    def summary(self, report: ImportReport, path: Path) -> str:
        raise NotImplementedError

    # -- the export -------------------------------------------------------------------

    def export(self) -> None:
        path = self.save.path()
        if path is None or self.busy:
            return
        problem = self.save.problem()
        if problem:
            self.save.show_problem(problem)
            return
        self.status.setVisible(False)
        call = self.run(path)
        job = Job(self, lambda _progress, _cancel: call(), writes=True)
        self._job = job
        self.progress.follow(job, self.tr("Writing {name}…").format(name=path.name))
        job.succeeded.connect(lambda report: self._done(path, report))
        job.failed.connect(lambda exc, trace: self._failed(path, exc, trace))
        job.start()
        self._update_button()

    def _done(self, path: Path, report: ImportReport) -> None:
        global _last_folder
        self._job = None
        self.report = report
        if report.ok:
            self.outcome = "done"
            self.written = path
            _last_folder = path.parent
            self.notifier.notify(
                _tr(self.ACTION),
                self.summary(report, path),
                details="\n".join(issue_line(w) for w in report.warnings),
            )
            self.accept()
            return
        self.outcome = "rejected"
        message = " ".join(tr_message(e.message) for e in report.errors[:3])
        self.say(self.tr("{problem} Nothing was written.").format(problem=message))
        self.notifier.notify(
            _tr(self.ACTION),
            self.tr("{name} was not written: {problem}").format(
                name=path.name, problem=report.errors[0].message
            ),
            ok=False,
            details="\n".join(issue_line(e) for e in report.errors),
        )
        self._update_button()

    def _failed(self, path: Path, exc: BaseException, trace: str) -> None:
        self._job = None
        self.outcome = "failed"
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            message = self.tr("{name} could not be written ({reason}); nothing was written.")
            message = message.format(name=path.name, reason=reason)
            self.save.show_problem(message)
            self.notifier.notify(_tr(self.ACTION), message, ok=False)
        elif isinstance(exc, DomainError):
            self.say(self.tr("{problem} Nothing was written.").format(problem=error_text(exc)))
            self.notifier.notify(
                _tr(self.ACTION),
                self.tr("{name} was not written: {problem}").format(
                    name=path.name, problem=error_text(exc)
                ),
                ok=False,
            )
        else:
            self.say(
                self.tr("{name} could not be written. Nothing was written.").format(name=path.name)
            )
            self.notifier.notify(
                _tr(self.ACTION),
                self.tr("{name} could not be written.").format(name=path.name),
                ok=False,
                details=trace,
            )
            show_error(self, exc, trace)
        self._update_button()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def reject(self) -> None:
        if self.busy:
            self.say(self.tr("Writing the file; this dialog closes when it is done."))
            return
        super().reject()


class CartridgeExportDialog(ExportDialog):
    SUFFIX = ".imscc"
    FILES = QT_TRANSLATE_NOOP("ExportDialog", "Common Cartridges (*.imscc)")

    def __init__(
        self, studio: Any, notifier: Any, course: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(studio, notifier, course, parent)
        self.setObjectName("cartridgeExportDialog")
        self.setWindowTitle(self.tr("Export the course as a Common Cartridge"))
        self.intro.setText(
            self.tr(
                "The course's settings, outline and lesson pages as an IMS Common Cartridge "
                "(.imscc), which other learning platforms import."
            )
        )
        self.v13 = QRadioButton(self.tr("Common Cartridge 1.3"))
        self.v13.setAccessibleName(self.tr("Common Cartridge 1.3"))
        self.v11 = QRadioButton(self.tr("Common Cartridge 1.1 (for Moodle)"))
        self.v11.setAccessibleName(self.tr("Common Cartridge 1.1, for Moodle"))
        self.versions = QButtonGroup(self)
        self.versions.addButton(self.v13)
        self.versions.addButton(self.v11)
        self.v13.setChecked(True)
        box = QHBoxLayout()
        box.addWidget(self.v13)
        box.addWidget(self.v11)
        box.addStretch(1)
        self.form.addRow(self.tr("Version:"), box)
        self.finish_form(f"{_safe_name(course.code)}.imscc")

    @property
    def version(self) -> str:
        return "1.1" if self.v11.isChecked() else "1.3"

    def run(self, path: Path) -> Callable[[], ImportReport]:
        studio, course_id, version = self.studio, self.course.id, self.version
        return lambda: export_cartridge(studio, course_id, path, version=version)

    def summary(self, report: ImportReport, path: Path) -> str:
        parts = phrases(report.counts, ("modules", "lessons"))
        text = self.tr("{code} exported as Common Cartridge {version} to {name}").format(
            code=self.course.code, version=self.version, name=path.name
        )
        return text + (f": {join(parts)}." if parts else ".")


#: format -> (file ending, file dialog filter, what the file is)
ROSTER_FILES = {
    "oneroster": (
        ".zip",
        QT_TRANSLATE_NOOP("ExportDialog", "Zip files (*.zip)"),
        QT_TRANSLATE_NOOP("ExportDialog", "a zip of CSV files"),
    ),
    "canvas": (
        ".zip",
        QT_TRANSLATE_NOOP("ExportDialog", "Zip files (*.zip)"),
        QT_TRANSLATE_NOOP("ExportDialog", "a zip of CSV files"),
    ),
    "moodle": (
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
        QT_TRANSLATE_NOOP("ExportDialog", "one CSV file"),
    ),
}


class RosterExportDialog(ExportDialog):
    FILES = QT_TRANSLATE_NOOP("ExportDialog", "Zip files (*.zip)")

    def __init__(
        self, studio: Any, notifier: Any, course: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(studio, notifier, course, parent)
        self.setObjectName("rosterExportDialog")
        self.setWindowTitle(self.tr("Export the roster"))
        self.intro.setText(
            self.tr(
                "The course's students and teachers, and their enrollments, for another "
                "system to import."
            )
        )
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Roster format"))
        for name in EXPORT_FORMATS:
            self.format_combo.addItem(LABELS[name], name)
        self.format_note = muted_label(wrap=True)
        format_row = QWidget()
        box = QVBoxLayout(format_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.format_combo)
        box.addWidget(self.format_note)
        format_row.setFocusProxy(self.format_combo)
        self.form.addRow(self.tr("F&ormat:"), format_row)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.finish_form(f"{_safe_name(course.code)}-roster.zip")
        self._format_changed()

    @property
    def format(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, name: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(name))

    def _format_changed(self) -> None:
        suffix, files, what = ROSTER_FILES[self.format]
        self.save.set_suffix(suffix, _tr(files))
        self.format_note.setText(self.tr("Written as {what}.").format(what=_tr(what)))

    def run(self, path: Path) -> Callable[[], ImportReport]:
        studio, course_id, fmt = self.studio, self.course.id, self.format
        return lambda: export_roster(studio, course_id, path, format=fmt)

    def summary(self, report: ImportReport, path: Path) -> str:
        parts = phrases(report.counts, ("students", "teachers", "enrollments"))
        notes = len(report.warnings)
        extra = ""
        if notes:
            extra = " " + (
                self.tr("1 note: see the Activity panel.")
                if notes == 1
                else self.tr("{n} notes: see the Activity panel.").format(n=notes)
            )
        text = self.tr("Roster of {code} exported for {system} to {name}").format(
            code=self.course.code, system=LABELS[self.format], name=path.name
        )
        return text + (f": {join(parts)}." if parts else ".") + extra


class ProgressExportDialog(ExportDialog):
    SUFFIX = ".xlsx"
    FILES = QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)")

    def __init__(
        self,
        studio: Any,
        notifier: Any,
        course: Any,
        parent: QWidget | None = None,
        *,
        shown_filter: Callable[[Any], bool] | None = None,
        filter_text: str = "",
        shown_count: int | None = None,
    ) -> None:
        super().__init__(studio, notifier, course, parent)
        self.setObjectName("progressExportDialog")
        self.setWindowTitle(self.tr("Export progress"))
        self.intro.setText(
            self.tr(
                "How far each student is (and how each lesson is going), the numbers of the "
                "Progress tab. An Excel workbook has both tables; a CSV file has one."
            )
        )
        self.shown_filter = shown_filter
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.xlsx.setAccessibleName(self.tr("Excel workbook"))
        self.csv = QRadioButton(self.tr("CSV file"))
        self.csv.setAccessibleName(self.tr("CSV file"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.xlsx)
        self.kinds.addButton(self.csv)
        self.xlsx.setChecked(True)
        self.table_combo = QComboBox()
        self.table_combo.setAccessibleName(self.tr("Table to write"))
        self.table_combo.addItem(self.tr("Students"), self.tr("students"))
        self.table_combo.addItem(self.tr("Lessons"), self.tr("lessons"))
        kind_box = QHBoxLayout()
        kind_box.addWidget(self.xlsx)
        kind_box.addWidget(self.csv)
        kind_box.addWidget(self.table_combo)
        kind_box.addStretch(1)
        self.form.addRow(self.tr("File type:"), kind_box)
        self.use_filter = QCheckBox()
        self.use_filter.setAccessibleName(self.tr("Only the students the Progress tab shows"))
        if shown_filter is not None:
            if shown_count == 0:
                self.use_filter.setText(
                    self.tr("Only the students the Progress tab shows ({filter}): none now").format(
                        filter=filter_text
                    )
                )
            elif shown_count == 1:
                self.use_filter.setText(
                    self.tr("Only the student the Progress tab shows ({filter})").format(
                        filter=filter_text
                    )
                )
            else:
                text = (
                    self.tr("Only the students the Progress tab shows ({filter})")
                    if shown_count is None
                    else self.tr("Only the {n} students the Progress tab shows ({filter})")
                )
                self.use_filter.setText(
                    text.format(n=timefmt.number(shown_count or 0), filter=filter_text)
                )
            self.use_filter.setChecked(shown_count != 0)
            self.form.addRow(self.tr("Students:"), self.use_filter)
        else:
            self.use_filter.setVisible(False)
        self.xlsx.toggled.connect(self._kind_changed)
        self.finish_form(f"{_safe_name(course.code)}-progress.xlsx")
        self._kind_changed()

    @property
    def suffix(self) -> str:
        return ".xlsx" if self.xlsx.isChecked() else ".csv"

    def _kind_changed(self) -> None:
        xlsx = self.xlsx.isChecked()
        self.table_combo.setVisible(not xlsx)
        if xlsx:
            self.save.set_suffix(
                ".xlsx", _tr(QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)"))
            )
        else:
            self.save.set_suffix(
                ".csv", _tr(QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"))
            )

    def run(self, path: Path) -> Callable[[], ImportReport]:
        studio, course_id = self.studio, self.course.id
        table = "students" if self.xlsx.isChecked() else str(self.table_combo.currentData())
        keep = self.shown_filter if self.use_filter.isChecked() else None
        return lambda: export_progress(studio, course_id, path, table=table, filter=keep)

    def summary(self, report: ImportReport, path: Path) -> str:
        parts = phrases(report.counts, ("students", "lessons"))
        filtered = " " + self.tr("(only the students shown)") if self.use_filter.isChecked() else ""
        text = self.tr("Progress of {code} exported to {name}").format(
            code=self.course.code, name=path.name
        )
        return text + (f": {join(parts)}{filtered}." if parts else f"{filtered}.")


class BackupDialog(ExportDialog):
    ACTION = QT_TRANSLATE_NOOP("ExportDialog", "Back up")
    SUFFIX = ".cstudio"
    FILES = QT_TRANSLATE_NOOP("ExportDialog", "Course backups (*.cstudio)")
    BUTTON = QT_TRANSLATE_NOOP("ExportDialog", "Back Up")

    def __init__(
        self, studio: Any, notifier: Any, course: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(studio, notifier, course, parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up the course"))
        self.intro.setText(
            self.tr(
                "The whole course in one file — settings, outline, students, enrollments and "
                "progress — to move it to another computer without a server, or to keep. "
                "File › Restore from Backup… brings it back."
            )
        )
        self.finish_form(f"{_safe_name(course.code)}.cstudio")

    def run(self, path: Path) -> Callable[[], ImportReport]:
        studio, course_id = self.studio, self.course.id
        return lambda: backup_course(studio, course_id, path)

    def summary(self, report: ImportReport, path: Path) -> str:
        parts = phrases(report.counts, ("lessons", "students", "enrollments"))
        text = self.tr("{code} backed up to {name}").format(code=self.course.code, name=path.name)
        return text + (f": {join(parts)}." if parts else ".")


__all__ = [
    "BackupDialog",
    "CartridgeExportDialog",
    "ExportDialog",
    "ProgressExportDialog",
    "RosterExportDialog",
]
