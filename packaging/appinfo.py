"""The one description of the desktop app, and every file each OS build derives from it.

``packaging/app.toml`` says what the app is called, its id, icon, summary and so on;
the version comes from ``pyproject.toml``. The PyInstaller spec, the Linux desktop
files, the macOS Info.plist and the Windows installer all read it through ``load()``.

    python packaging/appinfo.py show            # the description as JSON
    python packaging/appinfo.py get version     # one field (for shell scripts and CI)
    python packaging/appinfo.py write DIR       # the generated files, to look at
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import plistlib
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_TOML = HERE / "app.toml"
PYPROJECT = ROOT / "pyproject.toml"

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[.-]?(?:a|b|rc|dev|post)\d*)*$")


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    notes: str


@dataclass(frozen=True)
class AppInfo:
    name: str
    id: str
    executable: str
    entry_point: str
    version: str
    summary: str
    description: tuple[str, ...]
    developer: str
    developer_id: str
    homepage: str
    license: str
    metadata_license: str
    copyright: str
    icon: Path
    categories: tuple[str, ...]
    keywords: tuple[str, ...]
    icon_sizes: tuple[int, ...]
    ico_sizes: tuple[int, ...]
    windows_app_guid: str
    windows_publisher: str
    macos_minimum_system_version: str
    macos_application_category: str
    releases: tuple[Release, ...]

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for Windows version resources ('1.2.3rc1' -> (1, 2, 3, 0))."""
        match = _VERSION.match(self.version)
        if match is None:
            raise ValueError(f"The version {self.version!r} is not like 1.2.3.")
        major, minor, patch = (int(part) for part in match.groups())
        return major, minor, patch, 0

    @property
    def desktop_file_name(self) -> str:
        return f"{self.id}.desktop"

    @property
    def metainfo_file_name(self) -> str:
        return f"{self.id}.metainfo.xml"

    @property
    def bundle_name(self) -> str:
        """The macOS .app folder name."""
        return f"{self.name}.app"


def _numbers(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version)[:3])


def pyproject_version(pyproject: Path = PYPROJECT) -> str:
    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def _last_commit_date() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or dt.date.today().isoformat()


def load(app_toml: Path = APP_TOML, pyproject: Path = PYPROJECT) -> AppInfo:
    with app_toml.open("rb") as fh:
        data = tomllib.load(fh)
    app, linux, windows, macos = data["app"], data["linux"], data["windows"], data["macos"]
    version = pyproject_version(pyproject)
    releases = [
        Release(str(v), str(r["date"]), str(r.get("notes", "")))
        for v, r in data.get("releases", {}).items()
    ]
    if version not in {r.version for r in releases}:
        releases.append(Release(version, _last_commit_date(), ""))
    releases.sort(key=lambda r: (r.date, _numbers(r.version)), reverse=True)
    return AppInfo(
        name=app["name"],
        id=app["id"],
        executable=app["executable"],
        entry_point=app["entry_point"],
        version=version,
        summary=app["summary"],
        description=tuple(app["description"]),
        developer=app["developer"],
        developer_id=app["developer_id"],
        homepage=app["homepage"],
        license=app["license"],
        metadata_license=app["metadata_license"],
        copyright=app["copyright"],
        icon=(app_toml.parent / app["icon"]).resolve(),
        categories=tuple(app["categories"]),
        keywords=tuple(app["keywords"]),
        icon_sizes=tuple(int(s) for s in linux["icon_sizes"]),
        ico_sizes=tuple(int(s) for s in windows["ico_sizes"]),
        windows_app_guid=windows["app_guid"],
        windows_publisher=windows["publisher"],
        macos_minimum_system_version=macos["minimum_system_version"],
        macos_application_category=macos["application_category"],
        releases=tuple(releases),
    )


def machine() -> str:
    """The CPU name used in file names: x86_64, aarch64, arm64 ..."""
    name = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64"}.get(name, name)


def linux_dist_name(info: AppInfo, arch: str | None = None) -> str:
    """``course-studio-0.1.0-linux-x86_64``: the tarball's name and its one folder."""
    return f"{info.executable}-{info.version}-linux-{arch or machine()}"


# -- Linux -------------------------------------------------------------------------


def desktop_entry(info: AppInfo, exec_path: str | None = None) -> str:
    """The freedesktop.org .desktop file; ``exec_path`` replaces the bare command name."""
    command = exec_path or info.executable
    if any(ch in command for ch in " \t\"'\\$`"):
        command = '"' + re.sub(r'(["`$\\])', r"\\\1", command) + '"'
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        f"Name={info.name}",
        f"GenericName={info.summary.split(',')[0]}",
        f"Comment={info.summary}",
        f"Exec={command}",
        f"TryExec={exec_path or info.executable}",
        f"Icon={info.id}",
        "Terminal=false",
        f"Categories={';'.join(info.categories)};",
        f"Keywords={';'.join(info.keywords)};",
        f"StartupWMClass={info.executable}",
        "StartupNotify=true",
    ]
    return "\n".join(lines) + "\n"


