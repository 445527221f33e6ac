"""The roster import wizard on a 100,000-student OneRoster package, offscreen.

Prints one JSON object: the wizard's check and import times (both on worker threads)
and the longest the UI thread went without handling events meanwhile, against the
same check and commit called directly on the same file in the same run (the
baseline: what the work costs without a window around it).

    QT_QPA_PLATFORM=offscreen python benchmarks/interop_ui_bench.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import course_studio
from course_studio.interop import commit_roster, preview_roster
from course_studio.ui.roster_import_wizard import RosterImportWizard
from course_studio.ui.style import apply_style

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interop_bench import make_package


class Notifier:
    def notify(self, *_args: object, **_kwargs: object) -> None:
        pass


class StallMeter:
    """A 10 ms timer on the UI thread; the longest gap between its ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.phase = ""
        self.stalls: list[tuple[float, str]] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self._last > 0.2:
            self.stalls.append((round(now - self._last, 2), self.phase))
        self.longest = max(self.longest, now - self._last)
        self._last = now


def run_until(condition: Callable[[], object], timeout: float = 600) -> float:
    start = time.perf_counter()
    while not condition():
        QCoreApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the wizard did not finish")
    return time.perf_counter() - start


gc_times: list[float] = []
_gc_start = [0.0]


def _gc_watch(phase: str, info: dict[str, int]) -> None:
    if info.get("generation") != 2:
        return
    if phase == "start":
        _gc_start[0] = time.perf_counter()
    else:
        gc_times.append(time.perf_counter() - _gc_start[0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        package = root / "roster.zip"
        make_package(package, args.rows)

        with course_studio.open_studio(root / "direct", username="bench") as studio:
            start = time.perf_counter()
            preview = preview_roster(studio, package)
            direct_check = time.perf_counter() - start
            start = time.perf_counter()
            assert commit_roster(studio, preview).written
            direct_commit = time.perf_counter() - start

        with course_studio.open_studio(root / "wizard", username="bench") as studio:
            host = QWidget()
            wizard = RosterImportWizard(studio, Notifier(), parent=host)
            wizard.show()
            run_until(lambda: wizard.source_page.course_combo is not None)
            wizard.source_page.file.set_text(package)
            run_until(lambda: wizard.source is not None and not wizard.source_page.reading)
            gc.callbacks.append(_gc_watch)
            meter = StallMeter()
            meter.start()
            meter.phase = "check"
            wizard.next()
            check_s = run_until(
                lambda: wizard.preview is not None and not wizard.check_page.running
            )
            assert wizard.preview is not None and wizard.preview.ok
            meter.phase = "import"
            wizard.next()
            import_s = run_until(lambda: bool(wizard.import_page.outcome))
            assert wizard.import_page.outcome == "done", wizard.import_page.status.text()
            meter.timer.stop()
            students = studio.students.count()
            wizard.close()
            host.deleteLater()
            QCoreApplication.processEvents()
    print(
        json.dumps(
            {
                "benchmark": "roster import wizard (OneRoster 1.1, one class), offscreen",
                "rows": args.rows,
                "ours": {
                    "wizard_check_s": round(check_s, 2),
                    "wizard_import_s": round(import_s, 2),
                    "wizard_total_s": round(check_s + import_s, 2),
                    "longest_ui_stall_ms": round(meter.longest * 1000),
                    "ui_stalls_over_200ms": [[s, phase] for s, phase in meter.stalls],
                    "gc_gen2_longest_ms": round(max(gc_times, default=0) * 1000),
                    "students_written": students,
                },
                "baseline": {
                    "direct_check_s": round(direct_check, 2),
                    "direct_commit_s": round(direct_commit, 2),
                    "direct_total_s": round(direct_check + direct_commit, 2),
                },
                "wizard_overhead": round((check_s + import_s) / (direct_check + direct_commit), 2),
                "under_a_minute": check_s + import_s < 60,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
