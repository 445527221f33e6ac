"""Talking to a Course Studio server: httpx with retries, problem+json errors turned
into sentences, and a count of requests and bytes (the benchmark and the status
area use it)."""

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from ..domain.errors import msg
from .protocol import API_PREFIX, ChangesPage, PushRequest, PushResponse, SnapshotPage

M = TypeVar("M", bound=BaseModel)

RETRY_STATUSES = frozenset({502, 503, 504})


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every client (loading the CA store takes a while)."""
    return ssl.create_default_context()


class SyncError(Exception):
    """Sync could not finish; ``message`` says why in a sentence."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Offline(SyncError):
    """The server could not be reached, or its answer did not arrive whole."""


class SignInNeeded(SyncError):
    """No token, or the server refused it (401)."""


class Refused(SyncError):
    """The server answered with an error (a problem+json document)."""


class ResyncNeeded(SyncError):
    """410: the cursor is too old; reconcile from a snapshot."""


class SyncClient:
    """One connection to a server, for one token."""

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        base = server_url.strip().rstrip("/")
        if not base.startswith(("http://", "https://")):
            raise SyncError(
                msg("The server address must start with http:// or https:// ({base}).", base=base)
            )
        if not base.endswith(API_PREFIX):
            base += API_PREFIX
        self.server_url = server_url.strip().rstrip("/")
        self.requests = 0
        self.bytes_sent = 0
        self.bytes_received = 0
        self._retries = retries
        self._backoff = backoff
        self._sleep = sleep
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(
            base_url=base,
            transport=transport,
            verify=_tls(),
            timeout=timeout,
            headers=headers,
            event_hooks={"request": [self._count_request], "response": [self._count_response]},
        )
        self.token = token

    # -- bookkeeping -----------------------------------------------------------

    def _count_request(self, request: httpx.Request) -> None:
        self.requests += 1
        head = f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in request.headers.items()) + "\r\n"
        self.bytes_sent += len(head.encode()) + len(request.content)

    def _count_response(self, response: httpx.Response) -> None:
        response.read()
        head = f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in response.headers.items()) + "\r\n"
        self.bytes_received += len(head.encode()) + len(response.content)

    # -- requests --------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._http.request(method, path, **kwargs)
            except httpx.TransportError as exc:
                if attempt >= self._retries:
                    raise Offline(
                        msg(
                            "The server could not be reached; your changes are kept and will "
                            "be sent next time ({reason}).",
                            reason=type(exc).__name__,
                        )
                    ) from exc
            else:
                if response.status_code not in RETRY_STATUSES or attempt >= self._retries:
                    return response
            attempt += 1
            self._sleep(self._backoff * (2 ** (attempt - 1)))

    def _call(
        self,
        model: type[M],
        method: str,
        path: str,
        check: Callable[[M], bool] = lambda _page: True,
        **kwargs: Any,
    ) -> M:
        """A request whose answer must parse as ``model`` (and pass ``check``); an
        answer cut short in transit is asked for again."""
        attempt = 0
        while True:
            response = self._send(method, path, **kwargs)
            self._raise_for_problem(response)
            try:
                parsed = model.model_validate_json(response.content)
            except PydanticError:
                parsed = None
            if parsed is not None and check(parsed):
                return parsed
            if attempt >= self._retries:
                raise Offline("The server's answer arrived incomplete; nothing was stored from it.")
            attempt += 1
            self._sleep(self._backoff * (2 ** (attempt - 1)))

    @staticmethod
    def _raise_for_problem(response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        detail = ""
        try:
            body = response.json()
            if isinstance(body, dict):
                detail = str(body.get("detail") or body.get("title") or "")
        except ValueError:
            pass
        status = response.status_code
        if status == 401:
            raise SignInNeeded(detail or "Sign in to the server again.", status=status)
        if status == 410:
            raise ResyncNeeded(detail or "A full refresh is needed.", status=status)
        if status >= 500:
            raise Offline(
                detail or f"The server had a problem (status {status}); try again later.",
                status=status,
            )
        raise Refused(detail or f"The server refused the request (status {status}).", status=status)

    def sign_in(self, username: str, password: str) -> str:
        response = self._send(
            "POST", "/auth/token", data={"username": username, "password": password}
        )
        self._raise_for_problem(response)
        token = str(response.json()["access_token"])
        self.token = token
        self._http.headers["Authorization"] = f"Bearer {token}"
        return token

    def me(self) -> dict[str, Any]:
        response = self._send("GET", "/instructors/me")
        self._raise_for_problem(response)
        data: dict[str, Any] = response.json()
        return data

    def push(self, request: PushRequest) -> PushResponse:
        return self._call(
            PushResponse,
            "POST",
            "/sync/push",
            content=request.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )

    def changes(self, since: int, limit: int, account: str | None) -> ChangesPage:
        params: dict[str, Any] = {"since": since, "limit": limit}
        if account:
            params["account"] = account
        return self._call(
            ChangesPage,
            "GET",
            "/sync/changes",
            lambda page: page.count == len(page.changes),
            params=params,
        )

    def snapshot(
        self, after: str | None, limit: int, as_of: int | None, account: str | None
    ) -> SnapshotPage:
        params: dict[str, Any] = {"limit": limit}
        if after:
            params["after"] = after
        if as_of is not None:
            params["as_of"] = as_of
        if account:
            params["account"] = account
        return self._call(
            SnapshotPage,
            "GET",
            "/sync/snapshot",
            lambda page: page.count == len(page.rows),
            params=params,
        )

    # -- lifetime --------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
