"""The full-text index of students (``students_fts``, made by migration 0003).

It is an FTS5 external-content table with the trigram tokenizer: it indexes the
given name, family name and email of each student by rowid, and triggers on
``students`` keep it in step with every insert, update and delete. Bulk loads that
bypass the ORM (the demo generator) pause the triggers and rebuild the index once
at the end, which is much faster than updating it row by row. Imports and sync
pages that add many students inside a transaction use
:func:`insert_students_indexed_once`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

STUDENT_FTS = "students_fts"


def has_student_search(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (STUDENT_FTS,)
    ).fetchone()
    return row is not None


def rebuild_student_search(conn: sqlite3.Connection) -> None:
    """Index every student again from the ``students`` table."""
    if has_student_search(conn):
        conn.execute(f"INSERT INTO {STUDENT_FTS}({STUDENT_FTS}) VALUES ('rebuild')")


@contextmanager
def student_search_paused(conn: sqlite3.Connection, *, rebuild: bool = True) -> Iterator[None]:
    """Drop the index triggers for a bulk load; put them back and rebuild after it.

    ``conn`` must not be inside a transaction when entering or leaving. With
    ``rebuild=False`` the caller rebuilds the index itself (inside its load).
    """
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'students' "
        "AND name LIKE ? ORDER BY name",
        (f"{STUDENT_FTS}%",),
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # put the triggers back outside the failed load
            conn.execute("ROLLBACK")
        raise
    finally:
        for _name, sql in triggers:
            conn.execute(sql)
        if rebuild:
            rebuild_student_search(conn)


def insert_students_indexed_once(conn: Connection, insert: Callable[[], object]) -> None:
    """Run ``insert()`` (which adds rows to ``students``) with the index's insert
    trigger set aside, then index the new rows with one ``INSERT ... SELECT``.

    The trigger costs tens of microseconds per student; one statement for all the
    new rows is several times faster. Everything happens in the caller's
    transaction: should it fail, the rollback brings the trigger back too.
    """
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (f"{STUDENT_FTS}_insert",),
    ).first()
    if found is None:
        insert()
        return
    name, trigger_sql = found
    last = conn.exec_driver_sql('SELECT coalesce(max(rowid), 0) FROM "students"').scalar()
    conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    insert()
    conn.exec_driver_sql(trigger_sql)
    # New rows get rowids above the largest one before (no row had them).
    conn.exec_driver_sql(
        f"INSERT INTO {STUDENT_FTS}(rowid, given_name, family_name, email) "
        'SELECT rowid, given_name, family_name, email FROM "students" WHERE rowid > ?',
        (last,),
    )
