"""Where a data dir lives: ``--data-dir``, else ``COURSE_STUDIO_DATA_DIR``, else the
platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CourseStudio"
APP_AUTHOR = "CourseStudio"
DB_FILENAME = "course-studio.sqlite3"
ENV_DATA_DIR = "COURSE_STUDIO_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME
