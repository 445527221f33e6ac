"""Bundle size and cold start of the Linux build against ``python -m course_studio``.

    python benchmarks/startup_bench.py [--runs 5] [--bundle NAME=PATH ...]

Without --bundle it measures dist/course-studio-<version>-linux-<arch>.tar.gz (and
builds it first with packaging/build.py when it is missing). PATH may be a tarball
or an unpacked app folder; give several --bundle options to compare builds (for
example PyInstaller against pyside6-deploy) in the same run.

What is timed, each as the wall time from exec to exit:
- ``--version``: loader, Python start-up and the command-line module;
- ``window``: ``--data-dir D --screenshot OUT`` (Qt offscreen), start to the first
  frame of the main window on the demo data, written to a PNG; while the app has no
  window yet, ``summary``: ``--data-dir D``, which opens the store and prints.

"cold" runs first drop the files of what is measured from the page cache
(posix_fadvise DONTNEED on every file of the bundle, or of the interpreter, its
standard library and site-packages for the baseline); pages that another running
process maps (e.g. the system's libpython) stay cached, which favours the baseline.
"warm" runs follow a run of the same command. Bundles and the baseline take turns in
every round, so drift on a shared machine hits all of them alike. One JSON object is
printed.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import appinfo  # noqa: E402


@dataclass
class Subject:
    name: str
    command: list[str]
    files: list[Path]  # what a cold start must read from disk
    size: dict[str, int]
    times: dict[str, dict[str, list[float]]] = field(default_factory=dict)


def files_under(folders: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        if folder.is_file():
            found.append(folder)
            continue
        found += [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return found


def evict(files: Iterable[Path]) -> None:
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def runtime_closure(dist_name: str = "course-studio") -> list[importlib.metadata.Distribution]:
    """The installed distribution and everything it needs at run time (no extras)."""
    seen: dict[str, importlib.metadata.Distribution] = {}
    todo = [dist_name]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            marker_free = requirement.split(";")[0]
            todo.append(re.split(r"[\s<>=!~\[(]", marker_free.strip(), maxsplit=1)[0])
    return list(seen.values())


def baseline_subject() -> Subject:
    dists = runtime_closure()
    package_files: list[Path] = []
    for dist in dists:
        for entry in dist.files or []:
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                package_files.append(path)
    source = ROOT / "src" / "course_studio"
    package_files += files_under([source])
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    stdlib_files = [
        p
        for p in files_under([stdlib])
        if not {"site-packages", "dist-packages", "test", "idlelib"} & set(p.parts)
    ]
    libpython = Path(sysconfig.get_config_var("LIBDIR") or "") / str(
        sysconfig.get_config_var("INSTSONAME") or "libpython"
    )
    interpreter = [Path(sys.executable).resolve(), libpython]
    cold_files = [*package_files, *stdlib_files, *[p for p in interpreter if p.exists()]]
    return Subject(
        name="python -m course_studio",
        command=[sys.executable, "-m", "course_studio"],
        files=cold_files,
        size={
            "runtime_packages_bytes": sum(p.stat().st_size for p in package_files),
            "runtime_packages": len(dists),
            "stdlib_bytes": sum(p.stat().st_size for p in stdlib_files),
        },
    )


def bundle_subject(name: str, path: Path, scratch: Path, info: appinfo.AppInfo) -> Subject:
    size: dict[str, int] = {}
    if path.is_file():
        size["tarball_bytes"] = path.stat().st_size
        target = scratch / name
        with tarfile.open(path) as tar:
            tar.extractall(target, filter="tar")
        (folder,) = [p for p in target.iterdir() if p.is_dir()]
    else:
        folder = path
    exe = folder / info.executable
    if not exe.exists():
        raise SystemExit(f"startup_bench: {folder} has no {info.executable} executable.")
    size["folder_bytes"] = folder_bytes(folder)
    size["files"] = sum(1 for p in folder.rglob("*") if not p.is_dir())
    return Subject(name=name, command=[str(exe)], files=files_under([folder]), size=size)


def default_tarball(info: appinfo.AppInfo) -> Path:
    tarball = ROOT / "dist" / f"{appinfo.linux_dist_name(info)}.tar.gz"
    if not tarball.exists():
        print(f"startup_bench: building {tarball.name} first", file=sys.stderr)
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "linux"],
            check=True,
            stdout=sys.stderr,
        )
    return tarball


Run = subprocess.CompletedProcess[str]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, Run]:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    return time.perf_counter() - start, result


def renders_window(subject: Subject, data: Path, scratch: Path, env: dict[str, str]) -> bool:
    shot = scratch / "probe.png"
    _, result = timed([*subject.command, "--data-dir", str(data), "--screenshot", str(shot)], env)
    if result.returncode != 0:
        raise SystemExit(f"startup_bench: {subject.name} failed:\n{result.stderr[-2000:]}")
    return shot.exists()


def summarise(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="cold and warm runs of each (5)")
    parser.add_argument(
        "--bundle",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a Linux tarball or app folder to measure (repeatable)",
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        raise SystemExit("startup_bench: measures the Linux build; run it on Linux.")
    info = appinfo.load()
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as tmp:
        scratch = Path(tmp)
        bundles = [item.split("=", 1) for item in args.bundle] or [
            ["pyinstaller", str(default_tarball(info))]
        ]
        subjects = [
            bundle_subject(name, Path(path).resolve(), scratch, info) for name, path in bundles
        ]
        subjects.append(baseline_subject())

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(scratch / "home"))
        env.pop("COURSE_STUDIO_DATA_DIR", None)
        data = scratch / "data"
        made = subprocess.run(
            [*subjects[0].command, "demo", "--data-dir", str(data)],
            capture_output=True,
            text=True,
            env=env,
        )
        if made.returncode != 0:
            raise SystemExit(f"startup_bench: demo data failed:\n{made.stderr[-2000:]}")

        window = all(renders_window(s, data, scratch, env) for s in subjects)
        scenarios = {"version": ["--version"]}
        if window:
            shot = str(scratch / "shot.png")
            scenarios["window"] = ["--data-dir", str(data), "--screenshot", shot]
        else:
            scenarios["summary"] = ["--data-dir", str(data)]

        for scenario, extra in scenarios.items():
            for subject in subjects:
                subject.times[scenario] = {"cold": [], "warm": []}
            for _ in range(args.runs):
                for subject in subjects:  # take turns: drift hits everyone alike
                    command = [*subject.command, *extra]
                    evict(subject.files)
                    cold, result = timed(command, env)
                    if result.returncode != 0:
                        raise SystemExit(f"startup_bench: {command} failed:\n{result.stderr}")
                    warm, _ = timed(command, env)
                    subject.times[scenario]["cold"].append(cold)
                    subject.times[scenario]["warm"].append(warm)

    baseline = subjects[-1]
    report: dict[str, object] = {
        "benchmark": "startup",
        "version": info.version,
        "machine": {
            "cpus": os.cpu_count(),
            "arch": appinfo.machine(),
            "python": platform.python_version(),
        },
        "runs": args.runs,
        "gui_scenario": "window" if window else "summary (the app has no main window yet)",
        "baseline": baseline.name,
        "subjects": {
            s.name: {
                "size": s.size,
                **{
                    scenario: {kind: summarise(v) for kind, v in kinds.items()}
                    for scenario, kinds in s.times.items()
                },
            }
            for s in subjects
        },
        "cold_start_vs_baseline": {
            s.name: {
                scenario: round(
                    statistics.median(s.times[scenario]["cold"])
                    / statistics.median(baseline.times[scenario]["cold"]),
                    2,
                )
                for scenario in scenarios
            }
            for s in subjects[:-1]
        },
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
