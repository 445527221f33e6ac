from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.livestack import BACKENDS, LiveServer, live_server_fixture


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: Any, tmp_path_factory: Any) -> Iterator[LiveServer]:
    yield from live_server_fixture(request, tmp_path_factory)
