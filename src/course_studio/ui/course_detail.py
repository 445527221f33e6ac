"""The detail area for the selected course: a header and the tabs Overview, Outline,
Enrollments and Progress.

A tab learns which course to show when it is shown (``set_course``), so switching
courses only loads what the instructor is looking at.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.records import CourseRecord
from . import icons, style
from .style import STATUS_LABELS
from .timefmt import date_text, day_month, number, percent
from .widgets import Card, MeterBar, StatusChip, label, muted_label

translate = QCoreApplication.translate

LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "it": QT_TRANSLATE_NOOP("Language", "Italian"),
    "pt": QT_TRANSLATE_NOOP("Language", "Portuguese"),
    "pt-BR": QT_TRANSLATE_NOOP("Language", "Portuguese (Brazil)"),
    "nl": QT_TRANSLATE_NOOP("Language", "Dutch"),
    "ja": QT_TRANSLATE_NOOP("Language", "Japanese"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
}


def language_name(code: str) -> str:
    """The name of a course language in the user's language ('de' → 'German')."""
    name = LANGUAGES.get(code)
    return QCoreApplication.translate("Language", str(name)) if name else code


def _span(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return translate("CourseOverview", "No dates yet")
    if start is None:
        return (
            translate("CourseOverview", "Until {date}").format(date=date_text(end)) if end else ""
        )
    if end is None:
        return translate("CourseOverview", "From {date}").format(date=date_text(start))
    weeks = ((end - start).days + 6) // 7
    first = day_month(start) if start.year == end.year else date_text(start)
    return translate("CourseOverview", "{start} – {end} (%Ln week(s))", "", weeks).format(
        start=first, end=date_text(end)
    )


class CourseHeader(QWidget):
    """Title, code and term, and the status chip of the selected course."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(10)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.title = label("", "heading")
        self.title.setObjectName("courseTitle")
        self.subtitle = muted_label()
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        layout.addLayout(column, 1)
        self.chip = StatusChip()
        layout.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)

    def show_course(self, record: CourseRecord | None) -> None:
        if record is None:
            self.title.setText("")
            self.subtitle.setText("")
            self.chip.setVisible(False)
            return
        self.title.setText(record.title)
        parts = [record.code, record.term, record.category]
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        self.chip.set_status(STATUS_LABELS.get(record.status, record.status), record.status)
        self.chip.setVisible(True)


class _Figure(Card):
    """A card with a big number, a caption and an optional bar."""

    def __init__(self, caption: str, *, bar: bool = False) -> None:
        super().__init__()
        self.caption = muted_label(caption, wrap=True)  # a long caption wraps, never widens
        self.value = label("", "figure")
        self.note = muted_label(wrap=True)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.value)
        self.bar: MeterBar | None = None
        if bar:
            self.bar = MeterBar()
            self.body.addWidget(self.bar)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.body.setSpacing(4)
        self.setAccessibleName(caption)

    def set_tone(self, tone: str | None) -> None:
        """Colour the number (e.g. "danger" for students at risk), or not."""
        palette = self.value.palette()
        color = (
            style.tone(tone, palette).text
            if tone
            else self.palette().color(QPalette.ColorRole.WindowText)
        )
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.value.setPalette(palette)

    def set_figure(
        self, value: str, note: str = "", fraction: float | None = None, tone: str | None = None
    ) -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleDescription(f"{value}. {note}")
        if self.bar is not None:
            self.bar.setVisible(fraction is not None)
            if fraction is not None:
                self.bar.set_fraction(fraction, tone=tone)


class OverviewTab(QScrollArea):
    """A readable summary of the course: numbers first, then the details."""

    def __init__(self, studio: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.setObjectName("overviewTab")
        self.setAccessibleName(self.tr("Course overview"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget()
        page.setObjectName("overviewPage")
        self.setWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)

        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.enrolled = _Figure(self.tr("Enrolled"), bar=True)
        self.completion = _Figure(self.tr("Average completion"), bar=True)
        self.at_risk = _Figure(self.tr("At risk"))
        self.outline = _Figure(self.tr("Outline"))
        for figure in (self.enrolled, self.completion, self.at_risk, self.outline):
            figures.addWidget(figure, 1)
        outer.addLayout(figures)

        lower = QHBoxLayout()
        lower.setSpacing(12)
        self.facts_card = Card()
        self.facts_card.body.addWidget(label(self.tr("Details"), "section"))
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(18)
        self.facts.setVerticalSpacing(6)
        self.facts.setColumnStretch(1, 1)
        self.facts_card.body.addLayout(self.facts)
        self.facts_card.body.addStretch(1)
        self.facts.setColumnStretch(3, 1)
        self.facts.setColumnMinimumWidth(2, 90)
        self._fact_values: dict[str, QLabel] = {}
        names = {
            "Term": self.tr("Term"),
            "Dates": self.tr("Dates"),
            "Category": self.tr("Category"),
            "Language": self.tr("Language"),
            "Instructors": self.tr("Instructors"),
            "Tags": self.tr("Tags"),
            "Updated": self.tr("Updated"),
        }
        for i, (name, shown) in enumerate(names.items()):
            row, column = (i, 0) if i < 4 else (i - 4, 2)
            caption = muted_label(shown)
            value = label(wrap=True)
            value.setAccessibleName(shown)
            self.facts.addWidget(caption, row, column, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(value, row, column + 1, Qt.AlignmentFlag.AlignTop)
            self._fact_values[name] = value
        lower.addWidget(self.facts_card, 3)
        self.description_card = Card()
        self.description_card.body.addWidget(label(self.tr("Description"), "section"))
        self.description = label(wrap=True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description_card.body.addWidget(self.description)
        self.readonly = muted_label(wrap=True)
        self.description_card.body.addStretch(1)
        self.description_card.body.addWidget(self.readonly)
        lower.addWidget(self.description_card, 2)
        outer.addLayout(lower, 1)

    def show_course(self, record: CourseRecord | None, *, mine: bool = True) -> None:
        if record is None:
            return
        seats = (
            self.tr("of %Ln seat(s)", "", record.capacity)
            if record.capacity
            else self.tr("no seat limit")
        )
        if record.waitlisted:
            seats = self.tr("{seats}, {waiting} waiting").format(
                seats=seats, waiting=number(record.waitlisted)
            )
        fraction = record.enrolled / record.capacity if record.capacity else None
        full = record.capacity is not None and record.enrolled >= record.capacity
        self.enrolled.set_figure(
            number(record.enrolled), seats, fraction, "draft" if full else None
        )
        if record.avg_progress is None:
            self.completion.set_figure("—", self.tr("Nobody is enrolled yet."), None)
        else:
            self.completion.set_figure(
                percent(record.avg_progress),
                self.tr("of the lessons, on average"),
                record.avg_progress / 100.0,
                "published",
            )
        days = getattr(getattr(self.studio, "context", None), "at_risk_days", 14)
        risk_note = (
            self.tr("quiet for more than %Ln day(s) or behind the pace", "", days)
            if record.at_risk
            else self.tr("Everyone is on track.")
        )
        self.at_risk.set_figure(number(record.at_risk), risk_note)
        self.at_risk.set_tone("danger" if record.at_risk else None)
        modules = self._module_count(record.id)
        self.outline.set_figure(
            self.tr("%Ln lesson(s)", "", record.lessons), self.tr("in %Ln module(s)", "", modules)
        )
        facts = self._fact_values
        facts["Term"].setText(record.term or "—")
        facts["Dates"].setText(_span(record.start_date, record.end_date))
        facts["Category"].setText(record.category or "—")
        facts["Language"].setText(language_name(record.language))
        facts["Tags"].setText(", ".join(record.tags) or "—")
        facts["Instructors"].setText(self._instructors(record))
        facts["Updated"].setText(date_text(record.updated_at.date()))
        self.description.setText(record.description or self.tr("No description yet."))
        self.readonly.setText(
            ""
            if mine
            else self.tr("{owner} owns this course; you can look but not change it.").format(
                owner=record.owner_name or self.tr("Another instructor")
            )
        )
        self.readonly.setVisible(not mine)

    def _module_count(self, course_id: str) -> int:
        try:
            return int(self.studio.courses.impact(course_id).modules)
        except DomainError:
            return 0

    def _instructors(self, record: CourseRecord) -> str:
        names = []
        for instructor_id in record.instructor_ids:
            try:
                person = self.studio.instructors.get(instructor_id)
            except DomainError:
                continue
            if instructor_id == record.owner_id:
                names.append(self.tr("{name} (owner)").format(name=person.display_name))
            else:
                names.append(person.display_name)
        return ", ".join(names) or record.owner_name or "—"


@runtime_checkable
class CourseTab(Protocol):
    """What a tab of the detail area implements: it is told which course to show.

    A tab that can change things may also have ``set_editable(editable: bool)``; it is
    called before ``set_course`` with whether the instructor teaches the course.
    """

    def set_course(self, course_id: str | None) -> None: ...


class CourseDetail(QWidget):
    """Header and tabs for one course; an empty state when nothing is selected.

    The Overview is always the first tab; others are added with :meth:`add_tab`.
    """

    #: the visible tab changed: its index
    tab_changed = Signal(int)

    OVERVIEW = 0

    def __init__(self, overview: OverviewTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseDetail")
        self.overview = overview
        self.record: CourseRecord | None = None
        self._mine = True
        self._pages: list[QWidget] = [overview]
        self._shown: dict[int, tuple[str | None, bool]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icons.icon("course").pixmap(44, 44))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(picture)
        self.empty_text = muted_label(
            self.tr("Select a course to see its overview, outline and students.")
        )
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(2)
        self.stack.addWidget(self.empty)

        self.page = QWidget()
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(0, 6, 0, 0)
        page_layout.setSpacing(8)
        self.header = CourseHeader()
        page_layout.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("courseTabs")
        self.tabs.setAccessibleName(self.tr("Course details"))
        self.tabs.addTab(overview, icons.icon("info"), self.tr("Overview"))
        self.tabs.currentChanged.connect(self._tab_shown)
        page_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.empty)

    def add_tab(self, widget: QWidget, icon_name: str, title: str) -> int:
        """Add a tab after the others; ``widget`` implements :class:`CourseTab`."""
        if not isinstance(widget, CourseTab):
            raise TypeError(f"{type(widget).__name__} has no set_course(course_id)")
        self._pages.append(widget)
        return self.tabs.addTab(widget, icons.icon(icon_name), title)

    def set_course(self, record: CourseRecord | None, *, mine: bool = True) -> None:
        """Show ``record`` (or the empty state); the visible tab loads it now."""
        self.record = record
        self._mine = mine
        if record is None:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.page)
            self.header.show_course(record)
        self._tell(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        self._tell(index)
        self.tab_changed.emit(index)

    def _tell(self, index: int) -> None:
        if index == self.OVERVIEW:
            self.overview.show_course(self.record, mine=self._mine)
            return
        if not 0 <= index < len(self._pages):
            return
        wanted = (self.record.id if self.record else None, self._mine)
        if self._shown.get(index) == wanted:
            return  # the tab shows this course already and follows its changes itself
        self._shown[index] = wanted
        page = self._pages[index]
        set_editable = getattr(page, "set_editable", None)
        if callable(set_editable):
            set_editable(self._mine)
        page.set_course(wanted[0])  # type: ignore[attr-defined]
