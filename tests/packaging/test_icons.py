"""The app icon renders to every size each OS needs."""

from __future__ import annotations

from pathlib import Path

import appinfo
import icons
import pytest
from PIL import Image


def test_icons_for_every_os(info: appinfo.AppInfo, tmp_path: Path, qapp: object) -> None:
    built = icons.build_icons(tmp_path, info)
    for size in info.icon_sizes:
        with Image.open(built["png"] / f"{size}.png") as png:
            assert png.format == "PNG" and png.size == (size, size) and png.mode == "RGBA"
            corner, middle = png.getpixel((0, 0)), png.getpixel((size // 2, size // 2))
            assert corner[3] == 0, "the corners are transparent (rounded tile)"
            assert middle[3] == 255, "the middle is drawn"
    with Image.open(built["ico"]) as ico:
        assert ico.format == "ICO"
        assert ico.info["sizes"] == {(s, s) for s in info.ico_sizes}
    with Image.open(built["icns"]) as icns:
        assert icns.format == "ICNS"
        assert max(icns.info["sizes"])[0] == 512


def test_a_broken_svg_is_refused(tmp_path: Path, qapp: object) -> None:
    svg = tmp_path / "broken.svg"
    svg.write_text("<svg this is not")
    with pytest.raises(ValueError, match="not an SVG file Qt can draw"):
        icons.render_pngs(svg, [16], tmp_path / "out")
    assert not (tmp_path / "out").exists(), "nothing is written for a broken SVG"
