"""Filter widgets that edit the same FilterSpec as the search box.

A :class:`FilterBar` is a row of chips — Status, Term, Category, Tags, Starts, Ends,
Enrolled, Completion, At risk only — each opening a small editor. A chip reads its
field's conditions from the spec (``spec.conditions(field)``) and writes them back
with ``spec.replace(field, ...)``; the bar emits the new spec, the owner puts it in
the search box as canonical text, and the box's spec comes back to the bar. So the
text and the widgets always show the same filter, whichever was edited.

A chip whose field has conditions it cannot show (``-term:2025``, a comparison
with ``<``) says "as typed" and leaves them alone until it is edited. When the OR
groups of a filter disagree about a field (``spec.conditions`` is None) the chip is
disabled and says why: such a filter is edited in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
    QWidgetItem,
)

from ..domain.errors import QuerySyntaxError
from ..query import Condition, FilterSpec, Flag, Op, Period, Scope, Today, format_value, parse
from .filter_edit import FilterEdit
from .widgets import DateField, FieldMessage, muted_label

Conditions = tuple[Condition, ...]
Known = Mapping[str, Sequence[str]]

_LOWER = (Op.GE, Op.GT)
_UPPER = (Op.LE, Op.LT)


@dataclass(frozen=True, slots=True)
class Facet:
    """One chip: which field it edits, how, and what it is called."""

    field: str
    label: str
    kind: str  # "choice" | "values" | "tags" | "dates" | "numbers" | "flag"
    #: (value, label) pairs of a choice field
    choices: tuple[tuple[str, str], ...] = ()
    #: key of known values (CourseService.known_values()) for "values"/"tags"
    known: str | None = None
    minimum: int = 0
    maximum: int = 100_000
    suffix: str = ""
    #: the chip's tooltip
    help: str = ""


COURSE_FACETS: tuple[Facet, ...] = (
    Facet(
        "status",
        str(QT_TRANSLATE_NOOP("FilterBar", "Status")),
        "choice",
        (
            ("draft", str(QT_TRANSLATE_NOOP("FilterBar", "Draft"))),
            ("published", str(QT_TRANSLATE_NOOP("FilterBar", "Published"))),
            ("archived", str(QT_TRANSLATE_NOOP("FilterBar", "Archived"))),
        ),
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses with these statuses")),
    ),
    Facet(
        "term",
        str(QT_TRANSLATE_NOOP("FilterBar", "Term")),
        "values",
        known="term",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses of these terms")),
    ),
    Facet(
        "category",
        str(QT_TRANSLATE_NOOP("FilterBar", "Category")),
        "values",
        known="category",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses of these categories")),
    ),
    Facet(
        "tag",
        str(QT_TRANSLATE_NOOP("FilterBar", "Tags")),
        "tags",
        known="tag",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses that have all these tags")),
    ),
    Facet(
        "starts",
        str(QT_TRANSLATE_NOOP("FilterBar", "Starts")),
        "dates",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses starting in a range of dates")),
    ),
    Facet(
        "ends",
        str(QT_TRANSLATE_NOOP("FilterBar", "Ends")),
        "dates",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses ending in a range of dates")),
    ),
    Facet(
        "enrolled",
        str(QT_TRANSLATE_NOOP("FilterBar", "Enrolled")),
        "numbers",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses by the number of students")),
    ),
    Facet(
        "progress",
        str(QT_TRANSLATE_NOOP("FilterBar", "Completion")),
        "numbers",
        maximum=100,
        suffix=" %",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses by average completion")),
    ),
    Facet(
        "at-risk",
        str(QT_TRANSLATE_NOOP("FilterBar", "At risk only")),
        "flag",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show courses with students at risk")),
    ),
)

ENROLLMENT_FACETS: tuple[Facet, ...] = (
    Facet(
        "status",
        str(QT_TRANSLATE_NOOP("FilterBar", "Status")),
        "choice",
        (
            ("active", str(QT_TRANSLATE_NOOP("FilterBar", "Active"))),
            ("waitlisted", str(QT_TRANSLATE_NOOP("FilterBar", "Waitlisted"))),
            ("completed", str(QT_TRANSLATE_NOOP("FilterBar", "Completed"))),
            ("dropped", str(QT_TRANSLATE_NOOP("FilterBar", "Dropped"))),
        ),
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show enrollments with these statuses")),
    ),
    Facet(
        "role",
        str(QT_TRANSLATE_NOOP("FilterBar", "Role")),
        "choice",
        (
            ("student", str(QT_TRANSLATE_NOOP("FilterBar", "Student"))),
            ("ta", str(QT_TRANSLATE_NOOP("FilterBar", "Teaching assistant"))),
            ("observer", str(QT_TRANSLATE_NOOP("FilterBar", "Observer"))),
        ),
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show enrollments in these roles")),
    ),
    Facet(
        "term",
        str(QT_TRANSLATE_NOOP("FilterBar", "Term")),
        "values",
        known="term",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show enrollments in courses of these terms")),
    ),
    Facet(
        "category",
        str(QT_TRANSLATE_NOOP("FilterBar", "Category")),
        "values",
        known="category",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show enrollments in courses of these categories")),
    ),
    Facet(
        "progress",
        str(QT_TRANSLATE_NOOP("FilterBar", "Completion")),
        "numbers",
        maximum=100,
        suffix=" %",
        help=str(
            QT_TRANSLATE_NOOP("FilterBar", "Show students by how much of the course they completed")
        ),
    ),
    Facet(
        "last-activity",
        str(QT_TRANSLATE_NOOP("FilterBar", "Last activity")),
        "dates",
        help=str(
            QT_TRANSLATE_NOOP(
                "FilterBar", "Show students by the day of their latest lesson activity"
            )
        ),
    ),
    Facet(
        "enrolled",
        str(QT_TRANSLATE_NOOP("FilterBar", "Enrolled")),
        "dates",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show students by the day they enrolled")),
    ),
    Facet(
        "at-risk",
        str(QT_TRANSLATE_NOOP("FilterBar", "At risk only")),
        "flag",
        help=str(QT_TRANSLATE_NOOP("FilterBar", "Show only students at risk")),
    ),
)


def _translated(facet: Facet) -> Facet:
    """``facet`` with its label, help and choice labels in the user's language."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("FilterBar", text) if text else text

    return replace(
        facet,
        label=tr(facet.label),
        help=tr(facet.help),
        choices=tuple((value, tr(label)) for value, label in facet.choices),
    )


