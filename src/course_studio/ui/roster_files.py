"""Reading the files the import wizards are given, through the one reader the project
has (``course_studio.interop.textio``): the encoding detected (a byte order mark,
UTF-8, then charset-normalizer's guess: Windows-1252, UTF-16 ...), the delimiter
sniffed among , ; tab and |, line numbers kept across quoted newlines.

No Qt here: the wizards call these on a worker thread.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import RowError, ValidationError, msg
from ..interop import ImportIssue, ImportReport, detect_format
from ..interop.textio import Package, Table, open_package, read_table

#: How the wizards name a delimiter in a sentence.
DELIMITER_NAMES = {
    ",": msg("commas"),
    ";": msg("semicolons"),
    "\t": msg("tabs"),
    "|": msg("vertical bars"),
}


def describe_encoding(encoding: str) -> str:
    """'utf_8' -> 'UTF-8', 'cp1252' -> 'Windows-1252' (for a summary line)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    if name.startswith("cp") and name[2:].isdigit():
        return f"Windows-{name[2:]}"
    return name.upper().replace("_", "-").replace("-SIG", " with BOM")


def issue_text(issue: ImportIssue) -> str:
    """One problem as a sentence with its place: 'Line 4, column email: ...'."""
    if issue.line is not None and issue.column:
        return msg(
            "Line {line}, column {column}: {message}",
            line=issue.line,
            column=issue.column,
            message=issue.message,
        )
    if issue.line is not None:
        return msg("Line {line}: {message}", line=issue.line, message=issue.message)
    if issue.column:
        return msg("Column {column}: {message}", column=issue.column, message=issue.message)
    return issue.message


def _refuse(errors: list[ImportIssue]) -> ValidationError:
    first = issue_text(errors[0])
    if len(errors) > 1:
        more = len(errors) - 1
        if more == 1:
            first = msg("{problem} (1 more problem in the file.)", problem=first)
        else:
            first = msg("{problem} ({more:,} more problems in the file.)", problem=first, more=more)
    rows: list[ValidationError] = [
        RowError(e.message, e.column, line=e.line, file=e.file) for e in errors
    ]
    return ValidationError(first, "path", errors=rows)


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a ValidationError with a sentence when it cannot be read."""
    name = path.name or str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(
            msg("There is no file called {name} there.", name=name), "path"
        ) from None
    except IsADirectoryError:
        raise ValidationError(msg("{name} is a folder, not a file.", name=name), "path") from None
    except PermissionError:
        raise ValidationError(
            msg("Course Studio may not read {name}.", name=name), "path"
        ) from None
    except OSError as exc:
        raise ValidationError(
            msg("{name} could not be read ({reason}).", name=name, reason=exc.strerror or str(exc)),
            "path",
        ) from None


def read_csv_file(path: str | Path) -> Table:
    """One CSV file as a table with at least one row under its header.

    Raises ValidationError (field ``path``) naming the first problem and its line;
    ``errors`` lists them all.
    """
    path = Path(path).expanduser()
    data = read_bytes(path)
    name = path.name
    report = ImportReport()
    table = read_table(name, data, report)
    if report.errors:
        raise _refuse(report.errors)
    if table is None:  # pragma: no cover - read_table reports why
        raise ValidationError(msg("{name} could not be read as a table.", name=name), "path")
    if not table.rows:
        raise ValidationError(
            msg("{name} has a header line but no rows under it.", name=name), "path"
        )
    return table


@dataclass
class RosterSource:
    """A roster file, zip or folder, opened and looked at (nothing checked yet)."""

    path: Path
    package: Package
    detected: str
    #: The single table of a one-file package (for the column mapping), else None.
    table: Table | None = None
    #: Why that table could not be read (a sentence), when it could not.
    table_problem: str = ""
    files: list[str] = field(default_factory=list)


def open_roster(path: str | Path) -> RosterSource:
    """Open a roster for the import wizard and detect its format.

    Raises ValidationError (field ``path``) when it is not there or cannot be read.
    """
    source = Path(path).expanduser()
    report = ImportReport()
    package = open_package(source, report)
    if package is None:
        raise _refuse(report.errors)
    detected = detect_format(package)
    opened = RosterSource(source, package, detected, files=sorted(package.files))
    if len(package.files) == 1:
        name, data = next(iter(package.files.items()))
        table_report = ImportReport()
        table = read_table(name, data, table_report)
        if table_report.errors:
            opened.table_problem = issue_text(table_report.errors[0])
        elif table is not None and not table.rows:
            opened.table_problem = msg("{name} has a header line but no rows under it.", name=name)
        else:
            opened.table = table
    return opened


__all__ = [
    "DELIMITER_NAMES",
    "RosterSource",
    "describe_encoding",
    "issue_text",
    "open_roster",
    "read_csv_file",
]
