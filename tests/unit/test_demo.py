"""Demo data: realistic, deterministic, consistent with the services' rules."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

import course_studio
from course_studio.demo import DemoSize, generate
from course_studio.services.derived import refresh_course

TODAY = dt.date(2026, 10, 15)
SMALL = DemoSize(courses=12, students=300, enrollments=1_500)


def rows(path: Path) -> list[tuple[object, ...]]:
    with course_studio.open_studio(path) as studio, studio.store.read() as session:
        return [
            tuple(r)
            for r in session.execute(
                text("SELECT id, code, title, capacity FROM courses ORDER BY id")
            ).all()
        ] + [
            tuple(r)
            for r in session.execute(
                text("SELECT id, student_id, status, progress FROM enrollments ORDER BY id")
            ).all()
        ]


def test_same_seed_same_data(tmp_path: Path) -> None:
    generate(tmp_path / "a", SMALL, seed=3, today=TODAY)
    generate(tmp_path / "b", SMALL, seed=3, today=TODAY)
    generate(tmp_path / "c", SMALL, seed=4, today=TODAY)
    assert rows(tmp_path / "a") == rows(tmp_path / "b")
    assert rows(tmp_path / "a") != rows(tmp_path / "c")


def test_demo_data_is_consistent(tmp_path: Path) -> None:
    counts = generate(tmp_path, SMALL, seed=1, today=TODAY)
    assert counts["courses"] == 12 and counts["enrollments"] == 1_500
    with course_studio.open_studio(tmp_path) as studio:
        assert studio.store.integrity_check() == "ok"
        courses = studio.courses.list()
        assert len(courses) == 12
        assert len(studio.courses.my_courses()) >= 1
        assert {c.status for c in courses} >= {"published"}
        for c in courses:
            assert c.capacity is None or c.enrolled <= c.capacity
            assert c.lessons > 0
        with studio.store.read() as session:
            fk = session.execute(text("PRAGMA foreign_key_check")).all()
            assert fk == []
            before = session.execute(
                text("SELECT id, progress, last_activity_at FROM enrollments ORDER BY id")
            ).all()
        with studio.store.write() as session:
            for c in courses:
                refresh_course(session, c.id)
        with studio.store.read() as session:
            after = session.execute(
                text("SELECT id, progress, last_activity_at FROM enrollments ORDER BY id")
            ).all()
        assert before == after  # the stored derived values match the progress rows
        # The services accept the generated data as valid input.
        for c in studio.courses.my_courses()[:3]:
            studio.courses.update(
                c.id, title=c.title, code=c.code, capacity=c.capacity, tags=list(c.tags)
            )


def test_some_students_are_at_risk(tmp_path: Path) -> None:
    generate(tmp_path, DemoSize(courses=20, students=600, enrollments=4_000), today=TODAY)
    with course_studio.open_studio(
        tmp_path, clock=lambda: dt.datetime.combine(TODAY, dt.time(12))
    ) as studio:
        courses = studio.courses.list()
        risk = sum(c.at_risk for c in courses)
        active = sum(c.enrolled for c in courses)
        assert 0 < risk < active / 2


def test_demo_command_refuses_to_overwrite(tmp_path: Path) -> None:
    def demo(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "course_studio",
                "demo",
                "--data-dir",
                str(tmp_path),
                "--courses",
                "3",
                "--students",
                "20",
                "--enrollments",
                "30",
                *extra,
            ],
            capture_output=True,
            text=True,
            check=False,
        )

    first = demo()
    assert first.returncode == 0, first.stderr
    assert "3 courses" in first.stdout
    again = demo()
    assert again.returncode == 1
    assert "--replace" in again.stderr
    assert demo("--replace").returncode == 0
