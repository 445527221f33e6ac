"""Edit › Preferences…: data folder, language, notifications, sync, at-risk threshold.

The dialog reads and writes :class:`~course_studio.ui.prefs.Preferences` only when
the instructor presses OK; Cancel leaves everything as it was. What can change at
once does (notifications, the at-risk threshold, the sync settings: signals tell the
window); the data folder and the language take effect at the next start, and the
dialog says so next to them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .prefs import (
    AT_RISK_MAX_DAYS,
    AT_RISK_MIN_DAYS,
    LANGUAGES,
    SYNC_INTERVALS,
    DataDirChoice,
    Preferences,
    data_dir_problem,
    default_data_dir,
    holds_data,
)
from .widgets import FieldMessage, muted_label

translate = QCoreApplication.translate


def interval_text(minutes: int) -> str:
    if minutes == 0:
        return translate("Preferences", "Only when I ask")
    if minutes == 60:
        return translate("Preferences", "Every hour")
    return translate("Preferences", "Every %Ln minute(s)", "", minutes)


def server_problem(url: str) -> str:
    """Why ``url`` is not a server address ("" when it is one, or empty)."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return translate(
            "Preferences",
            "Type the server's address starting with https://, for example {example}.",
        ).format(example="https://courses.example.org")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return translate("Preferences", "The port in the server's address must be a number.")
    return ""


