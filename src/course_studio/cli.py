"""``course-studio``: the desktop app, and subcommands for scripts.

    course-studio [--data-dir D] [--screenshot OUT.png [--size WxH]]   the app
    course-studio demo [--courses N --students M --seed S]              demo data
    course-studio <command> --help                                      the others

Each subcommand lives in :mod:`course_studio.commands` and registers itself there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from . import __version__
from .commands import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="course-studio",
        description="Build and run your courses, offline first.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_data_dir(parser)
    parser.add_argument(
        "--screenshot", metavar="PATH", help="render the main window to a PNG file and exit"
    )
    parser.add_argument(
        "--size", default="1280x800", metavar="WxH", help="window size for --screenshot"
    )
    parser.add_argument("--lang", metavar="CODE", help="user interface language, e.g. de")
    parser.add_argument(
        "--palette",
        choices=("light", "dark"),
        help="light or dark colours (default: follow the system's scheme)",
    )
    parser.add_argument(
        "--tab",
        choices=("overview", "outline", "enrollments", "progress"),
        default="overview",
        help="the course tab --screenshot shows",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the data lives (default: $COURSE_STUDIO_DATA_DIR or the user data dir)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    if args.command is None:
        from .app import run_app

        return run_app(args)
    handler: Callable[[argparse.Namespace], int | None] = args.handler
    return handler(args) or 0


if __name__ == "__main__":
    sys.exit(main())
