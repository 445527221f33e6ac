"""Roster import speed: a 100,000-student OneRoster package into one class.

Prints one JSON object: our preview (read + check) and commit (one transaction)
times, against two baselines measured in the same run on the same files:

- ``csv_parse_floor_s``: reading the same CSV files with the plain csv module and
  nothing else, the least any import can cost;
- ``per_row_services_s``: one service call per row (``students.create`` and
  ``enrollments.enroll``), measured on a sample and scaled to the full size.

    python benchmarks/interop_bench.py [--rows 100000] [--sample 1000]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import tempfile
import time
import zipfile
from pathlib import Path

import course_studio
from course_studio.interop import commit_roster, preview_roster
from course_studio.interop.oneroster import CLASSES, COURSES, ENROLLMENTS, SESSIONS, USERS


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def make_package(path: Path, rows: int) -> dict[str, bytes]:
    blank = [""] * 3
    files = {
        "manifest.csv": _csv(
            ["propertyName", "value"],
            [["manifest.version", "1.0"], ["oneroster.version", "1.1"]]
            + [
                [f"file.{n}", "bulk"]
                for n in ("academicSessions", "classes", "courses", "enrollments", "users")
            ],
        ),
        "academicSessions.csv": _csv(
            SESSIONS,
            [["t1", *blank[:2], "Fall 2026", "term", "2026-09-01", "2026-12-18", "", "2027"]],
        ),
        "courses.csv": _csv(
            COURSES, [["c1", *blank[:2], "", "Big Lecture", "BIG100", "", "org1", "", ""]]
        ),
        "classes.csv": _csv(
            CLASSES,
            [
                [
                    "k1",
                    *blank[:2],
                    "Big Lecture",
                    "",
                    "c1",
                    "BIG100",
                    "scheduled",
                    "",
                    "org1",
                    "t1",
                    "",
                    "",
                    "",
                ]
            ],
        ),
        "users.csv": _csv(
            USERS,
            [
                [
                    f"u{i}",
                    "",
                    "",
                    "true",
                    "org1",
                    "student",
                    f"user{i}",
                    "",
                    f"Given{i}",
                    f"Family{i}",
                    "",
                    str(i),
                    f"user{i}@example.org",
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
                for i in range(rows)
            ],
        ),
        "enrollments.csv": _csv(
            ENROLLMENTS,
            [
                [f"e{i}", "", "", "k1", "org1", f"u{i}", "student", "false", "", ""]
                for i in range(rows)
            ],
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return files


def csv_floor(files: dict[str, bytes]) -> float:
    start = time.perf_counter()
    count = 0
    for content in files.values():
        for _row in csv.reader(io.StringIO(content.decode("utf-8"), newline="")):
            count += 1
    assert count > 0
    return time.perf_counter() - start


def per_row_services(root: Path, sample: int) -> float:
    with course_studio.open_studio(root / "per-row", username="bench") as studio:
        course = studio.courses.create(code="BIG100", title="Big Lecture")
        start = time.perf_counter()
        for i in range(sample):
            student = studio.students.create(
                given_name=f"Given{i}",
                family_name=f"Family{i}",
                email=f"user{i}@example.org",
                external_id=f"u{i}",
            )
            studio.enrollments.enroll(course.id, student.id)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        package = root / "roster.zip"
        files = make_package(package, args.rows)
        floor = csv_floor(files)
        with course_studio.open_studio(root / "ours", username="bench") as studio:
            start = time.perf_counter()
            preview = preview_roster(studio, package)
            preview_s = time.perf_counter() - start
            assert preview.ok, preview.report.errors[:5]
            start = time.perf_counter()
            report = commit_roster(studio, preview)
            commit_s = time.perf_counter() - start
            assert report.written
            start = time.perf_counter()
            again = preview_roster(studio, package)
            reimport_check_s = time.perf_counter() - start
            assert again.report.counts["enrollments_unchanged"] == args.rows
        sample_s = per_row_services(root, args.sample)
        per_row_s = sample_s * args.rows / args.sample
        total = preview_s + commit_s
        print(
            json.dumps(
                {
                    "benchmark": "roster import (OneRoster 1.1, one class)",
                    "rows": args.rows,
                    "ours": {
                        "preview_s": round(preview_s, 2),
                        "commit_s": round(commit_s, 2),
                        "total_s": round(total, 2),
                        "reimport_check_s": round(reimport_check_s, 2),
                        "rows_per_s": round(args.rows / total),
                    },
                    "baseline": {
                        "csv_parse_floor_s": round(floor, 2),
                        "per_row_services_s": round(per_row_s, 1),
                        "per_row_sample_rows": args.sample,
                        "per_row_sample_s": round(sample_s, 2),
                    },
                    "ours_vs_per_row_services": round(per_row_s / total, 1),
                    "ours_vs_csv_floor": round(total / floor, 1),
                    "under_a_minute": total < 60,
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
