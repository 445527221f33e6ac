"""The course list with 10,000 courses: our model and proxy against the textbook way.

Ours: CourseTableModel (rows kept in order by Python sort keys, refreshed in place by
id) behind CourseFilterProxy (words matched against precomputed row keys).
Baseline, measured in the same run: a QStandardItemModel filled with the same texts
behind a QSortFilterProxyModel that filters with a case-insensitive regular expression
over every column and sorts through data().

Prints one JSON object; times in milliseconds, the best of a few rounds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/course_list_bench.py [ROWS]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from course_studio.domain.records import CourseRecord
from course_studio.ui.course_model import (
    COLUMNS,
    CourseFilterProxy,
    CourseTableModel,
    column_index,
)

TYPED = ["p", "py", "pyt", "pyth", "pytho", "python", "python f", "python fall"]
ROUNDS = 3


def make_records(n: int, seed: int = 7) -> list[CourseRecord]:
    rng = random.Random(seed)
    subjects = ["Python", "Algebra", "History", "Biology", "Design", "Ethics", "Physics"]
    terms = ["Fall 2026", "Spring 2027", "Summer 2026", "Fall 2025"]
    tags = ["python", "lab", "seminar", "beginner", "advanced", "data", "writing"]
    start = dt.date(2026, 1, 12)
    now = dt.datetime(2026, 10, 1, 12, 0)
    records = []
    for i in range(n):
        begin = start + dt.timedelta(days=rng.randrange(0, 500))
        records.append(
            CourseRecord(
                id=f"c{i:06d}",
                owner_id="me",
                code=f"{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{i:05d}",
                title=f"{rng.choice(subjects)} {rng.choice(['I', 'II', 'for All', 'Lab'])}",
                description="",
                status=rng.choice(["draft", "published", "archived"]),
                term=rng.choice(terms),
                category=rng.choice(subjects),
                tags=tuple(sorted(rng.sample(tags, 2))),
                language="en",
                start_date=begin,
                end_date=begin + dt.timedelta(days=110),
                capacity=rng.choice([None, 30, 100, 300]),
                created_at=now,
                updated_at=now - dt.timedelta(hours=rng.randrange(0, 5000)),
                instructor_ids=("me",),
                enrolled=rng.randrange(0, 300),
                avg_progress=rng.random() * 100,
            )
        )
    return records


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(min(times), 1)


def baseline_fill(model: QStandardItemModel, records: list[CourseRecord]) -> None:
    model.clear()
    model.setColumnCount(len(COLUMNS))
    for record in records:
        model.appendRow([QStandardItem(c.display(record)) for c in COLUMNS])


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication.instance() or QApplication([])
    records = make_records(rows)
    changed = [
        CourseRecord(
            **{
                **r.as_dict(),
                "tags": r.tags,
                "instructor_ids": r.instructor_ids,
                "enrolled": r.enrolled + 1,
            }
        )
        if i % 100 == 0
        else r
        for i, r in enumerate(records)
    ]
    title = column_index("title")

    ours = CourseTableModel()
    ours.sort(column_index("code"), Qt.SortOrder.AscendingOrder)
    proxy = CourseFilterProxy()
    proxy.setSourceModel(ours)

    def ours_load() -> None:
        ours.set_records([])
        ours.set_records(records)

    def ours_filter() -> None:
        for text in TYPED:
            proxy.set_text(text)
            proxy.rowCount()
        proxy.set_text("")

    def ours_sort() -> None:
        proxy.sort(title, Qt.SortOrder.AscendingOrder)
        proxy.sort(title, Qt.SortOrder.DescendingOrder)

    def ours_refresh() -> None:
        ours.set_records(changed)
        ours.set_records(records)

    base = QStandardItemModel()
    base_proxy = QSortFilterProxyModel()
    base_proxy.setSourceModel(base)
    base_proxy.setFilterKeyColumn(-1)
    base_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def base_filter() -> None:
        for text in TYPED:
            pattern = ".*".join(re.escape(w) for w in text.split())
            base_proxy.setFilterRegularExpression(
                QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)
            )
            base_proxy.rowCount()
        base_proxy.setFilterRegularExpression("")

    def base_sort() -> None:
        base_proxy.sort(title, Qt.SortOrder.AscendingOrder)
        base_proxy.sort(title, Qt.SortOrder.DescendingOrder)

    def base_refresh() -> None:
        baseline_fill(base, changed)
        baseline_fill(base, records)

    result = {
        "benchmark": "course_list",
        "rows": rows,
        "load_ms": {
            "ours": best(ours_load),
            "baseline": best(lambda: baseline_fill(base, records)),
        },
        "filter_8_keystrokes_ms": {"ours": best(ours_filter), "baseline": best(base_filter)},
        "sort_twice_ms": {"ours": best(ours_sort), "baseline": best(base_sort)},
        "refresh_1pct_changed_twice_ms": {
            "ours": best(ours_refresh),
            "baseline": best(base_refresh),
        },
        "notes": "baseline refresh rebuilds the model (selection and scroll are lost); "
        "ours updates rows in place by id",
    }
    print(json.dumps(result, indent=2))
    del app


if __name__ == "__main__":
    main()
