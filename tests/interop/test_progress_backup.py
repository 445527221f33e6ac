"""Progress to CSV/XLSX, and course backup and restore."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import course_studio
from course_studio import Studio
from course_studio.interop.backup import backup_course, commit_restore, preview_restore
from course_studio.interop.progress_export import export_progress, row_filter
from course_studio.services.transfer import TransferService
from tests.conftest import NOW, unchanged


@pytest.fixture
def busy_course(studio: Studio, course: Any, students: list[Any], clock: Any) -> Any:
    """Four students, two lessons, some progress, one at risk."""
    studio.courses.update(course.id, capacity=None)
    module = studio.outline.add_module(course.id, title="Week 1")
    first = studio.outline.add_lesson(module.id, title="Install", kind="video")
    second = studio.outline.add_lesson(module.id, title="=cmd|' /C calc'!A0", kind="quiz")
    rows = [studio.enrollments.enroll(course.id, s.id) for s in students]
    studio.progress.record(
        rows[0].id, first.id, status="completed", score=90, at=NOW - dt.timedelta(days=1)
    )
    studio.progress.record(
        rows[0].id, second.id, status="completed", score=70, at=NOW - dt.timedelta(days=1)
    )
    studio.progress.record(rows[1].id, first.id, status="completed", at=NOW)
    studio.progress.record(rows[2].id, first.id, status="in_progress", at=NOW)
    studio.students.update(students[3].id, given_name="=HYPERLINK(1)")
    return studio.courses.get(course.id)


def test_progress_csv_matches_the_summary(studio: Studio, busy_course: Any, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    report = export_progress(studio, busy_course.id, out)
    assert report.ok and report.counts == {"students": 4}
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, for spreadsheet programs
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    summary = studio.progress.course_summary(busy_course.id)
    assert [r["Email"] for r in rows] == [s.email for s in summary]
    assert [float(r["Completion %"]) for r in rows] == [round(s.completion, 1) for s in summary]
    assert [r["At risk"] for r in rows] == ["yes" if s.at_risk else "no" for s in summary]
    assert "'=HYPERLINK(1) Dijkstra" in [r["Student"] for r in rows]  # not a formula
    lessons = tmp_path / "l.csv"
    export_progress(studio, busy_course.id, lessons, table="lessons")
    rates = list(csv.DictReader(io.StringIO(lessons.read_text("utf-8-sig"))))
    assert [(r["Lesson"], r["Completed"]) for r in rates] == [
        ("Install", "2"),
        ("'=cmd|' /C calc'!A0", "1"),
    ]


def test_progress_xlsx_has_both_sheets(studio: Studio, busy_course: Any, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    report = export_progress(studio, busy_course.id, out)
    assert report.ok and report.counts == {"students": 4, "lessons": 2}
    book = load_workbook(out)
    assert book.sheetnames == ["Students", "Lessons"]
    students = list(book["Students"].iter_rows(values_only=True))
    summary = studio.progress.course_summary(busy_course.id)
    assert students[0][0] == "Student" and len(students) == 1 + len(summary)
    by_email = {row[1]: row for row in students[1:]}
    for s in summary:
        row = by_email[s.email]
        assert row[7] == pytest.approx(round(s.completion, 1))
        assert row[10] is s.at_risk
        assert row[9] == s.last_activity_at
    lessons = list(book["Lessons"].iter_rows(values_only=True))
    assert lessons[2][1] == "=cmd|' /C calc'!A0"  # kept as text, not a formula
    cell = book["Lessons"]["B3"]
    assert cell.data_type == "s"


def test_progress_filters(studio: Studio, busy_course: Any, tmp_path: Path) -> None:
    out = tmp_path / "risk.csv"
    export_progress(studio, busy_course.id, out, filter={"at_risk": True})
    at_risk = [s.email for s in studio.progress.course_summary(busy_course.id) if s.at_risk]
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert [r["Email"] for r in rows] == at_risk and 0 < len(at_risk) < 4
    export_progress(studio, busy_course.id, out, filter=lambda r: r.completion >= 50)
    assert len(list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))) == 2
    keep = row_filter({"role": ["student"], "completed_lessons": lambda n: n > 1})
    assert [s.email for s in studio.progress.course_summary(busy_course.id) if keep(s)] == [
        "ada@example.org"
    ]
    report = export_progress(studio, busy_course.id, tmp_path / "p.ods")
    assert not report.ok and ".csv or .xlsx" in report.errors[0].message


# -- backup and restore -------------------------------------------------------------


def rows(studio: Studio, course_id: str) -> dict[str, Any]:
    """Everything about a course that a backup carries, by id (no sync columns)."""
    snap = TransferService(studio.context).snapshot(course_id)
    course = snap.course.as_dict()
    for key in ("owner_id", "server_version", "owner_name", "instructor_ids"):
        course.pop(key)
    return {
        "course": course,
        "outline": [m.as_dict() for m in snap.outline],
        "students": [s.as_dict() for s in snap.students],
        "enrollments": [e.as_dict() for e in snap.enrollments],
        "progress": [p.as_dict() for p in snap.progress],
        "instructors": sorted(i.username for i, _r in snap.instructors),
    }


def test_backup_and_restore_give_identical_data(
    studio: Studio, busy_course: Any, tmp_path: Path
) -> None:
    helper = studio.instructors.create(username="helper", display_name="Hel Per")
    studio.courses.add_co_instructor(busy_course.id, helper.id)
    out = tmp_path / "cs101.cstudio"
    report = backup_course(studio, busy_course.id, out)
    assert report.ok and report.counts["progress"] == 4
    names = zipfile.ZipFile(out).namelist()
    assert names[0] == "manifest.json"
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["format"] == "course-studio-backup" and manifest["version"] == 1
    with course_studio.open_studio(
        tmp_path / "other", username="tester", clock=studio.context.clock
    ) as other:
        preview = preview_restore(other, out)
        assert preview.ok and not preview.exists
        restored = commit_restore(other, preview)
        assert restored.ok and restored.written, restored.errors
        assert restored.course_id == busy_course.id  # same ids: the same course, moved
        assert rows(other, busy_course.id) == rows(studio, busy_course.id)
        assert other.progress.course_summary(busy_course.id) == studio.progress.course_summary(
            busy_course.id
        )
        # restoring it again is refused; as a copy it gets new ids and a free code
        with unchanged(other):
            again = commit_restore(other, preview_restore(other, out))
        assert not again.ok and "already here as CS101" in again.errors[0].message
        copy = commit_restore(other, preview_restore(other, out), as_copy=True)
        assert copy.ok and copy.course_code == "CS101-2" and copy.course_id != busy_course.id
        a, b = rows(other, copy.course_id or ""), rows(other, busy_course.id)
        assert [m["module"]["title"] for m in a["outline"]] == [
            m["module"]["title"] for m in b["outline"]
        ]
        assert len(a["progress"]) == len(b["progress"]) == 4
        assert {s["email"] for s in a["students"]} == {s["email"] for s in b["students"]}


def test_restore_reuses_students_already_here(
    studio: Studio, busy_course: Any, tmp_path: Path
) -> None:
    out = tmp_path / "b.cstudio"
    backup_course(studio, busy_course.id, out)
    with course_studio.open_studio(
        tmp_path / "other", username="tester", clock=studio.context.clock
    ) as other:
        other.students.create(given_name="Ada", family_name="L.", email="ada@example.org")
        report = commit_restore(other, preview_restore(other, out))
        assert report.ok
        assert report.counts["students_matched"] == 1 and report.counts["students_created"] == 3
        assert other.students.count() == 4


def write_backup(path: Path, files: dict[str, Any]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content if isinstance(content, str) else json.dumps(content))
    return path


def test_broken_backups(studio: Studio, busy_course: Any, tmp_path: Path) -> None:
    good = tmp_path / "good.cstudio"
    backup_course(studio, busy_course.id, good)
    parts = {n: zipfile.ZipFile(good).read(n).decode() for n in zipfile.ZipFile(good).namelist()}
    newer = dict(
        parts, **{"manifest.json": json.dumps({"format": "course-studio-backup", "version": 99})}
    )
    bad_json = dict(parts, **{"enrollments.json": '[\n  {"id": 1,\n  oops\n]'})
    bad_type = dict(parts)
    enrollments = json.loads(parts["enrollments.json"])
    enrollments[1]["enrolled_at"] = "last tuesday"
    bad_type["enrollments.json"] = json.dumps(enrollments)
    bad_value = dict(parts)
    people = json.loads(parts["students.json"])
    people[0]["email"] = "nobody"
    bad_value["students.json"] = json.dumps(people)
    missing = {k: v for k, v in parts.items() if k != "outline.json"}
    cases = {
        "newer": (newer, "manifest.json", "made by a newer Course Studio"),
        "bad_json": (bad_json, "enrollments.json", "not valid JSON at line 3"),
        "bad_type": (bad_type, "enrollments.json", "is not a date"),
        "bad_value": (bad_value, None, "not valid"),
        "missing": (missing, "outline.json", "incomplete"),
    }
    with course_studio.open_studio(
        tmp_path / "other", username="tester", clock=studio.context.clock
    ) as other:
        for name, (files, file, text) in cases.items():
            path = write_backup(tmp_path / f"{name}.cstudio", files)
            with unchanged(other):
                report = commit_restore(other, preview_restore(other, path))
            assert not report.ok, name
            assert text in report.errors[0].message, (name, report.errors)
            if file is not None:
                assert report.errors[0].file == file, name
        truncated = tmp_path / "cut.cstudio"
        truncated.write_bytes(good.read_bytes()[:200])
        with unchanged(other):
            report = commit_restore(other, preview_restore(other, truncated))
        assert "damaged or incomplete" in report.errors[0].message
