"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method
that returns nothing; after a few thousand calls the process dies with "Fatal Python
error: none_dealloc". pyproject pins PySide6 below 6.12; this test fails the suite
if an upgrade brings the bug back. It runs in a child process, so a crash is a test
failure and not the end of the test run."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(100_000):
    label.setText("x")          # returns None
    label.setObjectName("y")    # returns None
print("survived", sys.getrefcount(None) > 0)
"""


def test_100k_calls_of_methods_returning_none_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived True" in result.stdout


def test_pyside_is_below_the_broken_release() -> None:
    import PySide6

    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), "PySide6 6.12 crashes (none_dealloc); see pyproject"
