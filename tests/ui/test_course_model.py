"""The course list model and its filter proxy, over real CourseService records."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.ui.course_model import (
    COLUMNS,
    CourseFilterProxy,
    CourseRole,
    CourseTableModel,
    column_index,
    term_key,
)

from .conftest import settle


@pytest.fixture
def catalogue(studio: Studio, students: list[Any]) -> list[Any]:
    made = [
        studio.courses.create(
            code="CS101",
            title="Programming in Python",
            term="Fall 2026",
            category="Computer Science",
            tags=["python", "beginner"],
            capacity=30,
            start_date="2026-09-01",
            end_date="2026-12-15",
        ),
        studio.courses.create(
            code="MATH201",
            title="Linear Algebra",
            term="Spring 2027",
            category="Mathematics",
            tags=["proofs"],
            start_date="2027-01-12",
        ),
        studio.courses.create(
            code="HIST110",
            title="World History",
            term="Fall 2025",
            category="History",
            status="published",
        ),
    ]
    for student in students[:2]:
        studio.enrollments.enroll(made[0].id, student.id)
    return made


def loaded_model(qtbot: QtBot, studio: Studio) -> CourseTableModel:
    model = CourseTableModel(studio.courses.list, me=studio.me)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    return model


def ids(model: Any) -> list[str]:
    return [model.index(r, 0).data(CourseRole.ID) for r in range(model.rowCount())]


def codes(model: Any) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_and_proxy_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, studio: Studio, catalogue: list[Any]
) -> None:
    model = loaded_model(qtbot, studio)
    qtmodeltester.check(model)
    proxy = CourseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 3 and model.columnCount() == len(COLUMNS)
    # changes after the check are checked too: sort, filter, refresh with edits
    proxy.sort(column_index("title"), Qt.SortOrder.DescendingOrder)
    proxy.set_text("o")
    studio.courses.update(catalogue[1].id, title="Algebra")
    studio.courses.delete(catalogue[2].id)
    studio.courses.create(code="ART100", title="Drawing")
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert sorted(codes(model)) == ["ART100", "CS101", "MATH201"]


def test_columns_come_from_the_column_table(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    model = loaded_model(qtbot, studio)
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:11] == [
        "Code",
        "Title",
        "Status",
        "Term",
        "Category",
        "Tags",
        "Enrolled",
        "Completion",
        "Starts",
        "Ends",
        "Updated",
    ]
    row = model.row_of(catalogue[0].id)
    cell = {c.key: model.index(row, i).data() for i, c in enumerate(COLUMNS)}
    assert cell["code"] == "CS101"
    assert cell["status"] == "Draft"
    assert cell["tags"] == "beginner, python"
    assert cell["enrolled"] == "2 / 30"
    assert cell["completion"] == "0 %"
    assert cell["start"] == "1 Sep 2026" and cell["end"] == "15 Dec 2026"
    tip = model.index(row, column_index("enrolled")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "2 enrolled, 30 seats."
    assert model.index(row, 0).data(CourseRole.RECORD).id == catalogue[0].id
    assert model.index(row, 0).data(CourseRole.MINE) is True
    empty = model.row_of(catalogue[2].id)
    assert model.index(empty, column_index("completion")).data() == "—"
    assert model.index(empty, column_index("completion")).data(CourseRole.COMPLETION) is None


def test_sorting_uses_the_sort_keys(qtbot: QtBot, studio: Studio, catalogue: list[Any]) -> None:
    model = loaded_model(qtbot, studio)
    model.sort(column_index("term"), Qt.SortOrder.AscendingOrder)
    assert codes(model) == ["HIST110", "CS101", "MATH201"]  # Fall 2025, Fall 2026, Spring 2027
    model.sort(column_index("enrolled"), Qt.SortOrder.DescendingOrder)
    assert codes(model)[0] == "CS101"
    model.sort(column_index("start"), Qt.SortOrder.AscendingOrder)
    assert codes(model)[-1] == "HIST110"  # no start date sorts last
    key = model.index(0, column_index("start")).data(CourseRole.SORT_KEY)
    assert key == (False, catalogue[0].start_date)
    assert term_key("Spring 2027") > term_key("Fall 2026") > term_key("Summer 2026")


def test_refresh_updates_rows_in_place_and_keeps_a_row_by_id(
    qtbot: QtBot, qtmodeltester: ModelTester, studio: Studio, catalogue: list[Any]
) -> None:
    model = loaded_model(qtbot, studio)
    qtmodeltester.check(model)
    model.sort(column_index("code"), Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(model.index(model.row_of(catalogue[1].id), 0))
    records = model.records()
    first = dataclasses.replace(records[0], title="Renamed", code="ZZZ1")
    gone = records[1].id
    new = dataclasses.replace(records[2], id="new-id", code="AAA1")
    model.set_records([first, records[2], new])
    assert codes(model) == ["AAA1", records[2].code, "ZZZ1"]
    assert gone not in ids(model)
    if gone != catalogue[1].id:
        assert kept.isValid() and kept.data(CourseRole.ID) == catalogue[1].id
    model.set_records([])
    assert model.rowCount() == 0


def test_proxy_filters_by_words_over_precomputed_keys_and_a_predicate(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    model = loaded_model(qtbot, studio)
    proxy = CourseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("fall")
    assert sorted(codes(proxy)) == ["CS101", "HIST110"]
    proxy.set_text("FALL python")
    assert codes(proxy) == ["CS101"]
    proxy.set_text("")
    assert proxy.rowCount() == 3
    proxy.set_predicate(lambda record: record.status == "published")
    assert codes(proxy) == ["HIST110"]
    proxy.set_text("python")
    assert proxy.rowCount() == 0
    proxy.set_predicate(None)
    assert codes(proxy) == ["CS101"]
    assert (
        model.index(model.row_of(catalogue[0].id), 0)
        .data(CourseRole.SEARCH_KEY)
        .startswith("cs101 programming in python")
    )


def test_an_unreadable_store_reports_instead_of_raising(qtbot: QtBot) -> None:
    def broken() -> list[Any]:
        raise OSError("disk gone")

    model = CourseTableModel(broken)
    with qtbot.waitSignal(model.load_failed) as blocker:
        model.refresh()
    settle()
    assert isinstance(blocker.args[0], OSError)
    assert model.rowCount() == 0 and not model.has_loaded
    assert model.data(QModelIndex()) is None


def test_proxy_keeps_the_selected_course_across_refilters_and_refreshes(
    qtbot: QtBot, qtmodeltester: ModelTester, studio: Studio, catalogue: list[Any]
) -> None:
    model = loaded_model(qtbot, studio)
    model.sort(column_index("code"), Qt.SortOrder.AscendingOrder)
    proxy = CourseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    selection = QItemSelectionModel(proxy)
    rows_flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
    rows_flag |= QItemSelectionModel.SelectionFlag.Rows
    cs101 = catalogue[0].id
    selection.setCurrentIndex(proxy.mapFromSource(model.index(model.row_of(cs101), 0)), rows_flag)

    def selected() -> list[str]:
        return [i.data(CourseRole.ID) for i in selection.selectedRows()]

    assert selection.currentIndex().data(CourseRole.ID) == cs101
    proxy.set_text("fall")  # CS101 moves up a row: HIST110 stays, MATH201 goes
    assert codes(proxy) == ["CS101", "HIST110"]
    assert selection.currentIndex().data(CourseRole.ID) == cs101 and selected() == [cs101]
    # the source refreshes under the filter: a row goes, a matching one comes
    studio.courses.delete(catalogue[2].id)
    studio.courses.create(code="ART100", title="Drawing", term="Fall 2026")
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert codes(proxy) == ["ART100", "CS101"]
    assert selection.currentIndex().data(CourseRole.ID) == cs101 and selected() == [cs101]
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 1))
        assert proxy.mapFromSource(source) == proxy.index(row, 1)
    # the source resorts and a course is renamed in place: still the same course
    model.sort(column_index("code"), Qt.SortOrder.DescendingOrder)
    assert codes(proxy) == ["CS101", "ART100"]
    studio.courses.update(cs101, title="Python, again")
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert selection.currentIndex().data(CourseRole.ID) == cs101 and selected() == [cs101]
    assert proxy.index(0, column_index("title")).data() == "Python, again"
    # an edit that takes a course out of the filter hides it
    studio.courses.update(cs101, term="Spring 2027")
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert codes(proxy) == ["ART100"]
    assert not selection.currentIndex().isValid() and selected() == []
    assert not proxy.mapFromSource(model.index(model.row_of(cs101), 0)).isValid()
    proxy.set_text("")
    assert codes(proxy) == ["MATH201", "CS101", "ART100"]


def test_proxy_follows_only_its_current_source_model(
    qtbot: QtBot, qtmodeltester: ModelTester, studio: Studio, catalogue: list[Any]
) -> None:
    first = loaded_model(qtbot, studio)
    proxy = CourseFilterProxy()
    proxy.setSourceModel(first)
    proxy.set_text("fall")
    assert sorted(codes(proxy)) == ["CS101", "HIST110"]
    second = CourseTableModel(me=studio.me)
    proxy.setSourceModel(second)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 0 and not proxy.hasChildren()
    first.set_records([])  # no longer followed
    assert proxy.rowCount() == 0
    second.set_records(studio.courses.list())  # a reset of the source
    assert sorted(codes(proxy)) == ["CS101", "HIST110"]
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Code"
