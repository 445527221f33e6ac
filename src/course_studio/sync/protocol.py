"""The sync protocol: request and response bodies shared by the client and the server.

See docs/sync.md for what each message means and the rules around it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_PREFIX = "/api/v1"
#: Ops per push request the server accepts.
MAX_PUSH_OPS = 1_000
#: Rows per pull page the server sends at most.
MAX_PAGE = 20_000

Entity = Literal[
    "course",
    "course_instructor",
    "module",
    "lesson",
    "student",
    "enrollment",
    "lesson_progress",
]
OpStatus = Literal["applied", "duplicate", "conflict", "rejected"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PushOp(_Model):
    """One local change: an upsert of some fields, or a delete (tombstone)."""

    op_id: str = Field(min_length=1, max_length=36, description="Unique per op; retries reuse it")
    entity: Entity
    row_id: str = Field(min_length=1, max_length=36)
    kind: Literal["upsert", "delete"]
    fields: dict[str, Any] = Field(default_factory=dict, description="Changed fields, wire form")
    base_version: int | None = Field(
        default=None, ge=0, description="The row version this device had seen when it changed it"
    )


class PushRequest(_Model):
    device_id: str = Field(min_length=1, max_length=64)
    account_id: str | None = Field(
        default=None, description="The account this data dir syncs as; 409 if the token differs"
    )
    ops: list[PushOp] = Field(max_length=MAX_PUSH_OPS)


class Change(_Model):
    """A row as the server has it now (a tombstone when ``deleted``)."""

    entity: Entity
    id: str
    version: int
    deleted: bool = False
    deleted_at: str | None = None
    updated_at: str | None = None
    fields: dict[str, Any]


class OpProblem(_Model):
    title: str
    detail: str
    field: str | None = None


class OpResult(_Model):
    op_id: str
    status: OpStatus
    #: For a duplicate: what happened the first time.
    original: Literal["applied", "conflict", "rejected"] | None = None
    #: The row's version after this op (None when the row does not exist).
    version: int | None = None
    #: Fields not applied because another device changed them ("*" = delete vs edit).
    conflicts: list[str] = Field(default_factory=list)
    #: The server's row, for conflicts and refusals.
    row: Change | None = None
    problem: OpProblem | None = None


class PushResponse(_Model):
    results: list[OpResult]


class InstructorInfo(_Model):
    id: str
    username: str
    display_name: str


class ChangesPage(_Model):
    """One page of changes since a cursor, oldest first."""

    instructor_id: str
    changes: list[Change]
    #: How many changes the page holds (a page cut short in transit is detected).
    count: int
    #: Instructors the rows name (course owners, co-instructors).
    instructors: list[InstructorInfo] = Field(default_factory=list)
    #: Store the page, then ask again with ``since=cursor``.
    cursor: int
    more: bool


class SnapshotPage(_Model):
    """One page of every row the instructor can see, for a full reconcile."""

    instructor_id: str
    #: The change cursor to continue from once every page is stored.
    as_of: int
    rows: list[Change]
    count: int
    instructors: list[InstructorInfo] = Field(default_factory=list)
    #: Pass as ``after`` for the next page; None on the last page.
    next: str | None = None


class TokenResponse(_Model):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    field: str | None = None
    errors: list[dict[str, Any]] | None = None
