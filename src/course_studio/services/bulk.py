"""Fast writes for imports and restores: plain ``executemany`` inside the caller's
transaction, with the outbox ops the ORM hook (store/outbox.py) would have written.

The ORM unit of work costs tens of microseconds per object, too slow for a roster of
100,000 rows. These helpers write the same rows and the same outbox ops (one
``upsert`` per new row with all synced fields, one per changed row with the changed
fields and the row's ``server_version`` as the base) and mark the kinds of data
changed, so listeners and sync see no difference.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

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
from ..store.search import insert_students_indexed_once

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
#: From this many new students on, they are indexed for search in one statement.
_BULK_STUDENTS = 200


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _synced(model: type[Base]) -> type[SyncedMixin] | None:
    return model if issubclass(model, SyncedMixin) else None


class IdSource:
    """UUIDv7 row keys, made in batches: ``uuid6.uuid7()`` costs several microseconds
    an id, a noticeable share of a 100,000-row import.

    Layout (RFC 9562, UUIDv7 with a counter): 48-bit Unix time in ms, version 7, a
    12-bit counter in ``rand_a`` (when it wraps, the time moves on by 1 ms so keys
    keep increasing), the variant, and 62 random bits.
    """

    _BATCH = 4_096

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._last_ms = 0

    def __call__(self) -> str:
        if not self._ids:
            self._fill()
        return self._ids.pop()

    def _fill(self) -> None:
        ms = max(time.time_ns() // 1_000_000, self._last_ms + 1)
        self._last_ms = ms
        stamp = f"{ms:012x}"
        head = f"{stamp[:8]}-{stamp[8:]}-7"
        rnd = bytearray(os.urandom(8 * self._BATCH))
        # the variant (0b10) in the top two bits of each id's random part
        rnd[0::8] = bytes((b & 0x3F) | 0x80 for b in rnd[0::8])
        hexed = rnd.hex()
        batch = [
            f"{head}{i:03x}-{hexed[16 * i : 16 * i + 4]}-{hexed[16 * i + 4 : 16 * i + 16]}"
            for i in range(self._BATCH)
        ]
        batch.reverse()  # pop() hands them out in increasing order
        self._ids = batch


def _op(
    entity: str,
    row_id: str,
    fields: Mapping[str, Any],
    base: int | None,
    ids: IdSource,
    now: dt.datetime,
) -> dict[str, Any]:
    return {
        "op_id": ids(),
        "entity": entity,
        "row_id": row_id,
        "kind": "upsert",
        "fields": _dumps(fields),
        "base_version": base,
        "created_at": now,
    }


_dumps = json.JSONEncoder(separators=(",", ":")).encode


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert new rows (each a dict of every column) and record them in the outbox."""
    if not rows:
        return
    synced = _synced(model)
    remote = bool(session.info.get(REMOTE))
    ids, now = IdSource(), utcnow()
    ops: list[dict[str, Any]] = []
    if synced is not None:
        for row in rows:
            row.setdefault("server_version", None)
            row.setdefault("deleted_at", None)
            row.setdefault("synced_base", None)
            row["dirty"] = not remote
            if not remote:
                fields = {name: to_wire(row[name]) for name in synced.__sync_fields__}
                ops.append(_op(synced.__entity__, row["id"], fields, None, ids, now))
    table = _table(model)
    conn = session.connection()
    if model is Student and len(rows) >= _BULK_STUDENTS and conn.dialect.name == "sqlite":
        insert_students_indexed_once(conn, lambda: _executemany(session, table, rows))
    else:
        _executemany(session, table, rows)
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
    ids, now = IdSource(), utcnow()
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
                ops.append(_op(synced.__entity__, row_id, fields, version, ids, now))
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


@contextmanager
def large_cache(session: Session, mebibytes: int = 256) -> Iterator[None]:
    """A bigger SQLite page cache while a bulk write runs, put back afterwards.

    With the default 2 MB cache, the index pages of a table taking 100,000 new rows
    keep spilling to the WAL in the middle of the transaction.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{mebibytes * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


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
    # Most columns store the value as it is: take them all in one step and convert
    # only the few that need it.
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    values = operator.itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    for start in range(0, len(rows), _BATCH):
        if converted:
            batch: list[Any] = []
            for row in rows[start : start + _BATCH]:
                params = list(values(row))
                for i, p in converted:
                    params[i] = p(params[i])
                batch.append(tuple(params))
        else:
            batch = [values(row) for row in rows[start : start + _BATCH]]
        conn.exec_driver_sql(sql, batch)
