"""``course-studio backup`` and ``restore``: one course to and from a .cstudio file.

course-studio backup CODE OUT.cstudio
course-studio restore FILE.cstudio [--as-copy] [--code CODE]
"""

from __future__ import annotations

import argparse
from typing import Any

from ._report import add_common, course_id, finish, open_data


def register(sub: Any) -> None:
    backup = sub.add_parser(
        "backup",
        help="save one course, with its students and progress, to a .cstudio file",
        description="Save one course with everything in it to a .cstudio file.",
    )
    backup.add_argument("code", metavar="CODE")
    backup.add_argument("out", metavar="OUT.cstudio")
    add_common(backup)
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser(
        "restore",
        help="bring a course back from a .cstudio file",
        description="Restore a course saved with 'course-studio backup'.",
    )
    restore.add_argument("file", metavar="FILE.cstudio")
    restore.add_argument(
        "--as-copy",
        action="store_true",
        help="give the restored course new ids (to keep it beside the original)",
    )
    restore.add_argument("--code", metavar="CODE", help="the restored course's code")
    add_common(restore)
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from ..domain.errors import DomainError
    from ..interop.backup import backup_course
    from ..interop.report import ImportReport

    report = ImportReport()
    with open_data(args) as studio:
        cid = course_id(studio, args.code, report)
        if cid is None:
            return finish(args, report, "")
        try:
            report = backup_course(studio, cid, args.out)
        except DomainError as exc:
            report.error(None, None, exc.field, exc.message)
        except OSError as exc:
            report.error(args.out, None, None, f"The file cannot be written ({exc.strerror}).")
        return finish(args, report, f"Saved {args.code.upper()}")


def run_restore(args: argparse.Namespace) -> int:
    from ..interop.backup import commit_restore, preview_restore

    with open_data(args) as studio:
        preview = preview_restore(studio, args.file)
        report = commit_restore(studio, preview, as_copy=args.as_copy, code=args.code)
        done = f"Restored as {report.course_code}" if report.course_code else "Restored"
        return finish(args, report, done)
