"""The change feed (paged pull with tombstones) and snapshots (full reconcile).

A page holds the rows changed after ``since`` in version order, plus the parents of
those rows that the client may not have yet (so it can store every page on its own
without breaking a foreign key), plus the instructors the rows name. See
docs/sync.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, DateTime, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.models import TagList
from ..sync.fields import ENTITY_ORDER, ENTITY_RANK, PARENTS, SYNC_FIELDS, to_wire, wire_row
from ..sync.protocol import MAX_PAGE
from .db import Database
from .models import (
    MODEL_BY_ENTITY,
    SYNCED,
    Account,
    Course,
    CourseInstructor,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    ServerState,
    Student,
    Synced,
)
from .security import Caller
from .writer import taught_ids, visible

_CHUNK = 500

#: A row of a synced table with its entity name (Core rows carry no class).
Item = tuple[str, Any]


class Gone(Exception):
    """The client's cursor is older than the server can answer change by change."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def change_of(row: Synced) -> dict[str, Any]:
    """A change from an ORM row."""
    entity = row.__entity__
    return {
        "entity": entity,
        "id": row.id,
        "version": row.version,
        "deleted": row.deleted_at is not None,
        "deleted_at": _iso(row.deleted_at),
        "updated_at": _iso(row.updated_at),
        "fields": wire_row(entity, row),
    }


def _iso_or_none(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


@functools.cache
def _shape(
    entity: str,
) -> tuple[int, int, int, int, tuple[tuple[str, int, Callable[[Any], Any] | None], ...]]:
    """Where each column sits in a Core row of ``select(table)``, and how each synced
    field turns into its wire form (dates and times as ISO text, tags as a list;
    None: as it is)."""
    table = MODEL_BY_ENTITY[entity].__table__  # type: ignore[attr-defined]
    keys = list(table.columns.keys())
    fields = tuple(
        (name, keys.index(name), _wire_converter(table.c[name].type))
        for name in SYNC_FIELDS[entity]
    )
    return (
        keys.index("id"),
        keys.index("version"),
        keys.index("deleted_at"),
        keys.index("updated_at"),
        fields,
    )


def _wire_converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, Date | DateTime):
        return _iso_or_none
    if isinstance(column_type, TagList):
        return to_wire
    return None


@functools.cache
def _parents_of(entity: str) -> tuple[tuple[str, int, bool], ...]:
    """For each parent a row names: the parent's entity, where its id sits in a Core
    row, and whether it is sent even when older than the cursor (an enrollment's
    student)."""
    return tuple(
        (parent, _column_at(entity, field), entity == "enrollment" and parent == "student")
        for field, parent in PARENTS[entity].items()
    )


@functools.cache
def _column_at(entity: str, name: str) -> int:
    table = MODEL_BY_ENTITY[entity].__table__  # type: ignore[attr-defined]
    return list(table.columns.keys()).index(name)


@functools.cache
def _fields_of(
    entity: str,
) -> tuple[Callable[[Any], tuple[Any, ...]], tuple[str, ...], tuple[tuple[int, Any], ...]]:
    """The synced fields of a Core row in one C-level call, their names, and which of
    them (by place) need turning into their wire form."""
    fields = _shape(entity)[4]
    # Every synced entity has several fields, so the getter returns a tuple.
    getter: Callable[[Any], tuple[Any, ...]] = operator.itemgetter(
        *(at for _name, at, _convert in fields)
    )
    names = tuple(name for name, _at, _convert in fields)
    converts = tuple((i, c) for i, (_n, _a, c) in enumerate(fields) if c is not None)
    return getter, names, converts


def _change(entity: str, row: Any) -> dict[str, Any]:
    """A change from a Core row of ``select(table)`` of a synced table."""
    id_at, version_at, deleted_at, updated_at, _fields = _shape(entity)
    getter, names, converts = _fields_of(entity)
    values = list(getter(row))
    for i, convert in converts:
        values[i] = convert(values[i])
    deleted = row[deleted_at]
    updated = row[updated_at]
    return {
        "entity": entity,
        "id": row[id_at],
        "version": row[version_at],
        "deleted": deleted is not None,
        "deleted_at": None if deleted is None else deleted.isoformat(),
        "updated_at": None if updated is None else updated.isoformat(),
        "fields": dict(zip(names, values, strict=True)),
    }


