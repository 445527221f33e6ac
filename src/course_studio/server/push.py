"""Applying pushed ops: idempotent, field by field, never a silent overwrite.

Each op is answered ``applied``, ``duplicate`` (seen before: the first answer is
repeated), ``conflict`` (some fields were changed by another device after the
pusher's base version, or delete against edit; the server keeps its value) or
``rejected`` (a rule or a permission refuses it). Ops are recorded in
``applied_ops`` in the same transaction that applies them. The rules are in
docs/sync.md.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import messages, rules
from ..domain.errors import DomainError, Duplicate, NotFound, PermissionDenied, ValidationError
from ..domain.ids import is_id
from ..sync.fields import DEFAULTS, IMMUTABLE, LABELS, SYNC_FIELDS, check_fields
from ..sync.protocol import PushOp
from .db import Database
from .feed import change_of
from .models import (
    MODEL_BY_ENTITY,
    Account,
    AppliedOp,
    Course,
    CourseInstructor,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    Student,
    Synced,
)
from .security import Caller
from .writer import Writer

_CHUNK = 500


@dataclass
class Outcome:
    status: str
    version: int | None = None
    conflicts: list[str] = field(default_factory=list)
    row: Synced | None = None
    problem: dict[str, Any] | None = None


class _Conflict(Exception):
    def __init__(self, outcome: Outcome) -> None:
        self.outcome = outcome


def push(db: Database, caller: Caller, device: str, ops: list[PushOp]) -> list[dict[str, Any]]:
    """Apply a batch of ops in one transaction and answer each."""
    try:
        return _push(db, caller, device, ops, careful=False)
    except IntegrityError:
        # A database rule caught something the checks did not: redo the batch one
        # op at a time, each in its own savepoint, so only that op is refused.
        return _push(db, caller, device, ops, careful=True)


def _push(
    db: Database, caller: Caller, device: str, ops: list[PushOp], *, careful: bool
) -> list[dict[str, Any]]:
    with db.write() as session:
        writer = Writer(session, caller, device, db.clock())
        # Checks read rows the batch itself may have changed: the identity map has
        # them; the database is written once, at the end (a clash found then sends
        # the batch down the careful path).
        session.autoflush = careful
        seen = _recorded(session, [op.op_id for op in ops])
        _preload(writer, ops)
        results: list[dict[str, Any]] = []
        records: list[_Record] = []
        for op in ops:
            earlier = seen.get(op.op_id)
            if earlier is not None:
                results.append(_duplicate(writer, op, earlier))
                continue
            if careful:
                nested = session.begin_nested()
                try:
                    outcome = _apply(writer, op)
                    session.flush()
                    nested.commit()
                except (DomainError, IntegrityError) as exc:
                    nested.rollback()
                    outcome = _refused(exc)
            else:
                try:
                    outcome = _apply(writer, op)
                except DomainError as exc:
                    outcome = _refused(exc)
            if outcome.status == "rejected":
                outcome.row = _visible_row(writer, op)
            record = _Record(
                op_id=op.op_id,
                instructor_id=caller.id,
                device_id=device,
                entity=op.entity,
                row_id=op.row_id,
                status=outcome.status,
                version=outcome.version,
                conflicts=json.dumps(outcome.conflicts),
                problem=json.dumps(outcome.problem) if outcome.problem else None,
                created_at=writer.now,
            )
            records.append(record)
            seen[op.op_id] = record
            results.append(_answer(op, outcome))
        session.flush()
        if records:
            # Recorded in the same transaction, in one statement.
            session.execute(insert(AppliedOp), [dataclasses.asdict(r) for r in records])
        return results


@dataclass(slots=True)
class _Record:
    """An ``applied_ops`` row about to be written (or read back for a duplicate)."""

    op_id: str
    instructor_id: str
    device_id: str
    entity: str
    row_id: str
    status: str
    version: int | None
    conflicts: str
    problem: str | None
    created_at: Any


def _recorded(session: Session, op_ids: list[str]) -> dict[str, AppliedOp | _Record]:
    found: dict[str, AppliedOp | _Record] = {}
    unique = list(dict.fromkeys(op_ids))
    for start in range(0, len(unique), _CHUNK):
        for row in session.scalars(
            select(AppliedOp).where(AppliedOp.op_id.in_(unique[start : start + _CHUNK]))
        ):
            found[row.op_id] = row
    return found


def _preload(writer: Writer, ops: list[PushOp]) -> None:
    """Load the rows the ops name, and their courses, in a few queries."""
    session = writer.session
    by_entity: dict[str, set[str]] = {}
    for op in ops:
        by_entity.setdefault(op.entity, set()).add(op.row_id)
    for entity, ids in by_entity.items():
        model = MODEL_BY_ENTITY[entity]
        id_list = sorted(ids)
        for start in range(0, len(id_list), _CHUNK):
            writer.keep(
                session.scalars(select(model).where(model.id.in_(id_list[start : start + _CHUNK])))
            )
    writer.keep(session.scalars(select(Course).where(Course.id.in_(writer.taught))))


def _answer(op: PushOp, outcome: Outcome) -> dict[str, Any]:
    return {
        "op_id": op.op_id,
        "status": outcome.status,
        "version": outcome.version,
        "conflicts": outcome.conflicts,
        "row": change_of(outcome.row) if outcome.row is not None else None,
        "problem": outcome.problem,
    }


def _duplicate(writer: Writer, op: PushOp, earlier: AppliedOp | _Record) -> dict[str, Any]:
    row = None
    if earlier.instructor_id == writer.caller.id and earlier.status != "applied":
        model = MODEL_BY_ENTITY.get(earlier.entity)
        if model is not None:
            row = writer.get(model, earlier.row_id)
    return {
        "op_id": op.op_id,
        "status": "duplicate",
        "original": earlier.status,
        "version": earlier.version,
        "conflicts": json.loads(earlier.conflicts or "[]"),
        "row": change_of(row) if row is not None else None,
        "problem": json.loads(earlier.problem) if earlier.problem else None,
    }


def _visible_row(writer: Writer, op: PushOp) -> Synced | None:
    """The server's copy of a refused op's row, when the pusher may see it."""
    row = writer.get(MODEL_BY_ENTITY[op.entity], op.row_id)
    if row is None:
        return None
    try:
        if isinstance(row, Student):
            writer.student(row)
        else:
            writer.course_of(row)
    except DomainError:
        return None
    return row


def _refused(exc: Exception) -> Outcome:
    if isinstance(exc, DomainError):
        problem = {"title": exc.title, "detail": exc.message, "field": exc.field}
    else:
        problem = {
            "title": "Not saved",
            "detail": "The server could not store this change because it clashes with "
            "data it already has.",
            "field": None,
        }
    return Outcome("rejected", problem=problem)


def _apply(writer: Writer, op: PushOp) -> Outcome:
    model = MODEL_BY_ENTITY[op.entity]
    if not is_id(op.row_id):
        raise ValidationError(f"This is not a valid id (got {op.row_id!r}).", "id")
    row = writer.get(model, op.row_id)
    if op.kind == "delete":
        return _delete(writer, op, row)
    values = check_fields(op.entity, op.fields)
    if row is None:
        return _create(writer, op, model, values)
    try:
        return _update(writer, op, row, values)
    except _Conflict as conflict:
        return conflict.outcome


def _foreign(stamps: dict[str, list[Any]], key: str, base: int, device: str) -> bool:
    """Whether another device changed ``key`` after the pusher's base version."""
    stamp = stamps.get(key)
    return stamp is not None and int(stamp[0]) > base and stamp[1] != device


