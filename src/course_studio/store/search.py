"""The full-text index of students (``students_fts``, made by migration 0003).

It is an FTS5 external-content table with the trigram tokenizer: it indexes the
given name, family name and email of each student by rowid, and triggers on
``students`` keep it in step with every insert, update and delete. Bulk loads that
bypass the ORM (the demo generator) pause the triggers and rebuild the index once
at the end, which is much faster than updating it row by row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

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
