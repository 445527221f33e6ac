"""Build the desktop app for this OS from packaging/app.toml.

    python packaging/build.py linux   [--tool pyinstaller|pyside6-deploy] [--no-trim]
    python packaging/build.py windows [--no-installer]
    python packaging/build.py macos   [--no-dmg]

Linux: a one-folder app plus desktop file, AppStream metainfo and icons, packed as
dist/course-studio-<version>-linux-<arch>.tar.gz (one folder, ``course-studio`` at its
top). Windows: the one-folder app (CourseStudio.exe for the Start menu,
course-studio.exe for the command line), a portable .zip and an Inno Setup installer.
macOS: ``Course Studio.app`` in a .dmg. Intermediate files go to build/, results to
dist/. Run ``python packaging/smoke_test.py`` on the result afterwards.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import appinfo
from appinfo import AppInfo
from icons import build_icons

ROOT = appinfo.ROOT
PACKAGING = appinfo.HERE
BUILD = ROOT / "build"
DIST = ROOT / "dist"
SPEC = PACKAGING / "pyinstaller" / "course-studio.spec"
LAUNCHER = PACKAGING / "launcher.py"
LINUX_FILES = PACKAGING / "linux"


class BuildError(Exception):
    """A build step failed; the message says which and what to do."""


def run(command: list[str | Path], **kwargs: object) -> None:
    printable = " ".join(str(part) for part in command)
    print(f"+ {printable}", flush=True)
    try:
        subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]
    except FileNotFoundError as exc:
        raise BuildError(f"{command[0]} is not installed.") from exc
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"{Path(str(command[0])).name} failed (exit {exc.returncode}).") from exc


def check_installed_version(info: AppInfo) -> None:
    """The frozen app reports the installed metadata's version: it must be pyproject's."""
    try:
        installed = importlib.metadata.version("course-studio")
    except importlib.metadata.PackageNotFoundError as exc:
        raise BuildError(
            "course-studio is not installed in this Python; run pip install -e '.[dev]'."
        ) from exc
    if installed != info.version:
        raise BuildError(
            f"The installed course-studio is {installed} but pyproject.toml says "
            f"{info.version}; run pip install -e '.[dev]' again."
        )


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def pyinstaller(icons: Path, work: Path, no_trim: bool = False) -> Path:
    """Run the spec; returns PyInstaller's dist folder (the app folder or .app is in it)."""
    dist = work / "dist"
    # the compiled translations (.qm) are built, not committed: make them for the bundle
    run([sys.executable, ROOT / "scripts" / "i18n.py", "release"], cwd=ROOT)
    command: list[str | Path] = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work / "work", SPEC, "--", "--icons", icons,
    ]  # fmt: skip
    if no_trim:
        command.append("--no-trim")
    run(command, cwd=ROOT)
    return dist


# -- pyside6-deploy (Nuitka), built for the comparison in packaging/README.md ---------

DEPLOY_QT_MODULES = ("Core", "Gui", "Widgets", "Charts", "OpenGL", "OpenGLWidgets", "Svg", "DBus")
DEPLOY_QT_PLUGINS = (
    "iconengines",
    "imageformats",
    "platforminputcontexts",
    "platforms",
    "platformthemes",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "xcbglintegrations",
)


def trim_folder(folder: Path, languages: tuple[str, ...]) -> list[str]:
    """Apply qt_trim's rules and strip debug symbols in a finished app folder (what the
    PyInstaller spec does during its build), for the pyside6-deploy comparison."""
    import qt_trim

    dropped = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if (path.is_file() or path.is_symlink()) and not qt_trim.keep(relative, languages):
            path.unlink()
            dropped.append(relative)
    if shutil.which("strip"):
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink() and is_elf(path):
                subprocess.run(["strip", str(path)], check=True)
    return dropped


