"""Texts follow the system font: a bigger application font gives bigger text, taller
rows and larger controls everywhere, and no text has a size of its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import course_studio.ui as ui_package
from course_studio import Studio
from course_studio.ui import style
from course_studio.ui.changes import ChangeHub
from course_studio.ui.main_window import MainWindow
from course_studio.ui.preferences_dialog import PreferencesDialog
from course_studio.ui.prefs import DataDirChoice, Preferences

from .conftest import make_window, settle


@pytest.fixture
def font_size(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """Set the application's font size in points; the old font comes back afterwards."""
    original = QFont(qapp.font())

    def set_size(points: float) -> None:
        font = QFont(original)
        font.setPointSizeF(points)
        qapp.setFont(font)
        qapp.processEvents()

    yield set_size
    qapp.setFont(original)
    qapp.processEvents()


def measure(window: MainWindow, tmp_path: Path) -> dict[str, float]:
    settle()
    header = window.detail.header
    figure = window.overview.at_risk.value
    dialog = PreferencesDialog(Preferences(window.settings.qsettings), DataDirChoice(tmp_path, ""))
    for widget in (header.title, figure, window.detail.empty_text):
        widget.ensurePolished()
    toolbar_button = window.toolbar.widgetForAction(window.course_actions.new)
    assert toolbar_button is not None
    sizes = {
        "course rows": float(window.courses.table.verticalHeader().defaultSectionSize()),
        "outline rows": float(window.outline.tree.sizeHintForRow(0)),
        "heading": float(header.title.sizeHint().height()),
        "heading points": header.title.font().pointSizeF(),
        "hint points": window.detail.empty_text.font().pointSizeF(),
        "figure points": figure.font().pointSizeF(),
        "toolbar button": float(toolbar_button.sizeHint().height()),
        "search field": float(window.courses.search.sizeHint().height()),
        "preferences dialog": float(dialog.sizeHint().height()),
        "progress summary": window.progress.summary.sizeHint().height(),
    }
    dialog.deleteLater()
    return sizes


@pytest.fixture
def outlined(studio: Studio, course: Any) -> Any:
    module = studio.outline.add_module(course.id, title="Week 1")
    studio.outline.add_lesson(module.id, title="Variables")
    return course


def test_a_bigger_system_font_makes_everything_bigger(
    qtbot: QtBot,
    studio: Studio,
    hub: ChangeHub,
    settings: QSettings,
    tmp_path: Path,
    outlined: Any,
    font_size: Callable[[float], None],
) -> None:
    def window_at(points: float) -> dict[str, float]:
        font_size(points)
        window = make_window(qtbot, studio, hub, QUndoStack(), settings)
        window.courses.select_id(outlined.id)
        window.detail.tabs.setCurrentWidget(window.outline)
        settle()
        window.outline.tree.expandAll()
        window.progress.summary.setText("3 students · 1 at risk")
        sizes = measure(window, tmp_path)
        window.close()
        return sizes

    normal = window_at(10)
    large = window_at(16)
    smaller = [name for name in normal if not large[name] > normal[name]]
    assert not smaller, f"these did not grow with the font: {smaller} ({normal} -> {large})"
    for sizes in (normal, large):  # the roles keep their proportions
        ratio = style.FONT_SCALES["heading"] / style.FONT_SCALES["hint"]
        assert sizes["heading points"] == pytest.approx(sizes["hint points"] * ratio, rel=0.02)


def test_text_sizes_follow_a_font_change_while_the_app_runs(
    window: MainWindow, font_size: Callable[[float], None]
) -> None:
    hint = window.detail.empty_text
    font_size(10)
    hint.ensurePolished()
    before = hint.font().pointSizeF()
    font_size(15)
    hint.ensurePolished()
    assert hint.font().pointSizeF() == pytest.approx(before * 1.5, rel=0.01)


def test_no_text_has_a_fixed_size() -> None:
    """Sizes in the style sheet come from the app's font; the code sets none in pixels."""
    sheet = style.style_sheet(10.0)
    fixed = re.findall(r"font-size:\s*[\d.]+px", sheet)
    assert not fixed
    assert 'QLabel[role="hint"] { font-size: 9.50pt; }' in sheet
    assert 'QLabel[role="hint"] { font-size: 19.00pt; }' in style.style_sheet(20.0)
    offenders = []
    for path in Path(ui_package.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if "setPixelSize(" in line and "icon" not in path.name and "notifier" not in path.name:
                offenders.append(f"{path.name}: {line.strip()}")
            if re.search(r"font-size:\s*\d", line) and path.name != "style.py":
                offenders.append(f"{path.name}: {line.strip()}")
    assert not offenders, offenders


def test_labels_in_a_role_have_the_roles_size(
    qtbot: QtBot, font_size: Callable[[float], None]
) -> None:
    font_size(12)
    label = QLabel("A hint")
    label.setProperty("role", "hint")
    qtbot.addWidget(label)
    label.ensurePolished()
    assert label.font().pointSizeF() == pytest.approx(12 * style.FONT_SCALES["hint"], rel=0.01)
