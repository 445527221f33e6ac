"""The Outline tab: the tree of modules and lessons, and the details of the selected one.

Add, rename in place (F2), delete (to the Trash), reorder by drag and drop or with
Alt+Up / Alt+Down, and edit a lesson's kind, length and text. Every change is an
undoable command; the tree reloads when the store reports an outline change and keeps
what was expanded and selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain import rules
from ..domain.enums import LessonKind
from ..domain.errors import DomainError, ValidationError
from ..domain.records import LessonRecord
from ..store import Changes
from . import icons
from .commands import (
    AddLesson,
    AddModule,
    DeleteLesson,
    DeleteModule,
    EditLesson,
    MoveLesson,
    MoveModule,
    RenameModule,
)
from .features import show_error
from .messages import error_text
from .outline_model import KIND_LABELS, LESSON, MODULE, MoveRequest, OutlineModel, OutlineRole
from .undo import UndoRunner
from .widgets import FieldMessage, label, muted_label


class LessonDetails(QWidget):
    """Edit the selected lesson: title, kind, length and text, saved as one change."""

    save_requested = Signal(str, dict, dict)  # lesson id, before, after

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson: LessonRecord | None = None
        self._editable = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(8)
        self.heading = label(self.tr("Lesson"), "section")
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Lesson title"))
        self.title_message = FieldMessage()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Lesson type"))
        for kind in LessonKind:
            self.kind.addItem(lesson_kind_icon(kind.value), KIND_LABELS[kind.value], kind.value)
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("Minutes, or empty"))
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        self.duration_message = FieldMessage()
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Lesson content"))
        self.body.setPlaceholderText(self.tr("The lesson's text (HTML or plain text)"))
        self.body.setTabChangesFocus(True)
        self.body_message = FieldMessage()
        form.addRow(self.tr("Title:"), _stacked(self.title, self.title_message))
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Length:"), _stacked(self.duration, self.duration_message))
        layout.addWidget(muted_label(self.tr("Content")))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.body_message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert lesson changes"))
        self.save_button = QPushButton(self.tr("Save lesson"))
        self.save_button.setAccessibleName(self.tr("Save lesson"))
        self.save_button.setDefault(True)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.title.textChanged.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)
        self.duration.textChanged.connect(self.validate)
        self.body.textChanged.connect(self.validate)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

    def show_lesson(self, lesson: LessonRecord | None, *, editable: bool) -> None:
        same = lesson is not None and self._lesson is not None and lesson.id == self._lesson.id
        if same and self.changes():
            # keep what the instructor is typing; only the record underneath moves on
            self._lesson = lesson
            self.validate()
            return
        self._lesson = lesson
        self._editable = editable
        for widget in (self.title, self.duration):
            widget.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        self.kind.setEnabled(editable)
        if lesson is None:
            return
        self.heading.setText(self.tr("Lesson: {title}").format(title=lesson.title))
        self.title.setText(lesson.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(lesson.kind)))
        self.duration.setText(
            "" if lesson.duration_minutes is None else str(lesson.duration_minutes)
        )
        self.body.setPlainText(lesson.body)
        self.validate()

    def values(self) -> dict[str, Any]:
        return {
            "title": rules.check_title(self.title.text(), "title", "lesson"),
            "kind": rules.check_lesson_kind(self.kind.currentData()),
            "duration_minutes": rules.check_duration(self.duration.text()),
            "body": rules.check_body(self.body.toPlainText()),
        }

    def changes(self) -> dict[str, Any]:
        if self._lesson is None:
            return {}
        try:
            values = self.values()
        except ValidationError:
            return {"invalid": True}
        return {k: v for k, v in values.items() if getattr(self._lesson, k) != v}

    def validate(self) -> bool:
        messages = {"title": "", "duration_minutes": "", "body": ""}
        checks = (
            ("title", lambda: rules.check_title(self.title.text(), "title", "lesson")),
            ("duration_minutes", lambda: rules.check_duration(self.duration.text())),
            ("body", lambda: rules.check_body(self.body.toPlainText())),
        )
        for name, check in checks:
            try:
                check()
            except ValidationError as exc:
                messages[name] = error_text(exc)
        self.title_message.show_message(messages["title"])
        self.duration_message.show_message(messages["duration_minutes"])
        self.body_message.show_message(messages["body"])
        ok = not any(messages.values())
        changed = bool(self.changes())
        self.save_button.setEnabled(self._editable and ok and changed)
        self.revert_button.setEnabled(self._editable and changed)
        return ok

    def save(self) -> None:
        if self._lesson is None or not self.validate():
            return
        after = self.changes()
        if not after:
            return
        before = {k: getattr(self._lesson, k) for k in after}
        self.save_requested.emit(self._lesson.id, before, after)

    def revert(self) -> None:
        lesson, self._lesson = self._lesson, None
        self.show_lesson(lesson, editable=self._editable)


class ModuleDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        self.heading = label("", "section", wrap=True)
        self.summary = muted_label(wrap=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Press F2 to rename, Alt+Up or Alt+Down to move, Delete to move it to "
                    "the Trash with its lessons. Drag lessons between modules to reorder."
                ),
                wrap=True,
            )
        )
        layout.addStretch(1)

    def show_module(self, title: str, lessons: int, length: str) -> None:
        self.heading.setText(self.tr("Module: {title}").format(title=title))
        if length:
            summary = self.tr("%Ln lesson(s), {length} in all.", "", lessons).format(length=length)
        else:
            summary = self.tr("%Ln lesson(s).", "", lessons)
        self.summary.setText(summary)


def _stacked(field: QWidget, message: QWidget) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(message)
    return holder


def lesson_kind_icon(kind: str) -> Any:
    return icons.icon(kind if kind in KIND_LABELS else "page")


class OutlineTree(QTreeView):
    """The outline view: drag and drop inside itself only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineTree")
        self.setAccessibleName(self.tr("Course outline"))
        self.setHeaderHidden(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAnimated(False)
        self.setAllColumnsShowFocus(True)


class OutlineTab(QWidget):
    """Outline editor for one course."""

    def __init__(
        self,
        studio: Any,
        hub: Any,
        runner: UndoRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.studio = studio
        self.runner = runner
        self.setObjectName("outlineTab")
        self.course_id: str | None = None
        self._pending_select: str | None = None
        self._expanded: set[str] = set()
        self._selected: str | None = None
        self.model = OutlineModel(self._fetch, self)
        self.model.move_requested.connect(self.move_item)
        self.model.rename_requested.connect(self._rename)
        self.model.refused.connect(self._refused)
        hub.changed.connect(self._store_changed)
        self._build()
        # after the view and its selection model, so their own reset runs first
        self.model.modelAboutToBeReset.connect(self._remember_state)
        self.model.modelReset.connect(self._restore_state)
        self._update_actions()

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.toolbar = QToolBar(self.tr("Outline"))
        self.toolbar.setObjectName("paneToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(
            self.toolbar.iconSize().scaled(18, 18, Qt.AspectRatioMode.KeepAspectRatio)
        )
        layout.addWidget(self.toolbar)
        self.readonly_note = muted_label(wrap=True)
        self.readonly_note.setVisible(False)
        layout.addWidget(self.readonly_note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("outlineSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.tree = OutlineTree()
        self.tree.setModel(self.model)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.splitter.addWidget(self.tree)
        self.details = QStackedWidget()
        self.empty_details = muted_label(
            self.tr("Select a module or lesson to see its details."), wrap=True
        )
        self.empty_details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.module_details = ModuleDetails()
        self.lesson_details = LessonDetails()
        self.lesson_details.save_requested.connect(self._save_lesson)
        for page in (self.empty_details, self.module_details, self.lesson_details):
            self.details.addWidget(page)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        selection = self.tree.selectionModel()
        selection.currentChanged.connect(self._current_changed)

        def action(
            text: str, icon: str, slot: Any, keys: list[str] | None = None, tip: str = ""
        ) -> QAction:
            act = QAction(icons.icon(icon), text, self)
            act.triggered.connect(slot)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.tree.addAction(act)
            shown = ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys or []
            )
            act.setToolTip(
                self.tr("{tip} ({keys})").format(tip=tip or text, keys=shown)
                if shown
                else tip or text
            )
            return act

        self.add_module_action = action(
            self.tr("Module"),
            "add-module",
            self.add_module,
            ["Ctrl+Shift+M"],
            self.tr("Add a module"),
        )
        self.add_lesson_action = action(
            self.tr("Lesson"),
            "add-lesson",
            self.add_lesson,
            ["Ctrl+Shift+L"],
            self.tr("Add a lesson"),
        )
        self.rename_action = action(
            self.tr("Rename"), "rename", self.rename, ["F2"], self.tr("Rename in place")
        )
        self.delete_action = action(
            self.tr("Delete"), "delete", self.delete, ["Del"], self.tr("Move to the Trash")
        )
        self.up_action = action(
            self.tr("Up"), "up", lambda: self.step(-1), ["Alt+Up"], self.tr("Move up")
        )
        self.down_action = action(
            self.tr("Down"), "down", lambda: self.step(1), ["Alt+Down"], self.tr("Move down")
        )
        for act in (self.add_module_action, self.add_lesson_action):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        for act in (self.rename_action, self.delete_action, self.up_action, self.down_action):
            self.toolbar.addAction(act)
        for act in self.toolbar.actions():
            button = self.toolbar.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(act.toolTip())

    # -- course ----------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        """Whether the instructor may change this course's outline."""
        self.model.set_editable(editable)
        self.readonly_note.setText(
            ""
            if editable
            else self.tr("You do not teach this course, so its outline is read-only.")
        )
        self.readonly_note.setVisible(not editable)
        self._update_actions()

    def set_course(self, course_id: str | None) -> None:
        if course_id != self.course_id:
            self._expanded = set()
            self._selected = None
        self.course_id = course_id
        self.model.set_course(course_id)
        if course_id is not None and not self._expanded:
            self.tree.expandAll()
        self._update_actions()

    def _fetch(self, course_id: str) -> list[Any]:
        try:
            modules: list[Any] = self.studio.outline.outline(course_id)
        except DomainError:  # the course went to the Trash meanwhile
            modules = []
        return modules

    def _store_changed(self, changes: Changes) -> None:
        if self.course_id is not None and (changes.outline or changes.courses):
            self.model.reload()

    # -- keeping the tree's state across reloads -------------------------------

    def _remember_state(self) -> None:
        self._expanded = {
            self.model.data(self.model.index(row, 0), OutlineRole.ID)
            for row in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(row, 0))
        }
        current = self.tree.currentIndex()
        self._selected = self.model.data(current, OutlineRole.ID) if current.isValid() else None

    def _restore_state(self) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.data(index, OutlineRole.ID) in self._expanded:
                self.tree.expand(index)
        target = self._pending_select or self._selected
        if target is not None:
            index = self.model.find(target)
            if index.isValid():
                self.select(index)
                if target == self._pending_select:
                    self._pending_select = None
        self._show_details(self.tree.currentIndex())
        self._update_actions()

    def select(self, index: QModelIndex) -> None:
        parent = index.parent()
        if parent.isValid():
            self.tree.expand(parent)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def select_id(self, item_id: str, *, edit: bool = False) -> None:
        index = self.model.find(item_id)
        if not index.isValid():
            self._pending_select = item_id
            return
        self.select(index)
        if edit:
            self.tree.edit(index)

    # -- selection and details -------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current)
        self._update_actions()

    def _show_details(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0) if index.isValid() else index
        kind = self.model.item_kind(index)
        if kind == MODULE:
            module = self.model.module_at(index)
            assert module is not None
            self.module_details.show_module(
                module.record.title,
                len(module.lessons),
                self.model.data(index.siblingAtColumn(2)) or "",
            )
            self.details.setCurrentWidget(self.module_details)
        elif kind == LESSON:
            lesson = self.model.lesson_at(index)
            self.lesson_details.show_lesson(lesson, editable=self.model.editable)
            self.details.setCurrentWidget(self.lesson_details)
        else:
            self.details.setCurrentWidget(self.empty_details)

    def _update_actions(self) -> None:
        editable = self.course_id is not None and self.model.editable
        current = self.tree.currentIndex()
        has_item = current.isValid()
        self.add_module_action.setEnabled(editable)
        self.add_lesson_action.setEnabled(editable and self.model.module_count() > 0)
        for act in (self.rename_action, self.delete_action):
            act.setEnabled(editable and has_item)
        self.up_action.setEnabled(editable and self.model.step_move(current, -1) is not None)
        self.down_action.setEnabled(editable and self.model.step_move(current, 1) is not None)

    # -- actions ---------------------------------------------------------------

    def add_module(self) -> None:
        if self.course_id is None:
            return
        current = self.tree.currentIndex()
        index = None
        if current.isValid():
            top = current if self.model.item_kind(current) == MODULE else current.parent()
            index = top.row() + 1
        command = AddModule(self.studio, self.course_id, self.tr("New module"), index)
        self.runner.run(command, on_done=lambda m: self.select_id(m.id, edit=True))

    def add_lesson(self) -> None:
        current = self.tree.currentIndex().siblingAtColumn(0)
        kind = self.model.item_kind(current)
        if kind == MODULE:
            module_index, position = current, None
        elif kind == LESSON:
            module_index, position = current.parent(), current.row() + 1
        elif self.model.module_count():
            module_index, position = self.model.index(self.model.module_count() - 1, 0), None
        else:
            return
        module_id = self.model.data(module_index, OutlineRole.ID)
        command = AddLesson(
            self.studio, module_id, self.tr("New lesson"), LessonKind.PAGE.value, position
        )
        self.runner.run(command, on_done=lambda lesson: self.select_id(lesson.id, edit=True))

    def rename(self) -> None:
        current = self.tree.currentIndex()
        if current.isValid():
            self.tree.edit(current.siblingAtColumn(0))

    def delete(self) -> None:
        current = self.tree.currentIndex().siblingAtColumn(0)
        kind = self.model.item_kind(current)
        if kind == MODULE:
            module = self.model.module_at(current)
            assert module is not None
            command: DeleteModule | DeleteLesson = DeleteModule(
                self.studio, module.record.id, module.record.title, len(module.lessons)
            )
        elif kind == LESSON:
            lesson = self.model.lesson_at(current)
            assert lesson is not None
            command = DeleteLesson(self.studio, lesson.id, lesson.title)
        else:
            return
        self.runner.run(command)

    def step(self, delta: int) -> None:
        request = self.model.step_move(self.tree.currentIndex().siblingAtColumn(0), delta)
        if request is not None:
            self.move_item(request)

    def move_item(self, request: MoveRequest) -> None:
        command: MoveModule | MoveLesson
        if request.item_kind == MODULE:
            command = MoveModule(self.studio, request.item_id, request.from_index, request.to_index)
        else:
            command = MoveLesson(
                self.studio,
                request.item_id,
                (request.from_parent, request.from_index),
                (request.to_parent, request.to_index),
            )
        self._pending_select = request.item_id
        self.runner.run(command)

    def _rename(self, kind: str, item_id: str, old: str, new: str) -> None:
        command: RenameModule | EditLesson
        if kind == MODULE:
            command = RenameModule(self.studio, item_id, old, new)
        else:
            command = EditLesson(self.studio, item_id, {"title": old}, {"title": new})

        def put_back(_exc: BaseException) -> bool:
            self.model.reload()  # the stored title comes back
            return False  # and the runner shows why

        self.runner.run(command, on_error=put_back)

    def _save_lesson(self, lesson_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        self.runner.run(EditLesson(self.studio, lesson_id, before, after))

    def _refused(self, message: str) -> None:
        show_error(self, ValidationError(message, "title"), "")
