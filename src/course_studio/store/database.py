"""The local store: one SQLite file per data dir, opened with WAL, foreign keys and a
busy timeout, migrated to the newest schema at start-up."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from . import outbox
from .outbox import Changes
from .paths import database_path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook below emit BEGIN itself (pysqlite's own
    # transaction handling defers BEGIN and breaks SAVEPOINTs).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        pool_size=8,
        max_overflow=8,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


ChangeListener = Callable[[Changes], None]


class Store:
    """Engine, sessions and change notification for one data dir."""

    def __init__(self, data_dir: Path, *, migrate: bool = True) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = database_path(data_dir)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        outbox.install(self._sessions)
        self._listeners: list[ChangeListener] = []
        self._lock = threading.Lock()
        if migrate:
            from .migrate import upgrade_to_head

            upgrade_to_head(self.engine)

    # -- units of work ---------------------------------------------------------

    @contextmanager
    def write(self, *, remote: bool = False) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any error.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so two writers wait for
        each other (busy timeout) instead of failing half-way.
        """
        session = self._sessions()
        if remote:
            session.info[outbox.REMOTE] = True
        try:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            outbox.take_changes(session)
            raise
        finally:
            changes = outbox.take_changes(session)
            session.close()
        if changes.any():
            self._emit(changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (a deferred transaction that is rolled back)."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    # -- change notification ---------------------------------------------------

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, changes: Changes) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a broken listener must not undo a committed write
                log.exception("change listener failed")

    def notify(self, changes: Changes) -> None:
        """Tell listeners about writes made outside :meth:`write` (bulk loads)."""
        self._emit(changes)

    # -- maintenance -----------------------------------------------------------

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())

    def close(self) -> None:
        self.engine.dispose()
