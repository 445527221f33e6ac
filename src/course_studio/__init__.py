"""Course Studio: build and run courses offline, sync with a server."""

from importlib.metadata import PackageNotFoundError, version

from .domain.errors import (
    CapacityReached,
    Conflict,
    DomainError,
    Duplicate,
    DuplicateCode,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from .facade import Studio, open_studio

try:
    __version__ = version("course-studio")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

__all__ = [
    "CapacityReached",
    "Conflict",
    "DomainError",
    "Duplicate",
    "DuplicateCode",
    "NotFound",
    "PermissionDenied",
    "Studio",
    "ValidationError",
    "__version__",
    "open_studio",
]