def _readable(model: type[Synced], taught: list[str], instructor_id: str) -> Any:
    """The rows of ``model`` the caller can see (as ``writer.visible``), given the
    courses they teach: parent rows are looked up by key for each row, so nothing
    is gathered up front."""
    if model is Course:
        return Course.id.in_(taught)
    if model in (CourseInstructor, Module, Enrollment):
        return model.course_id.in_(taught)
    if model is Lesson:
        return exists().where(Module.id == Lesson.module_id, Module.course_id.in_(taught))
    if model is LessonProgress:
        return exists().where(
            Enrollment.id == LessonProgress.enrollment_id, Enrollment.course_id.in_(taught)
        )
    if model is Student:
        return or_(
            Student.created_by == instructor_id,
            exists().where(Enrollment.student_id == Student.id, Enrollment.course_id.in_(taught)),
        )
    raise AssertionError(model)


def check_limit(limit: Any) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError(f"The page size is a number from 1 to {MAX_PAGE:,}.", "limit")
    return limit


def changes_page(db: Database, caller: Caller, since: int, limit: int) -> dict[str, Any]:
    check_limit(limit)
    if since < 0:
        raise ValidationError("The cursor cannot be negative.", "since")
    with db.read() as session:
        state = session.get(ServerState, 1)
        seq, horizon = (state.seq, state.horizon) if state else (0, 0)
        if since < horizon:
            raise Gone(
                "Your copy is older than the changes this server keeps; "
                "it will be refreshed from a full copy."
            )
        if since > seq:
            raise Gone(
                "Your copy knows changes this server does not have (was it restored "
                "from a backup?); it will be refreshed from a full copy."
            )
        if _granted_since(session, caller.id, since):
            raise Gone(
                "You were added to or removed from a course's teachers; "
                "your copy will be refreshed from a full copy."
            )
        # First the versions only (cheap), to find where this page ends; then exactly
        # the rows up to there.
        # Once limit + 1 versions are known, later tables only need smaller ones.
        conn = session.connection()
        taught = sorted(session.scalars(taught_ids(caller.id)))
        versions: list[int] = []
        for model in SYNCED:
            stmt = select(model.version).where(
                model.version > since, _readable(model, taught, caller.id)
            )
            if len(versions) > limit:
                stmt = stmt.where(model.version < versions[limit])
            versions.extend(
                conn.execute(stmt.order_by(model.version).limit(limit + 1)).scalars().all()
            )
            versions.sort()
        more = len(versions) > limit
        cursor = versions[limit - 1] if more else seq
        page: list[Item] = []
        if versions:
            for model in SYNCED:
                table = model.__table__  # type: ignore[attr-defined]
                page.extend(
                    (model.__entity__, row)
                    for row in conn.execute(
                        select(table).where(
                            model.version > since,
                            model.version <= cursor,
                            _readable(model, taught, caller.id),
                        )
                    ).all()
                )
        rows = _with_parents(session, page, since, caller.id)
        return {
            "instructor_id": caller.id,
            "changes": [_change(e, r) for e, r in rows],
            "count": len(rows),
            "instructors": _instructors(session, rows),
            "cursor": cursor,
            "more": more,
        }


def _granted_since(session: Session, instructor_id: str, since: int) -> bool:
    """Whether this instructor became (or stopped being) a co-instructor of a course
    that existed before ``since``: its older rows are not in the feed for them."""
    if since == 0:
        return False
    found = session.scalar(
        select(CourseInstructor.id)
        .join(Course, Course.id == CourseInstructor.course_id)
        .where(
            CourseInstructor.instructor_id == instructor_id,
            CourseInstructor.version > since,
            Course.owner_id != instructor_id,
            Course.created_version <= since,
        )
        .limit(1)
    )
    return found is not None


