"""Line icons drawn with QPainter, in the palette's text colour at paint time.

Nothing is loaded from disk: each icon is a few strokes on a 24 x 24 grid, painted in
``WindowText`` (or its disabled shade) whenever Qt asks for a pixmap, so the same icon
reads well in light and dark palettes and follows a palette change without reloading.

    icon("new")              # a QIcon
    names()                  # every icon name
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

Draw = Callable[[QPainterPath], None]

_DRAWINGS: dict[str, Draw] = {}


def _icon(name: str) -> Callable[[Draw], Draw]:
    def register(fn: Draw) -> Draw:
        _DRAWINGS[name] = fn
        return fn

    return register


def _lines(path: QPainterPath, *points: tuple[float, float]) -> None:
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)


def _plus(path: QPainterPath, cx: float, cy: float, r: float) -> None:
    _lines(path, (cx - r, cy), (cx + r, cy))
    _lines(path, (cx, cy - r), (cx, cy + r))


def _arc_arrow(path: QPainterPath, mirrored: bool) -> None:
    # a hook: from the right, round the top, ending in an arrow head on the left
    sign = -1 if mirrored else 1
    cx = 12
    path.moveTo(cx + sign * 7, 18)
    path.lineTo(cx + sign * 7, 13)
    path.arcTo(QRectF(cx - 7, 6, 14, 14), 0 if not mirrored else 180, 180 * sign)
    path.lineTo(cx - sign * 7, 13)
    tip_x = cx - sign * 7
    _lines(path, (tip_x - 3, 10), (tip_x, 13.5), (tip_x + 3, 10))


@_icon("new")
def _new(path: QPainterPath) -> None:
    _plus(path, 12, 12, 7)


@_icon("edit")
def _edit(path: QPainterPath) -> None:
    _lines(path, (5, 19), (5.8, 15), (15.5, 5.3), (18.7, 8.5), (9, 18.2), (5, 19))
    _lines(path, (13.5, 7.3), (16.7, 10.5))


@_icon("duplicate")
def _duplicate(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(8.5, 8.5, 11, 11), 2, 2)
    _lines(path, (15.5, 5.5), (15.5, 4.5), (4.5, 4.5), (4.5, 15.5), (5.5, 15.5))


@_icon("archive")
def _archive(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(3.5, 4.5, 17, 4.5), 1, 1)
    _lines(path, (5, 9), (5, 19.5), (19, 19.5), (19, 9))
    _lines(path, (10, 13), (14, 13))


@_icon("delete")
def _delete(path: QPainterPath) -> None:
    _lines(path, (4, 6.5), (20, 6.5))
    _lines(path, (9.5, 6.5), (9.5, 4), (14.5, 4), (14.5, 6.5))
    _lines(path, (6, 6.5), (7, 20), (17, 20), (18, 6.5))
    _lines(path, (10, 10), (10, 16.5))
    _lines(path, (14, 10), (14, 16.5))


@_icon("trash")
def _trash(path: QPainterPath) -> None:
    _lines(path, (6.5, 7.5), (7.5, 20), (16.5, 20), (17.5, 7.5))
    path.addRoundedRect(QRectF(4.5, 4.5, 15, 3), 1, 1)
    _lines(path, (10, 11), (10, 16.5))
    _lines(path, (14, 11), (14, 16.5))


@_icon("restore")
def _restore(path: QPainterPath) -> None:
    path.arcMoveTo(QRectF(5, 5, 14, 14), 150)
    path.arcTo(QRectF(5, 5, 14, 14), 150, -300)
    _lines(path, (4.5, 4.5), (5.8, 8.6), (9.8, 7.6))
    _lines(path, (12, 8.5), (12, 12), (14.5, 13.5))


@_icon("undo")
def _undo(path: QPainterPath) -> None:
    _arc_arrow(path, mirrored=False)


@_icon("redo")
def _redo(path: QPainterPath) -> None:
    _arc_arrow(path, mirrored=True)


@_icon("search")
def _search(path: QPainterPath) -> None:
    path.addEllipse(QRectF(4.5, 4.5, 11, 11))
    _lines(path, (14, 14), (19.5, 19.5))


@_icon("module")
def _module(path: QPainterPath) -> None:
    _lines(path, (12, 4), (20, 8), (12, 12), (4, 8), (12, 4))
    _lines(path, (4, 12), (12, 16), (20, 12))
    _lines(path, (4, 16), (12, 20), (20, 16))


@_icon("add-module")
def _add_module(path: QPainterPath) -> None:
    _lines(path, (11, 4), (18, 7.5), (11, 11), (4, 7.5), (11, 4))
    _lines(path, (4, 11.5), (11, 15), (13, 14))
    _lines(path, (4, 15.5), (11, 19), (12, 18.5))
    _plus(path, 18, 17, 3.5)


@_icon("page")
def _page(path: QPainterPath) -> None:
    _lines(path, (6, 3.5), (14, 3.5), (18.5, 8), (18.5, 20.5), (6, 20.5), (6, 3.5))
    _lines(path, (14, 3.5), (14, 8), (18.5, 8))
    _lines(path, (9, 12), (15.5, 12))
    _lines(path, (9, 15.5), (15.5, 15.5))


@_icon("add-lesson")
def _add_lesson(path: QPainterPath) -> None:
    _lines(path, (12, 20.5), (5, 20.5), (5, 3.5), (12.5, 3.5), (17, 8), (17, 12))
    _lines(path, (12.5, 3.5), (12.5, 8), (17, 8))
    _plus(path, 17, 17, 3.5)


@_icon("video")
def _video(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(3.5, 5.5, 17, 13), 2.5, 2.5)
    _lines(path, (10.5, 9), (15, 12), (10.5, 15), (10.5, 9))


@_icon("quiz")
def _quiz(path: QPainterPath) -> None:
    path.addEllipse(QRectF(3.5, 3.5, 17, 17))
    path.arcMoveTo(QRectF(9.5, 7, 5, 5), 160)
    path.arcTo(QRectF(9.5, 7, 5, 5), 160, -250)
    _lines(path, (12, 12), (12, 13.8))
    path.addEllipse(QRectF(11.6, 16.1, 0.8, 0.8))


@_icon("assignment")
def _assignment(path: QPainterPath) -> None:
    _lines(path, (9, 5), (6, 5), (6, 20.5), (18, 20.5), (18, 5), (15, 5))
    path.addRoundedRect(QRectF(9, 3.5, 6, 3), 1, 1)
    _lines(path, (9, 13), (11.2, 15.2), (15.5, 10.8))


@_icon("link")
def _link(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(2.8, 8.5, 10.5, 7), 3.5, 3.5)
    path.addRoundedRect(QRectF(10.7, 8.5, 10.5, 7), 3.5, 3.5)


@_icon("up")
def _up(path: QPainterPath) -> None:
    _lines(path, (12, 19), (12, 5))
    _lines(path, (6.5, 10.5), (12, 5), (17.5, 10.5))


@_icon("down")
def _down(path: QPainterPath) -> None:
    _lines(path, (12, 5), (12, 19))
    _lines(path, (6.5, 13.5), (12, 19), (17.5, 13.5))


@_icon("rename")
def _rename(path: QPainterPath) -> None:
    _lines(path, (4, 19.5), (20, 19.5))
    _lines(path, (6, 16.5), (6.6, 13.4), (14.5, 5.5), (17.3, 8.3), (9.4, 16.2), (6, 16.5))


@_icon("activity")
def _activity(path: QPainterPath) -> None:
    _lines(path, (3, 12.5), (7.5, 12.5), (10, 6), (14, 18.5), (16.5, 12.5), (21, 12.5))


@_icon("history")
def _history(path: QPainterPath) -> None:
    path.addEllipse(QRectF(4, 4, 16, 16))
    _lines(path, (12, 7.5), (12, 12), (15.5, 14))


@_icon("info")
def _info(path: QPainterPath) -> None:
    path.addEllipse(QRectF(3.5, 3.5, 17, 17))
    _lines(path, (12, 11), (12, 16.5))
    path.addEllipse(QRectF(11.5, 7.3, 1, 1))


@_icon("warning")
def _warning(path: QPainterPath) -> None:
    _lines(path, (12, 4), (21, 19.5), (3, 19.5), (12, 4))
    _lines(path, (12, 9.5), (12, 14))
    path.addEllipse(QRectF(11.5, 16.3, 1, 1))


@_icon("course")
def _course(path: QPainterPath) -> None:
    _lines(path, (12, 6.5), (12, 19.5))
    _lines(path, (12, 6.5), (8.5, 5), (3.5, 5), (3.5, 17.5), (8.5, 17.5), (12, 19.5))
    _lines(path, (12, 6.5), (15.5, 5), (20.5, 5), (20.5, 17.5), (15.5, 17.5), (12, 19.5))


@_icon("people")
def _people(path: QPainterPath) -> None:
    path.addEllipse(QRectF(6, 4.5, 6, 6))
    path.moveTo(3.5, 19.5)
    path.cubicTo(3.5, 13, 14.5, 13, 14.5, 19.5)
    path.addEllipse(QRectF(14, 6, 4.5, 4.5))
    path.moveTo(16, 13.6)
    path.cubicTo(19, 13.4, 20.5, 15.5, 20.5, 18.5)


@_icon("chart")
def _chart(path: QPainterPath) -> None:
    _lines(path, (4, 4), (4, 20), (20, 20))
    _lines(path, (8, 16.5), (8, 12))
    _lines(path, (12, 16.5), (12, 8))
    _lines(path, (16, 16.5), (16, 10.5))


@_icon("folder")
def _folder(path: QPainterPath) -> None:
    _lines(path, (3.5, 18.5), (3.5, 5.5), (9.5, 5.5), (11.5, 8), (20.5, 8), (20.5, 18.5))
    path.lineTo(3.5, 18.5)


@_icon("calendar")
def _calendar(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(3.5, 5.5, 17, 15), 2, 2)
    _lines(path, (3.5, 10), (20.5, 10))
    _lines(path, (8, 3.5), (8, 7))
    _lines(path, (16, 3.5), (16, 7))


@_icon("keyboard")
def _keyboard(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(2.5, 6.5, 19, 11), 2, 2)
    for x in (6, 9.3, 12.6, 16, 18.5):
        _lines(path, (x, 10), (x + 0.01, 10))
    _lines(path, (7.5, 14), (16.5, 14))


@_icon("columns")
def _columns(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(3.5, 4.5, 17, 15), 1.5, 1.5)
    _lines(path, (9.3, 4.5), (9.3, 19.5))
    _lines(path, (14.7, 4.5), (14.7, 19.5))


@_icon("close")
def _close(path: QPainterPath) -> None:
    _lines(path, (6.5, 6.5), (17.5, 17.5))
    _lines(path, (17.5, 6.5), (6.5, 17.5))


@_icon("preferences")
def _preferences(path: QPainterPath) -> None:
    # three sliders, each with its knob at a different place
    for y, knob in ((6.5, 15.0), (12.0, 8.0), (17.5, 13.0)):
        _lines(path, (3.5, y), (knob - 2.2, y))
        _lines(path, (knob + 2.2, y), (20.5, y))
        path.addEllipse(QRectF(knob - 2.2, y - 2.2, 4.4, 4.4))


@_icon("sync")
def _sync(path: QPainterPath) -> None:
    # two arcs chasing each other round a circle, each ending in an arrow head
    ring = QRectF(5, 5, 14, 14)
    path.arcMoveTo(ring, 160)
    path.arcTo(ring, 160, -150)
    _lines(path, (20.8, 7.4), (18.9, 10.8), (16.0, 8.3))
    path.arcMoveTo(ring, 340)
    path.arcTo(ring, 340, -150)
    _lines(path, (3.2, 16.6), (5.1, 13.2), (8.0, 15.7))


def names() -> list[str]:
    return sorted(_DRAWINGS)


def _ink(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    )
    color = palette.color(group, QPalette.ColorRole.WindowText)
    if mode != QIcon.Mode.Disabled:
        # a touch softer than the text, so rows of icons do not shout
        color.setAlphaF(0.86)
    return color


def draw(painter: QPainter, rect: QRect | QRectF, name: str, color: QColor) -> None:
    """Paint the icon ``name`` into ``rect`` with ``color`` (for custom painting)."""
    drawing = _DRAWINGS[name]
    path = QPainterPath()
    drawing(path)
    side = min(rect.width(), rect.height())
    scale = side / 24.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(
        rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0
    )
    painter.scale(scale, scale)
    pen = QPen(color, max(1.5, 1.7 if side >= 20 else 2.0))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


class _LineIconEngine(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        draw(painter, rect, self._name, _ink(mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        ratio = 1.0
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            ratio = app.devicePixelRatio()
        pixmap = QPixmap(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self._name)

    def key(self) -> str:
        return "course-studio-line"

    def iconName(self) -> str:
        return self._name


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (see :func:`names`)."""
    if name not in _DRAWINGS:
        raise KeyError(f"no icon called {name!r}")
    return QIcon(_LineIconEngine(name))


def app_icon() -> QIcon:
    """The window icon: an open book on a rounded square in the accent colour."""
    result = QIcon()
    for side in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2f6fbf"))
        radius = side * 0.22
        painter.drawRoundedRect(QRectF(0, 0, side, side), radius, radius)
        inset = side * 0.16
        draw(
            painter,
            QRectF(inset, inset + side * 0.02, side - 2 * inset, side - 2 * inset),
            "course",
            QColor("white"),
        )
        painter.end()
        result.addPixmap(pixmap)
    return result
