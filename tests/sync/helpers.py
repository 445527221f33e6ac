"""Helpers for the sync tests: compare a replica with the server, fault transports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import func, select

from course_studio import Studio
from course_studio.domain.models import MODEL_BY_ENTITY as LOCAL_MODELS
from course_studio.domain.models import OutboxOp
from course_studio.server.models import MODEL_BY_ENTITY as SERVER_MODELS
from course_studio.server.models import AppliedOp
from course_studio.server.writer import visible
from course_studio.sync.fields import ENTITY_ORDER, wire_row
from tests.livestack import Account, LiveServer, shared_transport

Rows = dict[tuple[str, str], tuple[bool, dict[str, Any]]]


def local_rows(studio: Studio) -> Rows:
    out: Rows = {}
    with studio.store.read() as session:
        for entity in ENTITY_ORDER:
            for row in session.scalars(select(LOCAL_MODELS[entity])):
                out[(entity, row.id)] = (row.deleted_at is not None, wire_row(entity, row))
    return out


def server_rows(server: LiveServer, account: Account) -> Rows:
    out: Rows = {}
    with server.db.read() as session:
        for entity in ENTITY_ORDER:
            model = SERVER_MODELS[entity]
            for row in session.scalars(select(model).where(visible(model, account.id))):
                out[(entity, row.id)] = (row.deleted_at is not None, wire_row(entity, row))
    return out


def assert_replica(studio: Studio, server: LiveServer, account: Account) -> None:
    mine, theirs = local_rows(studio), server_rows(server, account)
    only_here = sorted(set(mine) - set(theirs))
    only_there = sorted(set(theirs) - set(mine))
    differ = sorted(k for k in set(mine) & set(theirs) if mine[k] != theirs[k])
    assert not only_here and not only_there and not differ, {
        "only here": only_here[:5],
        "only on the server": only_there[:5],
        "different": [(k, mine[k], theirs[k]) for k in differ[:5]],
    }


def outbox_size(studio: Studio) -> int:
    with studio.store.read() as session:
        return int(session.scalar(select(func.count(OutboxOp.seq))) or 0)


def outbox_ids(studio: Studio) -> list[str]:
    with studio.store.read() as session:
        return list(session.scalars(select(OutboxOp.op_id).order_by(OutboxOp.seq)))


def applied_counts(server: LiveServer, op_ids: list[str]) -> dict[str, int]:
    with server.db.read() as session:
        rows = session.execute(
            select(AppliedOp.op_id, func.count())
            .where(AppliedOp.op_id.in_(op_ids))
            .group_by(AppliedOp.op_id)
        ).all()
    return {op_id: int(n) for op_id, n in rows}


class FaultyTransport(httpx.BaseTransport):
    """A real HTTP transport that misbehaves on purpose.

    ``plan`` maps a path suffix ("/sync/push", "/sync/changes") to a list of faults
    used by the next matching requests, one each:

    - ``"drop-before"``: the request never reaches the server;
    - ``"drop-after"``: the server handles it (and commits), the answer is lost;
    - ``"duplicate"``: the request reaches the server twice;
    - ``"delay"``: the request is held back (the client sees it fail) and delivered
      later, after the next request, as a late copy;
    - ``"cut"``: the answer arrives cut in half;
    - ``"trim"``: the answer is valid JSON but lost half of its rows;
    - ``"stale"``: the answer of the previous such request is returned again;
    - ``None``: no fault.
    """

    def __init__(self) -> None:
        self.inner = shared_transport()
        self.plan: dict[str, list[str | None]] = {}
        self.held: list[httpx.Request] = []
        self.late: list[httpx.Response] = []
        self.seen: list[str] = []
        self._previous: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def _fault(self, path: str) -> tuple[str | None, str | None]:
        for suffix, faults in self.plan.items():
            if path.endswith(suffix) and faults:
                return suffix, faults.pop(0)
        return None, None

    def _send(self, request: httpx.Request) -> httpx.Response:
        copy = httpx.Request(
            request.method, request.url, headers=request.headers, content=request.content
        )
        response = self.inner.handle_request(copy)
        response.read()
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        suffix, fault = self._fault(request.url.path)
        self.seen.append(f"{request.url.path}:{fault}")
        if fault == "drop-before":
            raise httpx.ConnectError("dropped before reaching the server", request=request)
        if fault == "delay":
            self.held.append(request)
            raise httpx.ConnectError("held back in transit", request=request)
        response = self._send(request)
        if self.held:  # a held request arrives late, after a newer one
            self.late.extend(self._send(r) for r in self.held)
            self.held.clear()
        if fault == "duplicate":
            response = self._send(request)
        if fault == "drop-after":
            raise httpx.ReadError("the answer was lost after the server committed")
        content = response.content
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        if fault == "cut":
            content = content[: len(content) // 2]
        elif fault == "trim":
            body = json.loads(content)
            key = "changes" if "changes" in body else "rows"
            body[key] = body[key][: len(body[key]) // 2]
            content = json.dumps(body).encode()
        elif fault == "stale" and suffix in self._previous:
            status, headers, content = self._previous[suffix]
            return httpx.Response(status, headers=headers, content=content)
        if suffix is not None:
            self._previous[suffix] = (response.status_code, headers, response.content)
        return httpx.Response(response.status_code, headers=headers, content=content)

    def close(self) -> None:
        pass  # the inner transport is shared


def no_sleep(_seconds: float) -> None:
    return None


Sync = Callable[..., Any]
