"""Preferences: typed keys with safe defaults, the dialog, and what the app does with
them (data folder and at-risk threshold at start, the threshold live)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.app import open_data
from course_studio.domain.progress import DEFAULT_AT_RISK_DAYS
from course_studio.store.paths import ENV_DATA_DIR
from course_studio.ui import prefs as prefs_module
from course_studio.ui.changes import ChangeHub
from course_studio.ui.main_window import MainWindow
from course_studio.ui.preferences_dialog import PreferencesDialog, interval_text, server_problem
from course_studio.ui.prefs import (
    KEY_AT_RISK_DAYS,
    KEY_DATA_DIR,
    KEY_LANGUAGE,
    KEY_NOTIFICATIONS,
    KEY_SYNC_INTERVAL,
    KEY_SYNC_SERVER,
    DataDirChoice,
    Preferences,
    choose_data_dir,
    data_dir_problem,
)

from ..conftest import NOW
from .conftest import settle


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> Iterator[None]:
    """Settings made without a file name land in the test's temp dir."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))
    yield


@pytest.fixture
def prefs(settings: QSettings) -> Preferences:
    return Preferences(settings)


# -- keys and values ------------------------------------------------------------------


def test_missing_values_read_as_defaults(prefs: Preferences) -> None:
    assert prefs.data_dir() is None
    assert prefs.language() == ""
    assert prefs.notifications() is True
    assert prefs.sync_server() == ""
    assert prefs.sync_interval() == prefs_module.DEFAULT_SYNC_INTERVAL
    assert prefs.at_risk_days() == DEFAULT_AT_RISK_DAYS


