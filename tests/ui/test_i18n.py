"""Every text of the app can be shown in German: marked for translation, translated
completely with its placeholders, and shown in German once the language is German."""

from __future__ import annotations

import datetime as dt
import importlib.util
import pickle
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.domain import rules
from course_studio.domain.errors import DomainError, ValidationError, msg
from course_studio.ui import i18n, timefmt
from course_studio.ui.course_editor import CourseEditor, EditorMode
from course_studio.ui.errors import show_error
from course_studio.ui.main_window import MainWindow
from course_studio.ui.messages import error_text, tr_message
from course_studio.ui.undo import UndoRunner

from .conftest import compiled_translations, settle

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
PLACEHOLDER = re.compile(r"\{\w+(?:![rsa])?(?::[^{}]*)?\}|%L?n|%\d")


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _names(text: str) -> set[str]:
    """The placeholders a text fills in ({name}, %n, %1), format specs left aside."""
    return {
        re.sub(r"[!:].*", "}", p) if p.startswith("{") else p for p in PLACEHOLDER.findall(text)
    }


# -- marking -------------------------------------------------------------------------


@pytest.mark.parametrize("path", tool.ui_files(), ids=lambda p: p.name)
def test_no_visible_text_skips_tr(path: Path) -> None:
    assert list(tool.untranslated(path)) == []


def test_the_check_finds_untranslated_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(self, n):\n"
        "    self.button.setText('Save')\n"
        "    self.setWindowTitle(f'Edit {n}')\n"
        "    self.label.setToolTip(self.tr('Fine'))\n"
        "    box = QMessageBox(icon, 'Delete?', self.tr('Sure?'))\n"
        "    log.warning('for the log file %s', n)\n"
        "    self.setObjectName('okButton')\n"
    )
    found = sorted(text for _line, text in tool.untranslated(sample))
    assert found == ["Delete?", "Edit ", "Save"]


def test_wrap_marks_texts_for_translation(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtWidgets import QLabel, QWidget\n\n\n"
        "class Panel(QWidget):\n"
        "    def build(self):\n"
        "        self.setWindowTitle('Trash')\n\n\n"
        "def heading():\n"
        "    return QLabel('Details')\n"
    )
    assert tool.wrap(sample) == 2
    text = sample.read_text()
    assert "self.setWindowTitle(self.tr('Trash'))" in text
    assert "QLabel(QCoreApplication.translate('sample', 'Details'))" in text
    assert "from PySide6.QtCore import QCoreApplication, Qt" in text
    assert list(tool.untranslated(sample)) == []


def test_the_core_messages_are_collected_for_translators() -> None:
    assert tool.write_messages(check_only=True) == 0, "run make translations"
    templates = tool.core_messages()
    assert "A course code has {CODE_MIN} to {CODE_MAX} characters ({code} has {length})." in (
        templates
    )
    assert "Course code already used" in templates  # the titles of the errors too
    assert not any("CancelToken" in t for t in templates)  # programmers' errors are not


# -- the German translation ----------------------------------------------------------


def test_the_german_translation_is_complete_and_keeps_every_placeholder() -> None:
    problems = []
    count = 0
    for context, message in _messages(tool.ts_file("de")):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if "%" + "n" in source.replace("%Ln", "%n") and message.get("numerus") != "yes":
            problems.append(f"{context}: {source!r} should be a plural text")
        for text in texts:
            if not text.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            # the singular may say "one" instead of the number
            singular = len(texts) > 1 and text is texts[0]
            wanted = _names(source) - ({"%n", "%Ln"} if singular else set())
            missing = wanted - _names(text)
            if missing:
                problems.append(f"{context}: {text!r} lacks {sorted(missing)}")
    assert count > 500
    assert problems == []


