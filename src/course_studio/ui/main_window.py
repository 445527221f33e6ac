"""The main window: a thin shell that composes the feature widgets.

    +--------------------------------------------------------------+
    | menus: File  Edit  Course  View  Help                         |
    | toolbar: New Edit Duplicate Archive Delete | Undo Redo | Trash|
    +--------------------------------------------------------------+
    | CourseListPanel (search + table)                  | Activity  |
    |---------------------------------------------------| (dock)    |
    | CourseDetail: header + Overview | Outline |        |           |
    |               Enrollments | Progress               |           |
    +--------------------------------------------------------------+
    | status bar                                                    |

The window owns no feature logic: it wires signals, places actions, and keeps the
layout in QSettings (see :mod:`course_studio.ui.settings`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QUndoView,
    QWidget,
)

from .. import __version__
from ..domain.records import CourseRecord
from ..store import Changes
from . import features, icons
from .course_actions import CourseActions
from .course_detail import CourseDetail, OverviewTab
from .course_list import CourseListPanel
from .course_model import COLUMNS, CourseTableModel
from .interop_actions import InteropActions
from .outline_tab import OutlineTab
from .preferences_dialog import PreferencesDialog
from .prefs import DataDirChoice, Preferences, default_data_dir
from .settings import UiSettings
from .sync_actions import SyncActions
from .trash_dialog import TrashDialog
from .undo import UndoRunner
from .workspace import Workspace

NotifierFactory = Callable[[Any, QWidget], Any]


class MainWindow(QMainWindow):
    #: the sync server or the auto-sync interval changed in Preferences
    sync_preferences_changed = Signal()

    def __init__(
        self,
        studio: Any,
        hub: Any,
        undo_stack: QUndoStack,
        settings: QSettings,
        *,
        notifier_factory: NotifierFactory | None = None,
        restore: bool = True,
        data_dir: DataDirChoice | None = None,
        sync_tokens: Any = None,
    ) -> None:
        super().__init__()
        self.studio = studio
        self.hub = hub
        self.undo_stack = undo_stack
        self.settings = UiSettings(settings, studio.data_dir, len(COLUMNS))
        self.preferences = Preferences(settings)
        self.data_dir = data_dir or _guess_data_dir_source(studio.data_dir)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Course Studio"))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Course Studio"))
        self.setUnifiedTitleAndToolBarOnMac(True)
        if notifier_factory is None:
            self.notifier = features.Notifier(studio, self, settings=settings)
        else:
            self.notifier = notifier_factory(studio, self)
        self.runner = UndoRunner(undo_stack, self.notifier, self, features.show_error)
        self.trash: TrashDialog | None = None
        self.sync = SyncActions(studio, hub, self.notifier, settings, self, tokens=sync_tokens)

        # -- feature widgets ---------------------------------------------------
        self.course_model = CourseTableModel(
            studio.courses.list, me=studio.me, keys=studio.courses.keys, parent=self
        )
        self.course_model.load_failed.connect(lambda exc: features.show_error(self, exc, ""))
        self.courses = CourseListPanel(self.course_model)
        self.overview = OverviewTab(studio)
        self.outline = OutlineTab(studio, hub, self.runner)
        self.enrollments = features.EnrollmentsTab(studio, hub, self.notifier, undo_stack)
        self.progress = features.ProgressTab(studio, hub, self.notifier, undo_stack)
        self.detail = CourseDetail(self.overview)
        self.detail.add_tab(self.outline, "module", self.tr("Outline"))
        self.detail.add_tab(self.enrollments, "people", self.tr("Enrollments"))
        self.detail.add_tab(self.progress, "chart", self.tr("Progress"))
        self.course_actions = CourseActions(studio, self.runner, self.courses, self)
        self.interop = InteropActions(studio, self.notifier, self.courses, self.progress, self)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.splitter.addWidget(self.courses)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 410])
        self.splitter.setContentsMargins(10, 8, 10, 4)
        # sidebar (places, saved filters) beside the courses or All enrollments
        self.workspace = Workspace(studio, hub, self.runner, self.courses, self.splitter)
        self.setCentralWidget(self.workspace)

        self.activity = features.ActivityPanel(studio, self.notifier)
        self.activity_dock = self._dock(self.tr("Activity"), "activityDock", self.activity)
        self.history = QUndoView(undo_stack)
        self.history.setEmptyLabel(self.tr("Nothing changed yet"))
        self.history.setAccessibleName(self.tr("Undo history"))
        self.history.setCleanIcon(icons.icon("history"))
        self.history_dock = self._dock(self.tr("History"), "historyDock", self.history)
        self.tabifyDockWidget(self.activity_dock, self.history_dock)
        self.activity_dock.raise_()
        self.activity_dock.hide()
        self.history_dock.hide()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        # -- wiring ------------------------------------------------------------
        self.courses.current_changed.connect(self._course_changed)
        self.detail.tab_changed.connect(self.settings.set_tab)
        hub.changed.connect(self._store_changed)
        self.runner.idle.connect(self._update_saving)
        self.runner.done.connect(lambda *_: self._update_saving())
        self.course_model.loaded.connect(self._first_load)
        self.sync.controller.account_linked.connect(self._account_linked)
        # Tab goes down the page: search box, filter chips, the list, the course tabs
        bar = self.courses.filter_bar
        chain = [self.courses.search, *bar.chips.values(), bar.clear_button]
        chain += [self.courses.table, self.detail.tabs]
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)

        self.resize(QSize(1280, 800))
        if restore:
            self.restore_layout()
        self.course_model.refresh()

    # -- building --------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_actions(self) -> None:
        stack = self.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(icons.icon("undo"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icons.icon("redo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.changed.connect(self._name_undo_buttons)
        self.redo_action.changed.connect(self._name_undo_buttons)

        def make(text: str, icon: str | None, slot: Any, keys: str | None = None) -> QAction:
            act = QAction(text, self)
            if icon:
                act.setIcon(icons.icon(icon))
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            return act

        self.find_action = make(
            self.tr("&Find Courses"), "search", self.courses.focus_search, "Ctrl+F"
        )
        self.trash_action = make(self.tr("&Trash…"), "trash", self.show_trash, "Ctrl+Shift+T")
        self.trash_action.setIconText(self.tr("Trash"))
        self.trash_action.setToolTip(self.tr("Open the Trash: restore what was deleted"))
        self.quit_action = make(self.tr("&Quit"), None, self.close, "Ctrl+Q")
        self.open_data_action = make(self.tr("Show &Data Folder"), "folder", self.show_data_folder)
        self.about_action = make(self.tr("&About Course Studio"), "info", self.show_about)
        self.keys_action = make(
            self.tr("&Keyboard Shortcuts"), "keyboard", self.show_shortcuts, "F1"
        )
        self.preferences_action = make(
            self.tr("&Preferences…"), "preferences", self.show_preferences, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.course_actions.new)
        file_menu.addAction(self.course_actions.duplicate)
        file_menu.addSeparator()
        self.interop.add_to_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.trash_action)
        file_menu.addAction(self.open_data_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.workspace.save_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        course_menu = bar.addMenu(self.tr("&Course"))
        acts = self.course_actions
        for act in (acts.new, acts.edit, acts.duplicate):
            course_menu.addAction(act)
        course_menu.addSeparator()
        course_menu.addAction(acts.archive)
        course_menu.addAction(acts.delete)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.workspace.view_actions())
        view_menu.addSeparator()
        columns = view_menu.addMenu(icons.icon("columns"), self.tr("&Columns"))
        for act in self.courses.column_actions:
            columns.addAction(act)
        panels = view_menu.addMenu(self.tr("&Panels"))
        activity = self.activity_dock.toggleViewAction()
        activity.setText(self.tr("&Activity"))
        activity.setShortcut(QKeySequence("Ctrl+Shift+A"))
        activity.setIcon(icons.icon("activity"))
        history = self.history_dock.toggleViewAction()
        history.setText(self.tr("Undo &History"))
        history.setIcon(icons.icon("history"))
        panels.addAction(self.workspace.sidebar_action)
        panels.addAction(activity)
        panels.addAction(history)
        self.activity_toggle = activity
        self.history_toggle = history
        view_menu.addSeparator()
        self.toolbar_toggle = QAction(self.tr("&Toolbar"), self)
        view_menu.addAction(self.toolbar_toggle)

        bar.addMenu(self.sync.menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.keys_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, course_menu, view_menu, help_menu):
            menu.setAccessibleName(menu.title().replace("&", ""))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        acts = self.course_actions
        for act in (acts.new, acts.edit, acts.duplicate, acts.archive, acts.delete):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addAction(self.sync.sync_now)
        toolbar.addAction(self.activity_toggle)
        toolbar.addAction(self.trash_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        toggle = toolbar.toggleViewAction()
        self.toolbar_toggle.setCheckable(True)
        self.toolbar_toggle.setChecked(True)
        self.toolbar_toggle.toggled.connect(toolbar.setVisible)
        toggle.toggled.connect(self.toolbar_toggle.setChecked)
        self._name_undo_buttons()
        self._name_toolbar_buttons()

    def _name_toolbar_buttons(self) -> None:
        for act in self.toolbar.actions():
            button = self.toolbar.widgetForAction(act)
            if button is not None and act.text():
                button.setAccessibleName(act.text().replace("&", "").replace("…", ""))

    def _name_undo_buttons(self) -> None:
        for act in (self.undo_action, self.redo_action):
            act.setToolTip(act.text().replace("&", ""))
            button = self.toolbar.widgetForAction(act) if hasattr(self, "toolbar") else None
            if button is not None:
                button.setAccessibleName(act.text().replace("&", ""))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        self.saving_label = QLabel("")
        self.saving_label.setAccessibleName(self.tr("Saving state"))
        try:
            me = self.studio.instructors.me_record().display_name
        except Exception:  # the name is a courtesy; the window works without it
            me = ""
        self.user_label = QLabel(self.tr("Signed in as {name}").format(name=me) if me else "")
        self.user_label.setAccessibleName(self.tr("Signed-in instructor"))
        self.place_label = QLabel(str(self.studio.data_dir))
        self.place_label.setAccessibleName(self.tr("Data folder"))
        self.place_label.setToolTip(self.tr("Every change is saved here the moment you make it."))
        status.addWidget(self.user_label)
        status.addPermanentWidget(self.sync.status_area)
        status.addPermanentWidget(self.saving_label)
        status.addPermanentWidget(self.place_label)
        self._update_saving()

    # -- reactions -------------------------------------------------------------

    def _course_changed(self, record: CourseRecord | None) -> None:
        mine = record is not None and self.course_model.is_mine(record)
        self.detail.set_course(record, mine=mine)
        self.course_actions.update()
        if record is not None:
            self.settings.set_last_course(record.id)
            self.setWindowTitle(self.tr("{code} — Course Studio").format(code=record.code))
        else:
            self.setWindowTitle(self.tr("Course Studio"))

    def _store_changed(self, changes: Changes) -> None:
        if changes.courses or changes.enrollments or changes.progress or changes.outline:
            self.course_model.refresh()

    def _account_linked(self, instructor_id: str) -> None:
        """The first sync tied this data folder to a server account: "me" is that account."""
        self.course_model.set_me(instructor_id)
        if self.courses.mine() is not None:  # "My courses" now means the account's
            self.courses.set_mine(instructor_id)
        name = self.sync.controller.view.account_name
        if name:
            self.user_label.setText(self.tr("Signed in as {name}").format(name=name))
        self.course_actions.update()

    def _first_load(self) -> None:
        """Select the last course of the previous run, or the first one listed."""
        if self.course_model.rowCount() == 0:
            return  # nothing to select yet; try again when courses arrive
        self.course_model.loaded.disconnect(self._first_load)
        centre = QAbstractItemView.ScrollHint.PositionAtCenter
        if not self.courses.select_id(self.settings.last_course(), centre):
            self.courses.select_first()
        if QApplication.focusWidget() is None:  # the keyboard works from the start
            self.courses.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_saving(self) -> None:
        self.saving_label.setText(
            self.tr("Saving…") if self.runner.busy else self.tr("All changes saved")
        )

    # -- commands of the shell -------------------------------------------------

    def show_trash(self) -> None:
        if self.trash is None:
            self.trash = TrashDialog(self.studio, self.hub, self.runner, self.notifier, self)
        else:
            self.trash.refresh()
        self.trash.show()
        self.trash.raise_()
        self.trash.activateWindow()

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(
            self.preferences, self.data_dir, notifier=self.notifier, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.at_risk_days_changed.connect(self.set_at_risk_days)
        dialog.sync_changed.connect(self.sync_preferences_changed)
        dialog.open()
        return dialog

    def set_at_risk_days(self, days: int) -> None:
        """Use a new at-risk threshold now: every figure that depends on it reloads."""
        self.studio.context.at_risk_days = days
        self.hub.changed.emit(Changes(progress=True))

    def show_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.studio.data_dir)))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Course Studio"),
            self.tr(
                "<h3>Course Studio {version}</h3>"
                "<p>Build and run your courses offline, and sync with a Course Studio server "
                "when you are online.</p>"
                "<p>Your data: {folder}</p>"
            ).format(version=__version__, folder=self.studio.data_dir),
        )

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+N", self.tr("New course")),
            (self.tr("Ctrl+E or F2"), self.tr("Edit the selected course")),
            ("Ctrl+D", self.tr("Duplicate the selected course")),
            (self.tr("Delete"), self.tr("Move the selected course, module or lesson to the Trash")),
            ("Ctrl+F", self.tr("Search courses")),
            ("Ctrl+1 / Ctrl+2", self.tr("Show the courses / all enrollments")),
            (self.tr("Ctrl+Space (in a search box)"), self.tr("Suggest fields and values")),
            ("Ctrl+Shift+S", self.tr("Save the current filter in the sidebar")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo")),
            (self.tr("F2 (in the outline)"), self.tr("Rename the module or lesson")),
            (self.tr("Alt+Up / Alt+Down"), self.tr("Move the module or lesson")),
            ("Ctrl+Shift+M / Ctrl+Shift+L", self.tr("Add a module / a lesson")),
            ("Ctrl+Shift+T", self.tr("Open the Trash")),
            ("Ctrl+Shift+A", self.tr("Show the Activity panel")),
            ("F9", self.tr("Sync now")),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Keyboard shortcuts"),
            "<table>" + table + "</table>",
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- layout between runs ---------------------------------------------------

    def restore_layout(self) -> None:
        s = self.settings
        if (geometry := s.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := s.window_state()) is not None:
            self.restoreState(state)
        header = self.courses.table.horizontalHeader()
        if (header_state := s.header_state()) is not None and header.restoreState(header_state):
            self.courses.table.sortByColumn(
                header.sortIndicatorSection(), header.sortIndicatorOrder()
            )
            self.courses.sync_column_actions()
        if (main := s.splitter_state("main")) is not None:
            self.splitter.restoreState(main)
        if (outline := s.splitter_state("outline")) is not None:
            self.outline.splitter.restoreState(outline)
        if (progress := s.splitter_state("progress")) is not None:
            self.progress.splitter.restoreState(progress)
        self.detail.tabs.setCurrentIndex(max(0, min(s.tab(), self.detail.tabs.count() - 1)))

    def save_layout(self) -> None:
        s = self.settings
        s.save_bytes("window/geometry", self.saveGeometry())
        s.save_bytes("window/state", self.saveState())
        s.save_bytes("courses/header", self.courses.table.horizontalHeader().saveState())
        s.save_bytes("splitters/main", self.splitter.saveState())
        s.save_bytes("splitters/outline", self.outline.splitter.saveState())
        s.save_bytes("splitters/progress", self.progress.splitter.saveState())
        s.set_tab(self.detail.tabs.currentIndex())
        s.set_last_course(self.courses.current_id())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.shutdown()
        self.save_layout()
        super().closeEvent(event)


def _guess_data_dir_source(path: Any) -> DataDirChoice:
    """Where the data folder came from when the caller did not say."""
    try:
        usual = default_data_dir().resolve() == path.resolve()
    except OSError:
        usual = False
    return DataDirChoice(path, "default" if usual else "command line")
