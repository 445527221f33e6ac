"""``course-studio demo``: fill a data dir with demo data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..store import resolve_data_dir
from ..store.paths import database_path


def register(sub: Any) -> None:
    from ..cli import add_data_dir

    parser = sub.add_parser(
        "demo",
        help="fill a data dir with realistic demo data",
        description="Fill a data dir with realistic, repeatable demo data.",
    )
    add_data_dir(parser)
    parser.add_argument("--courses", type=int, default=None, help="number of courses (60)")
    parser.add_argument("--students", type=int, default=None, help="number of students (1500)")
    parser.add_argument(
        "--enrollments", type=int, default=None, help="number of enrollments (25000)"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed (7)")
    parser.add_argument(
        "--large",
        action="store_true",
        help="10,000 courses, 200,000 students and 1,000,000 enrollments",
    )
    parser.add_argument(
        "--replace", action="store_true", help="delete what the data dir holds first"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..demo.generator import DEFAULT, LARGE, DemoSize, generate

    base = LARGE if args.large else DEFAULT
    size = DemoSize(
        courses=args.courses if args.courses is not None else base.courses,
        students=args.students if args.students is not None else base.students,
        enrollments=args.enrollments if args.enrollments is not None else base.enrollments,
    )
    for name in ("courses", "students", "enrollments"):
        if getattr(size, name) < 0:
            print(f"course-studio demo: --{name} cannot be negative.", file=sys.stderr)
            return 2
    if size.students == 0 and size.enrollments > 0:
        print("course-studio demo: enrollments need at least one student.", file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(args.data_dir)
    if args.replace and database_path(data_dir).exists():
        for path in data_dir.glob(database_path(data_dir).name + "*"):
            path.unlink()
    last = [-1]

    def show(stage: str, fraction: float) -> None:
        pct = int(fraction * 100)
        if pct // 10 != last[0] // 10:
            print(f"  {pct:3d}%  {stage}", file=sys.stderr)
            last[0] = pct

    try:
        counts = generate(Path(data_dir), size, seed=args.seed, progress=show)
    except FileExistsError:
        print(
            f"course-studio demo: {data_dir} already holds courses; add --replace to start over.",
            file=sys.stderr,
        )
        return 1
    print(
        f"Demo data in {data_dir}: {counts.get('courses', 0):,} courses, "
        f"{counts.get('students', 0):,} students, {counts.get('enrollments', 0):,} "
        f"enrollments, {counts.get('lesson_progress', 0):,} lesson progress rows "
        f"({counts['seconds']} s)."
    )
    return 0