# -- create ----------------------------------------------------------------------


def _create(writer: Writer, op: PushOp, model: type[Synced], values: dict[str, Any]) -> Outcome:
    entity = op.entity
    for name in SYNC_FIELDS[entity]:
        if name not in values and name not in DEFAULTS[entity]:
            raise ValidationError(f"A new {LABELS[entity]} needs a value for '{name}'.", name)
    values = {**DEFAULTS[entity], **values}
    session = writer.session
    if entity == "course":
        if values["owner_id"] != writer.caller.id:
            raise PermissionDenied("You can only add courses that you own.", "owner_id")
    elif entity == "course_instructor":
        course = writer.course(values["course_id"], "course_id")
        writer.require_owner(course, "add co-instructors to")
        if writer.get(Account, values["instructor_id"]) is None:
            raise NotFound("There is no such instructor.", "instructor_id")
        if (values["role"] == "owner") != (values["instructor_id"] == course.owner_id):
            raise ValidationError("Only the owner of a course has the owner role.", "role")
        _unique(
            session,
            CourseInstructor,
            op.row_id,
            course_id=values["course_id"],
            instructor_id=values["instructor_id"],
            message="This instructor already teaches the course.",
            field="instructor_id",
        )
    elif entity == "module":
        writer.course(values["course_id"], "course_id")
    elif entity == "lesson":
        module = writer.get(Module, values["module_id"])
        if module is None:
            raise NotFound(messages.gone("module"), "module_id")
        writer.course(module.course_id, "module_id")
    elif entity == "student":
        values["created_by"] = writer.caller.id
    elif entity == "enrollment":
        course = writer.course(values["course_id"], "course_id")
        student = writer.get(Student, values["student_id"])
        if student is None:
            raise NotFound("This student is not in the directory.", "student_id")
        _unique(
            session,
            Enrollment,
            op.row_id,
            course_id=course.id,
            student_id=student.id,
            message=messages.already_enrolled(
                f"{student.given_name} {student.family_name}", course.code, "enrolled"
            ),
            field="student_id",
        )
    elif entity == "lesson_progress":
        enrollment = writer.get(Enrollment, values["enrollment_id"])
        if enrollment is None:
            raise NotFound(messages.gone("enrollment"), "enrollment_id")
        course = writer.course(enrollment.course_id, "enrollment_id")
        _same_course_lesson(writer, values["lesson_id"], course)
        _unique(
            session,
            LessonProgress,
            op.row_id,
            enrollment_id=enrollment.id,
            lesson_id=values["lesson_id"],
            message="This lesson already has a progress record for this student.",
            field="lesson_id",
        )
    row = writer.create(model, op.row_id, values)
    if isinstance(row, Course):
        writer.learned(row.id)
    return Outcome("applied", version=row.version)


