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
from .errors import ValidationError, msg

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
        raise ValidationError(msg("{label} must be text.", label=label), field)
    return value.strip()


def _one_of(value: Any, allowed: type[Any], field: str, label: str) -> str:
    names = [m.value for m in allowed]
    text = value.value if hasattr(value, "value") else value
    if isinstance(text, str) and text.strip().lower() in names:
        return text.strip().lower()
    choices = ", ".join(names[:-1]) + f" or {names[-1]}"
    raise ValidationError(
        msg("{label} must be {choices} (got {text!r}).", label=label, choices=choices, text=text),
        field,
    )


# -- courses -------------------------------------------------------------------


def check_code(value: Any) -> str:
    code = _text(value, "code", msg("The course code")).upper()
    if not code:
        raise ValidationError("Every course needs a code, for example CS101.", "code")
    if len(code) < CODE_MIN or len(code) > CODE_MAX:
        raise ValidationError(
            msg(
                "A course code has {CODE_MIN} to {CODE_MAX} characters ({code} has {length}).",
                CODE_MIN=CODE_MIN,
                CODE_MAX=CODE_MAX,
                code=code,
                length=len(code),
            ),
            "code",
        )
    if not code[0].isalpha() or not code[0].isascii():
        raise ValidationError("A course code starts with a letter, for example CS101.", "code")
    if not _CODE_RE.match(code):
        bad = next((c for c in code if not (c.isascii() and (c.isalnum() or c in "-_."))), None)
        if bad is not None:
            raise ValidationError(
                msg("A course code may contain letters, digits, '-', '_' and '.', not a space.")
                if bad == " "
                else msg(
                    "A course code may contain letters, digits, '-', '_' and '.', not {shown}.",
                    shown=f"'{bad}'",
                ),
                "code",
            )
        raise ValidationError(
            "In a course code, '-', '_' and '.' go between letters or digits, "
            "for example MATH-201.",
            "code",
        )
    return code


def check_title(value: Any, field: str = "title", what: str = "course") -> str:
    title = _text(value, field, msg("The title"))
    title = " ".join(title.split())
    if not title:
        needed = {
            "course": msg("Every course needs a title."),
            "module": msg("Every module needs a title."),
            "lesson": msg("Every lesson needs a title."),
        }
        raise ValidationError(
            needed.get(what) or msg("Every {what} needs a title.", what=what), field
        )
    low = TITLE_MIN if what == "course" else 1
    high = TITLE_MAX if what == "course" else OUTLINE_TITLE_MAX
    if len(title) < low:
        raise ValidationError(
            msg("A {what} title needs at least {low} characters.", what=what, low=low), field
        )
    if len(title) > high:
        raise ValidationError(
            msg(
                "A {what} title has at most {high} characters; this one has {length}.",
                what=what,
                high=high,
                length=len(title),
            ),
            field,
        )
    return title


def check_description(value: Any) -> str:
    text = "" if value is None else value
    if not isinstance(text, str):
        raise ValidationError("The description must be text.", "description")
    if len(text) > DESCRIPTION_MAX:
        raise ValidationError(
            msg(
                "The description has at most {DESCRIPTION_MAX:,} characters; this one has "
                "{length:,}.",
                DESCRIPTION_MAX=DESCRIPTION_MAX,
                length=len(text),
            ),
            "description",
        )
    return text


def check_status(value: Any) -> str:
    return _one_of(value, CourseStatus, "status", msg("The status"))


def _short_text(value: Any, field: str, label: str, limit: int) -> str:
    text = " ".join(_text(value, field, label).split())
    if len(text) > limit:
        raise ValidationError(
            msg(
                "{label} has at most {limit} characters; this one has {length}.",
                label=label,
                limit=limit,
                length=len(text),
            ),
            field,
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
                msg(
                    "A tag has at most {TAG_MAX} characters ('{value}…' is longer).",
                    TAG_MAX=TAG_MAX,
                    value=tag[:TAG_MAX],
                ),
                "tags",
            )
        if not _TAG_RE.match(tag):
            raise ValidationError(
                msg("The tag '{tag}' may only use letters, digits and - _ . + #.", tag=tag), "tags"
            )
        tags.add(tag)
    if len(tags) > TAGS_MAX:
        raise ValidationError(
            msg(
                "A course has at most {TAGS_MAX} tags; this one has {length}.",
                TAGS_MAX=TAGS_MAX,
                length=len(tags),
            ),
            "tags",
        )
    return tuple(sorted(tags))


