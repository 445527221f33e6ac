"""Saved filters: named, ordered, in canonical text, counted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update

from course_studio import Duplicate, NotFound, Studio, ValidationError
from course_studio.domain.errors import QuerySyntaxError
from course_studio.domain.models import SavedFilter
from course_studio.store import Changes
from tests.conftest import rejects


def test_create_list_and_count(studio: Studio, course: Any, students: list[Any]) -> None:
    studio.courses.create(code="BIO1", title="Cells", status="published", tags=["biology"])
    for s in students[:2]:
        studio.enrollments.enroll(course.id, s.id)
    mine = studio.saved_filters.create(name="  My   Python ", text="Tag:Python   instructor:me")
    assert (mine.name, mine.text) == ("My Python", "tag:python instructor:me")
    assert mine.scope == "courses"
    studio.saved_filters.create(name="Drafts", text="status:draft")
    studio.saved_filters.create(name="Active", text="status:active", scope="enrollments")
    studio.saved_filters.create(name="Everything", text="", index=0)
    listed = studio.saved_filters.list(counts=True)
    assert [(f.name, f.count) for f in listed if f.scope == "courses"] == [
        ("Everything", 2),
        ("My Python", 1),
        ("Drafts", 1),
    ]
    assert [(f.name, f.count) for f in studio.saved_filters.list("enrollments", counts=True)] == [
        ("Active", 2)
    ]
    assert studio.saved_filters.list("courses")[0].count is None
    assert studio.saved_filters.get(mine.id) == mine


def test_rename_update_reorder_delete(studio: Studio) -> None:
    a = studio.saved_filters.create(name="A", text="status:draft")
    b = studio.saved_filters.create(name="B", text="status:published")
    c = studio.saved_filters.create(name="C", text="status:archived")
    studio.saved_filters.reorder(c.id, 0)
    studio.saved_filters.reorder(a.id, 99)
    assert [f.name for f in studio.saved_filters.list()] == ["C", "B", "A"]
    studio.saved_filters.rename(b.id, "Published")
    changed = studio.saved_filters.update(b.id, text="enrolled>=3 status:published")
    assert (changed.name, changed.text) == ("Published", "enrolled>=3 status:published")
    moved = studio.saved_filters.update(a.id, scope="enrollments", text="at-risk:yes")
    assert (moved.scope, moved.text) == ("enrollments", "at-risk:yes")
    heard: list[Changes] = []
    unsubscribe = studio.store.subscribe(heard.append)
    assert studio.saved_filters.delete(c.id).name == "C"
    unsubscribe()
    assert heard and heard[0].filters
    assert [f.name for f in studio.saved_filters.list()] == ["Published", "A"]
    rejects(studio, NotFound, None, studio.saved_filters.delete, c.id)


def test_bad_input_changes_nothing(studio: Studio) -> None:
    a = studio.saved_filters.create(name="Mine", text="enrolled>3")
    sf = studio.saved_filters
    err = rejects(studio, QuerySyntaxError, "text", sf.create, name="Typo", text="stauts:draft")
    assert isinstance(err, QuerySyntaxError) and err.suggestion == "status"
    rejects(studio, QuerySyntaxError, "text", sf.create, name="X", text="status:active")
    rejects(studio, QuerySyntaxError, "text", sf.create, name="X", text=3)
    rejects(studio, QuerySyntaxError, "text", sf.update, a.id, scope="enrollments")
    rejects(studio, Duplicate, "name", sf.create, name="MINE", text="")
    rejects(studio, ValidationError, "name", sf.create, name="   ", text="")
    rejects(studio, ValidationError, "name", sf.create, name="x" * 81, text="")
    rejects(studio, ValidationError, "name", sf.create, name=None, text="")
    rejects(studio, ValidationError, "scope", sf.create, name="Y", text="", scope="people")
    rejects(studio, ValidationError, "scope", sf.list, "people")
    rejects(studio, ValidationError, "index", sf.reorder, a.id, "first")
    rejects(studio, NotFound, None, sf.rename, "nope", "Z")
    b = sf.create(name="Other", text="")
    rejects(studio, Duplicate, "name", sf.rename, b.id, "mine")
    assert sf.rename(a.id, "mine").name == "mine"  # its own name in another case is fine


def test_a_filter_that_no_longer_reads_is_listed_with_the_problem(studio: Studio) -> None:
    f = studio.saved_filters.create(name="Old", text="status:draft")
    with studio.store.write() as session:  # as if saved by a version with other fields
        session.execute(update(SavedFilter).where(SavedFilter.id == f.id).values(text="colour:red"))
    (listed,) = studio.saved_filters.list(counts=True)
    assert listed.count is None
    assert listed.problem is not None and "colour" in listed.problem
