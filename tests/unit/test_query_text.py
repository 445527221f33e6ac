"""The filter language as text: parsing, canonical text, errors with a place and a fix."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from course_studio.domain.errors import DomainError, QuerySyntaxError, ValidationError
from course_studio.query import (
    Condition,
    FilterSpec,
    Flag,
    Group,
    Me,
    Missing,
    Op,
    Period,
    Scope,
    Text,
    Today,
    Unit,
    canonical,
    normalise,
    parse,
)
from tests.strategies import specs

C, E = Scope.COURSES, Scope.ENROLLMENTS


def cond(field: str, op: str, *values: object, negated: bool = False) -> Condition:
    return Condition(field, Op(op), tuple(values), negated)  # type: ignore[arg-type]


def test_the_example_of_the_design() -> None:
    spec = parse(
        'status:published term:"Fall 2026" tag:python -tag:legacy enrolled>20 '
        'starts>=2026-09-01 instructor:me progress<50 "machine learning"'
    )
    assert spec == FilterSpec.of(
        C,
        cond("status", ":", "published"),
        cond("term", ":", "Fall 2026"),
        cond("tag", ":", "python"),
        cond("tag", ":", "legacy", negated=True),
        cond("enrolled", ">", 20),
        cond("starts", ">=", Period(dt.date(2026, 9, 1))),
        cond("instructor", ":", Me()),
        cond("progress", "<", 50),
        Text("machine learning"),
    )


def test_groups_lists_keywords_and_aliases() -> None:
    spec = parse("status:draft,archived OR Tags:Python lang:de AND capacity:none", C)
    assert spec.groups == (
        Group((cond("status", ":", "draft", "archived"),)),
        Group(
            (
                cond("tag", ":", "python"),
                cond("language", ":", "de"),
                cond("capacity", ":", Missing()),
            )
        ),
    )
    assert canonical(spec) == "status:draft,archived OR tag:python language:de capacity:none"
    spec = parse("at-risk:YES starts:2026-09 ends<2027 updated:today progress>=12.5%", C)
    assert [c.values for g in spec.groups for c in g.clauses] == [
        (Flag(True),),
        (Period(dt.date(2026, 9, 1), Unit.MONTH),),
        (Period(dt.date(2027, 1, 1), Unit.YEAR),),
        (Today(),),
        (12.5,),
    ]
    assert parse("at-risk>=3", C).groups[0].clauses[0] == cond("at-risk", ">=", 3)


def test_enrollment_fields_differ_from_course_fields() -> None:
    spec = parse("status:active enrolled>=2026-09 course-status:published student:ada", E)
    assert spec.fields() == {"status", "enrolled", "course-status", "student"}
    assert spec.groups[0].clauses[1] == cond(
        "enrolled", ">=", Period(dt.date(2026, 9, 1), Unit.MONTH)
    )
    with pytest.raises(QuerySyntaxError):
        parse("status:active", C)  # a course is never "active"


def test_free_text_quotes_and_escapes() -> None:
    spec = parse(r'python -legacy "say \"hi\"" "C:\\temp" O"Brien', C)
    assert spec.groups[0].clauses == (
        Text("python"),
        Text("legacy", negated=True),
        Text('say "hi"'),
        Text("C:\\temp"),
        Text('O"Brien'),
    )
    assert parse(canonical(spec), C) == spec
    assert parse('"" status:draft', C) == parse("status:draft", C)
    assert parse("   ", C).is_empty


def test_canonical_quotes_what_would_read_differently() -> None:
    spec = FilterSpec.of(
        C,
        Text("OR"),
        Text("-x"),
        Text("status:draft"),
        Text("(a"),
        cond("term", ":", "none"),
        cond("title", "=", "a,b"),
        cond("instructor", ":", "me"),
        cond("instructor", ":", Me()),
    )
    text = canonical(spec)
    assert text == (
        '"OR" "-x" "status:draft" "(a" term:"none" title="a,b" instructor:"me" instructor:me'
    )
    assert parse(text, C) == spec
    assert normalise("  Status:Draft   tag:#x  ", C) == "status:draft tag:#x"


@settings(max_examples=300, deadline=None)
@given(specs())
def test_canonical_text_parses_to_the_same_spec(spec: FilterSpec) -> None:
    text = canonical(spec)
    assert parse(text, spec.scope) == spec, text
    assert canonical(parse(text, spec.scope)) == text


@pytest.mark.parametrize(
    ("text", "message", "position", "length", "fixed"),
    [
        (
            "stauts:draft",
            "Unknown field 'stauts' at 1: did you mean 'status'?",
            0,
            6,
            "status:draft",
        ),
        ("tag:x -stauts:draft", "did you mean 'status'?", 7, 6, "tag:x -status:draft"),
        (
            "status:publshed",
            "Unknown status 'publshed' at 8: did you mean 'published'?",
            7,
            8,
            "status:published",
        ),
        ("status:xyz", "The status is draft, published or archived (got 'xyz' at 8).", 7, 3, None),
        ("foo:bar", "Unknown field 'foo' at 1.", 0, 7, '"foo:bar"'),
        ("student:ada", "filters enrollment lists", 0, 11, '"student:ada"'),
        ("term<2026", "The field 'term' cannot be compared with '<' (at 5)", 4, 1, "term:2026"),
        (
            "status:",
            "The field 'status' at 8 needs a value, for example status:published.",
            7,
            0,
            None,
        ),
        ("status:draft,", "needs a value", 13, 0, None),
        (
            'term:"Fall 2026',
            'The quote at 6 is not closed: add a closing ".',
            5,
            10,
            'term:"Fall 2026"',
        ),
        ("enrolled>many", "The field 'enrolled' needs a number at 10", 9, 4, None),
        ("starts>sept", "The field 'starts' needs a day such as 2026-09-01", 7, 4, None),
        ("starts:2026-02-30", "needs a day", 7, 10, None),
        ("capacity<none", "The word 'none' (at 10) can only be matched with", 9, 4, None),
        ("enrolled:none", "Every row has a value for 'enrolled'", 9, 4, None),
        ("at-risk>yes", "can only be matched with ':' or '='", 8, 3, None),
        ("enrolled>1,2", "A list of values (at 10) works with", 8, 1, "enrolled:1,2"),
        ("a OR", "OR at 3 needs a condition after it.", 2, 2, "a "),
        ("OR a", "OR at 1 needs a condition before it.", 0, 2, " a"),
        ("a OR OR b", "OR at 3 needs a condition after it.", 2, 2, "a  OR b"),
        ("a - b", "The minus at 3 must be followed by what to leave out", 2, 1, "a  b"),
        ("(a OR b)", "Brackets are not part of the filter language (at 1)", 0, 2, '"(a" OR b)'),
        ('"a"b', "Put a space after the closing quote at 3.", 3, 0, '"a" b'),
        ("a\x00b", "invisible control character at 2", 1, 1, "ab"),
    ],
)
def test_errors_point_at_the_place_and_suggest_a_fix(
    text: str, message: str, position: int, length: int, fixed: str | None
) -> None:
    scope = E if text.startswith("status:active") else C
    with pytest.raises(QuerySyntaxError) as info:
        parse(text, scope)
    err = info.value
    assert message in err.message
    assert (err.position, err.length) == (position, length)
    assert err.corrected(text) == fixed
    assert err.field == "query"
    assert isinstance(err, ValidationError) and isinstance(err, DomainError)
    assert err.message[0].isupper() and err.message.rstrip()[-1] in ".?!)"


@pytest.mark.parametrize(
    "text", ["stauts:draft", "status:publshed", "foo:bar", "term<2026", 'term:"Fall', "a OR"]
)
def test_the_suggested_fix_reads(text: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse(text, C)
    fixed = info.value.corrected(text)
    assert fixed is not None
    parse(fixed, C)


def test_unknown_enrollment_field_in_a_course_filter_is_explained() -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse("email:x", C)
    assert "filters enrollment lists; the list of courses has no such field" in info.value.message
    with pytest.raises(QuerySyntaxError) as info:
        parse("waitlisted>2", E)
    assert "filters course lists" in info.value.message


def test_not_text_is_rejected() -> None:
    with pytest.raises(QuerySyntaxError):
        parse(42, C)  # type: ignore[arg-type]


def test_spec_editing_for_widgets() -> None:
    spec = parse("status:draft tag:python OR status:draft tag:java", C)
    assert spec.conditions("status") == (cond("status", ":", "draft"),)
    assert spec.conditions("tag") is None  # the groups disagree
    assert spec.conditions("term") == ()
    edited = spec.replace("status", cond("status", ":", "published", "archived"))
    assert canonical(edited) == (
        "status:published,archived tag:python OR status:published,archived tag:java"
    )
    assert canonical(edited.replace("status")) == "tag:python OR tag:java"
    assert canonical(edited.add(cond("enrolled", ">", 5))).count("enrolled>5") == 2
    assert canonical(parse("status:draft", C).replace("status")) == ""
    assert canonical(FilterSpec(C).replace("tag", cond("tag", ":", "x"))) == "tag:x"
    assert str(parse("tag:x", C)) == "tag:x"
