"""Saved filters: named filter texts shown in the sidebar, in the order the
instructor arranged them, each with the number of rows it matches."""

from __future__ import annotations

import builtins
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import positions
from ..domain.errors import Duplicate, NotFound, QuerySyntaxError, ValidationError, msg
from ..domain.ids import new_id
from ..domain.models import SavedFilter
from ..domain.records import SavedFilterRecord
from ..query import Scope, normalise
from .base import Service
from .courses import CourseService
from .enrollment_query import EnrollmentQueryService

NAME_MAX = 80
SCOPES = tuple(s.value for s in Scope)


def _record(row: SavedFilter, **extra: Any) -> SavedFilterRecord:
    return SavedFilterRecord(
        id=row.id,
        name=row.name,
        scope=row.scope,
        text=row.text,
        position=row.position,
        created_at=row.created_at,
        **extra,
    )


def _check_name(value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError("The name of a saved filter must be text.", "name")
    name = " ".join(value.split())
    if not name:
        raise ValidationError("Give the saved filter a name.", "name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            msg("The name of a saved filter has at most {NAME_MAX} characters.", NAME_MAX=NAME_MAX),
            "name",
        )
    return name


def _check_scope(value: Any) -> str:
    if value not in SCOPES:
        raise ValidationError(
            msg(
                "A saved filter is for the list of courses or of enrollments (got {value!r}).",
                value=value,
            ),
            "scope",
        )
    return str(value)


def _check_text(value: Any, scope: str) -> str:
    """The canonical text; QuerySyntaxError (field "text") when it does not read."""
    if not isinstance(value, str):
        raise QuerySyntaxError("The filter must be text.", position=0, field="text")
    try:
        return normalise(value, Scope(scope))
    except QuerySyntaxError as exc:
        raise QuerySyntaxError(
            exc.message,
            position=exc.position,
            length=exc.length,
            suggestion=exc.suggestion,
            field="text",
        ) from None


class SavedFilterService(Service):
    def list(
        self, scope: str | None = None, *, counts: bool = False, mine_only: bool = False
    ) -> builtins.list[SavedFilterRecord]:
        """Saved filters in sidebar order: of one scope, or all (those of courses
        first). With ``counts`` each says how many rows it matches (``mine_only``:
        among my courses only)."""
        if scope is not None:
            _check_scope(scope)
        with self._store.read() as session:
            stmt = select(SavedFilter).order_by(
                SavedFilter.scope, SavedFilter.position, SavedFilter.id
            )
            if scope is not None:
                stmt = stmt.where(SavedFilter.scope == scope)
            rows = session.scalars(stmt).all()
            records = [_record(r) for r in rows]
        if not counts:
            return records
        return [self._counted(r, mine_only) for r in records]

    def get(self, filter_id: str) -> SavedFilterRecord:
        with self._store.read() as session:
            return _record(self._load(session, filter_id))

    def create(
        self, *, name: str, text: str, scope: str = Scope.COURSES.value, index: int | None = None
    ) -> SavedFilterRecord:
        """Save a filter; its text is stored in canonical form. ``index`` places it
        among the saved filters of its list (default: last)."""
        name = _check_name(name)
        scope = _check_scope(scope)
        canonical = _check_text(text, scope)
        with self._store.write() as session:
            self._check_free(session, name, None)
            ordered = self._positions(session, scope, None)
            at = len(ordered) if index is None else self._index(index)
            row = SavedFilter(
                id=new_id(),
                name=name,
                scope=scope,
                text=canonical,
                position=positions.key_for_index(ordered, at),
                created_at=self._now(),
            )
            session.add(row)
            session.flush()
            return _record(row)

    def rename(self, filter_id: str, name: str) -> SavedFilterRecord:
        return self.update(filter_id, name=name)

    def update(
        self,
        filter_id: str,
        *,
        name: str | None = None,
        text: str | None = None,
        scope: str | None = None,
    ) -> SavedFilterRecord:
        """Change the name, the text or the scope (the text must read in the scope)."""
        new_name = None if name is None else _check_name(name)
        with self._store.write() as session:
            row = self._load(session, filter_id)
            new_scope = row.scope if scope is None else _check_scope(scope)
            new_text = _check_text(row.text if text is None else text, new_scope)
            if new_name is not None and new_name != row.name:
                self._check_free(session, new_name, row.id)
                row.name = new_name
            if new_scope != row.scope:  # last in the other list
                ordered = self._positions(session, new_scope, row.id)
                row.position = positions.key_for_index(ordered, len(ordered))
            row.scope = new_scope
            row.text = new_text
            session.flush()
            return _record(row)

    def reorder(self, filter_id: str, index: int) -> SavedFilterRecord:
        """Move a saved filter to ``index`` among those of its list (0 = first)."""
        at = self._index(index)
        with self._store.write() as session:
            row = self._load(session, filter_id)
            ordered = self._positions(session, row.scope, row.id)
            row.position = positions.key_for_index(ordered, at)
            session.flush()
            return _record(row)

    def delete(self, filter_id: str) -> SavedFilterRecord:
        with self._store.write() as session:
            row = self._load(session, filter_id)
            record = _record(row)
            session.delete(row)
            session.flush()
            return record

    # -- helpers -----------------------------------------------------------------------

    def _counted(self, record: SavedFilterRecord, mine_only: bool) -> SavedFilterRecord:
        try:
            if record.scope == Scope.ENROLLMENTS.value:
                count = EnrollmentQueryService(self._ctx).count(record.text, mine_only=mine_only)
            else:
                count = CourseService(self._ctx).count(record.text, mine_only=mine_only)
        except QuerySyntaxError as exc:  # saved by an older version, say
            return _record_with(record, problem=exc.message)
        return _record_with(record, count=count)

    @staticmethod
    def _load(session: Session, filter_id: object) -> SavedFilter:
        row = session.get(SavedFilter, filter_id) if isinstance(filter_id, str) else None
        if row is None:
            raise NotFound("This saved filter no longer exists.")
        return row

    @staticmethod
    def _index(index: Any) -> int:
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValidationError("The place in the list is a whole number.", "index")
        return index

    @staticmethod
    def _positions(session: Session, scope: str, leaving_out: str | None) -> builtins.list[str]:
        """Positions of the saved filters of one list, in order."""
        stmt = (
            select(SavedFilter.position)
            .where(SavedFilter.scope == scope)
            .order_by(SavedFilter.position)
        )
        if leaving_out is not None:
            stmt = stmt.where(SavedFilter.id != leaving_out)
        return list(session.scalars(stmt))

    @staticmethod
    def _check_free(session: Session, name: str, filter_id: str | None) -> None:
        clash = session.scalar(
            select(SavedFilter.name).where(
                func.lower(SavedFilter.name) == name.lower(),
                SavedFilter.id != (filter_id or ""),
            )
        )
        if clash is not None:
            raise Duplicate(
                msg("A saved filter called “{clash}” already exists.", clash=clash), "name"
            )


def _record_with(record: SavedFilterRecord, **changes: Any) -> SavedFilterRecord:
    return replace(record, **changes)
