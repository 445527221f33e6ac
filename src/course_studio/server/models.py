"""The server's own schema (separate from the desktop store's).

Every synced row has ``version`` (from the server's one change counter, so versions
order all changes the way they committed), ``deleted_at`` (the tombstone) and
``field_versions``: for each field, the version and the device that last changed it.
That is what lets the server merge field by field and tell a real conflict from a
device overwriting its own earlier change (docs/sync.md).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from ..domain.models import NAMING, TagList, utcnow

#: Outline positions sort by bytes: SQLite's default (BINARY) and "C" on PostgreSQL.
Position = String(64).with_variant(String(64, collation="C"), "postgresql")


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Account(ServerBase):
    """An instructor who can sign in (an admin can also add instructors)."""

    __tablename__ = "instructors"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    password_hash: Mapped[str] = mapped_column(Text)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AccessToken(ServerBase):
    """A bearer token; only its SHA-256 is stored."""

    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    instructor_id: Mapped[str] = mapped_column(
        ForeignKey("instructors.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ServerState(ServerBase):
    """One row: the change counter and the tombstone horizon."""

    __tablename__ = "server_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The last version handed out.
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Changes at or below this version may have lost their tombstones: a client
    #: whose cursor is older must reconcile from a snapshot (410).
    horizon: Mapped[int] = mapped_column(BigInteger, default=0)


class AppliedOp(ServerBase):
    """Each pushed op, recorded in the transaction that applied it (idempotency)."""

    __tablename__ = "applied_ops"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    instructor_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    conflicts: Mapped[str] = mapped_column(Text, default="[]")
    problem: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Synced:
    """Columns of every synced table."""

    __entity__: ClassVar[str] = ""
    __sync_fields__: ClassVar[tuple[str, ...]] = ()

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: JSON {field: [version, device]}; "*" for the last delete or restore.
    field_versions: Mapped[str] = mapped_column(Text, default="{}")

    @declared_attr.directive
    def __table_args__(cls) -> Any:
        extra = getattr(cls, "__extra_args__", ())
        return (Index(f"ix_{cls.__tablename__}_version", "version"), *extra)  # type: ignore[attr-defined]

    def versions(self) -> dict[str, list[Any]]:
        value: dict[str, list[Any]] = json.loads(self.field_versions or "{}")
        return value


class Course(Synced, ServerBase):
    __tablename__ = "courses"
    __entity__ = "course"
    __sync_fields__ = (
        "owner_id",
        "code",
        "title",
        "description",
        "status",
        "term",
        "category",
        "tags",
        "language",
        "start_date",
        "end_date",
        "capacity",
    )
    __extra_args__ = (
        Index("ix_courses_owner_id_code", "owner_id", "code"),
        CheckConstraint("status IN ('draft', 'published', 'archived')", name="status"),
    )

    owner_id: Mapped[str] = mapped_column(ForeignKey("instructors.id"))
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    term: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(60), default="")
    tags: Mapped[tuple[str, ...]] = mapped_column(TagList, default=())
    language: Mapped[str] = mapped_column(String(16), default="en")
    start_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: The version that created the course (a co-instructor added later needs
    #: everything older than that: see the 410 rule in docs/sync.md).
    created_version: Mapped[int] = mapped_column(BigInteger)


class CourseInstructor(Synced, ServerBase):
    __tablename__ = "course_instructors"
    __entity__ = "course_instructor"
    __sync_fields__ = ("course_id", "instructor_id", "role")
    __extra_args__ = (
        UniqueConstraint("course_id", "instructor_id"),
        Index("ix_course_instructors_instructor_id", "instructor_id"),
    )

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    instructor_id: Mapped[str] = mapped_column(ForeignKey("instructors.id"))
    role: Mapped[str] = mapped_column(String(16), default="co_instructor")


class Module(Synced, ServerBase):
    __tablename__ = "modules"
    __entity__ = "module"
    __sync_fields__ = ("course_id", "title", "position")
    __extra_args__ = (Index("ix_modules_course_id_position", "course_id", "position"),)

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(Position)


class Lesson(Synced, ServerBase):
    __tablename__ = "lessons"
    __entity__ = "lesson"
    __sync_fields__ = ("module_id", "title", "kind", "body", "duration_minutes", "position")
    __extra_args__ = (Index("ix_lessons_module_id_position", "module_id", "position"),)

    module_id: Mapped[str] = mapped_column(ForeignKey("modules.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="page")
    body: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[str] = mapped_column(Position)


class Student(Synced, ServerBase):
    __tablename__ = "students"
    __entity__ = "student"
    __sync_fields__ = ("external_id", "given_name", "family_name", "email")
    __extra_args__ = (
        Index("ix_students_email", "email"),
        Index("ix_students_external_id", "external_id"),
        Index("ix_students_created_by", "created_by"),
    )

    external_id: Mapped[str | None] = mapped_column(String(64), default=None)
    given_name: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(254))
    #: Who added the student; they see the student before enrolling them anywhere.
    created_by: Mapped[str | None] = mapped_column(String(36), default=None)


class Enrollment(Synced, ServerBase):
    __tablename__ = "enrollments"
    __entity__ = "enrollment"
    __sync_fields__ = ("course_id", "student_id", "role", "status", "enrolled_at")
    __extra_args__ = (
        UniqueConstraint("course_id", "student_id"),
        Index("ix_enrollments_student_id", "student_id"),
    )

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16), default="student")
    status: Mapped[str] = mapped_column(String(16), default="active")
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LessonProgress(Synced, ServerBase):
    __tablename__ = "lesson_progress"
    __entity__ = "lesson_progress"
    __sync_fields__ = (
        "enrollment_id",
        "lesson_id",
        "status",
        "score",
        "last_activity_at",
        "completed_at",
    )
    __extra_args__ = (
        UniqueConstraint("enrollment_id", "lesson_id"),
        Index("ix_lesson_progress_lesson_id", "lesson_id"),
    )

    enrollment_id: Mapped[str] = mapped_column(ForeignKey("enrollments.id", ondelete="CASCADE"))
    lesson_id: Mapped[str] = mapped_column(ForeignKey("lessons.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    score: Mapped[float | None] = mapped_column(Float, default=None)
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


SYNCED: tuple[type[Synced], ...] = (
    Course,
    CourseInstructor,
    Module,
    Lesson,
    Student,
    Enrollment,
    LessonProgress,
)
MODEL_BY_ENTITY: dict[str, type[Synced]] = {m.__entity__: m for m in SYNCED}
