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


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


#: what an instructor calls each field
FIELD_NAMES = {
    "code": QT_TRANSLATE_NOOP("ConflictText", "code"),
    "title": QT_TRANSLATE_NOOP("ConflictText", "title"),
    "description": QT_TRANSLATE_NOOP("ConflictText", "description"),
    "status": QT_TRANSLATE_NOOP("ConflictText", "status"),
    "term": QT_TRANSLATE_NOOP("ConflictText", "term"),
    "category": QT_TRANSLATE_NOOP("ConflictText", "category"),
    "tags": QT_TRANSLATE_NOOP("ConflictText", "tags"),
    "language": QT_TRANSLATE_NOOP("ConflictText", "language"),
    "start_date": QT_TRANSLATE_NOOP("ConflictText", "start date"),
    "end_date": QT_TRANSLATE_NOOP("ConflictText", "end date"),
    "capacity": QT_TRANSLATE_NOOP("ConflictText", "seats"),
    "owner_id": QT_TRANSLATE_NOOP("ConflictText", "owner"),
    "kind": QT_TRANSLATE_NOOP("ConflictText", "type"),
    "body": QT_TRANSLATE_NOOP("ConflictText", "text"),
    "duration_minutes": QT_TRANSLATE_NOOP("ConflictText", "duration"),
    "position": QT_TRANSLATE_NOOP("ConflictText", "place in the outline"),
    "module_id": QT_TRANSLATE_NOOP("ConflictText", "module"),
    "course_id": QT_TRANSLATE_NOOP("ConflictText", "course"),
    "given_name": QT_TRANSLATE_NOOP("ConflictText", "given name"),
    "family_name": QT_TRANSLATE_NOOP("ConflictText", "family name"),
    "email": QT_TRANSLATE_NOOP("ConflictText", "email address"),
    "external_id": QT_TRANSLATE_NOOP("ConflictText", "SIS id"),
    "student_id": QT_TRANSLATE_NOOP("ConflictText", "student"),
    "instructor_id": QT_TRANSLATE_NOOP("ConflictText", "instructor"),
    "role": QT_TRANSLATE_NOOP("ConflictText", "role"),
    "enrolled_at": QT_TRANSLATE_NOOP("ConflictText", "enrollment time"),
    "enrollment_id": QT_TRANSLATE_NOOP("ConflictText", "enrollment"),
    "lesson_id": QT_TRANSLATE_NOOP("ConflictText", "lesson"),
    "score": QT_TRANSLATE_NOOP("ConflictText", "score"),
    "last_activity_at": QT_TRANSLATE_NOOP("ConflictText", "last activity"),
    "completed_at": QT_TRANSLATE_NOOP("ConflictText", "completion time"),
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
    return _tr(str(known)) if known else field.replace("_", " ")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def thing(info: ConflictInfo) -> str:
    """What the conflict is about: 'CS101', 'lesson “Variables”', 'Grace Hopper'."""
    if info.kind == "delete" and info.entity != "course":
        # the item is named as the side that kept it calls it, not as it was before
        for side in (info.mine, info.theirs):
            if isinstance(side, dict) and not is_deleted(side) and side.get("title"):
                what = LABELS.get(info.entity, info.entity)
                return QCoreApplication.translate("ConflictText", "{what} “{title}”").format(
                    what=what, title=side["title"]
                )
    name = info.label.split(" › ")[0].strip()
    return name or LABELS.get(info.entity, info.entity)


def title(info: ConflictInfo) -> str:
    """The list's line: 'CS101 · Title', 'Lesson “Variables”'."""
    name = _cap(thing(info))
    if info.field == "*":
        return name
    return QCoreApplication.translate("ConflictText", "{item} · {field}").format(
        item=name, field=_cap(field_name(info.field))
    )


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
        said = (
            info.detail
            or QCoreApplication.translate("ConflictText", "The server refused this change.")
        ).strip()
        if info.field != "*":
            subject = QCoreApplication.translate("ConflictText", "the {field} of {item}").format(
                field=field, item=item
            )
        else:
            subject = item
        text = QCoreApplication.translate(
            "ConflictText", "The server refused your change to {subject}. It said: “{said}”"
        ).format(subject=subject, said=said)
        if info.field == "*" and info.theirs is None:
            return (
                text
                + " "
                + QCoreApplication.translate(
                    "ConflictText",
                    "Your change is kept here so that nothing is lost: send it again, "
                    "or let it go.",
                )
            )
        return (
            text
            + " "
            + QCoreApplication.translate(
                "ConflictText", "Until you choose, this computer shows the server's version."
            )
        )
    if info.field == "*":
        if is_deleted(info.mine) and is_deleted(info.theirs):
            return QCoreApplication.translate(
                "ConflictText", "You changed {item} here, but it no longer exists on the server."
            ).format(item=item)
        if is_deleted(info.mine):
            return QCoreApplication.translate(
                "ConflictText",
                "You deleted {item} here, but it was changed on the server meanwhile, so it "
                "is back with those changes. Delete it again, or keep it.",
            ).format(item=item)
        return QCoreApplication.translate(
            "ConflictText",
            "You changed {item} here, but it was deleted on the server meanwhile, so it is "
            "deleted here too. Bring it back with your changes, or let it go.",
        ).format(item=item)
    return QCoreApplication.translate(
        "ConflictText",
        "You changed the {field} of {item} here, and someone changed it to something else "
        "on the server meanwhile. Until you choose, this computer shows the server's value.",
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
            QCoreApplication.translate("ConflictText", "Keep mine"),
            QCoreApplication.translate("ConflictText", "Take theirs"),
            QCoreApplication.translate(
                "ConflictText", "Your {field} of {item} is kept; it is sent with the next sync."
            ).format(field=field, item=item),
            QCoreApplication.translate(
                "ConflictText", "The server's {field} of {item} is kept."
            ).format(field=field, item=item),
        )
    if info.kind == "rejected" and info.theirs is None:
        return Choices(
            QCoreApplication.translate("ConflictText", "Send it again"),
            QCoreApplication.translate("ConflictText", "Let it go"),
            QCoreApplication.translate(
                "ConflictText", "Your change to {item} is kept; it is sent with the next sync."
            ).format(item=item),
            QCoreApplication.translate(
                "ConflictText", "Your refused change to {item} is let go."
            ).format(item=item),
        )
    if is_deleted(info.mine):
        return Choices(
            QCoreApplication.translate("ConflictText", "Delete it again"),
            QCoreApplication.translate("ConflictText", "Keep it"),
            QCoreApplication.translate(
                "ConflictText", "{item} is deleted again; it is sent with the next sync."
            ).format(item=big),
            QCoreApplication.translate(
                "ConflictText", "{item} is kept with the server's changes."
            ).format(item=big),
        )
    if is_deleted(info.theirs):
        return Choices(
            QCoreApplication.translate("ConflictText", "Bring it back"),
            QCoreApplication.translate("ConflictText", "Leave it deleted"),
            QCoreApplication.translate(
                "ConflictText",
                "{item} is brought back with your changes; it is sent with the next sync.",
            ).format(item=big),
            QCoreApplication.translate("ConflictText", "{item} stays deleted.").format(item=big),
        )
    return Choices(
        QCoreApplication.translate("ConflictText", "Keep mine"),
        QCoreApplication.translate("ConflictText", "Take theirs"),
        QCoreApplication.translate(
            "ConflictText", "Your version of {item} is kept; it is sent with the next sync."
        ).format(item=item),
        QCoreApplication.translate(
            "ConflictText", "The server's version of {item} is kept."
        ).format(item=item),
    )


def edited_done(info: ConflictInfo, value: Any, lookup: Lookup | None = None) -> str:
    shown = show_value(info.entity, info.field, value, lookup)
    return QCoreApplication.translate(
        "ConflictText", "The {field} of {item} is now {value}; it is sent with the next sync."
    ).format(field=field_name(info.field), item=thing(info), value=shown)


# -- values ----------------------------------------------------------------------


def show_value(entity: str, field: str, value: Any, lookup: Lookup | None = None) -> str:
    """A field's value as an instructor reads it."""
    if value is None or value == "" or value == [] or value == ():
        return QCoreApplication.translate("ConflictText", "(empty)")
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
        return QCoreApplication.translate("ConflictText", "a place in the outline")
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
        return name or QCoreApplication.translate("ConflictText", "another {what}").format(
            what=LABELS.get(target, target)
        )
    if field == "duration_minutes":
        return QCoreApplication.translate("ConflictText", "{n} minutes").format(n=value)
    if field == "score" and isinstance(value, int | float):
        return f"{value:g}"
    if field == "capacity":
        return QCoreApplication.translate("ConflictText", "{n} seats").format(n=value)
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
