"""The large enrollment lists: counts, windows, sort orders, keyset paging, student
search through the FTS index, and bad input."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import course_studio
from course_studio import NotFound, Studio, ValidationError
from course_studio.demo import DemoSize, generate
from course_studio.domain.errors import QuerySyntaxError
from course_studio.domain.records import EnrollmentRow
from course_studio.query import Scope, parse
from course_studio.services.enrollment_query import (
    MAX_WINDOW,
    EnrollmentQueryService,
    EnrollmentSort,
    SortOrder,
)
from tests.conftest import NOW, rejects

PEOPLE = [
    ("Ada", "Lovelace"),
    ("Alan", "Turing"),
    ("Grace", "Hopper"),
    ("Edsger", "Dijkstra"),
    ("Barbara", "Liskov"),
    ("Ada", "Byron"),
]


@pytest.fixture
def big(studio: Studio) -> dict[str, Any]:
    """Three courses (one with a schedule and lessons), six students, 18 enrollments."""
    people = [
        studio.students.create(
            given_name=g, family_name=f, email=f"{g.lower()}.{f.lower()}@example.org"
        )
        for g, f in PEOPLE
    ]
    courses = [
        studio.courses.create(
            code=code,
            title=title,
            term="Fall 2026",
            tags=tags,
            start_date="2026-09-01",
            end_date="2026-12-15",
        )
        for code, title, tags in (
            ("CS101", "Programming in Python", ["python"]),
            ("MA201", "Linear Algebra", ["math"]),
            ("HI110", "History of Computing", ["history", "python"]),
        )
    ]
    module = studio.outline.add_module(courses[0].id, title="Week 1")
    lessons = [studio.outline.add_lesson(module.id, title=f"L{i}") for i in range(4)]
    rows = {}
    for c in courses:
        for n, p in enumerate(people):
            role = "ta" if n == 5 else "student"
            rows[(c.code, p.family_name)] = studio.enrollments.enroll(c.id, p.id, role=role)
    cs = courses[0].code
    for n, p in enumerate(people[:4]):
        for lesson in lessons[: n + 1]:
            studio.progress.record(
                rows[(cs, p.family_name)].id,
                lesson.id,
                status="completed",
                at=NOW - dt.timedelta(days=3 * n * n),
            )
    return {"people": people, "courses": courses, "rows": rows}


@pytest.fixture
def lists(studio: Studio) -> EnrollmentQueryService:
    return EnrollmentQueryService(studio.context)


def test_rows_carry_what_the_lists_show(
    studio: Studio, big: dict[str, Any], lists: EnrollmentQueryService
) -> None:
    cs = big["courses"][0]
    rows = {r.id: r for r in lists.fetch(course_id=cs.id)}
    summary = {s.enrollment_id: s for s in studio.progress.course_summary(cs.id)}
    assert len(rows) == 6
    ada = rows[big["rows"][("CS101", "Lovelace")].id]
    assert (ada.student_name, ada.email, ada.course_code, ada.course_title) == (
        "Ada Lovelace",
        "ada.lovelace@example.org",
        "CS101",
        "Programming in Python",
    )
    assert (ada.role, ada.status, ada.progress) == ("student", "active", 25.0)
    assert ada.last_activity_at == NOW
    assert len(summary) >= 5
    for row in rows.values():
        if row.id not in summary:  # the summary leaves out who is not a student
            assert row.role != "student" and not row.at_risk
            continue
        assert row.at_risk == summary[row.id].at_risk
        assert row.progress == pytest.approx(summary[row.id].completion)
    assert any(r.at_risk for r in rows.values()) and not all(r.at_risk for r in rows.values())


def test_counts_and_filters(big: dict[str, Any], lists: EnrollmentQueryService) -> None:
    assert lists.count() == 18
    assert lists.count("role:ta") == 3
    assert lists.count("ada") == 6  # Ada Lovelace and Ada Byron, in three courses
    assert lists.count("lovelace OR turing") == 6
    assert lists.count("student:ada tag:math") == 2
    assert lists.count("course:cs101 progress>=50") == 3
    assert lists.count("course:CS101 at-risk:yes") == lists.count("course:cs101 -at-risk:no")
    assert lists.count(parse("email:@example.org -term:fall", Scope.ENROLLMENTS)) == 0
    assert lists.count("last-activity:none") == 14
    assert lists.count("last-activity>=2026-10-01 last-activity<today") == 2
    cs = big["courses"][0].id
    assert lists.count("status:active", course_id=cs) == 6
    assert lists.count(course_id=cs, mine_only=True) == 6


def _sort_value(row: EnrollmentRow, order: SortOrder) -> Any:
    return {
        EnrollmentSort.STUDENT: (row.family_name, row.given_name),
        EnrollmentSort.EMAIL: row.email,
        EnrollmentSort.COURSE: row.course_code,
        EnrollmentSort.ROLE: (row.role, row.status, row.progress),
        EnrollmentSort.STATUS: (row.status, row.role, row.progress),
        EnrollmentSort.PROGRESS: row.progress,
        EnrollmentSort.LAST_ACTIVITY: row.last_activity_at or dt.datetime.min,
        EnrollmentSort.ENROLLED: row.enrolled_at,
    }[order.key]


def test_sorting_and_paging(big: dict[str, Any], lists: EnrollmentQueryService) -> None:
    for key in EnrollmentSort:
        for descending in (False, True):
            _check_order(lists, SortOrder(key, descending))


def _check_order(lists: EnrollmentQueryService, order: SortOrder) -> None:
    everything = lists.fetch(sort=order, limit=MAX_WINDOW)
    assert len(everything) == 18
    values = [_sort_value(r, order) for r in everything]
    assert values == sorted(values, reverse=order.descending), order
    by_offset = [r for n in range(0, 18, 5) for r in lists.fetch(sort=order, offset=n, limit=5)]
    assert [r.id for r in by_offset] == [r.id for r in everything]
    by_cursor: list[EnrollmentRow] = []
    after = None
    while True:
        total = 10**6 if len(by_cursor) % 8 else 18  # both ways of finding a window
        page = lists.fetch(sort=order, after=after, limit=4, total=total)
        if not page:
            break
        by_cursor += page
        after = page[-1].cursor
    assert [r.id for r in by_cursor] == [r.id for r in everything], order
    walked = lists.fetch(sort=order, limit=MAX_WINDOW, total=10**6)  # the other plan
    assert [r.id for r in walked] == [r.id for r in everything]
    text_order = ("-" if order.descending else "") + order.key.value
    assert [r.id for r in lists.fetch(sort=text_order, limit=7)] == [r.id for r in everything[:7]]


def test_first_screen(big: dict[str, Any], lists: EnrollmentQueryService) -> None:
    screen = lists.first_screen("python", sort="-progress", limit=5)
    assert screen.total == 0  # free text searches students, not courses
    screen = lists.first_screen("tag:python", sort="-progress", limit=5)
    assert (screen.total, len(screen.rows), screen.offset) == (12, 5, 0)
    assert screen.rows[0].progress == 100.0
    assert lists.first_screen("tag:python", limit=0).rows == ()
    ids = lists.row_ids("tag:python", sort="student")
    assert len(ids) == 12 and ids[:5] == [r.id for r in lists.fetch("tag:python", limit=5)]


def test_trash_and_removed_enrollments_are_left_out(
    studio: Studio, big: dict[str, Any], lists: EnrollmentQueryService
) -> None:
    ma = big["courses"][1]
    studio.enrollments.remove(big["rows"][("CS101", "Turing")].id)
    assert lists.count() == 17
    studio.courses.delete(ma.id)
    assert lists.count() == 11
    assert {r.course_code for r in lists.fetch(limit=MAX_WINDOW)} == {"CS101", "HI110"}
    assert lists.first_screen(limit=3).total == 11
    rejects(studio, NotFound, None, lists.fetch, course_id=ma.id)
    studio.courses.restore(ma.id)
    assert lists.count() == 17
    assert lists.count(course_id=ma.id) == 6


def test_bad_input_is_rejected(
    studio: Studio, big: dict[str, Any], lists: EnrollmentQueryService
) -> None:
    err = rejects(studio, QuerySyntaxError, "query", lists.count, "stauts:active")
    assert isinstance(err, QuerySyntaxError) and err.suggestion == "status"
    rejects(studio, QuerySyntaxError, "query", lists.fetch, "waitlisted>3")
    rejects(studio, QuerySyntaxError, "query", lists.count, 7)
    rejects(studio, ValidationError, "query", lists.count, parse("enrolled>3", Scope.COURSES))
    rejects(studio, ValidationError, "limit", lists.fetch, limit=MAX_WINDOW + 1)
    rejects(studio, ValidationError, "limit", lists.first_screen, limit=-1)
    rejects(studio, ValidationError, "offset", lists.fetch, offset=-1)
    rejects(studio, ValidationError, "sort", lists.fetch, sort="shoe size")
    rejects(studio, ValidationError, "sort", lists.fetch, sort=3)
    rejects(studio, ValidationError, "after", lists.fetch, after=("x",))
    rejects(studio, ValidationError, "after", lists.fetch, after=(object(), 1, 2))
    rejects(studio, ValidationError, "total", lists.fetch, total=-5)
    rejects(studio, NotFound, None, lists.count, course_id="no-such-course")


def test_student_search_index_follows_every_change(
    studio: Studio, big: dict[str, Any], lists: EnrollmentQueryService
) -> None:
    grace = big["people"][2]
    assert lists.count("hopper") == 3
    studio.students.update(grace.id, family_name="Brewster Murray", email="grace@navy.mil")
    assert lists.count("hopper") == 0
    assert lists.count("brewster") == lists.count("navy.mil") == 3
    assert lists.count('"grace brewster"') == 3
    ada, byron = big["people"][0], big["people"][5]
    studio.students.merge(ada.id, byron.id)  # Byron's enrollments move to Ada
    assert lists.count("byron") == 0
    assert lists.count("lovelace") == 3
    new = studio.students.create(given_name="Zoë", family_name="Ångström", email="zoe@x.org")
    studio.enrollments.enroll(big["courses"][0].id, new.id)
    assert lists.count("Ångström") == lists.count("zoë") == lists.count("ZOë") == 1
    assert lists.count("ångström") == 0  # only A-Z ignore case (docs/filter-language.md)
    assert _fts_intact(studio.store.path)


def _fts_intact(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO students_fts(students_fts, rank) VALUES ('integrity-check', 1)")
        return True
    finally:
        conn.close()


def test_demo_data_is_searchable(tmp_path: Path) -> None:
    generate(tmp_path, DemoSize(courses=6, students=120, enrollments=400), seed=5)
    assert _fts_intact(tmp_path / "course-studio.sqlite3")
    with course_studio.open_studio(tmp_path) as studio:
        lists = EnrollmentQueryService(studio.context)
        with studio.store.read() as session:
            expected = session.execute(
                text(
                    "SELECT count(*) FROM enrollments e JOIN students s ON s.id = e.student_id "
                    "WHERE e.deleted_at IS NULL AND (lower(s.given_name || ' ' || s.family_name) "
                    "LIKE '%ann%' OR lower(s.email) LIKE '%ann%')"
                )
            ).scalar()
            names = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            triggers = {n for (n,) in names}
        assert expected and lists.count("ann") == expected
        assert triggers >= {
            "students_fts_insert",
            "students_fts_update",
            "students_fts_delete",
        }
