"""What the window remembers between runs, in QSettings.

Window geometry and dock/toolbar state, the course table's columns (width, order,
visibility, sort), splitter sizes, the open tab, and the last selected course — the
last one per data dir, since a course id means nothing in another data dir.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

#: bump when the layout of saved state changes, so old state is ignored, not misread
LAYOUT_VERSION = 1


class UiSettings:
    def __init__(self, settings: QSettings, data_dir: Path, columns: int) -> None:
        self.qsettings = settings
        digest = hashlib.sha1(str(Path(data_dir).resolve()).encode()).hexdigest()[:12]
        self._selection_key = f"selection/{digest}"
        self._version = f"{LAYOUT_VERSION}.{columns}"

    def _bytes(self, key: str) -> QByteArray | None:
        if self.qsettings.value("layout/version") != self._version:
            return None
        value = self.qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def save_bytes(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue("layout/version", self._version)
        self.qsettings.setValue(key, value)

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def header_state(self) -> QByteArray | None:
        return self._bytes("courses/header")

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def tab(self) -> int:
        value = self.qsettings.value("detail/tab", 0)
        try:
            return int(str(value))
        except ValueError:
            return 0

    def set_tab(self, index: int) -> None:
        self.qsettings.setValue("detail/tab", index)

    def last_course(self) -> str | None:
        value = self.qsettings.value(self._selection_key)
        return value if isinstance(value, str) and value else None

    def set_last_course(self, course_id: str | None) -> None:
        if course_id:
            self.qsettings.setValue(self._selection_key, course_id)
        else:
            self.qsettings.remove(self._selection_key)

    def sync(self) -> None:
        self.qsettings.sync()
