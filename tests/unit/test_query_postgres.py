"""The SQL of the filter language on PostgreSQL selects what it selects on SQLite.

The same random worlds are loaded into the local store (SQLite) and into a fresh
PostgreSQL database; for random filters the PostgreSQL clause must pick the rows
the Python predicate picks (which the SQLite tests prove equal to SQLite's).
Text is ASCII here: PostgreSQL's lower() also folds other alphabets, which is the
one documented difference.

Needs ``COURSE_STUDIO_TEST_PG_URL`` (scripts/run-tests.sh starts a throwaway
cluster when the PostgreSQL programs are installed) and psycopg.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from course_studio import Studio
from course_studio.domain.models import Base, Course, Enrollment, Instructor
from course_studio.query import (
    FilterSpec,
    Scope,
    compile_predicate,
    course_filter,
    enrollment_filter,
    enrollment_key,
)
from course_studio.services.enrollment_query import MAX_WINDOW, EnrollmentQueryService
from tests.unit.test_query_agreement import SETTINGS, World, cases, fill, load
from tests.unit.test_query_agreement import world_studio as world_studio  # the fixture

PG_ENV = "COURSE_STUDIO_TEST_PG_URL"
PG_SETTINGS = settings(SETTINGS, max_examples=max(10, SETTINGS.max_examples // 2))
ascii_words = st.text("aAbB _%\\", max_size=6)
ascii_needles = st.text("aAbB_%\\", max_size=2) | st.sampled_from(["aba", "ab a", "Bob", "ann"])


@pytest.fixture(scope="module")
def pg() -> Iterator[Engine]:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (make test starts a throwaway cluster)")
    pytest.importorskip("psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"query_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = create_engine(make_url(url).set(database=name))
    try:
        Base.metadata.create_all(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


def _mirror(studio: Studio, engine: Engine, world: World) -> None:
    with studio.store.read() as s:
        people = [(i.id, i.username, i.display_name) for i in s.scalars(select(Instructor))]
    with Session(engine) as session, session.begin():
        if not session.scalars(select(Instructor)).first():
            for iid, username, name in people:
                session.add(Instructor(id=iid, username=username, display_name=name))
            session.flush()
        fill(session, world)


@PG_SETTINGS
@given(cases(Scope.COURSES, ascii_words, ascii_needles))
def test_course_filters_on_postgresql(
    world_studio: Studio, pg: Engine, case: tuple[World, list[FilterSpec]]
) -> None:
    world, filters = case
    load(world_studio, world)
    _mirror(world_studio, pg, world)
    keys = world_studio.courses.keys(world_studio.courses.list())
    ctx = world_studio.courses.filter_context()
    with Session(pg) as session:
        for spec in filters:
            predicate = compile_predicate(spec, ctx)
            expected = {k.id for k in keys if predicate(k)}
            stmt = select(Course.id).where(Course.deleted_at.is_(None), course_filter(spec, ctx))
            assert set(session.scalars(stmt)) == expected, str(spec)


@PG_SETTINGS
@given(cases(Scope.ENROLLMENTS, ascii_words, ascii_needles))
def test_enrollment_filters_on_postgresql(
    world_studio: Studio, pg: Engine, case: tuple[World, list[FilterSpec]]
) -> None:
    world, filters = case
    load(world_studio, world)
    _mirror(world_studio, pg, world)
    courses = {k.id: k for k in world_studio.courses.keys(world_studio.courses.list())}
    rows = EnrollmentQueryService(world_studio.context).fetch("", limit=MAX_WINDOW)
    keys = [enrollment_key(r, courses[r.course_id]) for r in rows]
    ctx = world_studio.courses.filter_context()
    live: Any = (
        Enrollment.deleted_at.is_(None),
        Enrollment.course_id.not_in(select(Course.id).where(Course.deleted_at.is_not(None))),
    )
    with Session(pg) as session:
        for spec in filters:
            predicate = compile_predicate(spec, ctx)
            expected = {k.id for k in keys if predicate(k)}
            for few_rows in (False, True):
                where = enrollment_filter(spec, ctx, few_rows=few_rows)
                got = set(session.scalars(select(Enrollment.id).where(*live, where)))
                assert got == expected, (str(spec), few_rows)
