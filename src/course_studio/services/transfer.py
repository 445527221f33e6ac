"""Whole courses in and out: a consistent snapshot of a course (for cartridges and
backups), a new course from content read elsewhere (a cartridge), and a course
restored from a snapshot (a backup). Each write is one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import positions, rules
from ..domain.enums import CourseStatus, LessonKind, TeachingRole
from ..domain.errors import DomainError, Duplicate, DuplicateCode, RowError, ValidationError, msg
from ..domain.ids import is_id, new_id
from ..domain.models import (
    Course,
    CourseInstructor,
    Enrollment,
    Instructor,
    Lesson,
    LessonProgress,
    Module,
    Student,
)
from ..domain.records import (
    CourseRecord,
    EnrollmentRecord,
    InstructorRecord,
    LessonRecord,
    OutlineModule,
    ProgressRecord,
    Record,
    StudentRecord,
)
from .base import Service, load
from .bulk import insert_rows
from .convert import (
    course_record,
    enrollment_record,
    lesson_record,
    module_record,
    progress_record,
    student_record,
)
from .courses import COURSE_FIELDS, _normalise
from .derived import refresh_course

_CHUNK = 2_000


@dataclass(frozen=True, slots=True)
class LessonContent(Record):
    title: str
    kind: str = LessonKind.PAGE.value
    body: str = ""
    duration_minutes: int | None = None
    #: Where it came from (a file in a package), for messages.
    source: str = ""


@dataclass(frozen=True, slots=True)
class ModuleContent(Record):
    title: str
    lessons: tuple[LessonContent, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class CourseContent(Record):
    """A course's settings and outline, without people (what a cartridge holds)."""

    settings: dict[str, Any]
    modules: tuple[ModuleContent, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class CourseSnapshot(Record):
    """Everything about one course, read in one transaction."""

    course: CourseRecord
    outline: tuple[OutlineModule, ...]
    instructors: tuple[tuple[InstructorRecord, str], ...] = ()
    students: tuple[StudentRecord, ...] = ()
    enrollments: tuple[EnrollmentRecord, ...] = ()
    progress: tuple[ProgressRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class RestoreResult(Record):
    course: CourseRecord
    counts: dict[str, int] = field(default_factory=dict)


def _chunks(values: Sequence[str]) -> list[Sequence[str]]:
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]


class TransferService(Service):
    # -- reading ---------------------------------------------------------------

    def snapshot(self, course_id: str, *, people: bool = True) -> CourseSnapshot:
        """The course, its outline and (with ``people``) its instructors, students,
        enrollments and lesson progress; the Trash is left out."""
        with self._store.read() as session:
            course = load(session, Course, course_id, "course")
            modules = session.scalars(
                select(Module)
                .where(Module.course_id == course.id, Module.deleted_at.is_(None))
                .order_by(Module.position, Module.id)
            ).all()
            lessons = session.scalars(
                select(Lesson)
                .join(Module, Module.id == Lesson.module_id)
                .where(
                    Module.course_id == course.id,
                    Module.deleted_at.is_(None),
                    Lesson.deleted_at.is_(None),
                )
                .order_by(Lesson.position, Lesson.id)
            ).all()
            by_module: dict[str, list[LessonRecord]] = {m.id: [] for m in modules}
            for lesson in lessons:
                by_module[lesson.module_id].append(lesson_record(lesson))
            outline = tuple(
                OutlineModule(module_record(m), tuple(by_module[m.id])) for m in modules
            )
            record = course_record(course)
            if not people:
                return CourseSnapshot(record, outline)
            instructors = tuple(
                (InstructorRecord(i.id, i.username, i.display_name, i.email), role)
                for i, role in session.execute(
                    select(Instructor, CourseInstructor.role)
                    .join(CourseInstructor, CourseInstructor.instructor_id == Instructor.id)
                    .where(
                        CourseInstructor.course_id == course.id,
                        CourseInstructor.deleted_at.is_(None),
                    )
                    .order_by(Instructor.username)
                )
            )
            rows = session.execute(
                select(Enrollment, Student)
                .join(Student, Student.id == Enrollment.student_id)
                .where(Enrollment.course_id == course.id, Enrollment.deleted_at.is_(None))
                .order_by(Enrollment.id)
            ).all()
            enrollments = tuple(enrollment_record(e, s, course.code) for e, s in rows)
            students = {s.id: student_record(s) for _e, s in rows}
            live = {lesson.id for lesson in lessons}
            progress: list[ProgressRecord] = []
            for chunk in _chunks([e.id for e in enrollments]):
                progress.extend(
                    progress_record(p)
                    for p in session.scalars(
                        select(LessonProgress)
                        .where(
                            LessonProgress.enrollment_id.in_(chunk),
                            LessonProgress.deleted_at.is_(None),
                        )
                        .order_by(LessonProgress.id)
                    )
                    if p.lesson_id in live
                )
            return CourseSnapshot(
                record,
                outline,
                instructors,
                tuple(sorted(students.values(), key=lambda s: s.id)),
                enrollments,
                tuple(progress),
            )

    # -- a new course from content ---------------------------------------------

    def create_course(self, content: CourseContent, *, code: str | None = None) -> CourseRecord:
        """A new course of mine with these settings and this outline.

        Without ``code`` the content's code is used; when I already have a course
        with it, the first free ``CODE-2``, ``CODE-3`` ... is taken. Every wrong
        value is listed in the ValidationError's ``errors``; nothing is written then.
        """
        settings = dict(content.settings)
        for name in settings:
            if name not in COURSE_FIELDS:
                raise ValidationError(
                    msg("A course has no field called '{name}'.", name=name), name
                )
        if code is not None:
            settings["code"] = code
        values, outline = check_content(content, settings)
        with self._store.write() as session:
            if code is None:
                values["code"] = self._free_code(session, values["code"])
            else:
                self._require_free(session, values["code"])
            now = self._now()
            course_id = new_id()
            insert_rows(session, Course, [_course_row(course_id, self.me, values, now, now)])
            insert_rows(session, CourseInstructor, [_owner_link(course_id, self.me)])
            modules: list[dict[str, Any]] = []
            lessons: list[dict[str, Any]] = []
            for module_key, (title, items) in zip(
                positions.keys(len(outline)), outline, strict=True
            ):
                module_id = new_id()
                modules.append(
                    {
                        "id": module_id,
                        "course_id": course_id,
                        "title": title,
                        "position": module_key,
                    }
                )
                for lesson_key, item in zip(positions.keys(len(items)), items, strict=True):
                    lessons.append(
                        {"id": new_id(), "module_id": module_id, "position": lesson_key, **item}
                    )
            insert_rows(session, Module, modules)
            insert_rows(session, Lesson, lessons)
            course = session.get(Course, course_id)
            assert course is not None
            return course_record(course)

    # -- restoring a snapshot --------------------------------------------------

    def restore(
        self, snapshot: CourseSnapshot, *, as_copy: bool = False, code: str | None = None
    ) -> RestoreResult:
        """Bring a course back from a snapshot (a backup), with its people.

        The course keeps its ids, so restoring it twice is refused; ``as_copy`` gives
        every row a new id (and, without ``code``, the first free ``CODE-2`` ...).
        Students already here (same id, else SIS id, else email) are reused.
        """
        source = snapshot.course
        settings = {name: getattr(source, name) for name in COURSE_FIELDS}
        if code is not None:
            settings["code"] = code
        content = CourseContent(
            settings,
            tuple(
                ModuleContent(
                    m.module.title,
                    tuple(
                        LessonContent(
                            lesson.title, lesson.kind, lesson.body, lesson.duration_minutes
                        )
                        for lesson in m.lessons
                    ),
                )
                for m in snapshot.outline
            ),
        )
        values, _outline = check_content(content, settings)
        errors = _check_people(snapshot)
        if errors:
            raise ValidationError(
                msg("1 value is not valid; nothing was restored.")
                if len(errors) == 1
                else msg("{count} values are not valid; nothing was restored.", count=len(errors)),
                None,
                errors=errors,
            )
        with self._store.write() as session:
            if not as_copy and session.get(Course, source.id) is not None:
                existing = session.get(Course, source.id)
                assert existing is not None
                where = " (in the Trash)" if existing.deleted_at is not None else ""
                raise Duplicate(
                    msg(
                        "This course is already here as {code}{where}. Restore the backup as a "
                        "copy to have both.",
                        code=existing.code,
                        where=where,
                    ),
                    "course_id",
                )
            if as_copy and code is None:
                values["code"] = self._free_code(session, values["code"])
            else:
                self._require_free(session, values["code"])
            ids = _IdMap(session, fresh=as_copy)
            course_id = ids.take(Course, source.id)
            counts: dict[str, int] = {}
            insert_rows(
                session,
                Course,
                [_course_row(course_id, self.me, values, source.created_at, source.updated_at)],
            )
            links = [_owner_link(course_id, self.me)]
            links += self._co_instructors(session, course_id, snapshot.instructors, source)
            insert_rows(session, CourseInstructor, links)
            module_ids: dict[str, str] = {}
            lesson_ids: dict[str, str] = {}
            modules: list[dict[str, Any]] = []
            lessons: list[dict[str, Any]] = []
            for m in snapshot.outline:
                module_ids[m.module.id] = ids.take(Module, m.module.id)
                modules.append(
                    {
                        "id": module_ids[m.module.id],
                        "course_id": course_id,
                        "title": m.module.title,
                        "position": m.module.position,
                    }
                )
                for lesson in m.lessons:
                    lesson_ids[lesson.id] = ids.take(Lesson, lesson.id)
                    lessons.append(
                        {
                            "id": lesson_ids[lesson.id],
                            "module_id": module_ids[m.module.id],
                            "title": lesson.title,
                            "kind": lesson.kind,
                            "body": lesson.body,
                            "duration_minutes": lesson.duration_minutes,
                            "position": lesson.position,
                        }
                    )
            insert_rows(session, Module, modules)
            insert_rows(session, Lesson, lessons)
            student_ids, created = self._students(session, snapshot.students, ids)
            counts["students_created"] = created
            counts["students_matched"] = len(snapshot.students) - created
            enrollment_ids: dict[str, str] = {}
            enrollments = []
            for e in snapshot.enrollments:
                enrollment_ids[e.id] = ids.take(Enrollment, e.id)
                enrollments.append(
                    {
                        "id": enrollment_ids[e.id],
                        "course_id": course_id,
                        "student_id": student_ids[e.student_id],
                        "role": e.role,
                        "status": e.status,
                        "enrolled_at": e.enrolled_at,
                        "progress": e.progress,
                        "last_activity_at": e.last_activity_at,
                    }
                )
            insert_rows(session, Enrollment, enrollments)
            progress = [
                {
                    "id": ids.take(LessonProgress, p.id),
                    "enrollment_id": enrollment_ids[p.enrollment_id],
                    "lesson_id": lesson_ids[p.lesson_id],
                    "status": p.status,
                    "score": p.score,
                    "last_activity_at": p.last_activity_at,
                    "completed_at": p.completed_at,
                }
                for p in snapshot.progress
            ]
            insert_rows(session, LessonProgress, progress)
            refresh_course(session, course_id)
            counts.update(
                modules=len(modules),
                lessons=len(lessons),
                enrollments=len(enrollments),
                progress=len(progress),
            )
            course = session.get(Course, course_id)
            assert course is not None
            session.refresh(course)
            return RestoreResult(course_record(course), counts)

    # -- helpers ---------------------------------------------------------------

    def _taken(self, session: Session, code: str) -> Course | None:
        return session.scalar(
            select(Course).where(
                Course.owner_id == self.me,
                Course.deleted_at.is_(None),
                func.upper(Course.code) == code.upper(),
            )
        )

    def _free_code(self, session: Session, code: str) -> str:
        if self._taken(session, code) is None:
            return code
        for n in range(2, 1_000):
            suffix = f"-{n}"
            candidate = code[: rules.CODE_MAX - len(suffix)].rstrip("-_.") + suffix
            if self._taken(session, candidate) is None:
                return candidate
        raise DuplicateCode(msg("Every variant of the code {code} is taken.", code=code), "code")

    def _require_free(self, session: Session, code: str) -> None:
        clash = self._taken(session, code)
        if clash is not None:
            raise DuplicateCode(
                msg(
                    "You already have a course with the code {code} (“{title}”). Pick another "
                    "code.",
                    code=code,
                    title=clash.title,
                ),
                "code",
            )

    def _co_instructors(
        self,
        session: Session,
        course_id: str,
        instructors: Sequence[tuple[InstructorRecord, str]],
        source: CourseRecord,
    ) -> list[dict[str, Any]]:
        links: list[dict[str, Any]] = []
        new: list[dict[str, Any]] = []
        for person, _role in instructors:
            if person.id == source.owner_id:
                continue  # the owner of a restored course is whoever restores it
            found = session.scalar(
                select(Instructor.id).where(Instructor.username == person.username)
            )
            if found is None:
                found = new_id() if session.get(Instructor, person.id) else person.id
                new.append(
                    {
                        "id": found,
                        "username": person.username,
                        "display_name": person.display_name,
                        "email": person.email,
                    }
                )
            if found != self.me:
                links.append(
                    {
                        "id": new_id(),
                        "course_id": course_id,
                        "instructor_id": found,
                        "role": TeachingRole.CO_INSTRUCTOR.value,
                    }
                )
        insert_rows(session, Instructor, new)
        return links

    def _students(
        self, session: Session, students: Sequence[StudentRecord], ids: _IdMap
    ) -> tuple[dict[str, str], int]:
        out: dict[str, str] = {}
        live = Student.deleted_at.is_(None)
        by_id = _lookup(session, Student.id, [s.id for s in students], live)
        by_ext = _lookup(
            session, Student.external_id, [s.external_id for s in students if s.external_id], live
        )
        by_email = _lookup(session, Student.email, [s.email for s in students], live)
        new: list[dict[str, Any]] = []
        for s in students:
            found = (
                by_id.get(s.id)
                or (by_ext.get(s.external_id) if s.external_id else None)
                or by_email.get(s.email)
            )
            if found is not None:
                out[s.id] = found
                continue
            out[s.id] = ids.take(Student, s.id)
            new.append(
                {
                    "id": out[s.id],
                    "external_id": s.external_id,
                    "given_name": s.given_name,
                    "family_name": s.family_name,
                    "email": s.email,
                }
            )
        insert_rows(session, Student, new)
        return out, len(new)


class _IdMap:
    """Keep the snapshot's ids, unless a copy is wanted or the id is taken here."""

    def __init__(self, session: Session, *, fresh: bool) -> None:
        self._session = session
        self._fresh = fresh

    def take(self, model: type[Any], old: str) -> str:
        if self._fresh or not is_id(old) or self._session.get(model, old) is not None:
            return new_id()
        return old


def _lookup(session: Session, column: Any, values: Sequence[str], live: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(values))):
        for key, sid in session.execute(select(column, Student.id).where(live, column.in_(chunk))):
            out[key] = sid
    return out


