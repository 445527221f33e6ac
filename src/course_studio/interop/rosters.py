"""Rosters in and out: the entry points the app and the command line call.

    preview = preview_roster(studio, path)            # reads and checks; writes nothing
    show(preview.report)                              # counts, errors with file/line/column
    report = commit_roster(studio, preview)           # all or nothing

A long import reports ``progress(stage, fraction)`` and stops when ``cancel`` is set
(a :class:`CancelToken`, a ``threading.Event`` or a callable); nothing is written then.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import DomainError, msg
from ..services.roster import (
    Roster,
    RosterEnrollment,
    RosterMember,
    RosterOutcome,
    RosterRejected,
    RosterService,
)
from . import canvas, generic, moodle, oneroster
from .common import RosterRead
from .report import CancelCheck, ImportIssue, ImportReport, Progress, as_cancel_check, check_cancel
from .textio import Package, Table, open_package, read_table

if TYPE_CHECKING:
    from ..facade import Studio

FORMATS = ("oneroster", "canvas", "moodle", "csv")
EXPORT_FORMATS = ("oneroster", "canvas", "moodle")
LABELS = {
    "oneroster": "IMS OneRoster 1.1 CSV",
    "canvas": "Canvas SIS import CSV",
    "moodle": "Moodle upload users CSV",
    "csv": "CSV with a column mapping",
}


@dataclass
class RosterPreview:
    """A file read and checked against the data dir, ready to commit."""

    source: str
    format: str | None
    roster: Roster
    course_id: str | None
    report: ImportReport
    #: Warnings about the file itself (kept for the commit's report).
    read_warnings: list[ImportIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.report.ok


def detect_format(package: Package) -> str:
    """oneroster, canvas, moodle or csv, from file names and headers."""
    if oneroster.looks_like(package, {}):
        return "oneroster"
    headers: dict[str, Table] = {}
    for name, data in package.files.items():
        scratch = ImportReport()
        head = data[:65536]
        cut = head.rfind(b"\n")
        table = read_table(name, head[: cut + 1] if cut > 0 else head, scratch)
        if table is not None:
            headers[name] = table
    if any(t.has("sourcedId") for t in headers.values()):
        return "oneroster"
    if canvas.looks_like(headers):
        return "canvas"
    if len(headers) == 1 and moodle.looks_like(next(iter(headers.values()))):
        return "moodle"
    return "csv"


def preview_roster(
    studio: Studio,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    course_id: str | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Any = None,
) -> RosterPreview:
    """Read a roster and check every row against the data dir, writing nothing.

    Problems are listed in the report by file and line; ``preview.ok`` says whether
    :func:`commit_roster` can write it.

    ``course_id`` puts every enrollment into that course (and enrolls every student
    of a file without enrollments); ``mapping`` ({field: column}) is for ``csv``.
    """
    preview = _preview(
        studio,
        path,
        format=format,
        course_id=course_id,
        mapping=mapping,
        progress=progress,
        cancel=cancel,
    )
    preview.report.sort()
    preview.report.progress = preview.report.cancel = None
    return preview


def _preview(
    studio: Studio,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    course_id: str | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Any = None,
) -> RosterPreview:
    check = as_cancel_check(cancel)
    report = ImportReport(progress=progress, cancel=check)
    source = Path(path)
    empty = RosterPreview(str(source), format, Roster(), course_id, report)
    if format is not None and format not in FORMATS:
        report.error(
            None,
            None,
            None,
            msg(
                "'{format}' is not a roster format; use {value}.",
                format=format,
                value=", ".join(FORMATS),
            ),
        )
        return empty
    if progress is not None:
        progress("Reading", 0.0)
    package = open_package(source, report)
    if package is None:
        return empty
    check_cancel(check)
    fmt = format or detect_format(package)
    report.format = empty.format = fmt
    read = _read(fmt, package, report, mapping)
    check_cancel(check)
    if read is None:
        return empty
    if course_id is not None and not read.enrollments:
        _enroll_everyone(read)
    roster = read.roster()
    report.counts.update(read.counts)
    preview = RosterPreview(str(source), fmt, roster, course_id, report, list(report.warnings))
    if progress is not None:
        progress("Reading", 1.0)
    try:
        outcome = RosterService(studio.context).check(
            roster, course_id=course_id, progress=progress, cancel=check
        )
    except RosterRejected as exc:  # pragma: no cover - check() does not raise it
        outcome = exc.outcome
    except DomainError as exc:
        if exc.code == "cancelled":
            raise
        report.error(None, None, exc.field, exc.message)
        return preview
    _merge(report, outcome)
    return preview


def commit_roster(
    studio: Studio,
    preview: RosterPreview,
    *,
    progress: Progress | None = None,
    cancel: Any = None,
) -> ImportReport:
    """Write a previewed roster in one transaction; nothing is written when any row
    is wrong (the report lists them) or when cancelled (raises Cancelled)."""
    report = ImportReport(
        counts={k: v for k, v in preview.report.counts.items() if not _planned(k)},
        warnings=[],
        format=preview.format,
    )
    if not preview.report.ok:
        report.errors = list(preview.report.errors)
        return report
    check: CancelCheck | None = as_cancel_check(cancel)
    try:
        outcome = RosterService(studio.context).apply(
            preview.roster, course_id=preview.course_id, progress=progress, cancel=check
        )
    except RosterRejected as exc:
        _merge(report, exc.outcome)
        return report
    except DomainError as exc:
        if exc.code == "cancelled":
            raise
        report.error(None, None, exc.field, exc.message)
        return report
    report.warnings = list(preview.read_warnings)
    _merge(report, outcome)
    report.written = True
    return report


def import_roster(studio: Studio, path: str | os.PathLike[str], **options: Any) -> ImportReport:
    """Preview and commit in one go (for scripts); nothing is written on any error."""
    progress = options.get("progress")
    cancel = options.get("cancel")
    preview = preview_roster(studio, path, **options)
    if not preview.ok:
        return preview.report
    return commit_roster(studio, preview, progress=progress, cancel=cancel)


def export_roster(
    studio: Studio,
    course_id: str,
    dest: str | os.PathLike[str],
    *,
    format: str = "oneroster",
    member_filter: Callable[[RosterMember], bool] | None = None,
) -> ImportReport:
    """Write a course's roster for another system.

    OneRoster and Canvas write a zip when ``dest`` ends in .zip, else a folder of
    CSV files; Moodle writes one CSV file.
    """
    report = ImportReport(format=format)
    if format not in EXPORT_FORMATS:
        report.error(
            None,
            None,
            None,
            msg(
                "'{format}' is not a roster export format; use {value}.",
                format=format,
                value=", ".join(EXPORT_FORMATS),
            ),
        )
        return report
    data = RosterService(studio.context).course_roster(course_id)
    writer = {"oneroster": oneroster.write, "canvas": canvas.write, "moodle": moodle.write}
    writer[format](data, Path(dest), report, member_filter)
    return report


def _read(
    fmt: str, package: Package, report: ImportReport, mapping: Mapping[str, str] | None
) -> RosterRead | None:
    if fmt == "oneroster":
        return oneroster.read(package, report)
    if fmt == "canvas":
        return canvas.read(package, report)
    if fmt == "moodle":
        return moodle.read(package, report)
    return generic.read(package, report, mapping)


def _enroll_everyone(read: RosterRead) -> None:
    for person in read.people:
        if person.role == "student":
            read.enrollments.append(RosterEnrollment(ref=person.ref, person=person.key))
    read.counts["enrollments"] = len(read.enrollments)


_PLANNED = ("_created", "_updated", "_unchanged", "_matched", "_added", "waitlisted")


def _planned(key: str) -> bool:
    return key.endswith(_PLANNED)


def _merge(report: ImportReport, outcome: RosterOutcome) -> None:
    report.counts.update(outcome.counts)
    report.errors.extend(outcome.errors)
    report.warnings.extend(outcome.warnings)
    report.sort()
