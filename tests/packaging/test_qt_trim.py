"""The trimming rules keep what the app loads and leave out the rest, on every OS."""

from __future__ import annotations

import pytest
import qt_trim

KEPT = [
    # Linux wheel layout
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Charts.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6DBus.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_de.qm",
    "PySide6/Qt/translations/qt_pt_BR.qm",
    "PySide6/QtCharts.abi3.so",
    "libfontconfig.so.1",
    "libglib-2.0.so.0",
    "course_studio/store/migrations/env.py",
    # Windows wheel layout
    "PySide6/Qt6Core.dll",
    "PySide6/Qt6Charts.dll",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/plugins/imageformats/qsvg.dll",
    "PySide6/translations/qtbase_de.qm",
    # Nuitka (pyside6-deploy) layout
    "libQt6Core.so.6",
    "PySide6/qt-plugins/platforms/libqxcb.so",
    "PySide6/qt-plugins/platformthemes/libqxdgdesktopportal.so",
    # macOS wheel layout
    "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
    "PySide6/Qt/lib/QtCharts.framework/Versions/A/QtCharts",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqicns.dylib",
]

DROPPED = [
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt63DRender.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/translations/qt_help_de.qm",
    "PySide6/Qt/translations/qtdeclarative_de.qm",
    "PySide6/Qt/translations/qtwebengine_de.qm",
    "libcairo.so.2",
    "libpango-1.0.so.0",
    "libgssapi_krb5.so.2",
    "PySide6/Qt6Quick.dll",
    "PySide6/Qt6WebEngineCore.dll",
    "PySide6/plugins/imageformats/qpdf.dll",
    "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    "PySide6/Qt/lib/QtWebEngineCore.framework/Resources/qtwebengine_resources.pak",
    "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
    "libQt6Quick.so.6",
    "PySide6/qt-plugins/platformthemes/libqgtk3.so",
    "PySide6/qt-plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/qt-plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
]


@pytest.mark.parametrize("dest", KEPT)
def test_kept(dest: str) -> None:
    assert qt_trim.keep(dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_dropped(dest: str) -> None:
    assert not qt_trim.keep(dest)


def test_qt_translations_only_for_the_apps_languages() -> None:
    for name in ("qtbase_de.qm", "qt_de.qm", "qtbase_en.qm"):
        assert qt_trim.keep(f"PySide6/Qt/translations/{name}", ("en", "de"))
    for name in ("qtbase_fr.qm", "qt_pt_BR.qm", "qt_help_de.qm", "qtmultimedia_de.qm"):
        assert not qt_trim.keep(f"PySide6/Qt/translations/{name}", ("en", "de"))
    assert qt_trim.keep("PySide6/translations/qtbase_fr.qm", None)
    assert qt_trim.keep("course_studio/resources/translations/course_studio_fr.qm", ("en",))


def test_trim_splits_a_toc() -> None:
    toc = [(d, f"/src/{d}", "BINARY") for d in (*KEPT[:3], *DROPPED[:2])]
    kept, dropped = qt_trim.trim(toc)
    assert kept == toc[:3]
    assert dropped == DROPPED[:2]


def test_the_app_needs_none_of_the_excluded_python_packages() -> None:
    """Each excluded package really is unused: nothing in src/ imports it."""
    import ast
    from pathlib import Path

    src = Path(qt_trim.__file__).resolve().parents[1] / "src" / "course_studio"
    imported: set[str] = set()
    for path in src.rglob("*.py"):
        if "server" in path.relative_to(src).parts:
            continue  # the server is its own program, left out on purpose
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
                imported |= {f"{node.module}.{alias.name}" for alias in node.names}
    for excluded in qt_trim.PYTHON_EXCLUDES:
        clash = [m for m in imported if m == excluded or m.startswith(excluded + ".")]
        assert not clash, f"the app imports {clash} but the bundle leaves {excluded} out"
