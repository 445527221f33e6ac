"""Pieces the import and export dialogs share: a progress strip with Cancel, a
sortable table of problems (file, line, column, reason), a file field that checks
where it will write, and counts said in words."""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..interop import ImportIssue
from . import timefmt
from .interop_jobs import Job
from .messages import tr_message
from .record_table import RIGHT, Column, RecordTableModel, Role
from .widgets import FieldMessage, muted_label

# -- counts in words ------------------------------------------------------------------


#: key -> (one, many); ``{n}`` is the number
_PHRASES: dict[str, tuple[object, object]] = {
    "users": (QT_TRANSLATE_NOOP("Counts", "{n} person"), QT_TRANSLATE_NOOP("Counts", "{n} people")),
    "students": (
        QT_TRANSLATE_NOOP("Counts", "{n} student"),
        QT_TRANSLATE_NOOP("Counts", "{n} students"),
    ),
    "teachers": (
        QT_TRANSLATE_NOOP("Counts", "{n} teacher"),
        QT_TRANSLATE_NOOP("Counts", "{n} teachers"),
    ),
    "courses": (
        QT_TRANSLATE_NOOP("Counts", "{n} course"),
        QT_TRANSLATE_NOOP("Counts", "{n} courses"),
    ),
    "enrollments": (
        QT_TRANSLATE_NOOP("Counts", "{n} enrollment"),
        QT_TRANSLATE_NOOP("Counts", "{n} enrollments"),
    ),
    "skipped": (
        QT_TRANSLATE_NOOP("Counts", "{n} row left out"),
        QT_TRANSLATE_NOOP("Counts", "{n} rows left out"),
    ),
    "modules": (
        QT_TRANSLATE_NOOP("Counts", "{n} module"),
        QT_TRANSLATE_NOOP("Counts", "{n} modules"),
    ),
    "lessons": (
        QT_TRANSLATE_NOOP("Counts", "{n} lesson"),
        QT_TRANSLATE_NOOP("Counts", "{n} lessons"),
    ),
    "progress": (
        QT_TRANSLATE_NOOP("Counts", "{n} progress record"),
        QT_TRANSLATE_NOOP("Counts", "{n} progress records"),
    ),
    "students_created": (
        QT_TRANSLATE_NOOP("Counts", "{n} new student"),
        QT_TRANSLATE_NOOP("Counts", "{n} new students"),
    ),
    "students_updated": (
        QT_TRANSLATE_NOOP("Counts", "{n} student updated"),
        QT_TRANSLATE_NOOP("Counts", "{n} students updated"),
    ),
    "students_unchanged": (
        QT_TRANSLATE_NOOP("Counts", "{n} student already here"),
        QT_TRANSLATE_NOOP("Counts", "{n} students already here"),
    ),
    "students_matched": (
        QT_TRANSLATE_NOOP("Counts", "{n} student already here"),
        QT_TRANSLATE_NOOP("Counts", "{n} students already here"),
    ),
    "instructors_created": (
        QT_TRANSLATE_NOOP("Counts", "{n} new instructor"),
        QT_TRANSLATE_NOOP("Counts", "{n} new instructors"),
    ),
    "courses_created": (
        QT_TRANSLATE_NOOP("Counts", "{n} new course"),
        QT_TRANSLATE_NOOP("Counts", "{n} new courses"),
    ),
    "courses_matched": (
        QT_TRANSLATE_NOOP("Counts", "{n} course already here"),
        QT_TRANSLATE_NOOP("Counts", "{n} courses already here"),
    ),
    "enrollments_created": (
        QT_TRANSLATE_NOOP("Counts", "{n} new enrollment"),
        QT_TRANSLATE_NOOP("Counts", "{n} new enrollments"),
    ),
    "enrollments_updated": (
        QT_TRANSLATE_NOOP("Counts", "{n} enrollment updated"),
        QT_TRANSLATE_NOOP("Counts", "{n} enrollments updated"),
    ),
    "enrollments_unchanged": (
        QT_TRANSLATE_NOOP("Counts", "{n} enrollment unchanged"),
        QT_TRANSLATE_NOOP("Counts", "{n} enrollments unchanged"),
    ),
    "enrollments_merged": (
        QT_TRANSLATE_NOOP("Counts", "{n} enrollment named twice, kept once"),
        QT_TRANSLATE_NOOP("Counts", "{n} enrollments named twice, kept once"),
    ),
    "waitlisted": (
        QT_TRANSLATE_NOOP("Counts", "{n} on a waitlist (course full)"),
        QT_TRANSLATE_NOOP("Counts", "{n} on a waitlist (course full)"),
    ),
    "co_instructors_added": (
        QT_TRANSLATE_NOOP("Counts", "{n} co-instructor added"),
        QT_TRANSLATE_NOOP("Counts", "{n} co-instructors added"),
    ),
}
#: what a file holds (the rest says what an import does)
HELD = ("users", "students", "teachers", "courses", "enrollments", "skipped")
#: what changes the data dir
CHANGES = (
    "students_created",
    "students_updated",
    "instructors_created",
    "courses_created",
    "enrollments_created",
    "enrollments_updated",
    "co_instructors_added",
)


