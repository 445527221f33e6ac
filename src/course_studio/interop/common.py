"""Pieces every roster format shares."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..domain.errors import msg
from ..domain.ids import is_id
from ..services.roster import (
    Roster,
    RosterCourse,
    RosterEnrollment,
    RosterPerson,
    RowRef,
)
from .report import ImportReport

#: Prefix of the keys Course Studio writes for rows that have no SIS id.
OWN_PREFIX = "cs-"
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*$")


@dataclass
class RosterRead:
    """What a format reader found: the roster, and counts of what the file holds."""

    people: list[RosterPerson] = field(default_factory=list)
    courses: list[RosterCourse] = field(default_factory=list)
    enrollments: list[RosterEnrollment] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("users", "students", "teachers", "courses", "enrollments", "skipped"), 0
        )
    )

    def roster(self) -> Roster:
        return Roster(tuple(self.people), tuple(self.courses), tuple(self.enrollments))


def own_id(value: str) -> str | None:
    """The Course Studio id in a key this app wrote (``cs-<uuid>``), else None."""
    if value.startswith(OWN_PREFIX) and is_id(value[len(OWN_PREFIX) :]):
        return value[len(OWN_PREFIX) :]
    return None


def sis_key(external_id: str | None, row_id: str) -> str:
    """The key written for a student: the SIS id, else ``cs-<Course Studio id>``."""
    return external_id or f"{OWN_PREFIX}{row_id}"


def person_ids(key: str) -> tuple[str | None, str | None]:
    """``(external_id, student_id)`` for a key read from a file."""
    mine = own_id(key)
    return (None, mine) if mine else (key or None, None)


def to_code(*candidates: str | None) -> str | None:
    """The first candidate that makes a valid course code once upper-cased, folded
    to ASCII and with other characters turned into '-'."""
    for text in candidates:
        if not text:
            continue
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        code = re.sub(r"[^A-Z0-9_.]+", "-", folded.upper())
        code = re.sub(r"[-_.]{2,}", "-", code).strip("-_.")[:20].rstrip("-_.")
        if len(code) >= 2 and _CODE_RE.match(code):
            return code
    return None


def parse_date(value: str) -> dt.date:
    """A date from ``YYYY-MM-DD`` or an ISO 8601 timestamp; ValueError otherwise."""
    text = value.strip()
    if len(text) > 10 and text[10] in "T ":
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    return dt.date.fromisoformat(text)


def check_date(
    report: ImportReport, file: str, line: int, column: str, value: str
) -> tuple[bool, dt.date | None]:
    """``(ok, the date in value)``; None when empty; a bad date is reported."""
    if not value:
        return True, None
    try:
        return True, parse_date(value)
    except ValueError:
        report.error(
            file,
            line,
            column,
            msg("'{value}' is not a date; write it as YYYY-MM-DD (2026-09-01).", value=value),
        )
        return False, None


def check_timestamp(report: ImportReport, file: str, line: int, column: str, value: str) -> bool:
    if not value:
        return True
    try:
        dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        report.error(
            file,
            line,
            column,
            msg(
                "'{value}' is not a date and time; write it as ISO 8601 (2026-09-01T08:00:00Z).",
                value=value,
            ),
        )
        return False
    return True


def split_name(full: str) -> tuple[str, str]:
    """``("Ada", "Lovelace")`` from "Ada Lovelace" or "Lovelace, Ada"."""
    text = " ".join(full.split())
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    given, _, family = text.rpartition(" ")
    return (given, family) if given else (text, "")


def one_of(
    report: ImportReport,
    file: str,
    line: int,
    column: str,
    value: str,
    allowed: Sequence[str],
    what: str,
) -> bool:
    if value in allowed:
        return True
    choices = ", ".join(allowed[:-1]) + f" or {allowed[-1]}"
    report.error(
        file,
        line,
        column,
        msg("'{value}' is not a {what}; use {choices}.", value=value, what=what, choices=choices),
    )
    return False


def ref(file: str, line: int, columns: dict[str, str]) -> RowRef:
    return RowRef(file, line, columns)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 CSV (no BOM, CRLF line ends as RFC 4180 says)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode("utf-8")


def display_split(display_name: str) -> tuple[str, str]:
    """Given and family name from an instructor's display name (both non-empty)."""
    parts = display_name.split()
    if len(parts) >= 2:
        return " ".join(parts[:-1]), parts[-1]
    name = display_name.strip() or "Instructor"
    return name, name
