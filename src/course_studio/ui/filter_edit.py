"""The search box that speaks the filter language.

    box = FilterEdit(Scope.COURSES)
    box.spec_changed.connect(proxy_or_model.apply)   # a FilterSpec, each time it changes
    box.set_known(studio.courses.known_values())     # terms, tags, ... for completion
    box.set_spec(spec)                               # e.g. from the filter widgets

Every edit is read with :func:`course_studio.query.parse`. Text that reads becomes
the new FilterSpec; text that does not leaves the last good FilterSpec in force (the
list keeps its result), marks the place of the mistake with a wavy underline and
shows the message under the box, with the suggested fix as a button.

Completion (``complete(...)`` of the query package) offers field names, operators
and known values for the word at the cursor as you type; Ctrl+Space asks for it,
Tab or Enter takes the highlighted (or first) suggestion.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import QuerySyntaxError
from ..query import Completion, FilterSpec, Scope, canonical, complete, parse
from . import icons, style
from .messages import error_text

Known = Mapping[str, Sequence[str]]


class FilterEdit(QWidget):
    """A line edit for filter text, its error row and its completer."""

    #: the text now means a different filter: the FilterSpec
    spec_changed = Signal(object)
    #: the text stopped or started reading: a QuerySyntaxError, or None
    problem_changed = Signal(object)

    def __init__(
        self,
        scope: Scope = Scope.COURSES,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.scope = Scope(scope)
        self._spec = FilterSpec(self.scope)
        self._problem: QuerySyntaxError | None = None
        self._known: Known = {}
        self._completions: list[Completion] = []
        self._setting = False

        self.edit = QLineEdit()
        self.edit.setAccessibleName(name or self.tr("Filter"))
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.textEdited.connect(self._text_edited)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)

        self.message = QLabel()
        self.message.setObjectName("filterProblem")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        style.tint(self.message)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("filterFix")
        self.fix_button.setFlat(True)
        self.fix_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fix_button.setAutoDefault(False)
        self.fix_button.setAccessibleName(self.tr("Use the corrected filter"))
        self.fix_button.clicked.connect(self.apply_fix)
        self.problem_row = QWidget()
        row = QHBoxLayout(self.problem_row)
        row.setContentsMargins(4, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.message, 1)
        row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problem_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem_row)

        self._items = QStandardItemModel(self)
        self.completer = QCompleter(self._items, self)
        self.completer.setWidget(self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._completion_chosen
        )
        popup = self._popup()
        popup.setAccessibleName(self.tr("Suggestions"))
        popup.installEventFilter(self)
        shortcut = QShortcut(QKeySequence("Ctrl+Space"), self.edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: self.show_completions(force=True))

    # -- state -----------------------------------------------------------------

    def spec(self) -> FilterSpec:
        """The last filter that read (what the list shows)."""
        return self._spec

    def problem(self) -> QuerySyntaxError | None:
        """Why the text does not read now, or None."""
        return self._problem

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box as if typed (it is read at once)."""
        self.edit.setText(text)

    def set_spec(self, spec: FilterSpec) -> None:
        """Show ``spec`` as its canonical text (from the filter widgets)."""
        if spec.scope is not self.scope:
            raise ValueError("a filter of another list")
        text = canonical(spec)
        if self._problem is None and spec == self._spec and text == self.edit.text():
            return
        self._setting = True
        try:
            self.edit.setText(text)
        finally:
            self._setting = False
        self._read(text)

    def set_known(self, known: Known) -> None:
        """Values in use (CourseService.known_values()) for completion."""
        self._known = known

    def clear(self) -> None:
        self.edit.clear()

    # -- reading ---------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        if not self._setting:
            self._read(text)

    def _read(self, text: str) -> None:
        try:
            spec = parse(text, self.scope)
        except QuerySyntaxError as exc:
            self._show_problem(exc)
            return
        self._show_problem(None)
        if spec != self._spec:
            self._spec = spec
            self.spec_changed.emit(spec)

    def _show_problem(self, exc: QuerySyntaxError | None) -> None:
        had = self._problem
        self._problem = exc
        if exc is None:
            self.problem_row.setVisible(False)
            self.message.clear()
            self._underline(0, 0)
            self.edit.setProperty("invalid", False)
            self.edit.setToolTip("")
        else:
            self.message.setText(error_text(exc))
            self.message.setAccessibleName(error_text(exc))
            fixed = exc.corrected(self.edit.text())
            self.fix_button.setVisible(fixed is not None)
            if fixed is not None:
                shown = fixed if len(fixed) <= 48 else fixed[:47] + "…"
                self.fix_button.setText(self.tr("Use “{0}”").format(shown))
                self.fix_button.setToolTip(self.tr("Replace the filter with this corrected text"))
                self.fix_button.setAccessibleName(
                    self.tr("Use the corrected filter {0}").format(fixed)
                )
            self.problem_row.setVisible(True)
            self._underline(exc.position, max(exc.length, 1))
            self.edit.setProperty("invalid", True)
            self.edit.setToolTip(error_text(exc))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        if (had is None) != (exc is None) or (had and exc and had.message != exc.message):
            self.problem_changed.emit(exc)

    def _underline(self, start: int, length: int) -> None:
        """Mark ``text[start:start+length]`` with a wavy red underline.

        QLineEdit has no API for formatting part of its text; an input method event
        carrying only text formats (no preedit, no commit) is the documented way an
        input method decorates it, and it survives scrolling of the text.
        """
        attributes = []
        text = self.edit.text()
        if length > 0:
            start = max(0, min(start, len(text)))
            if start >= len(text):  # something is missing at the end: mark the last char
                start, length = max(0, len(text) - 1), 1
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(style.error_color(self.palette()))
            fmt.setForeground(style.error_color(self.palette()))
            attributes.append(
                QInputMethodEvent.Attribute(
                    QInputMethodEvent.AttributeType.TextFormat,
                    start - self.edit.cursorPosition(),
                    length,
                    fmt,
                )
            )
        QCoreApplication.sendEvent(self.edit, QInputMethodEvent("", attributes))

    def apply_fix(self) -> None:
        """Replace the text with the error's suggested correction."""
        exc = self._problem
        if exc is None:
            return
        fixed = exc.corrected(self.edit.text())
        if fixed is not None:
            self.edit.setText(fixed)
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.edit.setCursorPosition(len(fixed))

    # -- completion ------------------------------------------------------------

    def completions(self) -> list[Completion]:
        """What the suggestion list offers now."""
        return list(self._completions)

    def _text_edited(self, _text: str) -> None:
        self.show_completions()

    def show_completions(self, *, force: bool = False) -> None:
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        token_start = text.rfind(" ", 0, cursor) + 1
        token = text[token_start:cursor]
        if not force and not token.strip(' -"'):
            self._popup().hide()
            self._completions = []
            return
        found = complete(text, cursor, self.scope, self._known, limit=12)
        # a suggestion that only repeats what is typed is no help
        found = [c for c in found if text[c.start : c.end] != c.replacement]
        self._completions = found
        self._items.clear()
        for completion in found:
            item = QStandardItem(completion.label)
            item.setToolTip(completion.help)
            item.setData(completion.kind, Qt.ItemDataRole.UserRole)
            self._items.appendRow(item)
        popup = self._popup()
        if not found:
            popup.hide()
            return
        rect = self.edit.cursorRect()
        rect.setWidth(
            max(
                240,
                popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 16,
            )
        )
        self.completer.complete(rect)
        popup.setCurrentIndex(QModelIndex())

    def accept_completion(self, row: int = 0) -> bool:
        """Take suggestion ``row``; False when there is none."""
        if not 0 <= row < len(self._completions):
            return False
        completion = self._completions[row]
        self._popup().hide()
        text, cursor = completion.apply(self.edit.text())
        self.edit.setText(text)
        self.edit.setCursorPosition(cursor)
        self._completions = []
        if completion.kind == "field":  # go on with the values of that field
            self.show_completions()
        return True

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a completer always has its popup
        return popup

    def _completion_chosen(self, index: QModelIndex) -> None:
        self.accept_completion(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup = self._popup()
            if popup.isVisible() and event.key() in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                current = popup.currentIndex()
                if current.isValid() or event.key() == Qt.Key.Key_Tab:
                    self.accept_completion(current.row() if current.isValid() else 0)
                    return True
                popup.hide()
                if watched is popup:  # Enter without a choice: it is the box's Enter
                    QCoreApplication.sendEvent(self.edit, QKeyEvent(event))
                    return True
        if (
            watched is self.edit
            and event.type() == QEvent.Type.FocusOut
            and not self._popup().isVisible()
        ):
            self._completions = []
        return super().eventFilter(watched, event)
