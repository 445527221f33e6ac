"""``course-studio export cartridge|roster|progress``: courses, rosters and progress out.

course-studio export cartridge CODE OUT.imscc [--cc-version 1.3|1.1]
course-studio export roster CODE OUT [--format oneroster|canvas|moodle]
course-studio export progress CODE OUT.csv|OUT.xlsx [--lessons] [--at-risk]
"""

from __future__ import annotations

import argparse
from typing import Any

from ._report import add_common, course_id, finish, open_data


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "export",
        help="export a course, its roster or its progress",
        description="Write a course, its roster or its progress for another system.",
    )
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)

    cartridge = what.add_parser(
        "cartridge",
        help="the course as an IMS Common Cartridge (.imscc)",
        description="Write the course (settings, outline, lessons) as a Common Cartridge.",
    )
    cartridge.add_argument("code", metavar="CODE")
    cartridge.add_argument("out", metavar="OUT.imscc")
    cartridge.add_argument(
        "--cc-version",
        choices=("1.3", "1.1"),
        default="1.3",
        help="Common Cartridge version (1.3; 1.1 for Moodle)",
    )
    add_common(cartridge)
    cartridge.set_defaults(handler=run_cartridge)

    roster = what.add_parser(
        "roster",
        help="the course's roster as OneRoster, Canvas or Moodle CSV",
        description=(
            "Write the course's roster. OneRoster and Canvas write a zip when OUT ends in "
            ".zip, else a folder of CSV files; Moodle writes one CSV file."
        ),
    )
    roster.add_argument("code", metavar="CODE")
    roster.add_argument("out", metavar="OUT")
    roster.add_argument("--format", choices=("oneroster", "canvas", "moodle"), default="oneroster")
    add_common(roster)
    roster.set_defaults(handler=run_roster)

    progress = what.add_parser(
        "progress",
        help="progress per student (and per lesson) to CSV or XLSX",
        description=(
            "Write the course's progress: an .xlsx has a Students and a Lessons sheet; a "
            ".csv has the students (or, with --lessons, the lessons)."
        ),
    )
    progress.add_argument("code", metavar="CODE")
    progress.add_argument("out", metavar="OUT.csv|OUT.xlsx")
    progress.add_argument("--lessons", action="store_true", help="CSV: the per-lesson table")
    progress.add_argument("--at-risk", action="store_true", help="only students at risk")
    add_common(progress)
    progress.set_defaults(handler=run_progress)


def _run(args: argparse.Namespace, call: Any, done: str) -> int:
    from ..domain.errors import DomainError
    from ..interop.report import ImportReport

    report = ImportReport()
    with open_data(args) as studio:
        cid = course_id(studio, args.code, report)
        if cid is None:
            return finish(args, report, "")
        try:
            report = call(studio, cid)
        except DomainError as exc:
            report.error(None, None, exc.field, exc.message)
        except OSError as exc:
            report.error(args.out, None, None, f"The file cannot be written ({exc.strerror}).")
        return finish(args, report, done)


def run_cartridge(args: argparse.Namespace) -> int:
    from ..interop.cartridge import export_cartridge

    return _run(
        args,
        lambda studio, cid: export_cartridge(studio, cid, args.out, version=args.cc_version),
        f"Exported as Common Cartridge {args.cc_version}",
    )


def run_roster(args: argparse.Namespace) -> int:
    from ..interop.rosters import export_roster

    return _run(
        args,
        lambda studio, cid: export_roster(studio, cid, args.out, format=args.format),
        "Exported the roster",
    )


def run_progress(args: argparse.Namespace) -> int:
    from ..interop.progress_export import export_progress

    return _run(
        args,
        lambda studio, cid: export_progress(
            studio,
            cid,
            args.out,
            table="lessons" if args.lessons else "students",
            filter={"at_risk": True} if args.at_risk else None,
        ),
        "Exported progress",
    )