def pyside6_deploy(info: AppInfo, icons: Path, work: Path, reuse: bool = False) -> Path:
    """Build the same app with pyside6-deploy (Nuitka, standalone) and trim it like the
    PyInstaller build; returns the folder. ``reuse`` takes the last build's output."""
    import qt_trim

    if reuse:
        found = sorted((work / "dist").glob("*.dist")) if (work / "dist").is_dir() else []
        if not found:
            raise BuildError(f"There is no earlier pyside6-deploy build in {work} to reuse.")
        return found[0]
    if work.exists():
        shutil.rmtree(work)
    project = work / "project"
    project.mkdir(parents=True)
    main_file = project / "main.py"
    shutil.copy2(LAUNCHER, main_file)
    migrations = ROOT / "src" / "course_studio" / "store" / "migrations"
    extra = [
        "--quiet",
        "--noinclude-dlls=*.cpp.o",
        f"--include-raw-dir={migrations}=course_studio/store/migrations",
        "--include-distribution-metadata=course-studio",
        "--include-module=alembic.op",
        "--include-module=alembic.context",
        "--include-module=course_studio.app",
        f"--output-filename={info.executable}",
        *(f"--nofollow-import-to={name}" for name in qt_trim.PYTHON_EXCLUDES),
    ]
    resources = ROOT / "src" / "course_studio" / "resources"
    if resources.is_dir():
        extra.append(f"--include-raw-dir={resources}=course_studio/resources")
    config = work / "pysidedeploy.spec"
    config.write_text(
        "\n".join(
            [
                "[app]",
                f"title = {info.executable}",
                f"project_dir = {project}",
                f"input_file = {main_file}",
                f"exec_directory = {work / 'dist'}",
                f"icon = {icons / 'png' / '512.png'}",
                "[python]",
                f"python_path = {sys.executable}",
                "packages = Nuitka==4.1.1",
                "[qt]",
                "qml_files =",
                "excluded_qml_plugins =",
                f"modules = {','.join(DEPLOY_QT_MODULES)}",
                f"plugins = {','.join(DEPLOY_QT_PLUGINS)}",
                "[nuitka]",
                "macos.permissions =",
                "mode = standalone",
                f"extra_args = {' '.join(extra)}",
                "",
            ]
        ),
        encoding="utf-8",
    )
    tool = Path(sys.executable).with_name("pyside6-deploy")
    run([tool, "--config-file", config, "--force", "--keep-deployment-files"], cwd=project)
    found = sorted(
        p for p in (work / "dist", project / "deployment") if p.is_dir() for p in p.glob("*.dist")
    )
    if not found:
        raise BuildError(f"pyside6-deploy made no .dist folder under {work}.")
    return found[0]


