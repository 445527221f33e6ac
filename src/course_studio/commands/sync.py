"""``course-studio sync``: sync a data dir with a server, headless (for scripts and
scheduled runs), and print what moved.

    course-studio sync --server https://courses.example.edu [--data-dir D]
    course-studio sync --server URL --sign-in USERNAME   (password from a prompt or stdin)

The token comes from ``$COURSE_STUDIO_TOKEN``, else from the keyring (where the app
and ``--sign-in`` keep it).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any


def register(sub: Any) -> None:
    from ..cli import add_data_dir

    parser = sub.add_parser(
        "sync",
        help="sync with a Course Studio server and print what moved",
        description="Send local changes to a Course Studio server and fetch everyone "
        "else's. The token comes from $COURSE_STUDIO_TOKEN or the keyring.",
    )
    add_data_dir(parser)
    parser.add_argument("--server", required=True, metavar="URL", help="the server's address")
    parser.add_argument(
        "--sign-in",
        metavar="USERNAME",
        help="sign in first (the password is read from a prompt or stdin) and keep the token",
    )
    parser.set_defaults(handler=run)


def _password(username: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {username}: ")
    return sys.stdin.readline().rstrip("\r\n")


def run(args: argparse.Namespace) -> int:
    from ..domain.errors import DomainError
    from ..facade import ENV_TOKEN, open_studio
    from ..sync import SyncClient, SyncError, TokenStore

    tokens = TokenStore()
    try:
        token = os.environ.get(ENV_TOKEN)
        if args.sign_in:
            with SyncClient(args.server) as client:
                token = client.sign_in(args.sign_in, _password(args.sign_in))
            tokens.save(args.server, token)
            if not tokens.persistent:
                print(f"course-studio sync: {tokens.reason}", file=sys.stderr)
        token = token or tokens.load(args.server)
        if not token:
            print(
                f"course-studio sync: no token for {args.server}. Set {ENV_TOKEN}, or add "
                "--sign-in USERNAME.",
                file=sys.stderr,
            )
            return 1
        with open_studio(args.data_dir) as studio:
            report = studio.sync(args.server, token)
            conflicts = studio.conflicts()
    except (SyncError, DomainError) as exc:
        print(f"course-studio sync: {exc.message}", file=sys.stderr)
        return 1
    print(report.summary())
    print(
        f"  pushed {report.pushed:,}, pulled {report.pulled:,}, conflicts {report.conflicts}, "
        f"refused {report.rejected}; {report.requests} requests in {report.seconds:.2f} s"
    )
    for conflict in conflicts:
        print(
            f"  open conflict: {conflict.label}: mine {conflict.mine!r}, theirs {conflict.theirs!r}"
        )
    return 0
