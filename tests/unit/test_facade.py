"""The scripting API as the README shows it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import course_studio


def test_readme_example(tmp_path: Path) -> None:
    with course_studio.open_studio(tmp_path) as studio:
        course = studio.courses.create(
            code="CS101",
            title="Programming in Python",
            term="Fall 2026",
            tags=["python"],
            capacity=30,
        )
        module = studio.outline.add_module(course.id, title="Getting started")
        lesson = studio.outline.add_lesson(module.id, title="Installing Python", kind="video")
        ada = studio.students.create(
            given_name="Ada", family_name="Lovelace", email="ada@example.org"
        )
        enrollment = studio.enrollments.enroll(course.id, ada.id, role="student")
        studio.progress.record(
            enrollment.id,
            lesson.id,
            status="completed",
            score=95,
            at=dt.datetime(2026, 9, 3, 10, 0),
        )
        [row] = studio.progress.course_summary(course.id)
        assert (row.student_name, row.completion) == ("Ada Lovelace", 100.0)
        studio.courses.update(course.id, title="Python for Everyone")
        copy = studio.courses.duplicate(course.id, code="CS101-B")
        assert len(studio.courses.list(query="", limit=None)) == 2
        studio.courses.delete(copy.id)
        assert dataclasses.is_dataclass(course)
        with pytest.raises(dataclasses.FrozenInstanceError):
            course.title = "changed"  # type: ignore[misc]


def test_errors_are_domain_errors(tmp_path: Path) -> None:
    studio = course_studio.open_studio(tmp_path)
    try:
        with pytest.raises(course_studio.DomainError) as info:
            studio.courses.create(code="", title="x")
        assert isinstance(info.value, course_studio.ValidationError)
        assert info.value.field == "code"
    finally:
        studio.close()


def test_open_studio_uses_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COURSE_STUDIO_DATA_DIR", str(tmp_path / "env-data"))
    with course_studio.open_studio() as studio:
        assert studio.data_dir == tmp_path / "env-data"
        assert (tmp_path / "env-data" / "course-studio.sqlite3").exists()
