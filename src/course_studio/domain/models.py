"""The data model (DESIGN.md section 2) as typed SQLAlchemy 2 models.

Every synced row carries the sync columns of :class:`SyncedMixin`. Keys are UUIDv7
strings made on the client. Derived values (completion, last activity) are kept on
:class:`Enrollment` as a cache that the services refresh in the same transaction as
the rows they derive from; they are never synced (see docs/design.md, "Derived
values").
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

from sqlalchemy import (
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
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .ids import new_id

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now, in UTC, without tzinfo (how every timestamp is stored)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class TagList(TypeDecorator[tuple[str, ...]]):
    """A sorted tuple of tags stored as a JSON array in a text column.

    Tags cannot contain quotes, so ``LIKE '%"python"%'`` matches one tag exactly on
    every database.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        return json.dumps(sorted(set(value or ())))

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[str, ...]:
        return tuple(json.loads(value)) if value else ()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedMixin:
    """Columns every synced row has (DESIGN.md section 5)."""

    #: Fields sent to the server for this entity; set by each model.
    __sync_fields__: ClassVar[tuple[str, ...]] = ()
    #: Entity name used in the outbox and the sync protocol.
    __entity__: ClassVar[str] = ""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: Version of this row the server last confirmed; None = never synced.
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    #: True while a local change has not been confirmed by the server.
    dirty: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    #: Tombstone: set when deleted (a course or module in the Trash).
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    #: The last server copy of the synced fields (JSON), the base of a 3-way merge.
    synced_base: Mapped[str | None] = mapped_column(Text, default=None)


class Instructor(Base):
    __tablename__ = "instructors"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), default=None)


class Course(SyncedMixin, Base):
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
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_courses_owner_code", "owner_id", "code"),
        Index("ix_courses_updated_at", "updated_at"),
        Index("ix_courses_code", "code"),
        CheckConstraint("status IN ('draft', 'published', 'archived')", name="status"),
    )


class CourseInstructor(SyncedMixin, Base):
    """Who teaches a course: its owner and its co-instructors."""

    __tablename__ = "course_instructors"
    __entity__ = "course_instructor"
    __sync_fields__ = ("course_id", "instructor_id", "role")

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    instructor_id: Mapped[str] = mapped_column(ForeignKey("instructors.id"))
    role: Mapped[str] = mapped_column(String(16), default="co_instructor")

    __table_args__ = (
        UniqueConstraint("course_id", "instructor_id"),
        Index("ix_course_instructors_instructor_id", "instructor_id"),
    )


class Module(SyncedMixin, Base):
    __tablename__ = "modules"
    __entity__ = "module"
    __sync_fields__ = ("course_id", "title", "position")

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_modules_course_id_position", "course_id", "position"),)


