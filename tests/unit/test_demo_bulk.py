"""The demo generator's bulk path: what it writes around the ORM is still valid data."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import course_studio
from course_studio.demo import DemoSize, generate
from course_studio.demo import generator as demo_generator
from course_studio.domain.models import Base
from course_studio.store import Store
from course_studio.store.migrate import include_object

TODAY = dt.date(2026, 10, 15)
SMALL = DemoSize(courses=15, students=400, enrollments=2_000)


def db(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path / "course-studio.sqlite3")


def schema(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    """Tables, triggers and indexes with their columns (not the text they were made by)."""
    out: set[tuple[Any, ...]] = set()
    for kind, name, table in conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    ):
        columns: tuple[str, ...] = ()
        if kind == "index":
            columns = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
        out.add((kind, name, table, columns))
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo")
    counts = generate(path, SMALL, seed=5, today=TODAY)
    assert counts["enrollments"] == SMALL.enrollments
    return path


def test_schema_is_the_migrated_one(made: Path, tmp_path: Path) -> None:
    Store(tmp_path).close()
    with db(made) as conn, db(tmp_path) as fresh:
        assert schema(conn) == schema(fresh)  # every dropped index and trigger is back
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    store = Store(made)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        assert compare_metadata(ctx, Base.metadata) == []
    store.close()


def test_rows_refer_to_rows_that_exist(made: Path) -> None:
    with db(made) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute(
            "SELECT count(*) FROM enrollments e "
            "LEFT JOIN courses c ON c.id = e.course_id "
            "LEFT JOIN students s ON s.id = e.student_id "
            "WHERE c.id IS NULL OR s.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        # Progress only for students who take the course, on lessons of that course.
        strays = conn.execute(
            "SELECT count(*) FROM lesson_progress p "
            "JOIN enrollments e ON e.id = p.enrollment_id "
            "JOIN lessons l ON l.id = p.lesson_id JOIN modules m ON m.id = l.module_id "
            "WHERE e.role != 'student' OR e.status = 'waitlisted' OR m.course_id != e.course_id"
        ).fetchone()[0]
        assert strays == 0
        total = conn.execute("SELECT count(*) FROM lesson_progress").fetchone()[0]
        joined = conn.execute(
            "SELECT count(*) FROM lesson_progress p JOIN enrollments e ON e.id = p.enrollment_id"
        ).fetchone()[0]
        assert total == joined > SMALL.enrollments
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


def test_cached_completion_matches_the_progress_rows(made: Path) -> None:
    with db(made) as conn:
        rows = conn.execute(
            """
            SELECT e.progress, e.last_activity_at,
                   (SELECT count(*) FROM lessons l JOIN modules m ON m.id = l.module_id
                     WHERE m.course_id = e.course_id),
                   (SELECT count(*) FROM lesson_progress p
                     WHERE p.enrollment_id = e.id AND p.status = 'completed'),
                   (SELECT max(p.last_activity_at) FROM lesson_progress p
                     WHERE p.enrollment_id = e.id)
            FROM enrollments e
            """
        ).fetchall()
    assert len(rows) == SMALL.enrollments
    for progress, last, lessons, completed, latest in rows:
        assert progress == pytest.approx(100.0 * completed / lessons)
        assert last == latest
    spread = {round(r[0] / 25) for r in rows}
    assert spread == {0, 1, 2, 3, 4}  # from not started to finished


def test_search_finds_a_generated_student(made: Path) -> None:
    with db(made) as conn:
        rowid, given, family = conn.execute(
            "SELECT rowid, given_name, family_name FROM students ORDER BY email LIMIT 1 OFFSET 17"
        ).fetchone()
        hits = conn.execute(
            "SELECT rowid FROM students_fts WHERE students_fts MATCH ?",
            (f'given_name:"{given}" AND family_name:"{family}"',),
        ).fetchall()
        assert (rowid,) in hits
        indexed = conn.execute("SELECT count(*) FROM students_fts").fetchone()[0]
        assert indexed == SMALL.students
    with course_studio.open_studio(made) as studio:
        # New students after the load are indexed by the triggers again.
        new = studio.students.create(
            given_name="Quintessa", family_name="Brightwater", email="qb@example.edu"
        )
    with db(made) as conn:
        found = conn.execute(
            "SELECT s.id FROM students_fts f JOIN students s ON s.rowid = f.rowid "
            "WHERE students_fts MATCH 'Brightwater'"
        ).fetchall()
        assert found == [(new.id,)]


def writers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "demo-writer"]


def test_a_failed_write_stops_the_load_with_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(writer: Any, tables: Any) -> None:
        writer.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(demo_generator, "_create_indexes", broken)
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        generate(tmp_path, DemoSize(courses=3, students=30, enrollments=40), today=TODAY)
    assert writers() == []


def test_a_failure_while_making_rows_stops_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> None:
        raise ValueError("no more courses")

    monkeypatch.setattr(demo_generator._People, "enroll", broken)
    with pytest.raises(ValueError, match="no more courses"):
        generate(tmp_path, DemoSize(courses=3, students=30, enrollments=40), today=TODAY)
    assert writers() == []
