"""``course-studio import roster|cartridge``: rosters and courses in.

course-studio import roster PATH [--format oneroster|canvas|moodle|csv] [--course CODE]
                                 [--map FIELD=COLUMN ...] [--dry-run] [--json]
course-studio import cartridge FILE.imscc [--code CODE] [--json]
"""

from __future__ import annotations

import argparse
from typing import Any

from ._report import add_common, course_id, finish, open_data, progress_printer


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "import",
        help="import a roster or a Common Cartridge course",
        description="Import a roster (OneRoster, Canvas, Moodle or any CSV) or a course.",
    )
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)

    roster = what.add_parser(
        "roster",
        help="students, teachers and enrollments from a roster file",
        description=(
            "Read a roster (a zip, a folder or a CSV file), check every row and import it "
            "all, or nothing when any row is wrong. The format is detected unless given."
        ),
    )
    roster.add_argument("path", metavar="PATH", help="zip, folder or CSV file")
    roster.add_argument(
        "--format", choices=("oneroster", "canvas", "moodle", "csv"), help="the roster format"
    )
    roster.add_argument(
        "--course", metavar="CODE", help="put everyone into this course (by its code)"
    )
    roster.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="append",
        default=[],
        help="for --format csv: which column holds a field (external_id, email, given_name, "
        "family_name, full_name, role, status, course); repeat for each field",
    )
    roster.add_argument(
        "--dry-run", action="store_true", help="check and report, but write nothing"
    )
    add_common(roster)
    roster.set_defaults(handler=run_roster)

    cartridge = what.add_parser(
        "cartridge",
        help="a course from an IMS Common Cartridge (.imscc)",
        description="Create a course from an IMS Common Cartridge (1.0 to 1.3).",
    )
    cartridge.add_argument("file", metavar="FILE.imscc")
    cartridge.add_argument(
        "--code", metavar="CODE", help="the new course's code (default: from the cartridge)"
    )
    add_common(cartridge)
    cartridge.set_defaults(handler=run_cartridge)


def run_roster(args: argparse.Namespace) -> int:
    from ..interop.report import ImportReport
    from ..interop.rosters import commit_roster, preview_roster

    mapping: dict[str, str] = {}
    bad = ImportReport()
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            bad.error(None, None, "--map", f"'{item}' is not FIELD=COLUMN.")
        mapping[field.strip()] = column.strip()
    if not bad.ok:
        return finish(args, bad, "")
    with open_data(args) as studio:
        target = None
        if args.course:
            target = course_id(studio, args.course, bad, "--course")
            if target is None:
                return finish(args, bad, "")
        show = progress_printer(args)
        preview = preview_roster(
            studio,
            args.path,
            format=args.format,
            course_id=target,
            mapping=mapping or None,
            progress=show,
        )
        if args.dry_run or not preview.ok:
            return finish(args, preview.report, "Checked; nothing was written (dry run)")
        report = commit_roster(studio, preview, progress=show)
        return finish(args, report, "Imported")


def run_cartridge(args: argparse.Namespace) -> int:
    from ..interop.cartridge import commit_cartridge, preview_cartridge

    with open_data(args) as studio:
        preview = preview_cartridge(studio, args.file)
        report = commit_cartridge(studio, preview, code=args.code)
        done = f"Imported as {report.course_code}" if report.course_code else "Imported"
        return finish(args, report, done)
