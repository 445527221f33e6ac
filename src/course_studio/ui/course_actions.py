"""What an instructor can do to a course: new, edit, duplicate, archive, delete.

The actions live here, not in the main window: the window only places them in its
menus and toolbar. Each one opens the course editor or a confirmation and then runs an
undoable command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.enums import CourseStatus
from ..domain.errors import DomainError
from ..domain.records import CourseRecord
from . import icons
from .commands import ArchiveCourse, DeleteCourse
from .course_editor import CourseEditor, EditorMode
from .course_list import CourseListPanel
from .features import show_error
from .undo import UndoRunner


class CourseActions(QObject):
    def __init__(
        self,
        studio: Any,
        runner: UndoRunner,
        courses: CourseListPanel,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.studio = studio
        self.runner = runner
        self.courses = courses
        self.window = window
        self.editor: CourseEditor | None = None
        self.confirmation: QMessageBox | None = None

        def make(text: str, icon: str, slot: Any, tip: str, keys: str | None = None) -> QAction:
            act = QAction(icons.icon(icon), text, window)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            if keys:
                act.setShortcut(QKeySequence(keys))
            return act

        self.new = make(
            self.tr("&New Course…"), "new", self.create, self.tr("Create a course"), "Ctrl+N"
        )
        self.new.setIconText(self.tr("New"))
        self.edit = make(
            self.tr("&Edit Course…"),
            "edit",
            self.edit_current,
            self.tr("Edit the selected course"),
            "Ctrl+E",
        )
        self.edit.setIconText(self.tr("Edit"))
        self.duplicate = make(
            self.tr("D&uplicate Course…"),
            "duplicate",
            self.duplicate_current,
            self.tr("Copy the selected course with its outline"),
            "Ctrl+D",
        )
        self.duplicate.setIconText(self.tr("Duplicate"))
        self.archive = make(
            self.tr("&Archive Course"),
            "archive",
            self.toggle_archive,
            self.tr("Archive the selected course"),
        )
        self.archive.setIconText(self.tr("Archive"))
        self.delete = make(
            self.tr("&Delete Course…"),
            "delete",
            self.delete_current,
            self.tr("Move the selected course to the Trash"),
        )
        self.delete.setIconText(self.tr("Delete"))
        # Del and F2 act on the course only while the course table has the focus
        self.delete_key = QAction(self.tr("Delete course"), courses.table)
        self.delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_key.triggered.connect(self.delete_current)
        courses.table.addAction(self.delete_key)
        self.edit_key = QAction(self.tr("Edit course"), courses.table)
        self.edit_key.setShortcut(QKeySequence("F2"))
        self.edit_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_key.triggered.connect(self.edit_current)
        courses.table.addAction(self.edit_key)
        courses.activated.connect(lambda _record: self.edit_current())
        courses.current_changed.connect(lambda _record: self.update())
        self.update()

    # -- state -----------------------------------------------------------------

    def update(self) -> None:
        record = self.courses.current_record()
        mine = record is not None and self.courses.model.is_mine(record)
        owner = record is not None and record.owner_id == self.studio.me
        self.edit.setEnabled(mine)
        self.edit_key.setEnabled(mine)
        self.duplicate.setEnabled(record is not None)
        self.archive.setEnabled(owner)
        self.delete.setEnabled(owner)
        self.delete_key.setEnabled(owner)
        archived = record is not None and record.status == CourseStatus.ARCHIVED.value
        self.archive.setText(
            self.tr("Un&archive Course") if archived else self.tr("&Archive Course")
        )
        self.archive.setIconText(self.tr("Unarchive") if archived else self.tr("Archive"))
        if record is not None and not mine:
            self.edit.setToolTip(
                self.tr("Edit the selected course. {owner} owns {code}.").format(
                    owner=record.owner_name or self.tr("Another instructor"), code=record.code
                )
            )
        else:
            self.edit.setToolTip(self.tr("Edit the selected course"))

    # -- actions ---------------------------------------------------------------

    def create(self) -> None:
        self._open_editor(EditorMode.CREATE, None)

    def edit_current(self) -> None:
        record = self.courses.current_record()
        if record is None:
            return
        if not self.courses.model.is_mine(record):
            self._refuse(
                self.tr(
                    "{owner} owns {code}; only its teachers can change it. "
                    "You can duplicate it to make your own copy."
                ).format(owner=record.owner_name or self.tr("Another instructor"), code=record.code)
            )
            return
        self._open_editor(EditorMode.EDIT, record)

    def duplicate_current(self) -> None:
        record = self.courses.current_record()
        if record is not None:
            self._open_editor(EditorMode.DUPLICATE, record)

    def toggle_archive(self) -> None:
        record = self.courses.current_record()
        if record is None:
            return
        archive = record.status != CourseStatus.ARCHIVED.value
        self.runner.run(ArchiveCourse(self.studio, record, archive=archive))

    def delete_current(self) -> None:
        record = self.courses.current_record()
        if record is None or record.owner_id != self.studio.me:
            return
        try:
            impact = self._impact(self.studio.courses.impact(record.id))
        except DomainError as exc:
            show_error(self.window, exc, "")
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete course"),
            self.tr("Delete {code} — {title}?").format(code=record.code, title=record.title),
            parent=self.window,
        )
        box.setObjectName("deleteCourseConfirm")
        box.setInformativeText(
            self.tr(
                "{impact} The course moves to the Trash with all of it; you can restore it "
                "from there or undo with Ctrl+Z."
            ).format(impact=impact)
        )
        ok = box.addButton(self.tr("Move to Trash"), QMessageBox.ButtonRole.AcceptRole)
        ok.setObjectName("confirmButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.runner.run(DeleteCourse(self.studio, record)))
        self.confirmation = box
        box.open()

    # -- helpers ---------------------------------------------------------------

    def _impact(self, impact: Any) -> str:
        """'It has 3 enrollments, 2 modules, 7 lessons.' in the user's language."""
        parts = [
            self.tr("%Ln enrollment(s)", "", impact.enrollments) if impact.enrollments else "",
            self.tr("%Ln module(s)", "", impact.modules) if impact.modules else "",
            self.tr("%Ln lesson(s)", "", impact.lessons) if impact.lessons else "",
        ]
        shown = [p for p in parts if p]
        if not shown:
            return self.tr("The course is empty.")
        listed = shown[0]
        if len(shown) > 1:
            listed = self.tr("{list} and {last}").format(list=", ".join(shown[:-1]), last=shown[-1])
        return self.tr("It has {list}.").format(list=listed)

    def _open_editor(self, mode: EditorMode, record: CourseRecord | None) -> None:
        editor = CourseEditor(self.studio, self.runner, mode, record, self.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if mode is not EditorMode.EDIT:
            editor.saved.connect(lambda course: self.courses.select_id(course.id))
        self.editor = editor
        editor.open()

    def _refuse(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Edit course"), message, parent=self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
