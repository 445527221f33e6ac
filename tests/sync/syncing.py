"""Run one sync the way the app does, without waiting between retries."""

from __future__ import annotations

from typing import Any

import httpx

from course_studio import Studio
from course_studio.sync import SyncClient, SyncReport
from tests.livestack import Account, LiveServer


def sync(
    studio: Studio,
    server: LiveServer,
    account: Account,
    transport: httpx.BaseTransport | None = None,
    **options: Any,
) -> SyncReport:
    options.setdefault("backoff", 0)
    with SyncClient(server.url, account.token, transport=transport, **options) as client:
        return studio.sync_engine.sync(client)


def settle(server: LiveServer, pairs: list[tuple[Studio, Account]], rounds: int = 2) -> None:
    for _ in range(rounds):
        for studio, account in pairs:
            sync(studio, server, account)
