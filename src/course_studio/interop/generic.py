"""Any other CSV: a column mapping says which column holds which field.

:func:`guess_mapping` proposes one from the header (the import wizard shows it for
the instructor to correct); :func:`read` applies it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..domain.errors import msg
from ..services.roster import RosterEnrollment, RosterPerson
from .common import RosterRead, one_of, own_id, ref, split_name
from .report import ImportReport
from .textio import Package, Table, read_table

NAME = "csv"

#: The fields a column can be mapped to, with a label for the wizard.
FIELDS: dict[str, str] = {
    "external_id": msg("SIS id"),
    "email": msg("Email"),
    "given_name": msg("Given name"),
    "family_name": msg("Family name"),
    "full_name": msg("Full name"),
    "role": msg("Role"),
    "status": msg("Enrollment status"),
    "course": msg("Course code"),
}
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "externalid",
        "sisid",
        "sisuserid",
        "studentid",
        "studentnumber",
        "idnumber",
        "matriculationnumber",
        "matrikelnummer",
        "userid",
        "sourcedid",
        "identifier",
        "id",
    ),
    "email": ("email", "emailaddress", "mail", "emailadresse"),
    "given_name": ("givenname", "firstname", "first", "forename", "vorname", "prenom"),
    "family_name": ("familyname", "lastname", "last", "surname", "nachname", "nom"),
    "full_name": ("fullname", "name", "studentname", "displayname"),
    "role": ("role", "enrollmentrole", "type"),
    "status": ("status", "enrollmentstatus", "state"),
    "course": ("course", "coursecode", "courseid", "class", "classcode", "shortname"),
}
ROLES = ("student", "ta", "observer", "teacher")
STATUSES = ("active", "waitlisted", "completed", "dropped")


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def guess_mapping(header: list[str]) -> dict[str, str]:
    """{field: column} for the columns whose names say what they hold."""
    by_norm = {_norm(h): h.strip() for h in header if h.strip()}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field, names in _SYNONYMS.items():
        for name in names:
            column = by_norm.get(name)
            if column is not None and column not in used:
                mapping[field] = column
                used.add(column)
                break
    return mapping


def read(
    package: Package,
    report: ImportReport,
    mapping: Mapping[str, str] | None = None,
    *,
    delimiter: str | None = None,
) -> RosterRead | None:
    if len(package.files) != 1:
        report.error(
            package.name,
            None,
            None,
            msg("Pick one CSV file; this package holds {length} files.", length=len(package.files)),
        )
        return None
    name, data = next(iter(package.files.items()))
    table = read_table(name, data, report, delimiter=delimiter)
    if table is None:
        return None
    fields = dict(mapping) if mapping else guess_mapping(table.header)
    if not _mapping_ok(table, fields, report):
        return None
    out = RosterRead()
    f = table.file
    columns = {k: table.column(v) for k, v in fields.items()}
    if "full_name" in columns:
        columns.setdefault("given_name", columns["full_name"])
        columns.setdefault("family_name", columns["full_name"])
    columns["person"] = columns.get("email", columns.get("external_id", ""))
    key_of = {k: v.lower() for k, v in fields.items()}
    for line, r in table.records():
        out.counts["users"] += 1

        def get(field: str, row: dict[str, str] = r) -> str:
            column = key_of.get(field)
            return row.get(column, "") if column else ""

        given, family = get("given_name"), get("family_name")
        if get("full_name") and not (given and family):
            given, family = split_name(get("full_name"))
        role = get("role").lower() or "student"
        if not one_of(report, f, line, columns.get("role", "role"), role, ROLES, "role"):
            continue
        status = get("status").lower() or None
        if status and not one_of(
            report, f, line, columns.get("status", "status"), status, STATUSES, "enrollment status"
        ):
            continue
        ext = get("external_id")
        mine = own_id(ext) if ext else None
        key = f"line {line}"
        out.people.append(
            RosterPerson(
                key=key,
                ref=ref(f, line, columns),
                role="student" if role != "teacher" else "other",
                external_id=None if mine else (ext or None),
                student_id=mine,
                email=get("email") or None,
                given_name=given or None,
                family_name=family or None,
                username=get("email") or None,
            )
        )
        if role == "teacher":
            out.counts["teachers"] += 1
        else:
            out.counts["students"] += 1
        course = get("course")
        if course:
            out.enrollments.append(
                RosterEnrollment(
                    ref=ref(f, line, columns),
                    person=key,
                    role=role,
                    status=status,
                    course_code=course,
                )
            )
            out.counts["enrollments"] += 1
    return out


def _mapping_ok(table: Table, fields: dict[str, str], report: ImportReport) -> bool:
    ok = True
    for field, column in fields.items():
        if field not in FIELDS:
            report.error(
                table.file,
                1,
                column,
                msg(
                    "'{field}' is not a field Course Studio imports; use one of {value}.",
                    field=field,
                    value=", ".join(FIELDS),
                ),
            )
            ok = False
        elif not table.has(column):
            report.error(
                table.file,
                1,
                column,
                msg(
                    "There is no column {column} in this file for the {value}.",
                    column=column,
                    value=FIELDS[field],
                ),
            )
            ok = False
    if not ok:
        return False
    if "email" not in fields and "external_id" not in fields:
        report.error(
            table.file,
            1,
            None,
            msg(
                "No column holds an email address or a SIS id, so students cannot be matched; "
                "map one of them."
            ),
        )
        return False
    if "full_name" not in fields and not ("given_name" in fields and "family_name" in fields):
        report.warn(
            table.file,
            1,
            None,
            msg(
                "No columns hold the names; only students already in Course Studio can be matched."
            ),
        )
    return True
