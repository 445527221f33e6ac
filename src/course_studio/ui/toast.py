"""In-app toasts: small cards in the window's bottom-right corner.

They are child widgets of the window (never windows of their own), so showing one
never takes the keyboard focus away from what the instructor is typing. They stack
upwards, fade in and out, stay while the pointer rests on them, and carry an Undo
button when the action can be undone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPropertyAnimation,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QEnterEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: How long a toast stays, in milliseconds (errors stay longer: they need reading).
OK_TIMEOUT_MS = 4_500
ERROR_TIMEOUT_MS = 9_000
MAX_TOASTS = 4
MARGIN = 16
SPACING = 8
WIDTH = 340

OK_ACCENT = QColor("#2e9d5b")
ERROR_ACCENT = QColor("#d0453a")


class Toast(QWidget):
    """One card: an icon, the action, a sentence, and maybe Undo."""

    closed = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        ok: bool = True,
        undo: Callable[[], None] | None = None,
        timeout_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Notification: {title}").format(title=title))
        self.setAccessibleDescription(text)
        self.ok = ok
        self._undo = undo
        self._closing = False

        icon = QLabel()
        pixmap = QStyle.StandardPixmap.SP_DialogApplyButton
        if not ok:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(20, 20))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.undo_button: QToolButton | None = None
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        if undo is not None:
            self.undo_button = QToolButton()
            self.undo_button.setText(self.tr("Undo"))
            self.undo_button.setAccessibleName(self.tr("Undo {title}").format(title=title))
            self.undo_button.setAutoRaise(True)
            self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # toasts never take the focus; the keyboard undoes with Ctrl+Z or from the
            # Activity panel's Undo button
            self.undo_button.setProperty("keyboardAlternative", "Ctrl+Z, Activity panel")
            self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.undo_button.clicked.connect(self._on_undo)
            buttons.addWidget(self.undo_button)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Dismiss notification"))
        close.setToolTip(self.tr("Dismiss"))
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setProperty("keyboardAlternative", "the toast closes by itself")
        close.clicked.connect(self.dismiss)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title_label, 1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)
        body.addLayout(head)
        body.addWidget(self.text_label)
        if undo is not None:
            body.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 10, 8, 10)
        outer.setSpacing(10)
        outer.addWidget(icon, 0)
        outer.addLayout(body, 1)

        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(0.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(
            timeout_ms if timeout_ms is not None else (OK_TIMEOUT_MS if ok else ERROR_TIMEOUT_MS)
        )
        self._timer.timeout.connect(self.dismiss)
        self.setFixedWidth(WIDTH)

    # -- life cycle --------------------------------------------------------------

    def appear(self) -> None:
        self.adjustSize()
        self.show()
        self.raise_()
        self._fade.stop()
        self._fade.setDuration(180)
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(1.0)
        self._fade.start()
        self._timer.start()

    def dismiss(self) -> None:
        if self._closing:
            return
        self._closing = True
        self._timer.stop()
        self._fade.stop()
        self._fade.setDuration(260)
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(0.0)
        self._fade.finished.connect(self._finish)
        self._fade.start()

    def _finish(self) -> None:
        self.hide()
        self.closed.emit()
        self.deleteLater()

    @property
    def closing(self) -> bool:
        return self._closing

    def _on_undo(self) -> None:
        if self._undo is not None:
            undo, self._undo = self._undo, None
            if self.undo_button is not None:
                self.undo_button.setEnabled(False)
            undo()
        self.dismiss()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._timer.stop()  # reading it: stay
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if not self._closing:
            self._timer.start()
        super().leaveEvent(event)

    # -- looks -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawPath(path)
        accent = OK_ACCENT if self.ok else ERROR_ACCENT
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left() + 4, rect.top() + 8, 4, rect.height() - 16), 2, 2)
        painter.fillPath(stripe, accent)
        painter.end()


class ToastHost(QObject):
    """Keeps a window's toasts stacked in its bottom-right corner."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._toasts: list[Toast] = []
        window.installEventFilter(self)

    def show_toast(
        self,
        title: str,
        text: str,
        *,
        ok: bool = True,
        undo: Callable[[], None] | None = None,
    ) -> Toast:
        toast = Toast(self._window, title, text, ok=ok, undo=undo)
        toast.closed.connect(lambda t=toast: self._forget(t))
        self._toasts.append(toast)
        live = [t for t in self._toasts if not t.closing]
        for old in live[:-MAX_TOASTS]:
            old.dismiss()
        toast.appear()
        self._layout()
        return toast

    def toasts(self) -> list[Toast]:
        """The toasts on screen, oldest first (not those fading out)."""
        return [t for t in self._toasts if not t.closing]

    def _forget(self, toast: Toast) -> None:
        if toast in self._toasts:
            self._toasts.remove(toast)
        self._layout()

    def _layout(self) -> None:
        area = self._window.rect()
        y = area.bottom() - MARGIN
        for toast in reversed(self._toasts):
            toast.adjustSize()
            height = toast.sizeHint().height()
            y -= height
            toast.setGeometry(area.right() - MARGIN - WIDTH, y, WIDTH, height)
            toast.raise_()
            y -= SPACING

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
        ):
            self._layout()
        return False
