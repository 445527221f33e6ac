"""Shared by the import/export commands: open the data dir, find a course by code,
print a report (text, or one JSON object with --json) and pick the exit status."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from ..interop.report import ImportReport


def add_common(parser: argparse.ArgumentParser) -> None:
    from ..cli import add_data_dir

    add_data_dir(parser)
    parser.add_argument(
        "--json", action="store_true", help="print one JSON report object instead of text"
    )


def open_data(args: argparse.Namespace) -> Any:
    import course_studio

    return course_studio.open_studio(getattr(args, "data_dir", None))


def course_id(studio: Any, code: str, report: ImportReport, option: str = "CODE") -> str | None:
    found = studio.courses.find_by_code(code)
    if found is None:
        report.error(None, None, option, f"There is no course with the code {code.upper()}.")
        return None
    return str(found.id)


def progress_printer(args: argparse.Namespace) -> Callable[[str, float], None] | None:
    """Progress on stderr, every 10 %, when a person is watching."""
    if args.json or not sys.stderr.isatty():
        return None
    last: dict[str, int] = {}

    def show(stage: str, fraction: float) -> None:
        step = int(fraction * 10)
        if last.get(stage) != step:
            last[stage] = step
            print(f"  {stage}: {step * 10:3d} %", file=sys.stderr)

    return show


def finish(args: argparse.Namespace, report: ImportReport, done: str) -> int:
    """Print the report; 0 when everything went through, 1 when anything was rejected."""
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        for issue in report.errors:
            print(f"error: {_where(issue)}{issue.message}", file=sys.stderr)
        for issue in report.warnings:
            print(f"warning: {_where(issue)}{issue.message}", file=sys.stderr)
        if report.ok:
            counts = ", ".join(
                f"{k.replace('_', ' ')} {v:,}" for k, v in report.counts.items() if v
            )
            print(f"{done}{' (' + counts + ')' if counts else ''}.")
            for path in report.files[:10]:
                print(f"  {path}")
        else:
            n = len(report.errors)
            print(
                f"{n:,} {'problem' if n == 1 else 'problems'} found; nothing was changed.",
                file=sys.stderr,
            )
    return 0 if report.ok else 1


def _where(issue: Any) -> str:
    parts = []
    if issue.file:
        parts.append(issue.file + (f":{issue.line}" if issue.line else ""))
    if issue.column:
        parts.append(f"column {issue.column}")
    return ", ".join(parts) + ": " if parts else ""