def _course_row(
    course_id: str, owner: str, values: dict[str, Any], created: dt.datetime, updated: dt.datetime
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": course_id,
        "owner_id": owner,
        "description": "",
        "status": CourseStatus.DRAFT.value,
        "term": "",
        "category": "",
        "tags": (),
        "language": "en",
        "start_date": None,
        "end_date": None,
        "capacity": None,
        "created_at": created,
        "updated_at": updated,
    }
    row.update(values)
    return row


def _owner_link(course_id: str, owner: str) -> dict[str, Any]:
    return {
        "id": new_id(),
        "course_id": course_id,
        "instructor_id": owner,
        "role": TeachingRole.OWNER.value,
    }


def check_content(
    content: CourseContent, settings: dict[str, Any]
) -> tuple[dict[str, Any], list[tuple[str, list[dict[str, Any]]]]]:
    """Normalised settings and outline, or a ValidationError listing every bad value."""
    errors: list[ValidationError] = []
    values: dict[str, Any] = {}
    for name, value in settings.items():
        try:
            values.update(_normalise({name: value}))
        except ValidationError as exc:
            errors.append(RowError(exc.message, exc.field, file=content.source or None))
    if "code" not in settings:
        errors.append(RowError("Every course needs a code, for example CS101.", "code"))
    if "title" not in settings:
        errors.append(RowError("Every course needs a title.", "title"))
    try:
        rules.check_dates(values.get("start_date"), values.get("end_date"))
    except ValidationError as exc:
        errors.append(RowError(exc.message, exc.field, file=content.source or None))
    outline: list[tuple[str, list[dict[str, Any]]]] = []
    for module in content.modules:
        items: list[dict[str, Any]] = []
        try:
            title = rules.check_title(module.title, "title", "module")
        except ValidationError as exc:
            errors.append(RowError(exc.message, exc.field, file=module.source or None))
            title = ""
        for lesson in module.lessons:
            try:
                items.append(
                    {
                        "title": rules.check_title(lesson.title, "title", "lesson"),
                        "kind": rules.check_lesson_kind(lesson.kind),
                        "body": rules.check_body(lesson.body),
                        "duration_minutes": rules.check_duration(lesson.duration_minutes),
                    }
                )
            except ValidationError as exc:
                errors.append(RowError(exc.message, exc.field, file=lesson.source or None))
        outline.append((title, items))
    if errors:
        raise ValidationError(
            msg("1 value is not valid; nothing was imported.")
            if len(errors) == 1
            else msg("{count} values are not valid; nothing was imported.", count=len(errors)),
            None,
            errors=errors,
        )
    return values, outline


