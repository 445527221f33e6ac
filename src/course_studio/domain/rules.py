"""Validation rules, shared by the services (which always check) and the editors
(which check as the instructor types).

Each ``check_*`` function returns the normalised value or raises
:class:`~course_studio.domain.errors.ValidationError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from email_validator import EmailNotValidError, validate_email

from .enums import (
    CourseStatus,
    EnrollmentRole,
    EnrollmentStatus,
    LessonKind,
    ProgressStatus,
)
from .errors import ValidationError

CODE_MIN, CODE_MAX = 2, 20
TITLE_MIN, TITLE_MAX = 3, 120
DESCRIPTION_MAX = 10_000
TERM_MAX = 40
CATEGORY_MAX = 60
TAG_MAX, TAGS_MAX = 30, 20
CAPACITY_MAX = 100_000
NAME_MAX = 80
EXTERNAL_ID_MAX = 64
OUTLINE_TITLE_MAX = 120
BODY_MAX = 200_000
DURATION_MAX = 24 * 60

_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*$")
_TAG_RE = re.compile(r"^[a-z0-9][a-z0-9+#._-]*$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2}|-[A-Z][a-z]{3})?$")


def format_date(value: dt.date) -> str:
    """A date the way messages show it: 12 Sep 2026."""
    return f"{value.day} {value.strftime('%b %Y')}"


def _text(value: Any, field: str, label: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text.", field)
    return value.strip()


def _one_of(value: Any, allowed: type[Any], field: str, label: str) -> str:
    names = [m.value for m in allowed]
    text = value.value if hasattr(value, "value") else value
    if isinstance(text, str) and text.strip().lower() in names:
        return text.strip().lower()
    choices = ", ".join(names[:-1]) + f" or {names[-1]}"
    raise ValidationError(f"{label} must be {choices} (got {text!r}).", field)


# -- courses -------------------------------------------------------------------


def check_code(value: Any) -> str:
    code = _text(value, "code", "The course code").upper()
    if not code:
        raise ValidationError("Every course needs a code, for example CS101.", "code")
    if len(code) < CODE_MIN or len(code) > CODE_MAX:
        raise ValidationError(
            f"A course code has {CODE_MIN} to {CODE_MAX} characters ({code} has {len(code)}).",
            "code",
        )
    if not code[0].isalpha() or not code[0].isascii():
        raise ValidationError("A course code starts with a letter, for example CS101.", "code")
    if not _CODE_RE.match(code):
        bad = next((c for c in code if not (c.isascii() and (c.isalnum() or c in "-_."))), None)
        if bad is not None:
            shown = "a space" if bad == " " else f"'{bad}'"
            raise ValidationError(
                f"A course code may contain letters, digits, '-', '_' and '.', not {shown}.",
                "code",
            )
        raise ValidationError(
            "In a course code, '-', '_' and '.' go between letters or digits, "
            "for example MATH-201.",
            "code",
        )
    return code


def check_title(value: Any, field: str = "title", what: str = "course") -> str:
    title = _text(value, field, "The title")
    title = " ".join(title.split())
    if not title:
        raise ValidationError(f"Every {what} needs a title.", field)
    low = TITLE_MIN if what == "course" else 1
    high = TITLE_MAX if what == "course" else OUTLINE_TITLE_MAX
    if len(title) < low:
        raise ValidationError(f"A {what} title needs at least {low} characters.", field)
    if len(title) > high:
        raise ValidationError(
            f"A {what} title has at most {high} characters; this one has {len(title)}.",
            field,
        )
    return title


def check_description(value: Any) -> str:
    text = "" if value is None else value
    if not isinstance(text, str):
        raise ValidationError("The description must be text.", "description")
    if len(text) > DESCRIPTION_MAX:
        raise ValidationError(
            f"The description has at most {DESCRIPTION_MAX:,} characters; "
            f"this one has {len(text):,}.",
            "description",
        )
    return text


def check_status(value: Any) -> str:
    return _one_of(value, CourseStatus, "status", "The status")


def _short_text(value: Any, field: str, label: str, limit: int) -> str:
    text = " ".join(_text(value, field, label).split())
    if len(text) > limit:
        raise ValidationError(
            f"{label} has at most {limit} characters; this one has {len(text)}.", field
        )
    return text


def check_term(value: Any) -> str:
    return _short_text(value, "term", "The term", TERM_MAX)


def check_category(value: Any) -> str:
    return _short_text(value, "category", "The category", CATEGORY_MAX)


def check_tags(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: Iterable[Any] = [t for t in re.split(r"[,\s]+", value) if t]
    elif isinstance(value, list | tuple | set | frozenset):
        items = value
    else:
        raise ValidationError("Tags must be a list of words.", "tags")
    tags: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            raise ValidationError("Tags must be a list of words.", "tags")
        tag = item.strip().lower().lstrip("#") if item.strip() != "#" else "#"
        if not tag:
            continue
        if len(tag) > TAG_MAX:
            raise ValidationError(
                f"A tag has at most {TAG_MAX} characters ('{tag[:TAG_MAX]}…' is longer).",
                "tags",
            )
        if not _TAG_RE.match(tag):
            raise ValidationError(
                f"The tag '{tag}' may only use letters, digits and - _ . + #.", "tags"
            )
        tags.add(tag)
    if len(tags) > TAGS_MAX:
        raise ValidationError(
            f"A course has at most {TAGS_MAX} tags; this one has {len(tags)}.", "tags"
        )
    return tuple(sorted(tags))


def check_language(value: Any) -> str:
    text = _text(value, "language", "The language") or "en"
    parts = text.replace("_", "-").split("-")
    text = "-".join(
        [parts[0].lower(), *(p.upper() if len(p) == 2 else p.title() for p in parts[1:])]
    )
    if not _LANGUAGE_RE.match(text):
        raise ValidationError(
            f"The language is a code such as en, de or pt-BR (got '{value}').", "language"
        )
    return text


def check_date(value: Any, field: str, label: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(f"{label} must be a date such as 2026-09-01 (got '{value}').", field)


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            f"The end date ({format_date(end)}) must be on or after the start date "
            f"({format_date(start)}).",
            "end_date",
        )


def check_capacity(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("The capacity must be a whole number of seats.", "capacity")
    try:
        seats = int(value)
    except ValueError:
        raise ValidationError(
            f"The capacity must be a whole number of seats (got '{value}').", "capacity"
        ) from None
    if seats < 1:
        raise ValidationError(
            "The capacity is at least 1 seat; leave it empty for no limit.", "capacity"
        )
    if seats > CAPACITY_MAX:
        raise ValidationError(f"The capacity is at most {CAPACITY_MAX:,} seats.", "capacity")
    return seats


def check_capacity_fits(capacity: int | None, seated: int) -> None:
    if capacity is not None and capacity < seated:
        students = "student" if seated == 1 else "students"
        raise ValidationError(
            f"The capacity cannot be lower than the {seated} {students} already enrolled.",
            "capacity",
        )


# -- outline -------------------------------------------------------------------


def check_lesson_kind(value: Any) -> str:
    return _one_of(value, LessonKind, "kind", "The lesson type")


def check_body(value: Any) -> str:
    text = "" if value is None else value
    if not isinstance(text, str):
        raise ValidationError("The lesson text must be text.", "body")
    if len(text) > BODY_MAX:
        raise ValidationError(
            f"A lesson has at most {BODY_MAX:,} characters of text; this one has {len(text):,}.",
            "body",
        )
    return text


def check_duration(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("The duration must be a whole number of minutes.", "duration_minutes")
    try:
        minutes = int(value)
    except ValueError:
        raise ValidationError(
            f"The duration must be a whole number of minutes (got '{value}').",
            "duration_minutes",
        ) from None
    if minutes < 0 or minutes > DURATION_MAX:
        raise ValidationError(
            f"The duration is between 0 and {DURATION_MAX} minutes (24 hours).",
            "duration_minutes",
        )
    return minutes


# -- students and enrollments --------------------------------------------------


def check_name(value: Any, field: str) -> str:
    label = "The given name" if field == "given_name" else "The family name"
    name = " ".join(_text(value, field, label).split())
    if not name:
        raise ValidationError(f"{label} is required.", field)
    if len(name) > NAME_MAX:
        raise ValidationError(f"{label} has at most {NAME_MAX} characters.", field)
    return name


def check_email(value: Any) -> str:
    text = _text(value, "email", "The email address")
    if not text:
        raise ValidationError("An email address is required.", "email")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = str(exc).rstrip(".")
        raise ValidationError(
            f"The email address '{text}' is not valid: {reason[0].lower()}{reason[1:]}.", "email"
        ) from None
    return str(result.normalized).lower()


def check_external_id(value: Any) -> str | None:
    if value is None:
        return None
    text = _text(value, "external_id", "The SIS id")
    if not text:
        return None
    if len(text) > EXTERNAL_ID_MAX:
        raise ValidationError(
            f"The SIS id has at most {EXTERNAL_ID_MAX} characters.", "external_id"
        )
    return text


def check_role(value: Any) -> str:
    return _one_of(value, EnrollmentRole, "role", "The role")


def check_enrollment_status(value: Any) -> str:
    return _one_of(value, EnrollmentStatus, "status", "The enrollment status")


def check_progress_status(value: Any) -> str:
    return _one_of(value, ProgressStatus, "status", "The lesson status")


def check_score(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError("The score is a number from 0 to 100.", "score")
    try:
        score = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            f"The score is a number from 0 to 100 (got '{value}').", "score"
        ) from None
    if not 0 <= score <= 100:
        raise ValidationError(f"The score is a number from 0 to 100 (got {value}).", "score")
    return score


def check_timestamp(value: Any, field: str = "at") -> dt.datetime | None:
    """A UTC timestamp without tzinfo (aware values are converted)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(
                f"The time must look like 2026-09-01T14:30:00 (got '{value}').", field
            ) from None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    raise ValidationError("The time must be a date and time.", field)


#: The fields an instructor sets on a course, each with the rule that checks it. The
#: local services, the sync protocol and the server's REST API all use this one table.
COURSE_CHECKS: dict[str, Callable[[Any], Any]] = {
    "code": check_code,
    "title": check_title,
    "description": check_description,
    "status": check_status,
    "term": check_term,
    "category": check_category,
    "tags": check_tags,
    "language": check_language,
    "start_date": lambda v: check_date(v, "start_date", "The start date"),
    "end_date": lambda v: check_date(v, "end_date", "The end date"),
    "capacity": check_capacity,
}
COURSE_FIELDS = frozenset(COURSE_CHECKS)

#: Enrollment statuses that hold a seat against a course's capacity.
SEATED = (EnrollmentStatus.ACTIVE.value, EnrollmentStatus.COMPLETED.value)


def check_course_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Each given course field checked and normalised (not the cross-field rules)."""
    return {name: COURSE_CHECKS[name](value) for name, value in fields.items()}