def test_the_translations_match_the_code(tmp_path: Path) -> None:
    """lupdate finds no text that the .ts files lack (make translations was run)."""
    shutil.copytree(tool.TRANSLATIONS, tmp_path / "t", ignore=shutil.ignore_patterns("*.qm"))
    before = {(c, m.findtext("source")) for c, m in _messages(tool.ts_file("de"))}
    old = tool.TRANSLATIONS
    try:
        tool.TRANSLATIONS = tmp_path / "t"
        tool.update(write_sources=False)
        after = {(c, m.findtext("source")) for c, m in _messages(tool.ts_file("de"))}
    finally:
        tool.TRANSLATIONS = old
    assert after - before == set(), "new texts: run make translations and translate them"
    assert before - after == set(), "texts gone from the code: run make translations"


def test_english_has_every_plural_form() -> None:
    plurals = [m for _c, m in _messages(tool.ts_file("en"))]
    assert plurals and all(m.get("numerus") == "yes" for m in plurals)
    for message in plurals:
        one, many = [f.text or "" for f in message.iter("numerusform")]
        assert "(s)" not in one + many
        assert message.findtext("source", "").replace("(s)", "s") == many


# -- the core's messages -------------------------------------------------------------


def test_a_message_is_english_text_that_keeps_its_template() -> None:
    message = msg("Code {code} starts on {day}.", code="CS101", day=dt.date(2026, 9, 12))
    assert message == "Code CS101 starts on 12 Sep 2026."
    assert message.template == "Code {code} starts on {day}."
    error = ValidationError(message, "code")
    assert (error.message, error.template, error.field) == (message, message.template, "code")
    copied = pickle.loads(pickle.dumps(error))
    assert copied.template == message.template and copied.params == message.params
    plain = DomainError("Tags must be a list of words.")
    assert (plain.template, plain.params) == ("Tags must be a list of words.", {})


# -- German on screen ----------------------------------------------------------------


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    compiled_translations()
    i18n.install_translations(qapp, "de")
    yield
    i18n.install_translations(qapp, "en")


def test_english_stays_english(qapp: QApplication) -> None:
    with pytest.raises(ValidationError) as info:
        rules.check_capacity("lots")
    assert error_text(info.value) == "The capacity must be a whole number of seats (got 'lots')."
    assert timefmt.number(1500) == "1,500"


def test_german_messages_numbers_and_dates(german: None) -> None:
    assert QLocale().language() == QLocale.Language.German
    assert timefmt.number(1500) == "1.500"
    assert timefmt.date_text(dt.date(2026, 10, 12)) == "12. Okt. 2026"
    now = dt.datetime(2026, 10, 12, 12, 0)
    assert timefmt.relative(now - dt.timedelta(days=3), now) == "vor 3 Tagen"
    assert timefmt.relative(now - dt.timedelta(days=1, hours=1), now) == "Gestern"
    with pytest.raises(ValidationError) as info:
        rules.check_dates(dt.date(2026, 9, 1), dt.date(2026, 8, 1))
    assert error_text(info.value) == (
        "Das Enddatum (1. Aug. 2026) darf nicht vor dem Startdatum (1. Sept. 2026) liegen."
    )
    with pytest.raises(ValidationError) as info:
        rules.check_name("", "given_name")
    assert error_text(info.value) == "Der Vorname: Angabe erforderlich."
    with pytest.raises(ValidationError) as info:
        rules.check_capacity(10**9)
    assert error_text(info.value) == "Die Kapazität beträgt höchstens 100.000 Plätze."
    assert tr_message("Not found") == "Nicht gefunden"


def test_the_course_editor_speaks_german(
    german: None, qtbot: QtBot, studio: Studio, runner: UndoRunner
) -> None:
    editor = CourseEditor(studio, runner, EditorMode.CREATE, None)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.windowTitle() == "Neuer Kurs"
    assert editor.save_button.text() == "Anlegen"
    assert editor.hint.text() == "Zum Speichern bitte ausfüllen: Kürzel, Titel."
    code = editor.fields["code"].widget
    assert isinstance(code, QLineEdit)
    assert code.placeholderText() == "Zum Beispiel CS101"
    qtbot.keyClicks(code, "CS 101")
    assert editor.message_for("code") == (
        "Ein Kurskürzel darf Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten, "
        "aber keine Leerzeichen."
    )
    start = editor.fields["start_date"].widget.findChild(QLineEdit)
    end = editor.fields["end_date"].widget.findChild(QLineEdit)
    assert start is not None and end is not None
    qtbot.keyClicks(start, "2026-09-01")
    qtbot.keyClicks(end, "2026-08-01")
    assert "darf nicht vor dem Startdatum (1. Sept. 2026) liegen" in editor.message_for("end_date")


