"""The packaging scripts live in packaging/ (not an installed package): make them
importable, and give every test the app description."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

import appinfo  # noqa: E402


@pytest.fixture(scope="session")
def info() -> appinfo.AppInfo:
    return appinfo.load()
