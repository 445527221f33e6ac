"""Canvas SIS CSV, Moodle upload users, and any CSV with a column mapping."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

import course_studio
from course_studio import Studio
from course_studio.interop import (
    detect_format,
    export_roster,
    import_roster,
    preview_roster,
)
from course_studio.interop.generic import guess_mapping
from course_studio.interop.report import ImportReport
from course_studio.interop.textio import open_package
from tests.conftest import unchanged
from tests.interop.conftest import assert_sentences, memberships, people, places, zip_folder


@pytest.mark.parametrize(
    ("sample", "fmt"),
    [
        ("oneroster/good", "oneroster"),
        ("canvas/good", "canvas"),
        ("moodle/good.csv", "moodle"),
        ("csv/class-list.csv", "csv"),
        ("csv/names-only.csv", "csv"),
    ],
)
def test_format_is_detected(samples: Path, sample: str, fmt: str) -> None:
    report = ImportReport()
    package = open_package(samples / sample, report)
    assert package is not None and detect_format(package) == fmt


# -- Canvas ------------------------------------------------------------------------


def test_canvas_import(studio: Studio, samples: Path) -> None:
    report = import_roster(studio, samples / "canvas" / "good")
    assert report.ok, report.errors
    assert report.format == "canvas"
    assert report.counts["skipped"] == 2  # the deleted user and the designer
    assert {w.line for w in report.warnings} == {5, 6}
    course = studio.courses.find_by_code("HIST210")
    assert course is not None
    assert (course.title, course.term, str(course.start_date)) == (
        "History of Science",
        "Fall 2026",
        "2026-09-01",
    )
    rows = {(e.student_name, e.role, e.status) for e in studio.enrollments.list(course.id)}
    assert rows == {
        ("Kai Walker", "student", "active"),
        ("Lia Fernandes", "student", "completed"),  # full_name split
        ("Siobhan O'Brien", "ta", "active"),  # sortable_name split
    }
    assert studio.students.find(external_id="S2004") is None
    with unchanged(studio):
        assert import_roster(studio, samples / "canvas" / "good").ok


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("unknown_roles", [("enrollments.csv", 3, "role")]),
        ("missing_columns", [("users.csv", 1, "status")]),
    ],
)
def test_canvas_broken(studio: Studio, samples: Path, sample: str, expected: Any) -> None:
    with unchanged(studio):
        report = import_roster(studio, samples / "canvas" / sample)
    assert places(report) == expected
    assert_sentences(report)


def test_canvas_users_alone_fill_the_directory(studio: Studio, tmp_path: Path) -> None:
    path = tmp_path / "users.csv"
    path.write_text(
        "user_id,login_id,first_name,last_name,email,status\n"
        "U1,u1,Ann,One,ann@example.org,active\n"
        "U2,u2,Bob,Two,bob@example.org,active\n",
        encoding="utf-8",
    )
    report = import_roster(studio, path)
    assert report.ok and report.counts["students_created"] == 2
    assert studio.students.count() == 2


def test_canvas_round_trip(
    studio: Studio, course: Any, students: list[Any], tmp_path: Path
) -> None:
    studio.courses.update(course.id, capacity=None)
    rows = [studio.enrollments.enroll(course.id, s.id) for s in students]
    studio.enrollments.change_role(rows[1].id, "observer")
    studio.enrollments.change_status(rows[2].id, "completed")
    studio.enrollments.drop(rows[3].id)
    out = tmp_path / "canvas.zip"
    assert export_roster(studio, course.id, out, format="canvas").ok
    assert sorted(zipfile.ZipFile(out).namelist()) == [
        "courses.csv",
        "enrollments.csv",
        "terms.csv",
        "users.csv",
    ]
    with unchanged(studio):
        assert import_roster(studio, out).ok
    with course_studio.open_studio(tmp_path / "other", username="tester") as other:
        assert import_roster(other, out).ok
        assert people(other) == people(studio)
        assert memberships(other) == memberships(studio)


# -- Moodle ------------------------------------------------------------------------


@pytest.fixture
def moodle_courses(studio: Studio) -> None:
    studio.courses.create(code="MATH101", title="Calculus I")
    studio.courses.create(code="PHYS101", title="Physics I")


@pytest.mark.usefixtures("moodle_courses")
def test_moodle_import(studio: Studio, samples: Path) -> None:
    report = import_roster(studio, samples / "moodle" / "good.csv")
    assert report.ok, report.errors
    assert report.format == "moodle"
    math = studio.courses.find_by_code("MATH101")
    phys = studio.courses.find_by_code("PHYS101")
    assert math is not None and phys is not None
    assert {(e.student_name, e.role, e.status) for e in studio.enrollments.list(math.id)} == {
        ("Emma Johnson", "student", "active"),
        ("Daniel Kim", "student", "active"),
        ("Fernanda García", "ta", "active"),
    }
    assert {(e.student_name, e.status) for e in studio.enrollments.list(phys.id)} == {
        ("Emma Johnson", "active"),
        ("Daniel Kim", "dropped"),  # enrolstatus2 = 1 (suspended)
    }
    assert any(i.username == "ateacher" for i in studio.instructors.list())
    assert studio.courses.get(phys.id).instructor_ids != (studio.me,)
    hana = studio.students.find(email="hana.lee@school.example")
    assert hana is not None  # no course: into the directory
    with unchanged(studio):
        assert import_roster(studio, samples / "moodle" / "good.csv").ok


@pytest.mark.usefixtures("moodle_courses")
def test_moodle_broken(studio: Studio, samples: Path) -> None:
    with unchanged(studio):
        report = import_roster(studio, samples / "moodle" / "unknown_roles.csv")
    assert places(report) == [
        ("unknown_roles.csv", 3, "role1"),
        ("unknown_roles.csv", 3, "type2"),
    ]
    assert "manager" in report.warnings[0].message


def test_moodle_unknown_course(studio: Studio, tmp_path: Path) -> None:
    path = tmp_path / "up.csv"
    path.write_text(
        "username,firstname,lastname,email,course1\nx,X,Y,x@example.org,NOPE101\n",
        encoding="utf-8",
    )
    with unchanged(studio):
        report = import_roster(studio, path)
    assert places(report) == [("up.csv", 2, "course1")]
    assert report.errors[0].message == "You have no course with the code NOPE101."


def test_moodle_export(studio: Studio, course: Any, students: list[Any], tmp_path: Path) -> None:
    studio.courses.update(course.id, capacity=None)
    rows = [studio.enrollments.enroll(course.id, s.id) for s in students[:3]]
    studio.enrollments.change_role(rows[1].id, "ta")
    studio.enrollments.drop(rows[2].id)
    out = tmp_path / "moodle.csv"
    assert export_roster(studio, course.id, out, format="moodle").ok
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    by_email = {r["email"]: r for r in table}
    assert by_email["ada@example.org"]["role1"] == "student"
    assert by_email["alan@example.org"]["role1"] == "teacher"  # non-editing teacher
    assert by_email["grace@example.org"]["enrolstatus1"] == "1"
    assert {r["course1"] for r in table} == {"CS101"}
    assert table[0]["role1"] == "editingteacher"
    with unchanged(studio):
        assert import_roster(studio, out).ok


# -- any CSV -----------------------------------------------------------------------


def test_guessed_mapping() -> None:
    assert guess_mapping(["Student ID", "First name", "Last name", "E-mail", "Course"]) == {
        "external_id": "Student ID",
        "given_name": "First name",
        "family_name": "Last name",
        "email": "E-mail",
        "course": "Course",
    }
    assert guess_mapping(["Name", "Mail"]) == {"email": "Mail", "full_name": "Name"}


def test_csv_with_guessed_mapping(studio: Studio, samples: Path) -> None:
    eng = studio.courses.create(code="ENG101", title="Writing")
    report = import_roster(studio, samples / "csv" / "class-list.csv")
    assert report.ok, report.errors
    assert [e.student_name for e in studio.enrollments.list(eng.id)] == [
        "Noor Haddad",
        "Tomás Silva",
        "Yuki Tanaka",
    ]
    assert studio.students.find(external_id="1002") is not None


def test_csv_with_explicit_mapping(studio: Studio, tmp_path: Path, course: Any) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("A,B,C\nx1,Ada,ada@example.org\n", encoding="utf-8")
    preview = preview_roster(studio, path, course_id=course.id)
    assert not preview.ok and preview.report.errors[0].line == 1
    report = import_roster(
        studio,
        path,
        course_id=course.id,
        mapping={"external_id": "A", "full_name": "B", "email": "C"},
    )
    assert not report.ok  # "Ada" alone has no family name
    assert places(report) == [("odd.csv", 2, "B")]
    path.write_text("A,B,C\nx1,Ada Lovelace,ada@example.org\n", encoding="utf-8")
    report = import_roster(
        studio,
        path,
        course_id=course.id,
        mapping={"external_id": "A", "full_name": "B", "email": "C"},
    )
    assert report.ok, report.errors
    assert [e.student_name for e in studio.enrollments.list(course.id)] == ["Ada Lovelace"]


def test_csv_mapping_to_a_missing_column(studio: Studio, samples: Path) -> None:
    report = preview_roster(
        studio, samples / "csv" / "class-list.csv", mapping={"email": "Mail"}
    ).report
    assert places(report) == [("class-list.csv", 1, "Mail")]
    report = preview_roster(
        studio, samples / "csv" / "class-list.csv", mapping={"colour": "Course"}
    ).report
    assert "not a field" in report.errors[0].message


def test_csv_unknown_role(studio: Studio, samples: Path) -> None:
    with unchanged(studio):
        report = import_roster(studio, samples / "csv" / "names-only.csv")
    assert places(report) == [("names-only.csv", 4, "Role")]


def test_unknown_format_name(studio: Studio, samples: Path) -> None:
    report = preview_roster(studio, samples / "csv" / "class-list.csv", format="xls").report
    assert not report.ok and "not a roster format" in report.errors[0].message


def test_folder_zip_of_canvas(studio: Studio, samples: Path, tmp_path: Path) -> None:
    packed = zip_folder(samples / "canvas" / "good", tmp_path / "canvas.zip")
    assert (
        preview_roster(studio, packed).roster
        == preview_roster(studio, samples / "canvas" / "good").roster
    )
