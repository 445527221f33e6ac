"""Reading a class list: one function, :func:`read_table`, for every table file.

Kept deliberately small (UTF-8 with or without a byte order mark, UTF-16 with one,
Windows-1252 as the last resort; the delimiter sniffed among , ; tab |) so that a
fuller format reader can take its place without the wizard noticing.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import ValidationError

MAX_BYTES = 50_000_000
_DELIMITERS = ",;\t|"


@dataclass(frozen=True)
class TableData:
    headers: list[str]
    rows: list[list[str]]
    #: the line in the file where each row starts (the header is line 1)
    lines: list[int] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","

    def __iter__(self):  # type: ignore[no-untyped-def]
        """``headers, rows = read_table(path)`` works too."""
        return iter((self.headers, self.rows))


def read_table(path: str | Path) -> TableData:
    """The header and the rows of a CSV file; ValidationError when it is not one."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                f"{path.name} is {size // 1_000_000} MB; a class list should be far "
                "smaller. Split it into several files.",
                "path",
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"There is no file called {path.name} there.", "path") from None
    except IsADirectoryError:
        raise ValidationError(f"{path.name} is a folder, not a file.", "path") from None
    except PermissionError:
        raise ValidationError(f"Course Studio may not read {path.name}.", "path") from None
    except OSError as exc:
        raise ValidationError(f"{path.name} could not be read ({exc.strerror}).", "path") from None
    text, encoding = _decode(raw, path.name)
    if not text.strip():
        raise ValidationError(f"{path.name} is empty.", "path")
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                cells = [cell.strip() for cell in record]
                if headers is None:
                    headers = cells
                else:
                    rows.append(cells)
                    lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationError(
            f"{path.name} is not a readable CSV file (line {reader.line_num}: {exc}).", "path"
        ) from None
    if headers is None:
        raise ValidationError(f"{path.name} is empty.", "path")
    if not rows:
        raise ValidationError(f"{path.name} has a header line but no rows under it.", "path")
    headers = [h or f"Column {i}" for i, h in enumerate(headers, start=1)]
    return TableData(headers, rows, lines, encoding, delimiter)


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValidationError(
            f"{name} does not look like a CSV file. Save the class list as CSV and try again.",
            "path",
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValidationError(f"{name} is not readable UTF-16 text.", "path") from None
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "windows-1252"


def _sniff(text: str) -> str:
    lines = text.splitlines()
    first = lines[0] if lines else ""
    counts = {d: first.count(d) for d in _DELIMITERS}
    by_header = max(counts, key=lambda d: counts[d])
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and counts.get(sniffed):
        return sniffed
    return by_header if counts[by_header] else ","
