"""Instructors known to this data dir, and which one is "me"."""

from __future__ import annotations

import builtins
import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError, msg
from ..domain.ids import new_id
from ..domain.models import Instructor, Setting
from ..domain.records import InstructorRecord
from ..store import Store
from .base import Service, load

ME_KEY = "current_instructor_id"


def _record(row: Instructor) -> InstructorRecord:
    return InstructorRecord(
        id=row.id, username=row.username, display_name=row.display_name, email=row.email
    )


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else None


def put_setting(session: Session, key: str, value: str | None) -> None:
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def ensure_me(store: Store, username: str | None = None) -> str:
    """The id of this data dir's instructor, created on first use from the OS user."""
    with store.write() as session:
        current = get_setting(session, ME_KEY)
        if current and session.get(Instructor, current) is not None:
            return current
        name = username or _os_user()
        row = session.scalar(select(Instructor).where(Instructor.username == name))
        if row is None:
            row = Instructor(
                id=new_id(), username=name, display_name=name.replace(".", " ").title()
            )
            session.add(row)
            session.flush()
        put_setting(session, ME_KEY, row.id)
        return row.id


def _os_user() -> str:
    try:
        return getpass.getuser() or "instructor"
    except Exception:  # no user name in this environment (some containers)
        return "instructor"


class InstructorService(Service):
    def me_record(self) -> InstructorRecord:
        with self._store.read() as session:
            return _record(load(session, Instructor, self.me, "instructor"))

    def get(self, instructor_id: str) -> InstructorRecord:
        with self._store.read() as session:
            return _record(load(session, Instructor, instructor_id, "instructor"))

    def list(self) -> builtins.list[InstructorRecord]:
        with self._store.read() as session:
            rows = session.scalars(select(Instructor).order_by(Instructor.display_name)).all()
            return [_record(r) for r in rows]

    def create(
        self, *, username: str, display_name: str, email: str | None = None
    ) -> InstructorRecord:
        name = (username or "").strip()
        if not name:
            raise ValidationError("A user name is required.", "username")
        shown = " ".join((display_name or "").split())
        if not shown:
            raise ValidationError("A display name is required.", "display_name")
        with self._store.write() as session:
            if session.scalar(select(Instructor).where(Instructor.username == name)):
                raise ValidationError(msg("The user name {name} is taken.", name=name), "username")
            row = Instructor(id=new_id(), username=name, display_name=shown, email=email)
            session.add(row)
            session.flush()
            return _record(row)

    def update_me(self, *, display_name: str) -> InstructorRecord:
        shown = " ".join((display_name or "").split())
        if not shown:
            raise ValidationError("A display name is required.", "display_name")
        with self._store.write() as session:
            row = load(session, Instructor, self.me, "instructor")
            row.display_name = shown
            session.flush()
            return _record(row)
