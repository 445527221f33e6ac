"""Formats instructors already have: rosters, Common Cartridge, progress exports."""
