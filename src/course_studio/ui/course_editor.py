"""The course editor: create, edit or duplicate a course.

Every field is checked as the instructor types with the same rule functions the
services use (:mod:`course_studio.domain.rules`); the message shows under the field and
Save stays disabled while anything is wrong. What the service still refuses on save
(a code already in use, a capacity below the enrolled students) lands under the field
it names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import rules
from ..domain.enums import CourseStatus
from ..domain.errors import DomainError, ValidationError
from ..domain.records import CourseRecord
from .commands import CreateCourse, DuplicateCourse, EditCourse
from .messages import error_text
from .style import STATUS_LABELS
from .undo import UndoRunner
from .widgets import DateField, FieldMessage, label, muted_label


class EditorMode(Enum):
    CREATE = "create"
    EDIT = "edit"
    DUPLICATE = "duplicate"


def _check(name: str) -> Callable[[Any], Any]:
    """The service's own rule for a course field, so the editor checks as it saves."""
    return rules.COURSE_CHECKS[name]


def _record_value(record: CourseRecord, name: str) -> Any:
    return getattr(record, name)


@dataclass
class Field:
    """One form field: its widget, how to read and fill it, and its message label."""

    name: str
    caption: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    message: FieldMessage
    touched: bool = False


class CourseEditor(QDialog):
    """A dialog for one course. ``saved`` carries the resulting CourseRecord."""

    saved = Signal(object)

    def __init__(
        self,
        studio: Any,
        runner: UndoRunner,
        mode: EditorMode,
        record: CourseRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if mode is not EditorMode.CREATE and record is None:
            raise ValueError("editing or duplicating needs the course")
        self.studio = studio
        self.runner = runner
        self.mode = mode
        self.record = record
        self._saving = False
        self._errors: dict[str, str] = {}
        self.fields: dict[str, Field] = {}
        self.setObjectName("courseEditor")
        self.setModal(True)
        self._build()
        self._fill()
        self.validate()

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        titles = {
            EditorMode.CREATE: (self.tr("New course"), self.tr("Create")),
            EditorMode.EDIT: (
                self.tr("Edit {code}").format(code=self.record.code)
                if self.record
                else self.tr("Edit course"),
                self.tr("Save"),
            ),
            EditorMode.DUPLICATE: (
                self.tr("Duplicate {code}").format(code=self.record.code)
                if self.record
                else self.tr("Duplicate course"),
                self.tr("Duplicate"),
            ),
        }
        window_title, save_text = titles[self.mode]
        self.setWindowTitle(window_title)
        self.setAccessibleName(window_title)
        outer = QVBoxLayout(self)
        # grow with the messages that appear under the fields, never clip them
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(10)
        heading = label(window_title, "heading")
        heading.setMinimumWidth(520)
        outer.addWidget(heading)
        if self.mode is EditorMode.DUPLICATE and self.record is not None:
            outer.addWidget(
                muted_label(
                    self.tr(
                        "The copy gets the settings and outline of {code}, "
                        "as a draft without students."
                    ).format(code=self.record.code),
                    wrap=True,
                )
            )
        form = QFormLayout()
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        outer.addLayout(form)

        known = self._known_values()
        names = (
            ("code", "title")
            if self.mode is EditorMode.DUPLICATE
            else (
                "code",
                "title",
                "status",
                "term",
                "category",
                "tags",
                "language",
                "start_date",
                "end_date",
                "capacity",
                "description",
            )
        )
        for name in names:
            field = self._make_field(name, known)
            self.fields[name] = field
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field.widget)
            column.addWidget(field.message)
            caption = QLabel(field.caption + ":")
            caption.setBuddy(field.widget)
            caption.setContentsMargins(0, 5, 0, 0)
            form.addRow(caption, holder)

        self.form_message = FieldMessage()
        outer.addWidget(self.form_message)
        self.hint = muted_label(wrap=True)
        outer.addWidget(self.hint)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(save_text)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(save_text)
        self.save_button.setObjectName("saveButton")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _known_values(self) -> dict[str, list[str]]:
        try:
            values: dict[str, list[str]] = self.studio.courses.known_values()
        except DomainError:
            values = {}
        return values

    def _make_field(self, name: str, known: dict[str, list[str]]) -> Field:
        message = FieldMessage()
        widget: QWidget
        read: Callable[[], Any]
        write: Callable[[Any], None]
        captions = {
            "code": self.tr("Code"),
            "title": self.tr("Title"),
            "status": self.tr("Status"),
            "term": self.tr("Term"),
            "category": self.tr("Category"),
            "tags": self.tr("Tags"),
            "language": self.tr("Language"),
            "start_date": self.tr("Starts"),
            "end_date": self.tr("Ends"),
            "capacity": self.tr("Seats"),
            "description": self.tr("Description"),
        }
        caption = captions[name]
        if name in ("code", "title", "tags", "capacity"):
            edit = QLineEdit()
            edit.setPlaceholderText(
                {
                    "code": self.tr("For example CS101"),
                    "title": self.tr("For example Programming in Python"),
                    "tags": self.tr("Words separated by commas, e.g. python, beginner"),
                    "capacity": self.tr("No limit"),
                }[name]
            )
            if name == "tags" and known.get("tag"):
                completer = QCompleter(known["tag"], edit)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                edit.setCompleter(completer)
            edit.textChanged.connect(lambda _t, n=name: self._edited(n))
            widget, read = edit, edit.text

            def write_text(value: Any, edit: QLineEdit = edit, name: str = name) -> None:
                if name == "tags":
                    edit.setText(", ".join(value or ()))
                else:
                    edit.setText("" if value is None else str(value))

            write = write_text
        elif name == "status":
            combo = QComboBox()
            for status in CourseStatus:
                combo.addItem(STATUS_LABELS[status.value], status.value)
            combo.currentIndexChanged.connect(lambda _i, n=name: self._edited(n))
            widget = combo
            read = combo.currentData

            def write_status(value: Any, combo: QComboBox = combo) -> None:
                combo.setCurrentIndex(max(0, combo.findData(value)))

            write = write_status
        elif name in ("term", "category", "language"):
            combo = QComboBox()
            combo.setEditable(True)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMinimumContentsLength(12)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            choices = known.get(name if name != "category" else "category", [])
            combo.addItems(["", *choices] if name != "language" else choices or ["en"])
            line = combo.lineEdit()
            assert line is not None
            line.setPlaceholderText(
                {
                    "term": self.tr("For example Fall 2026"),
                    "category": self.tr("For example Computer Science"),
                    "language": "en, de, pt-BR, ...",
                }[name]
            )
            combo.editTextChanged.connect(lambda _t, n=name: self._edited(n))
            widget, read = combo, combo.currentText

            def write_combo(value: Any, combo: QComboBox = combo) -> None:
                combo.setEditText("" if value is None else str(value))

            write = write_combo
        elif name in ("start_date", "end_date"):
            date = DateField()
            date.textChanged.connect(lambda _t, n=name: self._edited(n))
            widget, read, write = date, date.text, date.set_date
        else:  # description
            text = QPlainTextEdit()
            text.setPlaceholderText(
                self.tr("What the course is about, for students and colleagues")
            )
            text.setTabChangesFocus(True)
            text.setFixedHeight(84)
            text.textChanged.connect(lambda n=name: self._edited(n))
            widget, read = text, text.toPlainText

            def write_plain(value: Any, text: QPlainTextEdit = text) -> None:
                text.setPlainText(value or "")

            write = write_plain
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(caption)
        message.setObjectName(f"message_{name}")
        return Field(name, caption, widget, read, write, message)

    def _fill(self) -> None:
        record = self.record
        if self.mode is EditorMode.CREATE or record is None:
            if "status" in self.fields:
                self.fields["status"].write(CourseStatus.DRAFT.value)
            if "language" in self.fields:
                self.fields["language"].write("en")
            return
        if self.mode is EditorMode.DUPLICATE:
            self.fields["code"].write(self._suggest_code(record.code))
            self.fields["title"].write(record.title)
            return
        for name, field in self.fields.items():
            field.write(_record_value(record, name))
        for field in self.fields.values():
            field.touched = False
        if record.owner_id != self.studio.me:
            status = self.fields["status"].widget
            status.setEnabled(False)
            status.setToolTip(
                self.tr("Only {owner} can change the status.").format(
                    owner=record.owner_name or self.tr("the owner")
                )
            )

    def _suggest_code(self, code: str) -> str:
        base = code[: rules.CODE_MAX - 2]
        for n in range(2, 10):
            candidate = f"{base}-{n}"
            try:
                clash = self.studio.courses.find_by_code(candidate, owner_id=self.studio.me)
            except DomainError:
                clash = None
            if clash is None:
                return candidate
        return ""

    # -- validation ------------------------------------------------------------

    def _edited(self, name: str) -> None:
        field = self.fields.get(name)
        if field is None:  # still building
            return
        field.touched = True
        self._errors.pop(name, None)
        self.form_message.clear_message()
        self.validate()

    def values(self) -> dict[str, Any]:
        """Each field's value normalised by its rule; raises on the first bad field."""
        return {name: _check(name)(field.read()) for name, field in self.fields.items()}

    def validate(self) -> bool:
        """Check every field; show messages on touched fields; enable Save if valid."""
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, field in self.fields.items():
            try:
                values[name] = _check(name)(field.read())
            except ValidationError as exc:
                errors[name] = error_text(exc)
        if "end_date" not in errors and "start_date" not in errors and "end_date" in values:
            try:
                rules.check_dates(values.get("start_date"), values.get("end_date"))
            except ValidationError as exc:
                errors[exc.field or "end_date"] = error_text(exc)
        if self.mode is EditorMode.EDIT and self.record and "capacity" in values:
            try:
                rules.check_capacity_fits(values["capacity"], self.record.enrolled)
            except ValidationError as exc:
                errors["capacity"] = error_text(exc)
        # a message the service gave on save stays until that field changes
        for name, message in self._errors.items():
            errors.setdefault(name, message)
        for name, field in self.fields.items():
            shown = errors.get(name, "") if field.touched or name in self._errors else ""
            field.message.show_message(shown)
        hidden = [self.fields[n].caption for n in errors if not self.fields[n].message.text()]
        changed = bool(self.changes(values)) if not errors else True
        if hidden:
            self.hint.setText(
                self.tr("To save, fill in: {fields}.").format(fields=", ".join(hidden))
            )
        elif not errors and not changed:
            self.hint.setText(self.tr("Nothing has changed yet."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        ok = not errors and changed and not self._saving
        self.save_button.setEnabled(ok)
        self._fit()
        return not errors

    def _fit(self) -> None:
        """Grow when messages appeared, so nothing under them is squeezed."""
        hint = self.sizeHint()
        if self.isVisible() and hint.height() > self.height():
            self.resize(self.width(), hint.height())

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        """In edit mode, the values that differ from the course; otherwise all."""
        if self.mode is not EditorMode.EDIT or self.record is None:
            return values
        return {k: v for k, v in values.items() if _record_value(self.record, k) != v}

    def message_for(self, name: str) -> str:
        return self.fields[name].message.text()

    # -- saving ----------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self.validate():
            return
        values = self.values()
        command: CreateCourse | EditCourse | DuplicateCourse
        if self.mode is EditorMode.CREATE:
            command = CreateCourse(self.studio, values)
        elif self.mode is EditorMode.EDIT:
            assert self.record is not None
            after = self.changes(values)
            if not after:
                self.accept()
                return
            before = {k: _record_value(self.record, k) for k in after}
            command = EditCourse(self.studio, self.record.id, before, after)
        else:
            assert self.record is not None
            title = values["title"] if values["title"] != self.record.title else None
            command = DuplicateCourse(self.studio, self.record.id, values["code"], title)
        self._saving = True
        self.save_button.setEnabled(False)
        self.runner.run(command, on_done=self._saved, on_error=self._refused)

    def _saved(self, record: Any) -> None:
        self._saving = False
        self.saved.emit(record)
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """Put a service error where it belongs; False lets the runner show it."""
        self._saving = False
        if not isinstance(exc, DomainError):
            self.validate()
            return False
        field = self.fields.get(exc.field or "")
        if field is not None:
            self._errors[field.name] = error_text(exc)
            field.touched = True
            self.validate()
            field.widget.setFocus()
        else:
            self.validate()
            self.form_message.show_message(error_text(exc))
        return True
