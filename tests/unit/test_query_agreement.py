"""The two compilations of a filter select the same rows.

Hypothesis draws a small world of courses, students and enrollments (with values
near every boundary the filters have: the at-risk cutoff, midnights, 75 %, empty
and missing values, text with LIKE wildcards and letters in both cases) and a
random filter, then checks that the Python predicate over row keys and the SQL
clause of the services pick the same ids, for courses and for enrollments (all,
one course, counted, and windowed).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.orm import Session

import course_studio
from course_studio import Studio
from course_studio.domain.models import (
    Course,
    CourseInstructor,
    Enrollment,
    Instructor,
    OutboxOp,
    Student,
)
from course_studio.query import (
    FilterSpec,
    Period,
    Scope,
    compile_predicate,
    enrollment_key,
)
from course_studio.services.enrollment_query import MAX_WINDOW, EnrollmentQueryService
from tests.conftest import NOW, Clock
from tests.strategies import periods, specs

ALPHABET = "aAbÉé _%\\"
#: Text in the data, and (shorter, so that it is found) in the filters.
words = st.text(ALPHABET, max_size=6)
needles = st.text("aAbÉé_%\\", max_size=2) | st.sampled_from(["aba", "ab a", "Bob", "ann", "C1"])
tags = st.sampled_from(["ab", "a_b", "b.c", "c++", "x-1", "a", "ba"])
numbers = st.sampled_from([0, 1, 2, 3, 25, 50, 74.5, 75, 100, 101, -1])
TODAY = NOW.date()
dates = periods(TODAY - dt.timedelta(days=20), TODAY + dt.timedelta(days=10))

_OFFSETS = [
    dt.timedelta(days=-400),
    dt.timedelta(days=-15),
    dt.timedelta(days=-14, seconds=-1),
    dt.timedelta(days=-14),
    dt.timedelta(days=-14, seconds=1),
    dt.timedelta(days=-13),
    dt.timedelta(hours=-12),  # midnight today
    dt.timedelta(0),
    dt.timedelta(days=3),
]
datetimes = st.one_of(
    st.sampled_from([NOW + o for o in _OFFSETS]),
    st.datetimes(NOW - dt.timedelta(days=60), NOW + dt.timedelta(days=10)),
)
days = st.one_of(
    st.sampled_from(
        [TODAY + dt.timedelta(days=d) for d in (-120, -60, -15, -14, -13, -1, 0, 1, 40)]
    ),
    st.dates(TODAY - dt.timedelta(days=200), TODAY + dt.timedelta(days=100)),
)


@dataclass(frozen=True)
class World:
    courses: list[dict[str, Any]]
    students: list[dict[str, Any]]
    enrollments: list[dict[str, Any]]


@st.composite
def worlds(draw: Any, words: Any = words) -> World:
    courses = []
    for n in range(draw(st.integers(2, 4))):
        start = draw(st.none() | days)
        end = draw(st.none() | days)
        courses.append(
            {
                "code": f"C{n}{draw(words)}",
                "title": draw(words) or "t",
                "term": draw(words),
                "category": draw(words),
                "tags": tuple(draw(st.lists(tags, max_size=3, unique=True))),
                "status": draw(st.sampled_from(["draft", "published", "archived"])),
                "language": draw(st.sampled_from(["en", "de", "pt-BR"])),
                "start_date": start,
                "end_date": end,
                "capacity": draw(st.none() | st.integers(1, 4)),
                "updated_at": draw(datetimes),
                "owner": draw(st.integers(0, 2)),
                "teachers": draw(st.sets(st.integers(0, 2), max_size=2)),
                "deleted": n > 0 and draw(st.integers(0, 5)) == 0,
            }
        )
    students = [
        {"given_name": draw(words) or "g", "family_name": draw(words) or "f", "email": draw(words)}
        for _ in range(draw(st.integers(2, 5)))
    ]
    every = [(c, s) for c in range(len(courses)) for s in range(len(students))]
    taken = draw(st.lists(st.integers(0, 3), min_size=len(every), max_size=len(every)))
    pairs = [pair for pair, roll in zip(every, taken, strict=True) if roll]
    enrollments = [
        {
            "course": c,
            "student": s,
            "role": draw(st.sampled_from(["student", "student", "student", "ta", "observer"])),
            "status": draw(
                st.sampled_from(
                    ["active", "active", "active", "waitlisted", "completed", "dropped"]
                )
            ),
            "progress": draw(st.sampled_from([0.0, 10.0, 25.0, 50.0, 74.99, 75.0, 100.0])),
            "last_activity_at": draw(st.none() | datetimes),
            "enrolled_at": draw(datetimes),
            "deleted": draw(st.integers(0, 7)) == 0,
        }
        for c, s in pairs
    ]
    return World(courses, students, enrollments)


@pytest.fixture(scope="module")
def world_studio() -> Iterator[Studio]:
    with tempfile.TemporaryDirectory() as tmp:
        studio = course_studio.open_studio(Path(tmp), username="tester", clock=Clock(NOW))
        studio.instructors.create(username="ann", display_name="Ann Ébé")
        studio.instructors.create(username="b_b", display_name="Bob %B")
        try:
            yield studio
        finally:
            studio.close()


def load(studio: Studio, world: World) -> None:
    with studio.store.write() as session:
        fill(session, world)


def fill(session: Session, world: World) -> None:
    """Replace the courses, students and enrollments with the world's."""
    for model in (Enrollment, CourseInstructor, Course, Student, OutboxOp):
        session.execute(delete(model))
    people = sorted(session.query(Instructor).all(), key=lambda i: i.username)
    ids = [p.id for p in people]  # ann, b_b, tester
    course_ids = []
    for n, c in enumerate(world.courses):
        owner = ids[c["owner"]]
        course = Course(
            id=f"c{n}",
            owner_id=owner,
            code=c["code"],
            title=c["title"],
            description="",
            status=c["status"],
            term=c["term"],
            category=c["category"],
            tags=c["tags"],
            language=c["language"],
            start_date=c["start_date"],
            end_date=c["end_date"],
            capacity=c["capacity"],
            created_at=NOW,
            updated_at=c["updated_at"],
            deleted_at=NOW if c["deleted"] else None,
        )
        session.add(course)
        for t in sorted(c["teachers"]):
            session.add(CourseInstructor(id=f"t{n}-{t}", course_id=course.id, instructor_id=ids[t]))
        course_ids.append(course.id)
    student_ids = []
    for n, s in enumerate(world.students):
        session.add(Student(id=f"s{n}", **s))
        student_ids.append(f"s{n}")
    session.flush()
    for n, e in enumerate(world.enrollments):
        session.add(
            Enrollment(
                id=f"e{n}",
                course_id=course_ids[e["course"]],
                student_id=student_ids[e["student"]],
                role=e["role"],
                status=e["status"],
                progress=e["progress"],
                last_activity_at=e["last_activity_at"],
                enrolled_at=e["enrolled_at"],
                deleted_at=NOW if e["deleted"] else None,
            )
        )


