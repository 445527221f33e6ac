"""Value sets of the data model."""

from __future__ import annotations

from enum import StrEnum


class CourseStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class LessonKind(StrEnum):
    PAGE = "page"
    VIDEO = "video"
    QUIZ = "quiz"
    ASSIGNMENT = "assignment"
    LINK = "link"


class EnrollmentRole(StrEnum):
    STUDENT = "student"
    TA = "ta"
    OBSERVER = "observer"


class EnrollmentStatus(StrEnum):
    ACTIVE = "active"
    WAITLISTED = "waitlisted"
    COMPLETED = "completed"
    DROPPED = "dropped"


class ProgressStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class TeachingRole(StrEnum):
    OWNER = "owner"
    CO_INSTRUCTOR = "co_instructor"


#: Enrollment statuses that take a seat in the course.
SEATED_STATUSES = frozenset({EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED})
