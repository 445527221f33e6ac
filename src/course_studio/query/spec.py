"""The FilterSpec: what a filter means, independent of how it was typed or built.

A filter is an OR of groups; a group is an AND of clauses; a clause is either a
field condition (``status:published``, ``enrolled>20``, ``-tag:legacy``) or free text
(``"machine learning"``). Every class here is an immutable value: two specs that
mean the same thing written the same way compare equal, and ``canonical(spec)``
(:mod:`.text`) writes a spec back as text that parses to an equal spec.

Widgets edit a spec through :meth:`FilterSpec.conditions`, :meth:`FilterSpec.replace`
and :meth:`FilterSpec.add`, so the search box and the widgets always agree.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Scope(StrEnum):
    """Which list a filter applies to; fields differ between the two."""

    COURSES = "courses"
    ENROLLMENTS = "enrollments"


class Op(StrEnum):
    """Comparison operators, written as in the filter text."""

    HAS = ":"  # contains (text), has (tags), is (everything else)
    EQ = "="
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="


#: Operators that compare an order (numbers and dates only).
ORDERING_OPS = frozenset({Op.LT, Op.LE, Op.GT, Op.GE})


class Unit(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar day, month or year written as 2026-09-01, 2026-09 or 2026."""

    start: dt.date
    unit: Unit = Unit.DAY

    def __post_init__(self) -> None:
        if self.unit is Unit.MONTH and self.start.day != 1:
            raise ValueError("a month period starts on the 1st")
        if self.unit is Unit.YEAR and (self.start.month, self.start.day) != (1, 1):
            raise ValueError("a year period starts on 1 January")

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        if self.unit is Unit.DAY:
            return self.start + dt.timedelta(days=1)
        if self.unit is Unit.MONTH:
            days = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start + dt.timedelta(days=days)
        return dt.date(self.start.year + 1, 1, 1)

    def text(self) -> str:
        if self.unit is Unit.DAY:
            return self.start.isoformat()
        if self.unit is Unit.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}"


@dataclass(frozen=True, slots=True)
class Today:
    """``today``: the day the filter runs (kept symbolic in saved filters)."""


@dataclass(frozen=True, slots=True)
class Me:
    """``me``: the instructor using the app."""


@dataclass(frozen=True, slots=True)
class Flag:
    """``yes`` or ``no`` (kept apart from the numbers 1 and 0)."""

    value: bool


@dataclass(frozen=True, slots=True)
class Missing:
    """``none``: the field has no value (no capacity, no start date, no activity)."""


#: What a condition compares with. Numbers are int when whole, else float; str is
#: used by text, tag and choice fields.
Value = str | int | float | Flag | Period | Today | Me | Missing


@dataclass(frozen=True, slots=True)
class Condition:
    """``field op value[,value...]``, optionally negated with a leading ``-``.

    Several values mean "any of them" (``status:draft,published``); negation means
    "none of them". ``field`` is the canonical field name of :mod:`.fields`.
    """

    field: str
    op: Op
    values: tuple[Value, ...]
    negated: bool = False

    def __post_init__(self) -> None:
        if not self.values:
            raise ValueError("a condition needs at least one value")

    @property
    def value(self) -> Value:
        return self.values[0]


@dataclass(frozen=True, slots=True)
class Text:
    """Free text: every word must appear somewhere in the row (case-insensitive)."""

    text: str
    negated: bool = False

    def __post_init__(self) -> None:
        if not self.text:
            raise ValueError("free text cannot be empty")


Clause = Condition | Text


@dataclass(frozen=True, slots=True)
class Group:
    """Clauses that must all hold."""

    clauses: tuple[Clause, ...]

    def __post_init__(self) -> None:
        if not self.clauses:
            raise ValueError("a group needs at least one clause")


@dataclass(frozen=True, slots=True)
class FilterSpec:
    """A parsed filter: any of ``groups`` must hold; no groups = everything."""

    scope: Scope = Scope.COURSES
    groups: tuple[Group, ...] = field(default=())

    # -- building ------------------------------------------------------------------

    @classmethod
    def of(cls, scope: Scope, *clauses: Clause) -> FilterSpec:
        """A spec of one group (or none, for no clauses)."""
        return cls(scope, (Group(tuple(clauses)),) if clauses else ())

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def conditions(self, field_name: str) -> tuple[Condition, ...] | None:
        """The conditions on ``field_name``, when every group has the same ones.

        A widget shows these; ``None`` means the groups disagree (the widget shows
        "mixed" and leaves the text alone).
        """
        found = [
            tuple(c for c in g.clauses if isinstance(c, Condition) and c.field == field_name)
            for g in self.groups
        ]
        if not found:
            return ()
        first = found[0]
        return first if all(f == first for f in found[1:]) else None

    def replace(self, field_name: str, *conditions: Condition) -> FilterSpec:
        """A spec where ``field_name`` has exactly ``conditions`` in every group.

        The other clauses keep their order; the new conditions take the place of the
        first old one (or go at the end).
        """
        if not self.groups:
            return FilterSpec.of(self.scope, *conditions)
        groups = []
        for group in self.groups:
            out: list[Clause] = []
            placed = False
            for clause in group.clauses:
                if isinstance(clause, Condition) and clause.field == field_name:
                    if not placed:
                        out.extend(conditions)
                        placed = True
                    continue
                out.append(clause)
            if not placed:
                out.extend(conditions)
            if out:
                groups.append(Group(tuple(out)))
        if len(groups) < len(self.groups):
            # A group consisting only of that field became empty: it matched more
            # than the others, so the whole filter now matches everything.
            return FilterSpec(self.scope, ())
        return FilterSpec(self.scope, tuple(groups))

    def add(self, *clauses: Clause) -> FilterSpec:
        """A spec with ``clauses`` added to every group."""
        if not clauses:
            return self
        if not self.groups:
            return FilterSpec.of(self.scope, *clauses)
        return FilterSpec(self.scope, tuple(Group((*g.clauses, *clauses)) for g in self.groups))

    def fields(self) -> frozenset[str]:
        """Names of the fields the spec uses."""
        return frozenset(
            c.field for g in self.groups for c in g.clauses if isinstance(c, Condition)
        )

    def __str__(self) -> str:
        from .text import canonical

        return canonical(self)