def _texts(world: World) -> list[str]:
    out = ["Ann Ébé", "b_b", "Bob %B", "tester"]
    for c in world.courses:
        out += [c["code"], c["title"], c["term"], c["category"]]
    for s in world.students:
        out += [f"{s['given_name']} {s['family_name']}", s["email"]]
    return [t for t in out if t]


@st.composite
def cases(
    draw: Any, scope: Scope, words: Any = words, needles: Any = needles
) -> tuple[World, list[FilterSpec]]:
    """A world and filters whose values are mostly taken from it, so that they
    select some rows and leave others."""
    world = draw(worlds(words))
    pieces = st.sampled_from(_texts(world)).flatmap(
        lambda t: st.tuples(st.integers(0, len(t)), st.integers(0, len(t))).map(
            lambda ij: t[min(ij) : max(ij)]
        )
    )
    found = [
        d
        for c in world.courses
        for d in (c["start_date"], c["end_date"], c["updated_at"].date())
        if d is not None
    ] + [e["enrolled_at"].date() for e in world.enrollments]
    near = st.sampled_from(found).map(Period) | dates
    progress = [e["progress"] for e in world.enrollments]
    amounts = numbers | (st.sampled_from(progress) if progress else numbers)
    spec = specs(scope, pieces | needles, tags, amounts, near, max_groups=2, max_clauses=2)
    return world, draw(st.lists(spec, min_size=1, max_size=4))


SETTINGS = settings(
    # A quick run by default; FILTER_AGREEMENT_EXAMPLES=2000 for a thorough one.
    max_examples=int(os.environ.get("FILTER_AGREEMENT_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(cases(Scope.COURSES))
def test_courses_predicate_and_sql_agree(
    world_studio: Studio, case: tuple[World, list[FilterSpec]]
) -> None:
    studio = world_studio
    world, filters = case
    load(studio, world)
    records = studio.courses.list()
    keys = studio.courses.keys(records)
    ctx = studio.courses.filter_context()
    for spec in filters:
        predicate = compile_predicate(spec, ctx)
        expected = {k.id for k in keys if predicate(k)}
        # the one-pass selection (the course list's) picks the same rows, in order
        assert predicate.select(keys) == [i for i, k in enumerate(keys) if predicate(k)]
        got = {c.id for c in studio.courses.list(spec)}
        assert got == expected, (str(spec), predicate.source)
        assert studio.courses.count(spec) == len(expected)


@SETTINGS
@given(cases(Scope.ENROLLMENTS), st.integers(0, 4))
def test_enrollments_predicate_and_sql_agree(
    world_studio: Studio, case: tuple[World, list[FilterSpec]], pick: int
) -> None:
    studio = world_studio
    world, filters = case
    load(studio, world)
    rows_service = EnrollmentQueryService(studio.context)
    courses = {k.id: k for k in studio.courses.keys(studio.courses.list())}
    rows = rows_service.fetch("", limit=MAX_WINDOW)
    keys = [enrollment_key(r, courses[r.course_id]) for r in rows]
    ctx = studio.courses.filter_context()
    for spec in filters:
        predicate = compile_predicate(spec, ctx)
        expected = {k.id for k in keys if predicate(k)}
        label = (str(spec), predicate.source)
        assert {r.id for r in rows_service.fetch(spec, limit=MAX_WINDOW)} == expected, label
        assert rows_service.count(spec) == len(expected), label
        screen = rows_service.first_screen(spec, limit=2, sort="-progress")
        assert screen.total == len(expected), label
        assert {r.id for r in screen.rows} <= expected
        if courses:
            course_id = sorted(courses)[pick % len(courses)]
            in_course = {k.id for k in keys if k.course.id == course_id and predicate(k)}
            got = rows_service.fetch(spec, course_id=course_id, limit=MAX_WINDOW)
            assert {r.id for r in got} == in_course, label
            assert rows_service.count(spec, course_id=course_id) == len(in_course), label
