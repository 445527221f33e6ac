"""The conflict dialog: every open conflict, one at a time, field by field.

    +---------------------------------------------------------------------+
    | Conflicts                                                           |
    | Changes made here and on the server disagree. ...                   |
    +------------------------+--------------------------------------------+
    | CS101 · Title          | CS101 · Title                              |
    | Lesson “Variables”     | You changed the title of CS101 here, ...   |
    | ...                    |  Yours         Python for everyone  [Keep]  |
    |                        |  The server's  Python, first steps  [Take]  |
    |                        |  Before        Programming in Python        |
    |                        |  Or type       [____________]      [Use]    |
    +------------------------+--------------------------------------------+

Keep mine, take theirs, or type a value (checked as it is typed with the app's rules,
like the course editor). A whole item deleted on one side and changed on the other,
and changes the server refused, are shown side by side with what each choice does.
Choices run on the database worker through ``studio.resolve_conflict``; the store's
change events then refresh this list and every view showing the item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError, ValidationError
from ..store import Changes
from ..sync import ConflictInfo
from . import conflict_text as text
from .conflict_model import ConflictListModel
from .errors import show_error
from .loading import LatestLoader
from .messages import error_text
from .widgets import DateField, FieldMessage, label, muted_label
from .workers import Op

INTRO = QT_TRANSLATE_NOOP(
    "ConflictDialog",
    "Changes made on this computer and on the server disagree. Until you choose, this "
    "computer shows the server's version; your own is kept here, so nothing is lost.",
)


class ConflictDialog(QDialog):
    """Open conflicts of a data folder; not modal, so the window stays usable."""

    #: a conflict was resolved: (ConflictInfo before, choice)
    resolved = Signal(object, str)
    #: resolving failed: the sentence shown
    refused = Signal(str)
    #: a fresh list of conflicts is shown
    loaded = Signal()

    def __init__(self, studio: Any, hub: Any, notifier: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.notifier = notifier
        self._busy = False
        self._current: ConflictInfo | None = None
        self._last_row = 0
        self._read_editor: Callable[[], str] = lambda: ""
        self.editor: QWidget | None = None
        self.edit_button: QPushButton | None = None
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setAccessibleName(self.tr("Sync conflicts"))
        self.setModal(False)
        self.resize(860, 520)

        self.model = ConflictListModel(self)
        self._loader = LatestLoader(studio.conflicts, self._apply, self)
        self._loader.failed.connect(lambda exc: show_error(self, exc))
        self._loader.idle.connect(self.loaded)  # told once the newest read is shown
        hub.changed.connect(self._store_changed)
        self._build()

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(10)
        self.heading = label(self.tr("Conflicts"), "heading")
        outer.addWidget(self.heading)
        outer.addWidget(muted_label(self.tr(str(INTRO)), wrap=True))

        self.list = QListView()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.setMinimumWidth(220)
        # long names end in "…" (the tooltip has the whole line), never a sideways scroll
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        selection = self.list.selectionModel()
        selection.currentChanged.connect(self._current_changed)

        self.pages = QStackedWidget()
        self.empty = muted_label(
            self.tr("No conflicts: everything you changed agrees with the server."), wrap=True
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.empty)
        self.detail_area = QScrollArea()
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.pages.addWidget(self.detail_area)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([250, 590])
        outer.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        outer.addWidget(buttons)

    # -- loading ---------------------------------------------------------------

    def reload(self) -> None:
        self._loader.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _store_changed(self, changes: Changes) -> None:
        if not self.isVisible():
            return
        if changes.conflicts or changes.courses or changes.outline or changes.students:
            self.reload()

    def _apply(self, conflicts: list[ConflictInfo]) -> None:
        current = self._current.conflict_id if self._current else None
        self.model.set_conflicts(conflicts)
        count = len(conflicts)
        self.heading.setText(
            self.tr("No conflicts")
            if not count
            else (self.tr("{n} conflicts") if count != 1 else self.tr("{n} conflict")).format(
                n=count
            )
        )
        self.setWindowTitle(
            self.tr("Sync conflicts")
            if not count
            else self.tr("Sync conflicts ({n})").format(n=count)
        )
        if not count:
            self._current = None
            self.pages.setCurrentWidget(self.empty)
        else:
            row = self.model.row_of(current) if current else -1
            if row < 0:
                row = min(self._last_row, count - 1)
                self.select_row(row)
            else:
                fresh = self.model.conflict(row)
                if fresh != self._current:
                    self._show(fresh)

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show(self.model.conflict(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._last_row = current.row()
            info = self.model.conflict(current.row())
            if info != self._current:
                self._show(info)

    # -- one conflict ----------------------------------------------------------

    def _show(self, info: ConflictInfo) -> None:
        self._current = info
        page = QWidget()
        page.setObjectName("conflictDetail")
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 2, 8, 8)
        column.setSpacing(10)
        self.title_label = label(text.title(info), "subheading")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        column.addWidget(self.title_label)
        self.what_label = label(text.what_happened(info), wrap=True)
        self.what_label.setObjectName("whatHappened")
        self.what_label.setAccessibleName(self.tr("What happened"))
        column.addWidget(self.what_label)
        words = text.choices(info)
        self.mine_button = self._button(words.mine, "mine")
        self.theirs_button = self._button(words.theirs, "theirs")
        self.editor = None
        self.edit_button = None
        self.edit_message = FieldMessage()
        if info.field == "*":
            column.addLayout(self._whole_item(info))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.mine_button)
            row.addWidget(self.theirs_button)
            column.addLayout(row)
        else:
            column.addLayout(self._one_field(info))
        self.message = FieldMessage()
        self.message.setObjectName("resolveMessage")
        column.addWidget(self.message)
        column.addStretch(1)
        old = self.detail_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.detail_area.setWidget(page)
        self.pages.setCurrentWidget(self.detail_area)
        self._set_busy(self._busy)

    def _button(self, caption: str, choice: str) -> QPushButton:
        button = QPushButton(caption)
        button.setObjectName(f"{choice}Button")
        button.setAccessibleName(caption)
        button.clicked.connect(lambda: self.resolve(choice))
        return button

    def _lookup(self, entity: str, row_id: str) -> str | None:
        s = self.studio
        try:
            if entity == "module":
                return f"“{s.outline.get_module(row_id).title}”"
            if entity == "lesson":
                return f"“{s.outline.get_lesson(row_id).title}”"
            if entity == "course":
                return str(s.courses.get(row_id).code)
            if entity == "student":
                student = s.students.get(row_id)
                return f"{student.given_name} {student.family_name}"
            if entity == "instructor":
                return str(s.instructors.get(row_id).display_name)
        except DomainError:
            return None
        return None

    def _value_label(self, info: ConflictInfo, value: Any, name: str) -> QLabel:
        shown = text.show_value(info.entity, info.field, value, self._lookup)
        widget = label(shown, wrap=True)
        widget.setObjectName(name)
        widget.setAccessibleName(shown)
        if shown == "(empty)":
            widget.setProperty("role", "hint")
            widget.setText(self.tr("(empty)"))
        return widget

    def _one_field(self, info: ConflictInfo) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        caption = text.field_name(info.field)
        grid.addWidget(QLabel(self.tr("Yours:")), 0, 0)
        grid.addWidget(self._value_label(info, info.mine, "mineValue"), 0, 1)
        grid.addWidget(self.mine_button, 0, 2)
        grid.addWidget(QLabel(self.tr("The server's:")), 1, 0)
        grid.addWidget(self._value_label(info, info.theirs, "theirsValue"), 1, 1)
        grid.addWidget(self.theirs_button, 1, 2)
        row = 2
        if info.kind == "edit" and info.base is not None:
            before = muted_label(self.tr("Before both changes:"))
            grid.addWidget(before, row, 0)
            shown = text.show_value(info.entity, info.field, info.base, self._lookup)
            base = muted_label(shown, wrap=True)
            base.setObjectName("baseValue")
            grid.addWidget(base, row, 1)
            row += 1
        if text.editable(info):
            self.editor = self._make_editor(info)
            self.editor.setObjectName("typedValue")
            self.editor.setAccessibleName(self.tr("Type the {field}").format(field=caption))
            typed = QLabel(self.tr("Or type:"))
            typed.setBuddy(self.editor)
            grid.addWidget(typed, row, 0, Qt.AlignmentFlag.AlignTop)
            holder = QWidget()
            stack = QVBoxLayout(holder)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(2)
            stack.addWidget(self.editor)
            stack.addWidget(self.edit_message)
            grid.addWidget(holder, row, 1)
            self.edit_button = self._button(self.tr("Use this value"), "edit")
            grid.addWidget(self.edit_button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.validate()
        return grid

    def _whole_item(self, info: ConflictInfo) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, caption in enumerate(("", self.tr("Yours"), self.tr("The server's"))):
            head = label(caption, "section")
            grid.addWidget(head, 0, col)
        mine = info.mine if isinstance(info.mine, dict) else {}
        theirs = info.theirs if isinstance(info.theirs, dict) else {}
        row = 1
        if text.is_deleted(info.mine) or text.is_deleted(info.theirs) or info.theirs is None:
            grid.addWidget(QLabel(""), row, 0)
            grid.addWidget(
                muted_label(self.tr("Deleted") if text.is_deleted(info.mine) else ""), row, 1
            )
            gone = self.tr("Deleted") if text.is_deleted(info.theirs) else ""
            if info.theirs is None:
                gone = self.tr("Not on the server")
            grid.addWidget(muted_label(gone), row, 2)
            row += 1
        for name in text.compared_fields(info):
            grid.addWidget(QLabel(text.field_name(name).capitalize() + ":"), row, 0)
            for col, side in ((1, mine), (2, theirs)):
                if name in side:
                    shown = text.show_value(info.entity, name, side[name], self._lookup)
                    cell = label(shown, wrap=True)
                else:
                    cell = muted_label("—")
                cell.setObjectName(f"{'mine' if col == 1 else 'theirs'}_{name}")
                grid.addWidget(cell, row, col)
            row += 1
        return grid

    def _make_editor(self, info: ConflictInfo) -> QWidget:
        key = (info.entity, info.field)
        start = text.as_text(info.entity, info.field, info.mine)
        if key in text.CHOICES:
            combo = QComboBox()
            for value in text.CHOICES[key]:
                combo.addItem(value.replace("_", " ").capitalize(), value)
            combo.setCurrentIndex(max(0, combo.findData(start)))
            combo.currentIndexChanged.connect(lambda _i: self.validate())
            self._read_editor = lambda: str(combo.currentData())
            return combo
        if key in text.LONG_TEXT:
            area = QPlainTextEdit()
            area.setPlainText(start)
            area.setTabChangesFocus(True)
            area.setFixedHeight(90)
            area.textChanged.connect(self.validate)
            self._read_editor = area.toPlainText
            return area
        if key in text.DATES:
            date = DateField()
            date.setText(start)
            date.textChanged.connect(lambda _t: self.validate())
            self._read_editor = date.text
            return date
        line = QLineEdit(start)
        line.textChanged.connect(lambda _t: self.validate())
        line.returnPressed.connect(lambda: self.resolve("edit"))
        self._read_editor = line.text
        return line

    def typed_text(self) -> str:
        return self._read_editor()

    def set_typed_text(self, value: str) -> None:
        """Fill the value box (as if typed)."""
        editor = self.editor
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, DateField):
            editor.setText(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))

    def _context(self, info: ConflictInfo) -> dict[str, Any]:
        if info.entity != "course":
            return {}
        try:
            course = self.studio.courses.get(info.id)
        except DomainError:
            return {}
        return {
            "start_date": course.start_date,
            "end_date": course.end_date,
            "enrolled": getattr(course, "enrolled", None),
        }

    def validate(self) -> bool:
        """Check the typed value; the message shows under it, Use stays off while wrong."""
        info = self._current
        if info is None or self.editor is None:
            return False
        try:
            text.check_typed(info, self.typed_text(), self._context(info))
        except ValidationError as exc:
            self.edit_message.show_message(error_text(exc))
            ok = False
        else:
            self.edit_message.clear_message()
            ok = True
        if self.edit_button is not None:
            self.edit_button.setEnabled(ok and not self._busy)
        return ok

    # -- deciding --------------------------------------------------------------

    def resolve(self, choice: str) -> None:
        """Settle the shown conflict: "mine", "theirs" or "edit" (the typed value)."""
        info = self._current
        if info is None or self._busy:
            return
        value: Any = None
        if choice == "edit":
            if not self.validate():
                return
            value = self.typed_text()
        self._set_busy(True)
        self.message.clear_message()
        conflict_id = info.conflict_id

        def work() -> Any:
            return self.studio.resolve_conflict(conflict_id, choice, value)

        Op(self, work).success(lambda _r: self._resolved(info, choice, value)).failure(
            lambda exc: self._refused(info, exc)
        ).run()

    def _resolved(self, info: ConflictInfo, choice: str, value: Any) -> None:
        self._set_busy(False)
        words = text.choices(info)
        if choice == "mine":
            summary = words.mine_done
        elif choice == "theirs":
            summary = words.theirs_done
        else:
            checked = text.normalised(info, value)
            summary = text.edited_done(info, checked, self._lookup)
        self.notifier.notify(self.tr("Resolve conflict"), summary)
        if self._current is info:
            self._current = None  # its row goes; the next one is shown
        # a read that started before this decision is out of date: read again
        self._loader.set_fetch(self.studio.conflicts)
        self.reload()
        self.resolved.emit(info, choice)

    def _refused(self, info: ConflictInfo, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        if self._current is not None and self._current.conflict_id == info.conflict_id:
            self.message.show_message(error_text(exc))
        self.notifier.notify(self.tr("Resolve conflict"), error_text(exc), ok=False)
        self.reload()
        self.refused.emit(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for name in ("mine_button", "theirs_button"):
            button = getattr(self, name, None)
            if button is not None:
                button.setEnabled(not busy)
        if self.editor is not None:
            self.validate()
