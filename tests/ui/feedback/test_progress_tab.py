"""The Progress tab: per-student completion, at-risk rows marked, charts, and export
of exactly the rows shown to CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from course_studio import Studio
from course_studio.ui.progress_tab import ProgressTab, completion_histogram
from course_studio.ui.record_table import Role

from .conftest import Host


def fill(studio: Studio, course: Any, students: list[Any]) -> list[Any]:
    """Four lessons; Ada did all, Alan two (recently), Grace none (quiet: at risk)."""
    studio.courses.update(course.id, capacity=None)
    module = studio.outline.add_module(course.id, title="Week 1")
    lessons = [studio.outline.add_lesson(module.id, title=f"Lesson {i}") for i in range(1, 5)]
    enrollments = {s.family_name: studio.enrollments.enroll(course.id, s.id) for s in students[:3]}
    when = dt.datetime(2026, 10, 14, 9, 0)
    for lesson in lessons:
        studio.progress.record(enrollments["Lovelace"].id, lesson.id, status="completed", at=when)
    for lesson in lessons[:2]:
        studio.progress.record(enrollments["Turing"].id, lesson.id, status="completed", at=when)
    return lessons


def make_tab(host: Host, course: Any) -> ProgressTab:
    tab = ProgressTab(host.studio, host.hub, host.notifier, host.undo_stack)
    host.window.setCentralWidget(tab)
    tab.set_course(course.id)
    host.wait(lambda: tab.loaded_course == course.id)
    return tab


def shown_names(tab: ProgressTab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_rows_charts_and_at_risk(
    qtmodeltester: Any, host: Host, course: Any, students: list[Any]
) -> None:
    fill(host.studio, course, students)
    tab = make_tab(host, course)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    summary = {s.student_name: s for s in host.studio.progress.course_summary(course.id)}
    assert shown_names(tab) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    risky = [n for n, s in summary.items() if s.at_risk]
    assert risky == ["Grace Hopper"]
    row = tab.model.row_of(summary["Grace Hopper"].enrollment_id)
    mark = tab.model.index(row, tab.model.column_of("at_risk"))
    assert mark.data() == "At risk"  # text and icon, not colour alone
    assert mark.data(Qt.ItemDataRole.DecorationRole) is not None
    assert mark.data(Qt.ItemDataRole.BackgroundRole) is not None
    completion = tab.model.index(row, tab.model.column_of("completion"))
    assert completion.data(Role.Value) == 0.0
    assert "3</b> students" in tab.summary.text() and "1</b> at risk" in tab.summary.text()

    tab.set_at_risk_only(True)
    assert shown_names(tab) == ["Grace Hopper"]

    # charts: one bar per lesson, one count per completion band
    bars = tab.charts.lesson_chart.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [66.7, 66.7, 33.3, 33.3]
    assert tab.charts.bins == completion_histogram([100.0, 50.0, 0.0])
    assert sum(tab.charts.bins) == 3 and tab.charts.bins[-1] == 1


def test_the_tab_refreshes_when_progress_is_recorded(
    host: Host, course: Any, students: list[Any]
) -> None:
    lessons = fill(host.studio, course, students)
    tab = make_tab(host, course)
    grace = next(r for r in tab.model.records() if r.student_name == "Grace Hopper")
    host.studio.progress.record(grace.enrollment_id, lessons[0].id, status="completed")
    host.wait(
        lambda: (
            next(r.completion for r in tab.model.records() if r.student_name == "Grace Hopper")
            == 25.0
        )
    )


def test_export_writes_the_rows_shown_to_csv_and_xlsx(
    host: Host, course: Any, students: list[Any], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    fill(host.studio, course, students)
    tab = make_tab(host, course)
    tab.filter_edit.setText("a")  # all three have an "a"
    tab.view.sortByColumn(tab.model.column_of("completion"), Qt.SortOrder.DescendingOrder)
    headers, rows = tab.shown_table()
    assert [r[0] for r in rows] == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]

    tab.export(tmp_path / "progress.csv")
    host.wait(lambda: (tmp_path / "progress.csv").exists() and host.history())
    with (tmp_path / "progress.csv").open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))
    assert written[0] == headers
    assert [r[0] for r in written[1:]] == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    assert [r[2] for r in written[1:]] == ["100", "50", "0"]
    assert host.history()[0].summary == "3 rows exported to progress.csv."

    tab.set_at_risk_only(True)
    tab.export(tmp_path / "at-risk.xlsx")
    host.wait(lambda: (tmp_path / "at-risk.xlsx").exists() and len(host.history()) == 2)
    sheet = load_workbook(tmp_path / "at-risk.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == headers
    assert len(values) == 2 and values[1][0] == "Grace Hopper" and values[1][2] == 0
    assert values[1][headers.index("At risk")] == "yes"
    assert host.history()[0].summary == "1 row exported to at-risk.xlsx."


def test_export_to_a_missing_folder_fails_calmly(
    host: Host, course: Any, students: list[Any], tmp_path: Path
) -> None:
    fill(host.studio, course, students)
    tab = make_tab(host, course)
    target = tmp_path / "no-such-folder" / "p.csv"
    tab.export(target)
    host.wait(lambda: host.history())
    entry = host.history()[0]
    assert not entry.ok and "does not exist" in entry.summary
    assert not target.exists()
