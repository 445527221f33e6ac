"""Table models over lists of records, with their columns defined as data.

    COLUMNS = (
        Column("name", "Student", lambda r: r.student_name),
        Column("completion", "Completion", percent, sort=lambda r: r.progress,
               value=lambda r: r.progress, align=RIGHT),
    )
    model = RecordTableModel(COLUMNS)
    model.set_records(records)

``headerData`` and ``data`` are generated from the column specs; custom roles live in
:class:`Role`. A completion bar is painted by :class:`CompletionDelegate` from
``Role.Value``. Colours for highlighted rows are blended from the palette, so they read
in light and dark themes alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom data roles, after Qt's UserRole."""

    Sort = Qt.ItemDataRole.UserRole + 1
    Record = Qt.ItemDataRole.UserRole + 2
    Id = Qt.ItemDataRole.UserRole + 3
    #: a number for a delegate (completion in percent), None for "no value"
    Value = Qt.ItemDataRole.UserRole + 4
    #: the row is highlighted (at risk, waitlisted): its tint colour name
    Highlight = Qt.ItemDataRole.UserRole + 5
    #: the plain text export uses (no decoration, no relative times)
    Export = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    value: Callable[[Any], float | None] | None = None
    export: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    width: int = 120
    header_tip: str = ""


class RecordTableModel(QAbstractTableModel):
    """Rows of frozen records; columns from a tuple of :class:`Column`."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        key: Callable[[Any], str] = lambda r: str(r.id),
        highlight: Callable[[Any], str | None] | None = None,
        font: Callable[[Any], QFont | None] | None = None,
        foreground: Callable[[Any], QColor | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._key = key
        self._highlight = highlight
        self._font = font
        self._foreground = foreground
        self._records: list[Any] = []
        self._rows: dict[str, int] = {}

    # -- contents ----------------------------------------------------------------

    def set_records(self, records: Iterable[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._rows = {self._key(r): i for i, r in enumerate(self._records)}
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: str) -> int | None:
        return self._rows.get(record_id)

    def column_of(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    # -- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Role.Sort:
            return _sortable(column.sort(record) if column.sort else column.display(record))
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(record) if column.icon else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Role.Value:
            return column.value(record) if column.value else None
        if role == Role.Export:
            return column.export(record) if column.export else column.display(record)
        if role == Role.Record:
            return record
        if role == Role.Id:
            return self._key(record)
        if role == Role.Highlight:
            return self._highlight(record) if self._highlight else None
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight:
            name = self._highlight(record)
            return tint(QApplication.palette(), TINTS[name]) if name else None
        if role == Qt.ItemDataRole.FontRole and self._font:
            return self._font(record)
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground:
            return self._foreground(record)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _sortable(value: Any) -> Any:
    """Qt compares variants; give it numbers and lower-case strings, never None."""
    if value is None:
        return -1.0
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, bool):
        return int(value)
    return value


# -- colours ---------------------------------------------------------------------

#: accent colours for highlighted rows; blended into the palette's base colour
TINTS = {
    "risk": QColor("#e0a100"),
    "waitlist": QColor("#4c7bd9"),
    "error": QColor("#d0453a"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tint(palette: QPalette, accent: QColor) -> QColor:
    """``accent`` blended into the base colour: a soft row tint in any palette."""
    base = palette.color(QPalette.ColorRole.Base)
    amount = 0.22 if is_dark(palette) else 0.16
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount,
    )


def muted(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


# -- the completion bar ----------------------------------------------------------


class CompletionDelegate(QStyledItemDelegate):
    """A slim bar with the percentage beside it; '—' when there is no value."""

    BAR_HEIGHT = 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(Role.Value)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = option.fontMetrics
        label_width = fm.horizontalAdvance("100 %") + 8
        if value is None:
            painter.setPen(muted(palette))
            painter.drawText(rect.adjusted(8, 0, -8, 0), int(LEFT), text or "—")
            painter.restore()
            return
        bar = QRectF(
            rect.left() + 8,
            rect.center().y() - self.BAR_HEIGHT / 2 + 1,
            max(10, rect.width() - label_width - 20),
            self.BAR_HEIGHT,
        )
        track = QPainterPath()
        track.addRoundedRect(bar, self.BAR_HEIGHT / 2, self.BAR_HEIGHT / 2)
        groove = palette.color(QPalette.ColorRole.Mid)
        groove.setAlphaF(0.35)
        painter.fillPath(track, groove)
        fraction = max(0.0, min(1.0, float(value) / 100.0))
        if fraction > 0:
            filled = QPainterPath()
            width = max(self.BAR_HEIGHT, bar.width() * fraction)
            filled.addRoundedRect(
                QRectF(bar.left(), bar.top(), width, bar.height()),
                self.BAR_HEIGHT / 2,
                self.BAR_HEIGHT / 2,
            )
            fill = palette.color(QPalette.ColorRole.Highlight)
            if selected:
                fill = palette.color(QPalette.ColorRole.HighlightedText)
            painter.fillPath(filled, fill)
        painter.setPen(text_color)
        label = QRect(int(bar.right()) + 6, rect.top(), label_width, rect.height())
        painter.drawText(label, int(RIGHT), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 150), hint.height())