def _unique(
    session: Session,
    model: type[Synced],
    row_id: str,
    *,
    message: str,
    field: str,
    **key: Any,
) -> None:
    stmt = select(model.id).where(model.id != row_id)
    for name, value in key.items():
        stmt = stmt.where(getattr(model, name) == value)
    if session.scalar(stmt) is not None:
        raise Duplicate(message, field)


def _same_course_lesson(writer: Writer, lesson_id: str, course: Course) -> None:
    lesson = writer.get(Lesson, lesson_id)
    module = writer.get(Module, lesson.module_id) if lesson else None
    if lesson is None or module is None:
        raise NotFound(messages.gone("lesson"), "lesson_id")
    if module.course_id != course.id:
        raise ValidationError(messages.lesson_not_in_course(course.code), "lesson_id")


# -- update ----------------------------------------------------------------------

_IMMUTABLE_MESSAGES = {
    "owner_id": "The owner of a course cannot be changed.",
    "course_id": "This cannot move to another course.",
    "instructor_id": "A teaching link cannot move to another instructor.",
    "student_id": "An enrollment cannot move to another student.",
    "enrollment_id": "A progress record cannot move to another enrollment.",
    "lesson_id": "A progress record cannot move to another lesson.",
}


def _update(writer: Writer, op: PushOp, row: Synced, values: dict[str, Any]) -> Outcome:
    entity = op.entity
    if isinstance(row, Student):
        writer.student(row)
        return _merge(writer, op, row, values, None)
    course = writer.course_of(row)
    for name in IMMUTABLE[entity] & values.keys():
        if values[name] != getattr(row, name):
            raise ValidationError(_IMMUTABLE_MESSAGES[name], name)
    if isinstance(row, Lesson) and values.get("module_id", row.module_id) != row.module_id:
        target = writer.get(Module, values["module_id"])
        if target is None or target.course_id != course.id:
            raise ValidationError("A lesson can only move within its own course.", "module_id")
    if isinstance(row, Course) and values.get("status", row.status) != row.status:
        writer.require_owner(course, "change the status of")
    if isinstance(row, CourseInstructor) and values.get("role", row.role) != row.role:
        raise ValidationError("Only the owner of a course has the owner role.", "role")
    return _merge(writer, op, row, values, course)


def _merge(
    writer: Writer, op: PushOp, row: Synced, values: dict[str, Any], course: Course | None
) -> Outcome:
    """Apply the fields nobody else changed since the pusher's base; keep the server's
    value (and answer conflict) for the others."""
    stamps = row.versions()
    base = op.base_version or 0
    revive = False
    if row.deleted_at is not None:
        if _foreign(stamps, "*", base, writer.device):
            # Edit against delete: the server keeps the deletion.
            raise _Conflict(Outcome("conflict", row.version, ["*"], row))
        if isinstance(row, Course) and course is not None:
            writer.require_owner(course, "restore")
        revive = True
    conflicts = [
        name
        for name, value in values.items()
        if _foreign(stamps, name, base, writer.device) and getattr(row, name) != value
    ]
    changes = {k: v for k, v in values.items() if k not in conflicts}
    if isinstance(row, Course):
        rules.check_dates(
            changes.get("start_date", row.start_date), changes.get("end_date", row.end_date)
        )
    writer.update(row, changes, revive=revive)
    if conflicts:
        return Outcome("conflict", row.version, conflicts, row)
    return Outcome("applied", row.version)


# -- delete ----------------------------------------------------------------------


def _delete(writer: Writer, op: PushOp, row: Synced | None) -> Outcome:
    if row is None:
        return Outcome("applied")  # never reached the server: nothing to delete
    if isinstance(row, Student):
        writer.student(row)
        course = None
    else:
        course = writer.course_of(row)
    if isinstance(row, Course) and course is not None:
        writer.require_owner(course, "delete")
    if isinstance(row, CourseInstructor) and course is not None:
        writer.require_owner(course, "remove co-instructors from")
        if row.instructor_id == course.owner_id:
            raise ValidationError("The owner of a course cannot be removed from it.")
    if row.deleted_at is not None:
        return Outcome("applied", row.version)
    stamps = row.versions()
    base = op.base_version or 0
    if any(_foreign(stamps, key, base, writer.device) for key in stamps):
        # Delete against edit: the server keeps the edited row.
        return Outcome("conflict", row.version, ["*"], row)
    writer.tombstone(row)
    return Outcome("applied", row.version)
