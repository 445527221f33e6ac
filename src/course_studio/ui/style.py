"""The look: Fusion with a calm light (or dark) palette, a little style sheet, and the
colours of status chips and bars. Everything else takes its colours from the palette,
so a dark system scheme gives a dark app without a second set of rules."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .i18n import Labels

ACCENT = "#2f6fbf"


@dataclass(frozen=True, slots=True)
class Tone:
    """Background, text and border colour of a chip."""

    background: QColor
    text: QColor
    border: QColor


# (light background, light text, dark background, dark text)
_TONES: dict[str, tuple[str, str, str, str]] = {
    "draft": ("#fff4d6", "#7a5200", "#4a3a12", "#f5d58a"),
    "published": ("#ddf3e4", "#1d6b3a", "#173d27", "#9ee0b4"),
    "archived": ("#e8eaee", "#4d5562", "#33373e", "#c2c7cf"),
    "neutral": ("#e6eefa", "#244f8a", "#1f3250", "#a9c6ef"),
    "danger": ("#fde4e1", "#9b2c1f", "#4a211c", "#f4b0a6"),
}

#: course statuses as shown (translated when read)
STATUS_LABELS = Labels(
    "CourseStatus",
    {
        "draft": QT_TRANSLATE_NOOP("CourseStatus", "Draft"),
        "published": QT_TRANSLATE_NOOP("CourseStatus", "Published"),
        "archived": QT_TRANSLATE_NOOP("CourseStatus", "Archived"),
    },
)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def tone(name: str, palette: QPalette | None = None) -> Tone:
    light_bg, light_fg, dark_bg, dark_fg = _TONES.get(name, _TONES["neutral"])
    if is_dark(palette):
        bg, fg = QColor(dark_bg), QColor(dark_fg)
    else:
        bg, fg = QColor(light_bg), QColor(light_fg)
    border = QColor(fg)
    border.setAlphaF(0.25)
    return Tone(bg, fg, border)


def accent(palette: QPalette | None = None) -> QColor:
    return (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Highlight)


def error_color(palette: QPalette | None = None) -> QColor:
    return QColor("#f08a7e") if is_dark(palette) else QColor("#b3261e")


def muted(palette: QPalette | None = None) -> QColor:
    return (palette or QGuiApplication.palette()).color(QPalette.ColorRole.PlaceholderText)


def _light_palette() -> QPalette:
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#f4f5f7",
        QPalette.ColorRole.WindowText: "#1f2630",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f8fa",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2630",
        QPalette.ColorRole.PlaceholderText: "#646c78",
        QPalette.ColorRole.Text: "#1f2630",
        QPalette.ColorRole.Button: "#f9fafb",
        QPalette.ColorRole.ButtonText: "#1f2630",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e9ecf0",
        QPalette.ColorRole.Mid: "#cfd4db",
        QPalette.ColorRole.Dark: "#a9b0ba",
        QPalette.ColorRole.Shadow: "#6b7480",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#2a62a8",
        QPalette.ColorRole.LinkVisited: "#6d4aa8",
        QPalette.ColorRole.Accent: ACCENT,
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    disabled = {
        QPalette.ColorRole.WindowText: "#9aa1ab",
        QPalette.ColorRole.Text: "#9aa1ab",
        QPalette.ColorRole.ButtonText: "#9aa1ab",
        QPalette.ColorRole.Highlight: "#b7c3d3",
    }
    for role, value in disabled.items():
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    inactive_highlight = QColor("#dbe6f5")
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, inactive_highlight)
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor("#1f2630"))
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#1f2226",
        QPalette.ColorRole.WindowText: "#e4e7eb",
        QPalette.ColorRole.Base: "#181a1d",
        QPalette.ColorRole.AlternateBase: "#1d2024",
        QPalette.ColorRole.ToolTipBase: "#2a2e33",
        QPalette.ColorRole.ToolTipText: "#e4e7eb",
        QPalette.ColorRole.PlaceholderText: "#9099a4",
        QPalette.ColorRole.Text: "#e4e7eb",
        QPalette.ColorRole.Button: "#2a2e33",
        QPalette.ColorRole.ButtonText: "#e4e7eb",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#3a3f46",
        QPalette.ColorRole.Midlight: "#30343a",
        QPalette.ColorRole.Mid: "#464c54",
        QPalette.ColorRole.Dark: "#121416",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3472c0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab8f0",
        QPalette.ColorRole.LinkVisited: "#b69cf0",
        QPalette.ColorRole.Accent: "#3472c0",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c737c"))
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("#2c3e55"))
    return p


_STYLE_SHEET = """
QToolBar#mainToolbar { border: none; padding: 4px 6px; spacing: 2px; }
QToolBar#mainToolbar QToolButton { padding: 4px 8px; border-radius: 5px; }
QToolBar QToolButton:hover { background: palette(midlight); }
QToolBar#paneToolbar { border: none; spacing: 2px; padding: 0px; }
QToolBar#paneToolbar QToolButton { padding: 3px 6px; border-radius: 4px; }
QLineEdit#courseSearch {
    padding: 5px 8px; border: 1px solid palette(mid); border-radius: 6px;
    background: palette(base);
}
QLineEdit#courseSearch:focus { border: 1px solid palette(highlight); }
QTableView, QTreeView, QListView {
    border: 1px solid palette(mid); border-radius: 4px;
    gridline-color: palette(midlight);
}
QHeaderView::section {
    padding: 5px 6px; border: none; border-bottom: 1px solid palette(mid);
    border-right: 1px solid palette(midlight); background: palette(button);
}
QTabWidget::pane { border: 1px solid palette(mid); border-radius: 4px; top: -1px; }
QTabBar::tab { padding: 6px 14px; }
QLabel[role="heading"] { font-weight: 600; }
QLabel[role="figure"] { font-weight: 600; }
QLabel[role="section"] { font-weight: 600; }
QFrame[role="card"] {
    background: palette(base); border: 1px solid palette(mid); border-radius: 6px;
}
QStatusBar QLabel { padding: 0 6px; }
"""

#: text sizes of label roles, relative to the application's font (the system's, or
#: what the instructor chose for all programs): nothing has a fixed size, so every
#: text grows and shrinks with the system font
FONT_SCALES = {
    "hint": 0.95,
    "error": 0.95,
    "subheading": 1.05,
    "lead": 1.1,
    "figure": 1.6,
    "heading": 1.6,
}


def style_sheet(base_points: float) -> str:
    """The style sheet for an application font of ``base_points``."""
    sizes = "".join(
        f'QLabel[role="{role}"] {{ font-size: {base_points * scale:.2f}pt; }}\n'
        for role, scale in FONT_SCALES.items()
    )
    return _STYLE_SHEET + sizes


def tint(widget: QWidget) -> None:
    """Colour a label by its role: hints in the muted colour, errors in red."""
    role = widget.property("role")
    if role not in ("hint", "error"):
        return
    palette = widget.palette()
    app_palette = QGuiApplication.palette()
    color = muted(app_palette) if role == "hint" else error_color(app_palette)
    palette.setColor(QPalette.ColorRole.WindowText, color)
    widget.setPalette(palette)


def use_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    app.setPalette(_dark_palette() if scheme == Qt.ColorScheme.Dark else _light_palette())
    for widget in app.allWidgets():
        tint(widget)


SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply_style(app: QApplication, scheme: str | None = None) -> None:
    """Fusion, a light or dark palette, and text sizes that follow the app's font.

    ``scheme`` "light" or "dark" fixes the palette; None follows the system's scheme,
    also when it changes while the app runs.
    """
    app.setStyle("Fusion")
    if scheme is not None and scheme not in SCHEMES:
        raise ValueError(f"The palette must be light or dark, not {scheme!r}.")
    app.setProperty("courseStudioScheme", scheme or "")
    hints = QGuiApplication.styleHints()
    use_scheme(app, SCHEMES[scheme] if scheme else hints.colorScheme())
    if not app.property("courseStudioStyled"):
        app.setProperty("courseStudioStyled", True)
        hints.colorSchemeChanged.connect(lambda system: _system_scheme_changed(app, system))
        app.fontChanged.connect(lambda font: _font_changed(app, font))
    font = QFont(app.font())
    if font.family() in ("", "Sans Serif") and "DejaVu Sans" in _families():
        font.setFamily("DejaVu Sans")
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
    app.setFont(font)
    app.setStyleSheet(style_sheet(app.font().pointSizeF()))


def _system_scheme_changed(app: QApplication, scheme: Qt.ColorScheme) -> None:
    if not app.property("courseStudioScheme"):
        use_scheme(app, scheme)


def _font_changed(app: QApplication, font: QFont) -> None:
    """The application font changed: text sizes of the label roles follow it."""
    sheet = style_sheet(font.pointSizeF())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def _families() -> list[str]:
    from PySide6.QtGui import QFontDatabase

    return QFontDatabase.families()