class PreferencesDialog(QDialog):
    """The instructor's preferences; OK stores them, Cancel forgets the edits."""

    #: the at-risk threshold changed (days); apply it now
    at_risk_days_changed = Signal(int)
    #: the sync server or the auto-sync interval changed
    sync_changed = Signal()

    def __init__(
        self,
        prefs: Preferences,
        data_dir: DataDirChoice,
        *,
        notifier: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.current = data_dir
        self.notifier = notifier
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(12)
        outer.addWidget(self._data_group())
        outer.addWidget(self._general_group())
        outer.addWidget(self._sync_group())
        outer.addWidget(self._progress_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save preferences"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._fill()

    # -- building --------------------------------------------------------------

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(12)
        return form

    def _data_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Data folder"))
        group.setAccessibleName(self.tr("Data folder"))
        form = self._form(group)

        self.current_edit = QLineEdit(str(self.current.path))
        self.current_edit.setReadOnly(True)
        self.current_edit.setObjectName("currentDataDir")
        self.current_edit.setAccessibleName(self.tr("Data folder in use"))
        self.current_edit.setAccessibleDescription(
            self.tr("Course Studio keeps all your courses in this folder.")
        )
        current_label = QLabel(self.tr("In &use:"))
        current_label.setBuddy(self.current_edit)
        form.addRow(current_label, self.current_edit)

        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        self.next_edit = QLineEdit()
        self.next_edit.setObjectName("nextDataDir")
        self.next_edit.setAccessibleName(self.tr("Data folder from the next start"))
        self.next_edit.setPlaceholderText(str(default_data_dir()))
        self.next_edit.setClearButtonEnabled(True)
        self.next_edit.textChanged.connect(self._data_dir_edited)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose a data folder"))
        self.choose_button.clicked.connect(self._choose_folder)
        self.usual_button = QPushButton(self.tr("Usual &folder"))
        self.usual_button.setAccessibleName(self.tr("Use the usual data folder"))
        self.usual_button.setToolTip(str(default_data_dir()))
        self.usual_button.clicked.connect(self.next_edit.clear)
        line.addWidget(self.next_edit, 1)
        line.addWidget(self.choose_button)
        line.addWidget(self.usual_button)
        next_label = QLabel(self.tr("From the &next start:"))
        next_label.setBuddy(self.next_edit)
        form.addRow(next_label, row)
        self.data_message = FieldMessage()
        self.data_message.setObjectName("dataDirMessage")
        form.addRow("", self.data_message)
        self.data_hint = muted_label(wrap=True)
        self.data_hint.setObjectName("dataDirHint")
        form.addRow("", self.data_hint)
        explanation = muted_label(
            self.tr(
                "Course Studio keeps all your courses in one file in this folder and saves "
                "every change the moment you make it. A different folder is used from the next "
                "start; the current folder is neither moved nor deleted. To take your courses "
                "along, close Course Studio and copy the folder's contents into the new folder "
                "first."
            ),
            wrap=True,
        )
        explanation.setObjectName("dataDirExplanation")
        form.addRow("", explanation)
        if self.current.source in ("command line", "environment"):
            if self.current.source == "command line":
                text = self.tr(
                    "This run uses the folder given on the command line; the folder chosen "
                    "here is used when Course Studio starts without one."
                )
            else:
                text = self.tr(
                    "This run uses the folder given by the COURSE_STUDIO_DATA_DIR environment "
                    "variable; the folder chosen here is used when Course Studio starts "
                    "without one."
                )
            override = muted_label(
                text,
                wrap=True,
            )
            override.setObjectName("dataDirOverride")
            form.addRow("", override)
        return group

    def _general_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language and notifications"))
        group.setAccessibleName(self.tr("Language and notifications"))
        form = self._form(group)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            shown = name if code else QCoreApplication.translate("Preferences", name)
            self.language_combo.addItem(shown, code)
        self.language_combo.currentIndexChanged.connect(self._language_edited)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        self.language_hint = muted_label(wrap=True)
        self.language_hint.setObjectName("languageHint")
        form.addRow("", self.language_hint)

        self.notify_box = QCheckBox(self.tr("Show a &notification when an action finishes"))
        self.notify_box.setObjectName("notificationsBox")
        self.notify_box.setAccessibleName(self.tr("Show notifications"))
        form.addRow("", self.notify_box)
        form.addRow(
            "",
            muted_label(
                self.tr(
                    "The Activity panel lists every action whether or not notifications are shown."
                ),
                wrap=True,
            ),
        )
        return group

    def _sync_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Sync"))
        group.setAccessibleName(self.tr("Sync"))
        form = self._form(group)
        self.server_edit = QLineEdit()
        self.server_edit.setObjectName("serverEdit")
        self.server_edit.setAccessibleName(self.tr("Sync server address"))
        self.server_edit.setPlaceholderText(self.tr("https://courses.example.org"))
        self.server_edit.setClearButtonEnabled(True)
        self.server_edit.textChanged.connect(self._server_edited)
        server_label = QLabel(self.tr("&Server:"))
        server_label.setBuddy(self.server_edit)
        form.addRow(server_label, self.server_edit)
        self.server_message = FieldMessage()
        self.server_message.setObjectName("serverMessage")
        form.addRow("", self.server_message)
        self.interval_combo = QComboBox()
        self.interval_combo.setObjectName("intervalCombo")
        self.interval_combo.setAccessibleName(self.tr("Sync automatically"))
        for minutes in SYNC_INTERVALS:
            self.interval_combo.addItem(interval_text(minutes), minutes)
        interval_label = QLabel(self.tr("Sync &automatically:"))
        interval_label.setBuddy(self.interval_combo)
        form.addRow(interval_label, self.interval_combo)
        form.addRow(
            "",
            muted_label(
                self.tr(
                    "Automatic sync runs only while you are signed in and the server can be "
                    "reached. Your changes are always saved on this computer first."
                ),
                wrap=True,
            ),
        )
        return group

    def _progress_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Progress"))
        group.setAccessibleName(self.tr("Progress"))
        form = self._form(group)
        self.at_risk_spin = QSpinBox()
        self.at_risk_spin.setObjectName("atRiskSpin")
        self.at_risk_spin.setAccessibleName(
            self.tr("Days without activity before a student is at risk")
        )
        self.at_risk_spin.setRange(AT_RISK_MIN_DAYS, AT_RISK_MAX_DAYS)
        self.at_risk_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        risk_label = QLabel(self.tr("At risk after (&days):"))
        risk_label.setBuddy(self.at_risk_spin)
        form.addRow(risk_label, self.at_risk_spin)
        form.addRow(
            "",
            muted_label(
                self.tr(
                    "A student who has been active in a course counts as at risk after this many "
                    "days without activity. The course list and the Progress tab use it at once."
                ),
                wrap=True,
            ),
        )
        return group

    # -- values ----------------------------------------------------------------

    def _fill(self) -> None:
        p = self.prefs
        chosen = p.data_dir()
        self.next_edit.setText(str(chosen) if chosen is not None else "")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(p.language())))
        enabled = self.notifier.enabled() if self.notifier is not None else p.notifications()
        self.notify_box.setChecked(bool(enabled))
        self.server_edit.setText(p.sync_server())
        self.interval_combo.setCurrentIndex(max(0, self.interval_combo.findData(p.sync_interval())))
        self.at_risk_spin.setValue(p.at_risk_days())
        self._data_dir_edited()
        self._language_edited()
        self._server_edited()

    def chosen_data_dir(self) -> Path | None:
        text = self.next_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _next_start_dir(self) -> Path:
        """The folder the next plain start will open with the edits as they are."""
        return self.chosen_data_dir() or default_data_dir()

    def _data_dir_edited(self) -> None:
        chosen = self.chosen_data_dir()
        problem = data_dir_problem(chosen) if chosen is not None else ""
        self.data_message.show_message(problem)
        if problem:
            self.data_hint.setText("")
        else:
            target = self._next_start_dir()
            if _same(target, self.current.path):
                text = self.tr("Course Studio will keep using this folder.")
            elif holds_data(target):
                text = self.tr(
                    "From the next start Course Studio opens the courses already kept in {folder}."
                ).format(folder=target)
            else:
                text = self.tr(
                    "From the next start Course Studio begins with an empty data file in {folder}."
                ).format(folder=target)
            self.data_hint.setText(text)
        self.data_hint.setVisible(bool(self.data_hint.text()))
        self._update_ok()

    def _language_edited(self) -> None:
        changed = self.language_combo.currentData() != self.prefs.language()
        self.language_hint.setText(
            self.tr("The new language is used the next time Course Studio starts.")
            if changed
            else ""
        )
        self.language_hint.setVisible(changed)

    def _server_edited(self) -> None:
        self.server_message.show_message(server_problem(self.server_edit.text()))
        self._update_ok()

    def _update_ok(self) -> None:
        if not hasattr(self, "ok_button"):
            return
        self.ok_button.setEnabled(not self.problems())

    def problems(self) -> list[str]:
        """What keeps OK from storing the preferences (empty when nothing does)."""
        return [
            m for m in (self.data_message.message(), self.server_message.message()) if m.strip()
        ]

    def _choose_folder(self) -> None:
        start = str(self.chosen_data_dir() or self.current.path)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a data folder"), start)
        if folder:
            self.next_edit.setText(folder)

    # -- storing -----------------------------------------------------------------

    def accept(self) -> None:
        if self.problems():
            return
        p = self.prefs
        chosen = self.chosen_data_dir()
        p.set_data_dir(None if chosen is None or _same(chosen, default_data_dir()) else chosen)
        p.set_language(str(self.language_combo.currentData() or ""))
        if self.notifier is not None:
            self.notifier.set_enabled(self.notify_box.isChecked())
        else:
            p.set_notifications(self.notify_box.isChecked())
        server = self.server_edit.text().strip().rstrip("/")
        interval = int(self.interval_combo.currentData())
        sync_changed = server != p.sync_server() or interval != p.sync_interval()
        p.set_sync_server(server)
        p.set_sync_interval(interval)
        days = self.at_risk_spin.value()
        risk_changed = days != p.at_risk_days()
        p.set_at_risk_days(days)
        p.sync()
        super().accept()
        if sync_changed:
            self.sync_changed.emit()
        if risk_changed:
            self.at_risk_days_changed.emit(days)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return a == b
