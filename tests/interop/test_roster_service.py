"""RosterService: matching, updates, conflicts, capacity, cancel and progress."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_studio import Studio, ValidationError
from course_studio.domain import rules
from course_studio.interop import Cancelled, CancelToken, commit_roster, preview_roster
from course_studio.services.roster import (
    Roster,
    RosterEnrollment,
    RosterPerson,
    RosterRejected,
    RosterService,
    RowRef,
    check_email,
)
from tests.conftest import unchanged


def person(key: str, line: int, **fields: Any) -> RosterPerson:
    return RosterPerson(key=key, ref=RowRef("f.csv", line, {"email": "Mail"}), **fields)


def enrol(key: str, line: int, **fields: Any) -> RosterEnrollment:
    return RosterEnrollment(ref=RowRef("f.csv", line), person=key, **fields)


def test_matched_by_sis_id_then_email(studio: Studio, students: list[Any], course: Any) -> None:
    service = RosterService(studio.context)
    roster = Roster(
        people=(
            # same SIS id, new email and name: updated
            person(
                "a",
                2,
                external_id="S1",
                email="ADA@new.example",
                given_name="Augusta",
                family_name="Lovelace",
            ),
            # same email, no SIS id in the file: unchanged
            person("b", 3, email="alan@example.org"),
            # new
            person(
                "c",
                4,
                external_id="S9",
                email="new@example.org",
                given_name="New",
                family_name="Person",
            ),
        ),
        enrollments=(enrol("a", 2), enrol("b", 3), enrol("c", 4)),
    )
    outcome = service.apply(roster, course_id=course.id)
    assert outcome.ok
    assert (
        outcome.counts["students_updated"],
        outcome.counts["students_unchanged"],
        outcome.counts["students_created"],
    ) == (1, 1, 1)
    ada = studio.students.get(students[0].id)
    assert (ada.given_name, ada.email) == ("Augusta", "ada@new.example")
    assert studio.students.get(students[1].id).external_id == "S2"
    assert outcome.counts["enrollments_created"] == 3


def test_email_match_fills_a_missing_sis_id(studio: Studio) -> None:
    plain = studio.students.create(given_name="P", family_name="Q", email="pq@example.org")
    outcome = RosterService(studio.context).apply(
        Roster(people=(person("x", 2, external_id="SIS-7", email="pq@example.org"),))
    )
    assert outcome.counts["students_updated"] == 1
    assert studio.students.get(plain.id).external_id == "SIS-7"


def test_conflicts_are_row_errors(studio: Studio, students: list[Any]) -> None:
    service = RosterService(studio.context)
    roster = Roster(
        people=(
            # email of S2 with a different SIS id
            person("a", 2, external_id="OTHER", email="alan@example.org"),
            # S1 wants the email of S3
            person("b", 3, external_id="S1", email="grace@example.org"),
            # listed twice
            person("c", 4, external_id="S4"),
            person("d", 5, email="edsger@example.org"),
            # new without names
            person("e", 6, email="nobody@example.org"),
            # bad email
            person("f", 7, email="not an email", given_name="A", family_name="B"),
        )
    )
    with unchanged(studio), pytest.raises(RosterRejected) as info:
        service.apply(roster)
    errors = [(e.line, e.column) for e in info.value.outcome.errors]
    assert errors == [(2, "external_id"), (3, "Mail"), (5, "Mail"), (6, "given_name"), (7, "Mail")]
    messages = [e.message for e in info.value.outcome.errors]
    assert "whose SIS id is S2, not OTHER" in messages[0]
    assert messages[1] == "Grace Hopper already uses the email grace@example.org."
    assert "listed twice (also on line 4)" in messages[2]
    assert messages[3] == "This student is new, so a given name is needed."
    assert isinstance(info.value, ValidationError) and len(info.value.errors) == 5


def test_duplicate_keys_and_unknown_people(studio: Studio, course: Any) -> None:
    roster = Roster(
        people=(
            person("a", 2, email="a@example.org", given_name="A", family_name="A"),
            person("a", 3, email="b@example.org", given_name="B", family_name="B"),
        ),
        enrollments=(enrol("ghost", 4),),
    )
    outcome = RosterService(studio.context).check(roster, course_id=course.id)
    assert [(e.line, e.message) for e in outcome.errors] == [
        (3, "The id a is used twice (also on line 2)."),
        (4, "There is no user ghost in the file."),
    ]


def test_status_changes_on_reimport(studio: Studio, course: Any, students: list[Any]) -> None:
    studio.courses.update(course.id, capacity=1)
    service = RosterService(studio.context)
    people = tuple(
        person(s.id, i + 2, external_id=s.external_id) for i, s in enumerate(students[:2])
    )
    first = service.apply(
        Roster(people=people, enrollments=tuple(enrol(p.key, p.ref.line) for p in people)),
        course_id=course.id,
    )
    assert first.counts["waitlisted"] == 1
    # the file says active: a waitlisted student stays waitlisted (seats are given by
    # promoting); the active one completes
    second = service.apply(
        Roster(
            people=people,
            enrollments=(
                enrol(people[0].key, 2, status="completed"),
                enrol(people[1].key, 3, status="active"),
            ),
        ),
        course_id=course.id,
    )
    assert second.counts["enrollments_updated"] == 1
    statuses = {e.student_id: e.status for e in studio.enrollments.list(course.id)}
    assert statuses == {students[0].id: "completed", students[1].id: "waitlisted"}


def test_removed_enrollment_comes_back(studio: Studio, course: Any, students: list[Any]) -> None:
    row = studio.enrollments.enroll(course.id, students[0].id)
    studio.enrollments.remove(row.id)
    outcome = RosterService(studio.context).apply(
        Roster(people=(person("a", 2, external_id="S1"),), enrollments=(enrol("a", 2),)),
        course_id=course.id,
    )
    assert outcome.counts["enrollments_created"] == 1
    assert [e.id for e in studio.enrollments.list(course.id)] == [row.id]


def test_archived_target_is_refused(studio: Studio, course: Any) -> None:
    studio.courses.archive(course.id)
    with unchanged(studio), pytest.raises(ValidationError) as info:
        RosterService(studio.context).apply(Roster(), course_id=course.id)
    assert "archived" in info.value.message


def test_cancel_stops_without_writing(studio: Studio, tmp_path: Path, course: Any) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "email,given name,family name\n"
        + "".join(f"p{i}@example.org,G{i},F{i}\n" for i in range(3_000)),
        encoding="utf-8",
    )
    token = CancelToken()
    preview = preview_roster(studio, path, course_id=course.id)
    seen: list[tuple[str, float]] = []

    def progress(stage: str, fraction: float) -> None:
        seen.append((stage, fraction))
        if stage == "Writing" and fraction >= 0.3:
            token.cancel()

    with unchanged(studio), pytest.raises(Cancelled):
        commit_roster(studio, preview, progress=progress, cancel=token)
    assert any(s == "Checking" for s, _f in seen)
    assert all(0.0 <= f <= 1.0 for _s, f in seen)
    event = threading.Event()
    event.set()
    with unchanged(studio), pytest.raises(Cancelled):
        preview_roster(studio, path, course_id=course.id, cancel=event)


def test_commit_checks_again(studio: Studio, tmp_path: Path, course: Any) -> None:
    """The data dir may change between preview and commit; the commit re-checks."""
    path = tmp_path / "one.csv"
    path.write_text("sis id,email,first name,last name\nS1,a@example.org,A,B\n", "utf-8")
    preview = preview_roster(studio, path, course_id=course.id)
    assert preview.ok
    studio.students.create(
        given_name="C", family_name="D", email="a@example.org", external_id="S-OTHER"
    )
    with unchanged(studio):
        report = commit_roster(studio, preview)
    assert not report.ok and not report.written
    assert "whose SIS id is S-OTHER" in report.errors[0].message


PLAIN = st.from_regex(
    r"[a-zA-Z0-9_%+-]{1,10}(\.[a-z0-9]{1,5})?@[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?"
    r"\.[a-z]{2,6}",
    fullmatch=True,
)
ANY_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30
).map(lambda t: t + "@example.org")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(PLAIN, ANY_TEXT, st.sampled_from(["a@b.test", "x@y.local", "a..b@c.org"])))
def test_fast_email_check_agrees_with_the_rule(address: str) -> None:
    try:
        expected: str | None = rules.check_email(address)
    except ValidationError:
        expected = None
    try:
        got: str | None = check_email(address)
    except ValidationError:
        got = None
    assert got == expected


def test_batched_ids_are_increasing_uuid7() -> None:
    import uuid

    from course_studio.domain.ids import is_id, new_id
    from course_studio.services.bulk import IdSource

    before = new_id()
    source = IdSource()
    ids = [source() for _ in range(10_000)]  # more than two batches
    assert all(is_id(i) for i in ids)
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}
    assert {uuid.UUID(i).variant for i in ids} == {uuid.RFC_4122}
    assert before[:8] <= ids[0][:8]  # same clock as the app's own ids


def test_bulk_import_is_searchable_and_recorded_for_sync(
    studio: Studio, course: Any, students: list[Any]
) -> None:
    """Enough new students for the bulk path (search indexed in one statement): each
    is found by search, the students there before still are, a student added later
    is indexed again by the trigger, and every new row has its outbox op."""
    import json
    import sqlite3

    people = tuple(
        person(
            f"p{i}",
            i + 2,
            external_id=f"B{i}",
            given_name=f"Quillon{i}",
            family_name="Marrowby",
            email=f"quillon{i}@example.org",
        )
        for i in range(300)
    )
    outcome = RosterService(studio.context).apply(
        Roster(people=people, enrollments=tuple(enrol(p.key, p.ref.line) for p in people)),
        course_id=course.id,
    )
    assert outcome.counts["students_created"] == 300
    found = studio.students.search("Quillon217")
    assert [s.external_id for s in found] == ["B217"]
    assert len(studio.students.search("Marrowby", limit=1000)) == 300
    assert [s.id for s in studio.students.search("Lovelace")] == [students[0].id]
    later = studio.students.create(
        given_name="Wendeline", family_name="Later", email="wendeline@example.org"
    )
    assert [s.id for s in studio.students.search("Wendeline")] == [later.id]

    conn = sqlite3.connect(studio.store.path)
    try:
        new_ids = {
            r[0] for r in conn.execute("SELECT id FROM students WHERE external_id LIKE 'B%'")
        }
        enrolled = {
            r[0]
            for r in conn.execute(
                "SELECT id FROM enrollments WHERE course_id = ? AND student_id IN "
                "(SELECT id FROM students WHERE external_id LIKE 'B%')",
                (course.id,),
            )
        }
        ops = conn.execute("SELECT entity, row_id, fields FROM outbox").fetchall()
        check = conn.execute(
            "INSERT INTO students_fts(students_fts, rank) VALUES ('integrity-check', 1)"
        )
        assert check is not None  # raises when the index disagrees with the table
    finally:
        conn.close()
    assert len(new_ids) == 300 and len(enrolled) == 300
    op_rows = {(entity, row_id) for entity, row_id, _fields in ops}
    assert {("student", i) for i in new_ids} <= op_rows
    assert {("enrollment", i) for i in enrolled} <= op_rows
    emails = {json.loads(f)["email"] for e, r, f in ops if e == "student" and r in new_ids}
    assert emails == {f"quillon{i}@example.org" for i in range(300)}


def test_failed_bulk_insert_keeps_the_search_trigger(studio: Studio) -> None:
    """Should the students' insert fail, the rollback brings the trigger back: a
    student added afterwards is still found by search."""
    import sqlite3

    from course_studio.store.search import insert_students_indexed_once

    def failing_insert() -> None:
        raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError), studio.store.write() as session:
        insert_students_indexed_once(session.connection(), failing_insert)
    conn = sqlite3.connect(studio.store.path)
    try:
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    finally:
        conn.close()
    assert "students_fts_insert" in triggers
    later = studio.students.create(given_name="Orsolya", family_name="After", email="o@example.org")
    assert [s.id for s in studio.students.search("Orsolya")] == [later.id]
