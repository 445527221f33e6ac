"""The Linux tarball's folder, its tarball and install.sh, around a stand-in app
(the real build is `make package`; this checks everything around it in a second)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import appinfo
import build
import pytest

from .test_description import parse_desktop


@pytest.fixture(scope="module")
def icons(info: appinfo.AppInfo, tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    from icons import build_icons

    return build_icons(tmp_path_factory.mktemp("icons"), info)["png"].parent


@pytest.fixture
def staged(info: appinfo.AppInfo, tmp_path: Path, icons: Path) -> Path:
    """A staged folder whose 'app' is a shell script printing its arguments."""
    app = tmp_path / "pyinstaller-out"
    (app / "_internal").mkdir(parents=True)
    exe = app / info.executable
    exe.write_text('#!/bin/sh\necho "course-studio ran: $*"\n')
    exe.chmod(0o755)
    name = appinfo.linux_dist_name(info, "x86_64")
    return build.stage_linux(info, app, icons, tmp_path / "stage" / name)


def test_stage_layout(info: appinfo.AppInfo, staged: Path) -> None:
    assert staged.name == f"{info.executable}-{info.version}-linux-x86_64"
    assert os.access(staged / info.executable, os.X_OK)
    assert (staged / "_internal").is_dir()
    desktop = staged / "share" / "applications" / info.desktop_file_name
    assert parse_desktop(desktop.read_text())["Icon"] == info.id
    assert (staged / "share" / "metainfo" / info.metainfo_file_name).is_file()
    for size in info.icon_sizes:
        assert (staged / f"share/icons/hicolor/{size}x{size}/apps/{info.id}.png").is_file()
    assert (staged / f"share/icons/hicolor/scalable/apps/{info.id}.svg").is_file()
    readme = (staged / "README.txt").read_text()
    assert "@" not in readme, "every placeholder is filled in"
    script = (staged / "install.sh").read_text()
    assert "@" not in script.replace("$@", "")
    assert f'app_id="{info.id}"' in script


def test_tarball_is_one_folder_and_keeps_modes(staged: Path, tmp_path: Path) -> None:
    out = build.make_tarball(staged, tmp_path / "dist" / f"{staged.name}.tar.gz")
    with tarfile.open(out) as tar:
        members = tar.getmembers()
        assert {m.name.split("/")[0] for m in members} == {staged.name}
        assert all(m.uid == 0 and m.gid == 0 and not m.uname for m in members)
        exe = tar.getmember(f"{staged.name}/course-studio")
        assert exe.mode & stat.S_IXUSR
    assert not list(out.parent.glob("*.part")), "no partial file is left behind"


def run_install(staged: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_BIN_HOME": str(home / "bin"),
    }
    return subprocess.run(
        [str(staged / "install.sh"), *args], capture_output=True, text=True, env=env
    )


def test_install_and_uninstall_for_the_user(
    info: appinfo.AppInfo, staged: Path, tmp_path: Path
) -> None:
    # the instructor keeps the app in a folder whose name has a space
    kept = tmp_path / "My Apps" / staged.name
    kept.parent.mkdir()
    shutil.move(staged, kept)
    home = tmp_path / "home"
    result = run_install(kept, home)
    assert result.returncode == 0, result.stderr
    assert "applications menu" in result.stdout

    command = home / "bin" / info.executable
    assert command.is_symlink()
    ran = subprocess.run([str(command), "demo"], capture_output=True, text=True)
    assert ran.stdout.strip() == "course-studio ran: demo"

    desktop = home / "data" / "applications" / info.desktop_file_name
    entry = parse_desktop(desktop.read_text())
    assert entry["Exec"] == f'"{kept / info.executable}"'
    assert entry["TryExec"] == str(kept / info.executable)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0, check.stdout
    assert (home / "data" / "metainfo" / info.metainfo_file_name).is_file()
    icon_path = f"icons/hicolor/48x48/apps/{info.id}.png"
    icon = home / "data" / icon_path
    assert icon.read_bytes() == (kept / "share" / icon_path).read_bytes()

    result = run_install(kept, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not desktop.exists() and not icon.exists() and not command.exists()
    assert not (home / "data" / "metainfo" / info.metainfo_file_name).exists()
    assert (kept / info.executable).is_file(), "the app folder itself stays"


def test_install_refuses_an_unknown_option(staged: Path, tmp_path: Path) -> None:
    result = run_install(staged, tmp_path / "home", "--everywhere")
    assert result.returncode == 2
    assert "unknown option --everywhere" in result.stderr
    assert not (tmp_path / "home").exists(), "nothing was installed"


def test_install_refuses_a_folder_without_the_app(
    info: appinfo.AppInfo, staged: Path, tmp_path: Path
) -> None:
    (staged / info.executable).unlink()
    result = run_install(staged, tmp_path / "home")
    assert result.returncode == 1
    assert "unpack the whole archive again" in result.stderr
    assert not (tmp_path / "home" / "data").exists(), "nothing was installed"
