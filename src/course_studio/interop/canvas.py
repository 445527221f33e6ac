"""Canvas SIS import CSV: users.csv, enrollments.csv, courses.csv (and terms.csv for
term names), in a zip, a folder, or one file on its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import msg
from ..services.roster import (
    CourseRoster,
    RosterCourse,
    RosterEnrollment,
    RosterMember,
    RosterPerson,
)
from .common import (
    OWN_PREFIX,
    RosterRead,
    check_date,
    csv_bytes,
    display_split,
    one_of,
    person_ids,
    ref,
    sis_key,
    split_name,
    to_code,
)
from .oneroster import write_files
from .report import ImportReport
from .textio import Package, Table, read_table, require_columns

NAME = "canvas"
SPEC = "a Canvas SIS import"

USERS = [
    "user_id",
    "login_id",
    "first_name",
    "last_name",
    "full_name",
    "sortable_name",
    "short_name",
    "email",
    "status",
]
COURSES = [
    "course_id",
    "short_name",
    "long_name",
    "account_id",
    "term_id",
    "status",
    "start_date",
    "end_date",
]
TERMS = ["term_id", "name", "status", "start_date", "end_date"]
ENROLLMENTS = ["course_id", "user_id", "role", "section_id", "status"]
USER_STATUSES = ("active", "deleted")
COURSE_STATUSES = ("active", "deleted", "completed", "published")
ENROLLMENT_STATUSES = ("active", "deleted", "completed", "inactive", "deleted_last_completed")
ROLES = ("student", "teacher", "ta", "observer", "designer")
#: Canvas enrollment status <-> Course Studio enrollment status.
STATUS_IN = {
    "active": "active",
    "completed": "completed",
    "inactive": "waitlisted",
    "deleted": "dropped",
    "deleted_last_completed": "dropped",
}
STATUS_OUT = {
    "active": "active",
    "completed": "completed",
    "waitlisted": "inactive",
    "dropped": "deleted",
}


def looks_like(tables: dict[str, Table]) -> bool:
    for table in tables.values():
        if table.has("user_id") and (table.has("login_id") or table.has("role")):
            return True
        if table.has("course_id") and table.has("long_name"):
            return True
    return False


def read(package: Package, report: ImportReport) -> RosterRead | None:
    out = RosterRead()
    tables: dict[str, Table] = {}
    for name, data in package.files.items():
        table = read_table(name, data, report)
        if table is not None:
            tables[name] = table
    users = _pick(tables, "users.csv", ("user_id", "login_id"))
    courses = _pick(tables, "courses.csv", ("course_id", "long_name"))
    terms = _pick(tables, "terms.csv", ("term_id", "name"))
    enrollments = _pick(tables, "enrollments.csv", ("user_id", "role"), ("user_id", "role_id"))
    if users is None and enrollments is None:
        report.error(
            package.name,
            1,
            None,
            msg(
                "This does not look like a Canvas SIS import: there is no users.csv (user_id, "
                "login_id ...) and no enrollments.csv (course_id, user_id, role ...)."
            ),
        )
        return None
    checks = (
        (users, ("user_id", "login_id", "status"), "users.csv"),
        (courses, ("course_id", "short_name", "long_name", "status"), "courses.csv"),
        (enrollments, ("user_id", "status"), "enrollments.csv"),
    )
    ok = True
    for table, columns, what in checks:
        if table is not None and not require_columns(table, columns, report, f"{SPEC}'s {what}"):
            ok = False
    if enrollments is not None:
        if not (enrollments.has("role") or enrollments.has("role_id")):
            require_columns(enrollments, ("role",), report, f"{SPEC}'s enrollments.csv")
            ok = False
        if not (enrollments.has("course_id") or enrollments.has("section_id")):
            require_columns(enrollments, ("course_id",), report, f"{SPEC}'s enrollments.csv")
            ok = False
    if not ok:
        return None  # the other files' rows refer to the broken one
    term_names = _terms(terms, report)
    course_keys = _courses(courses, term_names, out, report)
    people = _users(users, out, report)
    left_out = {
        "course": _column_values(courses, "course_id") - course_keys,
        "user": _column_values(users, "user_id") - people,
    }
    _enrollments(enrollments, course_keys, people, left_out, out, report)
    return out


def _column_values(table: Table | None, column: str) -> set[str]:
    return set() if table is None else {r[column] for _line, r in table.records()}


def _pick(tables: dict[str, Table], name: str, *signatures: tuple[str, ...]) -> Table | None:
    for stored, table in tables.items():
        if stored.lower() == name:
            return table
    for table in tables.values():
        if any(all(table.has(c) for c in sig) for sig in signatures):
            return table
    return None


def _terms(table: Table | None, report: ImportReport) -> dict[str, str]:
    if table is None:
        return {}
    return {r["term_id"]: r["name"] or r["term_id"] for _line, r in table.records()}


def _courses(
    table: Table | None, terms: dict[str, str], out: RosterRead, report: ImportReport
) -> set[str]:
    keys: set[str] = set()
    if table is None:
        return keys
    f = table.file
    seen: dict[str, int] = {}
    columns = {
        "code": table.column("short_name"),
        "title": table.column("long_name"),
        "term": table.column("term_id"),
        "start_date": table.column("start_date"),
        "end_date": table.column("end_date"),
    }
    for line, r in table.records():
        cid = r["course_id"]
        if not cid:
            report.error(f, line, table.column("course_id"), msg("The course_id is empty."))
            continue
        if cid in seen:
            report.error(
                f,
                line,
                table.column("course_id"),
                msg(
                    "The course_id {cid} is used twice (also on line {value}).",
                    cid=cid,
                    value=seen[cid],
                ),
            )
            continue
        seen[cid] = line
        if not one_of(
            report, f, line, table.column("status"), r["status"], COURSE_STATUSES, "course status"
        ):
            continue
        ok_start, start = check_date(
            report, f, line, table.column("start_date"), r.get("start_date", "")
        )
        ok_end, end = check_date(report, f, line, table.column("end_date"), r.get("end_date", ""))
        if not (ok_start and ok_end):
            continue
        if r["status"] == "deleted":
            out.counts["skipped"] += 1
            report.warn(
                f, line, table.column("status"), msg("This course is deleted; it was left out.")
            )
            continue
        code = to_code(r["short_name"], cid)
        if code is None:
            report.error(
                f,
                line,
                table.column("short_name"),
                msg(
                    "Course Studio needs a course code here: letters and digits, starting with a "
                    "letter (for example CS101)."
                ),
            )
            continue
        term_id = r.get("term_id", "")
        out.courses.append(
            RosterCourse(
                key=cid,
                ref=ref(f, line, columns),
                code=code,
                title=r["long_name"] or None,
                term=terms.get(term_id, term_id),
                start_date=start,
                end_date=end,
            )
        )
        keys.add(cid)
        out.counts["courses"] += 1
    return keys


def _users(table: Table | None, out: RosterRead, report: ImportReport) -> set[str]:
    keys: set[str] = set()
    if table is None:
        return keys
    f = table.file
    seen: dict[str, int] = {}
    columns = {
        "external_id": table.column("user_id"),
        "key": table.column("user_id"),
        "email": table.column("email") if table.has("email") else table.column("login_id"),
        "given_name": table.column("first_name"),
        "family_name": table.column("last_name"),
        "username": table.column("login_id"),
    }
    for line, r in table.records():
        uid = r["user_id"]
        out.counts["users"] += 1
        if not uid:
            report.error(f, line, table.column("user_id"), msg("The user_id is empty."))
            continue
        if uid in seen:
            report.error(
                f,
                line,
                table.column("user_id"),
                msg(
                    "The user_id {uid} is used twice (also on line {value}).",
                    uid=uid,
                    value=seen[uid],
                ),
            )
            continue
        seen[uid] = line
        if not one_of(
            report, f, line, table.column("status"), r["status"], USER_STATUSES, "user status"
        ):
            continue
        if not r["login_id"]:
            report.error(f, line, table.column("login_id"), msg("The login_id is empty."))
            continue
        if r["status"] == "deleted":
            out.counts["skipped"] += 1
            report.warn(
                f, line, table.column("status"), msg("This user is deleted; it was left out.")
            )
            continue
        given, family = r.get("first_name", ""), r.get("last_name", "")
        if not (given and family):
            full = r.get("full_name") or r.get("sortable_name", "")
            if full:
                given, family = split_name(full)
        email = r.get("email") or (r["login_id"] if "@" in r["login_id"] else "")
        external_id, student_id = person_ids(uid)
        out.people.append(
            RosterPerson(
                key=uid,
                ref=ref(f, line, columns),
                role="other",
                external_id=external_id,
                student_id=student_id,
                email=email or None,
                given_name=given or None,
                family_name=family or None,
                username=r["login_id"],
            )
        )
        keys.add(uid)
    return keys


def _enrollments(
    table: Table | None,
    course_keys: set[str],
    people: set[str],
    left_out: dict[str, set[str]],
    out: RosterRead,
    report: ImportReport,
) -> None:
    if table is None:
        # users alone: they go into the student directory
        out.people[:] = [dataclasses.replace(p, role="student") for p in out.people]
        out.counts["students"] = len(out.people)
        return
    f = table.file
    columns = {
        "person": table.column("user_id"),
        "course": table.column("course_id"),
        "role": table.column("role"),
        "status": table.column("status"),
        "email": table.column("user_id"),
        "external_id": table.column("user_id"),
    }
    stubs: dict[str, RosterPerson] = {}
    roles_of: dict[str, set[str]] = {}
    for line, r in table.records():
        out.counts["enrollments"] += 1
        uid = r["user_id"]
        if not uid:
            report.error(f, line, table.column("user_id"), msg("The user_id is empty."))
            continue
        role = r.get("role") or r.get("role_id", "")
        if not one_of(report, f, line, table.column("role"), role, ROLES, "Canvas role"):
            continue
        if not one_of(
            report,
            f,
            line,
            table.column("status"),
            r["status"],
            ENROLLMENT_STATUSES,
            "enrollment status",
        ):
            continue
        course_id = r.get("course_id", "")
        if not course_id:
            report.error(
                f,
                line,
                table.column("course_id"),
                msg(
                    "This enrollment has no course_id; Course Studio has no sections, so each "
                    "enrollment needs its course_id."
                ),
            )
            continue
        if uid in left_out["user"] or course_id in left_out["course"]:
            out.counts["skipped"] += 1  # its user or course was left out, and says why
            continue
        if role == "designer":
            out.counts["skipped"] += 1
            report.warn(
                f,
                line,
                table.column("role"),
                msg("Course Studio has no designers; this enrollment was left out."),
            )
            continue
        if uid not in people and uid not in stubs:
            external_id, student_id = person_ids(uid)
            stubs[uid] = RosterPerson(
                key=uid,
                ref=ref(f, line, columns),
                role="other",
                external_id=external_id,
                student_id=student_id,
            )
        roles_of.setdefault(uid, set()).add(role)
        in_file = course_id in course_keys
        out.enrollments.append(
            RosterEnrollment(
                ref=ref(f, line, columns),
                person=uid,
                role=role,
                status=STATUS_IN[r["status"]],
                course=course_id if in_file else None,
                course_code=None if in_file else course_id,
            )
        )
    out.people.extend(stubs.values())
    for person in out.people:
        roles = roles_of.get(person.key, set())
        if roles & {"student", "ta", "observer"}:
            out.counts["students"] += 1
        if "teacher" in roles:
            out.counts["teachers"] += 1


# -- writing -------------------------------------------------------------------------


def write(
    data: CourseRoster,
    dest: Path,
    report: ImportReport,
    member_filter: Callable[[RosterMember], bool] | None = None,
) -> None:
    """users.csv, courses.csv, terms.csv (when the course has a term) and
    enrollments.csv, as a zip or in a folder."""
    course = data.course
    term_id = to_code(course.term) or ""
    files: dict[str, bytes] = {}
    if course.term:
        files["terms.csv"] = csv_bytes(
            TERMS,
            [[term_id, course.term, "active", _iso(course.start_date), _iso(course.end_date)]],
        )
    files["courses.csv"] = csv_bytes(
        COURSES,
        [
            [
                course.code,
                course.code,
                course.title,
                "",
                term_id,
                "active",
                _iso(course.start_date),
                _iso(course.end_date),
            ]
        ],
    )
    users: list[list[object]] = []
    enrollments: list[list[object]] = []
    for instructor, _role in data.instructors:
        key = f"{OWN_PREFIX}i-{instructor.id}"
        given, family = display_split(instructor.display_name)
        users.append(
            [
                key,
                instructor.username,
                given,
                family,
                instructor.display_name,
                "",
                "",
                instructor.email or "",
                "active",
            ]
        )
        enrollments.append([course.code, key, "teacher", "", "active"])
    for member in data.members:
        if member_filter is not None and not member_filter(member):
            continue
        e, s = member.enrollment, member.student
        key = sis_key(s.external_id, s.id)
        users.append(
            [
                key,
                s.email,
                s.given_name,
                s.family_name,
                s.full_name,
                f"{s.family_name}, {s.given_name}",
                "",
                s.email,
                "active",
            ]
        )
        enrollments.append([course.code, key, e.role, "", STATUS_OUT[e.status]])
        report.counts["students"] = report.counts.get("students", 0) + 1
    files["users.csv"] = csv_bytes(USERS, users)
    files["enrollments.csv"] = csv_bytes(ENROLLMENTS, enrollments)
    report.counts.update(
        users=len(users), teachers=len(data.instructors), courses=1, enrollments=len(enrollments)
    )
    write_files(files, dest, report)


def _iso(value: object) -> str:
    """Canvas wants ISO 8601 timestamps; a course's dates are whole days."""
    return "" if value is None else f"{value}T00:00:00Z"
