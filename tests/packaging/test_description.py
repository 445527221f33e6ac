"""The one app description and the files every OS build derives from it."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import appinfo
import build
import pytest

ROOT = appinfo.ROOT


def test_version_is_pyprojects(info: appinfo.AppInfo) -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        assert info.version == tomllib.load(fh)["project"]["version"]
    description = (appinfo.HERE / "app.toml").read_text(encoding="utf-8")
    assert not re.search(r"^\s*version\s*=", description, re.MULTILINE), "one version only"


def test_entry_point_is_the_console_script(info: appinfo.AppInfo) -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        scripts = tomllib.load(fh)["project"]["scripts"]
    assert scripts[info.executable] == info.entry_point == "course_studio.cli:main"
    launcher = (appinfo.HERE / "launcher.py").read_text()
    module, function = info.entry_point.split(":")
    assert f"from {module} import {function}" in launcher


def test_id_is_reverse_dns_and_icon_exists(info: appinfo.AppInfo) -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9]+)+\.[A-Za-z][A-Za-z0-9]*", info.id)
    assert info.icon.suffix == ".svg" and info.icon.is_file()
    ET.parse(info.icon)  # well-formed
    assert 16 in info.icon_sizes and 512 in info.icon_sizes


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0)), ("1.0.0.dev4", (1, 0, 0, 0))],
)
def test_version_numbers_for_windows(info: appinfo.AppInfo, version: str, numbers: tuple) -> None:
    assert replace(info, version=version).version_tuple == numbers


def test_a_version_windows_cannot_hold_is_refused(info: appinfo.AppInfo) -> None:
    with pytest.raises(ValueError, match=r"not like 1\.2\.3"):
        _ = replace(info, version="2026-autumn").version_tuple


def parse_desktop(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_desktop_entry(info: appinfo.AppInfo) -> None:
    entry = parse_desktop(appinfo.desktop_entry(info))
    assert entry["Type"] == "Application"
    assert entry["Name"] == info.name
    assert entry["Exec"] == entry["TryExec"] == info.executable
    assert entry["Icon"] == info.id
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == info.executable
    assert entry["Categories"].endswith(";") and "Education" in entry["Categories"]
    assert entry["Keywords"].endswith(";")


def test_desktop_entry_quotes_a_path_with_spaces(info: appinfo.AppInfo) -> None:
    entry = parse_desktop(appinfo.desktop_entry(info, "/home/ada/My Apps/course-studio"))
    assert entry["Exec"] == '"/home/ada/My Apps/course-studio"'
    entry = parse_desktop(appinfo.desktop_entry(info, "/opt/a$b/course-studio"))
    assert entry["Exec"] == '"/opt/a\\$b/course-studio"'


def test_metainfo(info: appinfo.AppInfo) -> None:
    root = ET.fromstring(appinfo.metainfo_xml(info).encode())
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == info.id
    assert root.findtext("name") == info.name
    assert root.findtext("launchable") == info.desktop_file_name
    assert root.find("launchable").get("type") == "desktop-id"  # type: ignore[union-attr]
    assert root.findtext("provides/binary") == info.executable
    assert [p.text for p in root.findall("description/p")] == list(info.description)
    releases = root.findall("releases/release")
    assert releases[0].get("version") == info.version, "the newest release comes first"
    dates = [r.get("date") for r in releases]
    assert dates == sorted(dates, reverse=True)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d)) for d in dates)


def test_a_version_without_release_notes_still_gets_a_release(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "course-studio"\nversion = "9.8.7"\n')
    info = appinfo.load(pyproject=pyproject)
    assert info.version == "9.8.7"
    assert "9.8.7" in {r.version for r in info.releases}
    root = ET.fromstring(appinfo.metainfo_xml(info).encode())
    assert root.find("releases/release").get("version") == "9.8.7"  # type: ignore[union-attr]


def test_the_validators_accept_the_linux_files(info: appinfo.AppInfo, tmp_path: Path) -> None:
    written = {p.name: p for p in appinfo.write_all(info, tmp_path)}
    tools = [t for t in ("desktop-file-validate", "appstreamcli") if shutil.which(t)]
    if not tools:
        pytest.skip("desktop-file-validate and appstreamcli are not installed")
    if "desktop-file-validate" in tools:
        out = subprocess.run(
            ["desktop-file-validate", written[info.desktop_file_name]],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0 and "error" not in out.stdout, out.stdout
    if "appstreamcli" in tools:
        out = subprocess.run(
            ["appstreamcli", "validate", "--no-net", written[info.metainfo_file_name]],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, out.stdout + out.stderr
        assert not re.search(r"^[EW]: ", out.stdout, re.MULTILINE), out.stdout


def test_info_plist(info: appinfo.AppInfo) -> None:
    plist = plistlib.loads(plistlib.dumps(appinfo.info_plist(info)))
    assert plist["CFBundleIdentifier"] == info.id
    assert plist["CFBundleExecutable"] == info.executable
    assert plist["CFBundleName"] == info.name
    assert plist["CFBundleShortVersionString"] == ".".join(map(str, info.version_tuple[:3]))
    assert plist["CFBundleVersion"] == info.version
    assert plist["CFBundleIconFile"] == f"{info.executable}.icns"
    assert plist["CFBundleLocalizations"][0] == "en"
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])


def test_localizations_follow_the_translations(tmp_path: Path) -> None:
    sources, compiled = tmp_path / "ts", tmp_path / "qm"
    sources.mkdir()
    compiled.mkdir()
    assert appinfo.localizations([sources, compiled, tmp_path / "missing"]) == ("en",)
    (sources / "course_studio_de.ts").write_text("<TS/>")
    (compiled / "course_studio_fr.qm").write_bytes(b"")
    (compiled / "course_studio_de.qm").write_bytes(b"")
    (sources / "other_es.ts").write_text("<TS/>")
    assert appinfo.localizations([sources, compiled]) == ("en", "de", "fr")


def test_inno_setup_script_gets_every_define_it_uses(info: appinfo.AppInfo) -> None:
    script = (appinfo.HERE / "windows" / "course-studio.iss").read_text(encoding="utf-8")
    used = set(re.findall(r"\{#(\w+)\}", script))
    used |= set(re.findall(r"StringChange\((\w+),", script))
    given = set(appinfo.inno_defines(info))
    given |= set(build.inno_build_defines(Path("a"), Path("b"), "c", Path("d.ico"), "x64"))
    assert used, "the script uses no defines?"
    assert used <= given, f"not passed by build.py: {sorted(used - given)}"
    defines = appinfo.inno_defines(info)
    assert defines["AppId"] == "{{" + info.windows_app_guid + "}"
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", info.windows_app_guid)
    assert defines["AppVersion"] == info.version
    assert defines["AppExeName"] == "CourseStudio.exe"
    assert defines["AppCliExeName"] == f"{info.executable}.exe"


def test_the_spec_names_what_the_installer_ships(info: appinfo.AppInfo) -> None:
    gui, cli = appinfo.windows_exe_names(info)
    assert f"{gui}.exe" == appinfo.inno_defines(info)["AppExeName"]
    assert cli == info.executable
    spec = (appinfo.HERE / "pyinstaller" / "course-studio.spec").read_text(encoding="utf-8")
    assert "windows_exe_names(info)" in spec
    assert "info_plist=appinfo.info_plist(info)" in spec


def test_the_workflow_builds_every_os_with_the_files_that_exist() -> None:
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    for target in ("linux", "windows", "macos"):
        assert re.search(rf"^  {target}:$", workflow, re.MULTILINE), f"no {target} job"
        assert target == "linux" or f"packaging/build.py {target}" in workflow
    assert "make package" in workflow
    for script in set(re.findall(r"(?:packaging|benchmarks)/[\w/-]+\.py", workflow)):
        assert (ROOT / script).is_file(), f"the workflow runs {script}, which does not exist"
    assert workflow.count("packaging/smoke_test.py") >= 4, "every build is smoke-tested"
