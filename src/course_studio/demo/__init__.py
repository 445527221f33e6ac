"""Realistic, deterministic demo data (``course-studio demo``)."""

from .generator import DemoSize, generate

__all__ = ["DemoSize", "generate"]
