"""Everything the desktop app, the server and scripts do goes through these
services: one transaction per call, read-only records out, DomainError on bad input."""

from .activity import ActivityService
from .base import ServiceContext
from .courses import CourseImpact, CourseService
from .enrollment_query import EnrollmentQueryService, EnrollmentSort, SortOrder
from .enrollments import EnrollmentService
from .instructors import InstructorService
from .outline import OutlineService
from .progress import ProgressService
from .saved_filters import SavedFilterService
from .students import StudentService
from .trash import TrashService

__all__ = [
    "ActivityService",
    "CourseImpact",
    "CourseService",
    "EnrollmentQueryService",
    "EnrollmentService",
    "EnrollmentSort",
    "InstructorService",
    "OutlineService",
    "ProgressService",
    "SavedFilterService",
    "ServiceContext",
    "SortOrder",
    "StudentService",
    "TrashService",
]