# -- reading conditions into widget state -------------------------------------------------


def _choice_values(conditions: Conditions, universe: Sequence[str]) -> set[str] | None:
    """The values a set of checkboxes shows for ``conditions``; None if it cannot."""
    if not conditions:
        return set()
    if len(conditions) != 1:
        return None
    c = conditions[0]
    if c.op not in (Op.HAS, Op.EQ, Op.NE) or not all(isinstance(v, str) for v in c.values):
        return None
    values = {str(v) for v in c.values}
    if (c.op is Op.NE) != c.negated:  # "none of them"
        if not values <= set(universe):
            return None
        return set(universe) - values
    return values


def _tag_values(conditions: Conditions) -> set[str] | None:
    values = set()
    for c in conditions:
        if c.negated or c.op is not Op.HAS or len(c.values) != 1 or not isinstance(c.value, str):
            return None
        values.add(c.value)
    return values


def _bounds(conditions: Conditions) -> tuple[Condition | None, Condition | None] | None:
    """The lower and upper bound of a range, or None when it is not a range."""
    low = high = None
    for c in conditions:
        if c.negated or len(c.values) != 1:
            return None
        if c.op in _LOWER and low is None:
            low = c
        elif c.op in _UPPER and high is None:
            high = c
        else:
            return None
    return low, high


