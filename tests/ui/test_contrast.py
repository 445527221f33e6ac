"""Both palettes are readable: every text colour meets the WCAG 2 contrast ratio for
normal text (4.5:1) on the backgrounds it is drawn on, and the window really is light
or dark in screenshots taken with ``--palette``."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

import course_studio
from course_studio.ui import style

Role = QPalette.ColorRole

#: (text role, background role) pairs the widgets draw with.
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
]

#: WCAG 2.x minimum for body text.
NORMAL_TEXT = 4.5


def luminance(color: QColor) -> float:
    """Relative luminance as WCAG 2 defines it (sRGB channels linearised)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    style.use_scheme(qapp, style.SCHEMES[request.param])
    yield str(request.param)
    style.use_scheme(qapp, Qt.ColorScheme.Light)


def test_palette_text_is_readable_on_its_backgrounds(scheme: str) -> None:
    palette = QApplication.palette()
    assert style.is_dark(palette) == (scheme == "dark")
    poor = {
        f"{text.name} on {background.name}": round(ratio, 2)
        for text, background in PAIRS
        if (ratio := contrast(palette.color(text), palette.color(background))) < NORMAL_TEXT
    }
    assert not poor, f"{scheme} palette: {poor}"


def test_chips_hints_and_errors_are_readable(scheme: str) -> None:
    palette = QApplication.palette()
    checks = {
        f"{name} chip": contrast(style.tone(name).text, style.tone(name).background)
        for name in ("draft", "published", "archived", "neutral", "danger")
    }
    for background in (Role.Window, Role.Base):
        where = background.name
        checks[f"error on {where}"] = contrast(style.error_color(), palette.color(background))
        checks[f"hint on {where}"] = contrast(style.muted(), palette.color(background))
    poor = {name: round(ratio, 2) for name, ratio in checks.items() if ratio < NORMAL_TEXT}
    assert not poor, f"{scheme} palette: {poor}"


def mean_lightness(path: Path) -> float:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    step = 7
    values = [
        image.pixelColor(x, y).lightnessF()
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    return sum(values) / len(values)


def test_screenshots_in_both_palettes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with course_studio.open_studio(data, username="shooter") as studio:
        studio.courses.create(code="CS101", title="Programming in Python", status="published")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    lightness = {}
    for name in ("light", "dark"):
        out = tmp_path / f"{name}.png"
        args = ["--data-dir", str(data), "--palette", name, "--screenshot", str(out)]
        result = subprocess.run(
            [sys.executable, "-m", "course_studio", *args, "--size", "800x560"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        lightness[name] = mean_lightness(out)
    assert lightness["light"] > 0.8
    assert lightness["dark"] < 0.3
