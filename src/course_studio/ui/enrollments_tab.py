"""The Enrollments tab: who takes the course, and everything an instructor does to that.

Enroll by searching the student directory, change role or status, promote from the
waitlist, drop or remove, one student or a selection at a time, and import a class
list from a CSV file. Every action runs on the database worker, lands on the undo
stack as a named command and leaves a notification.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import EnrollmentRole, EnrollmentStatus
from ..domain.errors import DomainError
from ..domain.records import EnrollmentRecord, StudentRecord
from ..store import Changes
from . import timefmt
from .errors import show_error
from .i18n import Labels
from .messages import error_text
from .notifier import Notifier
from .record_table import (
    CENTER,
    RIGHT,
    Column,
    CompletionDelegate,
    RecordTableModel,
    Role,
    muted,
)
from .service_command import ServiceCommand, push
from .student_search import StudentSearch
from .workers import Op

ROLE_LABELS = Labels(
    "EnrollmentRole",
    {
        EnrollmentRole.STUDENT.value: QT_TRANSLATE_NOOP("EnrollmentRole", "Student"),
        EnrollmentRole.TA.value: QT_TRANSLATE_NOOP("EnrollmentRole", "Teaching assistant"),
        EnrollmentRole.OBSERVER.value: QT_TRANSLATE_NOOP("EnrollmentRole", "Observer"),
    },
)
STATUS_LABELS = Labels(
    "EnrollmentStatus",
    {
        EnrollmentStatus.ACTIVE.value: QT_TRANSLATE_NOOP("EnrollmentStatus", "Active"),
        EnrollmentStatus.WAITLISTED.value: QT_TRANSLATE_NOOP("EnrollmentStatus", "Waitlisted"),
        EnrollmentStatus.COMPLETED.value: QT_TRANSLATE_NOOP("EnrollmentStatus", "Completed"),
        EnrollmentStatus.DROPPED.value: QT_TRANSLATE_NOOP("EnrollmentStatus", "Dropped"),
    },
)
_STATUS_ORDER = {"active": 0, "completed": 1, "waitlisted": 2, "dropped": 3}


translate = QCoreApplication.translate


def _place(n: int) -> str:
    """'3rd' (the place in the waitlist's queue; '3.' in German)."""
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        text = translate("Enrollments", "{n}th")
    elif n % 10 == 1:
        text = translate("Enrollments", "{n}st")
    elif n % 10 == 2:
        text = translate("Enrollments", "{n}nd")
    else:
        text = translate("Enrollments", "{n}rd")
    return text.format(n=n)


class EnrollmentTableModel(RecordTableModel):
    """A course's enrollments; waitlisted rows are tinted and numbered in order."""

    def __init__(self, now: Callable[[], dt.datetime], parent: Any = None) -> None:
        self._now = now
        self._queue: dict[str, int] = {}
        italic = QFont()
        italic.setItalic(True)
        self._italic = italic
        columns = (
            Column(
                "student", translate("Enrollments", "Student"), lambda r: r.student_name, width=190
            ),
            Column(
                "email", translate("Enrollments", "Email"), lambda r: r.student_email, width=220
            ),
            Column(
                "role",
                translate("Enrollments", "Role"),
                lambda r: ROLE_LABELS.get(r.role, r.role),
                width=130,
            ),
            Column(
                "status",
                translate("Enrollments", "Status"),
                self._status_text,
                sort=lambda r: (_STATUS_ORDER.get(r.status, 9), self._queue.get(r.id, 0)),
                icon=self._status_icon,
                tooltip=self._status_tip,
                export=lambda r: STATUS_LABELS.get(r.status, r.status),
                width=150,
            ),
            Column(
                "completion",
                translate("Enrollments", "Completion"),
                lambda r: timefmt.percent(r.progress),
                sort=lambda r: r.progress,
                value=lambda r: r.progress,
                export=lambda r: round(r.progress, 1),
                width=170,
            ),
            Column(
                "last_activity",
                translate("Enrollments", "Last activity"),
                lambda r: timefmt.relative(r.last_activity_at, self._now()),
                sort=lambda r: r.last_activity_at.timestamp() if r.last_activity_at else -1.0,
                tooltip=lambda r: (
                    timefmt.exact(r.last_activity_at) or translate("Enrollments", "No activity yet")
                ),
                export=lambda r: timefmt.exact(r.last_activity_at),
                width=130,
            ),
            Column(
                "enrolled",
                translate("Enrollments", "Enrolled"),
                lambda r: timefmt.date_text(timefmt.to_local(r.enrolled_at).date()),
                sort=lambda r: r.enrolled_at.timestamp(),
                tooltip=lambda r: timefmt.exact(r.enrolled_at),
                align=RIGHT,
                width=110,
            ),
        )
        super().__init__(
            columns,
            highlight=lambda r: "waitlist" if r.status == "waitlisted" else None,
            font=lambda r: self._italic if r.status == "dropped" else None,
            foreground=lambda r: muted(QApplication.palette()) if r.status == "dropped" else None,
            parent=parent,
        )

    def set_records(self, records: Any) -> None:
        records = list(records)
        waiting = sorted(
            (r for r in records if r.status == "waitlisted"), key=lambda r: (r.enrolled_at, r.id)
        )
        self._queue = {r.id: i for i, r in enumerate(waiting, start=1)}
        super().set_records(records)

    def waitlist_position(self, enrollment_id: str) -> int | None:
        return self._queue.get(enrollment_id)

    def _status_text(self, r: EnrollmentRecord) -> str:
        label = STATUS_LABELS.get(r.status, r.status)
        if r.status == "waitlisted" and r.id in self._queue:
            return f"{label} · {_place(self._queue[r.id])}"
        return label

    def _status_tip(self, r: EnrollmentRecord) -> str | None:
        if r.status == "waitlisted":
            pos = self._queue.get(r.id)
            if pos:
                return translate(
                    "Enrollments",
                    "On the waitlist, number {n} in line. Promote gives a seat when one is free.",
                ).format(n=pos)
            return translate(
                "Enrollments", "On the waitlist. Promote gives a seat when one is free."
            )
        if r.status == "dropped":
            return translate("Enrollments", "Left the course. Their progress is kept.")
        return None

    def _status_icon(self, r: EnrollmentRecord) -> QIcon | None:
        style = QApplication.style()
        if r.status == "waitlisted":
            return style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        if r.status == "completed":
            return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        return None


class EnrollmentFilter(QSortFilterProxyModel):
    """Text (name, email) and status filter over the enrollment model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._text = ""
        self.setSortRole(Role.Sort)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel) or source_row >= model.rowCount():
            return False
        record = model.record(source_row)
        if self._status is not None and record.status != self._status:
            return False
        if self._text:
            hay = f"{record.student_name} {record.student_email}".casefold()
            return all(word in hay for word in self._text.split())
        return True


@dataclass(frozen=True)
class _Change:
    """One kind of change to a selection: its names and its service calls."""

    verb: str  # "Drop {who}"
    past_one: str  # "{name} is dropped"
    past: Callable[[int], str]  # n -> "%Ln students are dropped"
    forward: Callable[[EnrollmentRecord], Any]
    backward: Callable[[EnrollmentRecord], Any]
    applies: Callable[[EnrollmentRecord], bool]


class EnrollmentsTab(QWidget):
    def __init__(
        self,
        studio: Any,
        hub: Any,
        notifier: Notifier,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentsTab")
        self._studio = studio
        self._notifier = notifier
        self._undo_stack = undo_stack
        self._course_id: str | None = None
        self._course: Any = None
        self._generation = 0
        self._wizard: Any = None
        self.loaded_course: str | None = None

        self.model = EnrollmentTableModel(self._now, self)
        self.proxy = EnrollmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        hub.changed.connect(self._on_changes)
        self.set_course(None)

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        # enroll bar
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find a student by name, email or SIS id…"))
        self.find_edit.setAccessibleName(self.tr("Find a student to enroll"))
        self.find_edit.setClearButtonEnabled(True)
        self.search = StudentSearch(
            self._studio, self.find_edit, already_enrolled=self._is_enrolled
        )
        self.search.picked.connect(lambda _s: self._update_actions())
        self.search.cleared.connect(self._update_actions)
        self.find_edit.returnPressed.connect(self._enroll_from_field)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role for the new enrollment"))
        for value, label in ROLE_LABELS.items():
            self.role_combo.addItem(label, value)
        self.enroll_button = QPushButton(self.tr("Enroll"))
        self.enroll_button.setAccessibleName(self.tr("Enroll the chosen student"))
        self.enroll_button.clicked.connect(self._enroll_from_field)
        self.import_button = QPushButton(self.tr("Import class list…"))
        self.import_button.setAccessibleName(self.tr("Enroll students from a CSV file"))
        self.import_button.setToolTip(self.tr("Enroll many students at once from a CSV file"))
        self.import_button.clicked.connect(self.open_import_wizard)
        self.enroll_message = QLabel()
        self.enroll_message.setObjectName("enrollMessage")
        self.enroll_message.setWordWrap(True)
        self.enroll_message.setVisible(False)

        enroll_row = QHBoxLayout()
        find_label = QLabel(self.tr("&Enroll:"))
        find_label.setBuddy(self.find_edit)
        enroll_row.addWidget(find_label)
        enroll_row.addWidget(self.find_edit, 3)
        enroll_row.addWidget(QLabel(self.tr("as")))
        enroll_row.addWidget(self.role_combo)
        enroll_row.addWidget(self.enroll_button)
        enroll_row.addSpacing(16)
        enroll_row.addStretch(1)
        enroll_row.addWidget(self.import_button)

        # filter bar
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or email"))
        self.filter_edit.setAccessibleName(self.tr("Filter enrollments"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Show enrollments with status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for value, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, value)
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_combo.currentData())
        )
        self.counts = QLabel()
        self.counts.setObjectName("enrollmentCounts")
        self.counts.setAlignment(RIGHT)
        self.counts.setWordWrap(True)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 2)
        filter_row.addWidget(self.status_combo)
        filter_row.addStretch(1)
        filter_row.addWidget(self.counts)

        # the table
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("enrollmentsView")
        self.view.setAccessibleName(self.tr("Enrollments"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(False)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
        header.setSectionResizeMode(self.model.column_of("email"), QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(
            self.model.column_of("completion"), CompletionDelegate(self.view)
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        # actions on the selection
        self.role_menu = QMenu(self.tr("Change role"), self)
        for value, label in ROLE_LABELS.items():
            act = self.role_menu.addAction(label)
            act.triggered.connect(lambda _c=False, v=value: self.change_role(v))
        self.status_menu = QMenu(self.tr("Change status"), self)
        for value in ("active", "completed", "dropped"):
            act = self.status_menu.addAction(STATUS_LABELS[value])
            act.triggered.connect(lambda _c=False, v=value: self.change_status(v))
        self.promote_action = self._action(
            self.tr("Promote from waitlist"),
            self.promote,
            "Ctrl+P",
            self.tr("Give the selected waitlisted students a seat"),
        )
        self.drop_action = self._action(
            self.tr("Drop"),
            self.drop,
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.tr("The student leaves the course; their progress is kept"),
        )
        self.remove_action = self._action(
            self.tr("Remove"),
            self.remove,
            "Shift+Del",
            self.tr("Take an enrollment made by mistake away entirely"),
        )
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setWordWrap(True)  # a longer language wraps, never widens
        role_button = self._menu_button(self.tr("Role"), self.role_menu)
        status_button = self._menu_button(self.tr("Status"), self.status_menu)
        self._menu_buttons = (role_button, status_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.selection_label, 1)
        action_row.addWidget(role_button)
        action_row.addWidget(status_button)
        for action in (self.promote_action, self.drop_action, self.remove_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            action_row.addWidget(button)

        self.empty_label = QLabel(self.tr("Pick a course to see who is enrolled."))
        self.empty_label.setAlignment(CENTER)
        self.empty_label.setObjectName("emptyLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(enroll_row)
        layout.addWidget(self.enroll_message)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(action_row)
        self.setTabOrder(self.find_edit, self.role_combo)
        self.setTabOrder(self.role_combo, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.import_button)
        self.setTabOrder(self.import_button, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.view)

    def _action(self, text: str, slot: Callable[[], None], shortcut: Any, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _menu_button(self, text: str, menu: QMenu) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(menu.title())
        button.setToolTip(menu.title())
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    # -- course and data ---------------------------------------------------------

    def set_course(self, course_id: str | None) -> None:
        self._course_id = course_id
        self._course = None
        self.search.reset()
        self.enroll_message.setVisible(False)
        has = course_id is not None
        for widget in (self.view, self.find_edit, self.role_combo, self.filter_edit):
            widget.setEnabled(has)
        self.view.setVisible(has)
        self.empty_label.setVisible(not has)
        self.import_button.setEnabled(has)
        if not has:
            self._generation += 1
            self.model.set_records([])
            self.loaded_course = None
            self._update_counts()
            self._update_actions()
            return
        self.reload()

    @property
    def course_id(self) -> str | None:
        return self._course_id

    def reload(self) -> None:
        course_id = self._course_id
        if course_id is None:
            return
        self._generation += 1
        generation = self._generation
        studio = self._studio

        def load() -> tuple[Any, builtins.list[EnrollmentRecord]]:
            return studio.courses.get(course_id), studio.enrollments.list(course_id)

        Op(self, load).success(lambda result: self._loaded(generation, course_id, *result)).failure(
            lambda exc: self._load_failed(generation, exc)
        ).run()

    def _loaded(
        self, generation: int, course_id: str, course: Any, records: list[EnrollmentRecord]
    ) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        selected = self.selected_ids()
        current = self._current_id()
        self._course = course
        self.model.set_records(records)
        self._restore_selection(selected, current)
        self.loaded_course = course_id
        self._update_counts()
        self._update_actions()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, DomainError):  # the course went away meanwhile
            self.model.set_records([])
            self.counts.setText(error_text(exc))
            return
        show_error(self, exc)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self._course_id is None:
            return
        if changes.enrollments or changes.students or changes.progress or changes.courses:
            self.reload()

    def _now(self) -> dt.datetime:
        return self._studio.context.clock()  # type: ignore[no-any-return]

    def _is_enrolled(self, student_id: str) -> bool:
        return any(r.student_id == student_id for r in self.model.records())

    # -- selection ---------------------------------------------------------------

    def selected(self) -> list[EnrollmentRecord]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        records = [self.proxy.data(i, Role.Record) for i in rows]
        return sorted(
            (r for r in records if isinstance(r, EnrollmentRecord)),
            key=lambda r: (r.student_name.casefold(), r.id),
        )

    def selected_ids(self) -> list[str]:
        return [r.id for r in self.selected()]

    def _current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, Role.Id) if index.isValid() else None

    def select_ids(self, ids: Sequence[str]) -> None:
        self._restore_selection(list(ids), ids[0] if ids else None)

    def _restore_selection(self, ids: list[str], current: str | None) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for record_id in ids:
            index = self._proxy_index(record_id)
            if index.isValid():
                selection.select(index, flags)
        if current is not None:
            index = self._proxy_index(current)
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.view.scrollTo(index)

    def _proxy_index(self, record_id: str) -> QModelIndex:
        row = self.model.row_of(record_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _update_counts(self) -> None:
        records = self.model.records()
        if self._course_id is None:
            self.counts.setText("")
            return
        seated = sum(
            1 for r in records if r.role == "student" and r.status in ("active", "completed")
        )
        waiting = sum(1 for r in records if r.status == "waitlisted")
        staff = sum(1 for r in records if r.role != "student")
        capacity = getattr(self._course, "capacity", None)
        parts = [
            self.tr("{seated} enrolled of %Ln seat(s)", "", capacity).format(
                seated=timefmt.number(seated)
            )
            if capacity
            else self.tr("{seated} enrolled").format(seated=timefmt.number(seated))
        ]
        if waiting:
            parts.append(self.tr("%Ln on the waitlist", "", waiting))
        if staff:
            parts.append(self.tr("%Ln staff", "", staff))
        self.counts.setText(" · ".join(parts))

    def _update_actions(self) -> None:
        chosen = self.selected()
        has = bool(chosen)
        self.drop_action.setEnabled(any(r.status != "dropped" for r in chosen))
        self.remove_action.setEnabled(has)
        self.promote_action.setEnabled(any(r.status == "waitlisted" for r in chosen))
        for button in self._menu_buttons:
            button.setEnabled(has)
        if not has:
            self.selection_label.setText(self.tr("Select students to change their role or status."))
        else:
            self.selection_label.setText(
                self.tr("{name} selected").format(name=chosen[0].student_name)
                if len(chosen) == 1
                else self.tr("%Ln student(s) selected", "", len(chosen))
            )
        self.enroll_button.setEnabled(self._course_id is not None and bool(self.find_edit.text()))

    def _context_menu(self, pos: Any) -> None:
        if not self.selected():
            return
        menu = QMenu(self)
        menu.addMenu(self.role_menu)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        menu.addAction(self.promote_action)
        menu.addAction(self.drop_action)
        menu.addAction(self.remove_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- enrolling one student ---------------------------------------------------

    def _enroll_from_field(self) -> None:
        student = self.search.student or self.search.pick_only_result()
        if student is None:
            if self.find_edit.text().strip():
                self._say(
                    self.tr("Pick a student from the list that appears as you type."), ok=False
                )
                self.search.search_now()
            return
        self.enroll(student, self.role_combo.currentData())

    def enroll(self, student: StudentRecord, role: str = "student") -> None:
        course_id = self._course_id
        if course_id is None:
            return
        enrollments = self._studio.enrollments
        name = student.full_name
        self.enroll_button.setEnabled(False)

        def done(record: EnrollmentRecord) -> None:
            command = ServiceCommand(
                self.tr("Enroll {name}").format(name=name),
                redo=lambda: enrollments.restore(record.id),
                undo=lambda: enrollments.remove(record.id),
                runner=self._run_command,
            )
            undo = push(self._undo_stack, command)
            code = record.course_code
            if record.status == "waitlisted":
                summary = self.tr("{name} is on the waitlist for {code}: the course is full.")
            else:
                summary = self.tr("{name} is enrolled in {code}.")
            summary = summary.format(name=name, code=code)
            self.search.reset()
            self._say("")
            self._notifier.notify(self.tr("Enroll"), summary, undo=undo)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._update_actions()
            if isinstance(exc, DomainError):
                self._say(error_text(exc), ok=False)
                self._notifier.notify(
                    self.tr("Enroll"),
                    self.tr("{name} was not enrolled: {reason}").format(
                        name=name, reason=error_text(exc)
                    ),
                    ok=False,
                )
            else:
                self._unexpected(
                    self.tr("Enroll"),
                    self.tr("{name} was not enrolled.").format(name=name),
                    exc,
                    op,
                )

        op = Op(self, lambda: enrollments.enroll(course_id, student.id, role))
        op.success(done).failure(failed).run()

    def _say(self, text: str, *, ok: bool = True) -> None:
        self.enroll_message.setText(text)
        self.enroll_message.setVisible(bool(text))
        self.enroll_message.setProperty("error", not ok)

    # -- changing a selection ----------------------------------------------------

    def change_role(self, role: str) -> None:
        enrollments = self._studio.enrollments
        label = ROLE_LABELS.get(role, role)
        self._apply(
            _Change(
                self.tr("Change role of {who} to “{role}”").replace("{role}", label),
                self.tr("{name} is now in the role “{role}”").replace("{role}", label),
                lambda n: self.tr("%Ln student(s) are now in the role “{role}”", "", n).format(
                    role=label
                ),
                lambda r: enrollments.change_role(r.id, role),
                lambda r: enrollments.change_role(r.id, r.role),
                lambda r: r.role != role,
            ),
            self.tr("Change role"),
        )

    def change_status(self, status: str) -> None:
        enrollments = self._studio.enrollments
        label = STATUS_LABELS.get(status, status)
        self._apply(
            _Change(
                self.tr("Mark {who} as “{status}”").replace("{status}", label),
                self.tr("{name} is marked as “{status}”").replace("{status}", label),
                lambda n: self.tr("%Ln student(s) are marked as “{status}”", "", n).format(
                    status=label
                ),
                lambda r: enrollments.change_status(r.id, status),
                lambda r: enrollments.change_status(r.id, r.status),
                lambda r: r.status != status,
            ),
            self.tr("Change status"),
        )

    def drop(self) -> None:
        enrollments = self._studio.enrollments
        self._apply(
            _Change(
                self.tr("Drop {who}"),
                self.tr("{name} is dropped (their progress is kept)"),
                lambda n: self.tr("%Ln student(s) are dropped (their progress is kept)", "", n),
                lambda r: enrollments.drop(r.id),
                lambda r: enrollments.change_status(r.id, r.status),
                lambda r: r.status != "dropped",
            ),
            self.tr("Drop"),
        )

    def promote(self) -> None:
        enrollments = self._studio.enrollments
        self._apply(
            _Change(
                self.tr("Promote {who}"),
                self.tr("{name} is promoted from the waitlist"),
                lambda n: self.tr("%Ln student(s) are promoted from the waitlist", "", n),
                lambda r: enrollments.promote(r.id),
                lambda r: enrollments.change_status(r.id, "waitlisted"),
                lambda r: r.status == "waitlisted",
            ),
            self.tr("Promote"),
        )

    def remove(self) -> None:
        enrollments = self._studio.enrollments
        self._apply(
            _Change(
                self.tr("Remove {who}"),
                self.tr("{name} is removed from the course"),
                lambda n: self.tr("%Ln student(s) are removed from the course", "", n),
                lambda r: enrollments.remove(r.id),
                lambda r: enrollments.restore(r.id),
                lambda r: True,
            ),
            self.tr("Remove"),
        )

    def _apply(self, change: _Change, action: str) -> None:
        chosen = [r for r in self.selected() if change.applies(r)]
        if not chosen:
            return
        keep = [r.id for r in chosen]

        def work() -> tuple[list[EnrollmentRecord], list[tuple[EnrollmentRecord, str]]]:
            done: list[EnrollmentRecord] = []
            failed: list[tuple[EnrollmentRecord, str]] = []
            for record in chosen:  # each its own transaction: a full course stops some
                try:
                    change.forward(record)
                except DomainError as exc:
                    failed.append((record, error_text(exc)))
                else:
                    done.append(record)
            return done, failed

        def finished(
            result: tuple[list[EnrollmentRecord], list[tuple[EnrollmentRecord, str]]],
        ) -> None:
            done, failed = result
            undo = None
            if done:
                who = (
                    done[0].student_name
                    if len(done) == 1
                    else self.tr("%Ln student(s)", "", len(done))
                )
                command = ServiceCommand(
                    change.verb.format(who=who),
                    redo=lambda: _each(done, change.forward),
                    undo=lambda: _each(list(reversed(done)), change.backward),
                    runner=self._run_command,
                )
                undo = push(self._undo_stack, command)
            self._notifier.notify(
                action,
                _summary(done, failed, change.past_one, change.past),
                ok=not failed,
                details="\n".join(f"{r.student_name}: {msg}" for r, msg in failed),
                undo=undo,
            )
            if failed and not done:
                show_error(self, DomainError(failed[0][1]))  # already translated
            self.select_ids(keep)
            self.reload()

        op = Op(self, work)
        op.success(finished).failure(
            lambda exc: self._unexpected(action, self.tr("The change was not made."), exc, op)
        ).run()

    # -- undo and redo -----------------------------------------------------------

    def _run_command(self, kind: str, text: str, fn: Callable[[], Any]) -> None:
        def done(_result: Any) -> None:
            done_text = (
                self.tr("Undid: {change}.") if kind == "Undo" else self.tr("Redid: {change}.")
            )
            self._notifier.notify(_kind(kind), done_text.format(change=text))
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                failed_text = (
                    self.tr("Could not undo “{change}”: {reason}")
                    if kind == "Undo"
                    else self.tr("Could not redo “{change}”: {reason}")
                )
                self._notifier.notify(
                    _kind(kind), failed_text.format(change=text, reason=error_text(exc)), ok=False
                )
                show_error(self, exc)
            else:
                failed_text = (
                    self.tr("Could not undo “{change}”.")
                    if kind == "Undo"
                    else self.tr("Could not redo “{change}”.")
                )
                self._unexpected(_kind(kind), failed_text.format(change=text), exc, op)
            self.reload()

        op = Op(self, fn)
        op.success(done).failure(failed).run()

    def _unexpected(self, action: str, summary: str, exc: BaseException, op: Op[Any]) -> None:
        self._notifier.notify(action, summary, ok=False, details=op.trace or repr(exc))
        show_error(self, exc, op.trace)

    # -- import ------------------------------------------------------------------

    def open_import_wizard(self) -> Any:
        if self._course_id is None:
            return None
        from .bulk_enroll_wizard import BulkEnrollWizard

        wizard = BulkEnrollWizard(
            self._studio, self._course_id, self._notifier, self._undo_stack, self._run_command, self
        )
        wizard.finished.connect(lambda _r: self.reload())
        self._wizard = wizard
        wizard.open()
        return wizard


def _each(records: Sequence[EnrollmentRecord], call: Callable[[EnrollmentRecord], Any]) -> None:
    for record in records:
        call(record)


def _summary(
    done: Sequence[EnrollmentRecord],
    failed: Sequence[tuple[EnrollmentRecord, str]],
    past_one: str,
    past: Callable[[int], str],
) -> str:
    if done and not failed:
        if len(done) == 1:
            return translate("Enrollments", "{what}.").format(
                what=past_one.format(name=done[0].student_name)
            )
        return translate("Enrollments", "{what}.").format(what=past(len(done)))
    if failed and not done:
        if len(failed) == 1:
            return translate("Enrollments", "{name} was not changed: {reason}").format(
                name=failed[0][0].student_name, reason=failed[0][1]
            )
        return translate(
            "Enrollments", "None of the %Ln students was changed: {reason}", "", len(failed)
        ).format(reason=failed[0][1])
    return translate(
        "Enrollments", "{what}; %Ln could not be changed: {reason}", "", len(failed)
    ).format(what=past(len(done)), reason=failed[0][1])


def _kind(kind: str) -> str:
    """'Undo' / 'Redo' as shown."""
    return translate("Enrollments", "Undo") if kind == "Undo" else translate("Enrollments", "Redo")