def _flag(conditions: Conditions) -> bool | None:
    if not conditions:
        return False
    if len(conditions) == 1:
        c = conditions[0]
        if c.op in (Op.HAS, Op.EQ) and not c.negated and c.values == (Flag(True),):
            return True
    return None


def _short(values: Sequence[str], labels: Mapping[str, str]) -> str:
    names = [labels.get(v, v) for v in values]
    if len(names) <= 2:
        return ", ".join(names)
    return f"{names[0]} +{len(names) - 1}"


# -- the editors --------------------------------------------------------------------------


class _Editor(QWidget):
    """The body of one chip's popup; ``edited`` when the user changed it."""

    edited = Signal()

    def __init__(self, facet: Facet, scope: Scope) -> None:
        super().__init__()
        self.facet = facet
        self.scope = scope
        self._reading = False

    def read(self, conditions: Conditions) -> bool:
        """Show ``conditions``; False when this editor cannot show them."""
        raise NotImplementedError

    def conditions(self) -> Conditions:
        raise NotImplementedError

    def summary(self, conditions: Conditions) -> str:
        """What the chip says after its label, for conditions it can show."""
        raise NotImplementedError

    def set_known(self, known: Known) -> None:
        """Values in use changed."""

    def _emit(self) -> None:
        if not self._reading:
            self.edited.emit()


class _ChecksEditor(_Editor):
    """Checkboxes: a choice field (any of), known values (any of) or tags (all of)."""

    def __init__(self, facet: Facet, scope: Scope) -> None:
        super().__init__(facet, scope)
        self._labels = dict(facet.choices)
        self._boxes: dict[str, QCheckBox] = {}
        self._checked: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)
        self.finder: QLineEdit | None = None
        if facet.kind != "choice":
            self.finder = QLineEdit()
            self.finder.setPlaceholderText(self.tr("Find…"))
            self.finder.setAccessibleName(self.tr("Find in {0}").format(facet.label))
            self.finder.setClearButtonEnabled(True)
            self.finder.textChanged.connect(self._narrow)
            outer.addWidget(self.finder)
        self._list = QWidget()
        self._column = QVBoxLayout(self._list)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self._column.addStretch(1)
        if facet.kind == "choice":
            outer.addWidget(self._list)
        else:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self._list)
            scroll.setMinimumSize(QSize(220, 60))
            scroll.setMaximumHeight(280)
            outer.addWidget(scroll)
        self.empty = muted_label(self.tr("Nothing in use yet."))
        self.empty.setVisible(False)
        outer.addWidget(self.empty)
        if facet.choices:
            self._set_values([v for v, _ in facet.choices])

    @property
    def values(self) -> list[str]:
        return list(self._boxes)

    def box(self, value: str) -> QCheckBox:
        return self._boxes[value]

    def set_known(self, known: Known) -> None:
        if self.facet.known is not None:
            values = list(known.get(self.facet.known, ()))
            for value in self._checked:  # keep what is chosen even if no longer in use
                if value not in values:
                    values.append(value)
            self._set_values(values)

    def _set_values(self, values: Sequence[str]) -> None:
        if list(self._boxes) == list(values):
            return
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        for value in values:
            box = QCheckBox(self._labels.get(value, value))
            box.setChecked(value in self._checked)
            box.toggled.connect(lambda on, v=value: self._toggled(v, on))
            self._column.insertWidget(self._column.count() - 1, box)
            self._boxes[value] = box
        self.empty.setVisible(not self._boxes)
        self._narrow(self.finder.text() if self.finder else "")

    def _narrow(self, text: str) -> None:
        want = text.strip().lower()
        for value, box in self._boxes.items():
            box.setVisible(not want or want in box.text().lower() or want in value.lower())

    def _toggled(self, value: str, on: bool) -> None:
        if on:
            self._checked.add(value)
        else:
            self._checked.discard(value)
        self._emit()

    def _ordered(self) -> list[str]:
        order = {v: i for i, v in enumerate(self._boxes)}
        return sorted(self._checked, key=lambda v: (order.get(v, len(order)), v))

    def read(self, conditions: Conditions) -> bool:
        if self.facet.kind == "tags":
            values = _tag_values(conditions)
        else:
            values = _choice_values(conditions, [v for v, _ in self.facet.choices])
        if values is None:
            return False
        missing = [v for v in values if v not in self._boxes]
        if missing:
            self._set_values([*self._boxes, *sorted(missing)])
        self._reading = True
        try:
            self._checked = set(values)
            for value, box in self._boxes.items():
                box.setChecked(value in values)
        finally:
            self._reading = False
        return True

    def conditions(self) -> Conditions:
        chosen = self._ordered()
        if not chosen:
            return ()
        if self.facet.kind == "tags":
            return tuple(Condition(self.facet.field, Op.HAS, (v,)) for v in chosen)
        if self.facet.kind == "choice" and len(chosen) == len(self.facet.choices):
            return ()  # every status: no condition
        return (Condition(self.facet.field, Op.HAS, tuple(chosen)),)

    def summary(self, conditions: Conditions) -> str:
        if self.facet.kind == "tags":
            values = sorted(_tag_values(conditions) or ())
        else:
            values = sorted(
                _choice_values(conditions, [v for v, _ in self.facet.choices]) or (),
                key=lambda v: ([c for c, _ in self.facet.choices] + [v]).index(v),
            )
        return _short(values, self._labels)


