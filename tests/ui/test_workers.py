"""The background op runner delivers results and errors in the UI thread."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from course_studio.store import Changes
from course_studio.ui.changes import ChangeHub
from course_studio.ui.workers import Op, Task, wait_for_db


def test_success_runs_in_the_ui_thread(qtbot: QtBot) -> None:
    main = threading.get_ident()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    with qtbot.waitCallback() as cb:
        Op(None, work).success(lambda r: (seen.update(ui=threading.get_ident()), cb(r))).run()
    cb.assert_called_with(42)
    assert seen["worker"] != main and seen["ui"] == main


def test_failure_and_progress_and_cancel(qtbot: QtBot) -> None:
    steps: list[int] = []

    def long_job(task: Task) -> None:
        for i in range(1000):
            task.progress(i, 1000)
            if i == 3:
                task.cancel()

    with qtbot.waitCallback() as cb:
        Op(None, long_job, with_task=True).progress(lambda d, t, _l: steps.append(d)).failure(
            cb
        ).run()
    assert type(cb.args[0]).__name__ == "Cancelled"
    assert wait_for_db()
    qtbot.waitUntil(lambda: len(steps) == 4)
    assert steps == [0, 1, 2, 3]


def test_change_hub_delivers_store_events(qtbot: QtBot, studio: Any) -> None:
    hub = ChangeHub(studio.store)
    with qtbot.waitSignal(hub.changed) as blocker:
        Op(None, lambda: studio.courses.create(code="CS1", title="From a worker")).run()
    changes = blocker.args[0]
    assert isinstance(changes, Changes) and changes.courses
    hub.close()
