"""Render the app icon (src/course_studio/resources/icons/course-studio.svg) for every OS.

    python packaging/icons.py OUT_DIR

writes OUT_DIR/png/<size>.png for the hicolor sizes (16-512) and 1024,
OUT_DIR/course-studio.ico (Windows, several sizes in one file) and
OUT_DIR/course-studio.icns (macOS). Qt's SVG renderer draws each size from the
vector (small sizes stay crisp); Pillow packs the .ico and .icns files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from appinfo import AppInfo, load

ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_pngs(svg: Path, sizes: list[int], out: Path) -> dict[int, Path]:
    """Draw the SVG at each size into OUT/<size>.png; needs no screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG file Qt can draw.")
    out.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out / f"{size}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"Could not write {path}.")
        written[size] = path
    del app
    return written


def pack(pngs: dict[int, Path], sizes: tuple[int, ...], path: Path) -> Path:
    """An .ico or .icns file (by suffix) holding the given sizes, largest first."""
    from PIL import Image

    images = [Image.open(pngs[s]).convert("RGBA") for s in sorted(sizes, reverse=True)]
    largest, rest = images[0], images[1:]
    if path.suffix == ".ico":
        largest.save(path, sizes=[im.size for im in images], append_images=rest)
    else:
        largest.save(path, append_images=rest)
    return path


def build_icons(out: Path, info: AppInfo | None = None) -> dict[str, Path]:
    info = info or load()
    sizes = sorted({*info.icon_sizes, *info.ico_sizes, *ICNS_SIZES})
    pngs = render_pngs(info.icon, sizes, out / "png")
    return {
        "svg": info.icon,
        "png": out / "png",
        "ico": pack(pngs, info.ico_sizes, out / f"{info.executable}.ico"),
        "icns": pack(pngs, ICNS_SIZES, out / f"{info.executable}.icns"),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/icons.py OUT_DIR", file=sys.stderr)
        return 2
    for kind, path in build_icons(Path(argv[0])).items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