def test_hand_edited_nonsense_reads_as_defaults(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue(KEY_LANGUAGE, "klingon")
    settings.setValue(KEY_SYNC_INTERVAL, "often")
    settings.setValue(KEY_AT_RISK_DAYS, "-4")
    settings.setValue(KEY_NOTIFICATIONS, "perhaps")
    settings.setValue(KEY_SYNC_SERVER, 42)
    assert prefs.language() == ""
    assert prefs.sync_interval() == prefs_module.DEFAULT_SYNC_INTERVAL
    assert prefs.at_risk_days() == DEFAULT_AT_RISK_DAYS
    assert prefs.notifications() is True
    assert prefs.sync_server() == ""
    settings.setValue(KEY_AT_RISK_DAYS, "9999")
    assert prefs.at_risk_days() == DEFAULT_AT_RISK_DAYS


def test_values_round_trip_through_a_settings_file(tmp_path: Path) -> None:
    path = str(tmp_path / "round.ini")
    first = Preferences(QSettings(path, QSettings.Format.IniFormat))
    first.set_data_dir(tmp_path / "courses")
    first.set_language("de")
    first.set_notifications(False)
    first.set_sync_server("https://courses.example.org/ ")
    first.set_sync_interval(30)
    first.set_at_risk_days(5)
    first.sync()
    again = Preferences(QSettings(path, QSettings.Format.IniFormat))
    assert again.data_dir() == tmp_path / "courses"
    assert again.language() == "de"
    assert again.notifications() is False
    assert again.sync_server() == "https://courses.example.org"
    assert again.sync_interval() == 30
    assert again.at_risk_days() == 5


def test_bad_values_are_refused_and_nothing_is_stored(
    settings: QSettings, prefs: Preferences
) -> None:
    for call, value in (
        (prefs.set_language, "xx"),
        (prefs.set_sync_interval, 7),
        (prefs.set_at_risk_days, 0),
        (prefs.set_at_risk_days, 366),
    ):
        with pytest.raises(ValueError) as info:
            call(value)  # type: ignore[operator]
        assert str(info.value)[0].isupper() and str(info.value).endswith(".")
    assert settings.allKeys() == []


def test_choosing_the_default_language_or_folder_removes_the_key(
    settings: QSettings, prefs: Preferences, tmp_path: Path
) -> None:
    prefs.set_language("de")
    prefs.set_data_dir(tmp_path)
    prefs.set_language("")
    prefs.set_data_dir(None)
    assert KEY_LANGUAGE not in settings.allKeys() and KEY_DATA_DIR not in settings.allKeys()


def test_data_folder_comes_from_command_line_then_environment_then_preferences(
    prefs: Preferences, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert choose_data_dir(None, prefs).source == "default"
    prefs.set_data_dir(tmp_path / "chosen")
    assert choose_data_dir(None, prefs) == DataDirChoice(tmp_path / "chosen", "preferences")
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert choose_data_dir(None, prefs) == DataDirChoice(tmp_path / "env", "environment")
    explicit = choose_data_dir(str(tmp_path / "given"), prefs)
    assert explicit == DataDirChoice(tmp_path / "given", "command line")


def test_folders_that_cannot_hold_data_are_named(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert data_dir_problem(tmp_path / "new" / "deeper") == ""
    assert "is a file" in data_dir_problem(a_file)
    assert "cannot write into" in data_dir_problem(a_file / "inside")
    assert "full path" in data_dir_problem(Path("relative/folder"))


def test_server_addresses_are_checked() -> None:
    assert server_problem("") == ""
    assert server_problem("https://courses.example.org") == ""
    assert server_problem("http://localhost:8000/") == ""
    assert "https://" in server_problem("courses.example.org")
    assert "https://" in server_problem("ftp://courses.example.org")
    assert "port" in server_problem("https://courses.example.org:http")
    assert interval_text(0) == "Only when I ask" and interval_text(15) == "Every 15 minutes"


# -- at start ---------------------------------------------------------------------------


def test_the_app_opens_the_chosen_folder_with_the_stored_threshold(
    prefs: Preferences, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    prefs.set_data_dir(tmp_path / "chosen")
    prefs.set_at_risk_days(5)
    opened = open_data(None, prefs)
    assert opened is not None
    studio, choice = opened
    try:
        assert choice.source == "preferences"
        assert studio.data_dir == tmp_path / "chosen"
        assert studio.context.at_risk_days == 5
    finally:
        studio.close()


def test_a_chosen_folder_that_cannot_be_opened_offers_the_usual_one(
    prefs: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    prefs.set_data_dir(blocker / "courses")
    asked: list[Path] = []

    def decline(path: Path, reason: str) -> DataDirChoice | None:
        asked.append(path)
        assert reason
        return None

    assert open_data(None, prefs, ask=decline) is None
    assert asked == [blocker / "courses"]
    assert "cannot open the data folder" in capsys.readouterr().err

    def accept(path: Path, reason: str) -> DataDirChoice:
        return DataDirChoice(tmp_path / "usual", "default")

    opened = open_data(None, prefs, ask=accept)
    assert opened is not None
    opened[0].close()
    assert opened[1] == DataDirChoice(tmp_path / "usual", "default")
    # a folder given on the command line is never swapped for another
    assert open_data(str(blocker / "courses"), prefs, ask=accept) is None


# -- the dialog --------------------------------------------------------------------------


def open_dialog(window: MainWindow) -> PreferencesDialog:
    window.preferences_action.trigger()
    dialogs = [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_edit_menu_opens_preferences_with_ctrl_comma(window: MainWindow) -> None:
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit"
    )
    assert window.preferences_action in edit_menu.actions()
    dialog = open_dialog(window)
    assert dialog.current_edit.text() == str(window.studio.data_dir)
    assert dialog.current_edit.isReadOnly()
    dialog.reject()


def test_ok_stores_every_preference(
    window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    dialog.next_edit.setText(str(tmp_path / "elsewhere"))
    assert "empty data file" in dialog.data_hint.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    assert "next time" in dialog.language_hint.text()
    dialog.notify_box.setChecked(False)
    dialog.server_edit.setText("https://courses.example.org/")
    dialog.interval_combo.setCurrentIndex(dialog.interval_combo.findData(60))
    dialog.at_risk_spin.setValue(21)
    with_sync: list[bool] = []
    window.sync_preferences_changed.connect(lambda: with_sync.append(True))
    dialog.ok_button.click()
    settle()
    stored = Preferences(settings)
    assert stored.data_dir() == tmp_path / "elsewhere"
    assert stored.language() == "de"
    assert stored.sync_server() == "https://courses.example.org"
    assert stored.sync_interval() == 60
    assert stored.at_risk_days() == 21
    assert window.notifier.enabled() is False
    assert window.activity.show_box.isChecked() is False  # the Activity panel follows
    assert with_sync == [True]
    assert window.studio.context.at_risk_days == 21
    window.notifier.set_enabled(True)


def test_cancel_stores_nothing(window: MainWindow, settings: QSettings) -> None:
    before = {k: settings.value(k) for k in settings.allKeys()}
    dialog = open_dialog(window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.at_risk_spin.setValue(3)
    dialog.server_edit.setText("https://other.example.org")
    dialog.reject()
    assert {k: settings.value(k) for k in settings.allKeys()} == before
    assert window.studio.context.at_risk_days == DEFAULT_AT_RISK_DAYS


def test_a_bad_server_address_or_folder_keeps_ok_disabled(
    window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    dialog.server_edit.setText("courses.example.org")
    assert not dialog.ok_button.isEnabled()
    assert dialog.server_message.isVisibleTo(dialog) and "https://" in dialog.server_message.text()
    dialog.server_edit.setText("https://courses.example.org")
    assert dialog.ok_button.isEnabled()
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    dialog.next_edit.setText(str(blocker))
    assert not dialog.ok_button.isEnabled() and "is a file" in dialog.data_message.text()
    dialog.accept()  # pressing Enter does not get round it
    assert dialog.isVisible()
    assert Preferences(settings).sync_server() == ""
    dialog.next_edit.clear()
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_a_folder_with_data_is_recognised(window: MainWindow, studio: Studio) -> None:
    dialog = open_dialog(window)
    dialog.next_edit.setText(str(studio.data_dir))
    assert dialog.data_hint.text() == "Course Studio will keep using this folder."
    dialog.reject()


def test_the_dialog_says_when_the_folder_was_given_on_the_command_line(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    given = DataDirChoice(tmp_path / "given", "command line")
    dialog = PreferencesDialog(Preferences(settings), given)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(type(dialog.data_hint))]
    assert any("given on the command line" in text for text in labels)
    usual = PreferencesDialog(Preferences(settings), DataDirChoice(tmp_path, "default"))
    qtbot.addWidget(usual)
    assert not any("command line" in w.text() for w in usual.findChildren(type(dialog.data_hint)))


def test_the_windows_own_notifier_keeps_its_setting_with_the_other_preferences(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, settings: QSettings
) -> None:
    win = MainWindow(studio, hub, QUndoStack(), settings, restore=False)
    qtbot.addWidget(win)
    win.notifier.set_enabled(False)
    assert Preferences(settings).notifications() is False
    settle()


# -- the at-risk threshold, live ------------------------------------------------------


@pytest.fixture
def quiet_student(studio: Studio) -> Any:
    """Ada, last active ten days ago in a course without an end date."""
    course = studio.courses.create(
        code="RISK1", title="Quiet students", status="published", start_date="2026-09-01"
    )
    module = studio.outline.add_module(course.id, title="Week 1")
    first = studio.outline.add_lesson(module.id, title="One")
    studio.outline.add_lesson(module.id, title="Two")
    ada = studio.students.create(given_name="Ada", family_name="Lovelace", email="ada@example.org")
    enrollment = studio.enrollments.enroll(course.id, ada.id)
    studio.progress.record(
        enrollment.id, first.id, status="completed", at=NOW - dt.timedelta(days=10)
    )
    return course


def risk_of(window: MainWindow, course_id: str) -> int:
    model = window.course_model
    return int(model.record(model.row_of(course_id)).at_risk)


def test_a_new_threshold_applies_at_once(
    qtbot: QtBot, window: MainWindow, quiet_student: Any
) -> None:
    course = quiet_student
    window.courses.select_id(course.id)
    settle()
    assert risk_of(window, course.id) == 0
    assert window.overview.at_risk.value.text() == "0"
    dialog = open_dialog(window)
    dialog.at_risk_spin.setValue(7)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: risk_of(window, course.id) == 1)
    settle()
    assert window.overview.at_risk.value.text() == "1"
    assert "more than 7 days" in window.overview.at_risk.note.text()
    window.detail.tabs.setCurrentWidget(window.progress)
    settle()
    qtbot.waitUntil(lambda: "<b>1</b> at risk" in window.progress.summary.text())
    assert window.progress.model.records()[0].at_risk
