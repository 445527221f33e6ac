"""Demo data generation: ours against the previous generator, in the same run.

    python benchmarks/demo_bench.py            # 10,000 courses, 1,000,000 enrollments
    python benchmarks/demo_bench.py --quick    # a tenth of that
    python benchmarks/demo_bench.py --runs 3   # medians of three runs each

The baseline is the generator as it was before the bulk path was tuned (commit
``BASELINE_COMMIT``, read with ``git show``): plain ``executemany`` of rows built
from datetimes one at a time, inserts and index work on one thread, a full
``ANALYZE``. Both write the same kind of data into a fresh data dir with the same
seed and the same ``today``. Each generation runs in its own process; the two take
turns, so a busy machine hits both alike.

It prints one JSON object: per subject the median wall time (``wall_s``), the
median processor time of the generation, all threads (``cpu_s``), and the rows made;
``ratio_wall`` and ``ratio_cpu`` are baseline / ours. ``load_avg`` is the
machine's one-minute load at the start and at the end (timings on a machine that is
busy with other work are slower, for both).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASELINE_COMMIT = "153e2e11793764fdc29053c458bb6544cba10bd1"
GENERATOR = "src/course_studio/demo/generator.py"
TODAY = dt.date(2026, 10, 15)
LARGE = {"courses": 10_000, "students": 200_000, "enrollments": 1_000_000}
QUICK = {name: value // 10 for name, value in LARGE.items()}


def baseline_module() -> ModuleType:
    """The previous generator, loaded from git as a module of the demo package."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{BASELINE_COMMIT}:{GENERATOR}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    name = "course_studio.demo._baseline_generator"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "course_studio.demo"
    sys.modules[name] = module
    exec(compile(source, f"{BASELINE_COMMIT[:7]}:{GENERATOR}", "exec"), module.__dict__)
    return module


def one(subject: str, size: dict[str, int], data_dir: Path) -> dict[str, Any]:
    """Generate once in this process; what was measured."""
    if subject == "ours":
        from course_studio.demo import generator
    else:
        generator = baseline_module()  # type: ignore[assignment]
    demo_size = generator.DemoSize(**size)
    cpu = time.process_time()
    wall = time.perf_counter()
    counts = generator.generate(data_dir, demo_size, seed=7, today=TODAY)
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    counts.pop("seconds", None)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "rows": counts}


def measure(subject: str, size: dict[str, int]) -> dict[str, Any]:
    """One generation in a fresh process, into a fresh temp dir."""
    folder = Path(tempfile.mkdtemp(prefix="demo-bench-"))
    try:
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                subject,
                "--size",
                json.dumps(size),
                "--data-dir",
                str(folder / "data"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"demo_bench: {subject} failed:\n{done.stderr}")
        result: dict[str, Any] = json.loads(done.stdout)
        result["file_mb"] = round(
            sum(p.stat().st_size for p in (folder / "data").glob("*.sqlite3*")) / 2**20
        )
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the large set")
    parser.add_argument("--runs", type=int, default=1, help="runs of each (1)")
    parser.add_argument("--skip-baseline", action="store_true", help="time ours only")
    parser.add_argument("--one", choices=("ours", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, json.loads(args.size), args.data_dir)))
        return

    size = QUICK if args.quick else LARGE
    subjects = ["ours"] if args.skip_baseline else ["baseline", "ours"]
    load_start = os.getloadavg()[0]
    results: dict[str, list[dict[str, Any]]] = {s: [] for s in subjects}
    for run in range(args.runs):
        order = subjects if run % 2 == 0 else subjects[::-1]
        for subject in order:
            print(f"demo_bench: {subject}, run {run + 1} of {args.runs}", file=sys.stderr)
            results[subject].append(measure(subject, size))
    out: dict[str, Any] = {
        "benchmark": "demo_generation",
        "size": size,
        "runs": args.runs,
        "cores": os.cpu_count(),
        "load_avg": [round(load_start, 2), round(os.getloadavg()[0], 2)],
    }
    for subject, runs in results.items():
        out[subject] = {
            "wall_s": statistics.median(r["wall_s"] for r in runs),
            "cpu_s": statistics.median(r["cpu_s"] for r in runs),
            "rows": runs[0]["rows"],
            "file_mb": runs[0]["file_mb"],
            "all_wall_s": [r["wall_s"] for r in runs],
        }
    if "baseline" in out:
        for key in ("wall_s", "cpu_s"):
            out[f"ratio_{key[:-2]}"] = round(out["baseline"][key] / out["ours"][key], 2)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
