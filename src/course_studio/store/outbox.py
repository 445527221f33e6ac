"""Record every local change to a synced row as an outbox op, in the same flush.

Services never write the outbox themselves: a ``before_flush`` hook looks at what the
session is about to write and adds one op per changed row. Changes applied from the
server run with ``session.info["remote"] = True`` and are not recorded.

The same hook collects which kinds of data changed, so the store can tell its
listeners once the transaction has committed (:class:`Changes`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from ..domain.models import (
    ActivityEntry,
    Course,
    CourseInstructor,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    OutboxOp,
    SavedFilter,
    Student,
    SyncConflict,
    SyncedMixin,
)

REMOTE = "remote"
_CHANGES = "changes"


@dataclass(frozen=True, slots=True)
class Changes:
    """What a committed transaction touched; listeners refresh what they show."""

    courses: bool = False
    outline: bool = False
    students: bool = False
    enrollments: bool = False
    progress: bool = False
    outbox: bool = False
    conflicts: bool = False
    filters: bool = False
    activity: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{
                f.name: getattr(self, f.name) or getattr(other, f.name)
                for f in dataclasses.fields(self)
            }
        )

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))


_FLAG_BY_TYPE: dict[type[Any], str] = {
    Course: "courses",
    CourseInstructor: "courses",
    Module: "outline",
    Lesson: "outline",
    Student: "students",
    Enrollment: "enrollments",
    LessonProgress: "progress",
    OutboxOp: "outbox",
    SyncConflict: "conflicts",
    SavedFilter: "filters",
    ActivityEntry: "activity",
}


def to_wire(value: Any) -> Any:
    """A field value as JSON-ready data (dates as ISO text, tags as a list)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def synced_fields(row: SyncedMixin) -> dict[str, Any]:
    return {name: to_wire(getattr(row, name)) for name in row.__sync_fields__}


def _changed_fields(row: SyncedMixin) -> dict[str, Any]:
    state = inspect(row)
    changed: dict[str, Any] = {}
    for name in row.__sync_fields__:
        history = state.attrs[name].history
        if history.has_changes():
            changed[name] = to_wire(getattr(row, name))
    return changed


def _apply_defaults(row: SyncedMixin) -> None:
    """Fill Python-side column defaults now: the op must carry the values the row
    will have (SQLAlchemy applies them only at INSERT time)."""
    for column in inspect(type(row)).columns:
        default = column.default
        key = column.key
        if default is None or getattr(row, key) is not None:
            continue
        if default.is_scalar:
            setattr(row, key, default.arg)
        elif default.is_callable:
            setattr(row, key, default.arg(None))


def note_change(session: Session, flag: str) -> None:
    """Mark a kind of data as changed by this transaction (for writes the ORM
    does not see, such as bulk UPDATEs)."""
    session.info.setdefault(_CHANGES, set()).add(flag)


def take_changes(session: Session) -> Changes:
    flags: set[str] = session.info.pop(_CHANGES, set())
    return Changes(**dict.fromkeys(flags, True))


def _record(session: Session, row: SyncedMixin, kind: str, fields: dict[str, Any]) -> None:
    base = inspect(row).attrs.server_version.history
    base_version = base.deleted[0] if base.deleted else row.server_version
    session.add(
        OutboxOp(
            entity=row.__entity__,
            row_id=row.id,
            kind=kind,
            fields=json.dumps(fields, separators=(",", ":")),
            base_version=base_version,
        )
    )
    row.dirty = True
    note_change(session, "outbox")


def before_flush(session: Session, _context: Any, _instances: Any) -> None:
    remote = bool(session.info.get(REMOTE))
    for obj in session.new:
        flag = _FLAG_BY_TYPE.get(type(obj))
        if flag:
            note_change(session, flag)
        if isinstance(obj, SyncedMixin) and not remote:
            _apply_defaults(obj)
            _record(session, obj, "upsert", synced_fields(obj))
    for obj in session.dirty:
        flag = _FLAG_BY_TYPE.get(type(obj))
        if flag and session.is_modified(obj, include_collections=False):
            note_change(session, flag)
        if not isinstance(obj, SyncedMixin) or remote:
            continue
        deleted = inspect(obj).attrs.deleted_at.history
        if deleted.has_changes():
            if obj.deleted_at is not None:
                _record(session, obj, "delete", {})
            else:  # restored from the Trash: send the whole row again
                _record(session, obj, "upsert", synced_fields(obj))
            continue
        fields = _changed_fields(obj)
        if fields:
            _record(session, obj, "upsert", fields)
    for obj in session.deleted:
        flag = _FLAG_BY_TYPE.get(type(obj))
        if flag:
            note_change(session, flag)


def install(session_class: type[Session] | Any) -> None:
    event.listen(session_class, "before_flush", before_flush)
