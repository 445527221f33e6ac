"""The FastAPI application: the REST API and the sync endpoints under /api/v1.

``create_app(url)`` opens (and migrates) the database and returns the app; the
``course-studio-server serve`` command runs it on uvicorn. OpenAPI is served at
``/openapi.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Form, Header, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import to_json
from sqlalchemy import select

from ..domain.errors import PermissionDenied, ValidationError
from ..sync.protocol import (
    API_PREFIX,
    MAX_PAGE,
    ChangesPage,
    PushRequest,
    PushResponse,
    SnapshotPage,
    TokenResponse,
)
from . import __version__, feed, problems, rest
from .db import Database
from .models import Account
from .problems import AccountMismatch
from .push import push as apply_push
from .security import AuthError, Caller, caller_for, create_account, sign_in
from .writer import API_DEVICE, Writer

_bearer = HTTPBearer(auto_error=False, description="A token from POST /api/v1/auth/token")


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


DB = Annotated[Database, Depends(get_db)]


def current_caller(
    db: DB, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Caller:
    if credentials is None or not credentials.credentials.strip():
        raise AuthError(
            "Sign in to use this server: send 'Authorization: Bearer <token>' with a token "
            "from /api/v1/auth/token."
        )
    with db.read() as session:
        return caller_for(session, credentials.credentials.strip(), db.clock())


Me = Annotated[Caller, Depends(current_caller)]


def _json(data: Any, status: int = 200) -> Response:
    """Compact JSON (UTF-8), written by pydantic-core's encoder: several times faster
    than ``json.dumps`` on a page of thousands of rows."""
    body = to_json(data, inf_nan_mode="constants")
    return Response(body, status, media_type="application/json")


def _text(**extra: Any) -> Any:
    """A documented field whose value the app's rules check (not pydantic)."""
    return Field(default=None, json_schema_extra={"type": "string", **extra})


def _schema(schema: dict[str, Any]) -> Any:
    return Field(default=None, json_schema_extra=schema)


class _Body(BaseModel):
    """Bodies are checked by the app's own rules (for the app's messages), so the
    models only document them."""

    model_config = ConfigDict(extra="allow")


_nullable_date = {"type": ["string", "null"], "format": "date"}


class CourseIn(_Body):
    code: Any = _text(example="CS101")
    title: Any = _text(example="Programming in Python")
    description: Any = _text()
    status: Any = _schema({"enum": ["draft", "published", "archived"]})
    term: Any = _text(example="Fall 2026")
    category: Any = _text()
    tags: Any = _schema({"type": "array", "items": {"type": "string"}})
    language: Any = _text(example="en")
    start_date: Any = _schema(_nullable_date)
    end_date: Any = _schema(_nullable_date)
    capacity: Any = _schema({"type": ["integer", "null"], "minimum": 1})


class EnrollmentIn(_Body):
    student_id: Any = _text(description="An existing student; or name the student below")
    given_name: Any = _text()
    family_name: Any = _text()
    email: Any = _text(format="email")
    external_id: Any = _text(description="The SIS id")
    role: Any = _schema({"enum": ["student", "ta", "observer"]})
    status: Any = _schema({"enum": ["active", "waitlisted", "completed", "dropped"]})


class EnrollmentPatch(_Body):
    role: Any = _schema({"enum": ["student", "ta", "observer"]})
    status: Any = _schema({"enum": ["active", "waitlisted", "completed", "dropped"]})


class ProgressEvents(_Body):
    events: Any = _schema(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "enrollment_id": {"type": "string"},
                    "lesson_id": {"type": "string"},
                    "status": {"enum": ["not_started", "in_progress", "completed"]},
                    "score": {"type": ["number", "null"]},
                    "at": {"type": "string", "format": "date-time"},
                },
                "required": ["enrollment_id", "lesson_id", "status"],
            },
        }
    )


class CoInstructorIn(_Body):
    instructor_id: Any = _text()
    username: Any = _text()


class InstructorIn(_Body):
    username: Any = _text()
    password: Any = _text(format="password")
    display_name: Any = _text()
    email: Any = _text(format="email")
    is_admin: Any = _schema({"type": "boolean"})


def _body(model: _Body) -> dict[str, Any]:
    return model.model_dump(exclude_unset=True)


def _check_account(caller: Caller, account: str | None) -> None:
    if account and account != caller.id:
        raise AccountMismatch(
            "This data syncs as another instructor on this server; sign in as that "
            "instructor to sync it."
        )


def _writer_call(db: Database, caller: Caller, work: Callable[[Writer], Any]) -> Any:
    with db.write() as session:
        return work(Writer(session, caller, API_DEVICE, db.clock()))


