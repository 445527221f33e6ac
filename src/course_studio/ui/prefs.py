"""The instructor's preferences: one key per setting, typed access, safe defaults.

Every preference lives in the app's ``QSettings`` under a key named here, and
nowhere else names those keys. Values that are missing, mistyped or out of range read
as the default, so a hand-edited settings file never breaks the app.

    prefs = Preferences(QSettings())
    prefs.at_risk_days()            # 14 unless the instructor chose otherwise
    prefs.set_sync_interval(30)

| key                       | type | meaning                                                 |
|---------------------------|------|---------------------------------------------------------|
| ``storage/data_dir``      | str  | data folder for the next start ("" = the usual one)     |
| ``ui/language``           | str  | "" (follow the system), "en" or "de"; next start        |
| ``notifications/enabled`` | bool | tray messages and toasts (the Notifier's own key)       |
| ``sync/server_url``       | str  | the server to sign in to and sync with ("" = none)      |
| ``sync/interval_minutes`` | int  | sync every N minutes while online, 0 = only by hand     |
| ``progress/at_risk_days`` | int  | days without activity before a student is at risk       |
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

from ..domain.progress import DEFAULT_AT_RISK_DAYS
from ..store.paths import APP_AUTHOR, APP_NAME, DB_FILENAME, ENV_DATA_DIR, resolve_data_dir
from .notifier import SETTING_ENABLED

KEY_DATA_DIR = "storage/data_dir"
KEY_LANGUAGE = "ui/language"
KEY_NOTIFICATIONS = SETTING_ENABLED
KEY_SYNC_SERVER = "sync/server_url"
KEY_SYNC_INTERVAL = "sync/interval_minutes"
KEY_AT_RISK_DAYS = "progress/at_risk_days"

translate = QCoreApplication.translate

#: (code, name shown in the list); "" follows the system's language. Names of
#: languages are written in that language, so anyone can find their own.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("", str(QT_TRANSLATE_NOOP("Preferences", "System default"))),
    ("en", "English"),
    ("de", "Deutsch"),
)

#: choices for automatic sync, in minutes; 0 means only when the instructor asks
SYNC_INTERVALS: tuple[int, ...] = (0, 5, 15, 30, 60)
DEFAULT_SYNC_INTERVAL = 15

AT_RISK_MIN_DAYS = 1
AT_RISK_MAX_DAYS = 365


def _as_int(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    return default


class Preferences:
    """Typed reading and writing of the preference keys in one ``QSettings``."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    def _str(self, key: str) -> str:
        value = self.qsettings.value(key, "")
        return value.strip() if isinstance(value, str) else ""

    # -- data folder ---------------------------------------------------------

    def data_dir(self) -> Path | None:
        """The data folder chosen for the next start, or None for the usual one."""
        text = self._str(KEY_DATA_DIR)
        return Path(text).expanduser() if text else None

    def set_data_dir(self, path: Path | None) -> None:
        if path is None:
            self.qsettings.remove(KEY_DATA_DIR)
        else:
            self.qsettings.setValue(KEY_DATA_DIR, str(path))

    # -- language --------------------------------------------------------------

    def language(self) -> str:
        """ "" (the system's language) or one of the codes in :data:`LANGUAGES`."""
        code = self._str(KEY_LANGUAGE)
        return code if code in {c for c, _name in LANGUAGES} else ""

    def set_language(self, code: str) -> None:
        if code not in {c for c, _name in LANGUAGES}:
            raise ValueError(f"Unknown language code {code!r}.")
        if code:
            self.qsettings.setValue(KEY_LANGUAGE, code)
        else:
            self.qsettings.remove(KEY_LANGUAGE)

    # -- notifications -----------------------------------------------------------

    def notifications(self) -> bool:
        return _as_bool(self.qsettings.value(KEY_NOTIFICATIONS), True)

    def set_notifications(self, on: bool) -> None:
        self.qsettings.setValue(KEY_NOTIFICATIONS, bool(on))

    # -- sync ------------------------------------------------------------------

    def sync_server(self) -> str:
        return self._str(KEY_SYNC_SERVER)

    def set_sync_server(self, url: str) -> None:
        url = url.strip().rstrip("/")
        if url:
            self.qsettings.setValue(KEY_SYNC_SERVER, url)
        else:
            self.qsettings.remove(KEY_SYNC_SERVER)

    def sync_interval(self) -> int:
        """Minutes between automatic syncs; 0 means only by hand."""
        minutes = _as_int(self.qsettings.value(KEY_SYNC_INTERVAL), DEFAULT_SYNC_INTERVAL)
        return minutes if minutes in SYNC_INTERVALS else DEFAULT_SYNC_INTERVAL

    def set_sync_interval(self, minutes: int) -> None:
        if minutes not in SYNC_INTERVALS:
            raise ValueError(f"The sync interval must be one of {SYNC_INTERVALS} minutes.")
        self.qsettings.setValue(KEY_SYNC_INTERVAL, int(minutes))

    # -- progress ------------------------------------------------------------------

    def at_risk_days(self) -> int:
        days = _as_int(self.qsettings.value(KEY_AT_RISK_DAYS), DEFAULT_AT_RISK_DAYS)
        if not AT_RISK_MIN_DAYS <= days <= AT_RISK_MAX_DAYS:
            return DEFAULT_AT_RISK_DAYS
        return days

    def set_at_risk_days(self, days: int) -> None:
        if not AT_RISK_MIN_DAYS <= days <= AT_RISK_MAX_DAYS:
            raise ValueError(
                f"The at-risk threshold must be {AT_RISK_MIN_DAYS} to {AT_RISK_MAX_DAYS} days."
            )
        self.qsettings.setValue(KEY_AT_RISK_DAYS, int(days))

    def sync(self) -> None:
        self.qsettings.sync()


# -- where the data folder comes from ------------------------------------------------


@dataclass(frozen=True, slots=True)
class DataDirChoice:
    """The data folder of this run and what decided it."""

    path: Path
    #: "command line", "environment", "preferences" or "default"
    source: str


def choose_data_dir(explicit: str | os.PathLike[str] | None, prefs: Preferences) -> DataDirChoice:
    """``--data-dir``, else ``$COURSE_STUDIO_DATA_DIR``, else Preferences, else the usual."""
    if explicit:
        return DataDirChoice(Path(explicit).expanduser(), "command line")
    if os.environ.get(ENV_DATA_DIR):
        return DataDirChoice(resolve_data_dir(None), "environment")
    chosen = prefs.data_dir()
    if chosen is not None:
        return DataDirChoice(chosen, "preferences")
    return DataDirChoice(default_data_dir(), "default")


def default_data_dir() -> Path:
    """The platform's user data folder (what a run without any choice uses)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def data_dir_problem(path: Path) -> str:
    """Why ``path`` cannot hold Course Studio's data ("" when it can)."""
    path = path.expanduser()
    if not path.is_absolute():
        return translate(
            "Preferences", "Choose a full path to a folder, for example one in your home folder."
        )
    if path.exists() and not path.is_dir():
        return translate("Preferences", "{path} is a file, not a folder.").format(path=path)
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        return translate("Preferences", "Course Studio cannot write into {path}.").format(
            path=existing
        )
    database = path / DB_FILENAME
    if database.exists() and not os.access(database, os.R_OK | os.W_OK):
        return translate("Preferences", "Course Studio cannot read and write {path}.").format(
            path=database
        )
    return ""


def holds_data(path: Path) -> bool:
    """Whether ``path`` already holds a Course Studio data file."""
    return (path.expanduser() / DB_FILENAME).is_file()
