"""The filter language in the desktop: the course search box and its chips, the
saved filters sidebar, and the SQL-backed All enrollments list."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from course_studio import Studio
from course_studio.query import Scope, parse
from course_studio.ui.all_enrollments import TYPING_PAUSE_MS
from course_studio.ui.changes import ChangeHub
from course_studio.ui.course_list import CourseListPanel
from course_studio.ui.course_model import CourseRole, CourseTableModel
from course_studio.ui.enrollment_rows import EnrollmentQueryModel
from course_studio.ui.filter_bar import FilterBar
from course_studio.ui.main_window import MainWindow
from course_studio.ui.saved_filters_panel import (
    ALL_COURSES,
    ALL_ENROLLMENTS,
    MY_COURSES,
    SavedFiltersPanel,
    SidebarRole,
)
from course_studio.ui.undo import UndoRunner

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
    for student in students:
        studio.enrollments.enroll(made[0].id, student.id)
    studio.enrollments.enroll(made[1].id, students[0].id)
    return made


def course_panel(qtbot: QtBot, studio: Studio) -> CourseListPanel:
    model = CourseTableModel(studio.courses.list, me=studio.me, keys=studio.courses.keys)
    panel = CourseListPanel(model)
    qtbot.addWidget(panel)
    panel.set_context(studio.courses.filter_context)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    return panel


def shown_codes(panel: CourseListPanel) -> list[str]:
    proxy = panel.proxy
    return sorted(proxy.index(r, 0).data(CourseRole.RECORD).code for r in range(proxy.rowCount()))


# -- the course search box ----------------------------------------------------------


def test_filter_text_selects_the_matching_courses(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    panel = course_panel(qtbot, studio)
    assert shown_codes(panel) == ["CS101", "HIST110", "MATH201"]
    panel.search.setText("status:published")
    assert shown_codes(panel) == ["HIST110"]
    panel.search.setText("tag:python enrolled>=4")
    assert shown_codes(panel) == ["CS101"]
    panel.search.setText('-status:published term:"Spring 2027" OR code:CS101')
    assert shown_codes(panel) == ["CS101", "MATH201"]
    panel.search.setText("algebra")  # free text
    assert shown_codes(panel) == ["MATH201"]
    assert "1 of 3" in panel.count.text()


def test_the_current_course_stays_current_while_it_matches_the_filter(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    panel = course_panel(qtbot, studio)
    seen: list[Any] = []
    panel.current_changed.connect(lambda record: seen.append(record and record.code))
    assert panel.select_id(catalogue[0].id)
    assert seen == ["CS101"]
    panel.search.setText("fall")  # CS101 still matches (HIST110 too)
    panel.search.setText("tag:python")
    assert shown_codes(panel) == ["CS101"]
    assert panel.current_id() == catalogue[0].id and panel.current_record().code == "CS101"
    assert [i.data(CourseRole.ID) for i in panel.table.selectionModel().selectedRows()] == [
        catalogue[0].id
    ]
    assert seen == ["CS101"]  # never changed on the way
    panel.search.setText("algebra")  # filtered out: nothing is current
    assert shown_codes(panel) == ["MATH201"]
    assert panel.current_id() is None and seen == ["CS101", None]


def test_bad_filter_text_shows_a_message_and_keeps_the_last_good_result(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    panel = course_panel(qtbot, studio)
    panel.show()
    panel.search.setText("status:draft")
    assert shown_codes(panel) == ["CS101", "MATH201"]
    panel.search.setText("stauts:published")
    box = panel.filter_edit
    assert box.problem() is not None
    assert box.problem_row.isVisible()
    assert "stauts" in box.message.text() and "status" in box.message.text()
    assert shown_codes(panel) == ["CS101", "MATH201"]  # unchanged
    assert str(panel.spec()) == "status:draft"
    box.apply_fix()  # the suggested correction
    assert box.problem() is None and not box.problem_row.isVisible()
    assert shown_codes(panel) == ["HIST110"]
    panel.search.setText('title:"unclosed')
    assert box.problem() is not None
    assert shown_codes(panel) == ["HIST110"]


def test_completion_offers_fields_and_known_values(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    panel = course_panel(qtbot, studio)
    panel.set_known(studio.courses.known_values())
    box = panel.filter_edit
    box.edit.setText("sta")
    box.edit.setCursorPosition(3)
    box.show_completions(force=True)
    assert any(c.replacement.startswith("status") for c in box.completions())
    box.edit.setText("tag:")
    box.edit.setCursorPosition(4)
    box.show_completions(force=True)
    labels = " ".join(c.label for c in box.completions())
    assert "python" in labels and "proofs" in labels
    box.edit.setText("tag:pro")
    box.edit.setCursorPosition(7)
    box.show_completions(force=True)
    assert box.accept_completion(0)
    assert box.text().startswith("tag:proofs")
    assert shown_codes(panel) == ["MATH201"]


def test_my_courses_scope_narrows_the_list(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    other = studio.instructors.create(username="bob", display_name="Bob Builder")
    studio.courses.create(code="ART100", title="Drawing", owner_id=other.id)
    panel = course_panel(qtbot, studio)
    assert shown_codes(panel) == ["ART100", "CS101", "HIST110", "MATH201"]
    panel.set_mine(studio.me)
    assert shown_codes(panel) == ["CS101", "HIST110", "MATH201"]
    panel.search.setText("title:drawing")
    assert shown_codes(panel) == []
    assert panel.count.text()
    panel.set_mine(None)
    assert shown_codes(panel) == ["ART100"]


# -- chips and text agree -------------------------------------------------------------


def test_chips_write_the_text(qtbot: QtBot, studio: Studio, catalogue: list[Any]) -> None:
    panel = course_panel(qtbot, studio)
    bar = panel.filter_bar
    bar.set_known(studio.courses.known_values())
    bar.editor("status").box("published").setChecked(True)
    assert panel.search.text() == "status:published"
    assert shown_codes(panel) == ["HIST110"]
    bar.editor("status").box("draft").setChecked(True)
    assert parse(panel.search.text(), Scope.COURSES) == bar.spec()
    assert shown_codes(panel) == ["CS101", "HIST110", "MATH201"]
    bar.editor("status").box("published").setChecked(False)
    bar.editor("status").box("draft").setChecked(False)
    bar.editor("tag").box("python").setChecked(True)
    assert panel.search.text() == "tag:python"
    low = bar.editor("enrolled").low_spin  # type: ignore[attr-defined]
    low.setValue(2)
    assert parse(panel.search.text(), Scope.COURSES) == parse(
        "tag:python enrolled>=2", Scope.COURSES
    )
    assert shown_codes(panel) == ["CS101"]
    bar.chip("at-risk").setChecked(True)
    assert "at-risk" in panel.search.text()
    bar.clear()
    assert panel.search.text() == ""
    assert shown_codes(panel) == ["CS101", "HIST110", "MATH201"]


def test_text_sets_the_chips(qtbot: QtBot, studio: Studio, catalogue: list[Any]) -> None:
    panel = course_panel(qtbot, studio)
    bar = panel.filter_bar
    bar.set_known(studio.courses.known_values())
    panel.search.setText("status:draft,archived tag:python enrolled>=2 at-risk:yes")
    assert bar.spec() == panel.spec()
    assert bar.editor("status").box("draft").isChecked()
    assert bar.editor("status").box("archived").isChecked()
    assert not bar.editor("status").box("published").isChecked()
    assert bar.editor("tag").box("python").isChecked()
    assert bar.editor("enrolled").low_spin.value() == 2  # type: ignore[attr-defined]
    assert bar.chip("at-risk").isChecked()
    panel.search.setText("")
    assert not bar.editor("status").box("draft").isChecked()
    assert not bar.chip("at-risk").isChecked()
    assert not bar.clear_button.isVisibleTo(bar)


def test_date_chip_reads_and_writes_ranges(qtbot: QtBot) -> None:
    bar = FilterBar(Scope.COURSES)
    qtbot.addWidget(bar)
    bar.editor("starts").low_date.setText("2026-09-01")  # type: ignore[attr-defined]
    assert bar.spec() == parse("starts>=2026-09-01", Scope.COURSES)
    bar.set_spec(parse("starts<=2027-01-31", Scope.COURSES))
    assert bar.editor("starts").high_date.text() == "2027-01-31"  # type: ignore[attr-defined]
    assert bar.editor("starts").low_date.text() == ""  # type: ignore[attr-defined]


# -- saved filters ----------------------------------------------------------------------


def sidebar_counts(panel: SavedFiltersPanel) -> dict[str, Any]:
    model = panel.model
    out = {}
    for row in range(model.rowCount()):
        index = model.index(row)
        if model.data(index, SidebarRole.KIND) != "header":
            out[model.data(index)] = model.data(index, SidebarRole.COUNT)
    return out


def test_saved_filters_are_created_renamed_deleted_and_counted(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, runner: UndoRunner, catalogue: list[Any]
) -> None:
    panel = SavedFiltersPanel(studio, hub, runner)
    qtbot.addWidget(panel)
    settle()
    counts = sidebar_counts(panel)
    assert counts["My courses"] == 3 and counts["All courses"] == 3
    assert counts["All enrollments"] == 5
    assert panel.current().key == MY_COURSES  # the default scope

    panel.save("Drafts", "status:draft", "courses")
    panel.save("Everyone active", "status:active", "enrollments")
    settle()
    panel.refresh()
    settle()
    counts = sidebar_counts(panel)
    assert counts["Drafts"] == 2
    assert counts["Everyone active"] == 5
    saved = studio.saved_filters.list()
    assert [s.name for s in saved] == ["Drafts", "Everyone active"]

    drafts = saved[0]
    panel.rename(drafts.id, "Unpublished")
    settle()
    assert studio.saved_filters.get(drafts.id).name == "Unpublished"
    panel.delete(drafts.id)
    settle()
    assert [s.name for s in studio.saved_filters.list()] == ["Everyone active"]
    panel.refresh()
    settle()
    assert "Unpublished" not in sidebar_counts(panel)


def test_a_bad_or_duplicate_saved_filter_is_refused(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, runner: UndoRunner, catalogue: list[Any]
) -> None:
    panel = SavedFiltersPanel(studio, hub, runner)
    qtbot.addWidget(panel)
    panel.save("Drafts", "status:draft", "courses")
    settle()
    errors: list[BaseException] = []

    def refused(exc: BaseException) -> bool:
        errors.append(exc)
        return True

    panel.save("Drafts", "status:published", "courses", on_error=refused)
    panel.save("", "status:published", "courses", on_error=refused)
    panel.save("Broken", "stauts:x", "courses", on_error=refused)
    settle()
    assert len(errors) == 3
    assert [(s.name, s.text) for s in studio.saved_filters.list()] == [("Drafts", "status:draft")]


# -- the windowed enrollments model -----------------------------------------------------


def loaded(qtbot: QtBot, model: EnrollmentQueryModel, **query: Any) -> None:
    with qtbot.waitSignal(model.first_screen_ready):
        model.set_query(**query)


def names(model: EnrollmentQueryModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_windowed_model_reads_windows_and_sorts(
    qtbot: QtBot, studio: Studio, catalogue: list[Any]
) -> None:
    model = EnrollmentQueryModel(studio.enrollment_query, window=2)
    loaded(qtbot, model, spec="", sort="student")
    assert model.rowCount() == 5
    assert model.loaded_rows() == 2  # the first window only
    assert model.index(4, 0).data() == "Loading…"  # asks for the last window
    qtbot.waitUntil(lambda: model.is_loaded(4) and model.index(4, 0).data() != "Loading…")
    qtbot.waitUntil(lambda: "Loading…" not in names(model))
    assert names(model) == sorted(names(model))
    loaded(qtbot, model, sort="-student")
    qtbot.waitUntil(lambda: "Loading…" not in names(model))
    assert names(model) == sorted(names(model), reverse=True)
    course_col = model.column_of("course")
    loaded(qtbot, model, spec="tag:proofs")
    assert model.rowCount() == 1
    assert model.index(0, course_col).data() == "MATH201"


def test_an_outdated_answer_is_dropped(qtbot: QtBot, studio: Studio, catalogue: list[Any]) -> None:
    release = threading.Event()
    reader = studio.enrollment_query

    class SlowFirst:
        def first_screen(self, query: Any = "", **kwargs: Any) -> Any:
            # the older query is held by what it asks, not by arrival: the pool may
            # start the newer one first
            if "CS101" in str(query):
                release.wait(10)
            return reader.first_screen(query, **kwargs)

        def fetch(self, query: Any = "", **kwargs: Any) -> Any:
            return reader.fetch(query, **kwargs)

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    model = EnrollmentQueryModel(SlowFirst(), pool=pool)
    model.set_query("course:CS101")  # slow: held until released
    try:
        with qtbot.waitSignal(model.first_screen_ready):
            model.set_query("course:MATH201")
        assert model.rowCount() == 1
    finally:
        release.set()  # a failure here must not leave a worker held for later tests
    qtbot.waitUntil(lambda: model.dropped == 1)
    pool.waitForDone(5000)
    qtbot.wait(20)
    assert model.rowCount() == 1  # the older, larger answer did not replace it
    assert model.index(0, model.column_of("course")).data() == "MATH201"


def test_a_bad_text_query_is_refused_before_it_runs(studio: Studio) -> None:
    model = EnrollmentQueryModel(studio.enrollment_query)
    with pytest.raises(Exception, match="Unknown field"):
        model.set_query("stauts:active")
    assert model.generation == 0


# -- the window ----------------------------------------------------------------------------


def test_all_enrollments_view_opens_and_filters(
    qtbot: QtBot, window: MainWindow, studio: Studio, catalogue: list[Any]
) -> None:
    workspace = window.workspace
    workspace.enrollments_action.trigger()
    page = workspace.enrollments
    qtbot.waitUntil(lambda: page.model.total == 5)
    assert workspace.page() == "enrollments"
    assert page.isVisible()
    assert "5 enrollments" in page.count.text()
    page.set_filter_text("course:MATH201")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert workspace.sidebar.current().scope == "enrollments"
    workspace.courses_action.trigger()
    assert workspace.page() == "courses"
    assert window.courses.isVisible()


def test_sidebar_places_switch_scope_and_apply_saved_filters(
    qtbot: QtBot, window: MainWindow, studio: Studio, catalogue: list[Any]
) -> None:
    workspace = window.workspace
    settle()
    assert window.courses.mine() == studio.me  # "My courses" first
    workspace.sidebar.pick(ALL_COURSES)
    assert window.courses.mine() is None
    workspace.save("Published", "courses", "status:published")
    settle()
    saved = studio.saved_filters.list()[0]
    workspace.sidebar.pick(saved.id)
    assert window.courses.search.text() == "status:published"
    assert window.courses.proxy.rowCount() == 1
    workspace.sidebar.pick(ALL_ENROLLMENTS)
    assert workspace.page() == "enrollments"
    boxes = [b for b in workspace.enrollments.findChildren(QCheckBox) if b.text()]
    assert "Only my courses" in [b.text() for b in boxes]


def test_deleting_a_saved_filter_can_be_undone(
    qtbot: QtBot,
    studio: Studio,
    hub: ChangeHub,
    runner: UndoRunner,
    stack: Any,
    catalogue: list[Any],
) -> None:
    panel = SavedFiltersPanel(studio, hub, runner)
    qtbot.addWidget(panel)
    panel.save("Drafts", "status:draft", "courses")
    settle()
    panel.refresh()
    settle()
    panel.delete(studio.saved_filters.list()[0].id)
    settle()
    assert studio.saved_filters.list() == []
    stack.undo()
    settle()
    assert [(s.name, s.text) for s in studio.saved_filters.list()] == [("Drafts", "status:draft")]


def test_bad_text_on_the_enrollments_page_keeps_the_rows(
    qtbot: QtBot, window: MainWindow, studio: Studio, catalogue: list[Any]
) -> None:
    page = window.workspace.enrollments
    window.workspace.enrollments_action.trigger()
    page.set_filter_text("course:MATH201")
    qtbot.waitUntil(lambda: page.model.total == 1 and not page.model.loading)
    generation = page.model.generation
    page.filter_edit.set_text("course:MATH201 progres<50")
    assert page.filter_edit.problem() is not None
    assert "progress" in page.filter_edit.message.text()
    qtbot.wait(TYPING_PAUSE_MS + 50)  # past the pause after typing
    settle()
    assert page.model.generation == generation  # nothing ran
    assert page.model.total == 1


def test_saved_filters_are_reordered(
    qtbot: QtBot, studio: Studio, hub: ChangeHub, runner: UndoRunner, catalogue: list[Any]
) -> None:
    panel = SavedFiltersPanel(studio, hub, runner)
    qtbot.addWidget(panel)
    panel.save("Drafts", "status:draft", "courses")
    panel.save("Python", "tag:python", "courses")
    settle()
    panel.refresh()
    settle()
    python = studio.saved_filters.list()[1]
    panel.move_filter(python.id, 0)
    settle()
    assert [s.name for s in studio.saved_filters.list()] == ["Python", "Drafts"]
    panel.refresh()
    settle()
    assert [e.label for e in panel.model.saved("courses")] == ["Python", "Drafts"]
