"""Formats other systems use: rosters in and out (OneRoster 1.1, Canvas SIS, Moodle
upload users, any CSV with a column mapping), IMS Common Cartridge courses, progress
to CSV or XLSX, and course backups (.cstudio).

Imports come in two steps: ``preview_*`` reads and checks the file and writes
nothing; ``commit_*`` writes it all in one transaction, or nothing.
"""

from .report import Cancelled, CancelToken, ImportIssue, ImportReport
from .rosters import (
    EXPORT_FORMATS,
    FORMATS,
    LABELS,
    RosterPreview,
    commit_roster,
    detect_format,
    export_roster,
    import_roster,
    preview_roster,
)

__all__ = [
    "EXPORT_FORMATS",
    "FORMATS",
    "LABELS",
    "CancelToken",
    "Cancelled",
    "ImportIssue",
    "ImportReport",
    "RosterPreview",
    "commit_roster",
    "detect_format",
    "export_roster",
    "import_roster",
    "preview_roster",
]
