"""``course-studio-server``: run the server and look after its accounts.

    course-studio-server serve [--db URL] [--host 127.0.0.1] [--port 8765]
    course-studio-server add-instructor USERNAME [--admin] [--db URL]
    course-studio-server purge-tombstones --older-than-days N [--db URL]

``--db`` defaults to ``$COURSE_STUDIO_SERVER_DB``, else a SQLite file in the user data
dir; ``postgresql+psycopg://user:password@host/dbname`` runs on PostgreSQL. The
schema is migrated at start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Sequence

from ..domain.errors import DomainError
from . import __version__


def _db_url(args: argparse.Namespace) -> str:
    from .db import ENV_DB, default_url

    return str(args.db or os.environ.get(ENV_DB) or default_url())


def _read_password(username: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {username}: ")
        second = getpass.getpass("Type it again: ")
        if first != second:
            raise SystemExit("course-studio-server: the two passwords differ; nothing was saved.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    url = _db_url(args)
    app = create_app(url)
    print(
        f"Course Studio server {__version__} on http://{args.host}:{args.port} "
        f"({app.state.db.dialect})"
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def add_instructor(args: argparse.Namespace) -> int:
    from .db import Database
    from .security import create_account

    password = _read_password(args.username)
    db = Database(_db_url(args))
    try:
        db.migrate()
        with db.write() as session:
            account = create_account(
                session,
                username=args.username,
                password=password,
                display_name=args.display_name,
                email=args.email,
                is_admin=args.admin,
            )
            print(
                f"Added {'administrator' if account.is_admin else 'instructor'} "
                f"{account.username} ({account.display_name}), id {account.id}."
            )
    except DomainError as exc:
        print(f"course-studio-server: {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0


def purge(args: argparse.Namespace) -> int:
    from .db import Database
    from .feed import purge_tombstones

    if args.older_than_days < 1:
        print("course-studio-server: --older-than-days is at least 1.", file=sys.stderr)
        return 2
    db = Database(_db_url(args))
    try:
        db.migrate()
        cutoff = db.clock() - dt.timedelta(days=args.older_than_days)
        counts = purge_tombstones(db, cutoff)
    finally:
        db.dispose()
    gone = sum(v for k, v in counts.items() if k != "horizon")
    print(f"Deleted {gone:,} rows that were deleted before {cutoff:%Y-%m-%d}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="course-studio-server", description="The Course Studio server."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="URL", help="database URL (default: a SQLite file)")

    p = sub.add_parser("serve", help="run the server")
    db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--log-level", default="info")
    p.set_defaults(handler=serve)

    p = sub.add_parser(
        "add-instructor", help="add an instructor (the password is read from a prompt or stdin)"
    )
    db_option(p)
    p.add_argument("username")
    p.add_argument("--admin", action="store_true", help="may add instructors too")
    p.add_argument("--display-name", default=None)
    p.add_argument("--email", default=None)
    p.set_defaults(handler=add_instructor)

    p = sub.add_parser("purge-tombstones", help="forget deletions older than N days")
    db_option(p)
    p.add_argument("--older-than-days", type=int, required=True, metavar="N")
    p.set_defaults(handler=purge)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