def phrase(key: str, n: int) -> str:
    one, many = _PHRASES.get(key, ("{n} " + key.replace("_", " "),) * 2)
    return QCoreApplication.translate("Counts", str(one if n == 1 else many)).format(
        n=timefmt.number(n)
    )


def phrases(counts: dict[str, int], keys: Iterable[str] | None = None) -> list[str]:
    """The non-zero counts in words, in the order of ``keys`` (default: as given)."""
    order = list(keys) if keys is not None else list(counts)
    return [phrase(k, counts[k]) for k in order if counts.get(k)]


def doing(counts: dict[str, int]) -> list[str]:
    """What an import does, in words (created, updated, unchanged ...)."""
    return phrases(counts, [k for k in _PHRASES if k not in HELD and k in counts])


def changes_anything(counts: dict[str, int]) -> bool:
    return any(counts.get(k) for k in CHANGES)


def issue_line(issue: ImportIssue) -> str:
    """'users.csv, line 4, column email: ...' for notification details."""
    place = [issue.file or ""]
    if issue.line is not None:
        place.append(
            QCoreApplication.translate("IssueTable", "line {line}").format(line=issue.line)
        )
    if issue.column:
        place.append(
            QCoreApplication.translate("IssueTable", "column {column}").format(column=issue.column)
        )
    where = ", ".join(p for p in place if p)
    message = tr_message(issue.message)
    return f"{where}: {message}" if where else message


def join(parts: Sequence[str]) -> str:
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return QCoreApplication.translate("Counts", "{list} and {last}").format(
        list=", ".join(parts[:-1]), last=parts[-1]
    )


# -- a strip with progress and Cancel -------------------------------------------------


class JobProgress(QWidget):
    """'Checking students… 40 %' with a bar and a Cancel button, while a job runs."""

    cancel_requested = Signal()

    def __init__(self, cancel_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        cancel_text = cancel_text or self.tr("Cancel")
        self.stage = muted_label()
        self.stage.setObjectName("jobStage")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setAccessibleName(cancel_text)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.stage)
        layout.addLayout(row)
        self._job: Job | None = None
        self.setVisible(False)

    def follow(self, job: Job, text: str) -> None:
        """Show ``text`` and the job's progress until it ends."""
        self._job = job
        self.stage.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._ended)
        job.failed.connect(self._ended)

    def _progressed(self, stage: str, fraction: float) -> None:
        if self.sender() is not self._job:
            return
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(fraction * 1000))
        self.stage.setText(f"{stage}… {fraction * 100:.0f} %")

    def _ended(self, *_args: Any) -> None:
        if self.sender() is self._job:
            self._job = None
            self.setVisible(False)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Stopping… nothing is written."))
        self.cancel_requested.emit()


# -- problems as a sortable table -----------------------------------------------------


@dataclass(frozen=True)
class IssueRow:
    """One problem (an error stops the import) or note (a warning) of a report."""

    number: int
    error: bool
    issue: ImportIssue
    #: rank in file-then-line order (what the File and Line columns sort by)
    place: int = 0

    @property
    def id(self) -> str:
        return str(self.number)

    def text(self) -> str:
        i = self.issue
        kind = (
            QCoreApplication.translate("IssueTable", "Problem")
            if self.error
            else QCoreApplication.translate("IssueTable", "Note")
        )
        return f"{kind}\t{i.file or ''}\t{i.line or ''}\t{i.column or ''}\t{i.message}"


