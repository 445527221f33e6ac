"""Filtering benchmark: the filter language against baselines measured in the same run.

    python benchmarks/filter_bench.py            # 10,000 courses, 1,000,000 enrollments
    python benchmarks/filter_bench.py --quick    # a tenth of that, in under a minute
    python benchmarks/filter_bench.py --data-dir D   # an existing demo data dir

It prints one JSON object:

- ``course_refilter``: five multi-criteria course filters over every course.
  ``ours_ms`` is the median time for the course list's CourseFilterProxy to show
  a filter (parse, compile, one pass over the precomputed row keys, then the
  proxy's layout change); ``proxy_regex_ms`` a plain QSortFilterProxyModel with
  setFilterRegularExpression over every column of the same CourseTableModel;
  ``standard_item_floor_ms`` the same regular expressions over a
  QStandardItemModel holding the same cells (data held in C++), the floor.
  ``predicate_only_ms`` is the compiled filter alone over the keys, and
  ``naive_python_ms`` the same filters evaluated over each row's cells as text.
- ``enrollment_first_screen``: five filter + sort combinations over all
  enrollments; time until the count and the first 100 rows are ready. ``ours_ms``
  (median) and ``ours_worst_ms`` go through EnrollmentQueryService.first_screen;
  ``sqlite_floor_ms`` runs the very same SQL statements with plain sqlite3 (no
  SQLAlchemy, no records), the floor for this approach. ``loaded_proxy_ms`` is a
  QSortFilterProxyModel (regular expression and sort) over a QAbstractTableModel
  loaded with every enrollment, loading included; above
  ``--loaded-proxy-max-rows`` it is skipped (null, with the reason).
- ``memory``: ``rss_added_mb`` is what opening the All enrollments model and
  table over every enrollment adds (first screen, ten windows down, a jump to the
  end), in a fresh process; ``service_first_screen_rss_added_mb`` what the data
  layer alone adds for the first screen and ten more windows.

The data dir is made with the demo generator when it does not exist (cached in the
temp dir). Opening it migrates it to the current schema, so pass a copy of data you
want to keep as it is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

import course_studio
from course_studio.demo import DemoSize, generate
from course_studio.domain.records import CourseRecord
from course_studio.query import compile_predicate, parse
from course_studio.store.paths import database_path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LARGE = DemoSize(courses=10_000, students=200_000, enrollments=1_000_000)
QUICK = DemoSize(courses=1_000, students=20_000, enrollments=100_000)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time in ms over ``repeat`` runs (after one warm-up), and a result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


# -- (a) course refilter -----------------------------------------------------------------


def _cells(r: CourseRecord, names: dict[str, str]) -> dict[str, str]:
    """A course row as a table model shows it: every cell as text."""
    return {
        "code": r.code,
        "title": r.title,
        "status": r.status,
        "term": r.term,
        "category": r.category,
        "tags": ", ".join(r.tags),
        "instructors": ", ".join(names.get(i, "") for i in (*r.instructor_ids, r.owner_id)),
        "starts": r.start_date.isoformat() if r.start_date else "",
        "enrolled": str(r.enrolled),
        "waitlisted": str(r.waitlisted),
        "capacity": "" if r.capacity is None else str(r.capacity),
        "progress": "" if r.avg_progress is None else repr(r.avg_progress),
        "at_risk": str(r.at_risk),
    }


def _course_queries(year: int, me_name: str) -> list[tuple[str, Callable[[dict[str, str]], bool]]]:
    """Five typical filters, each with the plain evaluation over cell text."""
    me = re.compile(rf"(^|, ){re.escape(me_name)}(,|$)")
    term = re.compile(rf"fall {year}", re.I)
    machine, learning = re.compile("machine", re.I), re.compile("learning", re.I)

    def tag(name: str) -> re.Pattern[str]:
        return re.compile(rf"(^|, ){re.escape(name)}(,|$)")

    python, beginner = tag("python"), tag("beginner")

    def words(c: dict[str, str]) -> str:
        return "\t".join((c["code"], c["title"], c["term"], c["category"], c["tags"]))

    return [
        (
            "status:published tag:python enrolled>20",
            lambda c: (
                c["status"] == "published"
                and bool(python.search(c["tags"]))
                and int(c["enrolled"]) > 20
            ),
        ),
        (
            f'term:"Fall {year}" -status:archived progress<75',
            lambda c: (
                bool(term.search(c["term"]))
                and c["status"] != "archived"
                and c["progress"] != ""
                and float(c["progress"]) < 75
            ),
        ),
        (
            "instructor:me at-risk:yes",
            lambda c: bool(me.search(c["instructors"])) and int(c["at_risk"]) > 0,
        ),
        (
            f"machine learning starts>={year}-09-01",
            lambda c: (
                bool(machine.search(words(c)))
                and bool(learning.search(words(c)))
                and c["starts"] >= f"{year}-09-01"
            ),
        ),
        (
            'category:"Computer Science" capacity<=30 OR tag:beginner waitlisted>0',
            lambda c: (
                (
                    "computer science" in c["category"].lower()
                    and c["capacity"] != ""
                    and int(c["capacity"]) <= 30
                )
                or (bool(beginner.search(c["tags"])) and int(c["waitlisted"]) > 0)
            ),
        ),
    ]


def course_refilter(studio: course_studio.Studio, repeat: int) -> dict[str, Any]:
    start = time.perf_counter()
    records = studio.courses.list()
    load_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    keys = studio.courses.keys(records)
    keys_ms = (time.perf_counter() - start) * 1000
    names = {i.id: i.display_name for i in studio.instructors.list()}
    me_name = names[studio.me]
    ctx = studio.courses.filter_context()
    year = ctx.today.year if ctx.today.month >= 6 else ctx.today.year - 1
    queries = []
    for text, naive in _course_queries(year, me_name):

        def ours(text: str = text) -> list[int]:
            return compile_predicate(parse(text), ctx).select(keys)

        def plain(naive: Callable[[dict[str, str]], bool] = naive) -> list[int]:
            return [i for i, r in enumerate(records) if naive(_cells(r, names))]

        ours_ms, picked = _timed(ours, repeat)
        naive_ms, naive_picked = _timed(plain, max(1, repeat // 3))
        queries.append(
            {
                "query": text,
                "matches": len(picked),
                "ours_ms": round(ours_ms, 2),
                "naive_python_ms": round(naive_ms, 2),
                "same_rows": picked == naive_picked,
            }
        )
    ours_median = statistics.median(q["ours_ms"] for q in queries)
    naive_median = statistics.median(q["naive_python_ms"] for q in queries)
    qt = qt_course_refilter(studio, records, keys, [q["query"] for q in queries], me_name, repeat)
    for q, in_qt in zip(queries, qt["queries"], strict=True):
        q["predicate_only_ms"] = q.pop("ours_ms")
        q.update({k: v for k, v in in_qt.items() if k != "query"})
    return {
        "rows": len(records),
        "ours_ms": qt["ours_ms"],
        "proxy_regex_ms": qt["proxy_regex_ms"],
        "standard_item_floor_ms": qt["standard_item_floor_ms"],
        "ours_vs_proxy": round(qt["proxy_regex_ms"] / qt["ours_ms"], 1) if qt["ours_ms"] else None,
        "ours_vs_floor": round(qt["ours_ms"] / qt["standard_item_floor_ms"], 2)
        if qt["standard_item_floor_ms"]
        else None,
        "predicate_only_ms": round(ours_median, 2),
        "naive_python_ms": round(naive_median, 2),
        "load_records_ms": round(load_ms, 1),
        "build_keys_ms": round(keys_ms, 1),
        "queries": queries,
    }


def _qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["filter_bench"])


def _regex_of(text: str, me_name: str) -> str:
    """The plain proxy's stand-in for a filter: a regular expression for its most
    telling words, matched against every column (a regex cannot compare numbers,
    so it selects more rows than the filter; its cost is what is measured)."""
    if text.startswith("status:published"):
        return r"^python$|python,|, python"
    if text.startswith("term:"):
        return text.split('"')[1]
    if text.startswith("instructor:me"):
        return re.escape(me_name)
    if text.startswith("machine"):
        return r"machine.*learning"
    return r"computer science|beginner"


def qt_course_refilter(
    studio: course_studio.Studio,
    records: list[CourseRecord],
    keys: list[Any],
    queries: list[str],
    me_name: str,
    repeat: int,
) -> dict[str, Any]:
    """(a) in Qt: ``ours_ms``, the course list's CourseFilterProxy refiltering the
    CourseTableModel for each filter (parse, compile, one pass over the keys, then
    the proxy's layout change); ``proxy_regex_ms``, a plain
    QSortFilterProxyModel with setFilterRegularExpression over every column of the
    same CourseTableModel; ``standard_item_floor_ms``, the same regular expressions
    over a QStandardItemModel holding the same cells (data held in C++)."""
    from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from course_studio.query import FilterSpec, Scope
    from course_studio.ui.course_model import COLUMNS, CourseFilterProxy, CourseTableModel

    _qt_app()
    ctx = studio.courses.filter_context()
    model = CourseTableModel(me=studio.me)
    model.set_records(records, keys)
    ours = CourseFilterProxy()
    ours.setSourceModel(model)
    plain = QSortFilterProxyModel()
    plain.setSourceModel(model)
    plain.setFilterKeyColumn(-1)
    plain.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    standard = QStandardItemModel(len(records), len(COLUMNS))
    for row in range(model.rowCount()):
        for col in range(len(COLUMNS)):
            standard.setItem(row, col, QStandardItem(str(model.index(row, col).data() or "")))
    floor = QSortFilterProxyModel()
    floor.setSourceModel(standard)
    floor.setFilterKeyColumn(-1)
    floor.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    empty = FilterSpec(Scope.COURSES)
    per_query = []
    for text in queries:

        def run_ours(text: str = text) -> tuple[float, int]:
            ours.set_filter(empty, ctx)
            start = time.perf_counter()
            ours.set_filter(parse(text), ctx)
            n = ours.rowCount()
            return (time.perf_counter() - start) * 1000, n

        def run_regex(proxy: QSortFilterProxyModel, pattern: str) -> tuple[float, int]:
            proxy.setFilterRegularExpression("")
            regex = QRegularExpression(
                pattern, QRegularExpression.PatternOption.CaseInsensitiveOption
            )
            start = time.perf_counter()
            proxy.setFilterRegularExpression(regex)
            n = proxy.rowCount()
            return (time.perf_counter() - start) * 1000, n

        pattern = _regex_of(text, me_name)
        ours_times = [run_ours()[0] for _ in range(repeat + 1)][1:]
        plain_times = [run_regex(plain, pattern)[0] for _ in range(max(1, repeat // 2) + 1)][1:]
        floor_times = [run_regex(floor, pattern)[0] for _ in range(repeat + 1)][1:]
        per_query.append(
            {
                "query": text,
                "regex": pattern,
                "ours_ms": round(statistics.median(ours_times), 2),
                "proxy_regex_ms": round(statistics.median(plain_times), 2),
                "standard_item_floor_ms": round(statistics.median(floor_times), 2),
            }
        )
    return {
        "ours_ms": round(statistics.median(q["ours_ms"] for q in per_query), 2),
        "proxy_regex_ms": round(statistics.median(q["proxy_regex_ms"] for q in per_query), 2),
        "standard_item_floor_ms": round(
            statistics.median(q["standard_item_floor_ms"] for q in per_query), 2
        ),
        "queries": per_query,
    }


# -- (b) enrollments, first screen ---------------------------------------------------------


def _enrollment_queries(year: int) -> list[tuple[str, str]]:
    return [
        ("", "student"),
        ("status:active at-risk:yes", "-last-activity"),
        ("ander", "course"),
        (f'term:"Fall {year}" progress<50', "progress"),
        (f"role:student -status:dropped enrolled>={year}-08-01", "-enrolled"),
    ]


def enrollment_first_screen(
    studio: course_studio.Studio, repeat: int, loaded_proxy_max_rows: int
) -> dict[str, Any]:
    lists = studio.enrollment_query
    year = studio.courses.filter_context().today.year
    if studio.courses.filter_context().today.month < 6:
        year -= 1
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: Any) -> None:
        statements.append((sql, params))

    raw = sqlite3.connect(studio.store.path, isolation_level=None)
    queries = []
    for text, sort in _enrollment_queries(year):

        def ours(text: str = text, sort: str = sort) -> Any:
            return lists.first_screen(text, sort=sort, limit=100)

        ours_ms, screen = _timed(ours, repeat)
        statements.clear()
        event.listen(studio.store.engine, "before_cursor_execute", capture)
        try:
            ours()
        finally:
            event.remove(studio.store.engine, "before_cursor_execute", capture)
        same = [(sql, p) for sql, p in statements if not sql.lstrip().upper().startswith("BEGIN")]

        def floor(same: list[tuple[str, Any]] = same) -> list[Any]:
            raw.execute("BEGIN")  # one snapshot, as ours has
            try:
                return [raw.execute(sql, params).fetchall() for sql, params in same]
            finally:
                raw.execute("ROLLBACK")

        floor_ms, _ = _timed(floor, repeat)
        queries.append(
            {
                "query": text,
                "sort": sort,
                "total": screen.total,
                "rows": len(screen.rows),
                "ours_ms": round(ours_ms, 1),
                "sqlite_floor_ms": round(floor_ms, 1),
                "statements": len(same),
            }
        )
    raw.close()
    ours_all = [q["ours_ms"] for q in queries]
    floor_median = statistics.median(q["sqlite_floor_ms"] for q in queries)
    ours_median = statistics.median(ours_all)
    rows = lists.count()
    loaded: dict[str, Any] = {"median_ms": None}
    if rows <= loaded_proxy_max_rows:
        loaded = qt_loaded_proxy(studio, _enrollment_queries(year))
    else:
        loaded["skipped"] = (
            f"{rows:,} rows is over --loaded-proxy-max-rows {loaded_proxy_max_rows:,}: "
            "loading and sorting them in a Python table model takes minutes per query"
        )
    return {
        "rows": rows,
        "ours_ms": round(ours_median, 1),
        "ours_worst_ms": max(ours_all),
        "loaded_proxy_ms": loaded["median_ms"],
        "sqlite_floor_ms": round(floor_median, 1),
        "loaded_proxy_over_ours": round(loaded["median_ms"] / ours_median, 1)
        if ours_median and loaded["median_ms"]
        else None,
        "loaded_proxy": loaded,
        "ours_over_floor_worst": round(
            max(q["ours_ms"] / q["sqlite_floor_ms"] for q in queries if q["sqlite_floor_ms"]), 2
        ),
        "queries": queries,
    }


#: how the loaded-proxy baseline stands in for each enrollment filter (by its sort,
#: one per query): the column its regular expression is matched in (-1: every
#: column) and the expression
_ENROLLMENT_REGEX = {
    "student": (-1, ""),  # every enrollment
    "-last-activity": (4, "^active$"),  # status:active (at-risk is not a column)
    "course": (-1, "ander"),
    "progress": (5, r"^(0|[1-4])?[0-9]\."),  # progress<50 (the term is not a column)
    "-enrolled": (3, "^student$"),  # role:student
}
_SORT_COLUMN = {
    "student": 0,
    "email": 1,
    "course": 2,
    "role": 3,
    "status": 4,
    "progress": 5,
    "last-activity": 6,
    "enrolled": 7,
}


def _loaded_row(r: Any) -> tuple[str, ...]:
    return (
        f"{r.family_name}, {r.given_name}",
        r.email,
        r.course_code,
        r.role,
        r.status,
        f"{r.progress:06.2f}",
        r.last_activity_at.isoformat() if r.last_activity_at else "",
        r.enrolled_at.isoformat(),
    )


def qt_loaded_proxy(studio: course_studio.Studio, queries: list[tuple[str, str]]) -> dict[str, Any]:
    """(b) baseline: every enrollment loaded into a QAbstractTableModel (read through
    the same service, in windows of 5,000), then for each filter + sort a
    QSortFilterProxyModel with a regular expression and a sort, until its first 100
    rows are read. The load is measured once and added to each query's time."""
    from PySide6.QtCore import (
        QAbstractTableModel,
        QModelIndex,
        QRegularExpression,
        QSortFilterProxyModel,
        Qt,
    )

    _qt_app()
    display = Qt.ItemDataRole.DisplayRole

    class Loaded(QAbstractTableModel):
        def __init__(self, rows: list[tuple[str, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 8

        def data(self, index: Any, role: int = display) -> Any:
            if role == display:
                return self.rows[index.row()][index.column()]
            return None

    lists = studio.enrollment_query
    start = time.perf_counter()
    rows: list[tuple[str, ...]] = []
    screen = lists.first_screen(sort="student", limit=5_000)
    page = list(screen.rows)
    while page:
        rows.extend(_loaded_row(r) for r in page)
        page = lists.fetch(sort="student", after=page[-1].cursor, limit=5_000, total=screen.total)
    model = Loaded(rows)
    load_ms = (time.perf_counter() - start) * 1000
    per_query = []
    for text, sort in queries:
        column, pattern = _ENROLLMENT_REGEX[sort]
        start = time.perf_counter()
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(column)
        proxy.setFilterRegularExpression(
            QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)
        )
        order = (
            Qt.SortOrder.DescendingOrder if sort.startswith("-") else Qt.SortOrder.AscendingOrder
        )
        proxy.sort(_SORT_COLUMN[sort.lstrip("-")], order)
        shown = proxy.rowCount()
        for r in range(min(100, shown)):
            for c in range(8):
                proxy.index(r, c).data()
        ms = (time.perf_counter() - start) * 1000
        proxy.setSourceModel(None)
        per_query.append(
            {
                "query": text,
                "sort": sort,
                "regex": pattern,
                "rows": shown,
                "filter_sort_ms": round(ms, 1),
            }
        )
    del model, rows
    gc.collect()
    return {
        "load_ms": round(load_ms, 1),
        "median_ms": round(load_ms + statistics.median(q["filter_sort_ms"] for q in per_query), 1),
        "queries": per_query,
    }


# -- (c) memory ----------------------------------------------------------------------------


def memory(data_dir: Path) -> dict[str, Any]:
    """Measured in a fresh process, so that nothing measured before hides it."""
    done = subprocess.run(
        [sys.executable, __file__, "--data-dir", str(data_dir), "--memory-only"],
        capture_output=True,
        text=True,
        check=True,
    )
    added = json.loads(done.stdout)
    view = subprocess.run(
        [sys.executable, __file__, "--data-dir", str(data_dir), "--view-memory-only"],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        "rss_added_mb": json.loads(view.stdout),
        "service_first_screen_rss_added_mb": added,
    }


def _service_memory(data_dir: Path) -> float:
    before = _rss_mb()
    with course_studio.open_studio(data_dir) as studio:
        screen = studio.enrollment_query.first_screen(sort="student")
        after = screen.rows[-1].cursor if screen.rows else None
        for _ in range(10):  # scroll down ten windows
            page = studio.enrollment_query.fetch(sort="student", after=after, total=screen.total)
            after = page[-1].cursor if page else after
        added = _rss_mb() - before
    return round(added, 1)


def qt_view_rss_added_mb(data_dir: Path) -> float:
    """Process memory added by opening the enrollment view over every enrollment
    (the All enrollments model and table, its first screen, then ten windows further
    down and a jump to the end), measured after the app and the store are open."""
    from PySide6.QtWidgets import QAbstractItemView

    from course_studio.ui.all_enrollments import EnrollmentTable
    from course_studio.ui.enrollment_rows import EnrollmentQueryModel
    from course_studio.ui.loading import wait_for_reads

    app = _qt_app()

    def wait(done: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 600
        while not done() and time.monotonic() < deadline:
            wait_for_reads(50)
            app.processEvents()

    with course_studio.open_studio(data_dir) as studio:
        studio.enrollment_query.count()  # the store is open and warm
        gc.collect()
        before = _rss_mb()
        model = EnrollmentQueryModel(studio.enrollment_query, now=studio.context.clock)
        table = EnrollmentTable()
        table.setModel(model)
        table.resize(1200, 700)
        table.show()
        model.set_query("", sort="student")
        wait(lambda: model.total > 0 and not model.loading)
        for step in range(1, 11):
            row = step * 200
            table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            wait(lambda row=row: model.row(row) is not None)  # type: ignore[misc]
        last = model.rowCount() - 1
        table.scrollTo(model.index(last, 0), QAbstractItemView.ScrollHint.PositionAtBottom)
        wait(lambda: model.row(last) is not None)
        app.processEvents()
        added = _rss_mb() - before
        table.close()
    return round(added, 1)


# -- main ----------------------------------------------------------------------------------


def data_dir_for(args: argparse.Namespace, size: DemoSize) -> tuple[Path, float | None]:
    if args.data_dir is not None:
        return Path(args.data_dir), None
    name = "quick" if args.quick else "large"
    path = Path(tempfile.gettempdir()) / f"course-studio-filter-bench-{name}"
    if database_path(path).exists():
        return path, None
    print(f"making demo data in {path} ...", file=sys.stderr)
    start = time.perf_counter()
    generate(path, size, seed=7)
    return path, round(time.perf_counter() - start, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the data")
    parser.add_argument("--data-dir", help="an existing demo data dir (it gets migrated)")
    parser.add_argument("--repeat", type=int, default=None, help="runs per measurement")
    parser.add_argument(
        "--loaded-proxy-max-rows",
        type=int,
        default=None,
        help=(
            "measure the loaded-proxy baseline only up to this many enrollments "
            "(default 200,000; 0 with --quick, which would otherwise take minutes)"
        ),
    )
    parser.add_argument("--memory-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--view-memory-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.view_memory_only:
        print(json.dumps(qt_view_rss_added_mb(Path(args.data_dir))))
        return 0
    if args.memory_only:
        print(json.dumps(_service_memory(Path(args.data_dir))))
        return 0
    size = QUICK if args.quick else LARGE
    repeat = args.repeat or (5 if args.quick else 7)
    path, generated_s = data_dir_for(args, size)
    loaded_max = args.loaded_proxy_max_rows
    if loaded_max is None:
        loaded_max = 0 if args.quick else 200_000
    started = time.perf_counter()
    with course_studio.open_studio(path) as studio:
        result: dict[str, Any] = {
            "course_refilter": course_refilter(studio, repeat),
            "enrollment_first_screen": enrollment_first_screen(studio, repeat, loaded_max),
        }
    result["memory"] = memory(path)
    result["setup"] = {
        "data_dir": str(path),
        "quick": args.quick,
        "demo_generated_s": generated_s,
        "measured_s": round(time.perf_counter() - started, 1),
        "date": dt.date.today().isoformat(),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