def _check_people(snapshot: CourseSnapshot) -> list[ValidationError]:
    errors: list[ValidationError] = []
    students = {s.id for s in snapshot.students}
    lessons = {lesson.id for m in snapshot.outline for lesson in m.lessons}
    for s in snapshot.students:
        try:
            rules.check_name(s.given_name, "given_name")
            rules.check_name(s.family_name, "family_name")
            if rules.check_email(s.email) != s.email:
                raise ValidationError(
                    msg("The email {email} is not written in lower case.", email=s.email), "email"
                )
            rules.check_external_id(s.external_id)
        except DomainError as exc:
            errors.append(RowError(exc.message, exc.field, file=f"student {s.id}"))
    enrollments = set()
    for e in snapshot.enrollments:
        try:
            rules.check_role(e.role)
            rules.check_enrollment_status(e.status)
            if e.student_id not in students:
                raise ValidationError(
                    "This enrollment's student is not in the backup.", "student_id"
                )
        except DomainError as exc:
            errors.append(RowError(exc.message, exc.field, file=f"enrollment {e.id}"))
        enrollments.add(e.id)
    for p in snapshot.progress:
        try:
            rules.check_progress_status(p.status)
            rules.check_score(p.score)
            if p.enrollment_id not in enrollments or p.lesson_id not in lessons:
                raise ValidationError(
                    "This lesson progress belongs to an enrollment or lesson that is not in "
                    "the backup.",
                    "enrollment_id",
                )
        except DomainError as exc:
            errors.append(RowError(exc.message, exc.field, file=f"progress {p.id}"))
    return errors
