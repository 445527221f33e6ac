"""Storing what the server sent: pulled pages, push answers, snapshot leftovers.

All of it runs inside ``Store.write(remote=True)`` (nothing here is recorded in the
outbox) and uses Core statements, so a page of thousands of rows is a few
``executemany`` calls. Rows with local changes not yet pushed are merged field by
field against ``synced_base`` (docs/sync.md, "Merging on the client").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import to_json
from sqlalchemy import DateTime, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ..domain.models import (
    MODEL_BY_ENTITY,
    Instructor,
    Module,
    OutboxOp,
    SyncConflict,
)
from ..services.derived import refresh_course, refresh_enrollments, refresh_enrollments_grouped
from ..store.outbox import note_change
from ..store.search import insert_students_indexed_once
from .fields import ENTITY_ORDER, PARENTS, SYNC_FIELDS, from_wire, same, to_wire
from .protocol import Change, InstructorInfo

_CHUNK = 500
DELETED = "_deleted"

_FLAGS = {
    "course": "courses",
    "course_instructor": "courses",
    "module": "outline",
    "lesson": "outline",
    "student": "students",
    "enrollment": "enrollments",
    "lesson_progress": "progress",
}


def table_of(entity: str) -> Table:
    table: Table = MODEL_BY_ENTITY[entity].__table__  # type: ignore[attr-defined]
    return table


_ENCODER = json.JSONEncoder(separators=(",", ":"), sort_keys=True)


def dumps(value: Any) -> str:
    """Compact JSON with sorted keys (one encoder for every call: it is made once)."""
    return _ENCODER.encode(value)


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


@dataclass
class Pending:
    """A row's local changes still in the outbox."""

    fields: set[str] = field(default_factory=set)
    delete: bool = False


@dataclass
class Applied:
    """What storing a page did."""

    rows: int = 0
    conflicts: int = 0
    courses: set[str] = field(default_factory=set)
    enrollments: set[str] = field(default_factory=set)


def pending_for(session: Session, entity: str, ids: Iterable[str]) -> dict[str, Pending]:
    out: dict[str, Pending] = {}
    id_list = list(ids)
    for start in range(0, len(id_list), _CHUNK):
        for row_id, kind, fields in session.execute(
            select(OutboxOp.row_id, OutboxOp.kind, OutboxOp.fields).where(
                OutboxOp.entity == entity, OutboxOp.row_id.in_(id_list[start : start + _CHUNK])
            )
        ):
            item = out.setdefault(row_id, Pending())
            if kind == "delete":
                item.delete = True
            else:
                item.fields.update(json.loads(fields))
    return out


def record_conflict(
    session: Session,
    *,
    entity: str,
    row_id: str,
    field_name: str,
    kind: str,
    mine: Any,
    theirs: Any,
    base: Any = None,
    version: int | None = None,
    detail: str | None = None,
    now: dt.datetime,
) -> None:
    """Keep a conflict (one open record per row and field; a newer one updates it)."""
    existing = session.scalar(
        select(SyncConflict).where(
            SyncConflict.entity == entity,
            SyncConflict.row_id == row_id,
            SyncConflict.field == field_name,
            SyncConflict.resolved_at.is_(None),
        )
    )
    if existing is None:
        existing = SyncConflict(entity=entity, row_id=row_id, field=field_name, created_at=now)
        session.add(existing)
    existing.kind = kind
    existing.mine = dumps(mine)
    existing.theirs = dumps(theirs)
    existing.base = dumps(base)
    existing.server_version = version
    existing.detail = detail
    session.flush()
    note_change(session, "conflicts")


def strip_pending(session: Session, entity: str, row_id: str, names: set[str] | None) -> None:
    """Drop fields (``None``: everything) from a row's pending ops."""
    ops = session.execute(
        select(OutboxOp.seq, OutboxOp.kind, OutboxOp.fields).where(
            OutboxOp.entity == entity, OutboxOp.row_id == row_id
        )
    ).all()
    for seq, kind, fields in ops:
        if names is None:
            session.execute(delete(OutboxOp).where(OutboxOp.seq == seq))
            continue
        if kind != "upsert":
            continue
        data = json.loads(fields)
        kept = {k: v for k, v in data.items() if k not in names}
        if not kept:
            session.execute(delete(OutboxOp).where(OutboxOp.seq == seq))
        elif len(kept) != len(data):
            session.execute(update(OutboxOp).where(OutboxOp.seq == seq).values(fields=dumps(kept)))
    note_change(session, "outbox")


