"""Errors as RFC 9457 problem documents (``application/problem+json``).

Every error the API answers carries ``type``, ``title``, ``status`` and ``detail``
(a sentence an instructor understands), plus ``field`` or ``errors`` for bad input.
Bad input is always a 4xx; a 500 means a bug, and is logged.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..domain.errors import (
    CapacityReached,
    Conflict,
    DomainError,
    Duplicate,
    DuplicateCode,
    NotFound,
    PermissionDenied,
    RowError,
    ValidationError,
)
from .feed import Gone
from .rest import StaleVersion
from .security import AuthError

log = logging.getLogger("course_studio.server")

MEDIA_TYPE = "application/problem+json"


class AccountMismatch(Exception):
    """The token belongs to another account than the data being synced."""


def problem(
    status: int,
    code: str,
    title: str,
    detail: str,
    *,
    instance: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    body: dict[str, Any] = {
        "type": f"/problems/{code}",
        "title": title,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update({k: v for k, v in extra.items() if v is not None})
    return Response(
        json.dumps(body), status_code=status, media_type=MEDIA_TYPE, headers=headers or {}
    )


def status_of(exc: DomainError) -> int:
    if isinstance(exc, DuplicateCode | Duplicate | CapacityReached | Conflict):
        return 409
    if isinstance(exc, ValidationError):
        return 422
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, PermissionDenied):
        return 403
    return 400


def domain_problem(request: Request, exc: DomainError) -> Response:
    errors = None
    if isinstance(exc, ValidationError) and exc.errors:
        errors = []
        for item in exc.errors:
            entry: dict[str, Any] = {"field": item.field, "detail": item.message}
            if isinstance(item, RowError) and item.line is not None:
                entry["index"] = item.line
            errors.append(entry)
    return problem(
        status_of(exc),
        exc.code,
        exc.title,
        exc.message,
        instance=request.url.path,
        field=exc.field,
        errors=errors,
    )


_LABELS = {
    "limit": "The page size",
    "since": "The cursor",
    "cursor": "The page link",
    "as_of": "The snapshot version",
    "at_risk_days": "The number of quiet days",
}


def _sentence(error: dict[str, Any]) -> tuple[str | None, str]:
    loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
    name = loc[-1] if loc else None
    label = _LABELS.get(name or "", f"The field '{'.'.join(loc)}'" if loc else "The request")
    kind = str(error.get("type", ""))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return name, f"{label} must be a whole number."
    if kind == "missing":
        return name, f"{label} is required."
    if kind == "string_type":
        return name, f"{label} must be text."
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return (
            name,
            f"{label} must be a JSON object." if loc else "The request body must be a JSON object.",
        )
    if kind == "list_type":
        return name, f"{label} must be a list."
    if kind in ("too_long", "too_short"):
        limit = (error.get("ctx") or {}).get("max_length") or (error.get("ctx") or {}).get(
            "min_length"
        )
        return name, f"{label} has the wrong length (the limit is {limit})."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return name, f"{label} is out of range."
    if kind == "extra_forbidden":
        return name, f"{label} is not a field this request knows."
    if kind in ("literal_error", "enum"):
        expected = (error.get("ctx") or {}).get("expected", "")
        return name, f"{label} must be {expected}."
    msg = str(error.get("msg", "is not valid")).rstrip(".")
    return name, f"{label}: {msg[0].lower()}{msg[1:]}."


def install(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> Response:
        return domain_problem(request, exc)

    @app.exception_handler(AuthError)
    async def _auth(request: Request, exc: AuthError) -> Response:
        return problem(
            401,
            "unauthorized",
            "Sign-in needed",
            exc.detail,
            instance=request.url.path,
            headers={"WWW-Authenticate": 'Bearer realm="course-studio"'},
        )

    @app.exception_handler(Gone)
    async def _gone(request: Request, exc: Gone) -> Response:
        return problem(410, "resync", "Full refresh needed", exc.detail, instance=request.url.path)

    @app.exception_handler(StaleVersion)
    async def _stale(request: Request, exc: StaleVersion) -> Response:
        return problem(
            412,
            "stale",
            "Changed meanwhile",
            "Someone changed this since you loaded it; load it again and redo your change.",
            instance=request.url.path,
            current_version=exc.current,
        )

    @app.exception_handler(AccountMismatch)
    async def _mismatch(request: Request, exc: AccountMismatch) -> Response:
        return problem(
            409,
            "account-mismatch",
            "Another account",
            str(exc),
            instance=request.url.path,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = list(exc.errors())
        if any(e.get("type") == "json_invalid" for e in errors):
            return problem(
                400,
                "bad-json",
                "Not JSON",
                "The request body is not valid JSON.",
                instance=request.url.path,
            )
        listed = []
        for error in errors:
            field, detail = _sentence(error)
            listed.append({"field": field, "detail": detail})
        first = listed[0] if listed else {"field": None, "detail": "The request is not valid."}
        return problem(
            422,
            "validation",
            "Please check this value",
            str(first["detail"]),
            instance=request.url.path,
            field=first["field"],
            errors=listed,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        details = {
            404: "There is nothing at this address.",
            405: "This address does not take this kind of request.",
        }
        detail = details.get(exc.status_code, str(exc.detail))
        return problem(
            exc.status_code,
            "http",
            str(exc.detail)
            if exc.status_code not in details
            else "Not found"
            if exc.status_code == 404
            else "Not allowed",
            detail,
            instance=request.url.path,
            headers=dict(exc.headers or {}),
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem(
            500,
            "internal",
            "Server error",
            "Something went wrong on the server; the change was not saved. "
            "The server's log has the details.",
            instance=request.url.path,
        )
