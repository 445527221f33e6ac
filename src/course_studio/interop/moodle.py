"""Moodle "Upload users" CSV: one row per user, with numbered enrolment columns
(course1, role1, type1, enrolstatus1, course2 ...)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import msg
from ..services.roster import CourseRoster, RosterEnrollment, RosterMember, RosterPerson
from .common import RosterRead, csv_bytes, display_split, own_id, ref
from .report import ImportReport
from .textio import Package, Table, read_table, require_columns, write_atomically

NAME = "moodle"
SPEC = "Moodle's Upload users"

#: Moodle role short name -> Course Studio role ("teacher" = instructor).
ROLE_IN = {"student": "student", "teacher": "ta", "editingteacher": "teacher"}
ROLE_OUT = {"student": "student", "ta": "teacher", "observer": "guest"}
#: Roles Moodle has that a course in Course Studio does not: left out with a warning.
IGNORED_ROLES = ("manager", "coursecreator", "guest", "user", "frontpage")
#: typeN (legacy): 1 default role (student), 2 legacy teacher, 3 non-editing teacher.
TYPE_IN = {"1": "student", "2": "teacher", "3": "ta"}
_NUMBERED = re.compile(r"^(course|role|type|enrolstatus|enrolperiod|group|enroltimestart)(\d+)$")


def looks_like(table: Table) -> bool:
    return (
        (table.has("username") or table.has("email"))
        and table.has("firstname")
        and (table.has("lastname"))
    )


def read(package: Package, report: ImportReport) -> RosterRead | None:
    if len(package.files) != 1:
        report.error(
            package.name,
            None,
            None,
            msg(
                "A Moodle upload-users roster is one CSV file; this package holds {length} files.",
                length=len(package.files),
            ),
        )
        return None
    name, data = next(iter(package.files.items()))
    table = read_table(name, data, report)
    if table is None:
        return None
    if not require_columns(table, ("firstname", "lastname", "email"), report, SPEC):
        return None
    out = RosterRead()
    f = table.file
    numbers = sorted(
        {int(m.group(2)) for h in table.header if (m := _NUMBERED.match(h.strip().lower()))}
    )
    seen: dict[str, int] = {}
    for line, r in table.records():
        out.counts["users"] += 1
        if r.get("deleted") == "1":
            out.counts["skipped"] += 1
            report.warn(
                f,
                line,
                table.column("deleted"),
                msg("This row deletes a user in Moodle; it was left out."),
            )
            continue
        username = r.get("username", "")
        key = username or r["email"].lower() or f"line {line}"
        if key in seen:
            column = "username" if username else "email"
            report.error(
                f,
                line,
                table.column(column),
                msg("{key} is listed twice (also on line {value}).", key=key, value=seen[key]),
            )
            continue
        seen[key] = line
        idnumber = r.get("idnumber", "")
        columns = {
            "key": table.column("username"),
            "email": table.column("email"),
            "given_name": table.column("firstname"),
            "family_name": table.column("lastname"),
            "external_id": table.column("idnumber"),
            "username": table.column("username"),
        }
        mine = own_id(idnumber) if idnumber else None
        enrolments: list[RosterEnrollment] = []
        ok = True
        for n in numbers:
            course = r.get(f"course{n}", "")
            if not course:
                continue
            role_column = f"role{n}"
            role_name = r.get(role_column, "")
            if role_name:
                if role_name in IGNORED_ROLES:
                    out.counts["skipped"] += 1
                    report.warn(
                        f,
                        line,
                        table.column(role_column),
                        msg(
                            "Course Studio has no {role_name} role in a course; this enrolment "
                            "was left out.",
                            role_name=role_name,
                        ),
                    )
                    continue
                role = ROLE_IN.get(role_name)
                if role is None:
                    known = ", ".join([*ROLE_IN, *IGNORED_ROLES])
                    report.error(
                        f,
                        line,
                        table.column(role_column),
                        msg(
                            "'{role_name}' is not a Moodle role Course Studio knows; use one of "
                            "{known}.",
                            role_name=role_name,
                            known=known,
                        ),
                    )
                    ok = False
                    continue
            else:
                type_value = r.get(f"type{n}", "") or "1"
                role = TYPE_IN.get(type_value, "")
                if not role:
                    role_column = f"type{n}"
                    report.error(
                        f,
                        line,
                        table.column(role_column),
                        msg(
                            "type{n} is 1 (student), 2 (teacher) or 3 (non-editing teacher), not "
                            "'{type_value}'.",
                            n=n,
                            type_value=type_value,
                        ),
                    )
                    ok = False
                    continue
            status_value = r.get(f"enrolstatus{n}", "")
            if status_value not in ("", "0", "1"):
                report.error(
                    f,
                    line,
                    table.column(f"enrolstatus{n}"),
                    msg(
                        "enrolstatus{n} is 0 (active) or 1 (suspended), not '{status_value}'.",
                        n=n,
                        status_value=status_value,
                    ),
                )
                ok = False
                continue
            enrolments.append(
                RosterEnrollment(
                    ref=ref(
                        f,
                        line,
                        {
                            **columns,
                            "course": table.column(f"course{n}"),
                            "role": table.column(role_column),
                            "status": table.column(f"enrolstatus{n}"),
                            "person": table.column("username"),
                        },
                    ),
                    person=key,
                    role=role,
                    status="dropped" if status_value == "1" else None,
                    course_code=course,
                )
            )
        if not ok:
            continue
        roles = {e.role for e in enrolments}
        if "teacher" in roles:
            out.counts["teachers"] += 1
        if roles - {"teacher"} or not roles:
            out.counts["students"] += 1
        out.enrollments.extend(enrolments)
        out.counts["enrollments"] += len(enrolments)
        out.people.append(
            RosterPerson(
                key=key,
                ref=ref(f, line, columns),
                role="student" if not roles else "other",
                external_id=None if mine else (idnumber or None),
                student_id=mine,
                email=r["email"] or None,
                given_name=r["firstname"] or None,
                family_name=r["lastname"] or None,
                username=username or None,
            )
        )
    return out


def write(
    data: CourseRoster,
    dest: Path,
    report: ImportReport,
    member_filter: Callable[[RosterMember], bool] | None = None,
) -> None:
    """One CSV: username, firstname, lastname, email, idnumber, course1, role1,
    enrolstatus1 (1 = suspended, for dropped and waitlisted students)."""
    course = data.course
    header = [
        "username",
        "firstname",
        "lastname",
        "email",
        "idnumber",
        "course1",
        "role1",
        "enrolstatus1",
    ]
    rows: list[list[object]] = []
    for instructor, _role in data.instructors:
        given, family = display_split(instructor.display_name)
        rows.append(
            [
                instructor.username.lower(),
                given,
                family,
                instructor.email or "",
                "",
                course.code,
                "editingteacher",
                "",
            ]
        )
    skipped = 0
    for member in data.members:
        if member_filter is not None and not member_filter(member):
            continue
        e, s = member.enrollment, member.student
        if e.role == "observer":
            skipped += 1
            continue
        suspended = "1" if e.status in ("dropped", "waitlisted") else ""
        rows.append(
            [
                s.email,
                s.given_name,
                s.family_name,
                s.email,
                s.external_id or f"cs-{s.id}",
                course.code,
                ROLE_OUT[e.role],
                suspended,
            ]
        )
        report.counts["students"] = report.counts.get("students", 0) + 1
    if skipped:
        report.warn(
            None,
            None,
            None,
            msg("1 observer was left out: Moodle has no observer role in a course.")
            if skipped == 1
            else msg(
                "{skipped} observers were left out: Moodle has no observer role in a course.",
                skipped=skipped,
            ),
        )
    content = csv_bytes(header, rows)
    write_atomically(dest, content)
    report.files.append(str(dest))
    report.counts.update(
        users=len(rows), teachers=len(data.instructors), courses=1, enrollments=len(rows)
    )
