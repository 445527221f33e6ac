"""File › Import › Roster…: students, teachers and enrollments from another system.

    Source   a file, a zip or a folder; the format is detected (OneRoster, Canvas,
             Moodle or a plain CSV) and can be overridden; where the enrollments go:
             into the courses the file names, or everyone into one course
    Columns  plain CSV only: which column holds what (guessed from the header)
    Check    every row is read and checked against the data dir on a worker thread,
             with progress and Cancel: counts, and every problem with its file, line,
             column and reason in a sortable table. Nothing is written.
    Import   after the instructor confirms: one transaction on the database worker,
             with progress and Cancel. All of it, or nothing.

The wizard is not modal: the window stays usable while a large roster is checked.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import DomainError
from ..interop import (
    FORMATS,
    LABELS,
    MAPPING_FIELDS,
    Cancelled,
    ImportReport,
    RosterPreview,
    commit_roster,
    guess_mapping,
    preview_roster,
)
from ..interop.textio import Table
from . import timefmt
from .errors import show_error
from .interop_jobs import Job
from .interop_widgets import (
    CHANGES,
    HELD,
    IssueTable,
    JobProgress,
    OpenField,
    bold,
    changes_anything,
    doing,
    heading,
    issue_line,
    join,
    phrases,
)
from .messages import error_text, tr_message
from .roster_files import DELIMITER_NAMES, RosterSource, describe_encoding, open_roster
from .widgets import Card, FieldMessage, muted_label
from .workers import Op

PREVIEW_ROWS = 50
ROSTER_FILES = QT_TRANSLATE_NOOP(
    "RosterImportWizard", "Rosters (*.zip *.csv *.txt *.tsv);;All files (*)"
)

AnyIndex = QModelIndex | QPersistentModelIndex


class RosterImportWizard(QWizard):
    SOURCE, MAPPING, CHECK, IMPORT = range(4)

    #: the commit's report, once a roster was written
    imported = Signal(object)

    def __init__(
        self,
        studio: Any,
        notifier: Any,
        *,
        course_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImportWizard")
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.studio = studio
        self.notifier = notifier
        self.selected_course = course_id
        self.source: RosterSource | None = None
        self.chosen_format: str | None = None
        self.target: str | None = None
        self.mapping: dict[str, str] = {}
        self._mapped_header: list[str] | None = None
        self.preview: RosterPreview | None = None
        self.report: ImportReport | None = None
        self.courses: list[Any] = []
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        self.setPage(self.SOURCE, self.source_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.CHECK, self.check_page)
        self.setPage(self.IMPORT, self.import_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.resize(860, 640)
        Op(self, lambda: studio.courses.my_courses()).success(self._courses_loaded).failure(
            lambda exc: show_error(self, exc)
        ).run()

    def _courses_loaded(self, courses: list[Any]) -> None:
        self.courses = [c for c in courses if c.status != "archived"]
        self.source_page.fill_courses(self.courses)

    # -- what was chosen -----------------------------------------------------------

    @property
    def format(self) -> str | None:
        if self.chosen_format is not None:
            return self.chosen_format
        return self.source.detected if self.source is not None else None

    def source_name(self) -> str:
        return self.source.path.name if self.source is not None else "the roster"

    def target_code(self) -> str:
        for course in self.courses:
            if course.id == self.target:
                return str(course.code)
        return ""

    def mapping_for_import(self) -> dict[str, str] | None:
        return dict(self.mapping) if self.format == "csv" else None

    def mapping_for(self, table: Table) -> dict[str, str]:
        """The mapping the instructor set for this header, else a guess from it."""
        if self._mapped_header != table.header:
            self._mapped_header = list(table.header)
            self.mapping = guess_mapping(table.header)
        return self.mapping

    # -- navigation ----------------------------------------------------------------

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.SOURCE:
            return self.MAPPING if self.format == "csv" else self.CHECK
        if current == self.MAPPING:
            return self.CHECK
        if current == self.CHECK:
            return self.IMPORT
        return -1

    def reject(self) -> None:
        if self.import_page.running:
            self.import_page.cancel(close=True)  # closes once rolled back
            return
        self.check_page.cancel()
        self.source_page.cancel()
        super().reject()


# -- 1. the file -------------------------------------------------------------------------


class SourcePage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the roster"))
        self.setSubTitle(
            self.tr(
                "A OneRoster package (a zip or a folder), Canvas SIS files, a Moodle “upload "
                "users” file, or any CSV file with one row per person. Nothing is written "
                "until you have seen what the import will do."
            )
        )
        self.file = OpenField(
            self.tr("Choose a roster"),
            QCoreApplication.translate("RosterImportWizard", str(ROSTER_FILES)),
            folders=True,
        )
        self.file.edit.setAccessibleName(self.tr("Roster file or folder"))
        self.file.chosen.connect(self.load)
        self.found = muted_label(wrap=True)
        self.found.setObjectName("foundLabel")
        # a wrapped label in a form row is laid out at its narrowest otherwise
        self.found.setMinimumWidth(480)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Roster format"))
        for name in FORMATS:
            self.format_combo.addItem(LABELS[name], name)
        self.format_combo.setEnabled(False)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.format_note = muted_label(wrap=True)
        self.format_note.setObjectName("formatNote")
        self.format_note.setMinimumWidth(480)

        self.as_file = QRadioButton(self.tr("Into the courses the file names"))
        self.as_file.setAccessibleName(self.tr("Enroll into the courses the file names"))
        self.as_file.setToolTip(
            self.tr(
                "Courses are matched by their code; a course the file describes that is not "
                "here yet is created as a draft. People without a course go into the student "
                "directory."
            )
        )
        self.into_one = QRadioButton(self.tr("Everyone into one course:"))
        self.into_one.setAccessibleName(self.tr("Enroll everyone into one course"))
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Course to enroll everyone in"))
        self.course_combo.setMinimumWidth(320)
        self.course_combo.currentIndexChanged.connect(self._target_changed)
        self.targets = QButtonGroup(self)
        self.targets.addButton(self.as_file)
        self.targets.addButton(self.into_one)
        self.as_file.setChecked(True)
        self.as_file.toggled.connect(self._target_changed)
        self.target_note = muted_label(wrap=True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&File or folder:"), self.file)
        form.addRow("", self.found)
        format_row = QWidget()
        format_box = QVBoxLayout(format_row)
        format_box.setContentsMargins(0, 0, 0, 0)
        format_box.setSpacing(2)
        format_box.addWidget(self.format_combo)
        format_box.addWidget(self.format_note)
        format_row.setFocusProxy(self.format_combo)
        form.addRow(self.tr("F&ormat:"), format_row)
        target_box = QVBoxLayout()
        target_box.setSpacing(4)
        target_box.addWidget(self.as_file)
        one = QHBoxLayout()
        one.addWidget(self.into_one)
        one.addWidget(self.course_combo, 1)
        target_box.addLayout(one)
        target_box.addWidget(self.target_note)
        form.addRow(self.tr("Enroll:"), target_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self._job: Job | None = None
        self._filling = False
        self._target_changed()

    @property
    def reading(self) -> bool:
        return self._job is not None and self._job.running

    def fill_courses(self, courses: list[Any]) -> None:
        self._filling = True
        self.course_combo.clear()
        for course in sorted(courses, key=lambda c: c.code):
            self.course_combo.addItem(f"{course.code} — {course.title}", course.id)
        index = self.course_combo.findData(self.w.selected_course)
        self.course_combo.setCurrentIndex(max(index, 0))
        self._filling = False
        if not courses:
            self.into_one.setEnabled(False)
            self.course_combo.setEnabled(False)
        self._target_changed()

    def load(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if self.w.source is not None and str(self.w.source.path) == str(Path(text).expanduser()):
            return
        self.cancel()
        self.w.source = None
        self.w.preview = None
        self.file.show_problem("")
        self.found.setText(self.tr("Reading…"))
        self.format_combo.setEnabled(False)
        self.completeChanged.emit()
        job = Job(self, lambda _progress, _cancel: open_roster(text))
        self._job = job
        job.succeeded.connect(lambda source: self._opened(job, source))
        job.failed.connect(lambda exc, trace: self._failed(job, exc, trace))
        job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def _opened(self, job: Job, source: RosterSource) -> None:
        if job is not self._job:
            return
        self._job = None
        files = source.files
        if len(files) == 1 and source.table is None and source.table_problem:
            # one file that is no table (empty, binary, unreadable): say why here
            self.found.setText("")
            self.file.show_problem(tr_message(source.table_problem))
            self.completeChanged.emit()
            return
        self.w.source = source
        self.w.chosen_format = None
        kind = {
            "zip": self.tr("in a zip file"),
            "folder": self.tr("in a folder"),
            "file": "",
        }[source.package.kind]
        listed = ", ".join(files[:6]) + ("…" if len(files) > 6 else "")
        if len(files) == 1 and source.table is not None:
            table = source.table
            rows = len(table.rows)
            found = (
                self.tr("1 row under {columns} columns, read as {encoding} and separated by {sep}.")
                if rows == 1
                else self.tr(
                    "{rows} rows under {columns} columns, read as {encoding} and separated by "
                    "{sep}."
                )
            )
            self.found.setText(
                found.format(
                    rows=timefmt.number(rows),
                    columns=len(table.header),
                    encoding=describe_encoding(table.encoding),
                    sep=tr_message(DELIMITER_NAMES.get(table.delimiter, table.delimiter)),
                )
            )
        else:
            count = len(files)
            found = (
                self.tr("1 file {where}: {files}")
                if count == 1
                else self.tr("{n} files {where}: {files}")
            )
            self.found.setText(found.format(n=count, where=kind, files=listed).replace("  ", " "))
        self._filling = True
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(source.detected)))
        self._filling = False
        self.format_combo.setEnabled(True)
        self._show_format_note()
        if source.detected == "csv" and self.w.selected_course and self.into_one.isEnabled():
            self.into_one.setChecked(True)  # a plain class list is for one course
        self.completeChanged.emit()

    def _failed(self, job: Job, exc: BaseException, trace: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.found.setText("")
        if isinstance(exc, DomainError):
            self.file.show_problem(error_text(exc))
        else:
            self.file.show_problem(self.tr("The file could not be read."))
            show_error(self, exc, trace)
        self.completeChanged.emit()

    def _format_changed(self) -> None:
        if self._filling or self.w.source is None:
            return
        chosen = self.format_combo.currentData()
        self.w.chosen_format = None if chosen == self.w.source.detected else chosen
        self._show_format_note()
        self.completeChanged.emit()

    def _show_format_note(self) -> None:
        source = self.w.source
        if source is None:
            self.format_note.setText("")
            return
        detected = LABELS[source.detected]
        if self.w.chosen_format is None:
            self.format_note.setText(self.tr("Detected from the file's names and columns."))
        else:
            self.format_note.setText(
                self.tr(
                    "Chosen by you; the file looks like {detected}. The check will say whether "
                    "it reads as the format you chose."
                ).format(detected=detected)
            )

    def _target_changed(self) -> None:
        if self._filling:
            return
        one = self.into_one.isChecked()
        self.course_combo.setEnabled(one and self.course_combo.count() > 0)
        self.w.target = self.course_combo.currentData() if one else None
        if one:
            self.target_note.setText(
                self.tr(
                    "The file's own courses are not used; a file without enrollments enrolls "
                    "every student in it."
                )
            )
        else:
            self.target_note.setText(
                self.tr(
                    "Courses are matched by code; one the file describes that is not here yet "
                    "is created as a draft. People without a course go into the student directory."
                )
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.w.source is None or self.reading:
            return False
        return not self.into_one.isChecked() or self.w.target is not None


# -- 2. the columns (plain CSV) ---------------------------------------------------------


class MappingPreviewModel(QAbstractTableModel):
    """The first rows of the file as the import will read them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []

    def show(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MappingPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Say which column holds what. Students are found by their SIS id, then by "
                "email, so one of those two is needed. The table shows the first rows as "
                "they will be read."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for n, (field, label) in enumerate(MAPPING_FIELDS.items()):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column for {field}").format(field=tr_message(label)))
            combo.setMinimumWidth(200)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._changed(f))
            self.combos[field] = combo
            name = QLabel(self.tr("{field}:").format(field=tr_message(label)))
            name.setBuddy(combo)
            row, col = divmod(n, 2)
            grid.addWidget(name, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.hint = FieldMessage()
        self.hint.setObjectName("mappingHint")
        self.note = muted_label(wrap=True)
        self.preview_label = muted_label()
        self.preview_model = MappingPreviewModel(self)
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("The first rows as they will be read"))
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setShowGrid(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problem = FieldMessage()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addSpacing(4)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        self._filling = False

    def table(self) -> Table | None:
        return self.w.source.table if self.w.source is not None else None

    def initializePage(self) -> None:
        table = self.table()
        source = self.w.source
        self.problem.clear_message()
        if table is None:
            if source is not None and len(source.files) > 1:
                message = self.tr(
                    "A plain CSV import reads one file, and this package holds {n}. Go back "
                    "and choose one of them, or another format."
                ).format(n=len(source.files))
            else:
                message = tr_message(source.table_problem if source else "") or self.tr(
                    "The file has no table."
                )
            self.problem.show_message(message)
            for combo in self.combos.values():
                combo.clear()
                combo.setEnabled(False)
            self.preview_model.show([], [])
            self.completeChanged.emit()
            return
        mapping = self.w.mapping_for(table)
        self._filling = True
        for field, combo in self.combos.items():
            combo.setEnabled(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for header in table.header:
                if header:
                    combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field))))
        self._filling = False
        self._refresh()

    def set_column(self, field: str, column: str | None) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    def _changed(self, field: str) -> None:
        if self._filling:
            return
        column = self.combos[field].currentData()
        if column is None:
            self.w.mapping.pop(field, None)
        else:
            self.w.mapping[field] = column
        self._refresh()

    def _refresh(self) -> None:
        table = self.table()
        if table is None:
            return
        mapping = self.w.mapping
        fields = [f for f in MAPPING_FIELDS if f in mapping]
        index = {h.strip().lower(): i for i, h in enumerate(table.header)}
        rows = []
        for line, values in table.rows[:PREVIEW_ROWS]:
            cells = [timefmt.number(line)]
            for field in fields:
                i = index.get(mapping[field].strip().lower())
                cells.append(values[i].strip() if i is not None and i < len(values) else "")
            rows.append(cells)
        self.preview_model.show(
            [self.tr("Line"), *(tr_message(MAPPING_FIELDS[f]) for f in fields)], rows
        )
        self.preview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        total = len(table.rows)
        shown = min(PREVIEW_ROWS, total)
        self.preview_label.setText(
            self.tr("The first {shown} of {total} rows:").format(
                shown=shown, total=timefmt.number(total)
            )
            if shown < total
            else self.tr("All {total} rows:").format(total=total)
        )
        self.hint.show_message(self._problem())
        names = "full_name" in mapping or ("given_name" in mapping and "family_name" in mapping)
        self.note.setText(
            ""
            if names
            else self.tr(
                "Without name columns only students already in Course Studio can be matched."
            )
        )
        self.note.setVisible(not names)
        self.completeChanged.emit()

    def _problem(self) -> str:
        mapping = self.w.mapping
        if "email" not in mapping and "external_id" not in mapping:
            return self.tr(
                "Choose the column with the email address or the SIS id: students are "
                "found by them."
            )
        used = list(mapping.values())
        if len(used) != len(set(used)):
            return self.tr("Each column can hold one field only; two fields use the same column.")
        return ""

    def isComplete(self) -> bool:
        return self.table() is not None and not self._problem()