def test_the_main_window_speaks_german(german: None, studio: Studio, window: MainWindow) -> None:
    studio.courses.create(code="CS101", title="Programming in Python", capacity=1500)
    window.course_model.refresh()
    settle()
    assert window.courses.current_record() is not None
    texts = {action.text() for action in window.findChildren(QAction)}
    assert {"&Neuer Kurs…", "Kurs &bearbeiten…", "Kurs d&uplizieren…"} <= texts
    overview = window.overview
    assert overview.enrolled.note.text() == "von 1.500 Plätzen"
    assert overview.completion.note.text() == "Noch niemand ist eingeschrieben."
    assert overview.outline.value.text() == "0 Lektionen"


def test_an_error_dialog_speaks_german(german: None, qtbot: QtBot, host: Any) -> None:
    with pytest.raises(ValidationError) as info:
        rules.check_code("")
    box = show_error(host, info.value)
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Bitte prüfen Sie diesen Wert"
    assert box.text() == "Jeder Kurs braucht ein Kürzel, zum Beispiel CS101."
    box.close()


def test_module_level_texts_are_found_in_german(german: None) -> None:
    """Texts marked outside a QObject are looked up in the context they were marked in."""
    from course_studio.domain.errors import ValidationError as Refused
    from course_studio.interop import MAPPING_FIELDS
    from course_studio.query import Scope
    from course_studio.sync import SyncError
    from course_studio.ui import (
        bulk_enroll_wizard,
        conflict_text,
        course_file_dialogs,
        course_model,
        export_dialogs,
        interop_widgets,
        roster_files,
        sync_controller,
        sync_status,
    )
    from course_studio.ui.filter_bar import FilterBar
    from course_studio.ui.style import STATUS_LABELS

    header = course_model.CourseTableModel(list, me="me")
    shown = [header.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert shown == ["Kürzel", "Titel", "Status"]
    assert STATUS_LABELS["published"] == "Öffentlich"
    assert sync_controller.tr(sync_controller.NOT_A_SERVER).startswith("Unter dieser Adresse")
    with pytest.raises(SyncError) as info:
        sync_controller.check_server_url("")
    assert error_text(info.value).startswith("Geben Sie die Adresse des Servers ein")
    assert sync_status._tr(sync_status.WORDS[sync_controller.SyncState.SIGNED_OUT]) == (
        "Nicht am Server angemeldet"
    )
    assert conflict_text.field_name("start_date") == "Startdatum"
    assert interop_widgets.phrase("courses", 3) == "3 Kurse"
    assert course_file_dialogs._tr(course_file_dialogs.RestoreDialog.BUTTON) == (
        "Kurs wiederherstellen"
    )
    assert export_dialogs._tr(export_dialogs.ROSTER_FILES["moodle"][1]) == "CSV-Dateien (*.csv)"
    assert tr_message(roster_files.DELIMITER_NAMES[";"]) == "Semikolons"
    assert tr_message(MAPPING_FIELDS["given_name"]) == "Vorname"
    assert bulk_enroll_wizard.TARGETS[1].caption == "Nachname"
    with pytest.raises(Refused) as refused:
        roster_files.read_bytes(Path("/nowhere/class.csv"))
    assert error_text(refused.value) == "Dort gibt es keine Datei namens class.csv."
    bar = FilterBar(Scope.COURSES)
    assert bar.clear_button.text() == "Filter löschen"
    assert bar.chips["status"].toolTip() == "Kurse mit diesen Status zeigen"
    bar.deleteLater()


def test_the_progress_tab_speaks_german(
    german: None, qtbot: QtBot, studio: Studio, window: MainWindow
) -> None:
    progress = window.progress
    model = progress.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Studierende*r", "E-Mail", "Fortschritt"]
    assert progress.at_risk_box.text() == "Nur gefährdete"
    assert window.menuBar().actions()[0].text() == "&Datei"
