"""A real Course Studio server on a loopback port, on SQLite or on PostgreSQL, for
the server and sync tests.

PostgreSQL needs ``COURSE_STUDIO_TEST_PG_URL`` (scripts/run-tests.sh starts a
throwaway cluster and sets it); each server gets a database of its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy.engine import make_url

from course_studio.domain.ids import new_id
from course_studio.server.app import create_app
from course_studio.server.db import Database
from course_studio.server.models import Account as ServerAccount
from course_studio.server.security import hash_password, issue_token

PG_ENV = "COURSE_STUDIO_TEST_PG_URL"
PASSWORD = "correct horse battery"
BACKENDS = ["sqlite", "postgresql"]
_names = itertools.count(1)


@functools.cache
def _password_hash() -> str:
    return hash_password(PASSWORD)


@functools.cache
def shared_transport() -> httpx.HTTPTransport:
    """One real transport for the fault wrappers (making one loads the CA store)."""
    return httpx.HTTPTransport()


def require_backend(backend: str) -> None:
    if backend == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(
            f"PostgreSQL tests need {PG_ENV}; scripts/run-tests.sh (make test) starts a "
            "throwaway cluster and sets it when the PostgreSQL server programs are installed"
        )


def _pg_admin(sql: str) -> None:
    import psycopg

    admin = make_url(os.environ[PG_ENV])
    with psycopg.connect(
        host=admin.host,
        port=admin.port,
        user=admin.username,
        dbname=admin.database,
        autocommit=True,
    ) as conn:
        conn.execute(sql.encode())


class ServerClock:
    """The server's clock; tests move it (``clock.now += timedelta(days=3)``)."""

    def __init__(self) -> None:
        self.now: dt.datetime | None = None

    def __call__(self) -> dt.datetime:
        if self.now is not None:
            return self.now
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class Account:
    id: str
    username: str
    token: str


class LiveServer:
    """create_app() on uvicorn in a thread, on a free loopback port."""

    def __init__(self, backend: str, tmp: Path) -> None:
        self.backend = backend
        self._pg_name: str | None = None
        if backend == "postgresql":
            self._pg_name = f"cs_test_{uuid.uuid4().hex[:12]}"
            _pg_admin(f'CREATE DATABASE "{self._pg_name}"')
            url = make_url(os.environ[PG_ENV]).set(database=self._pg_name)
            self.db_url = url.render_as_string(hide_password=False)
        else:
            self.db_url = f"sqlite:///{tmp / 'server.sqlite3'}"
        self.clock = ServerClock()
        self.db = Database(self.db_url, clock=self.clock)
        self.app = create_app(self.db)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    def account(self, prefix: str = "teacher", *, admin: bool = False) -> Account:
        """A new instructor with a token (argon2 is slow on purpose: the password hash
        is made once per test run, and the token is issued directly; signing in
        through the API has its own tests)."""
        username = f"{prefix}{next(_names)}-{uuid.uuid4().hex[:6]}"
        with self.db.write() as session:
            account = ServerAccount(
                id=new_id(),
                username=username,
                display_name=prefix.title(),
                password_hash=_password_hash(),
                is_admin=admin,
            )
            session.add(account)
            session.flush()
            token = issue_token(session, account.id, self.clock())
            return Account(account.id, username, token)

    def client(self, account: Account | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {account.token}"} if account else {}
        return httpx.Client(base_url=self.api, headers=headers, timeout=30)

    def seq(self) -> int:
        from course_studio.server.feed import server_seq

        return server_seq(self.db)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=20)
        self.db.dispose()
        if self._pg_name:
            _pg_admin(f'DROP DATABASE IF EXISTS "{self._pg_name}" WITH (FORCE)')


def live_server_fixture(request: Any, tmp_path_factory: Any) -> Any:
    backend = request.param
    require_backend(backend)
    server = LiveServer(backend, tmp_path_factory.mktemp(f"server-{backend}"))
    try:
        yield server
    finally:
        server.stop()


Teardown = Callable[[], None]
