"""The scripting API: ``course_studio.open_studio(data_dir)``.

    with course_studio.open_studio("~/courses") as studio:
        course = studio.courses.create(code="CS101", title="Programming in Python")
        module = studio.outline.add_module(course.id, title="Getting started")
        studio.outline.add_lesson(module.id, title="Installing Python")

Every call is one transaction and returns read-only records; mistakes raise
:class:`~course_studio.domain.errors.DomainError` subclasses with a readable message.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from .domain.models import utcnow
from .domain.progress import DEFAULT_AT_RISK_DAYS
from .services import (
    ActivityService,
    CourseService,
    EnrollmentQueryService,
    EnrollmentService,
    InstructorService,
    OutlineService,
    ProgressService,
    SavedFilterService,
    ServiceContext,
    StudentService,
    TrashService,
)
from .services.instructors import ensure_me
from .store import Store, resolve_data_dir


class Studio:
    """One open data dir and the services working on it."""

    def __init__(
        self,
        store: Store,
        instructor_id: str,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
        at_risk_days: int = DEFAULT_AT_RISK_DAYS,
    ) -> None:
        self.store = store
        self.context = ServiceContext(store, instructor_id, clock, at_risk_days)
        self.courses = CourseService(self.context)
        self.outline = OutlineService(self.context)
        self.students = StudentService(self.context)
        self.enrollments = EnrollmentService(self.context)
        self.progress = ProgressService(self.context)
        self.instructors = InstructorService(self.context)
        self.trash = TrashService(self.context)
        self.activity = ActivityService(self.context)
        #: The large enrollment lists: count, windows, sort orders, search.
        self.enrollment_query = EnrollmentQueryService(self.context)
        self.saved_filters = SavedFilterService(self.context)

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def me(self) -> str:
        """The id of the instructor this data dir belongs to."""
        return self.context.instructor_id

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Studio:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_studio(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    username: str | None = None,
    clock: Callable[[], dt.datetime] = utcnow,
    at_risk_days: int = DEFAULT_AT_RISK_DAYS,
) -> Studio:
    """Open (creating and migrating as needed) the data dir and return a Studio.

    ``data_dir`` defaults to ``COURSE_STUDIO_DATA_DIR`` or the platform's user data dir.
    """
    store = Store(resolve_data_dir(data_dir))
    try:
        me = ensure_me(store, username)
    except BaseException:
        store.close()
        raise
    return Studio(store, me, clock=clock, at_risk_days=at_risk_days)
