"""Enroll a class list from a CSV file: pick, map, check, confirm, import.

Nothing is written until the instructor confirms on the check page: the check is a
dry run of ``EnrollmentService.bulk_enroll`` that lists every bad row with its line
and reason. The import itself is one transaction (all or nothing) on the database
worker, with a progress bar and Cancel; the window stays usable meanwhile.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import DomainError, ValidationError
from ..domain.records import BulkResult, EnrollmentRecord
from ..interop.textio import Table
from . import timefmt
from .errors import show_error
from .messages import error_text, tr_message
from .notifier import Notifier
from .record_table import RIGHT, Column, RecordTableModel
from .roster_files import DELIMITER_NAMES, describe_encoding, read_csv_file
from .service_command import Runner, ServiceCommand, push
from .workers import Cancelled, Op, Task

PREVIEW_ROWS = 50


@dataclass(frozen=True)
class Target:
    key: str  # the bulk_enroll entry field
    label: str
    patterns: tuple[str, ...]  # normalised header names that mean this field

    @property
    def caption(self) -> str:
        """The label in the user's language."""
        return QCoreApplication.translate("BulkEnrollWizard", self.label)


TARGETS = (
    Target(
        "given_name",
        str(QT_TRANSLATE_NOOP("BulkEnrollWizard", "Given name")),
        ("givenname", "firstname", "first", "given", "forename", "prenom", "vorname"),
    ),
    Target(
        "family_name",
        str(QT_TRANSLATE_NOOP("BulkEnrollWizard", "Family name")),
        ("familyname", "lastname", "last", "surname", "family", "nom", "nachname"),
    ),
    Target(
        "email",
        str(QT_TRANSLATE_NOOP("BulkEnrollWizard", "Email")),
        ("email", "emailaddress", "mail", "e-mail", "emailaddr", "useremail", "courriel"),
    ),
    Target(
        "external_id",
        str(QT_TRANSLATE_NOOP("BulkEnrollWizard", "SIS id")),
        (
            "sisid",
            "sisuserid",
            "externalid",
            "studentid",
            "studentnumber",
            "sourcedid",
            "userid",
            "idnumber",
            "matriculation",
            "id",
        ),
    ),
    Target(
        "role",
        str(QT_TRANSLATE_NOOP("BulkEnrollWizard", "Role")),
        ("role", "enrollmentrole", "type", "roles"),
    ),
)
_ROLE_WORDS = {
    "student": "student",
    "students": "student",
    "learner": "student",
    "ta": "ta",
    "teachingassistant": "ta",
    "assistant": "ta",
    "tutor": "ta",
    "observer": "observer",
    "auditor": "observer",
    "guest": "observer",
}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """For each target field, the column whose header names it (None: not found)."""
    taken: set[int] = set()
    mapping: dict[str, int | None] = {}
    normalised = [_norm(h) for h in headers]
    for target in TARGETS:
        found = None
        for pattern in target.patterns:
            p = _norm(pattern)
            for i, name in enumerate(normalised):
                if i not in taken and name == p:
                    found = i
                    break
            if found is not None:
                break
        if found is not None:
            taken.add(found)
        mapping[target.key] = found
    return mapping


def column_names(table: Table) -> list[str]:
    """The header as shown in the wizard (a column without a name gets its number)."""
    return [
        h or QCoreApplication.translate("BulkEnrollWizard", "Column {number}").format(number=i)
        for i, h in enumerate(table.header, start=1)
    ]


def build_entries(
    table: Table, mapping: dict[str, int | None], limit: int | None = None
) -> list[dict[str, Any]]:
    """Rows of the file as bulk_enroll entries (empty cells left out)."""
    entries: list[dict[str, Any]] = []
    rows = table.rows if limit is None else table.rows[:limit]
    for line, row in rows:
        entry: dict[str, Any] = {"line": line}
        for key, column in mapping.items():
            if column is None or column >= len(row):
                continue
            value = row[column].strip()
            if not value:
                continue
            if key == "role":
                value = _ROLE_WORDS.get(_norm(value), value)
            entry[key] = value
        entries.append(entry)
    return entries


@dataclass(frozen=True)
class ProblemRow:
    line: int | None
    column: str
    message: str

    @property
    def id(self) -> str:
        return f"{self.line}:{self.column}:{self.message}"


