"""Smoke test of a BUILT app (never the source tree): does what an instructor gets start?

    python packaging/smoke_test.py --tarball dist/course-studio-0.1.0-linux-x86_64.tar.gz
    python packaging/smoke_test.py --exe "build/windows/dist/course-studio/course-studio.exe"
    python packaging/smoke_test.py --exe "dist/Course Studio.app/Contents/MacOS/course-studio"

With --tarball it unpacks the archive into a temporary folder and checks its layout
(one folder, the ``course-studio`` executable at its top, desktop file, metainfo,
icons) and that every library in it finds the libraries it needs. Then, for any
build, on a fresh data dir and with Qt offscreen, it checks:

1. ``--version`` names the version in pyproject.toml;
2. ``demo --data-dir D`` creates the demo data (a database with courses);
3. ``--data-dir D --screenshot OUT.png`` writes a PNG of the main window of the
   size asked for, with more than a handful of colours (the window, not a blank
   image); and again with ``--lang de`` for every translation of the source tree, whose .qm
   must be in the build and whose window must differ from the English one.

Step 3 is required as soon as the app renders a window. Only a build of the app as
it was before the main window existed (``course-studio`` printed a summary of the
data dir and exited) passes it with a note, and only if the source tree's app.py
does not mention screenshots either.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import appinfo

TIMEOUT = 180  # seconds for one run of the app; demo data takes a few


class SmokeFailure(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def ok(message: str) -> None:
    print(f"ok    {message}", flush=True)


def note(message: str) -> None:
    print(f"NOTE  {message}", flush=True)


def run_app(exe: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [str(exe), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{exe.name} {' '.join(args)} did not finish in {TIMEOUT} s") from exc


def describe(result: subprocess.CompletedProcess[str]) -> str:
    tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
    return f"exit {result.returncode}\n{tail}"


# -- the tarball ----------------------------------------------------------------------


def unpack(tarball: Path, into: Path, info: appinfo.AppInfo) -> Path:
    """Unpack; check it is one folder named after the tarball with the executable on top."""
    expected = tarball.name.removesuffix(".tar.gz")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
        tops = {name.split("/", 1)[0] for name in names}
        check(tops == {expected}, f"the tarball should hold one folder {expected}, not {tops}")
        tar.extractall(into, filter="tar")
    folder = into / expected
    exe = folder / info.executable
    check(exe.is_file() and os.access(exe, os.X_OK), f"{info.executable} is not at the top")
    ok(f"{tarball.name} unpacks to one folder with {info.executable} at its top")
    return folder


def check_linux_layout(folder: Path, info: appinfo.AppInfo) -> None:
    share = folder / "share"
    desktop = share / "applications" / info.desktop_file_name
    metainfo = share / "metainfo" / info.metainfo_file_name
    check(desktop.is_file(), f"missing {desktop.relative_to(folder)}")
    text = desktop.read_text(encoding="utf-8")
    check(f"Icon={info.id}\n" in text, "the desktop file does not name the icon")
    check(metainfo.is_file(), f"missing {metainfo.relative_to(folder)}")
    for size in info.icon_sizes:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{info.id}.png"
        check(png.is_file(), f"missing the {size}x{size} icon")
        check(png_size(png) == (size, size), f"{png.name} is not {size}x{size}")
    svg = share / "icons" / "hicolor" / "scalable" / "apps" / f"{info.id}.svg"
    check(svg.is_file(), "missing the scalable (SVG) icon")
    check(os.access(folder / "install.sh", os.X_OK), "install.sh is missing or not executable")
    ok("desktop file, metainfo, icons (SVG and PNG) and install.sh are in place")


# Libraries the bundle leaves to the desktop on purpose (PyInstaller never collects
# them): the C library, the graphics driver's GL/EGL/Vulkan and the display server's
# client libraries must be the ones of the machine the app runs on.
DESKTOP_LIBRARIES = re.compile(
    r"^lib(?:c|dl|m|pthread|rt|util|resolv|E?(?:Open)?GLX?(?:ESv1_CM|ESv2)?(?:dispatch)?|drm"
    r"|vulkan|wayland-(?:client|cursor|egl|server)|xcb|xcb-dri\d*)\.so(?:\.\d+)*$"
)


def check_libraries(folder: Path) -> None:
    """Every ELF file in the bundle resolves its libraries, from the bundle or, for the
    desktop's own libraries (DESKTOP_LIBRARIES), from the system."""
    if shutil.which("ldd") is None:
        note("ldd is not installed; library dependencies are unchecked")
        return
    elf = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    elf.append(path)
    dirs = sorted({str(p.parent) for p in elf if ".so" in p.name})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(dirs))
    missing: dict[str, list[str]] = {}
    from_desktop: set[str] = set()
    for path in elf:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for lib in re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE):
            if DESKTOP_LIBRARIES.match(lib):
                from_desktop.add(lib)
            else:
                missing.setdefault(lib, []).append(str(path.relative_to(folder)))
    check(
        not missing,
        "libraries not found: "
        + "; ".join(f"{lib} (needed by {', '.join(users[:3])})" for lib, users in missing.items()),
    )
    if from_desktop:
        note(f"not on this machine, found on a desktop: {', '.join(sorted(from_desktop))}")
    ok(f"all {len(elf)} programs and libraries in the bundle find their dependencies")