class Lesson(SyncedMixin, Base):
    __tablename__ = "lessons"
    __entity__ = "lesson"
    __sync_fields__ = ("module_id", "title", "kind", "body", "duration_minutes", "position")

    module_id: Mapped[str] = mapped_column(ForeignKey("modules.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="page")
    body: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_lessons_module_id_position", "module_id", "position"),)


class Student(SyncedMixin, Base):
    __tablename__ = "students"
    __entity__ = "student"
    __sync_fields__ = ("external_id", "given_name", "family_name", "email")

    external_id: Mapped[str | None] = mapped_column(String(64), default=None)
    given_name: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(80))
    #: Stored lower-cased, so uniqueness and lookups ignore case.
    email: Mapped[str] = mapped_column(String(254))

    __table_args__ = (
        Index("ix_students_email", "email"),
        Index("ix_students_external_id", "external_id"),
        Index("ix_students_family_name_given_name", "family_name", "given_name"),
    )


class Enrollment(SyncedMixin, Base):
    __tablename__ = "enrollments"
    __entity__ = "enrollment"
    __sync_fields__ = ("course_id", "student_id", "role", "status", "enrolled_at")

    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16), default="student")
    status: Mapped[str] = mapped_column(String(16), default="active")
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: Cache: percentage of the course's lessons completed (0-100).
    progress: Mapped[float] = mapped_column(Float, default=0.0, nullable=False)
    #: Cache: the latest ``LessonProgress.last_activity_at`` of this enrollment.
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (
        UniqueConstraint("course_id", "student_id"),
        # A student's live enrollments and their courses, without reading the rows.
        Index(
            "ix_enrollments_student_id_deleted_at_course_id",
            "student_id",
            "deleted_at",
            "course_id",
        ),
        # The lists of enrollments (services/enrollment_query.py) always ask for
        # live rows (deleted_at IS NULL). These indexes let them count, filter and
        # sort a million rows by walking one index range without reading the rows:
        # one course's live enrollments, with every column the at-risk rule reads,
        Index(
            "ix_enrollments_course_live",
            "course_id",
            "deleted_at",
            "role",
            "status",
            "progress",
            "last_activity_at",
            "enrolled_at",
        ),
        # ... and all live enrollments in the orders the lists sort by.
        Index("ix_enrollments_deleted_at_progress", "deleted_at", "progress"),
        Index("ix_enrollments_deleted_at_last_activity_at", "deleted_at", "last_activity_at"),
        Index("ix_enrollments_deleted_at_enrolled_at", "deleted_at", "enrolled_at"),
        Index(
            "ix_enrollments_deleted_at_status_role_progress",
            "deleted_at",
            "status",
            "role",
            "progress",
        ),
        Index(
            "ix_enrollments_deleted_at_role_status_progress",
            "deleted_at",
            "role",
            "status",
            "progress",
        ),
    )


class LessonProgress(SyncedMixin, Base):
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

    enrollment_id: Mapped[str] = mapped_column(ForeignKey("enrollments.id", ondelete="CASCADE"))
    lesson_id: Mapped[str] = mapped_column(ForeignKey("lessons.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    score: Mapped[float | None] = mapped_column(Float, default=None)
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (
        UniqueConstraint("enrollment_id", "lesson_id"),
        Index("ix_lesson_progress_lesson_id", "lesson_id"),
    )


class Setting(Base):
    """Small key/value store of this data dir (current instructor, sync cursor ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OutboxOp(Base):
    """A local change waiting to be pushed, written in the same transaction as it."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    #: "upsert" or "delete".
    kind: Mapped[str] = mapped_column(String(8))
    #: JSON object of the changed fields (all synced fields for a new row).
    fields: Mapped[str] = mapped_column(Text, default="{}")
    base_version: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_outbox_entity_row_id", "entity", "row_id"),)


class SyncConflict(Base):
    """A change made here and on the server to the same field (or delete vs edit),
    or a change the server refused; see docs/sync.md."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    #: The field in conflict; "*" for delete against edit (or a whole refused row).
    field: Mapped[str] = mapped_column(String(64))
    #: "edit" (both changed the field), "delete" (delete against edit) or
    #: "rejected" (the server refused the change; ``detail`` says why).
    kind: Mapped[str] = mapped_column(String(16), default="edit", server_default="edit")
    #: JSON of my value, the server's value and the common base (None = no value).
    mine: Mapped[str | None] = mapped_column(Text, default=None)
    theirs: Mapped[str | None] = mapped_column(Text, default=None)
    base: Mapped[str | None] = mapped_column(Text, default=None)
    #: A sentence for the instructor (why the server refused the change).
    detail: Mapped[str | None] = mapped_column(Text, default=None)
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    resolution: Mapped[str | None] = mapped_column(String(16), default=None)

    __table_args__ = (Index("ix_sync_conflicts_resolved_at", "resolved_at"),)


class SavedFilter(Base):
    """A named filter (its canonical text), shown in the sidebar."""

    __tablename__ = "saved_filters"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    #: Which list it filters: "courses" or "enrollments".
    scope: Mapped[str] = mapped_column(String(16), default="courses")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ActivityEntry(Base):
    """One completed (or failed) action, for the Activity panel."""

    __tablename__ = "activity"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    details: Mapped[str] = mapped_column(Text, default="")


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Course,
    CourseInstructor,
    Module,
    Lesson,
    Student,
    Enrollment,
    LessonProgress,
)
MODEL_BY_ENTITY: dict[str, type[SyncedMixin]] = {m.__entity__: m for m in SYNCED_MODELS}
