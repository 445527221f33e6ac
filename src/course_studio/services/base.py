"""What every service shares: the store, who is acting, and the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import messages
from ..domain.errors import NotFound, PermissionDenied, ValidationError, msg
from ..domain.models import Base, Course, CourseInstructor, Instructor, SyncedMixin, utcnow
from ..domain.progress import DEFAULT_AT_RISK_DAYS
from ..store import Store

T = TypeVar("T", bound=Base)


@dataclass
class ServiceContext:
    store: Store
    #: The instructor using this data dir ("me").
    instructor_id: str
    #: Wall clock for timestamps and at-risk; tests pass a fixed one.
    clock: Callable[[], dt.datetime] = field(default=utcnow)
    at_risk_days: int = DEFAULT_AT_RISK_DAYS


class Service:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._store = ctx.store

    @property
    def me(self) -> str:
        return self._ctx.instructor_id

    def _now(self) -> dt.datetime:
        return self._ctx.clock()


def load(session: Session, model: type[T], row_id: object, what: str) -> T:
    """A live row by id, or NotFound with a sentence naming what was looked for.

    Rows in the Trash (``deleted_at`` set) count as not found.
    """
    if not isinstance(row_id, str):
        raise NotFound(msg("There is no {what} with id {row_id!r}.", what=what, row_id=row_id))
    row = session.get(model, row_id)
    if row is None or (isinstance(row, SyncedMixin) and row.deleted_at is not None):
        raise NotFound(messages.gone(what))
    return row


def reject_unknown(changes: dict[str, object], allowed: frozenset[str], what: str) -> None:
    for name in changes:
        if name not in allowed:
            raise ValidationError(messages.no_such_field(what, name), name)


def teaches(session: Session, course: Course, instructor_id: str) -> bool:
    if course.owner_id == instructor_id:
        return True
    link = session.scalar(
        select(CourseInstructor.id).where(
            CourseInstructor.course_id == course.id,
            CourseInstructor.instructor_id == instructor_id,
            CourseInstructor.deleted_at.is_(None),
        )
    )
    return link is not None


def require_teacher(session: Session, course: Course, instructor_id: str, what: str) -> None:
    """Only the owner or a co-instructor may change a course (or its ``what``)."""
    if not teaches(session, course, instructor_id):
        raise PermissionDenied(messages.not_teacher(course.code, what))


def require_owner(session: Session, course: Course, instructor_id: str, verb: str) -> None:
    if course.owner_id != instructor_id:
        owner = session.get(Instructor, course.owner_id)
        name = owner.display_name if owner else "its owner"
        raise PermissionDenied(messages.only_owner(name, course.code, verb))
