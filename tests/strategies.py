"""Hypothesis strategies for filter specs (shared by the text and the agreement tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from course_studio.query import (
    FIELDS,
    Condition,
    Field,
    FilterSpec,
    Flag,
    Group,
    Kind,
    Me,
    Missing,
    Period,
    Scope,
    Text,
    Today,
    Unit,
)
from course_studio.query.spec import ORDERING_OPS
from course_studio.query.text import normalise_number

#: Any text a person could type (no control characters, which the parser refuses).
ANY_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=0, max_size=12
)
ANY_NUMBER = st.one_of(
    st.integers(-1000, 10**6),
    st.floats(allow_nan=False, allow_infinity=False).map(normalise_number),
)


def periods(first: dt.date = dt.date(1, 1, 1), last: dt.date = dt.date(9998, 12, 31)) -> Any:
    days = st.dates(first, last)
    return st.one_of(
        days.map(lambda d: Period(d, Unit.DAY)),
        days.map(lambda d: Period(d.replace(day=1), Unit.MONTH)),
        days.map(lambda d: Period(d.replace(month=1, day=1), Unit.YEAR)),
        st.just(Today()),
    )


ANY_DATE = periods()


@st.composite
def conditions(
    draw: Any,
    f: Field,
    text: Any = ANY_TEXT,
    tags: Any = None,
    numbers: Any = ANY_NUMBER,
    dates: Any = ANY_DATE,
) -> Condition:
    op = draw(st.sampled_from(f.ops))
    ordering = op in ORDERING_OPS
    kind = f.kind
    if kind is Kind.CHOICE:
        value: Any = st.sampled_from(f.choices)
    elif kind is Kind.TEXT:
        value = text
    elif kind is Kind.TAG:
        value = tags if tags is not None else text.filter(lambda t: t == t.strip().lower())
    elif kind is Kind.INSTRUCTOR:
        value = st.one_of(st.just(Me()), text)
    elif kind is Kind.FLAG:
        value = st.booleans().map(Flag)
    elif kind is Kind.COUNT:
        value = numbers if ordering else st.one_of(st.booleans().map(Flag), numbers)
    elif kind is Kind.NUMBER:
        value = numbers
    else:
        value = dates
    if f.nullable and not ordering:
        value = st.one_of(st.just(Missing()), value)
    size = 1 if ordering else draw(st.integers(1, 3))
    values = tuple(draw(value) for _ in range(size))
    return Condition(f.name, op, values, draw(st.booleans()))


@st.composite
def specs(
    draw: Any,
    scope: Scope | None = None,
    text: Any = ANY_TEXT,
    tags: Any = None,
    numbers: Any = ANY_NUMBER,
    dates: Any = ANY_DATE,
    max_groups: int = 3,
    max_clauses: int = 4,
) -> FilterSpec:
    scope = scope or draw(st.sampled_from(list(Scope)))
    fields = list(FIELDS[scope].values())
    words = text.filter(bool)

    def clause() -> Any:
        return st.one_of(
            st.builds(Text, words, st.booleans()),
            st.sampled_from(fields).flatmap(lambda f: conditions(f, text, tags, numbers, dates)),
        )

    groups = draw(
        st.lists(
            st.lists(clause(), min_size=1, max_size=max_clauses).map(lambda cs: Group(tuple(cs))),
            max_size=max_groups,
        )
    )
    return FilterSpec(scope, tuple(groups))
