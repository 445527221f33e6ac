"""Fixtures shared by every test: a real store in a temp dir, a fixed clock."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import course_studio
from course_studio import DomainError, Studio

NOW = dt.datetime(2026, 10, 15, 12, 0)


class Clock:
    """A clock tests can move: ``clock.now += timedelta(days=3)``."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def studio(tmp_path: Path, clock: Clock) -> Iterator[Studio]:
    with course_studio.open_studio(tmp_path / "data", username="tester", clock=clock) as s:
        yield s


def dump(studio: Studio) -> list[str]:
    """Every row of every table, through a separate connection (committed data only)."""
    conn = sqlite3.connect(studio.store.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@contextmanager
def unchanged(studio: Studio) -> Iterator[None]:
    before = dump(studio)
    yield
    after = dump(studio)
    assert after == before, "the database changed although the call failed"


def rejects(
    studio: Studio,
    error: type[DomainError],
    field: str | None,
    call: Callable[..., Any],
    *args: Any,
    **kwargs: Any,
) -> DomainError:
    """The call raises ``error`` naming ``field``, with a sentence, and writes nothing."""
    with unchanged(studio), pytest.raises(error) as info:
        call(*args, **kwargs)
    exc = info.value
    assert exc.field == field, f"{exc!r} should name the field {field!r}"
    assert exc.message and exc.message[0].isupper() and exc.message.rstrip()[-1] in ".?!)", (
        f"not a sentence: {exc.message!r}"
    )
    return exc


@pytest.fixture
def course(studio: Studio) -> Any:
    return studio.courses.create(
        code="CS101",
        title="Programming in Python",
        term="Fall 2026",
        category="Computer Science",
        tags=["python", "beginner"],
        start_date="2026-09-01",
        end_date="2026-12-15",
        capacity=3,
    )


@pytest.fixture
def students(studio: Studio) -> list[Any]:
    people = [("Ada", "Lovelace"), ("Alan", "Turing"), ("Grace", "Hopper"), ("Edsger", "Dijkstra")]
    return [
        studio.students.create(
            given_name=g, family_name=f, email=f"{g.lower()}@example.org", external_id=f"S{i}"
        )
        for i, (g, f) in enumerate(people, start=1)
    ]
