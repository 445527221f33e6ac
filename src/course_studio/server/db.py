"""The server's database: SQLite by default, PostgreSQL (psycopg 3) for a department.

Write transactions serialise on the one ``server_state`` row (``FOR UPDATE`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so versions are handed out in commit
order and a reader never sees version N+1 without N. Reads of the change feed run in
one snapshot (``REPEATABLE READ`` on PostgreSQL; one transaction on SQLite).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ..domain.models import utcnow
from .models import ServerState

MIGRATIONS = Path(__file__).with_name("migrations")
ENV_DB = "COURSE_STUDIO_SERVER_DB"
BUSY_TIMEOUT_MS = 30_000


def default_url() -> str:
    path = Path(platformdirs.user_data_dir("CourseStudioServer", "CourseStudio"))
    path.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path / 'server.sqlite3'}"


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            pool_size=16,
            max_overflow=16,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)
    raise ValueError(
        f"The server runs on SQLite or PostgreSQL; '{parsed.get_backend_name()}' is neither."
    )


def alembic_config(connection: Any = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class Database:
    """Engine and units of work of the server."""

    def __init__(self, url: str, *, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        self.clock = clock
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        """Bring the schema to the newest revision (run at start)."""
        if current_revision(self.engine) != head_revision():
            with self.engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
        with self.write() as session:
            if session.get(ServerState, 1) is None:
                session.add(ServerState(id=1, seq=0, horizon=0))

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            if self.dialect == "sqlite":
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One consistent snapshot for several queries."""
        session = self._sessions()
        try:
            if self.dialect == "postgresql":
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


class Versions:
    """Hands out versions inside one write transaction.

    The first call locks the state row; the counter is written back on flush.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._state: ServerState | None = None

    def next(self) -> int:
        if self._state is None:
            self._state = self._session.scalars(
                select(ServerState).where(ServerState.id == 1).with_for_update()
            ).one()
        self._state.seq += 1
        return self._state.seq

    def current(self) -> int:
        if self._state is not None:
            return self._state.seq
        state = self._session.get(ServerState, 1)
        return state.seq if state else 0
