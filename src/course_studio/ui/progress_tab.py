"""The Progress tab: how far each student is, who is at risk, which lessons lag.

A table of students (completion bar, lessons done, average score, last activity, an
"At risk" mark with an icon and a tinted row), a per-lesson completion bar chart and
a histogram of completion. "At-risk only" narrows the table; Export writes exactly
the rows and columns shown to CSV or Excel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QSortFilterProxyModel, Qt, QThreadPool, Slot
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPalette, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.records import LessonRate, StudentSummary
from ..store import Changes
from . import timefmt
from .errors import show_error
from .messages import error_text
from .notifier import Notifier
from .record_table import (
    CENTER,
    RIGHT,
    Column,
    CompletionDelegate,
    RecordTableModel,
    Role,
    is_dark,
)
from .table_export import export_table
from .workers import Op

HISTOGRAM_BINS = 10
#: the charts stay readable down to this height; the student table gets the rest first
CHART_MIN_HEIGHT = 120
#: below this height the charts drop their titles (the axes still say what they show)
CHART_TITLE_HEIGHT = 200
#: the share of the height the student table starts with (the charts get the rest)
TABLE_SHARE = 0.58
translate = QCoreApplication.translate


class ProgressTableModel(RecordTableModel):
    def __init__(self, now: Any, parent: Any = None) -> None:
        self._now = now
        warn = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._warn = warn
        columns = (
            Column(
                "student",
                translate("ProgressTableModel", "Student"),
                lambda r: r.student_name,
                width=190,
            ),
            Column("email", translate("ProgressTableModel", "Email"), lambda r: r.email, width=210),
            Column(
                "completion",
                translate("ProgressTableModel", "Completion"),
                lambda r: timefmt.percent(r.completion),
                sort=lambda r: r.completion,
                value=lambda r: r.completion,
                export=lambda r: round(r.completion, 1),
                width=170,
            ),
            Column(
                "lessons",
                translate("ProgressTableModel", "Lessons done"),
                lambda r: translate("ProgressTableModel", "{done} of {total}").format(
                    done=timefmt.number(r.completed_lessons), total=timefmt.number(r.total_lessons)
                ),
                sort=lambda r: r.completed_lessons,
                export=lambda r: r.completed_lessons,
                align=RIGHT,
                width=110,
            ),
            Column(
                "score",
                translate("ProgressTableModel", "Average score"),
                lambda r: (
                    "—" if r.average_score is None else timefmt.number(round(r.average_score))
                ),
                sort=lambda r: r.average_score,
                export=lambda r: None if r.average_score is None else round(r.average_score, 1),
                align=RIGHT,
                width=110,
            ),
            Column(
                "last_activity",
                translate("ProgressTableModel", "Last activity"),
                lambda r: timefmt.relative(r.last_activity_at, self._now()),
                sort=lambda r: r.last_activity_at.timestamp() if r.last_activity_at else -1.0,
                tooltip=lambda r: (
                    timefmt.exact(r.last_activity_at)
                    or translate("ProgressTableModel", "No activity yet")
                ),
                export=lambda r: timefmt.exact(r.last_activity_at),
                width=130,
            ),
            Column(
                "at_risk",
                translate("ProgressTableModel", "At risk"),
                lambda r: translate("ProgressTableModel", "At risk") if r.at_risk else "",
                sort=lambda r: r.at_risk,
                icon=lambda r: self._warn if r.at_risk else None,
                tooltip=lambda r: _risk_tip(r) if r.at_risk else None,
                export=lambda r: "yes" if r.at_risk else "no",
                width=100,
                header_tip=translate(
                    "ProgressTableModel",
                    "Quiet for longer than the threshold set in Preferences, "
                    "or well behind the course's pace",
                ),
            ),
        )
        super().__init__(
            columns,
            key=lambda r: r.enrollment_id,
            highlight=lambda r: "risk" if r.at_risk else None,
            parent=parent,
        )


def _risk_tip(r: StudentSummary) -> str:
    if r.last_activity_at is None:
        return translate("ProgressTableModel", "No activity yet although the course has started.")
    return translate(
        "ProgressTableModel",
        "Last active {when}; {percent} done. Quiet for a long time or behind the course's pace.",
    ).format(when=timefmt.exact(r.last_activity_at), percent=timefmt.percent(r.completion))


class ProgressFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.at_risk_only = False
        self._text = ""
        self.setSortRole(Role.Sort)

    def set_at_risk_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.at_risk_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel) or source_row >= model.rowCount():
            return False
        return _shown(model.record(source_row), self.at_risk_only, self._text)

    @property
    def active(self) -> bool:
        return self.at_risk_only or bool(self._text)

    def predicate(self) -> Callable[[StudentSummary], bool]:
        """The filter as it is now, as a plain function (safe to call on any thread)."""
        at_risk_only, text = self.at_risk_only, self._text
        return lambda r: _shown(r, at_risk_only, text)

    def describe(self) -> str:
        """The filter in words: 'at risk, matching “ada”' ('' when there is none)."""
        parts = ["at risk"] if self.at_risk_only else []
        if self._text:
            parts.append(f"matching “{self._text}”")
        return ", ".join(parts)


def _shown(r: StudentSummary, at_risk_only: bool, text: str) -> bool:
    if at_risk_only and not r.at_risk:
        return False
    if text:
        hay = f"{r.student_name} {r.email} {r.external_id or ''}".casefold()
        return all(w in hay for w in text.split())
    return True


def _style_chart(chart: QChart, palette: QPalette) -> None:
    dark = is_dark(palette)
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setBackgroundRoundness(6)
    chart.setDropShadowEnabled(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 0, 4, 0))
    chart.layout().setContentsMargins(2, 2, 2, 2)
    chart.legend().setVisible(False)
    title_font = QFont(QApplication.font())
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))


def _style_axis(axis: Any, palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    axis.setLabelsBrush(text)
    axis.setTitleBrush(text)
    grid = palette.color(QPalette.ColorRole.Mid)
    grid.setAlphaF(0.35)
    axis.setGridLineColor(grid)
    axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
    small = QFont(QApplication.font())
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
    axis.setLabelsFont(small)
    axis.setTitleFont(small)


class ProgressCharts(QWidget):
    """Per-lesson completion and the spread of completion across students."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson_chart = QChart()
        self.histogram_chart = QChart()
        self.lesson_view = QChartView(self.lesson_chart)
        self.lesson_view.setAccessibleName(self.tr("Completion per lesson"))
        self.histogram_view = QChartView(self.histogram_chart)
        self.histogram_view.setAccessibleName(self.tr("How many students are how far"))
        for view in (self.lesson_view, self.histogram_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_MIN_HEIGHT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lesson_view, 3)
        layout.addWidget(self.histogram_view, 2)
        self.rates: list[LessonRate] = []
        self.bins: list[int] = [0] * HISTOGRAM_BINS
        self.lesson_values: QValueAxis | None = None
        self.histogram_counts: QValueAxis | None = None

    def compact(self) -> bool:
        """Too low for chart titles and many ticks (a small window)."""
        return self.height() < CHART_TITLE_HEIGHT

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Titles and tick marks for the height there is: the bars keep their room."""
        compact = self.compact()
        self.lesson_chart.setTitle("" if compact else self.tr("Completion per lesson"))
        self.histogram_chart.setTitle("" if compact else self.tr("Students by completion"))
        if self.lesson_values is not None:
            self.lesson_values.setTickCount(3 if compact else 6)
        if self.histogram_counts is not None:
            self.histogram_counts.setTickCount(3 if compact else 5)

    def show_data(self, rates: list[LessonRate], summaries: list[StudentSummary]) -> None:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        self.rates = list(rates)
        # per lesson
        chart = self.lesson_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        _style_chart(chart, palette)
        bars = QBarSet(self.tr("Completed"))
        bars.setColor(accent)
        bars.setBorderColor(accent)
        bars.append([round(r.rate, 1) for r in rates])
        series = QBarSeries()
        series.setBarWidth(0.75)
        series.append(bars)
        series.hovered.connect(self._lesson_hovered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(_lesson_labels(rates))
        categories.setTitleText(self.tr("Lessons in outline order (point at a bar for its title)"))
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTitleText(self.tr("Completed"))
        self.lesson_values = values
        values.setLabelFormat("%d %%")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        for axis in (categories, values):
            _style_axis(axis, palette)
        categories.setGridLineVisible(False)

        # histogram
        self.bins = completion_histogram([s.completion for s in summaries])
        chart = self.histogram_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        _style_chart(chart, palette)
        counts = QBarSet(self.tr("Students"))
        second = QColor("#4aa3a0" if is_dark(palette) else "#2f8f8a")
        counts.setColor(second)
        counts.setBorderColor(second)
        counts.append([float(c) for c in self.bins])
        hist = QBarSeries()
        hist.setBarWidth(0.92)
        hist.append(counts)
        hist.hovered.connect(self._bin_hovered)
        chart.addSeries(hist)
        bins_axis = QBarCategoryAxis()
        bins_axis.append(_bin_labels())
        bins_axis.setTitleText(self.tr("Completion (%), in bands of 10 points"))
        count_axis = QValueAxis()
        top = max(self.bins) if self.bins else 0
        count_axis.setRange(0, max(4, _nice_ceiling(top)))
        count_axis.setTitleText(self.tr("Students"))
        self.histogram_counts = count_axis
        count_axis.setLabelFormat("%d")
        chart.addAxis(bins_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignLeft)
        hist.attachAxis(bins_axis)
        hist.attachAxis(count_axis)
        for axis in (bins_axis, count_axis):
            _style_axis(axis, palette)
        bins_axis.setGridLineVisible(False)
        self._fit()

    def _lesson_hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.rates):
            r = self.rates[index]
            QToolTip.showText(
                self.cursor().pos(),
                self.tr("{module} › {lesson}\n{done} of {students} students ({percent})").format(
                    module=r.module_title,
                    lesson=r.lesson_title,
                    done=timefmt.number(r.completed),
                    students=timefmt.number(r.students),
                    percent=timefmt.percent(r.rate),
                ),
            )
        else:
            QToolTip.hideText()

    def _bin_hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.bins):
            count = self.bins[index]
            low = index * 10
            if index == HISTOGRAM_BINS - 1:
                text = self.tr("%Ln student(s) at {low} % to 100 %", "", count)
            else:
                text = self.tr("%Ln student(s) at {low} % to under {high} %", "", count)
            QToolTip.showText(self.cursor().pos(), text.format(low=low, high=low + 10))
        else:
            QToolTip.hideText()


def completion_histogram(values: list[float], bins: int = HISTOGRAM_BINS) -> list[int]:
    """Counts per 10 % band; 100 % falls in the last band."""
    counts = [0] * bins
    for v in values:
        i = min(bins - 1, max(0, int(v // (100 / bins))))
        counts[i] += 1
    return counts


def _bin_labels() -> list[str]:
    return [str(i * (100 // HISTOGRAM_BINS)) for i in range(HISTOGRAM_BINS)]


def _nice_ceiling(n: int) -> int:
    for step in (4, 8, 12, 20, 40, 60, 80, 100, 200, 400, 800, 1000, 2000, 4000):
        if n <= step:
            return step
    return n


def _lesson_labels(rates: list[LessonRate]) -> list[str]:
    """1, 2, 3 ...; with many lessons only every n-th is labelled (the rest get
    distinct invisible labels: a category axis needs unique names)."""
    step = 1 if len(rates) <= 24 else (len(rates) + 23) // 24
    return [str(i) if (i - 1) % step == 0 else "\u200b" * i for i in range(1, len(rates) + 1)]


class ProgressTab(QWidget):
    def __init__(
        self,
        studio: Any,
        hub: Any,
        notifier: Notifier,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressTab")
        self._studio = studio
        self._notifier = notifier
        self._undo_stack = undo_stack
        self._course_id: str | None = None
        self._course: Any = None
        self._generation = 0
        self.loaded_course: str | None = None
        self.model = ProgressTableModel(self._now, self)
        self.proxy = ProgressFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        hub.changed.connect(self._on_changes)
        self.set_course(None)

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setProperty("role", "lead")
        self.summary.setWordWrap(True)  # a longer language wraps rather than hides the end
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, email or SIS id"))
        self.filter_edit.setAccessibleName(self.tr("Filter students"))
        self.filter_edit.setClearButtonEnabled(True)
        hint = self.filter_edit.placeholderText()
        self.filter_edit.setMinimumWidth(max(240, self.fontMetrics().horizontalAdvance(hint) + 48))
        self.filter_edit.textChanged.connect(self._filter_text)
        self.at_risk_box = QCheckBox(self.tr("At-risk only"))
        self.at_risk_box.setAccessibleName(self.tr("Show only students at risk"))
        self.at_risk_box.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.at_risk_box.toggled.connect(self._filter_risk)
        self.export_menu = QMenu(self.tr("Export"), self)
        self.export_csv = QAction(self.tr("Export to CSV…"), self)
        self.export_csv.triggered.connect(lambda: self._export_dialog(".csv"))
        self.export_xlsx = QAction(self.tr("Export to Excel (.xlsx)…"), self)
        self.export_xlsx.triggered.connect(lambda: self._export_dialog(".xlsx"))
        self.export_menu.addAction(self.export_csv)
        self.export_menu.addAction(self.export_xlsx)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the rows shown"))
        self.export_button.setToolTip(self.tr("Write the rows shown to a CSV or Excel file"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_edit)
        top.addWidget(self.at_risk_box)
        top.addWidget(self.export_button)

        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setObjectName("progressView")
        self.view.setAccessibleName(self.tr("Student progress"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.horizontalHeader().setHighlightSections(False)
        header = self.view.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            # at least as wide as its header in this language
            fitting = header.fontMetrics().horizontalAdvance(column.header) + 34
            self.view.setColumnWidth(i, max(column.width, fitting))
        self.view.horizontalHeader().setSectionResizeMode(
            self.model.column_of("email"), QHeaderView.ResizeMode.Stretch
        )
        self.view.setItemDelegateForColumn(
            self.model.column_of("completion"), CompletionDelegate(self.view)
        )
        self.charts = ProgressCharts()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("progressSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.charts)
        # the table grows first; the charts keep a readable minimum height
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        share = round(TABLE_SHARE * 1000)
        self.splitter.setSizes([share, 1000 - share])
        self.empty_label = QLabel(self.tr("Pick a course to see how its students are doing."))
        self.empty_label.setAlignment(CENTER)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label, 1)

    # -- data --------------------------------------------------------------------

    def set_course(self, course_id: str | None) -> None:
        self._course_id = course_id
        has = course_id is not None
        self.splitter.setVisible(has)
        self.empty_label.setVisible(not has)
        for w in (self.filter_edit, self.at_risk_box, self.export_button):
            w.setEnabled(has)
        if not has:
            self._generation += 1
            self.model.set_records([])
            self.charts.show_data([], [])
            self.loaded_course = None
            self.summary.setText("")
            return
        self.reload()

    @property
    def course_id(self) -> str | None:
        return self._course_id

    def reload(self) -> None:
        course_id = self._course_id
        if course_id is None:
            return
        self._generation += 1
        generation = self._generation
        studio = self._studio

        def load() -> tuple[Any, list[StudentSummary], list[LessonRate]]:
            return (
                studio.courses.get(course_id),
                studio.progress.course_summary(course_id),
                studio.progress.lesson_rates(course_id),
            )

        Op(self, load).success(lambda r: self._loaded(generation, course_id, *r)).failure(
            lambda exc: self._load_failed(generation, exc)
        ).run()

    def _loaded(
        self,
        generation: int,
        course_id: str,
        course: Any,
        summaries: list[StudentSummary],
        rates: list[LessonRate],
    ) -> None:
        if generation != self._generation:
            return
        self._course = course
        self.model.set_records(summaries)
        self.charts.show_data(rates, summaries)
        self.loaded_course = course_id
        self._update_summary()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, DomainError):
            self.model.set_records([])
            self.summary.setText(error_text(exc))
            return
        show_error(self, exc)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self._course_id is not None and (
            changes.progress or changes.enrollments or changes.outline or changes.courses
        ):
            self.reload()

    def _now(self) -> dt.datetime:
        return self._studio.context.clock()  # type: ignore[no-any-return]

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_summary()

    def _filter_risk(self, on: bool) -> None:
        self.proxy.set_at_risk_only(on)
        self._update_summary()

    def set_at_risk_only(self, on: bool) -> None:
        self.at_risk_box.setChecked(on)

    def _update_summary(self) -> None:
        rows = self.model.records()
        if not rows:
            self.summary.setText(self.tr("Nobody is enrolled as an active student yet."))
            return
        avg = sum(r.completion for r in rows) / len(rows)
        risk = sum(1 for r in rows if r.at_risk)
        count = len(rows)
        text = self.tr(
            "<b>%Ln</b> student(s) · average completion <b>{average}</b> · <b>{risk}</b> at risk",
            "",
            count,
        ).format(average=timefmt.percent(avg), risk=timefmt.number(risk))
        shown = self.proxy.rowCount()
        if shown != len(rows):
            text += " · " + self.tr("showing {shown}").format(shown=timefmt.number(shown))
        self.summary.setText(text)

    # -- export ------------------------------------------------------------------

    def shown_table(self) -> tuple[list[str], list[list[Any]]]:
        """The columns and rows as the table shows them (filter and sort order)."""
        header = self.view.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        headers = [self.model.columns[c].header for c in columns]
        rows = [
            [self.proxy.index(r, c).data(Role.Export) for c in columns]
            for r in range(self.proxy.rowCount())
        ]
        return headers, rows

    def _export_dialog(self, suffix: str) -> None:
        code = getattr(self._course, "code", "course") or "course"
        kind = (
            self.tr("CSV files (*.csv)")
            if suffix == ".csv"
            else self.tr("Excel workbooks (*.xlsx)")
        )
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export progress"), str(Path.home() / f"{code}-progress{suffix}"), kind
        )
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export(Path(path))

    def export(self, path: Path) -> Op[Any]:
        """Write what is shown to ``path`` (.csv or .xlsx) off the UI thread."""
        headers, rows = self.shown_table()
        completion = self.model.columns[self.model.column_of("completion")].header
        percent = [i for i, h in enumerate(headers) if h == completion]
        code = getattr(self._course, "code", "") or self.tr("Progress")
        notifier = self._notifier

        def write() -> Path:
            return export_table(path, headers, rows, sheet=code, percent_columns=percent)

        def done(written: Path) -> None:
            n = len(rows)
            notifier.notify(
                self.tr("Export"),
                self.tr("%Ln row(s) exported to {name}.", "", n).format(name=written.name),
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                notifier.notify(self.tr("Export"), error_text(exc), ok=False)
                show_error(self, exc)
            else:
                notifier.notify(
                    self.tr("Export"),
                    self.tr("{name} was not written.").format(name=path.name),
                    ok=False,
                    details=op.trace,
                )
                show_error(self, exc, op.trace)

        op: Op[Path] = Op(self, write, pool=_io_pool())
        return op.success(done).failure(failed).run()


def _io_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


__all__ = ["ProgressTab", "completion_histogram"]
