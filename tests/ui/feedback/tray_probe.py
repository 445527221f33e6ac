"""Run under a real X server with a system tray (see test_tray.py): show a
notification through the Notifier and report, as JSON, what X and Qt show.

Not a test module; test_tray.py starts it in a subprocess with QT_QPA_PLATFORM=xcb.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSystemTrayIcon, QWidget

import course_studio
from course_studio.ui.notifier import Notifier
from course_studio.ui.workers import wait_for_db


def wait_for(condition: Callable[[], Any], limit: float = 20.0) -> Any:
    """Process events until ``condition()`` is truthy (gives up after ``limit`` s)."""
    end = time.monotonic() + limit
    while True:
        QCoreApplication.processEvents()
        value = condition()
        if value or time.monotonic() > end:
            return value
        time.sleep(0.02)


def top_level(class_name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.metaObject().className() == class_name and widget.isVisible():
            return widget
    return None


def native_id(widget: QWidget) -> int:
    """The X window id (the widget's window handle: QBalloonTip recreates its native
    window after QWidget.winId() was first taken, so that id can be stale)."""
    handle = widget.windowHandle()
    return int(handle.winId() if handle is not None else widget.winId())


def xwininfo(*args: str) -> str:
    done = subprocess.run(
        ["xwininfo", *args], capture_output=True, text=True, check=False, timeout=10
    )
    return done.stdout + done.stderr


def ancestors(window: int) -> list[tuple[int, str]]:
    """The X windows above ``window`` up to the root: (id, WM_CLASS)."""
    chain: list[tuple[int, str]] = []
    current = window
    for _ in range(20):
        match = re.search(
            r"Parent window id: (0x[0-9a-f]+)", xwininfo("-children", "-id", hex(current))
        )
        if not match:
            break
        parent = int(match.group(1), 16)
        if parent == 0:
            break
        wm_class = subprocess.run(
            ["xprop", "-id", hex(parent), "WM_CLASS"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        ).stdout.strip()
        chain.append((parent, wm_class))
        current = parent
    return chain


def main() -> int:
    data_dir = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    report: dict[str, Any] = {"available": QSystemTrayIcon.isSystemTrayAvailable()}
    with course_studio.open_studio(data_dir) as studio:
        window = QMainWindow()
        window.resize(400, 300)
        window.show()
        notifier = Notifier(studio, window)
        report["uses_tray"] = notifier.uses_tray
        icon = wait_for(lambda: top_level("QSystemTrayIconSys"))
        report["icon_shown"] = icon is not None
        if icon is not None:
            report["icon_ancestors"] = [c for _w, c in ancestors(native_id(icon))]
        notifier.notify("Enroll", "Ada Lovelace is enrolled in CS101.")
        balloon = wait_for(lambda: top_level("QBalloonTip"))
        report["balloon_shown"] = balloon is not None
        if balloon is not None:
            report["balloon_texts"] = [label.text() for label in balloon.findChildren(QLabel)]
            wid = hex(native_id(balloon))
            # Qt sends its X requests when the event loop runs: wait until X maps it
            wait_for(lambda: "IsViewable" in xwininfo("-id", wid))
            state = re.search(r"Map State: (\w+)", xwininfo("-id", wid))
            report["balloon_map_state"] = state.group(1) if state else None
        report["toasts"] = len(notifier.toasts())
        wait_for(lambda: notifier.pending() == 0)
        wait_for_db()
        report["history"] = [(e.action, e.summary) for e in studio.activity.recent()]
        if notifier.tray is not None:
            notifier.tray.hide()
    del app
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
