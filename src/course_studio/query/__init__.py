"""The filter language: text -> :class:`FilterSpec` -> SQL and Python predicates.

    from course_studio.query import Scope, parse, canonical, compile_predicate

    spec = parse('status:published tag:python -tag:legacy enrolled>20', Scope.COURSES)
    canonical(spec)                       # the text again, in canonical form
    pred = compile_predicate(spec, FilterContext(me=me_id))
    rows = pred.select(course_keys(records, instructors))
    where = course_filter(spec, FilterContext(me=me_id))   # SQLAlchemy clause

The language is described in docs/filter-language.md.
"""

from ..domain.errors import QuerySyntaxError
from .completion import Completion, FieldInfo, complete, field_infos
from .context import FilterContext
from .fields import FIELDS, Field, Kind, Level
from .predicate import (
    CourseKey,
    EnrollmentKey,
    Predicate,
    compile_predicate,
    course_key,
    course_keys,
    enrollment_key,
)
from .spec import (
    Clause,
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
    Value,
)
from .sql import course_filter, enrollment_filter
from .text import canonical, format_clause, format_value, normalise, parse

__all__ = [
    "FIELDS",
    "Clause",
    "Completion",
    "Condition",
    "CourseKey",
    "EnrollmentKey",
    "Field",
    "FieldInfo",
    "FilterContext",
    "FilterSpec",
    "Flag",
    "Group",
    "Kind",
    "Level",
    "Me",
    "Missing",
    "Op",
    "Period",
    "Predicate",
    "QuerySyntaxError",
    "Scope",
    "Text",
    "Today",
    "Unit",
    "Value",
    "canonical",
    "compile_predicate",
    "complete",
    "course_filter",
    "course_key",
    "course_keys",
    "enrollment_filter",
    "enrollment_key",
    "field_infos",
    "format_clause",
    "format_value",
    "normalise",
    "parse",
]