# -- what the bundle holds -------------------------------------------------------------


def app_modules(excluded: tuple[str, ...]) -> set[str]:
    """Every module of the app's source tree that a frozen build must carry."""
    src = appinfo.ROOT / "src"
    names = set()
    for path in (src / "course_studio").rglob("*.py"):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if name == "course_studio.__main__" or name.startswith("course_studio.store.migrations"):
            continue  # python -m only; data files Alembic reads by path (see demo)
        if any(name == e or name.startswith(e + ".") for e in excluded):
            continue
        names.add(name)
    return names


def check_frozen_modules(exe: Path) -> None:
    """A PyInstaller build carries every module of the app and the Qt bindings it uses.

    The GUI falls back to placeholders when a feature module fails to import, so a
    build that lost one would still start; this catches it.
    """
    try:
        import qt_trim
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        note("PyInstaller is not installed here; the bundled modules are unchecked")
        return
    try:
        archive = CArchiveReader(str(exe))
    except Exception:  # not a PyInstaller executable (e.g. a Nuitka build)
        note(f"{exe.name} is not a PyInstaller build; the bundled modules are unchecked")
        return
    pyz = next(name for name, entry in archive.toc.items() if entry[-1] == "z")
    bundled = set(archive.open_embedded_archive(pyz).toc)
    wanted = app_modules(qt_trim.PYTHON_EXCLUDES)
    wanted |= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtCharts"}
    bundle = exe.parent if exe.parent.name != "MacOS" else exe.parent.parent
    extensions = {
        f"PySide6.{p.name.split('.')[0]}"
        for p in bundle.rglob("Qt*.*")
        if p.parent.name == "PySide6" and p.suffix in (".so", ".pyd")
    }
    missing = sorted(wanted - bundled - extensions)
    check(not missing, f"modules missing from the build: {', '.join(missing)}")
    ok(f"all {len(wanted)} modules of the app and its Qt bindings are in the build")


# -- pictures --------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        check(image.format == "PNG", f"{path.name} is not a PNG file")
        return image.size


def png_colours(path: Path, limit: int = 256) -> int:
    """How many distinct colours the picture has (``limit`` means: at least that many)."""
    from PIL import Image

    with Image.open(path) as image:
        colours = image.convert("RGB").getcolors(maxcolors=limit)
    return limit if colours is None else len(colours)


# -- the app ----------------------------------------------------------------------------


def app_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("COURSE_STUDIO_DATA_DIR", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)  # the bundle must not lean on a Python install
    return env


def source_renders_window() -> bool:
    app_py = appinfo.ROOT / "src" / "course_studio" / "app.py"
    return "screenshot" in app_py.read_text(encoding="utf-8")


