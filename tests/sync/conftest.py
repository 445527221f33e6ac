from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.livestack import BACKENDS, LiveServer, live_server_fixture


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: Any, tmp_path_factory: Any) -> Iterator[LiveServer]:
    yield from live_server_fixture(request, tmp_path_factory)


@pytest.fixture
def make_studio(tmp_path: Any) -> Iterator[Any]:
    """Open data dirs (each its own laptop); all closed at the end."""
    import course_studio

    opened: list[course_studio.Studio] = []

    def make(name: str, **kwargs: Any) -> course_studio.Studio:
        studio = course_studio.open_studio(tmp_path / name, username=name, **kwargs)
        opened.append(studio)
        return studio

    yield make
    for studio in opened:
        studio.close()