def issue_rows(errors: Sequence[ImportIssue], warnings: Sequence[ImportIssue]) -> list[IssueRow]:
    issues = [(True, e) for e in errors] + [(False, w) for w in warnings]
    order = sorted(
        range(len(issues)),
        key=lambda n: (issues[n][1].file or "", issues[n][1].line or 0, n),
    )
    place = {n: rank for rank, n in enumerate(order)}
    return [IssueRow(n, error, issue, place[n]) for n, (error, issue) in enumerate(issues)]


class IssueTableModel(RecordTableModel):
    """Problems and notes: kind, file, line, column and what is wrong."""

    def __init__(self, parent: Any = None) -> None:
        self._icons: dict[bool, QIcon] = {}
        columns = (
            Column(
                "kind",
                "",
                lambda r: (
                    QCoreApplication.translate("IssueTable", "Problem")
                    if r.error
                    else QCoreApplication.translate("IssueTable", "Note")
                ),
                sort=lambda r: r.number,
                icon=self._icon,
                tooltip=lambda r: (
                    QCoreApplication.translate(
                        "IssueTable", "Nothing is imported until this is fixed."
                    )
                    if r.error
                    else QCoreApplication.translate(
                        "IssueTable", "Left out on purpose; it does not stop the import."
                    )
                ),
                width=96,
            ),
            Column(
                "file",
                QCoreApplication.translate("IssueTable", "File"),
                lambda r: r.issue.file or "",
                sort=lambda r: r.place,
                width=140,
            ),
            Column(
                "line",
                QCoreApplication.translate("IssueTable", "Line"),
                lambda r: "" if r.issue.line is None else timefmt.number(r.issue.line),
                sort=lambda r: r.place,
                align=RIGHT,
                width=64,
            ),
            Column(
                "column",
                QCoreApplication.translate("IssueTable", "Column"),
                lambda r: r.issue.column or "",
                width=110,
            ),
            Column(
                "message",
                QCoreApplication.translate("IssueTable", "What is wrong"),
                lambda r: tr_message(r.issue.message),
                tooltip=lambda r: tr_message(r.issue.message),
                width=420,
            ),
        )
        super().__init__(
            columns,
            highlight=lambda r: "error" if r.error else None,
            parent=parent,
        )

    def _icon(self, row: IssueRow) -> QIcon:
        if row.error not in self._icons:
            from PySide6.QtWidgets import QApplication

            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if row.error
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            self._icons[row.error] = QApplication.style().standardIcon(pixmap)
        return self._icons[row.error]


class SortProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.Sort)


#: up to this many problems, each row is as tall as its reason needs
WRAPPED_ROWS = 300