def _if_match(value: str | None) -> int | None:
    if value is None:
        return None
    text = value.strip().removeprefix("W/").strip('"')
    if not text.isdigit():
        raise ValidationError('If-Match must name a version such as "12".', "If-Match")
    return int(text)


def build_router() -> APIRouter:
    api = APIRouter(prefix=API_PREFIX)

    # -- service -------------------------------------------------------------------

    @api.get("/health", tags=["service"])
    def health(db: DB) -> dict[str, Any]:
        with db.read() as session:
            session.execute(select(1))
        return {"status": "ok", "version": __version__, "database": db.dialect}

    @api.post("/auth/token", tags=["auth"], response_model=TokenResponse)
    def token(
        db: DB, username: Annotated[str, Form()], password: Annotated[str, Form()]
    ) -> dict[str, Any]:
        with db.write() as session:
            access, lifetime = sign_in(session, username, password, db.clock())
        return {"access_token": access, "token_type": "bearer", "expires_in": lifetime}

    # -- instructors ---------------------------------------------------------------

    @api.get("/instructors/me", tags=["instructors"])
    def me(db: DB, caller: Me) -> dict[str, Any]:
        with db.read() as session:
            account = session.get(Account, caller.id)
            assert account is not None
            return rest.instructor_json(account, full=True)

    @api.get("/instructors", tags=["instructors"])
    def instructors(db: DB, caller: Me, q: str | None = None) -> dict[str, Any]:
        with db.read() as session:
            return {"items": rest.list_instructors(session, q)}

    @api.post("/instructors", tags=["instructors"], status_code=201)
    def add_instructor(db: DB, caller: Me, body: InstructorIn) -> dict[str, Any]:
        if not caller.is_admin:
            raise PermissionDenied("Only an administrator can add instructors.")
        data = _body(body)
        for name in data:
            if name not in {"username", "password", "display_name", "email", "is_admin"}:
                raise ValidationError(f"An instructor has no field called '{name}'.", name)
        with db.write() as session:
            account = create_account(
                session,
                username=str(data["username"]) if isinstance(data.get("username"), str) else "",
                password=data.get("password"),  # type: ignore[arg-type]
                display_name=data.get("display_name")
                if isinstance(data.get("display_name"), str)
                else None,
                email=data.get("email") if isinstance(data.get("email"), str) else None,
                is_admin=data.get("is_admin") is True,
            )
            return rest.instructor_json(account, full=True)

    @api.get("/instructors/me/courses", tags=["courses"])
    def my_courses(
        db: DB,
        caller: Me,
        q: str = "",
        limit: Annotated[int | None, Query()] = None,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        with db.read() as session:
            return rest.list_courses(session, caller, q, limit, cursor)

    # -- courses -------------------------------------------------------------------

    @api.get("/courses", tags=["courses"])
    def courses(
        db: DB,
        caller: Me,
        q: Annotated[str, Query(description="Filter text, e.g. python fall")] = "",
        limit: Annotated[int | None, Query()] = None,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        with db.read() as session:
            return rest.list_courses(session, caller, q, limit, cursor)

    @api.post("/courses", tags=["courses"], status_code=201)
    def create_course(db: DB, caller: Me, body: CourseIn, response: Response) -> dict[str, Any]:
        out: dict[str, Any] = _writer_call(db, caller, lambda w: rest.create_course(w, _body(body)))
        response.headers["Location"] = f"{API_PREFIX}/courses/{out['id']}"
        response.headers["ETag"] = f'"{out["version"]}"'
        return out

    @api.get("/courses/{course_id}", tags=["courses"])
    def course(db: DB, caller: Me, course_id: str, response: Response) -> dict[str, Any]:
        with db.read() as session:
            writer = Writer(session, caller, API_DEVICE, db.clock())
            out = rest.get_course(writer, course_id)
        response.headers["ETag"] = f'"{out["version"]}"'
        return out

    @api.patch("/courses/{course_id}", tags=["courses"])
    def update_course(
        db: DB,
        caller: Me,
        course_id: str,
        body: CourseIn,
        response: Response,
        if_match: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        version = _if_match(if_match)
        out: dict[str, Any] = _writer_call(
            db, caller, lambda w: rest.update_course(w, course_id, _body(body), version)
        )
        response.headers["ETag"] = f'"{out["version"]}"'
        return out

    @api.delete("/courses/{course_id}", tags=["courses"], status_code=204)
    def delete_course(db: DB, caller: Me, course_id: str) -> Response:
        _writer_call(db, caller, lambda w: rest.delete_course(w, course_id))
        return Response(status_code=204)

    @api.post("/courses/{course_id}/instructors", tags=["courses"], status_code=201)
    def add_co_instructor(
        db: DB, caller: Me, course_id: str, body: CoInstructorIn
    ) -> dict[str, Any]:
        out: dict[str, Any] = _writer_call(
            db, caller, lambda w: rest.add_co_instructor(w, course_id, _body(body))
        )
        return out

    @api.delete(
        "/courses/{course_id}/instructors/{instructor_id}", tags=["courses"], status_code=204
    )
    def remove_co_instructor(db: DB, caller: Me, course_id: str, instructor_id: str) -> Response:
        _writer_call(db, caller, lambda w: rest.remove_co_instructor(w, course_id, instructor_id))
        return Response(status_code=204)

    # -- enrollments ---------------------------------------------------------------

    @api.get("/courses/{course_id}/enrollments", tags=["enrollments"])
    def enrollments(
        db: DB,
        caller: Me,
        course_id: str,
        limit: Annotated[int | None, Query()] = None,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        with db.read() as session:
            writer = Writer(session, caller, API_DEVICE, db.clock())
            return rest.list_enrollments(writer, course_id, limit, cursor)

    @api.post("/courses/{course_id}/enrollments", tags=["enrollments"], status_code=201)
    def enroll(db: DB, caller: Me, course_id: str, body: EnrollmentIn) -> dict[str, Any]:
        out: dict[str, Any] = _writer_call(
            db, caller, lambda w: rest.enroll(w, course_id, _body(body))
        )
        return out

    @api.patch("/enrollments/{enrollment_id}", tags=["enrollments"])
    def update_enrollment(
        db: DB, caller: Me, enrollment_id: str, body: EnrollmentPatch
    ) -> dict[str, Any]:
        out: dict[str, Any] = _writer_call(
            db, caller, lambda w: rest.update_enrollment(w, enrollment_id, _body(body))
        )
        return out

    @api.delete("/enrollments/{enrollment_id}", tags=["enrollments"], status_code=204)
    def remove_enrollment(db: DB, caller: Me, enrollment_id: str) -> Response:
        _writer_call(db, caller, lambda w: rest.remove_enrollment(w, enrollment_id))
        return Response(status_code=204)

    # -- progress ------------------------------------------------------------------

    @api.get("/courses/{course_id}/progress", tags=["progress"])
    def progress(
        db: DB,
        caller: Me,
        course_id: str,
        at_risk_days: Annotated[int, Query(ge=1, le=365)] = 14,
    ) -> dict[str, Any]:
        with db.read() as session:
            writer = Writer(session, caller, API_DEVICE, db.clock())
            return rest.course_progress(writer, course_id, at_risk_days)

    @api.post("/progress-events", tags=["progress"])
    def progress_events(db: DB, caller: Me, body: ProgressEvents) -> dict[str, Any]:
        out: dict[str, Any] = _writer_call(
            db, caller, lambda w: rest.record_progress_events(w, _body(body))
        )
        return out

    # -- sync ----------------------------------------------------------------------

    @api.post("/sync/push", tags=["sync"], response_model=PushResponse)
    def sync_push(db: DB, caller: Me, request: PushRequest) -> Response:
        _check_account(caller, request.account_id)
        results = apply_push(db, caller, f"app:{request.device_id}", request.ops)
        return _json({"results": results})

    @api.get("/sync/changes", tags=["sync"], response_model=ChangesPage)
    def sync_changes(
        db: DB,
        caller: Me,
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
        account: str | None = None,
    ) -> Response:
        _check_account(caller, account)
        return _json(feed.changes_page(db, caller, since, limit))

    @api.get("/sync/snapshot", tags=["sync"], response_model=SnapshotPage)
    def sync_snapshot(
        db: DB,
        caller: Me,
        after: str | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
        as_of: Annotated[int | None, Query(ge=0)] = None,
        account: str | None = None,
    ) -> Response:
        _check_account(caller, account)
        return _json(feed.snapshot_page(db, caller, after, limit, as_of))

    return api


def create_app(
    database: Database | str,
    *,
    migrate: bool = True,
    clock: Callable[[], dt.datetime] | None = None,
) -> FastAPI:
    db = database if isinstance(database, Database) else Database(database)
    if clock is not None:
        db.clock = clock
    if migrate:
        db.migrate()
    app = FastAPI(
        title="Course Studio server",
        version=__version__,
        description="Courses, enrollments and student progress for the learning platform, "
        "and the sync endpoints of the Course Studio desktop app. Errors are "
        "application/problem+json (RFC 9457).",
    )
    app.state.db = db
    problems.install(app)
    app.include_router(build_router())
    return app
