"""Conflicts in words: what each one is about, what happened, the values shown, and
what each choice does. The conflict dialog and its list show these; they hold no Qt.

A conflict (:class:`~course_studio.sync.ConflictInfo`) is one of:

- ``edit``: the same field was changed here and on the server to different values;
- ``delete``: a whole item (``field == "*"``) was deleted on one side and changed on
  the other; ``{"deleted": True}`` stands for the side that deleted it;
- ``rejected``: the server refused a change (``detail`` is its sentence); ``theirs``
  is the server's value, or None when the server does not have the item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import rules
from ..domain.enums import (
    CourseStatus,
    EnrollmentRole,
    EnrollmentStatus,
    LessonKind,
    ProgressStatus,
    TeachingRole,
)
from ..sync import ConflictInfo
from ..sync.fields import LABELS, check_fields
from . import timefmt

DELETED = {"deleted": True}
CONTEXT = "ConflictText"


def _noop(text: str) -> str:
    """Marks a field's name for translation (said through :func:`_tr`)."""
    return str(QT_TRANSLATE_NOOP(CONTEXT, text))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


#: what an instructor calls each field
FIELD_NAMES = {
    "code": _noop("code"),
    "title": _noop("title"),
    "description": _noop("description"),
    "status": _noop("status"),
    "term": _noop("term"),
    "category": _noop("category"),
    "tags": _noop("tags"),
    "language": _noop("language"),
    "start_date": _noop("start date"),
    "end_date": _noop("end date"),
    "capacity": _noop("seats"),
    "owner_id": _noop("owner"),
    "kind": _noop("type"),
    "body": _noop("text"),
    "duration_minutes": _noop("duration"),
    "position": _noop("place in the outline"),
    "module_id": _noop("module"),
    "course_id": _noop("course"),
    "given_name": _noop("given name"),
    "family_name": _noop("family name"),
    "email": _noop("email address"),
    "external_id": _noop("SIS id"),
    "student_id": _noop("student"),
    "instructor_id": _noop("instructor"),
    "role": _noop("role"),
    "enrolled_at": _noop("enrollment time"),
    "enrollment_id": _noop("enrollment"),
    "lesson_id": _noop("lesson"),
    "score": _noop("score"),
    "last_activity_at": _noop("last activity"),
    "completed_at": _noop("completion time"),
}

#: fields with a fixed set of values: shown as a choice when typing a value
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("course", "status"): tuple(s.value for s in CourseStatus),
    ("lesson", "kind"): tuple(k.value for k in LessonKind),
    ("enrollment", "role"): tuple(r.value for r in EnrollmentRole),
    ("enrollment", "status"): tuple(s.value for s in EnrollmentStatus),
    ("lesson_progress", "status"): tuple(s.value for s in ProgressStatus),
    ("course_instructor", "role"): tuple(r.value for r in TeachingRole),
}

#: fields typed as several lines of text
LONG_TEXT = {("course", "description"), ("lesson", "body")}
DATES = {("course", "start_date"), ("course", "end_date")}
TIMESTAMPS = {
    ("enrollment", "enrolled_at"),
    ("lesson_progress", "last_activity_at"),
    ("lesson_progress", "completed_at"),
}
SHOWN_MAX = 240

#: looks up the name of a row another row points to: (entity, id) -> name or None
Lookup = Callable[[str, str], str | None]


def field_name(field: str) -> str:
    known = FIELD_NAMES.get(field)
    return _tr(known) if known else field.replace("_", " ")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def thing(info: ConflictInfo) -> str:
    """What the conflict is about: 'CS101', 'lesson “Variables”', 'Grace Hopper'."""
    if info.kind == "delete" and info.entity != "course":
        # the item is named as the side that kept it calls it, not as it was before
        for side in (info.mine, info.theirs):
            if isinstance(side, dict) and not is_deleted(side) and side.get("title"):
                what = LABELS.get(info.entity, info.entity)
                return _tr("{what} “{title}”").format(what=what, title=side["title"])
    name = info.label.split(" › ")[0].strip()
    return name or LABELS.get(info.entity, info.entity)


def title(info: ConflictInfo) -> str:
    """The list's line: 'CS101 · Title', 'Lesson “Variables”'."""
    name = _cap(thing(info))
    if info.field == "*":
        return name
    return _tr("{item} · {field}").format(item=name, field=_cap(field_name(info.field)))


def is_deleted(value: Any) -> bool:
    return isinstance(value, dict) and value == DELETED


def editable(info: ConflictInfo) -> bool:
    """Whether a value can be typed for this conflict (a single field of text, a
    number, a date or a choice; not a whole item, not a link to another row)."""
    if info.field == "*":
        return False
    return not (info.field.endswith("_id") or info.field == "position")


def what_happened(info: ConflictInfo) -> str:
    """A plain account of the conflict, for the dialog."""
    item = thing(info)
    field = field_name(info.field)
    if info.kind == "rejected":
        said = (info.detail or _tr("The server refused this change.")).strip()
        if info.field != "*":
            subject = _tr("the {field} of {item}").format(field=field, item=item)
        else:
            subject = item
        text = _tr("The server refused your change to {subject}. It said: “{said}”").format(
            subject=subject, said=said
        )
        if info.field == "*" and info.theirs is None:
            return (
                text
                + " "
                + _tr(
                    "Your change is kept here so that nothing is lost: send it again, or let it go."
                )
            )
        return text + " " + _tr("Until you choose, this computer shows the server's version.")
    if info.field == "*":
        if is_deleted(info.mine) and is_deleted(info.theirs):
            return _tr("You changed {item} here, but it no longer exists on the server.").format(
                item=item
            )
        if is_deleted(info.mine):
            return _tr(
                "You deleted {item} here, but it was changed on the server meanwhile, so it "
                "is back with those changes. Delete it again, or keep it."
            ).format(item=item)
        return _tr(
            "You changed {item} here, but it was deleted on the server meanwhile, so it is "
            "deleted here too. Bring it back with your changes, or let it go."
        ).format(item=item)
    return _tr(
        "You changed the {field} of {item} here, and someone changed it to something else "
        "on the server meanwhile. Until you choose, this computer shows the server's value."
    ).format(field=field, item=item)


