"""What the filter fields mean, checked on the Python predicate (the agreement tests
prove SQL means the same), and the completion data of the search box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from course_studio import Studio, ValidationError
from course_studio.domain.errors import QuerySyntaxError
from course_studio.domain.records import CourseRecord
from course_studio.query import (
    FIELDS,
    Condition,
    FilterContext,
    FilterSpec,
    Op,
    Scope,
    Text,
    compile_predicate,
    complete,
    course_key,
    course_keys,
    field_infos,
    parse,
)
from course_studio.query.context import SEPARATOR
from tests.conftest import NOW, rejects


@pytest.fixture
def catalogue(studio: Studio, students: list[Any]) -> list[Any]:
    bob = studio.instructors.create(username="bob", display_name="Bob Builder")
    made = [
        studio.courses.create(
            code="CS101",
            title="Programming in Python",
            term="Fall 2026",
            category="Computer Science",
            tags=["python", "beginner"],
            start_date="2026-09-01",
            end_date="2026-12-15",
            capacity=2,
        ),
        studio.courses.create(code="MA201", title="Linear Algebra", term="Spring 2027"),
        studio.courses.create(
            code="HI_1", title="100% History", tags=["history"], owner_id=bob.id, language="de"
        ),
    ]
    for s in students[:3]:
        studio.enrollments.enroll(made[0].id, s.id)  # two seats, one on the waitlist
    return studio.courses.list()


def matches(studio: Studio, records: list[Any], text: str) -> list[str]:
    keys = studio.courses.keys(records)
    pred = compile_predicate(parse(text, Scope.COURSES), studio.courses.filter_context())
    return sorted(k.code.upper() for k in keys if pred(k))


COURSE_CASES = [
    ("", ["CS101", "HI_1", "MA201"]),
    ("python", ["CS101"]),  # title and tag
    ("PYTH", ["CS101"]),
    ("beginn", ["CS101"]),  # part of a tag
    ("tag:beginn", []),  # a tag field wants the whole tag
    ("tag:Beginner", ["CS101"]),
    ("-tag:python", ["HI_1", "MA201"]),
    ("tag!=python,history", ["MA201"]),
    ("100%", ["HI_1"]),  # % and _ are letters, not wildcards
    ("i_1", ["HI_1"]),
    ("term:2026", ["CS101"]),
    ('term="fall 2026"', ["CS101"]),
    ("term=fall", []),
    ("instructor:me", ["CS101", "MA201"]),
    ("-instructor:me", ["HI_1"]),
    ("instructor:build", ["HI_1"]),
    ("instructor=bob", ["HI_1"]),
    ("instructor=builder", []),
    ("language:de", ["HI_1"]),
    ("starts:none", ["HI_1", "MA201"]),
    ("starts:2026-09", ["CS101"]),
    ("starts<2026-09-01", []),
    ("starts<=2026-09-01", ["CS101"]),
    ("ends>2026", []),
    ("ends>=2026", ["CS101"]),
    ("updated:today", ["CS101", "HI_1", "MA201"]),
    ("updated<today", []),
    ("enrolled>=2 waitlisted=1", ["CS101"]),
    ("capacity:none", ["HI_1", "MA201"]),
    ("capacity!=2", ["HI_1", "MA201"]),
    ("capacity<5", ["CS101"]),
    ("progress:none", ["HI_1", "MA201"]),
    ("progress<50", ["CS101"]),  # nobody has started
    ("at-risk:no", ["HI_1", "MA201"]),  # CS101's students are behind its pace
    ("at-risk:yes", ["CS101"]),
    ("at-risk>=2", ["CS101"]),
    ("status:draft code:cs OR code:ma", ["CS101", "MA201"]),
    ("status:published", []),
]


def test_course_fields(studio: Studio, catalogue: list[Any]) -> None:
    for text, codes in COURSE_CASES:
        assert matches(studio, catalogue, text) == codes, text
        assert sorted(c.code for c in studio.courses.list(text)) == codes, text  # and in SQL


def test_keys_without_instructor_names(studio: Studio, catalogue: list[Any]) -> None:
    keys = course_keys(catalogue)  # no directory: names are unknown, ids still work
    me = compile_predicate(parse("instructor:me"), FilterContext(me=studio.me, now=NOW))
    assert sum(map(me, keys)) == 2
    named = compile_predicate(parse("instructor:bob"), FilterContext(now=NOW))
    assert not any(map(named, keys))
    nobody = compile_predicate(parse("instructor:me"), FilterContext(now=NOW))
    assert not any(map(nobody, keys))
    assert named.select(keys) == [] and me.select(keys) == [0, 2]


def test_text_with_the_separator_character_is_still_matched_per_field() -> None:
    record = CourseRecord(
        id="c",
        owner_id="i",
        code="A",
        title="x",
        description="",
        status="draft",
        term="y",
        category="",
        tags=(),
        language="en",
        start_date=None,
        end_date=None,
        capacity=None,
        created_at=NOW,
        updated_at=NOW,
    )
    key = course_key(record)
    across = FilterSpec.of(Scope.COURSES, Text(f"x{SEPARATOR}y"))
    assert not compile_predicate(across)(key)
    inside = FilterSpec.of(Scope.COURSES, Condition("title", Op.HAS, (f"x{SEPARATOR}",)))
    assert not compile_predicate(inside)(key)


def test_completion_of_fields_and_values() -> None:
    known = {"term": ["Fall 2026", "Spring 2027"], "tag": ["python", "pytest", "history"]}
    fields = complete("sta", scope=Scope.COURSES, known=known)
    assert fields[0].replacement == "status:" and fields[0].kind == "field"
    assert fields[0].apply("sta") == ("status:", 7)
    values = complete("tag:x status:p", scope=Scope.COURSES, known=known)
    assert [v.replacement for v in values] == ["published"]
    assert values[0].apply("tag:x status:p") == ("tag:x status:published", 22)
    assert [v.label for v in complete("-tag:py", known=known)] == ["python", "pytest"]
    term = complete('term:"fa', known=known)
    assert term[0].apply('term:"fa') == ('term:"Fall 2026"', 16)
    middle = complete("tag:py enrolled>3", cursor=6, known=known)
    assert middle[0].apply("tag:py enrolled>3")[0] == "tag:python enrolled>3"
    assert [v.label for v in complete("status:draft,a", known=known)] == ["archived", "draft"]
    assert complete("instructor:", known={"instructor": ["bob"]})[0].label == "me"
    assert complete("capacity:n")[0].label == "none"
    shortcuts = [c.replacement for c in complete("pyt", known=known)]
    assert "tag:python" in shortcuts and "tag:pytest" in shortcuts
    assert complete("nosuchfield:x") == []
    assert {c.replacement for c in complete("", scope=Scope.ENROLLMENTS)} >= {
        "student:",
        "last-activity:",
        "course-status:",
    }


def test_field_infos_describe_every_field() -> None:
    for scope in Scope:
        infos = field_infos(scope)
        assert [i.name for i in infos] == list(FIELDS[scope])
        for info in infos:
            assert info.help.endswith(".") and info.operators[0] == ":"
            parse(info.example, scope)  # every example reads
    docs = (Path(__file__).parents[2] / "docs" / "filter-language.md").read_text()
    for scope in Scope:
        for name in FIELDS[scope]:
            assert f"`{name}`" in docs, f"docs/filter-language.md does not describe {name}"
    status = next(i for i in field_infos("enrollments") if i.name == "status")
    assert status.choices == ("active", "waitlisted", "completed", "dropped")


def test_a_compiled_filter_is_plain_code(studio: Studio) -> None:
    pred = compile_predicate(
        parse('tag:python enrolled>20 "x y" -status:draft'), FilterContext(now=NOW)
    )
    assert "import" not in pred.source and "x y" not in pred.source  # values are constants
    assert repr(pred).startswith("Predicate(")


def test_course_lists_reject_filters_they_cannot_read(studio: Studio, catalogue: list[Any]) -> None:
    err = rejects(studio, QuerySyntaxError, "query", studio.courses.list, "stauts:draft")
    assert isinstance(err, QuerySyntaxError) and err.corrected("stauts:draft") == "status:draft"
    rejects(studio, QuerySyntaxError, "query", studio.courses.count, "tag:")
    rejects(studio, QuerySyntaxError, "query", studio.courses.list, None)
    enrollment_spec = parse("status:active", Scope.ENROLLMENTS)
    rejects(studio, ValidationError, "query", studio.courses.list, enrollment_spec)
    assert [c.code for c in studio.courses.my_courses("python")] == ["CS101"]
