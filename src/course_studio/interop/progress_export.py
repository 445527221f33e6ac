"""Progress out: per student and per lesson, to CSV or XLSX, the same numbers as the
Progress tab (ProgressService.course_summary and lesson_rates), filtered like it.

A filter is a callable taking a row, or a mapping ``{field: wanted}`` where wanted is
a value, a collection of values, or a callable on the field's value::

    export_progress(studio, course.id, "out.xlsx", filter={"at_risk": True})
    export_progress(studio, course.id, "out.csv", filter=lambda row: row.completion < 50)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import msg
from ..domain.records import LessonRate, StudentSummary
from .report import ImportReport
from .textio import write_atomically

if TYPE_CHECKING:
    from ..facade import Studio

TABLES = ("students", "lessons")
RowFilter = Callable[[Any], bool] | Mapping[str, Any] | None

#: (header, getter) per column; the same columns in CSV and XLSX.
STUDENT_COLUMNS: tuple[tuple[str, Callable[[StudentSummary], Any]], ...] = (
    ("Student", lambda r: r.student_name),
    ("Email", lambda r: r.email),
    ("SIS id", lambda r: r.external_id or ""),
    ("Role", lambda r: r.role),
    ("Status", lambda r: r.status),
    ("Completed lessons", lambda r: r.completed_lessons),
    ("Total lessons", lambda r: r.total_lessons),
    ("Completion %", lambda r: round(r.completion, 1)),
    ("Average score", lambda r: None if r.average_score is None else round(r.average_score, 1)),
    ("Last activity", lambda r: r.last_activity_at),
    ("At risk", lambda r: r.at_risk),
)
LESSON_COLUMNS: tuple[tuple[str, Callable[[LessonRate], Any]], ...] = (
    ("Module", lambda r: r.module_title),
    ("Lesson", lambda r: r.lesson_title),
    ("Completed", lambda r: r.completed),
    ("Students", lambda r: r.students),
    ("Completion %", lambda r: round(r.rate, 1)),
)


def row_filter(spec: RowFilter) -> Callable[[Any], bool]:
    """A predicate from a callable or a ``{field: wanted}`` mapping."""
    if spec is None:
        return lambda _row: True
    if callable(spec):
        return spec
    if not isinstance(spec, Mapping):
        raise TypeError("a filter is a callable or a mapping of field to wanted value")
    tests: list[tuple[str, Callable[[Any], bool]]] = []
    for name, wanted in spec.items():
        if callable(wanted):
            tests.append((name, wanted))
        elif isinstance(wanted, Collection) and not isinstance(wanted, str):
            tests.append((name, _member_of(set(wanted))))
        else:
            tests.append((name, _equal_to(wanted)))

    def keep(row: Any) -> bool:
        return all(test(getattr(row, name)) for name, test in tests)

    return keep


def _member_of(allowed: set[Any]) -> Callable[[Any], bool]:
    return lambda value: value in allowed


def _equal_to(wanted: Any) -> Callable[[Any], bool]:
    return lambda value: bool(value == wanted)


def progress_rows(
    studio: Studio,
    course_id: str,
    *,
    filter: RowFilter = None,
    lesson_filter: RowFilter = None,
) -> tuple[list[StudentSummary], list[LessonRate]]:
    students = [r for r in studio.progress.course_summary(course_id) if row_filter(filter)(r)]
    lessons = [r for r in studio.progress.lesson_rates(course_id) if row_filter(lesson_filter)(r)]
    return students, lessons


def export_progress(
    studio: Studio,
    course_id: str,
    dest: str | os.PathLike[str],
    *,
    table: str = "students",
    filter: RowFilter = None,
    lesson_filter: RowFilter = None,
) -> ImportReport:
    """Write progress to ``dest``: an .xlsx gets two sheets (Students, Lessons); a
    .csv gets one table, ``students`` or ``lessons``."""
    path = Path(dest)
    suffix = path.suffix.lower()
    report = ImportReport(format=suffix.lstrip(".") or None)
    if suffix not in (".csv", ".xlsx"):
        report.error(
            None,
            None,
            None,
            msg("Progress is written to a .csv or .xlsx file, not '{name}'.", name=path.name),
        )
        return report
    if table not in TABLES:
        report.error(
            None, None, None, msg("'{table}' is not a table; use students or lessons.", table=table)
        )
        return report
    students, lessons = progress_rows(studio, course_id, filter=filter, lesson_filter=lesson_filter)
    if suffix == ".xlsx":
        data = _xlsx(students, lessons, studio.courses.get(course_id).code)
        report.counts.update(students=len(students), lessons=len(lessons))
    elif table == "students":
        data = _csv(STUDENT_COLUMNS, students)
        report.counts["students"] = len(students)
    else:
        data = _csv(LESSON_COLUMNS, lessons)
        report.counts["lessons"] = len(lessons)
    write_atomically(path, data)
    report.files.append(str(path))
    return report


def _cell_text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # a spreadsheet would run it as a formula
    return value


def _csv(columns: Sequence[tuple[str, Callable[[Any], Any]]], rows: Sequence[Any]) -> bytes:
    """UTF-8 with a BOM, so spreadsheet programs read the accents right."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([header for header, _get in columns])
    for row in rows:
        writer.writerow([_cell_text(get(row)) for _header, get in columns])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(students: list[StudentSummary], lessons: list[LessonRate], code: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    sheets: tuple[tuple[str, Sequence[tuple[str, Callable[[Any], Any]]], Sequence[Any]], ...] = (
        ("Students", STUDENT_COLUMNS, students),
        ("Lessons", LESSON_COLUMNS, lessons),
    )
    for title, columns, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.freeze_panes = "A2"
        header = []
        for name, _get in columns:
            cell = WriteOnlyCell(sheet, value=name)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in rows:
            cells = []
            for name, get in columns:
                value = get(row)
                cell = WriteOnlyCell(sheet, value=None)
                if isinstance(value, str):
                    cell.value = value
                    cell.data_type = "s"  # text, even when it starts with '='
                else:
                    cell.value = value
                if isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif name.endswith("%"):
                    cell.number_format = "0.0"
                cells.append(cell)
            sheet.append(cells)
    book.properties.title = f"Progress of {code}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