@dataclass(frozen=True, slots=True)
class Choices:
    """The words on the buttons of one conflict."""

    mine: str
    theirs: str
    mine_done: str  # the notification after keeping mine
    theirs_done: str


def choices(info: ConflictInfo) -> Choices:
    item = thing(info)
    big = _cap(item)
    if info.field != "*":
        field = field_name(info.field)
        return Choices(
            _tr("Keep mine"),
            _tr("Take theirs"),
            _tr("Your {field} of {item} is kept; it is sent with the next sync.").format(
                field=field, item=item
            ),
            _tr("The server's {field} of {item} is kept.").format(field=field, item=item),
        )
    if info.kind == "rejected" and info.theirs is None:
        return Choices(
            _tr("Send it again"),
            _tr("Let it go"),
            _tr("Your change to {item} is kept; it is sent with the next sync.").format(item=item),
            _tr("Your refused change to {item} is let go.").format(item=item),
        )
    if is_deleted(info.mine):
        return Choices(
            _tr("Delete it again"),
            _tr("Keep it"),
            _tr("{item} is deleted again; it is sent with the next sync.").format(item=big),
            _tr("{item} is kept with the server's changes.").format(item=big),
        )
    if is_deleted(info.theirs):
        return Choices(
            _tr("Bring it back"),
            _tr("Leave it deleted"),
            _tr("{item} is brought back with your changes; it is sent with the next sync.").format(
                item=big
            ),
            _tr("{item} stays deleted.").format(item=big),
        )
    return Choices(
        _tr("Keep mine"),
        _tr("Take theirs"),
        _tr("Your version of {item} is kept; it is sent with the next sync.").format(item=item),
        _tr("The server's version of {item} is kept.").format(item=item),
    )


def edited_done(info: ConflictInfo, value: Any, lookup: Lookup | None = None) -> str:
    shown = show_value(info.entity, info.field, value, lookup)
    return _tr("The {field} of {item} is now {value}; it is sent with the next sync.").format(
        field=field_name(info.field), item=thing(info), value=shown
    )


# -- values ----------------------------------------------------------------------


def show_value(entity: str, field: str, value: Any, lookup: Lookup | None = None) -> str:
    """A field's value as an instructor reads it."""
    if value is None or value == "" or value == [] or value == ():
        return _tr("(empty)")
    key = (entity, field)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if key in DATES:
        try:
            return rules.format_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if key in TIMESTAMPS:
        try:
            return timefmt.exact(dt.datetime.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if key in CHOICES:
        return str(value).replace("_", " ").capitalize()
    if field == "position":
        return _tr("a place in the outline")
    if field.endswith("_id"):
        target = {
            "module_id": "module",
            "course_id": "course",
            "student_id": "student",
            "lesson_id": "lesson",
            "enrollment_id": "enrollment",
            "owner_id": "instructor",
            "instructor_id": "instructor",
        }.get(field, field[:-3])
        name = lookup(target, str(value)) if lookup is not None else None
        return name or _tr("another {what}").format(what=LABELS.get(target, target))
    if field == "duration_minutes":
        return _tr("{n} minutes").format(n=value)
    if field == "score" and isinstance(value, int | float):
        return f"{value:g}"
    if field == "capacity":
        return _tr("{n} seats").format(n=value)
    text = str(value)
    if len(text) > SHOWN_MAX:
        text = text[: SHOWN_MAX - 1].rstrip() + "…"
    return text


def as_text(entity: str, field: str, value: Any) -> str:
    """A value as it is typed back (tags with commas, dates as 2026-09-01)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if field == "score" and isinstance(value, float):
        return f"{value:g}"
    return str(value)


def compared_fields(info: ConflictInfo) -> list[str]:
    """The fields a whole-item conflict shows side by side (mine's changes first)."""
    mine = info.mine if isinstance(info.mine, dict) and not is_deleted(info.mine) else {}
    theirs = info.theirs if isinstance(info.theirs, dict) and not is_deleted(info.theirs) else {}
    names = list(mine) or [n for n in theirs if not n.endswith("_id") and n != "position"]
    return [n for n in names if n != "deleted"]


def normalised(info: ConflictInfo, typed: Any) -> Any:
    """A typed value as the app keeps it (the rules' normal form)."""
    return check_fields(info.entity, {info.field: typed})[info.field]


def check_typed(info: ConflictInfo, text: str, context: dict[str, Any] | None = None) -> Any:
    """The typed value checked with the app's rules; ValidationError when it is not
    acceptable. ``context`` holds the item's other current values (a course's dates
    and enrolled students), so the value is checked against them too."""
    value = check_fields(info.entity, {info.field: text})[info.field]
    context = context or {}
    if info.entity == "course":
        if info.field == "start_date" and context.get("end_date") is not None:
            rules.check_dates(value, context["end_date"])
        if info.field == "end_date" and context.get("start_date") is not None:
            rules.check_dates(context["start_date"], value)
        if info.field == "capacity" and context.get("enrolled") is not None:
            rules.check_capacity_fits(value, int(context["enrolled"]))
    return value
