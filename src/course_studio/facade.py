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
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    import httpx

    from .sync import ConflictInfo, SyncEngine, SyncReport

#: Environment variable with a server token for scripts and scheduled syncs.
ENV_TOKEN = "COURSE_STUDIO_TOKEN"


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
        self._sync_engine: SyncEngine | None = None

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def me(self) -> str:
        """The id of the instructor this data dir belongs to."""
        return self.context.instructor_id

    # -- sync ------------------------------------------------------------------

    @property
    def sync_engine(self) -> SyncEngine:
        """The sync engine of this data dir (status, pending changes, conflicts)."""
        if self._sync_engine is None:
            from .sync import SyncEngine

            self._sync_engine = SyncEngine(
                self.store, clock=self.context.clock, on_link=self._linked
            )
        return self._sync_engine

    def _linked(self, instructor_id: str) -> None:
        self.context.instructor_id = instructor_id

    def sync(
        self,
        server_url: str,
        token: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> SyncReport:
        """Send local changes to the server and fetch everyone else's.

        ``token`` defaults to ``$COURSE_STUDIO_TOKEN``, then to the token the app
        keeps in the keyring for this server. Returns what moved (pushed, pulled,
        conflicts); raises :class:`~course_studio.sync.SyncError` when the server
        cannot be reached or refuses the token (nothing half-stored).
        """
        from .sync import SignInNeeded, SyncClient, TokenStore

        token = token or os.environ.get(ENV_TOKEN) or TokenStore().load(server_url)
        if not token:
            raise SignInNeeded(
                f"Sign in to {server_url} first, or pass a token (or set {ENV_TOKEN})."
            )
        with SyncClient(server_url, token, transport=transport) as client:
            return self.sync_engine.sync(client)

    def conflicts(self) -> list[ConflictInfo]:
        """Open conflicts: ``conflict_id``, ``entity``, ``id`` (the row), ``field``,
        ``mine``, ``theirs`` (and ``base``, ``kind``, ``detail``, ``label``)."""
        return self.sync_engine.conflicts()

    def resolve_conflict(
        self, conflict_id: str, choice: str = "mine", value: Any = None
    ) -> ConflictInfo:
        """Keep ``"mine"`` (sent with the next sync), take ``"theirs"``, or ``"edit"``
        the field to ``value``."""
        return self.sync_engine.resolve(conflict_id, choice, value)

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
