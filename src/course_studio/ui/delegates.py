"""Painting helpers shared by table cells and widgets: status chips and meter bars."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from . import style
from .course_model import CourseRole

Index = QModelIndex | QPersistentModelIndex


def chip_size(metrics: QFontMetrics, text: str) -> QSize:
    return QSize(metrics.horizontalAdvance(text) + 16, metrics.height() + 4)


def paint_chip(
    painter: QPainter, rect: QRect | QRectF, text: str, tone_name: str, palette: QPalette
) -> None:
    """A rounded label, e.g. the course status, centred vertically in ``rect``."""
    tone = style.tone(tone_name, palette)
    metrics = painter.fontMetrics()
    size = chip_size(metrics, text)
    box = QRectF(
        rect.x(), rect.y() + (rect.height() - size.height()) / 2.0, size.width(), size.height()
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(tone.border)
    painter.setBrush(tone.background)
    radius = box.height() / 2.0
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.setPen(tone.text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def paint_meter(
    painter: QPainter,
    rect: QRect | QRectF,
    fraction: float,
    palette: QPalette,
    *,
    color: QColor | None = None,
    height: float = 6.0,
) -> None:
    """A thin horizontal bar filled to ``fraction`` (0..1), centred vertically."""
    fraction = max(0.0, min(1.0, fraction))
    track = QRectF(rect.x(), rect.y() + (rect.height() - height) / 2.0, rect.width(), height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
    painter.drawRoundedRect(track, height / 2.0, height / 2.0)
    if fraction > 0:
        fill = QRectF(track.x(), track.y(), max(height, track.width() * fraction), height)
        painter.setBrush(color or style.accent(palette))
        painter.drawRoundedRect(fill, height / 2.0, height / 2.0)
    painter.restore()


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the status column as a coloured chip."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style_ = widget.style() if widget is not None else None
        if style_ is not None:
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        status = index.data(CourseRole.STATUS) or "neutral"
        painter.save()
        painter.setFont(opt.font)
        paint_chip(painter, QRectF(opt.rect).adjusted(6, 0, -4, 0), text, status, opt.palette)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width() + 16, max(base.height(), option.fontMetrics.height() + 10))


class CompletionDelegate(QStyledItemDelegate):
    """Paints the average completion as a bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style_ = widget.style() if widget is not None else None
        if style_ is not None:
            style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        value = index.data(CourseRole.COMPLETION)
        rect = QRectF(opt.rect).adjusted(6, 0, -6, 0)
        text_width = opt.fontMetrics.horizontalAdvance("100 %") + 6
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        # a selection in a view without the focus is drawn in the Inactive colours
        # (a pale highlight with dark text), so the text must be too
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        painter.save()
        if value is not None:
            bar = QRectF(rect.x(), rect.y(), max(10.0, rect.width() - text_width), rect.height())
            highlighted = opt.palette.color(group, QPalette.ColorRole.HighlightedText)
            color = highlighted if selected else None
            paint_meter(painter, bar, float(value) / 100.0, opt.palette, color=color, height=5)
        painter.setPen(opt.palette.color(group, role))
        painter.setFont(opt.font)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()
