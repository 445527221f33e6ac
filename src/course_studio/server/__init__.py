"""The Course Studio server: the platform's REST API and the sync endpoints of the
desktop app (FastAPI on uvicorn, SQLite or PostgreSQL)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("course-studio")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"
