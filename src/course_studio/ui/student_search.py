"""Find a student to enroll: a line edit with a completer over StudentService.search.

Each keystroke (after a short pause) runs the search on the database worker; a result
that arrives after a newer search started is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from ..domain.records import StudentRecord
from .workers import Op

DEBOUNCE_MS = 180
LIMIT = 20
StudentRole = Qt.ItemDataRole.UserRole + 1


def describe(student: StudentRecord) -> str:
    parts = [student.full_name, student.email]
    if student.external_id:
        parts.append(student.external_id)
    return " · ".join(parts)


class StudentSearch(QObject):
    """Attach to a QLineEdit; emits ``picked(StudentRecord)`` or ``cleared()``."""

    picked = Signal(object)
    cleared = Signal()
    searched = Signal(int)  # number of results shown

    def __init__(
        self,
        studio: Any,
        edit: QLineEdit,
        *,
        already_enrolled: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(edit)
        self._studio = studio
        self._edit = edit
        self._already = already_enrolled or (lambda _sid: False)
        self._generation = 0
        self._student: StudentRecord | None = None
        self._setting_text = False
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        edit.textEdited.connect(self._edited)

    @property
    def student(self) -> StudentRecord | None:
        """The student picked from the list, None while the text names nobody."""
        return self._student

    def results(self) -> list[StudentRecord]:
        return [self.model.item(row).data(StudentRole) for row in range(self.model.rowCount())]

    def _edited(self, _text: str) -> None:
        if self._student is not None:
            self._student = None
            self.cleared.emit()
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self._edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show([], generation)
            return
        students = self._studio.students
        Op(self, lambda: students.search(text, limit=LIMIT)).success(
            lambda found: self._show(found, generation)
        ).run()

    def _show(self, found: list[StudentRecord], generation: int) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self.model.clear()
        for student in found:
            label = describe(student)
            if self._already(student.id):
                label += "  (already enrolled)"
            item = QStandardItem(label)
            item.setData(student, StudentRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self.searched.emit(len(found))
        if found and self._edit.hasFocus():
            self.completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        student = index.data(StudentRole)
        if isinstance(student, StudentRecord):
            self.pick(student)

    def pick(self, student: StudentRecord) -> None:
        self._student = student
        # the completer writes its own text first; show the student's name instead
        QTimer.singleShot(0, lambda: self._edit.setText(describe(student)))
        self._edit.setText(describe(student))
        self.picked.emit(student)

    def pick_only_result(self) -> StudentRecord | None:
        """Enter with one match and nothing picked: take that one."""
        if self._student is None and self.model.rowCount() == 1:
            self.pick(self.model.item(0).data(StudentRole))
        return self._student

    def reset(self) -> None:
        self._generation += 1
        self._student = None
        self._edit.clear()
        self.model.clear()