class IssueTable(QWidget):
    """A sortable list of every problem, with a button to copy it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IssueTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("issueTable")
        self.view.setAccessibleName(self.tr("Problems found in the file"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
        header.setSectionResizeMode(self.model.column_of("message"), QHeaderView.ResizeMode.Stretch)
        self.view.sortByColumn(self.model.column_of("line"), Qt.SortOrder.AscendingOrder)
        self.copy_button = QPushButton(self.tr("Copy the list"))
        self.copy_button.setAccessibleName(self.tr("Copy the list of problems"))
        self.copy_button.setToolTip(
            self.tr("Copy every row, tab-separated, to paste into a spreadsheet")
        )
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.view, 1)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.copy_button)
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)

    def set_issues(self, errors: Sequence[ImportIssue], warnings: Sequence[ImportIssue]) -> None:
        self.model.set_records(issue_rows(errors, warnings))
        self.setVisible(bool(errors or warnings))
        # long reasons wrap onto more lines; a very long list keeps one line a row
        # (its tooltips show the whole reason) so that it still opens at once
        wrap = self.model.rowCount() <= WRAPPED_ROWS
        self.view.setWordWrap(wrap)
        if wrap:
            self.view.resizeRowsToContents()

    def rows(self) -> list[IssueRow]:
        """The rows in the order shown."""
        return [self.proxy.index(r, 0).data(Role.Record) for r in range(self.proxy.rowCount())]

    def text(self) -> str:
        lines = [
            "\t".join(
                self.model.headerData(c, Qt.Orientation.Horizontal) or ""
                for c in range(self.model.columnCount())
            )
        ]
        lines += [row.text() for row in self.rows()]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text())


# -- a file to write ------------------------------------------------------------------


def write_problem(path: Path) -> str:
    """Why an export cannot write ``path`` ('' when it can)."""
    if not path.name:
        return QCoreApplication.translate("SaveField", "Give the file a name.")
    if path.is_dir():
        return QCoreApplication.translate(
            "SaveField", "{name} is a folder; add the name of the file to write."
        ).format(name=path.name)
    parent = path.parent
    if not parent.exists():
        return QCoreApplication.translate(
            "SaveField", "The folder {folder} does not exist."
        ).format(folder=parent)
    if not parent.is_dir():
        return QCoreApplication.translate("SaveField", "{folder} is not a folder.").format(
            folder=parent
        )
    if not os.access(parent, os.W_OK):
        return QCoreApplication.translate(
            "SaveField", "Course Studio may not write in {folder}."
        ).format(folder=parent)
    if path.exists() and not os.access(path, os.W_OK):
        return QCoreApplication.translate(
            "SaveField", "{name} is read-only; choose another name."
        ).format(name=path.name)
    return ""


class SaveField(QWidget):
    """Where to write: a path, a Choose… button, and a message under it."""

    changed = Signal()

    def __init__(
        self, caption: str, suffix: str, filter_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.caption = caption
        self.suffix = suffix
        self.filter_text = filter_text
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("File to write"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._changed)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose where to save"))
        self.choose.clicked.connect(self._browse)
        self.message = FieldMessage()
        self.message.setObjectName("pathMessage")
        self.note = muted_label(wrap=True)
        self.note.setObjectName("pathNote")
        self.note.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def set_suffix(self, suffix: str, filter_text: str) -> None:
        """Change the kind of file; a name already typed takes the new ending."""
        old = self.suffix
        self.suffix, self.filter_text = suffix, filter_text
        text = self.edit.text().strip()
        if text and text.lower().endswith(old):
            self.edit.setText(text[: -len(old)] + suffix)
        else:
            self._changed()

    def problem(self) -> str:
        path = self.path()
        return "" if path is None else write_problem(path)

    def show_problem(self, message: str) -> None:
        self.message.show_message(message)

    def _changed(self) -> None:
        path = self.path()
        problem = self.problem()
        self.message.show_message(problem)
        note = ""
        if path is not None and not problem:
            if path.exists():
                note = self.tr(
                    "There is a file called {name} there already; it will be replaced."
                ).format(name=path.name)
            elif str(path) != self.edit.text().strip():
                note = self.tr("It will be saved as {name}.").format(name=path.name)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.changed.emit()

    def _browse(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        path, _f = QFileDialog.getSaveFileName(self, self.caption, start, self.filter_text)
        if path:
            self.edit.setText(path)


class OpenField(QWidget):
    """A file (or folder) to read: a path, Choose buttons, and a message under it."""

    chosen = Signal(str)

    def __init__(
        self,
        caption: str,
        filter_text: str,
        *,
        folders: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.caption = caption
        self.filter_text = filter_text
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("File to read"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Choose a file, or type or paste its path"))
        self.edit.editingFinished.connect(lambda: self.chosen.emit(self.edit.text().strip()))
        self.choose = QPushButton(self.tr("Choose File…"))
        self.choose.setAccessibleName(self.tr("Choose a file"))
        self.choose.clicked.connect(self._browse)
        self.choose_folder: QPushButton | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        if folders:
            self.choose_folder = QPushButton(self.tr("Choose Folder…"))
            self.choose_folder.setAccessibleName(self.tr("Choose a folder"))
            self.choose_folder.clicked.connect(self._browse_folder)
            row.addWidget(self.choose_folder)
        self.message = FieldMessage()
        self.message.setObjectName("fileMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, path: str | Path) -> None:
        """Put ``path`` in the field and read it."""
        self.edit.setText(str(path))
        self.chosen.emit(str(path))

    def show_problem(self, message: str) -> None:
        self.message.show_message(message)

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.caption, self.text() or str(Path.home()), self.filter_text
        )
        if path:
            self.set_text(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.caption, self.text() or str(Path.home()))
        if path:
            self.set_text(path)


def bold(text: str) -> str:
    """``text`` in bold, for a rich-text label."""
    return f"<b>{html.escape(text)}</b>"


def heading(text: str) -> QLabel:
    """A card's title: bold, a little larger than the text under it."""
    widget = QLabel(text)
    widget.setProperty("role", "subheading")
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


__all__ = [
    "IssueRow",
    "IssueTable",
    "IssueTableModel",
    "JobProgress",
    "OpenField",
    "SaveField",
    "bold",
    "changes_anything",
    "doing",
    "heading",
    "issue_line",
    "join",
    "phrase",
    "phrases",
    "write_problem",
]