class _RangeEditor(_Editor):
    """From / until: two dates, or two numbers."""

    def __init__(self, facet: Facet, scope: Scope) -> None:
        super().__init__(facet, scope)
        self._low: Condition | None = None
        self._high: Condition | None = None
        form = QFormLayout(self)
        form.setContentsMargins(10, 8, 10, 8)
        form.setSpacing(6)
        self.message = FieldMessage()
        if facet.kind == "dates":
            self.low_date, self.high_date = DateField(), DateField()
            for field_, name in (
                (self.low_date, self.tr("From")),
                (self.high_date, self.tr("Until")),
            ):
                field_.edit.setPlaceholderText(self.tr("Any day"))
                field_.setAccessibleName(f"{facet.label}: {name}")
                field_.setToolTip(self.tr("A day (2026-09-01), a month (2026-09), a year or today"))
                field_.textChanged.connect(lambda _t: self._dates_edited())
                form.addRow(f"{name}:", field_)
        else:
            self.low_spin, self.high_spin = QSpinBox(), QSpinBox()
            for spin, name in (
                (self.low_spin, self.tr("At least")),
                (self.high_spin, self.tr("At most")),
            ):
                spin.setRange(facet.minimum - 1, facet.maximum)
                spin.setSpecialValueText(self.tr("Any"))
                spin.setSuffix(facet.suffix)
                spin.setValue(facet.minimum - 1)
                spin.setAccessibleName(f"{facet.label}: {name}")
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(lambda _v: self._numbers_edited())
                form.addRow(f"{name}:", spin)
        form.addRow(self.message)

    # dates --------------------------------------------------------------------

    def _bound_of(self, text: str, op: Op) -> Condition | None:
        """The condition ``field op text``; QuerySyntaxError when it does not read."""
        text = text.strip()
        if not text:
            return None
        spec = parse(f"{self.facet.field}{op.value}{text}", self.scope)
        condition = spec.groups[0].clauses[0]
        assert isinstance(condition, Condition)
        return condition

    def _dates_edited(self) -> None:
        if self._reading:
            return
        try:
            low = self._bound_of(self.low_date.text(), Op.GE)
            high = self._bound_of(self.high_date.text(), Op.LE)
        except QuerySyntaxError:
            self.message.show_message(
                self.tr(
                    "Write a day such as 2026-09-01, a month such as 2026-09, a year, or today."
                )
            )
            return
        self.message.clear_message()
        self._low, self._high = low, high
        self._emit()

    # numbers ------------------------------------------------------------------

    def _numbers_edited(self) -> None:
        if self._reading:
            return
        floor = self.facet.minimum - 1
        low, high = self.low_spin.value(), self.high_spin.value()
        self._low = Condition(self.facet.field, Op.GE, (low,)) if low > floor else None
        self._high = Condition(self.facet.field, Op.LE, (high,)) if high > floor else None
        if self._low is not None and self._high is not None and low > high:
            self.message.show_message(
                self.tr("The lower bound is above the upper one: nothing matches.")
            )
        else:
            self.message.clear_message()
        self._emit()

    # both ---------------------------------------------------------------------

    def read(self, conditions: Conditions) -> bool:
        bounds = _bounds(conditions)
        if bounds is None:
            return False
        low, high = bounds
        dates = self.facet.kind == "dates"
        for c in (low, high):
            if c is None:
                continue
            if dates and not isinstance(c.value, Period | Today):
                return False
            if not dates and not isinstance(c.value, int | float):
                return False
        self._reading = True
        try:
            self._low, self._high = low, high
            self.message.clear_message()
            if dates:
                for field_, c in ((self.low_date, low), (self.high_date, high)):
                    text = format_value(c.value) if c is not None else ""
                    if field_.text().strip() != text:
                        field_.setText(text)
            else:
                floor = self.facet.minimum - 1
                for spin, c in ((self.low_spin, low), (self.high_spin, high)):
                    value = floor if c is None else round(float(c.value))  # type: ignore[arg-type]
                    spin.setValue(max(floor, min(self.facet.maximum, value)))
        finally:
            self._reading = False
        return True

    def conditions(self) -> Conditions:
        return tuple(c for c in (self._low, self._high) if c is not None)

    def summary(self, conditions: Conditions) -> str:
        bounds = _bounds(conditions)
        if bounds is None:
            return ""
        low, high = bounds
        unit = self.facet.suffix.strip()

        def show(c: Condition) -> str:
            return format_value(c.value) + (f" {unit}" if unit else "")

        if low is not None and high is not None:
            return f"{format_value(low.value)}–{show(high)}"
        if low is not None:
            return f"{'≥' if low.op is Op.GE else '>'} {show(low)}"
        if high is not None:
            return f"{'≤' if high.op is Op.LE else '<'} {show(high)}"
        return ""