# -- 3. the check ----------------------------------------------------------------------


class CheckPage(QWizardPage):
    """Every row read and checked; counts and problems; nothing written."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the roster"))
        self.setSubTitle(
            self.tr(
                "Every row is checked against your courses and students. Nothing is written yet."
            )
        )
        self.setCommitPage(True)
        self.status = QLabel()
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.progress = JobProgress(self.tr("Stop checking"))
        self.file_card = Card()
        self.file_card.body.addWidget(heading(self.tr("In the file")))
        self.held = QLabel()
        self.held.setObjectName("heldCounts")
        self.held.setWordWrap(True)
        self.file_card.body.addWidget(self.held)
        self.plan_card = Card()
        self.plan_heading = heading(self.tr("The import will"))
        self.plan_card.body.addWidget(self.plan_heading)
        self.plan = QLabel()
        self.plan.setObjectName("planCounts")
        self.plan.setWordWrap(True)
        self.plan_card.body.addWidget(self.plan)
        cards = QHBoxLayout()
        cards.addWidget(self.file_card, 1)
        cards.addWidget(self.plan_card, 1)
        self.cards = QWidget()
        self.cards.setLayout(cards)
        cards.setContentsMargins(0, 0, 0, 0)
        self.issues = IssueTable()
        self.again_button = QPushButton(self.tr("Check Again"))
        self.again_button.setAccessibleName(self.tr("Read the file again and check it"))
        self.again_button.setToolTip(
            self.tr("Read the file again (after you fixed it) and check every row")
        )
        self.again_button.clicked.connect(self.run_check)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.cards)
        layout.addWidget(self.issues, 1)
        layout.addStretch(0)
        self._job: Job | None = None

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def initializePage(self) -> None:
        self.run_check()

    def cleanupPage(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def run_check(self) -> None:
        self.cancel()
        w = self.w
        w.preview = None
        self.cards.setVisible(False)
        self.issues.set_issues([], [])
        self.again_button.setVisible(False)
        self.status.setText(self.tr("Checking every row. Nothing is written."))
        self.completeChanged.emit()
        source = w.source
        if source is None:
            return
        studio, path, fmt = w.studio, source.path, w.format
        course_id, mapping = w.target, w.mapping_for_import()

        def check(progress: Any, cancel: Any) -> RosterPreview:
            return preview_roster(
                studio,
                path,
                format=fmt,
                course_id=course_id,
                mapping=mapping,
                progress=progress,
                cancel=cancel,
            )

        job = Job(self, check)
        self._job = job
        self.progress.follow(job, self.tr("Reading the file…"))
        job.succeeded.connect(lambda preview: self._checked(job, preview))
        job.failed.connect(lambda exc, trace: self._failed(job, exc, trace))
        job.start()

    def _checked(self, job: Job, preview: RosterPreview) -> None:
        if job is not self._job:
            return
        self._job = None
        w = self.w
        w.preview = preview
        report = preview.report
        counts = report.counts
        held = phrases(counts, HELD)
        self.held.setText(join(held) + "." if held else self.tr("Nobody."))
        plan = doing(counts)
        if w.target:
            plan.append(self.tr("put everyone into {code}").format(code=w.target_code()))
        self.plan.setText(
            ("\n".join(f"• {p}" for p in plan)) if plan else self.tr("Change nothing.")
        )
        self.plan_heading.setText(
            self.tr("The import will")
            if report.ok
            else self.tr("Once every row is right, the import will")
        )
        self.cards.setVisible(True)
        self.issues.set_issues(report.errors, report.warnings)
        name = w.source_name()
        if not report.ok:
            n = len(report.errors)
            problems = (
                self.tr("1 problem in {name}.") if n == 1 else self.tr("{n} problems in {name}.")
            ).format(n=timefmt.number(n), name=name)
            rest = self.tr(
                "Nothing will be imported until every row is right: the list below "
                "says where. Fix the file, then press Check Again."
            )
            self.status.setText(bold(problems) + " " + html.escape(rest))
        elif not changes_anything(counts):
            self.status.setText(
                self.tr(
                    "<b>{name} is ready, and changes nothing:</b> everyone in it is already "
                    "here as the file says."
                ).format(name=html.escape(name))
            )
        else:
            notes = len(report.warnings)
            extra = ""
            if notes:
                extra = " " + (
                    self.tr("1 row is left out on purpose (see the notes below).")
                    if notes == 1
                    else self.tr("{n} rows are left out on purpose (see the notes below).")
                ).format(n=timefmt.number(notes))
            self.status.setText(
                self.tr(
                    "<b>{name} is ready to import.</b> Nothing has been written yet: press "
                    "Import to write it all at once."
                ).format(name=html.escape(name))
                + html.escape(extra)
            )
        self.again_button.setVisible(not report.ok)
        self.completeChanged.emit()

    def _failed(self, job: Job, exc: BaseException, trace: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.again_button.setVisible(True)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("The check was stopped. Nothing has been written."))
        elif isinstance(exc, DomainError):
            self.status.setText(
                self.tr("{problem} Nothing has been written.").format(problem=error_text(exc))
            )
        else:
            self.status.setText(self.tr("The check could not finish. Nothing has been written."))
            show_error(self, exc, trace)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.w.preview
        return preview is not None and preview.ok and not self.running


# -- 4. the import ---------------------------------------------------------------------


class ImportPage(QWizardPage):
    """The write: one transaction, with progress and Cancel."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Everything is written at once, or nothing."))
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.progress = JobProgress(self.tr("Cancel Import"))
        self.progress.cancel_requested.connect(lambda: self.cancel())
        self.done_card = Card()
        self.done_text = QLabel()
        self.done_text.setObjectName("doneCounts")
        self.done_text.setWordWrap(True)
        self.done_card.body.addWidget(heading(self.tr("What changed")))
        self.done_card.body.addWidget(self.done_text)
        self.done_card.setVisible(False)
        self.issues = IssueTable()
        self.issues.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.done_card)
        layout.addWidget(self.issues, 1)
        layout.addStretch(0)
        self._job: Job | None = None
        self._close_when_done = False
        self.outcome = ""  # "done" | "rejected" | "cancelled" | "failed"

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def initializePage(self) -> None:
        w = self.w
        preview = w.preview
        self.outcome = ""
        self.done_card.setVisible(False)
        self.issues.setVisible(False)
        self.setTitle(self.tr("Importing"))
        if preview is None:  # pragma: no cover - the check page lets nobody past
            return
        name = w.source_name()
        self.status.setText(self.tr("Importing {name}…").format(name=html.escape(name)))
        studio = w.studio

        def write(progress: Any, cancel: Any) -> ImportReport:
            return commit_roster(studio, preview, progress=progress, cancel=cancel)

        job = Job(self, write, writes=True)
        self._job = job
        self.progress.follow(job, self.tr("Waiting for earlier changes to be saved…"))
        job.succeeded.connect(self._imported)
        job.failed.connect(self._failed)
        job.start()

    def cancel(self, *, close: bool = False) -> None:
        if self._job is not None and self._job.running:
            self._job.cancel()
            self.progress.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling… nothing is written."))
            self._close_when_done = self._close_when_done or close

    def _end(self) -> None:
        self._job = None
        self.completeChanged.emit()
        if self._close_when_done:
            self.w.done(0)

    def _imported(self, report: ImportReport) -> None:
        w = self.w
        w.report = report
        name = w.source_name()
        notes = "\n".join(issue_line(i) for i in report.warnings)
        if not report.written:
            self.outcome = "rejected"
            self.setTitle(self.tr("Not imported"))
            n = len(report.errors)
            self.status.setText(
                (
                    self.tr(
                        "<b>Nothing was written.</b> Since the check, 1 row has become wrong "
                        "(your courses or students changed meanwhile); the list says why. Go "
                        "through the import again once it is right."
                    )
                    if n == 1
                    else self.tr(
                        "<b>Nothing was written.</b> Since the check, {n} rows have become "
                        "wrong (your courses or students changed meanwhile); the list says "
                        "why. Go through the import again once they are right."
                    )
                ).format(n=timefmt.number(n))
            )
            self.issues.set_issues(report.errors, report.warnings)
            w.notifier.notify(
                self.tr("Import"),
                (
                    self.tr("{name} was not imported: 1 problem; nothing was changed.")
                    if n == 1
                    else self.tr("{name} was not imported: {n} problems; nothing was changed.")
                ).format(name=name, n=timefmt.number(n)),
                ok=False,
                details="\n".join(issue_line(i) for i in report.errors),
            )
            self._end()
            return
        self.outcome = "done"
        self.setTitle(self.tr("Imported"))
        changed = phrases(report.counts, CHANGES)
        summary = (
            self.tr("{name} imported: {changes}.").format(name=name, changes=join(changed))
            if changes_anything(report.counts)
            else self.tr("{name} imported; nothing needed to change.").format(name=name)
        )
        self.status.setText(self.tr("<b>Done.</b> {summary}").format(summary=html.escape(summary)))
        self.done_text.setText(
            "\n".join(f"• {p}" for p in doing(report.counts)) or self.tr("Nothing.")
        )
        self.done_card.setVisible(True)
        if report.warnings:
            self.issues.set_issues([], report.warnings)
        w.notifier.notify(self.tr("Import"), summary, details=notes)
        w.imported.emit(report)
        self._end()

    def _failed(self, exc: BaseException, trace: str) -> None:
        name = self.w.source_name()
        notifier = self.w.notifier
        if isinstance(exc, Cancelled):
            self.outcome = "cancelled"
            self.setTitle(self.tr("Not imported"))
            self.status.setText(self.tr("<b>The import was cancelled.</b> Nothing was written."))
            notifier.notify(
                self.tr("Import"),
                self.tr("Import of {name} cancelled; nothing was changed.").format(name=name),
                ok=False,
            )
        elif isinstance(exc, DomainError):
            self.outcome = "failed"
            self.setTitle(self.tr("Not imported"))
            self.status.setText(
                self.tr("<b>{problem}</b> Nothing was written.").format(
                    problem=html.escape(error_text(exc))
                )
            )
            notifier.notify(
                self.tr("Import"),
                self.tr("{name} was not imported: {problem}").format(
                    name=name, problem=error_text(exc)
                ),
                ok=False,
            )
        else:
            self.outcome = "failed"
            self.setTitle(self.tr("Not imported"))
            self.status.setText(self.tr("<b>The import could not finish.</b> Nothing was written."))
            notifier.notify(
                self.tr("Import"),
                self.tr("{name} could not be imported; nothing was changed.").format(name=name),
                ok=False,
                details=trace,
            )
            show_error(self, exc, trace)
        self._end()

    def isComplete(self) -> bool:
        return bool(self.outcome) and not self.running


__all__ = ["RosterImportWizard"]
