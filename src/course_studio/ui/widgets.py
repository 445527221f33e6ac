"""Small widgets the panes share: a status chip, a meter bar, a field message, a date
field with a calendar, and a card frame."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from . import icons, style
from .delegates import chip_size, paint_chip, paint_meter


class StatusChip(QWidget):
    """A rounded label in the colours of a status (draft, published, archived)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._tone = "neutral"
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_status(self, text: str, tone: str) -> None:
        self._text = text
        self._tone = tone
        self.setAccessibleName(
            QCoreApplication.translate("StatusChip", "Status: {status}").format(status=text)
        )
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return chip_size(self.fontMetrics(), self._text) + QSize(2, 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_chip(
            painter,
            QRectF(self.rect()).adjusted(1, 0, -1, 0),
            self._text,
            self._tone,
            self.palette(),
        )
        painter.end()


class MeterBar(QWidget):
    """A thin bar filled to a fraction, e.g. seats taken or average completion."""

    def __init__(self, parent: QWidget | None = None, *, height: int = 8) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._tone: str | None = None
        self._bar_height = height
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float, *, tone: str | None = None) -> None:
        self._fraction = max(0.0, min(1.0, fraction))
        self._tone = tone
        self.update()

    def fraction(self) -> float:
        return self._fraction

    def sizeHint(self) -> QSize:
        return QSize(160, self._bar_height + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        color = style.tone(self._tone, self.palette()).text if self._tone else None
        paint_meter(
            painter,
            QRectF(self.rect()),
            self._fraction,
            self.palette(),
            color=color,
            height=self._bar_height,
        )
        painter.end()


class FieldMessage(QLabel):
    """The message under a form field: empty and hidden while the value is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)
        style.tint(self)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message("")

    def message(self) -> str:
        return self.text()


class DateField(QWidget):
    """A date typed as 2026-09-01 (or empty), with a calendar button beside it."""

    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD, or empty"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.textChanged)
        layout.addWidget(self.edit, 1)
        self.button = QToolButton()
        self.button.setIcon(icons.icon("calendar"))
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare)
        self.button.setMenu(menu)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_date(self, value: dt.date | str | None) -> None:
        if isinstance(value, dt.date):
            value = value.isoformat()
        self.edit.setText(value or "")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(
            QCoreApplication.translate("DateField", "Pick a date: {field}").format(field=name)
        )

    def _prepare(self) -> None:
        try:
            current = dt.date.fromisoformat(self.edit.text().strip())
        except ValueError:
            current = dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, date: QDate) -> None:
        self.edit.setText(date.toString("yyyy-MM-dd"))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()


class Card(QFrame):
    """A white box with a thin border that groups a part of a pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)


def label(text: str = "", role: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def muted_label(text: str = "", *, wrap: bool = False) -> QLabel:
    widget = label(text, "hint", wrap=wrap)
    style.tint(widget)
    return widget
