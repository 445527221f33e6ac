"""What each synced entity carries, shared by the client and the server.

For every entity: its synced fields (from the model's ``__sync_fields__``), how a
value looks on the wire (JSON) and in Python, which fields point to a parent row,
which never change after creation, and the rule that checks a value (the same rules
the services use, so the server answers with the app's sentences).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from ..domain import rules
from ..domain.enums import TeachingRole
from ..domain.errors import ValidationError, msg
from ..domain.ids import is_id
from ..domain.models import MODEL_BY_ENTITY

#: Entities in the order a row's parents come before it.
ENTITY_ORDER: tuple[str, ...] = (
    "course",
    "course_instructor",
    "module",
    "lesson",
    "student",
    "enrollment",
    "lesson_progress",
)
ENTITY_RANK = {name: i for i, name in enumerate(ENTITY_ORDER)}

SYNC_FIELDS: dict[str, tuple[str, ...]] = {
    name: MODEL_BY_ENTITY[name].__sync_fields__ for name in ENTITY_ORDER
}

#: Field -> entity of the parent row it names.
PARENTS: dict[str, dict[str, str]] = {
    "course": {},
    "course_instructor": {"course_id": "course"},
    "module": {"course_id": "course"},
    "lesson": {"module_id": "module"},
    "student": {},
    "enrollment": {"course_id": "course", "student_id": "student"},
    "lesson_progress": {"enrollment_id": "enrollment", "lesson_id": "lesson"},
}

#: Fields that cannot change once the row exists.
IMMUTABLE: dict[str, frozenset[str]] = {
    "course": frozenset({"owner_id"}),
    "course_instructor": frozenset({"course_id", "instructor_id"}),
    "module": frozenset({"course_id"}),
    "lesson": frozenset(),
    "student": frozenset(),
    "enrollment": frozenset({"course_id", "student_id"}),
    "lesson_progress": frozenset({"enrollment_id", "lesson_id"}),
}

#: Values a new row gets for fields an op leaves out.
DEFAULTS: dict[str, dict[str, Any]] = {
    "course": {
        "description": "",
        "status": "draft",
        "term": "",
        "category": "",
        "tags": (),
        "language": "en",
        "start_date": None,
        "end_date": None,
        "capacity": None,
    },
    "course_instructor": {"role": TeachingRole.CO_INSTRUCTOR.value},
    "module": {},
    "lesson": {"kind": "page", "body": "", "duration_minutes": None},
    "student": {"external_id": None},
    "enrollment": {"role": "student", "status": "active"},
    "lesson_progress": {
        "status": "not_started",
        "score": None,
        "last_activity_at": None,
        "completed_at": None,
    },
}

#: What the instructor calls each entity, for sentences.
LABELS = {
    "course": "course",
    "course_instructor": "co-instructor",
    "module": "module",
    "lesson": "lesson",
    "student": "student",
    "enrollment": "enrollment",
    "lesson_progress": "progress record",
}

POSITION_MAX = 64


def _check_id(field: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not is_id(value):
            raise ValidationError(
                msg("This is not a valid id (got {value!r}).", value=value), field
            )
        return str(value)

    return check


def _check_position(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > POSITION_MAX:
        raise ValidationError("The place in the outline is not valid.", "position")
    if not value.isascii() or not value.isalnum():
        raise ValidationError("The place in the outline is not valid.", "position")
    return value


def _check_teaching_role(value: Any) -> str:
    names = [r.value for r in TeachingRole]
    if value not in names:
        raise ValidationError(
            msg("The teaching role must be owner or co_instructor (got {value!r}).", value=value),
            "role",
        )
    return str(value)


def _required_timestamp(field: str, label: str) -> Callable[[Any], dt.datetime]:
    def check(value: Any) -> dt.datetime:
        when = rules.check_timestamp(value, field)
        if when is None:
            raise ValidationError(msg("{label} is required.", label=label), field)
        return when

    return check


def _optional_timestamp(field: str) -> Callable[[Any], dt.datetime | None]:
    return lambda value: rules.check_timestamp(value, field)


CHECKS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "course": {
        "owner_id": _check_id("owner_id"),
        **rules.COURSE_CHECKS,
    },
    "course_instructor": {
        "course_id": _check_id("course_id"),
        "instructor_id": _check_id("instructor_id"),
        "role": _check_teaching_role,
    },
    "module": {
        "course_id": _check_id("course_id"),
        "title": lambda v: rules.check_title(v, "title", "module"),
        "position": _check_position,
    },
    "lesson": {
        "module_id": _check_id("module_id"),
        "title": lambda v: rules.check_title(v, "title", "lesson"),
        "kind": rules.check_lesson_kind,
        "body": rules.check_body,
        "duration_minutes": rules.check_duration,
        "position": _check_position,
    },
    "student": {
        "external_id": rules.check_external_id,
        "given_name": lambda v: rules.check_name(v, "given_name"),
        "family_name": lambda v: rules.check_name(v, "family_name"),
        "email": rules.check_email,
    },
    "enrollment": {
        "course_id": _check_id("course_id"),
        "student_id": _check_id("student_id"),
        "role": rules.check_role,
        "status": rules.check_enrollment_status,
        "enrolled_at": _required_timestamp("enrolled_at", "The enrollment time"),
    },
    "lesson_progress": {
        "enrollment_id": _check_id("enrollment_id"),
        "lesson_id": _check_id("lesson_id"),
        "status": rules.check_progress_status,
        "score": rules.check_score,
        "last_activity_at": _optional_timestamp("last_activity_at"),
        "completed_at": _optional_timestamp("completed_at"),
    },
}

_DATES = {("course", "start_date"), ("course", "end_date")}
_TIMESTAMPS = {
    ("enrollment", "enrolled_at"),
    ("lesson_progress", "last_activity_at"),
    ("lesson_progress", "completed_at"),
}


def check_fields(entity: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Checked, normalised Python values; ValidationError names the first bad field."""
    checks = CHECKS[entity]
    out: dict[str, Any] = {}
    for name, value in fields.items():
        check = checks.get(name)
        if check is None:
            raise ValidationError(
                msg("A {value} has no field called '{name}'.", value=LABELS[entity], name=name),
                name,
            )
        out[name] = check(value)
    if entity == "course":
        rules.check_dates(out.get("start_date"), out.get("end_date"))
    return out


def to_wire(value: Any) -> Any:
    """A Python value as JSON data: dates as ISO text, tags as a list."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | frozenset | set):
        return sorted(value)
    return value


def from_wire(entity: str, field: str, value: Any) -> Any:
    """A JSON value as the Python value the column holds (no rule checks)."""
    if value is None:
        return None
    key = (entity, field)
    if key in _DATES:
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    if key in _TIMESTAMPS:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if field == "tags":
        return tuple(sorted(value))
    if field == "score":
        return float(value)
    return value


def wire_row(entity: str, row: Any) -> dict[str, Any]:
    """The synced fields of an ORM row (client or server model) in wire form."""
    return {name: to_wire(getattr(row, name)) for name in SYNC_FIELDS[entity]}


def same(entity: str, field: str, a: Any, b: Any) -> bool:
    """Whether two wire values mean the same value."""
    return bool(from_wire(entity, field, a) == from_wire(entity, field, b))