def _with_parents(session: Session, page: list[Item], since: int, instructor_id: str) -> list[Item]:
    """The page plus the parents the client may lack, parents first.

    The student of an enrollment is sent even when older than ``since`` (a new
    enrollment can make a student visible), unless the caller added that student:
    then the client has had it since it was made."""
    conn = session.connection()
    have = {(entity, row[_column_at(entity, "id")]) for entity, row in page}
    out = list(page)
    todo = list(page)
    while todo:
        wanted: dict[str, set[str]] = {}
        always: dict[str, set[str]] = {}
        for entity, row in todo:
            for parent, at, target_always in _parents_of(entity):
                parent_id = row[at]
                if (parent, parent_id) in have:
                    continue
                # A new enrollment can make an old student visible: always send it.
                target = always if target_always else wanted
                target.setdefault(parent, set()).add(parent_id)
        todo = []
        for group, newer_only in ((wanted, True), (always, False)):
            for entity, ids in group.items():
                model = MODEL_BY_ENTITY[entity]
                table = model.__table__  # type: ignore[attr-defined]
                id_list = sorted(ids)
                for start in range(0, len(id_list), _CHUNK):
                    stmt = select(table).where(model.id.in_(id_list[start : start + _CHUNK]))
                    if newer_only:
                        stmt = stmt.where(model.version > since)
                    for parent_row in conn.execute(stmt).all():
                        key = (entity, parent_row.id)
                        if (
                            not newer_only
                            and parent_row.version <= since
                            and parent_row.created_by == instructor_id
                        ):
                            continue
                        if key not in have:
                            have.add(key)
                            out.append((entity, parent_row))
                            todo.append((entity, parent_row))
    out.sort(key=lambda item: (ENTITY_RANK[item[0]], item[1][_column_at(item[0], "version")]))
    return out


def _instructors(session: Session, rows: list[Item]) -> list[dict[str, str]]:
    ids: set[str] = set()
    for entity, row in rows:
        if entity == "course":
            ids.add(row.owner_id)
        elif entity == "course_instructor":
            ids.add(row.instructor_id)
    if not ids:
        return []
    accounts = session.scalars(select(Account).where(Account.id.in_(sorted(ids))))
    return [{"id": a.id, "username": a.username, "display_name": a.display_name} for a in accounts]


def snapshot_page(
    db: Database, caller: Caller, after: str | None, limit: int, as_of: int | None
) -> dict[str, Any]:
    """Every row the caller can see (tombstones too), by entity then id."""
    check_limit(limit)
    rank, after_id = 0, ""
    if after:
        entity, _, after_id = after.partition(":")
        if entity not in ENTITY_RANK or not after_id:
            raise ValidationError("This page link is not valid; start again.", "after")
        rank = ENTITY_RANK[entity]
    with db.read() as session:
        state = session.get(ServerState, 1)
        seq = state.seq if state else 0
        start_as_of = seq if as_of is None else as_of
        rows: list[Item] = []
        next_token = None
        for entity in ENTITY_ORDER[rank:]:
            model = MODEL_BY_ENTITY[entity]
            table = model.__table__  # type: ignore[attr-defined]
            stmt = select(table).where(visible(model, caller.id))
            if entity == ENTITY_ORDER[rank] and after_id:
                stmt = stmt.where(model.id > after_id)
            batch = session.connection().execute(stmt.order_by(model.id).limit(limit - len(rows)))
            rows.extend((entity, row) for row in batch)
            if len(rows) >= limit:
                next_token = f"{entity}:{rows[-1][1].id}"
                break
        # Rows made after the snapshot began may name parents of an entity the client
        # has already paged past: send those parents along.
        full = _with_parents(session, rows, start_as_of, caller.id)
        return {
            "instructor_id": caller.id,
            "as_of": seq,
            "rows": [_change(e, r) for e, r in full],
            "count": len(full),
            "instructors": _instructors(session, full),
            "next": next_token,
        }


def purge_tombstones(db: Database, older_than: dt.datetime) -> dict[str, int]:
    """Delete rows tombstoned before ``older_than`` (and what hangs under them) for
    good. Clients whose cursor is older than now must then reconcile (410)."""
    counts: dict[str, int] = {}
    with db.write() as session:
        state = session.scalars(
            select(ServerState).where(ServerState.id == 1).with_for_update()
        ).one()
        for model in reversed(SYNCED):
            result = session.execute(
                delete(model)
                .where(model.deleted_at.is_not(None), model.deleted_at < older_than)
                .execution_options(synchronize_session=False)
            )
            counts[model.__entity__] = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if any(counts.values()):
            # Every client synced before now may hold tombstones the server has
            # forgotten: all of them reconcile once (410), then carry on from here.
            state.seq += 1
            state.horizon = state.seq
        counts["horizon"] = state.horizon
    return counts


def server_seq(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.max(ServerState.seq))) or 0)
