"""Icons and colours follow the palette, light or dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from course_studio.ui import icons, style
from course_studio.ui.widgets import FieldMessage, muted_label


def ink(image: QImage) -> float:
    """Average lightness of the opaque pixels of an icon."""
    values = []
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if color.alpha() > 200:
                values.append(color.lightnessF())
    assert values, "the icon drew nothing"
    return sum(values) / len(values)


@pytest.fixture
def dark_then_light(qapp: QApplication) -> Iterator[None]:
    style.use_scheme(qapp, Qt.ColorScheme.Dark)
    yield
    style.use_scheme(qapp, Qt.ColorScheme.Light)


@pytest.mark.parametrize("name", icons.names())
def test_every_icon_draws_in_the_text_colour(qapp: QApplication, name: str) -> None:
    style.use_scheme(qapp, Qt.ColorScheme.Light)
    light = ink(icons.icon(name).pixmap(32, 32).toImage())
    style.use_scheme(qapp, Qt.ColorScheme.Dark)
    try:
        dark = ink(icons.icon(name).pixmap(32, 32).toImage())
    finally:
        style.use_scheme(qapp, Qt.ColorScheme.Light)
    assert light < 0.35 < 0.65 < dark
    disabled = icons.icon(name).pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    assert disabled.size().width() == 32


def test_labels_are_recoloured_when_the_scheme_changes(
    qapp: QApplication, dark_then_light: None
) -> None:
    hint = muted_label("A hint")
    message = FieldMessage()
    style.use_scheme(qapp, Qt.ColorScheme.Light)
    light_hint = hint.palette().windowText().color()
    assert message.palette().windowText().color() == QColor("#b3261e")
    style.use_scheme(qapp, Qt.ColorScheme.Dark)
    assert hint.palette().windowText().color().lightnessF() > light_hint.lightnessF()
    assert message.palette().windowText().color() == QColor("#f08a7e")
    assert style.is_dark() and style.tone("published").background == QColor("#173d27")