def still_dirty(session: Session, entity: str, row_ids: Iterable[str]) -> None:
    """Set ``dirty`` to whether each row still has ops in the outbox."""
    table = table_of(entity)
    ids = list(dict.fromkeys(row_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        waiting = set(
            session.scalars(
                select(OutboxOp.row_id).where(OutboxOp.entity == entity, OutboxOp.row_id.in_(chunk))
            )
        )
        for value, group in ((True, waiting), (False, set(chunk) - waiting)):
            if group:
                session.execute(
                    update(table).where(table.c.id.in_(sorted(group))).values(dirty=value)
                )


def upsert_instructors(session: Session, people: Sequence[InstructorInfo]) -> None:
    if not people:
        return
    known = {
        row.id: row
        for row in session.execute(
            select(Instructor.id, Instructor.username, Instructor.display_name).where(
                Instructor.id.in_([p.id for p in people])
            )
        )
    }
    for person in people:
        clash = session.scalar(
            select(Instructor.id).where(
                Instructor.username == person.username, Instructor.id != person.id
            )
        )
        if clash is not None:  # a local-only account with the same name steps aside
            session.execute(
                update(Instructor)
                .where(Instructor.id == clash)
                .values(username=f"{person.username}~{clash[:8]}")
            )
        row = known.get(person.id)
        if row is None:
            session.execute(
                insert(Instructor).values(
                    id=person.id, username=person.username, display_name=person.display_name
                )
            )
        elif (row.username, row.display_name) != (person.username, person.display_name):
            session.execute(
                update(Instructor)
                .where(Instructor.id == person.id)
                .values(username=person.username, display_name=person.display_name)
            )


def _values(entity: str, change: Change, fields: Mapping[str, Any]) -> dict[str, Any]:
    out = {name: from_wire(entity, name, fields.get(name)) for name in SYNC_FIELDS[entity]}
    if entity == "course":
        out["updated_at"] = _time(change.updated_at) or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return out


def _base(change: Change) -> str:
    """The server's row as JSON, kept as the base of a later three-way merge (only
    ever read back, never compared as text: pydantic-core's encoder is several
    times faster than ``dumps`` and needs no sorted keys)."""
    fields = {**change.fields, DELETED: change.deleted}
    return to_json(fields, inf_nan_mode="constants").decode()


def apply_changes(
    session: Session,
    changes: Sequence[Change],
    instructors: Sequence[InstructorInfo],
    now: dt.datetime,
) -> Applied:
    """Store one page (parents first) and refresh what derives from it."""
    result = Applied()
    if len(changes) >= _BIG_PAGE:
        _grow_page_cache(session)
    upsert_instructors(session, instructors)
    by_entity: dict[str, list[Change]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, []).append(change)
    for entity in ENTITY_ORDER:
        items = by_entity.get(entity)
        if items:
            _apply_entity(session, entity, items, now, result)
            note_change(session, _FLAGS[entity])
    if result.courses:
        for course_id in sorted(result.courses):
            refresh_course(session, course_id)
    if result.enrollments:
        refresh_enrollments_grouped(session, sorted(result.enrollments))
    return result


#: A page at least this big may touch more of the file than SQLite caches by default.
_BIG_PAGE = 1_000
#: The page cache of a connection that stores big pages, in KiB (SQLite's default is
#: 2 MiB). Inserting tens of thousands of rows into tables with several indexes
#: touches pages all over them; with the default cache most of that time goes to
#: reading pages again. The memory is only taken as pages are actually used.
_PAGE_CACHE_KIB = 128 * 1024


def _grow_page_cache(session: Session) -> None:
    conn = session.connection()
    size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    # A negative size is in KiB (as SQLite's default); a size in pages is left alone.
    if isinstance(size, int) and size < 0 and -size < _PAGE_CACHE_KIB:
        conn.exec_driver_sql(f"PRAGMA cache_size = -{_PAGE_CACHE_KIB}")


def _apply_entity(
    session: Session, entity: str, items: list[Change], now: dt.datetime, result: Applied
) -> None:
    """Store one entity's rows of a page.

    Most rows are new here, or have no local change waiting: they are written with
    one ``executemany`` of plain DB-API values (no per-row SQLAlchemy work). Rows with
    pending local changes are read in full and merged field by field.
    """
    table = table_of(entity)
    items = list({c.id: c for c in items}.values())  # the newest of duplicates wins below
    # The local version of every row of the page, in one statement: the ids go in as
    # one JSON array (SQLite's json_each), not as thousands of bound parameters.
    found = session.connection().exec_driver_sql(
        f'SELECT "id", "server_version" FROM "{table.name}" '
        'WHERE "id" IN (SELECT value FROM json_each(?))',
        (to_json([c.id for c in items]).decode(),),
    )
    known: dict[str, int | None] = {row[0]: row[1] for row in found}
    # Already have this version (a page sent again, a parent sent early): skip.
    wanted = [c for c in items if (known.get(c.id) or 0) < c.version or c.id not in known]
    if not wanted:
        return
    existing = [c.id for c in wanted if c.id in known]
    pending = pending_for(session, entity, existing) if existing else {}
    plain = _Writer(session, entity)
    merged: list[Change] = []
    for change in wanted:
        if change.id in pending:
            merged.append(change)
        elif change.id in known:
            plain.update(change)
        else:
            plain.insert(change)
        _note_derived(session, entity, change, result)
    plain.flush()
    result.rows += len(wanted)
    if merged:
        _apply_merged(session, entity, merged, pending, now, result)


class _Writer:
    """Rows of one entity written as the server sent them, with ``executemany`` of
    DB-API values converted straight from the wire form."""

    def __init__(self, session: Session, entity: str) -> None:
        self._session = session
        self._entity = entity
        table = table_of(entity)
        names = SYNC_FIELDS[entity]
        self._convert = [_converter(table, entity, n) for n in names]
        self._time = _converter(table, entity, "deleted_at")
        self._names = names
        extra: tuple[str, ...] = ()
        if entity == "course":
            extra = ("updated_at", "created_at")
        elif entity == "enrollment":
            extra = ("progress", "last_activity_at")
        columns = (*names, "server_version", "synced_base", "deleted_at", "dirty", *extra)
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        self._insert_sql = f'INSERT INTO "{table.name}" ({quoted}, "id") VALUES ({marks})'
        updated = (*columns[: len(names) + 4], *(("updated_at",) if entity == "course" else ()))
        sets = ", ".join(f'"{c}" = ?' for c in updated)
        self._update_sql = f'UPDATE "{table.name}" SET {sets} WHERE "id" = ?'
        self._inserts: list[tuple[Any, ...]] = []
        self._updates: list[tuple[Any, ...]] = []

    def _row(self, change: Change) -> list[Any]:
        fields = change.fields
        row = [
            convert(fields.get(name))
            for name, convert in zip(self._names, self._convert, strict=True)
        ]
        row.append(change.version)
        row.append(_base(change))
        row.append(self._time(change.deleted_at) if change.deleted else None)
        row.append(0)  # dirty: nothing waits in the outbox for this row
        return row

    def _updated_at(self, change: Change) -> Any:
        return self._time(change.updated_at or _now_wire())

    def insert(self, change: Change) -> None:
        row = self._row(change)
        if self._entity == "course":
            updated = self._updated_at(change)
            row += [updated, updated]
        elif self._entity == "enrollment":
            row += [0.0, None]
        row.append(change.id)
        self._inserts.append(tuple(row))

    def update(self, change: Change) -> None:
        row = self._row(change)
        if self._entity == "course":
            row.append(self._updated_at(change))
        row.append(change.id)
        self._updates.append(tuple(row))

    def flush(self) -> None:
        conn = self._session.connection()
        if self._inserts:
            if self._entity == "student" and len(self._inserts) >= _BULK_STUDENTS:
                sql, rows = self._insert_sql, self._inserts
                insert_students_indexed_once(conn, lambda: conn.exec_driver_sql(sql, rows))
            else:
                conn.exec_driver_sql(self._insert_sql, self._inserts)
        if self._updates:
            conn.exec_driver_sql(self._update_sql, self._updates)
        self._inserts = []
        self._updates = []


#: From this many new students on, a page indexes them for search in one statement.
_BULK_STUDENTS = 200


def _now_wire() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat()


_CONVERTERS: dict[tuple[str, str], Callable[[Any], Any]] = {}


def _converter(table: Table, entity: str, name: str) -> Callable[[Any], Any]:
    """Wire value -> the DB-API value the column stores (what SQLAlchemy would bind)."""
    key = (entity, name)
    found = _CONVERTERS.get(key)
    if found is not None:
        return found
    from sqlalchemy.dialects import sqlite

    column = table.c[name]
    bind = column.type.bind_processor(sqlite.dialect())
    if isinstance(column.type, DateTime) and bind is not None:
        slow = bind

        def convert(value: Any) -> Any:
            # ISO text from the server ("2026-09-01T10:00:00[.123456]") is turned into
            # the stored form ("2026-09-01 10:00:00.123456") without a datetime.
            if value is None:
                return None
            if isinstance(value, str) and value[10:11] == "T":
                if len(value) == 19:
                    return f"{value[:10]} {value[11:]}.000000"
                if len(value) == 26 and value[19] == ".":
                    return f"{value[:10]} {value[11:]}"
            return slow(_parse_time(value))

    elif bind is None and name not in _NEEDS_PYTHON:
        convert = _identity
    else:
        processor = bind or _identity

        def convert(value: Any) -> Any:
            python = from_wire(entity, name, value)
            return None if python is None else processor(python)

    _CONVERTERS[key] = convert
    return convert


#: Fields whose wire form differs from the Python value (from_wire changes them).
_NEEDS_PYTHON = {"tags", "score", "start_date", "end_date"}


def _identity(value: Any) -> Any:
    return value


def _parse_time(value: Any) -> Any:
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def _apply_merged(
    session: Session,
    entity: str,
    items: list[Change],
    pending: dict[str, Pending],
    now: dt.datetime,
    result: Applied,
) -> None:
    """Rows with local changes waiting: three-way merge against ``synced_base``."""
    table = table_of(entity)
    names = SYNC_FIELDS[entity]
    columns = [table.c.id, table.c.server_version, table.c.synced_base, table.c.deleted_at]
    columns += [table.c[name] for name in names]
    ids = [c.id for c in items]
    local: dict[str, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        for row in session.execute(
            select(*columns).where(table.c.id.in_(ids[start : start + _CHUNK]))
        ):
            local[row.id] = row
    updates: list[dict[str, Any]] = []
    for change in items:
        mine = local[change.id]
        values = _values(entity, change, change.fields)
        values.update(
            server_version=change.version,
            synced_base=_base(change),
            deleted_at=_time(change.deleted_at) if change.deleted else None,
            dirty=True,
        )
        result.conflicts += _merge(session, entity, mine, change, pending[change.id], values, now)
        values["_id"] = change.id
        updates.append(values)
    keys = [k for k in updates[0] if k != "_id"]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({k: bindparam(f"v_{k}") for k in keys})
    )
    session.execute(stmt, [{"_id": u["_id"], **{f"v_{k}": u[k] for k in keys}} for u in updates])
    still_dirty(session, entity, ids)


def _note_derived(session: Session, entity: str, change: Change, result: Applied) -> None:
    """Note what to refresh. An enrollment's own fields do not change its derived
    columns (a new one starts at 0 % with no activity, as it has no progress rows)."""
    fields = change.fields
    if entity == "module":
        result.courses.add(str(fields["course_id"]))
    elif entity == "lesson":
        course_id = session.scalar(select(Module.course_id).where(Module.id == fields["module_id"]))
        if course_id is not None:
            result.courses.add(course_id)
    elif entity == "lesson_progress":
        result.enrollments.add(str(fields["enrollment_id"]))


def _merge(
    session: Session,
    entity: str,
    mine: Any,
    change: Change,
    waiting: Pending,
    values: dict[str, Any],
    now: dt.datetime,
) -> int:
    """Three-way merge of a row with pending local changes; ``values`` (the server's
    row) is adjusted in place to what the row becomes. Returns new conflicts."""
    base: dict[str, Any] = json.loads(mine.synced_base) if mine.synced_base else {}
    base_deleted = bool(base.get(DELETED, False))
    names = SYNC_FIELDS[entity]
    local = {name: to_wire(getattr(mine, name)) for name in names}
    conflicts = 0
    if change.deleted and not base_deleted and waiting.fields and not waiting.delete:
        # Edited here, deleted there: the deletion stands, the edit is kept aside.
        record_conflict(
            session,
            entity=entity,
            row_id=change.id,
            field_name="*",
            kind="delete",
            mine={k: local[k] for k in sorted(waiting.fields) if k in local},
            theirs={"deleted": True},
            version=change.version,
            now=now,
        )
        strip_pending(session, entity, change.id, None)
        return 1
    if waiting.delete and not change.deleted:
        changed = {
            name: change.fields.get(name)
            for name in names
            if name in base and not same(entity, name, change.fields.get(name), base[name])
        }
        if changed or base_deleted:
            # Deleted here, edited there: the edited row stays, the deletion is kept aside.
            record_conflict(
                session,
                entity=entity,
                row_id=change.id,
                field_name="*",
                kind="delete",
                mine={"deleted": True},
                theirs=changed,
                version=change.version,
                now=now,
            )
            strip_pending(session, entity, change.id, None)
            return 1
        values["deleted_at"] = mine.deleted_at  # still deleted here; the push sends it
    if change.deleted and waiting.delete:
        return 0
    stripped: set[str] = set()
    for name in names:
        if name not in waiting.fields:
            continue
        theirs = change.fields.get(name)
        if name not in base or not same(entity, name, theirs, base[name]):
            if not same(entity, name, local[name], theirs):
                record_conflict(
                    session,
                    entity=entity,
                    row_id=change.id,
                    field_name=name,
                    kind="edit",
                    mine=local[name],
                    theirs=theirs,
                    base=base.get(name),
                    version=change.version,
                    now=now,
                )
                conflicts += 1
            stripped.add(name)
            continue
        values[name] = getattr(mine, name)  # only changed here: keep mine, it will be pushed
    if stripped:
        strip_pending(session, entity, change.id, stripped)
    return conflicts


def put_row(session: Session, change: Change, now: dt.datetime) -> None:
    """Make one local row equal the server's (used after a refused or conflicting
    push); inserts it when it is gone here."""
    entity = change.entity
    table = table_of(entity)
    values = _values(entity, change, change.fields)
    values.update(
        server_version=change.version,
        synced_base=_base(change),
        deleted_at=_time(change.deleted_at) if change.deleted else None,
    )
    exists = session.scalar(select(table.c.id).where(table.c.id == change.id))
    if exists is None:
        values.update(id=change.id, dirty=False)
        if entity == "course":
            values["created_at"] = values["updated_at"]
        if entity == "enrollment":
            values.update(progress=0.0, last_activity_at=None)
        session.execute(insert(table).values(values))
    else:
        session.execute(update(table).where(table.c.id == change.id).values(values))
    note_change(session, _FLAGS[entity])
    result = Applied()
    _note_derived(session, entity, change, result)
    for course_id in result.courses:
        refresh_course(session, course_id)
    if result.enrollments:
        refresh_enrollments(session, result.enrollments)


def refresh_for(session: Session, entity: str, row_ids: Iterable[str]) -> None:
    """Refresh the derived enrollment columns after rows changed here."""
    ids = sorted(set(row_ids))
    if not ids or entity not in ("module", "lesson", "lesson_progress"):
        return  # an enrollment's own fields do not change its derived columns
    table = table_of(entity)
    if entity == "module":
        courses = set(session.scalars(select(table.c.course_id).where(table.c.id.in_(ids))))
    elif entity == "lesson":
        courses = set(
            session.scalars(
                select(Module.course_id).where(
                    Module.id.in_(select(table.c.module_id).where(table.c.id.in_(ids)))
                )
            )
        )
    else:
        courses = set()
        enrollments: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            enrollments.update(
                session.scalars(
                    select(table.c.enrollment_id).where(table.c.id.in_(ids[start : start + _CHUNK]))
                )
            )
        refresh_enrollments(session, sorted(enrollments))
    for course_id in sorted(courses):
        refresh_course(session, course_id)


def remove_rows(session: Session, doomed: dict[str, set[str]], now: dt.datetime) -> int:
    """Delete rows the server no longer has (with the rows under them), keeping any
    pending local change of theirs as a conflict. Returns conflicts recorded."""
    # Everything under a removed row goes too (foreign keys cascade): find it first.
    for entity in ENTITY_ORDER:
        table = table_of(entity)
        for column, parent in PARENTS[entity].items():
            parents = sorted(doomed.get(parent, ()))
            for start in range(0, len(parents), _CHUNK):
                doomed.setdefault(entity, set()).update(
                    session.scalars(
                        select(table.c.id).where(
                            table.c[column].in_(parents[start : start + _CHUNK])
                        )
                    )
                )
    conflicts = 0
    for entity in reversed(ENTITY_ORDER):
        ids = sorted(doomed.get(entity, ()))
        if not ids:
            continue
        waiting = pending_for(session, entity, ids)
        table = table_of(entity)
        for row_id, item in waiting.items():
            row = session.execute(select(table).where(table.c.id == row_id)).first()
            if row is None:
                continue
            mine = {k: to_wire(getattr(row, k)) for k in sorted(item.fields)}
            record_conflict(
                session,
                entity=entity,
                row_id=row_id,
                field_name="*",
                kind="delete",
                mine=mine if item.fields else {"deleted": True},
                theirs={"deleted": True},
                now=now,
            )
            strip_pending(session, entity, row_id, None)
            conflicts += 1
        for start in range(0, len(ids), _CHUNK):
            session.execute(delete(table).where(table.c.id.in_(ids[start : start + _CHUNK])))
        note_change(session, _FLAGS[entity])
    return conflicts