def metainfo_xml(info: AppInfo) -> str:
    """The AppStream metainfo file that software centres read."""
    root = ET.Element("component", type="desktop-application")
    ET.SubElement(root, "id").text = info.id
    ET.SubElement(root, "metadata_license").text = info.metadata_license
    ET.SubElement(root, "project_license").text = info.license
    ET.SubElement(root, "name").text = info.name
    ET.SubElement(root, "summary").text = info.summary
    # <developer> is AppStream 1.0; <developer_name> is what 0.x software centres read
    developer = ET.SubElement(root, "developer", id=info.developer_id)
    ET.SubElement(developer, "name").text = info.developer
    ET.SubElement(root, "developer_name").text = info.developer
    description = ET.SubElement(root, "description")
    for paragraph in info.description:
        ET.SubElement(description, "p").text = paragraph
    ET.SubElement(root, "launchable", type="desktop-id").text = info.desktop_file_name
    ET.SubElement(root, "icon", type="stock").text = info.id
    ET.SubElement(root, "url", type="homepage").text = info.homepage
    categories = ET.SubElement(root, "categories")
    for category in info.categories:
        ET.SubElement(categories, "category").text = category
    keywords = ET.SubElement(root, "keywords")
    for keyword in info.keywords:
        ET.SubElement(keywords, "keyword").text = keyword
    provides = ET.SubElement(root, "provides")
    ET.SubElement(provides, "binary").text = info.executable
    recommends = ET.SubElement(root, "recommends")
    ET.SubElement(recommends, "control").text = "keyboard"
    ET.SubElement(recommends, "control").text = "pointing"
    requires = ET.SubElement(root, "requires")
    ET.SubElement(requires, "display_length", compare="ge").text = "768"
    ET.SubElement(root, "content_rating", type="oars-1.1")
    releases = ET.SubElement(root, "releases")
    for release in info.releases:
        element = ET.SubElement(releases, "release", version=release.version, date=release.date)
        if release.notes:
            notes = ET.SubElement(element, "description")
            ET.SubElement(notes, "p").text = release.notes
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


# -- macOS -------------------------------------------------------------------------

TRANSLATIONS = (
    ROOT / "src" / "course_studio" / "resources" / "translations",
    ROOT / "resources" / "translations",
)


def localizations(folders: Iterable[Path] = TRANSLATIONS) -> tuple[str, ...]:
    """English plus every language the app has a translation for: course_studio_de.ts
    (or its compiled .qm) in one of ``folders`` means German."""
    found = {
        path.stem.rsplit("_", 1)[-1].lower()
        for folder in folders
        for pattern in ("course_studio_*.ts", "course_studio_*.qm")
        for path in folder.glob(pattern)
    }
    return ("en", *sorted(found - {"en"}))


def info_plist(info: AppInfo) -> dict[str, object]:
    """Info.plist keys of the .app bundle (PyInstaller's BUNDLE merges them in)."""
    return {
        "CFBundleName": info.name,
        "CFBundleDisplayName": info.name,
        "CFBundleIdentifier": info.id,
        "CFBundleExecutable": info.executable,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": ".".join(str(n) for n in info.version_tuple[:3]),
        "CFBundleVersion": info.version,
        "CFBundleIconFile": f"{info.executable}.icns",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(localizations()),
        "CFBundleInfoDictionaryVersion": "6.0",
        "LSMinimumSystemVersion": info.macos_minimum_system_version,
        "LSApplicationCategoryType": info.macos_application_category,
        "NSHumanReadableCopyright": info.copyright,
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "NSRequiresAquaSystemAppearance": False,
        "NSSupportsAutomaticGraphicsSwitching": True,
    }


# -- Windows -----------------------------------------------------------------------


def inno_defines(info: AppInfo) -> dict[str, str]:
    """``/D`` defines for ``iscc packaging/windows/course-studio.iss``."""
    return {
        "AppId": "{{" + info.windows_app_guid + "}",
        "AppName": info.name,
        "AppVersion": info.version,
        "AppVersionNumeric": ".".join(str(n) for n in info.version_tuple),
        "AppPublisher": info.windows_publisher,
        "AppURL": info.homepage,
        "AppCopyright": info.copyright,
        "AppDescription": info.summary,
        "AppExeName": f"{info.name.replace(' ', '')}.exe",
        "AppCliExeName": f"{info.executable}.exe",
        "AppFileStem": f"{info.executable}-{info.version}",
    }


def windows_exe_names(info: AppInfo) -> tuple[str, str]:
    """(windowed app, console tool) executable names, without .exe."""
    defines = inno_defines(info)
    return defines["AppExeName"].removesuffix(".exe"), info.executable


# -- command line ------------------------------------------------------------------


def write_all(info: AppInfo, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {
        info.desktop_file_name: desktop_entry(info),
        info.metainfo_file_name: metainfo_xml(info),
        "Info.plist": plistlib.dumps(info_plist(info)).decode(),
        "inno-defines.iss": "".join(
            f'#define {key} "{value}"\n' for key, value in inno_defines(info).items()
        ),
    }
    written = []
    for name, text in files.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("show", help="print the description as JSON")
    get = sub.add_parser("get", help="print one field")
    get.add_argument("field")
    write = sub.add_parser("write", help="write the generated files to a folder")
    write.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    info = load()
    if args.command == "show":
        print(json.dumps(asdict(info), indent=2, default=str))
    elif args.command == "get":
        extra = {
            "linux_dist_name": linux_dist_name(info),
            "machine": machine(),
            "bundle_name": info.bundle_name,
        }
        value = extra.get(args.field, getattr(info, args.field, None))
        if value is None:
            print(f"appinfo: no field called {args.field!r}.", file=sys.stderr)
            return 2
        print(value)
    else:
        for path in write_all(info, args.folder):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
