"""Fixtures for the interop tests: the sample files, and ways to compare data."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from course_studio import Studio
from course_studio.interop import ImportReport

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def sample_copy(name: str, dest: Path) -> Path:
    """A copy of a sample (file or folder) under ``dest``, safe to modify."""
    source = SAMPLES / name
    target = dest / source.name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy(source, target)
    return target


def zip_folder(folder: Path, dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w") as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, path.name)
    return dest


def places(report: ImportReport) -> list[tuple[str | None, int | None, str | None]]:
    return [(e.file, e.line, e.column) for e in report.errors]


def assert_sentences(report: ImportReport) -> None:
    for issue in [*report.errors, *report.warnings]:
        text = issue.message
        assert text[:1].isupper() or text[:1] in "'\"", f"not a sentence: {text!r}"
        assert text.rstrip()[-1] in ".?!)", f"not a sentence: {text!r}"


def people(studio: Studio) -> set[tuple[Any, ...]]:
    """Every live student, without ids: (SIS id, given, family, email)."""
    conn = sqlite3.connect(studio.store.path)
    try:
        return set(
            conn.execute(
                "SELECT external_id, given_name, family_name, email FROM students "
                "WHERE deleted_at IS NULL"
            )
        )
    finally:
        conn.close()


def memberships(studio: Studio) -> set[tuple[Any, ...]]:
    """Every live enrollment, by course code and student email: (code, email, role, status)."""
    conn = sqlite3.connect(studio.store.path)
    try:
        return set(
            conn.execute(
                "SELECT c.code, s.email, e.role, e.status FROM enrollments e "
                "JOIN courses c ON c.id = e.course_id JOIN students s ON s.id = e.student_id "
                "WHERE e.deleted_at IS NULL AND c.deleted_at IS NULL"
            )
        )
    finally:
        conn.close()
