"""Fast writes for imports and restores: plain ``executemany`` inside the caller's
transaction, with the outbox ops the ORM hook (store/outbox.py) would have written.

The ORM unit of work costs tens of microseconds per object, too slow for a roster of
100,000 rows. These helpers write the same rows and the same outbox ops (one
``upsert`` per new row with all synced fields, one per changed row with the changed
fields and the row's ``server_version`` as the base) and mark the kinds of data
changed, so listeners and sync see no difference.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from ..domain.ids import new_id
from ..domain.models import (
    Base,
    Course,
    CourseInstructor,
    Enrollment,
    Instructor,
    Lesson,
    LessonProgress,
    Module,
    OutboxOp,
    Student,
    SyncedMixin,
    utcnow,
)
from ..store.outbox import REMOTE, note_change, to_wire

_FLAGS: dict[type[Any], str] = {
    Course: "courses",
    CourseInstructor: "courses",
    Instructor: "courses",
    Module: "outline",
    Lesson: "outline",
    Student: "students",
    Enrollment: "enrollments",
    LessonProgress: "progress",
}
_BATCH = 5_000


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _synced(model: type[Base]) -> type[SyncedMixin] | None:
    return model if issubclass(model, SyncedMixin) else None


def _op(entity: str, row_id: str, fields: Mapping[str, Any], base: int | None) -> dict[str, Any]:
    return {
        "op_id": new_id(),
        "entity": entity,
        "row_id": row_id,
        "kind": "upsert",
        "fields": json.dumps(fields, separators=(",", ":")),
        "base_version": base,
        "created_at": utcnow(),
    }


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert new rows (each a dict of every column) and record them in the outbox."""
    if not rows:
        return
    synced = _synced(model)
    remote = bool(session.info.get(REMOTE))
    ops: list[dict[str, Any]] = []
    if synced is not None:
        for row in rows:
            row.setdefault("server_version", None)
            row.setdefault("deleted_at", None)
            row.setdefault("synced_base", None)
            row["dirty"] = not remote
            if not remote:
                fields = {name: to_wire(row[name]) for name in synced.__sync_fields__}
                ops.append(_op(synced.__entity__, row["id"], fields, None))
    _executemany(session, _table(model), rows)
    _write_ops(session, ops)
    flag = _FLAGS.get(model)
    if flag:
        note_change(session, flag)


def update_rows(
    session: Session,
    model: type[Base],
    changes: Sequence[tuple[str, int | None, dict[str, Any]]],
    *,
    restored: bool = False,
) -> None:
    """Apply ``(row_id, server_version, {field: new value})`` changes.

    Each changed row gets one outbox op with the changed synced fields (all synced
    fields when ``restored``: a row brought back from the Trash is sent whole, as
    the ORM hook does). The caller passes the full row values when ``restored``.
    """
    if not changes:
        return
    synced = _synced(model)
    remote = bool(session.info.get(REMOTE))
    table = _table(model)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    ops: list[dict[str, Any]] = []
    for row_id, version, values in changes:
        params = dict(values)
        if synced is not None and not remote:
            params["dirty"] = True
            names = synced.__sync_fields__ if restored else tuple(values)
            fields = {n: to_wire(values[n]) for n in names if n in synced.__sync_fields__}
            if fields or restored:
                ops.append(_op(synced.__entity__, row_id, fields, version))
        key = tuple(sorted(params))
        params["_row_id"] = row_id
        groups.setdefault(key, []).append(params)
    for names, params_list in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_row_id"))
            .values({name: bindparam(name) for name in names})
        )
        for start in range(0, len(params_list), _BATCH):
            session.connection().execute(stmt, params_list[start : start + _BATCH])
    _write_ops(session, ops)
    flag = _FLAGS.get(model)
    if flag:
        note_change(session, flag)


def _write_ops(session: Session, ops: list[dict[str, Any]]) -> None:
    if not ops:
        return
    _executemany(session, _table(OutboxOp), ops)
    note_change(session, "outbox")


def _executemany(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT every row with the driver's executemany.

    Values go through each column type's own bind processor (so dates, timestamps
    and tag lists are stored exactly as the ORM stores them), skipping SQLAlchemy's
    per-row statement machinery, which costs more than the insert itself.
    """
    conn = session.connection()
    dialect = conn.dialect
    names = list(rows[0])
    if dialect.paramstyle != "qmark":
        for start in range(0, len(rows), _BATCH):
            conn.execute(table.insert(), list(rows[start : start + _BATCH]))
        return
    quote = dialect.identifier_preparer.quote
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    pairs = list(zip(names, processors, strict=True))
    for start in range(0, len(rows), _BATCH):
        batch = [
            tuple(row[n] if p is None else p(row[n]) for n, p in pairs)
            for row in rows[start : start + _BATCH]
        ]
        conn.exec_driver_sql(sql, batch)