def check_app(exe: Path, info: appinfo.AppInfo, scratch: Path) -> None:
    check_frozen_modules(exe)
    env = app_env(scratch / "home")
    result = run_app(exe, "--version", env=env)
    check(result.returncode == 0, f"--version failed: {describe(result)}")
    check(
        result.stdout.strip().endswith(info.version),
        f"--version says {result.stdout.strip()!r}, pyproject.toml says {info.version}",
    )
    ok(f"--version: {result.stdout.strip()}")

    data = scratch / "fresh data dir"  # a space in the path on purpose
    check(not data.exists(), "the data dir is not fresh")
    result = run_app(exe, "demo", "--data-dir", str(data), env=env)
    check(result.returncode == 0, f"demo failed: {describe(result)}")
    database = data / "course-studio.sqlite3"
    check(database.is_file(), f"demo wrote no database in {data}")
    with sqlite3.connect(database) as conn:
        courses = conn.execute("SELECT count(*) FROM courses").fetchone()[0]
        enrollments = conn.execute("SELECT count(*) FROM enrollments").fetchone()[0]
    check(courses > 0 and enrollments > 0, "the demo database has no courses or enrollments")
    ok(f"demo: {courses} courses, {enrollments} enrollments in a fresh data dir")

    bundle = exe.parent if exe.parent.name != "MacOS" else exe.parent.parent
    check(
        any(bundle.rglob("resources/icons/course-studio.svg")),
        "the app's own icon (resources/icons/course-studio.svg) is not in the bundle",
    )
    ok("the app's resources (icon) are in the bundle")

    english = check_screenshot(exe, data, scratch, env, lang=None)
    for lang in source_languages():
        # every translation of the source tree must be in the build, compiled
        check(
            has_translation(exe, lang),
            f"course_studio_{lang}.qm is not in the bundle (the build lost a translation)",
        )
    ok(f"the translations are in the bundle: {', '.join(source_languages()) or 'none'}")
    for lang in source_languages():
        if lang == "en":
            continue  # English holds only the plural forms
        shot = check_screenshot(exe, data, scratch, env, lang=lang)
        if english is not None and shot is not None:
            check(
                shot.read_bytes() != english.read_bytes(),
                f"the --lang {lang} screenshot is the English one: the translation was not used",
            )
            ok(f"--lang {lang} shows another window than English")


def source_languages() -> list[str]:
    """The languages the source tree has a translation for (course_studio_<lang>.ts)."""
    folder = appinfo.ROOT / "src" / "course_studio" / "resources" / "translations"
    return sorted(p.stem.rsplit("_", 1)[-1] for p in folder.glob("course_studio_*.ts"))


def has_translation(exe: Path, lang: str) -> bool:
    bundle = exe.parent if exe.parent.name != "MacOS" else exe.parent.parent
    return any(bundle.rglob(f"course_studio_{lang}.qm"))


def check_screenshot(
    exe: Path, data: Path, scratch: Path, env: dict[str, str], lang: str | None
) -> Path | None:
    """Render the window (in ``lang``) to a PNG and check it; returns the PNG."""
    shot = scratch / f"window{'-' + lang if lang else ''}.png"
    width, height = 1100, 700
    args = ["--data-dir", str(data), "--screenshot", str(shot), "--size", f"{width}x{height}"]
    if lang:
        args += ["--lang", lang]
    result = run_app(exe, *args, env=env)
    label = f"screenshot{' (' + lang + ')' if lang else ''}"
    if result.returncode == 0 and not shot.exists():
        summary = "Signed in as" in result.stdout and "courses are yours" in result.stdout
        check(
            summary and not source_renders_window(),
            f"{label}: exit 0 but no PNG was written: {describe(result)}",
        )
        note(
            f"{label}: this build has no main window yet (it printed the data dir's "
            "summary); the PNG becomes required as soon as app.py renders the window"
        )
        return None
    check(result.returncode == 0, f"{label} failed: {describe(result)}")
    size = png_size(shot)
    check(size == (width, height), f"{label} is {size[0]}x{size[1]}, not {width}x{height}")
    colours = png_colours(shot)
    check(colours >= 16, f"{label} looks blank ({colours} colours)")
    target = os.environ.get("SMOKE_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy2(shot, Path(target) / shot.name)
    kib = shot.stat().st_size // 1024
    ok(f"{label}: {width}x{height} PNG, {kib} KiB, {colours}{'+' * (colours == 256)} colours")
    return shot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--tarball", type=Path, help="a Linux .tar.gz from packaging/build.py")
    what.add_argument("--exe", type=Path, help="a built course-studio executable")
    args = parser.parse_args(argv)
    info = appinfo.load()
    with tempfile.TemporaryDirectory(prefix="course-studio-smoke-") as tmp:
        scratch = Path(tmp)
        try:
            if args.tarball:
                folder = unpack(args.tarball, scratch / "unpacked", info)
                check_linux_layout(folder, info)
                check_libraries(folder)
                exe = folder / info.executable
            else:
                exe = args.exe.resolve()
                check(exe.is_file(), f"{exe} does not exist")
                src = (appinfo.ROOT / "src").resolve()
                check(src not in exe.parents, "the smoke test runs a built app, not the sources")
            check_app(exe, info, scratch)
        except SmokeFailure as exc:
            print(f"FAIL  {exc}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
