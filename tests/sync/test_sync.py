"""Offline-first sync between desktop data dirs and a real server (SQLite and
PostgreSQL): first sign-in, conflicts, delete against edit, outline reorders, three
laptops with one clock days off, co-teaching, the tombstone horizon."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest

from course_studio import Studio
from course_studio.domain.models import Course
from course_studio.server.feed import purge_tombstones
from course_studio.sync import SignInNeeded, SyncError
from tests.livestack import LiveServer
from tests.sync.helpers import assert_replica, outbox_size, server_rows
from tests.sync.syncing import settle, sync


def _course(studio: Studio, code: str = "CS101") -> Any:
    course = studio.courses.create(
        code=code,
        title="Programming in Python",
        term="Fall 2026",
        start_date="2026-09-01",
        end_date="2026-12-15",
    )
    week = studio.outline.add_module(course.id, title="Week 1")
    for title in ("Install Python", "First program", "Variables"):
        studio.outline.add_lesson(week.id, title=title)
    return course


def test_first_sync_links_the_data_dir_to_the_account(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    local_me = laptop.me
    course = _course(laptop)
    student = laptop.students.create(
        given_name="Grace", family_name="Hopper", email="g@example.org"
    )
    laptop.enrollments.enroll(course.id, student.id)
    assert laptop.sync_engine.status().state == "never"
    assert laptop.sync_engine.status().pending > 0

    report = sync(laptop, server, ada)
    assert report.pushed == outbox_size(laptop) + report.pushed  # everything went out
    assert outbox_size(laptop) == 0
    assert laptop.me == ada.id != local_me
    assert laptop.courses.get(course.id).owner_id == ada.id
    assert [c.code for c in laptop.courses.my_courses()] == ["CS101"]
    assert_replica(laptop, server, ada)
    status = laptop.sync_engine.status()
    assert status.state == "idle" and status.pending == 0 and status.account_id == ada.id
    assert status.last_sync_at is not None

    # Nothing to do: one request, under 1 KB both ways.
    quiet = sync(laptop, server, ada)
    assert (quiet.pushed, quiet.pulled, quiet.requests) == (0, 0, 1)
    assert quiet.bytes_sent + quiet.bytes_received < 1024

    # The same data dir cannot sync as someone else.
    bob = server.account("bob")
    with pytest.raises(SyncError) as info:
        sync(laptop, server, bob)
    assert "syncs as" in info.value.message
    assert laptop.sync_engine.status().state == "error"


def test_a_second_laptop_gets_everything(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    laptop, desktop = make_studio("laptop"), make_studio("desktop")
    course = _course(laptop)
    lesson = laptop.outline.outline(course.id)[0].lessons[0]
    student = laptop.students.create(given_name="Alan", family_name="Turing", email="a@example.org")
    enrollment = laptop.enrollments.enroll(course.id, student.id)
    laptop.progress.record(enrollment.id, lesson.id, status="completed", score=91)
    sync(laptop, server, ada)
    report = sync(desktop, server, ada)
    assert report.pulled >= 8
    assert_replica(desktop, server, ada)
    summary = desktop.progress.course_summary(course.id)
    assert [(s.student_name, s.completed_lessons, s.total_lessons) for s in summary] == [
        ("Alan Turing", 1, 3)
    ]
    assert desktop.enrollments.get(enrollment.id).progress == pytest.approx(100 / 3)
    assert [m.module.title for m in desktop.outline.outline(course.id)] == ["Week 1"]


def test_the_same_field_changed_twice_is_a_conflict(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    one, two = make_studio("one"), make_studio("two")
    course = _course(one)
    settle(server, [(one, ada), (two, ada)], rounds=1)
    one.courses.update(course.id, title="Python, the first steps", term="Spring 2027")
    two.courses.update(course.id, title="Python for everyone", category="Computing")
    sync(one, server, ada)
    report = sync(two, server, ada)
    assert report.conflicts == 1
    [conflict] = two.conflicts()
    assert (conflict.entity, conflict.id, conflict.field) == ("course", course.id, "title")
    assert (conflict.mine, conflict.theirs) == ("Python for everyone", "Python, the first steps")
    assert conflict.base == "Programming in Python" and conflict.label == "CS101 › title"
    # Both sides' other changes merged; the server's title stands until someone decides.
    settle(server, [(one, ada), (two, ada)])
    for studio in (one, two):
        got = studio.courses.get(course.id)
        assert (got.title, got.term, got.category) == (
            "Python, the first steps",
            "Spring 2027",
            "Computing",
        )
        assert_replica(studio, server, ada)
    two.resolve_conflict(conflict.conflict_id, "mine")
    assert two.conflicts() == []
    settle(server, [(two, ada), (one, ada)])
    assert one.courses.get(course.id).title == "Python for everyone"
    with pytest.raises(Exception) as info:
        two.resolve_conflict(conflict.conflict_id, "theirs")
    assert "already resolved" in str(info.value)


def test_resolving_by_editing_and_by_taking_theirs(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    one, two = make_studio("one"), make_studio("two")
    course = _course(one)
    settle(server, [(one, ada), (two, ada)], rounds=1)
    one.courses.update(course.id, title="Title one", description="Desc one")
    two.courses.update(course.id, title="Title two", description="Desc two")
    sync(one, server, ada)
    sync(two, server, ada)
    conflicts = {c.field: c for c in two.conflicts()}
    assert set(conflicts) == {"title", "description"}
    with pytest.raises(Exception) as bad:
        two.resolve_conflict(conflicts["title"].conflict_id, "edit", value="x")
    assert "title" in str(bad.value)
    two.resolve_conflict(conflicts["title"].conflict_id, "edit", value="A merged title")
    two.resolve_conflict(conflicts["description"].conflict_id, "theirs")
    settle(server, [(two, ada), (one, ada)])
    for studio in (one, two):
        got = studio.courses.get(course.id)
        assert (got.title, got.description) == ("A merged title", "Desc one")
        assert_replica(studio, server, ada)


def test_delete_against_edit_both_ways(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    one, two = make_studio("one"), make_studio("two")
    course = _course(one)
    extra = one.outline.add_module(course.id, title="Week 2")
    settle(server, [(one, ada), (two, ada)], rounds=1)
    week1 = one.outline.outline(course.id)[0].module

    # Edited here, deleted there (the deletion reached the server first).
    one.outline.delete_module(week1.id)
    two.outline.rename_module(week1.id, "Week 1: getting started")
    sync(one, server, ada)
    sync(two, server, ada)
    [conflict] = two.conflicts()
    assert (conflict.field, conflict.kind, conflict.theirs) == ("*", "delete", {"deleted": True})
    assert conflict.mine == {"title": "Week 1: getting started"}
    assert [m.module.title for m in two.outline.outline(course.id)] == ["Week 2"]
    two.resolve_conflict(conflict.conflict_id, "mine")  # bring it back with my title
    settle(server, [(two, ada), (one, ada)])
    assert [m.module.title for m in one.outline.outline(course.id)] == [
        "Week 1: getting started",
        "Week 2",
    ]

    # Deleted here, edited there (the edit reached the server first).
    two.outline.rename_module(extra.id, "Week 2: loops")
    one.outline.delete_module(extra.id)
    sync(two, server, ada)
    sync(one, server, ada)
    [conflict] = one.conflicts()
    assert (conflict.field, conflict.mine) == ("*", {"deleted": True})
    assert conflict.theirs["title"] == "Week 2: loops"
    assert "Week 2: loops" in [m.module.title for m in one.outline.outline(course.id)]
    settle(server, [(one, ada), (two, ada)])
    for studio in (one, two):
        assert_replica(studio, server, ada)


def test_outline_reorders_on_two_laptops(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    one, two = make_studio("one"), make_studio("two")
    course = _course(one)
    week = one.outline.outline(course.id)[0]
    settle(server, [(one, ada), (two, ada)], rounds=1)
    first, second, third = (lesson.id for lesson in week.lessons)
    one.outline.move_lesson(first, 2)  # first to the end
    two.outline.move_lesson(third, 0)  # third to the start
    two.outline.add_lesson(week.module.id, title="Loops", index=1)
    settle(server, [(one, ada), (two, ada)])
    orders = [
        [lesson.title for lesson in s.outline.outline(course.id)[0].lessons] for s in (one, two)
    ]
    assert orders[0] == orders[1]
    assert orders[0][0] == "Variables" and orders[0][-1] == "Install Python"
    assert set(orders[0]) == {"Install Python", "First program", "Variables", "Loops"}
    assert one.conflicts() == [] and two.conflicts() == []
    # Both move the same lesson: one place wins, the other is a conflict to look at.
    one.outline.move_lesson(second, 0)
    two.outline.move_lesson(second, 3)
    sync(one, server, ada)
    sync(two, server, ada)
    assert [c.field for c in two.conflicts()] == ["position"]
    settle(server, [(one, ada), (two, ada)])
    for studio in (one, two):
        assert studio.outline.outline(course.id)[0].lessons[0].id == second
        assert_replica(studio, server, ada)


def test_three_laptops_one_clock_three_days_off(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    future = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=3)
    one, two = make_studio("one"), make_studio("two")
    ahead = make_studio("ahead", clock=lambda: future)
    course = _course(one)
    settle(server, [(one, ada), (two, ada), (ahead, ada)], rounds=1)
    # The laptop whose clock is ahead edits "last" by its clock, but syncs last:
    # its timestamps decide nothing, the server's order does.
    one.courses.update(course.id, title="Title from one")
    two.courses.update(course.id, description="Description from two")
    ahead.courses.update(course.id, title="Title from the future", term="Winter 2027")
    module = ahead.outline.add_module(course.id, title="Week 0")
    sync(one, server, ada)
    sync(two, server, ada)
    sync(ahead, server, ada)
    [conflict] = ahead.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "title",
        "Title from the future",
        "Title from one",
    )
    settle(server, [(one, ada), (two, ada), (ahead, ada)])
    for studio in (one, two, ahead):
        got = studio.courses.get(course.id)
        assert (got.title, got.description, got.term) == (
            "Title from one",
            "Description from two",
            "Winter 2027",
        )
        assert module.id in [m.module.id for m in studio.outline.outline(course.id)]
        assert_replica(studio, server, ada)
    with server.db.read() as session:
        from course_studio.server.models import Course as ServerCourse

        row = session.get(ServerCourse, course.id)
        assert row is not None and row.updated_at < future  # server time, not the laptop's


def test_same_student_enrolled_on_two_laptops(server: LiveServer, make_studio: Any) -> None:
    """Per-pair rows get the same key everywhere: two offline enrollments of one
    student are one row on the server, not a clash."""
    ada = server.account("ada")
    one, two = make_studio("one"), make_studio("two")
    course = _course(one)
    student = one.students.create(given_name="Ada", family_name="Byron", email="ab@example.org")
    settle(server, [(one, ada), (two, ada)], rounds=1)
    first = one.enrollments.enroll(course.id, student.id, role="student")
    second = two.enrollments.enroll(course.id, student.id, role="ta")
    assert first.id == second.id
    settle(server, [(one, ada), (two, ada)])
    assert [c.field for c in two.conflicts()] == ["role", "enrolled_at"] or {
        c.field for c in two.conflicts()
    } == {"role", "enrolled_at"}
    for studio in (one, two):
        assert [e.role for e in studio.enrollments.list(course.id)] == ["student"]
        assert_replica(studio, server, ada)


def test_a_co_instructor_gets_and_loses_a_course(server: LiveServer, make_studio: Any) -> None:
    ada, bob = server.account("ada"), server.account("bob")
    mine, his = make_studio("ada-laptop"), make_studio("bob-laptop")
    course = _course(mine)
    sync(mine, server, ada)
    sync(his, server, bob)
    his.courses.create(code="BOB1", title="Bob's own course")
    sync(his, server, bob)
    assert [c.code for c in his.courses.list()] == ["BOB1"]
    with server.client(ada) as api:
        assert (
            api.post(
                f"/courses/{course.id}/instructors", json={"instructor_id": bob.id}
            ).status_code
            == 201
        )
    report = sync(his, server, bob)
    assert report.snapshot is True  # the course is older than his cursor
    assert sorted(c.code for c in his.courses.list()) == ["BOB1", "CS101"]
    assert [c.code for c in his.courses.my_courses()] == ["BOB1", "CS101"]
    assert_replica(his, server, bob)
    # He edits offline while Ada takes him off the course: his edit is refused and kept.
    week = his.outline.outline(course.id)[0].module
    his.outline.rename_module(week.id, "Bob's week")
    with server.client(ada) as api:
        assert api.delete(f"/courses/{course.id}/instructors/{bob.id}").status_code == 204
    report = sync(his, server, bob)
    assert report.rejected == 1
    [conflict] = his.conflicts()
    assert conflict.kind == "rejected" and conflict.mine == {"title": "Bob's week"}
    assert conflict.detail == "This course no longer exists; it may have been deleted."
    assert [c.code for c in his.courses.list()] == ["BOB1"]
    assert_replica(his, server, bob)
    sync(mine, server, ada)
    assert mine.outline.outline(course.id)[0].module.title == "Week 1"


def test_an_old_cursor_reconciles_from_a_full_copy(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    one, two = make_studio("one"), make_studio("two")
    course = _course(one)
    extra = one.outline.add_module(course.id, title="Week 2")
    doomed = one.outline.add_module(course.id, title="Week 3")
    settle(server, [(one, ada), (two, ada)], rounds=1)
    one.outline.delete_module(extra.id)
    one.outline.delete_module(doomed.id)
    sync(one, server, ada)
    # Offline, two adds a lesson to the module one deleted, and renames the course.
    two.outline.add_lesson(doomed.id, title="Homework")
    two.courses.update(course.id, title="Renamed offline")
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=1)
    purged = purge_tombstones(server.db, later)
    assert purged["module"] >= 2 and purged["horizon"] > 0
    report = sync(two, server, ada)
    assert report.snapshot is True
    titles = [m.module.title for m in two.outline.outline(course.id)]
    assert titles == ["Week 1"]
    assert two.courses.get(course.id).title == "Renamed offline"
    assert two.trash.list() == []  # purged on the server: gone here too
    [conflict] = two.conflicts()  # the lesson under a module that no longer exists
    assert conflict.entity == "lesson" and conflict.mine["title"] == "Homework"
    settle(server, [(one, ada), (two, ada)])
    for studio in (one, two):
        assert_replica(studio, server, ada)


def test_status_and_errors(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    _course(laptop)
    pending = laptop.sync_engine.pending_count()
    assert pending > 0
    from tests.livestack import Account

    with pytest.raises(SignInNeeded):
        sync(laptop, server, Account(ada.id, ada.username, "wrong-token"))
    status = laptop.sync_engine.status()
    assert status.state == "error" and status.pending == pending
    assert status.last_error and status.last_error[0].isupper()
    with pytest.raises(SyncError) as info:
        laptop.sync("http://127.0.0.1:9/", token="x")  # nothing listens on port 9
    assert "could not be reached" in info.value.message
    assert laptop.sync_engine.pending_count() == pending
    sync(laptop, server, ada)
    status = laptop.sync_engine.status()
    assert status.state == "idle" and status.last_error is None and status.pending == 0
    assert status.last_report is not None and status.last_report["pushed"] == pending


def test_studio_sync_takes_the_token_from_the_environment(
    server: LiveServer, make_studio: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    _course(laptop)
    monkeypatch.delenv("COURSE_STUDIO_TOKEN", raising=False)
    with pytest.raises(SignInNeeded):
        laptop.sync(server.url)
    monkeypatch.setenv("COURSE_STUDIO_TOKEN", ada.token)
    report = laptop.sync(server.url)
    assert report.pushed > 0 and "Synced: sent" in report.summary()
    assert_replica(laptop, server, ada)


def test_server_side_progress_reaches_the_laptop(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    course = _course(laptop)
    lessons = laptop.outline.outline(course.id)[0].lessons
    student = laptop.students.create(given_name="Kay", family_name="Lee", email="k@example.org")
    enrollment = laptop.enrollments.enroll(course.id, student.id)
    sync(laptop, server, ada)
    with server.client(ada) as api:
        events = [
            {"enrollment_id": enrollment.id, "lesson_id": lesson.id, "status": "completed"}
            for lesson in lessons[:2]
        ]
        assert api.post("/progress-events", json={"events": events}).json()["recorded"] == 2
    sync(laptop, server, ada)
    assert laptop.enrollments.get(enrollment.id).progress == pytest.approx(200 / 3)
    [row] = laptop.progress.course_summary(course.id)
    assert row.completed_lessons == 2
    rows = server_rows(server, ada)
    assert sum(1 for key in rows if key[0] == "lesson_progress") == 2


def test_courses_of_other_local_instructors_stay_local(
    server: LiveServer, make_studio: Any
) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    colleague = laptop.instructors.create(username="colleague", display_name="A Colleague")
    theirs = laptop.courses.create(code="THEIRS1", title="Not mine to push", owner_id=colleague.id)
    report = sync(laptop, server, ada)
    assert report.rejected >= 1
    refused = [c for c in laptop.conflicts() if c.kind == "rejected"]
    assert refused and refused[0].detail == "You can only add courses that you own."
    with laptop.store.read() as session:
        assert session.get(Course, theirs.id) is None  # the server never had it
    assert_replica(laptop, server, ada)


def _search_index(studio: Studio, text: str) -> set[str]:
    """Student ids the full-text index finds; fails when the index is out of step."""
    conn = sqlite3.connect(studio.store.path)
    try:
        conn.execute("INSERT INTO students_fts(students_fts, rank) VALUES ('integrity-check', 1)")
        hits = conn.execute(
            "SELECT s.id FROM students_fts f JOIN students s ON s.rowid = f.rowid "
            "WHERE students_fts MATCH ?",
            (f'"{text}"',),
        ).fetchall()
        return {row[0] for row in hits}
    finally:
        conn.close()


def test_many_pulled_students_are_searchable(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    laptop, desktop = make_studio("laptop"), make_studio("desktop")
    course = _course(laptop)
    ids = []
    for n in range(260):  # enough to be indexed in bulk on the desktop
        student = laptop.students.create(
            given_name=f"Given{n:03d}", family_name="Quillfeather", email=f"s{n}@example.org"
        )
        laptop.enrollments.enroll(course.id, student.id)
        ids.append(student.id)
    sync(laptop, server, ada)
    own = desktop.students.create(given_name="Early", family_name="Quillfeather", email="e@x.org")
    sync(desktop, server, ada)
    assert _search_index(desktop, "Quillfeather") == {*ids, own.id}
    assert _search_index(desktop, "Given007") == {ids[7]}
    # Later changes are indexed by the triggers again, local and pulled alike.
    late = desktop.students.create(given_name="Late", family_name="Quillfeather", email="l@x.org")
    laptop.students.update(ids[7], given_name="Renamed")
    sync(laptop, server, ada)
    sync(desktop, server, ada)
    assert _search_index(desktop, "Quillfeather") == {*ids, own.id, late.id}
    assert _search_index(desktop, "Given007") == set()
    assert _search_index(desktop, "Renamed") == {ids[7]}