class BulkEnrollWizard(QWizard):
    FILE, MAPPING, CHECK, IMPORT = range(4)

    def __init__(
        self,
        studio: Any,
        course_id: str,
        notifier: Notifier,
        undo_stack: QUndoStack,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkEnrollWizard")
        self.setWindowTitle(self.tr("Import a class list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.studio = studio
        self.course_id = course_id
        self.notifier = notifier
        self.undo_stack = undo_stack
        self.runner = runner
        self.course = None
        self.table: Table | None = None
        self.path: Path | None = None
        self.mapping: dict[str, int | None] = {t.key: None for t in TARGETS}
        self.check: BulkResult | None = None
        self.problems: list[ProblemRow] = []
        self.imported: BulkResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.CHECK, self.check_page)
        self.setPage(self.IMPORT, self.import_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Enroll"))
        self.resize(760, 560)
        Op(self, lambda: studio.courses.get(course_id)).success(self._course_loaded).run()

    def _course_loaded(self, course: Any) -> None:
        self.course = course
        self.file_page.show_course(course)

    def course_code(self) -> str:
        return getattr(self.course, "code", "") or self.tr("this course")

    def entries(self) -> list[dict[str, Any]]:
        assert self.table is not None
        return build_entries(self.table, self.mapping)

    def column_name(self, field: str | None) -> str:
        labels = {t.key: t.caption for t in TARGETS}
        if field is None:
            return ""
        column = self.mapping.get(field)
        if self.table is not None and column is not None:
            return column_names(self.table)[column]
        return labels.get(field, field.replace("_", " "))

    def reject(self) -> None:
        if self.import_page.running:
            self.import_page.cancel()  # the page closes the wizard once rolled back
            return
        if self.check_page.running:
            self.check_page.cancel()
        super().reject()


def _file_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


class FilePage(QWizardPage):
    def __init__(self, wizard: BulkEnrollWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the class list"))
        self.setSubTitle(
            self.tr(
                "A CSV file with a header line. Given name, family name and email are enough; "
                "a SIS id and a role are used when the file has them."
            )
        )
        self.course_label = QLabel()
        self.course_label.setObjectName("courseLabel")
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("CSV file"))
        self.path_edit.setPlaceholderText(self.tr("Path to a .csv file"))
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for a CSV file"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setObjectName("fileMessage")
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.course_label)
        layout.addSpacing(8)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        layout.addWidget(file_label)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self._loading: str | None = None
        self.reading = False

    def show_course(self, course: Any) -> None:
        self.course_label.setText(
            self.tr("Students will be enrolled in <b>{code}</b> — {title}.").format(
                code=course.code, title=course.title
            )
        )

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a class list"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.load(path)

    def load(self, text: str) -> None:
        text = text.strip()
        if not text or (self.w.path is not None and str(self.w.path) == text and self.w.table):
            return
        self.w.table = None
        self.w.path = Path(text).expanduser()
        self._loading = text
        self.reading = True
        self.message.setText(self.tr("Reading the file…"))
        self.summary.setText("")
        self.completeChanged.emit()
        path = self.w.path
        Op(self, lambda: read_csv_file(path), pool=_file_pool()).success(
            lambda table: self._loaded(text, table)
        ).failure(lambda exc: self._failed(text, exc)).run()

    def _loaded(self, text: str, table: Table) -> None:
        if text != self._loading:
            return
        self.reading = False
        self.w.table = table
        headers = column_names(table)
        self.w.mapping = guess_mapping(headers)
        self.message.setText("")
        count = len(table.rows)
        self.summary.setText(
            self.tr("%n row(s) under {columns} columns: {names}.", "", count).format(
                columns=len(headers),
                names=", ".join(headers[:8]) + ("…" if len(headers) > 8 else ""),
            )
            + " "
            + self.tr("Read as {encoding}, separated by {delimiter}.").format(
                encoding=describe_encoding(table.encoding),
                delimiter=tr_message(DELIMITER_NAMES.get(table.delimiter, table.delimiter)),
            )
        )
        self.completeChanged.emit()

    def _failed(self, text: str, exc: BaseException) -> None:
        if text != self._loading:
            return
        self.reading = False
        self.w.table = None
        if isinstance(exc, DomainError):
            self.message.setText(error_text(exc))
        else:
            self.message.setText(self.tr("The file could not be read."))
            show_error(self, exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: BulkEnrollWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Tell Course Studio which column holds what. The preview shows the first rows "
                "as they will be read."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for target in TARGETS:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column for {field}").format(field=target.caption))
            combo.currentIndexChanged.connect(lambda _i, k=target.key: self._changed(k))
            self.combos[target.key] = combo
            form.addRow(self.tr("{field}:").format(field=target.caption), combo)
        self.hint = QLabel()
        self.hint.setObjectName("mappingHint")
        self.hint.setWordWrap(True)
        self.preview_model = RecordTableModel(
            (
                Column("line", self.tr("Line"), lambda e: str(e["line"]), align=RIGHT, width=50),
                *(_preview_column(t) for t in TARGETS),
            ),
            key=lambda e: str(e["line"]),
            parent=self,
        )
        self.preview = QTableView()
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table
        self.preview.setAccessibleName(self.tr("Preview of the rows"))
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        self._filling = False

    def initializePage(self) -> None:
        table = self.w.table
        if table is None:
            return
        self._filling = True
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for i, header in enumerate(column_names(table)):
                combo.addItem(header, i)
            column = self.w.mapping.get(key)
            combo.setCurrentIndex(0 if column is None else column + 1)
        self._filling = False
        self._refresh()

    def set_column(self, key: str, column: int | None) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(0 if column is None else column + 1)

    def _changed(self, key: str) -> None:
        if self._filling:
            return
        self.w.mapping[key] = self.combos[key].currentData()
        self._refresh()

    def _refresh(self) -> None:
        table = self.w.table
        if table is None:
            return
        entries = build_entries(table, self.w.mapping, PREVIEW_ROWS)
        self.preview_model.set_records(entries)
        shown = min(PREVIEW_ROWS, len(table.rows))
        self.preview_label.setText(
            self.tr("Preview: the first {shown} of {total} rows.").format(
                shown=timefmt.number(shown), total=timefmt.number(len(table.rows))
            )
            if shown < len(table.rows)
            else self.tr("Preview: all {total} rows.").format(total=timefmt.number(len(table.rows)))
        )
        self.hint.setText(self._problem() or "")
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        mapping = self.w.mapping
        if mapping.get("email") is None and mapping.get("external_id") is None:
            return self.tr(
                "Choose the column with the email address or the SIS id: "
                "students are found by them."
            )
        used = [c for c in mapping.values() if c is not None]
        if len(used) != len(set(used)):
            return self.tr("Each column can be used for one field only.")
        return None

    def isComplete(self) -> bool:
        return self.w.table is not None and self._problem() is None


class CheckPage(QWizardPage):
    """The dry run: every bad row with its line and reason, or a go-ahead."""

    def __init__(self, wizard: BulkEnrollWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.setCommitPage(True)
        self.status = QLabel()
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.problem_model = RecordTableModel(
            (
                Column(
                    "line",
                    self.tr("Line"),
                    lambda p: "" if p.line is None else str(p.line),
                    sort=lambda p: p.line or 0,
                    align=RIGHT,
                    width=60,
                ),
                Column("column", self.tr("Column"), lambda p: p.column, width=140),
                Column(
                    "message", self.tr("Problem"), lambda p: p.message, tooltip=lambda p: p.message
                ),
            ),
            parent=self,
        )
        self.problems = QTableView()
        self.problems.setTabKeyNavigation(False)  # Tab leaves the table
        self.problems.setObjectName("problemTable")
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.problems.setModel(self.problem_model)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setWordWrap(True)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 140)
        self.problems.setVisible(False)
        self.copy_button = QPushButton(self.tr("Copy the list"))
        self.copy_button.setAccessibleName(self.tr("Copy the list of problems"))
        self.copy_button.clicked.connect(self.copy_problems)
        self.again_button = QPushButton(self.tr("Read the file again and check"))
        self.again_button.clicked.connect(self.recheck)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self._op: Op[Any] | None = None
        self._done = False

    @property
    def running(self) -> bool:
        return self._op is not None

    def initializePage(self) -> None:
        self.run_check()

    def cleanupPage(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def run_check(self) -> None:
        self.cancel()
        self._done = False
        self.w.check = None
        self.w.problems = []
        self.problem_model.set_records([])
        self.problems.setVisible(False)
        self.copy_button.setVisible(False)
        self.again_button.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        entries = self.w.entries()
        enrollments = self.w.studio.enrollments
        course_id = self.w.course_id

        def check(task: Task) -> BulkResult:
            return enrollments.bulk_enroll(  # type: ignore[no-any-return]
                course_id, entries, dry_run=True, progress=task.progress
            )

        op: Op[BulkResult] = Op(self, check, with_task=True)
        self._op = op
        op.progress(self._progressed).success(lambda r: self._checked(op, r)).failure(
            lambda exc: self._failed(op, exc)
        ).run()

    def recheck(self) -> None:
        path = self.w.path
        if path is None:
            return
        self.status.setText(self.tr("Reading the file again…"))

        def reread() -> Table:
            return read_csv_file(path)

        def reread_done(table: Table) -> None:
            if table.header != (self.w.table.header if self.w.table else None):
                self.w.mapping = guess_mapping(column_names(table))
            self.w.table = table
            self.run_check()

        Op(self, reread, pool=_file_pool()).success(reread_done).failure(
            lambda exc: self.status.setText(
                error_text(exc)
                if isinstance(exc, DomainError)
                else self.tr("The file could not be read.")
            )
        ).run()

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _checked(self, op: Op[Any], result: BulkResult) -> None:
        if op is not self._op:
            return
        self._op = None
        self._done = True
        self.progress.setVisible(False)
        self.w.check = result
        n = len(result.created)
        rows = len(self.w.table.rows) if self.w.table else n
        parts = [self.tr("All {rows} rows are fine.").format(rows=timefmt.number(rows))]
        if n:
            seated = n - result.waitlisted
            waitlisted = result.waitlisted
            code = self.w.course_code()
            if waitlisted:
                parts.append(
                    self.tr(
                        "%Ln student(s) will be enrolled in {code}; {waitlisted} of them go on "
                        "the waitlist because the course is full.",
                        "",
                        n,
                    ).format(code=code, waitlisted=timefmt.number(waitlisted))
                )
            else:
                parts.append(
                    self.tr("%Ln student(s) will be enrolled in {code}.", "", n).format(code=code)
                )
            if seated == 0 and result.waitlisted:
                parts.append(self.tr("Every one of them will wait for a seat."))
        skipped = result.skipped
        if skipped:
            parts.append(
                self.tr("%Ln student(s) are already enrolled; they stay as they are.", "", skipped)
            )
        if not n:
            parts.append(self.tr("There is nobody new to enroll."))
        parts.append(self.tr("Nothing has been written yet."))
        self.status.setText(" ".join(parts))
        self.w.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("Enroll %Ln student(s)", "", n)
        )
        self.completeChanged.emit()

    def _failed(self, op: Op[Any], exc: BaseException) -> None:
        if op is not self._op:
            return
        self._op = None
        self.progress.setVisible(False)
        self.again_button.setVisible(True)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("The check was cancelled. Nothing has been written."))
            return
        if not isinstance(exc, DomainError):
            self.status.setText(self.tr("The check could not finish. Nothing has been written."))
            show_error(self, exc, op.trace)
            return
        errors = exc.errors if isinstance(exc, ValidationError) else []
        problems = [
            ProblemRow(
                getattr(e, "line", None),
                self.w.column_name(e.field),
                error_text(e),
            )
            for e in errors
        ]
        problems.sort(key=lambda p: (p.line or 0, p.column))
        self.w.problems = problems
        if problems:
            count = len(problems)
            self.status.setText(
                self.tr(
                    "%Ln row(s) with problems. Nothing will be written until every row is "
                    "right: fix the file (or the column choices on the previous page) and "
                    "check again.",
                    "",
                    count,
                )
            )
            self.problem_model.set_records(problems)
            self.problems.resizeRowsToContents()
            self.problems.setVisible(True)
            self.copy_button.setVisible(True)
        else:
            self.status.setText(error_text(exc))

    def problems_text(self) -> str:
        lines = ["Line\tColumn\tProblem"]
        lines += [f"{p.line or ''}\t{p.column}\t{p.message}" for p in self.w.problems]
        return "\n".join(lines) + "\n"

    def copy_problems(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.problems_text())

    def isComplete(self) -> bool:
        return self._done and self.w.check is not None and bool(self.w.check.created)


class ImportPage(QWizardPage):
    """The real import: one transaction, progress, Cancel."""

    def __init__(self, wizard: BulkEnrollWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Enrolling"))
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        layout.addStretch(1)
        self._op: Op[Any] | None = None
        self._finished = False
        self._close_when_done = False
        self.outcome = ""  # "done" | "cancelled" | "failed"

    @property
    def running(self) -> bool:
        return self._op is not None

    def initializePage(self) -> None:
        self._finished = False
        self.outcome = ""
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.status.setText(
            self.tr("Enrolling students in {code}…").format(code=self.w.course_code())
        )
        entries = self.w.entries()
        enrollments = self.w.studio.enrollments
        course_id = self.w.course_id

        def run(task: Task) -> BulkResult:
            return enrollments.bulk_enroll(  # type: ignore[no-any-return]
                course_id, entries, progress=task.progress
            )

        op: Op[BulkResult] = Op(self, run, with_task=True)
        self._op = op
        op.progress(self._progressed).success(self._imported).failure(self._failed).run()

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self._close_when_done = self.w.isVisible() and self.sender() is not self.cancel_button

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self) -> None:
        self._op = None
        self._finished = True
        self.cancel_button.setVisible(False)
        self.completeChanged.emit()
        if self._close_when_done:
            self.w.done(0)

    def _imported(self, result: BulkResult) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.w.imported = result
        self.outcome = "done"
        created = list(result.created)
        n = len(created)
        code = self.w.course_code()
        name = self.w.path.name if self.w.path else self.tr("the file")
        waitlisted = result.waitlisted
        if waitlisted:
            summary = self.tr(
                "%Ln student(s) from {name} enrolled in {code}, {waitlisted} on the waitlist.",
                "",
                n,
            ).format(name=name, code=code, waitlisted=timefmt.number(waitlisted))
        else:
            summary = self.tr("%Ln student(s) from {name} enrolled in {code}.", "", n).format(
                name=name, code=code
            )
        skipped = result.skipped
        if skipped:
            summary += " " + self.tr("%Ln student(s) were already enrolled.", "", skipped)
        self.status.setText(summary)
        undo = None
        if created:
            enrollments = self.w.studio.enrollments
            command = ServiceCommand(
                self.tr("Import %Ln student(s) from {name}", "", n).format(name=name),
                redo=lambda: _each(created, lambda r: enrollments.restore(r.id)),
                undo=lambda: _each(created, lambda r: enrollments.remove(r.id)),
                runner=self.w.runner,
            )
            undo = push(self.w.undo_stack, command)
        self.w.notifier.notify(self.tr("Import"), summary, undo=undo)
        self._end()

    def _failed(self, exc: BaseException) -> None:
        op = self._op
        self.progress.setVisible(False)
        if isinstance(exc, Cancelled):
            self.outcome = "cancelled"
            self.status.setText(self.tr("The import was cancelled. Nothing was written."))
            self.w.notifier.notify(
                self.tr("Import"), self.tr("Import cancelled; nobody was enrolled."), ok=False
            )
        elif isinstance(exc, DomainError):
            self.outcome = "failed"
            message = error_text(exc)
            self.status.setText(self.tr("{message} Nothing was written.").format(message=message))
            details = "\n".join(
                self.tr("Line {line}: {message}").format(
                    line=getattr(e, "line", "?"), message=error_text(e)
                )
                for e in getattr(exc, "errors", [])
            )
            self.w.notifier.notify(self.tr("Import"), message, ok=False, details=details)
        else:
            self.outcome = "failed"
            self.status.setText(self.tr("The import could not finish. Nothing was written."))
            trace = op.trace if op is not None else ""
            self.w.notifier.notify(
                self.tr("Import"),
                self.tr("The import could not finish; nobody was enrolled."),
                ok=False,
                details=trace,
            )
            show_error(self, exc, trace)
        self._end()

    def isComplete(self) -> bool:
        return self._finished


def _preview_column(target: Target) -> Column:
    def show(entry: dict[str, Any]) -> str:
        return str(entry.get(target.key, ""))

    return Column(target.key, target.caption, show, width=130)


def _each(records: list[EnrollmentRecord], call: Callable[[EnrollmentRecord], Any]) -> None:
    for record in records:
        call(record)


__all__ = ["BulkEnrollWizard", "build_entries", "guess_mapping"]
