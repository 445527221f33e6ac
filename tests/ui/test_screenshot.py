"""``course-studio --screenshot`` renders the window to a PNG and exits."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import course_studio


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "course_studio", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_writes_a_png_of_the_requested_size(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with course_studio.open_studio(data, username="shooter") as studio:
        course = studio.courses.create(
            code="CS101", title="Programming in Python", status="published", term="Fall 2026"
        )
        studio.outline.add_lesson(
            studio.outline.add_module(course.id, title="Week 1").id, title="Hi"
        )
    out = tmp_path / "shots" / "window.png"
    result = run_cli("--data-dir", str(data), "--screenshot", str(out), "--size", "900x640")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    assert png_size(out) == (900, 640)
    assert "written to" in result.stdout


def test_screenshot_failures_say_why(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli(
        "--data-dir", str(tmp_path / "data"), "--screenshot", str(blocker / "shot.png")
    )
    assert result.returncode != 0
    assert "cannot create the folder for" in result.stderr
    bad_size = run_cli(
        "--data-dir", str(tmp_path / "data"), "--screenshot", "x.png", "--size", "big"
    )
    assert bad_size.returncode == 2
    assert "The size must look like 1280x800 (got 'big')." in bad_size.stderr
