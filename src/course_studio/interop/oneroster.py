"""IMS OneRoster 1.1 CSV: a zip (or folder) of manifest.csv, users.csv, classes.csv,
courses.csv, enrollments.csv, academicSessions.csv and orgs.csv.

Reading maps a class onto a Course Studio course, a student onto a student, a teacher
onto an instructor (a co-instructor of the class's course), and an ``aide`` user
taught as a non-primary teacher onto a teaching assistant. Writing does the reverse
for one course. See docs/interop.md for every column.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.errors import msg
from ..domain.records import CourseRecord
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
    check_timestamp,
    csv_bytes,
    display_split,
    one_of,
    own_id,
    person_ids,
    ref,
    sis_key,
    to_code,
)
from .report import ImportReport
from .textio import Package, Table, read_table, require_columns, write_atomically

NAME = "oneroster"
SPEC = "OneRoster 1.1"

USERS = [
    "sourcedId",
    "status",
    "dateLastModified",
    "enabledUser",
    "orgSourcedIds",
    "role",
    "username",
    "userIds",
    "givenName",
    "familyName",
    "middleName",
    "identifier",
    "email",
    "sms",
    "phone",
    "agentSourcedIds",
    "grades",
    "password",
]
ENROLLMENTS = [
    "sourcedId",
    "status",
    "dateLastModified",
    "classSourcedId",
    "schoolSourcedId",
    "userSourcedId",
    "role",
    "primary",
    "beginDate",
    "endDate",
]
COURSES = [
    "sourcedId",
    "status",
    "dateLastModified",
    "schoolYearSourcedId",
    "title",
    "courseCode",
    "grades",
    "orgSourcedId",
    "subjects",
    "subjectCodes",
]
CLASSES = [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "grades",
    "courseSourcedId",
    "classCode",
    "classType",
    "location",
    "schoolSourcedId",
    "termSourcedIds",
    "subjects",
    "subjectCodes",
    "periods",
]
ORGS = ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"]
SESSIONS = [
    "sourcedId",
    "status",
    "dateLastModified",
    "title",
    "type",
    "startDate",
    "endDate",
    "parentSourcedId",
    "schoolYear",
]
DATA_FILES = (
    "academicSessions",
    "categories",
    "classResources",
    "classes",
    "courseResources",
    "courses",
    "demographics",
    "enrollments",
    "lineItems",
    "orgs",
    "resources",
    "results",
    "users",
)

REQUIRED = {
    "users.csv": (
        "sourcedId",
        "enabledUser",
        "orgSourcedIds",
        "role",
        "username",
        "givenName",
        "familyName",
    ),
    "enrollments.csv": ("sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"),
    "classes.csv": (
        "sourcedId",
        "title",
        "courseSourcedId",
        "classType",
        "schoolSourcedId",
        "termSourcedIds",
    ),
    "courses.csv": ("sourcedId", "title", "orgSourcedId"),
    "academicSessions.csv": ("sourcedId", "title", "type", "startDate", "endDate"),
}
USER_ROLES = (
    "administrator",
    "aide",
    "guardian",
    "parent",
    "proctor",
    "relative",
    "student",
    "teacher",
)
ENROLLMENT_ROLES = ("administrator", "proctor", "student", "teacher")
CLASS_TYPES = ("homeroom", "scheduled")
SESSION_TYPES = ("gradingPeriod", "semester", "schoolYear", "term")
ROW_STATUSES = ("active", "tobedeleted")
#: Extension columns (allowed by the spec to the right) that keep what OneRoster
#: cannot say, so a Course Studio export reads back unchanged.
META_TERM = "metadata.courseStudio.term"
META_START = "metadata.courseStudio.startDate"
META_END = "metadata.courseStudio.endDate"
META_STATUS = "metadata.courseStudio.status"
ORG_ID = f"{OWN_PREFIX}org"


def looks_like(package: Package, tables: dict[str, Table]) -> bool:
    if package.find("manifest.csv"):
        return True
    return any(t.has("sourcedId") for t in tables.values())


def read(package: Package, report: ImportReport) -> RosterRead | None:
    out = RosterRead()
    broken = False
    manifest = _manifest(package, report)
    tables: dict[str, Table] = {}
    for key in (
        "users.csv",
        "enrollments.csv",
        "classes.csv",
        "courses.csv",
        "academicSessions.csv",
        "orgs.csv",
    ):
        name = package.find(key)
        stem = key[:-4]
        declared = manifest.get(f"file.{stem}")
        if name is None:
            if declared in ("bulk", "delta"):
                report.error(
                    key,
                    None,
                    None,
                    msg(
                        "The manifest lists {key} as {declared}, but the package does not hold it.",
                        key=key,
                        declared=declared,
                    ),
                )
                broken = True
            continue
        if declared == "absent":
            report.warn(
                name,
                None,
                None,
                msg("The manifest says {key} is absent; it was read anyway.", key=key),
            )
        table = read_table(name, package.files[name], report, strict_width=True)
        if table is None:
            broken = True
            continue
        if not table.rows:
            broken = True
            report.error(
                name,
                1,
                None,
                msg("This file has a header but no rows; OneRoster leaves out files with no rows."),
            )
            continue
        if key in REQUIRED and not require_columns(table, REQUIRED[key], report, f"{SPEC} {key}"):
            broken = True
            continue
        tables[key] = table
    if broken:
        return None  # rows of the other files refer to the broken one
    if "users.csv" not in tables:
        if package.find("users.csv") is None:
            report.error(
                package.name,
                None,
                None,
                msg("This OneRoster package has no users.csv, so there is nobody to import."),
            )
        return None
    sessions = _sessions(tables.get("academicSessions.csv"), report)
    courses = _courses(tables.get("courses.csv"), report)
    session_table = tables.get("academicSessions.csv")
    classes = _classes(
        tables.get("classes.csv"),
        courses,
        sessions,
        _defined(session_table) - set(sessions) if session_table is not None else None,
        out,
        report,
    )
    user_roles = _users(tables["users.csv"], out, report)
    defined = {
        "class": _defined(tables.get("classes.csv")),
        "user": _defined(tables["users.csv"]),
    }
    _enrollments(tables.get("enrollments.csv"), classes, user_roles, defined, out, report)
    return out


def _defined(table: Table | None) -> set[str]:
    """Every sourcedId a file holds, including rows rejected for other reasons."""
    return set() if table is None else {r["sourcedid"] for _line, r in table.records()}


def _manifest(package: Package, report: ImportReport) -> dict[str, str]:
    name = package.find("manifest.csv")
    if name is None:
        report.warn(
            package.name,
            None,
            None,
            msg(
                "There is no manifest.csv (OneRoster requires one); the files were read as bulk "
                "files."
            ),
        )
        return {}
    table = read_table(name, package.files[name], report)
    if table is None or not require_columns(table, ("propertyName", "value"), report, SPEC):
        return {}
    values = {r["propertyname"]: r["value"] for _line, r in table.records()}
    version = values.get("oneroster.version")
    if version and version != "1.1":
        report.warn(
            name,
            None,
            "value",
            msg("This is OneRoster {version}; it was read as OneRoster 1.1.", version=version),
        )
    for line, r in table.records():
        if r["propertyname"].startswith("file.") and r["value"] not in ("bulk", "delta", "absent"):
            report.error(
                name,
                line,
                "value",
                msg("'{value}' is not a file mode; use bulk, delta or absent.", value=r["value"]),
            )
    return values


def _common(table: Table, line: int, r: dict[str, str], report: ImportReport) -> bool:
    status, modified = r.get("status"), r.get("datelastmodified")
    if not status and not modified:
        return True  # the usual case in bulk files
    ok = True
    if status and not one_of(
        report, table.file, line, table.column("status"), status, ROW_STATUSES, "row status"
    ):
        ok = False
    if modified and not check_timestamp(
        report, table.file, line, table.column("dateLastModified"), modified
    ):
        ok = False
    return ok


def _ids(table: Table, report: ImportReport) -> dict[str, int]:
    """sourcedId -> line; reports empty and duplicate ids."""
    seen: dict[str, int] = {}
    for line, r in table.records():
        sid = r["sourcedid"]
        if not sid:
            report.error(
                table.file, line, table.column("sourcedId"), msg("The sourcedId is empty.")
            )
        elif sid in seen:
            report.error(
                table.file,
                line,
                table.column("sourcedId"),
                msg(
                    "The sourcedId {sid} is used twice (also on line {value}).",
                    sid=sid,
                    value=seen[sid],
                ),
            )
        else:
            seen[sid] = line
    return seen


def _sessions(table: Table | None, report: ImportReport) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    if table is None:
        return out
    first = _ids(table, report)
    for line, r in table.records():
        if first.get(r["sourcedid"]) != line or not _common(table, line, r, report):
            continue
        ok = one_of(
            report, table.file, line, table.column("type"), r["type"], SESSION_TYPES, "session type"
        )
        ok_start, start = check_date(
            report, table.file, line, table.column("startDate"), r["startdate"]
        )
        ok_end, end = check_date(report, table.file, line, table.column("endDate"), r["enddate"])
        if not (ok and ok_start and ok_end):
            continue
        out[r["sourcedid"]] = {"title": r["title"], "start": start, "end": end, "line": line}
    return out


def _courses(table: Table | None, report: ImportReport) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    if table is None:
        return out
    first = _ids(table, report)
    for line, r in table.records():
        if first.get(r["sourcedid"]) != line or not _common(table, line, r, report):
            continue
        if not r["title"]:
            report.error(table.file, line, table.column("title"), msg("The course title is empty."))
            continue
        out[r["sourcedid"]] = {"title": r["title"], "code": r.get("coursecode", "")}
    return out


def _classes(
    table: Table | None,
    courses: dict[str, dict[str, str]],
    sessions: dict[str, dict[str, Any]],
    rejected_sessions: set[str] | None,
    out: RosterRead,
    report: ImportReport,
) -> set[str]:
    has_sessions = rejected_sessions is not None
    rejected_sessions = rejected_sessions or set()
    keys: set[str] = set()
    if table is None:
        return keys
    first = _ids(table, report)
    has_meta = table.has(META_TERM)
    for line, r in table.records():
        if first.get(r["sourcedid"]) != line or not _common(table, line, r, report):
            continue
        f = table.file
        if not one_of(
            report, f, line, table.column("classType"), r["classtype"], CLASS_TYPES, "class type"
        ):
            continue
        course = courses.get(r["coursesourcedid"])
        if course is None and courses:
            report.error(
                f,
                line,
                table.column("courseSourcedId"),
                msg("There is no course {value} in courses.csv.", value=r["coursesourcedid"]),
            )
            continue
        terms = [t.strip() for t in r["termsourcedids"].split(",") if t.strip()]
        if any(t in rejected_sessions for t in terms):
            continue  # the session's own line says what is wrong with it
        missing = [t for t in terms if has_sessions and t not in sessions]
        if missing:
            report.error(
                f,
                line,
                table.column("termSourcedIds"),
                msg(
                    "There is no academic session {value} in academicSessions.csv.",
                    value=missing[0],
                ),
            )
            continue
        session = sessions.get(terms[0]) if terms else None
        term = session["title"] if session else ""
        start = session["start"] if session else None
        end = session["end"] if session else None
        if has_meta:
            term = r.get(META_TERM.lower(), "")
            ok_start, start = check_date(report, f, line, META_START, r.get(META_START.lower(), ""))
            ok_end, end = check_date(report, f, line, META_END, r.get(META_END.lower(), ""))
            if not (ok_start and ok_end):
                continue
        code = to_code(r.get("classcode"), (course or {}).get("code"), r["title"])
        if code is None:
            report.error(
                f,
                line,
                table.column("classCode"),
                msg(
                    "Course Studio needs a course code for this class: letters and digits, "
                    "starting with a letter (for example CS101); set classCode."
                ),
            )
            continue
        columns = {
            "code": table.column("classCode"),
            "title": table.column("title"),
            "term": table.column("termSourcedIds"),
            "start_date": META_START if has_meta else table.column("termSourcedIds"),
            "end_date": META_END if has_meta else table.column("termSourcedIds"),
        }
        out.courses.append(
            RosterCourse(
                key=r["sourcedid"],
                ref=ref(f, line, columns),
                code=code,
                title=r["title"],
                term=term,
                start_date=start,
                end_date=end,
            )
        )
        keys.add(r["sourcedid"])
        out.counts["courses"] += 1
    return keys


def _users(table: Table, out: RosterRead, report: ImportReport) -> dict[str, str]:
    roles: dict[str, str] = {}
    first = _ids(table, report)
    f = table.file
    columns = {
        "external_id": table.column("sourcedId"),
        "key": table.column("sourcedId"),
        "email": table.column("email"),
        "given_name": table.column("givenName"),
        "family_name": table.column("familyName"),
        "username": table.column("username"),
        "role": table.column("role"),
    }
    role_column, user_role = columns["role"], f"{SPEC} user role"
    for line, r in table.records():
        if first.get(r["sourcedid"]) != line:
            continue
        out.counts["users"] += 1
        ok = _common(table, line, r, report)
        ok = one_of(report, f, line, role_column, r["role"], USER_ROLES, user_role) and ok
        if r["enableduser"] not in ("true", "false"):
            report.error(
                f,
                line,
                table.column("enabledUser"),
                msg("enabledUser is true or false, not '{value}'.", value=r["enableduser"]),
            )
            ok = False
        for name, label in (("givenname", "givenName"), ("familyname", "familyName")):
            if not r[name]:
                report.error(f, line, table.column(label), msg("{label} is required.", label=label))
                ok = False
        if not ok:
            continue
        if r.get("status") == "tobedeleted":
            out.counts["skipped"] += 1
            report.warn(
                f,
                line,
                table.column("status"),
                msg("This user is marked tobedeleted and was left out."),
            )
            continue
        role = r["role"]
        roles[r["sourcedid"]] = role
        if role == "student":
            out.counts["students"] += 1
        elif role == "teacher":
            out.counts["teachers"] += 1
        external_id, student_id = person_ids(r["sourcedid"])
        out.people.append(
            RosterPerson(
                key=r["sourcedid"],
                ref=ref(f, line, columns),
                role=role if role in ("student", "teacher") else "other",
                external_id=external_id,
                student_id=student_id,
                email=r.get("email") or None,
                given_name=r["givenname"],
                family_name=r["familyname"],
                username=r["username"] or None,
            )
        )
    return roles


def _enrollments(
    table: Table | None,
    classes: set[str],
    user_roles: dict[str, str],
    defined: dict[str, set[str]],
    out: RosterRead,
    report: ImportReport,
) -> None:
    if table is None:
        return
    first = _ids(table, report)
    f = table.file
    columns = {
        "person": table.column("userSourcedId"),
        "course": table.column("classSourcedId"),
        "role": table.column("role"),
        "status": META_STATUS,
    }
    has_meta = table.has(META_STATUS)
    # the headers as written, looked up once rather than on every row
    role_column, role_what = columns["role"], f"{SPEC} enrollment role"
    date_columns = [(c.lower(), table.column(c)) for c in ("beginDate", "endDate")]
    for line, r in table.records():
        if first.get(r["sourcedid"]) != line:
            continue
        ok = _common(table, line, r, report)
        ok = one_of(report, f, line, role_column, r["role"], ENROLLMENT_ROLES, role_what) and ok
        if r.get("primary") and r["primary"] not in ("true", "false"):
            report.error(
                f,
                line,
                table.column("primary"),
                msg("primary is true or false, not '{value}'.", value=r["primary"]),
            )
            ok = False
        for key, column in date_columns:
            value = r.get(key, "")
            if value and not check_date(report, f, line, column, value)[0]:
                ok = False
        if r["classsourcedid"] not in classes:
            ok = False  # a class with a problem of its own is reported on its line
        if r["classsourcedid"] not in defined["class"]:
            report.error(
                f,
                line,
                table.column("classSourcedId"),
                msg("There is no class {value} in classes.csv.", value=r["classsourcedid"]),
            )
            ok = False
        user = r["usersourcedid"]
        if user not in user_roles:
            ok = False
        if user not in defined["user"]:
            report.error(
                f,
                line,
                table.column("userSourcedId"),
                msg("There is no user {user} in users.csv.", user=user),
            )
            ok = False
        if not ok:
            continue
        out.counts["enrollments"] += 1
        role = r["role"]
        if role in ("administrator", "proctor"):
            out.counts["skipped"] += 1
            report.warn(
                f,
                line,
                table.column("role"),
                msg(
                    "Course Studio has no {role}s in a course; this enrollment was left out.",
                    role=role,
                ),
            )
            continue
        if role == "teacher":
            role = "ta" if user_roles[user] == "aide" else "teacher"
        status = r.get(META_STATUS.lower()) or None if has_meta else None
        if r.get("status") == "tobedeleted":
            status = "dropped"
        out.enrollments.append(
            RosterEnrollment(
                ref=ref(f, line, columns),
                person=user,
                role=role,
                status=status,
                course=r["classsourcedid"],
            )
        )


# -- writing -------------------------------------------------------------------------


def write(
    data: CourseRoster,
    dest: Path,
    report: ImportReport,
    member_filter: Callable[[RosterMember], bool] | None = None,
) -> None:
    """Write one course as a OneRoster 1.1 package: a zip, or a folder when ``dest``
    does not end in .zip."""
    course = data.course
    class_id = f"{OWN_PREFIX}{course.id}"
    term_id = f"{OWN_PREFIX}term-{course.id}"
    files: dict[str, bytes] = {}
    if course.start_date is None or course.end_date is None:
        report.warn(
            None,
            None,
            None,
            msg(
                "{code} has no start or end date; OneRoster expects both, so some systems may "
                "refuse academicSessions.csv.",
                code=course.code,
            ),
        )
    files["orgs.csv"] = csv_bytes(ORGS, [[ORG_ID, "", "", "Course Studio", "school", "", ""]])
    files["academicSessions.csv"] = csv_bytes(
        SESSIONS,
        [
            [
                term_id,
                "",
                "",
                course.term or course.title,
                "term",
                _iso(course.start_date),
                _iso(course.end_date),
                "",
                _year(course),
            ]
        ],
    )
    files["courses.csv"] = csv_bytes(
        COURSES,
        [
            [
                f"{OWN_PREFIX}course-{course.id}",
                "",
                "",
                "",
                course.title,
                course.code,
                "",
                ORG_ID,
                course.category,
                "",
            ]
        ],
    )
    files["classes.csv"] = csv_bytes(
        [*CLASSES, META_TERM, META_START, META_END],
        [
            [
                class_id,
                "",
                "",
                course.title,
                "",
                f"{OWN_PREFIX}course-{course.id}",
                course.code,
                "scheduled",
                "",
                ORG_ID,
                term_id,
                course.category,
                "",
                "",
                course.term,
                _iso(course.start_date),
                _iso(course.end_date),
            ]
        ],
    )
    users: list[list[object]] = []
    enrollments: list[list[object]] = []
    for instructor, role in data.instructors:
        key = f"{OWN_PREFIX}i-{instructor.id}"
        given, family = display_split(instructor.display_name)
        users.append(
            [
                key,
                "",
                "",
                "true",
                ORG_ID,
                "teacher",
                instructor.username,
                "",
                given,
                family,
                "",
                "",
                instructor.email or "",
                "",
                "",
                "",
                "",
                "",
            ]
        )
        enrollments.append(
            [
                f"{OWN_PREFIX}t-{course.id}-{instructor.id}",
                "",
                "",
                class_id,
                ORG_ID,
                key,
                "teacher",
                "true" if role == "owner" else "false",
                "",
                "",
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
        key = sis_key(s.external_id, s.id)
        users.append(
            [
                key,
                "",
                "",
                "true",
                ORG_ID,
                "aide" if e.role == "ta" else "student",
                s.email,
                "",
                s.given_name,
                s.family_name,
                "",
                s.external_id or "",
                s.email,
                "",
                "",
                "",
                "",
                "",
            ]
        )
        enrollments.append(
            [
                f"{OWN_PREFIX}{e.id}",
                "",
                "",
                class_id,
                ORG_ID,
                key,
                "teacher" if e.role == "ta" else "student",
                "false",
                e.enrolled_at.date().isoformat(),
                "",
                e.status,
            ]
        )
        report.counts["students" if e.role == "student" else "tas"] = (
            report.counts.get("students" if e.role == "student" else "tas", 0) + 1
        )
    if skipped:
        report.warn(
            None,
            None,
            None,
            msg("1 observer was left out: OneRoster 1.1 has no observer role.")
            if skipped == 1
            else msg(
                "{skipped} observers were left out: OneRoster 1.1 has no observer role.",
                skipped=skipped,
            ),
        )
    files["users.csv"] = csv_bytes(USERS, users)
    files["enrollments.csv"] = csv_bytes([*ENROLLMENTS, META_STATUS], enrollments)
    present = {name[:-4] for name in files}
    manifest = [["manifest.version", "1.0"], ["oneroster.version", "1.1"]]
    manifest += [[f"file.{n}", "bulk" if n in present else "absent"] for n in DATA_FILES]
    manifest += [["source.systemName", "Course Studio"], ["source.systemCode", "course-studio"]]
    files["manifest.csv"] = csv_bytes(["propertyName", "value"], manifest)
    report.counts.update(
        users=len(users),
        teachers=len(data.instructors),
        courses=1,
        enrollments=len(enrollments),
    )
    write_files(files, dest, report)


def write_files(files: dict[str, bytes], dest: Path, report: ImportReport) -> None:
    """A zip when ``dest`` ends in .zip, else a folder of files."""
    if dest.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                archive.writestr(name, content)
        write_atomically(dest, buffer.getvalue())
        report.files.append(str(dest))
        return
    dest.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        write_atomically(dest / name, content)
        report.files.append(str(dest / name))


def _iso(value: Any) -> str:
    return "" if value is None else str(value.isoformat())


def _year(course: CourseRecord) -> str:
    day = course.end_date or course.start_date
    return "" if day is None else str(day.year)


__all__ = ["NAME", "looks_like", "own_id", "read", "write"]
