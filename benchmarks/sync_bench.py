"""Sync speed on loopback, with its baseline measured in the same run.

- initial_sync: a fresh data dir syncs a course with 25,000 enrollments and 75,000
  lesson progress rows (100,000 rows; their 25,000 students come along) from a real
  server; baseline: the same kind of rows moved with one REST call per row
  (POST /courses/{id}/enrollments), measured on a sample;
- noop_sync: a sync with nothing to do (requests, bytes both ways);
- push_edits: 10,000 offline edits pushed (the sync also pulls them back).

Prints one JSON object. ``--db`` (or ``COURSE_STUDIO_BENCH_DB``) picks the server
database (default: a SQLite file in a temp dir; a postgresql+psycopg:// URL works too).
``--enrollments`` and ``--edits`` make a smaller run; ``--profile DIR`` writes
cProfile files of the client (``client.prof``) and the server (``server.prof``).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert, select

import course_studio
from course_studio.domain.ids import derived_id, new_id
from course_studio.domain.models import Enrollment as LocalEnrollment
from course_studio.server.db import Database
from course_studio.server.models import (
    Account,
    Course,
    CourseInstructor,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    ServerState,
    Student,
)
from course_studio.server.security import hash_password, issue_token

ENROLLMENTS = 25_000
LESSONS = 10
PROGRESS_PER_ENROLLMENT = 3  # 75,000 progress rows
REST_SAMPLE = 1_000
EDITS = 10_000


def seed(db: Database, enrollments_count: int) -> tuple[str, str]:
    """An instructor (and token) and one big course, written in bulk."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    version = 0

    def v() -> int:
        nonlocal version
        version += 1
        return version

    with db.write() as session:
        account = Account(
            id=new_id(),
            username="bench",
            display_name="Bench Mark",
            password_hash=hash_password("bench password"),
        )
        session.add(account)
        session.flush()
        token = issue_token(session, account.id, now)
        course_id = new_id()
        common = {"deleted_at": None, "updated_at": now, "field_versions": "{}"}
        session.execute(
            insert(Course),
            [
                {
                    "id": course_id,
                    "version": v(),
                    "created_version": 1,
                    "owner_id": account.id,
                    "code": "BIG101",
                    "title": "A very large course",
                    "description": "",
                    "status": "published",
                    "term": "Fall 2026",
                    "category": "",
                    "tags": (),
                    "language": "en",
                    "start_date": dt.date(2026, 9, 1),
                    "end_date": dt.date(2026, 12, 15),
                    "capacity": None,
                    "created_at": now,
                    **common,
                }
            ],
        )
        session.execute(
            insert(CourseInstructor),
            [
                {
                    "id": derived_id(course_id, account.id),
                    "version": v(),
                    "course_id": course_id,
                    "instructor_id": account.id,
                    "role": "owner",
                    **common,
                }
            ],
        )
        module_id = new_id()
        session.execute(
            insert(Module),
            [
                {
                    "id": module_id,
                    "version": v(),
                    "course_id": course_id,
                    "title": "All",
                    "position": "a0",
                    **common,
                }
            ],
        )
        lessons = [new_id() for _ in range(LESSONS)]
        session.execute(
            insert(Lesson),
            [
                {
                    "id": lid,
                    "version": v(),
                    "module_id": module_id,
                    "title": f"Lesson {i}",
                    "kind": "page",
                    "body": "",
                    "duration_minutes": 10,
                    "position": f"a{i}",
                    **common,
                }
                for i, lid in enumerate(lessons)
            ],
        )
        students = [new_id() for _ in range(enrollments_count)]
        session.execute(
            insert(Student),
            [
                {
                    "id": sid,
                    "version": v(),
                    "external_id": f"S{i:06d}",
                    "given_name": "Student",
                    "family_name": f"Number{i:06d}",
                    "email": f"s{i}@example.org",
                    "created_by": account.id,
                    **common,
                }
                for i, sid in enumerate(students)
            ],
        )
        enrollments = [derived_id(course_id, sid) for sid in students]
        session.execute(
            insert(Enrollment),
            [
                {
                    "id": eid,
                    "version": v(),
                    "course_id": course_id,
                    "student_id": sid,
                    "role": "student",
                    "status": "active",
                    "enrolled_at": now,
                    **common,
                }
                for eid, sid in zip(enrollments, students, strict=True)
            ],
        )
        session.execute(
            insert(LessonProgress),
            [
                {
                    "id": derived_id(eid, lessons[j]),
                    "version": v(),
                    "enrollment_id": eid,
                    "lesson_id": lessons[j],
                    "status": "completed",
                    "score": 80.0,
                    "last_activity_at": now,
                    "completed_at": now,
                    **common,
                }
                for eid in enrollments
                for j in range(PROGRESS_PER_ENROLLMENT)
            ],
        )
        state = session.get(ServerState, 1)
        assert state is not None
        state.seq = version
    return token, course_id