# -- chips --------------------------------------------------------------------------------


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to another line when the row is full, so a
    narrow window shows every chip."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() + self._spacing for i in self._visible())
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class FacetChip(QToolButton):
    """A chip that opens its editor, or (for a yes/no field) toggles itself."""

    def __init__(self, facet: Facet, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.setObjectName(f"facet-{facet.field}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setProperty("chip", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.editor: _Editor | None = None
        self.state = "empty"  # "empty" | "set" | "custom" | "mixed"
        if facet.kind == "flag":
            self.setCheckable(True)
        else:
            self.editor = (
                _RangeEditor(facet, scope)
                if facet.kind in ("dates", "numbers")
                else _ChecksEditor(facet, scope)
            )
            menu = QMenu(self)
            menu.setAccessibleName(facet.label)
            action = QWidgetAction(menu)
            action.setDefaultWidget(self.editor)
            menu.addAction(action)
            self.setMenu(menu)
            self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.show_state((), "empty")

    def show_state(self, conditions: Conditions | None, state: str) -> None:
        self.state = state
        facet = self.facet
        self.setEnabled(state != "mixed")
        if facet.kind == "flag":
            self.blockSignals(True)
            self.setChecked(state == "set")
            self.blockSignals(False)
            text = (
                self.tr("{0} (as typed)").format(facet.label) if state == "custom" else facet.label
            )
        elif state == "set" and self.editor is not None and conditions:
            text = f"{facet.label}: {self.editor.summary(conditions)}"
        elif state == "custom":
            text = self.tr("{0}: as typed").format(facet.label)
        else:
            text = facet.label
        self.setText(text)
        self.setProperty("active", state in ("set", "custom"))
        if state == "mixed":
            tip = self.tr(
                "The OR groups of this filter differ in {0}; edit it in the search box."
            ).format(facet.label.lower())
        elif state == "custom":
            tip = self.tr(
                "The search box has a condition on {0} these controls cannot show; "
                "choosing here replaces it."
            ).format(facet.label.lower())
        else:
            tip = facet.help
        self.setToolTip(tip)
        self.setAccessibleName(text)
        self.style().unpolish(self)
        self.style().polish(self)


class FilterBar(QWidget):
    """Chips for the facets of one list, and a Clear button."""

    #: a chip changed the filter: the new FilterSpec
    spec_changed = Signal(object)

    def __init__(
        self,
        scope: Scope,
        facets: Sequence[Facet] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.scope = Scope(scope)
        if facets is None:
            facets = COURSE_FACETS if self.scope is Scope.COURSES else ENROLLMENT_FACETS
        self._spec = FilterSpec(self.scope)
        layout = FlowLayout(self)
        self._flow = layout
        self.chips: dict[str, FacetChip] = {}
        for facet in map(_translated, facets):
            chip = FacetChip(facet, self.scope)
            if chip.editor is not None:
                chip.editor.edited.connect(lambda f=facet.field: self._edited(f))
            else:
                chip.toggled.connect(lambda on, f=facet.field: self._flag_toggled(f, on))
            layout.addWidget(chip)
            self.chips[facet.field] = chip
        self.clear_button = QPushButton(self.tr("Clear filter"))
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.setFlat(True)
        self.clear_button.setAutoDefault(False)
        self.clear_button.setToolTip(self.tr("Show every row again"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self.set_spec(self._spec)

    def add_widget(self, widget: QWidget) -> None:
        """Another control in the row (before Clear)."""
        self._flow.insert_widget(self._flow.count() - 1, widget)

    def spec(self) -> FilterSpec:
        return self._spec

    def chip(self, field: str) -> FacetChip:
        return self.chips[field]

    def editor(self, field: str) -> _Editor:
        editor = self.chips[field].editor
        assert editor is not None
        return editor

    def set_known(self, known: Known) -> None:
        for chip in self.chips.values():
            if chip.editor is not None:
                chip.editor.set_known(known)

    def set_spec(self, spec: FilterSpec) -> None:
        """Show ``spec`` (from the search box); emits nothing."""
        self._spec = spec
        for field, chip in self.chips.items():
            conditions = spec.conditions(field)
            if conditions is None:
                chip.show_state(None, "mixed")
                continue
            if chip.editor is None:
                flag = _flag(conditions)
                state = "custom" if flag is None else ("set" if flag else "empty")
                chip.show_state(conditions, state)
                continue
            if chip.editor.conditions() != conditions and not chip.editor.read(conditions):
                chip.show_state(conditions, "custom")
                continue
            chip.show_state(conditions, "set" if conditions else "empty")
        self.clear_button.setVisible(not spec.is_empty)

    def clear(self) -> None:
        self._change(FilterSpec(self.scope))

    def _edited(self, field: str) -> None:
        editor = self.chips[field].editor
        assert editor is not None
        self._change(self._spec.replace(field, *editor.conditions()))

    def _flag_toggled(self, field: str, on: bool) -> None:
        conditions = (Condition(field, Op.HAS, (Flag(True),)),) if on else ()
        self._change(self._spec.replace(field, *conditions))

    def _change(self, spec: FilterSpec) -> None:
        if spec == self._spec:
            return
        self.set_spec(spec)
        self.spec_changed.emit(spec)


def connect(box: FilterEdit, bar: FilterBar, apply: Callable[[FilterSpec], None]) -> None:
    """Keep a FilterEdit and a FilterBar showing the same filter, and call ``apply``
    with each new filter (from either)."""

    def from_text(spec: FilterSpec) -> None:
        bar.set_spec(spec)
        apply(spec)

    box.spec_changed.connect(from_text)
    bar.spec_changed.connect(box.set_spec)
    bar.set_spec(box.spec())
