"""The tray path, for real: Xvfb plus trayer (an XEmbed system tray), the Notifier in a
subprocess on the xcb platform.

What is checked is what X itself shows: the tray is available, the app's tray icon
window is embedded in trayer's panel (its X ancestors include a trayer window), and
``showMessage`` puts up Qt's balloon as a mapped, viewable X window carrying the
notification's title and text. The rest of the suite runs offscreen, where there is
no tray and the toast path is taken (test_notifier.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "trayer", "xwininfo", "xprop")
PROBE = Path(__file__).with_name("tray_probe.py")


def _missing() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@pytest.fixture
def x_tray(tmp_path: Path) -> Iterator[str]:
    """A virtual X screen with trayer running on it; stopped afterwards."""
    missing = _missing()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/system-deps.sh test installs them)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    trayer = None
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # Xvfb writes its display once it is ready
        assert number.isdigit(), "Xvfb did not start"
        display = f":{number}"
        env = {**os.environ, "DISPLAY": display}
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--height", "24"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # wait (bounded) until trayer's panel window exists
        end = time.monotonic() + 20
        while time.monotonic() < end:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True
            ).stdout
            if re.search(r'"panel": \("panel" "trayer"\)', tree):
                break
            time.sleep(0.05)
        yield display
    finally:
        for process in (trayer, xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def test_tray_message_shows_on_a_real_tray(x_tray: str, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        # no session bus: Qt must use the XEmbed tray that trayer provides
        if key not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")
    }
    env.update(
        DISPLAY=x_tray,
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=os.pathsep.join([str(Path(__file__).parents[3]), env.get("PYTHONPATH", "")]),
    )
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["available"] is True
    assert report["uses_tray"] is True
    assert report["icon_shown"] is True
    assert any("trayer" in wm_class for wm_class in report["icon_ancestors"]), report
    assert report["balloon_shown"] is True
    assert report["balloon_map_state"] == "IsViewable"
    assert "Enroll" in report["balloon_texts"]
    assert "Ada Lovelace is enrolled in CS101." in report["balloon_texts"]
    assert report["toasts"] == 0  # the tray took it; no toast on top
    assert report["history"] == [["Enroll", "Ada Lovelace is enrolled in CS101."]]
