"""What the bundle leaves out: Qt modules, plugins and Python packages the app never uses.

The app uses QtCore, QtGui, QtWidgets and QtCharts (which needs QtOpenGL and
QtOpenGLWidgets); QtSvg draws SVG icons and QtDBus talks to the desktop (portals,
input methods, the tray). PyInstaller's Qt hooks also pull in plugins whose libraries
drag QML, Quick, the virtual keyboard, PDF, networking and GTK's drawing stack along;
``keep(dest)`` says which collected files stay. The rules look at the file's path in
the bundle, so one list serves Linux (.so), Windows (.dll) and macOS (.dylib and
frameworks).
"""

from __future__ import annotations

import re
from collections.abc import Collection

# Python packages never imported by the desktop app (PyInstaller ``excludes``).
PYTHON_EXCLUDES: tuple[str, ...] = (
    "tkinter",
    "PIL",  # openpyxl only needs it for images in workbooks, which the app never writes
    "pygments",  # Mako's optional syntax highlighting of template errors (it falls back)
    "dns",  # email-validator's deliverability check (DNS), which the app turns off
    "IPython",
    "pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "PyInstaller",
    "numpy",
    "setuptools",
    "pkg_resources",
    # the server is its own program (course-studio-server), not part of the desktop app
    "course_studio.server",
    "fastapi",
    "starlette",
    "uvicorn",
    "psycopg",
    "argon2",
    # Qt bindings the app does not use. QtCharts needs the QtOpenGL libraries, which
    # stay, but never their Python modules (QtOpenGL's alone is 9 MB).
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
)

# Qt libraries (without the Qt6 prefix) that nothing the app loads needs.
_UNUSED_QT_LIBS = (
    "3D\\w*",
    "Bluetooth",
    "Concurrent",
    "Designer\\w*",
    "EglFS\\w*",
    "EglFsKmsSupport",
    "Help",
    "Location",
    "Multimedia\\w*",
    "Network\\w*",
    "Nfc",
    "Pdf\\w*",
    "Positioning\\w*",
    "PrintSupport",
    "Qml\\w*",
    "Quick\\w*",
    "RemoteObjects\\w*",
    "Scxml\\w*",
    "Sensors\\w*",
    "SerialBus",
    "SerialPort",
    "ShaderTools",
    "SpatialAudio",
    "Sql",
    "StateMachine\\w*",
    "Test",
    "TextToSpeech",
    "VirtualKeyboard\\w*",
    "WebChannel\\w*",
    "WebEngine\\w*",
    "WebSockets",
    "WebView\\w*",
    "Xml",
)
_QT_LIB = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(?:" + "|".join(_UNUSED_QT_LIBS) + r")(?:\.so[.\d]*|\.dll|\.framework"
    r"|\.dylib)?(?:/|$)",
    re.IGNORECASE,
)

# Whole plugin folders the app never needs.
_UNUSED_PLUGIN_DIRS = (
    "assetimporters",
    "canbus",
    "designer",
    "egldeviceintegrations",  # eglfs: full-screen embedded devices
    "generic",  # evdev/tuio input for eglfs and linuxfb
    "geometryloaders",
    "geoservices",
    "multimedia",
    "networkinformation",
    "position",
    "printsupport",
    "qmllint",
    "qmltooling",
    "renderers",
    "renderplugins",
    "sceneparsers",
    "scxmldatamodel",
    "sensors",
    "sqldrivers",
    "texttospeech",
    "tls",
    "vectorimageformats",
    "wayland-graphics-integration-server",
    "webview",
)

# Single plugins the app never needs (file stem without lib/q prefixes and suffix).
_UNUSED_PLUGINS = {
    "platforms": ("eglfs", "linuxfb", "vnc", "vkkhrdisplay", "minimalegl", "direct2d"),
    "platformthemes": ("gtk3",),  # links GTK's whole drawing stack; the portal theme stays
    "platforminputcontexts": ("qtvirtualkeyboardplugin",),  # QML and Quick
    "imageformats": ("pdf", "tiff", "webp", "tga", "wbmp"),
}

# plugins/ in PyInstaller and the wheels, qt-plugins/ in Nuitka (pyside6-deploy) builds
_PLUGIN = re.compile(r"(?:^|/)(?:qt-)?plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$")

# Libraries that only the dropped plugins needed (GTK theme, Qt Network's Kerberos).
_ORPHANED_SYSTEM_LIBS = re.compile(
    r"(?:^|/)lib(?:atk-1\.0|cairo|cairo-gobject|gdk_pixbuf-2\.0|pango-1\.0|pangocairo-1\.0"
    r"|pangoft2-1\.0|pixman-1|thai|datrie|fribidi|graphite2|gssapi_krb5|krb5|krb5support"
    r"|k5crypto|com_err|keyutils)(?:-[0-9a-f]{8})?\.so[.\d]*$"
)

# Qt's own translations: qt_<lang>.qm loads qtbase_<lang>.qm; the others belong to
# modules the app does not use (qt_help, qtdeclarative, qtwebengine, ...).
_QT_TRANSLATION = re.compile(
    r"(?:^|/)PySide6/(?:Qt/)?translations/(qt|qtbase|[a-z_]+?)_([a-z]{2,3})(?:_[A-Za-z]+)?\.qm$"
)


def _plugin_dropped(dest: str) -> bool:
    match = _PLUGIN.search(dest)
    if match is None:
        return False
    folder, stem = match.groups()
    if folder in _UNUSED_PLUGIN_DIRS:
        return True
    return any(stem in (name, f"q{name}") for name in _UNUSED_PLUGINS.get(folder, ()))


def keep(dest: str, languages: Collection[str] | None = None) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the app.

    ``languages``: the app's own languages; Qt's translations of other languages are
    left out (a French dialog button inside an English app helps nobody). None keeps
    Qt's translations of every language.
    """
    dest = dest.replace("\\", "/")
    if _PLUGIN.search(dest):
        return not _plugin_dropped(dest)
    if _QT_LIB.search(dest):
        return False
    if _ORPHANED_SYSTEM_LIBS.search(dest):
        return False
    translation = _QT_TRANSLATION.search(dest)
    if translation:
        catalogue, language = translation.groups()
        return catalogue in ("qt", "qtbase") and (languages is None or language in languages)
    return True


def trim(
    toc: list[tuple[str, str, str]], languages: Collection[str] | None = None
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Split a PyInstaller TOC into what stays and the names of what was dropped."""
    kept: list[tuple[str, str, str]] = []
    dropped: list[str] = []
    for entry in toc:
        if keep(entry[0], languages):
            kept.append(entry)
        else:
            dropped.append(entry[0])
    return kept, dropped
