"""Rosters in: people, courses and enrollments read from a file (by
:mod:`course_studio.interop`), matched against the data dir, checked row by row, and
written in one transaction, or not at all.

Students are matched by their Course Studio id (files this app wrote), then by SIS
id, then by email. Re-applying the same roster changes nothing. Teachers become
instructors of the data dir and co-instructors of their courses.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.enums import CourseStatus, EnrollmentRole, EnrollmentStatus, TeachingRole
from ..domain.errors import DomainError, RowError, ValidationError, msg
from ..domain.models import Course, CourseInstructor, Enrollment, Instructor, Student
from ..domain.records import (
    CourseRecord,
    EnrollmentRecord,
    InstructorRecord,
    Record,
    StudentRecord,
)
from .base import Service, load, require_teacher
from .bulk import IdSource, insert_rows, large_cache, update_rows
from .convert import course_record, enrollment_record, student_record
from .courses import SEATED

#: ``progress(stage, fraction)``: what is being done, and how far (0.0 to 1.0).
Progress = Callable[[str, float], None]
#: Returns True when the user asked to stop.
CancelCheck = Callable[[], bool]

_CHUNK = 2_000
TEACHER = "teacher"
STUDENT_ROLES = frozenset(r.value for r in EnrollmentRole)


class Cancelled(DomainError):
    """The user stopped a long operation; nothing was written."""

    title = "Cancelled"
    code = "cancelled"


@dataclass(frozen=True, slots=True)
class ImportIssue(Record):
    """One problem found in a file: where it is and what is wrong, in a sentence."""

    file: str | None
    line: int | None
    column: str | None
    message: str


@dataclass(frozen=True, slots=True)
class RowRef:
    """Where a roster entry came from: file, 1-based line (the header is line 1),
    and which column holds each field."""

    file: str
    line: int
    columns: Mapping[str, str] = field(default_factory=dict)

    def issue(self, field_name: str | None, message: str) -> ImportIssue:
        column = None if field_name is None else self.columns.get(field_name, field_name)
        return ImportIssue(self.file, self.line, column, message)


@dataclass(frozen=True, slots=True)
class RosterPerson:
    #: The file's own key for this person (sourcedId, user_id, a row number ...).
    key: str
    ref: RowRef
    #: "student", "teacher" or another role that is kept only when enrolled.
    role: str = "student"
    external_id: str | None = None
    #: A Course Studio student id, when the file was written by Course Studio.
    student_id: str | None = None
    email: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    #: Login name, used for teachers (instructors are matched by it, then by email).
    username: str | None = None


@dataclass(frozen=True, slots=True)
class RosterCourse:
    key: str
    ref: RowRef
    code: str
    #: Needed to create the course; None when the file only refers to it.
    title: str | None = None
    term: str | None = None
    start_date: dt.date | str | None = None
    end_date: dt.date | str | None = None


@dataclass(frozen=True, slots=True)
class RosterEnrollment:
    ref: RowRef
    #: ``RosterPerson.key``.
    person: str
    #: "student", "ta", "observer" or "teacher".
    role: str = "student"
    #: active, waitlisted, completed or dropped; None keeps what is there.
    status: str | None = None
    #: ``RosterCourse.key`` of a course in the same roster ...
    course: str | None = None
    #: ... or the code of a course already in the data dir; neither: the target course.
    course_code: str | None = None


@dataclass(frozen=True, slots=True)
class Roster:
    people: tuple[RosterPerson, ...] = ()
    courses: tuple[RosterCourse, ...] = ()
    enrollments: tuple[RosterEnrollment, ...] = ()


@dataclass(frozen=True, slots=True)
class RosterOutcome(Record):
    """What applying a roster does (or did): counts, and the rows it rejects."""

    counts: dict[str, int]
    errors: tuple[ImportIssue, ...]
    warnings: tuple[ImportIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


class RosterRejected(ValidationError):
    """A roster with bad rows: ``outcome.errors`` lists each one; nothing was written."""

    def __init__(self, outcome: RosterOutcome) -> None:
        count = len(outcome.errors)
        super().__init__(
            f"{count:,} {'row has a problem' if count == 1 else 'rows have problems'}; "
            "nothing was imported.",
            None,
            errors=[
                RowError(e.message, e.column, line=e.line, file=e.file) for e in outcome.errors
            ],
        )
        self.outcome = outcome


#: Plain ASCII addresses (the vast majority in a roster) that the full check
#: accepts unchanged but for case; a test compares the two on random addresses.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_SPECIAL_DOMAINS = ("arpa", "invalid", "local", "localhost", "onion", "test")


@functools.lru_cache(maxsize=262_144)
def check_email(value: str) -> str:
    """:func:`rules.check_email`, faster for plain addresses and remembered: checking
    an address in full costs ~60 µs, and a roster is checked on preview and again
    on commit."""
    if (
        len(value) <= 254
        and _PLAIN_EMAIL.fullmatch(value)
        and len(value.partition("@")[0]) <= 64
        and value.rpartition(".")[2].lower() not in _SPECIAL_DOMAINS
    ):
        return value.lower()
    return rules.check_email(value)


_email = check_email


@dataclass(frozen=True, slots=True)
class RosterMember(Record):
    enrollment: EnrollmentRecord
    student: StudentRecord


@dataclass(frozen=True, slots=True)
class CourseRoster(Record):
    """A course with everyone in it, for roster exports."""

    course: CourseRecord
    members: tuple[RosterMember, ...]
    #: The owner first, then co-instructors, with their role (owner | co_instructor).
    instructors: tuple[tuple[InstructorRecord, str], ...]


class RosterService(Service):
    def course_roster(self, course_id: str) -> CourseRoster:
        """A course's enrollments with their students, and its instructors, read at once."""
        with self._store.read() as session:
            course = load(session, Course, course_id, "course")
            rows = session.execute(
                select(Enrollment, Student)
                .join(Student, Student.id == Enrollment.student_id)
                .where(Enrollment.course_id == course.id, Enrollment.deleted_at.is_(None))
                .order_by(Student.family_name, Student.given_name, Enrollment.id)
            ).all()
            members = tuple(
                RosterMember(enrollment_record(e, s, course.code), student_record(s))
                for e, s in rows
            )
            teachers = session.execute(
                select(Instructor, CourseInstructor.role)
                .join(CourseInstructor, CourseInstructor.instructor_id == Instructor.id)
                .where(
                    CourseInstructor.course_id == course.id,
                    CourseInstructor.deleted_at.is_(None),
                )
                .order_by(Instructor.display_name)
            ).all()
            instructors = [
                (
                    InstructorRecord(i.id, i.username, i.display_name, i.email),
                    TeachingRole.OWNER.value if i.id == course.owner_id else role,
                )
                for i, role in teachers
            ]
            if not any(i.id == course.owner_id for i, _r in instructors):
                owner = session.get(Instructor, course.owner_id)
                if owner is not None:
                    instructors.append(
                        (
                            InstructorRecord(
                                owner.id, owner.username, owner.display_name, owner.email
                            ),
                            TeachingRole.OWNER.value,
                        )
                    )
            instructors.sort(key=lambda pair: pair[1] != TeachingRole.OWNER.value)
            return CourseRoster(course_record(course), members, tuple(instructors))

    def check(
        self,
        roster: Roster,
        *,
        course_id: str | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> RosterOutcome:
        """What :meth:`apply` would do, without writing anything."""
        with self._store.read() as session:
            plan = _Planner(self, session, roster, course_id, progress, cancel).run()
            return plan.outcome()

    def apply(
        self,
        roster: Roster,
        *,
        course_id: str | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> RosterOutcome:
        """Write the roster in one transaction.

        Raises :class:`RosterRejected` (listing every bad row) when any row is wrong,
        and :class:`Cancelled` when ``cancel()`` turns true; either way nothing is
        written.
        """
        with self._store.write() as session:
            plan = _Planner(self, session, roster, course_id, progress, cancel).run()
            outcome = plan.outcome()
            if outcome.errors:
                raise RosterRejected(outcome)
            with large_cache(session):
                plan.write(session)
            if cancel is not None and cancel():
                raise Cancelled("The import was cancelled; nothing was changed.")
            return outcome


# -- planning ------------------------------------------------------------------


@dataclass
class _StudentRow:
    id: str
    external_id: str | None
    email: str
    given_name: str
    family_name: str
    server_version: int | None
    new: bool = False
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class _CourseRow:
    id: str
    code: str
    owner_id: str
    status: str
    capacity: int | None
    new: bool = False
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class _EnrollmentRow:
    id: str
    course_id: str
    student_id: str
    role: str
    status: str
    deleted: bool
    server_version: int | None
    line: int = 0


def _takes_seat(role: str, status: str) -> bool:
    return role == EnrollmentRole.STUDENT.value and status in SEATED


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class _Planner:
    def __init__(
        self,
        service: RosterService,
        session: Session,
        roster: Roster,
        course_id: str | None,
        progress: Progress | None,
        cancel: CancelCheck | None,
    ) -> None:
        self.me = service.me
        self.new_id = IdSource()
        self.now = service._now()
        self.session = session
        self.roster = roster
        self.course_id = course_id
        self._progress = progress
        self._cancel = cancel
        self.errors: list[ImportIssue] = []
        self.warnings: list[ImportIssue] = []
        self.counts: dict[str, int] = dict.fromkeys(
            (
                "students_created",
                "students_updated",
                "students_unchanged",
                "instructors_created",
                "courses_created",
                "courses_matched",
                "enrollments_created",
                "enrollments_updated",
                "enrollments_unchanged",
                "waitlisted",
                "co_instructors_added",
            ),
            0,
        )
        # person key -> planned student / instructor id
        self.student_of: dict[str, _StudentRow] = {}
        self.instructor_of: dict[str, str] = {}
        self.new_instructors: list[dict[str, Any]] = []
        # course key / code -> planned course
        self.course_of: dict[str, _CourseRow] = {}
        self.course_by_code: dict[str, _CourseRow] = {}
        self.target: _CourseRow | None = None
        self.others: dict[str, str] = {}
        self.new_links: list[dict[str, Any]] = []
        self.revived_links: list[tuple[str, int | None, dict[str, Any]]] = []
        self.new_enrollments: list[dict[str, Any]] = []
        self.changed_enrollments: list[tuple[str, int | None, dict[str, Any]]] = []
        self.revived_enrollments: list[tuple[str, int | None, dict[str, Any]]] = []
        self.people: list[RosterPerson] = []
        first_line: dict[str, int] = {}
        for person in roster.people:
            if person.key in first_line:
                self._error(
                    person.ref,
                    "key",
                    f"The id {person.key} is used twice (also on line {first_line[person.key]}).",
                )
                continue
            first_line[person.key] = person.ref.line
            self.people.append(person)
        self.person_keys = set(first_line)
        self._ticks = 0
        self._total = max(1, len(roster.people) + len(roster.courses) + len(roster.enrollments))

    # -- helpers -------------------------------------------------------------------

    def _tick(self, stage: str) -> None:
        self._ticks += 1
        if self._ticks % 1000 == 0:
            if self._cancel is not None and self._cancel():
                raise Cancelled("The import was cancelled; nothing was changed.")
            if self._progress is not None:
                self._progress(stage, min(1.0, self._ticks / self._total))

    def _error(self, ref: RowRef, field_name: str | None, message: str) -> None:
        self.errors.append(ref.issue(field_name, message))

    def outcome(self) -> RosterOutcome:
        def place(issue: ImportIssue) -> tuple[str, int]:
            return (issue.file or "", issue.line or 0)

        return RosterOutcome(
            dict(self.counts),
            tuple(sorted(self.errors, key=place)),
            tuple(sorted(self.warnings, key=place)),
        )

    # -- the steps -----------------------------------------------------------------

    def run(self) -> _Planner:
        if self.course_id is not None:
            self.target = self._target_course(self.course_id)
        needs_student, needs_teacher = self._needs()
        self._plan_students(needs_student)
        self._plan_instructors(needs_teacher)
        if self.target is None:  # with a target course the file's courses are not used
            self._plan_courses()
        self._plan_enrollments()
        if self._progress is not None:
            self._progress("Checking", 1.0)
        return self

    def _target_course(self, course_id: str) -> _CourseRow:
        course = load(self.session, Course, course_id, "course")
        require_teacher(self.session, course, self.me, "its enrollments")
        if course.status == CourseStatus.ARCHIVED.value:
            raise ValidationError(
                msg(
                    "{code} is archived. Restore it to draft or published before importing "
                    "students into it.",
                    code=course.code,
                ),
                "course_id",
            )
        row = _CourseRow(course.id, course.code, course.owner_id, course.status, course.capacity)
        self.counts["courses_matched"] += 1
        return row

    def _needs(self) -> tuple[set[str], set[str]]:
        students = {p.key for p in self.people if p.role == "student"}
        teachers: set[str] = set()
        for e in self.roster.enrollments:
            (teachers if e.role == TEACHER else students).add(e.person)
        return students, teachers

    def _plan_students(self, needed: set[str]) -> None:
        people = [p for p in self.people if p.key in needed]
        values: dict[str, dict[str, Any]] = {}
        for person in people:
            self._tick("Checking students")
            checked = self._person_values(person)
            if checked is not None:
                values[person.key] = checked
        by_id, by_ext, by_email = self._existing_students(values.values())
        claimed: dict[str, int] = {}
        planned_email: dict[str, int] = {}
        for person in people:
            v = values.get(person.key)
            if v is None:
                continue
            ref = person.ref
            ext, email = v.get("external_id"), v.get("email")
            row = by_id.get(v.get("student_id") or "")
            if row is not None and ext and row.external_id and row.external_id != ext:
                row = None
            row = row or by_ext.get(ext or "")
            matched_by_email = False
            if row is None and email:
                row = by_email.get(email)
                matched_by_email = row is not None
            if row is not None:
                if row.id in claimed:
                    self._error(
                        ref,
                        "external_id" if ext else "email",
                        f"{row.given_name} {row.family_name} is listed twice "
                        f"(also on line {claimed[row.id]}).",
                    )
                    continue
                if matched_by_email and ext and row.external_id and row.external_id != ext:
                    self._error(
                        ref,
                        "external_id",
                        f"The email {email} belongs to {row.given_name} {row.family_name}, "
                        f"whose SIS id is {row.external_id}, not {ext}.",
                    )
                    continue
                changes: dict[str, Any] = {}
                if ext and row.external_id != ext:
                    changes["external_id"] = ext
                if email and email != row.email:
                    other = by_email.get(email)
                    if other is not None and other.id != row.id:
                        self._error(
                            ref,
                            "email",
                            f"{other.given_name} {other.family_name} already uses the "
                            f"email {email}.",
                        )
                        continue
                    changes["email"] = email
                for name in ("given_name", "family_name"):
                    if v.get(name) and v[name] != getattr(row, name):
                        changes[name] = v[name]
                final_email: str = changes.get("email", row.email)
                if final_email in planned_email:
                    self._error(
                        ref,
                        "email",
                        f"The email {final_email} is also on line {planned_email[final_email]}.",
                    )
                    continue
                row.changes = changes
                claimed[row.id] = ref.line
                planned_email[final_email] = ref.line
                self.counts["students_updated" if changes else "students_unchanged"] += 1
                self.student_of[person.key] = row
                continue
            missing = [n for n in ("email", "given_name", "family_name") if not v.get(n)]
            if missing:
                label = {"email": "an email", "given_name": "a given name"}.get(
                    missing[0], "a family name"
                )
                self._error(ref, missing[0], f"This student is new, so {label} is needed.")
                continue
            if email in planned_email:
                self._error(
                    ref, "email", f"The email {email} is also on line {planned_email[email]}."
                )
                continue
            if ext and ext in by_ext:
                continue  # unreachable: matched above
            new = _StudentRow(
                id=self.new_id(),
                external_id=ext,
                email=v["email"],
                given_name=v["given_name"],
                family_name=v["family_name"],
                server_version=None,
                new=True,
            )
            planned_email[new.email] = ref.line
            if ext:
                by_ext[ext] = new
            claimed[new.id] = ref.line
            self.student_of[person.key] = new
            self.counts["students_created"] += 1

    def _person_values(self, person: RosterPerson) -> dict[str, Any] | None:
        out: dict[str, Any] = {"student_id": person.student_id}
        try:
            out["external_id"] = rules.check_external_id(person.external_id)
            for name in ("given_name", "family_name"):
                value = getattr(person, name)
                out[name] = rules.check_name(value, name) if value not in (None, "") else None
            email = (person.email or "").strip()
            out["email"] = _email(email) if email else None
        except ValidationError as exc:
            self._error(person.ref, exc.field, exc.message)
            return None
        if not out["external_id"] and not out["email"] and not person.student_id:
            self._error(person.ref, "email", "Each student needs an email address or a SIS id.")
            return None
        return out

    def _existing_students(
        self, values: Iterable[dict[str, Any]]
    ) -> tuple[dict[str, _StudentRow], dict[str, _StudentRow], dict[str, _StudentRow]]:
        ids: set[str] = set()
        exts: set[str] = set()
        emails: set[str] = set()
        for v in values:
            if v.get("student_id"):
                ids.add(v["student_id"])
            if v.get("external_id"):
                exts.add(v["external_id"])
            if v.get("email"):
                emails.add(v["email"])
        by_id: dict[str, _StudentRow] = {}
        by_ext: dict[str, _StudentRow] = {}
        by_email: dict[str, _StudentRow] = {}
        rows: dict[str, _StudentRow] = {}
        cols = (
            Student.id,
            Student.external_id,
            Student.email,
            Student.given_name,
            Student.family_name,
            Student.server_version,
        )
        conn = self.session.connection()
        for column, keys in (
            (Student.id, ids),
            (Student.external_id, exts),
            (Student.email, emails),
        ):
            if not keys:
                continue
            if conn.dialect.name == "sqlite":
                # one query with every key as a JSON array, not thousands of parameters
                found: Iterable[Any] = conn.exec_driver_sql(
                    f"SELECT {', '.join(c.key for c in cols)} FROM students "
                    f"WHERE deleted_at IS NULL AND {column.key} IN "
                    "(SELECT value FROM json_each(?))",
                    (json.dumps(sorted(keys)),),
                )
            else:
                found = (
                    r
                    for chunk in _chunks(sorted(keys))
                    for r in self.session.execute(
                        select(*cols).where(Student.deleted_at.is_(None), column.in_(chunk))
                    )
                )
            for sid, ext, email, given, family, version in found:
                row = rows.get(sid) or _StudentRow(sid, ext, email, given, family, version)
                rows[sid] = row
        for row in rows.values():
            by_id[row.id] = row
            if row.external_id:
                by_ext[row.external_id] = row
            by_email[row.email] = row
        return by_id, by_ext, by_email

    def _plan_instructors(self, needed: set[str]) -> None:
        people = [p for p in self.people if p.key in needed]
        if not people:
            return
        known = self.session.execute(
            select(Instructor.id, Instructor.username, Instructor.email)
        ).all()
        by_username = {u.lower(): i for i, u, _e in known}
        by_email = {e.lower(): i for i, _u, e in known if e}
        for person in people:
            self._tick("Checking teachers")
            try:
                text = (person.email or "").strip()
                email = _email(text) if text else None
            except ValidationError as exc:
                self._error(person.ref, exc.field, exc.message)
                continue
            username = (person.username or "").strip() or email
            if not username:
                self._error(
                    person.ref, "username", "A teacher needs a user name or an email address."
                )
                continue
            found = by_username.get(username.lower()) or (by_email.get(email) if email else None)
            if found is None:
                name = " ".join(
                    p
                    for p in ((person.given_name or "").strip(), (person.family_name or "").strip())
                    if p
                )
                found = self.new_id()
                self.new_instructors.append(
                    {
                        "id": found,
                        "username": username[:80],
                        "display_name": (name or username)[:120],
                        "email": email,
                    }
                )
                by_username[username.lower()] = found
                if email:
                    by_email[email] = found
                self.counts["instructors_created"] += 1
            self.instructor_of[person.key] = found

    def _plan_courses(self) -> None:
        courses = self.roster.courses
        codes: dict[str, tuple[RosterCourse, dict[str, Any]]] = {}
        for course in courses:
            self._tick("Checking courses")
            try:
                code = rules.check_code(course.code)
                start = rules.check_date(course.start_date, "start_date", msg("The start date"))
                end = rules.check_date(course.end_date, "end_date", msg("The end date"))
                rules.check_dates(start, end)
                values: dict[str, Any] = {
                    "code": code,
                    "term": rules.check_term(course.term),
                    "start_date": start,
                    "end_date": end,
                }
                if course.title is not None:
                    values["title"] = rules.check_title(course.title)
            except ValidationError as exc:
                self._error(course.ref, exc.field, exc.message)
                continue
            if code in codes:
                other = codes[code][0]
                self._error(
                    course.ref,
                    "code",
                    f"Two courses would have the code {code} (also on line {other.ref.line}).",
                )
                continue
            codes[code] = (course, values)
        wanted = set(codes) | {
            rules.check_code(e.course_code)
            for e in self.roster.enrollments
            if e.course_code and _valid_code(e.course_code)
        }
        existing = self._existing_courses(wanted)
        self.others = self._others_courses(wanted - set(existing))
        for code, (course, values) in codes.items():
            found = existing.get(code)
            if found is not None:
                self.counts["courses_matched"] += 1
                self.course_of[course.key] = found
                continue
            if code in self.others:
                self._error(course.ref, "code", self.others[code])
                continue
            if "title" not in values:
                self._error(
                    course.ref,
                    "code",
                    f"You have no course with the code {code}, and the file gives no title "
                    "to create it.",
                )
                continue
            row = _CourseRow(self.new_id(), code, self.me, CourseStatus.DRAFT.value, None, new=True)
            row.values = values
            self.course_of[course.key] = row
            self.course_by_code[code] = row
            self.counts["courses_created"] += 1
        for code, row in existing.items():
            self.course_by_code.setdefault(code, row)

    def _existing_courses(self, codes: set[str]) -> dict[str, _CourseRow]:
        """Live courses I own or co-teach with these codes (mine first)."""
        found: dict[str, _CourseRow] = {}
        if not codes:
            return found
        links = select(CourseInstructor.course_id).where(
            CourseInstructor.instructor_id == self.me, CourseInstructor.deleted_at.is_(None)
        )
        for chunk in _chunks(sorted(codes)):
            rows = self.session.execute(
                select(
                    Course.id,
                    Course.code,
                    Course.owner_id,
                    Course.status,
                    Course.capacity,
                )
                .where(
                    Course.deleted_at.is_(None),
                    func.upper(Course.code).in_(chunk),
                    (Course.owner_id == self.me) | Course.id.in_(links),
                )
                .order_by(Course.created_at)
            ).all()
            for cid, code, owner, status, capacity in rows:
                key = code.upper()
                current = found.get(key)
                if current is None or (current.owner_id != self.me and owner == self.me):
                    found[key] = _CourseRow(cid, code, owner, status, capacity)
        return found

    def _others_courses(self, codes: set[str]) -> dict[str, str]:
        """{code: why not} for live courses with these codes that I do not teach: a
        file naming one is almost surely meant for it, so it is an error rather
        than a second course with the same code."""
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(codes)):
            for code, owner in self.session.execute(
                select(Course.code, Instructor.display_name)
                .join(Instructor, Instructor.id == Course.owner_id)
                .where(Course.deleted_at.is_(None), func.upper(Course.code).in_(chunk))
            ):
                out.setdefault(
                    code.upper(),
                    f"{code} belongs to {owner}, and you do not teach it. Ask to be added "
                    "as a co-instructor, or import into one of your courses.",
                )
        return out

    def _course_for(self, e: RosterEnrollment) -> _CourseRow | None:
        if self.target is not None:
            return self.target
        if e.course is not None:
            row = self.course_of.get(e.course)
            if row is None:
                known = {c.key for c in self.roster.courses}
                if e.course not in known:
                    self._error(e.ref, "course", f"There is no course {e.course} in the file.")
            return row
        if e.course_code:
            if not _valid_code(e.course_code):
                self._error(
                    e.ref, "course", f"'{e.course_code}' is not a course code Course Studio uses."
                )
                return None
            code = rules.check_code(e.course_code)
            row = self.course_by_code.get(code)
            if row is None:
                self._error(
                    e.ref,
                    "course",
                    self.others.get(code, f"You have no course with the code {code}."),
                )
            return row
        self._error(e.ref, "course", "This enrollment does not say which course it is for.")
        return None

    def _plan_enrollments(self) -> None:
        enrollments = self.roster.enrollments
        if not enrollments:
            return
        existing_courses = {
            c.id: c
            for c in [*self.course_of.values(), *self.course_by_code.values(), self.target]
            if c is not None and not c.new
        }
        student_ids = sorted({s.id for s in self.student_of.values() if not s.new})
        current: dict[tuple[str, str], _EnrollmentRow] = {}
        seats: dict[str, int] = {}
        if existing_courses:
            course_ids = sorted(existing_courses)
            cols = (
                Enrollment.id,
                Enrollment.course_id,
                Enrollment.student_id,
                Enrollment.role,
                Enrollment.status,
                Enrollment.deleted_at,
                Enrollment.server_version,
            )
            conn = self.session.connection()
            found: Iterable[Any]
            if conn.dialect.name == "sqlite" and student_ids:
                # every key as one JSON array, not thousands of parameters
                found = conn.exec_driver_sql(
                    f"SELECT {', '.join(c.key for c in cols)} FROM enrollments "
                    "WHERE course_id IN (SELECT value FROM json_each(?)) "
                    "AND student_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(course_ids), json.dumps(student_ids)),
                )
            else:
                found = (
                    r
                    for chunk in _chunks(student_ids)
                    for r in self.session.execute(
                        select(*cols).where(
                            Enrollment.course_id.in_(course_ids),
                            Enrollment.student_id.in_(chunk),
                        )
                    )
                )
            for eid, cid, sid, role, status, deleted, version in found:
                current[(cid, sid)] = _EnrollmentRow(
                    eid, cid, sid, role, status, deleted is not None, version
                )
            for cid in course_ids:
                seats[cid] = int(
                    self.session.scalar(
                        select(func.count(Enrollment.id)).where(
                            Enrollment.course_id == cid,
                            Enrollment.deleted_at.is_(None),
                            Enrollment.role == EnrollmentRole.STUDENT.value,
                            Enrollment.status.in_(SEATED),
                        )
                    )
                    or 0
                )
        links = self._existing_links(existing_courses)
        seen: dict[tuple[str, str], tuple[int, tuple[str | None, str | None]]] = {}
        for e in enrollments:
            self._tick("Checking enrollments")
            course = self._course_for(e)
            if e.person not in self.person_keys:
                self._error(e.ref, "person", f"There is no user {e.person} in the file.")
                continue
            if e.role == TEACHER:
                if course is not None and e.person in self.instructor_of:
                    self._plan_link(e, course, self.instructor_of[e.person], links)
                continue
            student = self.student_of.get(e.person)
            if course is None or student is None:
                continue  # the course's or the person's own row says what is wrong
            if course.status == CourseStatus.ARCHIVED.value:
                self._error(
                    e.ref,
                    "course",
                    f"{course.code} is archived. Restore it to draft or published first.",
                )
                continue
            try:
                role = _checked(rules.check_role, e.role)
                wanted = (
                    None if e.status is None else _checked(rules.check_enrollment_status, e.status)
                )
            except ValidationError as exc:
                self._error(e.ref, exc.field, exc.message)
                continue
            key = (course.id, student.id)
            origin = (e.course, e.course_code)
            if key in seen:
                if self.target is not None and seen[key][1] != origin:
                    # two classes put into one course: the student is in it once
                    self.counts["enrollments_merged"] = self.counts.get("enrollments_merged", 0) + 1
                    continue
                self._error(
                    e.ref,
                    "person",
                    f"{student.given_name} {student.family_name} is enrolled in {course.code} "
                    f"twice (also on line {seen[key][0]}).",
                )
                continue
            seen[key] = (e.ref.line, origin)
            seated = seats.setdefault(course.id, 0)
            old = current.get(key)
            if old is None or old.deleted:
                final = wanted or EnrollmentStatus.ACTIVE.value
                if _takes_seat(role, final) and course.capacity is not None:
                    if seated >= course.capacity:
                        final = EnrollmentStatus.WAITLISTED.value
                        self.counts["waitlisted"] += 1
                    else:
                        seats[course.id] = seated + 1
                elif _takes_seat(role, final):
                    seats[course.id] = seated + 1
                values = {"role": role, "status": final, "enrolled_at": self.now}
                if old is None:
                    self.new_enrollments.append(
                        {
                            "id": self.new_id(),
                            "course_id": course.id,
                            "student_id": student.id,
                            **values,
                            "progress": 0.0,
                            "last_activity_at": None,
                        }
                    )
                else:
                    full = {
                        "course_id": course.id,
                        "student_id": student.id,
                        **values,
                        "deleted_at": None,
                    }
                    self.revived_enrollments.append((old.id, old.server_version, full))
                self.counts["enrollments_created"] += 1
                continue
            status = old.status
            if wanted is not None and wanted != old.status:
                status = wanted
                if wanted == EnrollmentStatus.ACTIVE.value and (
                    old.status == EnrollmentStatus.WAITLISTED.value
                ):
                    status = old.status  # a seat is given by promoting, not by a file
            was, now_seated = _takes_seat(old.role, old.status), _takes_seat(role, status)
            if now_seated and not was:
                if course.capacity is not None and seated >= course.capacity:
                    status = EnrollmentStatus.WAITLISTED.value
                    self.counts["waitlisted"] += 1
                else:
                    seats[course.id] = seated + 1
            elif was and not now_seated:
                seats[course.id] = seated - 1
            changes = {}
            if role != old.role:
                changes["role"] = role
            if status != old.status:
                changes["status"] = status
            if changes:
                self.changed_enrollments.append((old.id, old.server_version, changes))
                self.counts["enrollments_updated"] += 1
            else:
                self.counts["enrollments_unchanged"] += 1

    def _existing_links(
        self, courses: Mapping[str, _CourseRow]
    ) -> dict[tuple[str, str], tuple[str, bool, int | None]]:
        out: dict[tuple[str, str], tuple[str, bool, int | None]] = {}
        if not courses or not self.instructor_of:
            return out
        for chunk in _chunks(sorted(courses)):
            for lid, cid, iid, deleted, version in self.session.execute(
                select(
                    CourseInstructor.id,
                    CourseInstructor.course_id,
                    CourseInstructor.instructor_id,
                    CourseInstructor.deleted_at,
                    CourseInstructor.server_version,
                ).where(CourseInstructor.course_id.in_(chunk))
            ):
                out[(cid, iid)] = (lid, deleted is not None, version)
        return out

    def _plan_link(
        self,
        e: RosterEnrollment,
        course: _CourseRow,
        instructor_id: str,
        links: dict[tuple[str, str], tuple[str, bool, int | None]],
    ) -> None:
        if instructor_id == course.owner_id or (instructor_id == self.me and course.new):
            return
        key = (course.id, instructor_id)
        link = links.get(key)
        if link is not None and not link[1]:
            return
        if not course.new and course.owner_id != self.me:
            self.warnings.append(
                e.ref.issue(
                    "person",
                    f"Only the owner of {course.code} can add co-instructors, so this teacher "
                    "was not added.",
                )
            )
            return
        if link is None:
            self.new_links.append(
                {
                    "id": self.new_id(),
                    "course_id": course.id,
                    "instructor_id": instructor_id,
                    "role": TeachingRole.CO_INSTRUCTOR.value,
                }
            )
        else:
            self.revived_links.append(
                (
                    link[0],
                    link[2],
                    {
                        "course_id": course.id,
                        "instructor_id": instructor_id,
                        "role": TeachingRole.CO_INSTRUCTOR.value,
                        "deleted_at": None,
                    },
                )
            )
        links[key] = ("", False, None)
        self.counts["co_instructors_added"] += 1

    # -- writing -------------------------------------------------------------------

    def write(self, session: Session) -> None:
        session.flush()
        if self._progress is not None:
            self._progress("Writing", 0.0)
        if self.new_instructors:
            insert_rows(session, Instructor, self.new_instructors)
        courses = [c for c in self.course_of.values() if c.new]
        insert_rows(
            session,
            Course,
            [
                {
                    "id": c.id,
                    "owner_id": self.me,
                    "code": c.code,
                    "title": c.values["title"],
                    "description": "",
                    "status": CourseStatus.DRAFT.value,
                    "term": c.values.get("term") or "",
                    "category": "",
                    "tags": (),
                    "language": "en",
                    "start_date": c.values.get("start_date"),
                    "end_date": c.values.get("end_date"),
                    "capacity": None,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
                for c in courses
            ],
        )
        owner_links = [
            {
                "id": self.new_id(),
                "course_id": c.id,
                "instructor_id": self.me,
                "role": TeachingRole.OWNER.value,
            }
            for c in courses
        ]
        insert_rows(session, CourseInstructor, owner_links + self.new_links)
        update_rows(session, CourseInstructor, self.revived_links, restored=True)
        students = list({id(s): s for s in self.student_of.values()}.values())
        insert_rows(
            session,
            Student,
            [
                {
                    "id": s.id,
                    "external_id": s.external_id,
                    "given_name": s.given_name,
                    "family_name": s.family_name,
                    "email": s.email,
                }
                for s in students
                if s.new
            ],
        )
        if self._progress is not None:
            self._progress("Writing", 0.3)
        update_rows(
            session,
            Student,
            [(s.id, s.server_version, s.changes) for s in students if not s.new and s.changes],
        )
        insert_rows(session, Enrollment, self.new_enrollments)
        if self._progress is not None:
            self._progress("Writing", 0.8)
        update_rows(session, Enrollment, self.changed_enrollments)
        update_rows(session, Enrollment, self.revived_enrollments, restored=True)
        if self.revived_enrollments:
            from .derived import refresh_enrollments

            refresh_enrollments(session, [r[0] for r in self.revived_enrollments])
        if self._progress is not None:
            self._progress("Writing", 1.0)


_CHECKED: dict[tuple[Callable[[Any], str], str], str] = {}


def _checked(check: Callable[[Any], str], value: str) -> str:
    """``check(value)``, remembered for the few values a roster repeats on every row."""
    key = (check, value)
    found = _CHECKED.get(key)
    if found is None:
        found = check(value)  # raises for a bad value, which is not remembered
        if len(_CHECKED) < 1_000:
            _CHECKED[key] = found
    return found


def _valid_code(code: str) -> bool:
    try:
        rules.check_code(code)
    except ValidationError:
        return False
    return True
