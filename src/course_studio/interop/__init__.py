"""Formats other systems use: rosters in and out (OneRoster 1.1, Canvas SIS, Moodle
upload users, any CSV with a column mapping), IMS Common Cartridge courses, progress
to CSV or XLSX, and course backups (.cstudio). See docs/interop.md.

Imports come in two steps: ``preview_*`` reads and checks the file and writes
nothing; ``commit_*`` writes it all in one transaction, or nothing.
"""

from .backup import backup_course, commit_restore, preview_restore, restore_course
from .cartridge import (
    CartridgePreview,
    commit_cartridge,
    export_cartridge,
    import_cartridge,
    preview_cartridge,
)
from .generic import FIELDS as MAPPING_FIELDS
from .generic import guess_mapping
from .progress_export import export_progress
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
    "MAPPING_FIELDS",
    "CancelToken",
    "Cancelled",
    "CartridgePreview",
    "ImportIssue",
    "ImportReport",
    "RosterPreview",
    "backup_course",
    "commit_cartridge",
    "commit_restore",
    "commit_roster",
    "detect_format",
    "export_cartridge",
    "export_progress",
    "export_roster",
    "guess_mapping",
    "import_cartridge",
    "import_roster",
    "preview_cartridge",
    "preview_restore",
    "preview_roster",
    "restore_course",
]
