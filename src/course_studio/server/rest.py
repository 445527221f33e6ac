"""The REST API's work: courses, enrollments, progress, co-instructors.

Every check uses the app's rules (domain/rules.py) and sentences
(domain/messages.py), so a platform calling the API reads what an instructor reads
in the app. Writes go through :class:`~.writer.Writer`, so desktop apps receive
them through the change feed like any other change.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, case, func, or_, select, tuple_
from sqlalchemy.orm import Session

from ..domain import messages, rules
from ..domain.enums import (
    CourseStatus,
    EnrollmentRole,
    EnrollmentStatus,
    ProgressStatus,
    TeachingRole,
)
from ..domain.errors import (
    CapacityReached,
    Duplicate,
    DuplicateCode,
    NotFound,
    RowError,
    ValidationError,
)
from ..domain.ids import derived_id, new_id
from ..domain.progress import DEFAULT_AT_RISK_DAYS, completion, is_at_risk
from ..sync.fields import check_fields
from .filtering import course_condition
from .models import (
    Account,
    Course,
    CourseInstructor,
    Enrollment,
    Lesson,
    LessonProgress,
    Module,
    Student,
)
from .security import Caller
from .writer import Writer, taught_ids

PAGE_DEFAULT = 50
PAGE_MAX = 500
EVENTS_MAX = 10_000
COURSE_FIELDS = rules.COURSE_FIELDS
SEATED = rules.SEATED


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _reject_unknown(body: dict[str, Any], allowed: frozenset[str], what: str) -> None:
    for name in body:
        if name not in allowed:
            raise ValidationError(messages.no_such_field(what, name), name)


# -- paging --------------------------------------------------------------------


def check_page_size(limit: int | None) -> int:
    if limit is None:
        return PAGE_DEFAULT
    if not 1 <= limit <= PAGE_MAX:
        raise ValidationError(f"The page size is a number from 1 to {PAGE_MAX}.", "limit")
    return limit


def encode_cursor(*values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, size: int) -> list[Any] | None:
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        values = None
    if not isinstance(values, list) or len(values) != size:
        raise ValidationError(
            "This page link is not valid; start again from the first page.", "cursor"
        )
    return values


# -- courses -------------------------------------------------------------------


def course_json(course: Course, teachers: list[str] | None = None) -> dict[str, Any]:
    return {
        "id": course.id,
        "owner_id": course.owner_id,
        "code": course.code,
        "title": course.title,
        "description": course.description,
        "status": course.status,
        "term": course.term,
        "category": course.category,
        "tags": list(course.tags),
        "language": course.language,
        "start_date": _iso(course.start_date),
        "end_date": _iso(course.end_date),
        "capacity": course.capacity,
        "created_at": _iso(course.created_at),
        "updated_at": _iso(course.updated_at),
        "version": course.version,
        "instructor_ids": sorted(teachers if teachers is not None else [course.owner_id]),
    }


def _teachers(session: Session, course_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    if course_ids:
        for cid, iid in session.execute(
            select(CourseInstructor.course_id, CourseInstructor.instructor_id).where(
                CourseInstructor.course_id.in_(course_ids), CourseInstructor.deleted_at.is_(None)
            )
        ):
            out[cid].append(iid)
    return out


def list_courses(
    session: Session, caller: Caller, q: str, limit: int | None, cursor: str | None
) -> dict[str, Any]:
    size = check_page_size(limit)
    after = decode_cursor(cursor, 2)
    stmt = select(Course).where(Course.deleted_at.is_(None), Course.id.in_(taught_ids(caller.id)))
    condition = course_condition(q)
    if condition is not None:
        stmt = stmt.where(condition)
    if after is not None:
        stmt = stmt.where(tuple_(Course.code, Course.id) > tuple_(*after))
    rows = list(session.scalars(stmt.order_by(Course.code, Course.id).limit(size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    teachers = _teachers(session, [r.id for r in rows])
    items = []
    for row in rows:
        item = course_json(row, teachers.get(row.id))
        item["role"] = (
            TeachingRole.OWNER.value
            if row.owner_id == caller.id
            else TeachingRole.CO_INSTRUCTOR.value
        )
        items.append(item)
    return {
        "items": items,
        "next_cursor": encode_cursor(rows[-1].code, rows[-1].id) if more else None,
    }


def get_course(writer: Writer, course_id: str) -> dict[str, Any]:
    course = writer.live_course(course_id)
    return course_json(course, _teachers(writer.session, [course.id]).get(course.id))


def _code_free(session: Session, code: str, owner_id: str, course_id: str | None) -> None:
    clash = session.scalar(
        select(Course).where(
            Course.owner_id == owner_id,
            func.upper(Course.code) == code.upper(),
            Course.deleted_at.is_(None),
            Course.id != (course_id or ""),
        )
    )
    if clash is not None:
        raise DuplicateCode(messages.code_taken(code, clash.title), "code")


def _seated(session: Session, course_id: str) -> int:
    return int(
        session.scalar(
            select(func.count(Enrollment.id)).where(
                Enrollment.course_id == course_id,
                Enrollment.deleted_at.is_(None),
                Enrollment.role == EnrollmentRole.STUDENT.value,
                Enrollment.status.in_(SEATED),
            )
        )
        or 0
    )


def create_course(writer: Writer, body: dict[str, Any]) -> dict[str, Any]:
    _reject_unknown(body, COURSE_FIELDS, "course")
    values = check_fields("course", {"code": body.get("code"), "title": body.get("title")} | body)
    _code_free(writer.session, values["code"], writer.caller.id, None)
    values = {
        "description": "",
        "status": CourseStatus.DRAFT.value,
        "term": "",
        "category": "",
        "tags": (),
        "language": "en",
        "start_date": None,
        "end_date": None,
        "capacity": None,
        **values,
        "owner_id": writer.caller.id,
    }
    course = writer.create(Course, new_id(), values)
    writer.learned(course.id)
    writer.create(
        CourseInstructor,
        derived_id(course.id, writer.caller.id),
        {
            "course_id": course.id,
            "instructor_id": writer.caller.id,
            "role": TeachingRole.OWNER.value,
        },
    )
    writer.session.flush()
    return course_json(course)


def update_course(
    writer: Writer, course_id: str, body: dict[str, Any], if_match: int | None
) -> dict[str, Any]:
    _reject_unknown(body, COURSE_FIELDS, "course")
    values = check_fields("course", body)
    course = writer.live_course(course_id)
    if if_match is not None and if_match != course.version:
        raise StaleVersion(course.version)
    if "status" in values and values["status"] != course.status:
        writer.require_owner(course, "change the status of")
    if "start_date" in values or "end_date" in values:
        rules.check_dates(
            values.get("start_date", course.start_date), values.get("end_date", course.end_date)
        )
    if "code" in values and values["code"] != course.code:
        _code_free(writer.session, values["code"], course.owner_id, course.id)
    if "capacity" in values:
        rules.check_capacity_fits(values["capacity"], _seated(writer.session, course.id))
    writer.update(course, values)
    writer.session.flush()
    return course_json(course, _teachers(writer.session, [course.id]).get(course.id))


def delete_course(writer: Writer, course_id: str) -> None:
    course = writer.live_course(course_id)
    writer.require_owner(course, "delete")
    writer.tombstone(course)


class StaleVersion(Exception):
    """If-Match named a version that is not the current one (412)."""

    def __init__(self, current: int) -> None:
        super().__init__(current)
        self.current = current


# -- co-instructors ------------------------------------------------------------


def add_co_instructor(writer: Writer, course_id: str, body: dict[str, Any]) -> dict[str, Any]:
    _reject_unknown(body, frozenset({"instructor_id", "username"}), "co-instructor")
    course = writer.live_course(course_id)
    writer.require_owner(course, "add co-instructors to")
    session = writer.session
    account = None
    if isinstance(body.get("instructor_id"), str):
        account = session.get(Account, body["instructor_id"])
    elif isinstance(body.get("username"), str):
        account = session.scalar(select(Account).where(Account.username == body["username"]))
    if account is None:
        raise NotFound("There is no such instructor.", "instructor_id")
    link = session.scalar(
        select(CourseInstructor).where(
            CourseInstructor.course_id == course.id,
            CourseInstructor.instructor_id == account.id,
        )
    )
    if link is None:
        writer.create(
            CourseInstructor,
            derived_id(course.id, account.id),
            {"course_id": course.id, "instructor_id": account.id, "role": "co_instructor"},
        )
    elif link.deleted_at is not None:
        writer.update(link, {}, revive=True)
    session.flush()
    return course_json(course, _teachers(session, [course.id]).get(course.id))


def remove_co_instructor(writer: Writer, course_id: str, instructor_id: str) -> None:
    course = writer.live_course(course_id)
    writer.require_owner(course, "remove co-instructors from")
    if instructor_id == course.owner_id:
        raise ValidationError("The owner of a course cannot be removed from it.")
    link = writer.session.scalar(
        select(CourseInstructor).where(
            CourseInstructor.course_id == course.id,
            CourseInstructor.instructor_id == instructor_id,
            CourseInstructor.deleted_at.is_(None),
        )
    )
    if link is None:
        raise NotFound("This instructor does not teach the course.", "instructor_id")
    writer.tombstone(link)


# -- enrollments ---------------------------------------------------------------


def student_json(student: Student) -> dict[str, Any]:
    return {
        "id": student.id,
        "external_id": student.external_id,
        "given_name": student.given_name,
        "family_name": student.family_name,
        "email": student.email,
    }


def enrollment_json(row: Enrollment, student: Student | None) -> dict[str, Any]:
    return {
        "id": row.id,
        "course_id": row.course_id,
        "student_id": row.student_id,
        "role": row.role,
        "status": row.status,
        "enrolled_at": _iso(row.enrolled_at),
        "version": row.version,
        "student": student_json(student) if student else None,
    }


def list_enrollments(
    writer: Writer, course_id: str, limit: int | None, cursor: str | None
) -> dict[str, Any]:
    size = check_page_size(limit)
    after = decode_cursor(cursor, 3)
    course = writer.live_course(course_id)
    stmt = (
        select(Enrollment, Student)
        .join(Student, Student.id == Enrollment.student_id)
        .where(Enrollment.course_id == course.id, Enrollment.deleted_at.is_(None))
    )
    if after is not None:
        stmt = stmt.where(
            tuple_(Student.family_name, Student.given_name, Enrollment.id) > tuple_(*after)
        )
    rows = writer.session.execute(
        stmt.order_by(Student.family_name, Student.given_name, Enrollment.id).limit(size + 1)
    ).all()
    more = len(rows) > size
    rows = rows[:size]
    last = rows[-1] if rows else None
    return {
        "items": [enrollment_json(e, s) for e, s in rows],
        "next_cursor": (
            encode_cursor(last[1].family_name, last[1].given_name, last[0].id)
            if more and last is not None
            else None
        ),
    }


_ENROLL_FIELDS = frozenset(
    {"student_id", "given_name", "family_name", "email", "external_id", "role", "status"}
)


def _find_or_add_student(writer: Writer, body: dict[str, Any]) -> Student:
    session = writer.session
    if body.get("student_id") is not None:
        sid = body["student_id"]
        student = session.get(Student, sid) if isinstance(sid, str) else None
        if student is None or student.deleted_at is not None:
            raise NotFound("This student is not in the directory.", "student_id")
        return student
    given: dict[str, Any] = {
        k: body[k] for k in ("given_name", "family_name", "email", "external_id") if k in body
    }
    if not given.get("email") and not given.get("external_id"):
        raise ValidationError("Each student needs an email address or a SIS id.", "email")
    values = check_fields("student", given)
    live = Student.deleted_at.is_(None)
    found = None
    if values.get("external_id"):
        found = session.scalar(
            select(Student).where(live, Student.external_id == values["external_id"])
        )
    if found is None and values.get("email"):
        found = session.scalar(select(Student).where(live, Student.email == values["email"]))
    if found is not None:
        return found
    for name in ("given_name", "family_name", "email"):
        if not values.get(name):
            label = {"given_name": "given name", "family_name": "family name", "email": "email"}
            raise ValidationError(f"This student is new, so a {label[name]} is needed.", name)
    return writer.create(
        Student,
        new_id(),
        {
            "given_name": values["given_name"],
            "family_name": values["family_name"],
            "email": values["email"],
            "external_id": values.get("external_id"),
            "created_by": writer.caller.id,
        },
    )


def _require_seat(session: Session, course: Course) -> None:
    seated = _seated(session, course.id)
    if course.capacity is not None and seated >= course.capacity:
        raise CapacityReached(messages.course_full(course.code, seated, course.capacity), "status")


def _takes_seat(role: str, status: str) -> bool:
    return role == EnrollmentRole.STUDENT.value and status in SEATED


def enroll(writer: Writer, course_id: str, body: dict[str, Any]) -> dict[str, Any]:
    _reject_unknown(body, _ENROLL_FIELDS, "enrollment")
    role = rules.check_role(body.get("role") or EnrollmentRole.STUDENT.value)
    wanted = None
    if body.get("status") not in (None, ""):
        wanted = rules.check_enrollment_status(body["status"])
    course = writer.live_course(course_id, "course_id")
    if course.status == CourseStatus.ARCHIVED.value:
        raise ValidationError(messages.course_archived(course.code), "course_id")
    session = writer.session
    student = _find_or_add_student(writer, body)
    session.flush()
    existing = session.scalar(
        select(Enrollment).where(
            Enrollment.course_id == course.id, Enrollment.student_id == student.id
        )
    )
    if existing is not None and existing.deleted_at is None:
        raise Duplicate(
            messages.already_enrolled(
                f"{student.given_name} {student.family_name}", course.code, existing.status
            ),
            "student_id",
        )
    status = wanted or EnrollmentStatus.ACTIVE.value
    if _takes_seat(role, status):
        seated = _seated(session, course.id)
        if course.capacity is not None and seated >= course.capacity:
            if wanted is not None:
                raise CapacityReached(
                    messages.course_full(course.code, seated, course.capacity), "status"
                )
            status = EnrollmentStatus.WAITLISTED.value
    values = {"role": role, "status": status, "enrolled_at": writer.now}
    if existing is not None:
        writer.update(existing, values, revive=True)
        row = existing
    else:
        row = writer.create(
            Enrollment,
            derived_id(course.id, student.id),
            {"course_id": course.id, "student_id": student.id, **values},
        )
    session.flush()
    return enrollment_json(row, student)


def _editable_enrollment(writer: Writer, enrollment_id: str) -> tuple[Enrollment, Course]:
    row = writer.session.get(Enrollment, enrollment_id) if isinstance(enrollment_id, str) else None
    if row is None or row.deleted_at is not None or row.course_id not in writer.taught:
        raise NotFound(messages.gone("enrollment"))
    return row, writer.live_course(row.course_id)


def update_enrollment(writer: Writer, enrollment_id: str, body: dict[str, Any]) -> dict[str, Any]:
    _reject_unknown(body, frozenset({"role", "status"}), "enrollment")
    row, course = _editable_enrollment(writer, enrollment_id)
    role = rules.check_role(body["role"]) if "role" in body else row.role
    status = rules.check_enrollment_status(body["status"]) if "status" in body else row.status
    if _takes_seat(role, status) and not _takes_seat(row.role, row.status):
        _require_seat(writer.session, course)
    writer.update(row, {"role": role, "status": status})
    writer.session.flush()
    return enrollment_json(row, writer.session.get(Student, row.student_id))


def remove_enrollment(writer: Writer, enrollment_id: str) -> None:
    row, _course = _editable_enrollment(writer, enrollment_id)
    writer.tombstone(row)


# -- progress ------------------------------------------------------------------


def _live_lessons(course_id: str) -> Any:
    return (
        select(Lesson.id)
        .join(Module, Module.id == Lesson.module_id)
        .where(
            Module.course_id == course_id,
            Module.deleted_at.is_(None),
            Lesson.deleted_at.is_(None),
        )
    )


def course_progress(
    writer: Writer, course_id: str, at_risk_days: int = DEFAULT_AT_RISK_DAYS
) -> dict[str, Any]:
    """Per student (active or completed): completion, last activity, at-risk."""
    course = writer.live_course(course_id)
    session = writer.session
    total = int(
        session.scalar(select(func.count()).select_from(_live_lessons(course.id).subquery())) or 0
    )
    stats = (
        select(
            LessonProgress.enrollment_id.label("eid"),
            func.sum(
                case(
                    (
                        and_(
                            LessonProgress.status == ProgressStatus.COMPLETED.value,
                            LessonProgress.lesson_id.in_(_live_lessons(course.id)),
                        ),
                        1,
                    ),
                    else_=0,
                )
            ).label("done"),
            func.avg(LessonProgress.score).label("score"),
            func.max(LessonProgress.last_activity_at).label("last"),
        )
        .where(LessonProgress.deleted_at.is_(None))
        .group_by(LessonProgress.enrollment_id)
        .subquery()
    )
    rows = session.execute(
        select(Enrollment, Student, stats.c.done, stats.c.score, stats.c.last)
        .join(Student, Student.id == Enrollment.student_id)
        .outerjoin(stats, stats.c.eid == Enrollment.id)
        .where(
            Enrollment.course_id == course.id,
            Enrollment.deleted_at.is_(None),
            Enrollment.role == EnrollmentRole.STUDENT.value,
            Enrollment.status.in_(SEATED),
        )
        .order_by(Student.family_name, Student.given_name, Enrollment.id)
    ).all()
    items = []
    for enrollment, student, done, score, last in rows:
        done = int(done or 0)
        pct = completion(done, total)
        items.append(
            {
                "enrollment_id": enrollment.id,
                "student_id": student.id,
                "student_name": f"{student.given_name} {student.family_name}",
                "email": student.email,
                "external_id": student.external_id,
                "status": enrollment.status,
                "completed_lessons": done,
                "total_lessons": total,
                "completion": pct,
                "average_score": None if score is None else float(score),
                "last_activity_at": _iso(last),
                "at_risk": is_at_risk(
                    role=enrollment.role,
                    status=enrollment.status,
                    progress=pct,
                    last_activity_at=last,
                    enrolled_at=enrollment.enrolled_at,
                    course_start=course.start_date,
                    course_end=course.end_date,
                    now=writer.now,
                    threshold_days=at_risk_days,
                ),
            }
        )
    return {"course_id": course.id, "total_lessons": total, "items": items}


_EVENT_FIELDS = frozenset({"enrollment_id", "lesson_id", "status", "score", "at"})


def record_progress_events(writer: Writer, body: dict[str, Any]) -> dict[str, Any]:
    """A batch of lesson activity: all of it is recorded, or none (422 listing each
    bad event). A report older than what is recorded changes nothing."""
    _reject_unknown(body, frozenset({"events"}), "progress report")
    events = body.get("events")
    if not isinstance(events, list) or not events:
        raise ValidationError("Send a list of events, at least one.", "events")
    if len(events) > EVENTS_MAX:
        raise ValidationError(
            f"Send at most {EVENTS_MAX:,} events at a time; this batch has {len(events):,}.",
            "events",
        )
    session = writer.session
    errors: list[ValidationError] = []
    parsed: list[tuple[Enrollment, str, str, float | None, dt.datetime]] = []
    for index, event in enumerate(events):
        try:
            if not isinstance(event, dict):
                raise ValidationError("Each event is an object with named values.")
            _reject_unknown(event, _EVENT_FIELDS, "progress event")
            status = rules.check_progress_status(event.get("status"))
            score = rules.check_score(event.get("score"))
            when = rules.check_timestamp(event.get("at")) or writer.now
            eid = event.get("enrollment_id")
            enrollment = session.get(Enrollment, eid) if isinstance(eid, str) else None
            if (
                enrollment is None
                or enrollment.deleted_at is not None
                or enrollment.course_id not in writer.taught
            ):
                raise NotFound(messages.gone("enrollment"), "enrollment_id")
            course = writer.live_course(enrollment.course_id, "enrollment_id")
            if enrollment.status in (
                EnrollmentStatus.DROPPED.value,
                EnrollmentStatus.WAITLISTED.value,
            ):
                raise ValidationError(
                    messages.not_enrollable(enrollment.status, course.code), "enrollment_id"
                )
            lid = event.get("lesson_id")
            lesson = session.get(Lesson, lid) if isinstance(lid, str) else None
            module = session.get(Module, lesson.module_id) if lesson else None
            if (
                lesson is None
                or module is None
                or lesson.deleted_at is not None
                or module.deleted_at is not None
                or module.course_id != course.id
            ):
                raise ValidationError(messages.lesson_not_in_course(course.code), "lesson_id")
            parsed.append((enrollment, lesson.id, status, score, when))
        except (ValidationError, NotFound) as exc:
            errors.append(RowError(exc.message, exc.field, line=index))
    if errors:
        count = len(errors)
        raise ValidationError(
            f"{count} {'event has a problem' if count == 1 else 'events have problems'}; "
            "nothing was recorded.",
            None,
            errors=list(errors),
        )
    recorded = unchanged = 0
    for enrollment, lesson_id, status, score, when in parsed:
        row_id = derived_id(enrollment.id, lesson_id)
        row = session.get(LessonProgress, row_id) or session.scalar(
            select(LessonProgress).where(
                and_(
                    LessonProgress.enrollment_id == enrollment.id,
                    LessonProgress.lesson_id == lesson_id,
                )
            )
        )
        if row is not None and row.last_activity_at is not None and when < row.last_activity_at:
            unchanged += 1
            continue
        values: dict[str, Any] = {"status": status, "last_activity_at": when}
        if score is not None:
            values["score"] = score
        if status == ProgressStatus.COMPLETED.value:
            values["completed_at"] = (row.completed_at if row else None) or when
        else:
            values["completed_at"] = None
        if row is None:
            writer.create(
                LessonProgress,
                row_id,
                {
                    "enrollment_id": enrollment.id,
                    "lesson_id": lesson_id,
                    "score": None,
                    **values,
                },
            )
            session.flush()
        else:
            writer.update(row, values, revive=row.deleted_at is not None)
        recorded += 1
    return {"recorded": recorded, "unchanged": unchanged}


# -- instructors ---------------------------------------------------------------


def instructor_json(account: Account, *, full: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": account.id,
        "username": account.username,
        "display_name": account.display_name,
    }
    if full:
        out["email"] = account.email
        out["is_admin"] = account.is_admin
    return out


def list_instructors(session: Session, q: str | None) -> list[dict[str, Any]]:
    stmt = select(Account).order_by(Account.display_name, Account.id)
    if q:
        pattern = f"%{q.lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(Account.username).like(pattern),
                func.lower(Account.display_name).like(pattern),
            )
        )
    return [instructor_json(a) for a in session.scalars(stmt.limit(PAGE_MAX))]