def serve(url_db: str, profile: Path | None) -> tuple[subprocess.Popen[bytes], str]:
    """``course-studio-server serve`` in its own process, as it is deployed."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile / "server.prof")]
    command += [
        "-m",
        "course_studio.server.cli",
        "serve",
        "--db",
        url_db,
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/api/v1/health").status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError("the server did not start")
        time.sleep(0.1)


def per_row_rest(url: str, token: str, course_id: str, sample: int) -> float:
    """Rows per second when each row is its own REST call."""
    with httpx.Client(
        base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {token}"}
    ) as api:
        started = time.perf_counter()
        for i in range(sample):
            response = api.post(
                f"/courses/{course_id}/enrollments",
                json={
                    "given_name": "Rest",
                    "family_name": f"Row{i}",
                    "email": f"rest{i}@example.org",
                },
            )
            response.raise_for_status()
        return sample / (time.perf_counter() - started)


def cpu_seconds(pid: int | None = None) -> float | None:
    """CPU time used so far by a process (this one by default): on a busy machine
    it shows how much of the wall time was work and how much was waiting for a core."""
    if pid is None:
        return time.process_time()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def spent(before: tuple[float | None, float | None]) -> dict[str, float | None]:
    client, server = before
    now_client, now_server = cpu_seconds(), cpu_seconds(SERVER_PID[0])
    return {
        "client_cpu_s": round(now_client - client, 2) if client is not None else None,
        "server_cpu_s": round(now_server - server, 2)
        if server is not None and now_server is not None
        else None,
    }


SERVER_PID: list[int | None] = [None]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--enrollments",
        type=int,
        default=ENROLLMENTS,
        help=f"enrollments in the course (each with {PROGRESS_PER_ENROLLMENT} progress rows)",
    )
    parser.add_argument("--edits", type=int, default=EDITS, help="offline edits to push")
    parser.add_argument(
        "--rest-sample", type=int, default=REST_SAMPLE, help="rows for the per-row REST baseline"
    )
    parser.add_argument(
        "--db",
        default=os.environ.get("COURSE_STUDIO_BENCH_DB"),
        help="server database URL (default: a SQLite file in a temp dir)",
    )
    parser.add_argument(
        "--profile", type=Path, help="write client.prof and server.prof (cProfile) here"
    )
    return parser.parse_args()


def main() -> int:
    args = arguments()
    enrollments_count = args.enrollments
    edits = min(args.edits, enrollments_count)
    tmp = Path(tempfile.mkdtemp(prefix="cs-sync-bench-"))
    url_db = args.db or f"sqlite:///{tmp / 'server.sqlite3'}"
    db = Database(url_db)
    db.migrate()
    token, course_id = seed(db, enrollments_count)
    db.dispose()
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    profiler = cProfile.Profile() if args.profile is not None else None
    process, url = serve(url_db, args.profile)
    SERVER_PID[0] = process.pid
    try:
        with course_studio.open_studio(tmp / "laptop", username="laptop") as studio:
            if profiler is not None:
                profiler.enable()
            cpu = (cpu_seconds(), cpu_seconds(process.pid))
            started = time.perf_counter()
            first = studio.sync(url, token)
            seconds = time.perf_counter() - started
            first_cpu = spent(cpu)
            if profiler is not None:
                profiler.disable()
            with studio.store.read() as session:
                moved = len(session.scalars(select(LocalEnrollment.id)).all())
            assert moved == enrollments_count, moved
            rows = enrollments_count * (1 + PROGRESS_PER_ENROLLMENT)
            noop = studio.sync(url, token)

            with studio.store.write() as session:
                for n, row in enumerate(session.scalars(select(LocalEnrollment).limit(edits))):
                    row.status = "completed" if n % 2 else "dropped"
            assert studio.sync_engine.pending_count() == edits
            if profiler is not None:
                profiler.enable()
            cpu = (cpu_seconds(), cpu_seconds(process.pid))
            started = time.perf_counter()
            pushed = studio.sync(url, token)
            push_seconds = time.perf_counter() - started
            push_cpu = spent(cpu)
            if profiler is not None:
                profiler.disable()
            assert pushed.pushed == edits and studio.sync_engine.pending_count() == 0

        baseline = per_row_rest(url, token, course_id, args.rest_sample)
    finally:
        # SIGINT lets a profiled server write its profile on the way out.
        process.send_signal(signal.SIGINT if args.profile is not None else signal.SIGTERM)
        process.wait(timeout=60)
    if profiler is not None and args.profile is not None:
        profiler.dump_stats(args.profile / "client.prof")
    result = {
        "server_db": db.dialect,
        "initial_sync": {
            "rows": rows,
            "rows_with_students": first.pulled,
            "seconds": round(seconds, 2),
            "rows_per_s": round(rows / seconds),
            "per_row_rest_rows_per_s": round(baseline),
            "speedup": round(rows / seconds / baseline, 1),
            "requests": first.requests,
            "bytes": first.bytes_sent + first.bytes_received,
            **first_cpu,
        },
        "noop_sync": {
            "requests": noop.requests,
            "bytes": noop.bytes_sent + noop.bytes_received,
        },
        "push_edits": {
            "edits": edits,
            "seconds": round(push_seconds, 2),
            "requests": pushed.requests,
            **push_cpu,
        },
        "load_average": [round(x, 1) for x in os.getloadavg()],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