def check_language(value: Any) -> str:
    text = _text(value, "language", msg("The language")) or "en"
    parts = text.replace("_", "-").split("-")
    text = "-".join(
        [parts[0].lower(), *(p.upper() if len(p) == 2 else p.title() for p in parts[1:])]
    )
    if not _LANGUAGE_RE.match(text):
        raise ValidationError(
            msg("The language is a code such as en, de or pt-BR (got '{value}').", value=value),
            "language",
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
    raise ValidationError(
        msg("{label} must be a date such as 2026-09-01 (got '{value}').", label=label, value=value),
        field,
    )


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            msg(
                "The end date ({end}) must be on or after the start date ({start}).",
                end=end,
                start=start,
            ),
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
            msg("The capacity must be a whole number of seats (got '{value}').", value=value),
            "capacity",
        ) from None
    if seats < 1:
        raise ValidationError(
            "The capacity is at least 1 seat; leave it empty for no limit.", "capacity"
        )
    if seats > CAPACITY_MAX:
        raise ValidationError(
            msg("The capacity is at most {CAPACITY_MAX:,} seats.", CAPACITY_MAX=CAPACITY_MAX),
            "capacity",
        )
    return seats


def check_capacity_fits(capacity: int | None, seated: int) -> None:
    if capacity is not None and capacity < seated:
        raise ValidationError(
            msg("The capacity cannot be lower than the 1 student already enrolled.")
            if seated == 1
            else msg(
                "The capacity cannot be lower than the {seated} students already enrolled.",
                seated=seated,
            ),
            "capacity",
        )


# -- outline -------------------------------------------------------------------


def check_lesson_kind(value: Any) -> str:
    return _one_of(value, LessonKind, "kind", msg("The lesson type"))


def check_body(value: Any) -> str:
    text = "" if value is None else value
    if not isinstance(text, str):
        raise ValidationError("The lesson text must be text.", "body")
    if len(text) > BODY_MAX:
        raise ValidationError(
            msg(
                "A lesson has at most {BODY_MAX:,} characters of text; this one has {length:,}.",
                BODY_MAX=BODY_MAX,
                length=len(text),
            ),
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
            msg("The duration must be a whole number of minutes (got '{value}').", value=value),
            "duration_minutes",
        ) from None
    if minutes < 0 or minutes > DURATION_MAX:
        raise ValidationError(
            msg(
                "The duration is between 0 and {DURATION_MAX} minutes (24 hours).",
                DURATION_MAX=DURATION_MAX,
            ),
            "duration_minutes",
        )
    return minutes


# -- students and enrollments --------------------------------------------------


def check_name(value: Any, field: str) -> str:
    if isinstance(value, str):
        name = " ".join(value.split())
        if name and len(name) <= NAME_MAX:
            return name  # the common case, without making the label
    label = msg("The given name") if field == "given_name" else msg("The family name")
    name = " ".join(_text(value, field, label).split())
    if not name:
        raise ValidationError(msg("{label} is required.", label=label), field)
    if len(name) > NAME_MAX:
        raise ValidationError(
            msg("{label} has at most {NAME_MAX} characters.", label=label, NAME_MAX=NAME_MAX), field
        )
    return name


def check_email(value: Any) -> str:
    text = _text(value, "email", msg("The email address"))
    if not text:
        raise ValidationError("An email address is required.", "email")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = str(exc).rstrip(".")
        raise ValidationError(
            msg(
                "The email address '{text}' is not valid: {reason}.",
                text=text,
                reason=reason[0].lower() + reason[1:],
            ),
            "email",
        ) from None
    return str(result.normalized).lower()


def check_external_id(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if len(text) <= EXTERNAL_ID_MAX:
            return text or None  # the common case, without making the label
    text = _text(value, "external_id", msg("The SIS id"))
    if not text:
        return None
    if len(text) > EXTERNAL_ID_MAX:
        raise ValidationError(
            msg(
                "The SIS id has at most {EXTERNAL_ID_MAX} characters.",
                EXTERNAL_ID_MAX=EXTERNAL_ID_MAX,
            ),
            "external_id",
        )
    return text


def check_role(value: Any) -> str:
    return _one_of(value, EnrollmentRole, "role", msg("The role"))


def check_enrollment_status(value: Any) -> str:
    return _one_of(value, EnrollmentStatus, "status", msg("The enrollment status"))


def check_progress_status(value: Any) -> str:
    return _one_of(value, ProgressStatus, "status", msg("The lesson status"))


def check_score(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError("The score is a number from 0 to 100.", "score")
    try:
        score = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            msg("The score is a number from 0 to 100 (got '{value}').", value=value), "score"
        ) from None
    if not 0 <= score <= 100:
        raise ValidationError(
            msg("The score is a number from 0 to 100 (got {value}).", value=value), "score"
        )
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
                msg("The time must look like 2026-09-01T14:30:00 (got '{value}').", value=value),
                field,
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
    "start_date": lambda v: check_date(v, "start_date", msg("The start date")),
    "end_date": lambda v: check_date(v, "end_date", msg("The end date")),
    "capacity": check_capacity,
}
COURSE_FIELDS = frozenset(COURSE_CHECKS)

#: Enrollment statuses that hold a seat against a course's capacity.
SEATED = (EnrollmentStatus.ACTIVE.value, EnrollmentStatus.COMPLETED.value)


def check_course_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Each given course field checked and normalised (not the cross-field rules)."""
    return {name: COURSE_CHECKS[name](value) for name, value in fields.items()}
