"""OneRoster 1.1 CSV in and out: the samples, the broken samples, round trips."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import course_studio
from course_studio import Studio
from course_studio.interop import commit_roster, export_roster, import_roster, preview_roster
from course_studio.services import CourseService, ServiceContext
from tests.conftest import unchanged
from tests.interop.conftest import (
    assert_sentences,
    memberships,
    people,
    places,
    sample_copy,
    zip_folder,
)


def test_good_package_imports_everything(studio: Studio, samples: Path) -> None:
    preview = preview_roster(studio, samples / "oneroster" / "good")
    assert preview.ok, preview.report.errors
    assert preview.format == "oneroster"
    counts = preview.report.counts
    assert (counts["users"], counts["students"], counts["teachers"]) == (7, 5, 1)
    assert counts["courses_created"] == 2 and counts["enrollments_created"] == 7
    with unchanged(studio):  # a preview writes nothing
        preview_roster(studio, samples / "oneroster" / "good")
    report = commit_roster(studio, preview)
    assert report.ok and report.written
    courses = {c.code: c for c in studio.courses.list()}
    assert set(courses) == {"BIO101-P1", "CHEM201-P3"}
    bio = courses["BIO101-P1"]
    assert bio.title == "Biology - Period 1"
    assert bio.term == "Fall 2026"
    assert str(bio.start_date) == "2026-09-01" and str(bio.end_date) == "2026-12-18"
    assert len(bio.instructor_ids) == 2  # me (owner) and the teacher
    teacher = [i for i in studio.instructors.list() if i.username == "rhughes"]
    assert teacher and teacher[0].display_name == "Rosa Hughes"
    assert teacher[0].id in bio.instructor_ids
    maria = studio.students.find(external_id="u-1001")
    assert maria is not None and maria.full_name == "María López"
    assert maria.email == "maria.lopez@northwind.example"
    rows = {(e.student_name, e.role) for e in studio.enrollments.list(bio.id)}
    assert rows == {
        ("María López", "student"),
        ("Jun Chen", "student"),
        ("Saanvi Patel", "student"),
        ("Thanh Nguyen", "ta"),
    }


def test_reimporting_the_same_package_changes_nothing(studio: Studio, samples: Path) -> None:
    import_roster(studio, samples / "oneroster" / "good")
    with unchanged(studio):
        report = import_roster(studio, samples / "oneroster" / "good")
    assert report.ok
    counts = report.counts
    assert counts["students_unchanged"] == 6 and counts["enrollments_unchanged"] == 7
    assert counts["students_created"] == counts["enrollments_created"] == 0
    assert counts["courses_matched"] == 2 and counts["courses_created"] == 0


def test_zip_and_folder_read_the_same(studio: Studio, samples: Path, tmp_path: Path) -> None:
    packed = zip_folder(samples / "oneroster" / "good", tmp_path / "roster.zip")
    from_zip = preview_roster(studio, packed)
    from_folder = preview_roster(studio, samples / "oneroster" / "good")
    assert from_zip.roster == from_folder.roster
    assert from_zip.report.counts == from_folder.report.counts


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (
            "missing_columns",
            [("enrollments.csv", 1, "role"), ("users.csv", 1, "givenName")],
        ),
        (
            "unknown_roles",
            [("enrollments.csv", 6, "role"), ("users.csv", 4, "role")],
        ),
        (
            "duplicate_ids",
            [("enrollments.csv", 11, "sourcedId"), ("users.csv", 9, "sourcedId")],
        ),
        (
            "bad_dates",
            [
                ("academicSessions.csv", 2, "startDate"),
                ("enrollments.csv", 3, "beginDate"),
                ("users.csv", 2, "dateLastModified"),
            ],
        ),
        (
            "dangling_references",
            [("enrollments.csv", 11, "userSourcedId"), ("enrollments.csv", 12, "classSourcedId")],
        ),
        (
            "bad_values",
            [("classes.csv", 3, "classCode"), ("users.csv", 5, "email")],
        ),
    ],
)
def test_broken_packages_name_each_bad_cell_and_change_nothing(
    studio: Studio, samples: Path, sample: str, expected: list[Any]
) -> None:
    with unchanged(studio):
        preview = preview_roster(studio, samples / "oneroster" / sample)
        report = commit_roster(studio, preview)
        direct = import_roster(studio, samples / "oneroster" / sample)
    assert places(preview.report) == expected
    assert not report.ok and not report.written and places(report) == expected
    assert places(direct) == expected
    assert_sentences(preview.report)


def test_messages_say_what_is_wrong(studio: Studio, samples: Path) -> None:
    report = preview_roster(studio, samples / "oneroster" / "unknown_roles").report
    messages = [e.message for e in report.errors]
    assert "'janitor' is not a OneRoster 1.1 enrollment role" in messages[0]
    assert "'wizard' is not a OneRoster 1.1 user role" in messages[1]
    report = preview_roster(studio, samples / "oneroster" / "duplicate_ids").report
    assert report.errors[1].message == "The sourcedId u-1002 is used twice (also on line 3)."


def test_truncated_zip_is_reported_not_raised(
    studio: Studio, samples: Path, tmp_path: Path
) -> None:
    packed = zip_folder(samples / "oneroster" / "good", tmp_path / "roster.zip").read_bytes()
    for cut in (len(packed) // 2, len(packed) - 30, 40):
        broken = tmp_path / f"cut{cut}.zip"
        broken.write_bytes(packed[:cut])
        with unchanged(studio):
            report = import_roster(studio, broken)
        assert not report.ok
        assert report.errors[0].file == broken.name
        assert "damaged or incomplete" in report.errors[0].message


def test_missing_manifest_is_tolerated_with_a_warning(studio: Studio, tmp_path: Path) -> None:
    folder = sample_copy("oneroster/good", tmp_path)
    (folder / "manifest.csv").unlink()
    report = preview_roster(studio, folder, format="oneroster").report
    assert report.ok
    assert any("manifest.csv" in w.message for w in report.warnings)


def test_manifest_listing_a_missing_file_is_an_error(studio: Studio, tmp_path: Path) -> None:
    folder = sample_copy("oneroster/good", tmp_path)
    (folder / "classes.csv").unlink()
    report = preview_roster(studio, folder).report
    assert places(report) == [("classes.csv", None, None)]
    assert "lists classes.csv as bulk" in report.errors[0].message


def test_import_into_a_named_course_ignores_the_classes(
    studio: Studio, samples: Path, course: Any
) -> None:
    studio.courses.update(course.id, capacity=2)
    report = import_roster(studio, samples / "oneroster" / "good", course_id=course.id)
    assert report.ok, report.errors
    assert report.counts["courses_created"] == 0
    rows = studio.enrollments.list(course.id)
    # 5 students (María is in both classes, enrolled once) and one TA; two seats,
    # so three students wait.
    assert sorted(r.status for r in rows if r.role == "student") == [
        "active",
        "active",
        "waitlisted",
        "waitlisted",
        "waitlisted",
    ]
    assert report.counts["waitlisted"] == 3
    assert report.counts["enrollments_merged"] == 1
    assert [r.role for r in rows].count("ta") == 1


def test_export_then_import_changes_nothing(studio: Studio, samples: Path, tmp_path: Path) -> None:
    import_roster(studio, samples / "oneroster" / "good")
    bio = studio.courses.find_by_code("BIO101-P1")
    assert bio is not None
    out = tmp_path / "bio.zip"
    exported = export_roster(studio, bio.id, out, format="oneroster")
    assert exported.ok and exported.files == [str(out)]
    with unchanged(studio):
        again = import_roster(studio, out)
    assert again.ok, again.errors
    assert again.counts["enrollments_unchanged"] == 4


def test_round_trip_into_an_empty_data_dir(
    studio: Studio, course: Any, students: list[Any], tmp_path: Path
) -> None:
    studio.courses.update(course.id, capacity=None)
    studio.students.update(students[1].id, external_id=None)
    enrolled = [studio.enrollments.enroll(course.id, s.id) for s in students[:3]]
    studio.enrollments.change_role(enrolled[1].id, "ta")
    studio.enrollments.drop(enrolled[2].id)
    out = tmp_path / "cs101"
    assert export_roster(studio, course.id, out).ok
    assert sorted(p.name for p in out.iterdir()) == [
        "academicSessions.csv",
        "classes.csv",
        "courses.csv",
        "enrollments.csv",
        "manifest.csv",
        "orgs.csv",
        "users.csv",
    ]
    with course_studio.open_studio(tmp_path / "other", username="tester") as other:
        report = import_roster(other, out)
        assert report.ok, report.errors
        not_enrolled = students[3].email
        assert people(other) == {p for p in people(studio) if p[3] != not_enrolled}
        assert memberships(other) == memberships(studio)
        copy = other.courses.find_by_code("CS101")
        assert copy is not None
        for name in ("title", "term", "start_date", "end_date"):
            assert getattr(copy, name) == getattr(course, name), name


def test_student_without_sis_id_gets_none_back(studio: Studio, course: Any, tmp_path: Path) -> None:
    plain = studio.students.create(given_name="No", family_name="Sis", email="no.sis@example.org")
    studio.enrollments.enroll(course.id, plain.id)
    export_roster(studio, course.id, tmp_path / "out.zip")
    with course_studio.open_studio(tmp_path / "other", username="tester") as other:
        assert import_roster(other, tmp_path / "out.zip").ok
        found = other.students.find(email="no.sis@example.org")
        assert found is not None and found.external_id is None


def test_observers_are_left_out_with_a_warning(
    studio: Studio, course: Any, students: list[Any], tmp_path: Path
) -> None:
    studio.enrollments.enroll(course.id, students[0].id, role="observer")
    report = export_roster(studio, course.id, tmp_path / "out.zip")
    assert report.ok
    assert "OneRoster 1.1 has no observer role" in report.warnings[0].message


def test_outbox_ops_match_what_the_orm_writes(studio: Studio, samples: Path) -> None:
    """The bulk writer records the same ops the ORM hook would: one upsert per new
    row, with every synced field."""
    import_roster(studio, samples / "oneroster" / "good")
    orm_student = studio.students.create(
        given_name="Via", family_name="Orm", email="via.orm@example.org", external_id="X1"
    )
    conn = sqlite3.connect(studio.store.path)
    try:
        ops = conn.execute("SELECT entity, row_id, kind, fields FROM outbox").fetchall()
        dirty = conn.execute("SELECT COUNT(*) FROM students WHERE dirty = 0").fetchone()[0]
    finally:
        conn.close()
    import json

    by_entity: dict[str, list[dict[str, Any]]] = {}
    for entity, _row, kind, fields in ops:
        assert kind == "upsert"
        by_entity.setdefault(entity, []).append(json.loads(fields))
    assert len(by_entity["student"]) == 7 and len(by_entity["enrollment"]) == 7
    assert len(by_entity["course"]) == 2
    orm_keys = next(f for f in by_entity["student"] if f["email"] == orm_student.email).keys()
    assert all(f.keys() == orm_keys for f in by_entity["student"])
    assert dirty == 0


def test_preview_is_a_value_that_can_be_kept(studio: Studio, samples: Path) -> None:
    preview = preview_roster(studio, samples / "oneroster" / "good")
    assert dataclasses.is_dataclass(preview.roster)
    assert len(preview.roster.people) == 7 and len(preview.roster.enrollments) == 9


def test_a_course_someone_else_owns_is_not_duplicated(studio: Studio, samples: Path) -> None:
    other = studio.instructors.create(username="kim", display_name="Kim Park")
    kims = studio.courses.create(code="BIO101-P1", title="Kim's biology", owner_id=other.id)
    with unchanged(studio):
        report = import_roster(studio, samples / "oneroster" / "good")
    assert places(report) == [("classes.csv", 2, "classCode")]
    assert report.errors[0].message.startswith("BIO101-P1 belongs to Kim Park, and you do not")
    # once Kim adds me as a co-instructor, the class maps onto Kim's course
    as_kim = CourseService(ServiceContext(studio.store, other.id, studio.context.clock))
    as_kim.add_co_instructor(kims.id, studio.me)
    report = import_roster(studio, samples / "oneroster" / "good")
    assert report.ok and report.counts["courses_matched"] == 1
    assert len(studio.enrollments.list(kims.id)) == 4
