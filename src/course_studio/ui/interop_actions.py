"""The File menu's imports, exports and backups.

    File ▸ Import ▸ Roster…                     RosterImportWizard
                    Common Cartridge…           CartridgeImportDialog
         Export ▸ Course as Common Cartridge…   CartridgeExportDialog   (the selected course)
                  Roster…                       RosterExportDialog
                  Progress…                     ProgressExportDialog    (the Progress tab's filter)
         Back Up Course…                        BackupDialog
         Restore from Backup…                   RestoreDialog

The main window builds one :class:`InteropActions` and calls :meth:`add_to_menu`; the
dialogs are not modal and notify when they are done.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from . import icons
from .course_file_dialogs import CartridgeImportDialog, RestoreDialog
from .export_dialogs import (
    BackupDialog,
    CartridgeExportDialog,
    ExportDialog,
    ProgressExportDialog,
    RosterExportDialog,
)
from .roster_import_wizard import RosterImportWizard


class InteropActions(QObject):
    def __init__(
        self,
        studio: Any,
        notifier: Any,
        courses: Any,
        progress_tab: Any,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.studio = studio
        self.notifier = notifier
        self.courses = courses
        self.progress_tab = progress_tab
        self.window = window
        #: the dialog opened last (tests and screenshots look at it)
        self.dialog: QWidget | None = None

        def make(text: str, slot: Any, tip: str, icon: str | None = None) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            if icon:
                act.setIcon(icons.icon(icon))
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.import_roster = make(
            self.tr("&Roster…"),
            self.open_roster_import,
            self.tr("Students, teachers and enrollments from OneRoster, Canvas, Moodle or any CSV"),
            "people",
        )
        self.import_cartridge = make(
            self.tr("&Common Cartridge…"),
            self.open_cartridge_import,
            self.tr("A course from an IMS Common Cartridge (.imscc)"),
            "course",
        )
        self.export_cartridge = make(
            self.tr("Course as Common &Cartridge…"),
            self.open_cartridge_export,
            self.tr("The selected course as an IMS Common Cartridge (.imscc)"),
            "course",
        )
        self.export_roster = make(
            self.tr("&Roster…"),
            self.open_roster_export,
            self.tr("The selected course's roster as OneRoster, Canvas or Moodle CSV"),
            "people",
        )
        self.export_progress = make(
            self.tr("&Progress…"),
            self.open_progress_export,
            self.tr("The selected course's progress to Excel or CSV"),
            "chart",
        )
        self.backup = make(
            self.tr("&Back Up Course…"),
            self.open_backup,
            self.tr("The selected course, with its students and progress, in one file"),
        )
        self.restore = make(
            self.tr("Restore from Bac&kup…"),
            self.open_restore,
            self.tr("A course from a backup file (.cstudio)"),
        )
        self.course_actions = (
            self.export_cartridge,
            self.export_roster,
            self.export_progress,
            self.backup,
        )
        courses.current_changed.connect(lambda _record: self.update())
        self.update()

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Import ▸, Export ▸, Back Up Course…, Restore from Backup…"""
        self.import_menu = QMenu(self.tr("&Import"), menu)
        self.import_menu.setAccessibleName(self.tr("Import"))
        self.import_menu.addAction(self.import_roster)
        self.import_menu.addAction(self.import_cartridge)
        self.export_menu = QMenu(self.tr("E&xport"), menu)
        self.export_menu.setAccessibleName(self.tr("Export"))
        self.export_menu.addAction(self.export_cartridge)
        self.export_menu.addAction(self.export_roster)
        self.export_menu.addAction(self.export_progress)
        entries: list[QAction] = [
            self.import_menu.menuAction(),
            self.export_menu.menuAction(),
            self.backup,
            self.restore,
        ]
        if before is None:
            menu.addActions(entries)
        else:
            menu.insertActions(before, entries)

    def update(self) -> None:
        has = self.courses.current_record() is not None
        for act in self.course_actions:
            act.setEnabled(has)

    # -- opening the dialogs ----------------------------------------------------------

    def _show(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _selected_mine(self) -> str | None:
        record = self.courses.current_record()
        if record is None:
            return None
        mine = getattr(self.courses.model, "is_mine", None)
        return str(record.id) if mine is None or mine(record) else None

    def open_roster_import(self) -> RosterImportWizard:
        wizard = RosterImportWizard(
            self.studio, self.notifier, course_id=self._selected_mine(), parent=self.window
        )
        self._show(wizard)
        return wizard

    def open_cartridge_import(self) -> CartridgeImportDialog:
        dialog = CartridgeImportDialog(self.studio, self.notifier, self.window)
        dialog.created.connect(self._select)
        self._show(dialog)
        return dialog

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.studio, self.notifier, self.window)
        dialog.created.connect(self._select)
        self._show(dialog)
        return dialog

    def _export(self, kind: type[ExportDialog], **extra: Any) -> ExportDialog | None:
        record = self.courses.current_record()
        if record is None:
            return None
        dialog = kind(self.studio, self.notifier, record, self.window, **extra)
        self._show(dialog)
        return dialog

    def open_cartridge_export(self) -> ExportDialog | None:
        return self._export(CartridgeExportDialog)

    def open_roster_export(self) -> ExportDialog | None:
        return self._export(RosterExportDialog)

    def open_progress_export(self) -> ExportDialog | None:
        record = self.courses.current_record()
        tab = self.progress_tab
        extra: dict[str, Any] = {}
        proxy = getattr(tab, "proxy", None)
        if (
            record is not None
            and proxy is not None
            and getattr(tab, "loaded_course", None) == record.id
            and proxy.active
        ):
            extra = {
                "shown_filter": proxy.predicate(),
                "filter_text": proxy.describe(),
                "shown_count": proxy.rowCount(),
            }
        return self._export(ProgressExportDialog, **extra)

    def open_backup(self) -> ExportDialog | None:
        return self._export(BackupDialog)

    def _select(self, course_id: str) -> None:
        """Show a course an import created (once the list has it)."""
        self.courses.select_id(course_id)


__all__ = ["InteropActions"]
