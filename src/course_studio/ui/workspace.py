"""The window's centre: the sidebar of places and saved filters beside either the
course list (with the selected course below it) or the All enrollments page.

    +-----------+--------------------------------------------------+
    | COURSES   |  [search courses ...................]  60 courses |
    | My courses|  [Status][Term][Category][Tags]...               |
    | All       |  course table                                     |
    | saved ... |--------------------------------------------------|
    | ENROLLM.  |  course detail (Overview, Outline, ...)           |
    | All enr.  |                                                   |
    +-----------+--------------------------------------------------+

:class:`Workspace` wires them: a click in the sidebar switches the page and puts
the saved filter's text in that page's search box; typing in a box moves the
sidebar's highlight to the saved filter with that text (or to the page's place);
"My courses" (the default) and "All courses" set the course list's scope. It also
owns the actions the main window puts in its menus: View › Courses (Ctrl+1),
View › All Enrollments (Ctrl+2), View › Sidebar, Edit › Save Filter… (Ctrl+Shift+S).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..query import canonical
from ..store import Changes
from . import icons
from .all_enrollments import AllEnrollmentsPage
from .course_list import CourseListPanel
from .errors import show_error
from .loading import LatestLoader
from .saved_filters_panel import (
    ALL_COURSES,
    COURSES,
    ENROLLMENTS,
    MY_COURSES,
    Place,
    SavedFiltersPanel,
)
from .undo import UndoRunner


class Workspace(QSplitter):
    def __init__(
        self,
        studio: Any,
        hub: Any,
        runner: UndoRunner,
        courses: CourseListPanel,
        course_page: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace")
        self.setChildrenCollapsible(False)
        self.setHandleWidth(6)
        self._studio = studio
        self.courses = courses
        self.course_page = course_page
        self._dialog: QInputDialog | None = None

        self.sidebar = SavedFiltersPanel(studio, hub, runner)
        self.sidebar.setMinimumWidth(130)
        self.enrollments = AllEnrollmentsPage(studio, hub)
        holder = QWidget()
        holder.setObjectName("allEnrollmentsPage")
        box = QVBoxLayout(holder)
        box.setContentsMargins(10, 8, 10, 4)
        box.addWidget(self.enrollments)
        self.stack = QStackedWidget()
        self.stack.addWidget(course_page)
        self.stack.addWidget(holder)
        self.addWidget(self.sidebar)
        self.addWidget(self.stack)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        # wide enough for the longest place and its count in this language
        longest = QCoreApplication.translate("SavedFilters", "All enrollments") + "  000.000"
        side = max(210, self.sidebar.fontMetrics().horizontalAdvance(longest) + 64)
        self.setSizes([side, 1280 - side])

        # the course list speaks the filter language, in my courses first
        courses.set_context(studio.courses.filter_context)
        courses.set_mine(studio.me)
        courses.filter_edit.spec_changed.connect(
            lambda spec: self.sidebar.follow(COURSES, canonical(spec))
        )
        courses.scope_changed.connect(lambda _none: self._courses_widened())
        self.enrollments.filter_changed.connect(lambda text: self.sidebar.follow(ENROLLMENTS, text))
        self.enrollments.mine_changed.connect(lambda on: self.sidebar.set_mine(enrollments=on))
        self.sidebar.picked.connect(self.go)
        self.sidebar.save_button.clicked.connect(self.ask_to_save)

        self._known = LatestLoader(studio.courses.known_values, self._known_loaded, self)
        self._known.request()
        hub.changed.connect(self._store_changed)
        self._build_actions()

    # -- actions -------------------------------------------------------------------

    def _build_actions(self) -> None:
        def make(text: str, keys: str | None, slot: Any, icon: str | None = None) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcut(QKeySequence(keys))
            if icon:
                act.setIcon(icons.icon(icon))
            if slot is not None:
                act.triggered.connect(slot)
            return act

        self.courses_action = make(
            self.tr("&Courses"), "Ctrl+1", lambda: self.show_page(COURSES), "course"
        )
        self.courses_action.setCheckable(True)
        self.enrollments_action = make(
            self.tr("All &Enrollments"), "Ctrl+2", lambda: self.show_page(ENROLLMENTS), "people"
        )
        self.enrollments_action.setCheckable(True)
        self.enrollments_action.setToolTip(self.tr("Every enrollment of every course, in one list"))
        self.courses_action.setChecked(True)
        self.sidebar_action = make(self.tr("&Sidebar"), "Ctrl+Shift+B", None)
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.toggled.connect(self.sidebar.setVisible)
        self.save_action = make(self.tr("&Save Filter…"), "Ctrl+Shift+S", self.ask_to_save, "new")
        self.save_action.setToolTip(self.tr("Keep the current filter in the sidebar"))

    def view_actions(self) -> list[QAction]:
        return [self.courses_action, self.enrollments_action]

    # -- pages ---------------------------------------------------------------------

    def page(self) -> str:
        return ENROLLMENTS if self.stack.currentIndex() == 1 else COURSES

    def show_page(self, scope: str) -> None:
        self.stack.setCurrentIndex(1 if scope == ENROLLMENTS else 0)
        self.courses_action.setChecked(scope == COURSES)
        self.enrollments_action.setChecked(scope == ENROLLMENTS)
        if scope == ENROLLMENTS:
            self.enrollments.start()
            self.sidebar.follow(ENROLLMENTS, str(self.enrollments.spec()))
            self.enrollments.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.sidebar.follow(
                COURSES, str(self.courses.spec()), mine=self.courses.mine() is not None
            )

    def go(self, place: Place) -> None:
        """Show what the sidebar entry ``place`` stands for."""
        if place.scope == ENROLLMENTS:
            self.show_page(ENROLLMENTS)
            self.enrollments.set_filter_text(place.text if place.saved else "")
            self.sidebar.select_place(place.key)
            return
        if place.key in (MY_COURSES, ALL_COURSES):
            mine = place.key == MY_COURSES
            self.courses.set_mine(self._studio.me if mine else None)
            self.sidebar.set_mine(courses=mine)
            self.courses.set_filter_text("")
        else:
            self.courses.set_filter_text(place.text)
        self.show_page(COURSES)
        self.sidebar.select_place(place.key)

    def _courses_widened(self) -> None:
        self.sidebar.set_mine(courses=False)
        self.sidebar.select_place(ALL_COURSES)

    # -- saving --------------------------------------------------------------------

    def current_filter(self) -> tuple[str, str]:
        """The scope and canonical text of the filter on the page shown."""
        if self.page() == ENROLLMENTS:
            return ENROLLMENTS, str(self.enrollments.spec())
        return COURSES, str(self.courses.spec())

    def ask_to_save(self) -> QInputDialog:
        scope, text = self.current_filter()
        dialog = QInputDialog(self.window())
        dialog.setWindowTitle(self.tr("Save filter"))
        shown = text or self.tr("every row")
        if scope == ENROLLMENTS:
            label = self.tr("Name for the filter of enrollments:\n{0}").format(shown)
        else:
            label = self.tr("Name for the filter of courses:\n{0}").format(shown)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Save"))
        dialog.textValueSelected.connect(lambda name: self.save(name, scope, text))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    def save(self, name: str, scope: str | None = None, text: str | None = None) -> None:
        """Save the current filter (or ``text`` of ``scope``) as ``name``."""
        if scope is None or text is None:
            scope, text = self.current_filter()

        def refused(exc: BaseException) -> bool:
            if isinstance(exc, DomainError):
                show_error(self.window(), exc)
                return True
            return False

        self.sidebar.save(name, text, scope, on_error=refused)

    # -- known values --------------------------------------------------------------

    def _known_loaded(self, known: dict[str, list[str]]) -> None:
        self.courses.set_known(known)
        self.enrollments.filter_edit.set_known(known)
        self.enrollments.filter_bar.set_known(known)

    def _store_changed(self, changes: Changes) -> None:
        if changes.courses:
            self._known.request()