def trimmed_copy(app_folder: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(app_folder, target, symlinks=True)
    dropped = trim_folder(target, appinfo.localizations())
    print(f"qt_trim: left out {len(dropped)} files of the pyside6-deploy build")
    return target


# -- Linux --------------------------------------------------------------------------


def install_script(info: AppInfo) -> str:
    template = (LINUX_FILES / "install.sh").read_text(encoding="utf-8")
    return (
        template.replace("@APP_ID@", info.id)
        .replace("@APP_NAME@", info.name)
        .replace("@EXECUTABLE@", info.executable)
    )


def stage_linux(info: AppInfo, app_folder: Path, icons: Path, stage: Path) -> Path:
    """The tarball's one folder: the app, its desktop files and icons, install.sh."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(app_folder, stage, symlinks=True)
    if not (stage / info.executable).is_file():
        raise BuildError(f"The build has no {info.executable} executable at its top.")
    share = stage / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / info.desktop_file_name).write_text(
        appinfo.desktop_entry(info), encoding="utf-8"
    )
    (share / "metainfo").mkdir()
    (share / "metainfo" / info.metainfo_file_name).write_text(
        appinfo.metainfo_xml(info), encoding="utf-8"
    )
    hicolor = share / "icons" / "hicolor"
    for size in info.icon_sizes:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / "png" / f"{size}.png", target / f"{info.id}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(info.icon, hicolor / "scalable" / "apps" / f"{info.id}.svg")
    script = stage / "install.sh"
    script.write_text(install_script(info), encoding="utf-8")
    script.chmod(0o755)
    readme = (LINUX_FILES / "README.txt").read_text(encoding="utf-8")
    readme = readme.replace("@ARCH@", appinfo.machine()).replace("@GLIBC@", required_glibc(stage))
    (stage / "README.txt").write_text(readme, encoding="utf-8")
    validate_linux_metadata(info, stage)
    return stage


def is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def required_glibc(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any program or library in ``folder`` needs."""
    newest = (2, 17)  # the oldest glibc any x86_64 or aarch64 build links against
    elf = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    if elf and shutil.which("readelf") is None:
        raise BuildError("readelf is not installed (Debian/Ubuntu: apt-get install binutils).")
    for path in elf:
        out = subprocess.run(
            ["readelf", "--version-info", "--wide", str(path)], capture_output=True, text=True
        ).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def validate_linux_metadata(info: AppInfo, stage: Path) -> None:
    """desktop-file-validate and appstreamcli, when installed, must accept the files."""
    desktop = stage / "share" / "applications" / info.desktop_file_name
    metainfo = stage / "share" / "metainfo" / info.metainfo_file_name
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", desktop])
    else:
        print("note: desktop-file-validate is not installed; the .desktop file is unchecked")
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", "--explain", metainfo])
    else:
        print("note: appstreamcli is not installed; the metainfo file is unchecked")


def make_tarball(stage: Path, out: Path) -> Path:
    """``out`` holds ``stage`` as its one top folder; owners and times are neutral."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))

    def neutral(member: tarfile.TarInfo) -> tarfile.TarInfo:
        member.uid = member.gid = 0
        member.uname = member.gname = ""
        member.mtime = epoch
        return member

    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
        tar.add(stage, arcname=stage.name, filter=neutral)
    partial.replace(out)
    return out


def build_linux(info: AppInfo, tool: str, no_trim: bool, reuse: bool = False) -> Path:
    icons = build_icons(BUILD / "icons", info)["png"].parent
    name = appinfo.linux_dist_name(info)
    if tool == "pyinstaller":
        dist = pyinstaller(icons, BUILD / "linux" / "pyinstaller", no_trim=no_trim)
        app_folder = dist / info.executable
    else:
        work = BUILD / "linux" / "pyside6-deploy"
        app_folder = pyside6_deploy(info, icons, work, reuse=reuse)
        if not no_trim:
            app_folder = trimmed_copy(app_folder, work / "trimmed")
    suffix = "" if tool == "pyinstaller" and not no_trim else f"-{tool}{'-untrimmed' * no_trim}"
    stage = stage_linux(info, app_folder, icons, BUILD / "linux" / "stage" / (name + suffix))
    tarball = make_tarball(stage, DIST / f"{name}{suffix}.tar.gz")
    print(
        f"\n{tool}: app folder {folder_size(stage) / 2**20:.1f} MiB, "
        f"tarball {tarball.stat().st_size / 2**20:.1f} MiB\n-> {tarball}"
    )
    return tarball


# -- Windows ------------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def inno_build_defines(
    app_folder: Path, out: Path, base_name: str, icon: Path, arch: str
) -> dict[str, str]:
    """The ``/D`` defines that depend on this build (the rest come from app.toml)."""
    return {
        "SourceDir": str(app_folder),
        "OutputDir": str(out),
        "OutputBaseName": base_name,
        "SetupIcon": str(icon),
        "ArchitecturesAllowed": "x64compatible" if arch == "x64" else "arm64",
    }


def build_windows(info: AppInfo, installer: bool) -> list[Path]:
    icons = build_icons(BUILD / "icons", info)["ico"].parent
    dist = pyinstaller(icons, BUILD / "windows")
    app_folder = dist / info.executable
    arch = "x64" if appinfo.machine() == "x86_64" else appinfo.machine()
    stem = f"{info.executable}-{info.version}-windows-{arch}"
    DIST.mkdir(exist_ok=True)
    portable = Path(
        shutil.make_archive(str(DIST / f"{stem}-portable"), "zip", dist, app_folder.name)
    )
    results = [portable]
    if installer:
        iscc = find_iscc()
        if iscc is None:
            raise BuildError("Inno Setup 6 (iscc) is not installed: choco install innosetup.")
        defines = appinfo.inno_defines(info) | inno_build_defines(
            app_folder, DIST, f"{stem}-setup", icons / f"{info.executable}.ico", arch
        )
        run([iscc, "/Q", *(f"/D{k}={v}" for k, v in defines.items()),
             PACKAGING / "windows" / "course-studio.iss"])  # fmt: skip
        results.append(DIST / f"{stem}-setup.exe")
    for path in results:
        print(f"-> {path} ({path.stat().st_size / 2**20:.1f} MiB)")
    return results


# -- macOS --------------------------------------------------------------------------


def build_macos(info: AppInfo, dmg: bool) -> list[Path]:
    icons = build_icons(BUILD / "icons", info)["icns"].parent
    dist = pyinstaller(icons, BUILD / "macos")
    app = dist / info.bundle_name
    if not app.is_dir():
        raise BuildError(f"PyInstaller made no {app.name}.")
    identity = os.environ.get("MACOS_SIGN_IDENTITY", "-")  # "-" signs ad hoc
    run(["codesign", "--force", "--deep", "--timestamp=none", "--sign", identity, app])
    run(["codesign", "--verify", "--deep", "--strict", app])
    results = [app]
    if dmg:
        stage = BUILD / "macos" / "dmg"
        if stage.exists():
            shutil.rmtree(stage)
        stage.mkdir(parents=True)
        shutil.copytree(app, stage / app.name, symlinks=True)
        (stage / "Applications").symlink_to("/Applications")
        arch = appinfo.machine()
        out = DIST / f"{info.executable}-{info.version}-macos-{arch}.dmg"
        DIST.mkdir(exist_ok=True)
        run(["hdiutil", "create", "-volname", f"{info.name} {info.version}", "-srcfolder", stage,
             "-fs", "HFS+", "-format", "UDZO", "-ov", out])  # fmt: skip
        results.append(out)
    for path in results:
        print(f"-> {path}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="target", required=True)
    linux = sub.add_parser("linux", help="one-folder app and .tar.gz")
    linux.add_argument("--tool", choices=("pyinstaller", "pyside6-deploy"), default="pyinstaller")
    linux.add_argument("--no-trim", action="store_true", help="keep every Qt part (to measure)")
    linux.add_argument(
        "--reuse", action="store_true", help="pyside6-deploy: trim and pack the last build again"
    )
    windows = sub.add_parser("windows", help="one-folder app, .zip and Inno Setup installer")
    windows.add_argument("--no-installer", action="store_true")
    macos = sub.add_parser("macos", help=".app bundle and .dmg")
    macos.add_argument("--no-dmg", action="store_true")
    args = parser.parse_args(argv)
    info = appinfo.load()
    try:
        check_installed_version(info)
        if args.target == "linux":
            build_linux(info, args.tool, args.no_trim, args.reuse)
        elif args.target == "windows":
            build_windows(info, installer=not args.no_installer)
        else:
            build_macos(info, dmg=not args.no_dmg)
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
