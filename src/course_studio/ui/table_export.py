"""Write what a table shows to CSV or XLSX (no Qt here: plain headers and rows)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..domain.errors import ValidationError, msg

FORMATS = {".csv": "CSV", ".xlsx": "Excel workbook"}


def export_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    sheet: str = "Export",
    percent_columns: Sequence[int] = (),
) -> Path:
    """Write ``rows`` under ``headers`` to ``path`` (.csv or .xlsx), atomically.

    The file appears complete or not at all: it is written next to its final name
    and moved there. Problems come back as ValidationError with a sentence.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            msg("Choose a file name ending in .csv or .xlsx (not “{name}”).", name=path.name),
            "path",
        )
    if not path.parent.is_dir():
        raise ValidationError(
            msg("The folder {parent} does not exist.", parent=path.parent), "path"
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    except OSError as exc:
        raise ValidationError(
            msg(
                "Course Studio cannot write in {parent} ({strerror}).",
                parent=path.parent,
                strerror=exc.strerror,
            ),
            "path",
        ) from None
    os.close(fd)
    try:
        if suffix == ".csv":
            _write_csv(Path(tmp), headers, rows)
        else:
            _write_xlsx(Path(tmp), headers, rows, sheet, percent_columns)
        Path(tmp).replace(path)
    except OSError as exc:
        raise ValidationError(
            msg("{name} could not be written ({strerror}).", name=path.name, strerror=exc.strerror),
            "path",
        ) from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    # utf-8 with a byte order mark: spreadsheet programs then read accents right
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else _plain(v) for v in row])


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return value


def _write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    sheet: str,
    percent_columns: Sequence[int],
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    ws = book.active
    assert ws is not None
    ws.title = sheet[:31] or "Export"
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) for h in headers]
    for row in rows:
        values = [_cell(v) for v in row]
        ws.append(values)
        for i, v in enumerate(values):
            if i < len(widths):
                widths[i] = max(widths[i], len(str(v)) if v is not None else 0)
    for column in percent_columns:
        letter = get_column_letter(column + 1)
        for cell in ws[letter][1:]:
            cell.number_format = '0.0" %"'
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
    ws.freeze_panes = "A2"
    book.save(path)


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # never a formula from a student's name
    return value
