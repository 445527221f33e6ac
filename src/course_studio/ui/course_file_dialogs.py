"""A whole course from a file: File › Import › Common Cartridge… and File › Restore
from Backup….

Both dialogs read and check the file on a worker thread first (nothing is written),
show what they found — title, modules and lessons, notes — and create the course only
when the instructor presses the button, in one transaction on the database worker.
A mistake is shown where it belongs: a file that cannot be read under the file, a
course code that is taken under the code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..interop import (
    Cancelled,
    CartridgePreview,
    ImportReport,
    commit_cartridge,
    commit_restore,
    preview_cartridge,
    preview_restore,
)
from ..interop.backup import RestorePreview
from . import icons, timefmt
from .errors import show_error
from .interop_jobs import Job
from .interop_widgets import IssueTable, JobProgress, OpenField, issue_line, join, phrases
from .messages import error_text
from .widgets import Card, FieldMessage, muted_label

KIND_ICONS = {
    "page": "page",
    "video": "video",
    "quiz": "quiz",
    "assignment": "assignment",
    "link": "link",
}


def _tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP("CourseFileDialog", ...), translated."""
    return QCoreApplication.translate("CourseFileDialog", str(text))


class CourseFileDialog(QDialog):
    """Read a course file, show it, create the course on request."""

    #: the new course's id, once it was created
    created = Signal(str)

    #: the notification's title (translated where used)
    ACTION = QT_TRANSLATE_NOOP("CourseFileDialog", "Import")
    FILES = QT_TRANSLATE_NOOP("CourseFileDialog", "All files (*)")
    BUTTON = QT_TRANSLATE_NOOP("CourseFileDialog", "Import Course")

    def __init__(self, studio: Any, notifier: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.studio = studio
        self.notifier = notifier
        self.path: Path | None = None
        self.preview: Any = None
        self.report: ImportReport | None = None
        self.outcome = ""  # "done" | "rejected" | "failed"
        self._job: Job | None = None
        self._writing = False

        self.intro = muted_label(wrap=True)
        self.file = OpenField(self.windowTitle(), _tr(self.FILES))
        self.file.chosen.connect(self.load)
        self.progress = JobProgress(self.tr("Stop"))

        self.card = Card()
        self.card.setObjectName("previewCard")
        self.title = QLabel()
        self.title.setObjectName("previewTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = muted_label(wrap=True)
        self.facts.setObjectName("previewFacts")
        self.outline_model = QStandardItemModel(self)
        self.outline_model.setHorizontalHeaderLabels([self.tr("Outline")])
        self.outline = QTreeView()
        self.outline.setObjectName("previewOutline")
        self.outline.setAccessibleName(self.tr("The course's outline"))
        self.outline.setModel(self.outline_model)
        self.outline.setHeaderHidden(True)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outline.setUniformRowHeights(True)
        self.card.body.addWidget(self.title)
        self.card.body.addWidget(self.facts)
        self.card.body.addWidget(self.outline, 1)
        self.options = QFormLayout()
        self.options.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Course code"))
        self.code.setMaximumWidth(220)
        self.code_message = FieldMessage()
        self.code_message.setObjectName("codeMessage")
        self.code.textChanged.connect(lambda _t: self.code_message.clear_message())
        self.code_note = muted_label(wrap=True)
        code_box = QVBoxLayout()
        code_box.setSpacing(2)
        code_box.addWidget(self.code)
        code_box.addWidget(self.code_message)
        code_box.addWidget(self.code_note)
        self.code_row = QWidget()
        self.code_row.setLayout(code_box)
        code_box.setContentsMargins(0, 0, 0, 0)
        self.issues = IssueTable()
        self.issues.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("dialogStatus")
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(_tr(self.BUTTON))
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&File:"), self.file)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.card, 3)
        layout.addLayout(self.options)
        layout.addWidget(self.issues, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.card.setVisible(False)
        self.resize(720, 620)

    # -- reading -----------------------------------------------------------------

    def reader(self, path: Path) -> Callable[[Any, Any], Any]:
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def load(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        path = Path(text).expanduser()
        if self.path == path and self.preview is not None:
            return
        if self._job is not None:
            self._job.cancel()
        self.path = path
        self.preview = None
        self.file.show_problem("")
        self.card.setVisible(False)
        self.issues.setVisible(False)
        self.status.setVisible(False)
        self.ok_button.setEnabled(False)
        job = Job(self, self.reader(path))
        self._job = job
        self.progress.follow(job, self.tr("Reading {name}…").format(name=path.name))
        job.succeeded.connect(lambda preview: self._read(job, preview))
        job.failed.connect(lambda exc, trace: self._not_read(job, exc, trace))
        job.start()

    def _read(self, job: Job, preview: Any) -> None:
        if job is not self._job:
            return
        self._job = None
        self.preview = preview
        report: ImportReport = preview.report
        whole_file = [e for e in report.errors if e.line is None and e.column is None]
        if not preview.ok and len(whole_file) == len(report.errors) == 1:
            self.file.show_problem(report.errors[0].message)
        else:
            self.issues.set_issues(report.errors, report.warnings)
        if preview.ok:
            self.show_preview(preview)
            self.card.setVisible(True)
        if report.errors:
            n = len(report.errors)
            problems = (
                self.tr("1 problem: nothing can be imported from this file until it is fixed.")
                if n == 1
                else self.tr(
                    "{n} problems: nothing can be imported from this file until it is fixed."
                ).format(n=timefmt.number(n))
            )
            self.say(problems if len(report.errors) > 1 or not whole_file else "")
        self.ok_button.setEnabled(preview.ok)

    def _not_read(self, job: Job, exc: BaseException, trace: str) -> None:
        if job is not self._job:
            return
        self._job = None
        if isinstance(exc, Cancelled):
            self.file.show_problem(
                self.tr("Reading was stopped; choose the file again to read it.")
            )
        elif isinstance(exc, DomainError):
            self.file.show_problem(error_text(exc))
        else:
            self.file.show_problem(self.tr("The file could not be read."))
            show_error(self, exc, trace)

    def show_preview(self, preview: Any) -> None:
        raise NotImplementedError

    def fill_outline(self, modules: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """modules: (title, [(lesson title, kind), ...])."""
        self.outline_model.removeRows(0, self.outline_model.rowCount())
        for title, lessons in modules:
            item = QStandardItem(icons.icon("module"), title)
            item.setEditable(False)
            for lesson, kind in lessons:
                child = QStandardItem(icons.icon(KIND_ICONS.get(kind, "page")), lesson)
                child.setEditable(False)
                child.setToolTip(kind.capitalize())
                item.appendRow(child)
            self.outline_model.appendRow(item)
        self.outline.expandAll()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- writing ------------------------------------------------------------------

    def writer(self, preview: Any) -> Callable[[], ImportReport]:
        raise NotImplementedError

    def summary(self, report: ImportReport) -> str:
        raise NotImplementedError

    def commit(self) -> None:
        if self.preview is None or not self.preview.ok or self.busy:
            return
        self.code_message.clear_message()
        self.ok_button.setEnabled(False)
        write = self.writer(self.preview)
        job = Job(self, lambda _progress, _cancel: write(), writes=True)
        self._job = job
        self._writing = True
        self.progress.follow(job, self.tr("Creating the course…"))
        self.progress.cancel_button.setVisible(False)
        job.succeeded.connect(lambda report: self._written(job, report))
        job.failed.connect(lambda exc, trace: self._not_written(job, exc, trace))
        job.start()

    def _written(self, job: Job, report: ImportReport) -> None:
        self._job = None
        self._writing = False
        self.progress.cancel_button.setVisible(True)
        self.report = report
        name = self.path.name if self.path else "the file"
        if report.written and report.course_id:
            self.outcome = "done"
            self.notifier.notify(
                _tr(self.ACTION),
                self.summary(report),
                details="\n".join(issue_line(w) for w in report.warnings),
            )
            self.created.emit(report.course_id)
            self.accept()
            return
        self.outcome = "rejected"
        code_errors = [e for e in report.errors if e.column == "code"]
        if code_errors:
            self.code_message.show_message(code_errors[0].message)
        rest = [e for e in report.errors if e.column != "code"]
        if rest:
            self.issues.set_issues(rest, [])
            self.say(
                self.tr("{name} could not be imported; nothing was changed.").format(name=name)
            )
        self.notifier.notify(
            _tr(self.ACTION),
            self.tr("{name} was not imported: {problem}").format(
                name=name, problem=report.errors[0].message
            )
            if report.errors
            else name,
            ok=False,
            details="\n".join(issue_line(e) for e in report.errors),
        )
        self.ok_button.setEnabled(True)

    def _not_written(self, job: Job, exc: BaseException, trace: str) -> None:
        self._job = None
        self._writing = False
        self.progress.cancel_button.setVisible(True)
        self.outcome = "failed"
        name = self.path.name if self.path else "the file"
        if isinstance(exc, DomainError):
            if exc.field == "code":
                self.code_message.show_message(error_text(exc))
            else:
                self.say(self.tr("{problem} Nothing was changed.").format(problem=error_text(exc)))
            self.notifier.notify(
                _tr(self.ACTION),
                self.tr("{name} was not imported: {problem}").format(
                    name=name, problem=error_text(exc)
                ),
                ok=False,
            )
        else:
            self.say(self.tr("The course could not be created. Nothing was changed."))
            self.notifier.notify(
                _tr(self.ACTION),
                self.tr("{name} could not be imported; nothing was changed.").format(name=name),
                ok=False,
                details=trace,
            )
            show_error(self, exc, trace)
        self.ok_button.setEnabled(True)

    def reject(self) -> None:
        job = self._job
        if job is not None and job.running:
            if self._writing:
                # the course is being created in one short transaction: let it finish
                self.say(self.tr("Creating the course; this dialog closes when it is done."))
                return
            job.cancel()
        super().reject()


class CartridgeImportDialog(CourseFileDialog):
    ACTION = QT_TRANSLATE_NOOP("CourseFileDialog", "Import")
    FILES = QT_TRANSLATE_NOOP(
        "CourseFileDialog", "Common Cartridges (*.imscc *.zip);;All files (*)"
    )
    BUTTON = QT_TRANSLATE_NOOP("CourseFileDialog", "Import Course")

    def __init__(self, studio: Any, notifier: Any, parent: QWidget | None = None) -> None:
        super().__init__(studio, notifier, parent)
        self.setObjectName("cartridgeImportDialog")
        self.setWindowTitle(self.tr("Import a Common Cartridge"))
        self.intro.setText(
            self.tr(
                "A course exported from another learning platform as an IMS Common Cartridge "
                "(.imscc, versions 1.0 to 1.3). Its outline, pages and links become a new draft "
                "course of yours; files, quiz questions and tool settings stay behind."
            )
        )
        self.file.edit.setAccessibleName(self.tr("Cartridge file"))
        self.options.addRow(self.tr("Course &code:"), self.code_row)

    def reader(self, path: Path) -> Callable[[Any, Any], CartridgePreview]:
        studio = self.studio
        return lambda progress, cancel: preview_cartridge(
            studio, path, progress=progress, cancel=cancel
        )

    def show_preview(self, preview: CartridgePreview) -> None:
        content = preview.content
        assert content is not None
        settings = content.settings
        self.title.setText(str(settings.get("title") or ""))
        modules = len(content.modules)
        lessons = sum(len(m.lessons) for m in content.modules)
        facts = phrases({"modules": modules, "lessons": lessons})
        if settings.get("language"):
            facts.append(self.tr("language {code}").format(code=settings["language"]))
        if preview.version:
            facts.append(f"Common Cartridge {preview.version}")
        self.facts.setText(" · ".join(facts))
        self.fill_outline(
            [
                (m.title, [(lesson.title, lesson.kind) for lesson in m.lessons])
                for m in content.modules
            ]
        )
        code = str(settings.get("code") or "")
        self.code.setPlaceholderText(code)
        self.code.clear()
        self.code_note.setText(
            self.tr(
                "Leave it empty to use {code}, or {code}-2, {code}-3 … when you already have "
                "a course {code}."
            ).format(code=code)
            if code
            else self.tr("Leave it empty to take one from the cartridge's title.")
        )

    def writer(self, preview: CartridgePreview) -> Callable[[], ImportReport]:
        studio, code = self.studio, self.code.text().strip().upper() or None
        return lambda: commit_cartridge(studio, preview, code=code)

    def summary(self, report: ImportReport) -> str:
        name = self.path.name if self.path else self.tr("the cartridge")
        parts = phrases(report.counts, ("modules", "lessons"))
        text = self.tr("{code} imported from {name}").format(code=report.course_code, name=name)
        return text + (f": {join(parts)}." if parts else ".")


class RestoreDialog(CourseFileDialog):
    ACTION = QT_TRANSLATE_NOOP("CourseFileDialog", "Restore")
    FILES = QT_TRANSLATE_NOOP("CourseFileDialog", "Course backups (*.cstudio);;All files (*)")
    BUTTON = QT_TRANSLATE_NOOP("CourseFileDialog", "Restore Course")

    def __init__(self, studio: Any, notifier: Any, parent: QWidget | None = None) -> None:
        super().__init__(studio, notifier, parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a course from a backup"))
        self.intro.setText(
            self.tr(
                "A course backup (.cstudio) made with File › Back Up Course…, here or on another "
                "computer: the course with its outline, students, enrollments and progress."
            )
        )
        self.file.edit.setAccessibleName(self.tr("Backup file"))
        self.as_copy = QCheckBox(self.tr("Restore as a copy, with a new code"))
        self.as_copy.setAccessibleName(self.tr("Restore as a copy"))
        self.as_copy.toggled.connect(self._copy_toggled)
        self.copy_note = muted_label(wrap=True)
        self.copy_note.setMinimumWidth(420)
        copy_box = QVBoxLayout()
        copy_box.setSpacing(2)
        copy_box.addWidget(self.as_copy)
        copy_box.addWidget(self.copy_note)
        self.options.addRow("", copy_box)
        self.options.addRow(self.tr("Course &code:"), self.code_row)
        self._copy_toggled(False)

    def reader(self, path: Path) -> Callable[[Any, Any], RestorePreview]:
        studio = self.studio
        return lambda _progress, _cancel: preview_restore(studio, path)

    def show_preview(self, preview: RestorePreview) -> None:
        snapshot = preview.snapshot
        assert snapshot is not None
        course = snapshot.course
        self.title.setText(f"{course.code} — {course.title}")
        facts = phrases(
            preview.report.counts, ("modules", "lessons", "students", "enrollments", "progress")
        )
        if course.term:
            facts.insert(0, course.term)
        self.facts.setText(" · ".join(facts))
        self.fill_outline(
            [
                (m.module.title, [(lesson.title, lesson.kind) for lesson in m.lessons])
                for m in snapshot.outline
            ]
        )
        self.code.setPlaceholderText(course.code)
        self.code.clear()
        if preview.exists:
            self.as_copy.setChecked(True)
            self.as_copy.setEnabled(False)
            self.copy_note.setText(
                self.tr(
                    "This course is already here, so it is restored as a copy: new ids and the "
                    "first free code, or the one you give. The course here stays as it is."
                )
            )
            if len(preview.report.warnings) == 1:
                self.issues.setVisible(False)  # the note above says it
        else:
            self.as_copy.setEnabled(True)
            self.as_copy.setChecked(False)
            self.copy_note.setText(
                self.tr(
                    "Restored as it is, the course keeps its ids, so it is the same course as on "
                    "the computer it came from."
                )
            )
        self._copy_toggled(self.as_copy.isChecked())

    def _copy_toggled(self, on: bool) -> None:
        self.code_row.setEnabled(on)
        code = self.code.placeholderText()
        self.code_note.setText(
            self.tr("Leave it empty for the first free one ({code}-2, {code}-3 …).").format(
                code=code
            )
            if on and code
            else (self.tr("Only a copy takes a new code.") if not on else "")
        )
        if not on:
            self.code.clear()

    def writer(self, preview: RestorePreview) -> Callable[[], ImportReport]:
        studio = self.studio
        as_copy = self.as_copy.isChecked()
        code = (self.code.text().strip().upper() or None) if as_copy else None
        return lambda: commit_restore(studio, preview, as_copy=as_copy, code=code)

    def summary(self, report: ImportReport) -> str:
        name = self.path.name if self.path else self.tr("the backup")
        parts = phrases(report.counts, ("modules", "lessons", "enrollments", "students_created"))
        text = (
            self.tr("{code} restored as a copy from {name}")
            if self.as_copy.isChecked()
            else self.tr("{code} restored from {name}")
        ).format(code=report.course_code, name=name)
        return text + (f": {join(parts)}." if parts else ".")


__all__ = ["CartridgeImportDialog", "CourseFileDialog", "RestoreDialog"]
