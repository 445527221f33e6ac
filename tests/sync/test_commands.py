"""The headless ``course-studio sync`` command, the server's command line, and where
the app keeps its token."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

import course_studio
from course_studio.cli import main
from course_studio.server import cli as server_cli
from course_studio.server.db import Database
from course_studio.sync import TokenStore
from course_studio.sync.tokens import NO_KEYRING
from tests.livestack import LiveServer
from tests.sync.helpers import assert_replica


def test_sync_command_prints_what_moved(
    server: LiveServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ada = server.account("ada")
    data = tmp_path / "laptop"
    with course_studio.open_studio(data, username="laptop") as studio:
        studio.courses.create(code="CLI1", title="Synced from a script")
    monkeypatch.delenv("COURSE_STUDIO_TOKEN", raising=False)
    monkeypatch.setattr("course_studio.sync.tokens.keyring.get_keyring", lambda: _Null())
    assert main(["sync", "--data-dir", str(data), "--server", server.url]) == 1
    assert "no token" in capsys.readouterr().err
    monkeypatch.setenv("COURSE_STUDIO_TOKEN", ada.token)
    assert main(["sync", "--data-dir", str(data), "--server", server.url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Synced: sent 2 changes") and "pushed 2" in out
    with course_studio.open_studio(data) as studio:
        assert_replica(studio, server, ada)
    monkeypatch.setenv("COURSE_STUDIO_TOKEN", "not-a-token")
    assert main(["sync", "--data-dir", str(data), "--server", server.url]) == 1
    assert "not valid" in capsys.readouterr().err


def test_sync_command_signs_in(
    server: LiveServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with server.db.write() as session:
        from course_studio.server.security import create_account

        create_account(session, username="signs-in", password="long password 1")
    monkeypatch.delenv("COURSE_STUDIO_TOKEN", raising=False)
    backend = _Memory()
    monkeypatch.setattr("course_studio.sync.tokens.keyring.get_keyring", lambda: backend)
    monkeypatch.setattr("sys.stdin", io.StringIO("long password 1\n"))
    data = str(tmp_path / "d")
    args = ["sync", "--data-dir", data, "--server", server.url, "--sign-in", "signs-in"]
    assert main(args) == 0
    assert backend.store[("course-studio", server.url)]
    capsys.readouterr()
    assert main(["sync", "--data-dir", data, "--server", server.url]) == 0  # from the keyring
    assert "pulled 0" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(args) == 1
    assert "wrong" in capsys.readouterr().err


class _Null(KeyringBackend):
    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("must not be asked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be asked")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("must not be asked")


_Null.__module__ = "keyring.backends.fail"


class _Memory(KeyringBackend):
    """Stands in for an OS keyring, which a container does not have."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_token_store_uses_the_keyring_and_says_when_there_is_none() -> None:
    backend = _Memory()
    tokens = TokenStore(backend)
    assert tokens.persistent and tokens.reason is None
    tokens.save("https://s.example/", "t1")
    assert backend.store[("course-studio", "https://s.example")] == "t1"
    assert TokenStore(backend).load("https://s.example") == "t1"
    tokens.forget("https://s.example")
    assert TokenStore(backend).load("https://s.example") is None
    bare = TokenStore(_Null())
    assert not bare.persistent and bare.reason == NO_KEYRING and bare.backend_name == "memory"
    bare.save("https://s.example", "t2")
    assert bare.load("https://s.example") == "t2"


def test_this_machine_has_no_keyring_and_the_store_says_so() -> None:
    """The real keyring lookup, in a fresh process (containers have no keyring)."""
    import subprocess
    import sys

    code = (
        "from course_studio.sync import TokenStore\n"
        "t = TokenStore()\n"
        "t.save('https://x.example', 'tok')\n"
        "print(t.persistent, t.load('https://x.example'), t.reason)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    if out.startswith("True"):
        pytest.skip("this machine has a keyring")
    assert out.strip() == f"False tok {NO_KEYRING}"


def test_server_add_instructor_reads_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'srv.sqlite3'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert server_cli.main(["add-instructor", "grace", "--admin", "--db", url]) == 0
    assert "Added administrator grace" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert server_cli.main(["add-instructor", "alan", "--db", url]) == 1
    assert "at least 8 characters" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert server_cli.main(["add-instructor", "grace", "--db", url]) == 1
    assert "is taken" in capsys.readouterr().err
    db = Database(url)
    from sqlalchemy import select

    from course_studio.server.models import Account
    from course_studio.server.security import sign_in

    with db.write() as session:
        assert session.scalars(select(Account.username)).all() == ["grace"]
        token, lifetime = sign_in(session, "grace", "a long password", db.clock())
        assert token and lifetime > 0
    db.dispose()
    assert server_cli.main(["purge-tombstones", "--older-than-days", "30", "--db", url]) == 0
    assert "Deleted 0 rows" in capsys.readouterr().out
    assert server_cli.main(["purge-tombstones", "--older-than-days", "0", "--db", url]) == 2


def test_server_schema_matches_its_migrations(server: LiveServer) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from course_studio.server.db import current_revision, head_revision
    from course_studio.server.models import ServerBase

    assert current_revision(server.db.engine) == head_revision()
    with server.db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, ServerBase.metadata) == []
